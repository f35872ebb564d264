from django.urls import path

from plein.privacy import break_the_glass_views as views

urlpatterns = [
    path("noodtoegang/", views.emergency_review_list, name="emergency_review_list"),
    path("noodtoegang/<int:access_id>/", views.emergency_review, name="emergency_review"),
    path(
        "noodtoegang/huishouden/<int:household_id>/aanvragen/", views.emergency_start, name="emergency_start"
    ),
    path("noodtoegang/bsn/", views.emergency_start_by_bsn, name="emergency_start_by_bsn"),
    path("noodtoegang/<int:access_id>/beeindigen/", views.emergency_end, name="emergency_end"),
]
