"""The default provision catalogue: valid reference data, loaded per municipality, twice without harm."""

import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from plein.decisions import catalogue
from plein.decisions.catalogue import (
    CATALOGUE_FILE,
    PRODUCT_CATEGORIES,
    WMO_PRODUCT_CATEGORIES,
    YOUTH_PRODUCT_CATEGORIES,
    default_catalogue,
    load_default_catalogue,
)
from plein.decisions.models import (
    ChecklistItem,
    DeliveryForm,
    Frequency,
    Law,
    Provision,
    ProvisionResult,
    Unit,
)

pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]


def snapshot(municipality) -> list[tuple]:
    provisions = Provision.objects.filter(municipality=municipality).order_by("name")
    return [
        (
            *Provision.objects.filter(pk=p.pk).values_list().get()[1:],
            tuple(p.results.order_by("order").values_list("name", "order")),
            tuple(p.checklist.order_by("order").values_list("question", "guidance", "order")),
        )
        for p in provisions
    ]


def test_loading_twice_changes_nothing(world):
    created = load_default_catalogue(world.municipality)

    assert created == len(default_catalogue()) >= 20
    before = snapshot(world.municipality)
    counts = (Provision.objects.count(), ProvisionResult.objects.count(), ChecklistItem.objects.count())

    assert load_default_catalogue(world.municipality) == 0
    assert snapshot(world.municipality) == before
    assert (
        Provision.objects.count(),
        ProvisionResult.objects.count(),
        ChecklistItem.objects.count(),
    ) == counts


def test_each_municipality_gets_its_own_catalogue_with_its_own_regulation(world):
    load_default_catalogue(world.municipality)
    load_default_catalogue(world.other_municipality)

    mine = Provision.objects.filter(municipality=world.municipality)
    theirs = Provision.objects.filter(municipality=world.other_municipality)
    assert mine.count() == theirs.count() == len(default_catalogue())
    help_a = mine.get(name="Huishoudelijke ondersteuning")
    assert help_a.legal_basis == (
        "Artikel 2.3.5 Wmo 2015 en de Verordening maatschappelijke ondersteuning Gemeente A"
    )
    assert theirs.get(name="Huishoudelijke ondersteuning").legal_basis.endswith("Gemeente B")
    assert not any("{" in basis for basis in Provision.objects.values_list("legal_basis", flat=True))


def test_a_reload_keeps_what_the_municipality_did_itself_and_restores_the_defaults(world):
    load_default_catalogue(world.municipality)
    provision = Provision.objects.get(municipality=world.municipality, name="Huishoudelijke ondersteuning")
    provision.active = False
    provision.max_extent = Decimal("3")
    provision.save()
    ProvisionResult.objects.create(provision=provision, name="De tuin is bijgehouden", order=9)
    ChecklistItem.objects.create(provision=provision, question="Eigen controlepunt?", order=9)
    own = Provision.objects.create(
        municipality=world.municipality,
        name="Eigen voorziening",
        law=Law.WMO,
        unit=Unit.HOUR,
        frequency=Frequency.PER_WEEK,
        max_extent=2,
        legal_basis="Eigen verordening",
    )

    assert load_default_catalogue(world.municipality) == 0

    provision.refresh_from_db()
    assert provision.max_extent == Decimal("8")  # the default again
    assert provision.active is False  # the municipality's choice stays
    assert provision.results.filter(name="De tuin is bijgehouden").exists()
    assert provision.checklist.filter(question="Eigen controlepunt?").exists()
    assert Provision.objects.filter(pk=own.pk).exists()


def test_every_provision_passes_the_model_rules(world):
    load_default_catalogue(world.municipality)

    provisions = Provision.objects.filter(municipality=world.municipality)
    for provision in provisions:
        provision.full_clean()  # validators and check constraints
        assert provision.delivery_forms, provision
        assert provision.min_extent > 0 and provision.max_extent >= provision.min_extent, provision
        assert provision.description and provision.legal_basis, provision
        assert 1 <= provision.results.count() <= 3, provision
        assert 3 <= provision.checklist.count() <= 6, provision
        for result in provision.results.all():
            result.full_clean()
        for item in provision.checklist.all():
            item.full_clean()
            assert item.question.endswith("?"), item
        if provision.pgb:
            assert provision.checklist.filter(question__icontains="pgb").exists(), provision
        # Every provision checks residence in the municipality first.
        assert (
            provision.checklist.order_by("order").first().question == "Woont de inwoner in de gemeente (BRP)?"
        )


def test_the_laws_get_their_own_ages_forms_and_bases(world):
    load_default_catalogue(world.municipality)
    provisions = Provision.objects.filter(municipality=world.municipality)

    youth = provisions.filter(law=Law.YOUTH)
    assert youth.count() >= 6
    assert all(p.max_age == 17 for p in youth)  # the Jeugdwet is for minors
    assert all("Jeugdwet" in p.legal_basis for p in youth)
    # Jeugdhulp needs a referral, except in a crisis: then the help starts first.
    for p in youth.exclude(name="Jeugdhulp crisis"):
        assert p.checklist.filter(question__icontains="verwijzing").exists(), p
    assert youth.get(name="Jeugdhulp crisis").checklist.filter(question__icontains="Veilig Thuis").exists()
    for p in provisions.filter(law=Law.WMO):
        assert "Wmo 2015" in p.legal_basis
        # Support in and around the house is Jeugdwet for children; aids and adaptations are for all ages.
        if p.product_category in ("01", "02", "03", "04", "07", "15"):
            assert p.min_age == 18, p
    participation = provisions.filter(law=Law.PARTICIPATION)
    assert all(p.min_age == 18 and p.product_category == "" for p in participation)
    cash = {p.name for p in participation if p.delivery_forms == [DeliveryForm.CASH]}
    assert cash == {"Algemene bijstand", "Bijzondere bijstand"}
    assert provisions.get(name="Schuldhulpverlening").delivery_forms == [DeliveryForm.IN_KIND]
    assert all(
        p.checklist.filter(question__icontains="partner").exists()
        for p in participation.filter(name__contains="bijstand")
    )
    # The expensive ones need a second signature.
    four_eyes = set(provisions.filter(four_eyes=True).values_list("name", flat=True))
    assert {
        "Traplift",
        "Woningaanpassing",
        "Beschermd wonen",
        "Jeugdhulp verblijf (inclusief behandeling)",
    } <= (four_eyes)
    assert provisions.get(name="Traplift").checklist.filter(question__icontains="verhuisplicht").exists()
    assert (
        provisions.get(name="Beschermd wonen")
        .checklist.filter(question__icontains="centrumgemeente")
        .exists()
    )


def test_the_file_uses_valid_istandaard_categories_units_and_frequencies():
    specs = default_catalogue()
    wanted = {
        "Huishoudelijke ondersteuning": "01",
        "Begeleiding individueel": "02",
        "Persoonlijke verzorging": "03",
        "Kortdurend verblijf": "04",
        "Begeleiding groep (dagbesteding)": "07",
        "Wmo-vervoer (regiotaxi)": "08",
        "Rolstoel": "11",
        "Scootmobiel": "12",
        "Traplift": "13",
        "Woningaanpassing": "13",
        "Beschermd wonen": "15",
        "Dagbehandeling jeugd": "41",
        "Jeugdhulp verblijf (inclusief behandeling)": "43",
        "Pleegzorg": "44",
        "Jeugdhulp ambulant": "45",
        "Jeugdhulp crisis": "46",
        "Jeugd-ggz": "54",
        "Algemene bijstand": "",
        "Bijzondere bijstand": "",
        "Schuldhulpverlening": "",
        "Re-integratie naar werk": "",
    }
    assert {spec["name"]: spec["product_category"] for spec in specs} == wanted
    names = [spec["name"] for spec in specs]
    assert len(names) == len(set(names))
    codes = [spec["product_code"] for spec in specs if spec["product_code"]]
    assert len(codes) == len(set(codes))
    for spec in specs:
        assert spec["law"] in Law.values
        assert spec["unit"] in Unit.values and spec["frequency"] in Frequency.values
        category = spec["product_category"]
        if category:
            assert category in PRODUCT_CATEGORIES[spec["law"]], spec["name"]
            assert re.fullmatch(r"[0-9A-Z]{5}", spec["product_code"]) and spec["product_code"][:2] == category
        else:
            assert spec["law"] == Law.PARTICIPATION and spec["product_code"] == ""


def xsd_categories(law: str) -> dict[str, str] | None:
    """LDT_ProductCategorie of the shipped basisschema (or the reference copy next to the repository)."""
    for path in (
        REPO / "src/plein/decisions/istandaarden" / law / "basisschema.xsd",
        REPO.parent / "shared/reference/iwmo-ijw-3.2" / law / "basisschema.xsd",
    ):
        if path.exists():
            text = path.read_text(encoding="utf-8")
            block = re.search(r'<xs:simpleType name="LDT_ProductCategorie">(.*?)</xs:simpleType>', text, re.S)
            pairs = re.findall(
                r'value="(\d+)">\s*<xs:annotation>\s*<xs:documentation>(.*?)</xs:documentation>', block[1]
            )
            return {code: label for code, label in pairs if not label.startswith("(2015)")}
    return None


@pytest.mark.parametrize(
    ("law", "ours"), [("iwmo", WMO_PRODUCT_CATEGORIES), ("ijw", YOUTH_PRODUCT_CATEGORIES)]
)
def test_our_category_lists_are_those_of_the_istandaarden(law, ours):
    categories = xsd_categories(law)
    if categories is None:
        pytest.skip("the iStandaarden schemas are not available")
    assert ours == categories


def test_a_wrong_category_in_the_file_saves_nothing(world, monkeypatch):
    specs = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))["provisions"]
    specs[-1] = {**specs[-1], "law": Law.WMO, "product_category": "45"}
    monkeypatch.setattr(catalogue, "default_catalogue", lambda: tuple(specs))

    with pytest.raises(ValidationError, match="Productcategorie 45 bestaat niet voor de Wmo 2015"):
        load_default_catalogue(world.municipality)
    assert not Provision.objects.exists()


def test_an_extent_outside_the_model_rules_saves_nothing(world, monkeypatch):
    specs = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))["provisions"]
    specs[3] = {**specs[3], "min_extent": "5", "max_extent": "2"}
    monkeypatch.setattr(catalogue, "default_catalogue", lambda: tuple(specs))

    with pytest.raises(ValidationError):
        load_default_catalogue(world.municipality)
    assert not Provision.objects.exists()


def test_the_command_loads_by_cbs_code(world):
    out = io.StringIO()
    call_command("load_catalogue", "gm0398", stdout=out)

    total = len(default_catalogue())
    assert f"Gemeente A: {total} voorzieningen in de catalogus, {total} nieuw" in out.getvalue()
    assert Provision.objects.filter(municipality=world.municipality).count() == total
    assert not Provision.objects.filter(municipality=world.other_municipality).exists()

    out = io.StringIO()
    call_command("load_catalogue", "GM0398", "GM0416", stdout=out)
    assert f"Gemeente A: {total} voorzieningen in de catalogus, 0 nieuw" in out.getvalue()
    assert f"Gemeente B: {total} voorzieningen in de catalogus, {total} nieuw" in out.getvalue()

    with pytest.raises(CommandError, match="Er is geen gemeente met CBS-code GM9999"):
        call_command("load_catalogue", "GM9999", stdout=io.StringIO())
