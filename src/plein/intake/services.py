"""State changes for requests. Each runs in one transaction and leaves an event behind.

Every outcome is recorded with who and why, so a resident is never sent from desk to desk
without a trace.
"""

import secrets
from collections.abc import Iterable
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from plein.areas.models import Team
from plein.areas.selectors import active_memberships
from plein.core.models import LifeDomain
from plein.core.validators import clean_postcode
from plein.intake import triage as triage_module
from plein.intake.models import Request, RequestEvent
from plein.intake.notifications import notify_assigned, notify_crisis, notify_request_routed
from plein.intake.selectors import requests_handled_by
from plein.people.models import Household, Organisation, Resident
from plein.people.selectors import current_membership

REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read out over the phone


def new_reference() -> str:
    # Random, so a reference reveals nothing about how many requests a municipality gets.
    return "V-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


def _event(request: Request, kind: str, *, actor=None, note: str = "", team: Team | None = None) -> None:
    RequestEvent.objects.create(request=request, kind=kind, actor=actor, note=note, team=team)


def _require_open(request: Request) -> None:
    if request.status == Request.Status.CLOSED:
        raise ValidationError("Deze melding is al afgehandeld.")


@transaction.atomic
def request_register(
    *,
    channel: str,
    source: str,
    question: str,
    actor=None,
    resident: Resident | None = None,
    household: Household | None = None,
    person_description: str = "",
    postcode: str = "",
    house_number: int | None = None,
    life_domains: Iterable[LifeDomain] = (),
    urgency: str = Request.Urgency.NORMAL,
    minors_involved: bool = False,
    resident_knows: bool | None = None,
    contact_consent: bool = False,
    contact_preference: str = "",
    contact_phone: str = "",
    contact_email: str = "",
    reporter_name: str = "",
    reporter_phone: str = "",
    reporter_email: str = "",
    source_organisation: Organisation | None = None,
    is_wmo_melding: bool = False,
    received_at: datetime | None = None,
    idempotency_key: str | None = None,
) -> Request:
    """Register a request once, from any channel, and bring it to the team that should help."""
    life_domains = list(life_domains)
    if idempotency_key:
        existing = Request.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing
    if not question.strip():
        raise ValidationError({"question": "Beschrijf de vraag of wat u is opgevallen."})
    postcode = clean_postcode(postcode) if postcode.strip() else ""
    if resident is not None and household is None:
        membership = current_membership(resident)
        household = membership.household if membership else None
    if not contact_preference:
        contact_preference = (
            Request.ContactPreference.PHONE
            if contact_phone
            else Request.ContactPreference.EMAIL
            if contact_email
            else Request.ContactPreference.NONE
        )
    request = Request(
        reference=new_reference(),
        channel=channel,
        source=source,
        question=question,
        resident=resident,
        household=household,
        person_description=person_description,
        postcode=postcode,
        house_number=house_number,
        urgency=urgency,
        minors_involved=minors_involved,
        resident_knows=resident_knows,
        contact_consent=contact_consent,
        contact_preference=contact_preference,
        contact_phone=contact_phone.strip(),
        contact_email=contact_email.strip(),
        reporter_name=reporter_name.strip(),
        reporter_phone=reporter_phone.strip(),
        reporter_email=reporter_email.strip(),
        source_organisation=source_organisation,
        is_wmo_melding=is_wmo_melding,
        received_at=received_at or timezone.now(),
        idempotency_key=idempotency_key or None,
        created_by=actor,
    )
    result = triage_module.triage(request, life_domains=life_domains)
    request.team = result.team
    request.municipality = result.municipality or (result.team.municipality if result.team else None)
    request.full_clean(exclude=["reference"])
    try:
        with transaction.atomic():
            request.save()
    except IntegrityError:
        # The same idempotency key arrived twice at the same moment: the first one wins.
        if idempotency_key:
            return Request.objects.get(idempotency_key=idempotency_key)
        raise
    request.life_domains.set(life_domains)
    _event(request, RequestEvent.Kind.REGISTERED, actor=actor, note=request.get_channel_display())
    _event(request, RequestEvent.Kind.TRIAGED, actor=actor, note=result.explanation, team=result.team)
    notify_request_routed(request)
    return request


def _check_may_handle(actor, request: Request) -> None:
    # Seeing a request (a partner follows their own signal) is not handling it.
    if not requests_handled_by(actor).filter(pk=request.pk).exists():
        raise PermissionDenied(
            "U behandelt deze melding niet: die hoort bij een ander team of een andere gemeente."
        )


@transaction.atomic
def request_answer(*, actor, request: Request, note: str) -> Request:
    """Answered at once: information, advice, or a referral to a general provision or volunteer help."""
    _require_open(request)
    _check_may_handle(actor, request)
    if not note.strip():
        raise ValidationError({"note": "Leg vast welk antwoord of welke verwijzing de inwoner kreeg."})
    _close(request, Request.Outcome.ANSWERED)
    _event(request, RequestEvent.Kind.ANSWERED, actor=actor, note=note.strip())
    return request


@transaction.atomic
def request_forward(*, actor, request: Request, partner: Organisation, reason: str) -> Request:
    """A single-domain specialist question goes to a network partner, with the reason."""
    _require_open(request)
    _check_may_handle(actor, request)
    if not reason.strip():
        raise ValidationError({"reason": "Leg vast waarom de vraag naar deze partner gaat."})
    request.forwarded_to = partner
    _close(request, Request.Outcome.FORWARDED)
    _event(request, RequestEvent.Kind.FORWARDED, actor=actor, note=f"{partner}: {reason.strip()}")
    return request


@transaction.atomic
def request_route(*, actor, request: Request, team: Team | None = None, reason: str = "") -> Request:
    """To a team for a broad conversation. The address decides the team; the resident may choose
    another (freedom of choice), which needs a reason."""
    _require_open(request)
    _check_may_handle(actor, request)
    proposed = triage_module.triage(request).team
    team = team or proposed
    if team is None:
        raise ValidationError({"team": "Kies een team: het adres wijst er geen aan."})
    if proposed is not None and team != proposed and not reason.strip():
        raise ValidationError(
            {"reason": f"Het adres hoort bij {proposed}. Leg vast waarom de inwoner voor {team} kiest."}
        )
    request.team = team
    request.municipality = team.municipality
    request.outcome = Request.Outcome.ROUTED
    request.save(update_fields=["team", "municipality", "outcome"])
    _event(request, RequestEvent.Kind.ROUTED, actor=actor, note=reason.strip(), team=team)
    notify_request_routed(request)
    return request


@transaction.atomic
def request_crisis(*, actor, request: Request, note: str) -> Request:
    """Crisis: immediate help by the crisis service; the team is told so it follows up."""
    _require_open(request)
    _check_may_handle(actor, request)
    if not note.strip():
        raise ValidationError({"note": "Leg vast welke crisishulp is ingeschakeld."})
    request.urgency = Request.Urgency.CRISIS
    request.outcome = Request.Outcome.CRISIS
    request.team = request.team or triage_module.triage(request).team
    request.save(update_fields=["urgency", "outcome", "team"])
    _event(request, RequestEvent.Kind.CRISIS, actor=actor, note=note.strip(), team=request.team)
    notify_crisis(request)
    return request


@transaction.atomic
def request_assign(*, actor, request: Request, professional) -> Request:
    """A generalist of the request's team picks it up."""
    _require_open(request)
    if request.team_id is None:
        raise ValidationError("Deze melding is nog niet naar een team gerouteerd.")
    if not active_memberships().filter(professional=professional, team_id=request.team_id).exists():
        raise ValidationError({"professional": f"{professional} werkt niet in {request.team}."})
    request.assigned_to = professional
    request.status = Request.Status.ASSIGNED
    request.save(update_fields=["assigned_to", "status"])
    _event(request, RequestEvent.Kind.ASSIGNED, actor=actor, note=str(professional), team=request.team)
    notify_assigned(request, actor=actor)
    return request


WMO_STEPS = {
    "receipt": ("receipt_confirmed_at", "Ontvangst van de melding bevestigd"),
    "client_support": ("client_support_offered_at", "Gewezen op gratis onafhankelijke cliëntondersteuning"),
    "personal_plan": ("personal_plan_offered_at", "Gewezen op het persoonlijk plan (binnen 7 dagen)"),
}


@transaction.atomic
def request_record_wmo_step(*, actor, request: Request, step: str) -> Request:
    """Record one of the three things Wmo 2015 art. 2.3.2 asks after a melding."""
    if not request.is_wmo_melding:
        raise ValidationError("Dit is geen Wmo-melding.")
    if actor is not None:  # None: the public confirmation page did it
        _check_may_handle(actor, request)
    field, label = WMO_STEPS[step]
    if getattr(request, field) is None:
        setattr(request, field, timezone.now())
        request.save(update_fields=[field])
        _event(request, RequestEvent.Kind.WMO_STEP, actor=actor, note=label)
    return request


def _close(request: Request, outcome: str) -> None:
    request.outcome = outcome
    request.status = Request.Status.CLOSED
    request.closed_at = timezone.now()
    request.save(update_fields=["outcome", "status", "closed_at", "forwarded_to"])


@transaction.atomic
def request_join_case(*, actor, request: Request, case_reference: str) -> Request:
    """The request becomes part of the household's integral case (one household, one plan)."""
    _require_open(request)
    _check_may_handle(actor, request)
    _close(request, Request.Outcome.ROUTED)
    _event(
        request,
        RequestEvent.Kind.ROUTED,
        actor=actor,
        note=f"Opgenomen in casus {case_reference}",
        team=request.team,
    )
    return request
