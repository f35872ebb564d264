"""Object permissions for cases (django-rules). Each predicate defers to ``cases.selectors``, so
who may see or change a case is decided in one place."""

import rules

from plein.cases.selectors import cases_visible_to, cases_workable_by


@rules.predicate
def case_is_visible(user, case) -> bool:
    return case is not None and cases_visible_to(user).filter(pk=case.pk).exists()


@rules.predicate
def case_is_workable(user, case) -> bool:
    return case is not None and cases_workable_by(user).filter(pk=case.pk).exists()


rules.add_perm("cases.view_case_in_scope", case_is_visible)
rules.add_perm("cases.change_case_in_scope", case_is_workable)
