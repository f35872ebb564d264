"""Retention and destruction: services and selectors.

* ``load_default_retention_rules()`` loads the default retention periods (idempotent; a data
  migration calls it). ``retention_period(record_type, municipality_id)`` answers how long.
* ``case_retention(case)`` derives a closed case's record type from its decisions and the date its
  retention period ends; ``cases_due_for_destruction(municipality, today)`` lists the due cases.
* ``destruction_list_draw_up`` (called by the background task), ``destruction_list_exclude`` and
  ``destruction_list_approve``: nothing is destroyed before a privacy officer approves, and approving
  twice does nothing the second time. See docs/privacy.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from plein.areas.models import Municipality, Role
from plein.areas.selectors import active_memberships
from plein.cases.models import Assessment, Case, PlanItem, SupportPlan
from plein.decisions.models import (
    Allocation,
    Decision,
    Law,
    Objection,
    ProviderMessage,
    ProvisionRequest,
)
from plein.intake.models import Request
from plein.privacy.history import delete_history
from plein.privacy.models import (
    DestroyedRecord,
    DestructionList,
    DestructionListItem,
    RecordType,
    RetentionRule,
)

# --- reference data --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DefaultRule:
    record_type: str
    years: int
    days: int
    selection_list_reference: str
    legal_basis: str
    # False: a maximum period (data minimisation), which a resident's erasure request may cut short.
    legal_obligation: bool = True


# Selectielijst gemeenten en intergemeentelijke organen 2020, procestype 8 "Voorzieningen verstrekken".
DEFAULT_RETENTION_RULES = [
    DefaultRule(
        RecordType.WMO_GRANTED,
        15,
        0,
        "8.1.1",
        "Wmo 2015 art. 5.3.4; Selectielijst gemeenten 2020, 8.1.1 Verstrekt – WMO voorziening (P15Y). "
        "Op verzoek van de cliënt binnen drie maanden vernietigen (Wmo 2015 art. 5.3.6), tenzij bewaren "
        "van aanmerkelijk belang is voor een ander of een wet zich ertegen verzet.",
        # The law sets the period *and* the resident's right to have it cut short (art. 5.3.6).
        legal_obligation=False,
    ),
    DefaultRule(
        RecordType.YOUTH_GRANTED,
        20,
        0,
        "8.1.2",
        "Jeugdwet art. 7.3.8–7.3.9; Selectielijst gemeenten 2020, 8.1.2 Verstrekt – Individuele "
        "jeugdhulp voorziening (P20Y). Op verzoek van de betrokkene binnen drie maanden vernietigen "
        "(Jeugdwet, afdeling 7.3), tenzij bewaren van aanmerkelijk belang is voor een ander.",
        legal_obligation=False,
    ),
    DefaultRule(
        RecordType.PROVISION_REFUSED,
        5,
        0,
        "8.2",
        "Selectielijst gemeenten 2020, 8.2 Geweigerd (P5Y).",
    ),
    DefaultRule(
        RecordType.DEBT_ASSISTANCE,
        5,
        0,
        "8.1.9",
        "Wet gemeentelijke schuldhulpverlening; Selectielijst gemeenten 2020, 8.1.9 Verstrekt – "
        "Schuldhulpverlening (P5Y).",
    ),
    DefaultRule(
        RecordType.INCOME_PROVISION,
        10,
        0,
        "8.1",
        "Participatiewet; Selectielijst gemeenten 2020, 8.1 Verstrekt (generiek, P10Y).",
    ),
    DefaultRule(
        RecordType.CASE_ABORTED,
        0,
        42,
        "8.4.1",
        "Selectielijst gemeenten 2020, 8.4.1 Afgebroken – Voorziening in Sociale domein (P42D).",
        legal_obligation=False,
    ),
    DefaultRule(
        RecordType.CASE_CLOSED_WITHOUT_PROVISION,
        5,
        0,
        "8.2",
        "Onderzoek en ondersteuning zonder beschikking (Wmo 2015 art. 2.3.2): naar analogie van "
        "Selectielijst gemeenten 2020, 8.2 Geweigerd (P5Y) — geen voorziening verstrekt; korter dan "
        "15 jaar uit dataminimalisatie (AVG art. 5 lid 1 onder e).",
        legal_obligation=False,
    ),
    DefaultRule(
        RecordType.ACCESS_LOG,
        5,
        0,
        "",
        "NEN 7513 (logging van toegang tot patiëntgegevens) en BIO: logregels 5 jaar bewaren.",
    ),
    DefaultRule(
        RecordType.INTAKE_WITHOUT_CASE,
        1,
        0,
        "6.1.3",
        "Melding of vraag die direct is beantwoord of doorgezet en geen casus werd: Selectielijst "
        "gemeenten 2020, 6.1.3 Ingewilligd – Informatieverzoek (P1Y), vanaf de afhandeling.",
        legal_obligation=False,
    ),
]


def load_default_retention_rules(model=RetentionRule) -> int:
    """Create the default rules that do not exist yet; returns how many were created. Idempotent:
    a default that a functional admin changed is left as it is. A data migration passes its
    historical model."""
    # Migration 0002's historical model predates legal_obligation (added in 0004).
    has_obligation = any(field.name == "legal_obligation" for field in model._meta.get_fields())
    created = 0
    for rule in DEFAULT_RETENTION_RULES:
        defaults = {
            "years": rule.years,
            "days": rule.days,
            "selection_list_reference": rule.selection_list_reference,
            "legal_basis": rule.legal_basis,
        }
        if has_obligation:
            defaults["legal_obligation"] = rule.legal_obligation
        _, was_created = model.objects.get_or_create(
            record_type=rule.record_type, municipality=None, defaults=defaults
        )
        created += was_created
    return created


def mark_legal_obligations(model=RetentionRule) -> int:
    """Set ``legal_obligation`` off on the default rules that are maximum periods (migration 0004,
    when the field arrived with True for every existing row). Returns how many rows changed."""
    maxima = [rule.record_type for rule in DEFAULT_RETENTION_RULES if not rule.legal_obligation]
    return model.objects.filter(municipality__isnull=True, record_type__in=maxima).update(
        legal_obligation=False
    )


def retention_rule(record_type: str, municipality_id: int | None) -> RetentionRule:
    """The municipality's own rule for the record type, else the default. Raises
    RetentionRule.DoesNotExist when neither exists (the defaults were not loaded)."""
    rules = RetentionRule.objects.filter(record_type=record_type).filter(
        Q(municipality_id=municipality_id) | Q(municipality__isnull=True)
    )
    # Nulls sort last ascending on PostgreSQL and first on SQLite: pick in Python.
    found = sorted(rules, key=lambda rule: rule.municipality_id is None)
    if not found:
        raise RetentionRule.DoesNotExist(f"Geen bewaartermijn voor {record_type}.")
    return found[0]


def retention_period(record_type: str, municipality_id: int | None) -> relativedelta:
    rule = retention_rule(record_type, municipality_id)
    return relativedelta(years=rule.years, days=rule.days)


# --- which cases are due ---------------------------------------------------------------------------

GRANTED = (Decision.Outcome.GRANT, Decision.Outcome.PARTIAL)
# Decisions that reached the resident; a revoked one was sent before it was replaced after an objection.
TAKEN = (Decision.Status.SENT, Decision.Status.REVOKED)
# A case that ended because the resident stopped, without any decision, was aborted (afgebroken).
ABORTED_CLOSURE_REASONS = frozenset({Case.ClosureReason.RESIDENT_STOPPED})
DEBT_MARKERS = ("schuld",)


@dataclass(frozen=True)
class CaseRetention:
    case_id: int
    reference: str
    record_type: str
    retention_ends_on: date


def decision_record_type(decision: Decision) -> str:
    """The record type a taken decision gives its file."""
    if decision.outcome not in GRANTED:
        return RecordType.PROVISION_REFUSED
    provision = decision.request.provision
    if decision.request.law == Law.YOUTH:
        return RecordType.YOUTH_GRANTED
    if decision.request.law == Law.WMO:
        return RecordType.WMO_GRANTED
    text = f"{provision.name} {provision.legal_basis}".lower()
    if any(marker in text for marker in DEBT_MARKERS):
        return RecordType.DEBT_ASSISTANCE
    return RecordType.INCOME_PROVISION


def case_retention(case: Case, *, periods: dict[str, relativedelta] | None = None) -> CaseRetention:
    """The record type of a closed case and the day its retention period has ended.

    Every taken decision counts: a grant runs from the later of the case's closing and the end of
    the provision (``ends_on``); refusals count only when nothing was granted. The longest wins.
    """
    closed_on = timezone.localdate(case.closed_at)
    periods = periods if periods is not None else {}

    def period(record_type: str) -> relativedelta:
        if record_type not in periods:
            periods[record_type] = retention_period(record_type, case.municipality_id)
        return periods[record_type]

    decisions = [
        decision
        for request in case.provision_requests.all()
        for decision in request.decisions.all()
        if decision.status in TAKEN
    ]
    grants = [decision for decision in decisions if decision.outcome in GRANTED]
    candidates: list[tuple[date, str]] = []
    for decision in grants or decisions:
        record_type = decision_record_type(decision)
        start = max(closed_on, decision.ends_on or closed_on)
        candidates.append((start + period(record_type), record_type))
    if not candidates:
        record_type = (
            RecordType.CASE_ABORTED
            if case.closure_reason in ABORTED_CLOSURE_REASONS
            else RecordType.CASE_CLOSED_WITHOUT_PROVISION
        )
        candidates.append((closed_on + period(record_type), record_type))
    ends_on, record_type = max(candidates)
    return CaseRetention(case.pk, case.reference, record_type, ends_on)


def closed_cases(municipality: Municipality) -> QuerySet[Case]:
    return (
        Case.objects.filter(municipality=municipality, state=Case.State.CLOSED, closed_at__isnull=False)
        .prefetch_related("provision_requests__decisions", "provision_requests__provision")
        .order_by("closed_at", "id")
    )


def case_ids_in_procedure(cases) -> set[int]:
    """Of ``cases`` (ids, or a queryset of ids), those with an objection still being handled or a
    provision request still open: their data is needed now, whatever the retention period says."""
    return set(
        Objection.objects.filter(decision__request__case_id__in=cases, outcome="").values_list(
            "decision__request__case_id", flat=True
        )
    ) | set(
        ProvisionRequest.objects.filter(case_id__in=cases)
        .exclude(status__in=[ProvisionRequest.Status.DECIDED, ProvisionRequest.Status.WITHDRAWN])
        .values_list("case_id", flat=True)
    )


def cases_due_for_destruction(municipality: Municipality, today: date) -> list[CaseRetention]:
    """The closed cases of the municipality whose retention period ended on or before ``today``.

    A case with an objection still being handled, or a request still open, is never due.
    """
    in_procedure = case_ids_in_procedure(Case.objects.filter(municipality=municipality).values("pk"))
    periods: dict[str, relativedelta] = {}
    due = []
    for case in closed_cases(municipality).exclude(pk__in=in_procedure):
        retention = case_retention(case, periods=periods)
        if retention.retention_ends_on <= today:
            due.append(retention)
    return due


def requests_without_case(municipality_id: int) -> QuerySet[Request]:
    """Closed intake requests of the municipality that never became a case (answered at once,
    forwarded, or closed otherwise): they have their own retention rule (INTAKE_WITHOUT_CASE). A
    request linked to a case shares the case's retention and goes with it (``destroy_case``)."""
    return Request.objects.filter(
        municipality_id=municipality_id,
        status=Request.Status.CLOSED,
        closed_at__isnull=False,
        cases__isnull=True,
    ).order_by("closed_at", "id")


def request_without_case_retention(request: Request, period: relativedelta) -> CaseRetention:
    ends_on = timezone.localdate(request.closed_at) + period
    return CaseRetention(request.pk, request.reference, RecordType.INTAKE_WITHOUT_CASE, ends_on)


def requests_without_case_due(municipality_id: int, today: date) -> list[CaseRetention]:
    """The intake requests without a case whose retention period ended on or before ``today``."""
    period = retention_period(RecordType.INTAKE_WITHOUT_CASE, municipality_id)
    # A generous cut in the database (a day of slack for time zones), the exact check in Python.
    latest = timezone.make_aware(datetime.combine(today - period + timedelta(days=2), time.min))
    due = []
    for request in requests_without_case(municipality_id).filter(closed_at__lt=latest):
        retention = request_without_case_retention(request, period)
        if retention.retention_ends_on <= today:
            due.append(retention)
    return due


# --- destruction lists ------------------------------------------------------------------------------


def privacy_officer_municipality_ids(user) -> set[int]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(
        active_memberships()
        .filter(professional=user, role=Role.PRIVACY_OFFICER, municipality__isnull=False)
        .values_list("municipality_id", flat=True)
    )


def check_privacy_officer(actor, municipality_id: int) -> None:
    if municipality_id not in privacy_officer_municipality_ids(actor):
        raise PermissionDenied


def destruction_lists_for(user) -> QuerySet[DestructionList]:
    """The regular destruction lists this user may see: those of the municipalities they are privacy
    officer of. A list for an erasure request is seen and approved on that request's page."""
    return DestructionList.objects.filter(
        municipality_id__in=privacy_officer_municipality_ids(user), erasure_request__isnull=True
    )


@transaction.atomic
def destruction_list_draw_up(*, municipality_id: int, today: date | None = None) -> DestructionList:
    """Draw up the municipality's list of cases due for destruction on ``today``.

    Idempotent: while a list awaits approval, or when one was drawn up today, that list is returned.
    """
    today = today or timezone.localdate()
    municipality = Municipality.objects.select_for_update().get(pk=municipality_id)
    existing = (
        DestructionList.objects.filter(municipality=municipality, erasure_request__isnull=True)
        .filter(Q(status=DestructionList.Status.DRAFT) | Q(drawn_up_on=today))
        .first()
    )
    if existing is not None:
        return existing
    destruction_list = DestructionList.objects.create(municipality=municipality, drawn_up_on=today)
    DestructionListItem.objects.bulk_create(
        DestructionListItem(
            destruction_list=destruction_list,
            case_id=due.case_id,
            case_reference=due.reference,
            record_type=due.record_type,
            retention_ends_on=due.retention_ends_on,
        )
        for due in cases_due_for_destruction(municipality, today)
    )
    DestructionListItem.objects.bulk_create(
        DestructionListItem(
            destruction_list=destruction_list,
            object_type=DestructionListItem.ObjectType.REQUEST,
            case_id=due.case_id,
            case_reference=due.reference,
            record_type=due.record_type,
            retention_ends_on=due.retention_ends_on,
        )
        for due in requests_without_case_due(municipality.pk, today)
    )
    return destruction_list


def _check_draft(destruction_list: DestructionList) -> None:
    if not destruction_list.is_draft:
        raise ValidationError({NON_FIELD_ERRORS: "Deze vernietigingslijst is al goedgekeurd."})


@transaction.atomic
def destruction_list_exclude(
    *, actor, item: DestructionListItem, reason: str, excluded: bool = True
) -> DestructionListItem:
    """Keep one case off the destruction (with a reason), or put it back on the list."""
    item = DestructionListItem.objects.select_for_update().select_related("destruction_list").get(pk=item.pk)
    check_privacy_officer(actor, item.destruction_list.municipality_id)
    _check_draft(item.destruction_list)
    reason = reason.strip()
    if excluded and not reason:
        raise ValidationError({"reason": "Geef aan waarom deze casus niet wordt vernietigd."})
    item.excluded = excluded
    item.exclusion_reason = reason if excluded else ""
    item.excluded_by = actor if excluded else None
    item.save(update_fields=["excluded", "exclusion_reason", "excluded_by"])
    return item


def destroyed_record_for(case: Case, retention: CaseRetention, *, destruction_list, now) -> DestroyedRecord:
    decisions = (
        Decision.objects.filter(request__case=case).select_related("request").order_by("drafted_at", "id")
    )
    return DestroyedRecord.objects.create(
        municipality_id=case.municipality_id,
        destruction_list=destruction_list,
        record_type=retention.record_type,
        case_reference=case.reference,
        opened_on=timezone.localdate(case.opened_at),
        closed_on=timezone.localdate(case.closed_at),
        retention_ends_on=retention.retention_ends_on,
        decisions=[
            {
                "reference": decision.reference,
                "request_reference": decision.request.reference,
                "law": decision.request.law,
                "outcome": decision.outcome,
                "status": decision.status,
                "sent_on": decision.sent_on.isoformat() if decision.sent_on else None,
                "starts_on": decision.starts_on.isoformat() if decision.starts_on else None,
                "ends_on": decision.ends_on.isoformat() if decision.ends_on else None,
            }
            for decision in decisions
            if decision.status in TAKEN
        ],
        destroyed_at=now,
    )


def destroy_case(case: Case) -> None:
    """Delete a case with everything about it, including its provision requests and decisions (whose
    existence the caller has recorded in a DestroyedRecord). The PROTECT relations are taken apart
    in order: provider messages → allocations → objections → decisions → requests; assessments
    before measurements. Intake requests linked to this case only go too. Their change history
    goes with them: it holds copies of the same personal data."""
    requests = ProvisionRequest.objects.filter(case=case)
    decisions = Decision.objects.filter(request__in=requests)
    history_of = {
        Case: [case.pk],
        SupportPlan: list(case.plans.values_list("pk", flat=True)),
        PlanItem: list(PlanItem.objects.filter(plan__case=case).values_list("pk", flat=True)),
        Assessment: list(case.assessments.values_list("pk", flat=True)),
        ProvisionRequest: list(requests.values_list("pk", flat=True)),
        Decision: list(decisions.values_list("pk", flat=True)),
    }
    ProviderMessage.objects.filter(allocation__decision__in=decisions).delete()
    Allocation.objects.filter(decision__in=decisions).delete()
    decisions.filter(follows_objection__isnull=False).update(follows_objection=None)
    Objection.objects.filter(decision__in=decisions).delete()
    decisions.delete()
    requests.delete()
    intake_requests = list(case.requests.values_list("pk", flat=True))
    Assessment.objects.filter(case=case).delete()
    case.delete()
    Request.objects.filter(pk__in=intake_requests, cases__isnull=True).delete()
    # After the deletes: deleting writes one last history row per record, which goes too.
    for model, ids in history_of.items():
        delete_history(model, ids)


def destroyed_request_record(
    request: Request, retention: CaseRetention, *, destruction_list, now
) -> DestroyedRecord:
    """What remains of a destroyed intake request without a case: its reference and dates, nothing else."""
    return DestroyedRecord.objects.create(
        municipality_id=request.municipality_id,
        destruction_list=destruction_list,
        record_type=retention.record_type,
        case_reference=request.reference,
        opened_on=timezone.localdate(request.received_at),
        closed_on=timezone.localdate(request.closed_at),
        retention_ends_on=retention.retention_ends_on,
        decisions=[],
        destroyed_at=now,
    )


def destroy_item(item: DestructionListItem, retention: CaseRetention, *, destruction_list, now) -> bool:
    """Destroy what one list item names (a case, or a request without case), leaving its
    DestroyedRecord; False when it is gone already or (a request) has become part of a case since.
    The caller has checked that it may go."""
    municipality_id = destruction_list.municipality_id
    if item.object_type == DestructionListItem.ObjectType.REQUEST:
        # A request in the central queue (no municipality) can be on an erasure request's list.
        request = (
            Request.objects.filter(pk=item.case_id, cases__isnull=True)
            .filter(Q(municipality_id=municipality_id) | Q(municipality__isnull=True))
            .first()
        )
        if request is None:
            return False
        destroyed_request_record(request, retention, destruction_list=destruction_list, now=now)
        request.delete()  # its events and notifications cascade
    else:
        case = Case.objects.filter(pk=item.case_id, municipality_id=municipality_id).first()
        if case is None:
            return False
        destroyed_record_for(case, retention, destruction_list=destruction_list, now=now)
        destroy_case(case)
    item.destroyed_at = now
    item.save(update_fields=["destroyed_at"])
    return True


NO_LONGER_DUE = "Niet vernietigd: bij goedkeuring niet (meer) aan de beurt."


@transaction.atomic
def destruction_list_approve(*, actor, destruction_list: DestructionList) -> DestructionList:
    """Approve the list and destroy its non-excluded cases, all in one transaction.

    Approving an approved list does nothing. Each case is checked once more: one that is no longer
    due (reopened, a new decision, an objection) is kept and marked excluded with the reason.
    """
    destruction_list = DestructionList.objects.select_for_update().get(pk=destruction_list.pk)
    check_privacy_officer(actor, destruction_list.municipality_id)
    if destruction_list.erasure_request_id is not None:
        # Its items were assessed against the resident's request, not against the end of the
        # retention period: plein.privacy.erasure.erasure_request_carry_out approves it.
        raise ValidationError(
            {NON_FIELD_ERRORS: "Deze lijst hoort bij een verzoek tot vernietiging; keur dat verzoek goed."}
        )
    if not destruction_list.is_draft:
        return destruction_list
    now = timezone.now()
    today = timezone.localdate(now)
    Type = DestructionListItem.ObjectType
    still_due = {
        (Type.CASE, due.case_id): due
        for due in cases_due_for_destruction(destruction_list.municipality, today)
    } | {
        (Type.REQUEST, due.case_id): due
        for due in requests_without_case_due(destruction_list.municipality_id, today)
    }
    destroyed = 0
    for item in destruction_list.items.filter(excluded=False).order_by("id"):
        retention = still_due.get((item.object_type, item.case_id))
        if retention is None or not destroy_item(item, retention, destruction_list=destruction_list, now=now):
            item.excluded = True
            item.exclusion_reason = NO_LONGER_DUE
            item.save(update_fields=["excluded", "exclusion_reason"])
            continue
        destroyed += 1
    destruction_list.status = DestructionList.Status.APPROVED
    destruction_list.approved_by = actor
    destruction_list.approved_at = now
    destruction_list.destroyed_count = destroyed
    destruction_list.save(update_fields=["status", "approved_by", "approved_at", "destroyed_count"])
    return destruction_list
