"""``plein import_social_map kaart.json --municipality GM0398``: load an HSDS 3.0 file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from plein.directory.hsds import import_hsds
from plein.directory.management.commands.export_social_map import municipality_by_code
from plein.directory.models import HsdsImport


class Command(BaseCommand):
    help = (
        "Importeer een sociale kaart in Open Referral HSDS 3.0 (JSON) in een gemeente: een export van "
        "Plein of een lijst met services. Nog een keer hetzelfde bestand inlezen verandert niets. "
        "Records met fouten worden overgeslagen; aan het eind staat welke en waarom."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="Het HSDS-bestand (JSON).")
        parser.add_argument(
            "--municipality", required=True, help="CBS-code van de gemeente, bijvoorbeeld GM0398."
        )

    def handle(self, *args, **options) -> None:
        municipality = municipality_by_code(options["municipality"])
        path = Path(options["file"])
        try:
            content = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Het bestand {path} bestaat niet of is niet te lezen.") from error
        # tqdm writes carriage returns itself: give it the stream, not Django's line-ending wrapper.
        with tqdm(desc="Records", unit=" rec.", file=self.stderr._out, mininterval=0.5) as bar:

            def progress(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            run = import_hsds(content, municipality=municipality, file_name=path.name, progress=progress)
        if run.state == HsdsImport.State.FAILED:
            raise CommandError(
                " ".join(entry["reason"] for entry in run.skipped if entry["record"] == "bestand")
            )
        self.stdout.write(
            f"Klaar: {run.total} records; {run.created_count} nieuw, {run.updated_count} bijgewerkt, "
            f"{run.unchanged_count} ongewijzigd, {len(run.skipped)} overgeslagen."
        )
        for entry in run.skipped:
            self.stdout.write(f"- {entry['record']}: {entry['reason']}")
