"""``plein api_token <username>``: issue a new REST API token for a professional.

Only the token goes to stdout, so scripts can capture it (``TOKEN=$(plein api_token jan)``);
the reminder that it is shown once goes to stderr.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from plein.people.services import api_token_issue


class Command(BaseCommand):
    help = "Maak een nieuw API-token voor een professional. Het token wordt één keer getoond."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username", help="De gebruikersnaam van de professional.")

    def handle(self, *args, username: str, **options) -> None:
        professional = get_user_model().objects.filter(username=username).first()
        if professional is None:
            raise CommandError(f"Er is geen gebruiker met de gebruikersnaam '{username}'.")
        try:
            token = api_token_issue(professional=professional)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(token)
        self.stderr.write(
            "Bewaar dit token nu: Plein bewaart alleen een hash en kan het niet nog eens tonen. "
            "Gebruik het als 'Authorization: Bearer <token>'."
        )
