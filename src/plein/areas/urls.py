from django.urls import path

from plein.areas import views

app_name = "areas"

urlpatterns = [
    path("teams/", views.team_list, name="team_list"),
    path("teams/<int:team_id>/", views.team_detail, name="team_detail"),
    path("teams/bij-adres/", views.address_routing, name="address_routing"),
]
