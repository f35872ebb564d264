"""Rows for the letter and iStandaarden tests, built directly with the models: the documents are
tested on what a decision or allocation holds, not on how the services get there."""

import datetime
from decimal import Decimal

from django.utils import timezone

from plein.decisions.models import Allocation, Decision, DeliveryForm, Provision, ProvisionRequest
from plein.decisions.services.common import new_reference

ANNA_BSN = "111222333"  # passes the eleven test; must never appear in a letter


def make_request(
    *, provision: Provision, resident, household, officer, extent="4", case=None, plan_item=None, **fields
) -> ProvisionRequest:
    today = timezone.localdate()
    values = {
        "reference": new_reference("A"),
        "municipality": provision.municipality,
        "channel": ProvisionRequest.Channel.PLAN if case else ProvisionRequest.Channel.DIRECT,
        "case": case,
        "plan_item": plan_item,
        "household": household,
        "resident": resident,
        "provision": provision,
        "law": provision.law,
        "extent": Decimal(extent),
        "desired_start": today,
        "result": provision.results.first(),
        "delivery_form": provision.delivery_forms[0],
        "justification": "Uit het gesprek: het huishouden lukt niet meer zonder hulp.",
        "applied_on": today - datetime.timedelta(days=10),
        "decision_due_on": today + datetime.timedelta(days=4),
        "status": ProvisionRequest.Status.DECIDED,
        "submitted_by": officer,
        "submitted_at": timezone.now(),
        "officer": officer,
    }
    values.update(fields)
    return ProvisionRequest.objects.create(**values)


def make_decision(
    *, request: ProvisionRequest, officer, outcome=Decision.Outcome.GRANT, **fields
) -> Decision:
    granted = outcome != Decision.Outcome.DENY
    values = {
        "reference": new_reference("B"),
        "request": request,
        "outcome": outcome,
        "status": Decision.Status.DRAFT,
        "result": request.result if granted else None,
        "extent": request.extent if granted else None,
        "starts_on": datetime.date(2025, 3, 3) if granted else None,
        "ends_on": datetime.date(2026, 3, 2) if granted else None,
        "delivery_form": request.delivery_form if granted else "",
        "legal_basis": request.provision.legal_basis,
        "reasons": "U kunt het huis niet meer zelf schoonhouden. Uw partner werkt de hele week.",
        "objection_clause": "",
        "drafted_by": officer,
        "drafted_at": timezone.now(),
    }
    values.update(fields)
    return Decision.objects.create(**values)


def send(decision: Decision, *, officer, sent_on=datetime.date(2025, 2, 3), due=datetime.date(2025, 3, 17)):
    """What the signing service does before it asks for the letter (not saved)."""
    decision.status = Decision.Status.SENT
    decision.signed_by = officer
    decision.signed_at = timezone.now()
    decision.sent_on = sent_on
    decision.objection_due_on = due
    return decision


def make_allocation(*, decision: Decision, number="123456", **fields) -> Allocation:
    provision = decision.request.provision
    values = {
        "decision": decision,
        "number": number,
        "provider": decision.provider,
        "product_category": provision.product_category,
        "product_code": provision.product_code,
        "starts_on": decision.starts_on,
        "ends_on": decision.ends_on,
        "volume": decision.extent,
        "unit": provision.unit,
        "frequency": provision.frequency,
        "allocated_by": decision.signed_by or decision.drafted_by,
        "allocated_at": timezone.now(),
    }
    values.update(fields)
    return Allocation.objects.create(**values)


def granted_in_kind(*, provision, resident, household, officer, provider, extent="3", **request_fields):
    """A sent grant in kind with its allocation: the starting point of every message test."""
    request = make_request(
        provision=provision,
        resident=resident,
        household=household,
        officer=officer,
        extent=extent,
        delivery_form=DeliveryForm.IN_KIND,
        **request_fields,
    )
    decision = make_decision(request=request, officer=officer, provider=provider)
    send(decision, officer=officer).save()
    return decision
