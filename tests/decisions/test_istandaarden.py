"""iStandaarden: the WMO301/JW301 allocation Plein writes is valid against the official schemas it
ships; the provider's start (305) and stop (307) messages read back in update the allocation and
the case; anything else is refused in Dutch."""

import datetime
import hashlib
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
import xmlschema
from django.core.exceptions import PermissionDenied, ValidationError

from plein.cases.models import CaseEvent
from plein.decisions import istandaarden, services
from plein.decisions.models import Allocation, ProviderMessage
from plein.people.models import HouseholdMembership
from plein.people.services import resident_register
from tests.cases.conftest import family_with_child  # noqa: F401  (fixture)
from tests.decisions.document_builders import ANNA_BSN, granted_in_kind, make_allocation

pytestmark = pytest.mark.django_db

NOOR_BSN = "123456782"


def _ns(code: str) -> str:
    folder = "iwmo" if code.startswith("WMO") else "ijw"
    return f"http://www.istandaarden.nl/{folder}/3_2/{code.lower()}/schema"


def _shipped(code: str) -> xmlschema.XMLSchema:
    """A fresh schema straight from the shipped file, independent of the module's cache."""
    return xmlschema.XMLSchema(str(istandaarden.schema_path(code)))


def _basis(code: str) -> str:
    folder = "iwmo" if code.startswith("WMO") else "ijw"
    return f"http://www.istandaarden.nl/{folder}/3_2/basisschema/schema"


def _find(xml: bytes, code: str, path: str) -> str:
    """The text at a path; ``cdt:`` marks the parts of the basisschema's composite types."""
    element = ET.fromstring(xml).find(path, {"": _ns(code), "cdt": _basis(code)})
    return element.text if element is not None else None


# --- the shipped schemas ---------------------------------------------------------------------


@pytest.mark.parametrize("folder", ["iwmo", "ijw"])
def test_the_shipped_schemas_are_the_standards_own_files(folder):
    """Checksums taken from the reference files when they were copied into the package."""
    directory = istandaarden.SCHEMA_DIR / folder
    expected = {}
    for line in (directory / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split(maxsplit=1)
        expected[name.removeprefix("./")] = digest
    shipped = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in directory.glob("*.xsd")}
    assert shipped == expected
    assert "basisschema.xsd" in shipped


def test_each_message_schema_compiles_from_the_package_alone():
    for code in istandaarden.MESSAGES:
        assert istandaarden.schema(code).target_namespace == _ns(code)
    assert istandaarden.schema("WMO301") is istandaarden.schema("WMO301")  # compiled once
    assert istandaarden.xsd_versions("WMO301") == ("1.0.0", "1.0.0")


# --- writing the allocation ------------------------------------------------------------------


@pytest.fixture
def anna_with_bsn(anna, household):
    anna.bsn = ANNA_BSN
    anna.save(update_fields=["bsn"])
    address = household.address
    address.street, address.city = "Burgemeester van Reenensingel Noordzijde", "Heerhugowaard"
    address.house_letter, address.house_number_addition = "b", "2"
    address.save()
    return anna


@pytest.fixture
def wmo_allocation(anna_with_bsn, household, catalogue, officer, provider, signed_plan_item):
    decision = granted_in_kind(
        provision=catalogue.household_help,
        resident=anna_with_bsn,
        household=household,
        officer=officer,
        provider=provider,
        case=signed_plan_item.plan.case,
        plan_item=signed_plan_item,
    )
    return make_allocation(decision=decision, number="123456789")


@pytest.fixture
def noor(world, family_with_child):  # noqa: F811
    noor = family_with_child.memberships.get(position=HouseholdMembership.Position.CHILD).resident
    noor.bsn = NOOR_BSN
    noor.save(update_fields=["bsn"])
    return noor


@pytest.fixture
def youth_allocation(noor, family_with_child, catalogue, officer, provider):  # noqa: F811
    decision = granted_in_kind(
        provision=catalogue.youth_help,
        resident=noor,
        household=family_with_child,
        officer=officer,
        provider=provider,
        extent="2",
    )
    return make_allocation(decision=decision, number="200000001")


def test_the_wmo301_is_valid_and_says_what_was_allocated_to_whom(wmo_allocation):
    xml = istandaarden.allocation_message(wmo_allocation)

    _shipped("WMO301").validate(xml)
    assert xml.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    for path, value in {
        "Header/BerichtCode": "414",
        "Header/BerichtVersie": "3",
        "Header/BerichtSubversie": "2",
        "Header/Afzender": "0398",
        "Header/Ontvanger": "12345678",
        "Header/BerichtIdentificatie/cdt:Identificatie": "T123456789",
        "Header/XsdVersie/cdt:BerichtXsdVersie": "1.0.0",
        "Client/Bsn": ANNA_BSN,
        "Client/Geboortedatum/cdt:Datum": "1980-05-17",
        "Client/Geslacht": "0",
        "Client/Naam/cdt:Geslachtsnaam/cdt:Achternaam": "Jansen",
        "Client/Naam/cdt:Voornamen": "Anna",
        "Client/Naam/cdt:Voorletters": "A",
        "Client/Naam/cdt:NaamGebruik": "1",
        "Client/Contactgegevens/Contact/Soort": "01",
        "Client/Contactgegevens/Contact/Adres/cdt:Huis/cdt:Huisletter": "b",
        "Client/Contactgegevens/Contact/Adres/cdt:Huis/cdt:HuisnummerToevoeging": "2",
        "Client/Contactgegevens/Contact/Adres/cdt:Postcode": "1701AB",
        # The standard holds the BRP's short street name: 24 characters.
        "Client/Contactgegevens/Contact/Adres/cdt:Straatnaam": "Burgemeester van Reenens",
        "Client/Contactgegevens/Contact/Adres/cdt:Plaatsnaam": "Heerhugowaard",
        "Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer": "123456789",
        "Client/ToegewezenProducten/ToegewezenProduct/Product/cdt:Categorie": "01",
        "Client/ToegewezenProducten/ToegewezenProduct/Product/cdt:Code": "01A01",
        "Client/ToegewezenProducten/ToegewezenProduct/Ingangsdatum": "2025-03-03",
        "Client/ToegewezenProducten/ToegewezenProduct/Einddatum": "2026-03-02",
        "Client/ToegewezenProducten/ToegewezenProduct/Omvang/cdt:Volume": "3",
        "Client/ToegewezenProducten/ToegewezenProduct/Omvang/cdt:Eenheid": "04",
        "Client/ToegewezenProducten/ToegewezenProduct/Omvang/cdt:Frequentie": "2",
    }.items():
        assert _find(xml, "WMO301", path) == value, path
    assert _find(xml, "WMO301", "Client/Geboortedatum/cdt:DatumGebruik") is None  # the date is fully known
    assert _find(xml, "WMO301", "Client/ToegewezenProducten/ToegewezenProduct/Budget") is None


def test_the_jw301_for_a_child_is_valid(youth_allocation):
    xml = istandaarden.allocation_message(youth_allocation)

    _shipped("JW301").validate(xml)
    assert _find(xml, "JW301", "Header/BerichtCode") == "436"
    assert _find(xml, "JW301", "Header/XsdVersie/cdt:BerichtXsdVersie") == "0.1.0"
    assert _find(xml, "JW301", "Client/Bsn") == NOOR_BSN
    assert _find(xml, "JW301", "Client/Naam/cdt:Geslachtsnaam/cdt:Achternaam") == "El Amrani"
    assert _find(xml, "JW301", "Client/ToegewezenProducten/ToegewezenProduct/Product/cdt:Categorie") == "45"
    assert _find(xml, "JW301", "Client/ToegewezenProducten/ToegewezenProduct/Omvang/cdt:Volume") == "2"


def test_a_name_prefix_an_open_end_and_half_hours_fit_the_standard(wmo_allocation, anna_with_bsn):
    anna_with_bsn.name_prefix, anna_with_bsn.first_names = "van der", "Anna Maria"
    anna_with_bsn.save()
    wmo_allocation.ends_on = None
    wmo_allocation.volume = Decimal("2.5")
    wmo_allocation.save()

    xml = istandaarden.allocation_message(wmo_allocation)

    _shipped("WMO301").validate(xml)
    assert _find(xml, "WMO301", "Client/Naam/cdt:Geslachtsnaam/cdt:Voorvoegsel") == "van der"
    assert _find(xml, "WMO301", "Client/Naam/cdt:Voorletters") == "AM"
    assert _find(xml, "WMO301", "Client/ToegewezenProducten/ToegewezenProduct/Einddatum") is None
    # The standard counts whole units: two and a half hours become 150 minutes.
    assert _find(xml, "WMO301", "Client/ToegewezenProducten/ToegewezenProduct/Omvang/cdt:Volume") == "150"
    assert _find(xml, "WMO301", "Client/ToegewezenProducten/ToegewezenProduct/Omvang/cdt:Eenheid") == "01"


def test_the_participatiewet_has_no_istandaard_message(wmo_allocation, catalogue):
    request = wmo_allocation.decision.request
    request.provision, request.law = catalogue.special_assistance, catalogue.special_assistance.law
    request.save()

    with pytest.raises(ValidationError) as refused:
        istandaarden.allocation_message(wmo_allocation)
    assert refused.value.messages == [
        "Voor de Participatiewet bestaat geen iStandaard-bericht: deze voorziening wordt niet aan een "
        "aanbieder toegewezen."
    ]


def test_an_allocation_the_standard_cannot_carry_is_refused_in_dutch(wmo_allocation, anna_with_bsn):
    wmo_allocation.volume = Decimal("1.25")
    wmo_allocation.unit = "16"
    wmo_allocation.save()
    with pytest.raises(ValidationError, match="past niet in het bericht"):
        istandaarden.allocation_message(wmo_allocation)

    anna_with_bsn.bsn = None
    anna_with_bsn.save()
    with pytest.raises(ValidationError, match="Van de inwoner is geen BSN bekend"):
        istandaarden.allocation_message(wmo_allocation)


def test_a_product_category_of_the_wrong_law_fails_the_schema_with_a_dutch_reason(wmo_allocation):
    wmo_allocation.product_category = "45"  # a Jeugdwet category in a Wmo message
    wmo_allocation.save()

    with pytest.raises(ValidationError) as refused:
        istandaarden.allocation_message(wmo_allocation)
    assert refused.value.messages[0] == "Het bericht voldoet niet aan het WMO301-schema."
    assert "Categorie: de waarde '45' is niet toegestaan." in refused.value.messages[1]


# --- reading the provider's answers ----------------------------------------------------------


def provider_message(
    code: str,
    *,
    number="123456789",
    bsn=ANNA_BSN,
    agb="12345678",
    municipality="0398",
    starts_on="2025-03-05",
    ends_on="2025-09-30",
    reason=None,
    status="1",
    drop=(),
) -> bytes:
    """A 305 (start) or 307 (stop) as a provider's system writes it, element for element per the XSD."""
    ns, basis = _ns(code), _basis(code)
    is_start = code.endswith("305")
    berichtcode = {"WMO305": "418", "WMO307": "420", "JW305": "438", "JW307": "440"}[code]
    version = "1.0.0" if code.startswith("WMO") else "0.1.0"

    def sub(parent, tag, text=None):
        # "cdt:" parts belong to the basisschema's composite types and live in its namespace.
        prefix, _, name = tag.rpartition(":")
        element = ET.SubElement(parent, f"{{{basis if prefix else ns}}}{name}")
        element.text = text
        return element

    root = ET.Element(f"{{{ns}}}Bericht")
    header = sub(root, "Header")
    for tag, text in (
        ("BerichtCode", berichtcode),
        ("BerichtVersie", "3"),
        ("BerichtSubversie", "2"),
        ("Afzender", agb),
        ("Ontvanger", municipality),
    ):
        sub(header, tag, text)
    identification = sub(header, "BerichtIdentificatie")
    sub(identification, "cdt:Identificatie", "TZ-000042")
    sub(identification, "cdt:Dagtekening", "2025-03-06")
    versions = sub(header, "XsdVersie")
    sub(versions, "cdt:BasisschemaXsdVersie", version)
    sub(versions, "cdt:BerichtXsdVersie", version)
    client = sub(root, "Client")
    sub(client, "Bsn", bsn)
    sub(sub(client, "Geboortedatum"), "cdt:Datum", "1980-05-17")
    sub(client, "Geslacht", "0")
    sub(sub(sub(client, "Naam"), "cdt:Geslachtsnaam"), "cdt:Achternaam", "Jansen")
    line = sub(
        sub(client, "StartProducten" if is_start else "StopProducten"),
        "StartProduct" if is_start else "StopProduct",
    )
    if number is not None:
        sub(line, "ToewijzingNummer", number)
    if "Begindatum" not in drop:
        sub(line, "Begindatum", starts_on)
    if not is_start:
        # "Levering volgens plan beëindigd" is 19 in iWmo and 31 in iJw.
        sub(line, "RedenBeeindiging", reason or ("19" if code.startswith("WMO") else "31"))
        sub(line, "Einddatum", ends_on)
    sub(line, "StatusAanlevering", status)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True, default_namespace=ns)


def test_the_test_messages_are_valid_against_the_shipped_schemas():
    for code in ("WMO305", "WMO307", "JW305", "JW307"):
        _shipped(code).validate(provider_message(code))


def test_a_start_message_marks_the_care_as_started_on_the_allocation_and_the_case(wmo_allocation, officer):
    content = provider_message("WMO305", starts_on="2025-03-05")

    message = services.provider_message_import(actor=officer, content=content)

    wmo_allocation.refresh_from_db()
    assert wmo_allocation.status == Allocation.Status.STARTED
    assert wmo_allocation.care_started_on == datetime.date(2025, 3, 5)
    assert message.kind == ProviderMessage.Kind.START
    assert message.message_code == "WMO305"
    assert message.allocation == wmo_allocation
    assert message.received_by == officer
    assert message.content == content.decode()
    event = CaseEvent.objects.filter(case=wmo_allocation.decision.request.case, kind="allocation").get()
    assert event.note == "Aanbieder meldt: zorg gestart op 5 maart 2025 (toewijzing 123456789)."
    assert event.actor == officer


def test_a_stop_message_marks_the_care_as_stopped_with_its_reason(wmo_allocation, officer):
    services.provider_message_import(actor=officer, content=provider_message("WMO305"))

    message = services.provider_message_import(
        actor=officer, content=provider_message("WMO307", ends_on="2025-09-30", reason="19")
    )

    wmo_allocation.refresh_from_db()
    assert wmo_allocation.status == Allocation.Status.STOPPED
    assert wmo_allocation.care_started_on == datetime.date(2025, 3, 5)
    assert wmo_allocation.care_stopped_on == datetime.date(2025, 9, 30)
    assert wmo_allocation.stop_reason == "19"
    assert message.kind == ProviderMessage.Kind.STOP
    notes = list(
        CaseEvent.objects.filter(case=wmo_allocation.decision.request.case, kind="allocation")
        .order_by("id")
        .values_list("note", flat=True)
    )
    assert notes[-1] == (
        "Aanbieder meldt: zorg gestopt op 30 september 2025, levering volgens plan beëindigd "
        "(toewijzing 123456789)."
    )


def test_a_withdrawn_start_puts_the_allocation_back(wmo_allocation, officer):
    services.provider_message_import(actor=officer, content=provider_message("WMO305"))
    services.provider_message_import(actor=officer, content=provider_message("WMO305", status="3"))

    wmo_allocation.refresh_from_db()
    assert wmo_allocation.status == Allocation.Status.ALLOCATED
    assert wmo_allocation.care_started_on is None


def test_youth_start_and_stop_messages_are_read_too(youth_allocation, officer):
    start = provider_message("JW305", number="200000001", bsn=NOOR_BSN, starts_on="2025-03-10")
    stop = provider_message("JW307", number="200000001", bsn=NOOR_BSN, ends_on="2025-06-30", reason="31")

    services.provider_message_import(actor=officer, content=start)
    services.provider_message_import(actor=officer, content=stop)

    youth_allocation.refresh_from_db()
    assert youth_allocation.status == Allocation.Status.STOPPED
    assert youth_allocation.care_started_on == datetime.date(2025, 3, 10)
    assert youth_allocation.care_stopped_on == datetime.date(2025, 6, 30)
    assert youth_allocation.stop_reason == "31"
    assert ProviderMessage.objects.filter(allocation=youth_allocation).count() == 2


def _refusal(officer, content) -> list[str]:
    with pytest.raises(ValidationError) as refused:
        services.provider_message_import(actor=officer, content=content)
    return refused.value.message_dict["content"]


def test_a_message_about_an_unknown_allocation_is_refused_in_dutch(wmo_allocation, officer):
    assert _refusal(officer, provider_message("WMO305", number="999")) == [
        "Toewijzing 999 is bij uw gemeente niet bekend."
    ]
    assert not ProviderMessage.objects.exists()


def test_another_municipalitys_officer_cannot_see_the_allocation(wmo_allocation, other_officer):
    assert _refusal(other_officer, provider_message("WMO305")) == [
        "Toewijzing 123456789 is bij uw gemeente niet bekend."
    ]
    wmo_allocation.refresh_from_db()
    assert wmo_allocation.status == Allocation.Status.ALLOCATED


def test_only_a_decision_officer_reads_messages_in(wmo_allocation, world):
    with pytest.raises(PermissionDenied):
        services.provider_message_import(actor=world.generalist, content=provider_message("WMO305"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Dit is een Word-document", "Dit bestand is geen leesbaar XML-bericht."),
        (b"%PDF-1.7 binary", "Dit bestand is geen leesbaar XML-bericht."),
        (
            b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>",
            "Dit bestand is geen leesbaar XML-bericht.",
        ),
        (
            b"<bericht>hallo</bericht>",
            "Dit is geen startbericht (WMO305/JW305) of stopbericht (WMO307/JW307) van iWmo of iJw 3.2.",
        ),
        (b"", "Het bestand is leeg."),
    ],
)
def test_what_is_not_a_start_or_stop_message_is_refused(wmo_allocation, officer, content, message):
    assert _refusal(officer, content) == [message]
    assert not ProviderMessage.objects.exists()


def test_our_own_allocation_message_is_not_a_provider_message(wmo_allocation, officer):
    assert _refusal(officer, istandaarden.allocation_message(wmo_allocation)) == [
        "Dit is geen startbericht (WMO305/JW305) of stopbericht (WMO307/JW307) van iWmo of iJw 3.2."
    ]


def test_a_message_that_breaks_the_schema_is_refused_with_the_reason(wmo_allocation, officer):
    errors = _refusal(officer, provider_message("WMO305", drop=("Begindatum",)))
    assert errors[0] == "Het bericht voldoet niet aan het WMO305-schema."
    assert "StartProduct" in errors[1] and "Begindatum" in errors[1]

    errors = _refusal(officer, provider_message("WMO307", reason="99"))
    assert errors[0] == "Het bericht voldoet niet aan het WMO307-schema."
    assert (
        errors[1] == "Client/StopProducten/StopProduct/RedenBeeindiging: de waarde '99' is niet toegestaan."
    )


def test_a_message_from_another_provider_or_about_another_resident_is_refused(wmo_allocation, officer):
    assert _refusal(officer, provider_message("WMO305", agb="87654321")) == [
        "Dit bericht komt van AGB-code 87654321, maar toewijzing 123456789 is gegeven aan Thuiszorg West-Friesland."
    ]
    assert _refusal(officer, provider_message("WMO305", bsn="123456782")) == [
        "Het BSN in het bericht hoort niet bij de inwoner van toewijzing 123456789."
    ]
    assert _refusal(officer, provider_message("WMO305", municipality="0416")) == [
        "Dit bericht is gericht aan gemeentecode 0416, maar toewijzing 123456789 is van Gemeente A (0398)."
    ]
    assert _refusal(officer, provider_message("JW305")) == [
        "Toewijzing 123456789 is een WMO301-toewijzing; dit JW305-bericht hoort bij een andere wet."
    ]


def test_a_stop_before_its_start_is_refused(wmo_allocation, officer):
    content = provider_message("WMO307", starts_on="2025-03-05", ends_on="2025-03-01")
    assert _refusal(officer, content) == [
        "De einddatum (1 maart 2025) ligt vóór de begindatum (5 maart 2025) in het bericht voor "
        "toewijzing 123456789."
    ]


def test_a_message_without_an_allocation_number_is_refused(wmo_allocation, officer):
    assert _refusal(officer, provider_message("WMO305", number=None)) == [
        "Het bericht noemt geen toewijzingnummer. Plein kan het niet aan een toewijzing koppelen."
    ]


def test_leading_zeros_in_the_number_still_find_the_allocation(
    world, household, catalogue, officer, provider
):
    other = resident_register(
        actor=world.front_office,
        first_names="Piet",
        last_name="Bakker",
        birth_date=datetime.date(1950, 1, 1),
        postcode="1701AB",
        house_number=40,
        bsn="123456782",
    )
    decision = granted_in_kind(
        provision=catalogue.household_help,
        resident=other,
        household=other.household_memberships.get().household,
        officer=officer,
        provider=provider,
    )
    allocation = make_allocation(decision=decision, number="000004567")
    xml = istandaarden.allocation_message(allocation)
    assert _find(xml, "WMO301", "Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer") == "4567"

    services.provider_message_import(
        actor=officer, content=provider_message("WMO305", number="4567", bsn="123456782")
    )

    allocation.refresh_from_db()
    assert allocation.status == Allocation.Status.STARTED
