from django.urls import path

from plein.people import views

app_name = "people"

urlpatterns = [
    path("inwoners/zoeken/", views.resident_search, name="resident_search"),
    path("inwoners/nieuw/", views.resident_create, name="resident_create"),
    path("inwoners/<int:resident_id>/", views.resident_detail, name="resident_detail"),
    path("inwoners/<int:resident_id>/wijzigen/", views.resident_edit, name="resident_edit"),
    path(
        "inwoners/<int:resident_id>/netwerk/<int:member_id>/verwijderen/",
        views.network_member_remove,
        name="network_member_remove",
    ),
    path("huishoudens/<int:household_id>/", views.household_detail, name="household_detail"),
    path(
        "huishoudens/<int:household_id>/lid-toevoegen/",
        views.household_add_member,
        name="household_add_member",
    ),
    path(
        "huishoudens/<int:household_id>/leden/<int:membership_id>/beeindigen/",
        views.household_end_membership,
        name="household_end_membership",
    ),
]
