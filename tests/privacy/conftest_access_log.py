"""Fixtures for the access log tests: a privacy officer and a checked request with a signed
decision for Anna (household at 1701AB, served by Team Noord)."""

import pytest

from plein.areas.models import Role
from plein.privacy.models import AccessLogEntry
from tests.cases.conftest import _professional
from tests.decisions.conftest import (
    anna,
    case_world,
    catalogue,
    conversation_case,
    draft_plan,
    household,
    officer,
    open_case,
    other_officer,
    provider,
    sign_plan,
    signed_plan_item,
)
from tests.decisions.decision_steps import checked_request, draft, sign

__all__ = [
    "anna",
    "case_world",
    "catalogue",
    "conversation_case",
    "draft_plan",
    "entries",
    "help_request",
    "household",
    "officer",
    "open_case",
    "other_officer",
    "privacy_officer",
    "provider",
    "sent_decision",
    "sign_plan",
    "signed_plan_item",
]


@pytest.fixture
def privacy_officer(world):
    return _professional(
        "fg", Role.PRIVACY_OFFICER, organisation=world.organisation, municipality=world.municipality
    )


@pytest.fixture
def help_request(world, officer, catalogue, signed_plan_item, anna):
    return checked_request(world, officer, catalogue.household_help, anna, plan_item=signed_plan_item)


@pytest.fixture
def sent_decision(help_request, officer, provider):
    return sign(officer, draft(officer, help_request, provider=provider))


def entries():
    """The entries of what the test does. The fixtures build their records with services, without a
    request: the change history logs those changes too (no actor), and they are left out here."""
    return list(
        AccessLogEntry.objects.exclude(action__in=["create", "update"], actor_id__isnull=True).order_by("id")
    )
