"""Population budgets: hand-built numbers (tests/monitoring/conftest_budgets.py), computed by hand
in the comments, and who may see the budget page."""

import datetime
from decimal import Decimal

import pytest
import time_machine
from django.urls import reverse

from plein.decisions.models import Frequency
from plein.monitoring.budgets import budget_overview, period_starts_between
from plein.monitoring.models import AreaBudget, HourlyRate
from tests.monitoring.conftest_budgets import *  # noqa: F403  (the budget_world fixture)

D = datetime.date
MID_2026 = D(2026, 7, 1)  # day 182 of 365


def _line(lines, name):
    return next(line for line in lines if line.name == name)


# --- period arithmetic ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frequency", "lo", "hi", "expected"),
    [
        # Weeks from 1 March: 1 Mar + 7k up to 1 Jul (122 days later): k = 0..17.
        (Frequency.PER_WEEK, D(2026, 3, 1), D(2026, 7, 1), 18),
        # From 1 May: the first week starting on or after it is 3 May (k = 9).
        (Frequency.PER_WEEK, D(2026, 5, 1), D(2026, 7, 1), 9),
        (Frequency.PER_DAY, D(2026, 1, 1), D(2026, 7, 1), 123),  # 1 Mar .. 1 Jul
        (Frequency.PER_MONTH, D(2026, 1, 1), D(2026, 7, 1), 5),  # 1 Mar, Apr, May, Jun, Jul
        (Frequency.PER_MONTH, D(2026, 3, 2), D(2026, 7, 1), 4),
        (Frequency.TOTAL, D(2026, 1, 1), D(2026, 7, 1), 1),
        (Frequency.TOTAL, D(2027, 1, 1), D(2027, 7, 1), 0),  # once, in the year it starts
        (Frequency.PER_WEEK, D(2026, 1, 1), D(2026, 2, 28), 0),  # before the start
    ],
)
def test_period_starts_between(frequency, lo, hi, expected):
    assert period_starts_between(D(2026, 3, 1), frequency, lo, hi) == expected


def test_months_from_the_31st_keep_to_the_month_end():
    # 31 Jan, 28 Feb, 31 Mar, 30 Apr: four periods begin in January to April.
    assert period_starts_between(D(2026, 1, 31), Frequency.PER_MONTH, D(2026, 1, 1), D(2026, 4, 30)) == 4


# --- the figures ----------------------------------------------------------------------------------


def test_district_figures_halfway_the_year(budget_world):
    overview = budget_overview(budget_world.municipality.pk, 2026, today=MID_2026)

    assert (overview.elapsed_days, overview.days_in_year) == (182, 365)
    noord = _line(overview.districts, "Noord")
    # In kind, 3 h/week from 1 Mar: 18 weeks begin by 1 Jul (k = 0..17); 9 of them before 1 May at
    # € 50 (1, 8, .., 26 Apr) and 9 from 3 May at € 60: 3 × 50 × 9 + 3 × 60 × 9 = 1350 + 1620 = 2970.
    # Pgb € 12.000 for 1 Jan .. 31 Dec: 12000 × 182 / 365 = 5983.5616…
    # Together 8953.5616… → € 8.953,56. Bram's direct application counts in Noord, where he lives now.
    assert noord.provisions == Decimal("8953.56")
    # 4 × 150 = 600 minutes up to 1 Jul (not the 60 on 2 Jul, not 2025) at € 80/h: 10 × 80 = 800.
    assert noord.team_hours == Decimal("800.00")
    assert noord.actual == Decimal("9753.56")
    # 9753.56 × 365 / 182 = 19560.705…
    assert noord.forecast == Decimal("19560.71")
    assert noord.budget == Decimal("18000.00")
    assert noord.actual_percent == Decimal("54.2")  # 9753.56 / 18000
    assert noord.forecast_percent == Decimal("108.7")  # 19560.71 / 18000
    assert noord.over_budget

    zuid = _line(overview.districts, "Zuid")
    # Only a wheelchair without a tariff, and a draft, a revoked grant and a denial: nothing.
    assert (zuid.budget, zuid.provisions, zuid.team_hours, zuid.forecast) == (None, 0, 0, 0)
    assert zuid.actual_percent is None and not zuid.over_budget

    assert overview.total.budget == Decimal("18000.00")  # Zuid has none
    assert overview.total.actual == Decimal("9753.56")
    assert overview.hourly_rate == Decimal("80.00") and overview.team_minutes == 600
    assert [(missing.provision, missing.periods) for missing in overview.missing_tariffs] == [("Rolstoel", 1)]
    assert overview.unattributed == 0


def test_a_district_served_by_two_teams_is_split_equally(budget_world):
    overview = budget_overview(budget_world.municipality.pk, 2026, today=MID_2026)

    # Noord is served by Team Noord and Team Jeugd: each gets half of its budget and costs.
    for name in ("Team Noord", "Team Jeugd"):
        team = _line(overview.teams, name)
        assert team.budget == Decimal("9000.00")  # 18000 / 2
        assert team.provisions == Decimal("4476.78")  # 8953.5616 / 2
        assert team.team_hours == Decimal("400.00")  # 800 / 2
        assert team.forecast == Decimal("9780.36")  # 4876.78 × 365 / 182
        assert team.over_budget
    zuid = _line(overview.teams, "Team Zuid")
    assert zuid.budget is None and zuid.actual == 0


def test_a_year_that_ended_forecasts_its_actual(budget_world):
    overview = budget_overview(budget_world.municipality.pk, 2026, today=D(2027, 3, 1))

    noord = _line(overview.districts, "Noord")
    assert overview.year_ended
    # Weeks from 1 Mar to 31 Dec (305 days): k = 0..43, 44 weeks; 9 at € 50, 35 at € 60:
    # 3 × (9 × 50 + 35 × 60) = 3 × 2550 = 7650. Pgb: the whole 12000.
    assert noord.provisions == Decimal("19650.00")
    # 660 minutes (the 60 of 2 July now too) at € 80: 880.
    assert noord.team_hours == Decimal("880.00")
    assert noord.forecast == noord.actual == Decimal("20530.00")
    assert noord.over_budget


def test_first_of_january_is_one_elapsed_day(budget_world):
    overview = budget_overview(budget_world.municipality.pk, 2026, today=D(2026, 1, 1))

    noord = _line(overview.districts, "Noord")
    assert overview.elapsed_days == 1
    # One day of the pgb: 12000 / 365 = 32.876… → 32.88; forecast 32.88 × 365 = 12001.20.
    assert noord.actual == Decimal("32.88")
    assert noord.forecast == Decimal("12001.20")
    assert not noord.over_budget


def test_a_year_that_has_not_begun_has_no_forecast(budget_world):
    overview = budget_overview(budget_world.municipality.pk, 2027, today=MID_2026)

    assert overview.year_not_begun
    assert all(line.actual == 0 and line.forecast is None for line in overview.districts)
    assert overview.total.budget is None and not overview.total.over_budget


def test_a_year_without_budget_or_hourly_rate(budget_world):
    overview = budget_overview(budget_world.municipality.pk, 2025, today=MID_2026)

    # 2025: 90 minutes of contacts, but no hourly rate and no budgets: nothing fails.
    assert overview.hourly_rate is None and overview.team_minutes == 90
    assert all(line.budget is None and line.actual == 0 for line in overview.districts + overview.teams)
    assert overview.total.budget is None and overview.total.forecast_percent is None


def test_a_zero_budget_with_costs_is_exceeded(budget_world):
    AreaBudget.objects.filter(district=budget_world.noord).update(amount=0)

    noord = _line(budget_overview(budget_world.municipality.pk, 2026, today=MID_2026).districts, "Noord")
    assert noord.forecast_percent is None  # no division by zero
    assert noord.over_budget


def test_coordinator_scope_limits_teams_and_districts(budget_world):
    overview = budget_overview(
        budget_world.municipality.pk, 2026, today=MID_2026, team_ids=frozenset({budget_world.team_zuid.pk})
    )

    assert [line.name for line in overview.teams] == ["Team Zuid"]
    assert [line.name for line in overview.districts] == ["Zuid"]
    assert overview.total.actual == 0
    assert [(missing.provision, missing.periods) for missing in overview.missing_tariffs] == [("Rolstoel", 1)]

    noord_only = budget_overview(
        budget_world.municipality.pk, 2026, today=MID_2026, team_ids=frozenset({budget_world.team_noord.pk})
    )
    assert noord_only.missing_tariffs == []  # the wheelchair is in Zuid


def test_queries_are_bounded(budget_world, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        budget_overview(budget_world.municipality.pk, 2026, today=MID_2026)


# --- the page -------------------------------------------------------------------------------------

URL = "/monitoring/budget/"


def test_url_name():
    assert reverse("monitoring:budget") == URL


@time_machine.travel(datetime.datetime(2026, 7, 1, 10, 0, tzinfo=datetime.UTC))
def test_policy_sees_every_team_and_district_in_dutch_money(budget_world, verified_client_for):
    response = verified_client_for(budget_world.policy).get(URL, {"jaar": 2026})

    assert response.status_code == 200
    page = response.content.decode()
    for text in (
        "Team Noord",
        "Team Jeugd",
        "Team Zuid",
        "€ 18.000,00",
        "€ 19.560,71",
        "108,7%",
        "€ 9.000,00",
    ):
        assert text in page
    assert "Ja, prognose boven budget" in page and "row--overdue" in page
    assert "geen budget" in page and "Tarief ontbreekt" in page and "Rolstoel" in page
    # Amounts only: no resident.
    assert "Anna" not in page and "Bram" not in page and "Jansen" not in page


@time_machine.travel(datetime.datetime(2026, 7, 1, 10, 0, tzinfo=datetime.UTC))
def test_coordinator_sees_their_own_team(budget_world, verified_client_for):
    response = verified_client_for(budget_world.coordinator_zuid).get(URL)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Team Zuid" in page
    assert "Team Noord" not in page and "€ 18.000,00" not in page


@time_machine.travel(datetime.datetime(2026, 7, 1, 10, 0, tzinfo=datetime.UTC))
def test_a_year_without_data_and_a_bad_year(budget_world, verified_client_for):
    client = verified_client_for(budget_world.policy)
    HourlyRate.objects.all().delete()

    response = client.get(URL, {"jaar": 2025})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Populatiebudget 2025" in page and "Er is nog geen uurtarief voor 2025" in page
    assert "geen budget" in page
    # A year outside the choices falls back to this year instead of failing.
    assert client.get(URL, {"jaar": "twintig"}).status_code == 200


def test_others_get_a_404(budget_world, verified_client_for, client):
    assert verified_client_for(budget_world.generalist).get(URL).status_code == 404
    response = client.get(URL)
    assert response.status_code == 302 and "inloggen" in response["Location"]


# --- demo data ------------------------------------------------------------------------------------


def test_demo_reference_data(world):
    from plein.decisions.catalogue import load_default_catalogue
    from plein.demo.budgets import create_budgets
    from plein.monitoring.models import ProvisionTariff

    provisions = load_default_catalogue(world.municipality)
    created = create_budgets([world.municipality], today=MID_2026)

    # Every provision priced from 1 January of last year and (indexed) of this year.
    assert (
        ProvisionTariff.objects.filter(provision__municipality=world.municipality).count() == 2 * provisions
    )
    assert list(HourlyRate.objects.filter(municipality=world.municipality).values_list("year", "rate")) == [
        (2025, Decimal("80.00")),
        (2026, Decimal("82.50")),
    ]
    # Two districts, two years; without costs each gets the minimum times its factor.
    assert created == 4
    assert sorted(AreaBudget.objects.filter(year=2026).values_list("amount", flat=True)) == [
        Decimal("23000.00"),  # 25000 × 0.92
        Decimal("28800.00"),  # 25000 × 1.15 = 28750 → 28800 (rounded to hundreds)
    ]
