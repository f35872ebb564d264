"""Contacts with the household: every individual and group contact, the basis of the workload figures."""

from collections.abc import Iterable
from datetime import date

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils import timezone

from plein.cases.models import Case, CaseEvent, Contact
from plein.cases.selectors import cases_visible_to
from plein.cases.services.case import (
    check_may_work_on,
    record_event,
    require_choice,
    require_not_future,
    require_text,
)

__all__ = ["contact_record"]

MAX_MINUTES = 24 * 60


def _check_may_record_on(case: Case, held_on: date) -> None:
    """A closed case takes contacts only during the agreed aftercare."""
    if case.is_open or (case.aftercare_until is not None and held_on <= case.aftercare_until):
        return
    raise ValidationError(
        {NON_FIELD_ERRORS: "Deze casus is afgesloten en er is (op die datum) geen nazorg afgesproken."}
    )


@transaction.atomic
def contact_record(
    *,
    actor,
    case: Case,
    held_on: date,
    kind: str,
    duration_minutes: int,
    with_whom: str,
    summary: str = "",
    professionals: Iterable = (),
) -> Contact:
    """Record a contact. The professional who records it was there; colleagues who were there too
    must work on the case."""
    check_may_work_on(actor, case)
    require_choice(kind, Contact.Kind, "kind", "Kies de soort contact.")
    require_not_future(held_on, "held_on")
    if held_on < timezone.localdate(case.opened_at):
        raise ValidationError(
            {"held_on": f"Die datum ligt vóór de opening van de casus ({case.opened_at:%d-%m-%Y})."}
        )
    _check_may_record_on(case, held_on)
    if isinstance(duration_minutes, bool) or not isinstance(duration_minutes, int):
        raise ValidationError({"duration_minutes": "Geef de duur in hele minuten."})
    if not 1 <= duration_minutes <= MAX_MINUTES:
        raise ValidationError(
            {"duration_minutes": "De duur is ten minste 1 minuut en hooguit 1440 minuten (een dag)."}
        )
    with_whom = require_text(with_whom, "with_whom", "Schrijf op met wie het contact was.")
    if len(with_whom) > Contact._meta.get_field("with_whom").max_length:
        raise ValidationError({"with_whom": "Houd ‘met wie’ kort: hooguit 200 tekens."})
    colleagues = {professional.pk: professional for professional in professionals}
    colleagues.pop(actor.pk, None)
    for colleague in colleagues.values():
        if not cases_visible_to(colleague).filter(pk=case.pk).exists():
            raise ValidationError({"professionals": f"{colleague} werkt niet aan deze casus."})
    contact = Contact.objects.create(
        case=case,
        held_on=held_on,
        kind=kind,
        duration_minutes=duration_minutes,
        with_whom=with_whom,
        summary=summary.strip(),
        recorded_by=actor,
    )
    contact.professionals.set([actor, *colleagues.values()])
    record_event(
        case,
        CaseEvent.Kind.CONTACT,
        actor=actor,
        note=f"{contact.get_kind_display()} op {held_on:%d-%m-%Y}, {duration_minutes} minuten.",
    )
    return contact
