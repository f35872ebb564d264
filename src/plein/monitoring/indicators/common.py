"""What the indicator modules share: the population's filters, dates and small statistics."""

import math
import statistics
from datetime import date, datetime, time, timedelta

from django.db.models import Aggregate, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from plein.monitoring.indicators import Population, Table

NO_DATA = "Geen gegevens in deze periode."
FUTURE = "Deze periode ligt in de toekomst: er zijn nog geen gegevens."


def period_bounds(population: Population) -> tuple[datetime, datetime]:
    """The period as aware datetimes [start, end): both dates included, in local time."""
    zone = timezone.get_current_timezone()
    start = datetime.combine(population.period_start, time.min, tzinfo=zone)
    end = datetime.combine(population.period_end + timedelta(days=1), time.min, tzinfo=zone)
    return start, end


def in_period(population: Population, field: str, *, is_date: bool = False) -> Q:
    if is_date:
        return Q(**{f"{field}__gte": population.period_start, f"{field}__lte": population.period_end})
    start, end = period_bounds(population)
    return Q(**{f"{field}__gte": start, f"{field}__lt": end})


def per_case(rows: QuerySet, aggregate: Aggregate, *, case: str = "case") -> Subquery:
    """``aggregate`` over the ``rows`` of the outer query's case (``case`` is the lookup from a row
    to it), as a subquery: one value per case, to annotate or group cases by."""
    return Subquery(
        rows.filter(**{case: OuterRef("pk")})
        .order_by()
        .values(case)
        .annotate(value=aggregate)
        .values("value")
    )


def scope(population: Population, *, municipality: str, team: str, household: str) -> Q:
    """The population's filters on a model: ``municipality``, ``team`` and ``household`` are the
    lookups from that model to the municipality id, the team id and the household. A district is
    the household's: its address's neighbourhood's district."""
    condition = Q(**{municipality: population.municipality_id})
    if population.team_ids is not None:
        condition &= Q(**{f"{team}__in": list(population.team_ids)})
    if population.district_ids is not None:
        condition &= Q(
            **{f"{household}__address__neighbourhood__district_id__in": list(population.district_ids)}
        )
    return condition


def local_date(value: datetime | date | None) -> date | None:
    if value is None or not isinstance(value, datetime):
        return value
    return timezone.localtime(value).date()


def percentile(values: list[float], fraction: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least ``fraction`` of the values at or
    below it. Computed here, not in SQL, so SQLite and PostgreSQL give the same answer."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def share(part: int, whole: int) -> float | None:
    """A percentage with one decimal; None (not 0) when there is nothing to divide by."""
    return round(100 * part / whole, 1) if whole else None


def mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the last day of a shorter month)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate_day in range(day.day, 0, -1):
        try:
            return date(year, month, candidate_day)
        except ValueError:
            continue
    raise ValueError(day)


def with_total(rows: list[list], columns: list[int], label: str = "Totaal") -> list[list]:
    """``rows`` plus a total row summing ``columns`` (other cells None)."""
    width = len(rows[0]) if rows else max(columns, default=0) + 1
    total: list = [label] + [None] * (width - 1)
    for c in columns:
        total[c] = sum(row[c] or 0 for row in rows)
    return [*rows, total]


def finish(table: Table, counted: int) -> Table:
    """Say so when the period holds no data at all (``counted`` is 0)."""
    if counted == 0 and not table.note:
        table.note = NO_DATA
    return table


def distribution(counts: dict, choices, *, columns: list[str]) -> Table:
    """One row per choice with its count and share of the total, then the total row: the shape of
    every "how did they end" indicator."""
    total = sum(counts.values())
    rows = [[label, counts.get(value, 0), share(counts.get(value, 0), total)] for value, label in choices]
    rows.append(["Totaal", total, 100.0 if total else None])
    return finish(Table(columns=columns, rows=rows, count_columns=frozenset({1}), total_row=True), total)
