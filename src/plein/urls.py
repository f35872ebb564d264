from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, reverse_lazy

from plein.api import api
from plein.core import views as core_views
from plein.core.two_factor_urls import security_patterns, two_factor_patterns

handler404 = "plein.core.views.page_not_found"

admin.site.site_header = "Plein – beheer van referentiegegevens"
admin.site.site_title = "Plein beheer"

# The "Inloggen via de gemeente" button, only where single sign-on is configured.
OIDC_LOGIN_URL = reverse_lazy("oidc_authentication_init") if settings.PLEIN_OIDC_ENABLED else None

urlpatterns = [
    # The public portal owns "/"; professionals start at /werk/ (LOGIN_REDIRECT_URL "home").
    path("werk/", core_views.home, name="home"),
    path("health", core_views.health, name="health"),
    path(
        "inloggen/",
        auth_views.LoginView.as_view(
            redirect_authenticated_user=True,
            extra_context={"oidc_login_url": OIDC_LOGIN_URL},
        ),
        name="login",
    ),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("tweestaps/", include(two_factor_patterns)),
    path("beveiliging/", include(security_patterns)),
    path("", include("plein.people.urls")),
    path("", include("plein.areas.urls")),
    path("", include("plein.intake.urls")),
    path("", include("plein.intake.public_urls")),
    path("", include("plein.cases.urls")),
    path("beschikkingen/", include("plein.decisions.urls")),
    path("", include("plein.directory.urls")),
    path("", include("plein.directory.public_urls")),
    path("privacy/", include(("plein.privacy.urls", "privacy"))),
    path("monitoring/", include(("plein.monitoring.urls", "monitoring"))),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
]

if settings.PLEIN_OIDC_ENABLED:
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))
