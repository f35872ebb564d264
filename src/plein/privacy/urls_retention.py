from django.urls import path

from plein.privacy import erasure_views
from plein.privacy import retention_views as views

urlpatterns = [
    path("vernietigen/verzoeken/", erasure_views.erasure_requests, name="erasure_requests"),
    path("vernietigen/verzoeken/nieuw/", erasure_views.erasure_request_new, name="erasure_request_new"),
    path(
        "vernietigen/verzoeken/<int:request_id>/",
        erasure_views.erasure_request_detail,
        name="erasure_request",
    ),
    path(
        "vernietigen/verzoeken/<int:request_id>/beoordelen/",
        erasure_views.erasure_request_assess,
        name="erasure_request_assess",
    ),
    path(
        "vernietigen/verzoeken/<int:request_id>/uitvoeren/",
        erasure_views.erasure_request_carry_out,
        name="erasure_request_carry_out",
    ),
    path(
        "vernietigen/verzoeken/<int:request_id>/afwijzen/",
        erasure_views.erasure_request_refuse,
        name="erasure_request_refuse",
    ),
    path("vernietigen/", views.destruction_lists, name="destruction_lists"),
    path(
        "vernietigen/opstellen/<int:municipality_id>/",
        views.destruction_list_draw_up,
        name="destruction_list_draw_up",
    ),
    path("vernietigen/<int:list_id>/", views.destruction_list_detail, name="destruction_list"),
    path(
        "vernietigen/<int:list_id>/goedkeuren/",
        views.destruction_list_approve,
        name="destruction_list_approve",
    ),
    path(
        "vernietigen/<int:list_id>/regels/<int:item_id>/uitzonderen/",
        views.destruction_list_item_exclude,
        name="destruction_list_item_exclude",
    ),
    path(
        "vernietigen/<int:list_id>/regels/<int:item_id>/terugzetten/",
        views.destruction_list_item_include,
        name="destruction_list_item_include",
    ),
]
