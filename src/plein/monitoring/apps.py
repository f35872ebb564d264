from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "plein.monitoring"
    label = "monitoring"
    verbose_name = "Monitoring"
