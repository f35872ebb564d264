"""Shared fixtures for decisions: decision officers, a provider, a small catalogue and a signed plan
item that proposes a customised provision.

Built on ``world`` (tests/conftest.py) and the case fixtures of tests/cases/conftest.py: municipality A
with Team Noord serving postcode 1701AB, where Anna and Kees Jansen live.
"""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from plein.areas.models import Role
from plein.cases import services as case_services
from plein.cases.models import PlanItem
from plein.decisions.models import ChecklistItem, Frequency, Law, Provision, ProvisionResult, Unit
from plein.people.models import Organisation
from tests import factories
from tests.cases.conftest import (  # noqa: F401  (fixtures shared with the cases tests)
    _professional,
    case_world,
    conversation_case,
    draft_plan,
    household,
    open_case,
    sign_plan,
)


@dataclass
class Catalogue:
    household_help: Provision  # Wmo, hours per week, in kind or pgb, 18+
    stair_lift: Provision  # Wmo, one piece, in kind, four eyes
    youth_help: Provision  # Jeugdwet, hours per week, under 18
    special_assistance: Provision  # Participatiewet, euro, paid out in money


@pytest.fixture
def officer(world):
    """Consulent backoffice of municipality A."""
    return _professional(
        "consulent",
        Role.DECISION_OFFICER,
        organisation=world.organisation,
        first_name="Dirk",
        municipality=world.municipality,
    )


@pytest.fixture
def second_officer(world):
    """A second decision officer of municipality A, for the four-eyes signature."""
    return _professional(
        "consulent2",
        Role.DECISION_OFFICER,
        organisation=world.organisation,
        first_name="Vera",
        municipality=world.municipality,
    )


@pytest.fixture
def other_officer(world):
    """Consulent backoffice of municipality B: sees nothing of municipality A."""
    return _professional(
        "consulentb",
        Role.DECISION_OFFICER,
        organisation=world.organisation,
        first_name="Bert",
        municipality=world.other_municipality,
    )


@pytest.fixture
def provider(world):
    """A provider with an AGB code, working in municipality A."""
    organisation = factories.OrganisationFactory(
        name="Thuiszorg West-Friesland", kind=Organisation.Kind.PROVIDER, agb_code="12345678"
    )
    organisation.municipalities.add(world.municipality)
    return organisation


def _provision(municipality, *, results, checklist, **fields) -> Provision:
    provision = Provision.objects.create(municipality=municipality, **fields)
    for order, name in enumerate(results):
        ProvisionResult.objects.create(provision=provision, name=name, order=order)
    for order, question in enumerate(checklist):
        ChecklistItem.objects.create(provision=provision, question=question, order=order)
    return provision


@pytest.fixture
def catalogue(world) -> Catalogue:
    municipality = world.municipality
    residence = "Woont de inwoner in de gemeente (BRP)?"
    return Catalogue(
        household_help=_provision(
            municipality,
            name="Huishoudelijke ondersteuning",
            law=Law.WMO,
            product_category="01",
            product_code="01A01",
            unit=Unit.HOUR,
            frequency=Frequency.PER_WEEK,
            min_extent=1,
            max_extent=8,
            in_kind=True,
            pgb=True,
            min_age=18,
            legal_basis="Artikel 2.3.5 Wmo 2015 en artikel 4 Verordening maatschappelijke ondersteuning",
            results=["Een schoon en leefbaar huis", "Schone en draagbare kleding"],
            checklist=[
                residence,
                "Kan een huisgenoot of partner het huishouden overnemen (gebruikelijke hulp)?",
                "Is er eerder een voorziening voor het huishouden verstrekt?",
            ],
        ),
        stair_lift=_provision(
            municipality,
            name="Traplift",
            law=Law.WMO,
            product_category="13",
            product_code="13A01",
            unit=Unit.PIECE,
            frequency=Frequency.TOTAL,
            min_extent=1,
            max_extent=1,
            in_kind=True,
            four_eyes=True,
            legal_basis="Artikel 2.3.5 Wmo 2015 en artikel 6 Verordening maatschappelijke ondersteuning",
            results=["Veilig de trap op en af in de eigen woning"],
            checklist=[residence, "Zijn de trap en de woning geschikt (maten van de woning)?"],
        ),
        youth_help=_provision(
            municipality,
            name="Jeugdhulp ambulant",
            law=Law.YOUTH,
            product_category="45",
            product_code="45A01",
            unit=Unit.HOUR,
            frequency=Frequency.PER_WEEK,
            min_extent=1,
            max_extent=6,
            in_kind=True,
            pgb=True,
            max_age=17,
            legal_basis="Artikel 2.3 Jeugdwet en artikel 5 Verordening jeugdhulp",
            results=["Het kind gaat weer naar school", "Rust en veiligheid in het gezin"],
            checklist=[residence, "Is er een verwijzing van huisarts, jeugdarts of het team?"],
        ),
        special_assistance=_provision(
            municipality,
            name="Bijzondere bijstand",
            law=Law.PARTICIPATION,
            unit=Unit.EURO,
            frequency=Frequency.TOTAL,
            min_extent=1,
            max_extent=5000,
            in_kind=False,
            cash=True,
            legal_basis="Artikel 35 Participatiewet",
            results=["Noodzakelijke kosten zijn betaald"],
            checklist=[residence, "Inkomen en vermogen van de inwoner en de partner"],
        ),
    )


@pytest.fixture
def signed_plan_item(world, draft_plan, sign_plan) -> PlanItem:
    """A signed plan with an item on the rung of customised provisions: household help."""
    item = case_services.plan_item_add(
        actor=world.generalist,
        plan=draft_plan,
        rung=PlanItem.Rung.CUSTOMISED_PROVISION,
        description="Hulp bij het schoonhouden van het huis, drie uur per week.",
        performed_by="Thuiszorg (maatwerkvoorziening)",
        starts_on=timezone.localdate(),
    )
    sign_plan(draft_plan)
    item.refresh_from_db()
    return item


@pytest.fixture
def anna(household):
    """Anna Jansen (born 1980), the first member of ``household``."""
    return household.memberships.order_by("id").first().resident


def today() -> datetime.date:
    return timezone.localdate()
