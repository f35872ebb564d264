from django.urls import path

from plein.privacy import history_views as views

urlpatterns = [
    path("casussen/<int:case_id>/wijzigingen/", views.case_history, name="case_history"),
    path("inwoners/<int:resident_id>/wijzigingen/", views.resident_history, name="resident_history"),
]
