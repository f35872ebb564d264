"""Decisions (beschikkingen): drafting, editing and signing, with the four-eyes rule.

A decision is drafted by a decision officer after the legality check, result-oriented: a grant
names the result the provision is meant to achieve, its extent, period and delivery form. A draft
can be edited; once signed it never changes. Signing sends it: the letter is produced and kept as
it was sent, and the six-week objection term starts. A new decision after an upheld objection
revokes the decision objected to when it is sent.
"""

from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from dateutil.relativedelta import relativedelta
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from plein.cases.models import CaseEvent
from plein.cases.services.case import check_and_bump_version, require_text
from plein.core.legal_terms import OBJECTION, due_date
from plein.decisions.models import (
    Decision,
    DeliveryForm,
    Frequency,
    LegalityCheck,
    LetterTemplate,
    Objection,
    Provision,
    ProvisionRequest,
    ProvisionResult,
)
from plein.decisions.services.common import check_officer, new_reference, record_on_case
from plein.people.models import Organisation
from plein.privacy.history import record_change

__all__ = ["decision_draft", "decision_return", "decision_sign", "decision_update"]

Outcome = Decision.Outcome
Status = Decision.Status
RequestStatus = ProvisionRequest.Status

OPEN_STATUSES = (Status.DRAFT, Status.AWAITING_SECOND)
# Outcomes of an objection after which a new decision takes the place of the one objected to.
UPHOLDING = (Objection.Outcome.UPHELD, Objection.Outcome.PARTLY_UPHELD)

NO_REASONS = "Een beschikking zonder motivering kan niet."
END_BEFORE_START = "De einddatum ligt vóór de ingangsdatum."
NOT_FOUR_EYES = "U kunt uw eigen beschikking niet als tweede ondertekenen (vier ogen)."
SIGNED_NEVER_CHANGES = "Een ondertekende beschikking verandert niet."
# The decimal fields (extent, budget) hold nine digits, two of them after the comma.
MAX_AMOUNT = Decimal(10) ** 7
DENIAL_GRANTS_NOTHING = (
    "Een afwijzing kent niets toe: laat resultaat, omvang, periode, aanbieder en budget leeg."
)


def amount(value: Decimal) -> str:
    """8.00 → "8", 2.50 → "2,5": a number as a Dutch reader writes it."""
    return f"{value.normalize():f}".replace(".", ",")


def extent_in_units(provision: Provision, value: Decimal) -> str:
    per = "" if provision.frequency == Frequency.TOTAL else f" {provision.get_frequency_display()}"
    return f"{amount(value)} {provision.get_unit_display()}{per}"


def extent_bounds(provision: Provision) -> str:
    if provision.min_extent == provision.max_extent:
        return f"precies {extent_in_units(provision, provision.min_extent)}"
    return f"tussen {amount(provision.min_extent)} en {extent_in_units(provision, provision.max_extent)}"


def _decimal(value) -> Decimal | None:
    """The value as a Decimal that fits the model's fields (two decimals), else None."""
    try:
        number = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        return None
    if not number.is_finite() or number.as_tuple().exponent < -2 or abs(number) >= MAX_AMOUNT:
        return None
    return number


def _partial_message(request: ProvisionRequest) -> str:
    asked = extent_in_units(request.provision, request.extent)
    other = f", of een ander resultaat dan ‘{request.result}’" if request.result_id else ""
    return (
        f"Een gedeeltelijke toekenning geeft minder of iets anders dan gevraagd: minder dan de gevraagde "
        f"{asked}{other}. Anders is het een toekenning."
    )


def _validated(
    request: ProvisionRequest,
    *,
    outcome: str,
    reasons: str,
    legal_basis: str,
    result: ProvisionResult | None,
    extent,
    starts_on: date | None,
    ends_on: date | None,
    delivery_form: str,
    provider: Organisation | None,
    budget,
) -> dict:
    """The decision's content, checked against the catalogue and the request. Every refusal at once,
    each keyed by the argument that is wrong, so the form shows all that needs fixing."""
    provision = request.provision
    errors: dict[str, str] = {}
    reasons = (reasons or "").strip()
    if not reasons:
        errors["reasons"] = NO_REASONS
    legal_basis = (legal_basis or "").strip() or provision.legal_basis
    given_extent = extent is not None and extent != ""
    given_budget = budget is not None and budget != ""
    extent = _decimal(extent) if given_extent else None
    budget = _decimal(budget) if given_budget else None
    content = {"outcome": outcome, "reasons": reasons, "legal_basis": legal_basis}

    if outcome not in Outcome.values:
        errors["outcome"] = "Kies het besluit: toekennen, gedeeltelijk toekennen of afwijzen."
        raise ValidationError(errors)

    if outcome == Outcome.DENY:
        given = {
            "result": result is not None,
            "extent": given_extent,
            "starts_on": starts_on is not None,
            "ends_on": ends_on is not None,
            "provider": provider is not None,
            "budget": given_budget,
        }
        for field in (field for field, is_given in given.items() if is_given):
            errors[field] = DENIAL_GRANTS_NOTHING
        if errors:
            raise ValidationError(errors)
        return content | dict.fromkeys(given) | {"delivery_form": ""}

    if result is None:
        errors["result"] = (
            "Een toekenning is resultaatgericht: kies het resultaat dat de voorziening moet bereiken."
        )
    elif result.provision_id != provision.pk:
        errors["result"] = (
            f"Dit resultaat hoort niet bij {provision}; kies een resultaat van deze voorziening."
        )
    if not given_extent:
        errors["extent"] = f"Vul de omvang in: {extent_bounds(provision)}."
    elif extent is None:
        errors["extent"] = "Vul de omvang in als getal, met hooguit twee cijfers achter de komma."
    elif not provision.min_extent <= extent <= provision.max_extent:
        errors["extent"] = f"De omvang van {provision} is {extent_bounds(provision)}."
    if starts_on is None:
        errors["starts_on"] = "Vul de ingangsdatum in."
    elif ends_on is not None and ends_on < starts_on:
        errors["ends_on"] = END_BEFORE_START
    elif provision.max_months:
        last_day = starts_on + relativedelta(months=provision.max_months) - timedelta(days=1)
        limit = f"{provision} wordt voor hooguit {provision.max_months} maanden toegekend"
        if ends_on is None:
            errors["ends_on"] = f"{limit}; vul een einddatum in."
        elif ends_on > last_day:
            errors["ends_on"] = f"{limit}: tot en met {last_day:%d-%m-%Y}."

    delivery_form = delivery_form or request.delivery_form
    offered = " of ".join(DeliveryForm(form).label.lower() for form in provision.delivery_forms)
    if delivery_form not in provision.delivery_forms:
        errors["delivery_form"] = f"{provision} kan alleen als {offered}."
    elif delivery_form == DeliveryForm.IN_KIND:
        if provider is None:
            errors["provider"] = "Kies de aanbieder die de zorg in natura levert."
        elif provider.kind != Organisation.Kind.PROVIDER:
            errors["provider"] = f"{provider} is geen zorgaanbieder."
        elif not provider.municipalities.filter(pk=request.municipality_id).exists():
            errors["provider"] = f"{provider} werkt niet in {request.municipality}."
        if given_budget:
            errors["budget"] = "Bij zorg in natura hoort geen budget; laat het leeg."
    else:
        if provider is not None:
            errors["provider"] = "Bij een pgb of een uitkering in geld hoort geen aanbieder; laat die leeg."
        if budget is None or budget <= 0:
            errors["budget"] = (
                "Vul het budget in euro in: een bedrag groter dan nul, met hooguit twee decimalen."
            )

    if outcome == Outcome.PARTIAL and not {"extent", "result"} & errors.keys():
        # Less than was asked, or another result than the one the request aimed for.
        other_result = request.result_id is not None and result.pk != request.result_id
        if extent >= request.extent and not other_result:
            errors["outcome"] = _partial_message(request)
    if errors:
        raise ValidationError(errors)
    return content | {
        "result": result,
        "extent": extent,
        "starts_on": starts_on,
        "ends_on": ends_on,
        "delivery_form": delivery_form,
        "provider": provider if delivery_form == DeliveryForm.IN_KIND else None,
        "budget": budget if delivery_form != DeliveryForm.IN_KIND else None,
    }


def _objection_clause(request: ProvisionRequest, kind: str) -> str:
    """The municipality's clause for this kind of letter (LetterTemplate), else Plein's default:
    bezwaar for a first decision, beroep at the court for a decision after an objection."""
    from plein.decisions import letters

    return letters.letter_texts(request.municipality_id, kind)["objection_clause"]


def _lock_request(request: ProvisionRequest) -> ProvisionRequest:
    """Lock the request: two officers drafting at the same moment wait for each other."""
    current = ProvisionRequest.objects.select_for_update().get(pk=request.pk)
    if current.status == RequestStatus.WITHDRAWN:
        raise ValidationError({NON_FIELD_ERRORS: "Deze aanvraag is ingetrokken; er komt geen beschikking."})
    return current


def _check_follows(request: ProvisionRequest, objection: Objection) -> None:
    if objection.decision.request_id != request.pk:
        raise ValidationError({"follows_objection": "Dit bezwaar gaat over een andere aanvraag."})
    if objection.outcome not in UPHOLDING:
        raise ValidationError(
            {
                "follows_objection": "Alleen na een (deels) gegrond bezwaar komt er een nieuwe beschikking "
                "in de plaats van de oude."
            }
        )
    if objection.new_decisions.filter(status=Status.SENT).exists():
        raise ValidationError({"follows_objection": "Na dit bezwaar is al een nieuwe beschikking verzonden."})


@transaction.atomic
def decision_draft(
    *,
    actor,
    request: ProvisionRequest,
    outcome: str,
    reasons: str,
    legal_basis: str = "",
    result: ProvisionResult | None = None,
    extent=None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    delivery_form: str = "",
    provider: Organisation | None = None,
    budget=None,
    follows_objection: Objection | None = None,
) -> Decision:
    """Draft the decision on a checked request: grant, partial grant or denial, with reasons."""
    check_officer(actor, request.municipality_id)
    current = _lock_request(request)
    if follows_objection is not None:
        _check_follows(current, follows_objection)
    elif current.status == RequestStatus.DECIDED:
        raise ValidationError(
            {
                NON_FIELD_ERRORS: "Over deze aanvraag is al besloten. Een nieuwe beschikking komt er alleen "
                "na een gegrond bezwaar."
            }
        )
    elif not LegalityCheck.objects.filter(request=current, completed_at__isnull=False).exists():
        raise ValidationError(
            {
                NON_FIELD_ERRORS: "Rond eerst de rechtmatigheidstoets af; daarna kunt u een beschikking opstellen."
            }
        )
    open_draft = current.decisions.filter(status__in=OPEN_STATUSES).first()
    if open_draft is not None:
        raise ValidationError(
            {
                NON_FIELD_ERRORS: f"Er ligt al een beschikking in concept voor deze aanvraag "
                f"({open_draft.reference}); werk die bij."
            }
        )
    content = _validated(
        current,
        outcome=outcome,
        reasons=reasons,
        legal_basis=legal_basis,
        result=result,
        extent=extent,
        starts_on=starts_on,
        ends_on=ends_on,
        delivery_form=delivery_form,
        provider=provider,
        budget=budget,
    )
    kind = LetterTemplate.Kind.OBJECTION if follows_objection is not None else outcome
    fields = content | {
        "request": current,
        "objection_clause": _objection_clause(current, kind),
        "follows_objection": follows_objection,
        "drafted_by": actor,
        "drafted_at": timezone.now(),
    }
    decision = Decision.objects.create(reference=new_reference("B"), **fields)
    after = f", na bezwaar {follows_objection.reference}" if follows_objection is not None else ""
    record_on_case(
        current,
        CaseEvent.Kind.DECISION,
        actor=actor,
        note=f"Beschikking {decision.reference} opgesteld ({decision.get_outcome_display().lower()}{after}).",
    )
    return decision


def _lock_draft(decision: Decision) -> Decision:
    current = Decision.objects.select_for_update().get(pk=decision.pk)
    if current.status != Status.DRAFT:
        raise ValidationError({NON_FIELD_ERRORS: SIGNED_NEVER_CHANGES})
    return current


@transaction.atomic
def decision_update(
    *,
    actor,
    decision: Decision,
    expected_version: int,
    outcome: str,
    reasons: str,
    legal_basis: str = "",
    result: ProvisionResult | None = None,
    extent=None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    delivery_form: str = "",
    provider: Organisation | None = None,
    budget=None,
) -> Decision:
    """Change a draft decision; refused once signed, or when someone else saved it in between."""
    check_officer(actor, decision.request.municipality_id)
    request = _lock_request(decision.request)
    current = _lock_draft(decision)
    content = _validated(
        request,
        outcome=outcome,
        reasons=reasons,
        legal_basis=legal_basis,
        result=result,
        extent=extent,
        starts_on=starts_on,
        ends_on=ends_on,
        delivery_form=delivery_form,
        provider=provider,
        budget=budget,
    )
    check_and_bump_version(current, expected_version, "deze beschikking")
    kind = LetterTemplate.Kind.OBJECTION if current.follows_objection_id else content["outcome"]
    content["objection_clause"] = _objection_clause(request, kind)
    for name, value in content.items():
        setattr(current, name, value)
    current.save(update_fields=[*content])
    return current


def _send(decision: Decision, *, actor) -> list[str]:
    """The final signature: the letter is produced and kept, the objection term starts, and a
    decision after an upheld objection takes the place of the one objected to."""
    from plein.decisions import letters

    request = decision.request
    decision.status = Status.SENT
    decision.sent_on = timezone.localdate()
    decision.objection_due_on = due_date(OBJECTION, decision.sent_on, municipality_id=request.municipality_id)
    decision.letter_pdf = letters.decision_letter_pdf(decision)
    ProvisionRequest.objects.filter(pk=request.pk).update(
        status=RequestStatus.DECIDED, lock_version=F("lock_version") + 1
    )
    record_change(request)  # update() writes no history row by itself
    record_on_case(
        request,
        CaseEvent.Kind.DECISION,
        actor=actor,
        note=f"Beschikking {decision.reference} verzonden ({decision.get_outcome_display().lower()}).",
    )
    objection = decision.follows_objection
    if objection is not None and objection.outcome in UPHOLDING:
        revoked = Decision.objects.filter(pk=objection.decision_id, status=Status.SENT).update(
            status=Status.REVOKED, lock_version=F("lock_version") + 1
        )
        if revoked:
            record_change(objection.decision)
            record_on_case(
                request,
                CaseEvent.Kind.DECISION,
                actor=actor,
                note=f"Beschikking {objection.decision.reference} herroepen na bezwaar "
                f"{objection.reference}; beschikking {decision.reference} komt ervoor in de plaats.",
            )
    return ["status", "sent_on", "objection_due_on", "letter_pdf"]


@transaction.atomic
def decision_sign(*, actor, decision: Decision, expected_version: int) -> Decision:
    """Sign a decision. Without four eyes this sends it; with four eyes the first signature waits
    for a second officer, who is neither the drafter nor the first signer."""
    check_officer(actor, decision.request.municipality_id)
    _lock_request(decision.request)
    current = (
        Decision.objects.select_for_update(of=("self",))
        .select_related("request__provision")
        .get(pk=decision.pk)
    )
    if current.status not in OPEN_STATUSES:
        raise ValidationError({NON_FIELD_ERRORS: "Deze beschikking is al ondertekend en verzonden."})
    second = current.status == Status.AWAITING_SECOND
    if second and actor.pk in (current.drafted_by_id, current.signed_by_id):
        raise ValidationError({NON_FIELD_ERRORS: NOT_FOUR_EYES})
    check_and_bump_version(current, expected_version, "deze beschikking")
    if second:
        current.second_signed_by, current.second_signed_at = actor, timezone.now()
        changed = ["second_signed_by", "second_signed_at"]
    else:
        current.signed_by, current.signed_at = actor, timezone.now()
        changed = ["signed_by", "signed_at"]
    if not second and current.request.provision.four_eyes:
        current.status = Status.AWAITING_SECOND
        changed.append("status")
    else:
        changed += _send(current, actor=actor)
    current.save(update_fields=changed)
    return current


@transaction.atomic
def decision_return(*, actor, decision: Decision, reason: str, expected_version: int) -> Decision:
    """The second officer does not sign a four-eyes decision but sends it back to draft, with the
    reason, so the drafter can change it. The first signature lapses: the changed draft is signed anew."""
    check_officer(actor, decision.request.municipality_id)
    _lock_request(decision.request)
    current = Decision.objects.select_for_update(of=("self",)).select_related("request").get(pk=decision.pk)
    if current.status != Status.AWAITING_SECOND:
        raise ValidationError(
            {NON_FIELD_ERRORS: "Alleen een beschikking die wacht op de tweede handtekening kan terug."}
        )
    if actor.pk in (current.drafted_by_id, current.signed_by_id):
        raise ValidationError({NON_FIELD_ERRORS: NOT_FOUR_EYES})
    reason = require_text(reason, "reason", "Schrijf op waarom de beschikking terug moet naar concept.")
    check_and_bump_version(current, expected_version, "deze beschikking")
    current.status = Status.DRAFT
    current.signed_by = current.signed_at = None
    current.returned_reason = reason
    current.save(update_fields=["status", "signed_by", "signed_at", "returned_reason"])
    # The reason stays in the back office (on the decision); the timeline says only what happened.
    record_on_case(
        current.request,
        CaseEvent.Kind.DECISION,
        actor=actor,
        note=f"Beschikking {current.reference} is teruggestuurd naar concept (vier ogen).",
    )
    return current
