"""The directory editor's changes to the social map and the rules they follow."""

import datetime

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from plein.areas.models import Role
from plein.areas.services import membership_add
from plein.core.models import LifeDomain
from plein.directory import search, services
from plein.directory.models import Portal, Service, SynonymGroup
from plein.directory.selectors import stale_services
from plein.people.models import Organisation
from tests import factories

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def make_editor(world, username: str, *, role: str = Role.DIRECTORY_EDITOR, municipality=None):
    """A professional with a municipality-wide role (the directory editor by default)."""
    user = factories.ProfessionalFactory(username=username)
    membership_add(
        professional=user,
        role=role,
        organisation=world.organisation,
        municipality=municipality or world.municipality,
        starts_on=datetime.date(2020, 1, 1),
    )
    return user


@pytest.fixture
def editor(world):
    return make_editor(world, "redacteur")


@pytest.fixture
def no_synonyms(db):
    """Without the default synonyms (migration 0004), so a test's words are its own."""
    SynonymGroup.objects.all().delete()
    search.synonyms_changed()
    yield
    search.synonyms_changed()


def service_data(world, **values) -> dict:
    data = {
        "organisation": world.organisation,
        "name": "Boodschappendienst De Kar",
        "description": "Vrijwilligers doen wekelijks de boodschappen met of voor u.",
        "level": Service.Level.GENERAL,
        "free_access": True,
        "life_domains": LifeDomain.objects.filter(code="instrumental_adl"),
        "districts": [world.district],
    }
    data.update(values)
    return data


def errors_of(error: pytest.ExceptionInfo) -> dict[str, list[str]]:
    return error.value.message_dict


def found(world, query: str) -> list[str]:
    return [
        service.name
        for service in search.search_services(municipality_id=world.municipality.pk, query=query).services
    ]


# --- services ------------------------------------------------------------------------------------


def test_a_new_service_is_found_by_the_search_straight_away(world, editor):
    service = services.service_save(
        actor=editor, municipality=world.municipality, service=None, data=service_data(world)
    )

    assert service.municipality == world.municipality
    assert list(service.districts.all()) == [world.district]
    assert "Boodschappendienst De Kar" in found(world, "boodschappen")


def test_a_renamed_service_is_found_by_its_new_name(world, editor):
    service = services.service_save(
        actor=editor, municipality=world.municipality, service=None, data=service_data(world)
    )

    services.service_save(
        actor=editor,
        municipality=world.municipality,
        service=service,
        data={"name": "Maaltijdservice Smakelijk"},
    )

    assert found(world, "maaltijdservice") == ["Maaltijdservice Smakelijk"]
    assert found(world, "kar") == []
    assert list(Service.objects.get(pk=service.pk).districts.all()) == [world.district]  # left out: kept


def test_the_districts_of_a_service_belong_to_its_municipality(world, editor):
    with pytest.raises(ValidationError) as error:
        services.service_save(
            actor=editor,
            municipality=world.municipality,
            service=None,
            data=service_data(world, districts=[world.district, world.other_district]),
        )

    assert errors_of(error)["districts"] == [f"{world.other_district} hoort niet bij Gemeente A."]
    assert not Service.objects.exists()


def test_the_age_range_runs_upwards(world, editor):
    with pytest.raises(ValidationError) as error:
        services.service_save(
            actor=editor,
            municipality=world.municipality,
            service=None,
            data=service_data(world, min_age=67, max_age=18),
        )

    assert errors_of(error)["max_age"] == ["De leeftijd ‘tot en met’ is lager dan de leeftijd ‘vanaf’."]


def test_customised_support_is_never_free_access(world, editor):
    level_2 = service_data(world, level=Service.Level.CUSTOMISED, free_access=True)

    with pytest.raises(ValidationError) as error:
        services.service_save(actor=editor, municipality=world.municipality, service=None, data=level_2)

    assert "Maatwerk (niveau 2) is nooit vrij toegankelijk" in errors_of(error)["free_access"][0]
    saved = services.service_save(
        actor=editor, municipality=world.municipality, service=None, data={**level_2, "free_access": False}
    )
    assert saved.level == Service.Level.CUSTOMISED and not saved.free_access


def test_all_mistakes_are_reported_at_once_in_dutch(world, editor):
    with pytest.raises(ValidationError) as error:
        services.service_save(
            actor=editor,
            municipality=world.municipality,
            service=None,
            data=service_data(world, name="", postcode="12", min_age=10, max_age=5),
        )

    errors = errors_of(error)
    assert errors["name"] == ["Dit veld kan niet leeg zijn"]
    assert "Dit is geen geldige postcode" in errors["postcode"][0]
    assert "max_age" in errors


def test_only_editors_and_functional_admins_of_the_municipality_change_its_social_map(world, editor):
    other_editor = make_editor(world, "redacteur-b", municipality=world.other_municipality)
    admin = make_editor(world, "beheer", role=Role.FUNCTIONAL_ADMIN)

    for outsider in (world.generalist, world.policy, other_editor):
        with pytest.raises(PermissionDenied):
            services.service_save(
                actor=outsider, municipality=world.municipality, service=None, data=service_data(world)
            )

    service = services.service_save(
        actor=admin, municipality=world.municipality, service=None, data=service_data(world)
    )
    with pytest.raises(PermissionDenied):
        services.service_verify(actor=other_editor, service=service)
    with pytest.raises(PermissionDenied):
        services.service_save(
            actor=other_editor, municipality=world.other_municipality, service=service, data={}
        )


def test_verifying_records_today_and_who(world, editor, make_service):
    service = make_service("Rolstoeluitleen", last_verified_on=datetime.date(2024, 3, 1))

    with time_machine.travel(datetime.datetime(2026, 2, 10, 23, 30, tzinfo=datetime.UTC)):
        services.service_verify(actor=editor, service=service)

    service.refresh_from_db()
    # 23:30 UTC is the next day in the Netherlands: the local date counts.
    assert service.last_verified_on == datetime.date(2026, 2, 11)
    assert service.last_verified_by == editor


def test_an_inactive_service_leaves_the_search_and_returns(world, editor):
    service = services.service_save(
        actor=editor, municipality=world.municipality, service=None, data=service_data(world)
    )

    services.service_set_active(actor=editor, service=service, active=False)
    assert found(world, "boodschappen") == []

    services.service_set_active(actor=editor, service=service, active=True)
    assert found(world, "boodschappen") == ["Boodschappendienst De Kar"]


def test_the_stale_list_holds_active_services_unverified_for_twelve_months_oldest_first(world, make_service):
    today = datetime.date(2026, 6, 1)
    make_service("Vers gecontroleerd", last_verified_on=datetime.date(2025, 6, 1))
    old = make_service("Oud", last_verified_on=datetime.date(2025, 5, 31))
    older = make_service("Ouder", last_verified_on=datetime.date(2023, 1, 1))
    never = make_service("Nooit")
    make_service("Niet actief", active=False)

    assert list(stale_services(municipality_id=world.municipality.pk, today=today)) == [never, older, old]


# --- organisations -------------------------------------------------------------------------------


def test_a_new_organisation_works_in_the_municipality(world, editor):
    organisation = services.organisation_save(
        actor=editor,
        organisation=None,
        municipality=world.municipality,
        data={"name": "Stichting Maatje", "kind": Organisation.Kind.PARTNER, "postcode": "1701 ab"},
    )

    assert list(organisation.municipalities.all()) == [world.municipality]
    assert organisation.postcode == "1701AB"


def test_organisation_names_are_unique_whatever_the_case(world, editor):
    with pytest.raises(ValidationError) as error:
        services.organisation_save(
            actor=editor,
            organisation=None,
            municipality=world.municipality,
            data={"name": "welzijn bv", "kind": Organisation.Kind.PARTNER},
        )

    assert errors_of(error)["name"] == ["Er is al een organisatie met de naam ‘welzijn bv’."]


def test_a_renamed_organisation_is_found_through_its_services(world, editor):
    services.service_save(
        actor=editor, municipality=world.municipality, service=None, data=service_data(world)
    )

    services.organisation_save(
        actor=editor,
        organisation=world.organisation,
        municipality=world.municipality,
        data={"name": "Zonnebloem Noord"},
    )

    assert found(world, "zonnebloem") == ["Boodschappendienst De Kar"]


def test_an_organisation_of_another_municipality_is_not_the_editors(world, editor):
    elsewhere = Organisation.objects.create(name="Langedijk Helpt", kind=Organisation.Kind.PARTNER)
    elsewhere.municipalities.add(world.other_municipality)

    with pytest.raises(PermissionDenied):
        services.organisation_save(
            actor=editor,
            organisation=elsewhere,
            municipality=world.municipality,
            data={"name": "Overgenomen"},
        )


# --- stories -------------------------------------------------------------------------------------


def story_data(**values) -> dict:
    return {
        "title": "Hoe Ans weer boodschappen kon doen",
        "summary": "Ans vond hulp.",
        "body": "Ans is 82.",
        **values,
    }


def test_a_story_gets_a_web_address_from_its_title_unique_in_the_municipality(world, editor):
    first = services.story_save(actor=editor, municipality=world.municipality, story=None, data=story_data())
    second = services.story_save(actor=editor, municipality=world.municipality, story=None, data=story_data())

    assert first.slug == "hoe-ans-weer-boodschappen-kon-doen"
    assert second.slug == "hoe-ans-weer-boodschappen-kon-doen-2"
    with pytest.raises(ValidationError) as error:
        services.story_save(
            actor=editor, municipality=world.municipality, story=second, data={"slug": first.slug}
        )
    assert "Er is al een verhaal met het webadres" in errors_of(error)["slug"][0]


def test_the_same_web_address_may_be_used_in_another_municipality(world, editor):
    other_editor = make_editor(world, "redacteur-b", municipality=world.other_municipality)
    services.story_save(actor=editor, municipality=world.municipality, story=None, data=story_data())

    other = services.story_save(
        actor=other_editor, municipality=world.other_municipality, story=None, data=story_data()
    )

    assert other.slug == "hoe-ans-weer-boodschappen-kon-doen"


def test_publishing_dates_the_story_and_it_names_only_the_municipalitys_services(world, editor, make_service):
    mine = make_service("Boodschappenhulp")
    theirs = make_service("Elders", municipality=world.other_municipality)

    with pytest.raises(ValidationError) as error:
        services.story_save(
            actor=editor,
            municipality=world.municipality,
            story=None,
            data=story_data(services=[mine, theirs]),
        )
    assert errors_of(error)["services"] == ["Elders staat niet op de sociale kaart van Gemeente A."]

    with time_machine.travel(datetime.datetime(2026, 3, 2, 10, 0, tzinfo=datetime.UTC)):
        story = services.story_save(
            actor=editor,
            municipality=world.municipality,
            story=None,
            data=story_data(services=[mine], published=True),
        )
    assert story.published_on == datetime.date(2026, 3, 2)
    assert list(story.services.all()) == [mine]


# --- synonyms ------------------------------------------------------------------------------------


def test_a_synonym_group_widens_the_search_at_once(
    world, editor, no_synonyms, make_service, django_capture_on_commit_callbacks
):
    make_service("Schuldhulpverlening", description="Hulp bij schulden.")
    assert found(world, "zwartekousvraag") == []

    with django_capture_on_commit_callbacks(execute=True):
        group = services.synonym_group_save(
            actor=editor, group=None, words=" Schulden ,zwartekousvraag, schulden "
        )

    assert group.words == "schulden, zwartekousvraag"
    assert found(world, "zwartekousvraag") == ["Schuldhulpverlening"]

    with django_capture_on_commit_callbacks(execute=True):
        services.synonym_group_delete(actor=editor, group=group)
    assert found(world, "zwartekousvraag") == []


def test_a_synonym_group_has_two_words_of_at_most_60_characters(world, editor, no_synonyms):
    with pytest.raises(ValidationError) as error:
        services.synonym_group_save(actor=editor, group=None, words="eenzaam")
    assert errors_of(error)["words"] == ["Geef minstens twee woorden, gescheiden door komma's."]

    with pytest.raises(ValidationError) as error:
        services.synonym_group_save(actor=editor, group=None, words="eenzaam, " + "a" * 61)
    assert "is te lang" in errors_of(error)["words"][0]


def test_a_word_is_in_one_synonym_group_only(world, editor, no_synonyms):
    existing = services.synonym_group_save(actor=editor, group=None, words="geldzorgen, schulden")

    with pytest.raises(ValidationError) as error:
        services.synonym_group_save(actor=editor, group=None, words="Schulden, rood staan")

    assert errors_of(error)["words"] == [
        "‘schulden’ staat al in een andere groep (geldzorgen, schulden). Een woord staat in één groep: "
        "pas die groep aan."
    ]
    # Its own words do not count against a group that is changed.
    assert services.synonym_group_save(actor=editor, group=existing, words="geldzorgen, schulden, rood staan")


def test_only_directory_editors_maintain_synonyms(world):
    with pytest.raises(PermissionDenied):
        services.synonym_group_save(actor=world.generalist, group=None, words="a, b")


# --- the portal ----------------------------------------------------------------------------------


def portal_data(**values) -> dict:
    return {
        "title": "Hulp in Gemeente A",
        "colour_primary": "#1A5F8C",
        "colour_primary_text": "#ffffff",
        **values,
    }


def test_a_ratio_just_under_the_minimum_never_reads_as_the_minimum():
    assert services.format_ratio(4.4799) == "4,47:1"
    assert services.format_ratio(4.5) == "4,5:1"
    assert services.format_ratio(21) == "21:1"


def test_text_on_the_main_colour_must_have_a_contrast_of_4_5(world, editor):
    with pytest.raises(ValidationError) as error:
        services.portal_save(
            actor=editor, municipality=world.municipality, data=portal_data(colour_primary="#777777")
        )

    message = errors_of(error)["colour_primary_text"][0]
    assert "Het contrast tussen de tekstkleur en de hoofdkleur is 4,47:1" in message
    assert "minstens 4,5:1 (WCAG AA)" in message
    assert not Portal.objects.exists()

    portal = services.portal_save(actor=editor, municipality=world.municipality, data=portal_data())
    assert portal.colour_primary == "#1a5f8c"


def test_a_logo_is_png_jpeg_or_webp_by_its_bytes(world, editor):
    webp = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 32
    for content, content_type in (
        (PNG, "image/png"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 32, "image/jpeg"),
        (webp, "image/webp"),
    ):
        portal = services.portal_save(
            actor=editor,
            municipality=world.municipality,
            data=portal_data(logo_alt="Gemeente A"),
            logo=SimpleUploadedFile("logo.bin", content),
        )
        assert (bytes(portal.logo), portal.logo_content_type) == (content, content_type)

    for name, content in (("logo.svg", SVG), ("logo.png", SVG), ("logo.gif", b"GIF89a" + b"\x00" * 32)):
        with pytest.raises(ValidationError) as error:
            services.portal_save(
                actor=editor,
                municipality=world.municipality,
                data=portal_data(logo_alt="Gemeente A"),
                logo=SimpleUploadedFile(name, content),
            )
        assert "Een logo moet een PNG-, JPEG- of WebP-afbeelding zijn" in errors_of(error)["logo"][0]
    assert bytes(Portal.objects.get().logo) == webp


def test_a_logo_is_at_most_200_kb_and_described(world, editor):
    big = SimpleUploadedFile("logo.png", PNG + b"\x00" * (200 * 1024))
    with pytest.raises(ValidationError) as error:
        services.portal_save(
            actor=editor, municipality=world.municipality, data=portal_data(logo_alt="A"), logo=big
        )
    assert errors_of(error)["logo"] == ["Het logo is te groot: het mag hoogstens 200 kB zijn."]

    with pytest.raises(ValidationError) as error:
        services.portal_save(
            actor=editor,
            municipality=world.municipality,
            data=portal_data(),
            logo=SimpleUploadedFile("l.png", PNG),
        )
    assert "Beschrijf het logo" in errors_of(error)["logo_alt"][0]


def test_removing_the_logo(world, editor):
    services.portal_save(
        actor=editor,
        municipality=world.municipality,
        data=portal_data(logo_alt="Gemeente A"),
        logo=SimpleUploadedFile("logo.png", PNG),
    )

    portal = services.portal_save(
        actor=editor, municipality=world.municipality, data=portal_data(logo_alt=""), remove_logo=True
    )

    assert not portal.logo and portal.logo_content_type == ""


def test_a_host_name_belongs_to_one_portal(world, editor):
    other_editor = make_editor(world, "redacteur-b", municipality=world.other_municipality)
    services.portal_save(
        actor=other_editor,
        municipality=world.other_municipality,
        data=portal_data(hostname="hulp.langedijk.nl"),
    )

    with pytest.raises(ValidationError) as error:
        services.portal_save(
            actor=editor, municipality=world.municipality, data=portal_data(hostname="Hulp.Langedijk.nl")
        )
    assert errors_of(error)["hostname"] == ["Deze hostnaam hoort al bij het portaal van Gemeente B."]

    with pytest.raises(ValidationError) as error:
        services.portal_save(
            actor=editor, municipality=world.municipality, data=portal_data(hostname="https://hulp.a.nl/")
        )
    assert "zonder https://" in errors_of(error)["hostname"][0]

    portal = services.portal_save(
        actor=editor, municipality=world.municipality, data=portal_data(hostname="hulp.a.nl")
    )
    assert portal.hostname == "hulp.a.nl"


def test_the_portal_is_the_municipalitys_own(world, editor):
    with pytest.raises(PermissionDenied):
        services.portal_save(actor=editor, municipality=world.other_municipality, data=portal_data())
    assert not Portal.objects.exists()
