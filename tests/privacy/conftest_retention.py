"""Fixtures for the retention tests: the default rules, a privacy officer of municipality A, and
closed cases of each kind, back-dated with plain updates (the services only close a case today)."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from plein.areas.models import Role
from plein.cases import services as case_services
from plein.cases.models import Case, Contact
from plein.core.models import LifeDomain
from plein.decisions.models import Allocation, Decision, Objection, ProviderMessage
from plein.privacy.retention import load_default_retention_rules
from tests.cases.conftest import _professional, routed_request
from tests.decisions.conftest import (
    anna,
    case_world,
    catalogue,
    conversation_case,
    draft_plan,
    household,
    officer,
    open_case,
    provider,
    sign_plan,
    signed_plan_item,
)
from tests.decisions.decision_steps import checked_request, draft, sign

# Star-imported by the retention test files: the fixtures (shared ones included) and the helpers.
__all__ = [
    "anna",
    "backdate_decisions",
    "case_world",
    "catalogue",
    "close_on",
    "conversation_case",
    "draft_plan",
    "household",
    "new_case",
    "officer",
    "open_case",
    "other_privacy_officer",
    "privacy_officer",
    "provider",
    "routed_request",
    "rules",
    "sign_plan",
    "signed_plan_item",
    "wmo_case",
]


@pytest.fixture
def rules(db):
    load_default_retention_rules()


@pytest.fixture
def privacy_officer(world):
    return _professional(
        "privacy", Role.PRIVACY_OFFICER, organisation=world.organisation, municipality=world.municipality
    )


@pytest.fixture
def other_privacy_officer(world):
    return _professional(
        "privacy_b",
        Role.PRIVACY_OFFICER,
        organisation=world.organisation,
        municipality=world.other_municipality,
    )


def close_on(case: Case, closed_on: datetime.date, reason=Case.ClosureReason.GOALS_REACHED) -> Case:
    closed_at = timezone.make_aware(datetime.datetime.combine(closed_on, datetime.time(12)))
    Case.objects.filter(pk=case.pk).update(
        state=Case.State.CLOSED, closed_at=closed_at, closure_reason=reason, closure_note="Afgesloten."
    )
    case.refresh_from_db()
    return case


@pytest.fixture
def new_case(world, register_resident):
    """Factory: a case opened for a new household of its own in Team Noord."""

    def make(last_name="Bakker") -> Case:
        resident = register_resident(first_names="Piet", last_name=last_name)
        home = resident.household_memberships.get().household
        return case_services.case_open(actor=world.generalist, household=home)

    return make


@pytest.fixture
def wmo_case(world, officer, provider, catalogue, signed_plan_item, anna):
    """Anna's case with an assessment, a contact, a signed plan and a sent Wmo grant for a year
    (with its letter), an allocation with a provider's message and a decided objection: open."""
    case = signed_plan_item.plan.case
    case_services.assessment_record(
        actor=world.generalist,
        case=case,
        held_on=timezone.localdate(),
        place="home",
        resident_present=True,
        others_present="",
        client_support_offered=True,
        client_supporter_present=False,
        question="Anna kan niet meer stofzuigen.",
        own_strength="",
        network="",
        safety="no_concerns",
        scores={LifeDomain.objects.get(code="finances").pk: (2, "")},
        participation_rung=2,
    )
    Contact.objects.create(
        case=case,
        kind=Contact.Kind.HOME_VISIT,
        duration_minutes=45,
        held_on=timezone.localdate(),
        summary="Gesprek met Anna over haar knieën.",
        recorded_by=world.generalist,
    )
    request = checked_request(world, officer, catalogue.household_help, anna, plan_item=signed_plan_item)
    decision = sign(officer, draft(officer, request, provider=provider))
    allocation = Allocation.objects.create(
        decision=decision,
        number="T-RET-1",
        provider=provider,
        product_category="02",
        starts_on=decision.starts_on,
        volume=Decimal(3),
        unit=catalogue.household_help.unit,
        frequency=catalogue.household_help.frequency,
        allocated_by=officer,
        allocated_at=timezone.now(),
    )
    ProviderMessage.objects.create(
        kind=ProviderMessage.Kind.START,
        message_code="WMO305",
        allocation=allocation,
        received_at=timezone.now(),
        received_by=officer,
        content="<Bericht>Anna Jansen</Bericht>",
    )
    Objection.objects.create(
        reference="BZ-RET-1",
        decision=decision,
        objector=anna,
        received_on=timezone.localdate(),
        grounds="Anna wil vier uur.",
        handling_due_on=timezone.localdate(),
        outcome=Objection.Outcome.REJECTED,
        decided_on=timezone.localdate(),
        registered_by=officer,
        registered_at=timezone.now(),
    )
    case.refresh_from_db()
    return case


def backdate_decisions(case: Case, starts_on: datetime.date, ends_on: datetime.date | None) -> None:
    Decision.objects.filter(request__case=case).update(starts_on=starts_on, ends_on=ends_on)
