"""The demo's two years of history: the policy dashboard shows figures, not "<5"."""

import io
from datetime import date

import pytest
from django.core.management import call_command

from plein.areas.models import Municipality, Team
from plein.monitoring.indicators import Population, compute
from plein.monitoring.suppression import HIDDEN

pytestmark = pytest.mark.django_db

# Where the policy staff look first: how residents reached Plein, what came of it, and on which
# rung of the ladder the closed cases were solved.
MAIN_INDICATORS = (
    "requests_by_channel",
    "requests_by_source",
    "request_outcomes",
    "throughput_times",
    "kanteling",
    "zrm_change",
    "satisfaction",
)


def hidden_cells(code: str, population: Population) -> list:
    return [row for row in compute(code, population).rows if HIDDEN in row]


def test_the_demo_policy_dashboard_shows_last_years_figures():
    call_command("seed", "--scale", "demo", stdout=io.StringIO(), stderr=io.StringIO())
    heerhugowaard = Municipality.objects.get(cbs_code="GM0398")
    last_year = date.today().year - 1
    municipality = Population(heerhugowaard.pk, date(last_year, 1, 1), date(last_year, 12, 31))

    for code in MAIN_INDICATORS:
        assert hidden_cells(code, municipality) == [], code
    kanteling = compute("kanteling", municipality)
    assert all(row[1] >= 5 for row in kanteling.rows)
    # Every MET-team had its own requests, closures and contacts that year.
    for team in Team.objects.filter(name__startswith="MET-team"):
        population = Population(
            heerhugowaard.pk,
            municipality.period_start,
            municipality.period_end,
            team_ids=frozenset({team.pk}),
        )
        [total] = [row for row in compute("requests_by_channel", population).rows if row[0] == "Totaal"]
        assert total[1] >= 20, team
        assert compute("kanteling", population).rows[-1][1] >= 20, team
        [workload] = compute("workload", population).rows
        assert workload[1] >= 50 and workload[3] > 2, team
