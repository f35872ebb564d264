"""Hand-built budget data with known answers, on ``world`` (tests/conftest.py): municipality A
with district "Noord" (Team Noord, and Team Jeugd too) and a second district (Team Zuid).

Built straight in the ORM (not through the services): the figures depend only on the sent
decisions, their dates and extents, the tariffs, the contacts and the rates, and the test says
exactly which ones exist. Import the fixtures with ``from tests.monitoring.conftest_budgets import *``.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.utils import timezone

from plein.areas.models import District, Role, Team
from plein.areas.services import membership_add
from plein.cases.models import Case, Contact
from plein.decisions.models import (
    Decision,
    DeliveryForm,
    Frequency,
    Law,
    Provision,
    ProvisionRequest,
    ProvisionResult,
    Unit,
)
from plein.monitoring.models import AreaBudget, HourlyRate, ProvisionTariff
from plein.people.models import HouseholdMembership
from tests import factories

__all__ = ["BudgetWorld", "budget_world"]

D = datetime.date


@dataclass
class BudgetWorld:
    municipality: object
    noord: District  # district A
    zuid: District  # district 2
    team_noord: Team
    team_zuid: Team
    team_jeugd: Team  # serves Noord too: Noord is split between Noord and Jeugd
    policy: object
    coordinator_zuid: object
    generalist: object
    hours_provision: Provision
    wheelchair: Provision


def _provision(municipality, name, **fields) -> Provision:
    values = {
        "law": Law.WMO,
        "unit": Unit.HOUR,
        "frequency": Frequency.PER_WEEK,
        "max_extent": Decimal("40"),
        "legal_basis": "artikel 2.3.5 Wmo 2015",
    }
    values.update(fields)
    provision = Provision.objects.create(municipality=municipality, name=name, **values)
    ProvisionResult.objects.create(provision=provision, name="Zelfstandig wonen")
    return provision


@pytest.fixture
def budget_world(world, register_resident) -> BudgetWorld:
    municipality = world.municipality
    noord = world.district
    zuid = world.team.municipality.districts.exclude(pk=noord.pk).get()
    # The factory's names are "Wijk n": fixed names make the tests and the page easy to read.
    District.objects.filter(pk=noord.pk).update(name="Noord")
    District.objects.filter(pk=zuid.pk).update(name="Zuid")
    noord.refresh_from_db()
    zuid.refresh_from_db()
    team_noord = world.team
    team_zuid = Team.objects.get(municipality=municipality, name="Team Zuid")
    team_jeugd = factories.TeamFactory(
        municipality=municipality, name="Team Jeugd", kind=Team.Kind.YOUTH_AND_FAMILY
    )
    team_jeugd.districts.add(noord)

    def professional(username, role, **where):
        user = factories.ProfessionalFactory(username=username)
        membership_add(
            professional=user,
            role=role,
            organisation=world.organisation,
            starts_on=D(2020, 1, 1),
            hours_per_week=32,
            **where,
        )
        return user

    coordinator_zuid = professional("coord-zuid", Role.TEAM_COORDINATOR, team=team_zuid)

    hours_provision = _provision(municipality, "Begeleiding individueel", pgb=True)
    wheelchair = _provision(
        municipality, "Rolstoel", unit=Unit.PIECE, frequency=Frequency.TOTAL, max_extent=Decimal("1")
    )
    # € 50 per hour from 2025, € 60 from 1 May 2026; the wheelchair has no tariff at all.
    ProvisionTariff.objects.create(provision=hours_provision, valid_from=D(2025, 1, 1), price=Decimal("50"))
    ProvisionTariff.objects.create(provision=hours_provision, valid_from=D(2026, 5, 1), price=Decimal("60"))
    HourlyRate.objects.create(municipality=municipality, year=2026, rate=Decimal("80"))
    AreaBudget.objects.create(district=noord, year=2026, amount=Decimal("18000"))
    # Zuid has no budget for 2026 ("geen budget").

    anna = register_resident(postcode="1701AB", first_names="Anna")  # Noord
    noord_household = anna.household_memberships.get().household
    # Bram applied directly, without a case; he lived in Zuid when he applied and lives in Noord now.
    bram = register_resident(postcode="1702CD", first_names="Bram")
    old_household = bram.household_memberships.get().household
    HouseholdMembership.objects.filter(resident=bram).update(starts_on=D(2020, 1, 1), ends_on=D(2025, 12, 31))
    HouseholdMembership.objects.create(
        household=noord_household, resident=bram, position="adult", starts_on=D(2026, 1, 1)
    )
    carla = register_resident(postcode="1702CD", first_names="Carla")  # Zuid
    zuid_household = carla.household_memberships.get().household

    opened = timezone.make_aware(datetime.datetime(2025, 11, 1, 9, 0))
    case_noord = Case.objects.create(
        reference="C-BUD-1",
        household=noord_household,
        municipality=municipality,
        team=team_noord,
        opened_at=opened,
        opened_by=world.generalist,
    )
    case_zuid = Case.objects.create(
        reference="C-BUD-2",
        household=zuid_household,
        municipality=municipality,
        team=team_zuid,
        opened_at=opened,
        opened_by=world.generalist,
    )

    counter = iter(range(1, 100))

    def decide(*, resident, household, case, provision, outcome, status, starts_on, ends_on=None, **fields):
        number = next(counter)
        request = ProvisionRequest.objects.create(
            reference=f"A-BUD-{number}",
            municipality=municipality,
            channel=ProvisionRequest.Channel.PLAN if case else ProvisionRequest.Channel.DIRECT,
            case=case,
            household=household,
            resident=resident,
            provision=provision,
            law=provision.law,
            extent=fields.get("extent") or Decimal("1"),
            desired_start=starts_on,
            delivery_form=fields.get("delivery_form", DeliveryForm.IN_KIND),
            pgb_plan="Eigen plan" if fields.get("delivery_form") == DeliveryForm.PGB else "",
            justification="Uit het gesprek.",
            applied_on=starts_on - datetime.timedelta(days=30),
            decision_due_on=starts_on,
            status=ProvisionRequest.Status.DECIDED,
            submitted_by=world.generalist,
            submitted_at=opened,
        )
        return Decision.objects.create(
            reference=f"B-BUD-{number}",
            request=request,
            outcome=outcome,
            status=status,
            result=provision.results.first(),
            starts_on=starts_on,
            ends_on=ends_on,
            legal_basis="artikel 2.3.5 Wmo 2015",
            reasons="Motivering.",
            objection_clause="Bezwaar binnen zes weken.",
            drafted_by=world.generalist,
            drafted_at=opened,
            **fields,
        )

    grant, sent = Decision.Outcome.GRANT, Decision.Status.SENT
    # 3 hours per week in kind from 1 March 2026, open-ended (Anna, case in Noord).
    decide(
        resident=anna, household=noord_household, case=case_noord, provision=hours_provision,
        outcome=grant, status=sent, starts_on=D(2026, 3, 1), extent=Decimal("3"),
    )  # fmt: skip
    # A pgb of € 12.000 for the whole of 2026 (Bram, direct application: his current household, Noord).
    decide(
        resident=bram, household=old_household, case=None, provision=hours_provision,
        outcome=Decision.Outcome.PARTIAL, status=sent, starts_on=D(2026, 1, 1), ends_on=D(2026, 12, 31),
        extent=Decimal("4"), delivery_form=DeliveryForm.PGB, budget=Decimal("12000"),
    )  # fmt: skip
    # A wheelchair for Carla (Zuid) in February 2026: no tariff ("tarief ontbreekt").
    decide(
        resident=carla, household=zuid_household, case=case_zuid, provision=wheelchair,
        outcome=grant, status=sent, starts_on=D(2026, 2, 1), extent=Decimal("1"),
    )  # fmt: skip
    # None of these cost anything: a draft, a revoked grant and a denial.
    for status, outcome in (
        (Decision.Status.DRAFT, grant),
        (Decision.Status.REVOKED, grant),
        (sent, Decision.Outcome.DENY),
    ):
        decide(
            resident=carla, household=zuid_household, case=case_zuid, provision=hours_provision,
            outcome=outcome, status=status, starts_on=D(2026, 1, 1), extent=Decimal("10"),
        )  # fmt: skip

    # 600 minutes of contacts in Noord in the first half of 2026, 60 more on 2 July 2026, and
    # 90 minutes in 2025 (a year without an hourly rate).
    for held_on, minutes in (
        (D(2026, 2, 3), 150),
        (D(2026, 3, 10), 150),
        (D(2026, 5, 12), 150),
        (D(2026, 7, 1), 150),
        (D(2026, 7, 2), 60),
        (D(2025, 12, 1), 90),
    ):
        Contact.objects.create(
            case=case_noord, held_on=held_on, kind=Contact.Kind.HOME_VISIT, duration_minutes=minutes,
            with_whom="moeder", recorded_by=world.generalist,
        )  # fmt: skip

    return BudgetWorld(
        municipality=municipality,
        noord=noord,
        zuid=zuid,
        team_noord=team_noord,
        team_zuid=team_zuid,
        team_jeugd=team_jeugd,
        policy=world.policy,
        coordinator_zuid=coordinator_zuid,
        generalist=world.generalist,
        hours_provision=hours_provision,
        wheelchair=wheelchair,
    )
