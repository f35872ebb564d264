"""Fixtures for the dashboard tests: fake indicators with known small cells, a privacy officer
(no monitoring), and requests routed to Team Noord this week."""

import pytest

from plein.areas.models import Role
from plein.monitoring.indicators import INDICATORS, Indicator, Table, register
from tests.cases.conftest import _professional, case_world, routed_request

__all__ = ["case_world", "fake_indicators", "privacy_officer", "routed_request", "three_requests"]


@pytest.fixture
def fake_indicators():
    """Two indicators with known figures, next to the real ones; removed again afterwards."""

    def small_cell(population):
        return Table(
            columns=["Team", "Inwoners"],
            rows=[["Noord", 3], ["Zuid", 12], ["Totaal", 15]],
            count_columns=frozenset({1}),
            total_row=True,
        )

    def weekly(population):
        return Table(
            columns=["Week", "Meldingen"],
            rows=[["wk 1", 8], ["wk 2", 9], ["wk 3", 3], ["wk 4", 10]],
            count_columns=frozenset({1}),
        )

    added = [
        register(
            Indicator(
                "test_small",
                "Testcijfer klein",
                "Een cel van 3 inwoners.",
                "n",
                "inwoners",
                "test",
                small_cell,
            )
        ),
        register(
            Indicator("test_trend", "Testtrend", "Per week.", "n", "meldingen", "test", weekly, chart="line")
        ),
    ]
    yield added
    for indicator in added:
        INDICATORS.pop(indicator.code, None)


@pytest.fixture
def privacy_officer(world):
    return _professional(
        "privacy", Role.PRIVACY_OFFICER, organisation=world.organisation, municipality=world.municipality
    )


@pytest.fixture
def three_requests(world, case_world, register_resident, routed_request):
    """Three residents of Team Noord's district, each with a request routed to Team Noord today."""

    def add(count: int = 3):
        for _ in range(count):
            resident = register_resident(first_names="Anna", last_name="Jansen")
            routed_request(resident.household_memberships.get().household)

    add()
    return add
