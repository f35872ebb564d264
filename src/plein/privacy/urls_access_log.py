from django.urls import path

from plein.privacy import access_log_views as views

urlpatterns = [
    path("toegangslog/", views.access_log, name="access_log"),
]
