from django.urls import path

from plein.monitoring import report_views as views

urlpatterns = [
    path("rapportages/", views.report_list, name="reports"),
    path("rapportages/<int:report_id>/", views.report_detail, name="report_detail"),
    path("rapportages/<int:report_id>/pdf/", views.report_pdf, name="report_pdf"),
    path("rapportages/<int:report_id>/xlsx/", views.report_xlsx, name="report_xlsx"),
    path("rapportages/<int:report_id>/csv/<slug:code>/", views.report_csv, name="report_csv"),
]
