"""Residents find help themselves on the portal, on the demo's social map (issue 5, "Done when").

Everyday questions and a typo find a fitting service in the top 3; suggestions appear while typing
and the search works without JavaScript; the neighbourhood team is found by postcode; axe-core finds
no WCAG 2.1 AA violations on any portal page type, also on a phone; no request leaves the site and
the strict CSP (no inline scripts or styles) holds with htmx loaded.
"""

import re

import pytest
from django.db.models import Count
from playwright.sync_api import expect

from plein.areas.models import PostcodeRange
from plein.areas.selectors import teams_serving
from plein.directory.models import Service, Story
from plein.directory.public_selectors import PUBLIC_TEAM_KINDS
from tests.e2e.helpers import Keyboard, assert_accessible

pytestmark = pytest.mark.e2e

HEERHUGOWAARD = "GM0398"
EVERYDAY_QUESTIONS = [
    ("ik kan mijn boodschappen niet meer doen", r"boodschap"),
    ("geldzorgen", r"schuld|geld|budget|administratie"),
    ("eenzaam", r"eenzaam|maatje|ontmoet|buurtkamer|contact"),
    ("rolstoel", r"rolstoel"),
    ("boodschapen", r"boodschap"),  # a typo
]
PHONE = {"width": 375, "height": 812}


@pytest.fixture
def watched(page, live_server):
    """The page, failing the test if it requests anything from another origin or breaks the CSP."""
    requests: list[str] = []
    problems: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    yield page
    assert requests, "no requests were seen"
    assert [url for url in requests if not url.startswith(live_server.url)] == []
    assert [problem for problem in problems if "Content Security Policy" in problem] == []


def search_from_home(page, live_server, question: str) -> list[str]:
    page.goto(f"{live_server.url}/")
    page.get_by_label("Waar zoekt u hulp bij?").fill(question)
    page.get_by_role("button", name="Zoeken", exact=True).click()
    expect(page).to_have_url(re.compile(r"/zoeken/\?q="))
    return page.locator(".portal-result__title").all_inner_texts()


def test_everyday_questions_find_a_fitting_service_in_the_top_3(watched, live_server, demo):
    page = watched
    for question, fitting in EVERYDAY_QUESTIONS:
        top = search_from_home(page, live_server, question)[:3]
        assert any(re.search(fitting, name, re.IGNORECASE) for name in top), (question, top)
        expect(page.get_by_role("heading", level=2, name=re.compile("resulta"))).to_contain_text(question)

    # The results page is an ordinary link: opened again, it shows the same results.
    url = page.url
    first = page.locator(".portal-result__title").first.inner_text()
    page.goto(url)
    expect(page.locator(".portal-result__title").first).to_have_text(first)


def test_suggestions_appear_while_typing_and_are_reached_with_the_keyboard(watched, live_server, demo):
    page = watched
    page.goto(f"{live_server.url}/")
    keyboard = Keyboard(page)
    field = page.get_by_label("Waar zoekt u hulp bij?")
    field.focus()
    keyboard.type("boodsch")

    suggestions = page.locator("#suggesties a")
    expect(suggestions.first).to_be_visible()
    expect(suggestions.first).to_contain_text(re.compile("boodschap", re.IGNORECASE))
    expect(page.locator("#suggesties-aantal")).to_have_text(
        re.compile(r"^\d+ suggesties? onder het zoekveld$")
    )

    keyboard.tab_to(suggestions.first, at_most=3)
    name = suggestions.first.inner_text()
    keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(name)


def test_the_search_works_without_javascript(browser, live_server, demo):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        top = search_from_home(page, live_server, "geldzorgen")[:3]
        assert any(re.search(r"schuld|geld|budget|administratie", name, re.IGNORECASE) for name in top), top
        expect(page.locator("#suggesties a")).to_have_count(0)

        # Filters are part of the same GET form.
        page.get_by_text("Filters: onderwerp, wijk, leeftijd").click()
        page.get_by_label("Leeftijd").fill("19")
        page.get_by_label("Alleen hulp zonder verwijzing of beschikking").check()
        page.get_by_role("button", name="Filters toepassen").click()
        expect(page).to_have_url(re.compile(r"leeftijd=19&vrij=1"))
        expect(page.locator(".portal-level--2")).to_have_count(0)

        # A life-domain tile on the home page is a plain link to the results.
        page.goto(f"{live_server.url}/")
        page.get_by_role("link", name="Geld en schulden").click()
        expect(page).to_have_url(re.compile(r"/zoeken/\?leefgebied=finances$"))
        expect(page.locator(".portal-result").first).to_be_visible()
    finally:
        context.close()


def test_the_neighbourhood_team_is_found_by_postcode(watched, live_server, demo):
    page = watched
    # A real demo postcode whose house numbers all lie in one neighbourhood of Heerhugowaard.
    postcode = (
        PostcodeRange.objects.filter(neighbourhood__district__municipality__cbs_code=HEERHUGOWAARD)
        .values("postcode")
        .annotate(neighbourhoods=Count("neighbourhood", distinct=True))
        .filter(neighbourhoods=1)
        .order_by("postcode")
        .values_list("postcode", flat=True)
        .first()
    )
    neighbourhood = PostcodeRange.objects.filter(postcode=postcode).first().neighbourhood
    team = teams_serving(neighbourhood).filter(kind__in=PUBLIC_TEAM_KINDS).first()

    page.goto(f"{live_server.url}/")
    page.get_by_label("Postcode").fill(f"{postcode[:4]} {postcode[4:].lower()}")
    page.get_by_role("button", name="Zoek uw team").click()

    expect(page).to_have_url(re.compile(r"/jouw-team/\?postcode="))
    expect(page.get_by_role("heading", level=3, name=team.name)).to_be_visible()
    if team.phone:
        expect(page.get_by_role("link", name=team.phone)).to_have_attribute("href", re.compile(r"^tel:"))
    if team.walk_in_hours:
        expect(page.get_by_text(team.walk_in_hours)).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Postcode").fill("17AB")
    page.get_by_role("button", name="Zoek uw team").click()
    expect(page.get_by_role("alert")).to_contain_text("Dit is geen geldige postcode")
    expect(page.get_by_label("Postcode")).to_have_value("17AB")
    assert_accessible(page)


def test_portal_pages_have_no_wcag_violations(watched, live_server, demo):
    page = watched
    service = Service.objects.filter(municipality__cbs_code=HEERHUGOWAARD, active=True).order_by("pk").first()
    story = Story.objects.filter(municipality__cbs_code=HEERHUGOWAARD, published=True).first()
    paths = [
        "/",
        "/zoeken/?q=geldzorgen",
        "/zoeken/?q=maatje&leefgebied=social_network&leeftijd=oud&pagina=2",
        "/zoeken/?q=xyzzy",
        f"/hulp/{service.pk}/",
        f"/organisaties/{service.organisation_id}/",
        "/verhalen/",
        f"/verhalen/{story.slug}/",
        "/jouw-team/",
        "/contact/",
        "/vraag/",
        "/hulp/999999/",
    ]
    for path in paths:
        page.goto(live_server.url + path)
        expect(page.locator("html")).to_have_attribute("lang", "nl")
        assert_accessible(page)

    page.set_viewport_size(PHONE)
    for path in ("/", "/zoeken/?q=ik+kan+mijn+boodschappen+niet+meer+doen"):
        page.goto(live_server.url + path)
        assert_accessible(page)
        # One column on a phone: nothing is wider than the screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # With suggestions shown, too.
    page.get_by_label("Waar zoekt u hulp bij?").fill("rolst")
    expect(page.locator("#suggesties a").first).to_be_visible()
    assert_accessible(page)
