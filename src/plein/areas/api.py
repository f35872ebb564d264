"""API for municipalities, teams and postcode routing. None of this is personal data about
residents, but it is still limited to the professional's own municipalities (except routing,
which the front office needs for any caller)."""

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from plein.areas.models import Membership, Role, Team
from plein.areas.selectors import (
    districts_visible_to,
    municipalities_for,
    neighbourhood_for_address,
    team_members,
    teams_serving,
    teams_visible_to,
)
from plein.core.api_common import COMMON_ERRORS, BoundedLimitOffsetPagination, ErrorOut, InputSchema
from plein.core.validators import normalize_postcode, validate_postcode

router = Router(tags=["Gebieden en teams"])

# Lists are small (a handful of municipalities and teams) but paged anyway, so clients written
# today keep working for a region with many teams.
MAX_PAGE_SIZE = 100


class AreaOut(Schema):
    id: int
    name: str
    cbs_code: str


class DistrictOut(AreaOut):
    neighbourhoods: list[AreaOut]


class MunicipalityOut(AreaOut):
    districts: list[DistrictOut]


class TeamOut(Schema):
    id: int
    name: str
    kind: Team.Kind
    kind_label: str = Field(description="De soort team, leesbaar.")
    municipality: AreaOut
    districts: list[AreaOut] = Field(description="De wijken die dit team bedient.")
    phone: str
    email: str
    visiting_address: str
    walk_in_hours: str

    @staticmethod
    def resolve_kind_label(obj: Team) -> str:
        return obj.get_kind_display()


class TeamMemberOut(Schema):
    name: str
    role: Role
    role_label: str
    organisation: str = Field(description="De organisatie die de professional in dienst heeft.")
    hours_per_week: float

    @staticmethod
    def resolve_name(obj: Membership) -> str:
        return str(obj.professional)

    @staticmethod
    def resolve_role_label(obj: Membership) -> str:
        return obj.get_role_display()

    @staticmethod
    def resolve_organisation(obj: Membership) -> str:
        return obj.organisation.name


class TeamDetailOut(TeamOut):
    members: list[TeamMemberOut]

    @staticmethod
    def resolve_members(obj: Team) -> list[Membership]:
        return list(team_members(obj))


class RoutingQuery(InputSchema):
    postcode: str = Field(description="Bijvoorbeeld 1701 AB; spaties en kleine letters mogen.")
    house_number: int = Field(ge=1)


class RoutingOut(Schema):
    postcode: str
    house_number: int
    neighbourhood: AreaOut
    district: AreaOut
    municipality: AreaOut
    teams: list[TeamOut] = Field(description="De teams die deze buurt bedienen; sociale wijkteams eerst.")


@router.get(
    "/municipalities",
    response={200: list[MunicipalityOut], **COMMON_ERRORS},
    summary="Mijn gemeenten, wijken en buurten",
)
@paginate(BoundedLimitOffsetPagination, max_limit=MAX_PAGE_SIZE)
def municipality_list(request: HttpRequest):
    districts = districts_visible_to(request.auth).prefetch_related("neighbourhoods")
    return municipalities_for(request.auth).prefetch_related(Prefetch("districts", queryset=districts))


@router.get("/teams", response={200: list[TeamOut], **COMMON_ERRORS}, summary="Teams van mijn gemeenten")
@paginate(BoundedLimitOffsetPagination, max_limit=MAX_PAGE_SIZE)
def team_list(request: HttpRequest):
    return teams_visible_to(request.auth)


@router.get(
    "/teams/{team_id}",
    response={200: TeamDetailOut, 404: ErrorOut, **COMMON_ERRORS},
    summary="Een team met zijn leden",
)
def team_detail(request: HttpRequest, team_id: int):
    return get_object_or_404(teams_visible_to(request.auth), pk=team_id)


@router.get(
    "/routing",
    response={200: RoutingOut, 400: ErrorOut, 404: ErrorOut, **COMMON_ERRORS},
    summary="Welke buurt en welke teams horen bij een adres?",
)
def routing(request: HttpRequest, query: Query[RoutingQuery]):
    postcode = normalize_postcode(query.postcode)
    try:
        validate_postcode(postcode)
    except ValidationError as error:
        raise ValidationError({"postcode": error.messages}) from None
    neighbourhood = neighbourhood_for_address(postcode=postcode, house_number=query.house_number)
    if neighbourhood is None:
        raise HttpError(
            404,
            "Dit adres ligt niet in een buurt die Plein kent. Controleer postcode en huisnummer; "
            "ligt het adres buiten de gemeenten die Plein gebruiken, verwijs dan naar die gemeente.",
        )
    district = neighbourhood.district
    return {
        "postcode": postcode,
        "house_number": query.house_number,
        "neighbourhood": neighbourhood,
        "district": district,
        "municipality": district.municipality,
        "teams": teams_serving(neighbourhood).prefetch_related("districts"),
    }
