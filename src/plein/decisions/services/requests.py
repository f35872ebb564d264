"""Provision requests (aanvragen): made from a signed plan item or as a direct application,
withdrawn, and their decision term suspended (Awb 4:15).

Creating a request records the application date and starts the decision term of its law. The due
date is computed by ``plein.core.legal_terms`` and stored on the request; a suspension moves it
only once it has ended, by the days it lasted. A question to the generalist suspends nothing.
"""

from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from plein.cases.models import Case, CaseEvent, PlanItem, SupportPlan
from plein.cases.selectors import cases_workable_by
from plein.cases.services.case import (
    check_and_bump_version,
    check_may_work_on,
    check_open,
    require_text,
)
from plein.cases.services.plan import is_current_member
from plein.core.legal_terms import DECISION_TERMS, due_date
from plein.decisions.models import (
    Decision,
    DeliveryForm,
    Frequency,
    Provision,
    ProvisionRequest,
    ProvisionResult,
    TermSuspension,
    Unit,
)
from plein.decisions.selectors import OPEN_REQUEST_STATUSES, is_decision_officer, takes_direct_applications
from plein.decisions.services.common import check_officer, new_reference, record_on_case
from plein.people.models import Household, Resident
from plein.people.selectors import current_membership

__all__ = [
    "request_create",
    "request_withdraw",
    "suspension_end",
    "suspension_start",
]

Status = ProvisionRequest.Status

# Rungs of the support ladder that need a decision: customised provisions and specialist care.
RUNGS_WITH_DECISION = (PlanItem.Rung.CUSTOMISED_PROVISION, PlanItem.Rung.SPECIALIST_CARE)
EXTENT_FIELD = ProvisionRequest._meta.get_field("extent")


def _age_on(birth_date: date, day: date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def _number(value: Decimal | int) -> str:
    """8.00 → "8", 2.50 → "2,5": how a Dutch reader writes a number."""
    return f"{Decimal(str(value)).normalize():f}".replace(".", ",")


def _extent_range(provision: Provision) -> str:
    unit = Unit(provision.unit).label
    per = "" if provision.frequency == Frequency.TOTAL else f" {Frequency(provision.frequency).label}"
    if provision.min_extent == provision.max_extent:
        return f"precies {_number(provision.min_extent)} {unit}{per}"
    return f"tussen {_number(provision.min_extent)} en {_number(provision.max_extent)} {unit}{per}"


def _age_range(provision: Provision) -> str:
    if provision.min_age is not None and provision.max_age is not None:
        return f"van {provision.min_age} tot en met {provision.max_age} jaar"
    if provision.min_age is not None:
        return f"van {provision.min_age} jaar en ouder"
    return f"tot en met {provision.max_age} jaar"


def _as_extent(value) -> Decimal | None:
    """The extent as a Decimal with at most the model's two decimals, or None when it is not one."""
    if value is None or value == "":
        return None
    try:
        extent = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        return None
    if not extent.is_finite() or extent.as_tuple().exponent < -EXTENT_FIELD.decimal_places:
        return None
    return extent


def _check_plan_item(actor, plan_item: PlanItem, resident: Resident) -> Case:
    """A request from the plan: the plan is in force, the item needs a decision, the actor works on
    the case and the resident lives in its household. Returns the case."""
    case = plan_item.plan.case
    check_may_work_on(actor, case)
    check_open(case)
    plan_status = SupportPlan.objects.values_list("status", flat=True).get(pk=plan_item.plan_id)
    if plan_status == SupportPlan.Status.DRAFT:
        raise ValidationError(
            {
                "plan_item": "Dit onderdeel staat in een plan dat nog niet door de inwoner en de "
                "professional is ondertekend. Laat het plan eerst tekenen; daarna kunt u de aanvraag doen."
            }
        )
    if plan_status != SupportPlan.Status.SIGNED:
        raise ValidationError(
            {
                "plan_item": "Dit onderdeel staat in een oude versie van het plan. Doe de aanvraag vanuit "
                "het plan dat nu geldt."
            }
        )
    if plan_item.rung not in RUNGS_WITH_DECISION:
        raise ValidationError(
            {
                "plan_item": "Alleen voor een maatwerkvoorziening of specialistische zorg (trede 6 of 7) "
                "is een aanvraag nodig; dit onderdeel staat op trede "
                f"{plan_item.rung} ({plan_item.get_rung_display().lower()})."
            }
        )
    if not is_current_member(resident, case):
        raise ValidationError({"resident": f"{resident} woont niet (meer) in het huishouden van deze casus."})
    return case


def _direct_application(actor, resident: Resident) -> tuple[Household, Case | None]:
    """A direct application: recorded by the back office or the front office of the municipality
    where the resident lives. Joins the household's open case, if it has one."""
    membership = current_membership(resident)
    municipality_id = membership.household.municipality_id if membership else resident.municipality_id
    if not takes_direct_applications(actor, municipality_id):
        raise PermissionDenied(
            "Alleen de backoffice of het klantcontact van de gemeente van de inwoner kan een "
            "rechtstreekse aanvraag vastleggen. Werkt u aan een casus? Doe de aanvraag dan vanuit het plan."
        )
    if membership is None:
        raise ValidationError(
            {
                "resident": f"{resident} hoort nu bij geen enkel huishouden. Leg eerst vast waar de inwoner "
                "woont; dan kan de aanvraag worden gedaan."
            }
        )
    household = membership.household
    case = Case.objects.exclude(state=Case.State.CLOSED).filter(household=household).first()
    return household, case


@transaction.atomic
def request_create(
    *,
    actor,
    provision: Provision,
    resident: Resident,
    extent,
    desired_start: date | None,
    delivery_form: str,
    justification: str,
    plan_item: PlanItem | None = None,
    result: ProvisionResult | None = None,
    result_aimed_for: str = "",
    pgb_plan: str = "",
    consent_to_share: bool = False,
    applied_on: date | None = None,
) -> ProvisionRequest:
    """Apply for a customised provision, from a signed plan item or directly. Starts the decision
    term of the provision's law on the application date."""
    if plan_item is not None:
        case = _check_plan_item(actor, plan_item, resident)
        household, channel = case.household, ProvisionRequest.Channel.PLAN
    else:
        household, case = _direct_application(actor, resident)
        channel = ProvisionRequest.Channel.DIRECT
    municipality_id = household.municipality_id
    today = timezone.localdate()
    applied_on = applied_on or today

    # Every refusal at once, each on its own field, so the form shows all that needs fixing.
    errors: dict[str, str] = {}
    if provision.municipality_id != municipality_id:
        errors["provision"] = (
            f"{provision} staat in de catalogus van een andere gemeente dan die van de inwoner."
        )
    elif not provision.active:
        errors["provision"] = f"{provision} wordt niet meer aangeboden; kies een andere voorziening."

    if applied_on > today:
        errors["applied_on"] = "De datum van de aanvraag ligt in de toekomst."
    if desired_start is None:
        errors["desired_start"] = "Vul de gewenste ingangsdatum in."
    elif desired_start < applied_on:
        errors["desired_start"] = "De gewenste ingangsdatum ligt vóór de datum van de aanvraag."

    age = _age_on(resident.birth_date, desired_start or applied_on)
    if (provision.min_age is not None and age < provision.min_age) or (
        provision.max_age is not None and age > provision.max_age
    ):
        errors["resident"] = (
            f"Deze voorziening is er voor inwoners {_age_range(provision)}; {resident} is op de "
            f"gewenste ingangsdatum {age} jaar."
        )

    if delivery_form not in provision.delivery_forms:
        offered = " of ".join(DeliveryForm(form).label.lower() for form in provision.delivery_forms)
        errors["delivery_form"] = (
            f"{provision} kan alleen als {offered}."
            if delivery_form in DeliveryForm.values
            else f"Kies hoe de voorziening wordt geleverd: {offered}."
        )

    amount = _as_extent(extent)
    if amount is None:
        errors["extent"] = "Vul de omvang in als getal, met hooguit twee cijfers achter de komma."
    elif not provision.min_extent <= amount <= provision.max_extent:
        errors["extent"] = f"De omvang van {provision} is {_extent_range(provision)}."

    if result is not None and result.provision_id != provision.pk:
        errors["result"] = (
            f"Dit resultaat hoort niet bij {provision}; kies een resultaat van deze voorziening."
        )

    pgb_plan = pgb_plan.strip() if delivery_form == DeliveryForm.PGB else ""
    if delivery_form == DeliveryForm.PGB and not pgb_plan:
        errors["pgb_plan"] = (
            "Bij een pgb hoort het pgb-plan van de inwoner: waarom een pgb, en hoe de inwoner de "
            "hulp zelf inkoopt en regelt."
        )

    justification = (justification or "").strip()
    if not justification:
        errors["justification"] = (
            "Schrijf de onderbouwing uit het gesprek op: waarom is deze voorziening nodig? De "
            "backoffice toetst daarop en doet het gesprek niet over."
        )
    if errors:
        raise ValidationError(errors)

    law = provision.law
    request = ProvisionRequest.objects.create(
        reference=new_reference("A"),
        municipality_id=municipality_id,
        channel=channel,
        case=case,
        plan_item=plan_item,
        household=household,
        resident=resident,
        provision=provision,
        law=law,
        extent=amount,
        desired_start=desired_start,
        result=result,
        result_aimed_for=(result_aimed_for or "").strip(),
        delivery_form=delivery_form,
        pgb_plan=pgb_plan,
        justification=justification,
        consent_to_share=bool(consent_to_share),
        applied_on=applied_on,
        decision_due_on=due_date(DECISION_TERMS[law], applied_on, municipality_id=municipality_id),
        submitted_by=actor,
        submitted_at=timezone.now(),
    )
    # No provision name or justification on the timeline: the reference and the term say enough.
    record_on_case(
        request,
        CaseEvent.Kind.PROVISION_REQUEST,
        actor=actor,
        note=f"Aanvraag {request.reference} ({request.get_law_display()}, "
        f"{request.get_channel_display().lower()}) ingediend op {applied_on:%d-%m-%Y}. "
        f"De gemeente beslist uiterlijk {request.decision_due_on:%d-%m-%Y}.",
    )
    return request


def lock_open_request(request: ProvisionRequest) -> ProvisionRequest:
    """Lock the request row and refuse unless it is still open (waiting for or in its check)."""
    current = ProvisionRequest.objects.select_for_update().get(pk=request.pk)
    if current.status not in OPEN_REQUEST_STATUSES:
        raise ValidationError(
            {
                NON_FIELD_ERRORS: f"Aanvraag {current.reference} is al "
                f"{Status(current.status).label.lower()}; dat kan niet meer."
            }
        )
    return current


@transaction.atomic
def request_withdraw(
    *, actor, request: ProvisionRequest, reason: str, expected_version: int
) -> ProvisionRequest:
    """The resident withdraws the application (recorded by a case worker or the back office).
    A decision that was drafted but not sent lapses with it."""
    may_withdraw = is_decision_officer(actor, request.municipality_id) or (
        request.case_id is not None and cases_workable_by(actor).filter(pk=request.case_id).exists()
    )
    if not may_withdraw:
        raise PermissionDenied(
            "Alleen wie aan de casus werkt of de backoffice van de gemeente kan deze aanvraag intrekken."
        )
    lock_open_request(request)
    reason = require_text(
        reason,
        "reason",
        "Schrijf op waarom de aanvraag wordt ingetrokken, bijvoorbeeld: de inwoner ziet ervan af.",
    )
    check_and_bump_version(request, expected_version, "deze aanvraag")
    request.status, request.withdrawn_reason = Status.WITHDRAWN, reason
    request.save(update_fields=["status", "withdrawn_reason"])
    # An unsent decision has no legal effect; it must not wait on the back office's signing list.
    lapsed, _ = Decision.objects.filter(
        request=request, status__in=[Decision.Status.DRAFT, Decision.Status.AWAITING_SECOND]
    ).delete()
    note = f"Aanvraag {request.reference} is ingetrokken."
    if lapsed:
        note += " Het concept van de beschikking is vervallen."
    record_on_case(request, CaseEvent.Kind.PROVISION_REQUEST, actor=actor, note=note)
    return request


def _recompute_decision_due_on(request: ProvisionRequest) -> None:
    """The decision term plus the days of every ended suspension (both ends included)."""
    suspended_days = sum(
        (suspension.ends_on - suspension.starts_on).days + 1
        for suspension in request.suspensions.filter(ends_on__isnull=False)
    )
    request.decision_due_on = due_date(
        DECISION_TERMS[request.law],
        request.applied_on,
        municipality_id=request.municipality_id,
        suspended_days=suspended_days,
    )
    request.save(update_fields=["decision_due_on"])


@transaction.atomic
def suspension_start(*, actor, request: ProvisionRequest, starts_on: date, reason: str) -> TermSuspension:
    """Suspend the decision term (Awb 4:15), e.g. while the resident supplies missing information.
    Never implicit; the due date moves when the suspension ends."""
    check_officer(actor, request.municipality_id)
    current = lock_open_request(request)
    if starts_on is None:
        raise ValidationError({"starts_on": "Vul in vanaf wanneer de termijn is opgeschort."})
    open_suspension = current.suspensions.filter(ends_on__isnull=True).first()
    if open_suspension is not None:
        raise ValidationError(
            {
                NON_FIELD_ERRORS: f"De termijn is al opgeschort sinds {open_suspension.starts_on:%d-%m-%Y}. "
                "Beëindig die opschorting eerst."
            }
        )
    if starts_on < current.applied_on:
        raise ValidationError(
            {"starts_on": "De opschorting begint vóór de datum van de aanvraag; dat kan niet."}
        )
    if starts_on > current.decision_due_on:
        raise ValidationError(
            {
                "starts_on": f"De beslistermijn liep op {current.decision_due_on:%d-%m-%Y} af. "
                "Opschorten kan alleen zolang de termijn loopt."
            }
        )
    earlier = current.suspensions.filter(ends_on__gte=starts_on).order_by("-ends_on").first()
    if earlier is not None:
        raise ValidationError(
            {
                "starts_on": f"Er was op die dag al een opschorting (tot en met {earlier.ends_on:%d-%m-%Y}); "
                "kies een latere datum."
            }
        )
    reason = require_text(
        reason,
        "reason",
        "Schrijf op waarom de termijn is opgeschort, bijvoorbeeld: de inwoner levert nog gegevens aan.",
    )
    suspension = TermSuspension.objects.create(
        request=current, starts_on=starts_on, reason=reason, recorded_by=actor
    )
    record_on_case(
        current,
        CaseEvent.Kind.PROVISION_REQUEST,
        actor=actor,
        note=f"De beslistermijn van aanvraag {current.reference} is opgeschort vanaf {starts_on:%d-%m-%Y}.",
    )
    return suspension


@transaction.atomic
def suspension_end(*, actor, request: ProvisionRequest, ends_on: date) -> TermSuspension:
    """End the open suspension on its last day; the due date moves by the days it lasted."""
    check_officer(actor, request.municipality_id)
    current = lock_open_request(request)
    suspension = current.suspensions.filter(ends_on__isnull=True).first()
    if suspension is None:
        raise ValidationError({NON_FIELD_ERRORS: "De termijn van deze aanvraag is niet opgeschort."})
    if ends_on is None:
        raise ValidationError({"ends_on": "Vul in tot en met wanneer de termijn was opgeschort."})
    if ends_on < suspension.starts_on:
        raise ValidationError(
            {
                "ends_on": f"De opschorting begon op {suspension.starts_on:%d-%m-%Y}; de laatste dag "
                "kan daar niet vóór liggen."
            }
        )
    if ends_on > timezone.localdate():
        raise ValidationError({"ends_on": "De datum ligt in de toekomst."})
    suspension.ends_on = ends_on
    suspension.save(update_fields=["ends_on"])
    _recompute_decision_due_on(current)
    request.decision_due_on = current.decision_due_on
    record_on_case(
        current,
        CaseEvent.Kind.PROVISION_REQUEST,
        actor=actor,
        note=f"De opschorting van aanvraag {current.reference} is beëindigd op {ends_on:%d-%m-%Y}. "
        f"De gemeente beslist nu uiterlijk {current.decision_due_on:%d-%m-%Y}.",
    )
    return suspension
