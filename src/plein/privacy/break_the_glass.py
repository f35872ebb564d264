"""Break-the-glass (noodtoegang): reading a household outside one's need-to-know, in an emergency.

A professional who works with residents (team case work, front or back office) may open a household
they do not serve, after stating why. The access is read-only, lasts
``settings.PLEIN_BREAK_THE_GLASS_HOURS`` hours (or until ended earlier), every page seen under it is
logged with basis "break_the_glass", and the privacy officer reviews each access afterwards.

Need-to-know integration: ``emergency_household_ids(user)`` is the (tiny, per request cached) set of
households with an active access; ``people.selectors.households_visible_to`` and
``cases.selectors.cases_visible_to`` add it to their rule, ``cases_workable_by`` does not (reading
only). This module imports nothing from ``people.selectors`` at module level, so that those
selectors can import it.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import BooleanField, ExpressionWrapper, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from plein.areas.models import Role
from plein.areas.selectors import scope_for
from plein.people.models import Household, HouseholdMembership
from plein.privacy.access_log import record_access
from plein.privacy.models import (
    AccessAction,
    AccessBasis,
    AccessLogEntry,
    AccessResult,
    EmergencyAccess,
    EmergencyReviewOutcome,
)

__all__ = [
    "MIN_REASON_LENGTH",
    "active_emergency_access",
    "emergency_access_end",
    "emergency_access_review",
    "emergency_access_start",
    "emergency_accesses_for_review_page",
    "emergency_accesses_to_review",
    "emergency_hours",
    "emergency_household_for",
    "emergency_household_ids",
    "emergency_log_counts",
    "is_privacy_officer",
    "may_break_the_glass",
    "record_refused_start",
    "refuse_change_under_emergency",
]

MIN_REASON_LENGTH = 20
OBJECT_TYPE = "emergency_access"
REVIEW_ACTIVITY = "Toezicht op gegevensbescherming"
_CACHE_ATTRIBUTE = "_plein_emergency_household_ids"


def emergency_hours() -> int:
    return int(getattr(settings, "PLEIN_BREAK_THE_GLASS_HOURS", 4))


# --- who ------------------------------------------------------------------------------------------


def may_break_the_glass(user) -> bool:
    """Only who works with residents at all: team case workers and the front and back office."""
    return bool(getattr(user, "is_authenticated", False)) and scope_for(user).sees_residents


def is_privacy_officer(user) -> bool:
    return Role.PRIVACY_OFFICER in scope_for(user).roles


# --- selectors ------------------------------------------------------------------------------------


def _active(now=None) -> Q:
    now = now or timezone.now()
    return Q(started_at__lte=now, expires_at__gt=now, ended_at__isnull=True, household__isnull=False)


def emergency_household_ids(user) -> frozenset[int]:
    """Households this user reads under an active emergency access. Cached on the user object for
    the request (like ``scope_for``): every need-to-know query of a page asks for it."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached = getattr(user, _CACHE_ATTRIBUTE, None)
    if cached is not None:
        return cached
    ids = frozenset(
        EmergencyAccess.objects.filter(_active(), professional=user).values_list("household_id", flat=True)
    )
    setattr(user, _CACHE_ATTRIBUTE, ids)
    return ids


def _forget(user) -> None:
    if hasattr(user, _CACHE_ATTRIBUTE):
        delattr(user, _CACHE_ATTRIBUTE)


def emergency_household_for(user, *, household_id=None, resident_id=None) -> int | None:
    """The household through whose emergency access this object is seen, or None.

    For a resident: a household they belong (or belonged) to that the user reads in an emergency.
    No query at all for the (usual) user without an active emergency access.
    """
    ids = emergency_household_ids(user)
    if not ids:
        return None
    if household_id is not None:
        return int(household_id) if int(household_id) in ids else None
    if resident_id is not None:
        return (
            HouseholdMembership.objects.filter(resident_id=resident_id, household_id__in=ids)
            .order_by("ends_on")
            .values_list("household_id", flat=True)
            .first()
        )
    return None


def refuse_change_under_emergency(user, *, household_id=None, resident_id=None) -> None:
    """Emergency access is for reading: a change to what is only seen through it is refused."""
    if emergency_household_for(user, household_id=household_id, resident_id=resident_id) is not None:
        raise PermissionDenied("Met noodtoegang kunt u alleen inzien, niet wijzigen.")


def active_emergency_access(user, household_id: int) -> EmergencyAccess | None:
    if int(household_id) not in emergency_household_ids(user):
        return None
    return (
        EmergencyAccess.objects.filter(_active(), professional=user, household_id=household_id)
        .order_by("-expires_at")
        .first()
    )


def emergency_accesses_to_review(officer=None) -> QuerySet[EmergencyAccess]:
    """Accesses not yet reviewed, oldest first; for an officer, those of their municipalities."""
    accesses = EmergencyAccess.objects.filter(reviewed_at__isnull=True)
    if officer is not None:
        accesses = accesses.filter(_of_officer(officer))
    return accesses.order_by("started_at", "id")


def _of_officer(officer) -> Q:
    # A household destroyed at the end of its retention period leaves its accesses to every officer.
    return Q(household__municipality_id__in=scope_for(officer).municipality_ids) | Q(household__isnull=True)


def emergency_accesses_for_review_page(officer) -> QuerySet[EmergencyAccess]:
    """All accesses of the officer's municipalities: the unreviewed first, then newest first."""
    return (
        EmergencyAccess.objects.filter(_of_officer(officer))
        .select_related("professional", "reviewed_by")
        .annotate(reviewed=ExpressionWrapper(Q(reviewed_at__isnull=False), output_field=BooleanField()))
        .order_by("reviewed", "-started_at", "-id")
    )


def _window_end(access: EmergencyAccess):
    return min(access.ended_at, access.expires_at) if access.ended_at else access.expires_at


def emergency_log_counts(accesses) -> dict[int, int]:
    """Per access: the log entries of pages seen under it (its own start entry not counted).

    Counted in Python from one query: the log may travel over its own connection (see
    ``access_log``), so it is not joined to the accesses.
    """
    accesses = [access for access in accesses if access.household_id]
    counts = {access.pk: 0 for access in accesses}
    if not accesses:
        return counts
    rows = (
        AccessLogEntry.objects.filter(
            basis=AccessBasis.BREAK_THE_GLASS,
            actor_id__in={access.professional_id for access in accesses},
            household_id__in={access.household_id for access in accesses},
            at__gte=min(access.started_at for access in accesses),
            at__lte=max(_window_end(access) for access in accesses),
        )
        .exclude(object_type=OBJECT_TYPE)
        .values_list("actor_id", "household_id", "at")
    )
    for actor_id, household_id, at in rows:
        for access in accesses:
            if (
                access.professional_id == actor_id
                and access.household_id == household_id
                and access.started_at <= at <= _window_end(access)
            ):
                counts[access.pk] += 1
    return counts


# --- services -------------------------------------------------------------------------------------


def _clean_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Schrijf op waarom u noodtoegang nodig heeft."})
    if len(reason) < MIN_REASON_LENGTH:
        raise ValidationError(
            {
                "reason": f"Beschrijf de reden in ten minste {MIN_REASON_LENGTH} tekens, zodat de "
                "privacyfunctionaris haar later kan beoordelen."
            }
        )
    return reason


@transaction.atomic
def emergency_access_start(*, actor, household_id: int, reason: str, request: HttpRequest | None = None):
    """Open a household the actor does not serve, for reading, for a limited time.

    Raises PermissionDenied for someone who does not work with residents, ValidationError ("reason",
    "household") for a missing or too short reason or a household already visible, and
    Household.DoesNotExist for an unknown household.
    """
    from plein.people.selectors import households_visible_to

    if not may_break_the_glass(actor):
        raise PermissionDenied("Noodtoegang is er alleen voor wie met inwoners werkt.")
    reason = _clean_reason(reason)
    household = Household.objects.get(pk=household_id)
    if household.pk in emergency_household_ids(actor):
        raise ValidationError({"household": "U heeft al noodtoegang tot dit huishouden."})
    if households_visible_to(actor).filter(pk=household.pk).exists():
        raise ValidationError(
            {"household": "U heeft al toegang tot dit huishouden; noodtoegang is niet nodig."}
        )
    now = timezone.now()
    access = EmergencyAccess.objects.create(
        professional=actor,
        household=household,
        reason=reason,
        started_at=now,
        expires_at=now + timedelta(hours=emergency_hours()),
    )
    _forget(actor)
    # Ids only: the reason stays in the EmergencyAccess, for the privacy officer.
    record_access(
        actor=actor,
        action=AccessAction.READ,
        object_type=OBJECT_TYPE,
        object_id=access.pk,
        basis=AccessBasis.BREAK_THE_GLASS,
        household_id=household.pk,
        resident_ids=household.memberships.filter(ends_on__isnull=True).values_list("resident_id", flat=True),
        details={"emergency_access_id": access.pk},
        request=request,
    )
    return access


def record_refused_start(*, actor, request: HttpRequest | None = None) -> None:
    """A start for a household or BSN that was not found: logged, without what was typed."""
    record_access(
        actor=actor,
        action=AccessAction.READ,
        object_type=OBJECT_TYPE,
        result=AccessResult.REFUSED,
        details={"not_found": True},
        request=request,
    )


@transaction.atomic
def emergency_access_end(actor, access: EmergencyAccess) -> EmergencyAccess:
    """End an access before it expires (only its own professional)."""
    if access.professional_id != actor.pk:
        raise PermissionDenied("Alleen wie de noodtoegang begon, kan haar beëindigen.")
    access = EmergencyAccess.objects.select_for_update().get(pk=access.pk)
    now = timezone.now()
    if access.ended_at is None and access.expires_at > now:
        access.ended_at = now
        access.save(update_fields=["ended_at"])
    _forget(actor)
    return access


@transaction.atomic
def emergency_access_review(
    *, actor, access: EmergencyAccess, outcome: str, note: str = ""
) -> EmergencyAccess:
    """The privacy officer's judgement: justified or not; an unjustified access needs a note."""
    if not is_privacy_officer(actor):
        raise PermissionDenied("Alleen de privacyfunctionaris beoordeelt noodtoegang.")
    if access.professional_id == actor.pk:
        raise PermissionDenied("U beoordeelt uw eigen noodtoegang niet.")
    access = EmergencyAccess.objects.select_for_update().get(pk=access.pk)
    if access.reviewed_at is not None:
        raise ValidationError("Deze noodtoegang is al beoordeeld.")
    if outcome not in EmergencyReviewOutcome.values:
        raise ValidationError({"outcome": "Kies of de noodtoegang terecht of onterecht was."})
    note = (note or "").strip()
    if outcome == EmergencyReviewOutcome.UNJUSTIFIED and not note:
        raise ValidationError(
            {
                "note": "Licht toe waarom de noodtoegang onterecht was en wat er met de medewerker is besproken."
            }
        )
    access.review_outcome = outcome
    access.review_note = note
    access.reviewed_at = timezone.now()
    access.reviewed_by = actor
    access.save(update_fields=["review_outcome", "review_note", "reviewed_at", "reviewed_by"])
    return access
