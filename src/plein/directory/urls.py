"""Work pages of the social map for directory editors (redacteur sociale kaart)."""

from django.urls import path

app_name = "directory"

urlpatterns: list = []
