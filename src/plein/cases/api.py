"""API for cases (casussen): the case, the broad conversation, the support plan and contacts.

Need-to-know: every read goes through ``cases.selectors.cases_visible_to``; a case outside it gives
the same 404 as a case that does not exist, and so does everything under it. Writes go through
``cases.services``; their ValidationErrors become 400s, a change against an older ``lock_version``
409 (see plein/api.py). The case list never carries free text: no question, finding, plan or note.
The sub-resources of one case (assessments, plans, contacts) do, like the case page.
"""

from datetime import date, datetime
from enum import Enum, IntEnum, StrEnum
from typing import Annotated

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate

from plein.areas.api import AreaOut
from plein.areas.selectors import active_memberships
from plein.cases import services
from plein.cases.models import (
    PARTICIPATION_RUNGS,
    Assessment,
    Case,
    Contact,
    PlanItem,
    Signature,
    SupportPlan,
)
from plein.cases.selectors import cases_visible_to
from plein.core.api_common import (
    COMMON_ERRORS,
    BoundedLimitOffsetPagination,
    ErrorOut,
    InputSchema,
    errors_as,
    life_domains_by_code,
)
from plein.core.models import LifeDomain
from plein.directory.models import Service
from plein.intake.selectors import requests_visible_to
from plein.people.models import Organisation, Professional
from plein.people.selectors import households_visible_to
from plein.privacy.access_log import log_view_access

router = Router(tags=["Casussen"])

MAX_PAGE_SIZE = 100
TEXT_MAX_LENGTH = 5000
NAME_MAX_LENGTH = 200  # the CharFields of the models
MAX_ID = 2**63 - 1  # ids are bigints

NOT_FOUND_ERRORS = {404: ErrorOut, **COMMON_ERRORS}
WRITE_ERRORS = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, **COMMON_ERRORS}


# Choices get a name of their own in the OpenAPI document: ninja names an enum after its class, and
# ``Kind`` or ``Status`` of one model would overwrite another's there.
def _api_enum(choices: type[models.Choices], name: str) -> type[Enum]:
    base = IntEnum if issubclass(choices, int) else StrEnum
    return base(name, {member.name: member.value for member in choices})


CaseState = _api_enum(Case.State, "CaseState")
CaseDomainScope = _api_enum(Case.DomainScope, "CaseDomainScope")
CaseComplexity = _api_enum(Case.Complexity, "CaseComplexity")
CaseClosureReason = _api_enum(Case.ClosureReason, "CaseClosureReason")
CaseForcedFramework = _api_enum(Case.ForcedFramework, "CaseForcedFramework")
AssessmentPlace = _api_enum(Assessment.Place, "AssessmentPlace")
AssessmentSafety = _api_enum(Assessment.Safety, "AssessmentSafety")
PlanStatus = _api_enum(SupportPlan.Status, "PlanStatus")
PlanItemRung = _api_enum(PlanItem.Rung, "PlanItemRung")
SignatureSigner = _api_enum(Signature.Signer, "SignatureSigner")
SignatureMethod = _api_enum(Signature.Method, "SignatureMethod")
ContactKind = _api_enum(Contact.Kind, "ContactKind")


# --- output -------------------------------------------------------------------------------------


class RefOut(Schema):
    id: int
    name: str


class ProfessionalRefOut(Schema):
    id: int
    name: str = Field(description="De naam van de professional.")

    @staticmethod
    def resolve_name(obj: Professional) -> str:
        return str(obj)


class CaseOut(Schema):
    """A case without any free text: enough for a work list, no more."""

    id: int
    reference: str = Field(description="Het kenmerk van de casus (C-…).")
    state: CaseState = Field(description="De fase: aangemeld → in gesprek → plan → uitvoering → evaluatie.")
    state_label: str
    household_id: int = Field(description="Het huishouden; details via /households/{household_id}.")
    team: RefOut
    municipality: AreaOut
    coordinator: ProfessionalRefOut | None = Field(description="De regiehouder; leeg: nog niet gekozen.")
    domain_scope: CaseDomainScope | None
    complexity: CaseComplexity | None
    opened_at: datetime
    last_reviewed_on: date | None = Field(description="Laatst besproken in het afstemmingsoverleg.")
    closed_at: datetime | None
    closure_reason: CaseClosureReason | None
    lock_version: int = Field(description="Versie voor optimistische vergrendeling.")

    @staticmethod
    def resolve_state_label(obj: Case) -> str:
        return obj.get_state_display()

    @staticmethod
    def resolve_domain_scope(obj: Case) -> str | None:
        return obj.domain_scope or None

    @staticmethod
    def resolve_complexity(obj: Case) -> str | None:
        return obj.complexity or None

    @staticmethod
    def resolve_closure_reason(obj: Case) -> str | None:
        return obj.closure_reason or None


class CaseDetailOut(CaseOut):
    forced_framework: CaseForcedFramework | None = Field(
        description="Een kinderbeschermingsmaatregel of jeugdreclassering, als die er is."
    )
    requests: list[str] = Field(description="Kenmerken van de meldingen die in deze casus zijn opgenomen.")
    current_plan_id: int | None = Field(
        description="Het concept waaraan gewerkt wordt, anders de ondertekende versie die geldt."
    )
    closure_note: str
    aftercare: str = Field(description="Afspraken over nazorg na het afsluiten.")
    aftercare_until: date | None

    @staticmethod
    def resolve_forced_framework(obj: Case) -> str | None:
        return obj.forced_framework or None

    @staticmethod
    def resolve_requests(obj: Case) -> list[str]:
        return sorted(obj.requests.values_list("reference", flat=True))

    @staticmethod
    def resolve_current_plan_id(obj: Case) -> int | None:
        return (
            obj.plans.exclude(status=SupportPlan.Status.SUPERSEDED)
            .order_by("-version")
            .values_list("pk", flat=True)
            .first()
        )


class ScoreOut(Schema):
    life_domain: str = Field(description="Code van het leefgebied (ZRM).")
    score: int = Field(description="ZRM-score: 1 acute problematiek … 5 volledig zelfredzaam.")
    finding: str = Field(description="Korte bevinding; geen diagnoses.")

    @staticmethod
    def resolve_life_domain(obj) -> str:
        return obj.life_domain.code


class AssessmentOut(Schema):
    id: int
    held_on: date
    place: AssessmentPlace
    resident_present: bool
    others_present: str
    client_support_offered: bool = Field(description="Is onafhankelijke cliëntondersteuning aangeboden?")
    client_supporter_present: bool
    question: str = Field(description="De vraag in de eigen woorden van de inwoner.")
    own_strength: str
    network: str = Field(description="Wie in het netwerk kan waarmee helpen.")
    safety: AssessmentSafety
    moment: str = Field(description="De meting bij dit gesprek: start of interim.")
    participation_rung: int | None = Field(description="Trede van de Participatieladder (1–6).")
    scores: list[ScoreOut]
    recorded_by: ProfessionalRefOut
    recorded_at: datetime

    @staticmethod
    def resolve_moment(obj: Assessment) -> str:
        return obj.measurement.moment

    @staticmethod
    def resolve_participation_rung(obj: Assessment) -> int | None:
        return obj.measurement.participation_rung

    @staticmethod
    def resolve_scores(obj: Assessment):
        return obj.measurement.scores.all()


class PlanOut(Schema):
    """One version of the support plan, without its content."""

    id: int
    version: int
    status: PlanStatus
    evaluate_on: date | None
    created_at: datetime
    signed_at: datetime | None = Field(description="Wanneer de inwoner én de professional hebben getekend.")
    lock_version: int = Field(description="Stuur deze mee bij het wijzigen (optimistische vergrendeling).")


class PlanItemOut(Schema):
    id: int
    rung: PlanItemRung = Field(description="Trede: 1 eigen kracht … 7 specialistische zorg.")
    rung_label: str
    life_domain: str | None = Field(description="Code van het leefgebied (ZRM).")
    description: str
    performed_by: str
    organisation: RefOut | None
    service: RefOut | None = Field(description="De voorziening op de sociale kaart.")
    starts_on: date
    ends_on: date | None

    @staticmethod
    def resolve_rung_label(obj: PlanItem) -> str:
        return obj.get_rung_display()

    @staticmethod
    def resolve_life_domain(obj: PlanItem) -> str | None:
        return obj.life_domain.code if obj.life_domain_id else None


class SignatureOut(Schema):
    signer: SignatureSigner
    resident_id: int | None
    professional: ProfessionalRefOut | None
    signed_on: date
    method: SignatureMethod


class PlanDetailOut(PlanOut):
    result_aimed_for: str
    timeline: str
    societal_contribution: str = Field(description="Tegenprestatie, alleen waar die van toepassing is.")
    agreements: str = Field(description="Afspraken over taken en vervolg.")
    items: list[PlanItemOut] = Field(description="Het arrangement, per trede van de ladder.")
    signatures: list[SignatureOut]
    missing: list[str] = Field(description="Wat nog ontbreekt voordat het plan getekend kan worden.")

    @staticmethod
    def resolve_missing(obj: SupportPlan) -> list[str]:
        return services.plan_missing(obj) if obj.status == SupportPlan.Status.DRAFT else []


class ContactOut(Schema):
    id: int
    held_on: date
    kind: ContactKind
    duration_minutes: int
    with_whom: str
    summary: str
    professionals: list[ProfessionalRefOut]
    recorded_by: ProfessionalRefOut

    @staticmethod
    def resolve_professionals(obj: Contact):
        return obj.professionals.all()


# --- input --------------------------------------------------------------------------------------


class CaseFilters(InputSchema):
    state: CaseState | None = None
    team_id: int | None = None
    mine: bool = Field(False, description="Alleen casussen waarvan ik de regiehouder ben.")


class CaseIn(InputSchema):
    """Open a case from a routed request, or directly for a household in your team's district."""

    request_id: int | None = Field(
        None,
        description="Een gerouteerde melding; heeft het huishouden al een lopende casus, dan wordt de "
        "melding daaraan toegevoegd (antwoord 200 in plaats van 201).",
    )
    household_id: int | None = Field(None, description="Alleen zonder request_id.")
    forced_framework: CaseForcedFramework = CaseForcedFramework.NONE


class ScoreIn(InputSchema):
    life_domain: str = Field(max_length=50, description="Code van het leefgebied (ZRM), bijv. finances.")
    score: int = Field(description="ZRM-score, 1 tot en met 5.")
    finding: str = Field("", max_length=TEXT_MAX_LENGTH, description="Korte bevinding; geen diagnoses.")


class AssessmentIn(InputSchema):
    """The broad conversation. Records a measurement: the start measurement the first time."""

    held_on: date = Field(description="Niet in de toekomst.")
    place: AssessmentPlace = AssessmentPlace.HOME
    resident_present: bool = True
    others_present: str = Field("", max_length=NAME_MAX_LENGTH, description="Bijv. partner, mantelzorger.")
    client_support_offered: bool = Field(False, description="Onafhankelijke cliëntondersteuning aangeboden.")
    client_supporter_present: bool = False
    question: str = Field(max_length=TEXT_MAX_LENGTH, description="De vraag in de eigen woorden.")
    own_strength: str = Field("", max_length=TEXT_MAX_LENGTH)
    network: str = Field("", max_length=TEXT_MAX_LENGTH, description="Wie kan waarmee helpen.")
    safety: AssessmentSafety = AssessmentSafety.NO_CONCERNS
    scores: list[ScoreIn] = Field(description="Per leefgebied een ZRM-score; ten minste één.")
    participation_rung: int | None = Field(
        None,
        description="Trede van de Participatieladder: "
        + "; ".join(label for _, label in PARTICIPATION_RUNGS)
        + ".",
    )


class PlanUpdateIn(InputSchema):
    """The whole plan text: a field left out becomes empty. Only a draft (concept) can change."""

    lock_version: int = Field(description="De lock_version zoals u het plan las; verouderd geeft 409.")
    result_aimed_for: str = Field("", max_length=TEXT_MAX_LENGTH, description="Het beoogde resultaat.")
    timeline: str = Field("", max_length=TEXT_MAX_LENGTH, description="Het tijdpad.")
    evaluate_on: date | None = None
    societal_contribution: str = Field("", max_length=TEXT_MAX_LENGTH)
    agreements: str = Field("", max_length=TEXT_MAX_LENGTH)


class PlanItemIn(InputSchema):
    rung: PlanItemRung = Field(description="Trede: 1 eigen kracht … 7 specialistische zorg.")
    description: str = Field(max_length=TEXT_MAX_LENGTH)
    performed_by: str = Field(max_length=NAME_MAX_LENGTH, description="Wie doet het.")
    starts_on: date
    ends_on: date | None = None
    life_domain: str | None = Field(None, max_length=50, description="Code van het leefgebied (ZRM).")
    organisation_id: int | None = None
    service_id: int | None = Field(None, description="Een voorziening op de sociale kaart van de gemeente.")


class ContactIn(InputSchema):
    held_on: date = Field(description="Niet in de toekomst.")
    kind: ContactKind
    duration_minutes: int = Field(description="1 tot en met 1440 minuten.")
    with_whom: str = Field(max_length=NAME_MAX_LENGTH, description="Bijv. moeder en dochter, de huisarts.")
    summary: str = Field(
        "", max_length=TEXT_MAX_LENGTH, description="Alleen wat nodig is; geen medische details."
    )
    professional_ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(
        default_factory=list, description="Collega's die er ook bij waren; u zelf staat er altijd bij."
    )


# --- helpers ------------------------------------------------------------------------------------


def _visible_cases(request: HttpRequest) -> QuerySet[Case]:
    return cases_visible_to(request.auth).select_related("team", "municipality", "coordinator")


def _case(request: HttpRequest, case_id: int) -> Case:
    return get_object_or_404(_visible_cases(request), pk=case_id)


def _logged_case(request: HttpRequest, case_id: int, *, object_type: str = "case") -> Case:
    """The case for a read endpoint, logged (one entry per request; a 404 as refused)."""
    return log_view_access(
        request,
        object_type=object_type,
        object_id=case_id,
        lookup=lambda: _case(request, case_id),
        concerns=lambda case: {"household_id": case.household_id},
    )


def _plan(case: Case, plan_id: int) -> SupportPlan:
    return get_object_or_404(case.plans.all(), pk=plan_id)


def _plan_detail(plan_id: int) -> SupportPlan:
    return (
        SupportPlan.objects.prefetch_related(
            "items__life_domain", "items__organisation", "items__service", "signatures__professional"
        )
        .select_related("case")
        .get(pk=plan_id)
    )


def _life_domain(code: str | None, field: str) -> LifeDomain | None:
    if code is None:
        return None
    return life_domains_by_code([code], field=field)[code]


def _scores(scores: list[ScoreIn]) -> dict[int, tuple[int, str]]:
    """[{life_domain: code, score, finding}] → {LifeDomain.pk: (score, finding)}, as the service takes it."""
    codes = [score.life_domain for score in scores]
    domains = life_domains_by_code(codes, field="scores")
    if len(set(codes)) != len(codes):
        raise ValidationError({"scores": "Geef elk leefgebied één keer een score."})
    return {domains[score.life_domain].pk: (score.score, score.finding) for score in scores}


# How far past the offset the case list counts.
COUNT_AHEAD = 200


class CappedCountPagination(BoundedLimitOffsetPagination):
    """Limit/offset, with ``count`` counted to at most ``COUNT_AHEAD`` cases past the offset.

    Every counted case is checked against need-to-know: the exact total of a district's cases
    costs far more than the page itself.
    """

    class Output(Schema):
        items: list
        count: int = Field(description=f"Het aantal casussen, geteld tot ten hoogste offset + {COUNT_AHEAD}.")
        count_exact: bool = Field(
            description="Onwaar als er meer casussen zijn dan count: blader door tot items korter is dan limit."
        )

    def paginate_queryset(self, queryset, pagination, request, **params):
        offset, limit = pagination.offset, min(pagination.limit, self.max_limit)
        cap = offset + COUNT_AHEAD
        counted = queryset[: cap + 1].count()
        return {
            self.items_attribute: queryset[offset : offset + limit],
            "count": min(counted, cap),
            "count_exact": counted <= cap,
        }


# --- cases --------------------------------------------------------------------------------------


@router.get(
    "/cases",
    response={200: list[CaseOut], **COMMON_ERRORS},
    summary="Casussen in mijn werkgebied, nieuwste eerst",
    description=(
        "Zonder vrije tekst: geen vraag, bevindingen of plan. Teamleden zien de casussen van de wijken "
        "die hun teams bedienen; de regiehouder en een procesregisseur ook hun eigen casussen. Wie geen "
        "casussen mag zien krijgt een lege lijst."
    ),
)
@paginate(CappedCountPagination, max_limit=MAX_PAGE_SIZE)
def case_list(request: HttpRequest, filters: Query[CaseFilters]):
    cases = _visible_cases(request)
    if filters.state is not None:
        cases = cases.filter(state=filters.state)
    if filters.team_id is not None:
        cases = cases.filter(team_id=filters.team_id)
    if filters.mine:
        cases = cases.filter(coordinator=request.auth)
    return cases.order_by("-opened_at", "-id")


@router.post(
    "/cases",
    response={200: CaseDetailOut, 201: CaseDetailOut, **WRITE_ERRORS},
    summary="Een casus openen, vanuit een melding of voor een huishouden",
    description=(
        "Eén huishouden, één plan: een huishouden heeft hooguit één lopende casus. Een melding voor een "
        "huishouden met een lopende casus wordt daaraan toegevoegd (200); anders komt er een nieuwe "
        "casus (201). Zonder melding en met een lopende casus: 400."
    ),
)
def case_create(request: HttpRequest, payload: CaseIn):
    user = request.auth
    if payload.request_id is not None and payload.household_id is not None:
        raise ValidationError({"household_id": "Geef een melding óf een huishouden, niet allebei."})
    intake_request = household = None
    if payload.request_id is not None:
        intake_request = requests_visible_to(user).filter(pk=payload.request_id).first()
        if intake_request is None:
            raise ValidationError({"request_id": "Er is geen melding met dit nummer in uw werkgebied."})
    elif payload.household_id is not None:
        household = households_visible_to(user).filter(pk=payload.household_id).first()
        if household is None:
            raise ValidationError({"household_id": "Er is geen huishouden met dit nummer in uw werkgebied."})
    else:
        raise ValidationError({"household_id": "Geef de melding of het huishouden waarvoor de casus is."})
    started = timezone.now()
    with errors_as(household="household_id", request="request_id"):
        case = services.case_open(
            actor=user, household=household, request=intake_request, forced_framework=payload.forced_framework
        )
    return Status(201 if case.opened_at >= started else 200, _case(request, case.pk))


@router.get(
    "/cases/{case_id}",
    response={200: CaseDetailOut, **NOT_FOUND_ERRORS},
    summary="Een casus",
)
def case_detail(request: HttpRequest, case_id: int):
    return _logged_case(request, case_id)


# --- assessments --------------------------------------------------------------------------------


@router.get(
    "/cases/{case_id}/assessments",
    response={200: list[AssessmentOut], **NOT_FOUND_ERRORS},
    summary="De brede gesprekken van een casus, met ZRM-scores",
)
def assessment_list(request: HttpRequest, case_id: int):
    case = _logged_case(request, case_id, object_type="case_assessments")
    return (
        case.assessments.select_related("measurement", "recorded_by")
        .prefetch_related("measurement__scores__life_domain")
        .order_by("held_on", "id")
    )


@router.post(
    "/cases/{case_id}/assessments",
    response={201: AssessmentOut, **WRITE_ERRORS},
    summary="Een breed gesprek vastleggen",
    description=(
        "Per leefgebied een ZRM-score van 1 tot en met 5 en een korte bevinding. Het eerste gesprek is de "
        "beginmeting en brengt een aangemelde casus in gesprek. Een score buiten 1–5 of een onbekend "
        "leefgebied geeft 400 met de melding bij `scores`."
    ),
)
def assessment_create(request: HttpRequest, case_id: int, payload: AssessmentIn):
    case = _case(request, case_id)
    data = payload.model_dump(exclude={"scores"})
    assessment = services.assessment_record(
        actor=request.auth, case=case, scores=_scores(payload.scores), **data
    )
    return Status(201, assessment)


# --- plans --------------------------------------------------------------------------------------


@router.get(
    "/cases/{case_id}/plans",
    response={200: list[PlanOut], **NOT_FOUND_ERRORS},
    summary="De versies van het ondersteuningsplan, nieuwste eerst",
)
def plan_list(request: HttpRequest, case_id: int):
    return _logged_case(request, case_id, object_type="case_plans").plans.order_by("-version")


@router.post(
    "/cases/{case_id}/plans",
    response={200: PlanDetailOut, 201: PlanDetailOut, **WRITE_ERRORS},
    summary="Een nieuwe versie van het plan beginnen",
    description=(
        "Een concept, met de inhoud en onderdelen van de laatst ondertekende versie. Is er al een concept, "
        "dan komt dat terug (200): er is één concept tegelijk."
    ),
)
def plan_create(request: HttpRequest, case_id: int):
    case = _case(request, case_id)
    had_draft = case.plans.filter(status=SupportPlan.Status.DRAFT).exists()
    plan = services.plan_start(actor=request.auth, case=case)
    return Status(200 if had_draft else 201, _plan_detail(plan.pk))


@router.get(
    "/cases/{case_id}/plans/{plan_id}",
    response={200: PlanDetailOut, **NOT_FOUND_ERRORS},
    summary="Een versie van het plan, met onderdelen en handtekeningen",
)
def plan_detail(request: HttpRequest, case_id: int, plan_id: int):
    def lookup():
        case = _case(request, case_id)
        return case, _plan(case, plan_id)

    _, plan = log_view_access(
        request,
        object_type="support_plan",
        object_id=plan_id,
        lookup=lookup,
        concerns=lambda found: {"household_id": found[0].household_id},
    )
    return _plan_detail(plan.pk)


@router.put(
    "/cases/{case_id}/plans/{plan_id}",
    response={200: PlanDetailOut, 409: ErrorOut, **WRITE_ERRORS},
    summary="De tekst van een concept-plan wijzigen",
    description=(
        "Stuur de `lock_version` mee zoals u het plan las. Heeft iemand anders het plan intussen "
        "gewijzigd, dan antwoordt de API 409: haal de nieuwe versie op en stuur uw wijziging opnieuw. "
        "Een ondertekende versie verandert niet (400): begin een nieuwe versie."
    ),
)
def plan_update(request: HttpRequest, case_id: int, plan_id: int, payload: PlanUpdateIn):
    plan = _plan(_case(request, case_id), plan_id)
    data = payload.model_dump()
    services.plan_update(actor=request.auth, plan=plan, expected_version=data.pop("lock_version"), **data)
    return _plan_detail(plan.pk)


@router.post(
    "/cases/{case_id}/plans/{plan_id}/items",
    response={201: PlanItemOut, **WRITE_ERRORS},
    summary="Een onderdeel aan het arrangement toevoegen",
    description="Alleen aan een concept. Eerst eigen kracht en netwerk, dan pas zwaardere treden.",
)
def plan_item_create(request: HttpRequest, case_id: int, plan_id: int, payload: PlanItemIn):
    case = _case(request, case_id)
    plan = _plan(case, plan_id)
    organisation = service = None
    if payload.organisation_id is not None:
        organisation = Organisation.objects.filter(pk=payload.organisation_id).first()
        if organisation is None:
            raise ValidationError({"organisation_id": "Er is geen organisatie met dit nummer."})
    if payload.service_id is not None:
        service = Service.objects.filter(pk=payload.service_id).first()
        if service is None:
            raise ValidationError({"service_id": "Er is geen voorziening met dit nummer."})
    with errors_as(organisation="organisation_id", service="service_id"):
        item = services.plan_item_add(
            actor=request.auth,
            plan=plan,
            rung=payload.rung,
            description=payload.description,
            performed_by=payload.performed_by,
            starts_on=payload.starts_on,
            ends_on=payload.ends_on,
            life_domain=_life_domain(payload.life_domain, "life_domain"),
            organisation=organisation,
            service=service,
        )
    return Status(201, item)


# --- contacts -----------------------------------------------------------------------------------


@router.get(
    "/cases/{case_id}/contacts",
    response={200: list[ContactOut], **NOT_FOUND_ERRORS},
    summary="De contacten in een casus, nieuwste eerst",
)
def contact_list(request: HttpRequest, case_id: int):
    return (
        _logged_case(request, case_id, object_type="case_contacts")
        .contacts.select_related("recorded_by")
        .prefetch_related("professionals")
        .order_by("-held_on", "-id")
    )


@router.post(
    "/cases/{case_id}/contacts",
    response={201: ContactOut, **WRITE_ERRORS},
    summary="Een contact vastleggen",
    description="Elk individueel en groepscontact: de basis voor de cijfers over werkbelasting.",
)
def contact_create(request: HttpRequest, case_id: int, payload: ContactIn):
    case = _case(request, case_id)
    ids = set(payload.professional_ids)
    # Colleagues working in the case's municipality; other ids are unknown here. Whether they may
    # work on the case is the service's rule.
    professionals = list(
        Professional.objects.filter(
            pk__in=active_memberships()
            .filter(professional_id__in=ids, municipality_id=case.municipality_id)
            .values("professional_id"),
            is_active=True,
        )
    )
    if len(professionals) != len(ids):
        raise ValidationError(
            {"professional_ids": "Er is geen collega met dit nummer in de gemeente van deze casus."}
        )
    with errors_as(professionals="professional_ids"):
        contact = services.contact_record(
            actor=request.auth,
            case=case,
            held_on=payload.held_on,
            kind=payload.kind,
            duration_minutes=payload.duration_minutes,
            with_whom=payload.with_whom,
            summary=payload.summary,
            professionals=professionals,
        )
    return Status(201, Contact.objects.select_related("recorded_by").get(pk=contact.pk))
