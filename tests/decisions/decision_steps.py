"""Steps shared by the decision, objection and allocation tests: a checked request, a drafted
grant and a signature, each through the services."""

import datetime
from decimal import Decimal

from django.core.exceptions import NON_FIELD_ERRORS
from django.utils import timezone

from plein.decisions import services
from plein.decisions.models import CheckAnswer, Decision, DeliveryForm, ProvisionRequest

JUSTIFICATION = "Anna kan door haar knieën niet meer stofzuigen; Kees werkt van zeven tot zeven."
REASONS = "Anna kan het huishouden niet meer zelf doen en Kees kan het niet overnemen."


def today() -> datetime.date:
    return timezone.localdate()


def messages(error, field=NON_FIELD_ERRORS) -> str:
    return " ".join(error.value.message_dict[field])


def checked_request(
    world,
    officer,
    provision,
    resident,
    *,
    plan_item=None,
    extent=3,
    delivery_form=DeliveryForm.IN_KIND,
    complete=True,
    **fields,
) -> ProvisionRequest:
    """A request for the provision (from the plan item when given, else a direct application by
    the officer), taken into the check by the officer and, when ``complete``, found in order."""
    request = services.request_create(
        actor=world.generalist if plan_item is not None else officer,
        provision=provision,
        resident=resident,
        plan_item=plan_item,
        extent=extent,
        desired_start=today(),
        delivery_form=delivery_form,
        justification=JUSTIFICATION,
        **fields,
    )
    check = services.check_start(actor=officer, request=request)
    if complete:
        request.refresh_from_db()
        services.check_record(
            actor=officer,
            request=request,
            answers={answer.pk: (CheckAnswer.Outcome.MET, "") for answer in check.answers.all()},
            conclusion="meets",
            complete=True,
            expected_version=request.lock_version,
        )
    request.refresh_from_db()
    return request


def grant_fields(request, **changes) -> dict:
    """A complete, result-oriented grant of what was asked for."""
    fields = {
        "outcome": Decision.Outcome.GRANT,
        "reasons": REASONS,
        "result": request.provision.results.first(),
        "extent": request.extent,
        "starts_on": today(),
        "ends_on": today() + datetime.timedelta(days=364),
        "delivery_form": request.delivery_form,
        "provider": None,
        "budget": None if request.delivery_form == DeliveryForm.IN_KIND else Decimal("1200"),
    }
    return fields | changes


def draft(officer, request, **changes) -> Decision:
    return services.decision_draft(actor=officer, request=request, **grant_fields(request, **changes))


def deny_fields(**changes) -> dict:
    return {"outcome": Decision.Outcome.DENY, "reasons": "Kees kan het huishouden overnemen."} | changes


def sign(actor, decision) -> Decision:
    decision.refresh_from_db()
    return services.decision_sign(actor=actor, decision=decision, expected_version=decision.lock_version)
