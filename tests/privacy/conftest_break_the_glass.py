"""Fixtures for break-the-glass (noodtoegang): Anna's household at 1701AB (Team Noord, municipality A)
with an open case, an outsider (a generalist of Team Langedijk, municipality B) and the privacy
officer of municipality A."""

import pytest

from plein.people.models import Resident
from plein.privacy.break_the_glass import emergency_access_start
from tests.cases.conftest import household, open_case
from tests.privacy.conftest_access_log import privacy_officer

__all__ = [
    "ANNA_BSN",
    "REASON",
    "anna_with_bsn",
    "household",
    "open_case",
    "outsider",
    "privacy_officer",
    "start_emergency",
]

REASON = "Acute zorgen om de veiligheid van een kind; de eigen generalist is niet bereikbaar."
ANNA_BSN = "111222333"


@pytest.fixture
def outsider(world):
    """A generalist of another team (Team Langedijk, municipality B): household A is not theirs."""
    return world.other_generalist


@pytest.fixture
def anna_with_bsn(household):
    anna = household.memberships.order_by("id").first().resident
    Resident.objects.filter(pk=anna.pk).update(bsn=ANNA_BSN)
    anna.refresh_from_db()
    return anna


@pytest.fixture
def start_emergency(household):
    def start(user, *, reason: str = REASON, household_id: int | None = None):
        return emergency_access_start(actor=user, household_id=household_id or household.pk, reason=reason)

    return start
