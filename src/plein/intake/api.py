"""API for requests (meldingen, vragen, signalen): partners and other portals send them in.

Reads go through ``intake.selectors.requests_visible_to``; an id outside the professional's scope
gives the same 404 as an id that does not exist. Writes go through ``intake.services``; their
ValidationErrors become 400s (see plein/api.py). Lists never carry the question or contact
details: only the single read shows the question.
"""

from datetime import date, datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Header, Query, Router, Schema, Status
from ninja.pagination import paginate

from plein.areas.api import AreaOut
from plein.areas.selectors import memberships_of, scope_for
from plein.core.api_common import (
    COMMON_ERRORS,
    BoundedLimitOffsetPagination,
    ErrorOut,
    InputSchema,
    life_domains_by_code,
)
from plein.intake import selectors, services
from plein.intake.models import Request
from plein.people.selectors import residents_visible_to
from plein.privacy.access_log import log_view_access
from plein.privacy.break_the_glass import refuse_change_under_emergency

router = Router(tags=["Meldingen"])

MAX_PAGE_SIZE = 100
QUESTION_MAX_LENGTH = 5000
IDEMPOTENCY_KEY_MAX_LENGTH = 64


class TeamRefOut(Schema):
    id: int
    name: str


class WmoTermOut(Schema):
    due_on: date = Field(description="De laatste dag van het onderzoek (6 weken, Wmo 2015 art. 2.3.2).")
    days_left: int = Field(description="Negatief als de termijn verstreken is.")
    label: str


class RequestOut(Schema):
    """A request without the question and contact details: enough to follow it, no more."""

    id: int
    reference: str = Field(description="Het kenmerk dat de inwoner of melder te horen krijgt.")
    channel: Request.Channel
    source: Request.Source
    received_at: datetime
    status: Request.Status
    outcome: Request.Outcome | None
    urgency: Request.Urgency
    team: TeamRefOut | None = Field(description="Leeg: de centrale wachtrij beoordeelt de melding.")
    municipality: AreaOut | None
    is_wmo_melding: bool
    wmo_term: WmoTermOut | None = Field(description="Alleen bij een Wmo-melding.")
    life_domains: list[str] = Field(description="Codes van de leefgebieden (ZRM).")
    contact_preference: Request.ContactPreference

    @staticmethod
    def resolve_outcome(obj: Request) -> str | None:
        return obj.outcome or None

    @staticmethod
    def resolve_wmo_term(obj: Request):
        return selectors.wmo_term(obj)

    @staticmethod
    def resolve_life_domains(obj: Request) -> list[str]:
        return [domain.code for domain in obj.life_domains.all()]


class RequestDetailOut(RequestOut):
    question: str = Field(description="De vraag of het signaal in de eigen woorden van de melder.")
    minors_involved: bool
    resident_knows: bool | None


class RequestIn(InputSchema):
    """A new request. Values are checked by the same service as the web forms."""

    channel: Request.Channel
    source: Request.Source
    question: str = Field(
        max_length=QUESTION_MAX_LENGTH,
        description="In de eigen woorden van de inwoner of melder. Geen medische of privédetails.",
    )
    life_domains: list[str] = Field(default_factory=list, description="Codes van de leefgebieden (ZRM).")
    urgency: Request.Urgency = Request.Urgency.NORMAL
    minors_involved: bool = False
    resident_knows: bool | None = Field(None, description="Weet de inwoner van dit signaal?")
    resident_id: int | None = Field(None, description="Een bekende inwoner in uw werkgebied.")
    postcode: str = ""
    house_number: int | None = Field(None, ge=1, le=99999)
    person_description: str = Field(
        "", description="Wat bekend is van een persoon die nog niet in Plein staat."
    )
    contact_phone: str = ""
    contact_email: str = ""
    contact_consent: bool = False
    reporter_name: str = ""
    reporter_phone: str = ""
    reporter_email: str = ""
    is_wmo_melding: bool = Field(False, description="Start de wettelijke onderzoekstermijn van 6 weken.")


class RequestFilters(InputSchema):
    status: Request.Status | None = None
    team_id: int | None = None
    channel: Request.Channel | None = None


def _require_scope(request: HttpRequest) -> None:
    # Every professional who works for a municipality may pass on a request; that includes the
    # network partners, who are exactly who sends signals through the API.
    if not scope_for(request.auth).municipality_ids:
        raise PermissionDenied


def _visible_requests(request: HttpRequest) -> QuerySet[Request]:
    return (
        selectors.requests_visible_to(request.auth)
        .select_related("team", "municipality")
        .prefetch_related("life_domains")
    )


def _read_back(request_id: int) -> Request:
    return (
        Request.objects.select_related("team", "municipality")
        .prefetch_related("life_domains")
        .get(pk=request_id)
    )


@router.post(
    "/requests",
    response={200: RequestOut, 201: RequestOut, 400: ErrorOut, 403: ErrorOut, **COMMON_ERRORS},
    summary="Een melding, vraag of signaal doorgeven",
    description=(
        "De melding gaat naar het team dat het adres bedient; ligt het adres buiten de gemeenten "
        "die Plein gebruiken, of is het onbekend, dan naar de centrale wachtrij (team leeg). "
        "Stuur een `Idempotency-Key` mee: een herhaalde aanroep met dezelfde sleutel maakt geen "
        "tweede melding, maar antwoordt met 200 en de melding van de eerste keer."
    ),
)
def request_create(
    request: HttpRequest,
    payload: RequestIn,
    idempotency_key: str | None = Header(
        None,
        alias="Idempotency-Key",
        max_length=IDEMPOTENCY_KEY_MAX_LENGTH,
        description="Een unieke sleutel per melding (bijvoorbeeld een UUID), per API-gebruiker.",
    ),
):
    _require_scope(request)
    user = request.auth
    key = None
    if idempotency_key and idempotency_key.strip():
        # Namespaced per user: another client's key can neither collide with nor reveal this one.
        key = f"api:{user.pk}:{idempotency_key.strip()}"
        existing = Request.objects.filter(idempotency_key=key).values_list("pk", flat=True).first()
        if existing is not None:
            return Status(200, _read_back(existing))
    data = payload.model_dump()
    resident_id = data.pop("resident_id")
    resident = None
    if resident_id is not None:
        resident = residents_visible_to(user).filter(pk=resident_id).first()
        if resident is None:
            # Also when the resident exists outside the professional's scope: not theirs to know.
            raise ValidationError({"resident_id": "Er is geen inwoner met dit nummer in uw werkgebied."})
        # As on the web: a resident seen only through break-the-glass is for reading (403).
        refuse_change_under_emergency(user, resident_id=resident.pk)
    data["life_domains"] = list(life_domains_by_code(data["life_domains"], field="life_domains").values())
    source_organisation = None
    if (
        data["channel"] == Request.Channel.PROFESSIONAL_SIGNAL
        and data["source"] == Request.Source.PROFESSIONAL
    ):
        # The caller is the signalling professional: their organisation is the source.
        membership = memberships_of(user).first()
        source_organisation = membership.organisation if membership else None
    created = services.request_register(
        actor=user,
        resident=resident,
        source_organisation=source_organisation,
        idempotency_key=key,
        **data,
    )
    return Status(201, _read_back(created.pk))


@router.get(
    "/requests",
    response={200: list[RequestOut], **COMMON_ERRORS},
    summary="Meldingen in mijn werkgebied, nieuwste eerst",
    description=(
        "Zonder de vraag en contactgegevens. Teams zien hun eigen meldingen, klantcontact en "
        "backoffice die van hun gemeente en de centrale wachtrij, netwerkpartners alleen wat zij "
        "zelf doorgaven; wie geen meldingen mag zien krijgt een lege lijst."
    ),
)
@paginate(BoundedLimitOffsetPagination, max_limit=MAX_PAGE_SIZE)
def request_list(request: HttpRequest, filters: Query[RequestFilters]):
    requests = _visible_requests(request)
    if filters.status is not None:
        requests = requests.filter(status=filters.status)
    if filters.team_id is not None:
        requests = requests.filter(team_id=filters.team_id)
    if filters.channel is not None:
        requests = requests.filter(channel=filters.channel)
    return requests.order_by("-received_at", "-id")


@router.get(
    "/requests/{request_id}",
    response={200: RequestDetailOut, 404: ErrorOut, **COMMON_ERRORS},
    summary="Een melding, met de vraag",
)
def request_detail(request: HttpRequest, request_id: int):
    return log_view_access(
        request,
        object_type="intake_request",
        object_id=request_id,
        lookup=lambda: get_object_or_404(_visible_requests(request), pk=request_id),
        concerns=lambda melding: {"resident_id": melding.resident_id, "household_id": melding.household_id},
    )
