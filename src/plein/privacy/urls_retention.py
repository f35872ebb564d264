from django.urls import path

from plein.privacy import retention_views as views

urlpatterns = [
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
