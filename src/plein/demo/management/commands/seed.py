"""``plein seed``: fill the database with the synthetic demo municipality and the demo logins."""

import argparse
import logging
import sys
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.db.models import ProtectedError
from django.test.utils import override_settings

from plein.cases.models import Case
from plein.decisions.models import ProvisionRequest
from plein.demo.builders import SCALES, DemoBuilder, SeedResult, database_has_data, flush
from plein.demo.logins import DEMO_LOGINS, DEMO_PASSWORD
from plein.people.models import Professional, Resident

DUMMY_EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"


@contextmanager
def quiet_loggers(*names: str):
    """Only errors from these loggers while the block runs."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def positive_int(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError("moet 0 of groter zijn")
    return number


class Command(BaseCommand):
    help = (
        "Vult de database met synthetische demogegevens: Heerhugowaard (vier MET-gebieden) en een klein "
        "Langedijk, met postcodetabel, teams, professionals, huishoudens en inwoners, plus één demo-login "
        "per rol. Dezelfde --seed geeft dezelfde gegevens."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--scale",
            choices=list(SCALES),
            default="demo",
            help="demo ≈ 2.000, municipality ≈ 55.000, city ≈ 900.000 inwoners (standaard: demo).",
        )
        parser.add_argument(
            "--seed", type=int, default=2026, help="Startwaarde van het toeval (standaard 2026)."
        )
        parser.add_argument(
            "--residents",
            type=positive_int,
            help="Aantal inwoners; overschrijft het aantal van --scale (handig voor tests).",
        )
        existing = parser.add_mutually_exclusive_group()
        existing.add_argument(
            "--if-empty",
            action="store_true",
            help="Doe niets als de database al gegevens bevat (zodat `make demo` twee keer kan draaien).",
        )
        existing.add_argument(
            "--flush",
            action="store_true",
            help="Verwijder eerst alle casussen, meldingen, inwoners, huishoudens, adressen, postcodes, gebieden, teams, "
            "organisaties en professionals (behalve superusers).",
        )
        parser.add_argument(
            "--no-logins",
            action="store_true",
            help="Maak geen demo-logins aan (verplicht buiten de demo-omgeving).",
        )

    def handle(self, *args, **options) -> None:
        with_logins = not options["no_logins"]
        if with_logins and not settings.PLEIN_DEMO:
            raise CommandError(
                "Demo-logins worden alleen in de demo-omgeving aangemaakt (PLEIN_DEMO staat uit). "
                "Gebruik --no-logins om alleen de demogegevens te laden."
            )
        if options["flush"] and not settings.PLEIN_DEMO:
            # Outside the demo the database holds real residents: never wipe them from here.
            raise CommandError("--flush kan alleen in de demo-omgeving (PLEIN_DEMO staat uit).")
        if database_has_data():
            if options["if_empty"]:
                self.stdout.write("De database bevat al gegevens; er is niets geladen.")
                return
            if not options["flush"]:
                raise CommandError(
                    f"De database bevat al gegevens ({Resident.objects.count()} inwoners). "
                    "Gebruik --flush om die eerst te verwijderen, of --if-empty om niets te doen."
                )
        residents = options["residents"] if options["residents"] is not None else SCALES[options["scale"]]
        started = time.monotonic()
        # One transaction: a failed or interrupted seed leaves the database as it was. The demo's
        # requests notify their team in Plein; the e-mails that would go with them are not sent.
        # The sent decisions' letters are PDFs: WeasyPrint and fontTools log every step, and warn
        # about the fonts of the machine; none of that is news to whoever loads the demo. Demo data
        # has no change history (no one changed it) and flushing must not copy every deleted row
        # into one: django-simple-history is switched off for the run.
        with (
            override_settings(EMAIL_BACKEND=DUMMY_EMAIL_BACKEND, SIMPLE_HISTORY_ENABLED=False),
            quiet_loggers("weasyprint", "fontTools"),
            transaction.atomic(),
        ):
            if options["flush"]:
                self.stdout.write("Bestaande gegevens verwijderen…")
                try:
                    flush()
                except ProtectedError as error:
                    raise CommandError(
                        "--flush kan niet alles verwijderen: andere gegevens verwijzen er nog naar "
                        f"({error.args[0]})."
                    ) from error
            if with_logins:
                taken = Professional.objects.filter(username__in=[login.username for login in DEMO_LOGINS])
                if taken.exists():
                    names = ", ".join(taken.order_by("username").values_list("username", flat=True))
                    raise CommandError(f"Deze gebruikersnamen bestaan al (superuser?): {names}.")
            self.stdout.write(f"Demogegevens laden: {residents} inwoners, seed {options['seed']}…")
            self.stdout.flush()
            result = DemoBuilder(seed=options["seed"], residents=residents).build(
                with_logins=with_logins, progress=sys.stderr if options["verbosity"] > 0 else None
            )
        self.report(result, time.monotonic() - started)

    def report(self, result: SeedResult, seconds: float) -> None:
        self.stdout.write(
            self.style.SUCCESS(
                f"Klaar in {seconds:.1f} s: {result.residents} inwoners in {result.households} huishoudens, "
                f"{result.addresses} adressen, {result.postcode_ranges} postcodereeksen, "
                f"{result.professionals} professionals, {result.services} diensten op de sociale kaart, "
                f"{sum(result.cases.values())} casussen."
            )
        )
        if any(result.cases.values()):
            self.stdout.write(
                "Casussen per fase: "
                + ", ".join(
                    f"{Case.State(state).label.lower()} {count}"
                    for state, count in result.cases.items()
                    if count
                )
                + "."
            )
        if result.provisions:
            requests = ", ".join(
                f"{ProvisionRequest.Status(status).label.lower()} {count}"
                for status, count in result.requests.items()
                if count
            )
            self.stdout.write(
                f"{result.provisions} maatwerkvoorzieningen in de catalogus"
                + (f"; aanvragen: {requests}." if requests else ".")
            )
        if not result.logins:
            return
        rows = [("Gebruikersnaam", "Rol", "Waar", "Organisatie", "Naam")]
        rows += [
            (login.username, login.role.label, login.where, login.organisation, professional.get_full_name())
            for login, professional in result.logins
        ]
        widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
        self.stdout.write("")
        for index, row in enumerate(rows):
            self.stdout.write(
                "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
            )
            if index == 0:
                self.stdout.write("  ".join("-" * width for width in widths))
        self.stdout.write(f"\nWachtwoord voor alle demo-logins: {DEMO_PASSWORD}")
