"""Read queries for requests, always within the professional's scope."""

from django.db.models import Q, QuerySet
from django.utils import timezone

from plein.areas.models import Role
from plein.areas.selectors import scope_for
from plein.core.legal_terms import WMO_INVESTIGATION, TermStatus, term_status
from plein.intake.models import Request


def requests_handled_by(user) -> QuerySet[Request]:
    """Requests this professional may handle: their teams' requests; for the front and back office
    their municipalities' requests and the central queue (addresses outside every municipality here)."""
    if not getattr(user, "is_authenticated", False):
        return Request.objects.none()
    return Request.objects.filter(_handled_by(scope_for(user)))


def requests_visible_to(user) -> QuerySet[Request]:
    """What a professional handles, plus what they registered themselves: that is how a network
    partner follows the signals they sent, and nothing else."""
    if not getattr(user, "is_authenticated", False):
        return Request.objects.none()
    return Request.objects.filter(_handled_by(scope_for(user)) | Q(created_by=user))


def _handled_by(scope) -> Q:
    handled = Q(team_id__in=scope.team_ids)
    if scope.resident_municipality_ids:
        handled |= Q(municipality_id__in=scope.resident_municipality_ids) | Q(municipality__isnull=True)
    return handled


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
