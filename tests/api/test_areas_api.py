"""Municipalities, teams and postcode routing through the API."""

import datetime

import pytest

from plein.areas.models import Role, Team
from plein.areas.services import membership_add
from tests import factories
from tests.api.conftest import API


def test_municipalities_lists_only_mine_with_districts_and_neighbourhoods(world, token_client):
    response = token_client(world.generalist).get(f"{API}/municipalities")

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    [municipality] = body["items"]
    assert municipality["name"] == "Gemeente A"
    assert municipality["cbs_code"] == "GM0398"
    districts = {district["cbs_code"]: district for district in municipality["districts"]}
    assert set(districts) == {"WK039801", "WK039802"}
    assert [n["cbs_code"] for n in districts["WK039801"]["neighbourhoods"]] == ["BU03980101"]
    assert "GM0416" not in response.content.decode()


def test_a_professional_in_two_municipalities_sees_both(world, token_client):
    membership_add(
        professional=world.policy,
        role=Role.POLICY,
        organisation=world.organisation,
        municipality=world.other_municipality,
        starts_on=datetime.date(2020, 1, 1),
    )

    response = token_client(world.policy).get(f"{API}/municipalities")

    assert [m["cbs_code"] for m in response.json()["items"]] == ["GM0398", "GM0416"]


def test_teams_lists_only_the_teams_of_my_municipalities(world, token_client):
    response = token_client(world.generalist).get(f"{API}/teams")

    assert response.status_code == 200
    teams = {team["name"]: team for team in response.json()["items"]}
    assert set(teams) == {"Team Noord", "Team Zuid"}
    noord = teams["Team Noord"]
    assert noord["kind"] == Team.Kind.NEIGHBOURHOOD
    assert noord["kind_label"] == "Sociaal wijkteam"
    assert noord["municipality"]["name"] == "Gemeente A"
    assert [d["cbs_code"] for d in noord["districts"]] == ["WK039801"]


def test_teams_are_paged(world, token_client):
    response = token_client(world.generalist).get(f"{API}/teams?limit=1&offset=1")

    body = response.json()
    assert body["count"] == 2
    assert [team["name"] for team in body["items"]] == ["Team Zuid"]


def test_team_detail_shows_contact_details_and_members(world, token_client):
    Team.objects.filter(pk=world.team.pk).update(
        phone="072 123 45 67", email="noord@example.org", walk_in_hours="di 9–11 uur"
    )

    response = token_client(world.front_office).get(f"{API}/teams/{world.team.pk}")

    assert response.status_code == 200
    team = response.json()
    assert team["phone"] == "072 123 45 67"
    assert team["email"] == "noord@example.org"
    assert team["walk_in_hours"] == "di 9–11 uur"
    [member] = team["members"]
    assert member == {
        "name": str(world.generalist),
        "role": "generalist",
        "role_label": "Generalist sociaal team",
        "organisation": "Welzijn BV",
        "hours_per_week": 32.0,
    }


def test_a_team_of_another_municipality_is_not_found_like_a_missing_one(world, token_client):
    client = token_client(world.generalist)

    other = client.get(f"{API}/teams/{world.other_team.pk}")
    missing = client.get(f"{API}/teams/999999")

    assert other.status_code == missing.status_code == 404
    assert other.json() == missing.json() == {"detail": "Niet gevonden."}


@pytest.mark.parametrize("postcode", ["1701AB", "1701 ab", " 1701ab "])
def test_routing_finds_neighbourhood_district_municipality_and_teams(world, token_client, postcode):
    extra = factories.TeamFactory(
        municipality=world.municipality, name="Jeugdteam", kind=Team.Kind.YOUTH_AND_FAMILY
    )
    extra.districts.add(world.district)

    response = token_client(world.front_office).get(
        f"{API}/routing", {"postcode": postcode, "house_number": 12}
    )

    assert response.status_code == 200
    body = response.json()
    assert body["postcode"] == "1701AB"
    assert body["house_number"] == 12
    assert body["neighbourhood"]["cbs_code"] == "BU03980101"
    assert body["district"]["cbs_code"] == "WK039801"
    assert body["municipality"] == {"id": world.municipality.pk, "name": "Gemeente A", "cbs_code": "GM0398"}
    # Neighbourhood teams first: that is where the front office refers a caller.
    assert [team["name"] for team in body["teams"]] == ["Team Noord", "Jeugdteam"]


def test_routing_an_address_outside_every_neighbourhood_is_404_with_an_explanation(world, token_client):
    client = token_client(world.front_office)

    unknown_postcode = client.get(f"{API}/routing", {"postcode": "9999ZZ", "house_number": 1})
    number_out_of_range = client.get(f"{API}/routing", {"postcode": "1701AB", "house_number": 500})

    for response in (unknown_postcode, number_out_of_range):
        assert response.status_code == 404
        assert "niet in een buurt die Plein kent" in response.json()["detail"]


@pytest.mark.parametrize("postcode", ["0123AB", "1701", "ABCDEF", "1701SA", ""])
def test_routing_an_invalid_postcode_is_400_with_a_field_error(world, token_client, postcode):
    response = token_client(world.front_office).get(
        f"{API}/routing", {"postcode": postcode, "house_number": 1}
    )

    assert response.status_code == 400
    body = response.json()
    assert "geen geldige postcode" in body["detail"]
    assert body["errors"]["postcode"] == [body["detail"]]


def test_routing_without_a_house_number_is_rejected_as_json(world, token_client):
    response = token_client(world.front_office).get(f"{API}/routing", {"postcode": "1701AB"})

    assert response.status_code == 422
    body = response.json()
    assert body["errors"] == {"house_number": ["Dit veld is verplicht."]}
    assert body["detail"] == "Dit veld is verplicht."


def test_an_offset_beyond_what_the_database_can_take_is_422_not_500(world, token_client):
    response = token_client(world.generalist).get(f"{API}/teams", {"offset": 2**63})

    assert response.status_code == 422
    assert "offset" in response.json()["errors"]
