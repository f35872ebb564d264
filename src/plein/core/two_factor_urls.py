"""Two URL groups: passing 2FA (exempt from the 2FA gate, or nobody could pass it) and the
Beveiliging pages (behind the gate like any work page)."""

from django.urls import path

from plein.core import two_factor_views as views

two_factor_patterns = (
    [
        path("instellen/", views.setup, name="setup"),
        path("controleren/", views.verify, name="verify"),
    ],
    "two_factor",
)

security_patterns = (
    [
        path("", views.overview, name="overview"),
        path("opnieuw-instellen/", views.reset_own, name="reset_own"),
        path("back-upcodes/", views.backup_codes_renew, name="backup_codes_renew"),
        path("collega/", views.colleague_reset, name="colleague_reset"),
    ],
    "security",
)
