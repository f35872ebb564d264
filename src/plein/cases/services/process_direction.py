"""Procesregie: a procesregisseur with doorzettingsmacht for a case that is stuck."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from plein.areas.models import Role
from plein.areas.selectors import active_memberships
from plein.cases.models import Case, CaseEvent, ProcessDirection
from plein.cases.selectors import current_process_direction
from plein.cases.services.case import check_may_work_on, check_open, record_event, require_text

__all__ = [
    "process_director_attach",
    "process_director_decide",
    "process_director_escalate",
    "process_director_withdraw",
]


def _already_attached(direction: ProcessDirection) -> ValidationError:
    return ValidationError({"director": f"Deze casus heeft al een procesregisseur: {direction.director}."})


@transaction.atomic
def process_director_attach(*, actor, case: Case, director, reason: str) -> ProcessDirection:
    """Any member of the case's team may ask; the director must hold that role in the municipality."""
    check_may_work_on(actor, case)
    check_open(case)
    is_director = (
        director.is_active
        and active_memberships()
        .filter(professional=director, role=Role.PROCESS_DIRECTOR, municipality_id=case.municipality_id)
        .exists()
    )
    if not is_director:
        raise ValidationError({"director": f"{director} is geen procesregisseur in {case.municipality}."})
    reason = require_text(reason, "reason", "Leg vast waarom de casus een procesregisseur nodig heeft.")
    current = current_process_direction(case)
    if current is not None:
        raise _already_attached(current)
    try:
        with transaction.atomic():
            direction = ProcessDirection.objects.create(
                case=case, director=director, reason=reason, requested_by=actor, attached_at=timezone.now()
            )
    except IntegrityError:
        # A colleague attached one at the same moment; the database keeps it to one.
        raise _already_attached(current_process_direction(case)) from None
    record_event(case, CaseEvent.Kind.PROCESS_DIRECTOR, actor=actor, note=f"{director} aangesloten: {reason}")
    return direction


def _own_direction(actor, case: Case) -> ProcessDirection:
    direction = current_process_direction(case)
    if direction is None or direction.director_id != actor.pk:
        raise PermissionDenied("Alleen de aangesloten procesregisseur kan dit doen.")
    return direction


@transaction.atomic
def process_director_decide(*, actor, case: Case, note: str) -> CaseEvent:
    """Set priorities or overrule: recorded on the timeline for everyone working on the case."""
    _own_direction(actor, case)
    check_open(case)
    note = require_text(note, "note", "Leg vast wat u besluit en waarom.")
    return record_event(case, CaseEvent.Kind.PROCESS_DIRECTOR, actor=actor, note=f"Doorzettingsmacht: {note}")


@transaction.atomic
def process_director_escalate(*, actor, case: Case, to_whom: str, note: str) -> CaseEvent:
    """To the responsible administrator (bestuurder, wethouder) when the partners stay stuck."""
    _own_direction(actor, case)
    check_open(case)
    to_whom = require_text(to_whom, "to_whom", "Leg vast naar wie u opschaalt.")
    note = require_text(note, "note", "Leg vast waarom u opschaalt.")
    return record_event(
        case, CaseEvent.Kind.ESCALATION, actor=actor, note=f"Opgeschaald naar {to_whom}: {note}"
    )


def end_process_direction(case: Case, *, actor, note: str) -> ProcessDirection | None:
    """Withdraw the attached director, if any (also when a case closes)."""
    direction = current_process_direction(case)
    if direction is None:
        return None
    direction.withdrawn_at, direction.withdrawal_note = timezone.now(), note
    direction.save(update_fields=["withdrawn_at", "withdrawal_note"])
    record_event(
        case,
        CaseEvent.Kind.PROCESS_DIRECTOR,
        actor=actor,
        note=f"{direction.director} teruggetrokken: {note}",
    )
    return direction


@transaction.atomic
def process_director_withdraw(*, actor, case: Case, note: str) -> ProcessDirection:
    _own_direction(actor, case)
    note = require_text(note, "note", "Leg vast waarom de procesregie stopt.")
    return end_process_direction(case, actor=actor, note=note)
