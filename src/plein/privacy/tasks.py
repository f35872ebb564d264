"""Background tasks of the privacy context (django-tasks).

``draw_up_destruction_list`` runs once a day or once a month per municipality (enqueue it from cron
with the municipality's id; a ``plein db_worker`` process runs it). It only draws up the list: nothing
is destroyed until a privacy officer approves it in the work UI (``/privacy/vernietigen/``).

``purge_access_log`` deletes access log entries older than ``PLEIN_ACCESS_LOG_YEARS`` (5) and records a
checkpoint (``plein.privacy.access_log_retention``); ``plein purge_access_log`` runs it from cron.
"""

import logging

from django_tasks import task

from plein.privacy.access_log_retention import access_log_purge
from plein.privacy.retention import destruction_list_draw_up

logger = logging.getLogger(__name__)


@task()
def draw_up_destruction_list(municipality_id: int) -> int:
    """Draw up (or find today's) destruction list; returns its id."""
    destruction_list = destruction_list_draw_up(municipality_id=municipality_id)
    logger.info(
        "Vernietigingslijst %s voor gemeente %s: %s casussen",
        destruction_list.pk,
        municipality_id,
        destruction_list.items.count(),
    )
    return destruction_list.pk


@task()
def purge_access_log() -> int:
    """Delete the access log entries past their retention period; returns how many went."""
    checkpoint = access_log_purge()
    count = checkpoint.count if checkpoint else 0
    logger.info("Toegangslog opgeschoond: %s regels verwijderd", count)
    return count
