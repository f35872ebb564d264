"""Read queries for requests, always within the professional's scope."""

from django.db.models import Q, QuerySet
from django.utils import timezone

from plein.areas.models import Role
from plein.areas.selectors import scope_for
from plein.core.legal_terms import WMO_INVESTIGATION, TermStatus, term_status
from plein.intake.models import Request


def requests_visible_to(user) -> QuerySet[Request]:
    """Team members see their teams' requests; the front and back office see their municipalities'
    requests and the central queue (requests whose address lies outside every municipality here)."""
    scope = scope_for(user)
    visible = Q(team_id__in=scope.team_ids)
    if scope.resident_municipality_ids:
        visible |= Q(municipality_id__in=scope.resident_municipality_ids) | Q(municipality__isnull=True)
    if not (scope.team_ids or scope.resident_municipality_ids):
        return Request.objects.none()
    return Request.objects.filter(visible)


def team_inbox(*, user, team_id: int | None = None) -> QuerySet[Request]:
    """Open requests of the user's teams, oldest first. Team coordinators see the whole queue;
    others see what is unassigned and what they picked up themselves."""
    scope = scope_for(user)
    team_ids = [team_id] if team_id in scope.team_ids else sorted(scope.team_ids)
    requests = Request.objects.filter(team_id__in=team_ids).exclude(status=Request.Status.CLOSED)
    if Role.TEAM_COORDINATOR not in scope.roles:
        requests = requests.filter(Q(assigned_to__isnull=True) | Q(assigned_to=user))
    return requests.select_related("team", "assigned_to", "resident").order_by("received_at", "id")


def central_queue(*, user) -> QuerySet[Request]:
    """Open requests that no team could be found for, for the front office."""
    if not scope_for(user).resident_municipality_ids:
        return Request.objects.none()
    return (
        Request.objects.filter(team__isnull=True)
        .exclude(status=Request.Status.CLOSED)
        .order_by("received_at")
    )


def wmo_term(request: Request) -> TermStatus | None:
    """The 6-week investigation term of a Wmo melding, running from the day it was received."""
    if not request.is_wmo_melding:
        return None
    return term_status(WMO_INVESTIGATION, started_on=timezone.localtime(request.received_at).date())
