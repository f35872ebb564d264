from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "plein.cases"
    label = "cases"
    verbose_name = "Casussen"
