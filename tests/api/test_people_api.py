"""Residents and households through the API: need-to-know scoping and bad input as 400s."""

import datetime
import json

import pytest

from plein.people import selectors
from plein.people.models import Address, Household, HouseholdMembership, Resident
from tests.api.conftest import API

VALID_BSN = "111222333"
OTHER_VALID_BSN = "123456782"


def post(client, path: str, body: dict):
    return client.post(f"{API}{path}", json.dumps(body), content_type="application/json")


def household_of(resident: Resident) -> Household:
    return resident.household_memberships.get(ends_on__isnull=True).household


# --- search ------------------------------------------------------------------------------------


def test_search_finds_a_resident_in_my_district_with_their_household(world, register_resident, token_client):
    anna = register_resident(first_names="Anna", last_name="Jansen", bsn=VALID_BSN, house_number=7)

    response = post(token_client(world.generalist), "/residents/search", {"name": "anna jans"})

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    assert body["truncated"] is False
    [found] = body["items"]
    assert found["id"] == anna.pk
    assert found["full_name"] == "Anna Jansen"
    assert found["bsn"] == VALID_BSN
    assert found["municipality"]["name"] == "Gemeente A"
    assert found["household"]["id"] == household_of(anna).pk
    assert found["household"]["address"]["postcode"] == "1701AB"
    assert found["household"]["address"]["house_number"] == 7


@pytest.mark.parametrize(
    "criteria",
    [
        {"bsn": "1112.22.333"},
        {"birth_date": "1980-05-17"},
        {"postcode": "1701 ab", "house_number": 7},
        {"postcode": "1701AB"},
    ],
)
def test_search_by_bsn_birth_date_or_address(world, register_resident, token_client, criteria):
    anna = register_resident(bsn=VALID_BSN, house_number=7)

    response = post(token_client(world.front_office), "/residents/search", criteria)

    assert [r["id"] for r in response.json()["items"]] == [anna.pk]


def test_search_never_finds_a_resident_of_another_municipality(world, register_resident, token_client):
    register_resident(first_names="Anna", last_name="Jansen", bsn=VALID_BSN)
    register_resident(
        first_names="Anna",
        last_name="Jansen",
        bsn=OTHER_VALID_BSN,
        postcode="1721CD",
        actor=world.other_generalist,
    )
    client = token_client(world.front_office)

    by_name = post(client, "/residents/search", {"name": "Jansen"}).json()
    by_bsn = post(client, "/residents/search", {"bsn": OTHER_VALID_BSN}).json()
    by_address = post(client, "/residents/search", {"postcode": "1721CD"}).json()

    assert [r["bsn"] for r in by_name["items"]] == [VALID_BSN]
    assert by_bsn == {"items": [], "count": 0, "truncated": False}
    assert by_address["items"] == []


def test_a_generalist_does_not_find_residents_outside_the_districts_of_their_team(
    world, register_resident, token_client
):
    register_resident(last_name="Zuidema", postcode="1702CD")

    response = post(token_client(world.generalist), "/residents/search", {"name": "Zuidema"})

    assert response.json()["items"] == []


def test_search_says_when_there_are_more_results_than_it_shows(
    world, register_resident, token_client, monkeypatch
):
    for _ in range(3):
        register_resident(last_name="Bakker")
    monkeypatch.setattr(selectors, "SEARCH_RESULT_LIMIT", 2)

    body = post(token_client(world.front_office), "/residents/search", {"name": "Bakker"}).json()

    assert body["count"] == 2
    assert body["truncated"] is True


def test_search_without_any_criterion_is_400(world, token_client):
    response = post(token_client(world.front_office), "/residents/search", {"name": "  "})

    assert response.status_code == 400
    body = response.json()
    assert "minstens één zoekgegeven" in body["detail"]
    assert "__all__" in body["errors"]


@pytest.mark.parametrize(
    ("criteria", "field", "message"),
    [
        ({"bsn": "123456789"}, "bsn", "geen geldig BSN"),
        ({"postcode": "17O1AB"}, "postcode", "geen geldige postcode"),
        ({"house_number": 7}, "postcode", "ook de postcode"),
    ],
)
def test_search_with_an_invalid_criterion_is_400_with_a_field_error(
    world, token_client, criteria, field, message
):
    response = post(token_client(world.front_office), "/residents/search", criteria)

    assert response.status_code == 400
    assert message in response.json()["errors"][field][0]


def test_search_with_an_unreadable_date_is_400_with_a_field_error(world, token_client):
    response = post(token_client(world.front_office), "/residents/search", {"birth_date": "31-02-1980"})

    assert response.status_code == 400
    body = response.json()
    assert "Vul een bestaande datum in" in body["detail"]
    assert list(body["errors"]) == ["birth_date"]


def test_a_role_without_resident_work_may_not_search(world, token_client):
    response = post(token_client(world.policy), "/residents/search", {"name": "Jansen"})

    assert response.status_code == 403
    assert response.json()["detail"]


# --- one resident ------------------------------------------------------------------------------


def test_resident_detail(world, register_resident, token_client):
    anna = register_resident(
        first_names="Anna", name_prefix="van", last_name="Dijk", phone="0612345678", preferred_language="ar"
    )

    response = token_client(world.generalist).get(f"{API}/residents/{anna.pk}")

    assert response.status_code == 200
    body = response.json()
    assert body["full_name"] == "Anna van Dijk"
    assert body["birth_date"] == "1980-05-17"
    assert body["phone"] == "0612345678"
    assert body["preferred_language"] == "ar"
    assert body["bsn"] is None
    assert body["household"]["position"] == "adult"


def test_a_resident_of_another_municipality_is_not_found_like_a_missing_one(
    world, register_resident, token_client
):
    other = register_resident(postcode="1721CD", actor=world.other_generalist)
    client = token_client(world.generalist)

    hidden = client.get(f"{API}/residents/{other.pk}")
    missing = client.get(f"{API}/residents/999999")

    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == missing.json() == {"detail": "Niet gevonden."}


# --- registering a resident --------------------------------------------------------------------

NEW_RESIDENT = {
    "first_names": "Fatima",
    "last_name": "El Amrani",
    "birth_date": "1975-03-02",
    "bsn": "1112 22 333",
    "phone": "06 1234 5678",
    "email": "fatima@example.org",
    "preferred_language": "ar",
    "interpreter_needed": True,
    "postcode": "1701 ab",
    "house_number": 12,
    "house_letter": "a",
    "street": "Middenweg",
    "city": "Heerhugowaard",
    "position": "adult",
}


def test_registering_a_resident_creates_them_in_a_new_household(world, token_client):
    response = post(token_client(world.front_office), "/residents", NEW_RESIDENT)

    assert response.status_code == 201, response.content
    body = response.json()
    resident = Resident.objects.get(pk=body["id"])
    assert body["full_name"] == "Fatima El Amrani"
    assert body["bsn"] == VALID_BSN
    assert body["interpreter_needed"] is True
    assert body["municipality"]["cbs_code"] == "GM0398"
    assert body["household"]["address"]["postcode"] == "1701AB"
    assert body["household"]["address"]["house_letter"] == "A"
    assert body["household"]["address"]["label"] == "Middenweg 12A, 1701 AB Heerhugowaard"
    assert body["household"]["since"] == datetime.date.today().isoformat()
    assert household_of(resident).municipality == world.municipality

    # The generalist of the team serving that district can now find the new resident.
    assert token_client(world.generalist).get(f"{API}/residents/{resident.pk}").status_code == 200


def test_registering_into_an_existing_household_uses_its_address(world, register_resident, token_client):
    anna = register_resident(house_number=30)
    household = household_of(anna)

    child = {
        "first_names": "Noor",
        "last_name": "Jansen",
        "birth_date": "2015-09-01",
        "position": "child",
        "household_id": household.pk,
    }
    response = post(token_client(world.generalist), "/residents", child)

    assert response.status_code == 201, response.content
    assert response.json()["household"]["id"] == household.pk
    assert household.memberships.filter(position=HouseholdMembership.Position.CHILD).count() == 1
    assert Household.objects.count() == 1


def _invalid(**changes) -> dict:
    return {**NEW_RESIDENT, **changes}


BAD_INPUT = {
    "invalid BSN": (_invalid(bsn="123456789"), "bsn", "geen geldig BSN"),
    "invalid postcode": (_invalid(postcode="1701 A"), "postcode", "geen geldige postcode"),
    "future birth date": (
        _invalid(birth_date=(datetime.date.today() + datetime.timedelta(days=1)).isoformat()),
        "birth_date",
        "in de toekomst",
    ),
    "address outside every neighbourhood": (_invalid(postcode="9999ZZ"), "postcode", "niet in een buurt"),
    "address in a municipality I do not work for": (
        _invalid(postcode="1721CD"),
        "postcode",
        "gemeente waarvoor u niet werkt",
    ),
    "missing house number": (_invalid(house_number=None), "house_number", "huisnummer"),
    "empty last name": (_invalid(last_name=" "), "last_name", ""),
    "invalid email": (_invalid(email="geen-adres"), "email", ""),
}


@pytest.mark.parametrize(("body", "field", "message"), BAD_INPUT.values(), ids=BAD_INPUT.keys())
def test_bad_input_is_400_with_a_field_error_and_creates_nothing(world, token_client, body, field, message):
    response = post(token_client(world.front_office), "/residents", body)

    assert response.status_code == 400, response.content
    errors = response.json()["errors"]
    assert field in errors
    assert message in errors[field][0]
    assert not Resident.objects.exists()
    assert not Household.objects.exists()
    assert not Address.objects.exists()


def test_a_duplicate_bsn_is_400_and_points_to_the_existing_resident(world, register_resident, token_client):
    register_resident(bsn=VALID_BSN)

    response = post(token_client(world.front_office), "/residents", NEW_RESIDENT)

    assert response.status_code == 400
    assert "al een inwoner met dit BSN" in response.json()["errors"]["bsn"][0]
    assert Resident.objects.count() == 1


def test_the_duplicate_bsn_check_does_not_depend_on_scope_but_reveals_nothing_else(
    world, register_resident, token_client
):
    register_resident(bsn=VALID_BSN, postcode="1721CD", actor=world.other_generalist)

    response = post(token_client(world.front_office), "/residents", NEW_RESIDENT)

    assert response.status_code == 400
    assert "Gemeente B" not in response.content.decode()


def test_registering_into_a_household_i_cannot_see_is_400(world, register_resident, token_client):
    other = register_resident(postcode="1721CD", actor=world.other_generalist)
    body = {**NEW_RESIDENT, "bsn": None, "household_id": household_of(other).pk}

    response = post(token_client(world.front_office), "/residents", body)

    assert response.status_code == 400
    assert "household_id" in response.json()["errors"]
    assert Resident.objects.count() == 1


def test_a_body_that_does_not_fit_the_schema_is_rejected_with_field_errors(world, token_client):
    body = {**NEW_RESIDENT, "birth_date": "2 maart 1975", "preferred_language": "klingon"}
    del body["first_names"]

    response = post(token_client(world.front_office), "/residents", body)

    assert response.status_code == 422
    body = response.json()
    assert body["detail"]
    assert set(body["errors"]) == {"first_names", "birth_date", "preferred_language"}
    assert body["errors"]["first_names"] == ["Dit veld is verplicht."]
    assert not Resident.objects.exists()


def test_a_role_without_resident_work_may_not_register(world, token_client):
    response = post(token_client(world.policy), "/residents", NEW_RESIDENT)

    assert response.status_code == 403
    assert not Resident.objects.exists()


# --- households --------------------------------------------------------------------------------


def test_household_detail_shows_address_area_teams_and_current_members(
    world, register_resident, token_client
):
    anna = register_resident(first_names="Anna", house_number=40, street="Dorpsstraat", city="Heerhugowaard")
    household = household_of(anna)
    register_resident(
        first_names="Noor",
        birth_date=datetime.date(2015, 9, 1),
        household=household,
        position=HouseholdMembership.Position.CHILD,
    )

    response = token_client(world.generalist).get(f"{API}/households/{household.pk}")

    assert response.status_code == 200
    body = response.json()
    assert body["address"]["label"] == "Dorpsstraat 40, 1701 AB Heerhugowaard"
    assert body["neighbourhood"]["cbs_code"] == "BU03980101"
    assert body["district"]["cbs_code"] == "WK039801"
    assert body["municipality"]["name"] == "Gemeente A"
    assert [team["name"] for team in body["teams"]] == ["Team Noord"]
    members = {member["resident"]["full_name"]: member for member in body["members"]}
    assert set(members) == {"Anna Jansen", "Noor Jansen"}
    assert members["Noor Jansen"]["position"] == "child"
    assert members["Anna Jansen"]["since"] == datetime.date.today().isoformat()


def test_a_household_of_another_municipality_is_not_found_like_a_missing_one(
    world, register_resident, token_client
):
    other = register_resident(postcode="1721CD", actor=world.other_generalist)
    client = token_client(world.front_office)

    hidden = client.get(f"{API}/households/{household_of(other).pk}")
    missing = client.get(f"{API}/households/999999")

    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == missing.json() == {"detail": "Niet gevonden."}


def test_adding_a_resident_who_lives_in_another_household_is_400(world, register_resident, token_client):
    anna = register_resident(first_names="Anna", house_number=50)
    bert_household = household_of(register_resident(first_names="Bert", house_number=51))

    response = post(
        token_client(world.front_office),
        f"/households/{bert_household.pk}/members",
        {"resident_id": anna.pk, "position": "adult"},
    )

    assert response.status_code == 400
    assert "ander huishouden" in response.json()["errors"]["resident_id"][0]
    assert anna.household_memberships.count() == 1


def test_a_resident_who_moved_out_joins_another_household(world, register_resident, token_client):
    anna = register_resident(first_names="Anna", house_number=52)
    bert_household = household_of(register_resident(first_names="Bert", house_number=53))
    old = anna.household_memberships.get()
    old.ends_on = datetime.date.today()
    old.save()

    response = post(
        token_client(world.front_office),
        f"/households/{bert_household.pk}/members",
        {"resident_id": anna.pk, "position": "adult"},
    )

    assert response.status_code == 201, response.json()
    assert household_of(anna) == bert_household


def test_a_body_that_is_not_json_is_400_in_dutch(world, token_client):
    response = token_client(world.front_office).post(
        f"{API}/residents", "voornaam=Fatima", content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json() == {"detail": "De body is geen geldige JSON."}


def test_several_errors_are_all_reported_per_field(world, token_client):
    body = {key: value for key, value in NEW_RESIDENT.items() if key not in {"postcode", "house_number"}}

    response = post(token_client(world.front_office), "/residents", body)

    assert response.status_code == 400
    assert response.json() == {
        "detail": "De invoer bevat 2 fouten; zie de meldingen per veld.",
        "errors": {"postcode": ["Vul de postcode in."], "house_number": ["Vul het huisnummer in."]},
    }


def test_text_with_a_nul_character_is_refused_before_it_reaches_the_database(world, token_client):
    response = post(
        token_client(world.front_office), "/residents", {**NEW_RESIDENT, "first_names": "Fa\x00tima"}
    )

    assert response.status_code == 422
    assert "NUL" in response.json()["errors"]["first_names"][0]
    assert not Resident.objects.exists()
