"""Read queries for residents and households, always within the professional's scope.

Need-to-know lives here: ``households_visible_to`` is the one filter behind every list, detail
page, search and API endpoint that shows a household or a resident. What falls outside it does
not exist for that professional (404, absent from lists and counts).
"""

import operator
from datetime import date
from functools import reduce

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from plein.areas.selectors import Scope, scope_for
from plein.core.validators import normalize_bsn, normalize_postcode
from plein.people.models import Household, HouseholdMembership, Resident
from plein.privacy.break_the_glass import emergency_household_ids

SEARCH_RESULT_LIMIT = 50


def _visible_household(scope: Scope, path: str = "", emergency_ids: frozenset[int] = frozenset()) -> Q:
    """The need-to-know rule for a household, reachable from the queried model through ``path``.

    ``emergency_ids``: households read under an active break-the-glass access (a handful at most;
    the clause is only added when there is one, so the usual query stays as it was).
    """
    rule = Q(**{f"{path}address__neighbourhood__district_id__in": scope.served_district_ids}) | Q(
        **{f"{path}municipality_id__in": scope.resident_municipality_ids}
    )
    if emergency_ids:
        rule |= Q(**{f"{path}pk__in": sorted(emergency_ids)})
    return rule


def households_visible_to(user) -> QuerySet[Household]:
    scope = scope_for(user)
    if not scope.sees_residents:
        return Household.objects.none()
    return Household.objects.filter(_visible_household(scope, emergency_ids=emergency_household_ids(user)))


def residents_visible_to(user) -> QuerySet[Resident]:
    """Residents whose current household is visible to this professional.

    A resident who has moved out and not yet joined another household stays visible to whoever
    could see a household they lived in, so that the move can be completed. Written as correlated
    EXISTS over the membership's household, so the database checks only the residents a search
    has already narrowed down.
    """
    scope = scope_for(user)
    if not scope.sees_residents:
        return Resident.objects.none()
    memberships = HouseholdMembership.objects.filter(resident=OuterRef("pk"))
    in_visible_household = memberships.filter(
        _visible_household(scope, "household__", emergency_household_ids(user))
    )
    return Resident.objects.filter(
        Exists(in_visible_household.filter(ends_on__isnull=True))
        | (~Exists(memberships.filter(ends_on__isnull=True)) & Exists(in_visible_household))
    )


def current_membership(resident: Resident) -> HouseholdMembership | None:
    return (
        resident.household_memberships.filter(ends_on__isnull=True)
        .select_related("household__address__neighbourhood__district")
        .first()
    )


def resident_search(
    *,
    user,
    name: str = "",
    birth_date: date | None = None,
    bsn: str = "",
    postcode: str = "",
    house_number: int | None = None,
    limit: int = SEARCH_RESULT_LIMIT,
) -> list[Resident]:
    """Find residents by any combination of name, birth date, BSN and postcode + house number."""
    queryset = residents_visible_to(user)
    if bsn:
        queryset = queryset.filter(bsn=normalize_bsn(bsn))
    if birth_date:
        queryset = queryset.filter(birth_date=birth_date)
    if postcode:
        address = Q(household_memberships__household__address__postcode=normalize_postcode(postcode))
        if house_number:
            address &= Q(household_memberships__household__address__house_number=house_number)
        queryset = queryset.filter(address, household_memberships__ends_on__isnull=True)
    terms = name.lower().split()
    if terms:
        # One of the terms is the start of the surname: that narrows the search through the index;
        # every term must then match a surname, first name or tussenvoegsel.
        queryset = queryset.filter(
            reduce(operator.or_, (Q(last_name_key__startswith=term) for term in terms))
        )
    for term in terms:
        queryset = queryset.filter(
            Q(last_name_key__startswith=term) | Q(first_names__istartswith=term) | Q(name_prefix__iexact=term)
        )
    current = HouseholdMembership.objects.filter(ends_on__isnull=True).select_related("household__address")
    return list(
        queryset.order_by("last_name", "first_names", "birth_date", "id")
        .prefetch_related(Prefetch("household_memberships", queryset=current, to_attr="current_memberships"))
        .distinct()[:limit]
    )


def household_detail(*, user, household_id: int) -> Household:
    """Raises Household.DoesNotExist when it does not exist or is not visible to this user."""
    return (
        households_visible_to(user)
        .select_related("address__neighbourhood__district__municipality", "municipality")
        .get(pk=household_id)
    )


def household_members(household: Household, *, include_former: bool = False) -> QuerySet[HouseholdMembership]:
    memberships = household.memberships.select_related("resident").order_by(
        "position", "resident__birth_date"
    )
    if not include_former:
        memberships = memberships.filter(ends_on__isnull=True)
    return memberships
