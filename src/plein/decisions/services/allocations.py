"""Allocations (toewijzingen) of a granted provision in kind to its provider, with the warm hand-over.

The allocation carries what the iWmo WMO301 / iJw JW301 message needs: the resident's BSN, the
provider's AGB code, the product category and code, volume, unit and frequency, and the period.
When the resident consented to sharing, the provider also gets a warm hand-over on the case, so it
does not redo the intake; without consent nothing but the allocation itself goes out.
"""

import secrets
from datetime import date

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from plein.cases.models import Case, CaseEvent, Handover
from plein.cases.services.case import record_event
from plein.decisions.models import Allocation, Decision, DeliveryForm
from plein.decisions.services.common import check_officer, record_on_case
from plein.decisions.services.decisions import amount

__all__ = ["allocation_create"]

# ToewijzingNummer is an LDT_Nummer in the iStandaarden basisschema: an integer from 0 to
# 999999999. Plein draws nine digits without a leading zero, at random like its references.
NUMBER_LOW = 100_000_000
NUMBER_HIGH = 999_999_999
RUNNING = (Allocation.Status.ALLOCATED, Allocation.Status.STARTED)


def new_allocation_number() -> str:
    return str(NUMBER_LOW + secrets.randbelow(NUMBER_HIGH - NUMBER_LOW + 1))


def _refuse(message: str) -> None:
    raise ValidationError({NON_FIELD_ERRORS: message})


def _check_allocatable(decision: Decision) -> None:
    request = decision.request
    provision = request.provision
    provider = decision.provider
    if decision.status != Decision.Status.SENT:
        _refuse("Alleen een verzonden beschikking die nog geldt, kan aan een aanbieder worden toegewezen.")
    if decision.outcome == Decision.Outcome.DENY:
        _refuse("Een afwijzing wordt niet toegewezen aan een aanbieder.")
    if decision.delivery_form != DeliveryForm.IN_KIND or provider is None:
        _refuse("Alleen zorg in natura wordt toegewezen; bij een pgb of geld regelt de inwoner het zelf.")
    if not provider.agb_code:
        _refuse(
            f"{provider} heeft geen AGB-code; vul die aan bij de organisatie. Zonder AGB-code kan de "
            "aanbieder de toewijzing niet ontvangen."
        )
    if not provider.municipalities.filter(pk=request.municipality_id).exists():
        _refuse(f"{provider} werkt niet in {request.municipality}.")
    if not request.resident.bsn:
        _refuse(
            f"Van {request.resident} is geen BSN bekend; vul dat aan bij de inwoner. Een toewijzing "
            "gaat altijd met het BSN naar de aanbieder."
        )
    if not provision.product_category:
        _refuse(f"{provision} heeft geen productcategorie; vul die in de catalogus aan.")
    running = decision.allocations.filter(status__in=RUNNING).first()
    if running is not None:
        _refuse(f"Deze beschikking is al toegewezen aan {running.provider} (toewijzing {running.number}).")


def _default_information(decision: Decision, starts_on: date) -> str:
    request = decision.request
    provision = request.provision
    lines = [
        f"Toegewezen: {provision}, {amount(decision.extent)} {provision.get_unit_display()} "
        f"{provision.get_frequency_display()}, vanaf {starts_on:%d-%m-%Y}"
        + (f" tot en met {decision.ends_on:%d-%m-%Y}." if decision.ends_on else "."),
        f"Resultaat: {decision.result}.",
    ]
    if request.result_aimed_for.strip():
        lines.append(f"Wat de inwoner wil bereiken: {request.result_aimed_for.strip()}")
    lines.append(f"Uit het gesprek: {request.justification.strip()}")
    return "\n".join(lines)


def _handover(
    decision: Decision, *, actor, starts_on: date, information: str, number: str
) -> Handover | None:
    """The warm hand-over on the case, only with the resident's consent from the request. A
    hand-over of the same plan item to the same provider that is still running is reused."""
    request = decision.request
    if not request.consent_to_share or request.case_id is None:
        return None
    case = request.case
    if case.state == Case.State.CLOSED:
        return None
    if request.plan_item_id is not None:
        running = Handover.objects.filter(
            plan_item_id=request.plan_item_id,
            organisation=decision.provider,
            status__in=[Handover.Status.SENT, Handover.Status.ACCEPTED],
        ).first()
        if running is not None:
            return running
    handover = Handover.objects.create(
        case=case,
        plan_item_id=request.plan_item_id,
        organisation=decision.provider,
        information=information.strip() or _default_information(decision, starts_on),
        consent_given_by=request.resident,
        consent_method=Handover.ConsentMethod.WRITTEN,
        consent_recorded_on=timezone.localdate(),
        sent_by=actor,
        sent_at=timezone.now(),
    )
    record_event(
        case,
        CaseEvent.Kind.HANDOVER,
        actor=actor,
        note=f"Warme overdracht aan {decision.provider} verstuurd, bij toewijzing {number}.",
    )
    return handover


@transaction.atomic
def allocation_create(
    *, actor, decision: Decision, starts_on: date | None = None, handover_information: str = ""
) -> Allocation:
    """Allocate a granted provision in kind to the provider named in the decision."""
    check_officer(actor, decision.request.municipality_id)
    current = (
        Decision.objects.select_for_update(of=("self",))
        .select_related("request__provision", "request__resident", "provider", "result")
        .get(pk=decision.pk)
    )
    _check_allocatable(current)
    starts_on = starts_on or current.starts_on
    if starts_on < current.starts_on or (current.ends_on is not None and starts_on > current.ends_on):
        period = f"vanaf {current.starts_on:%d-%m-%Y}" + (
            f" tot en met {current.ends_on:%d-%m-%Y}" if current.ends_on else ""
        )
        raise ValidationError(
            {"starts_on": f"De toewijzing begint binnen de periode van de beschikking: {period}."}
        )
    provision = current.request.provision
    fields = {
        "decision": current,
        "provider": current.provider,
        "product_category": provision.product_category,
        "product_code": provision.product_code,
        "starts_on": starts_on,
        "ends_on": current.ends_on,
        "volume": current.extent,
        "unit": provision.unit,
        "frequency": provision.frequency,
        "allocated_by": actor,
        "allocated_at": timezone.now(),
    }
    allocation = None
    for _attempt in range(10):
        number = new_allocation_number()
        if Allocation.objects.filter(number=number).exists():
            continue
        try:
            with transaction.atomic():
                allocation = Allocation.objects.create(number=number, **fields)
            break
        except IntegrityError:
            # Drawn at the same moment by a colleague: draw again.
            if not Allocation.objects.filter(number=number).exists():
                raise
    if allocation is None:  # pragma: no cover - nine random digits
        raise IntegrityError("Could not draw a free allocation number.")
    handover = _handover(
        current, actor=actor, starts_on=starts_on, information=handover_information, number=allocation.number
    )
    if handover is not None:
        allocation.handover = handover
        allocation.save(update_fields=["handover"])
    record_on_case(
        current.request,
        CaseEvent.Kind.ALLOCATION,
        actor=actor,
        note=f"Toewijzing {allocation.number} aan {current.provider} verstuurd.",
    )
    return allocation
