"""iStandaarden messages (iWmo 3.2, iJw 3.2) between the municipality and providers.

Plein writes the allocation (toewijzing: WMO301 for the Wmo, JW301 for the Jeugdwet) and reads the
provider's start (WMO305/JW305) and stop (WMO307/JW307) messages. Every message is checked against
the official XML schemas shipped in ``istandaarden/{iwmo,ijw}/`` (see the README there): imports
resolve inside that folder only, and an uploaded message is parsed without entities or external
resources, so reading a message never fetches anything.

The Participatiewet has no iStandaard: its provisions are paid out, not allocated to a provider.
"""

import functools
import io
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import xmlschema
from django.core.exceptions import ValidationError
from django.utils import timezone

from plein.decisions.models import Allocation, Law, Unit

SCHEMA_DIR = Path(__file__).resolve().parent / "istandaarden"

XS = "{http://www.w3.org/2001/XMLSchema}"

# Message code → (standard folder, BerichtCode in the header).
MESSAGES = {
    "WMO301": ("iwmo", "414"),
    "WMO305": ("iwmo", "418"),
    "WMO307": ("iwmo", "420"),
    "JW301": ("ijw", "436"),
    "JW305": ("ijw", "438"),
    "JW307": ("ijw", "440"),
}
# Readable prefixes for the basisschema's namespaces in the messages Plein writes.
ET.register_namespace("iwmo", "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema")
ET.register_namespace("ijw", "http://www.istandaarden.nl/ijw/3_2/basisschema/schema")

ALLOCATION_MESSAGE = {Law.WMO: "WMO301", Law.YOUTH: "JW301"}
START_MESSAGES = ("WMO305", "JW305")
STOP_MESSAGES = ("WMO307", "JW307")

# Fixed values of the header and the client (see the basisschema for the codes).
RELEASE_VERSION, RELEASE_SUBVERSION = "3", "2"
GENDER_UNKNOWN = "0"  # Plein does not record gender.
OWN_NAME = "1"  # NaamGebruik: eigen naam.
BRP_ADDRESS = "01"  # AdresSoort: BRP-adres; the household's address is its registered address.
NETHERLANDS = "NL"
STREET_MAX, VOORLETTERS_MAX, PREFIX_MAX = 24, 6, 10

# StatusAanlevering of a start or stop line.
DELIVERY_FIRST, DELIVERY_CHANGED, DELIVERY_DELETE, DELIVERY_UNCHANGED = "1", "2", "3", "9"

# RedenBeeindiging (WJ588) in plain Dutch, for the case timeline and the allocation page.
STOP_REASONS = {
    "02": "overlijden",
    "19": "levering volgens plan beëindigd",
    "20": "levering tijdelijk beëindigd",
    "21": "beëindigd door de cliënt",
    "22": "beëindigd door de aanbieder",
    "23": "in overleg eerder beëindigd",
    "31": "verhuizing naar een andere gemeente",  # iWmo; in iJw 31 means 'volgens plan beëindigd'
    "32": "eerder beëindigd door de jeugdige of ouders",
    "33": "eerder beëindigd door de aanbieder",
    "34": "in overleg eerder beëindigd",
    "35": "eerder beëindigd door omstandigheden",
    "36": "beëindigd op verzoek van de gemeente",
    "37": "beëindigd vanwege een wijzigingsverzoek",
    "38": "overstap naar een andere aanbieder",
    "39": "uitstroom naar een ander domein",
}
YOUTH_STOP_REASONS = {**STOP_REASONS, "31": "levering volgens plan beëindigd"}

NO_MESSAGE_FOR_LAW = (
    "Voor de Participatiewet bestaat geen iStandaard-bericht: deze voorziening wordt niet aan een "
    "aanbieder toegewezen."
)


def stop_reason_label(code: str, message_code: str = "WMO307") -> str:
    reasons = YOUTH_STOP_REASONS if message_code.startswith("JW") else STOP_REASONS
    return reasons.get(code, f"reden {code}")


# --- schemas -----------------------------------------------------------------------------------


def schema_path(message_code: str) -> Path:
    if message_code not in MESSAGES:
        raise ValueError(f"Unknown iStandaarden message: {message_code}")
    folder, _ = MESSAGES[message_code]
    return SCHEMA_DIR / folder / f"{message_code}.xsd"


@functools.cache
def schema(message_code: str) -> xmlschema.XMLSchema:
    """The compiled schema of one message, built once per process. Imports resolve only inside
    the shipped folder (sandbox) and the schema files themselves are parsed without entities."""
    return xmlschema.XMLSchema(str(schema_path(message_code)), allow="sandbox", defuse="always")


def namespace(message_code: str) -> str:
    return schema(message_code).target_namespace


def basis_namespace(message_code: str) -> str:
    """The namespace of the basisschema the message imports: its composite types live there."""
    imported = (
        imported.target_namespace
        for imported in schema(message_code).imports.values()
        if imported is not None
    )
    return next(uri for uri in imported if uri.endswith("/basisschema/schema"))


@functools.cache
def xsd_versions(message_code: str) -> tuple[str, str]:
    """(BasisschemaXsdVersie, BerichtXsdVersie) as the schema declares them in its appinfo."""
    appinfo = ET.parse(schema_path(message_code)).getroot().find(f"{XS}annotation/{XS}appinfo")
    values = {element.tag.rsplit("}", 1)[-1]: (element.text or "").strip() for element in appinfo}
    return values["BasisschemaXsdVersie"], values["BerichtXsdVersie"]


def _message_code_of_namespace(uri: str) -> str | None:
    for code in MESSAGES:
        if namespace(code) == uri:
            return code
    return None


def _describe(error: xmlschema.XMLSchemaValidationError) -> str:
    where = (error.path or "").replace("/Bericht/", "") or "Bericht"
    where = "/".join(part.rsplit("}", 1)[-1] for part in where.split("/"))
    if isinstance(error, xmlschema.XMLSchemaChildrenValidationError):
        expected = ", ".join(
            str(getattr(item, "local_name", None) or item) for item in (error.expected or [])
        )
        if expected:
            return f"{where}: er ontbreekt een onderdeel of de volgorde klopt niet (verwacht: {expected})."
        return f"{where}: dit onderdeel hoort hier niet."
    value = error.obj.text if isinstance(error.obj, ET.Element) else error.obj
    if isinstance(value, str | int | Decimal):
        return f"{where}: de waarde '{value}' is niet toegestaan."
    return f"{where}: dit voldoet niet aan het schema."


def schema_errors(xml: "bytes | xmlschema.XMLResource", message_code: str, *, limit: int = 10) -> list[str]:
    """What is wrong with a message, in Dutch (empty when it is valid)."""
    source = xml if isinstance(xml, xmlschema.XMLResource) else _resource(xml)
    errors = []
    for error in schema(message_code).iter_errors(source):
        errors.append(_describe(error))
        if len(errors) >= limit:
            break
    return errors


def validate(xml: "bytes | xmlschema.XMLResource", message_code: str) -> None:
    """Raise a ValidationError (Dutch) unless the message is valid against its schema."""
    if errors := schema_errors(xml, message_code):
        raise ValidationError([f"Het bericht voldoet niet aan het {message_code}-schema.", *errors])


def _resource(xml: bytes) -> xmlschema.XMLResource:
    """Parse an XML document that came from outside: no entities, no DTD, nothing fetched."""
    try:
        return xmlschema.XMLResource(io.BytesIO(xml), allow="none", defuse="always")
    except xmlschema.XMLResourceError as error:
        raise ValidationError("Dit bestand is geen leesbaar XML-bericht.") from error


# --- writing: the allocation (301) -------------------------------------------------------------


def message_code_for(law: str) -> str:
    try:
        return ALLOCATION_MESSAGE[law]
    except KeyError:
        raise ValidationError(NO_MESSAGE_FOR_LAW) from None


def _volume(allocation: Allocation) -> tuple[int, str]:
    """The standard counts in whole units: 2.5 hours becomes 150 minutes."""
    volume, unit = Decimal(allocation.volume), allocation.unit
    if volume == volume.to_integral_value():
        return int(volume), unit
    if unit == Unit.HOUR and (volume * 60) == (volume * 60).to_integral_value():
        return int(volume * 60), Unit.MINUTE
    raise ValidationError(
        f"Een omvang van {volume.normalize()} {Unit(unit).label} past niet in het bericht: "
        "de iStandaard rekent in hele eenheden."
    )


def _initials(first_names: str) -> str:
    letters = "".join(name[0] for name in first_names.split() if name[:1].isalpha())
    return letters[:VOORLETTERS_MAX]


class _Writer:
    """Elements of one message. A name with ``cdt:`` is a part of a composite data type
    (CDT_...) of the basisschema, which lives in the basisschema's namespace."""

    def __init__(self, message_code: str):
        self.namespaces = {"": namespace(message_code), "cdt": basis_namespace(message_code)}

    def qualified(self, tag: str) -> str:
        prefix, _, name = tag.rpartition(":")
        return f"{{{self.namespaces[prefix]}}}{name}"

    def root(self) -> ET.Element:
        return ET.Element(self.qualified("Bericht"))

    def sub(self, parent: ET.Element, tag: str, text=None) -> ET.Element:
        element = ET.SubElement(parent, self.qualified(tag))
        if text is not None:
            element.text = text.isoformat() if isinstance(text, date) else str(text)
        return element


def _name(w: _Writer, parent: ET.Element, resident) -> None:
    naam = w.sub(parent, "Naam")
    surname = w.sub(naam, "cdt:Geslachtsnaam")
    w.sub(surname, "cdt:Achternaam", resident.last_name.strip())
    if resident.name_prefix.strip():
        w.sub(surname, "cdt:Voorvoegsel", resident.name_prefix.strip()[:PREFIX_MAX])
    if resident.first_names.strip():
        w.sub(naam, "cdt:Voornamen", resident.first_names.strip())
    if initials := _initials(resident.first_names):
        w.sub(naam, "cdt:Voorletters", initials)
    w.sub(naam, "cdt:NaamGebruik", OWN_NAME)


def _address(w: _Writer, parent: ET.Element, address) -> None:
    contact = w.sub(w.sub(parent, "Contactgegevens"), "Contact")
    w.sub(contact, "Soort", BRP_ADDRESS)
    adres = w.sub(contact, "Adres")
    huis = w.sub(adres, "cdt:Huis")
    w.sub(huis, "cdt:Huisnummer", address.house_number)
    if address.house_letter:
        w.sub(huis, "cdt:Huisletter", address.house_letter)
    if address.house_number_addition:
        w.sub(huis, "cdt:HuisnummerToevoeging", address.house_number_addition)
    w.sub(adres, "cdt:Postcode", address.postcode)
    if address.street.strip():
        # The standard holds the BRP's short street name (24 characters).
        w.sub(adres, "cdt:Straatnaam", address.street.strip()[:STREET_MAX].strip())
    if address.city.strip():
        w.sub(adres, "cdt:Plaatsnaam", address.city.strip())
    w.sub(adres, "cdt:LandCode", NETHERLANDS)


def allocation_message(allocation: Allocation) -> bytes:
    """The allocation as a WMO301 (Wmo) or JW301 (Jeugdwet) message, valid against its schema.

    Raises a ValidationError (Dutch) when the allocation cannot be expressed in the standard:
    a Participatiewet provision, a provider without an AGB code, a resident without a BSN.
    """
    request = allocation.decision.request
    code = message_code_for(request.law)
    resident, municipality, provider = request.resident, request.municipality, allocation.provider
    if not (provider.agb_code or "").isdigit() or len(provider.agb_code) != 8:
        raise ValidationError(f"Aanbieder {provider.name} heeft geen AGB-code: het bericht kan niet weg.")
    if not resident.bsn:
        raise ValidationError("Van de inwoner is geen BSN bekend: het bericht kan niet weg.")
    if not allocation.number.isdigit() or int(allocation.number) > 999_999_999:
        raise ValidationError(
            f"Toewijzingnummer {allocation.number} is geen nummer van hoogstens negen cijfers."
        )

    w = _Writer(code)
    allocated_at = timezone.localtime(allocation.allocated_at)
    basis_version, message_version = xsd_versions(code)
    volume, unit = _volume(allocation)

    root = w.root()
    header = w.sub(root, "Header")
    w.sub(header, "BerichtCode", MESSAGES[code][1])
    w.sub(header, "BerichtVersie", RELEASE_VERSION)
    w.sub(header, "BerichtSubversie", RELEASE_SUBVERSION)
    w.sub(header, "Afzender", municipality.cbs_code.removeprefix("GM"))
    w.sub(header, "Ontvanger", provider.agb_code)
    identification = w.sub(header, "BerichtIdentificatie")
    # One message per allocation: its number identifies it (12 characters at most).
    w.sub(identification, "cdt:Identificatie", f"T{int(allocation.number)}")
    w.sub(identification, "cdt:Dagtekening", allocated_at.date())
    versions = w.sub(header, "XsdVersie")
    w.sub(versions, "cdt:BasisschemaXsdVersie", basis_version)
    w.sub(versions, "cdt:BerichtXsdVersie", message_version)

    client = w.sub(root, "Client")
    w.sub(client, "Bsn", resident.bsn)
    # The full birth date is known, so DatumGebruik (which marks an unknown part) stays empty.
    w.sub(w.sub(client, "Geboortedatum"), "cdt:Datum", resident.birth_date)
    w.sub(client, "Geslacht", GENDER_UNKNOWN)
    _name(w, client, resident)
    _address(w, client, request.household.address)

    product = w.sub(w.sub(client, "ToegewezenProducten"), "ToegewezenProduct")
    w.sub(product, "ToewijzingNummer", int(allocation.number))
    category = w.sub(product, "Product")
    w.sub(category, "cdt:Categorie", allocation.product_category)
    if allocation.product_code:
        w.sub(category, "cdt:Code", allocation.product_code)
    w.sub(product, "Toewijzingsdatum", allocated_at.date())
    w.sub(product, "Toewijzingstijd", allocated_at.strftime("%H:%M:%S"))
    w.sub(product, "Ingangsdatum", allocation.starts_on)
    if allocation.ends_on:
        w.sub(product, "Einddatum", allocation.ends_on)
    extent = w.sub(product, "Omvang")
    w.sub(extent, "cdt:Volume", volume)
    w.sub(extent, "cdt:Eenheid", unit)
    w.sub(extent, "cdt:Frequentie", allocation.frequency)

    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode", default_namespace=w.namespaces[""])
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")
    validate(xml, code)
    return xml


# --- reading: start (305) and stop (307) -------------------------------------------------------


def _text(element: ET.Element, namespaces: dict[str, str], path: str) -> str:
    found = element.find(path, namespaces)
    return (found.text or "").strip() if found is not None else ""


def read_provider_message(xml: bytes) -> dict:
    """Read a provider's start (WMO305/JW305) or stop (WMO307/JW307) message.

    Returns ``{"message_code", "kind" ("start"/"stop"), "sender_agb", "municipality_code",
    "identification", "bsn", "products": [{"number", "starts_on", "ends_on", "stop_reason",
    "status"}]}``; dates as ``date``, ``number`` as a string of digits ("" when absent).
    Raises a ValidationError (Dutch) for anything that is not a valid 305 or 307 message.
    """
    resource = _resource(xml)
    root = resource.root
    uri = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else ""
    code = _message_code_of_namespace(uri)
    if code not in START_MESSAGES + STOP_MESSAGES:
        raise ValidationError(
            "Dit is geen startbericht (WMO305/JW305) of stopbericht (WMO307/JW307) van iWmo of iJw 3.2."
        )
    validate(resource, code)

    ns = {"": namespace(code), "cdt": basis_namespace(code)}
    is_start = code in START_MESSAGES
    client = root.find("Client", ns)
    lines = client.findall("StartProducten/StartProduct", ns) + client.findall(
        "StopProducten/StopProduct", ns
    )
    products = []
    for line in lines:
        number = _text(line, ns, "ToewijzingNummer")
        ends_on = _text(line, ns, "Einddatum")
        products.append(
            {
                "number": str(int(number)) if number else "",
                "starts_on": date.fromisoformat(_text(line, ns, "Begindatum")),
                "ends_on": date.fromisoformat(ends_on) if ends_on else None,
                "stop_reason": _text(line, ns, "RedenBeeindiging"),
                "status": _text(line, ns, "StatusAanlevering"),
            }
        )
    return {
        "message_code": code,
        "kind": "start" if is_start else "stop",
        "sender_agb": _text(root, ns, "Header/Afzender"),
        "municipality_code": _text(root, ns, "Header/Ontvanger"),
        "identification": _text(root, ns, "Header/BerichtIdentificatie/cdt:Identificatie"),
        "bsn": _text(client, ns, "Bsn"),
        "products": products,
    }
