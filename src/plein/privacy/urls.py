from django.urls import include, path

urlpatterns = [
    path("", include("plein.privacy.urls_retention")),
    path("", include("plein.privacy.urls_consent")),
    path("", include("plein.privacy.urls_access_log")),
    path("", include("plein.privacy.urls_history")),
    path("", include("plein.privacy.urls_emergency")),
    path("", include("plein.privacy.urls_subject_access")),
]
