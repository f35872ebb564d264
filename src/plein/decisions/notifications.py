"""Notifications of the decisions context: a question of the back office, and terms about to pass.

They go through ``plein.intake.notifications.notify``: a row under "Berichten" and an e-mail after
commit. Like every notification they carry no personal data, only a reference, the term and a path
inside Plein; whoever follows the link logs in and sees the request only within their own scope.
"""

from datetime import date, datetime, time

from django.urls import reverse
from django.utils import timezone

from plein.decisions import selectors
from plein.decisions.models import Objection, OfficerQuestion, ProvisionRequest
from plein.intake.models import Notification
from plein.intake.notifications import notify


def request_link(request: ProvisionRequest) -> str:
    return reverse("decisions:request_detail", args=[request.pk])


def objection_link(objection: Objection) -> str:
    return reverse("decisions:objection_detail", args=[objection.pk])


def notify_question_asked(question: OfficerQuestion) -> list[Notification]:
    """The back office asked about a request: whoever submitted it and the case's coordinator hear
    of it (not the officer who asked). The question itself stays in Plein."""
    request = question.request
    recipients = [request.submitted_by]
    if request.case_id and request.case.coordinator_id:
        recipients.append(request.case.coordinator)
    recipients = [recipient for recipient in recipients if recipient.pk != question.asked_by_id]
    return notify(
        recipients,
        kind=Notification.Kind.QUESTION,
        message=f"Aanvraag {request.reference}: vraag van de backoffice",
        link=request_link(request),
    )


def _start_of_today() -> datetime:
    return timezone.make_aware(datetime.combine(timezone.localdate(), time.min))


def _deadline_message(subject: ProvisionRequest | Objection, today: date | None) -> tuple[str, str]:
    """(message, link) for the term of a request or an objection, as it stands on ``today``."""
    if isinstance(subject, ProvisionRequest):
        term = selectors.decision_term(subject, today)
        what, link = f"aanvraag {subject.reference}", request_link(subject)
    else:
        term = selectors.objection_handling_term(subject, today)
        what, link = f"bezwaar {subject.reference}", objection_link(subject)
    message = f"Beslistermijn {what}: {term.label} (uiterlijk {term.due_on:%d-%m-%Y})"
    return message, link


def deadline_recipients(subject: ProvisionRequest | Objection) -> list:
    """Who is warned about a term: the officer handling it (the request's officer; for an
    objection, who registered it) while they are still an active officer of its municipality,
    otherwise every active decision officer of that municipality."""
    if isinstance(subject, ProvisionRequest):
        municipality_id, handler_id = subject.municipality_id, subject.officer_id
    else:
        municipality_id = subject.decision.request.municipality_id
        handler_id = subject.registered_by_id
    officers = list(selectors.decision_officers_of(municipality_id))
    handler = [officer for officer in officers if officer.pk == handler_id]
    return handler or officers


def notify_deadline(
    subject: ProvisionRequest | Objection, *, recipients=None, today: date | None = None
) -> list[Notification]:
    """Warn about a request's decision term or an objection's handling term that is almost due or
    has passed. At most once a day per subject and recipient: running the warning twice on one day
    notifies nobody twice."""
    message, link = _deadline_message(subject, today)
    if recipients is None:
        recipients = deadline_recipients(subject)
    already_warned = set(
        Notification.objects.filter(
            kind=Notification.Kind.DEADLINE,
            link=link,
            recipient__in=[recipient.pk for recipient in recipients],
            created_at__gte=_start_of_today(),
        ).values_list("recipient_id", flat=True)
    )
    recipients = [recipient for recipient in recipients if recipient.pk not in already_warned]
    if not recipients:
        return []
    return notify(recipients, kind=Notification.Kind.DEADLINE, message=message, link=link)
