"""The work UI for residents and households, as a professional uses it."""

import datetime

import pytest
from django.urls import reverse

from plein.people.models import Resident

VALID_BSN = "111222333"


def register_form(**overrides):
    data = {
        "first_names": "Fatima",
        "last_name": "El Amrani",
        "birth_date": "03-02-1975",
        "bsn": VALID_BSN,
        "preferred_language": "nl",
        "postcode": "1701 ab",
        "house_number": "12",
        "position": "adult",
    }
    data.update(overrides)
    return data


def test_registering_a_resident_routes_the_address_and_opens_their_page(client, world):
    client.force_login(world.front_office)

    response = client.post(reverse("people:resident_create"), register_form(), follow=True)

    resident = Resident.objects.get(bsn=VALID_BSN)
    assert response.redirect_chain[-1][0] == reverse("people:resident_detail", args=[resident.pk])
    membership = resident.household_memberships.get()
    assert membership.household.address.postcode == "1701AB"
    assert membership.household.address.neighbourhood.district == world.district
    assert "Fatima El Amrani is geregistreerd." in response.content.decode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("bsn", "123456789", "Dit is geen geldig BSN"),
        ("postcode", "17O1AB", "Dit is geen geldige postcode"),
        ("birth_date", "31-02-1980", "Vul een bestaande datum in"),
        ("birth_date", "01-01-2999", "De geboortedatum ligt in de toekomst."),
        ("postcode", "9999ZZ", "Dit adres ligt niet in een buurt die Plein kent."),
    ],
)
def test_bad_input_is_explained_next_to_the_field_and_keeps_what_was_typed(
    client, world, field, value, message
):
    client.force_login(world.front_office)

    response = client.post(reverse("people:resident_create"), register_form(**{field: value}))

    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert 'value="Fatima"' in page
    assert f'value="{value}"' in page
    assert not Resident.objects.exists()


def test_the_same_bsn_twice_is_refused(client, world, register_resident):
    register_resident(bsn=VALID_BSN)
    client.force_login(world.front_office)

    response = client.post(reverse("people:resident_create"), register_form())

    assert "Er staat al een inwoner met dit BSN in Plein" in response.content.decode()
    assert Resident.objects.count() == 1


def test_a_resident_in_another_household_cannot_be_added_twice(client, world, register_resident):
    anna = register_resident(first_names="Anna", bsn=VALID_BSN)
    other = register_resident(first_names="Bert").household_memberships.get().household
    client.force_login(world.generalist)

    response = client.post(
        reverse("people:household_add_member", args=[other.pk]),
        {
            "existing": "1",
            "existing-bsn": VALID_BSN,
            "existing-position": "adult",
            "existing-starts_on": "01-06-2026",
        },
    )

    page = response.content.decode()
    assert "in een ander huishouden" in page
    assert f'value="{VALID_BSN}"' in page
    assert anna.household_memberships.count() == 1


def test_a_household_member_can_be_added_and_moves_out(client, world, register_resident):
    household = register_resident(first_names="Anna").household_memberships.get().household
    client.force_login(world.generalist)

    client.post(
        reverse("people:household_add_member", args=[household.pk]),
        {
            "new": "1",
            "new-first_names": "Mila",
            "new-last_name": "Jansen",
            "new-birth_date": "2015-09-01",
            "new-preferred_language": "nl",
            "new-position": "child",
        },
    )
    mila = Resident.objects.get(first_names="Mila")
    membership = mila.household_memberships.get()
    assert membership.household == household

    client.post(
        reverse("people:household_end_membership", args=[household.pk, membership.pk]),
        {"ends_on": "2026-12-31"},
    )

    page = client.get(reverse("people:household_detail", args=[household.pk])).content.decode()
    assert "Eerdere leden" in page
    membership.refresh_from_db()
    assert membership.ends_on.isoformat() == "2026-12-31"


def test_search_by_postcode_finds_the_household_in_scope(client, world, register_resident):
    register_resident(first_names="Anna", postcode="1701AB", house_number=7)
    client.force_login(world.generalist)

    response = client.post(reverse("people:resident_search"), {"postcode": "1701 AB", "house_number": "7"})

    assert "Anna Jansen" in response.content.decode()


def test_a_professional_of_another_municipality_cannot_find_or_open_the_household(
    client, world, register_resident
):
    anna = register_resident(first_names="Anna", postcode="1701AB", house_number=7)
    household = anna.household_memberships.get().household
    client.force_login(world.other_generalist)

    search = client.post(reverse("people:resident_search"), {"postcode": "1701AB", "house_number": "7"})
    assert "Anna" not in search.content.decode()
    assert "Niemand gevonden" in search.content.decode()
    assert client.get(reverse("people:household_detail", args=[household.pk])).status_code == 404
    assert client.get(reverse("people:resident_detail", args=[anna.pk])).status_code == 404
    assert client.get(reverse("people:resident_edit", args=[anna.pk])).status_code == 404


def test_policy_staff_cannot_search_residents(client, world):
    client.force_login(world.policy)

    assert client.get(reverse("people:resident_search")).status_code == 403
    assert "Inwoners zoeken" not in client.get(reverse("home")).content.decode()


def test_health_answers_when_the_database_does(client, db):
    response = client.get("/health")
    assert response.status_code == 200


def test_health_is_503_when_the_database_does_not_answer(client, db):
    from unittest import mock

    from django.db import DatabaseError
    from django.db.backends.utils import CursorWrapper

    with mock.patch.object(CursorWrapper, "execute", side_effect=DatabaseError("connection refused")):
        response = client.get("/health")
    assert response.status_code == 503


def test_pages_require_login(client, db):
    response = client.get(reverse("people:resident_search"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_a_resident_who_moved_out_can_join_another_household(client, world, register_resident):
    anna = register_resident(first_names="Anna", bsn=VALID_BSN)
    old = anna.household_memberships.get()
    new_household = register_resident(first_names="Bert").household_memberships.get().household
    client.force_login(world.generalist)

    today = datetime.date.today().strftime("%d-%m-%Y")
    client.post(
        reverse("people:household_end_membership", args=[old.household_id, old.pk]), {"ends_on": today}
    )
    response = client.post(
        reverse("people:household_add_member", args=[new_household.pk]),
        {
            "existing": "1",
            "existing-bsn": VALID_BSN,
            "existing-position": "adult",
            "existing-starts_on": today,
        },
        follow=True,
    )

    assert "Anna Jansen is toegevoegd aan het huishouden." in response.content.decode()
    current = anna.household_memberships.get(ends_on__isnull=True)
    assert current.household == new_household


def test_a_carer_is_added_to_and_removed_from_a_residents_network(client, world, register_resident):
    anna = register_resident(first_names="Anna")
    client.force_login(world.generalist)
    page_url = reverse("people:resident_detail", args=[anna.pk])

    missing_name = client.post(page_url, {"relation": "carer", "helps_with": "boodschappen"})
    assert "Dit veld is verplicht." in missing_name.content.decode()
    assert 'value="boodschappen"' in missing_name.content.decode()

    page = client.post(
        page_url, {"name": "Kees Jansen", "relation": "carer", "helps_with": "boodschappen"}, follow=True
    )
    assert "Kees Jansen" in page.content.decode()
    member = anna.network.get()
    assert member.get_relation_display() == "Mantelzorger"

    client.post(reverse("people:network_member_remove", args=[anna.pk, member.pk]))
    assert not anna.network.exists()


def test_the_network_of_a_resident_outside_my_area_cannot_be_changed(client, world, register_resident):
    anna = register_resident(first_names="Anna")
    client.force_login(world.other_generalist)

    response = client.post(
        reverse("people:resident_detail", args=[anna.pk]), {"name": "X", "relation": "carer"}
    )

    assert response.status_code == 404
    assert not anna.network.exists()
