"""``plein reindex_social_map [--municipality GM0398]``: build the social map's search index anew."""

from django.core.management.base import BaseCommand, CommandError, CommandParser

from plein.areas.models import Municipality
from plein.directory.search import rebuild_index, synonyms_changed


class Command(BaseCommand):
    help = (
        "Bouw de zoekindex van de sociale kaart opnieuw op: eenmalig na de upgrade die de zoekfunctie "
        "invoert, en na wijzigingen buiten Plein om (rechtstreeks in de database). Zonder --municipality "
        "voor alle gemeenten; dan worden ook samengestelde woorden opnieuw gesplitst."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--municipality", help="CBS-code van één gemeente, bijvoorbeeld GM0398.")

    def handle(self, *args, **options) -> None:
        municipality_id = None
        if options["municipality"]:
            code = options["municipality"].strip().upper()
            municipality_id = Municipality.objects.filter(cbs_code=code).values_list("pk", flat=True).first()
            if municipality_id is None:
                raise CommandError(f"Er is geen gemeente met CBS-code {code}.")
        synonyms_changed()
        indexed = rebuild_index(municipality_id=municipality_id)
        self.stdout.write(f"Zoekindex opgebouwd voor {indexed} actieve diensten.")
