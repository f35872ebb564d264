"""Who sees which part of monitoring.

Monitoring shows aggregates only, but not to everyone: policy staff see every team and district of
their municipalities; a team coordinator sees the team(s) they coordinate and the districts those
teams serve; every other role sees nothing (the views answer 404, as for any page outside
need-to-know). Membership comes from ``scope_for``, the one place that says what a professional
works for.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, QuerySet

from plein.areas.models import District, Municipality, Role, Team
from plein.areas.selectors import active_memberships, scope_for
from plein.cases.models import Case
from plein.intake.models import Request
from plein.monitoring.indicators import Population, Table
from plein.monitoring.indicators.common import in_period, scope
from plein.monitoring.suppression import suppress


@dataclass(frozen=True)
class MonitoringScope:
    """The municipalities, teams and districts a user may see figures of. ``whole_municipality``
    is true for policy staff: their figures may cover every team (and residents without a team)."""

    municipality_ids: frozenset[int]
    team_ids: frozenset[int]
    district_ids: frozenset[int]
    whole_municipality: bool

    def teams(self) -> QuerySet[Team]:
        return Team.objects.filter(id__in=self.team_ids).select_related("municipality").order_by("name")

    def districts(self) -> QuerySet[District]:
        return District.objects.filter(id__in=self.district_ids).order_by("name")

    def municipalities(self) -> QuerySet[Municipality]:
        return Municipality.objects.filter(id__in=self.municipality_ids).order_by("name")


def monitoring_scope(user) -> MonitoringScope | None:
    """What ``user`` may see in monitoring, or None (no monitoring at all: the views answer 404)."""
    scope = scope_for(user)
    if Role.POLICY in scope.roles:
        # Policy memberships are municipality-wide (no team): every team and district of the
        # municipalities a policy membership is for, not of others the user works for in a team role.
        municipality_ids = frozenset(
            active_memberships()
            .filter(professional=user, role=Role.POLICY)
            .values_list("municipality_id", flat=True)
        )
        return MonitoringScope(
            municipality_ids=municipality_ids,
            team_ids=frozenset(
                Team.objects.filter(municipality_id__in=municipality_ids).values_list("id", flat=True)
            ),
            district_ids=frozenset(
                District.objects.filter(municipality_id__in=municipality_ids).values_list("id", flat=True)
            ),
            whole_municipality=True,
        )
    if Role.TEAM_COORDINATOR in scope.roles:
        rows = list(
            active_memberships()
            .filter(professional=user, role=Role.TEAM_COORDINATOR, team__isnull=False)
            .values_list("team_id", "team__municipality_id", "team__districts")
        )
        if not rows:
            return None
        return MonitoringScope(
            municipality_ids=frozenset(municipality_id for _, municipality_id, _ in rows),
            team_ids=frozenset(team_id for team_id, _, _ in rows),
            district_ids=frozenset(district_id for _, _, district_id in rows if district_id),
            whole_municipality=False,
        )
    return None


TREND_WEEKS = 12


def weekly_trend(*, municipality_id: int, team_id: int, monday: date, weeks: int = TREND_WEEKS) -> Table:
    """A team's key figures per week (Monday to Sunday) over ``weeks`` weeks ending with the week
    of ``monday``: requests received, cases opened and cases closed, suppressed like every other
    figure. The same population filters as the indicators (``indicators.common.scope``); one
    aggregate query per model, whatever the amount of data."""
    starts = [monday - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    population = Population(
        municipality_id=municipality_id,
        period_start=starts[0],
        period_end=monday + timedelta(days=6),
        team_ids=frozenset({team_id}),
    )
    where = scope(population, municipality="municipality_id", team="team_id", household="household")

    def per_week(queryset, field: str) -> list[int]:
        counts = {}
        for index, start in enumerate(starts):
            week = Population(municipality_id, start, start + timedelta(days=6))
            counts[f"w{index}"] = Count("id", filter=in_period(week, field))
        result = queryset.filter(where, in_period(population, field)).aggregate(**counts)
        return [result[f"w{index}"] or 0 for index in range(len(starts))]

    requests = per_week(Request.objects.all(), "received_at")
    opened = per_week(Case.objects.all(), "opened_at")
    closed = per_week(Case.objects.all(), "closed_at")
    rows = [
        [f"wk {start.isocalendar().week}", requests[index], opened[index], closed[index]]
        for index, start in enumerate(starts)
    ]
    table = Table(
        columns=["Week", "Meldingen", "Casussen geopend", "Casussen afgesloten"],
        rows=rows,
        count_columns=frozenset({1, 2, 3}),
    )
    if not any(requests + opened + closed):
        table.note = "Geen gegevens in deze twaalf weken."
    return suppress(table)
