"""Public pages of the portal (no login): home, search, services, organisations, stories, team."""

from django.urls import path

from plein.directory import public_views as views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("zoeken/", views.search, name="search"),
    path("zoeken/suggesties/", views.suggestions, name="suggestions"),
    path("hulp/<int:pk>/", views.service, name="service"),
    path("organisaties/<int:pk>/", views.organisation, name="organisation"),
    path("verhalen/", views.stories, name="stories"),
    path("verhalen/<slug:slug>/", views.story, name="story"),
    path("jouw-team/", views.team, name="team"),
    path("contact/", views.contact, name="contact"),
    path("portaal/thema.css", views.theme, name="theme"),
    path("portaal/logo/", views.logo, name="logo"),
]
