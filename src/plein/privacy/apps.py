from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "plein.privacy"
    label = "privacy"
    verbose_name = "Privacy"

    def ready(self) -> None:
        # Every change of a record with a change history writes one access log entry.
        from plein.privacy import change_log  # noqa: F401
