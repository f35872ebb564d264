from django.urls import path

from plein.privacy import subject_access_views as views

urlpatterns = [
    path("inzage/", views.find, name="subject_access"),
    path("inzage/<int:resident_id>/", views.summary, name="subject_access_summary"),
    path("inzage/<int:resident_id>/json/", views.download_json, name="subject_access_json"),
    path("inzage/<int:resident_id>/pdf/", views.download_pdf, name="subject_access_pdf"),
]
