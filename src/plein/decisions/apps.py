from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "plein.decisions"
    label = "decisions"
    verbose_name = "Beschikkingen"
