"""Public pages of the social map (no login): the portal of the request's municipality.

Everything is read-only and answered with GET, so a search, a service or a team can be bookmarked
and shared. Every page works without JavaScript; htmx only adds suggestions while typing.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import condition, require_GET
from django.views.decorators.vary import vary_on_headers

from plein.directory import public_selectors as selectors
from plein.directory.models import Portal
from plein.directory.portal import portal_for_request
from plein.directory.public_forms import SearchForm, TeamForm
from plein.directory.search import search_services, suggest_services
from plein.directory.services import LOGO_CONTENT_TYPES
from plein.directory.theme import theme_tokens

RESULTS_PER_PAGE = 10
HOME_STORIES = 3
# The theme and logo change rarely; their links carry the portal's last change (?v=), so an hour is safe.
ASSET_CACHE_SECONDS = 3600


def _municipality_id(request: HttpRequest) -> int:
    return portal_for_request(request).municipality_id


def _not_found(request: HttpRequest) -> HttpResponse:
    return render(request, "directory/public/not_found.html", status=404)


def _search_form(request: HttpRequest, municipality_id: int) -> SearchForm:
    return SearchForm(
        request.GET,
        domains=selectors.life_domains_on_map(municipality_id=municipality_id),
        districts=selectors.districts_of(municipality_id=municipality_id),
    )


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    municipality_id = _municipality_id(request)
    domains = selectors.life_domains_on_map(municipality_id=municipality_id)
    context = {
        "form": SearchForm(None, domains=domains, districts=()),
        "domains": domains,
        "stories": selectors.published_stories(municipality_id=municipality_id)[:HOME_STORIES],
        "team_form": TeamForm(),
    }
    return render(request, "directory/public/home.html", context)


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    municipality_id = _municipality_id(request)
    form = _search_form(request, municipality_id)
    filters = form.filters
    result = search_services(
        municipality_id=municipality_id,
        query=form.query,
        filters=filters,
        prefer_district_id=filters.district_id,
        limit=RESULTS_PER_PAGE,
        offset=(form.page - 1) * RESULTS_PER_PAGE,
    )
    pages = max(1, -(-result.total // RESULTS_PER_PAGE))
    context = {
        "form": form,
        "result": result,
        "page": form.page,
        "pages": pages,
        "page_numbers": _page_numbers(form.page, pages),
        "first_number": (form.page - 1) * RESULTS_PER_PAGE + 1,
        "corrected_query": _corrected(result.query, result.corrections),
        "district_teams": (
            selectors.teams_for_district(district_id=filters.district_id) if filters.district_id else []
        ),
        "team_form": TeamForm(),
    }
    return render(request, "directory/public/search.html", context)


def _page_numbers(page: int, pages: int) -> list[int | None]:
    """The first, the last and the pages near this one; None where pages are left out ("…")."""
    shown = [number for number in range(1, pages + 1) if number in (1, pages) or abs(number - page) <= 2]
    numbers: list[int | None] = []
    for number in shown:
        if numbers and number - numbers[-1] > 1:
            numbers.append(None)
        numbers.append(number)
    return numbers


def _corrected(query: str, corrections: dict[str, str]) -> str:
    """The query with its typo corrections, to offer it as "Bedoelde u …?"; "" without corrections."""
    if not corrections:
        return ""
    lowered = {typed.lower(): searched for typed, searched in corrections.items()}
    return " ".join(lowered.get(word.lower(), word) for word in query.split())


@require_GET
@vary_on_headers("HX-Request")  # the same URL is a fragment for htmx and a redirect otherwise
def suggestions(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")
    if not request.htmx:
        # Someone opened the fragment itself (a link, no JavaScript): show the full results page.
        return redirect(f"{reverse('portal:search')}?{urlencode({'q': query})}")
    services = (
        suggest_services(municipality_id=_municipality_id(request), text=query) if query.strip() else []
    )
    return render(
        request, "directory/public/suggestions.html", {"services": services, "query": query.strip()}
    )


@require_GET
def service(request: HttpRequest, pk: int) -> HttpResponse:
    found = selectors.portal_service(municipality_id=_municipality_id(request), service_id=pk)
    if found is None:
        return _not_found(request)
    return render(request, "directory/public/service.html", {"service": found})


@require_GET
def organisation(request: HttpRequest, pk: int) -> HttpResponse:
    municipality_id = _municipality_id(request)
    found = selectors.portal_organisation(municipality_id=municipality_id, organisation_id=pk)
    if found is None:
        return _not_found(request)
    services = selectors.organisation_services(municipality_id=municipality_id, organisation_id=pk)
    return render(
        request, "directory/public/organisation.html", {"organisation": found, "services": services}
    )


@require_GET
def stories(request: HttpRequest) -> HttpResponse:
    found = selectors.published_stories(municipality_id=_municipality_id(request))
    return render(request, "directory/public/stories.html", {"stories": found})


@require_GET
def story(request: HttpRequest, slug: str) -> HttpResponse:
    found = selectors.published_story(municipality_id=_municipality_id(request), slug=slug)
    if found is None:
        return _not_found(request)
    context = {"story": found, "services": selectors.story_services(found)}
    return render(request, "directory/public/story.html", context)


@require_GET
def team(request: HttpRequest) -> HttpResponse:
    searched = "postcode" in request.GET
    form = TeamForm(request.GET if searched else None)
    finding = None
    if searched and form.is_valid():
        finding = selectors.find_team(
            municipality_id=_municipality_id(request),
            postcode=form.cleaned_data["postcode"],
            house_number=form.cleaned_data["huisnummer"],
        )
    return render(request, "directory/public/team.html", {"team_form": form, "finding": finding})


@require_GET
def contact(request: HttpRequest) -> HttpResponse:
    teams = selectors.public_teams(municipality_id=_municipality_id(request))
    return render(request, "directory/public/contact.html", {"teams": teams})


def _portal_changed(request: HttpRequest, *args) -> object:
    return portal_for_request(request).updated_at


def _portal_version(request: HttpRequest, *args) -> str:
    portal = portal_for_request(request)
    return f"{portal.pk or 0}-{portal.updated_at.timestamp() if portal.updated_at else 0}"


def _cacheable(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = f"public, max-age={ASSET_CACHE_SECONDS}"
    return response


@require_GET
@condition(etag_func=_portal_version, last_modified_func=_portal_changed)
def theme(request: HttpRequest) -> HttpResponse:
    tokens = theme_tokens(portal_for_request(request))
    # Rendered without the request: no context processors, so no session and no "Vary: Cookie".
    css = render_to_string("directory/public/theme.css", {"tokens": tokens})
    return _cacheable(HttpResponse(css, content_type="text/css; charset=utf-8"))


@require_GET
@condition(etag_func=_portal_version, last_modified_func=_portal_changed)
def logo(request: HttpRequest) -> HttpResponse:
    portal = portal_for_request(request)
    image = Portal.objects.filter(pk=portal.pk).values_list("logo", flat=True).first() if portal.pk else None
    if not image or portal.logo_content_type not in LOGO_CONTENT_TYPES:
        return _not_found(request)
    response = _cacheable(HttpResponse(bytes(image), content_type=portal.logo_content_type))
    response["X-Content-Type-Options"] = "nosniff"
    # Defence in depth: the image opened on its own may run nothing, whatever it carries.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    return response
