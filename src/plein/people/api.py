"""API for residents and households.

Need-to-know: every read goes through ``people.selectors`` (households_visible_to and friends),
and an id outside the professional's scope gives the same 404 as an id that does not exist.
Writes go through ``people.services``; their ValidationErrors become 400s (see plein/api.py).
"""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Router, Schema, Status

from plein.areas.api import AreaOut, TeamOut
from plein.areas.selectors import teams_serving
from plein.core.api_common import COMMON_ERRORS, ErrorOut, InputSchema
from plein.core.validators import normalize_postcode
from plein.people import selectors, services
from plein.people.forms import ResidentSearchForm
from plein.people.models import Address, Household, HouseholdMembership, Resident
from plein.privacy.access_log import log_view_access, record_resident_search
from plein.privacy.break_the_glass import refuse_change_under_emergency

router = Router(tags=["Inwoners en huishoudens"])


class AddressOut(Schema):
    postcode: str
    house_number: int
    house_letter: str
    house_number_addition: str
    street: str
    city: str
    label: str = Field(description="Het adres op één regel.")

    @staticmethod
    def resolve_label(obj: Address) -> str:
        return str(obj)


class CurrentHouseholdOut(Schema):
    id: int
    position: HouseholdMembership.Position
    since: date
    address: AddressOut


class ResidentOut(Schema):
    id: int
    first_names: str
    name_prefix: str
    last_name: str
    full_name: str
    birth_date: date
    bsn: str | None
    phone: str
    email: str
    preferred_language: Resident.Language
    interpreter_needed: bool
    municipality: AreaOut
    household: CurrentHouseholdOut | None = Field(description="Het huishouden waar de inwoner nu woont.")

    @staticmethod
    def resolve_household(obj: Resident) -> dict | None:
        # Search results carry a prefetched current membership; a single resident is looked up.
        prefetched = getattr(obj, "current_memberships", None)
        if prefetched is None:
            membership = selectors.current_membership(obj)
        else:
            membership = prefetched[0] if prefetched else None
        if membership is None:
            return None
        return {
            "id": membership.household_id,
            "position": membership.position,
            "since": membership.starts_on,
            "address": membership.household.address,
        }


class ResidentSearchIn(InputSchema):
    name: str = Field("", description="Begin van de achternaam, eventueel met (het begin van) voornamen.")
    birth_date: str = Field("", description="JJJJ-MM-DD of DD-MM-JJJJ.")
    bsn: str = ""
    postcode: str = ""
    house_number: int | None = Field(None, ge=1, description="Alleen samen met postcode.")


class ResidentSearchOut(Schema):
    items: list[ResidentOut]
    count: int = Field(description="Het aantal inwoners in items.")
    truncated: bool = Field(
        description=f"Er zijn meer dan {selectors.SEARCH_RESULT_LIMIT} treffers; zoek specifieker."
    )


class ResidentIn(InputSchema):
    """A new resident. Values are checked by the same service as the web form."""

    first_names: str
    name_prefix: str = ""
    last_name: str
    birth_date: date
    bsn: str | None = Field(None, description="Optioneel: niet elk eerste contact kent het BSN.")
    phone: str = ""
    email: str = ""
    preferred_language: Resident.Language = Resident.Language.DUTCH
    interpreter_needed: bool = False
    postcode: str = Field("", description="Verplicht, tenzij household_id is gegeven.")
    house_number: int | None = Field(None, ge=1, description="Verplicht, tenzij household_id is gegeven.")
    house_letter: str = ""
    house_number_addition: str = ""
    street: str = ""
    city: str = ""
    position: HouseholdMembership.Position = HouseholdMembership.Position.ADULT
    household_id: int | None = Field(
        None, description="Voeg de inwoner toe aan dit bestaande huishouden in plaats van een nieuw."
    )


class HouseholdMemberIn(InputSchema):
    resident_id: int
    position: HouseholdMembership.Position
    starts_on: date | None = Field(None, description="Standaard vandaag.")


class ResidentSummaryOut(Schema):
    id: int
    full_name: str
    birth_date: date


class HouseholdMemberOut(Schema):
    resident: ResidentSummaryOut
    position: HouseholdMembership.Position
    since: date = Field(alias="starts_on")


class HouseholdOut(Schema):
    id: int
    address: AddressOut
    neighbourhood: AreaOut
    district: AreaOut
    municipality: AreaOut
    teams: list[TeamOut] = Field(description="De teams die de buurt van dit huishouden bedienen.")
    members: list[HouseholdMemberOut] = Field(description="De huidige leden.")

    @staticmethod
    def resolve_neighbourhood(obj: Household):
        return obj.address.neighbourhood

    @staticmethod
    def resolve_district(obj: Household):
        return obj.address.neighbourhood.district

    @staticmethod
    def resolve_teams(obj: Household):
        return list(teams_serving(obj.address.neighbourhood).prefetch_related("districts"))

    @staticmethod
    def resolve_members(obj: Household):
        return list(selectors.household_members(obj))


def _require_perm(request: HttpRequest, permission: str) -> None:
    # The same rules as the web views, so the API is no back door around them.
    if not request.auth.has_perm(permission):
        raise PermissionDenied


def _visible_household(request: HttpRequest, household_id: int) -> Household:
    try:
        household = selectors.household_detail(user=request.auth, household_id=household_id)
    except Household.DoesNotExist:
        raise Http404 from None
    if request.method != "GET":
        # As on the web: break-the-glass opens a household for reading only (403).
        refuse_change_under_emergency(request.auth, household_id=household.pk)
    return household


def _field_error(field: str, message: str) -> ValidationError:
    return ValidationError({field: message})


def _renamed(error: ValidationError, field_map: dict[str, str]) -> ValidationError:
    """Services name model fields ("resident"); the API body names ids ("resident_id")."""
    if not hasattr(error, "error_dict"):
        return error
    return ValidationError(
        {field_map.get(field, field): messages for field, messages in error.message_dict.items()}
    )


# A POST, so that names, BSNs and addresses stay out of URLs and access logs.
@router.post(
    "/residents/search",
    response={200: ResidentSearchOut, 400: ErrorOut, 403: ErrorOut, **COMMON_ERRORS},
    summary="Inwoners zoeken in mijn werkgebied",
)
def resident_search(request: HttpRequest, payload: ResidentSearchIn):
    _require_perm(request, "people.search_residents")
    # The web form's rules apply: at least one criterion, a valid BSN and postcode, a house
    # number only with a postcode.
    form = ResidentSearchForm(data=payload.dict(exclude_none=True))
    if not form.is_valid():
        raise ValidationError(form.errors.as_data())
    limit = selectors.SEARCH_RESULT_LIMIT
    # One extra row tells whether the list was cut off, without counting every match.
    residents = selectors.resident_search(user=request.auth, **form.cleaned_data, limit=limit + 1)
    items = residents[:limit]
    record_resident_search(actor=request.auth, residents=items, request=request)
    prefetch_related_objects(items, "municipality")
    return {"items": items, "count": len(items), "truncated": len(residents) > limit}


@router.get(
    "/residents/{resident_id}",
    response={200: ResidentOut, 404: ErrorOut, **COMMON_ERRORS},
    summary="Een inwoner",
)
def resident_detail(request: HttpRequest, resident_id: int):
    return log_view_access(
        request,
        object_type="resident",
        object_id=resident_id,
        lookup=lambda: get_object_or_404(
            selectors.residents_visible_to(request.auth).select_related("municipality"), pk=resident_id
        ),
        concerns=lambda resident: {"resident_id": resident.pk},
    )


@router.post(
    "/residents",
    response={201: ResidentOut, 400: ErrorOut, 403: ErrorOut, **COMMON_ERRORS},
    summary="Een inwoner registreren",
)
def resident_register(request: HttpRequest, payload: ResidentIn):
    _require_perm(request, "people.register_resident")
    data = payload.model_dump()
    household_id = data.pop("household_id")
    data["bsn"] = data["bsn"] or ""
    household = None
    if household_id is not None:
        household = (
            selectors.households_visible_to(request.auth)
            .select_related("address")
            .filter(pk=household_id)
            .first()
        )
        if household is None:
            raise _field_error("household_id", "Er is geen huishouden met dit nummer in uw werkgebied.")
        address = household.address
        # The address comes from the household; a different one in the body is a mistake.
        if data["postcode"] and (
            normalize_postcode(data["postcode"]) != address.postcode
            or data["house_number"] not in (None, address.house_number)
        ):
            raise _field_error("postcode", "Dit huishouden woont op een ander adres.")
        data["postcode"], data["house_number"] = address.postcode, address.house_number
    else:
        # The service checks the postcode's format and routes the address; here only what is missing.
        required = {"postcode": "Vul de postcode in.", "house_number": "Vul het huisnummer in."}
        missing = {
            field: [message]
            for field, message in required.items()
            if data[field] is None or not str(data[field]).strip()
        }
        if missing:
            raise ValidationError(missing)
    resident = services.resident_register(actor=request.auth, household=household, **data)
    resident = Resident.objects.select_related("municipality").get(pk=resident.pk)
    return Status(201, resident)


@router.get(
    "/households/{household_id}",
    response={200: HouseholdOut, 404: ErrorOut, **COMMON_ERRORS},
    summary="Een huishouden: adres, buurt, teams en huidige leden",
)
def household_detail(request: HttpRequest, household_id: int):
    return log_view_access(
        request,
        object_type="household",
        object_id=household_id,
        lookup=lambda: _visible_household(request, household_id),
        concerns=lambda household: {
            "household_id": household.pk,
            "resident_ids": selectors.household_members(household).values_list("resident_id", flat=True),
        },
    )


@router.post(
    "/households/{household_id}/members",
    response={201: HouseholdOut, 400: ErrorOut, 404: ErrorOut, **COMMON_ERRORS},
    summary="Een bekende inwoner aan een huishouden toevoegen",
    description=(
        "De inwoner mag op dat moment niet in een ander huishouden wonen: beëindig dat lidmaatschap "
        "eerst. Antwoordt met het bijgewerkte huishouden."
    ),
)
def household_add_member(request: HttpRequest, household_id: int, payload: HouseholdMemberIn):
    household = _visible_household(request, household_id)
    resident = selectors.residents_visible_to(request.auth).filter(pk=payload.resident_id).first()
    if resident is None:
        # Also when the resident exists outside the professional's scope: that is not theirs to know.
        raise _field_error("resident_id", "Er is geen inwoner met dit nummer in uw werkgebied.")
    try:
        services.household_add_member(
            actor=request.auth,
            household=household,
            resident=resident,
            position=payload.position,
            starts_on=payload.starts_on or timezone.localdate(),
        )
    except ValidationError as error:
        raise _renamed(error, {"resident": "resident_id"}) from None
    return Status(201, household)
