"""The monitoring dashboards: who sees which, the suppressed figures on the page, bad periods,
and a bounded number of queries.

Built on ``world`` (tests/conftest.py) and ``case_world`` (tests/cases/conftest.py): municipality
A with Team Noord (coordinator ``teamcoordinator``), Team Zuid and the youth team; municipality B
with Team Langedijk. A team coordinator gets 404 for another team's id (not "ignored"), like any
object outside need-to-know.
"""

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from plein.areas.models import Role, Team
from plein.areas.services import membership_add
from plein.monitoring.dashboard_views import preset_period
from plein.monitoring.indicators import INDICATORS
from plein.monitoring.selectors import monitoring_scope
from tests.monitoring.conftest_dashboards import *  # noqa: F403  (the dashboards' fixtures)

POLICY_URL = "/monitoring/"
TEAM_URL = "/monitoring/team/"


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


# --- scope -------------------------------------------------------------------------------------


def test_scope_per_role(world, case_world, privacy_officer):
    policy = monitoring_scope(world.policy)
    assert policy.whole_municipality
    assert policy.team_ids == set(
        Team.objects.filter(municipality=world.municipality).values_list("id", flat=True)
    )
    assert world.other_team.pk not in policy.team_ids
    coordinator = monitoring_scope(case_world.team_coordinator)
    assert not coordinator.whole_municipality
    assert coordinator.team_ids == {world.team.pk}
    assert coordinator.district_ids == {world.district.pk}
    assert monitoring_scope(world.generalist) is None
    assert monitoring_scope(privacy_officer) is None


# --- access ------------------------------------------------------------------------------------


def test_policy_sees_every_team_and_district_of_the_municipality(world, case_world):
    response = client_for(world.policy).get(POLICY_URL)

    assert response.status_code == 200
    page = response.content.decode()
    for team in ("Team Noord", "Team Zuid", "Jeugd- en gezinsteam Noord"):
        assert f">{team}</option>" in page
    assert "Team Langedijk" not in page  # municipality B
    assert "Alle wijken" in page
    # Narrowing to one team or district is allowed.
    team_south = Team.objects.get(name="Team Zuid")
    assert client_for(world.policy).get(POLICY_URL, {"team": team_south.pk}).status_code == 200
    assert client_for(world.policy).get(POLICY_URL, {"wijk": world.district.pk}).status_code == 200


def test_team_coordinator_sees_only_their_team(world, case_world):
    client = client_for(case_world.team_coordinator)

    response = client.get(TEAM_URL)
    assert response.status_code == 200
    assert "Monitoring Team Noord" in response.content.decode()
    assert client.get(TEAM_URL, {"team": world.team.pk}).status_code == 200
    # Another team's id (same or other municipality), a deleted team, nonsense: not found.
    team_south = Team.objects.get(name="Team Zuid")
    for team_id in (team_south.pk, world.other_team.pk, 999999, "x"):
        assert client.get(TEAM_URL, {"team": team_id}).status_code == 404
    # The municipality-wide dashboard is policy's.
    assert client.get(POLICY_URL).status_code == 404


@pytest.mark.parametrize("url", [POLICY_URL, TEAM_URL])
def test_others_do_not_find_monitoring(world, case_world, privacy_officer, url):
    for user in (world.generalist, world.front_office, privacy_officer, case_world.youth_coach):
        assert client_for(user).get(url).status_code == 404
    response = Client().get(url)
    assert response.status_code == 302 and "/inloggen/" in response["Location"]


def test_navigation_and_start_page_lead_to_monitoring(world, case_world):
    page = client_for(world.policy).get("/werk/").content.decode()
    assert f'href="{reverse("monitoring:dashboard")}"' in page
    assert "Naar monitoring" in page
    page = client_for(case_world.team_coordinator).get("/werk/").content.decode()
    assert f'href="{reverse("monitoring:team_dashboard")}"' in page
    page = client_for(world.generalist).get("/werk/").content.decode()
    assert "/monitoring/" not in page


def test_policy_for_two_municipalities_chooses_one(world, case_world):
    membership_add(
        professional=world.policy,
        role=Role.POLICY,
        organisation=world.organisation,
        municipality=world.other_municipality,
        starts_on=datetime.date(2020, 1, 1),
        hours_per_week=8,
    )
    client = client_for(world.policy)

    page = client.get(POLICY_URL).content.decode()
    assert '<select id="gemeente-keuze" name="gemeente">' in page
    assert "<h1>Monitoring Gemeente A</h1>" in page and ">Team Langedijk</option>" not in page
    page = client.get(POLICY_URL, {"gemeente": world.other_municipality.pk}).content.decode()
    assert "<h1>Monitoring Gemeente B</h1>" in page
    assert ">Team Langedijk</option>" in page and ">Team Noord</option>" not in page
    for wanted in (999999, "x"):
        assert client.get(POLICY_URL, {"gemeente": wanted}).status_code == 404


def test_policy_with_one_municipality_sees_no_choice_and_not_another(world, case_world):
    client = client_for(world.policy)

    assert "gemeente-keuze" not in client.get(POLICY_URL).content.decode()
    assert client.get(POLICY_URL, {"gemeente": world.other_municipality.pk}).status_code == 404


# --- what the page shows -----------------------------------------------------------------------


def test_every_chart_is_an_image_with_a_table_and_small_cells_are_hidden(world, fake_indicators):
    page = client_for(world.policy).get(POLICY_URL).content.decode()

    sections = page.count('<section aria-labelledby="indicator-')
    assert sections == len(INDICATORS)
    charted = sum(1 for indicator in INDICATORS.values() if indicator.chart != "none")
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img"') == charted
    assert page.count("<caption>") == len(INDICATORS)
    # The cell of 3 residents shows "<5", and so does the cell that would give it away through the
    # total (complementary suppression: 15 − 12).
    assert re.search(r'<th scope="row">Noord</th>\s*<td class="num">&lt;5</td>', page)
    assert re.search(r'<th scope="row">Zuid</th>\s*<td class="num">&lt;5</td>', page)
    assert '<td class="num">3</td>' not in page
    assert 'id="indicator-test_trend"' in page and "<polyline" in page
    assert "style=" not in page.split("<main", 1)[-1]


def test_team_page_with_three_requests_shows_less_than_five(world, case_world, three_requests):
    page = client_for(case_world.team_coordinator).get(TEAM_URL).content.decode()

    assert "Trend over 12 weken" in page
    assert 'aria-labelledby="trend-titel trend-desc"' in page
    assert '<td class="num">&lt;5</td>' in page
    assert '<td class="num">3</td>' not in page
    page = client_for(world.policy).get(POLICY_URL).content.decode()
    assert '<td class="num">&lt;5</td>' in page and '<td class="num">3</td>' not in page


def test_team_trend_counts_per_week(world, case_world, three_requests):
    three_requests(4)  # 7 requests this week: shown as is

    page = client_for(case_world.team_coordinator).get(TEAM_URL).content.decode()

    week = timezone.localdate().isocalendar().week
    assert re.search(rf'<th scope="row">wk {week}</th>\s*<td class="num">7</td>', page)


def test_team_page_shows_an_earlier_week(world, case_world, three_requests):
    three_requests(4)  # 7 requests this week
    this_monday = timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    last_monday = this_monday - datetime.timedelta(weeks=1)
    last_week = last_monday.isocalendar()
    client = client_for(case_world.team_coordinator)

    page = client.get(TEAM_URL, {"week": f"{last_week.year}-W{last_week.week:02d}"}).content.decode()

    assert f"Week (week {last_week.week}): maandag" in page
    # The trend ends with the chosen week: this week's seven requests are not in it.
    rows = re.findall(r'<th scope="row">wk (\d+)</th>', page)
    assert rows[-1] == str(last_week.week) and len(rows) == 12
    assert "Volgende week" in page
    page = client.get(TEAM_URL).content.decode()
    assert f"Deze week (week {this_monday.isocalendar().week})" in page and "Volgende week" not in page


@pytest.mark.parametrize(
    ("week", "message"),
    [
        ("vorige week", "Kies een week, bijvoorbeeld"),
        ("2026-W60", "Kies een week, bijvoorbeeld"),
        ("2999-W01", "Deze week is nog niet begonnen"),
    ],
)
def test_an_unusable_week_gets_a_dutch_message_and_shows_this_week(world, case_world, week, message):
    response = client_for(case_world.team_coordinator).get(TEAM_URL, {"week": week})

    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert f"Deze week (week {timezone.localdate().isocalendar().week})" in page
    assert f'value="{week}"' in page  # what was typed stays in the field


# --- the period ----------------------------------------------------------------------------------


def test_a_period_ending_before_it_starts_gets_a_dutch_message(world):
    response = client_for(world.policy).get(POLICY_URL, {"van": "2026-05-01", "tot": "2026-04-01"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "De begindatum moet vóór of op de einddatum liggen." in page
    assert "Geen gegevens" in page and "<svg" not in page


def test_a_period_in_the_future_gets_a_dutch_message(world):
    start = timezone.localdate() + datetime.timedelta(days=10)
    response = client_for(world.policy).get(
        POLICY_URL, {"van": start.isoformat(), "tot": (start + datetime.timedelta(days=30)).isoformat()}
    )

    page = response.content.decode()
    assert "Deze periode ligt helemaal in de toekomst" in page
    assert "Geen gegevens" in page


def test_an_unreadable_date_gets_a_dutch_message(world):
    page = client_for(world.policy).get(POLICY_URL, {"van": "gisteren"}).content.decode()

    assert "Geen gegevens" in page
    assert "Voer een geldige datum in." in page


def test_presets():
    today = datetime.date(2026, 11, 27)
    assert preset_period("dit-jaar", today) == (datetime.date(2026, 1, 1), today)
    assert preset_period("vorige-maand", today) == (datetime.date(2026, 10, 1), datetime.date(2026, 10, 31))
    assert preset_period("vorige-maand", datetime.date(2026, 1, 5)) == (
        datetime.date(2025, 12, 1),
        datetime.date(2025, 12, 31),
    )
    assert preset_period("4-maanden", today) == (datetime.date(2026, 7, 28), today)
    assert preset_period("4-maanden", datetime.date(2026, 2, 10)) == (
        datetime.date(2025, 10, 11),
        datetime.date(2026, 2, 10),
    )


def test_a_preset_overrides_the_dates(world):
    response = client_for(world.policy).get(
        POLICY_URL, {"van": "2020-01-01", "tot": "2020-02-01", "periode": "vorige-maand"}
    )

    start, end = preset_period("vorige-maand", timezone.localdate())
    assert response.context["period"] == (start, end)


# --- queries -----------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [POLICY_URL, TEAM_URL])
def test_query_count_does_not_grow_with_the_data(
    world, case_world, three_requests, django_assert_max_num_queries, url
):
    user = world.policy if url == POLICY_URL else case_world.team_coordinator
    client = client_for(user)
    client.get(url)  # warm up: sessions, content types
    with django_assert_max_num_queries(MAX_QUERIES) as few:
        assert client.get(url).status_code == 200
    three_requests(12)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200


# Every indicator costs a few queries; what matters is that the count does not grow with the data.
MAX_QUERIES = 60
