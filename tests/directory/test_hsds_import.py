"""HSDS 3.0 import: round trip, idempotence, broken records skipped with a reason, progress, bad files."""

import copy
import io
import json
import uuid

import pytest
from django.core.management import call_command

from plein.areas.models import District
from plein.directory import hsds, search
from plein.directory.hsds import export_hsds, import_hsds
from plein.directory.models import HsdsImport, Service, ServiceSearchEntry
from plein.people.models import Organisation
from tests import factories
from tests.directory.hsds_data import build_social_map

# Model fields a round trip must keep (ids and districts aside: those belong to the municipality).
SERVICE_FIELDS = [
    "name",
    "description",
    "keywords",
    "target_group",
    "min_age",
    "max_age",
    "level",
    "free_access",
    "cost",
    "how_to_apply",
    "phone",
    "email",
    "website",
    "street_address",
    "postcode",
    "city",
    "languages",
    "accessibility",
    "active",
    "last_verified_on",
    "organisation_id",
]


@pytest.fixture
def social_map(world):
    return build_social_map(world)


@pytest.fixture
def index_calls(monkeypatch):
    """Every call of search.index_services, which still does its work."""
    calls = []
    real = search.index_services

    def record(service_ids):
        service_ids = list(service_ids)
        calls.append(service_ids)
        real(service_ids)

    monkeypatch.setattr(search, "index_services", record)
    return calls


def as_row(service):
    row = {name: getattr(service, name) for name in SERVICE_FIELDS}
    row["life_domains"] = sorted(service.life_domains.values_list("code", flat=True))
    return row


def rows(municipality):
    return {service.name: as_row(service) for service in Service.objects.filter(municipality=municipality)}


def counts(run):
    return run.state, run.created_count, run.updated_count, run.unchanged_count, run.skipped


def service_record(name="Maaltijdservice", **fields):
    """A valid HSDS service of a foreign system: no taxonomy of ours, the organisation nested."""
    record = {
        "id": str(uuid.uuid4()),
        "name": name,
        "status": "active",
        "organization": {
            "id": "5b0a0d6e-8f4b-4f59-9e55-1a3c2f6a7b01",
            "name": "Thuiszorg Noord",
            "description": "Zorg aan huis.",
        },
    }
    record.update(fields)
    return record


def test_a_round_trip_into_another_municipality_gives_the_same_services(social_map, world, index_calls):
    exported = json.dumps(export_hsds(municipality=world.municipality))

    run = import_hsds(exported, municipality=world.other_municipality, file_name="hhw.json")

    # Two organisations (known by id: unchanged), three services (new in this municipality).
    assert counts(run) == ("done", 3, 0, 2, [])
    assert (run.total, run.processed) == (5, 5)
    original = {name: row for name, row in rows(world.municipality).items() if name != "Oude dienst"}
    imported = rows(world.other_municipality)
    imported.pop("Klussendienst Langedijk")
    assert imported == original
    copies = Service.objects.filter(municipality=world.other_municipality).exclude(pk=social_map.elsewhere.pk)
    # The districts are Heerhugowaard's: in Langedijk the service serves the whole municipality.
    assert not District.objects.filter(services__in=copies).exists()
    # Ids are unique in the installation: the copies get their own, derived from the file's.
    assert not {service.hsds_id for service in copies} & set(
        Service.objects.filter(municipality=world.municipality).values_list("hsds_id", flat=True)
    )
    assert sorted(index_calls[0]) == sorted(service.pk for service in copies)
    assert ServiceSearchEntry.objects.filter(service__in=copies).count() == 3
    assert world.other_municipality in social_map.organisation.municipalities.all()

    again = import_hsds(exported, municipality=world.other_municipality)

    assert counts(again) == ("done", 0, 0, 5, [])
    assert Service.objects.filter(municipality=world.other_municipality).count() == 4


def test_importing_a_municipalitys_own_export_changes_nothing(social_map, world, index_calls):
    before = rows(world.municipality)

    run = import_hsds(export_hsds(municipality=world.municipality), municipality=world.municipality)

    assert counts(run) == ("done", 0, 0, 5, [])
    assert rows(world.municipality) == before
    assert index_calls == []


def test_an_import_updates_what_changed_in_the_file(social_map, world, index_calls):
    exported = export_hsds(municipality=world.municipality)
    record = next(record for record in exported["services"] if record["name"] == "Koffieochtend")
    record["description"] = "Elke dinsdag koffie in de buurtkamer."
    record["minimum_age"] = 18

    run = import_hsds(exported, municipality=world.municipality)

    assert counts(run) == ("done", 0, 1, 4, [])
    social_map.minimal.refresh_from_db()
    assert social_map.minimal.description == "Elke dinsdag koffie in de buurtkamer."
    assert social_map.minimal.min_age == 18
    assert social_map.minimal.target_group == ""  # our own age text does not end up as the target group
    assert index_calls == [[social_map.minimal.pk]]


def test_a_plain_list_of_foreign_services_imports_without_our_taxonomy(world, index_calls):
    records = [
        service_record(
            description="Warme maaltijden aan huis.",
            fees_description="€ 7,50 per maaltijd",
            eligibility_description="Inwoners die niet zelf kunnen koken",
            languages=[{"id": str(uuid.uuid4()), "code": "tr"}],
            service_areas=[{"id": str(uuid.uuid4()), "name": world.district.name}],
            attributes=[
                {
                    "id": str(uuid.uuid4()),
                    "taxonomy_term": {
                        "id": str(uuid.uuid4()),
                        "name": "Food",
                        "description": "",
                        "code": "BD",
                    },
                }
            ],
        ),
        service_record("Alarmering", status="inactive", assured_date="2024-02-01"),
    ]

    run = import_hsds(json.dumps(records).encode(), municipality=world.municipality)

    assert counts(run) == ("done", 3, 0, 0, [])
    meals = Service.objects.get(name="Maaltijdservice")
    assert meals.organisation.name == "Thuiszorg Noord"
    assert meals.organisation.kind == Organisation.Kind.PARTNER
    assert (meals.level, meals.free_access, list(meals.life_domains.all())) == (0, True, [])
    assert meals.cost == "€ 7,50 per maaltijd"
    assert meals.target_group == "Inwoners die niet zelf kunnen koken"
    assert meals.languages == "Turks"
    assert list(meals.districts.all()) == [world.district]
    alarm = Service.objects.get(name="Alarmering")
    assert (alarm.active, str(alarm.last_verified_on)) == (False, "2024-02-01")
    assert world.municipality in meals.organisation.municipalities.all()


def test_our_taxonomy_is_recognised_by_term_id_alone(world, index_calls):
    terms = [
        hsds.LIFE_DOMAINS.term_id("housing"),
        hsds.LEVELS.term_id("2"),
        hsds.ACCESS.term_id("verwijzing"),
    ]
    record = service_record(
        attributes=[{"id": str(uuid.uuid4()), "taxonomy_term_id": term_id} for term_id in terms]
    )

    import_hsds([record], municipality=world.municipality)

    service = Service.objects.get(name="Maaltijdservice")
    assert (service.level, service.free_access) == (2, False)
    assert list(service.life_domains.values_list("code", flat=True)) == ["housing"]


def test_a_customised_service_that_claims_free_access_is_skipped_with_the_editors_reason(world, index_calls):
    terms = [hsds.LEVELS.term_id("2"), hsds.ACCESS.term_id(hsds.ACCESS_TERMS[True][0])]
    record = service_record(
        "Rolstoel", attributes=[{"id": str(uuid.uuid4()), "taxonomy_term_id": term_id} for term_id in terms]
    )

    run = import_hsds([record], municipality=world.municipality)

    assert not Service.objects.filter(name="Rolstoel").exists()
    [skipped] = run.skipped
    assert skipped["record"] == "service 1 (Rolstoel)"
    assert skipped["reason"].startswith(
        "vrij toegankelijk: Maatwerk (niveau 2) is nooit vrij toegankelijk: er is altijd een beschikking nodig."
    )


def test_an_organisation_with_the_name_of_one_we_know_is_that_organisation(world, index_calls):
    known = factories.OrganisationFactory(name="Thuiszorg Noord", description="Onze eigen beschrijving.")

    run = import_hsds([service_record()], municipality=world.municipality)

    assert counts(run) == ("done", 1, 0, 1, [])
    assert Service.objects.get(name="Maaltijdservice").organisation == known
    known.refresh_from_db()
    assert known.description == "Onze eigen beschrijving."  # kept: it may be another municipality's
    assert Organisation.objects.filter(name="Thuiszorg Noord").count() == 1


def test_broken_records_are_skipped_with_a_reason_and_the_good_ones_import(world, index_calls):
    broken_organisation = {
        "id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
        "name": "Verkeerd Adres",
        "description": "",
        "locations": [
            {
                "id": str(uuid.uuid4()),
                "location_type": "physical",
                "addresses": [
                    {
                        "id": str(uuid.uuid4()),
                        "address_1": "Dorpsstraat 1",
                        "city": "Ergens",
                        "state_province": "",
                        "postal_code": "SW1A 1AA",
                        "country": "GB",
                        "address_type": "physical",
                    }
                ],
            }
        ],
    }
    good = service_record("Goede dienst")
    data = {
        "organizations": [broken_organisation, "geen object"],
        "services": [
            good,
            service_record("Zonder status", status=None),
            service_record(" "),
            service_record("Verkeerde leeftijden", minimum_age=70, maximum_age=12),
            service_record("Te oud", maximum_age=130),
            service_record("Halve leeftijd", minimum_age=12.5),
            service_record("Slecht adres", email="geen-adres@"),
            service_record("Lange naam " + "x" * 300),
            service_record("Zonder organisatie", organization=None),
            {**service_record("Van overgeslagen organisatie"), "organization_id": broken_organisation["id"]},
            service_record("Onbekende organisatie", organization_id=str(uuid.uuid4()), organization=None),
            {**good, "name": "Goede dienst, tweede keer"},
            service_record("Datum", assured_date="1 maart"),
        ],
    }
    for record in data["services"]:
        if record.get("organization") is None:
            record.pop("organization", None)

    run = import_hsds(json.dumps(data), municipality=world.municipality)

    assert run.state == HsdsImport.State.DONE
    assert list(Service.objects.filter(municipality=world.municipality).values_list("name", flat=True)) == [
        "Goede dienst"
    ]
    assert (run.created_count, run.total, run.processed) == (2, 16, 16)
    reasons = {entry["record"]: entry["reason"] for entry in run.skipped}
    long_name = "service 8 (Lange naam " + "x" * 68 + "…)"
    assert reasons == {
        "organization 1 (Verkeerd Adres)": "postcode: Dit is geen geldige postcode. Een postcode heeft vier "
        "cijfers en twee letters, bijvoorbeeld 1701 AB.",
        "organization 2": "Voldoet niet aan HSDS 3.0: het record moet een object zijn.",
        "service 2 (Zonder status)": "Voldoet niet aan HSDS 3.0: 'status' moet tekst zijn; 'status' moet een "
        "van deze waarden zijn: active, inactive, defunct, temporarily closed.",
        "service 3": "naam: Dit veld kan niet leeg zijn.",
        "service 4 (Verkeerde leeftijden)": "'minimum_age' is groter dan 'maximum_age'.",
        "service 5 (Te oud)": "'maximum_age' moet tussen 0 en 120 liggen.",
        "service 6 (Halve leeftijd)": "'minimum_age' moet een heel getal zijn.",
        "service 7 (Slecht adres)": "e-mail: Voer een geldig e-mailadres in.",
        long_name: "naam: Zorg dat deze waarde niet meer dan 200 tekens bevat (het zijn er nu 311).",
        "service 9 (Zonder organisatie)": "De service noemt geen organisatie (organization_id ontbreekt).",
        "service 10 (Van overgeslagen organisatie)": "De organisatie van deze service is overgeslagen; "
        "zie die melding.",
        "service 11 (Onbekende organisatie)": f"De organisatie {data['services'][10]['organization_id']} "
        "staat niet in het bestand en is niet bekend in Plein.",
        "service 12 (Goede dienst, tweede keer)": "Dit id staat al eerder in het bestand; alleen de eerste telt.",
        "service 13 (Datum)": "'assured_date' is geen datum (JJJJ-MM-DD).",
    }
    assert not Organisation.objects.filter(name="Verkeerd Adres").exists()


def test_characters_a_database_cannot_store_are_dropped_and_odd_numbers_refused(world, index_calls):
    records = [
        service_record("Dienst\x00 met NUL", description="Een \ud800 los surrogaat."),
        service_record("Geen getal", minimum_age=float("nan")),
        service_record("Oneindig", maximum_age=float("inf")),
    ]

    run = import_hsds(json.dumps(records), municipality=world.municipality)

    service = Service.objects.get()
    assert (service.name, service.description) == ("Dienst met NUL", "Een ? los surrogaat.")
    assert [entry["reason"] for entry in run.skipped] == [
        "'minimum_age' moet een heel getal zijn.",
        "'maximum_age' moet een heel getal zijn.",
    ]


def test_progress_is_reported_while_the_import_runs(world, index_calls):
    records = [service_record(f"Dienst {number}") for number in range(59)]
    calls = []

    run = import_hsds(
        records, municipality=world.municipality, progress=lambda done, total: calls.append((done, total))
    )

    # 59 services and their one nested organisation.
    assert calls == [(25, 60), (50, 60), (60, 60)]
    assert (run.processed, run.total, run.created_count) == (60, 60, 60)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n", "Het bestand is geen geldige JSON (UTF-8). Kies een HSDS-export in JSON-formaat."),
        ('{"services": [', "Het bestand is geen geldige JSON (UTF-8). Kies een HSDS-export in JSON-formaat."),
        ("[" * 100_000, "Het bestand is geen geldige JSON (UTF-8). Kies een HSDS-export in JSON-formaat."),
        (
            '{"name": "Geen HSDS"}',
            "Het bestand heeft niet de vorm van een HSDS-bestand: verwacht een object met de lijsten "
            "'organizations' en 'services', of een lijst met services.",
        ),
        (
            '{"services": {"id": 1}}',
            "Het bestand heeft niet de vorm van een HSDS-bestand: verwacht een object met de lijsten "
            "'organizations' en 'services', of een lijst met services.",
        ),
    ],
)
def test_a_file_that_cannot_be_read_fails_cleanly(world, content, reason):
    run = import_hsds(content, municipality=world.municipality, file_name="kapot.json")

    assert counts(run) == ("failed", 0, 0, 0, [{"record": "bestand", "reason": reason}])
    assert run.finished_at is not None
    assert not Service.objects.exists()


def test_a_file_that_is_too_big_fails_before_it_is_read(world, monkeypatch):
    monkeypatch.setattr(hsds, "MAX_FILE_BYTES", 1024 * 1024)
    content = json.dumps([service_record(description="x" * 1024 * 1024)])

    run = import_hsds(content, municipality=world.municipality)

    assert run.state == HsdsImport.State.FAILED
    assert run.skipped[0]["reason"].startswith("Het bestand is te groot (1.0 MB); het maximum is 1 MB.")
    assert not Service.objects.exists()


def test_the_commands_export_and_import_a_social_map(social_map, world, tmp_path, index_calls):
    path = tmp_path / "sociale-kaart.json"
    call_command("export_social_map", municipality="GM0398", output=str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(data["services"]) == 3
    broken = copy.deepcopy(data["services"][0])
    broken["id"] = str(uuid.uuid4())
    broken["minimum_age"] = -1
    data["services"].append(broken)
    path.write_text(json.dumps(data), encoding="utf-8")
    stdout, stderr = io.StringIO(), io.StringIO()

    call_command("import_social_map", str(path), municipality="gm0416", stdout=stdout, stderr=stderr)

    summary = stdout.getvalue()
    assert "3 nieuw, 0 bijgewerkt, 2 ongewijzigd, 1 overgeslagen." in summary
    assert f"service 4 ({broken['name']}): '" in summary
    assert "Records" in stderr.getvalue()  # the progress bar
    assert Service.objects.filter(municipality=world.other_municipality).count() == 4


def test_the_export_command_writes_to_stdout(social_map, world):
    stdout = io.StringIO()

    call_command("export_social_map", municipality="GM0398", stdout=stdout)

    assert len(json.loads(stdout.getvalue())["services"]) == 3


def test_the_commands_refuse_an_unknown_municipality_and_a_missing_file(world, tmp_path):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match=r"Er is geen gemeente met CBS-code GM9999\."):
        call_command("export_social_map", municipality="GM9999")
    with pytest.raises(CommandError, match=r"Het bestand .* bestaat niet of is niet te lezen\."):
        call_command("import_social_map", str(tmp_path / "weg.json"), municipality="GM0398")
