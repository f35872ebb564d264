import datetime

import pytest
from django.core.exceptions import ValidationError

from plein.people.models import HouseholdMembership
from plein.people.selectors import residents_visible_to
from plein.people.services import household_add_member, household_end_membership


def test_a_resident_cannot_live_in_two_households_at_once(world, register_resident):
    anna = register_resident(first_names="Anna")
    other_household = register_resident(first_names="Bert").household_memberships.get().household

    with pytest.raises(ValidationError) as error:
        household_add_member(
            actor=world.front_office,
            household=other_household,
            resident=anna,
            position=HouseholdMembership.Position.ADULT,
            starts_on=datetime.date(2026, 1, 1),
        )

    assert "ander huishouden" in str(error.value.message_dict["resident"])
    assert anna.household_memberships.count() == 1


def test_after_moving_out_a_resident_can_join_another_household(world, register_resident):
    anna = register_resident(first_names="Anna")
    other_household = register_resident(first_names="Bert").household_memberships.get().household
    membership = anna.household_memberships.get()

    household_end_membership(actor=world.front_office, membership=membership, ends_on=datetime.date.today())
    household_add_member(
        actor=world.front_office,
        household=other_household,
        resident=anna,
        position=HouseholdMembership.Position.ADULT,
        starts_on=datetime.date.today(),
    )

    assert set(
        other_household.memberships.filter(ends_on__isnull=True).values_list(
            "resident__first_names", flat=True
        )
    ) == {"Anna", "Bert"}


def test_team_members_see_only_residents_in_the_districts_their_team_serves(world, register_resident):
    served = register_resident(postcode="1701AB", first_names="Wijk1")
    register_resident(postcode="1702CD", first_names="Wijk2")
    register_resident(postcode="1721CD", first_names="Elders", actor=world.other_generalist)

    assert list(residents_visible_to(world.generalist)) == [served]
    assert {r.first_names for r in residents_visible_to(world.front_office)} == {"Wijk1", "Wijk2"}
    assert [r.first_names for r in residents_visible_to(world.other_generalist)] == ["Elders"]
    assert not residents_visible_to(world.policy).exists()


def test_search_by_name_needs_the_start_of_the_surname_and_ignores_case(world, register_resident):
    from plein.people.selectors import resident_search

    register_resident(first_names="Anna", last_name="Jansen")
    register_resident(first_names="Bert", last_name="Jansen")
    register_resident(first_names="Anna", last_name="Bakker")

    assert {r.first_names for r in resident_search(user=world.front_office, name="JANS")} == {"Anna", "Bert"}
    assert [r.last_name for r in resident_search(user=world.front_office, name="anna jans")] == ["Jansen"]
    assert [r.last_name for r in resident_search(user=world.front_office, name="bak an")] == ["Bakker"]
    assert resident_search(user=world.front_office, name="ansen") == []


def test_a_refused_registration_saves_nothing_halfway(world):
    from plein.people.models import Address, Household, Resident
    from plein.people.services import resident_register

    with pytest.raises(ValidationError) as error:
        resident_register(
            actor=world.front_office,
            first_names="Anna",
            last_name="Jansen",
            birth_date=datetime.date(1980, 1, 1),
            postcode="1721CD",
            house_number=3,
        )

    assert "gemeente waarvoor u niet werkt" in str(error.value.message_dict["postcode"])
    assert not Address.objects.exists()
    assert not Household.objects.exists()
    assert not Resident.objects.exists()
