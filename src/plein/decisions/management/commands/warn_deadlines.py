"""``plein warn_deadlines``: enqueue the daily warning about legal terms (run it from cron)."""

from django.core.management.base import BaseCommand

from plein.decisions.tasks import warn_about_deadlines


class Command(BaseCommand):
    help = (
        "Zet de dagelijkse waarschuwing over bijna verlopen beslis- en bezwaartermijnen in de wachtrij; "
        "een 'plein db_worker' voert die uit."
    )

    def handle(self, *args, **options) -> None:
        result = warn_about_deadlines.enqueue()
        self.stdout.write(f"Termijnwaarschuwing in de wachtrij gezet (taak {result.id}, {result.status}).")
