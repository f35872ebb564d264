"""Shared case fixtures: households, the professionals around a case, and opened cases.

Everything is built through the services, on top of the ``world`` fixture of tests/conftest.py:
municipality A with Team Noord serving the district of postcode 1701AB.
"""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from plein.areas.models import Role, Team
from plein.areas.services import membership_add
from plein.cases import services
from plein.intake import services as intake_services
from plein.intake.models import Request
from plein.people.models import HouseholdMembership, Organisation
from tests import factories

START = datetime.date(2020, 1, 1)


@dataclass
class CaseWorld:
    world: object
    youth_team: object
    youth_coach: object
    youth_protector: object
    process_director: object
    team_coordinator: object
    partner_org: object
    partner_user: object


def _professional(username: str, role: str, *, organisation, first_name: str = "Sam", **where):
    user = factories.ProfessionalFactory(username=username, first_name=first_name)
    membership_add(
        professional=user, role=role, organisation=organisation, starts_on=START, hours_per_week=32, **where
    )
    return user


@pytest.fixture
def case_world(world) -> CaseWorld:
    """The professionals around a case in municipality A, next to ``world.generalist`` of Team Noord."""
    youth_team = factories.TeamFactory(
        municipality=world.municipality, name="Jeugd- en gezinsteam Noord", kind=Team.Kind.YOUTH_AND_FAMILY
    )
    youth_team.districts.add(world.district)
    partner_org = factories.OrganisationFactory(name="Schuldhulp Noord", kind=Organisation.Kind.PARTNER)
    partner_org.municipalities.add(world.municipality)
    home = world.organisation
    return CaseWorld(
        world=world,
        youth_team=youth_team,
        youth_coach=_professional(
            "jgcoach", Role.YOUTH_COACH, organisation=home, first_name="Joke", team=youth_team
        ),
        youth_protector=_professional(
            "jeugdbescherming", Role.YOUTH_PROTECTOR, organisation=home, first_name="Bas", team=youth_team
        ),
        process_director=_professional(
            "procesregie",
            Role.PROCESS_DIRECTOR,
            organisation=home,
            first_name="Pim",
            municipality=world.municipality,
        ),
        team_coordinator=_professional(
            "teamcoordinator", Role.TEAM_COORDINATOR, organisation=home, first_name="Tea", team=world.team
        ),
        partner_org=partner_org,
        partner_user=_professional(
            "partner",
            Role.NETWORK_PARTNER,
            organisation=partner_org,
            first_name="Piet",
            municipality=world.municipality,
        ),
    )


@pytest.fixture
def youth_team(case_world):
    return case_world.youth_team


@pytest.fixture
def youth_coach(case_world):
    """Jeugd- en gezinscoach in the youth team serving the district of 1701AB."""
    return case_world.youth_coach


@pytest.fixture
def youth_protector(case_world):
    """Jeugdbeschermer, also in the youth team."""
    return case_world.youth_protector


@pytest.fixture
def process_director(case_world):
    """Procesregisseur for municipality A (no team)."""
    return case_world.process_director


@pytest.fixture
def team_coordinator(case_world):
    """Teamcoördinator of Team Noord."""
    return case_world.team_coordinator


@pytest.fixture
def partner_org(case_world):
    return case_world.partner_org


@pytest.fixture
def partner_user(case_world):
    """A network partner working for ``partner_org``."""
    return case_world.partner_user


@pytest.fixture
def household(register_resident):
    """Two adults at 1701AB (Team Noord's district)."""
    anna = register_resident(first_names="Anna", last_name="Jansen")
    hh = anna.household_memberships.get().household
    register_resident(
        first_names="Kees", last_name="Jansen", birth_date=datetime.date(1978, 3, 2), household=hh
    )
    return hh


def twelve_years_ago() -> datetime.date:
    return datetime.date(timezone.localdate().year - 12, 1, 1)


@pytest.fixture
def family_with_child(register_resident):
    """A mother and her 12-year-old daughter at 1701AB."""
    mother = register_resident(
        first_names="Fatima", last_name="El Amrani", birth_date=datetime.date(1985, 6, 1)
    )
    hh = mother.household_memberships.get().household
    register_resident(
        first_names="Noor",
        last_name="El Amrani",
        birth_date=twelve_years_ago(),
        household=hh,
        position=HouseholdMembership.Position.CHILD,
    )
    return hh


@pytest.fixture
def open_case(world, household):
    """A case for ``household``, opened directly by the generalist of Team Noord."""
    return services.case_open(actor=world.generalist, household=household)


@pytest.fixture
def family_case(world, case_world, family_with_child):
    """A case for ``family_with_child``, opened by the generalist of Team Noord."""
    return services.case_open(actor=world.generalist, household=family_with_child)


@pytest.fixture
def routed_request(world):
    """Factory: a request about a household's first member, routed to Team Noord by the front office."""

    def make(household, question: str = "Wij komen er financieel niet meer uit.") -> Request:
        resident = household.memberships.order_by("id").first().resident
        request = intake_services.request_register(
            actor=world.front_office,
            channel=Request.Channel.PHONE,
            source=Request.Source.RESIDENT,
            question=question,
            resident=resident,
        )
        return intake_services.request_route(actor=world.front_office, request=request, team=world.team)

    return make


# --- support plan (added by the plan helper) ---------------------------------------------------


@pytest.fixture
def conversation_case(world, open_case):
    """``open_case`` after the broad conversation: in conversation, ready for a plan."""
    return services.case_change_state(
        actor=world.generalist,
        case=open_case,
        to_state=open_case.State.IN_CONVERSATION,
        expected_version=open_case.lock_version,
    )


@pytest.fixture
def draft_plan(world, conversation_case):
    """A complete first draft: result, timeline and one item on the rung of the network."""
    plan = services.plan_start(actor=world.generalist, case=conversation_case)
    plan = services.plan_update(
        actor=world.generalist,
        plan=plan,
        expected_version=plan.lock_version,
        result_aimed_for="Anna en Kees hebben over een jaar geen betalingsachterstanden meer.",
        timeline="Eerst de schulden op een rij, daarna elke maand samen de post.",
        evaluate_on=None,
        societal_contribution="",
        agreements="Anna belt de woningcorporatie voor een betalingsregeling.",
    )
    services.plan_item_add(
        actor=world.generalist,
        plan=plan,
        rung=2,
        description="Zus Marije helpt elke maand met de post.",
        performed_by="Marije (zus)",
        starts_on=START,
    )
    return plan


@pytest.fixture
def sign_plan(world):
    """Factory: both the first current household member and the generalist sign the plan."""

    def sign(plan, *, on=None):
        on = on or timezone.localdate()
        resident = (
            plan.case.household.memberships.filter(ends_on__isnull=True).order_by("id").first().resident
        )
        services.plan_sign(
            actor=world.generalist,
            plan=plan,
            signer="resident",
            resident=resident,
            signed_on=on,
            method="paper",
        )
        return services.plan_sign(
            actor=world.generalist, plan=plan, signer="professional", signed_on=on, method="paper"
        )

    return sign
