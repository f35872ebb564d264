from django.urls import path

from plein.privacy import consent_views as views

urlpatterns = [
    path("inwoners/<int:resident_id>/toestemming/", views.consent_record, name="consent_record"),
    path("toestemmingen/<int:consent_id>/intrekken/", views.consent_withdraw, name="consent_withdraw"),
]
