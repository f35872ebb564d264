"""Erasure requests: a resident asks to have their data destroyed (AVG art. 17, Wmo 2015 art. 5.3.6,
Jeugdwet art. 7.3.10). Services and selectors; the model is ``plein.privacy.models.ErasureRequest``.

The flow, all by a privacy officer of the resident's municipality:

1. ``erasure_request_record`` — the request is received; it is due three months later.
2. ``erasure_request_assess`` — per record (each case of the resident's households, each intake
   request about them that never became a case) Plein decides whether it may go now or must stay,
   and why. The assessment is stored as a destruction list with reason "verzoek van inwoner": the
   records that may go as its items, those that stay as excluded items with the reason. Reasons
   to keep (``assess``):
   * a case that is still running, a provision request or objection still being handled, an intake
     request still open: the data is needed for what is happening now (AVG art. 17 lid 1 onder a
     does not apply);
   * a retention period that a law imposes and has not ended (``RetentionRule.legal_obligation``:
     Wmo decisions 15 years, Jeugdwet 20 years, Participatiewet, debt assistance, refusals —
     AVG art. 17 lid 3 onder b);
   * a case that also concerns other members of the household: their interest in the file (Wmo 2015
     art. 5.3.6 lid 2, "aanmerkelijk belang voor een ander");
   * a case of another municipality: its own privacy officer decides.
   What may go: records whose retention period has ended anyway, and records under a *maximum*
   period (aborted cases, cases without a provision, intake requests that never became a case).
3. ``erasure_request_carry_out`` — the officer approves: each item is checked again and destroyed
   with the existing machinery (``destroy_item``: a DestroyedRecord without personal data remains),
   then the resident row itself (``_erase_resident``). Or ``erasure_request_refuse`` with a reason.

One rule list: the periods come from ``RetentionRule`` (``retention_rule``), as for the regular
destruction lists; nothing here lists periods of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.db.models import ProtectedError, Q, QuerySet
from django.utils import timezone

from plein.cases.models import Case
from plein.intake.models import Request
from plein.people.models import Household, HouseholdMembership, NetworkMember, Resident
from plein.privacy.access_log import record_access
from plein.privacy.history import delete_history
from plein.privacy.models import (
    AccessAction,
    AccessBasis,
    Consent,
    DestructionList,
    DestructionListItem,
    ErasureRequest,
    RecordType,
)
from plein.privacy.retention import (
    CaseRetention,
    case_ids_in_procedure,
    case_retention,
    check_privacy_officer,
    destroy_item,
    privacy_officer_municipality_ids,
    request_without_case_retention,
    retention_period,
    retention_rule,
)

# Wmo 2015 art. 5.3.6 lid 1 and Jeugdwet art. 7.3.10 lid 1: within three months of the request.
ANSWER_WITHIN = relativedelta(months=3)
PROCESSING_ACTIVITY = "Verzoeken van betrokkenen (AVG)"

KEEP_RUNNING = "Casus loopt nog: de gegevens zijn nodig voor de hulp die nu wordt geboden."
KEEP_IN_PROCEDURE = "Een aanvraag of bezwaar is nog in behandeling."
KEEP_REQUEST_OPEN = "Melding is nog in behandeling."
KEEP_OTHER_MUNICIPALITY = "Casus van een andere gemeente: die gemeente beslist over vernietiging."
KEEP_OTHER_MEMBERS = (
    "Gaat ook over andere leden van het huishouden: hun belang gaat voor (Wmo 2015 art. 5.3.6 lid 2)."
)
DESTROY_ENDED = "Bewaartermijn is al verstreken."
DESTROY_NO_OBLIGATION = "Geen wettelijke bewaarplicht (maximumtermijn): op verzoek vernietigen."
# Kept because something is still going on: the resident row stays whole (see _erase_resident).
ONGOING = frozenset({KEEP_RUNNING, KEEP_IN_PROCEDURE, KEEP_REQUEST_OPEN})


def due_on_for(received_on: date) -> date:
    return received_on + ANSWER_WITHIN


@dataclass(frozen=True)
class ErasureLine:
    """One record in the assessment of an erasure request: may it go now, and why (not)."""

    object_type: str  # DestructionListItem.ObjectType
    object_id: int
    reference: str
    record_type: str
    # When the retention period ends (for a running case or open request: as if it ended today).
    retention_ends_on: date
    destroy: bool
    reason: str

    def retention(self) -> CaseRetention:
        return CaseRetention(self.object_id, self.reference, self.record_type, self.retention_ends_on)


# --- selectors --------------------------------------------------------------------------------------


def erasure_requests_for(user) -> QuerySet[ErasureRequest]:
    """The erasure requests of the municipalities this user is privacy officer of."""
    return ErasureRequest.objects.filter(municipality_id__in=privacy_officer_municipality_ids(user))


def is_overdue(erasure_request: ErasureRequest, today: date | None = None) -> bool:
    return erasure_request.is_open and erasure_request.due_on < (today or timezone.localdate())


def _household_ids(resident_id: int) -> list[int]:
    return list(
        HouseholdMembership.objects.filter(resident_id=resident_id).values_list("household_id", flat=True)
    )


def assess(resident: Resident, *, municipality_id: int, today: date | None = None) -> list[ErasureLine]:
    """Per record about the resident: may it be destroyed now on their request, and why (not)."""
    today = today or timezone.localdate()
    household_ids = _household_ids(resident.pk)
    cases = (
        Case.objects.filter(
            Q(household_id__in=household_ids) | Q(provision_requests__resident_id=resident.pk)
        )
        .distinct()
        .prefetch_related("provision_requests__decisions", "provision_requests__provision")
        .order_by("opened_at", "id")
    )
    case_ids = [case.pk for case in cases]
    in_procedure = case_ids_in_procedure(case_ids)
    shared_households = set(
        HouseholdMembership.objects.filter(household_id__in=household_ids)
        .exclude(resident_id=resident.pk)
        .values_list("household_id", flat=True)
    )
    periods: dict[str, relativedelta] = {}
    lines = []
    for case in cases:
        # For a running case: the retention as if it closed today (case_retention reads closed_at
        # through localdate, which gives today for None) — shown as "at the earliest".
        retention = case_retention(case, periods=periods)
        if case.municipality_id != municipality_id:
            destroy, reason = False, KEEP_OTHER_MUNICIPALITY
        elif case.state != Case.State.CLOSED or case.closed_at is None:
            destroy, reason = False, KEEP_RUNNING
        elif case.pk in in_procedure:
            destroy, reason = False, KEEP_IN_PROCEDURE
        elif retention.retention_ends_on <= today:
            destroy, reason = True, DESTROY_ENDED
        else:
            rule = retention_rule(retention.record_type, case.municipality_id)
            if rule.legal_obligation:
                destroy = False
                reason = (
                    f"Wettelijke bewaarplicht tot {retention.retention_ends_on:%d-%m-%Y}: {rule.legal_basis}"
                )
            elif case.household_id in shared_households:
                destroy, reason = False, KEEP_OTHER_MEMBERS
            else:
                destroy, reason = True, DESTROY_NO_OBLIGATION
        lines.append(
            ErasureLine(
                DestructionListItem.ObjectType.CASE,
                case.pk,
                case.reference,
                retention.record_type,
                retention.retention_ends_on,
                destroy,
                reason,
            )
        )

    # Intake requests about the resident that never became a case. One linked to a case shares
    # that case's fate (destroy_case takes it along).
    requests = Request.objects.filter(resident_id=resident.pk, cases__isnull=True).order_by(
        "received_at", "id"
    )
    for request in requests:
        period_municipality = request.municipality_id or municipality_id
        period = retention_period(RecordType.INTAKE_WITHOUT_CASE, period_municipality)
        if request.municipality_id not in (None, municipality_id):
            destroy, reason = False, KEEP_OTHER_MUNICIPALITY
            ends_on = timezone.localdate(request.closed_at) + period
        elif request.status != Request.Status.CLOSED or request.closed_at is None:
            destroy, reason = False, KEEP_REQUEST_OPEN
            ends_on = today + period
        else:
            ends_on = request_without_case_retention(request, period).retention_ends_on
            rule = retention_rule(RecordType.INTAKE_WITHOUT_CASE, period_municipality)
            if ends_on <= today:
                destroy, reason = True, DESTROY_ENDED
            elif rule.legal_obligation:
                destroy, reason = False, f"Wettelijke bewaarplicht tot {ends_on:%d-%m-%Y}: {rule.legal_basis}"
            else:
                destroy, reason = True, DESTROY_NO_OBLIGATION
        lines.append(
            ErasureLine(
                DestructionListItem.ObjectType.REQUEST,
                request.pk,
                request.reference,
                RecordType.INTAKE_WITHOUT_CASE,
                ends_on,
                destroy,
                reason,
            )
        )
    return lines


# --- services ---------------------------------------------------------------------------------------


def _log(actor, erasure_request: ErasureRequest, action: str) -> None:
    record_access(
        actor=actor,
        action=action,
        object_type="erasure_request",
        object_id=erasure_request.pk,
        resident_id=erasure_request.resident_ref,
        basis=AccessBasis.NONE,
        processing_activity=PROCESSING_ACTIVITY,
    )


def _locked(erasure_request: ErasureRequest) -> ErasureRequest:
    return ErasureRequest.objects.select_for_update().get(pk=erasure_request.pk)


def _check_open(erasure_request: ErasureRequest) -> None:
    if not erasure_request.is_open:
        raise ValidationError({NON_FIELD_ERRORS: "Over dit verzoek is al besloten."})


@transaction.atomic
def erasure_request_record(*, actor, resident: Resident, received_on: date, note: str = "") -> ErasureRequest:
    """Record a resident's request to destroy their data (privacy officer of their municipality)."""
    check_privacy_officer(actor, resident.municipality_id)
    if received_on > timezone.localdate():
        raise ValidationError({"received_on": "De datum van ontvangst ligt in de toekomst."})
    if ErasureRequest.objects.filter(
        resident=resident, status__in=[ErasureRequest.Status.RECEIVED, ErasureRequest.Status.ASSESSED]
    ).exists():
        raise ValidationError({NON_FIELD_ERRORS: "Voor deze inwoner loopt al een verzoek tot vernietiging."})
    erasure_request = ErasureRequest.objects.create(
        municipality_id=resident.municipality_id,
        resident=resident,
        resident_ref=resident.pk,
        received_on=received_on,
        due_on=due_on_for(received_on),
        note=note.strip(),
        recorded_by=actor,
    )
    _log(actor, erasure_request, AccessAction.CREATE)
    return erasure_request


@transaction.atomic
def erasure_request_assess(
    *, actor, erasure_request: ErasureRequest, today: date | None = None
) -> DestructionList:
    """Assess the request (again): a fresh destruction list with reason "verzoek van inwoner"
    holding every record, those that must stay excluded with the reason. Nothing is destroyed."""
    erasure_request = _locked(erasure_request)
    check_privacy_officer(actor, erasure_request.municipality_id)
    _check_open(erasure_request)
    resident = erasure_request.resident
    if resident is None:
        raise ValidationError({NON_FIELD_ERRORS: "De gegevens van deze inwoner bestaan niet meer."})
    today = today or timezone.localdate()
    # A new assessment replaces the previous one, which destroyed nothing (a draft list).
    erasure_request.destruction_lists.filter(status=DestructionList.Status.DRAFT).delete()
    destruction_list = DestructionList.objects.create(
        municipality_id=erasure_request.municipality_id,
        drawn_up_on=today,
        reason=DestructionList.Reason.RESIDENT_REQUEST,
        erasure_request=erasure_request,
    )
    DestructionListItem.objects.bulk_create(
        DestructionListItem(
            destruction_list=destruction_list,
            object_type=line.object_type,
            case_id=line.object_id,
            case_reference=line.reference,
            record_type=line.record_type,
            retention_ends_on=line.retention_ends_on,
            excluded=not line.destroy,
            exclusion_reason="" if line.destroy else line.reason,
        )
        for line in assess(resident, municipality_id=erasure_request.municipality_id, today=today)
    )
    erasure_request.status = ErasureRequest.Status.ASSESSED
    erasure_request.assessed_at = timezone.now()
    erasure_request.save(update_fields=["status", "assessed_at"])
    _log(actor, erasure_request, AccessAction.READ)
    return destruction_list


def assessment_list(erasure_request: ErasureRequest) -> DestructionList | None:
    """The destruction list that holds the request's assessment (draft, or approved once carried out)."""
    return erasure_request.destruction_lists.order_by("-id").first()


@transaction.atomic
def erasure_request_carry_out(*, actor, erasure_request: ErasureRequest) -> ErasureRequest:
    """Approve the assessment: destroy what may go (each record checked once more), then the
    resident row if nothing kept points to it. One transaction: all or nothing."""
    erasure_request = _locked(erasure_request)
    check_privacy_officer(actor, erasure_request.municipality_id)
    _check_open(erasure_request)
    destruction_list = assessment_list(erasure_request)
    if erasure_request.status != ErasureRequest.Status.ASSESSED or destruction_list is None:
        raise ValidationError({NON_FIELD_ERRORS: "Beoordeel het verzoek eerst."})
    destruction_list = DestructionList.objects.select_for_update().get(pk=destruction_list.pk)
    now = timezone.now()
    resident = erasure_request.resident
    fresh = {}
    if resident is not None:
        fresh = {
            (line.object_type, line.object_id): line
            for line in assess(
                resident, municipality_id=erasure_request.municipality_id, today=timezone.localdate(now)
            )
        }
    destroyed = 0
    for item in destruction_list.items.filter(excluded=False).order_by("id"):
        line = fresh.get((item.object_type, item.case_id))
        if line is None or not line.destroy:
            # Something changed since the assessment (a case reopened, an objection): it stays.
            item.excluded = True
            item.exclusion_reason = line.reason if line else "Niet vernietigd: bestaat niet meer."
            item.save(update_fields=["excluded", "exclusion_reason"])
            continue
        if destroy_item(item, line.retention(), destruction_list=destruction_list, now=now):
            destroyed += 1
    destruction_list.status = DestructionList.Status.APPROVED
    destruction_list.approved_by = actor
    destruction_list.approved_at = now
    destruction_list.destroyed_count = destroyed
    destruction_list.save(update_fields=["status", "approved_by", "approved_at", "destroyed_count"])

    kept_reasons = set(
        destruction_list.items.filter(excluded=True).values_list("exclusion_reason", flat=True)
    )
    _log(actor, erasure_request, AccessAction.UPDATE)
    # Transient, for the page's message: what happened to the resident row.
    erasure_request.resident_outcome = (
        _erase_resident(resident, ongoing=bool(kept_reasons & ONGOING)) if resident is not None else "gone"
    )
    if erasure_request.resident_outcome == "destroyed":
        erasure_request.resident = None  # the database set it to NULL already (SET_NULL)
    erasure_request.status = ErasureRequest.Status.CARRIED_OUT
    erasure_request.decided_by = actor
    erasure_request.decided_at = now
    erasure_request.save(update_fields=["status", "decided_by", "decided_at"])
    return erasure_request


def _erase_resident(resident: Resident, *, ongoing: bool) -> str:
    """The resident row itself, after their records were destroyed. Returns "destroyed", "minimised"
    or "kept".

    * Something is still going on (a running case, an open request or objection): the row stays as
      it is — the help or procedure needs the contact details, and the resident can ask again once
      it has ended.
    * Nothing points to it any more (no kept case, provision request, objection or intake request:
      those relations PROTECT the resident): the row goes, with its household memberships, network
      and consents, and a household left without members goes too when nothing points to it.
    * Kept records (a Wmo decision within its 15 years) still point to it: the row stays with the
      minimum — name, birth date and BSN, because a kept decision must stay attributable to the
      person it is about (an objection, a recovery, an audit). Contact details (phone, e-mail) and
      the network (other people's data) are not needed for that and go, as does the earlier
      change history.
    """
    if ongoing:
        return "kept"
    household_ids = _household_ids(resident.pk)
    consent_ids = list(Consent.objects.filter(resident=resident).values_list("pk", flat=True))
    resident_id = resident.pk
    try:
        # The collector raises ProtectedError before it deletes anything.
        resident.delete()
    except ProtectedError:
        NetworkMember.objects.filter(resident=resident).delete()
        delete_history(Resident, [resident_id])
        resident.phone = ""
        resident.email = ""
        resident.save(update_fields=["phone", "email"])
        return "minimised"
    delete_history(Resident, [resident_id])
    delete_history(Consent, consent_ids)
    for household in Household.objects.filter(pk__in=household_ids, memberships__isnull=True):
        household_id = household.pk
        try:
            household.delete()
        except ProtectedError:
            continue  # kept cases or requests of the household point to it
        delete_history(Household, [household_id])
    return "destroyed"


@transaction.atomic
def erasure_request_refuse(*, actor, erasure_request: ErasureRequest, reason: str) -> ErasureRequest:
    """Refuse the whole request, with a reason for the resident's letter. Nothing is destroyed."""
    erasure_request = _locked(erasure_request)
    check_privacy_officer(actor, erasure_request.municipality_id)
    _check_open(erasure_request)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "Geef aan waarom het verzoek wordt afgewezen."})
    erasure_request.destruction_lists.filter(status=DestructionList.Status.DRAFT).delete()
    erasure_request.status = ErasureRequest.Status.REFUSED
    erasure_request.refusal_reason = reason
    erasure_request.decided_by = actor
    erasure_request.decided_at = timezone.now()
    erasure_request.save(update_fields=["status", "refusal_reason", "decided_by", "decided_at"])
    _log(actor, erasure_request, AccessAction.UPDATE)
    return erasure_request
