from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from plein.api import api
from plein.core import views as core_views

admin.site.site_header = "Plein – beheer van referentiegegevens"
admin.site.site_title = "Plein beheer"

urlpatterns = [
    # The public portal owns "/"; professionals start at /werk/ (LOGIN_REDIRECT_URL "home").
    path("werk/", core_views.home, name="home"),
    path("health", core_views.health, name="health"),
    path("inloggen/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("plein.people.urls")),
    path("", include("plein.areas.urls")),
    path("", include("plein.intake.urls")),
    path("", include("plein.intake.public_urls")),
    path("", include("plein.cases.urls")),
    path("beschikkingen/", include("plein.decisions.urls")),
    path("", include("plein.directory.urls")),
    path("", include("plein.directory.public_urls")),
    path("privacy/", include(("plein.privacy.urls", "privacy"))),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
]
