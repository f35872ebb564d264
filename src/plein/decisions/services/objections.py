"""Objections (bezwaar) against a sent decision: registration, extension and the outcome.

An objection is registered even when it comes in after the six-week term (Awb 6:7): it is
flagged as late, and whether that is excusable (Awb 6:11) is weighed when deciding. The handling
term is six weeks, twelve with an advisory committee, counted from the end of the objection term
(Awb 7:10), and may be extended once by six weeks. An upheld objection gets a new decision
(``decision_draft(follows_objection=...)``) that takes the place of the old one when it is sent.
"""

from datetime import date

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils import timezone

from plein.cases.models import CaseEvent
from plein.cases.services.case import check_and_bump_version, require_not_future, require_text
from plein.core.legal_terms import (
    OBJECTION_DECISION,
    OBJECTION_DECISION_COMMITTEE,
    OBJECTION_EXTENSION,
    due_date,
)
from plein.decisions.models import Decision, Objection
from plein.decisions.services.common import check_officer, new_reference, record_on_case
from plein.people.models import HouseholdMembership, Resident

__all__ = ["objection_decide", "objection_extend", "objection_register"]

Outcome = Objection.Outcome

OTHER_HOUSEHOLD = "Dit bezwaar hoort bij een beschikking van een ander huishouden."
ALREADY_DECIDED = "Over dit bezwaar is al beslist."


def _handling_due_on(objection: Objection, *, extended: bool) -> date:
    """The handling term runs from the end of the objection term, or from receipt when the
    objection came in late; always computed from that start, so the extension is added once."""
    decision = objection.decision
    term = OBJECTION_DECISION_COMMITTEE if objection.advisory_committee else OBJECTION_DECISION
    started_on = max(decision.objection_due_on, objection.received_on)
    municipality_id = decision.request.municipality_id
    if extended:
        return due_date(term, started_on, municipality_id=municipality_id, extension=OBJECTION_EXTENSION)
    return due_date(term, started_on, municipality_id=municipality_id)


@transaction.atomic
def objection_register(
    *,
    actor,
    decision: Decision,
    objector: Resident,
    received_on: date,
    grounds: str,
    advisory_committee: bool = False,
) -> Objection:
    """Register an objection against a sent decision, by (a member of) the household it concerns."""
    request = decision.request
    check_officer(actor, request.municipality_id)
    current = Decision.objects.select_for_update().get(pk=decision.pk)
    if current.status != Decision.Status.SENT:
        raise ValidationError(
            {NON_FIELD_ERRORS: "Bezwaar kan alleen tegen een verzonden beschikking die nog geldt."}
        )
    if objector is None:
        raise ValidationError({"objector": "Kies wie bezwaar maakt."})
    if not HouseholdMembership.objects.filter(resident=objector, household_id=request.household_id).exists():
        raise ValidationError({"objector": OTHER_HOUSEHOLD})
    if received_on is None:
        raise ValidationError({"received_on": "Vul in op welke datum het bezwaar binnenkwam."})
    require_not_future(received_on, "received_on")
    if received_on < current.sent_on:
        raise ValidationError(
            {
                "received_on": "Het bezwaar kan niet zijn ontvangen vóór de beschikking is verzonden "
                f"({current.sent_on:%d-%m-%Y})."
            }
        )
    grounds = require_text(
        grounds,
        "grounds",
        "Schrijf de gronden van het bezwaar op: waarom is de inwoner het niet eens met de beschikking?",
    )
    running = current.objections.filter(objector=objector, outcome="").first()
    if running is not None:
        raise ValidationError(
            {
                "objector": f"Er loopt al een bezwaar van {objector} tegen deze beschikking ({running.reference})."
            }
        )
    objection = Objection(
        reference=new_reference("BZ"),
        decision=current,
        objector=objector,
        received_on=received_on,
        grounds=grounds,
        is_late=received_on > current.objection_due_on,
        advisory_committee=bool(advisory_committee),
        registered_by=actor,
        registered_at=timezone.now(),
    )
    objection.handling_due_on = _handling_due_on(objection, extended=False)
    objection.save()
    late = " (na de bezwaartermijn)" if objection.is_late else ""
    record_on_case(
        request,
        CaseEvent.Kind.OBJECTION,
        actor=actor,
        note=f"Bezwaar {objection.reference} tegen beschikking {current.reference} ontvangen{late}.",
    )
    return objection


def _lock_open(objection: Objection) -> Objection:
    current = (
        Objection.objects.select_for_update(of=("self",))
        .select_related("decision__request")
        .get(pk=objection.pk)
    )
    if current.outcome:
        raise ValidationError({NON_FIELD_ERRORS: ALREADY_DECIDED})
    return current


@transaction.atomic
def objection_extend(*, actor, objection: Objection, expected_version: int) -> Objection:
    """Extend the handling term by six weeks (Awb 7:10 lid 3): once, before it has passed."""
    check_officer(actor, objection.decision.request.municipality_id)
    current = _lock_open(objection)
    if current.extended:
        raise ValidationError(
            {NON_FIELD_ERRORS: "Dit bezwaar is al verdaagd; dat kan maar één keer met zes weken."}
        )
    if timezone.localdate() > current.handling_due_on:
        raise ValidationError(
            {
                NON_FIELD_ERRORS: "De beslistermijn is al verstreken; verdagen kan alleen vóór het einde "
                "van de termijn."
            }
        )
    check_and_bump_version(current, expected_version, "dit bezwaar")
    current.extended = True
    current.handling_due_on = _handling_due_on(current, extended=True)
    current.save(update_fields=["extended", "handling_due_on"])
    record_on_case(
        current.decision.request,
        CaseEvent.Kind.OBJECTION,
        actor=actor,
        note=f"Beslissing op bezwaar {current.reference} met zes weken verdaagd, "
        f"tot en met {current.handling_due_on:%d-%m-%Y}.",
    )
    return current


@transaction.atomic
def objection_decide(
    *,
    actor,
    objection: Objection,
    outcome: str,
    outcome_note: str,
    late_excusable: bool | None = None,
    expected_version: int,
) -> Objection:
    """Decide on the objection. A late objection is weighed first: not excusable means
    inadmissible (Awb 6:11). After an upheld objection a new decision follows."""
    check_officer(actor, objection.decision.request.municipality_id)
    current = _lock_open(objection)
    if outcome not in Outcome.values:
        raise ValidationError(
            {
                "outcome": "Kies de uitkomst: gegrond, deels gegrond, ongegrond, niet-ontvankelijk of ingetrokken."
            }
        )
    outcome_note = (outcome_note or "").strip()
    if outcome != Outcome.WITHDRAWN and not outcome_note:
        raise ValidationError(
            {"outcome_note": "Motiveer de beslissing op bezwaar: waarom is het bezwaar (on)gegrond?"}
        )
    if not current.is_late:
        late_excusable = None
    elif outcome != Outcome.WITHDRAWN:
        if late_excusable is None:
            raise ValidationError(
                {
                    "late_excusable": "Het bezwaar kwam na de bezwaartermijn binnen: geef aan of dat "
                    "verschoonbaar is."
                }
            )
        if not late_excusable and outcome != Outcome.INADMISSIBLE:
            raise ValidationError(
                {
                    "outcome": "Een te laat bezwaar waarvan de termijnoverschrijding niet verschoonbaar is, "
                    "is niet-ontvankelijk."
                }
            )
    check_and_bump_version(current, expected_version, "dit bezwaar")
    current.outcome = outcome
    current.outcome_note = outcome_note
    current.late_excusable = late_excusable
    current.decided_on = timezone.localdate()
    current.decided_by = actor
    current.save(update_fields=["outcome", "outcome_note", "late_excusable", "decided_on", "decided_by"])
    follows = (
        " Er volgt een nieuwe beschikking." if outcome in (Outcome.UPHELD, Outcome.PARTLY_UPHELD) else ""
    )
    record_on_case(
        current.decision.request,
        CaseEvent.Kind.OBJECTION,
        actor=actor,
        note=f"Op bezwaar {current.reference} is beslist: {current.get_outcome_display().lower()}.{follows}",
    )
    return current
