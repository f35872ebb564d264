"""The demo's social map: what a resident, a professional and a directory editor see in the demo."""

from collections import Counter
from datetime import date, timedelta

import pytest
from django.db.models import Count, Q

from plein.areas.models import Municipality
from plein.core.models import LifeDomain
from plein.demo import cases as demo_cases
from plein.demo import social_map
from plein.demo.builders import DemoBuilder
from plein.directory.models import Portal, Service, Story
from plein.directory.search import search_services
from plein.directory.selectors import stale_services
from plein.directory.theme import TEXT_CONTRAST, contrast
from plein.people.models import Organisation

pytestmark = pytest.mark.django_db

TODAY = date(2026, 3, 15)


@pytest.fixture
def demo() -> Municipality:
    """The demo's reference data and social map; no residents are needed for the map."""
    DemoBuilder(seed=2026, residents=0, today=TODAY).build(with_logins=True, progress=None)
    return Municipality.objects.get(cbs_code="GM0398")


def test_heerhugowaard_has_a_full_map_across_life_domains_levels_and_wijken(demo):
    services = Service.objects.filter(municipality=demo, active=True)

    assert services.count() >= 300
    assert set(LifeDomain.objects.values_list("code", flat=True)) == set(
        services.values_list("life_domains__code", flat=True)
    )
    levels = Counter(services.values_list("level", flat=True))
    assert set(levels) == set(Service.Level.values)
    # The support ladder: most help is general, a fifth or so needs a decision.
    assert 0.5 < levels[Service.Level.GENERAL] / services.count() < 0.65
    assert 0.15 < levels[Service.Level.NEARBY] / services.count() < 0.3
    assert 0.15 < levels[Service.Level.CUSTOMISED] / services.count() < 0.25
    district_bound = services.annotate(wijken=Count("districts")).filter(wijken__gt=0)
    assert 0.2 < district_bound.count() / services.count() < 0.3
    # Every wijk has its own buurtkamer.
    buurtkamers = services.filter(name__startswith="Buurtkamer")
    assert set(buurtkamers.values_list("districts__cbs_code", flat=True)) == {
        "WK039801",
        "WK039802",
        "WK039803",
        "WK039804",
    }
    assert 30 <= Service.objects.filter(municipality__cbs_code="GM0416", active=True).count() < 40
    assert Service.objects.filter(active=False).exists()  # stopped services stay for the record
    assert 40 <= Organisation.objects.count() <= 60


def test_every_service_is_valid_complete_and_reachable(demo):
    services = Service.objects.select_related("organisation").prefetch_related(
        "life_domains", "organisation__municipalities"
    )

    for service in services:
        service.full_clean()
        if not service.active:
            continue
        assert service.description and service.how_to_apply and service.cost, service
        assert service.phone or service.email, service
        assert service.life_domains.all(), service
        organisation = service.organisation
        assert organisation.street_address and organisation.postcode and organisation.city, organisation
        assert organisation.description and organisation.opening_hours, organisation
        assert service.municipality_id in {m.pk for m in organisation.municipalities.all()}, service
    for organisation in Organisation.objects.all():
        organisation.full_clean()
    # A customised provision needs a decision; so do a few general ones that need a referral.
    assert not services.filter(level=Service.Level.CUSTOMISED, free_access=True).exists()
    assert services.filter(level__lt=Service.Level.CUSTOMISED, free_access=False).exists()
    # Names are unique per municipality: stories and the demo cases find services by name.
    duplicates = services.values("municipality", "name").annotate(n=Count("id")).filter(n__gt=1)
    assert not duplicates.exists()


def test_the_demo_cases_refer_to_services_on_the_map():
    names = {service_ref.name for service_ref in social_map.SERVICES["GM0398"] if service_ref.active}
    referred = {item.service for story in demo_cases.STORIES for item in story.items if item.service}

    assert referred
    assert referred <= names


def test_youth_services_respect_the_jeugdwet_ages(demo):
    youth = Service.objects.filter(name__contains="(Jeugdwet)")

    assert youth.count() >= 5
    # Jeugdhulp until 18, extended at most until 23; no eigen bijdrage.
    assert not youth.filter(Q(max_age__isnull=True) | Q(max_age__gt=22)).exists()
    assert all("geen eigen bijdrage" in cost for cost in youth.values_list("cost", flat=True))


def test_the_editors_stale_list_has_about_one_in_eight_services(demo):
    active = Service.objects.filter(municipality=demo, active=True)
    stale = stale_services(municipality_id=demo.pk, today=TODAY)

    assert 0.1 <= stale.count() / active.count() <= 0.15
    assert not active.filter(last_verified_on__gt=TODAY).exists()
    assert not active.filter(last_verified_on__lt=TODAY - timedelta(days=548)).exists()
    # The editor login checked them.
    assert set(active.values_list("last_verified_by__username", flat=True)) == {"redacteur"}


def test_stories_tell_how_residents_found_services(demo):
    published = Story.objects.filter(published=True)

    assert published.count() == 5
    assert Story.objects.filter(published=False, published_on=None).count() == 1
    for story in Story.objects.prefetch_related("services", "life_domains"):
        story.full_clean()
        assert story.life_domains.exists(), story
        services = list(story.services.all())
        assert 1 <= len(services) <= 3, story
        assert {service.municipality_id for service in services} == {story.municipality_id}
        if story.published:
            assert story.published_on <= TODAY
            assert 150 <= len(story.body.split()) <= 300, story
            assert "\n\n" in story.body  # paragraphs


def test_each_municipality_has_its_own_readable_portal(demo):
    default = Portal.objects.get(hostname="")
    langedijk = Portal.objects.get(hostname="langedijk.localhost")

    assert default.municipality == demo
    assert langedijk.municipality.cbs_code == "GM0416"
    for portal in (default, langedijk):
        portal.full_clean()
        assert contrast(portal.colour_primary, portal.colour_primary_text) >= TEXT_CONTRAST, portal
        assert (
            portal.contact_phone and portal.contact_email and portal.contact_address and portal.contact_hours
        )
    assert (default.colour_primary, default.font) != (langedijk.colour_primary, langedijk.font)


@pytest.mark.parametrize(
    ("question", "fitting"),
    [
        ("ik kan mijn boodschappen niet meer doen", ("boodschappen",)),
        ("boodschapen", ("boodschappen",)),
        ("geldzorgen", ("schuld", "budget", "geldzorgen", "formulier", "thuisadministratie")),
        ("eenzaam", ("maatje", "buurtkamer", "eenzaam", "ontmoeting")),
        ("rolstoel", ("rolstoel",)),
    ],
)
def test_everyday_questions_find_a_fitting_service_in_the_top_three(demo, question, fitting):
    result = search_services(municipality_id=demo.pk, query=question, limit=3)

    names = [service.name.lower() for service in result.services]
    assert any(word in name for name in names for word in fitting), names
