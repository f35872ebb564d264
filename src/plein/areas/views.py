from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from plein.areas import selectors


@login_required
def team_list(request: HttpRequest) -> HttpResponse:
    return render(request, "areas/team_list.html", {"teams": selectors.teams_visible_to(request.user)})


@login_required
def team_detail(request: HttpRequest, team_id: int) -> HttpResponse:
    team = get_object_or_404(selectors.teams_visible_to(request.user), pk=team_id)
    return render(request, "areas/team_detail.html", {"team": team, "members": selectors.team_members(team)})
