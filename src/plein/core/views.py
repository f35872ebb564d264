from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from plein.areas.models import Role
from plein.areas.selectors import memberships_of, scope_for, teams_visible_to
from plein.decisions.selectors import back_office_counts, is_decision_officer
from plein.privacy.break_the_glass import emergency_accesses_to_review, is_privacy_officer


@require_GET
@never_cache
def health(request: HttpRequest) -> HttpResponse:
    """For load balancers: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    """The 404 page. For a household page that is not there (not existing or outside need-to-know:
    the same page either way) a professional who works with residents is offered break-the-glass."""
    from plein.privacy.break_the_glass_views import emergency_offer_url

    return render(request, "404.html", {"emergency_offer": emergency_offer_url(request)}, status=404)


def _monitoring_url(scope) -> str | None:
    """Policy staff start from the municipality's dashboard, a coordinator from their team's."""
    if Role.POLICY in scope.roles:
        return reverse("monitoring:dashboard")
    if Role.TEAM_COORDINATOR in scope.roles:
        return reverse("monitoring:team_dashboard")
    return None


@login_required
def home(request: HttpRequest) -> HttpResponse:
    scope = scope_for(request.user)
    my_teams = teams_visible_to(request.user).filter(id__in=scope.team_ids)
    return render(
        request,
        "core/home.html",
        {
            "memberships": memberships_of(request.user),
            "my_teams": my_teams,
            "can_search": request.user.has_perm("people.search_residents"),
            "back_office": back_office_counts(user=request.user)
            if is_decision_officer(request.user)
            else None,
            "emergency_to_review": emergency_accesses_to_review(request.user).count()
            if is_privacy_officer(request.user)
            else None,
            "monitoring_url": _monitoring_url(scope),
        },
    )
