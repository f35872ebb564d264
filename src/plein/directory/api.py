"""Public API of the social map: search and read services and organisations without logging in.

This is what other municipal sites and apps embed. Everything here is public information already
shown on the portal, so no operation asks for authentication; every request counts towards a
limit per client (``PUBLIC_API``) and gets a 429 beyond it. Only active services are shown, and
organisations only while they offer one.

Two forms of the same data: our own (``/social-map/…``: the search of the portal, with filters and
typo corrections) and Open Referral HSDS 3.0 (``/hsds/…``: pages and objects as the HSDS API
specification describes them, built by the same mapping as the HSDS export).
"""

from datetime import date
from typing import Annotated, Any
from uuid import UUID

from django.conf import settings
from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, reverse
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from plein.areas.models import District, Municipality
from plein.core.api_common import MAX_OFFSET, ErrorOut, InputSchema, life_domains_by_code
from plein.core.rate_limit import RateLimit
from plein.directory import hsds, search
from plein.directory.models import Service
from plein.directory.portal import portal_for_request
from plein.people.models import Organisation

TAG = "Sociale kaart (openbaar)"
HSDS_TAG = "Open Referral HSDS 3.0 (openbaar)"
router = Router(tags=[TAG])

# Per client address; a site that embeds the search server-side should cache what it shows.
PUBLIC_API = RateLimit("public-api", limit=settings.PUBLIC_API_RATE_LIMIT, window_seconds=60)
TOO_MANY_REQUESTS = "Te veel verzoeken achter elkaar. Wacht een minuut en probeer het dan opnieuw."
MAX_PAGE_SIZE = 100
MAX_PAGE = MAX_OFFSET // MAX_PAGE_SIZE

PUBLIC_ERRORS = {422: ErrorOut, 429: ErrorOut}
LOOKUP_ERRORS = {404: ErrorOut, **PUBLIC_ERRORS}
SEARCH_ERRORS = {400: ErrorOut, 404: ErrorOut, **PUBLIC_ERRORS}

MUNICIPALITY_CODE = Field(
    None,
    pattern=r"^[Gg][Mm][0-9]{4}$",
    description="CBS-code van de gemeente, bijvoorbeeld GM0398. Leeg: de gemeente van dit portaal.",
)


def _throttle(request: HttpRequest) -> None:
    if PUBLIC_API.hit(request):
        raise HttpError(429, TOO_MANY_REQUESTS)


def _municipality(request: HttpRequest, code: str | None) -> Municipality:
    if not code:
        return portal_for_request(request).municipality
    municipality = Municipality.objects.filter(cbs_code=code.upper()).first()
    if municipality is None:
        raise HttpError(404, f"Er is geen gemeente met CBS-code {code.upper()}.")
    return municipality


# --- our own form -------------------------------------------------------------------------------


class SocialMapRefOut(Schema):
    id: int
    name: str


class SocialMapAreaOut(Schema):
    cbs_code: str
    name: str


class SocialMapContactOut(Schema):
    phone: str
    email: str
    website: str


class SocialMapAddressOut(Schema):
    street_address: str
    postcode: str
    city: str


def _contact(obj: Service | Organisation) -> dict[str, str]:
    return {"phone": obj.phone, "email": obj.email, "website": obj.website}


def _address(obj: Service | Organisation) -> dict[str, str]:
    return {"street_address": obj.street_address, "postcode": obj.postcode, "city": obj.city}


class SocialMapServiceOut(Schema):
    id: int
    hsds_id: UUID = Field(description="Het id van deze dienst in HSDS 3.0 (/hsds/services/{hsds_id}).")
    name: str
    description: str
    organisation: SocialMapRefOut
    municipality: SocialMapAreaOut
    level: int = Field(
        description="Niveau op de ondersteuningsladder: 0 eigen kracht en algemene voorzieningen, "
        "1 ondersteuning dichtbij door het team, 2 maatwerk (beschikking nodig)."
    )
    level_label: str
    free_access: bool = Field(
        description="Vrij toegankelijk; false: er is een verwijzing of beschikking nodig."
    )
    life_domains: list[str] = Field(description="Codes van de leefgebieden (ZRM).")
    districts: list[SocialMapAreaOut] = Field(
        description="De wijken waar de dienst werkt; leeg: de hele gemeente."
    )
    target_group: str
    min_age: int | None
    max_age: int | None
    cost: str = Field(description="Wat het kost; leeg: gratis.")
    how_to_apply: str
    contact: SocialMapContactOut
    address: SocialMapAddressOut = Field(description="Waar de hulp is; leeg: bij de organisatie of thuis.")
    languages: list[str]
    accessibility: str
    last_verified_on: date | None = Field(
        description="Wanneer de gegevens voor het laatst zijn gecontroleerd."
    )
    url: str | None = Field(description="De pagina van deze dienst op het portaal.")

    @staticmethod
    def resolve_level_label(obj: Service) -> str:
        return obj.get_level_display()

    @staticmethod
    def resolve_life_domains(obj: Service) -> list[str]:
        return [domain.code for domain in obj.life_domains.all()]

    @staticmethod
    def resolve_districts(obj: Service) -> list[District]:
        return sorted(obj.districts.all(), key=lambda district: district.cbs_code)

    @staticmethod
    def resolve_contact(obj: Service) -> dict[str, str]:
        return _contact(obj)

    @staticmethod
    def resolve_address(obj: Service) -> dict[str, str]:
        return _address(obj)

    @staticmethod
    def resolve_languages(obj: Service) -> list[str]:
        return hsds.comma_list(obj.languages)

    @staticmethod
    def resolve_url(obj: Service, context: dict[str, Any]) -> str | None:
        try:
            path = reverse("portal:service", kwargs={"pk": obj.pk})
        except NoReverseMatch:  # the portal's pages are not there (yet)
            return None
        return context["request"].build_absolute_uri(path)


class SocialMapSearchOut(Schema):
    municipality: SocialMapAreaOut
    query: str = Field(
        description=f"Wat er gezocht is: de vraag zonder opmaak, hoogstens {search.MAX_QUERY_LENGTH} tekens."
    )
    corrections: dict[str, str] = Field(
        description='Verbeterde tikfouten: het woord zoals getypt → het woord waarop gezocht is ("boodschapen" → "boodschappen").'
    )
    total: int = Field(description=f"Aantal gevonden diensten (hoogstens {search.MAX_CANDIDATES}).")
    limit: int
    offset: int
    results: list[SocialMapServiceOut]


class SocialMapSearchQuery(InputSchema):
    q: str = Field("", description="De vraag in gewone woorden, bijvoorbeeld 'hulp bij boodschappen'.")
    life_domain: list[Annotated[str, Field(pattern=r"^[a-z_]{1,40}$")]] = Field(
        [], description="Alleen diensten voor een van deze leefgebieden (codes, ZRM)."
    )
    district: str | None = Field(
        None, pattern=r"^[Ww][Kk][0-9]{6}$", description="Alleen diensten in deze wijk (CBS-code, WK039801)."
    )
    age: int | None = Field(None, ge=0, le=hsds.MAX_AGE, description="Alleen diensten voor deze leeftijd.")
    free_access: bool = Field(False, description="Alleen vrij toegankelijke diensten.")
    municipality: str | None = MUNICIPALITY_CODE
    limit: int = Field(20, ge=1, le=MAX_PAGE_SIZE)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class SocialMapServiceRefOut(Schema):
    id: int
    name: str
    municipality: SocialMapAreaOut


class SocialMapOrganisationOut(Schema):
    id: int
    hsds_id: UUID = Field(
        description="Het id van deze organisatie in HSDS 3.0 (/hsds/organizations/{hsds_id})."
    )
    name: str
    description: str
    contact: SocialMapContactOut
    address: SocialMapAddressOut
    opening_hours: str
    kvk_number: str
    services: list[SocialMapServiceRefOut] = Field(description="De actieve diensten van de organisatie.")

    @staticmethod
    def resolve_contact(obj: Organisation) -> dict[str, str]:
        return _contact(obj)

    @staticmethod
    def resolve_address(obj: Organisation) -> dict[str, str]:
        return _address(obj)

    @staticmethod
    def resolve_services(obj: Organisation) -> list[Service]:
        return obj.active_services


def _public_services() -> QuerySet[Service]:
    return hsds.for_hsds(Service.objects.filter(active=True))


def _public_organisations() -> QuerySet[Organisation]:
    active = Service.objects.filter(active=True).select_related("municipality").order_by("name", "pk")
    return (
        Organisation.objects.filter(services__active=True)
        .distinct()
        .prefetch_related(Prefetch("services", queryset=active, to_attr="active_services"))
    )


@router.get(
    "/social-map/services",
    response={200: SocialMapSearchOut, **SEARCH_ERRORS},
    auth=None,
    summary="Zoek in de sociale kaart",
    description="Zoek hulp zoals een inwoner dat doet: in gewone woorden, met tikfouten en synoniemen. "
    "Zonder vraag: alle diensten die bij de filters passen, algemene voorzieningen eerst. "
    f"Openbaar, zonder inloggen; hoogstens {PUBLIC_API.limit} verzoeken per minuut per client.",
)
def service_search(request: HttpRequest, filters: Query[SocialMapSearchQuery]):
    _throttle(request)
    municipality = _municipality(request, filters.municipality)
    life_domains = life_domains_by_code(filters.life_domain, field="life_domain")
    district = None
    if filters.district:
        district = District.objects.filter(
            municipality=municipality, cbs_code=filters.district.upper()
        ).first()
        if district is None:
            raise HttpError(400, f"De wijk {filters.district.upper()} hoort niet bij {municipality.name}.")
    result = search.search_services(
        municipality_id=municipality.pk,
        query=filters.q,
        filters=search.SearchFilters(
            life_domain_codes=tuple(sorted(life_domains)),
            district_id=district.pk if district else None,
            age=filters.age,
            free_access_only=filters.free_access,
        ),
        prefer_district_id=district.pk if district else None,
        limit=filters.limit,
        offset=filters.offset,
    )
    prefetch_related_objects(result.services, "districts", "municipality")
    return {
        "municipality": municipality,
        "query": result.query,
        "corrections": result.corrections,
        "total": result.total,
        "limit": filters.limit,
        "offset": filters.offset,
        "results": result.services,
    }


@router.get(
    "/social-map/services/{service_id}",
    response={200: SocialMapServiceOut, **LOOKUP_ERRORS},
    auth=None,
    summary="Eén dienst van de sociale kaart",
)
def service_detail(request: HttpRequest, service_id: int):
    _throttle(request)
    return get_object_or_404(_public_services(), pk=service_id)


@router.get(
    "/social-map/organisations/{organisation_id}",
    response={200: SocialMapOrganisationOut, **LOOKUP_ERRORS},
    auth=None,
    summary="Eén organisatie van de sociale kaart, met haar diensten",
)
def organisation_detail(request: HttpRequest, organisation_id: int):
    _throttle(request)
    return get_object_or_404(_public_organisations(), pk=organisation_id)


# --- Open Referral HSDS 3.0 ---------------------------------------------------------------------


class HsdsPageOut(Schema):
    """The page of the HSDS 3.0 API specification (openapi.json, components/schemas/Page)."""

    total_items: int
    total_pages: int
    page_number: int
    size: int = Field(description="Aantal objecten op deze pagina.")
    first_page: bool
    last_page: bool
    empty: bool
    contents: list[dict[str, Any]] = Field(
        description="HSDS 3.0-objecten (service.json of organization.json)."
    )


class HsdsPageQuery(InputSchema):
    page: int = Field(1, ge=1, le=MAX_PAGE)
    per_page: int = Field(50, ge=1, le=MAX_PAGE_SIZE)
    municipality: str | None = MUNICIPALITY_CODE


class HsdsServicesQuery(HsdsPageQuery):
    search: str = Field("", description="Zoek zoals op het portaal; leeg: alle diensten op naam.")


def _page(contents: list[dict[str, Any]], total: int, query: HsdsPageQuery) -> dict[str, Any]:
    total_pages = -(-total // query.per_page)
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": query.page,
        "size": len(contents),
        "first_page": query.page == 1,
        "last_page": query.page >= total_pages,
        "empty": total == 0,
        "contents": contents,
    }


@router.get(
    "/hsds/services",
    response={200: HsdsPageOut, **LOOKUP_ERRORS},
    auth=None,
    tags=[HSDS_TAG],
    summary="Diensten als HSDS 3.0, per pagina",
)
def hsds_service_list(request: HttpRequest, query: Query[HsdsServicesQuery]):
    _throttle(request)
    municipality = _municipality(request, query.municipality)
    offset = (query.page - 1) * query.per_page
    if query.search.strip():
        result = search.search_services(
            municipality_id=municipality.pk, query=query.search, limit=query.per_page, offset=offset
        )
        found = hsds.for_hsds(Service.objects.filter(pk__in=[service.pk for service in result.services]))
        by_pk = {service.pk: service for service in found}
        services, total = [by_pk[service.pk] for service in result.services], result.total
    else:
        listed = hsds.hsds_services(municipality_id=municipality.pk)
        services, total = list(listed[offset : offset + query.per_page]), listed.count()
    return _page([hsds.service_to_hsds(service) for service in services], total, query)


@router.get(
    "/hsds/services/{service_hsds_id}",
    response={200: dict[str, Any], **LOOKUP_ERRORS},
    auth=None,
    tags=[HSDS_TAG],
    summary="Eén dienst als HSDS 3.0, met zijn organisatie",
)
def hsds_service_detail(request: HttpRequest, service_hsds_id: UUID):
    _throttle(request)
    service = get_object_or_404(_public_services(), hsds_id=service_hsds_id)
    return {**hsds.service_to_hsds(service), "organization": hsds.organization_to_hsds(service.organisation)}


@router.get(
    "/hsds/organizations",
    response={200: HsdsPageOut, **LOOKUP_ERRORS},
    auth=None,
    tags=[HSDS_TAG],
    summary="Organisaties als HSDS 3.0, per pagina",
)
def hsds_organisation_list(request: HttpRequest, query: Query[HsdsPageQuery]):
    _throttle(request)
    municipality = _municipality(request, query.municipality)
    offset = (query.page - 1) * query.per_page
    organisations = hsds.hsds_organisations(municipality_id=municipality.pk)
    contents = [
        hsds.organization_to_hsds(organisation)
        for organisation in organisations[offset : offset + query.per_page]
    ]
    return _page(contents, organisations.count(), query)


@router.get(
    "/hsds/organizations/{organization_hsds_id}",
    response={200: dict[str, Any], **LOOKUP_ERRORS},
    auth=None,
    tags=[HSDS_TAG],
    summary="Eén organisatie als HSDS 3.0, met de ids van haar diensten",
)
def hsds_organisation_detail(request: HttpRequest, organization_hsds_id: UUID):
    _throttle(request)
    organisation = get_object_or_404(_public_organisations(), hsds_id=organization_hsds_id)
    services = [
        {"id": str(service.hsds_id), "name": service.name} for service in organisation.active_services
    ]
    return {**hsds.organization_to_hsds(organisation), "services": services}
