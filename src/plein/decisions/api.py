"""API for decisions: the provision catalogue, provision requests (aanvragen), the legality check,
decisions (beschikkingen) with their letter, objections (bezwaar) and allocations to providers.

Need-to-know: every read goes through ``decisions.selectors`` (``requests_visible_to`` and the
selectors built on it): the back office sees the requests of its municipality, case workers those
of the cases they see. Anything outside that gives the same 404 as something that does not exist.
Writes go through ``decisions.services``; their ValidationErrors become 400s, a PermissionDenied
(no say: e.g. a generalist signing a decision) 403, and a change against an older ``lock_version``
409 (see plein/api.py). Lists carry no free text (no justification, reasons or grounds); no output
carries a BSN. Only the allocation message, which goes to the provider, holds one.
"""

from datetime import date, datetime
from decimal import Decimal
from enum import Enum, IntEnum, StrEnum
from typing import Annotated, Any

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.db.models import BooleanField, ExpressionWrapper, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import HttpError
from ninja.pagination import paginate
from pydantic import field_validator
from pydantic_core import PydanticCustomError

from plein.areas.api import AreaOut
from plein.areas.selectors import scope_for
from plein.cases.models import PlanItem
from plein.cases.selectors import cases_visible_to
from plein.core.api_common import (
    COMMON_ERRORS,
    BoundedLimitOffsetPagination,
    ErrorOut,
    InputSchema,
    errors_as,
)
from plein.core.legal_terms import TermStatus
from plein.decisions import selectors, services
from plein.decisions.models import (
    Allocation,
    CheckAnswer,
    Decision,
    DeliveryForm,
    Frequency,
    Law,
    LegalityCheck,
    Objection,
    Provision,
    ProvisionRequest,
    ProvisionResult,
    Unit,
)
from plein.decisions.services.common import check_officer
from plein.decisions.services.objections import OTHER_HOUSEHOLD
from plein.people.models import Organisation, Professional, Resident
from plein.people.selectors import residents_visible_to
from plein.privacy.access_log import DECISIONS_PROCESSING_ACTIVITY, log_view_access

router = Router(tags=["Beschikkingen"])

MAX_PAGE_SIZE = 100
TEXT_MAX_LENGTH = 5000
LEGAL_BASIS_MAX_LENGTH = 1000
# The DecimalFields of the models: max_digits=9, decimal_places=2.
AMOUNT = {"max_digits": 9, "decimal_places": 2}
MAX_ID = 2**63 - 1  # ids are bigints; larger ones would overflow the database driver
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
# Dates outside this range are typing errors, and date arithmetic on them would overflow.
EARLIEST, LATEST = date(1900, 1, 1), date(2999, 12, 31)

NOT_FOUND_ERRORS = {404: ErrorOut, **COMMON_ERRORS}
WRITE_ERRORS = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, **COMMON_ERRORS}
LOCKED_WRITE_ERRORS = {409: ErrorOut, **WRITE_ERRORS}


def _api_enum(choices: type[models.Choices], name: str) -> type[Enum]:
    # Each choice gets a name of its own in the OpenAPI document (see cases/api.py).
    base = IntEnum if issubclass(choices, int) else StrEnum
    return base(name, {member.name: member.value for member in choices})


ProvisionLaw = _api_enum(Law, "ProvisionLaw")
ProvisionDeliveryForm = _api_enum(DeliveryForm, "ProvisionDeliveryForm")
ProvisionUnit = _api_enum(Unit, "ProvisionUnit")
ProvisionFrequency = _api_enum(Frequency, "ProvisionFrequency")
ProvisionRequestStatus = _api_enum(ProvisionRequest.Status, "ProvisionRequestStatus")
ProvisionRequestChannel = _api_enum(ProvisionRequest.Channel, "ProvisionRequestChannel")
CheckConclusion = _api_enum(LegalityCheck.Conclusion, "CheckConclusion")
CheckOutcome = _api_enum(CheckAnswer.Outcome, "CheckOutcome")
DecisionOutcome = _api_enum(Decision.Outcome, "DecisionOutcome")
DecisionStatus = _api_enum(Decision.Status, "DecisionStatus")
ObjectionOutcome = _api_enum(Objection.Outcome, "ObjectionOutcome")
AllocationStatus = _api_enum(Allocation.Status, "AllocationStatus")


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


class TermOut(Schema):
    """A legal term as it stands today (computed by plein.core.legal_terms)."""

    due_on: date = Field(description="De laatste dag van de termijn.")
    days_left: int = Field(description="Negatief als de termijn verstreken is.")
    label: str = Field(description="Bijv. 'nog 5 dagen' of '2 dagen te laat'.")
    almost_due: bool = Field(description="Binnen zeven dagen verstreken.")
    overdue: bool

    @staticmethod
    def resolve_almost_due(obj: TermStatus) -> bool:
        return obj.is_almost_due

    @staticmethod
    def resolve_overdue(obj: TermStatus) -> bool:
        return obj.is_overdue


class ProvisionOut(Schema):
    id: int
    municipality: AreaOut
    name: str
    law: ProvisionLaw
    description: str
    product_category: str = Field(description="Productcategorie (iStandaarden); leeg als die er niet is.")
    product_code: str
    unit: ProvisionUnit = Field(description="Eenheid (iStandaarden-code WJ756).")
    unit_label: str
    frequency: ProvisionFrequency = Field(description="Frequentie (iStandaarden-code WMO757).")
    frequency_label: str
    min_extent: Decimal
    max_extent: Decimal
    delivery_forms: list[ProvisionDeliveryForm] = Field(description="Hoe de voorziening geleverd kan worden.")
    min_age: int | None
    max_age: int | None
    max_months: int | None = Field(description="Leeg: voor onbepaalde tijd mogelijk.")
    legal_basis: str
    four_eyes: bool = Field(description="Een tweede consulent ondertekent de beschikking.")
    results: list[RefOut] = Field(description="De resultaten die de voorziening moet bereiken.")
    checklist: list[str] = Field(description="De controlepunten van de rechtmatigheidstoets.")

    @staticmethod
    def resolve_unit_label(obj: Provision) -> str:
        return obj.get_unit_display()

    @staticmethod
    def resolve_frequency_label(obj: Provision) -> str:
        return obj.get_frequency_display()

    @staticmethod
    def resolve_results(obj: Provision):
        return [{"id": result.pk, "name": result.name} for result in obj.results.all()]

    @staticmethod
    def resolve_checklist(obj: Provision) -> list[str]:
        return [item.question for item in obj.checklist.all()]


class ProvisionRequestOut(Schema):
    """A request without free text (no justification, pgb plan or result in own words)."""

    id: int
    reference: str = Field(description="Het kenmerk van de aanvraag (A-…).")
    municipality_id: int
    channel: ProvisionRequestChannel
    case_id: int | None = Field(description="De casus; leeg bij een rechtstreekse aanvraag zonder casus.")
    household_id: int
    resident_id: int = Field(description="Voor wie; details via /residents/{resident_id}.")
    provision: RefOut
    law: ProvisionLaw
    extent: Decimal
    unit: ProvisionUnit
    frequency: ProvisionFrequency
    desired_start: date
    result: RefOut | None = Field(description="Het beoogde resultaat uit de catalogus.")
    delivery_form: ProvisionDeliveryForm
    applied_on: date = Field(description="De datum van de aanvraag: daar begint de beslistermijn.")
    decision_due_on: date = Field(description="Uiterste beslisdatum, inclusief opschortingen.")
    term: TermOut | None = Field(description="De beslistermijn zolang de aanvraag open is.")
    status: ProvisionRequestStatus
    status_label: str
    officer: ProfessionalRefOut | None = Field(description="De consulent die de aanvraag controleert.")
    submitted_at: datetime
    lock_version: int = Field(description="Versie voor optimistische vergrendeling.")

    @staticmethod
    def resolve_provision(obj: ProvisionRequest):
        return {"id": obj.provision_id, "name": obj.provision.name}

    @staticmethod
    def resolve_unit(obj: ProvisionRequest) -> str:
        return obj.provision.unit

    @staticmethod
    def resolve_frequency(obj: ProvisionRequest) -> str:
        return obj.provision.frequency

    @staticmethod
    def resolve_result(obj: ProvisionRequest):
        return {"id": obj.result_id, "name": obj.result.name} if obj.result_id else None

    @staticmethod
    def resolve_term(obj: ProvisionRequest) -> TermStatus | None:
        if obj.status not in selectors.OPEN_REQUEST_STATUSES:
            return None
        return selectors.decision_term(obj)

    @staticmethod
    def resolve_status_label(obj: ProvisionRequest) -> str:
        return obj.get_status_display()


class SuspensionOut(Schema):
    starts_on: date
    ends_on: date | None = Field(description="Leeg: de termijn is nu opgeschort.")
    reason: str


class QuestionOut(Schema):
    id: int
    question: str
    asked_by: ProfessionalRefOut
    asked_at: datetime
    answer: str
    answered_by: ProfessionalRefOut | None
    answered_at: datetime | None


class CheckAnswerOut(Schema):
    id: int = Field(description="Stuur dit id mee bij het vastleggen van de uitkomst.")
    question: str
    outcome: CheckOutcome | None = Field(description="Leeg: nog niet beoordeeld.")
    note: str

    @staticmethod
    def resolve_outcome(obj: CheckAnswer) -> str | None:
        return obj.outcome or None


class LegalityCheckOut(Schema):
    id: int
    request_id: int
    officer: ProfessionalRefOut
    started_at: datetime
    completed_at: datetime | None = Field(description="Leeg: de controle is nog niet afgerond.")
    conclusion: CheckConclusion | None
    note: str
    answers: list[CheckAnswerOut]
    lock_version: int = Field(
        description="De lock_version van de aanvraag: stuur die mee bij het vastleggen (PUT)."
    )

    @staticmethod
    def resolve_conclusion(obj: LegalityCheck) -> str | None:
        return obj.conclusion or None

    @staticmethod
    def resolve_answers(obj: LegalityCheck):
        return obj.answers.all()

    @staticmethod
    def resolve_lock_version(obj: LegalityCheck) -> int:
        return obj.request.lock_version


class DecisionRefOut(Schema):
    id: int
    reference: str
    outcome: DecisionOutcome
    status: DecisionStatus


class ProvisionRequestDetailOut(ProvisionRequestOut):
    plan_item_id: int | None = Field(description="Het onderdeel van het ondersteuningsplan.")
    result_aimed_for: str = Field(description="Het beoogde resultaat in eigen woorden.")
    pgb_plan: str = Field(description="Het pgb-plan van de inwoner (alleen bij een pgb).")
    justification: str = Field(description="De onderbouwing uit het gesprek.")
    consent_to_share: bool = Field(description="De inwoner stemt in met delen met de aanbieder.")
    withdrawn_reason: str
    suspensions: list[SuspensionOut]
    questions: list[QuestionOut] = Field(description="Vragen van de backoffice; de termijn loopt door.")
    legality_check: LegalityCheckOut | None
    decisions: list[DecisionRefOut]

    @staticmethod
    def resolve_suspensions(obj: ProvisionRequest):
        return obj.suspensions.all()

    @staticmethod
    def resolve_questions(obj: ProvisionRequest):
        return obj.questions.select_related("asked_by", "answered_by")

    @staticmethod
    def resolve_legality_check(obj: ProvisionRequest) -> LegalityCheck | None:
        return _legality_check(obj)

    @staticmethod
    def resolve_decisions(obj: ProvisionRequest):
        return obj.decisions.order_by("drafted_at", "id")


class DecisionOut(Schema):
    id: int
    reference: str = Field(description="Het kenmerk van de beschikking (B-…).")
    request_id: int
    request_reference: str
    household_id: int
    outcome: DecisionOutcome
    outcome_label: str
    status: DecisionStatus
    status_label: str
    result: RefOut | None = Field(description="Het resultaat dat de voorziening moet bereiken.")
    extent: Decimal | None
    unit: ProvisionUnit
    frequency: ProvisionFrequency
    starts_on: date | None
    ends_on: date | None
    delivery_form: ProvisionDeliveryForm | None
    provider: RefOut | None = Field(description="De aanbieder bij zorg in natura.")
    budget: Decimal | None = Field(description="Het budget in euro bij een pgb of uitkering in geld.")
    four_eyes: bool = Field(description="Twee consulenten ondertekenen.")
    drafted_by: ProfessionalRefOut
    drafted_at: datetime
    signed_by: ProfessionalRefOut | None
    signed_at: datetime | None
    second_signed_by: ProfessionalRefOut | None
    second_signed_at: datetime | None
    sent_on: date | None
    objection_due_on: date | None = Field(description="Bezwaar is mogelijk tot en met deze dag.")
    objection_term: TermOut | None = Field(description="De bezwaartermijn van de inwoner, na verzending.")
    follows_objection_id: int | None = Field(description="Een nieuwe beschikking na dit bezwaar.")
    has_letter: bool = Field(description="De verzonden brief is op te halen via /decisions/{id}/letter.")
    lock_version: int = Field(description="Stuur deze mee bij het wijzigen en ondertekenen.")

    @staticmethod
    def resolve_request_reference(obj: Decision) -> str:
        return obj.request.reference

    @staticmethod
    def resolve_household_id(obj: Decision) -> int:
        return obj.request.household_id

    @staticmethod
    def resolve_outcome_label(obj: Decision) -> str:
        return obj.get_outcome_display()

    @staticmethod
    def resolve_status_label(obj: Decision) -> str:
        return obj.get_status_display()

    @staticmethod
    def resolve_result(obj: Decision):
        return {"id": obj.result_id, "name": obj.result.name} if obj.result_id else None

    @staticmethod
    def resolve_unit(obj: Decision) -> str:
        return obj.request.provision.unit

    @staticmethod
    def resolve_frequency(obj: Decision) -> str:
        return obj.request.provision.frequency

    @staticmethod
    def resolve_delivery_form(obj: Decision) -> str | None:
        return obj.delivery_form or None

    @staticmethod
    def resolve_provider(obj: Decision):
        return {"id": obj.provider_id, "name": obj.provider.name} if obj.provider_id else None

    @staticmethod
    def resolve_four_eyes(obj: Decision) -> bool:
        return obj.request.provision.four_eyes

    @staticmethod
    def resolve_objection_term(obj: Decision) -> TermStatus | None:
        return selectors.objection_term(obj)


class DecisionDetailOut(DecisionOut):
    legal_basis: str
    reasons: str = Field(description="De motivering.")
    objection_clause: str
    objection_ids: list[int] = Field(description="Bezwaren tegen deze beschikking; zie /objections/{id}.")
    allocation_ids: list[int] = Field(description="Toewijzingen aan de aanbieder.")

    @staticmethod
    def resolve_objection_ids(obj: Decision) -> list[int]:
        return list(obj.objections.order_by("id").values_list("pk", flat=True))

    @staticmethod
    def resolve_allocation_ids(obj: Decision) -> list[int]:
        return list(obj.allocations.order_by("id").values_list("pk", flat=True))


class ObjectionOut(Schema):
    id: int
    reference: str = Field(description="Het kenmerk van het bezwaar (BZ-…).")
    decision_id: int
    decision_reference: str
    objector_id: int = Field(description="De inwoner die bezwaar maakt.")
    received_on: date
    is_late: bool = Field(description="Na de bezwaartermijn ontvangen (wel geregistreerd).")
    late_excusable: bool | None = Field(description="Is de termijnoverschrijding verschoonbaar (Awb 6:11)?")
    advisory_committee: bool
    extended: bool = Field(description="Met zes weken verdaagd.")
    handling_due_on: date = Field(description="Uiterste datum voor de beslissing op bezwaar.")
    term: TermOut | None = Field(description="De beslistermijn, zolang er niet is beslist.")
    outcome: ObjectionOutcome | None
    outcome_label: str
    decided_on: date | None
    registered_at: datetime
    lock_version: int = Field(description="Stuur deze mee bij het beslissen.")

    @staticmethod
    def resolve_decision_reference(obj: Objection) -> str:
        return obj.decision.reference

    @staticmethod
    def resolve_term(obj: Objection) -> TermStatus | None:
        return None if obj.outcome else selectors.objection_handling_term(obj)

    @staticmethod
    def resolve_outcome(obj: Objection) -> str | None:
        return obj.outcome or None

    @staticmethod
    def resolve_outcome_label(obj: Objection) -> str:
        return obj.get_outcome_display() if obj.outcome else "Nog niet beslist"


class ObjectionDetailOut(ObjectionOut):
    grounds: str = Field(description="De gronden van het bezwaar.")
    outcome_note: str
    decided_by: ProfessionalRefOut | None
    registered_by: ProfessionalRefOut
    new_decision_ids: list[int] = Field(description="Beschikkingen die na dit bezwaar zijn opgesteld.")

    @staticmethod
    def resolve_new_decision_ids(obj: Objection) -> list[int]:
        return list(obj.new_decisions.order_by("id").values_list("pk", flat=True))


class AllocationOut(Schema):
    id: int
    number: str = Field(description="Het toewijzingnummer (iStandaarden ToewijzingNummer).")
    decision_id: int
    provider: RefOut
    product_category: str
    product_code: str
    starts_on: date
    ends_on: date | None
    volume: Decimal
    unit: ProvisionUnit
    frequency: ProvisionFrequency
    status: AllocationStatus
    status_label: str
    care_started_on: date | None
    care_stopped_on: date | None
    allocated_at: datetime
    handover_id: int | None = Field(description="De warme overdracht op de casus, met toestemming.")

    @staticmethod
    def resolve_provider(obj: Allocation):
        return {"id": obj.provider_id, "name": obj.provider.name}

    @staticmethod
    def resolve_status_label(obj: Allocation) -> str:
        return obj.get_status_display()


# --- input --------------------------------------------------------------------------------------


class DecisionsInput(InputSchema):
    """Dates within reason: outside 1900–2999 they are typing errors."""

    @field_validator("*", mode="after")
    @classmethod
    def date_within_reason(cls, value: Any) -> Any:
        if isinstance(value, date) and not EARLIEST <= value <= LATEST:
            raise PydanticCustomError("date_out_of_range", "Vul een datum tussen 1900 en 2999 in.")
        return value


class ProvisionFilters(InputSchema):
    law: ProvisionLaw | None = None
    include_inactive: bool = Field(False, description="Ook voorzieningen die niet meer worden aangeboden.")


class ProvisionRequestFilters(InputSchema):
    status: ProvisionRequestStatus | None = None
    law: ProvisionLaw | None = None
    case_id: Id | None = None
    household_id: Id | None = None
    mine: bool = Field(False, description="Alleen aanvragen die ik als consulent controleer.")


class ProvisionRequestIn(DecisionsInput):
    """An application for a customised provision: from a signed plan item, or direct (without
    ``plan_item_id``: by the back office or the front office of the resident's municipality)."""

    provision_id: Id = Field(description="Een voorziening uit de catalogus, zie /provisions.")
    resident_id: Id = Field(description="Voor wie.")
    plan_item_id: Id | None = Field(
        None,
        description="Een onderdeel op trede 6 of 7 van een ondertekend plan; leeg bij een rechtstreekse aanvraag.",
    )
    extent: Decimal = Field(description="De omvang, binnen de grenzen van de voorziening.", **AMOUNT)
    desired_start: date = Field(description="Niet vóór de datum van de aanvraag.")
    delivery_form: ProvisionDeliveryForm
    justification: str = Field(max_length=TEXT_MAX_LENGTH, description="De onderbouwing uit het gesprek.")
    result_id: Id | None = Field(None, description="Het beoogde resultaat, van deze voorziening.")
    result_aimed_for: str = Field("", max_length=TEXT_MAX_LENGTH)
    pgb_plan: str = Field("", max_length=TEXT_MAX_LENGTH, description="Verplicht bij een pgb.")
    consent_to_share: bool = Field(False, description="De inwoner stemt in met delen met de aanbieder.")
    applied_on: date | None = Field(None, description="Standaard vandaag; niet in de toekomst.")


class CheckAnswerIn(InputSchema):
    id: Id = Field(description="Het id van het controlepunt (uit `answers` van de controle).")
    outcome: CheckOutcome | None = Field(None, description="Leeg: nog niet beoordeeld.")
    note: str = Field("", max_length=TEXT_MAX_LENGTH)


class LegalityCheckIn(InputSchema):
    lock_version: int = Field(description="De lock_version van de aanvraag; verouderd geeft 409.")
    answers: list[CheckAnswerIn] = Field(default_factory=list, description="Alleen de punten die u wijzigt.")
    conclusion: CheckConclusion | None = None
    note: str = Field("", max_length=TEXT_MAX_LENGTH)
    complete: bool = Field(
        False, description="Rond de controle af: elk punt heeft dan een uitkomst en er is een conclusie."
    )


class DecisionContentIn(DecisionsInput):
    outcome: DecisionOutcome
    reasons: str = Field(max_length=TEXT_MAX_LENGTH, description="De motivering; verplicht.")
    legal_basis: str = Field(
        "", max_length=LEGAL_BASIS_MAX_LENGTH, description="Leeg: de grondslag van de voorziening."
    )
    result_id: Id | None = Field(None, description="Verplicht bij (gedeeltelijk) toekennen.")
    extent: Decimal | None = Field(None, **AMOUNT)
    starts_on: date | None = None
    ends_on: date | None = Field(None, description="Niet vóór de ingangsdatum.")
    delivery_form: ProvisionDeliveryForm | None = Field(None, description="Leeg: zoals aangevraagd.")
    provider_id: Id | None = Field(None, description="De aanbieder, bij zorg in natura.")
    budget: Decimal | None = Field(None, description="In euro, bij een pgb of uitkering in geld.", **AMOUNT)


class DecisionIn(DecisionContentIn):
    """Draft a decision on a checked request (or, with ``follows_objection_id``, after an upheld
    objection)."""

    request_id: Id
    follows_objection_id: Id | None = Field(None, description="Een (deels) gegrond bezwaar.")


class DecisionUpdateIn(DecisionContentIn):
    """The whole content of a draft: a field left out becomes empty."""

    lock_version: int = Field(description="De lock_version zoals u de beschikking las; verouderd geeft 409.")


class LockVersionIn(InputSchema):
    lock_version: int = Field(description="De lock_version zoals u het las; verouderd geeft 409.")


class DecisionReturnIn(LockVersionIn):
    reason: str = Field(max_length=2000, description="Waarom de beschikking terug moet naar concept.")


class DecisionFilters(InputSchema):
    request_id: Id | None = None
    household_id: Id | None = None
    status: DecisionStatus | None = None


class ObjectionIn(DecisionsInput):
    decision_id: Id = Field(description="Een verzonden beschikking.")
    objector_id: Id = Field(description="De inwoner die bezwaar maakt: (ooit) lid van het huishouden.")
    received_on: date = Field(description="Niet in de toekomst en niet vóór de verzending.")
    grounds: str = Field(max_length=TEXT_MAX_LENGTH, description="De gronden van het bezwaar.")
    advisory_committee: bool = Field(False, description="Advies van de bezwaarcommissie: 12 weken.")


class ObjectionFilters(InputSchema):
    decision_id: Id | None = None
    open: bool | None = Field(None, description="true: nog niet beslist; false: beslist.")


class ObjectionDecideIn(InputSchema):
    lock_version: int = Field(description="De lock_version van het bezwaar; verouderd geeft 409.")
    outcome: ObjectionOutcome
    outcome_note: str = Field("", max_length=TEXT_MAX_LENGTH, description="De motivering; verplicht.")
    late_excusable: bool | None = Field(None, description="Alleen bij een te laat bezwaar.")


class AllocationIn(DecisionsInput):
    decision_id: Id = Field(description="Een verzonden toekenning in natura.")
    starts_on: date | None = Field(None, description="Standaard de ingangsdatum van de beschikking.")
    handover_information: str = Field(
        "", max_length=TEXT_MAX_LENGTH, description="Voor de warme overdracht (alleen met toestemming)."
    )


# --- helpers ------------------------------------------------------------------------------------


def _legality_check(request: ProvisionRequest) -> LegalityCheck | None:
    return (
        LegalityCheck.objects.select_related("officer", "request")
        .prefetch_related("answers")
        .filter(request=request)
        .first()
    )


def _requests(request: HttpRequest) -> QuerySet[ProvisionRequest]:
    return selectors.requests_visible_to(request.auth).select_related("provision", "result", "officer")


def _request_detail(request: HttpRequest, request_id: int) -> ProvisionRequest:
    return selectors.request_detail(user=request.auth, request_id=request_id)


def _decisions(request: HttpRequest) -> QuerySet[Decision]:
    # The letter itself stays in the database until /letter asks for it.
    return (
        selectors.decisions_visible_to(request.auth)
        .select_related(
            "request__provision", "result", "provider", "drafted_by", "signed_by", "second_signed_by"
        )
        .defer("letter_pdf")
        .annotate(has_letter=ExpressionWrapper(Q(letter_pdf__isnull=False), output_field=BooleanField()))
    )


def _decision(request: HttpRequest, decision_id: int) -> Decision:
    return get_object_or_404(_decisions(request), pk=decision_id)


def _objections(request: HttpRequest) -> QuerySet[Objection]:
    return selectors.objections_visible_to(request.auth).select_related(
        "decision__request", "registered_by", "decided_by"
    )


def _objection(request: HttpRequest, objection_id: int) -> Objection:
    return get_object_or_404(_objections(request), pk=objection_id)


def _logged(
    request: HttpRequest, object_type: str, object_id: int, lookup, concerns, *, action: str = "read"
):
    """A read, print or export of one object: one access log entry per request; a 404 as refused."""

    def found():
        try:
            return lookup()
        except ObjectDoesNotExist:
            raise Http404 from None

    return log_view_access(
        request,
        object_type=object_type,
        object_id=object_id,
        lookup=found,
        action=action,
        concerns=concerns,
        processing_activity=DECISIONS_PROCESSING_ACTIVITY,
    )


def _request_concerns(application: ProvisionRequest) -> dict:
    return {"resident_id": application.resident_id, "household_id": application.household_id}


def _allocation(request: HttpRequest, allocation_id: int) -> Allocation:
    visible = Allocation.objects.filter(decision__in=selectors.decisions_visible_to(request.auth))
    return get_object_or_404(visible.select_related("provider", "decision__request"), pk=allocation_id)


def _result(result_id: int | None) -> ProvisionResult | None:
    if result_id is None:
        return None
    result = ProvisionResult.objects.filter(pk=result_id).first()
    if result is None:
        raise ValidationError({"result_id": "Er is geen resultaat met dit nummer in de catalogus."})
    return result


def _provider(provider_id: int | None) -> Organisation | None:
    if provider_id is None:
        return None
    provider = Organisation.objects.filter(pk=provider_id).first()
    if provider is None:
        raise ValidationError({"provider_id": "Er is geen organisatie met dit nummer."})
    return provider


def _decision_content(payload: DecisionContentIn) -> dict[str, Any]:
    """The payload as the decision services take it: objects for ids, "" for an empty choice."""
    return {
        "outcome": payload.outcome,
        "reasons": payload.reasons,
        "legal_basis": payload.legal_basis,
        "result": _result(payload.result_id),
        "extent": payload.extent,
        "starts_on": payload.starts_on,
        "ends_on": payload.ends_on,
        "delivery_form": payload.delivery_form or "",
        "provider": _provider(payload.provider_id),
        "budget": payload.budget,
    }


DECISION_FIELDS = {
    "result": "result_id",
    "provider": "provider_id",
    "follows_objection": "follows_objection_id",
}


# --- catalogue ----------------------------------------------------------------------------------


@router.get(
    "/provisions",
    response={200: list[ProvisionOut], **COMMON_ERRORS},
    summary="De voorzieningencatalogus van mijn gemeenten",
    description=(
        "Maatwerkvoorzieningen per wet, met eenheid, grenzen van de omvang, leeftijden, leveringsvormen, "
        "resultaten en de controlepunten van de rechtmatigheidstoets."
    ),
)
@paginate(BoundedLimitOffsetPagination, max_limit=MAX_PAGE_SIZE)
def provision_list(request: HttpRequest, filters: Query[ProvisionFilters]):
    provisions = Provision.objects.filter(municipality_id__in=scope_for(request.auth).municipality_ids)
    if not filters.include_inactive:
        provisions = provisions.filter(active=True)
    if filters.law is not None:
        provisions = provisions.filter(law=filters.law)
    return (
        provisions.select_related("municipality")
        .prefetch_related("results", "checklist")
        .order_by("municipality_id", "law", "name", "id")
    )


# --- provision requests -------------------------------------------------------------------------


@router.get(
    "/provision-requests",
    response={200: list[ProvisionRequestOut], **COMMON_ERRORS},
    summary="Aanvragen maatwerkvoorzieningen, eerst die het eerst moeten worden beslist",
    description=(
        "Zonder vrije tekst. De backoffice ziet de aanvragen van haar gemeente; wie aan een casus werkt "
        "die van de casus. Bij open aanvragen staat de beslistermijn met de dagen die resten."
    ),
)
@paginate(BoundedLimitOffsetPagination, max_limit=MAX_PAGE_SIZE)
def provision_request_list(request: HttpRequest, filters: Query[ProvisionRequestFilters]):
    requests = _requests(request)
    if filters.status is not None:
        requests = requests.filter(status=filters.status)
    if filters.law is not None:
        requests = requests.filter(law=filters.law)
    if filters.case_id is not None:
        requests = requests.filter(case_id=filters.case_id)
    if filters.household_id is not None:
        requests = requests.filter(household_id=filters.household_id)
    if filters.mine:
        requests = requests.filter(officer=request.auth)
    return requests.order_by("decision_due_on", "id")


@router.post(
    "/provision-requests",
    response={201: ProvisionRequestDetailOut, **WRITE_ERRORS},
    summary="Een maatwerkvoorziening aanvragen",
    description=(
        "Vanuit een onderdeel (trede 6 of 7) van een ondertekend plan, door wie aan de casus werkt; of "
        "rechtstreeks (zonder `plan_item_id`) door de backoffice of het klantcontact. De aanvraagdatum "
        "start de beslistermijn van de wet. Een voorziening die niet past bij de leeftijd, de wet, de "
        "leveringsvorm of de grenzen van de omvang geeft 400 met de reden bij het veld."
    ),
)
def provision_request_create(request: HttpRequest, payload: ProvisionRequestIn):
    user = request.auth
    provision = Provision.objects.filter(pk=payload.provision_id).first()
    if provision is None:
        raise ValidationError({"provision_id": "Er is geen voorziening met dit nummer in de catalogus."})
    resident = residents_visible_to(user).filter(pk=payload.resident_id).first()
    if resident is None:
        raise ValidationError({"resident_id": "Er is geen inwoner met dit nummer in uw werkgebied."})
    plan_item = None
    if payload.plan_item_id is not None:
        plan_item = (
            PlanItem.objects.filter(pk=payload.plan_item_id, plan__case__in=cases_visible_to(user))
            .select_related("plan__case")
            .first()
        )
        if plan_item is None:
            raise ValidationError(
                {"plan_item_id": "Er is geen onderdeel van een plan met dit nummer in uw werkgebied."}
            )
    with errors_as(
        provision="provision_id", resident="resident_id", plan_item="plan_item_id", result="result_id"
    ):
        created = services.request_create(
            actor=user,
            provision=provision,
            resident=resident,
            plan_item=plan_item,
            extent=payload.extent,
            desired_start=payload.desired_start,
            delivery_form=payload.delivery_form,
            justification=payload.justification,
            result=_result(payload.result_id),
            result_aimed_for=payload.result_aimed_for,
            pgb_plan=payload.pgb_plan,
            consent_to_share=payload.consent_to_share,
            applied_on=payload.applied_on,
        )
    return Status(201, _request_detail(request, created.pk))


@router.get(
    "/provision-requests/{provision_request_id}",
    response={200: ProvisionRequestDetailOut, **NOT_FOUND_ERRORS},
    summary="Een aanvraag, met onderbouwing, controle, vragen en beschikkingen",
)
def provision_request_detail(request: HttpRequest, provision_request_id: int):
    return _logged(
        request,
        "provision_request",
        provision_request_id,
        lambda: _request_detail(request, provision_request_id),
        _request_concerns,
    )


@router.post(
    "/provision-requests/{provision_request_id}/check",
    response={200: LegalityCheckOut, 201: LegalityCheckOut, **WRITE_ERRORS},
    summary="De rechtmatigheidstoets beginnen",
    description=(
        "Alleen een consulent van de backoffice van de gemeente. De aanvraag gaat in controle, met de "
        "controlepunten van de voorziening (201). Is de controle al door u begonnen, dan komt die terug "
        "(200); is een collega bezig, dan 400."
    ),
)
def legality_check_start(request: HttpRequest, provision_request_id: int):
    provision_request = _request_detail(request, provision_request_id)
    existed = LegalityCheck.objects.filter(request=provision_request).exists()
    services.check_start(actor=request.auth, request=provision_request)
    return Status(200 if existed else 201, _legality_check(provision_request))


@router.put(
    "/provision-requests/{provision_request_id}/check",
    response={200: LegalityCheckOut, **LOCKED_WRITE_ERRORS},
    summary="De uitkomsten van de rechtmatigheidstoets vastleggen",
    description=(
        "Per controlepunt een uitkomst en een notitie, de conclusie en een toelichting. Met "
        "`complete: true` is de controle afgerond: dan heeft elk punt een uitkomst en is er een "
        "conclusie (anders 400 bij `answers` of `conclusion`). Stuur de `lock_version` van de aanvraag "
        "mee; verouderd geeft 409."
    ),
)
def legality_check_record(request: HttpRequest, provision_request_id: int, payload: LegalityCheckIn):
    provision_request = _request_detail(request, provision_request_id)
    ids = [answer.id for answer in payload.answers]
    if len(set(ids)) != len(ids):
        raise ValidationError({"answers": "Noem elk controlepunt één keer."})
    services.check_record(
        actor=request.auth,
        request=provision_request,
        answers={answer.id: (answer.outcome or "", answer.note) for answer in payload.answers},
        conclusion=payload.conclusion or "",
        note=payload.note,
        complete=payload.complete,
        expected_version=payload.lock_version,
    )
    return _legality_check(provision_request)


# --- decisions ----------------------------------------------------------------------------------


@router.get(
    "/decisions",
    response={200: list[DecisionOut], **COMMON_ERRORS},
    summary="Beschikkingen, nieuwste eerst",
    description="Zonder motivering. Filter op aanvraag, huishouden of status.",
)
@paginate(BoundedLimitOffsetPagination, max_limit=MAX_PAGE_SIZE)
def decision_list(request: HttpRequest, filters: Query[DecisionFilters]):
    decisions = _decisions(request)
    if filters.request_id is not None:
        decisions = decisions.filter(request_id=filters.request_id)
    if filters.household_id is not None:
        decisions = decisions.filter(request__household_id=filters.household_id)
    if filters.status is not None:
        decisions = decisions.filter(status=filters.status)
    return decisions.order_by("-drafted_at", "-id")


@router.post(
    "/decisions",
    response={201: DecisionDetailOut, **WRITE_ERRORS},
    summary="Een beschikking opstellen (concept)",
    description=(
        "Na een afgeronde rechtmatigheidstoets, door een consulent van de gemeente: toekenning, "
        "gedeeltelijke toekenning of afwijzing, altijd met motivering. Een toekenning is resultaatgericht: "
        "resultaat, omvang, ingangsdatum, leveringsvorm en aanbieder (natura) of budget (pgb, geld). Een "
        "einddatum vóór de ingangsdatum of een omvang buiten de grenzen geeft 400 bij het veld."
    ),
)
def decision_create(request: HttpRequest, payload: DecisionIn):
    user = request.auth
    provision_request = selectors.requests_visible_to(user).filter(pk=payload.request_id).first()
    if provision_request is None:
        raise ValidationError({"request_id": "Er is geen aanvraag met dit nummer in uw werkgebied."})
    objection = None
    if payload.follows_objection_id is not None:
        objection = selectors.objections_visible_to(user).filter(pk=payload.follows_objection_id).first()
        if objection is None:
            raise ValidationError(
                {"follows_objection_id": "Er is geen bezwaar met dit nummer in uw werkgebied."}
            )
    with errors_as(**DECISION_FIELDS):
        decision = services.decision_draft(
            actor=user,
            request=provision_request,
            follows_objection=objection,
            **_decision_content(payload),
        )
    return Status(201, _decision(request, decision.pk))


@router.get(
    "/decisions/{decision_id}",
    response={200: DecisionDetailOut, **NOT_FOUND_ERRORS},
    summary="Een beschikking",
)
def decision_detail(request: HttpRequest, decision_id: int):
    return _logged(
        request,
        "decision",
        decision_id,
        lambda: _decision(request, decision_id),
        lambda decision: _request_concerns(decision.request),
    )


@router.put(
    "/decisions/{decision_id}",
    response={200: DecisionDetailOut, **LOCKED_WRITE_ERRORS},
    summary="Een concept-beschikking wijzigen",
    description=(
        "Alleen een concept; een ondertekende beschikking verandert niet (400). Stuur de `lock_version` "
        "mee; verouderd geeft 409."
    ),
)
def decision_update(request: HttpRequest, decision_id: int, payload: DecisionUpdateIn):
    decision = _decision(request, decision_id)
    with errors_as(**DECISION_FIELDS):
        services.decision_update(
            actor=request.auth,
            decision=decision,
            expected_version=payload.lock_version,
            **_decision_content(payload),
        )
    return _decision(request, decision_id)


@router.post(
    "/decisions/{decision_id}/sign",
    response={200: DecisionDetailOut, **LOCKED_WRITE_ERRORS},
    summary="Een beschikking ondertekenen",
    description=(
        "Bij vier ogen wacht de beschikking na de eerste handtekening op een tweede consulent, niet de "
        "opsteller of de eerste ondertekenaar (400). De laatste handtekening verzendt de beschikking: "
        "de brief wordt gemaakt en de bezwaartermijn van zes weken begint."
    ),
)
def decision_sign(request: HttpRequest, decision_id: int, payload: LockVersionIn):
    decision = _decision(request, decision_id)
    services.decision_sign(actor=request.auth, decision=decision, expected_version=payload.lock_version)
    return _decision(request, decision_id)


@router.post(
    "/decisions/{decision_id}/return",
    response={200: DecisionDetailOut, **LOCKED_WRITE_ERRORS},
    summary="Een beschikking terugsturen naar concept (vier ogen)",
    description=(
        "De tweede consulent tekent niet maar stuurt de beschikking terug, met de reden. De eerste "
        "handtekening vervalt. Alleen bij een beschikking die wacht op de tweede handtekening, en niet "
        "door de opsteller of de eerste ondertekenaar (400)."
    ),
)
def decision_return(request: HttpRequest, decision_id: int, payload: DecisionReturnIn):
    decision = _decision(request, decision_id)
    services.decision_return(
        actor=request.auth, decision=decision, reason=payload.reason, expected_version=payload.lock_version
    )
    return _decision(request, decision_id)


@router.get(
    "/decisions/{decision_id}/letter",
    response={200: None, **NOT_FOUND_ERRORS},
    summary="De brief bij een verzonden beschikking (PDF)",
    description="De brief zoals die is verzonden. Vóór het ondertekenen is er geen brief (404).",
    openapi_extra={
        "responses": {
            200: {
                "description": "De brief als PDF.",
                "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    },
)
def decision_letter(request: HttpRequest, decision_id: int):
    decision = _logged(
        request,
        "decision",
        decision_id,
        lambda: _decision(request, decision_id),
        lambda decision: _request_concerns(decision.request),
        action="print",
    )
    if not decision.letter_pdf:
        raise HttpError(404, "Deze beschikking is nog niet verzonden; de brief komt er bij het ondertekenen.")
    response = HttpResponse(bytes(decision.letter_pdf), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="beschikking-{decision.reference}.pdf"'
    return response


# --- objections ---------------------------------------------------------------------------------


@router.get(
    "/objections",
    response={200: list[ObjectionOut], **COMMON_ERRORS},
    summary="Bezwaren, eerst die het eerst moeten worden beslist",
    description="Zonder de gronden van het bezwaar.",
)
@paginate(BoundedLimitOffsetPagination, max_limit=MAX_PAGE_SIZE)
def objection_list(request: HttpRequest, filters: Query[ObjectionFilters]):
    objections = _objections(request)
    if filters.decision_id is not None:
        objections = objections.filter(decision_id=filters.decision_id)
    if filters.open is not None:
        objections = objections.filter(outcome="") if filters.open else objections.exclude(outcome="")
    return objections.order_by("handling_due_on", "id")


@router.post(
    "/objections",
    response={201: ObjectionDetailOut, **WRITE_ERRORS},
    summary="Een bezwaar registreren",
    description=(
        "Tegen een verzonden beschikking, door (een lid van) het huishouden waarover die gaat. Een bezwaar "
        "na de bezwaartermijn wordt geregistreerd en gemarkeerd als te laat (`is_late`). De beslistermijn "
        "is zes weken, twaalf met een adviescommissie."
    ),
)
def objection_create(request: HttpRequest, payload: ObjectionIn):
    decision = selectors.decisions_visible_to(request.auth).filter(pk=payload.decision_id).first()
    if decision is None:
        raise ValidationError({"decision_id": "Er is geen beschikking met dit nummer in uw werkgebied."})
    # Only residents who are or were in the decision's household: another id gives the same answer
    # whether it exists or not.
    objector = Resident.objects.filter(
        pk=payload.objector_id, household_memberships__household_id=decision.request.household_id
    ).first()
    if objector is None:
        raise ValidationError({"objector_id": OTHER_HOUSEHOLD})
    with errors_as(objector="objector_id"):
        objection = services.objection_register(
            actor=request.auth,
            decision=decision,
            objector=objector,
            received_on=payload.received_on,
            grounds=payload.grounds,
            advisory_committee=payload.advisory_committee,
        )
    return Status(201, _objection(request, objection.pk))


@router.get(
    "/objections/{objection_id}",
    response={200: ObjectionDetailOut, **NOT_FOUND_ERRORS},
    summary="Een bezwaar",
)
def objection_detail(request: HttpRequest, objection_id: int):
    return _logged(
        request,
        "objection",
        objection_id,
        lambda: _objection(request, objection_id),
        lambda objection: _request_concerns(objection.decision.request),
    )


@router.post(
    "/objections/{objection_id}/decide",
    response={200: ObjectionDetailOut, **LOCKED_WRITE_ERRORS},
    summary="Op een bezwaar beslissen",
    description=(
        "Gegrond, deels gegrond, ongegrond, niet-ontvankelijk of ingetrokken, met motivering. Bij een te "
        "laat bezwaar eerst: is dat verschoonbaar (`late_excusable`)? Na een (deels) gegrond bezwaar volgt "
        "een nieuwe beschikking: POST /decisions met `follows_objection_id`."
    ),
)
def objection_decide(request: HttpRequest, objection_id: int, payload: ObjectionDecideIn):
    objection = _objection(request, objection_id)
    services.objection_decide(
        actor=request.auth,
        objection=objection,
        outcome=payload.outcome,
        outcome_note=payload.outcome_note,
        late_excusable=payload.late_excusable,
        expected_version=payload.lock_version,
    )
    return _objection(request, objection_id)


@router.post(
    "/objections/{objection_id}/extend",
    response={200: ObjectionDetailOut, **LOCKED_WRITE_ERRORS},
    summary="De beslissing op bezwaar met zes weken verdagen",
    description="Eén keer, vóór het einde van de beslistermijn.",
)
def objection_extend(request: HttpRequest, objection_id: int, payload: LockVersionIn):
    objection = _objection(request, objection_id)
    services.objection_extend(actor=request.auth, objection=objection, expected_version=payload.lock_version)
    return _objection(request, objection_id)


# --- allocations --------------------------------------------------------------------------------


@router.post(
    "/allocations",
    response={201: AllocationOut, **WRITE_ERRORS},
    summary="Een toekenning in natura aan de aanbieder toewijzen",
    description=(
        "Maakt de toewijzing (iWmo WMO301 / iJw JW301) en, als de inwoner heeft ingestemd met delen, een "
        "warme overdracht op de casus. De aanbieder heeft een AGB-code nodig en de voorziening een "
        "productcategorie (anders 400)."
    ),
)
def allocation_create(request: HttpRequest, payload: AllocationIn):
    decision = selectors.decisions_visible_to(request.auth).filter(pk=payload.decision_id).first()
    if decision is None:
        raise ValidationError({"decision_id": "Er is geen beschikking met dit nummer in uw werkgebied."})
    allocation = services.allocation_create(
        actor=request.auth,
        decision=decision,
        starts_on=payload.starts_on,
        handover_information=payload.handover_information,
    )
    return Status(201, _allocation(request, allocation.pk))


@router.get(
    "/allocations/{allocation_id}",
    response={200: AllocationOut, **NOT_FOUND_ERRORS},
    summary="Een toewijzing, met de start en stop van de zorg",
)
def allocation_detail(request: HttpRequest, allocation_id: int):
    return _logged(
        request,
        "allocation",
        allocation_id,
        lambda: _allocation(request, allocation_id),
        lambda allocation: _request_concerns(allocation.decision.request),
    )


@router.get(
    "/allocations/{allocation_id}/message",
    response={200: None, 400: ErrorOut, 403: ErrorOut, **NOT_FOUND_ERRORS},
    summary="Het toewijzingsbericht voor de aanbieder (iWmo WMO301 / iJw JW301, XML)",
    description=(
        "Gecontroleerd tegen het XML-schema van iStandaarden release 3.2. Het bericht bevat het BSN van "
        "de inwoner en is er daarom alleen voor de backoffice van de gemeente (anders 403)."
    ),
    openapi_extra={
        "responses": {
            200: {
                "description": "Het bericht als XML.",
                "content": {"application/xml": {"schema": {"type": "string"}}},
            }
        }
    },
)
def allocation_message(request: HttpRequest, allocation_id: int):
    def lookup():
        allocation = _allocation(request, allocation_id)
        check_officer(request.auth, allocation.decision.request.municipality_id)  # 403 otherwise
        return allocation

    allocation = _logged(
        request,
        "allocation",
        allocation_id,
        lookup,
        lambda allocation: _request_concerns(allocation.decision.request),
        action="export",
    )
    from plein.decisions import istandaarden  # xmlschema loads only when a message is made

    content = istandaarden.allocation_message(allocation)
    response = HttpResponse(content, content_type="application/xml")
    response["Content-Disposition"] = f'attachment; filename="toewijzing-{allocation.number}.xml"'
    return response
