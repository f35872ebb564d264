"""Population budgets (populatiebekostiging, seeds 003 §3.2): per district and per team, the budget
of a year against what was spent so far and a forecast for the whole year.

Money only: no resident, case or decision is named anywhere in what this module returns.

Costs so far
  (a) customised provisions: decisions with outcome "toekenning" or "gedeeltelijke toekenning" that
      were sent (a draft is no commitment, a revoked one no longer binds), counted from the first of
      January up to today (or the 31st of December of a year that ended);
      - a pgb or a payment in money: the decision's ``budget`` spread evenly over the days of its
        period; a decision without an end date is taken to grant that budget per year;
      - otherwise (in kind): extent × tariff × the number of frequency periods (day, week, month,
        counted from the start date) that *begin* in the window, each at the tariff valid on the
        day it begins (the latest ``valid_from`` on or before it); "totaal in de periode" counts once,
        in the year the decision starts. Counting periods by their first day charges a period that
        straddles New Year to one year only. A period with no tariff yet is counted in
        ``missing_tariffs`` ("tarief ontbreekt") and adds nothing.
      Attributed to the district of the household of the request's case; a direct application
      without a case to the district of the resident's current household (or, if the resident has
      none now, the household on the request).
  (b) team hours: the minutes of the contacts in the window × the municipality's hourly rate of
      the year, attributed to the district of the household of the contact's case. Case conferences
      are left out: they discuss several households of several districts at once.

Forecast: actual × days in the year / elapsed days (today included). For a year that has ended it
is the actual; for a year that has not begun there is none. The first of January is one elapsed
day, so there is never a division by zero.

Teams: a team's figures are the sum over the districts it serves, where a district served by n
teams gives each of them 1/n of its budget and of its costs (the budget belongs to the district's
population, not to one team). Sums of team figures therefore equal the district figures of the
districts that have a team.

Queries are bounded: one for budgets, one for teams, one for tariffs, one for contacts (grouped by
district), one for decisions (grouped by district, provision, delivery form, extent, budget and
dates, with a count). The pro-rata and period arithmetic runs in Python over those grouped rows,
so its work is bounded by the number of distinct decisions of the year, not by residents.
"""

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, F, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from plein.areas.models import District, Team
from plein.cases.models import Contact
from plein.decisions.models import Decision, DeliveryForm, Frequency
from plein.monitoring.models import AreaBudget, HourlyRate, ProvisionTariff
from plein.people.models import HouseholdMembership

CENT = Decimal("0.01")
ZERO = Decimal("0")
GRANTED = (Decision.Outcome.GRANT, Decision.Outcome.PARTIAL)
# Delivery forms whose cost is the decision's own budget rather than a tariff.
BUDGET_FORMS = (DeliveryForm.PGB, DeliveryForm.CASH)


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class BudgetLine:
    """One district, one team, or the total."""

    name: str
    budget: Decimal | None  # None: no budget set ("geen budget")
    provisions: Decimal
    team_hours: Decimal
    forecast: Decimal | None  # None: the year has not begun
    area_id: int | None = None  # the district's or team's id; None for the total

    @property
    def actual(self) -> Decimal:
        return self.provisions + self.team_hours

    @property
    def actual_percent(self) -> Decimal | None:
        return _percent(self.actual, self.budget)

    @property
    def forecast_percent(self) -> Decimal | None:
        return _percent(self.forecast, self.budget)

    @property
    def over_budget(self) -> bool:
        """The forecast exceeds the budget (a zero budget with any cost exceeds it too)."""
        return self.budget is not None and self.forecast is not None and self.forecast > self.budget


@dataclass(frozen=True)
class MissingTariff:
    """A provision granted in kind whose periods in the year have no tariff to price them."""

    provision: str
    periods: int


@dataclass(frozen=True)
class BudgetOverview:
    municipality_id: int
    year: int
    as_of: date  # costs are counted up to and including this day
    elapsed_days: int  # 0 for a year that has not begun
    days_in_year: int
    hourly_rate: Decimal | None
    team_minutes: int
    districts: list[BudgetLine]
    teams: list[BudgetLine]
    total: BudgetLine
    missing_tariffs: list[MissingTariff] = field(default_factory=list)
    # Costs of households living outside the municipality's districts now (moved away).
    unattributed: Decimal = ZERO

    @property
    def year_ended(self) -> bool:
        return self.elapsed_days == self.days_in_year

    @property
    def year_not_begun(self) -> bool:
        return self.elapsed_days == 0


def _percent(amount: Decimal | None, budget: Decimal | None) -> Decimal | None:
    if amount is None or not budget:
        return None
    return (amount * 100 / budget).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


# --- period arithmetic ---------------------------------------------------------------------------


def _add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def period_starts_between(start: date, frequency: str, lo: date, hi: date) -> int:
    """How many periods of ``frequency``, counted from ``start``, begin on a day in [lo, hi]."""
    if hi < lo or hi < start:
        return 0
    if frequency == Frequency.TOTAL:
        return 1 if lo <= start <= hi else 0
    if frequency == Frequency.PER_DAY:
        return (hi - max(lo, start)).days + 1
    if frequency == Frequency.PER_WEEK:
        first = max(0, -(-(lo - start).days // 7))  # ceiling division
        last = (hi - start).days // 7
        return max(0, last - first + 1)
    if frequency == Frequency.PER_MONTH:
        # Start a little before lo and walk: at most a handful of steps outside [lo, hi].
        k = max(0, (lo.year - start.year) * 12 + lo.month - start.month - 1)
        count = 0
        while (day := _add_months(start, k)) <= hi:
            if day >= lo:
                count += 1
            k += 1
        return count
    raise ValueError(f"unknown frequency {frequency!r}")


def _overlap_days(lo: date, hi: date) -> int:
    return max(0, (hi - lo).days + 1)


def _tariff_cost(row: dict, tariffs: list[tuple[date, Decimal]], lo: date, hi: date) -> tuple[Decimal, int]:
    """(cost, periods without a tariff) of one grouped decision row in the window [lo, hi]."""
    start, frequency, extent = row["starts_on"], row["frequency"], row["extent"] or ZERO
    cost, missing = ZERO, 0
    first_priced = tariffs[0][0] if tariffs else None
    if first_priced is None or lo < first_priced:
        missing = period_starts_between(
            start, frequency, lo, hi if first_priced is None else min(hi, first_priced - timedelta(days=1))
        )
    # Tariffs are sorted by valid_from; each is valid until the day before the next one.
    for index, (valid_from, price) in enumerate(tariffs):
        valid_to = tariffs[index + 1][0] - timedelta(days=1) if index + 1 < len(tariffs) else hi
        periods = period_starts_between(start, frequency, max(lo, valid_from), min(hi, valid_to))
        cost += extent * price * periods
    return cost, missing


def _budget_cost(row: dict, lo: date, hi: date, days_in_year: int) -> Decimal:
    """A pgb or payment in money: its budget per day of its period, times its days in [lo, hi]."""
    start, end = row["starts_on"], row["ends_on"]
    if end is None:
        # Open-ended: the budget is a yearly amount.
        return row["budget"] * _overlap_days(lo, hi) / days_in_year
    return row["budget"] * _overlap_days(lo, hi) / _overlap_days(start, end)


def _missing_in(
    missing: dict[tuple[int | None, str], int], district_ids: set[int] | None
) -> list[MissingTariff]:
    """Periods without a tariff per provision, in the given districts (None: everywhere)."""
    periods: dict[str, int] = defaultdict(int)
    for (district_id, provision), count in missing.items():
        if district_ids is None or district_id in district_ids:
            periods[provision] += count
    return [MissingTariff(provision, count) for provision, count in sorted(periods.items())]


# --- the overview --------------------------------------------------------------------------------


def _decision_rows(municipality_id: int, year_start: date, as_of: date) -> list[dict]:
    current_household_district = HouseholdMembership.objects.filter(
        resident_id=OuterRef("request__resident_id"), ends_on__isnull=True
    ).values("household__address__neighbourhood__district_id")[:1]
    return list(
        Decision.objects.filter(
            request__municipality_id=municipality_id,
            outcome__in=GRANTED,
            status=Decision.Status.SENT,
            starts_on__lte=as_of,
        )
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=year_start))
        .annotate(
            district_id=Coalesce(
                F("request__case__household__address__neighbourhood__district_id"),
                Subquery(current_household_district),
                F("request__household__address__neighbourhood__district_id"),
                output_field=IntegerField(),
            )
        )
        .values(
            "district_id",
            "delivery_form",
            "extent",
            "budget",
            "starts_on",
            "ends_on",
            provision_id=F("request__provision_id"),
            provision_name=F("request__provision__name"),
            frequency=F("request__provision__frequency"),
        )
        .annotate(decisions=Count("id"))
        .order_by()
    )


def _tariffs_by_provision(provision_ids: set[int], as_of: date) -> dict[int, list[tuple[date, Decimal]]]:
    tariffs: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    rows = (
        ProvisionTariff.objects.filter(provision_id__in=provision_ids, valid_from__lte=as_of)
        .order_by("provision_id", "valid_from")
        .values_list("provision_id", "valid_from", "price")
    )
    for provision_id, valid_from, price in rows:
        tariffs[provision_id].append((valid_from, price))
    return tariffs


def budget_overview(
    municipality_id: int,
    year: int,
    *,
    today: date | None = None,
    team_ids: frozenset[int] | None = None,
) -> BudgetOverview:
    """The budget figures of a municipality's districts and teams for ``year``. ``team_ids`` limits
    the teams (and the districts to those they serve), e.g. for a team coordinator."""
    today = today or timezone.localdate()
    year_start, year_end = date(year, 1, 1), date(year, 12, 31)
    days_in_year = _overlap_days(year_start, year_end)
    as_of = min(today, year_end)
    elapsed_days = _overlap_days(year_start, as_of)

    teams = list(
        Team.objects.filter(municipality_id=municipality_id, districts__isnull=False)
        .distinct()
        .order_by("name")
        .prefetch_related("districts")
    )
    teams_of_district: dict[int, int] = defaultdict(int)
    for team in teams:
        for district in team.districts.all():
            teams_of_district[district.pk] += 1

    districts = list(District.objects.filter(municipality_id=municipality_id).order_by("name"))
    district_ids = {district.pk for district in districts}
    budgets = dict(
        AreaBudget.objects.filter(district__municipality_id=municipality_id, year=year).values_list(
            "district_id", "amount"
        )
    )
    hourly_rate = (
        HourlyRate.objects.filter(municipality_id=municipality_id, year=year)
        .values_list("rate", flat=True)
        .first()
    )

    provisions: dict[int | None, Decimal] = defaultdict(lambda: ZERO)
    hours: dict[int | None, Decimal] = defaultdict(lambda: ZERO)
    missing: dict[tuple[int | None, str], int] = defaultdict(int)  # by district and provision
    team_minutes = 0

    if elapsed_days:
        rows = _decision_rows(municipality_id, year_start, as_of)
        tariffs = _tariffs_by_provision({row["provision_id"] for row in rows}, as_of)
        for row in rows:
            lo = max(year_start, row["starts_on"])
            hi = as_of if row["ends_on"] is None else min(as_of, row["ends_on"])
            if hi < lo:
                continue
            if row["delivery_form"] in BUDGET_FORMS and row["budget"] is not None:
                cost = _budget_cost(row, lo, hi, days_in_year)
            else:
                cost, without_tariff = _tariff_cost(row, tariffs.get(row["provision_id"], []), lo, hi)
                if without_tariff:
                    missing[row["district_id"], row["provision_name"]] += without_tariff * row["decisions"]
            provisions[row["district_id"]] += cost * row["decisions"]

        minutes_by_district = (
            Contact.objects.filter(
                case__municipality_id=municipality_id, held_on__gte=year_start, held_on__lte=as_of
            )
            .values(district_id=F("case__household__address__neighbourhood__district_id"))
            .annotate(minutes=Sum("duration_minutes"))
            .order_by()
        )
        for row in minutes_by_district:
            team_minutes += row["minutes"]
            if hourly_rate is not None:
                hours[row["district_id"]] += Decimal(row["minutes"]) * hourly_rate / 60

    def forecast(actual: Decimal) -> Decimal | None:
        if not elapsed_days:
            return None
        return cents(actual * days_in_year / elapsed_days)

    def line(
        name: str, budget: Decimal | None, provision_cost: Decimal, hour_cost: Decimal, area_id: int | None
    ) -> BudgetLine:
        provision_cost, hour_cost = cents(provision_cost), cents(hour_cost)
        return BudgetLine(
            name=name,
            area_id=area_id,
            budget=None if budget is None else cents(budget),
            provisions=provision_cost,
            team_hours=hour_cost,
            forecast=forecast(provision_cost + hour_cost),
        )

    visible_teams = [team for team in teams if team_ids is None or team.pk in team_ids]
    team_lines = []
    for team in visible_teams:
        team_budget, team_provisions, team_hours = None, ZERO, ZERO
        for district in team.districts.all():
            share = teams_of_district[district.pk]
            if budgets.get(district.pk) is not None:
                team_budget = (team_budget or ZERO) + budgets[district.pk] / share
            team_provisions += provisions[district.pk] / share
            team_hours += hours[district.pk] / share
        team_lines.append(line(team.name, team_budget, team_provisions, team_hours, team.pk))

    if team_ids is not None:
        served = {district.pk for team in visible_teams for district in team.districts.all()}
        districts = [district for district in districts if district.pk in served]
    district_lines = [
        line(
            district.name, budgets.get(district.pk), provisions[district.pk], hours[district.pk], district.pk
        )
        for district in districts
    ]

    known_budgets = [budgets[district.pk] for district in districts if district.pk in budgets]
    total = line(
        "Totaal",
        sum(known_budgets, ZERO) if known_budgets else None,
        sum((provisions[district.pk] for district in districts), ZERO),
        sum((hours[district.pk] for district in districts), ZERO),
        None,
    )
    unattributed = ZERO
    if team_ids is None:
        unattributed = cents(
            sum((amount for key, amount in provisions.items() if key not in district_ids), ZERO)
            + sum((amount for key, amount in hours.items() if key not in district_ids), ZERO)
        )

    return BudgetOverview(
        municipality_id=municipality_id,
        year=year,
        as_of=as_of,
        elapsed_days=elapsed_days,
        days_in_year=days_in_year,
        hourly_rate=hourly_rate,
        team_minutes=team_minutes,
        districts=district_lines,
        teams=team_lines,
        total=total,
        missing_tariffs=_missing_in(missing, None if team_ids is None else {d.pk for d in districts}),
        unattributed=unattributed,
    )
