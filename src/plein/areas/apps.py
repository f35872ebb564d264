from django.apps import AppConfig


class AreasConfig(AppConfig):
    name = "plein.areas"
    label = "areas"
    verbose_name = "Gebieden en teams"
