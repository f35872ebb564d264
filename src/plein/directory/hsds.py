"""Open Referral HSDS 3.0 (Human Services Data Specification): the social map as JSON.

``export_hsds`` gives a municipality's active services and the organisations that offer them;
``import_hsds`` reads such a file back, or a plain list of services with their organisation nested.
The public API's HSDS endpoints show the same objects: ``service_to_hsds`` and
``organization_to_hsds`` are the one mapping, both ways are described in docs (HSDS section).

How our fields map, in short:

* ids are our ``hsds_id`` UUIDs; the objects inside a record (phones, locations, attributes, …) get
  ids derived from them (uuid5), so an unchanged social map exports the same ids every time and an
  import recognises its own objects.
* Life domains, the level of the support ladder and free access are attributes with terms of our
  own taxonomies (``plein-leefgebied``, ``plein-niveau``, ``plein-toegang``); the search keywords an
  attribute with a value (``plein-kenmerk``). Term ids are derived from taxonomy and code only, so
  they are the same in every Plein installation.
* The target group and ages become ``eligibility_description`` plus ``minimum_age``/``maximum_age``;
  the cost ``fees_description`` (and a free ``cost_option`` when it costs nothing); the districts
  ``service_areas`` (no districts: one area, the whole municipality).
* Where the help is given is a location: the service's own address, else the organisation's. The
  accessibility of the service is that location's ``accessibility``.
* Who verified a service is never exported (a person); ``assured_date`` is the date only.

Schemas: the official JSON schemas are shipped in ``hsds_schema/`` (CC BY-SA 4.0, see the LICENSE
there) and every imported record is checked against them; ``$ref``s resolve from that folder only,
never over the network.
"""

import functools
import json
import math
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models, transaction
from django.db.models import QuerySet
from django.utils import timezone
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema import ValidationError as SchemaError
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT202012

from plein.areas.models import District, Municipality
from plein.core.models import LifeDomain
from plein.core.validators import normalize_postcode
from plein.directory.models import HsdsImport, Service
from plein.people.models import Organisation, Professional

SCHEMA_DIR = Path(__file__).resolve().parent / "hsds_schema"

# Fixed, so derived ids are the same in every export and every installation.
NAMESPACE = uuid.UUID("ccbaded1-0410-4d74-be98-17bc38439dda")

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_RECORDS = 50_000
PROGRESS_EVERY = 25
MAX_AGE = 120
FREE = "Gratis"
COUNTRY = "NL"
RECORD_NAME_LENGTH = 80

# Dutch language names as editors write them, with their ISO 639 code (639-3 where 639-1 has none).
LANGUAGE_CODES = {
    "nederlands": "nl",
    "engels": "en",
    "duits": "de",
    "frans": "fr",
    "spaans": "es",
    "portugees": "pt",
    "italiaans": "it",
    "pools": "pl",
    "roemeens": "ro",
    "bulgaars": "bg",
    "oekraïens": "uk",
    "russisch": "ru",
    "turks": "tr",
    "arabisch": "ar",
    "tigrinya": "ti",
    "somalisch": "so",
    "farsi": "fa",
    "dari": "prs",
    "chinees": "zh",
    "papiaments": "pap",
    "fries": "fy",
    "nederlandse gebarentaal": "dse",
}
LANGUAGE_NAMES = {code: name.capitalize() for name, code in LANGUAGE_CODES.items()}


# --- schemas ------------------------------------------------------------------------------------


@functools.cache
def _retrieve(uri: str) -> Resource:
    """A ``$ref`` is a file in SCHEMA_DIR or nothing: the registry has no other way to fetch."""
    path = (SCHEMA_DIR / uri).resolve()
    if SCHEMA_DIR not in path.parents or path.suffix != ".json" or not path.is_file():
        raise NoSuchResource(ref=uri)
    return Resource.from_contents(
        json.loads(path.read_text(encoding="utf-8")), default_specification=DRAFT202012
    )


FORMATS = FormatChecker()


# jsonschema checks "uri" and "date-time" only with optional packages; these stdlib checks are enough
# to refuse what no client could use.
@FORMATS.checks("uri", raises=ValueError)
def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value))


@FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    if isinstance(value, str):
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


@functools.cache
def _validator(schema: str) -> Draft202012Validator:
    # The root is a reference, so the schema's own $refs resolve relative to its file.
    return Draft202012Validator(
        {"$ref": schema}, registry=Registry(retrieve=_retrieve), format_checker=FORMATS
    )


TYPE_NAMES = {
    "string": "tekst",
    "number": "een getal",
    "integer": "een geheel getal",
    "object": "een object",
    "array": "een lijst",
    "boolean": "true of false",
}
FORMAT_NAMES = {
    "uuid": "UUID",
    "email": "e-mailadres",
    "uri": "URL",
    "date-time": "datum en tijd (ISO 8601)",
}


def _schema_message(error: SchemaError) -> str:
    where = error.json_path.removeprefix("$").removeprefix(".")
    if error.validator == "required":
        missing = [name for name in error.validator_value if name not in error.instance]
        prefix = f"{where}." if where else ""
        return "verplicht veld ontbreekt: " + ", ".join(f"'{prefix}{name}'" for name in missing)
    subject = f"'{where}'" if where else "het record"
    if error.validator == "type":
        expected = TYPE_NAMES.get(str(error.validator_value), str(error.validator_value))
        return f"{subject} moet {expected} zijn"
    if error.validator == "format":
        return f"{subject} is geen geldig(e) {FORMAT_NAMES.get(error.validator_value, error.validator_value)}"
    if error.validator == "enum":
        return f"{subject} moet een van deze waarden zijn: " + ", ".join(map(str, error.validator_value))
    return f"{subject} voldoet niet aan de regel '{error.validator}'"


def schema_errors(schema: str, instance: Any, *, limit: int = 3) -> list[str]:
    """What is wrong with ``instance`` according to the HSDS schema file ``schema`` (e.g.
    "service.json", "compiled/service_list.json"), in Dutch; empty when it is valid."""
    errors = sorted(_validator(schema).iter_errors(instance), key=lambda error: error.json_path)
    return [_schema_message(error) for error in errors[:limit]]


# --- export -------------------------------------------------------------------------------------


def _uid(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


def _put(record: dict[str, Any], **values: Any) -> dict[str, Any]:
    """Set the values that say something: HSDS leaves out what is unknown rather than send ""."""
    record.update({key: value for key, value in values.items() if value not in (None, "", [])})
    return record


@dataclass(frozen=True)
class Taxonomy:
    name: str
    description: str

    def as_hsds(self) -> dict[str, Any]:
        return {"id": _uid("taxonomy", self.name), "name": self.name, "description": self.description}

    def term(self, code: str, name: str, description: str) -> dict[str, Any]:
        return {
            "id": self.term_id(code),
            "code": code,
            "name": name,
            "description": description,
            "taxonomy": self.name,
            "taxonomy_id": _uid("taxonomy", self.name),
            "taxonomy_detail": self.as_hsds(),
            "language": "nl",
        }

    def term_id(self, code: str) -> str:
        return _uid("taxonomy_term", self.name, code)


LIFE_DOMAINS = Taxonomy(
    "plein-leefgebied", "Leefgebieden van de Zelfredzaamheids-Matrix (ZRM) waar een dienst bij helpt."
)
LEVELS = Taxonomy(
    "plein-niveau",
    "Niveau op de ondersteuningsladder: 0 eigen kracht en algemene voorzieningen, 1 ondersteuning "
    "dichtbij door het team, 2 maatwerk waarvoor een beschikking nodig is.",
)
ACCESS = Taxonomy(
    "plein-toegang", "Of een inwoner zelf kan komen, of een verwijzing of beschikking nodig heeft."
)
FEATURES = Taxonomy("plein-kenmerk", "Andere kenmerken van een dienst; de waarde staat in het attribuut.")
ACCESS_TERMS = {
    True: ("vrij", "Vrij toegankelijk", "Zonder verwijzing of beschikking."),
    False: ("verwijzing", "Verwijzing of beschikking nodig", "Alleen met een verwijzing of beschikking."),
}
KEYWORDS = ("zoekwoorden", "Zoekwoorden", "Woorden die inwoners gebruiken voor deze dienst.")


def _attribute(link_id: str, term: dict[str, Any], value: str = "") -> dict[str, Any]:
    attribute = {
        "id": _uid("attribute", link_id, term["id"]),
        "link_id": link_id,
        "link_entity": "service",
        "taxonomy_term_id": term["id"],
        "taxonomy_term": term,
    }
    return _put(attribute, value=value)


def _service_attributes(service: Service) -> list[dict[str, Any]]:
    link_id = str(service.hsds_id)
    domains = sorted(service.life_domains.all(), key=lambda domain: (domain.order, domain.code))
    attributes = [
        _attribute(link_id, LIFE_DOMAINS.term(domain.code, domain.name, f"Leefgebied {domain.name}."))
        for domain in domains
    ]
    level = Service.Level(service.level)
    attributes.append(_attribute(link_id, LEVELS.term(str(level.value), level.label, level.label + ".")))
    attributes.append(_attribute(link_id, ACCESS.term(*ACCESS_TERMS[service.free_access])))
    if service.keywords:
        attributes.append(_attribute(link_id, FEATURES.term(*KEYWORDS), service.keywords))
    return attributes


def _format_postcode(postcode: str) -> str:
    postcode = normalize_postcode(postcode)
    return f"{postcode[:4]} {postcode[4:]}" if len(postcode) == 6 else postcode


def _has_address(owner: Service | Organisation) -> bool:
    return bool(owner.street_address or owner.postcode or owner.city)


def _addresses(location_id: str, owner: Service | Organisation) -> list[dict[str, Any]]:
    if not _has_address(owner):
        return []
    # address_1, city, state_province and postal_code are required; we do not keep the province.
    address = {
        "id": _uid("address", location_id),
        "location_id": location_id,
        "address_1": owner.street_address,
        "city": owner.city,
        "state_province": "",
        "postal_code": _format_postcode(owner.postcode),
        "country": COUNTRY,
        "address_type": "physical",
    }
    return [address]


def _phones(number: str, owner_field: str, owner_id: str) -> list[dict[str, Any]]:
    if not number:
        return []
    return [{"id": _uid("phone", owner_id), owner_field: owner_id, "number": number, "type": "voice"}]


def _organisation_location(organisation: Organisation) -> dict[str, Any] | None:
    if not (_has_address(organisation) or organisation.opening_hours):
        return None
    organisation_id = str(organisation.hsds_id)
    location_id = _uid("location", organisation_id)
    location = {
        "id": location_id,
        "location_type": "physical",
        "organization_id": organisation_id,
        "name": organisation.name,
    }
    schedules = []
    if organisation.opening_hours:
        schedules.append(
            {
                "id": _uid("schedule", location_id),
                "location_id": location_id,
                "description": organisation.opening_hours,
            }
        )
    return _put(location, addresses=_addresses(location_id, organisation), schedules=schedules)


def _service_location(service: Service) -> dict[str, Any] | None:
    """Where the help is given: the service's own address, else the organisation's location."""
    organisation = service.organisation
    if not (_has_address(service) or service.accessibility):
        return _organisation_location(organisation)
    service_id = str(service.hsds_id)
    location_id = _uid("location", service_id)
    location = {
        "id": location_id,
        "location_type": "physical",
        "organization_id": str(organisation.hsds_id),
        "name": service.name,
    }
    accessibility = []
    if service.accessibility:
        accessibility.append(
            {
                "id": _uid("accessibility", location_id),
                "location_id": location_id,
                "description": service.accessibility,
            }
        )
    owner = service if _has_address(service) else organisation
    return _put(location, addresses=_addresses(location_id, owner), accessibility=accessibility)


def _ages_text(min_age: int | None, max_age: int | None) -> str:
    if min_age is not None and max_age is not None:
        return f"van {min_age} tot en met {max_age} jaar"
    if min_age is not None:
        return f"vanaf {min_age} jaar"
    if max_age is not None:
        return f"tot en met {max_age} jaar"
    return ""


def _eligibility(target_group: str, min_age: int | None, max_age: int | None) -> str:
    ages = _ages_text(min_age, max_age)
    if target_group and ages:
        return f"{target_group} ({ages})"
    return target_group or (f"Leeftijd: {ages}" if ages else "")


def _target_group(eligibility: str, min_age: int | None, max_age: int | None) -> str:
    """The inverse of ``_eligibility``: our own age text comes off again, other text stays."""
    ages = _ages_text(min_age, max_age)
    if ages:
        if eligibility == f"Leeftijd: {ages}":
            return ""
        return eligibility.removesuffix(f" ({ages})")
    return eligibility


def _timestamp(moment) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def service_to_hsds(service: Service) -> dict[str, Any]:
    """One service as an HSDS 3.0 service object (``service.json``); its organisation by id.

    Expects organisation and municipality selected and life domains and districts prefetched
    (``for_hsds``), or it queries for them.
    """
    service_id = str(service.hsds_id)
    record: dict[str, Any] = {
        "id": service_id,
        "organization_id": str(service.organisation.hsds_id),
        "name": service.name,
        "status": "active" if service.active else "inactive",
        "fees_description": service.cost or FREE,
        "last_modified": _timestamp(service.updated_at),
    }
    if service.districts.all():
        areas = [
            {
                "id": _uid("service_area", service_id, district.cbs_code),
                "service_id": service_id,
                "name": district.name,
                "description": f"Wijk {district.name} ({district.cbs_code}) van {service.municipality.name}.",
            }
            for district in sorted(service.districts.all(), key=lambda district: district.cbs_code)
        ]
    else:
        municipality = service.municipality
        areas = [
            {
                "id": _uid("service_area", service_id, municipality.cbs_code),
                "service_id": service_id,
                "name": municipality.name,
                "description": f"De hele gemeente {municipality.name} ({municipality.cbs_code}).",
            }
        ]
    languages = [
        _put(
            {"id": _uid("language", service_id, name.lower()), "service_id": service_id, "name": name},
            code=LANGUAGE_CODES.get(name.lower()),
        )
        for name in comma_list(service.languages)
    ]
    cost_options = []
    if not service.cost:
        cost_options.append(
            {
                "id": _uid("cost_option", service_id),
                "service_id": service_id,
                "option": FREE,
                "amount": 0,
                "currency": "EUR",
            }
        )
    location = _service_location(service)
    service_at_locations = []
    if location is not None:
        service_at_locations.append(
            {
                "id": _uid("service_at_location", service_id, location["id"]),
                "service_id": service_id,
                "location_id": location["id"],
                "location": location,
            }
        )
    return _put(
        record,
        description=service.description,
        url=service.website,
        email=service.email,
        application_process=service.how_to_apply,
        eligibility_description=_eligibility(service.target_group, service.min_age, service.max_age),
        minimum_age=service.min_age,
        maximum_age=service.max_age,
        assured_date=service.last_verified_on.isoformat() if service.last_verified_on else None,
        phones=_phones(service.phone, "service_id", service_id),
        service_areas=areas,
        languages=languages,
        cost_options=cost_options,
        service_at_locations=service_at_locations,
        attributes=_service_attributes(service),
    )


def organization_to_hsds(organisation: Organisation) -> dict[str, Any]:
    """One organisation as an HSDS 3.0 organization object (``organization.json``)."""
    organisation_id = str(organisation.hsds_id)
    identifiers = []
    if organisation.kvk_number:
        identifiers.append(
            {
                "id": _uid("organization_identifier", organisation_id, "kvk"),
                "organization_id": organisation_id,
                "identifier_scheme": "NL-KVK",  # org-id.guide
                "identifier_type": "KvK-nummer",
                "identifier": organisation.kvk_number,
            }
        )
    if organisation.agb_code:
        # org-id.guide lists no scheme for the AGB register; identifier_type is meant for that case.
        identifiers.append(
            {
                "id": _uid("organization_identifier", organisation_id, "agb"),
                "organization_id": organisation_id,
                "identifier_type": "AGB-code",
                "identifier": organisation.agb_code,
            }
        )
    location = _organisation_location(organisation)
    # description is required by the schema, also when we have none.
    record = {"id": organisation_id, "name": organisation.name, "description": organisation.description}
    return _put(
        record,
        email=organisation.email,
        website=organisation.website,
        phones=_phones(organisation.phone, "organization_id", organisation_id),
        locations=[location] if location else [],
        organization_identifiers=identifiers,
    )


def for_hsds(services: QuerySet[Service]) -> QuerySet[Service]:
    """What ``service_to_hsds`` reads, in a fixed number of queries."""
    return services.select_related("organisation", "municipality").prefetch_related(
        "life_domains", "districts"
    )


def hsds_services(*, municipality_id: int) -> QuerySet[Service]:
    """The services a municipality publishes: the active ones, by name."""
    return for_hsds(Service.objects.filter(municipality_id=municipality_id, active=True)).order_by(
        "name", "pk"
    )


def hsds_organisations(*, municipality_id: int) -> QuerySet[Organisation]:
    """The organisations that offer an active service in the municipality, by name."""
    return Organisation.objects.filter(
        pk__in=Service.objects.filter(municipality_id=municipality_id, active=True).values("organisation_id")
    ).order_by("name", "pk")


def export_hsds(*, municipality: Municipality) -> dict[str, list[dict[str, Any]]]:
    """The municipality's social map in HSDS 3.0: ``{"organizations": [...], "services": [...]}``."""
    return {
        "organizations": [
            organization_to_hsds(organisation)
            for organisation in hsds_organisations(municipality_id=municipality.pk)
        ],
        "services": [service_to_hsds(service) for service in hsds_services(municipality_id=municipality.pk)],
    }


# --- import -------------------------------------------------------------------------------------


class HsdsFileError(Exception):
    """The file as a whole cannot be read: nothing in it is imported. The message is Dutch."""


class RecordError(Exception):
    """One record breaks one of our rules: it is skipped. The message is Dutch."""


def comma_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _text(value: Any) -> str:
    """A string of the file as we can store it: JSON allows NUL characters and lone surrogates,
    databases do not."""
    if not isinstance(value, str):
        return ""
    return value.replace("\x00", "").encode("utf-8", errors="replace").decode("utf-8").strip()


def _load(data: bytes | str | dict | list) -> tuple[list[Any], list[Any]]:
    """(organizations, services) of the file; a HsdsFileError says why the file cannot be used."""
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise HsdsFileError(
                f"Het bestand is te groot ({len(data) / 1024 / 1024:.1f} MB); "
                f"het maximum is {MAX_FILE_BYTES // 1024 // 1024} MB. Splits het bestand op."
            )
        try:
            data = json.loads(data)
        except (ValueError, RecursionError) as error:
            raise HsdsFileError(
                "Het bestand is geen geldige JSON (UTF-8). Kies een HSDS-export in JSON-formaat."
            ) from error
    if isinstance(data, list):
        organizations, services = [], data
    elif isinstance(data, dict) and ("services" in data or "organizations" in data):
        organizations, services = data.get("organizations", []), data.get("services", [])
    else:
        organizations = services = None
    if not isinstance(organizations, list) or not isinstance(services, list):
        raise HsdsFileError(
            "Het bestand heeft niet de vorm van een HSDS-bestand: verwacht een object met de lijsten "
            "'organizations' en 'services', of een lijst met services."
        )
    if len(organizations) + len(services) > MAX_RECORDS:
        raise HsdsFileError(
            f"Het bestand bevat meer dan {MAX_RECORDS} records. Splits het bestand op en importeer de delen."
        )
    return organizations, services


def _label(kind: str, number: int, record: Any) -> str:
    """How the skip list names a record: the kind of object as the file calls it, its place in the file."""
    name = _text(record.get("name")) if isinstance(record, dict) else ""
    if len(name) > RECORD_NAME_LENGTH:
        name = name[: RECORD_NAME_LENGTH - 1] + "…"
    return f"{kind} {number} ({name})" if name else f"{kind} {number}"


def _validation_reason(error: ValidationError, model: type[models.Model]) -> str:
    if not hasattr(error, "error_dict"):
        return " ".join(error.messages)
    parts = []
    for field_name, messages in error.message_dict.items():
        try:
            label = str(model._meta.get_field(field_name).verbose_name)
        except FieldDoesNotExist:  # NON_FIELD_ERRORS
            label = ""
        # The first message says it; a postcode that is too long is also not a postcode.
        text = messages[0] if messages[0].endswith((".", "?", "!")) else messages[0] + "."
        parts.append(f"{label}: {text}" if label else text)
    return " ".join(parts)


def _age(record: dict[str, Any], key: str) -> int | None:
    value = record.get(key)
    if value is None:
        return None
    # Python's JSON reader also accepts NaN and Infinity.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value % 1:
        raise RecordError(f"'{key}' moet een heel getal zijn.")
    if not 0 <= value <= MAX_AGE:
        raise RecordError(f"'{key}' moet tussen 0 en {MAX_AGE} liggen.")
    return int(value)


def _address_values(locations: Iterable[Any]) -> dict[str, str]:
    """Street, postcode and city of the first physical location with an address."""
    for location in locations:
        if not isinstance(location, dict) or location.get("location_type") not in ("physical", None):
            continue
        for address in location.get("addresses") or []:
            if isinstance(address, dict) and address.get("address_type", "physical") == "physical":
                street = " ".join(
                    filter(None, [_text(address.get("address_1")), _text(address.get("address_2"))])
                )
                return {
                    "street_address": street,
                    "postcode": normalize_postcode(_text(address.get("postal_code"))),
                    "city": _text(address.get("city")),
                }
    return {"street_address": "", "postcode": "", "city": ""}


def _schedule_text(schedule: dict[str, Any]) -> str:
    if _text(schedule.get("description")):
        return _text(schedule["description"])
    hours = "–".join(filter(None, [_text(schedule.get("opens_at")), _text(schedule.get("closes_at"))]))
    return " ".join(filter(None, [_text(schedule.get("byday")), hours]))


def _opening_hours(locations: Iterable[Any]) -> str:
    for location in locations:
        if isinstance(location, dict):
            texts = [_schedule_text(schedule) for schedule in location.get("schedules") or []]
            if any(texts):
                return "; ".join(filter(None, texts))
    return ""


def _first_phone(record: dict[str, Any]) -> str:
    for phone in record.get("phones") or []:
        if _text(phone.get("number")):
            return _text(phone["number"])
    return ""


def _organisation_values(record: dict[str, Any]) -> dict[str, Any]:
    kvk = agb = ""
    for identifier in record.get("organization_identifiers") or []:
        kind = f"{identifier.get('identifier_scheme', '')} {identifier.get('identifier_type', '')}".lower()
        value = re.sub(r"\s+", "", _text(identifier.get("identifier")))
        if "kvk" in kind and not kvk:
            kvk = value
        elif "agb" in kind and not agb:
            agb = value
    locations = record.get("locations") or []
    return {
        "name": _text(record.get("name")),
        "description": _text(record.get("description")),
        "email": _text(record.get("email")),
        "website": _text(record.get("website")),
        "phone": _first_phone(record),
        "kvk_number": kvk,
        "agb_code": agb,
        "opening_hours": _opening_hours(locations),
        **_address_values(locations),
    }


def _assign(instance: models.Model, values: dict[str, Any]) -> bool:
    """Set the values; True when anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


@dataclass
class ServiceData:
    values: dict[str, Any]
    life_domains: set[int] = field(default_factory=set)
    districts: set[int] = field(default_factory=set)


@dataclass
class _Importer:
    run: HsdsImport
    municipality: Municipality
    progress: Callable[[int, int], None] | None
    # The file's organisation ids → ours; None: that record was skipped.
    organisations: dict[str, Organisation | None] = field(default_factory=dict)
    seen_service_ids: set[str] = field(default_factory=set)
    to_index: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.terms = self._known_terms()
        self.districts = list(District.objects.filter(municipality=self.municipality))

    # -- bookkeeping

    def skip(self, label: str, reason: str) -> None:
        self.run.skipped.append({"record": label, "reason": reason})

    def count(self, outcome: str) -> None:
        setattr(self.run, f"{outcome}_count", getattr(self.run, f"{outcome}_count") + 1)

    def step(self) -> None:
        self.run.processed += 1
        if self.run.processed % PROGRESS_EVERY == 0 or self.run.processed == self.run.total:
            self.run.save(update_fields=["processed", "total"])
            if self.progress is not None:
                self.progress(self.run.processed, self.run.total)

    # -- the whole file

    def import_all(self, organizations: list[Any], services: list[Any]) -> None:
        records: list[tuple[str, str, Any]] = []  # (kind, label, record)
        listed = set()
        for number, record in enumerate(organizations, start=1):
            records.append(("organization", _label("organization", number, record), record))
            if isinstance(record, dict):
                listed.add(record.get("id"))
        for number, record in enumerate(services, start=1):
            nested = record.get("organization") if isinstance(record, dict) else None
            if isinstance(nested, dict) and nested.get("id") not in listed:
                listed.add(nested.get("id"))
                label = "organization bij " + _label("service", number, record)
                records.append(("organization", label, nested))
        records += [
            ("service", _label("service", number, record), record)
            for number, record in enumerate(services, start=1)
        ]
        self.run.total = len(records)
        self.run.save(update_fields=["total"])
        for kind, label, record in records:
            try:
                if kind == "organization":
                    self.import_organisation(record)
                else:
                    self.import_service(record)
            except RecordError as error:
                self.skip(label, str(error))
            self.step()

    # -- organisations

    def import_organisation(self, record: Any) -> None:
        file_id = record.get("id") if isinstance(record, dict) else None
        if isinstance(file_id, str):
            self.organisations[file_id] = None  # until it is saved
        errors = schema_errors("organization.json", record)
        if errors:
            raise RecordError("Voldoet niet aan HSDS 3.0: " + "; ".join(errors) + ".")
        values = _organisation_values(record)
        try:
            with transaction.atomic():
                organisation, outcome = self.save_organisation(uuid.UUID(file_id), values)
        except ValidationError as error:
            raise RecordError(_validation_reason(error, Organisation)) from error
        self.organisations[file_id] = organisation
        self.count(outcome)

    def save_organisation(self, hsds_id: uuid.UUID, values: dict[str, Any]) -> tuple[Organisation, str]:
        organisation = Organisation.objects.filter(hsds_id=hsds_id).first()
        if organisation is None:
            # Names are unique in an installation: a file that calls an organisation we know by
            # another id means the same organisation. Its data stay as they are (it may be another
            # municipality's), and the file's services are linked to it.
            organisation = Organisation.objects.filter(name__iexact=values["name"]).order_by("pk").first()
            if organisation is not None:
                organisation.municipalities.add(self.municipality)
                return organisation, "unchanged"
            organisation = Organisation(hsds_id=hsds_id, kind=Organisation.Kind.PARTNER, **values)
            organisation.full_clean()
            organisation.save()
            organisation.municipalities.add(self.municipality)
            return organisation, "created"
        old_name = organisation.name
        if not _assign(organisation, values):
            organisation.municipalities.add(self.municipality)
            return organisation, "unchanged"
        organisation.full_clean()
        organisation.save()
        organisation.municipalities.add(self.municipality)
        if organisation.name != old_name:  # the search index carries the organisation's name
            self.to_index.update(organisation.services.values_list("pk", flat=True))
        return organisation, "updated"

    # -- services

    def import_service(self, record: Any) -> None:
        errors = schema_errors("service.json", record)
        if errors:
            raise RecordError("Voldoet niet aan HSDS 3.0: " + "; ".join(errors) + ".")
        file_id = record["id"]
        if file_id in self.seen_service_ids:
            raise RecordError("Dit id staat al eerder in het bestand; alleen de eerste telt.")
        self.seen_service_ids.add(file_id)
        organisation = self.organisation_of(record)
        data = self.service_data(record, organisation)
        try:
            with transaction.atomic():
                service, outcome = self.save_service(uuid.UUID(file_id), organisation, data)
        except ValidationError as error:
            raise RecordError(_validation_reason(error, Service)) from error
        if outcome != "unchanged":
            self.to_index.add(service.pk)
        self.count(outcome)

    def organisation_of(self, record: dict[str, Any]) -> Organisation:
        nested = record.get("organization") or {}
        file_id = record.get("organization_id") or nested.get("id")
        if not file_id:
            raise RecordError("De service noemt geen organisatie (organization_id ontbreekt).")
        if file_id in self.organisations:
            organisation = self.organisations[file_id]
            if organisation is None:
                raise RecordError("De organisatie van deze service is overgeslagen; zie die melding.")
            return organisation
        organisation = Organisation.objects.filter(hsds_id=file_id).first()
        if organisation is None:
            raise RecordError(
                f"De organisatie {file_id} staat niet in het bestand en is niet bekend in Plein."
            )
        return organisation

    def _known_terms(self) -> dict[str, tuple[str, str]]:
        """Our taxonomy terms by id → (taxonomy, code), for files that carry only term ids."""
        terms = {LEVELS.term_id(str(level)): (LEVELS.name, str(level)) for level in Service.Level.values}
        terms.update({ACCESS.term_id(code): (ACCESS.name, code) for code, _, _ in ACCESS_TERMS.values()})
        terms[FEATURES.term_id(KEYWORDS[0])] = (FEATURES.name, KEYWORDS[0])
        self.life_domain_ids = dict(LifeDomain.objects.filter(active=True).values_list("code", "pk"))
        terms.update({LIFE_DOMAINS.term_id(code): (LIFE_DOMAINS.name, code) for code in self.life_domain_ids})
        return terms

    def attributes(self, record: dict[str, Any]) -> list[tuple[str, str, str]]:
        """(taxonomy, code, value) of the record's attributes that use a taxonomy of ours."""
        found = []
        for attribute in record.get("attributes") or []:
            term = attribute.get("taxonomy_term") or {}
            taxonomy = term.get("taxonomy") or (term.get("taxonomy_detail") or {}).get("name")
            code = term.get("code")
            if not (taxonomy and code):
                taxonomy, code = self.terms.get(attribute.get("taxonomy_term_id") or term.get("id"), ("", ""))
            found.append((taxonomy, code, _text(attribute.get("value"))))
        return found

    def district_ids(self, record: dict[str, Any]) -> set[int]:
        """The districts the service areas name (by CBS code, else by name). An area we do not know
        (another municipality's district, free text) adds none: the service then serves the
        whole municipality."""
        found = set()
        for area in record.get("service_areas") or []:
            text = " ".join(_text(area.get(key)) for key in ("name", "description", "uri", "extent"))
            codes = set(re.findall(r"\bWK\d{6}\b", text.upper()))
            name = _text(area.get("name")).lower()
            for district in self.districts:
                if district.cbs_code in codes or (not codes and district.name.lower() == name):
                    found.add(district.pk)
        return found

    def service_data(self, record: dict[str, Any], organisation: Organisation) -> ServiceData:
        min_age, max_age = _age(record, "minimum_age"), _age(record, "maximum_age")
        if min_age is not None and max_age is not None and min_age > max_age:
            raise RecordError("'minimum_age' is groter dan 'maximum_age'.")
        assured = _text(record.get("assured_date"))
        try:
            verified_on = date.fromisoformat(assured[:10]) if assured else None
        except ValueError as error:
            raise RecordError("'assured_date' is geen datum (JJJJ-MM-DD).") from error
        data = ServiceData(values={"level": Service.Level.GENERAL, "free_access": True, "keywords": ""})
        for taxonomy, code, value in self.attributes(record):
            if taxonomy == LIFE_DOMAINS.name and code in self.life_domain_ids:
                data.life_domains.add(self.life_domain_ids[code])
            elif taxonomy == LEVELS.name and code in {str(level) for level in Service.Level.values}:
                data.values["level"] = int(code)
            elif taxonomy == ACCESS.name and code in (ACCESS_TERMS[True][0], ACCESS_TERMS[False][0]):
                data.values["free_access"] = code == ACCESS_TERMS[True][0]
            elif taxonomy == FEATURES.name and code == KEYWORDS[0]:
                data.values["keywords"] = value
        data.districts = self.district_ids(record)
        locations = [
            link.get("location") for link in record.get("service_at_locations") or [] if link.get("location")
        ]
        address = _address_values(locations)
        if address == {key: getattr(organisation, key) for key in address}:
            address = dict.fromkeys(address, "")  # at the organisation's address, as we export it
        accessibility = [
            _text(item.get("description")) or _text(item.get("details"))
            for location in locations
            for item in location.get("accessibility") or []
        ]
        languages = [
            _text(language.get("name")) or LANGUAGE_NAMES.get(_text(language.get("code")).lower(), "")
            for language in record.get("languages") or []
        ]
        data.values.update(
            {
                "name": _text(record.get("name")),
                "description": _text(record.get("description")),
                "target_group": _target_group(_text(record.get("eligibility_description")), min_age, max_age),
                "min_age": min_age,
                "max_age": max_age,
                "cost": self.cost(record),
                "how_to_apply": _text(record.get("application_process")),
                "phone": _first_phone(record),
                "email": _text(record.get("email")),
                "website": _text(record.get("url")),
                "languages": ", ".join(filter(None, languages)),
                "accessibility": "; ".join(filter(None, accessibility)),
                "active": record.get("status") == "active",
                "last_verified_on": verified_on,
                **address,
            }
        )
        return data

    @staticmethod
    def cost(record: dict[str, Any]) -> str:
        options = [option for option in record.get("cost_options") or [] if isinstance(option, dict)]
        text = _text(record.get("fees_description")) or _text(record.get("fees"))
        if text:
            # Our own export says "Gratis" with a free cost option for an empty cost; an editor's
            # own text "Gratis" comes without one and stays.
            free = any(option.get("amount") == 0 for option in options)
            return "" if free and text == FREE else text
        parts = []
        for option in options:
            amount = option.get("amount")
            price = f"{_text(option.get('currency')) or 'EUR'} {Decimal(str(amount))}" if amount else ""
            parts.append(
                " ".join(
                    filter(
                        None, [_text(option.get("option")), price, _text(option.get("amount_description"))]
                    )
                )
            )
        return "; ".join(filter(None, parts))

    def service_id_for(self, file_id: uuid.UUID) -> tuple[Service | None, uuid.UUID]:
        """The service this record updates, and the hsds_id it has here.

        Ids are unique in the installation: when another municipality already has a service with
        this id (a copy of its social map), this municipality's copy gets an id derived from it, the
        same on every import.
        """
        derived = uuid.uuid5(NAMESPACE, f"service/{self.municipality.cbs_code}/{file_id}")
        existing = (
            Service.objects.filter(municipality=self.municipality, hsds_id__in=[file_id, derived])
            .order_by("pk")
            .first()
        )
        if existing is not None:
            return existing, existing.hsds_id
        if Service.objects.filter(hsds_id=file_id).exists():
            return None, derived
        return None, file_id

    def save_service(
        self, file_id: uuid.UUID, organisation: Organisation, data: ServiceData
    ) -> tuple[Service, str]:
        service, hsds_id = self.service_id_for(file_id)
        if service is None:
            service = Service(
                hsds_id=hsds_id, municipality=self.municipality, organisation=organisation, **data.values
            )
            service.full_clean()
            service.save()
            service.life_domains.set(data.life_domains)
            service.districts.set(data.districts)
            return service, "created"
        changed = _assign(service, {"organisation": organisation, **data.values})
        if changed:
            service.full_clean()
            service.save()
        if set(service.life_domains.values_list("pk", flat=True)) != data.life_domains:
            service.life_domains.set(data.life_domains)
            changed = True
        if set(service.districts.values_list("pk", flat=True)) != data.districts:
            service.districts.set(data.districts)
            changed = True
        return service, "updated" if changed else "unchanged"


def import_hsds(
    data: bytes | str | dict | list,
    *,
    municipality: Municipality,
    actor: Professional | None = None,
    file_name: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> HsdsImport:
    """Import an HSDS 3.0 file into the municipality's social map; the returned HsdsImport says
    what was created, updated, unchanged and skipped (with a Dutch reason per record).

    Accepts ``export_hsds``'s shape and a plain list of services with their organisation nested.
    Idempotent: records are matched by id, so the same file twice changes nothing the second time.
    Each record is saved in its own transaction: a broken record is skipped, the others stay. A
    file that cannot be read at all (not JSON, wrong shape, too big) ends as FAILED, with nothing
    imported. ``progress(done, total)`` is called every PROGRESS_EVERY records and at the end.
    """
    run = HsdsImport.objects.create(municipality=municipality, started_by=actor, file_name=file_name[:200])
    try:
        organizations, services = _load(data)
    except HsdsFileError as error:
        return _finish(run, HsdsImport.State.FAILED, reason=str(error))
    importer = _Importer(run=run, municipality=municipality, progress=progress)
    try:
        importer.import_all(organizations, services)
        if importer.to_index:
            # Imported here: the search module imports the models of this app too.
            from plein.directory.search import index_services

            index_services(sorted(importer.to_index))
    except Exception:
        _finish(
            run,
            HsdsImport.State.FAILED,
            reason="De import is afgebroken door een onverwachte fout. Wat al was ingelezen, blijft "
            "staan; importeer het bestand opnieuw om de rest te laden.",
        )
        raise
    return _finish(run, HsdsImport.State.DONE)


def _finish(run: HsdsImport, state: str, *, reason: str = "") -> HsdsImport:
    if reason:
        run.skipped.append({"record": "bestand", "reason": reason})
    run.state = state
    run.finished_at = timezone.now()
    run.save()
    return run
