"""Shared fixtures: two municipalities, each with a district served by a team, and professionals."""

import datetime
from dataclasses import dataclass

import pytest
from django.conf import settings

from plein.areas.models import Role
from plein.areas.services import membership_add
from plein.directory.search import synonyms_changed
from plein.people.services import resident_register
from tests import factories


def pytest_sessionstart(session):
    """In CI the suite must run against PostgreSQL; say so loudly when it cannot."""
    import os

    if os.environ.get("CI", "").lower() != "true":
        return
    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" not in engine:
        raise pytest.UsageError(f"CI=true but the database engine is {engine}, not PostgreSQL.")
    import psycopg

    db = settings.DATABASES["default"]
    try:
        psycopg.connect(
            host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"], dbname=db["NAME"], connect_timeout=5
        ).close()
    except psycopg.OperationalError as error:
        raise pytest.UsageError(
            f"CI=true but PostgreSQL at {db['HOST']}:{db['PORT']} is unreachable: {error}"
        ) from error


@dataclass
class World:
    municipality: object
    other_municipality: object
    district: object
    other_district: object
    team: object
    other_team: object
    organisation: object
    generalist: object
    front_office: object
    other_generalist: object
    policy: object


@pytest.fixture(autouse=True)
def fresh_synonyms():
    """The search caches synonyms per process; a test's groups must not outlive its transaction."""
    synonyms_changed()
    yield
    synonyms_changed()


@pytest.fixture
def world(db) -> World:
    """Heerhugowaard-like municipality A (postcode 1701AB) and municipality B (postcode 1721CD)."""
    municipality = factories.MunicipalityFactory(name="Gemeente A", cbs_code="GM0398")
    other_municipality = factories.MunicipalityFactory(name="Gemeente B", cbs_code="GM0416")
    district = factories.DistrictFactory(municipality=municipality, cbs_code="WK039801")
    second_district = factories.DistrictFactory(municipality=municipality, cbs_code="WK039802")
    other_district = factories.DistrictFactory(municipality=other_municipality, cbs_code="WK041601")
    neighbourhood = factories.NeighbourhoodFactory(district=district, cbs_code="BU03980101")
    second_neighbourhood = factories.NeighbourhoodFactory(district=second_district, cbs_code="BU03980201")
    other_neighbourhood = factories.NeighbourhoodFactory(district=other_district, cbs_code="BU04160101")
    factories.PostcodeRangeFactory(
        neighbourhood=neighbourhood, postcode="1701AB", house_number_from=1, house_number_to=99
    )
    factories.PostcodeRangeFactory(
        neighbourhood=second_neighbourhood, postcode="1702CD", house_number_from=1, house_number_to=99
    )
    factories.PostcodeRangeFactory(
        neighbourhood=other_neighbourhood, postcode="1721CD", house_number_from=1, house_number_to=99
    )
    team = factories.TeamFactory(municipality=municipality, name="Team Noord")
    team.districts.add(district)
    second_team = factories.TeamFactory(municipality=municipality, name="Team Zuid")
    second_team.districts.add(second_district)
    other_team = factories.TeamFactory(municipality=other_municipality, name="Team Langedijk")
    other_team.districts.add(other_district)
    organisation = factories.OrganisationFactory(name="Welzijn BV")
    start = datetime.date(2020, 1, 1)

    def professional(username, role, **where):
        user = factories.ProfessionalFactory(username=username)
        membership_add(
            professional=user,
            role=role,
            organisation=organisation,
            starts_on=start,
            hours_per_week=32,
            **where,
        )
        return user

    return World(
        municipality=municipality,
        other_municipality=other_municipality,
        district=district,
        other_district=other_district,
        team=team,
        other_team=other_team,
        organisation=organisation,
        generalist=professional("generalist", Role.GENERALIST, team=team),
        front_office=professional("kcc", Role.FRONT_OFFICE, municipality=municipality),
        other_generalist=professional("andere", Role.GENERALIST, team=other_team),
        policy=professional("beleid", Role.POLICY, municipality=municipality),
    )


@pytest.fixture
def register_resident(world):
    """Register a resident through the service, as the front office of municipality A."""
    counter = iter(range(1, 1000))

    def register(postcode="1701AB", house_number=None, actor=None, **fields):
        values = {"first_names": "Anna", "last_name": "Jansen", "birth_date": datetime.date(1980, 5, 17)}
        values.update(fields)
        return resident_register(
            actor=actor or world.front_office,
            postcode=postcode,
            house_number=house_number or next(counter),
            **values,
        )

    return register


def pytest_collection_modifyitems(config, items):
    """Browser tests last: their live server flushes the database after each test."""
    items.sort(key=lambda item: "e2e" in item.nodeid.split("::")[0].split("/"))


@pytest.fixture
def verified_client_for(db):
    """``verified_client_for(user)``: a test Client logged in as ``user`` in a session that passed
    two-factor authentication (as django_otp.login leaves it), with a confirmed TOTP device."""
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    def make(user) -> Client:
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or TOTPDevice.objects.create(
            user=user, name="Authenticator-app", confirmed=True
        )
        client = Client()
        client.force_login(user)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        return client

    return make
