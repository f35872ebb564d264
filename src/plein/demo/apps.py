from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "plein.demo"
    label = "demo"
    verbose_name = "Demogegevens"
