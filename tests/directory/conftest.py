import pytest

from plein.core.models import LifeDomain
from plein.directory.models import Service
from plein.directory.search import index_services


@pytest.fixture
def make_service(world):
    """An indexed service of municipality A by ``world.organisation``; life domains by code."""

    def make(name, *, domains=(), districts=(), **fields):
        values = {
            "organisation": world.organisation,
            "municipality": world.municipality,
            "description": "",
            "level": Service.Level.GENERAL,
        }
        values.update(fields)
        service = Service.objects.create(name=name, **values)
        service.life_domains.set(LifeDomain.objects.filter(code__in=domains))
        service.districts.set(districts)
        index_services([service.pk])
        return service

    return make
