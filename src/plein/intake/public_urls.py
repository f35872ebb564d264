"""Public pages of intake (no login): "Stel je vraag" and "Geef een signaal door"."""

from django.urls import path

from plein.intake import public_views

app_name = "intake_public"

urlpatterns = [
    path("vraag/", public_views.ask, name="ask"),
    path("vraag/ontvangen/<str:reference>/", public_views.ask_received, name="ask_received"),
    path("signaal/", public_views.signal, name="signal"),
    path("signaal/ontvangen/<str:reference>/", public_views.signal_received, name="signal_received"),
]
