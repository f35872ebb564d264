"""The directory editor's work pages under /sociale-kaart/, as an editor uses them."""

import datetime
import json
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from plein.areas.models import Role
from plein.directory.models import HsdsImport, Portal, Service, Story, SynonymGroup
from plein.people.models import Organisation
from tests.directory.test_editor_services import PNG, make_editor


@pytest.fixture
def editor(world):
    return make_editor(world, "redacteur")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def page_of(response) -> str:
    return response.content.decode()


def test_the_menu_shows_the_social_map_to_editors_and_functional_admins_only(client, world, editor):
    admin = make_editor(world, "beheer", role=Role.FUNCTIONAL_ADMIN)
    link = f'href="{reverse("directory:service_list")}"'

    for user, shown in ((editor, True), (admin, True), (world.generalist, False), (world.policy, False)):
        client.force_login(user)
        assert (link in page_of(client.get(reverse("home")))) is shown, user


def test_others_may_not_open_or_change_the_social_map(client, world, make_service):
    service = make_service("Boodschappendienst")
    story = Story.objects.create(municipality=world.municipality, title="T", slug="t", summary="S", body="B")
    partner = make_editor(world, "partner", role=Role.NETWORK_PARTNER)
    other_editor = make_editor(world, "redacteur-b", municipality=world.other_municipality)
    municipality_a = "?gemeente=GM0398"
    pages = [
        reverse("directory:service_list") + municipality_a,
        reverse("directory:service_create") + municipality_a,
        reverse("directory:service_detail", args=[service.pk]),
        reverse("directory:service_edit", args=[service.pk]),
        reverse("directory:stale_list") + municipality_a,
        reverse("directory:organisation_list") + municipality_a,
        reverse("directory:story_list") + municipality_a,
        reverse("directory:story_edit", args=[story.pk]),
        reverse("directory:portal_settings") + municipality_a,
        reverse("directory:hsds") + municipality_a,
        reverse("directory:hsds_export") + municipality_a,
    ]
    changes = [
        reverse("directory:service_verify", args=[service.pk]),
        reverse("directory:service_set_active", args=[service.pk]),
        reverse("directory:portal_settings") + municipality_a,
    ]

    for user in (world.generalist, partner, other_editor):
        client.force_login(user)
        for url in pages:
            assert client.get(url).status_code == 403, (user, url)
        for url in changes:
            assert client.post(url, {"actief": "0"}).status_code == 403, (user, url)
    service.refresh_from_db()
    assert service.active and service.last_verified_on is None
    client.force_login(world.generalist)
    assert client.get(reverse("directory:synonym_list")).status_code == 403


def test_the_list_filters_by_name_level_life_domain_and_status_with_counts(
    editor_client, world, make_service
):
    make_service("Boodschappendienst", domains=["instrumental_adl"], level=Service.Level.GENERAL)
    make_service("Schuldhulpverlening", domains=["finances"], level=Service.Level.NEARBY)
    make_service("Huishoudelijke hulp Wmo", level=Service.Level.CUSTOMISED, free_access=False)
    make_service("Oude boodschappenlijn", active=False)
    make_service("Elders", municipality=world.other_municipality)
    url = reverse("directory:service_list")

    def names(query: str = "") -> list[str]:
        page = editor_client.get(f"{url}?gemeente=GM0398&{query}")
        assert page.status_code == 200
        return [service.name for service in page.context["page"]]

    assert names() == [
        "Boodschappendienst",
        "Huishoudelijke hulp Wmo",
        "Oude boodschappenlijn",
        "Schuldhulpverlening",
    ]
    assert names("tekst=boodschap") == ["Boodschappendienst", "Oude boodschappenlijn"]
    assert names("tekst=welzijn") == names()  # the organisation's name
    assert names("niveau=2") == ["Huishoudelijke hulp Wmo"]
    assert names("leefgebied=finances") == ["Schuldhulpverlening"]
    assert names("status=niet-actief") == ["Oude boodschappenlijn"]
    assert names("status=actief&tekst=boodschap") == ["Boodschappendienst"]
    assert names("niveau=9&leefgebied=onbekend") == names()  # a wrong filter is ignored
    page = page_of(editor_client.get(url))
    assert "4 diensten gevonden" in page
    assert 'Actief <span class="count">3</span>' in page
    assert 'Niet actief <span class="count">1</span>' in page
    assert "4 actieve diensten niet gecontroleerd in 12 maanden" not in page
    assert "3 actieve diensten niet gecontroleerd in 12 maanden" in page
    assert "Niveau 2: maatwerk (beschikking nodig) (1)</option>" in page


def test_a_long_list_is_paged_with_the_filters_kept(editor_client, world, make_service):
    for number in range(30):
        make_service(f"Dienst {number:02d}")

    page = page_of(editor_client.get(reverse("directory:service_list") + "?gemeente=GM0398&tekst=dienst"))

    assert "Pagina 1 van 2 (30 in totaal" in page
    assert "?gemeente=GM0398&amp;tekst=dienst&amp;pagina=2" in page


def test_a_new_service_with_mistakes_keeps_what_was_typed_and_says_what_is_wrong(editor_client, world):
    world.organisation.municipalities.add(world.municipality)
    form = {
        "name": "Maatjesproject Samen",
        "organisation": world.organisation.pk,
        "description": "Een vrijwilliger komt op bezoek.",
        "level": Service.Level.CUSTOMISED,
        "free_access": "on",
        "min_age": "70",
        "max_age": "18",
        "postcode": "1701 ab",
        "districts": [world.district.pk],
    }

    response = editor_client.post(reverse("directory:service_create") + "?gemeente=GM0398", form)

    page = page_of(response)
    assert response.status_code == 400
    assert "Maatwerk (niveau 2) is nooit vrij toegankelijk" in page
    assert "De leeftijd ‘tot en met’ is lager dan de leeftijd ‘vanaf’." in page
    assert 'value="Maatjesproject Samen"' in page and "Een vrijwilliger komt op bezoek." in page
    assert 'value="70"' in page and 'value="18"' in page
    assert f'value="{world.district.pk}" id="id_districts_0" checked' in page
    assert not Service.objects.exists()

    response = editor_client.post(
        reverse("directory:service_create") + "?gemeente=GM0398",
        {**form, "level": Service.Level.GENERAL, "max_age": "99"},
    )

    service = Service.objects.get()
    assert response.url == reverse("directory:service_detail", args=[service.pk])
    assert (service.municipality, service.min_age, service.max_age, service.postcode) == (
        world.municipality,
        70,
        99,
        "1701AB",
    )
    assert "Maatjesproject Samen" in page_of(editor_client.get(response.url))


def test_an_organisation_of_another_municipality_cannot_be_chosen(editor_client, world):
    elsewhere = Organisation.objects.create(name="Langedijk Helpt", kind=Organisation.Kind.PARTNER)
    elsewhere.municipalities.add(world.other_municipality)
    world.organisation.municipalities.add(world.municipality)

    form_page = page_of(editor_client.get(reverse("directory:service_create")))
    response = editor_client.post(
        reverse("directory:service_create"), {"name": "X", "organisation": elsewhere.pk, "level": 0}
    )

    assert "Langedijk Helpt" not in form_page and world.organisation.name in form_page
    assert response.status_code == 400 and not Service.objects.exists()


def test_editing_a_service_shows_its_values(editor_client, world, make_service):
    service = make_service("Rolstoeluitleen", domains=["physical_health"], min_age=18)

    page = page_of(editor_client.get(reverse("directory:service_edit", args=[service.pk])))

    assert 'value="Rolstoeluitleen"' in page and 'name="min_age" value="18"' in page
    response = editor_client.post(
        reverse("directory:service_edit", args=[service.pk]),
        {"name": "Rolstoelpool", "organisation": world.organisation.pk, "level": 0, "free_access": "on"},
    )
    service.refresh_from_db()
    assert response.status_code == 302 and service.name == "Rolstoelpool"


def test_the_stale_list_shows_old_services_and_verifying_takes_them_off(
    editor_client, editor, world, make_service
):
    today = timezone.localdate()
    old = make_service("Klusjesdienst", last_verified_on=today - datetime.timedelta(days=400))
    make_service("Formulierenhulp", last_verified_on=today - datetime.timedelta(days=30))
    url = reverse("directory:stale_list") + "?gemeente=GM0398"

    page = page_of(editor_client.get(url))
    assert "Klusjesdienst" in page and "Formulierenhulp" not in page

    response = editor_client.post(
        reverse("directory:service_verify", args=[old.pk]), {"terug": "niet-gecontroleerd"}
    )

    assert response.url == url
    page = page_of(editor_client.get(url))
    assert "‘Klusjesdienst’ is gecontroleerd." in page
    assert "Alle actieve diensten zijn in de afgelopen 12 maanden gecontroleerd." in page
    old.refresh_from_db()
    assert (old.last_verified_on, old.last_verified_by) == (today, editor)


def test_the_service_page_verifies_and_deactivates_with_post_only(editor_client, world, make_service):
    service = make_service("Buurtkamer")
    detail = reverse("directory:service_detail", args=[service.pk])
    assert "<strong>Nog nooit gecontroleerd.</strong>" in page_of(editor_client.get(detail))

    assert editor_client.get(reverse("directory:service_verify", args=[service.pk])).status_code == 405
    editor_client.post(reverse("directory:service_verify", args=[service.pk]))
    response = editor_client.post(reverse("directory:service_set_active", args=[service.pk]), {"actief": "0"})

    assert response.url == detail
    page = page_of(editor_client.get(detail))
    assert "Laatst gecontroleerd op" in page and "Deze dienst is niet actief" in page
    service.refresh_from_db()
    assert not service.active


def test_organisations_of_the_municipality_are_listed_and_a_new_one_joins_it(
    editor_client, world, make_service
):
    make_service("Boodschappendienst")  # world.organisation offers a service here
    elsewhere = Organisation.objects.create(name="Langedijk Helpt", kind=Organisation.Kind.PARTNER)
    elsewhere.municipalities.add(world.other_municipality)

    response = editor_client.post(
        reverse("directory:organisation_create") + "?gemeente=GM0398",
        {"name": "Stichting Maatje", "kind": Organisation.Kind.PARTNER, "website": "geen adres"},
    )
    assert response.status_code == 400 and 'value="Stichting Maatje"' in page_of(response)
    editor_client.post(
        reverse("directory:organisation_create") + "?gemeente=GM0398",
        {"name": "Stichting Maatje", "kind": Organisation.Kind.PARTNER},
    )

    page = page_of(editor_client.get(reverse("directory:organisation_list") + "?gemeente=GM0398"))
    assert "Welzijn BV" in page and "Stichting Maatje" in page and "Langedijk Helpt" not in page
    assert list(Organisation.objects.get(name="Stichting Maatje").municipalities.all()) == [
        world.municipality
    ]
    url = reverse("directory:organisation_edit", args=[elsewhere.pk]) + "?gemeente=GM0398"
    assert editor_client.get(url).status_code == 404


def test_a_story_is_written_and_published(editor_client, world, make_service):
    service = make_service("Boodschappendienst")

    response = editor_client.post(
        reverse("directory:story_create") + "?gemeente=GM0398",
        {
            "title": "Hoe Ans weer boodschappen kon doen",
            "summary": "Ans (82) vond een vrijwilliger.",
            "body": "Ans kon niet meer naar de winkel.\n\nNu gaat ze elke week met Piet.",
            "services": [service.pk],
            "published": "on",
        },
    )

    story = Story.objects.get()
    assert response.status_code == 302
    assert story.slug == "hoe-ans-weer-boodschappen-kon-doen" and story.published_on == timezone.localdate()
    page = page_of(editor_client.get(reverse("directory:story_list") + "?gemeente=GM0398"))
    assert "Hoe Ans weer boodschappen kon doen" in page and "Gepubliceerd op" in page
    assert f'href="{reverse("portal:story", kwargs={"slug": story.slug})}"' in page


def test_a_story_keeps_a_service_that_is_no_longer_active(editor_client, world, make_service):
    gone = make_service("Opgeheven buurtbus", active=False)
    make_service("Andere oude dienst", active=False)
    story = Story.objects.create(
        municipality=world.municipality, title="Bus", slug="bus", summary="S", body="B"
    )
    story.services.add(gone)
    url = reverse("directory:story_edit", args=[story.pk])

    page = page_of(editor_client.get(url))
    editor_client.post(
        url, {"title": "Bus", "slug": "bus", "summary": "S", "body": "B", "services": [gone.pk]}
    )

    assert "Opgeheven buurtbus" in page and "Andere oude dienst" not in page
    assert list(story.services.all()) == [gone]


def test_synonyms_are_added_refused_when_a_word_is_taken_and_deleted(editor_client, world):
    SynonymGroup.objects.all().delete()
    create = reverse("directory:synonym_create")
    editor_client.post(create, {"words": "geldzorgen, schulden", "note": ""})

    response = editor_client.post(create, {"words": "schulden, rood staan", "note": "Over geld"})

    page = page_of(response)
    assert response.status_code == 400
    assert "‘schulden’ staat al in een andere groep (geldzorgen, schulden)" in page
    assert "schulden, rood staan" in page and 'value="Over geld"' in page
    group = SynonymGroup.objects.get()
    assert "meteen voor het zoeken" in page_of(editor_client.get(reverse("directory:synonym_list")))

    assert "Weet u zeker" in page_of(editor_client.get(reverse("directory:synonym_delete", args=[group.pk])))
    editor_client.post(reverse("directory:synonym_delete", args=[group.pk]))
    assert not SynonymGroup.objects.exists()


def portal_form(**values) -> dict:
    return {
        "title": "Hulp in Gemeente A",
        "intro": "Zoek hulp.",
        "hostname": "",
        "colour_primary": "#1a5f8c",
        "colour_primary_text": "#ffffff",
        "colour_accent": "#ffbc2c",
        "font": Portal.Font.SYSTEM,
        "logo_alt": "",
        **values,
    }


def test_the_portal_settings_are_saved_with_a_readable_contrast(editor_client, world):
    url = reverse("directory:portal_settings") + "?gemeente=GM0398"
    assert "Er is nog geen logo." in page_of(editor_client.get(url))

    refused = editor_client.post(url, portal_form(title="Hulp dichtbij", colour_primary="#777777"))

    page = page_of(refused)
    assert refused.status_code == 400
    assert "Het contrast tussen de tekstkleur en de hoofdkleur is 4,47:1" in page
    assert 'value="Hulp dichtbij"' in page and 'value="#777777"' in page
    assert not Portal.objects.exists()

    saved = editor_client.post(
        url,
        portal_form(
            title="Hulp dichtbij",
            hostname="hulp.gemeente-a.nl",
            logo_alt="Gemeente A",
            logo=SimpleUploadedFile("logo.png", PNG, content_type="image/png"),
        ),
    )

    assert saved.url == url
    portal = Portal.objects.get()
    assert (portal.title, portal.hostname, portal.logo_content_type) == (
        "Hulp dichtbij",
        "hulp.gemeente-a.nl",
        "image/png",
    )
    page = page_of(editor_client.get(url))
    assert "Contrast van de tekstkleur op de hoofdkleur: <strong>6," in page
    assert "voldoet aan WCAG AA" in page
    assert 'src="data:image/png;base64,' in page


def test_an_svg_logo_is_refused_on_the_page(editor_client, world):
    svg = SimpleUploadedFile(
        "logo.svg", b"<svg><script>alert(1)</script></svg>", content_type="image/svg+xml"
    )

    response = editor_client.post(
        reverse("directory:portal_settings"), portal_form(logo_alt="Gemeente A", logo=svg)
    )

    assert response.status_code == 400
    assert "Een SVG kan niet" in page_of(response)


def test_the_social_map_downloads_as_hsds_json(editor_client, world, make_service):
    make_service("Boodschappendienst")

    response = editor_client.get(reverse("directory:hsds_export") + "?gemeente=GM0398")

    today = timezone.localdate()
    assert response["Content-Type"].startswith("application/json")
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="sociale-kaart-GM0398-{today:%Y-%m-%d}.json"'
    )
    data = json.loads(response.content)
    assert [service["name"] for service in data["services"]] == ["Boodschappendienst"]
    assert [organisation["name"] for organisation in data["organizations"]] == ["Welzijn BV"]


def test_an_uploaded_hsds_file_is_imported_and_the_report_lists_what_was_skipped(
    editor_client, editor, world
):
    organisation = {"id": str(uuid.uuid4()), "name": "Thuiszorg Noord", "description": "Zorg aan huis."}
    data = {
        "organizations": [organisation],
        "services": [
            {
                "id": str(uuid.uuid4()),
                "name": "Maaltijdservice",
                "status": "active",
                "organization_id": organisation["id"],
            },
            {
                "id": str(uuid.uuid4()),
                "name": "Verkeerde leeftijden",
                "status": "active",
                "organization_id": organisation["id"],
                "minimum_age": 70,
                "maximum_age": 12,
            },
        ],
    }
    upload = SimpleUploadedFile("kaart.json", json.dumps(data).encode(), content_type="application/json")

    response = editor_client.post(reverse("directory:hsds") + "?gemeente=GM0398", {"file": upload})

    run = HsdsImport.objects.get()
    assert response.url == reverse("directory:hsds_import_detail", args=[run.pk])
    assert (run.municipality, run.started_by, run.file_name) == (world.municipality, editor, "kaart.json")
    page = page_of(editor_client.get(response.url))
    assert "<dt>Nieuw</dt><dd>2</dd>" in page  # the organisation and the good service
    assert "Verkeerde leeftijden" in page and "Overgeslagen, en waarom" in page
    assert Service.objects.get().name == "Maaltijdservice"
    assert "kaart.json" in page_of(editor_client.get(reverse("directory:hsds")))


def test_a_file_that_is_not_json_is_reported_not_imported(editor_client, world):
    upload = SimpleUploadedFile("kaart.json", b"dit is geen json")

    response = editor_client.post(reverse("directory:hsds"), {"file": upload})

    page = page_of(editor_client.get(response.url))
    assert "Mislukt" in page and not Service.objects.exists()


def test_a_file_over_10_mb_is_refused_before_it_is_read(editor_client, world):
    upload = SimpleUploadedFile("groot.json", b" " * (10 * 1024 * 1024 + 1))

    response = editor_client.post(reverse("directory:hsds"), {"file": upload})

    assert response.status_code == 400
    assert "het mag hoogstens 10 MB zijn" in page_of(response)
    assert not HsdsImport.objects.exists()


def test_functional_admins_find_the_social_map_in_the_admin_and_imports_are_read_only(client, world):
    client.force_login(make_editor(world, "beheer", role=Role.FUNCTIONAL_ADMIN))
    run = HsdsImport.objects.create(municipality=world.municipality, file_name="kaart.json")

    for model in ("service", "synonymgroup", "story", "portal", "hsdsimport"):
        assert client.get(reverse(f"admin:directory_{model}_changelist")).status_code == 200, model
    for model in ("service", "synonymgroup", "story", "portal"):
        assert client.get(reverse(f"admin:directory_{model}_add")).status_code == 200, model
    assert client.get(reverse("admin:directory_hsdsimport_add")).status_code == 403
    response = client.post(
        reverse("admin:directory_hsdsimport_change", args=[run.pk]), {"file_name": "anders"}
    )
    run.refresh_from_db()
    assert response.status_code == 403 and run.file_name == "kaart.json"
