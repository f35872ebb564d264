"""The support plan (ondersteuningsplan): versions, arrangement items and signatures.

A plan version is edited while it is a draft. Once the resident and the professional have both
signed it, it never changes: a change starts a new version, a copy, which supersedes the signed
one when it is signed in turn. The signed versions stay as they were, printable.
"""

from datetime import date

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone

from plein.cases.models import Case, CaseEvent, PlanItem, Signature, SupportPlan
from plein.cases.services.case import (
    check_and_bump_version,
    check_may_work_on,
    check_open,
    move_state,
    record_event,
    require_choice,
    require_not_future,
    require_text,
)
from plein.core.models import LifeDomain
from plein.directory.models import Service
from plein.people.models import Organisation, Resident
from plein.privacy.history import record_change

__all__ = [
    "plan_item_add",
    "plan_item_remove",
    "plan_missing",
    "plan_sign",
    "plan_start",
    "plan_update",
]

State = Case.State
Status = SupportPlan.Status

SIGNED_NEVER_CHANGES = "Een ondertekend plan verandert niet; maak een nieuwe versie."
NO_ITEMS = "Een plan zonder onderdelen kan niet ondertekend worden."
# The plan fields copied into a new version, and edited by plan_update.
PLAN_FIELDS = ("result_aimed_for", "timeline", "evaluate_on", "societal_contribution", "agreements")
ITEM_FIELDS = (
    "rung",
    "life_domain_id",
    "description",
    "performed_by",
    "organisation_id",
    "service_id",
    "starts_on",
    "ends_on",
)


def is_current_member(resident: Resident | None, case: Case) -> bool:
    """Whether the resident lives in the case's household now (used for signatures and consent)."""
    return (
        resident is not None
        and resident.household_memberships.filter(
            household_id=case.household_id, ends_on__isnull=True
        ).exists()
    )


def _lock_draft(plan: SupportPlan) -> SupportPlan:
    """Lock the plan row and refuse unless it is still a draft of an open case. The lock makes a
    signature and an edit at the same moment wait for each other."""
    current = SupportPlan.objects.select_for_update().select_related("case").get(pk=plan.pk)
    check_open(current.case)
    if current.status != Status.DRAFT:
        raise ValidationError({NON_FIELD_ERRORS: SIGNED_NEVER_CHANGES})
    return current


def _content_changed(plan: SupportPlan, *, actor) -> None:
    """Both signers sign the same text: a change after a first signature voids it."""
    deleted, _ = plan.signatures.all().delete()
    if deleted:
        record_event(
            plan.case,
            CaseEvent.Kind.PLAN,
            actor=actor,
            note=f"Versie {plan.version} is gewijzigd na een handtekening; die handtekening vervalt. "
            "Laat opnieuw tekenen.",
        )


@transaction.atomic
def plan_start(*, actor, case: Case) -> SupportPlan:
    """A first plan, or a new version copying the plan in force. One draft at a time: when there is
    one, that draft is returned. The case moves to the plan phase when it was in conversation or
    being evaluated."""
    check_may_work_on(actor, case)
    check_open(case)
    state = Case.objects.select_for_update().values_list("state", flat=True).get(pk=case.pk)
    draft = case.plans.filter(status=Status.DRAFT).first()
    if draft is not None:
        return draft
    if state == State.REGISTERED:
        raise ValidationError(
            {
                NON_FIELD_ERRORS: "Voer eerst het brede gesprek met het huishouden; daarna maakt u samen het plan."
            }
        )
    signed = case.plans.filter(status=Status.SIGNED).order_by("-version").first()
    version = (case.plans.aggregate(last=Max("version"))["last"] or 0) + 1
    try:
        with transaction.atomic():
            plan = SupportPlan.objects.create(
                case=case,
                version=version,
                created_by=actor,
                **{name: getattr(signed, name) for name in PLAN_FIELDS} if signed else {},
            )
    except IntegrityError:
        # A colleague started a draft at the same moment: work on theirs.
        return case.plans.get(status=Status.DRAFT)
    if signed is not None:
        PlanItem.objects.bulk_create(
            PlanItem(plan=plan, **{name: getattr(item, name) for name in ITEM_FIELDS})
            for item in signed.items.all()
        )
    note = f"Versie {version} van het plan gestart"
    record_event(
        case,
        CaseEvent.Kind.PLAN,
        actor=actor,
        note=f"{note}, op basis van versie {signed.version}." if signed else f"{note}.",
    )
    if state in (State.IN_CONVERSATION, State.EVALUATION):
        move_state(case, State.PLAN, actor=actor)
    return plan


@transaction.atomic
def plan_update(
    *,
    actor,
    plan: SupportPlan,
    expected_version: int,
    result_aimed_for: str,
    timeline: str,
    evaluate_on: date | None,
    societal_contribution: str,
    agreements: str,
) -> SupportPlan:
    """Save the plan's text. Refused when someone else saved it in between (optimistic locking)."""
    check_may_work_on(actor, plan.case)
    saved = _lock_draft(plan)
    check_and_bump_version(plan, expected_version, "dit plan")
    values = {
        "result_aimed_for": result_aimed_for.strip(),
        "timeline": timeline.strip(),
        "evaluate_on": evaluate_on,
        "societal_contribution": societal_contribution.strip(),
        "agreements": agreements.strip(),
    }
    for name, value in values.items():
        setattr(plan, name, value)
    if any(getattr(saved, name) != value for name, value in values.items()):
        _content_changed(plan, actor=actor)
        plan.save(update_fields=list(values))
        record_event(plan.case, CaseEvent.Kind.PLAN, actor=actor, note=f"Versie {plan.version} bijgewerkt.")
    return plan


@transaction.atomic
def plan_item_add(
    *,
    actor,
    plan: SupportPlan,
    rung: int,
    description: str,
    performed_by: str,
    starts_on: date,
    ends_on: date | None = None,
    life_domain: LifeDomain | None = None,
    organisation: Organisation | None = None,
    service: Service | None = None,
) -> PlanItem:
    """Add a part of the arrangement, on a rung of the support ladder."""
    case = plan.case
    check_may_work_on(actor, case)
    _lock_draft(plan)
    if rung not in PlanItem.Rung.values:
        raise ValidationError({"rung": "Kies een trede van de ladder: 1 (eigen kracht) tot en met 7."})
    description = require_text(description, "description", "Schrijf op wat er gebeurt.")
    performed_by = require_text(performed_by, "performed_by", "Schrijf op wie het doet.")
    if len(performed_by) > PlanItem._meta.get_field("performed_by").max_length:
        raise ValidationError({"performed_by": "Houd ‘wie doet het’ kort: hooguit 200 tekens."})
    if ends_on is not None and ends_on < starts_on:
        raise ValidationError({"ends_on": "De einddatum ligt vóór de begindatum."})
    if organisation is not None and not organisation.municipalities.filter(pk=case.municipality_id).exists():
        raise ValidationError({"organisation": f"{organisation} werkt niet in {case.municipality}."})
    if service is not None and service.municipality_id != case.municipality_id:
        raise ValidationError(
            {"service": f"{service} staat niet op de sociale kaart van {case.municipality}."}
        )
    _content_changed(plan, actor=actor)
    item = PlanItem.objects.create(
        plan=plan,
        rung=rung,
        description=description,
        performed_by=performed_by,
        starts_on=starts_on,
        ends_on=ends_on,
        life_domain=life_domain,
        organisation=organisation,
        service=service,
    )
    record_event(
        case,
        CaseEvent.Kind.PLAN,
        actor=actor,
        note=f"Onderdeel toegevoegd aan versie {plan.version}: {item.get_rung_display()}.",
    )
    return item


@transaction.atomic
def plan_item_remove(*, actor, item: PlanItem) -> None:
    plan = item.plan
    check_may_work_on(actor, plan.case)
    _lock_draft(plan)
    _content_changed(plan, actor=actor)
    label = item.get_rung_display()
    item.delete()
    record_event(
        plan.case,
        CaseEvent.Kind.PLAN,
        actor=actor,
        note=f"Onderdeel verwijderd uit versie {plan.version}: {label}.",
    )


def plan_missing(plan: SupportPlan) -> list[str]:
    """What the plan still needs before it can be signed (empty when it is complete)."""
    missing = []
    if not plan.result_aimed_for.strip():
        missing.append("het beoogde resultaat")
    if not plan.timeline.strip():
        missing.append("het tijdpad")
    if not plan.items.exists():
        missing.append("ten minste één onderdeel van het arrangement")
    return missing


def _check_complete(plan: SupportPlan) -> None:
    missing = plan_missing(plan)
    if not missing:
        return
    messages = [f"Het plan is nog niet compleet. Nog nodig: {', '.join(missing)}."]
    if not plan.items.exists():
        messages.insert(0, NO_ITEMS)
    raise ValidationError({NON_FIELD_ERRORS: messages})


@transaction.atomic
def plan_sign(
    *,
    actor,
    plan: SupportPlan,
    signer: str,
    signed_on: date,
    method: str,
    resident: Resident | None = None,
) -> SupportPlan:
    """Record the resident's or the professional's signature. With both, the version is in force:
    it supersedes the previous signed version and the case moves on to execution."""
    case = plan.case
    check_may_work_on(actor, case)
    plan = _lock_draft(plan)
    require_choice(signer, Signature.Signer, "signer", "Kies wie tekent: de inwoner of de professional.")
    require_choice(
        method,
        Signature.Method,
        "method",
        "Kies hoe er is getekend: op papier, op het scherm of via het portaal.",
    )
    require_not_future(signed_on, "signed_on")
    if signed_on < timezone.localdate(plan.created_at):
        raise ValidationError({"signed_on": "Op die datum bestond deze versie van het plan nog niet."})
    _check_complete(plan)
    if signer == Signature.Signer.RESIDENT:
        if resident is None:
            raise ValidationError({"resident": "Kies de inwoner die tekent."})
        if not is_current_member(resident, case):
            raise ValidationError(
                {"resident": f"{resident} woont niet (meer) in dit huishouden en kan het plan niet tekenen."}
            )
    if plan.signatures.filter(signer=signer).exists():
        raise ValidationError(
            {"signer": f"De {Signature.Signer(signer).label.lower()} heeft deze versie al ondertekend."}
        )
    Signature.objects.create(
        plan=plan,
        signer=signer,
        resident=resident if signer == Signature.Signer.RESIDENT else None,
        professional=actor if signer == Signature.Signer.PROFESSIONAL else None,
        signed_on=signed_on,
        method=method,
        recorded_by=actor,
    )
    # A signature changes what an open edit form was based on: such a save is then refused.
    SupportPlan.objects.filter(pk=plan.pk).update(lock_version=F("lock_version") + 1)
    plan.lock_version += 1
    record_event(
        case,
        CaseEvent.Kind.PLAN,
        actor=actor,
        note=f"Versie {plan.version} getekend door de {Signature.Signer(signer).label.lower()} "
        f"({Signature.Method(method).label.lower()}, {signed_on:%d-%m-%Y}).",
    )
    if plan.signatures.count() == len(Signature.Signer.values):
        _put_in_force(plan, case, actor=actor)
    return plan


def _put_in_force(plan: SupportPlan, case: Case, *, actor) -> None:
    superseded = list(case.plans.filter(status=Status.SIGNED))
    case.plans.filter(pk__in=[old.pk for old in superseded]).update(status=Status.SUPERSEDED)
    for old in superseded:
        record_change(old)  # update() writes no history row by itself
    plan.status, plan.signed_at = Status.SIGNED, timezone.now()
    plan.save(update_fields=["status", "signed_at"])
    record_event(
        case,
        CaseEvent.Kind.PLAN_SIGNED,
        actor=actor,
        note=f"Versie {plan.version} is ondertekend door de inwoner en de professional en geldt vanaf nu.",
    )
    state = Case.objects.values_list("state", flat=True).get(pk=case.pk)
    if state in (State.PLAN, State.EVALUATION):
        move_state(case, State.EXECUTION, actor=actor)
