"""Warm hand-overs (warme overdracht) to the organisation carrying out part of the plan.

Information goes to a partner only with the resident's consent. Without it only for a reason
(acute danger), and then on the timeline and in the log. The partner answers: accepted or
declined (with a reason), and later whether the help succeeded, so the coordinator sees where
each part of the plan stands.
"""

import logging
from datetime import date

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from plein.cases.models import Case, CaseEvent, Handover, PlanItem
from plein.cases.selectors import handovers_for_partner
from plein.cases.services.case import (
    check_may_work_on,
    check_open,
    record_event,
    require_choice,
    require_not_future,
    require_text,
)
from plein.cases.services.plan import is_current_member
from plein.people.models import Organisation, Resident
from plein.privacy.consent import consent_for_handover, has_consent

__all__ = ["handover_accept", "handover_complete", "handover_decline", "handover_send"]

logger = logging.getLogger(__name__)

Status = Handover.Status

NO_CONSENT = (
    "Zonder toestemming van de inwoner gaat er geen informatie naar een partner. Leg vast wie "
    "toestemming gaf, hoe en wanneer. Alleen bij acuut gevaar mag het zonder: schrijf dan op waarom."
)


def _check_consent(
    case: Case, consent_given_by: Resident | None, consent_method: str, consent_recorded_on: date | None
) -> None:
    if not is_current_member(consent_given_by, case):
        raise ValidationError(
            {
                "consent_given_by": f"{consent_given_by} woont niet (meer) in dit huishouden; "
                "toestemming komt van iemand uit het huishouden."
            }
        )
    require_choice(
        consent_method,
        Handover.ConsentMethod,
        "consent_method",
        "Leg vast hoe de inwoner toestemming gaf: mondeling, schriftelijk of via het portaal.",
    )
    if consent_recorded_on is None:
        raise ValidationError({"consent_recorded_on": "Leg vast op welke datum de inwoner toestemming gaf."})
    require_not_future(consent_recorded_on, "consent_recorded_on")


def _registered_consent(case: Case, organisation: Organisation):
    """A standing consent in the register of a current member of the household for this organisation."""
    for resident in Resident.objects.filter(
        household_memberships__household_id=case.household_id, household_memberships__ends_on__isnull=True
    ).order_by("birth_date", "pk"):
        consent = has_consent(resident, organisation)
        if consent is not None:
            return consent
    return None


@transaction.atomic
def handover_send(
    *,
    actor,
    case: Case,
    organisation: Organisation,
    information: str,
    plan_item: PlanItem | None = None,
    consent_given_by: Resident | None = None,
    consent_method: str = "",
    consent_recorded_on: date | None = None,
    consent_override_reason: str = "",
) -> Handover:
    """Hand a part of the plan (or the whole question) over to a partner, with the information it
    needs so that the resident does not tell their story again."""
    check_may_work_on(actor, case)
    check_open(case)
    if not organisation.municipalities.filter(pk=case.municipality_id).exists():
        raise ValidationError({"organisation": f"{organisation} werkt niet in {case.municipality}."})
    if plan_item is not None and plan_item.plan.case_id != case.pk:
        raise ValidationError({"plan_item": "Dit onderdeel hoort niet bij het plan van deze casus."})
    information = require_text(
        information,
        "information",
        "Schrijf op wat de partner nodig heeft, zodat de inwoner het verhaal niet opnieuw hoeft te vertellen.",
    )
    override_reason = consent_override_reason.strip()
    registered = None
    if consent_given_by is None and not override_reason:
        # A consent in the register (privacy) for this organisation counts as well.
        registered = _registered_consent(case, organisation)
        if registered is not None:
            consent_given_by = registered.resident
            consent_method, consent_recorded_on = registered.method, registered.given_on
    if consent_given_by is not None:
        _check_consent(case, consent_given_by, consent_method, consent_recorded_on)
        override_reason = ""
    elif not override_reason:
        raise ValidationError({"consent_given_by": NO_CONSENT})
    else:
        consent_method, consent_recorded_on = "", None
    if (
        plan_item is not None
        and Handover.objects.filter(
            plan_item=plan_item, organisation=organisation, status__in=[Status.SENT, Status.ACCEPTED]
        ).exists()
    ):
        raise ValidationError(
            {"organisation": f"Dit onderdeel is al aan {organisation} overgedragen en loopt nog."}
        )
    handover = Handover.objects.create(
        case=case,
        plan_item=plan_item,
        organisation=organisation,
        information=information,
        consent_given_by=consent_given_by,
        consent_method=consent_method,
        consent_recorded_on=consent_recorded_on,
        consent_override_reason=override_reason,
        sent_by=actor,
        sent_at=timezone.now(),
    )
    if registered is not None:
        registered.handovers.add(handover)
    elif consent_given_by is not None:
        # In the resident's consent register, so that it can be seen and withdrawn.
        consent_for_handover(
            actor=actor,
            handover=handover,
            resident=consent_given_by,
            method=consent_method,
            given_on=consent_recorded_on,
        )
    part = f" voor het onderdeel ‘{plan_item.get_rung_display()}’" if plan_item else ""
    record_event(
        case,
        CaseEvent.Kind.HANDOVER,
        actor=actor,
        note=f"Warme overdracht aan {organisation}{part} verstuurd.",
    )
    if override_reason:
        record_event(
            case,
            CaseEvent.Kind.CONSENT_OVERRIDE,
            actor=actor,
            note=f"Overgedragen aan {organisation} zonder toestemming van de inwoner. Reden: {override_reason}",
        )
        # Ids only: the log is read by operators who have no need to know who this is about.
        logger.warning(
            "Hand-over %s of case %s to organisation %s sent without consent by professional %s.",
            handover.pk,
            case.pk,
            organisation.pk,
            actor.pk,
        )
    return handover


def _works_for(actor, handover: Handover) -> bool:
    # The selector holds the rule: the partner role at the receiving organisation.
    return handovers_for_partner(user=actor).filter(pk=handover.pk).exists()


def _respond(handover: Handover, *, actor, allowed_from: str, to: str, note: str, **values) -> Handover:
    """Move the hand-over on, if it still is where the responder saw it: two answers at the same
    moment cannot both win."""
    now = timezone.now()
    stamp = {"done_at": now} if to == Status.DONE else {"responded_by": actor, "responded_at": now}
    changed = Handover.objects.filter(pk=handover.pk, status=allowed_from).update(
        status=to, **stamp, **values
    )
    if not changed:
        current = Handover.objects.values_list("status", flat=True).get(pk=handover.pk)
        if current == Status.SENT:
            message = "De partner heeft de overdracht nog niet geaccepteerd; pas daarna is die af te ronden."
        else:
            message = f"Dit kan niet meer: de overdracht is al {Status(current).label.lower()}."
        raise ValidationError({NON_FIELD_ERRORS: message})
    handover.refresh_from_db()
    record_event(handover.case, CaseEvent.Kind.HANDOVER, actor=actor, note=note)
    return handover


def _check_partner(actor, handover: Handover) -> None:
    if not _works_for(actor, handover):
        raise PermissionDenied(f"Alleen medewerkers van {handover.organisation} reageren op deze overdracht.")


@transaction.atomic
def handover_accept(*, actor, handover: Handover) -> Handover:
    _check_partner(actor, handover)
    return _respond(
        handover,
        actor=actor,
        allowed_from=Status.SENT,
        to=Status.ACCEPTED,
        note=f"{handover.organisation} heeft de overdracht geaccepteerd.",
    )


@transaction.atomic
def handover_decline(*, actor, handover: Handover, reason: str) -> Handover:
    _check_partner(actor, handover)
    reason = require_text(
        reason,
        "reason",
        "Schrijf op waarom u de overdracht weigert; dan kan de regiehouder iets anders regelen.",
    )
    return _respond(
        handover,
        actor=actor,
        allowed_from=Status.SENT,
        to=Status.DECLINED,
        note=f"{handover.organisation} heeft de overdracht geweigerd.",
        decline_reason=reason,
    )


@transaction.atomic
def handover_complete(*, actor, handover: Handover, succeeded: bool, outcome_note: str = "") -> Handover:
    """Record whether the help succeeded, and if not why: by the partner, or by the coordinator."""
    if handover.case.coordinator_id != actor.pk and not _works_for(actor, handover):
        raise PermissionDenied(
            f"Alleen medewerkers van {handover.organisation} of de regiehouder ronden deze overdracht af."
        )
    if not isinstance(succeeded, bool):
        raise ValidationError({"succeeded": "Geef aan of de hulp is geslaagd."})
    outcome_note = outcome_note.strip()
    if not succeeded and not outcome_note:
        raise ValidationError(
            {
                "outcome_note": "De hulp is niet geslaagd: schrijf kort op waarom, zodat het team kan bijsturen."
            }
        )
    result = "geslaagd" if succeeded else "niet geslaagd"
    return _respond(
        handover,
        actor=actor,
        allowed_from=Status.ACCEPTED,
        to=Status.DONE,
        note=f"Overdracht aan {handover.organisation} afgerond: de hulp is {result}.",
        succeeded=succeeded,
        outcome_note=outcome_note,
    )
