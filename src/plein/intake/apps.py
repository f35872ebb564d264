from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "plein.intake"
    label = "intake"
    verbose_name = "Toegang"
