"""A small social map for the HSDS and public API tests: every field we map has a value somewhere."""

import datetime
from dataclasses import dataclass

from plein.core.models import LifeDomain
from plein.directory.models import Service
from plein.people.models import Organisation
from tests import factories


@dataclass
class SocialMap:
    organisation: Organisation  # everything filled in
    bare_organisation: Organisation  # only a name
    full: Service  # every field, own address, two districts
    minimal: Service  # only a name, whole municipality, free
    at_organisation: Service  # given at the organisation's address; accessibility
    inactive: Service
    elsewhere: Service  # in the other municipality


def build_social_map(world) -> SocialMap:
    organisation = Organisation.objects.create(
        name="Stichting Welzijn Dichtbij",
        kind=Organisation.Kind.PARTNER,
        description="Welzijnswerk voor alle inwoners.",
        phone="072 555 0101",
        email="info@welzijndichtbij.nl",
        website="https://www.welzijndichtbij.nl",
        street_address="Stationsplein 1",
        postcode="1701AB",
        city="Heerhugowaard",
        opening_hours="ma t/m vr 9.00–17.00 uur",
        kvk_number="41234567",
        agb_code="12345678",
    )
    bare_organisation = Organisation.objects.create(name="Buurtkamer De Kern", kind=Organisation.Kind.PARTNER)
    second_district = world.municipality.districts.exclude(pk=world.district.pk).get()
    full = Service.objects.create(
        organisation=organisation,
        municipality=world.municipality,
        name="Boodschappendienst",
        description="Een vrijwilliger doet samen met u de boodschappen.",
        keywords="boodschappen, supermarkt",
        target_group="Ouderen die alleen wonen",
        min_age=65,
        max_age=120,
        level=Service.Level.NEARBY,
        free_access=False,
        cost="€ 2,50 per keer",
        how_to_apply="Bel ons op werkdagen.",
        phone="072 555 0102",
        email="boodschappen@welzijndichtbij.nl",
        website="https://www.welzijndichtbij.nl/boodschappen",
        street_address="Kerkweg 12",
        postcode="1702CD",
        city="Heerhugowaard",
        languages="Nederlands, Engels, Fries",
        accessibility="Rolstoeltoegankelijk",
        last_verified_on=datetime.date(2024, 3, 1),
        last_verified_by=world.policy,
    )
    full.life_domains.set(LifeDomain.objects.filter(code__in=["instrumental_adl", "social_network"]))
    full.districts.set([world.district, second_district])
    minimal = Service.objects.create(
        organisation=bare_organisation, municipality=world.municipality, name="Koffieochtend"
    )
    at_organisation = Service.objects.create(
        organisation=organisation,
        municipality=world.municipality,
        name="Formulierenhulp",
        description="Hulp bij brieven en formulieren.",
        accessibility="Ringleiding aanwezig",
        cost="Gratis",
    )
    at_organisation.life_domains.set(LifeDomain.objects.filter(code="finances"))
    inactive = Service.objects.create(
        organisation=organisation, municipality=world.municipality, name="Oude dienst", active=False
    )
    elsewhere = Service.objects.create(
        organisation=factories.OrganisationFactory(name="Langedijk Helpt"),
        municipality=world.other_municipality,
        name="Klussendienst Langedijk",
    )
    return SocialMap(organisation, bare_organisation, full, minimal, at_organisation, inactive, elsewhere)
