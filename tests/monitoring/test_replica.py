"""Monitoring reads its aggregates from the read replica; everything else stays on the primary.

The "replica" is a second database of its own (plein.conf.test: on PostgreSQL a second database on
the same server). ``replicated`` copies every row of the primary into it, as streaming replication
would, and then registers five more phone requests on the primary only: the replica lags behind.
So a figure read from the replica counts 7 phone requests, one read from the primary 12.
"""

import os
import subprocess
import sys

import pytest
from django.apps import apps
from django.db import router
from django.urls import reverse
from django.utils import timezone

from plein.areas.models import Team
from plein.core.replica import reporting_reads
from plein.intake.models import Request
from plein.intake.services import request_register
from plein.monitoring.models import AreaBudget, Report
from plein.monitoring.reports import find_table, report_request
from plein.privacy.access_log import record_access
from plein.privacy.models import AccessAction, AccessLogEntry
from tests.monitoring.conftest_reports import *  # noqa: F403  (the report fixtures)
from tests.monitoring.conftest_reports import row_labelled

pytestmark = pytest.mark.django_db(databases=["default", "replica"])

CODE = "requests_by_channel"
PHONE = Request.Channel.PHONE.label
ON_REPLICA, ON_PRIMARY = 7, 12


def copy_primary_to_replica() -> None:
    """What streaming replication does: the replica gets every row the primary has now."""
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        rows = list(model._base_manager.using("default").all())
        # Rows that migrations created in both databases are there already.
        model._base_manager.using("replica").bulk_create(rows, ignore_conflicts=True)


@pytest.fixture
def replicated(report_world):
    copy_primary_to_replica()
    world = report_world.world
    for number in range(ON_PRIMARY - ON_REPLICA):
        request_register(
            actor=world.front_office,
            channel=Request.Channel.PHONE,
            source=Request.Source.RESIDENT,
            question="Net binnengekomen.",
            postcode="1701AB",
            house_number=50 + number,
        )
    return report_world


@pytest.fixture
def replica_on(settings):
    settings.REPLICA_DATABASE = "replica"


def phone_requests_on_the_dashboard(client) -> int:
    response = client.get(reverse("monitoring:dashboard"))
    assert response.status_code == 200
    section = next(s for s in response.context["sections"] if s.anchor == f"indicator-{CODE}")
    row = next(row for row in section.rows if row["label"] == PHONE)
    return int(row["cells"][0][0])


def test_the_dashboard_counts_from_the_replica(replicated, replica_on, policy_client):
    assert phone_requests_on_the_dashboard(policy_client) == ON_REPLICA


def test_without_a_replica_the_dashboard_counts_from_the_primary(replicated, policy_client):
    assert phone_requests_on_the_dashboard(policy_client) == ON_PRIMARY


def test_the_team_dashboards_trend_counts_from_the_replica(replicated, replica_on, policy_client):
    team = replicated.world.team
    # All registered this week; the team has some that are not on the replica yet.
    on_replica = Request.objects.using("replica").filter(team=team).count()
    assert Request.objects.filter(team=team).count() > on_replica >= 5

    response = policy_client.get(reverse("monitoring:team_dashboard"), {"team": team.pk})

    assert response.status_code == 200
    assert response.context["trend"].table.rows[-1][1] == on_replica


def test_the_indicator_api_counts_from_the_replica(replicated, replica_on, policy_api):
    response = policy_api.get(f"/api/v1/monitoring/indicators/{CODE}")

    assert response.status_code == 200, response.content
    assert row_labelled(response.json()["rows"], PHONE)[1:] == [ON_REPLICA]


def test_a_report_is_computed_on_the_replica_and_stored_on_the_primary(replicated, replica_on):
    world = replicated.world
    # The immediate task backend generates it at once. The new Report row is not on the replica:
    # generation must fetch it, and save its progress and result, on the primary.
    report = report_request(
        actor=world.policy,
        municipality=world.municipality,
        kind=Report.Kind.TWELVE_MONTHS,
        year=replicated.year,
    )

    assert report.status == Report.Status.DONE, report.error
    assert row_labelled(find_table(report, CODE)["rows"], PHONE)[1:] == [ON_REPLICA]
    assert not Report.objects.using("replica").filter(pk=report.pk).exists()


def test_the_budget_page_reads_the_replica(replicated, replica_on, policy_client, settings):
    world = replicated.world
    year = timezone.localdate().year
    AreaBudget.objects.create(district=world.district, year=year, amount=250_000)  # not replicated yet

    def budget_of_the_district():
        response = policy_client.get(reverse("monitoring:budget"), {"jaar": year})
        assert response.status_code == 200
        line = next(
            line for line in response.context["overview"].districts if line.area_id == world.district.pk
        )
        return line.budget

    assert budget_of_the_district() is None
    settings.REPLICA_DATABASE = None
    assert budget_of_the_district() == 250_000


def test_case_work_reads_the_primary(replicated, replica_on, verified_client_for):
    world = replicated.world
    latest = Request.objects.filter(channel=Request.Channel.PHONE).latest("received_at")
    assert not Request.objects.using("replica").filter(pk=latest.pk).exists()

    response = verified_client_for(world.front_office).get(reverse("intake:request_detail", args=[latest.pk]))

    assert response.status_code == 200
    assert latest.reference in response.content.decode()


def test_an_object_read_from_the_replica_is_saved_to_the_primary(replicated, replica_on):
    with reporting_reads():
        team = Team.objects.get(pk=replicated.world.team.pk)
    assert team._state.db == "replica"

    team.name = "Team Noord-Oost"
    team.save()

    assert Team.objects.using("default").get(pk=team.pk).name == "Team Noord-Oost"
    assert Team.objects.using("replica").get(pk=team.pk).name != "Team Noord-Oost"


def test_the_access_log_never_goes_to_the_replica(replicated, replica_on):
    world = replicated.world
    with reporting_reads():
        entry = record_access(actor=world.policy, action=AccessAction.READ, object_type="team")
        assert AccessLogEntry.objects.filter(pk=entry.pk).exists()
    assert not AccessLogEntry.objects.using("replica").filter(pk=entry.pk).exists()


def test_migrations_never_run_on_the_replica(replica_on):
    assert router.allow_migrate("replica", "cases", model_name="case") is False
    assert router.allow_migrate("default", "cases", model_name="case") is True


def production_databases(**env: str) -> str:
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("PLEIN_", "DJANGO_"))
    }
    environment.update(PLEIN_SECRET_KEY="x" * 50, PLEIN_DATABASE_URL="postgres://plein@db1:5432/plein", **env)
    code = (
        "import plein.conf.base as s;"
        "print(sorted(s.DATABASES), s.REPLICA_DATABASE, s.DATABASES.get('replica', {}).get('HOST'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, timeout=60, check=True
    )
    return result.stdout.strip()


def test_the_replica_is_configured_only_by_its_url():
    assert production_databases() == "['access_log', 'default'] None None"
    assert (
        production_databases(PLEIN_REPLICA_DATABASE_URL="postgres://plein@db2:5432/plein")
        == "['access_log', 'default', 'replica'] replica db2"
    )
