"""Requests (meldingen) through the API: routing, idempotency, bad input as 400s, need-to-know."""

import datetime
import json

import pytest
from django.test import Client
from django.utils import timezone

from plein.areas.models import Role
from plein.areas.services import membership_add
from plein.intake.models import Request
from plein.intake.services import request_register
from tests import factories
from tests.api.conftest import API


def post(client, body: dict, **headers):
    return client.post(f"{API}/requests", json.dumps(body), content_type="application/json", headers=headers)


def signal(**fields) -> dict:
    body = {
        "channel": "professional_signal",
        "source": "professional",
        "question": "Het gezin lijkt de huur niet meer te kunnen betalen.",
        "postcode": "1701 ab",
        "house_number": 12,
        "life_domains": ["finances", "housing"],
        "resident_knows": True,
        "reporter_name": "J. de Boer",
        "reporter_phone": "072 123 4567",
    }
    body.update(fields)
    return body


@pytest.fixture
def partner(world):
    """A network partner (say, the housing association's neighbourhood consultant) in municipality A."""
    user = factories.ProfessionalFactory(username="partner")
    membership_add(
        professional=user,
        role=Role.NETWORK_PARTNER,
        municipality=world.municipality,
        organisation=world.organisation,
        starts_on=datetime.date(2020, 1, 1),
    )
    return user


def registered(actor, postcode="1701AB", house_number=5, **fields) -> Request:
    values = {"channel": "phone", "source": "resident", "question": "Ik heb hulp nodig bij de post."}
    values.update(fields)
    return request_register(actor=actor, postcode=postcode, house_number=house_number, **values)


# --- create ------------------------------------------------------------------------------------


def test_a_partners_signal_lands_with_the_team_that_serves_the_address(world, partner, token_client):
    response = post(token_client(partner), signal())

    assert response.status_code == 201
    body = response.json()
    assert body["team"] == {"id": world.team.pk, "name": "Team Noord"}
    assert body["municipality"] == {"id": world.municipality.pk, "name": "Gemeente A", "cbs_code": "GM0398"}
    assert body["status"] == "new"
    assert body["outcome"] is None
    assert body["channel"] == "professional_signal"
    assert sorted(body["life_domains"]) == ["finances", "housing"]
    assert body["reference"].startswith("V-")
    assert body["wmo_term"] is None
    assert body["contact_preference"] == "none"
    # The response minimises personal data: no question, no contact details.
    assert "question" not in body
    assert "reporter_name" not in body
    created = Request.objects.get(pk=body["id"])
    assert created.created_by == partner
    assert created.source_organisation == world.organisation
    assert created.resident_knows is True
    assert created.reporter_name == "J. de Boer"


def test_a_wmo_melding_starts_the_six_week_term(world, token_client):
    response = post(
        token_client(world.front_office),
        signal(channel="phone", source="resident", is_wmo_melding=True, contact_phone="06 1234 5678"),
    )

    assert response.status_code == 201
    body = response.json()
    assert body["is_wmo_melding"] is True
    assert body["wmo_term"]["days_left"] == 42
    assert body["wmo_term"]["label"] == "nog 42 dagen"
    assert body["wmo_term"]["due_on"] == (timezone.localdate() + datetime.timedelta(weeks=6)).isoformat()
    assert body["contact_preference"] == "phone"
    # Not a professional signal: the caller's organisation is not the source.
    assert Request.objects.get(pk=body["id"]).source_organisation is None


def test_a_retried_call_with_the_same_idempotency_key_creates_one_request(world, partner, token_client):
    client = token_client(partner)

    first = post(client, signal(), **{"Idempotency-Key": "9b2e-0001"})
    again = post(client, signal(), **{"Idempotency-Key": "9b2e-0001"})

    assert first.status_code == 201
    assert again.status_code == 200
    assert again.json() == first.json()
    assert Request.objects.count() == 1


def test_idempotency_keys_are_per_user(world, partner, token_client):
    first = post(token_client(partner), signal(), **{"Idempotency-Key": "1"})
    other = post(token_client(world.front_office), signal(channel="phone"), **{"Idempotency-Key": "1"})

    # Another client choosing the same key gets its own request, and never sees the partner's.
    assert first.status_code == other.status_code == 201
    assert other.json()["id"] != first.json()["id"]
    assert Request.objects.count() == 2


def test_without_a_key_every_call_creates_a_request(world, partner, token_client):
    client = token_client(partner)

    post(client, signal())
    post(client, signal())

    assert Request.objects.count() == 2


def test_a_question_is_stored_exactly_as_typed(world, partner, token_client):
    question = "Mevrouw Çelik (83) valt vaak 😟 — kan er iemand langs? <script>alert(1)</script>\nDank!"

    response = post(token_client(partner), signal(question=question))

    assert response.status_code == 201
    assert Request.objects.get(pk=response.json()["id"]).question == question
    detail = token_client(partner).get(f"{API}/requests/{response.json()['id']}")
    assert detail.json()["question"] == question


def test_an_address_outside_every_municipality_goes_to_the_central_queue(world, partner, token_client):
    response = post(token_client(partner), signal(postcode="9999ZZ", house_number=1))

    assert response.status_code == 201
    assert response.json()["team"] is None
    assert response.json()["municipality"] is None


def test_a_known_resident_in_my_scope(world, register_resident, token_client):
    anna = register_resident(house_number=7)

    response = post(
        token_client(world.front_office), signal(resident_id=anna.pk, postcode="", house_number=None)
    )

    assert response.status_code == 201
    assert response.json()["team"]["name"] == "Team Noord"
    assert Request.objects.get().resident == anna


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"postcode": "17O1AB"}, "postcode"),
        ({"question": "   "}, "question"),
        ({"life_domains": ["finances", "astrology"]}, "life_domains"),
        ({"contact_email": "geen e-mail"}, "contact_email"),
    ],
)
def test_bad_input_is_a_400_per_field(world, partner, token_client, fields, field):
    response = post(token_client(partner), signal(**fields))

    assert response.status_code == 400
    assert list(response.json()["errors"]) == [field]
    assert Request.objects.count() == 0


def test_an_unknown_life_domain_is_named(world, partner, token_client):
    response = post(token_client(partner), signal(life_domains=["astrology"]))

    assert response.json()["errors"] == {"life_domains": ["Onbekend leefgebied: astrology."]}


def test_a_resident_outside_my_scope_is_a_field_error(world, register_resident, token_client):
    outsider = register_resident(postcode="1721CD", actor=world.other_generalist)

    response = post(token_client(world.front_office), signal(resident_id=outsider.pk))

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["resident_id"]


def test_a_question_longer_than_5000_characters_does_not_fit_the_schema(world, partner, token_client):
    response = post(token_client(partner), signal(question="x" * 5001))

    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["question"]


def test_a_professional_without_a_scope_may_not_create(world, token_client):
    nobody = factories.ProfessionalFactory(username="zonder")

    response = post(token_client(nobody), signal())

    assert response.status_code == 403
    assert Request.objects.count() == 0


def test_creating_needs_a_login(world):
    response = post(Client(), signal())

    assert response.status_code == 401


# --- list and detail ---------------------------------------------------------------------------


def test_the_team_sees_its_requests_newest_first_without_the_question(world, token_client):
    older = registered(world.front_office, received_at=datetime.datetime(2024, 5, 1, 9, tzinfo=datetime.UTC))
    newer = registered(world.front_office)
    registered(world.other_generalist, postcode="1721CD")

    response = token_client(world.generalist).get(f"{API}/requests")

    assert response.status_code == 200
    body = response.json()
    assert [item["id"] for item in body["items"]] == [newer.pk, older.pk]
    assert body["count"] == 2
    for item in body["items"]:
        assert "question" not in item
        assert "contact_phone" not in item


def test_another_municipalitys_team_does_not_see_them(world, token_client):
    mine = registered(world.front_office)

    client = token_client(world.other_generalist)

    assert client.get(f"{API}/requests").json()["items"] == []
    assert client.get(f"{API}/requests/{mine.pk}").status_code == 404


def test_policy_sees_an_empty_list(world, token_client):
    registered(world.front_office)

    response = token_client(world.policy).get(f"{API}/requests")

    assert response.status_code == 200
    assert response.json() == {"items": [], "count": 0}


def test_a_partner_sees_only_what_they_sent_in(world, partner, token_client):
    registered(world.front_office)
    client = token_client(partner)
    own = post(client, signal()).json()

    listed = client.get(f"{API}/requests").json()

    assert [item["id"] for item in listed["items"]] == [own["id"]]
    # The generalist of Team Noord sees the partner's signal in their own list.
    assert own["id"] in [
        item["id"] for item in token_client(world.generalist).get(f"{API}/requests").json()["items"]
    ]


def test_the_list_filters_by_status_team_and_channel(world, token_client):
    phone = registered(world.front_office)
    desk = registered(world.front_office, channel="desk")
    central = registered(world.front_office, postcode="9999ZZ")
    client = token_client(world.front_office)

    def ids(query: str) -> set[int]:
        return {item["id"] for item in client.get(f"{API}/requests?{query}").json()["items"]}

    assert ids("") == {phone.pk, desk.pk, central.pk}
    assert ids("channel=desk") == {desk.pk}
    assert ids(f"team_id={world.team.pk}") == {phone.pk, desk.pk}
    assert ids("status=new") == {phone.pk, desk.pk, central.pk}
    assert ids("status=closed") == set()


def test_the_list_is_paginated(world, token_client):
    for _ in range(3):
        registered(world.front_office)

    body = token_client(world.generalist).get(f"{API}/requests?limit=2&offset=2").json()

    assert body["count"] == 3
    assert len(body["items"]) == 1


def test_detail_shows_the_question_and_life_domains(world, partner, token_client):
    created = post(token_client(partner), signal(minors_involved=True)).json()

    response = token_client(world.generalist).get(f"{API}/requests/{created['id']}")

    assert response.status_code == 200
    body = response.json()
    assert body["question"] == "Het gezin lijkt de huur niet meer te kunnen betalen."
    assert sorted(body["life_domains"]) == ["finances", "housing"]
    assert body["minors_involved"] is True
    assert "reporter_phone" not in body


def test_detail_is_the_same_404_for_missing_and_invisible(world, partner, token_client):
    not_theirs = registered(world.front_office)
    client = token_client(partner)

    invisible = client.get(f"{API}/requests/{not_theirs.pk}")
    missing = client.get(f"{API}/requests/999999")

    assert invisible.status_code == missing.status_code == 404
    assert invisible.json() == missing.json()


def test_the_openapi_document_lists_the_request_endpoints(db):
    document = Client().get(f"{API}/openapi.json").json()

    assert set(document["paths"][f"{API}/requests"]) == {"get", "post"}
    assert set(document["paths"][f"{API}/requests/{{request_id}}"]) == {"get"}
    post_operation = document["paths"][f"{API}/requests"]["post"]
    assert post_operation["tags"] == ["Meldingen"]
    assert {"in": "header", "name": "Idempotency-Key"}.items() <= post_operation["parameters"][0].items()
