"""The case of a household or a request, on the pages of other apps (people, intake): a link when
this professional may see it, else a "Casus openen" button for a team case worker."""

from django import template

from plein.areas.selectors import TEAM_CASEWORK_ROLES, scope_for
from plein.cases.models import Case
from plein.cases.selectors import cases_visible_to, open_cases

register = template.Library()


def _case_worker(user) -> bool:
    scope = scope_for(user)
    return bool(scope.team_ids and scope.roles & TEAM_CASEWORK_ROLES)


@register.inclusion_tag("cases/includes/household_case.html", takes_context=True)
def household_case(context, household):
    user = context["request"].user
    case = (open_cases().filter(household=household) & cases_visible_to(user)).first()
    can_open = (
        case is None
        and _case_worker(user)
        and household.address.neighbourhood.district_id in scope_for(user).served_district_ids
    )
    return {"case": case, "household": household, "can_open": can_open}


@register.inclusion_tag("cases/includes/request_case.html", takes_context=True)
def request_case(context, melding):
    user = context["request"].user
    case: Case | None = cases_visible_to(user).filter(requests=melding).order_by("-opened_at").first()
    can_open = (
        case is None
        and melding.status != melding.Status.CLOSED
        and melding.team_id in scope_for(user).team_ids
        and _case_worker(user)
    )
    return {"case": case, "melding": melding, "can_open": can_open, "csrf_token": context.get("csrf_token")}
