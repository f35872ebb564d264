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
