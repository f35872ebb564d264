"""``plein export_social_map --municipality GM0398 [--output kaart.json]``: the social map as HSDS 3.0."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from plein.areas.models import Municipality
from plein.directory.hsds import export_hsds


def municipality_by_code(code: str) -> Municipality:
    municipality = Municipality.objects.filter(cbs_code=code.strip().upper()).first()
    if municipality is None:
        raise CommandError(f"Er is geen gemeente met CBS-code {code.strip().upper()}.")
    return municipality


class Command(BaseCommand):
    help = (
        "Exporteer de sociale kaart van een gemeente als Open Referral HSDS 3.0 (JSON): de actieve "
        "diensten en de organisaties die ze aanbieden. Namen van medewerkers staan er niet in."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--municipality", required=True, help="CBS-code van de gemeente, bijvoorbeeld GM0398."
        )
        parser.add_argument(
            "--output", help="Schrijf naar dit bestand (UTF-8). Zonder deze optie: naar de standaarduitvoer."
        )

    def handle(self, *args, **options) -> None:
        municipality = municipality_by_code(options["municipality"])
        exported = export_hsds(municipality=municipality)
        text = json.dumps(exported, ensure_ascii=False, indent=2)
        if not options["output"]:
            self.stdout.write(text)
            return
        Path(options["output"]).write_text(text + "\n", encoding="utf-8")
        self.stderr.write(
            f"{len(exported['services'])} diensten en {len(exported['organizations'])} organisaties van "
            f"{municipality.name} geschreven naar {options['output']}."
        )
