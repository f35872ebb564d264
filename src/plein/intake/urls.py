from django.urls import path

from plein.intake import notification_views, views

app_name = "intake"

urlpatterns = [
    path("meldingen/", views.team_inbox, name="team_inbox"),
    path("meldingen/nieuw/", views.request_register, name="request_register"),
    path("meldingen/<int:request_id>/", views.request_detail, name="request_detail"),
    path("meldingen/<int:request_id>/beantwoorden/", views.request_answer, name="request_answer"),
    path("meldingen/<int:request_id>/doorzetten/", views.request_forward, name="request_forward"),
    path("meldingen/<int:request_id>/naar-team/", views.request_route, name="request_route"),
    path("meldingen/<int:request_id>/crisis/", views.request_crisis, name="request_crisis"),
    path("meldingen/<int:request_id>/oppakken/", views.request_pick_up, name="request_pick_up"),
    path("meldingen/<int:request_id>/toewijzen/", views.request_assign, name="request_assign"),
    path("meldingen/<int:request_id>/wmo/<str:step>/", views.request_wmo_step, name="request_wmo_step"),
    path("meldingen/berichten/", notification_views.notification_list, name="notification_list"),
    path(
        "meldingen/berichten/gelezen/",
        notification_views.notifications_mark_read,
        name="notifications_mark_read",
    ),
]
