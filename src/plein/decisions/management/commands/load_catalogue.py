"""``plein load_catalogue GM0398``: put the default provision catalogue in a municipality."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from plein.areas.models import Municipality
from plein.decisions.catalogue import default_catalogue, load_default_catalogue


class Command(BaseCommand):
    help = (
        "Laad de standaardcatalogus van maatwerkvoorzieningen (Wmo, Jeugdwet, Participatiewet) in een of "
        "meer gemeenten. Nog een keer laden verandert niets; eigen voorzieningen, resultaten en "
        "controlepunten van de gemeente blijven staan."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "municipalities", nargs="+", help="CBS-code van de gemeente, bijvoorbeeld GM0398."
        )

    def handle(self, *args, **options) -> None:
        codes = [code.strip().upper() for code in options["municipalities"]]
        municipalities = {m.cbs_code: m for m in Municipality.objects.filter(cbs_code__in=codes)}
        if missing := [code for code in codes if code not in municipalities]:
            raise CommandError(f"Er is geen gemeente met CBS-code {', '.join(missing)}.")
        total = len(default_catalogue())
        for code in codes:
            municipality = municipalities[code]
            try:
                created = load_default_catalogue(municipality)
            except ValidationError as error:
                raise CommandError(f"De catalogus klopt niet: {error}") from error
            self.stdout.write(
                f"{municipality.name}: {total} voorzieningen in de catalogus, {created} nieuw, "
                f"{total - created} bijgewerkt of ongewijzigd."
            )
