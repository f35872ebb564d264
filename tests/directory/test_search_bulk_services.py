"""The benchmark's large social map: variants of the municipality's own services, always the same."""

import pytest

from plein.demo.bulk_services import VARIANT_SEPARATOR, ensure_services
from plein.directory.models import Service
from plein.directory.search import search_services

pytestmark = pytest.mark.django_db


@pytest.fixture
def templates(make_service):
    make_service("Boodschappendienst", domains=["instrumental_adl"], description="Wij doen boodschappen.")
    make_service("Schuldhulpverlening", domains=["finances"], level=Service.Level.NEARBY, min_age=18)
    make_service("Rolstoeluitleen", domains=["physical_health"], description="Een rolstoel lenen.")
    make_service("Oud en stopgezet", active=False)


def variant_names(world):
    return sorted(
        Service.objects.filter(municipality=world.municipality, name__contains=VARIANT_SEPARATOR).values_list(
            "name", flat=True
        )
    )


def test_the_social_map_is_topped_up_with_variants_of_its_own_services(world, templates):
    assert ensure_services(municipality=world.municipality, total=30, seed=7) == 30

    variants = Service.objects.filter(name__contains=VARIANT_SEPARATOR)
    debt = variants.filter(name__startswith="Schuldhulpverlening").first()
    assert variants.count() == 27 and len(set(variant_names(world))) == 27
    assert (debt.level, debt.min_age, list(debt.life_domains.values_list("code", flat=True))) == (
        Service.Level.NEARBY,
        18,
        ["finances"],
    )
    assert (
        variants.filter(districts__isnull=False).exists() and variants.filter(districts__isnull=True).exists()
    )
    assert not Service.objects.filter(name__startswith="Oud en stopgezet", active=True).exists()
    # Indexed: the search finds the variants too.
    assert search_services(municipality_id=world.municipality.pk, query="rolstoel").total == 10


def test_the_same_seed_gives_the_same_services_and_a_second_call_adds_nothing(world, templates):
    ensure_services(municipality=world.municipality, total=20, seed=7)
    first = variant_names(world)
    assert ensure_services(municipality=world.municipality, total=20, seed=7) == 20
    assert variant_names(world) == first

    Service.objects.filter(name__contains=VARIANT_SEPARATOR).delete()
    ensure_services(municipality=world.municipality, total=20, seed=7)

    assert variant_names(world) == first
