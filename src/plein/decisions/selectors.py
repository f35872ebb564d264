"""Read queries for decisions, always within the professional's need-to-know.

``requests_visible_to`` is the one filter behind every page, work list, API endpoint and permission
predicate of this context. Decision officers (back office) see the requests of their municipality:
they check legality on what the request carries (the justification from the assessment), not on
the case file, which they do not open. Case workers see the requests of the cases they see, and
the decisions in them. Nobody else sees any.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone

from plein.areas.models import Role
from plein.areas.selectors import TEAM_CASEWORK_ROLES, active_memberships, scope_for
from plein.cases.selectors import cases_visible_to
from plein.core.legal_terms import (
    DECISION_TERMS,
    OBJECTION,
    OBJECTION_DECISION,
    OBJECTION_DECISION_COMMITTEE,
    WARNING_DAYS,
    TermStatus,
    status_of,
)
from plein.decisions.models import Decision, Objection, ProvisionRequest, TermSuspension

# The roles through which a professional sees cases (cases.selectors.cases_visible_to).
CASE_ROLES = TEAM_CASEWORK_ROLES | {Role.PROCESS_DIRECTOR}
OPEN_REQUEST_STATUSES = (ProvisionRequest.Status.SUBMITTED, ProvisionRequest.Status.IN_CHECK)


def officer_municipality_ids(user) -> frozenset[int]:
    """The municipalities this professional works for as a decision officer."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    scope = scope_for(user)
    if Role.DECISION_OFFICER not in scope.roles:
        return frozenset()
    cached = getattr(user, "_plein_officer_municipalities", None)
    if cached is None:
        cached = frozenset(
            active_memberships()
            .filter(professional=user, role=Role.DECISION_OFFICER)
            .values_list("municipality_id", flat=True)
        )
        user._plein_officer_municipalities = cached
    return cached


def is_decision_officer(user, municipality_id: int | None = None) -> bool:
    ids = officer_municipality_ids(user)
    return bool(ids) if municipality_id is None else municipality_id in ids


def requests_visible_to(user) -> QuerySet[ProvisionRequest]:
    if not getattr(user, "is_authenticated", False):
        return ProvisionRequest.objects.none()
    officer_ids = officer_municipality_ids(user)
    if officer_ids and not scope_for(user).roles & CASE_ROLES:
        # Only the back office: without a case role nobody is involved in a case, and the OR with
        # the case subquery would make the database scan every case (measured in the benchmark).
        return ProvisionRequest.objects.filter(municipality_id__in=officer_ids)
    condition = Q(case__in=cases_visible_to(user))
    if officer_ids:
        condition |= Q(municipality_id__in=officer_ids)
    return ProvisionRequest.objects.filter(condition)


def decisions_visible_to(user) -> QuerySet[Decision]:
    return Decision.objects.filter(request__in=requests_visible_to(user))


def objections_visible_to(user) -> QuerySet[Objection]:
    return Objection.objects.filter(decision__request__in=requests_visible_to(user))


def request_detail(*, user, request_id: int) -> ProvisionRequest:
    """Raises ProvisionRequest.DoesNotExist when it does not exist or is not visible to this user."""
    return (
        requests_visible_to(user)
        .select_related(
            "provision",
            "resident",
            "household__address",
            "case",
            "plan_item",
            "result",
            "submitted_by",
            "officer",
        )
        .get(pk=request_id)
    )


def decision_term(request: ProvisionRequest, today: date | None = None) -> TermStatus:
    """The decision term of the request's law, from its stored due date."""
    return status_of(
        DECISION_TERMS[request.law],
        started_on=request.applied_on,
        due_on=request.decision_due_on,
        today=today,
    )


def objection_term(decision: Decision, today: date | None = None) -> TermStatus | None:
    """The six weeks in which the resident may object; None until the decision is sent."""
    if decision.sent_on is None or decision.objection_due_on is None:
        return None
    return status_of(OBJECTION, started_on=decision.sent_on, due_on=decision.objection_due_on, today=today)


def objection_handling_term(objection: Objection, today: date | None = None) -> TermStatus:
    term = OBJECTION_DECISION_COMMITTEE if objection.advisory_committee else OBJECTION_DECISION
    return status_of(term, started_on=objection.received_on, due_on=objection.handling_due_on, today=today)


def decisions_to_sign(*, user, municipality_ids) -> QuerySet[Decision]:
    """Drafts, and four-eyes decisions waiting for a colleague: not for their drafter or first signer."""
    return Decision.objects.filter(request__municipality_id__in=municipality_ids).filter(
        Q(status=Decision.Status.DRAFT)
        | (Q(status=Decision.Status.AWAITING_SECOND) & ~Q(signed_by=user) & ~Q(drafted_by=user))
    )


@dataclass(frozen=True)
class BackOfficeLists:
    to_check: list[ProvisionRequest]
    in_check: list[ProvisionRequest]
    to_sign: list[Decision]
    objections: list[Objection]


def back_office_lists(*, user, limit: int = 50) -> BackOfficeLists:
    """The back office's work: requests waiting for a check, checks under way, decisions to sign
    (a four-eyes decision waits for a colleague, not for its own drafter) and open objections,
    each soonest due first."""
    officer_ids = officer_municipality_ids(user)
    requests = (
        ProvisionRequest.objects.filter(municipality_id__in=officer_ids)
        .select_related("provision", "officer")
        .order_by("decision_due_on", "id")
    )
    to_sign = (
        decisions_to_sign(user=user, municipality_ids=officer_ids)
        .select_related("request__provision", "drafted_by")
        .order_by("request__decision_due_on", "id")
    )
    objections = (
        Objection.objects.filter(decision__request__municipality_id__in=officer_ids, outcome="")
        .select_related("decision__request__provision")
        .order_by("handling_due_on", "id")
    )
    return BackOfficeLists(
        to_check=list(requests.filter(status=ProvisionRequest.Status.SUBMITTED)[:limit]),
        in_check=list(requests.filter(status=ProvisionRequest.Status.IN_CHECK)[:limit]),
        to_sign=list(to_sign[:limit]),
        objections=list(objections[:limit]),
    )


@dataclass(frozen=True)
class CaseDecisions:
    requests: list[ProvisionRequest]
    decisions: list[Decision]


def decisions_for_case_page(*, user, case) -> CaseDecisions:
    """The case's requests, and the decisions in every case of the household this user sees,
    newest first. The same rule as ``requests_visible_to`` for a case worker, asked for the
    household's few cases first: the benchmark showed the IN over every visible case costing
    more than the page's other queries together."""
    case_ids = list(
        cases_visible_to(user).filter(household_id=case.household_id).values_list("id", flat=True)
    )
    if case.pk not in case_ids:
        return CaseDecisions(requests=[], decisions=[])
    return CaseDecisions(
        requests=list(
            ProvisionRequest.objects.filter(case_id=case.pk)
            .select_related("provision", "resident")
            .order_by("-submitted_at", "-id")
        ),
        decisions=list(
            Decision.objects.filter(request__case_id__in=case_ids)
            .select_related("request__provision", "request__resident", "provider")
            .order_by("-drafted_at", "-id")
        ),
    )


def requests_almost_due(today: date | None = None) -> QuerySet[ProvisionRequest]:
    """Open requests whose decision term ends within WARNING_DAYS or has passed: the warning task."""
    today = today or timezone.localdate()
    # While a suspension runs the term stands still and its last day is not known yet.
    return ProvisionRequest.objects.filter(
        status__in=OPEN_REQUEST_STATUSES, decision_due_on__lte=today + timedelta(days=WARNING_DAYS)
    ).exclude(Exists(TermSuspension.objects.filter(request=OuterRef("pk"), ends_on__isnull=True)))


def objections_almost_due(today: date | None = None) -> QuerySet[Objection]:
    today = today or timezone.localdate()
    return Objection.objects.filter(outcome="", handling_due_on__lte=today + timedelta(days=WARNING_DAYS))


@dataclass(frozen=True)
class TermCompliance:
    law: str
    decided: int
    in_time: int

    @property
    def late(self) -> int:
        return self.decided - self.in_time


def decision_term_compliance(*, municipality_id: int, start: date, end: date) -> list[TermCompliance]:
    """Per law: requests decided in [start, end] and how many of them within the legal term
    (the first sent decision counts). For monitoring; aggregates only."""
    rows = (
        Decision.objects.filter(
            request__municipality_id=municipality_id,
            follows_objection__isnull=True,
            sent_on__gte=start,
            sent_on__lte=end,
        )
        .values("request__law")
        .annotate(
            decided=Count("request", distinct=True),
            in_time=Count("request", distinct=True, filter=Q(sent_on__lte=F("request__decision_due_on"))),
        )
        .order_by("request__law")
    )
    return [
        TermCompliance(law=row["request__law"], decided=row["decided"], in_time=row["in_time"])
        for row in rows
    ]


# --- helper API: who hears of a term --------------------------------------------------------------


def decision_officers_of(municipality_id: int) -> QuerySet:
    """The active decision officers of a municipality today: they hear of terms nobody picked up."""
    from plein.people.models import Professional

    officer_ids = (
        active_memberships()
        .filter(role=Role.DECISION_OFFICER, municipality_id=municipality_id)
        .values("professional_id")
    )
    return Professional.objects.filter(pk__in=officer_ids, is_active=True).order_by("pk")


# --- SERVICES-A ---


def takes_direct_applications(user, municipality_id: int) -> bool:
    """Who may record a direct application (without a plan) for a resident of this municipality:
    its decision officers and its front office."""
    if is_decision_officer(user, municipality_id):
        return True
    return (
        getattr(user, "is_authenticated", False)
        and active_memberships()
        .filter(professional=user, role=Role.FRONT_OFFICE, municipality_id=municipality_id)
        .exists()
    )


# --- helper UI: the back office's counts on the start page -------------------------------------


@dataclass(frozen=True)
class BackOfficeCounts:
    to_check: int
    in_check: int
    to_sign: int
    objections: int
    overdue: int
    almost_due: int


def back_office_counts(*, user, today: date | None = None) -> BackOfficeCounts:
    """How much back-office work there is (the lists of ``back_office_lists``, uncapped), and how
    many open requests and objections are past their term or within WARNING_DAYS of it."""
    today = today or timezone.localdate()
    officer_ids = officer_municipality_ids(user)
    soon = today + timedelta(days=WARNING_DAYS)
    requests = ProvisionRequest.objects.filter(
        municipality_id__in=officer_ids, status__in=OPEN_REQUEST_STATUSES
    ).aggregate(
        to_check=Count("id", filter=Q(status=ProvisionRequest.Status.SUBMITTED)),
        in_check=Count("id", filter=Q(status=ProvisionRequest.Status.IN_CHECK)),
        overdue=Count("id", filter=Q(decision_due_on__lt=today)),
        almost_due=Count("id", filter=Q(decision_due_on__gte=today, decision_due_on__lte=soon)),
    )
    objections = Objection.objects.filter(
        decision__request__municipality_id__in=officer_ids, outcome=""
    ).aggregate(
        open=Count("id"),
        overdue=Count("id", filter=Q(handling_due_on__lt=today)),
        almost_due=Count("id", filter=Q(handling_due_on__gte=today, handling_due_on__lte=soon)),
    )
    to_sign = decisions_to_sign(user=user, municipality_ids=officer_ids).count()
    return BackOfficeCounts(
        to_check=requests["to_check"],
        in_check=requests["in_check"],
        to_sign=to_sign,
        objections=objections["open"],
        overdue=requests["overdue"] + objections["overdue"],
        almost_due=requests["almost_due"] + objections["almost_due"],
    )
