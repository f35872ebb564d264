"""Work pages of the social map for directory editors (redacteur sociale kaart)."""

from django.urls import path

from plein.directory import portal_views, story_views, views

app_name = "directory"

urlpatterns = [
    path("sociale-kaart/", views.service_list, name="service_list"),
    path("sociale-kaart/diensten/nieuw/", views.service_create, name="service_create"),
    path("sociale-kaart/diensten/<int:service_id>/", views.service_detail, name="service_detail"),
    path("sociale-kaart/diensten/<int:service_id>/wijzigen/", views.service_edit, name="service_edit"),
    path(
        "sociale-kaart/diensten/<int:service_id>/gecontroleerd/", views.service_verify, name="service_verify"
    ),
    path(
        "sociale-kaart/diensten/<int:service_id>/actief/", views.service_set_active, name="service_set_active"
    ),
    path("sociale-kaart/niet-gecontroleerd/", views.stale_list, name="stale_list"),
    path("sociale-kaart/organisaties/", views.organisation_list, name="organisation_list"),
    path("sociale-kaart/organisaties/nieuw/", views.organisation_create, name="organisation_create"),
    path(
        "sociale-kaart/organisaties/<int:organisation_id>/wijzigen/",
        views.organisation_edit,
        name="organisation_edit",
    ),
    path("sociale-kaart/verhalen/", story_views.story_list, name="story_list"),
    path("sociale-kaart/verhalen/nieuw/", story_views.story_create, name="story_create"),
    path("sociale-kaart/verhalen/<int:story_id>/wijzigen/", story_views.story_edit, name="story_edit"),
    path("sociale-kaart/synoniemen/", story_views.synonym_list, name="synonym_list"),
    path("sociale-kaart/synoniemen/nieuw/", story_views.synonym_create, name="synonym_create"),
    path("sociale-kaart/synoniemen/<int:group_id>/wijzigen/", story_views.synonym_edit, name="synonym_edit"),
    path(
        "sociale-kaart/synoniemen/<int:group_id>/verwijderen/",
        story_views.synonym_delete,
        name="synonym_delete",
    ),
    path("sociale-kaart/portaal/", portal_views.portal_settings, name="portal_settings"),
    path("sociale-kaart/open-referral/", portal_views.hsds_page, name="hsds"),
    path("sociale-kaart/open-referral/export/", portal_views.hsds_export, name="hsds_export"),
    path(
        "sociale-kaart/open-referral/import/<int:import_id>/",
        portal_views.hsds_import_detail,
        name="hsds_import_detail",
    ),
]
