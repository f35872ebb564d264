"""Notifications for professionals: a row in the work UI and an e-mail through Django's backend.

Neither carries personal data: only the request's reference, its team and the path to the request
page (or, for notifications from other contexts, a reference, a term and a path inside Plein). Whoever opens the link logs in and sees the request only within their own scope. E-mails go
out after the transaction commits, so a rolled-back state change sends nothing.
"""

import logging
from collections.abc import Iterable
from functools import partial

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from plein.areas.models import Role
from plein.areas.selectors import active_memberships
from plein.intake.models import Notification, Request
from plein.people.models import Professional

logger = logging.getLogger(__name__)


def _team_coordinators(request: Request) -> QuerySet:
    if request.team_id is None:
        return Professional.objects.none()
    coordinator_ids = (
        active_memberships()
        .filter(team_id=request.team_id, role=Role.TEAM_COORDINATOR)
        .values("professional_id")
    )
    return Professional.objects.filter(id__in=coordinator_ids, is_active=True)


def _send_email(*, notification_id: int, subject: str, body: str, address: str) -> None:
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
    except Exception as error:  # the state change is committed; a mail server failure must not undo it
        # The exception text may hold the address: log only ids and the error type.
        logger.warning("notification %s: e-mail not sent (%s)", notification_id, type(error).__name__)


def notify(
    recipients: Iterable,
    *,
    kind: str,
    message: str,
    request: Request | None = None,
    link: str = "",
) -> list[Notification]:
    """Notify each active recipient once: a row in the work UI and, after commit, an e-mail.

    The notification leads to ``request``'s page, or to ``link`` (a path inside Plein) for things
    that are not a request. ``message`` must hold no personal data: it is also the e-mail's subject.
    Other contexts (decisions) notify through here too.
    """
    if request is None and not link:
        raise ValueError("A notification needs a request or a link.")
    unique = {recipient.pk: recipient for recipient in recipients if recipient.is_active}
    notifications = Notification.objects.bulk_create(
        Notification(recipient=recipient, request=request, link=link, kind=kind, message=message)
        for recipient in unique.values()
    )
    if link:
        body = f"{message}\n\nBekijk het in Plein: {link}\n"
    else:
        body = f"{message}\n\nBekijk de melding in Plein: {reverse('intake:request_detail', args=[request.pk])}\n"
    for notification in notifications:
        if address := notification.recipient.email:
            transaction.on_commit(
                partial(
                    _send_email,
                    notification_id=notification.pk,
                    subject=f"[Plein] {message}",
                    body=body,
                    address=address,
                )
            )
    return notifications


def notify_request_routed(request: Request) -> list[Notification]:
    """A request landed with a team: its coordinators hear of it. Nothing without a team."""
    if request.team_id is None:
        return []
    return notify(
        _team_coordinators(request),
        request=request,
        kind=Notification.Kind.NEW_REQUEST,
        message=f"Nieuwe melding {request.reference} voor {request.team.name}",
    )


def notify_crisis(request: Request) -> list[Notification]:
    """Crisis: the team's coordinators and whoever picked the request up follow up."""
    recipients = list(_team_coordinators(request))
    if request.assigned_to is not None:
        recipients.append(request.assigned_to)
    where = f" ({request.team.name})" if request.team_id else ""
    return notify(
        recipients,
        request=request,
        kind=Notification.Kind.CRISIS,
        message=f"Crisis bij melding {request.reference}{where}",
    )


def notify_assigned(request: Request, *, actor) -> list[Notification]:
    """The professional a request was assigned to, unless they picked it up themselves."""
    assignee = request.assigned_to
    if assignee is None or (actor is not None and actor.pk == assignee.pk):
        return []
    return notify(
        [assignee],
        request=request,
        kind=Notification.Kind.ASSIGNED,
        message=f"Melding {request.reference} is aan u toegewezen",
    )


def unread_count(user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def notifications_mark_read(*, user) -> int:
    """Mark all of the user's unread notifications read; returns how many."""
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(read_at=timezone.now())
