"""``plein draw_up_destruction_lists``: enqueue a destruction list per municipality (run it from cron)."""

from django.core.management.base import BaseCommand

from plein.areas.models import Municipality
from plein.privacy.tasks import draw_up_destruction_list


class Command(BaseCommand):
    help = (
        "Zet per gemeente het opstellen van een vernietigingslijst in de wachtrij; een 'plein db_worker' "
        "voert dat uit. Er wordt niets vernietigd tot de privacyfunctionaris de lijst goedkeurt."
    )

    def handle(self, *args, **options) -> None:
        for municipality in Municipality.objects.order_by("cbs_code"):
            result = draw_up_destruction_list.enqueue(municipality.pk)
            self.stdout.write(
                f"{municipality.cbs_code}: vernietigingslijst in de wachtrij (taak {result.id})."
            )
