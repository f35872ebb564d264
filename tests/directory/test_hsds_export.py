"""HSDS 3.0 export: every object validates against the standard's JSON schemas and carries our data."""

import hashlib
import json

import pytest

from plein.directory import hsds
from plein.directory.hsds import export_hsds, schema_errors
from tests.directory.hsds_data import build_social_map


@pytest.fixture
def social_map(world):
    return build_social_map(world)


def by_name(records):
    return {record["name"]: record for record in records}


def test_the_shipped_schemas_are_the_standards_own_files():
    """Checksums taken from the specification's files when they were copied into the package."""
    expected = {}
    for line in (hsds.SCHEMA_DIR / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split(maxsplit=1)
        expected[name.removeprefix("./")] = digest
    shipped = {
        str(path.relative_to(hsds.SCHEMA_DIR)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in hsds.SCHEMA_DIR.rglob("*.json")
    }
    assert shipped == expected
    assert (hsds.SCHEMA_DIR / "LICENSE").is_file()


def test_the_validator_follows_refs_between_the_schema_files_and_checks_formats():
    service = {"id": "0b7e4f5e-4c2c-4a53-9b61-2f1b7f0e9c11", "name": "Maaltijdservice", "status": "active"}
    assert schema_errors("service.json", service) == []

    assert schema_errors("service.json", {**service, "status": "open"}) == [
        "'status' moet een van deze waarden zijn: active, inactive, defunct, temporarily closed"
    ]
    # phone.json is only reached through a $ref: a phone without a number breaks the service.
    assert schema_errors("service.json", {**service, "phones": [{"id": service["id"]}]}) == [
        "verplicht veld ontbreekt: 'phones[0].number'"
    ]
    assert schema_errors("service.json", {**service, "id": "12"}) == ["'id' is geen geldig(e) UUID"]
    assert schema_errors("service.json", {**service, "url": "www.example.nl"}) == [
        "'url' is geen geldig(e) URL"
    ]
    assert schema_errors("service.json", {**service, "last_modified": "gisteren"}) == [
        "'last_modified' is geen geldig(e) datum en tijd (ISO 8601)"
    ]
    assert schema_errors("organization.json", {"id": service["id"], "name": "Org"}) == [
        "verplicht veld ontbreekt: 'description'"
    ]


def test_every_exported_object_validates_against_the_hsds_schemas(social_map, world):
    exported = export_hsds(municipality=world.municipality)

    assert exported["organizations"] and exported["services"]
    organisations = {record["id"]: record for record in exported["organizations"]}
    for record in exported["organizations"]:
        assert schema_errors("organization.json", record, limit=50) == [], record["name"]
        assert schema_errors("compiled/organization_list.json", record, limit=50) == [], record["name"]
    for record in exported["services"]:
        assert schema_errors("service.json", record, limit=50) == [], record["name"]
        assert schema_errors("compiled/service_list.json", record, limit=50) == [], record["name"]
        # The compiled, self-contained schema of a fully nested service (the API's detail).
        nested = {**record, "organization": organisations[record["organization_id"]]}
        assert schema_errors("compiled/service_with_definitions.json", nested, limit=50) == [], record["name"]
    # A file is written as JSON: nothing in it needs a custom encoder.
    json.dumps(exported)


def test_the_export_holds_the_active_services_of_the_municipality_and_their_organisations(social_map, world):
    exported = export_hsds(municipality=world.municipality)

    assert set(by_name(exported["services"])) == {"Boodschappendienst", "Koffieochtend", "Formulierenhulp"}
    assert set(by_name(exported["organizations"])) == {"Stichting Welzijn Dichtbij", "Buurtkamer De Kern"}
    assert {record["status"] for record in exported["services"]} == {"active"}
    # The same data exports the same ids: derived ids are stable.
    assert export_hsds(municipality=world.municipality) == exported


def test_the_export_maps_every_field_of_a_service(social_map, world):
    service = by_name(export_hsds(municipality=world.municipality)["services"])["Boodschappendienst"]
    full = social_map.full

    assert service["id"] == str(full.hsds_id)
    assert service["organization_id"] == str(social_map.organisation.hsds_id)
    assert service["description"] == full.description
    assert service["url"] == full.website
    assert service["email"] == full.email
    assert service["fees_description"] == "€ 2,50 per keer"
    assert "cost_options" not in service  # the cost is text; only "free" is certain enough for an amount
    assert service["application_process"] == "Bel ons op werkdagen."
    assert service["eligibility_description"] == "Ouderen die alleen wonen (van 65 tot en met 120 jaar)"
    assert (service["minimum_age"], service["maximum_age"]) == (65, 120)
    assert service["assured_date"] == "2024-03-01"
    assert service["last_modified"].endswith("Z")
    assert [phone["number"] for phone in service["phones"]] == ["072 555 0102"]
    assert [(language["name"], language.get("code")) for language in service["languages"]] == [
        ("Nederlands", "nl"),
        ("Engels", "en"),
        ("Fries", "fy"),
    ]
    assert [area["name"] for area in service["service_areas"]] == [
        world.district.name,
        world.municipality.districts.exclude(pk=world.district.pk).get().name,
    ]
    assert "WK039801" in service["service_areas"][0]["description"]
    terms = {
        (attribute["taxonomy_term"]["taxonomy"], attribute["taxonomy_term"]["code"]): attribute.get("value")
        for attribute in service["attributes"]
    }
    assert terms == {
        ("plein-leefgebied", "instrumental_adl"): None,
        ("plein-leefgebied", "social_network"): None,
        ("plein-niveau", "1"): None,
        ("plein-toegang", "verwijzing"): None,
        ("plein-kenmerk", "zoekwoorden"): "boodschappen, supermarkt",
    }
    for attribute in service["attributes"]:
        assert attribute["link_id"] == service["id"]
        assert attribute["taxonomy_term_id"] == attribute["taxonomy_term"]["id"]
        assert attribute["taxonomy_term"]["taxonomy_detail"]["name"] == attribute["taxonomy_term"]["taxonomy"]
    (link,) = service["service_at_locations"]
    location = link["location"]
    assert link["location_id"] == location["id"]
    assert location["accessibility"][0]["description"] == "Rolstoeltoegankelijk"
    assert location["addresses"][0] | {"id": None, "location_id": None} == {
        "id": None,
        "location_id": None,
        "address_1": "Kerkweg 12",
        "city": "Heerhugowaard",
        "state_province": "",
        "postal_code": "1702 CD",
        "country": "NL",
        "address_type": "physical",
    }


def test_the_export_never_names_the_person_who_verified_a_service(social_map, world):
    text = json.dumps(export_hsds(municipality=world.municipality))

    assert world.policy.username not in text
    assert str(world.policy) not in text
    assert "assurer" not in text


def test_a_bare_service_serves_the_whole_municipality_for_free_on_level_0(social_map, world):
    service = by_name(export_hsds(municipality=world.municipality)["services"])["Koffieochtend"]

    assert [area["name"] for area in service["service_areas"]] == [world.municipality.name]
    assert service["fees_description"] == "Gratis"
    assert [(option["amount"], option["currency"]) for option in service["cost_options"]] == [(0, "EUR")]
    assert "service_at_locations" not in service  # neither the service nor its organisation has an address
    assert {attribute["taxonomy_term"]["code"] for attribute in service["attributes"]} == {"0", "vrij"}
    assert not {"description", "url", "email", "phones", "languages", "minimum_age"} & service.keys()


def test_a_service_without_an_address_of_its_own_is_given_at_the_organisations(social_map, world):
    exported = export_hsds(municipality=world.municipality)
    service = by_name(exported["services"])["Formulierenhulp"]
    organisation = by_name(exported["organizations"])["Stichting Welzijn Dichtbij"]

    (link,) = service["service_at_locations"]
    # Its own location, for its accessibility, at the organisation's address.
    assert link["location"]["accessibility"][0]["description"] == "Ringleiding aanwezig"
    assert link["location"]["addresses"][0]["address_1"] == "Stationsplein 1"
    assert organisation["locations"][0]["addresses"][0]["address_1"] == "Stationsplein 1"


def test_the_export_maps_every_field_of_an_organisation(social_map, world):
    organisations = by_name(export_hsds(municipality=world.municipality)["organizations"])
    organisation = organisations["Stichting Welzijn Dichtbij"]

    assert organisation["id"] == str(social_map.organisation.hsds_id)
    assert organisation["description"] == "Welzijnswerk voor alle inwoners."
    assert organisation["email"] == "info@welzijndichtbij.nl"
    assert organisation["website"] == "https://www.welzijndichtbij.nl"
    assert [phone["number"] for phone in organisation["phones"]] == ["072 555 0101"]
    assert [
        (identifier.get("identifier_scheme"), identifier["identifier_type"], identifier["identifier"])
        for identifier in organisation["organization_identifiers"]
    ] == [("NL-KVK", "KvK-nummer", "41234567"), (None, "AGB-code", "12345678")]
    (location,) = organisation["locations"]
    assert location["organization_id"] == organisation["id"]
    assert location["addresses"][0]["postal_code"] == "1701 AB"
    assert [schedule["description"] for schedule in location["schedules"]] == ["ma t/m vr 9.00–17.00 uur"]
    # The schema requires a description, also when we have none.
    assert organisations["Buurtkamer De Kern"] == {
        "id": str(social_map.bare_organisation.hsds_id),
        "name": "Buurtkamer De Kern",
        "description": "",
    }
