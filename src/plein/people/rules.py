"""Object permissions (django-rules). Each predicate defers to the scoped selectors, so the
rule that decides what a professional may see lives in one place: ``people.selectors``."""

import rules

from plein.areas.selectors import scope_for
from plein.people.selectors import households_visible_to, residents_visible_to


@rules.predicate
def works_with_residents(user) -> bool:
    return scope_for(user).sees_residents


@rules.predicate
def household_is_visible(user, household) -> bool:
    return household is not None and households_visible_to(user).filter(pk=household.pk).exists()


@rules.predicate
def resident_is_visible(user, resident) -> bool:
    return resident is not None and residents_visible_to(user).filter(pk=resident.pk).exists()


rules.add_perm("people.search_residents", works_with_residents)
rules.add_perm("people.register_resident", works_with_residents)
rules.add_perm("people.view_household_in_scope", household_is_visible)
rules.add_perm("people.change_household_in_scope", household_is_visible)
rules.add_perm("people.view_resident_in_scope", resident_is_visible)
rules.add_perm("people.change_resident_in_scope", resident_is_visible)
