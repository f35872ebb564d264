"""Background tasks of the decisions context (django-tasks, the backport of Django 6's Tasks API).

``warn_about_deadlines`` runs once a day (``plein warn_deadlines`` from cron enqueues it, a
``plein db_worker`` process runs it): it warns the back office about every open request whose
decision term, and every open objection whose handling term, ends within WARNING_DAYS or has passed.
"""

import logging
from datetime import date

from django.utils import timezone
from django_tasks import task

from plein.decisions import selectors
from plein.decisions.notifications import notify_deadline

logger = logging.getLogger(__name__)


def send_deadline_warnings(today: date | None = None) -> int:
    """Warn about the terms that are almost due or overdue on ``today``; returns how many
    notifications were made. Idempotent within a day (see ``notify_deadline``)."""
    today = today or timezone.localdate()
    sent = 0
    requests = selectors.requests_almost_due(today).order_by("decision_due_on", "id")
    for request in requests:
        sent += len(notify_deadline(request, today=today))
    objections = (
        selectors.objections_almost_due(today)
        .select_related("decision__request")
        .order_by("handling_due_on", "id")
    )
    for objection in objections:
        sent += len(notify_deadline(objection, today=today))
    return sent


@task()
def warn_about_deadlines() -> int:
    sent = send_deadline_warnings()
    # Counts only: the log leaves Plein's database.
    logger.info("deadline warnings: %s notifications", sent)
    return sent
