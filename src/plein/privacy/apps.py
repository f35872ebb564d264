from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "plein.privacy"
    label = "privacy"
    verbose_name = "Privacy"
