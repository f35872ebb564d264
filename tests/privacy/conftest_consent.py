"""Fixtures for the consent tests: the case world of tests/cases (Anna and Kees Jansen at 1701AB,
Team Noord, the partner Schuldhulp Noord) and a hand-over sent with Anna's consent."""

import pytest
from django.utils import timezone

from plein.cases import services as case_services
from tests.cases.conftest import case_world, household, open_case, partner_org, partner_user

__all__ = [
    "INFO",
    "anna",
    "case_world",
    "household",
    "open_case",
    "partner_org",
    "partner_user",
    "send",
]

INFO = "Huurachterstand van drie maanden; inkomsten en vaste lasten staan in de bijlage."


@pytest.fixture
def anna(open_case):
    return open_case.household.memberships.order_by("id").first().resident


@pytest.fixture
def send(world, open_case, partner_org):
    """Send a hand-over to the partner as the generalist; inline consent unless told otherwise."""

    def send_(**consent):
        return case_services.handover_send(
            actor=world.generalist, case=open_case, organisation=partner_org, information=INFO, **consent
        )

    return send_


def inline_consent(resident):
    return {
        "consent_given_by": resident,
        "consent_method": "verbal",
        "consent_recorded_on": timezone.localdate(),
    }
