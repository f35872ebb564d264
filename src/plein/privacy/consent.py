"""Consent (toestemming): record, withdraw and check a resident's consent to share information.

Services follow the house style: keyword-only, ``actor`` first, Dutch ``ValidationError`` per field,
``@transaction.atomic``. Need-to-know: only a professional who may see the resident records, withdraws
or lists their consents; for anyone else the resident does not exist (``Resident.DoesNotExist`` → 404).

Hand-overs (``plein.cases.services.handover``) record a consent given inline through
``consent_for_handover``; the partner's access to a hand-over requires that the consent behind it is
not withdrawn (``handover_consent_withdrawn`` is the rule, used by ``handovers_for_partner``).
"""

import logging
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from plein.people.models import Organisation, Resident
from plein.people.selectors import residents_visible_to
from plein.privacy.history import record_change
from plein.privacy.models import Consent, ConsentMethod

__all__ = [
    "HANDOVER_PURPOSE",
    "WITHDRAWN_NOTE",
    "consent_for_handover",
    "consent_record",
    "consent_withdraw",
    "consents_of",
    "handover_consent_withdrawn",
    "has_consent",
    "resident_consents_context",
]

logger = logging.getLogger(__name__)

HANDOVER_PURPOSE = "Warme overdracht"
WITHDRAWN_NOTE = "De inwoner heeft de toestemming ingetrokken"


def _visible_resident(actor, resident: Resident) -> Resident:
    """The resident, if the actor may see them; otherwise they do not exist (404 in the views)."""
    if not residents_visible_to(actor).filter(pk=resident.pk).exists():
        raise Resident.DoesNotExist("Inwoner niet gevonden.")
    return resident


def _check_period(given_on: date | None, valid_until: date | None) -> None:
    if given_on is None:
        raise ValidationError({"given_on": "Vul in op welke datum de inwoner toestemming gaf."})
    if given_on > timezone.localdate():
        raise ValidationError({"given_on": "De datum van de toestemming ligt in de toekomst."})
    if valid_until is not None and valid_until <= given_on:
        raise ValidationError(
            {"valid_until": "‘Geldig tot en met’ ligt na de datum waarop de toestemming is gegeven."}
        )


def _create(*, actor, resident, organisation, purpose, given_on, valid_until, method, case) -> Consent:
    purpose = (purpose or "").strip()
    if not purpose:
        raise ValidationError(
            {
                "purpose": "Schrijf op waarvoor de inwoner toestemming geeft, bijvoorbeeld ‘warme overdracht schuldhulp’."
            }
        )
    if len(purpose) > Consent._meta.get_field("purpose").max_length:
        raise ValidationError({"purpose": "Beschrijf het doel korter (hooguit 300 tekens)."})
    if method not in ConsentMethod.values:
        raise ValidationError(
            {"method": "Leg vast hoe de inwoner toestemming gaf: mondeling, schriftelijk of via het portaal."}
        )
    _check_period(given_on, valid_until)
    if case is not None and not case.household.memberships.filter(resident=resident).exists():
        raise ValidationError({"case": "Deze casus hoort niet bij het huishouden van deze inwoner."})
    return Consent.objects.create(
        resident=resident,
        organisation=organisation,
        purpose=purpose,
        case=case,
        given_on=given_on,
        valid_until=valid_until,
        method=method,
        recorded_by=actor,
    )


@transaction.atomic
def consent_record(
    *,
    actor,
    resident: Resident,
    organisation: Organisation,
    purpose: str,
    given_on: date,
    valid_until: date | None = None,
    method: str,
    case=None,
) -> Consent:
    """Record that the resident consents to sharing information with ``organisation`` for ``purpose``."""
    _visible_resident(actor, resident)
    if organisation is None:
        raise ValidationError({"organisation": "Kies de organisatie die de informatie mag ontvangen."})
    return _create(
        actor=actor,
        resident=resident,
        organisation=organisation,
        purpose=purpose,
        given_on=given_on,
        valid_until=valid_until,
        method=method,
        case=case,
    )


@transaction.atomic
def consent_withdraw(*, actor, consent: Consent, note: str = "") -> Consent:
    """Withdraw a consent. It takes effect at once: from this moment the organisation no longer reads
    the information shared on its strength (hand-overs sent with an override reason excepted)."""
    _visible_resident(actor, consent.resident)
    changed = Consent.objects.filter(pk=consent.pk, withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now(), withdrawn_by=actor, withdrawal_note=(note or "").strip()
    )
    if not changed:
        raise ValidationError({"__all__": "Deze toestemming is al ingetrokken."})
    consent.refresh_from_db()
    record_change(consent)  # update() writes no history row by itself
    _note_on_timelines(actor, consent)
    # Ids only: operators reading the log have no need to know who this is about.
    logger.info("Consent %s withdrawn by professional %s.", consent.pk, actor.pk)
    return consent


def _note_on_timelines(actor, consent: Consent) -> None:
    from plein.cases.models import Case, CaseEvent
    from plein.cases.services.case import record_event

    case_ids = set(consent.handovers.values_list("case_id", flat=True))
    if consent.case_id:
        case_ids.add(consent.case_id)
    for case in Case.objects.filter(pk__in=case_ids):
        record_event(
            case,
            CaseEvent.Kind.HANDOVER,
            actor=actor,
            note=f"{WITHDRAWN_NOTE} voor {consent.organisation} ({consent.purpose}).",
        )


def consent_for_handover(*, actor, handover, resident, method: str, given_on: date) -> Consent:
    """Record (or reuse) the consent a hand-over was sent with, and link the hand-over to it, so that
    it is in the resident's register and can be withdrawn. Called inside ``handover_send``."""
    purpose = HANDOVER_PURPOSE
    if handover.plan_item_id:
        purpose = f"{HANDOVER_PURPOSE}: {handover.plan_item.get_rung_display()}"
    consent = (
        Consent.objects.filter(
            resident=resident,
            organisation=handover.organisation,
            purpose=purpose,
            case=handover.case,
            method=method,
            given_on=given_on,
            valid_until__isnull=True,
            withdrawn_at__isnull=True,
        )
        .order_by("-id")
        .first()
    )
    if consent is None:
        consent = _create(
            actor=actor,
            resident=resident,
            organisation=handover.organisation,
            purpose=purpose,
            given_on=given_on,
            valid_until=None,
            method=method,
            case=handover.case,
        )
    consent.handovers.add(handover)
    return consent


def _valid_on(day: date) -> Q:
    return Q(withdrawn_at__isnull=True, given_on__lte=day) & (
        Q(valid_until__isnull=True) | Q(valid_until__gte=day)
    )


def has_consent(resident: Resident, organisation: Organisation, on: date | None = None) -> Consent | None:
    """The resident's consent to share with ``organisation`` that holds on ``on`` (today), if any."""
    day = on or timezone.localdate()
    return (
        Consent.objects.filter(_valid_on(day), resident=resident, organisation=organisation)
        .order_by("-given_on", "-id")
        .first()
    )


def consents_of(user, resident: Resident) -> QuerySet[Consent]:
    """The resident's consents, for a professional who may see the resident (none otherwise)."""
    if not residents_visible_to(user).filter(pk=resident.pk).exists():
        return Consent.objects.none()
    return resident.consents.select_related("organisation", "case", "recorded_by", "withdrawn_by").order_by(
        "withdrawn_at", "-given_on", "-id"
    )


def resident_consents_context(user, resident: Resident) -> dict:
    """For the resident page (Toestemmingen): the consents with their status today."""
    today = timezone.localdate()
    return {
        "consents": [
            {"consent": consent, "status": consent.status_on(today)}
            for consent in consents_of(user, resident)
        ]
    }


def handover_consent_withdrawn() -> Q:
    """Hand-overs whose consent has been withdrawn: linked consents exist and none is still standing,
    and the hand-over was not sent with an override reason (acute danger). Hand-overs from before the
    consent register have no linked consent and keep what they had."""
    linked = Consent.objects.filter(handovers=OuterRef("pk"))
    return (
        Q(consent_override_reason="")
        & Exists(linked.filter(withdrawn_at__isnull=False))
        & ~Exists(linked.filter(withdrawn_at__isnull=True))
    )
