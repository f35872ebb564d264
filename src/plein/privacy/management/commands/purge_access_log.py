"""``plein purge_access_log``: delete access log entries older than the retention period (cron, daily)."""

from django.core.management.base import BaseCommand

from plein.privacy.access_log_retention import access_log_purge, access_log_years, purge_cutoff
from plein.privacy.tasks import purge_access_log


class Command(BaseCommand):
    help = (
        "Verwijdert regels van het toegangslog die ouder zijn dan de bewaartermijn (PLEIN_ACCESS_LOG_YEARS, "
        "standaard 5 jaar) en legt een controlepunt vast, zodat de hashketen controleerbaar blijft."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--enqueue", action="store_true", help="Zet het opschonen in de wachtrij voor 'plein db_worker'."
        )

    def handle(self, *args, enqueue: bool = False, **options) -> None:
        if enqueue:
            result = purge_access_log.enqueue()
            self.stdout.write(f"Opschonen van het toegangslog in de wachtrij (taak {result.id}).")
            return
        checkpoint = access_log_purge()
        cutoff = purge_cutoff()
        if checkpoint is None:
            self.stdout.write(
                f"Niets te verwijderen: geen regels van voor {cutoff:%Y-%m-%d} ({access_log_years()} jaar)."
            )
            return
        self.stdout.write(
            f"{checkpoint.count} regels van het toegangslog verwijderd (tot en met regel {checkpoint.up_to_id})."
        )
