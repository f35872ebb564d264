"""Public pages of the portal (no login): home, search, services, organisations, stories, team."""

from django.urls import path

app_name = "portal"

urlpatterns: list = []
