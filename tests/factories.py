"""Factories for tests: a small municipality with districts, teams and professionals."""

import datetime

import factory
from factory.django import DjangoModelFactory

from plein.areas.models import District, Municipality, Neighbourhood, PostcodeRange, Team
from plein.people.models import Organisation, Professional


class MunicipalityFactory(DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ("cbs_code",)

    name = factory.Sequence(lambda n: f"Gemeente {n}")
    cbs_code = factory.Sequence(lambda n: f"GM{9000 + n:04d}")


class DistrictFactory(DjangoModelFactory):
    class Meta:
        model = District

    municipality = factory.SubFactory(MunicipalityFactory)
    name = factory.Sequence(lambda n: f"Wijk {n}")
    # 50–99: never the low numbers tests give their districts by hand (WK039801, WK039802, …).
    cbs_code = factory.LazyAttributeSequence(lambda o, n: f"WK{o.municipality.cbs_code[2:]}{50 + n % 50:02d}")


class NeighbourhoodFactory(DjangoModelFactory):
    class Meta:
        model = Neighbourhood

    district = factory.SubFactory(DistrictFactory)
    name = factory.Sequence(lambda n: f"Buurt {n}")
    cbs_code = factory.LazyAttributeSequence(lambda o, n: f"BU{o.district.cbs_code[2:]}{n % 100:02d}")


class PostcodeRangeFactory(DjangoModelFactory):
    class Meta:
        model = PostcodeRange

    neighbourhood = factory.SubFactory(NeighbourhoodFactory)
    postcode = "1701AB"
    house_number_from = 1
    house_number_to = 99


class TeamFactory(DjangoModelFactory):
    class Meta:
        model = Team

    municipality = factory.SubFactory(MunicipalityFactory)
    name = factory.Sequence(lambda n: f"Team {n}")
    kind = Team.Kind.NEIGHBOURHOOD


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    kind = Organisation.Kind.HOME


class ProfessionalFactory(DjangoModelFactory):
    class Meta:
        model = Professional
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"prof{n}")
    first_name = "Sam"
    last_name = factory.Sequence(lambda n: f"Medewerker{n}")
    password = factory.django.Password("geheim-wachtwoord-1")


TODAY = datetime.date(2026, 1, 1)
