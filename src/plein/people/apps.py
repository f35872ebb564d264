from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "plein.people"
    label = "people"
    verbose_name = "Personen en organisaties"
