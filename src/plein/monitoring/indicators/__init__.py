"""The indicators of Plein's monitoring, each defined once.

An ``Indicator`` has a code, a Dutch name and description, its formula, unit and source, and a
``compute(population) -> Table`` function. ``INDICATORS`` lists them in the order dashboards and
reports show them; ``docs/indicators.md`` documents the same list. Figures are aggregates only: a
``Table`` says which of its cells count residents, and ``plein.monitoring.suppression`` replaces any
such cell below 5 by "<5" (also in exports and the API), with complementary suppression so that
totals cannot give a hidden cell away.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone


@dataclass(frozen=True)
class Population:
    """What a figure is about: one municipality, optionally some teams or districts, one period
    (both ends included)."""

    municipality_id: int
    period_start: date
    period_end: date
    team_ids: frozenset[int] | None = None  # None: every team
    district_ids: frozenset[int] | None = None  # None: every district


@dataclass
class Table:
    """One indicator's figures. ``rows`` start with a label; the other cells are numbers (or None
    for "not applicable"). ``count_columns`` are the indexes (into a row, so ≥ 1) of cells that
    count residents or households and must be suppressed below 5; ``total_row`` marks that the last
    row is a total of the others (suppression must then also protect it)."""

    columns: list[str]
    rows: list[list]
    count_columns: frozenset[int] = frozenset()
    total_row: bool = False
    note: str = ""  # e.g. "Geen gegevens in deze periode."
    # A count column that is the sum of the row's other count columns (a "Totaal" column):
    # suppression then protects each row as it protects each column under a total row.
    total_column: int | None = None
    # Per row, the number of residents (households, cases) behind its derived cells (shares,
    # means, medians); None: the row's own count cells are the basis. Derived cells of a row whose
    # basis is under 5, or whose count cell is hidden, are hidden too.
    basis: list[int | None] | None = None


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    description: str
    formula: str
    unit: str
    source: str
    compute: Callable[[Population], Table] = field(repr=False)
    chart: str = "bar"  # "bar", "line" (a trend) or "none"


INDICATORS: dict[str, Indicator] = {}


def register(indicator: Indicator) -> Indicator:
    if indicator.code in INDICATORS:
        raise ValueError(f"Indicator {indicator.code} is defined twice.")
    INDICATORS[indicator.code] = indicator
    return indicator


def compute_raw(code: str, population: Population) -> Table:
    """The unsuppressed table: for tests and for ``compute`` only, never for an output."""
    from plein.monitoring.indicators.common import FUTURE

    table = INDICATORS[code].compute(population)
    if population.period_start > timezone.localdate():
        table.note = FUTURE
    return table


def compute(code: str, population: Population) -> Table:
    """One indicator's table as every output shows it: small cells suppressed."""
    from plein.monitoring.suppression import suppress

    return suppress(compute_raw(code, population))


def compute_all(population: Population) -> dict[str, Table]:
    return {code: compute(code, population) for code in INDICATORS}


# The indicator modules register themselves, in the order dashboards and reports show them.
from plein.monitoring.indicators import access, outcomes, work  # noqa: E402, F401
