"""PostgreSQL only: an access log entry survives a rollback of the business transaction, because it
is written over the separate "access_log" connection (plein.conf.base, plein.privacy.access_log)."""

import pytest
from django.db import connection, transaction

from plein.privacy.access_log import record_access, verify_chain
from plein.privacy.models import AccessLogEntry
from tests.privacy.conftest_access_log import *  # noqa: F403  (fixtures)

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only"),
    # transaction=True: the entry commits for real, so the test cannot run inside a rolled-back
    # transaction; the flush afterwards cleans up.
    pytest.mark.django_db(transaction=True, databases=["default", "access_log"]),
]


class Boom(Exception):
    pass


@pytest.fixture
def separate_connection(settings):
    settings.ACCESS_LOG_DATABASE = "access_log"


def test_an_entry_survives_the_rollback_of_the_transaction_it_was_written_in(
    separate_connection, world, household
):
    with pytest.raises(Boom), transaction.atomic():
        household.address.house_number_addition = "Z"
        household.address.save()
        record_access(
            actor=world.generalist,
            action="update",
            object_type="household",
            object_id=household.pk,
            household_id=household.pk,
        )
        raise Boom

    household.address.refresh_from_db()
    assert household.address.house_number_addition != "Z"  # the business change rolled back
    # Seen from the request's own connection. (The fixture's changes are logged too, without an actor.)
    entry = AccessLogEntry.objects.using("default").filter(actor_id=world.generalist.pk).get()
    assert (entry.object_type, entry.household_id, entry.action) == ("household", household.pk, "update")
    assert verify_chain() is None


def test_entries_written_from_both_connections_form_one_chain(separate_connection, world, settings):
    record_access(actor=world.generalist, action="read", object_type="case", object_id=1)
    settings.ACCESS_LOG_DATABASE = "default"
    record_access(actor=world.generalist, action="read", object_type="case", object_id=2)

    first, second = AccessLogEntry.objects.using("default").order_by("id")
    assert second.previous_hash == first.entry_hash
    assert verify_chain() is None
