"""The public API of the social map: anyone may search and read it, within a rate limit."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from plein.directory import api as directory_api
from plein.directory import search
from plein.directory.hsds import schema_errors
from plein.directory.models import Portal, Service
from tests.api.conftest import API
from tests.directory.hsds_data import build_social_map

SERVICES = f"{API}/social-map/services"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def social_map(world):
    social_map = build_social_map(world)
    search.rebuild_index()
    return social_map


def names(response):
    return [result["name"] for result in response.json()["results"]]


def test_anyone_can_search_the_social_map_without_logging_in(social_map, world):
    response = Client().get(SERVICES, {"q": "hulp bij de boodschappen"})

    assert response.status_code == 200
    body = response.json()
    assert body["municipality"] == {"cbs_code": "GM0398", "name": world.municipality.name}
    assert body["total"] >= 1
    (result,) = [result for result in body["results"] if result["name"] == "Boodschappendienst"]
    full = social_map.full
    assert result == {
        "id": full.pk,
        "hsds_id": str(full.hsds_id),
        "name": "Boodschappendienst",
        "description": full.description,
        "organisation": {"id": social_map.organisation.pk, "name": "Stichting Welzijn Dichtbij"},
        "municipality": {"cbs_code": "GM0398", "name": world.municipality.name},
        "level": 1,
        "level_label": "Niveau 1: ondersteuning dichtbij door het team",
        "free_access": False,
        "life_domains": ["instrumental_adl", "social_network"],
        "districts": [
            {"cbs_code": district.cbs_code, "name": district.name}
            for district in world.municipality.districts.order_by("cbs_code")
        ],
        "target_group": "Ouderen die alleen wonen",
        "min_age": 65,
        "max_age": 120,
        "cost": "€ 2,50 per keer",
        "how_to_apply": "Bel ons op werkdagen.",
        "contact": {"phone": full.phone, "email": full.email, "website": full.website},
        "address": {"street_address": "Kerkweg 12", "postcode": "1702CD", "city": "Heerhugowaard"},
        "languages": ["Nederlands", "Engels", "Fries"],
        "accessibility": "Rolstoeltoegankelijk",
        "last_verified_on": "2024-03-01",
        "url": f"http://testserver{reverse('portal:service', kwargs={'pk': full.pk})}",
    }
    # Who verified it is not public.
    assert world.policy.username not in response.content.decode()


def test_a_typo_is_corrected_and_reported(social_map):
    body = Client().get(SERVICES, {"q": "boodsachppen"}).json()

    assert body["corrections"] == {"boodsachppen": "boodschappen"}
    assert [result["name"] for result in body["results"]] == ["Boodschappendienst"]


def test_without_a_question_every_active_service_is_listed_general_provisions_first(social_map):
    response = Client().get(SERVICES)

    # Level 0 first, then by name; the inactive service and the other municipality's are not there.
    assert names(response) == ["Formulierenhulp", "Koffieochtend", "Boodschappendienst"]
    assert response.json()["total"] == 3


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"life_domain": "finances"}, ["Formulierenhulp"]),
        ({"life_domain": ["finances", "social_network"]}, ["Formulierenhulp", "Boodschappendienst"]),
        ({"district": "WK039802"}, ["Formulierenhulp", "Koffieochtend", "Boodschappendienst"]),
        ({"age": 30}, ["Formulierenhulp", "Koffieochtend"]),
        ({"age": 70}, ["Formulierenhulp", "Koffieochtend", "Boodschappendienst"]),
        ({"free_access": "true"}, ["Formulierenhulp", "Koffieochtend"]),
        ({"limit": 1, "offset": 1}, ["Koffieochtend"]),
    ],
)
def test_the_search_filters(social_map, filters, expected):
    assert names(Client().get(SERVICES, filters)) == expected


def test_a_district_only_service_is_left_out_elsewhere(social_map, world):
    social_map.full.districts.set([world.district])
    search.index_services([social_map.full.pk])

    assert "Boodschappendienst" not in names(Client().get(SERVICES, {"district": "WK039802"}))
    assert "Boodschappendienst" in names(Client().get(SERVICES, {"district": "wk039801"}))


def test_the_municipality_is_the_portals_or_the_one_asked_for(social_map, world):
    assert names(Client().get(SERVICES, {"municipality": "gm0416"})) == ["Klussendienst Langedijk"]

    Portal.objects.create(municipality=world.other_municipality, hostname="")

    response = Client().get(SERVICES)
    assert response.json()["municipality"]["cbs_code"] == "GM0416"
    assert names(response) == ["Klussendienst Langedijk"]


@pytest.mark.parametrize(
    ("params", "status", "detail"),
    [
        ({"municipality": "GM9999"}, 404, "Er is geen gemeente met CBS-code GM9999."),
        ({"life_domain": "astrologie"}, 400, "Onbekend leefgebied: astrologie."),
        ({"district": "WK041601"}, 400, "De wijk WK041601 hoort niet bij Gemeente A."),
        ({"municipality": "Heerhugowaard"}, 422, None),
        ({"age": 200}, 422, None),
        ({"limit": 0}, 422, "Vul een getal van minstens 1 in."),
        ({"q": "geld\x00"}, 422, None),
    ],
)
def test_bad_search_input_gets_a_dutch_answer(social_map, params, status, detail):
    response = Client().get(SERVICES, params)

    assert response.status_code == status
    if detail is not None:
        assert response.json()["detail"] == detail
    else:
        assert response.json()["detail"]


@pytest.mark.parametrize(
    "question",
    [
        "'; DROP TABLE directory_service; --",
        "<script>alert('x')</script> boodschappen",
        '" OR 1=1 -- * NEAR( ) AND',
        "%_\\",
        "x" * 5000,
        "🛒 " * 300,
        "   ",
    ],
)
def test_a_hostile_question_gets_an_answer_not_an_error(social_map, question):
    response = Client().get(SERVICES, {"q": question})

    assert response.status_code == 200
    assert len(response.json()["query"]) <= search.MAX_QUERY_LENGTH


def test_a_service_can_be_read_by_id_while_it_is_active(social_map):
    client = Client()

    response = client.get(f"{SERVICES}/{social_map.full.pk}")
    assert response.status_code == 200
    assert response.json()["name"] == "Boodschappendienst"
    # Any municipality's active service is public.
    assert client.get(f"{SERVICES}/{social_map.elsewhere.pk}").status_code == 200
    for service_id in (social_map.inactive.pk, 999_999, 2**63):
        response = client.get(f"{SERVICES}/{service_id}")
        assert (response.status_code, response.json()) == (404, {"detail": "Niet gevonden."})


def test_an_organisation_can_be_read_while_it_offers_an_active_service(social_map):
    client = Client()

    response = client.get(f"{API}/social-map/organisations/{social_map.organisation.pk}")

    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "Stichting Welzijn Dichtbij"
    assert body["kvk_number"] == "41234567"
    assert body["opening_hours"] == "ma t/m vr 9.00–17.00 uur"
    assert body["address"] == {
        "street_address": "Stationsplein 1",
        "postcode": "1701AB",
        "city": "Heerhugowaard",
    }
    assert [service["name"] for service in body["services"]] == ["Boodschappendienst", "Formulierenhulp"]

    Service.objects.filter(organisation=social_map.bare_organisation).update(active=False)
    response = client.get(f"{API}/social-map/organisations/{social_map.bare_organisation.pk}")
    assert response.status_code == 404


def test_the_public_api_is_rate_limited_with_a_dutch_answer(social_map):
    client = Client()
    limit = directory_api.PUBLIC_API.limit

    statuses = [client.get(f"{SERVICES}/{social_map.full.pk}").status_code for _ in range(limit)]
    assert set(statuses) == {200}

    for path in (SERVICES, f"{API}/hsds/services", f"{API}/hsds/organizations"):
        response = client.get(path)
        assert response.status_code == 429
        assert response.json() == {
            "detail": "Te veel verzoeken achter elkaar. Wacht een minuut en probeer het dan opnieuw."
        }
    # Another client has its own count.
    assert Client(REMOTE_ADDR="192.0.2.7").get(SERVICES).status_code == 200


def test_the_hsds_services_are_pages_of_valid_hsds_objects(social_map, world):
    client = Client()

    first = client.get(f"{API}/hsds/services", {"per_page": 2}).json()
    second = client.get(f"{API}/hsds/services", {"per_page": 2, "page": 2}).json()

    assert {key: value for key, value in first.items() if key != "contents"} == {
        "total_items": 3,
        "total_pages": 2,
        "page_number": 1,
        "size": 2,
        "first_page": True,
        "last_page": False,
        "empty": False,
    }
    assert (second["size"], second["first_page"], second["last_page"]) == (1, False, True)
    contents = first["contents"] + second["contents"]
    assert [record["name"] for record in contents] == [
        "Boodschappendienst",
        "Formulierenhulp",
        "Koffieochtend",
    ]
    for record in contents:
        assert schema_errors("service.json", record, limit=50) == []
        assert schema_errors("compiled/service_list.json", record, limit=50) == []
    found = client.get(f"{API}/hsds/services", {"search": "formulieren invullen"}).json()
    assert found["contents"][0]["name"] == "Formulierenhulp"
    empty = client.get(f"{API}/hsds/services", {"municipality": "GM0416", "page": 5}).json()
    assert (empty["total_items"], empty["size"], empty["empty"], empty["last_page"]) == (1, 0, False, True)


def test_an_hsds_service_is_fully_nested_with_its_organisation(social_map):
    client = Client()

    response = client.get(f"{API}/hsds/services/{social_map.full.hsds_id}")

    assert response.status_code == 200
    record = response.json()
    assert record["id"] == str(social_map.full.hsds_id)
    assert record["organization"]["name"] == "Stichting Welzijn Dichtbij"
    assert schema_errors("compiled/service_with_definitions.json", record, limit=50) == []
    assert client.get(f"{API}/hsds/services/{social_map.inactive.hsds_id}").status_code == 404
    assert client.get(f"{API}/hsds/services/not-a-uuid").status_code == 422


def test_the_hsds_organizations_are_valid_hsds_objects(social_map):
    client = Client()

    page = client.get(f"{API}/hsds/organizations").json()

    assert [record["name"] for record in page["contents"]] == [
        "Buurtkamer De Kern",
        "Stichting Welzijn Dichtbij",
    ]
    for record in page["contents"]:
        assert schema_errors("organization.json", record, limit=50) == []
    record = client.get(f"{API}/hsds/organizations/{social_map.organisation.hsds_id}").json()
    assert schema_errors("organization.json", record, limit=50) == []
    assert record["services"] == [
        {"id": str(social_map.full.hsds_id), "name": "Boodschappendienst"},
        {"id": str(social_map.at_organisation.hsds_id), "name": "Formulierenhulp"},
    ]
    assert client.get(f"{API}/hsds/organizations/{social_map.minimal.hsds_id}").status_code == 404
