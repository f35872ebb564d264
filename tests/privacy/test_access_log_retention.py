"""The access log is kept five years, then purged: the purge deletes only entries past the period,
leaves a checkpoint, and the remaining chain stays verifiable (and tampering with it detectable)."""

import datetime
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from plein.privacy.access_log import GENESIS_HASH, record_access, verify_chain
from plein.privacy.access_log_retention import access_log_purge
from plein.privacy.models import AccessLogCheckpoint, AccessLogEntry, AccessLogImmutable
from plein.privacy.tasks import purge_access_log

pytestmark = pytest.mark.django_db
TABLE = AccessLogEntry._meta.db_table


def record_at(world, at: datetime.datetime, resident_id: int) -> AccessLogEntry:
    """An entry written at ``at`` (the hash covers the time, so it is written then, not back-dated)."""
    with mock.patch.object(timezone, "now", return_value=at):
        return record_access(
            actor=world.generalist, action="read", object_type="case", object_id=1, resident_id=resident_id
        )


@pytest.fixture
def log(world):
    """Entries of 6 years, 5 years and a day, 4 years 11 months, and today."""
    now = timezone.now()
    return [
        record_at(world, now - datetime.timedelta(days=6 * 365 + 10), 1),
        record_at(world, now - datetime.timedelta(days=5 * 365 + 3), 2),
        record_at(world, now - datetime.timedelta(days=4 * 365 + 330), 3),
        record_at(world, now, 4),
    ]


def test_the_purge_deletes_entries_older_than_five_years_and_the_chain_stays_verifiable(log):
    _oldest, older, young, today = log

    checkpoint = access_log_purge()

    assert list(AccessLogEntry.objects.order_by("id")) == [young, today]
    assert (checkpoint.count, checkpoint.up_to_id, checkpoint.last_hash) == (2, older.pk, older.entry_hash)
    assert young.previous_hash == checkpoint.last_hash
    assert verify_chain() is None
    # New entries keep chaining onto what remains.
    record_access(actor=None, action="read", object_type="case", object_id=2)
    assert verify_chain() is None


def test_nothing_younger_than_five_years_goes_even_when_asked(log):
    _oldest, _older, young, today = log

    access_log_purge(before=timezone.now())

    assert set(AccessLogEntry.objects.values_list("id", flat=True)) == {young.pk, today.pk}


def test_the_period_is_a_setting(settings, log):
    settings.PLEIN_ACCESS_LOG_YEARS = 6
    access_log_purge()
    assert AccessLogEntry.objects.count() == 3


def test_tampering_after_a_purge_is_still_detected(log):
    today = log[-1]
    access_log_purge()
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {TABLE} SET resident_id = %s WHERE id = %s", [99, today.pk])

    assert verify_chain() == today


def test_deleting_more_of_the_oldest_entries_after_a_purge_is_detected(log):
    _oldest, _older, young, today = log
    access_log_purge()
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE} WHERE id = %s", [young.pk])

    assert verify_chain() == today


def test_without_a_purge_the_chain_starts_at_the_genesis_hash(log):
    assert log[0].previous_hash == GENESIS_HASH and verify_chain() is None
    assert access_log_purge(before=log[0].at) is None  # nothing before the oldest entry
    assert not AccessLogCheckpoint.objects.exists()


def test_the_newest_entry_stays_so_the_chain_goes_on(world):
    now = timezone.now()
    old = [record_at(world, now - datetime.timedelta(days=7 * 365 + day), day) for day in (2, 1)]

    checkpoint = access_log_purge()

    assert checkpoint.count == 1 and list(AccessLogEntry.objects.all()) == [old[1]]
    assert verify_chain() is None


def test_the_application_still_cannot_delete_entries(log):
    with pytest.raises(AccessLogImmutable):
        AccessLogEntry.objects.filter(pk=log[0].pk).delete()
    with pytest.raises(AccessLogImmutable):
        log[0].delete()


def test_the_task_and_the_command_purge(log):
    assert purge_access_log.enqueue().return_value == 2
    out = StringIO()
    call_command("purge_access_log", stdout=out)
    assert "Niets te verwijderen" in out.getvalue()
