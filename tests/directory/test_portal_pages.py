"""The public portal (no login): every page type, bad input, filters, the team by postcode, a second
portal by host name with its own services and theme, and no requests to third parties."""

import datetime
import re

import pytest
from django.utils import timezone

from plein.areas.models import Team
from plein.directory.models import Portal, Service, Story
from plein.directory.search import index_services
from tests import factories

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "boodschappen " * 400,
    "boodschappen\x00",
    '"><img src=x onerror=alert(1)>',
    "%00%27;DROP TABLE directory_service;--",
]
# src and href of what a browser loads by itself: scripts, style sheets, images, icons.
LOADED_URLS = re.compile(r"<(?:script|link|img)\b[^>]*?\b(?:src|href)=\"([^\"]*)\"", re.IGNORECASE)


@pytest.fixture
def service(make_service):
    """A service of municipality A, in the search index."""

    def make(name, **fields):
        created = make_service(name, **fields)
        index_services([created.pk])
        return created

    return make


@pytest.fixture
def social_map(world, service):
    world.team.phone = "072 000 11 11"
    world.team.email = "noord@team.example"
    world.team.visiting_address = "Middenweg 1, Heerhugowaard"
    world.team.walk_in_hours = "Dinsdag 9.00–11.00 uur"
    world.team.save()
    organisation = world.organisation
    organisation.description = "Welzijn in de hele gemeente."
    organisation.street_address = "Stationsplein 2"
    organisation.postcode = "1701AB"
    organisation.city = "Heerhugowaard"
    organisation.opening_hours = "Ma t/m vr 9.00–17.00 uur"
    organisation.phone = "072 000 22 22"
    organisation.website = "https://welzijn.example"
    organisation.save()
    return {
        "groceries": service(
            "Boodschappendienst",
            description="Een vrijwilliger doet de boodschappen voor u.",
            domains=["instrumental_adl"],
            target_group="Ouderen die niet meer zelf boodschappen kunnen doen.",
            min_age=65,
            phone="072 000 33 33",
            email="boodschappen@welzijn.example",
            cost="€ 2,50 per keer.",
            how_to_apply="Bel ons.\n\nWij komen kennismaken.",
            languages="Nederlands, Engels",
            accessibility="Rolstoeltoegankelijk",
            last_verified_on=datetime.date(2026, 3, 2),
        ),
        "debts": service(
            "Schuldhulpverlening",
            description="Hulp bij geldzorgen en schulden.",
            domains=["finances"],
            level=Service.Level.NEARBY,
            min_age=18,
        ),
        "wheelchair": service(
            "Rolstoel via de Wmo",
            description="Een rolstoel voor langere tijd.",
            domains=["physical_health"],
            level=Service.Level.CUSTOMISED,
            free_access=False,
        ),
        "north_only": service(
            "Buurtkamer Noord",
            description="Koffie en contact in de buurt.",
            domains=["social_network"],
            districts=[world.district],
        ),
    }


def content(response) -> str:
    return response.content.decode()


def test_home_has_the_search_box_tiles_stories_the_team_finder_and_contact(client, world, social_map):
    Story.objects.create(
        municipality=world.municipality,
        title="Hulp bij de boodschappen",
        slug="boodschappen",
        summary="Hoe mevrouw De Vries weer boodschappen kon doen.",
        body="Het verhaal.",
        published=True,
        published_on=datetime.date(2026, 1, 5),
    )

    response = client.get("/")

    assert response.status_code == 200
    html = content(response)
    assert '<html lang="nl">' in html
    assert 'role="search"' in html and 'name="q"' in html and 'action="/zoeken/"' in html
    assert 'href="/zoeken/?leefgebied=finances"' in html and "Geld en schulden" in html
    # Only domains that have a service: no tile leads to an empty page.
    assert "leefgebied=justice" not in html
    assert 'href="/verhalen/boodschappen/"' in html
    assert 'href="/vraag/"' in html and 'action="/jouw-team/"' in html
    assert "112" in html and "Inloggen voor medewerkers" in html
    assert 'hx-get="/zoeken/suggesties/"' in html


def test_the_pages_load_nothing_from_third_parties_and_nothing_inline(client, world, social_map):
    groceries = social_map["groceries"]
    paths = [
        "/",
        "/zoeken/?q=boodschappen",
        f"/hulp/{groceries.pk}/",
        f"/organisaties/{world.organisation.pk}/",
        "/verhalen/",
        "/jouw-team/?postcode=1701AB",
        "/contact/",
        "/vraag/",
        "/signaal/",
        "/hulp/999999/",
    ]
    for path in paths:
        response = client.get(path)
        html = content(response)
        loaded = LOADED_URLS.findall(html)
        assert loaded, path
        assert all(url.startswith(("/", "data:")) and not url.startswith("//") for url in loaded), (
            path,
            loaded,
        )
        assert "style=" not in html, path
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path
        assert "default-src 'self'" in response["Content-Security-Policy"], path


def test_search_finds_services_explains_the_level_and_links_to_the_question_form(client, social_map):
    response = client.get("/zoeken/", {"q": "geldzorgen schulden"})

    assert response.status_code == 200
    html = content(response)
    assert re.search(r"1 resultaat\s+voor ‘geldzorgen schulden’", html)
    assert f'href="/hulp/{social_map["debts"].pk}/"' in html
    assert "Via het sociaal team" in html
    # The way to the question form carries nothing of the search (nothing personal).
    assert 'href="/vraag/"' in html and "/vraag/?" not in html
    assert 'method="get" action="/zoeken/"' in html


def test_the_level_is_explained_in_plain_dutch_per_result(client, social_map):
    html = content(client.get("/zoeken/"))

    assert "Hier kunt u zelf terecht" in html
    assert "Via het sociaal team" in html
    assert "Hiervoor is een beschikking nodig" in html
    assert "4 resultaten" in html


def test_a_typo_is_corrected_and_said(client, social_map):
    html = content(client.get("/zoeken/", {"q": "ik zoek een vrijwiliger"}))

    assert "Wij zochten ook naar: <strong>vrijwilliger</strong> (u typte: vrijwiliger)" in html
    assert 'Bedoelde u <a href="?q=ik+zoek+een+vrijwilliger">ik zoek een vrijwilliger</a>?' in html
    assert f'href="/hulp/{social_map["groceries"].pk}/"' in html
    # A typo the stemmer already undoes needs no correction, and finds the service too.
    assert f'href="/hulp/{social_map["groceries"].pk}/"' in content(
        client.get("/zoeken/", {"q": "boodschapen"})
    )


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_or_huge_queries_give_a_helpful_page_with_the_text_escaped(client, social_map, query):
    response = client.get("/zoeken/", {"q": query})

    assert response.status_code == 200
    html = content(response)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "Hulp zoeken" in html
    if "<script>" in query:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    if len(query) > 200:
        assert "We hebben gezocht met de eerste 200 tekens" in html


def test_an_empty_query_lists_every_service_and_the_nul_byte_is_dropped(client, social_map):
    assert "4 resultaten" in content(client.get("/zoeken/", {"q": "   "}))
    html = content(client.get("/zoeken/?q=boodschappen%00"))
    assert "\x00" not in html and "Boodschappendienst" in html


def test_filters_narrow_the_results(client, world, social_map):
    def names(**params):
        html = content(client.get("/zoeken/", params))
        return set(re.findall(r'class="portal-result__title"><a href="[^"]+">([^<]+)</a>', html))

    assert names(leefgebied="finances") == {"Schuldhulpverlening"}
    assert names(leeftijd="30") == {"Schuldhulpverlening", "Rolstoel via de Wmo", "Buurtkamer Noord"}
    assert names(vrij="1") == {"Boodschappendienst", "Schuldhulpverlening", "Buurtkamer Noord"}
    second_district = world.municipality.districts.exclude(pk=world.district.pk).get()
    assert "Buurtkamer Noord" not in names(wijk=str(second_district.pk))
    assert "Buurtkamer Noord" in names(wijk=str(world.district.pk))


def test_a_chosen_district_shows_its_team(client, world, social_map):
    html = content(client.get("/zoeken/", {"wijk": world.district.pk}))

    assert "Team Noord" in html and 'href="tel:0720001111"' in html
    assert "Team Zuid" not in html


def test_wrong_filter_values_get_a_dutch_message_and_keep_what_was_typed(client, social_map):
    response = client.get("/zoeken/", {"q": "boodschappen", "leeftijd": "oud", "leefgebied": "onzin"})

    assert response.status_code == 200
    html = content(response)
    assert "Vul de leeftijd in cijfers in, bijvoorbeeld 67." in html
    assert "Kies een onderwerp uit de lijst." in html
    assert 'value="oud"' in html and 'value="boodschappen"' in html
    # What was valid is still searched.
    assert "Boodschappendienst" in html


def test_results_are_paged_and_a_page_link_keeps_the_search(client, service):
    for number in range(12):
        service(f"Maatje {number:02d}", description="Een maatje tegen eenzaamheid.")

    first = content(client.get("/zoeken/", {"q": "maatje"}))
    second = content(client.get("/zoeken/", {"q": "maatje", "pagina": "2"}))

    assert "12 resultaten" in first and "Pagina 1 van 2" in first
    assert 'href="?q=maatje&amp;pagina=2"' in first
    assert first.count('class="portal-result"') == 10
    assert second.count('class="portal-result"') == 2 and "Pagina 2 van 2" in second
    assert 'start="11"' in second
    beyond = client.get("/zoeken/", {"q": "maatje", "pagina": "999"})
    assert beyond.status_code == 200 and "Ga naar de eerste pagina" in content(beyond)
    assert (
        content(client.get("/zoeken/", {"q": "maatje", "pagina": "-1x"})).count('class="portal-result"') == 10
    )


def test_suggestions_are_a_fragment_for_htmx_with_a_count_for_screen_readers(client, social_map):
    response = client.get("/zoeken/suggesties/", {"q": "boodsch"}, headers={"HX-Request": "true"})

    assert response.status_code == 200 and "HX-Request" in response["Vary"]
    html = content(response)
    assert "<html" not in html
    assert f'href="/hulp/{social_map["groceries"].pk}/"' in html
    assert re.search(
        r'id="suggesties-aantal" hx-swap-oob="innerHTML">\d+ suggesties? onder het zoekveld', html
    )

    empty = content(client.get("/zoeken/suggesties/", {"q": ""}, headers={"HX-Request": "true"}))
    assert "<li>" not in empty


def test_suggestions_without_htmx_go_to_the_results_page(client, social_map):
    response = client.get("/zoeken/suggesties/", {"q": "boodsch"})

    assert response.status_code == 302 and response["Location"] == "/zoeken/?q=boodsch"


def test_the_service_page_tells_a_resident_everything(client, world, social_map):
    groceries = social_map["groceries"]

    response = client.get(f"/hulp/{groceries.pk}/")

    assert response.status_code == 200
    html = content(response)
    for text in (
        "<h1>Boodschappendienst</h1>",
        "Een vrijwilliger doet de boodschappen voor u.",
        "Ouderen die niet meer zelf boodschappen kunnen doen.",
        "Vanaf 65 jaar.",
        "Bij u thuis",
        "€ 2,50 per keer.",
        "<p>Bel ons.</p>",
        'href="tel:0720003333"',
        'href="mailto:boodschappen@welzijn.example"',
        "Ma t/m vr 9.00–17.00 uur",
        "Nederlands, Engels",
        "Rolstoeltoegankelijk",
        "Huishouden en boodschappen",
        "Hier kunt u zelf terecht",
        "Voor inwoners van de hele gemeente",
        "Laatst gecontroleerd op 2 maart 2026",
        f'href="/organisaties/{world.organisation.pk}/"',
    ):
        assert text in html, text
    wheelchair = content(client.get(f"/hulp/{social_map['wheelchair'].pk}/"))
    assert "Hiervoor is een beschikking nodig" in wheelchair
    assert "U heeft hiervoor een verwijzing of een beschikking nodig." in wheelchair
    north = content(client.get(f"/hulp/{social_map['north_only'].pk}/"))
    assert f"Voor inwoners van de wijk {world.district.name}." in north


def test_an_inactive_or_other_municipalitys_service_is_a_friendly_404(client, world, social_map, service):
    inactive = service("Gestopte dienst", active=False)
    elsewhere = service("Dienst in B", municipality=world.other_municipality)

    for pk in (inactive.pk, elsewhere.pk, 999999):
        response = client.get(f"/hulp/{pk}/")
        assert response.status_code == 404
        html = content(response)
        assert "Deze pagina bestaat niet (meer)" in html and 'href="/zoeken/"' in html


def test_the_organisation_page_shows_its_services_in_this_municipality(client, world, social_map, service):
    service("Dienst in B", municipality=world.other_municipality)

    response = client.get(f"/organisaties/{world.organisation.pk}/")

    assert response.status_code == 200
    html = content(response)
    assert "Welzijn in de hele gemeente." in html and "Stationsplein 2" in html
    assert 'href="https://welzijn.example"' in html and 'href="tel:0720002222"' in html
    assert "Boodschappendienst" in html and "Dienst in B" not in html
    stranger = factories.OrganisationFactory(name="Nergens actief")
    assert client.get(f"/organisaties/{stranger.pk}/").status_code == 404


def test_stories_of_this_municipality_only_with_the_text_escaped(client, world):
    def story(slug, municipality=world.municipality, **fields):
        values = {"title": slug.title(), "summary": "Samenvatting.", "body": "Tekst.", "published": True}
        values.update(fields)
        return Story.objects.create(municipality=municipality, slug=slug, **values)

    story("gepubliceerd", body="Eerste <b>alinea</b>.\n\nTweede alinea.")
    story("concept", published=False)
    story("later", published_on=timezone.localdate() + datetime.timedelta(days=7))
    story("elders", municipality=world.other_municipality)

    listing = content(client.get("/verhalen/"))
    assert "/verhalen/gepubliceerd/" in listing
    assert "/verhalen/concept/" not in listing and "/verhalen/elders/" not in listing
    html = content(client.get("/verhalen/gepubliceerd/"))
    assert "<p>Eerste &lt;b&gt;alinea&lt;/b&gt;.</p>" in html and "<p>Tweede alinea.</p>" in html
    for slug in ("concept", "later", "elders", "bestaat-niet"):
        assert client.get(f"/verhalen/{slug}/").status_code == 404


def test_the_team_is_found_by_postcode(client, world, social_map):
    response = client.get("/jouw-team/", {"postcode": "1701 ab", "huisnummer": ""})

    assert response.status_code == 200
    html = content(response)
    assert "<h3>Team Noord</h3>" in html
    assert 'href="tel:0720001111"' in html and 'href="mailto:noord@team.example"' in html
    assert "Middenweg 1, Heerhugowaard" in html and "Dinsdag 9.00–11.00 uur" in html
    assert 'value="1701 ab"' in html


def test_a_postcode_split_over_neighbourhoods_asks_for_the_house_number(client, world):
    second = factories.NeighbourhoodFactory(
        district=world.municipality.districts.exclude(pk=world.district.pk).get()
    )
    first = factories.NeighbourhoodFactory(district=world.district)
    factories.PostcodeRangeFactory(
        neighbourhood=first, postcode="1703EF", house_number_from=1, house_number_to=20
    )
    factories.PostcodeRangeFactory(
        neighbourhood=second, postcode="1703EF", house_number_from=21, house_number_to=40
    )

    asked = content(client.get("/jouw-team/", {"postcode": "1703EF"}))
    assert "Vul ook uw huisnummer in" in asked and "Team Noord" not in asked

    assert "<h3>Team Noord</h3>" in content(
        client.get("/jouw-team/", {"postcode": "1703EF", "huisnummer": "12a"})
    )
    assert "<h3>Team Zuid</h3>" in content(
        client.get("/jouw-team/", {"postcode": "1703EF", "huisnummer": "30"})
    )
    unknown = content(client.get("/jouw-team/", {"postcode": "1703EF", "huisnummer": "99"}))
    assert "Dit huisnummer kennen we niet bij deze postcode" in unknown


def test_an_invalid_postcode_gets_a_dutch_message_and_keeps_what_was_typed(client, world):
    response = client.get("/jouw-team/", {"postcode": "17AB", "huisnummer": "tien"})

    assert response.status_code == 200
    html = content(response)
    assert "Dit is geen geldige postcode." in html
    assert "Een huisnummer begint met een cijfer" in html
    assert 'value="17AB"' in html and 'value="tien"' in html
    assert 'aria-invalid="true"' in html


def test_a_postcode_outside_the_municipality_gets_a_friendly_message(client, world):
    elsewhere = content(client.get("/jouw-team/", {"postcode": "1721CD"}))
    assert "Deze postcode ligt in een andere gemeente" in elsewhere and "Gemeente B" in elsewhere
    assert "Team Langedijk" not in elsewhere
    unknown = content(client.get("/jouw-team/", {"postcode": "9999ZZ"}))
    assert "Deze postcode kennen we niet" in unknown


def test_the_contact_page_lists_the_municipalitys_teams_and_112(client, world):
    Portal.objects.create(
        municipality=world.municipality, contact_phone="14 072", contact_email="info@a.example"
    )
    factories.TeamFactory(municipality=world.municipality, name="Backoffice Wmo", kind=Team.Kind.BACK_OFFICE)

    html = content(client.get("/contact/"))

    assert "Team Noord" in html and "Team Zuid" in html
    assert "Team Langedijk" not in html and "Backoffice Wmo" not in html
    assert "<strong>112</strong>" in html and 'href="tel:14072"' in html
    assert 'href="/vraag/"' in html and 'href="/signaal/"' in html


def test_a_second_portal_by_host_name_shows_its_own_services_and_theme(client, world, settings, service):
    settings.ALLOWED_HOSTS = ["testserver", "hulp.b.example"]
    Portal.objects.create(municipality=world.municipality, title="Hulp in A")
    Portal.objects.create(
        municipality=world.other_municipality,
        hostname="hulp.b.example",
        title="Wegwijzer B",
        colour_primary="#6b1d52",
        colour_accent="#00a3ad",
    )
    service("Maaltijdservice A", description="Warme maaltijden.")
    service("Maaltijdservice B", municipality=world.other_municipality, description="Warme maaltijden.")

    in_b = content(client.get("/zoeken/", {"q": "maaltijden"}, headers={"Host": "hulp.b.example"}))
    in_a = content(client.get("/zoeken/", {"q": "maaltijden"}))

    assert "Wegwijzer B" in in_b and "Maaltijdservice B" in in_b and "Maaltijdservice A" not in in_b
    assert "Hulp in A" in in_a and "Maaltijdservice A" in in_a and "Maaltijdservice B" not in in_a
    theme_b = content(client.get("/portaal/thema.css", headers={"Host": "hulp.b.example"}))
    assert "--portal-primary: #6b1d52;" in theme_b and "--portal-accent: #00a3ad;" in theme_b
    assert "#6b1d52" not in content(client.get("/portaal/thema.css"))


def test_the_theme_reflects_the_portal_row_and_can_be_cached(client, world):
    portal = Portal.objects.create(
        municipality=world.municipality,
        colour_primary="#2E7D32",
        colour_primary_text="#ffffff",
        colour_accent="#ffbc2c",
        font=Portal.Font.SERIF,
    )

    response = client.get("/portaal/thema.css")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    css = content(response)
    assert "--portal-primary: #2e7d32;" in css and "--portal-primary-text: #ffffff;" in css
    assert '--portal-font: Charter, "Bitstream Charter"' in css
    assert "max-age=" in response["Cache-Control"] and response["ETag"] and response["Last-Modified"]
    assert client.get("/portaal/thema.css", headers={"If-None-Match": response["ETag"]}).status_code == 304
    assert f'href="/portaal/thema.css?v={int(portal.updated_at.timestamp())}"' in content(client.get("/"))


def test_the_theme_keeps_text_readable_and_lets_nothing_else_into_the_style_sheet(client, world):
    # A pale main colour with white text, and a colour that skipped validation (an import, the shell).
    Portal.objects.create(municipality=world.municipality, colour_primary="#ffe680", colour_accent="red;}a{")

    css = content(client.get("/portaal/thema.css"))

    assert "--portal-primary-text: #000000;" in css
    assert "--portal-accent: #ffbc2c;" in css and "red;}" not in css
    link = re.search(r"--portal-link: (#[0-9a-f]{6});", css).group(1)
    assert link != "#ffe680"


def test_the_logo_is_served_from_the_portal_row(client, world):
    portal = Portal.objects.create(municipality=world.municipality)
    assert client.get("/portaal/logo/").status_code == 404

    portal.logo = b"\x89PNG\r\n\x1a\n-logo-"
    portal.logo_content_type = "image/png"
    portal.logo_alt = "Gemeente A"
    portal.save()

    response = client.get("/portaal/logo/")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response.content == b"\x89PNG\r\n\x1a\n-logo-"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert 'alt="Gemeente A"' in content(client.get("/"))


def test_the_question_form_uses_the_portal_base(client, world):
    html = content(client.get("/vraag/"))

    assert "<h1>Stel je vraag</h1>" in html
    assert 'href="/portaal/thema.css' in html and 'aria-label="Hoofdmenu"' in html
    assert 'href="/vraag/" aria-current="page"' in html
