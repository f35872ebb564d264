"""Fixtures for the subject access tests: Anna (household at 1701AB with Kees) with a case, a signed
plan, a contact, a sent decision and access log entries; next to her data that is not hers: a case of
a household Kees lived in before (Anna never did), and a resident of the other municipality.

``verified_client_for`` is a stand-in for the fixture of tests/conftest.py (the two-factor work); it
does the same: a client logged in as the user with an OTP-verified session.
"""

import datetime
from dataclasses import dataclass

import pytest
from django.test import Client
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from plein.cases import services as case_services
from plein.cases.models import Case, Contact, PlanItem
from plein.people.models import HouseholdMembership, Resident
from plein.privacy.access_log import record_access
from plein.privacy.models import AccessBasis
from tests.privacy.conftest_access_log import (
    anna,
    case_world,
    catalogue,
    conversation_case,
    draft_plan,
    help_request,
    household,
    officer,
    open_case,
    other_officer,
    privacy_officer,
    provider,
    sent_decision,
    sign_plan,
    signed_plan_item,
)

__all__ = [
    "anna",
    "case_world",
    "catalogue",
    "conversation_case",
    "draft_plan",
    "help_request",
    "household",
    "officer",
    "open_case",
    "other_officer",
    "privacy_officer",
    "provider",
    "sar_world",
    "sent_decision",
    "sign_plan",
    "signed_plan_item",
    "verified_client_for",
]

ANNA_BSN = "111222333"
NOT_ANNAS_PLAN = "Oud plan van het vorige huishouden van Kees."
STRANGERS_PLAN = "Plan van iemand uit een andere gemeente."


@pytest.fixture
def verified_client_for(db):
    def make(user) -> Client:
        client = Client()
        client.force_login(user)
        device = TOTPDevice.objects.create(user=user, name="telefoon", confirmed=True)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        return client

    return make


@dataclass
class SarWorld:
    anna: Resident
    kees: Resident
    stranger: Resident
    case: Case
    decision: object
    contact: Contact
    kees_old_case: Case


def _case_with_plan(actor, household, description) -> Case:
    case = case_services.case_open(actor=actor, household=household)
    case = case_services.case_change_state(
        actor=actor, case=case, to_state=Case.State.IN_CONVERSATION, expected_version=case.lock_version
    )
    plan = case_services.plan_start(actor=actor, case=case)
    case_services.plan_item_add(
        actor=actor,
        plan=plan,
        rung=PlanItem.Rung.NETWORK,
        description=description,
        performed_by="Buurman",
        starts_on=timezone.localdate(),
    )
    return case


@pytest.fixture
def sar_world(
    world, case_world, register_resident, household, anna, sent_decision, privacy_officer
) -> SarWorld:
    Resident.objects.filter(pk=anna.pk).update(bsn=ANNA_BSN)
    anna.refresh_from_db()
    kees = household.memberships.exclude(resident=anna).get().resident
    case = sent_decision.request.case
    contact = case_services.contact_record(
        actor=world.generalist,
        case=case,
        held_on=timezone.localdate(),
        kind=Contact.Kind.HOME_VISIT,
        duration_minutes=45,
        with_whom="Anna en Kees",
        summary="Samen de post doorgenomen.",
    )

    # Kees's earlier household (Anna never lived there) with its own case and plan.
    former = register_resident(first_names="Oud", last_name="Huisgenoot", house_number=50)
    former_household = former.household_memberships.get().household
    HouseholdMembership.objects.create(
        household=former_household,
        resident=kees,
        position=HouseholdMembership.Position.ADULT,
        starts_on=datetime.date(2015, 1, 1),
        ends_on=datetime.date(2019, 12, 31),
    )
    kees_old_case = _case_with_plan(world.generalist, former_household, NOT_ANNAS_PLAN)
    # Opened while Kees lived there (a case's history is not rewritten by a service: set it here).
    Case.objects.filter(pk=kees_old_case.pk).update(
        opened_at=timezone.make_aware(datetime.datetime(2018, 3, 1, 10, 0))
    )

    # Someone in the other municipality entirely.
    stranger = register_resident(
        first_names="Vreemd", last_name="Ander", postcode="1721CD", actor=world.other_generalist
    )
    _case_with_plan(world.other_generalist, stranger.household_memberships.get().household, STRANGERS_PLAN)

    # Access log: two reads of Anna's page (the generalist, the team coordinator), one of Kees's
    # only, one of the stranger.
    readers = (world.generalist, case_world.team_coordinator, world.generalist, world.generalist)
    for reader, resident in zip(readers, (anna, anna, kees, stranger), strict=True):
        record_access(
            actor=reader,
            action="read",
            object_type="resident",
            object_id=resident.pk,
            resident_id=resident.pk,
            basis=AccessBasis.TEAM,
        )
    return SarWorld(
        anna=anna,
        kees=kees,
        stranger=stranger,
        case=case,
        decision=sent_decision,
        contact=contact,
        kees_old_case=kees_old_case,
    )
