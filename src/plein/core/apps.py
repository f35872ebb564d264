from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "plein.core"
    label = "core"
    verbose_name = "Plein"

    def ready(self) -> None:
        # Connect the login signals: single sign-on (plein.core.oidc), the idle clock (plein.core.sessions).
        from plein.core import oidc, sessions  # noqa: F401
