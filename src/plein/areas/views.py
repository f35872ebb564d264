from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from plein.areas import selectors
from plein.areas.forms import AddressRoutingForm


@login_required
def team_list(request: HttpRequest) -> HttpResponse:
    return render(request, "areas/team_list.html", {"teams": selectors.teams_visible_to(request.user)})


@login_required
def team_detail(request: HttpRequest, team_id: int) -> HttpResponse:
    team = get_object_or_404(selectors.teams_visible_to(request.user), pk=team_id)
    return render(request, "areas/team_detail.html", {"team": team, "members": selectors.team_members(team)})


@login_required
def address_routing(request: HttpRequest) -> HttpResponse:
    """Which neighbourhood and team belong to an address: the front office's first question."""
    # POST keeps the address out of URLs and access logs, like the resident search.
    form = AddressRoutingForm(request.POST or None)
    neighbourhood = teams = None
    if request.method == "POST" and form.is_valid():
        neighbourhood = selectors.neighbourhood_for_address(**form.cleaned_data)
        if neighbourhood is None:
            form.add_error(
                "postcode",
                "Dit adres ligt niet in een buurt die Plein kent. Controleer postcode en huisnummer.",
            )
        else:
            teams = selectors.teams_serving(neighbourhood)
    return render(
        request, "areas/address_routing.html", {"form": form, "neighbourhood": neighbourhood, "teams": teams}
    )
