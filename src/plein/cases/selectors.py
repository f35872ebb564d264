"""Read queries for cases, always within the professional's need-to-know.

``cases_visible_to`` is the one filter behind every case page, work list, API endpoint and
permission predicate. A case's content (assessment, plan, safety concerns) is special-category
data, so fewer people see a case than see the household: team case workers whose teams serve the
household's district, plus whoever is personally involved (the coordinator, an attached
procesregisseur). The front office, back office, policy and partners do not see case content here;
a partner sees only the hand-over addressed to their organisation (``handovers_for_partner``).
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, OuterRef, Q, QuerySet
from django.utils import timezone

from plein.areas.models import Neighbourhood, Role
from plein.areas.selectors import TEAM_CASEWORK_ROLES, active_memberships, scope_for
from plein.cases.models import (
    Action,
    AgendaItem,
    Case,
    Conference,
    Handover,
    ProcessDirection,
    SupportPlan,
)
from plein.people.selectors import households_visible_to
from plein.privacy.break_the_glass import emergency_household_ids

# A case open longer than this is reviewed by the team (seed 000 §6: "langer dan drie maanden").
REVIEW_AFTER = timedelta(days=91)
# Actions due within this many days show on the work list.
ACTIONS_DUE_WITHIN_DAYS = 7


def cases_visible_to(user) -> QuerySet[Case]:
    if not getattr(user, "is_authenticated", False):
        return Case.objects.none()
    scope = scope_for(user)
    # The cases this professional is personally involved in, as one set of ids found through
    # indexes (usually a handful): PostgreSQL computes it once, not a correlated check per case.
    involved = Q(pk__in=_involved_case_ids(user))
    if scope.roles & TEAM_CASEWORK_ROLES and scope.served_district_ids:
        # Only the district rule: the front/back office's municipality-wide household scope does not
        # open case content. A filter on the case's own joins (no subquery over all cases), so that
        # a list ordered through an index checks only the rows it shows; the served neighbourhoods
        # are a small set computed once, which spares every case query a join.
        served_neighbourhoods = Neighbourhood.objects.filter(district_id__in=scope.served_district_ids)
        in_served_district = Q(household__address__neighbourhood_id__in=served_neighbourhoods.values("pk"))
        return Case.objects.filter(in_served_district | involved)
    return Case.objects.filter(involved)


def _involved_case_ids(user) -> QuerySet:
    """Ids of the cases this professional coordinates or directs, or reads under break-the-glass."""
    ids = (
        Case.objects.filter(coordinator=user)
        .values("pk")
        .union(
            ProcessDirection.objects.filter(director=user, withdrawn_at__isnull=True)
            .order_by()
            .values("case_id")
        )
    )
    emergency_ids = emergency_household_ids(user)
    if emergency_ids:
        # Break-the-glass: the cases of a household read in an emergency, for reading only
        # (cases_workable_by requires the team, the coordinator or a procesregisseur).
        ids = ids.union(Case.objects.filter(household_id__in=sorted(emergency_ids)).values("pk"))
    return ids


def cases_workable_by(user) -> QuerySet[Case]:
    """Cases this professional may change: members of the case's team, the coordinator and an
    attached procesregisseur. Colleagues of other teams serving the district may read, not write."""
    if not getattr(user, "is_authenticated", False):
        return Case.objects.none()
    return cases_visible_to(user).filter(_has_a_say(user))


def _has_a_say(user) -> Q:
    """Of a case already visible: whether this professional may change it."""
    return (
        Q(team_id__in=scope_for(user).team_ids)
        | Q(coordinator=user)
        | Exists(
            ProcessDirection.objects.filter(case=OuterRef("pk"), director=user, withdrawn_at__isnull=True)
        )
    )


def case_detail(*, user, case_id: int) -> Case:
    """Raises Case.DoesNotExist when it does not exist or is not visible to this user."""
    return _visible_with_relations(user).get(pk=case_id)


def _visible_with_relations(user) -> QuerySet[Case]:
    return cases_visible_to(user).select_related(
        "household__address", "municipality", "team", "coordinator", "opened_by"
    )


def case_for_page(*, user, case_id: int) -> Case:
    """``case_detail`` that also tells, in the same query, whether this user may change the case
    (``workable``) and open its household (``household_visible``)."""
    return (
        _visible_with_relations(user)
        .annotate(
            workable=ExpressionWrapper(_has_a_say(user), output_field=BooleanField()),
            household_visible=Exists(households_visible_to(user).filter(pk=OuterRef("household_id"))),
        )
        .get(pk=case_id)
    )


def review_due_since(today: date | None = None) -> date:
    """Cases opened on or before this day are due for review unless reviewed since."""
    return (today or timezone.localdate()) - REVIEW_AFTER


def _review_due(today: date | None = None) -> Q:
    since = review_due_since(today)
    return Q(opened_at__date__lte=since) & (Q(last_reviewed_on__isnull=True) | Q(last_reviewed_on__lte=since))


def open_cases() -> QuerySet[Case]:
    return Case.objects.exclude(state=Case.State.CLOSED)


def cases_for_review(*, team_ids, today: date | None = None) -> QuerySet[Case]:
    """The team's review list: open longer than three months and not discussed in the last three."""
    return open_cases().filter(team_id__in=team_ids).filter(_review_due(today))


def my_cases(*, user) -> QuerySet[Case]:
    return open_cases().filter(coordinator=user)


def directed_cases(*, user) -> QuerySet[Case]:
    """Open cases this procesregisseur is attached to."""
    return open_cases().filter(
        process_directions__director=user, process_directions__withdrawn_at__isnull=True
    )


def team_cases(*, user) -> QuerySet[Case]:
    return open_cases().filter(team_id__in=scope_for(user).team_ids)


def actions_due(*, user, today: date | None = None) -> QuerySet[Action]:
    """Open actions of this professional due within a week, overdue ones included."""
    today = today or timezone.localdate()
    return (
        Action.objects.filter(
            owner=user, done_at__isnull=True, due_on__lte=today + timedelta(ACTIONS_DUE_WITHIN_DAYS)
        )
        .filter(case__in=cases_visible_to(user))
        .select_related("case")
        .order_by("due_on", "id")
    )


@dataclass(frozen=True)
class WorkListCounts:
    mine: int
    directed: int
    team: int
    review: int
    actions_due: int
    per_state: dict[str, int]


def work_list_counts(*, user, today: date | None = None) -> WorkListCounts:
    """The counts on the work lists, in three queries (four for a procesregisseur) whatever the number
    of cases."""
    scope = scope_for(user)
    states = [state for state in Case.State.values if state != Case.State.CLOSED]
    # The team's counts in one pass over its open cases.
    team = (
        open_cases()
        .filter(team_id__in=scope.team_ids)
        .aggregate(
            team=Count("id"),
            review=Count("id", filter=_review_due(today)),
            **{f"state_{state}": Count("id", filter=Q(state=state)) for state in states},
        )
    )
    return WorkListCounts(
        mine=my_cases(user=user).count(),
        directed=directed_cases(user=user).count() if Role.PROCESS_DIRECTOR in scope.roles else 0,
        team=team["team"],
        review=team["review"],
        actions_due=actions_due(user=user, today=today).count(),
        per_state={state: team[f"state_{state}"] for state in states},
    )


def case_timeline(case: Case):
    return case.events.select_related("actor")


def current_process_direction(case: Case) -> ProcessDirection | None:
    return case.process_directions.filter(withdrawn_at__isnull=True).select_related("director").first()


def current_plan(case: Case, *, plans: list[SupportPlan] | None = None) -> SupportPlan | None:
    """The draft being worked on, else the signed version in force; from ``plans`` (all versions,
    newest first) when the caller has loaded them already."""
    if plans is None:
        plans = list(case.plans.exclude(status=SupportPlan.Status.SUPERSEDED).order_by("-version")[:1])
    return next((plan for plan in plans if plan.status != SupportPlan.Status.SUPERSEDED), None)


def conferences_of(*, user) -> QuerySet[Conference]:
    """Conferences of the teams this professional works in."""
    return Conference.objects.filter(team_id__in=scope_for(user).team_ids).select_related("team")


def conference_agenda(*, user, conference: Conference, today: date | None = None) -> list[dict]:
    """The agenda: cases brought in, plus the team's cases due for review not yet on it.

    Each entry says whether this user may see the case's details; attendees without need-to-know
    see only the reference and the reason.
    """
    items = list(
        conference.agenda_items.select_related(
            "case__household__address", "case__coordinator", "brought_in_by"
        )
        .prefetch_related("actions__owner")
        .order_by("id")
    )
    on_agenda = {item.case_id for item in items}
    visible_ids = set(
        cases_visible_to(user)
        .filter(
            pk__in=on_agenda
            | set(cases_for_review(team_ids=[conference.team_id], today=today).values_list("pk", flat=True))
        )
        .values_list("pk", flat=True)
    )
    entries = [
        {
            "item": item,
            "case": item.case,
            "reason": item.get_reason_display(),
            "visible": item.case_id in visible_ids,
        }
        for item in items
    ]
    if conference.held_at is None:
        for case in (
            cases_for_review(team_ids=[conference.team_id], today=today)
            .exclude(pk__in=on_agenda)
            .select_related("household__address", "coordinator")
        ):
            entries.append(
                {
                    "item": None,
                    "case": case,
                    "reason": AgendaItem.Reason.REVIEW.label,
                    "visible": case.pk in visible_ids,
                }
            )
    return entries


def handovers_for_partner(*, user) -> QuerySet[Handover]:
    """Hand-overs addressed to the organisations this professional works for as a network partner.

    A hand-over whose consent the resident has withdrawn is no longer theirs to read (404, absent
    from the inbox), unless it was sent with an override reason. Only the partner role counts: a
    team member seconded by that organisation (two-legs principle) does not read hand-overs of other
    teams' cases through their employer.
    """
    organisation_ids = (
        active_memberships()
        .filter(professional=user, role=Role.NETWORK_PARTNER)
        .values_list("organisation_id", flat=True)
    )
    # The consent behind a hand-over withdrawn: the partner no longer reads it (override excepted).
    from plein.privacy.consent import handover_consent_withdrawn

    return (
        Handover.objects.filter(organisation_id__in=organisation_ids)
        .exclude(handover_consent_withdrawn())
        .select_related("case", "organisation")
    )


def coordinator_candidates(case: Case):
    """Professionals with a case-work role in a team of the case's municipality, for the pick list."""
    from plein.cases.coordination import COORDINATOR_ROLES
    from plein.people.models import Professional

    return Professional.objects.filter(
        is_active=True,
        pk__in=active_memberships()
        .filter(team__municipality_id=case.municipality_id, role__in=COORDINATOR_ROLES)
        .values("professional_id"),
    ).order_by("last_name", "first_name")
