from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "plein.directory"
    label = "directory"
    verbose_name = "Sociale kaart"
