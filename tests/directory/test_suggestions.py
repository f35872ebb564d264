"""The suggestions the intake shows: what the search finds for the question, then services of its
life domains in ladder order."""

import pytest

from plein.core.models import LifeDomain
from plein.directory.models import Service
from plein.directory.selectors import service_suggestions

pytestmark = pytest.mark.django_db


def domain_ids(*codes):
    return list(LifeDomain.objects.filter(code__in=codes).values_list("id", flat=True))


def names(services):
    return [service.name for service in services]


def test_a_service_touching_one_of_the_life_domains_is_suggested(world, make_service):
    make_service("Schuldhulpverlening", domains=["finances"], level=Service.Level.NEARBY)
    make_service("Jongerenwerk", domains=["daytime_activities"])

    suggestions = service_suggestions(
        municipality_id=world.municipality.pk, life_domain_ids=domain_ids("finances", "housing")
    )

    assert names(suggestions) == ["Schuldhulpverlening"]


def test_words_of_the_question_find_services_by_name_or_description(world, make_service):
    make_service("Boodschappendienst", description="Een vrijwilliger helpt u.")
    make_service("Maaltijdservice", description="Warme maaltijd, ook als u geen boodschappen kunt doen.")
    make_service("Jongerenwerk", description="Een plek in de wijk.")

    suggestions = service_suggestions(
        municipality_id=world.municipality.pk, text="Mevrouw kan haar BOODSCHAPPEN niet doen."
    )

    assert names(suggestions) == ["Boodschappendienst", "Maaltijdservice"]


def test_small_words_match_nothing_but_a_need_does(world, make_service):
    make_service("Hulp aan huis", description="Wij doen de was.")

    assert service_suggestions(municipality_id=world.municipality.pk, text="wat kan u en ik doen?") == []
    assert service_suggestions(municipality_id=world.municipality.pk) == []
    assert names(service_suggestions(municipality_id=world.municipality.pk, text="de was")) == [
        "Hulp aan huis"
    ]


def test_lower_rungs_of_the_ladder_come_first_then_the_name(world, make_service):
    make_service("Huishoudelijke ondersteuning", domains=["instrumental_adl"], level=Service.Level.CUSTOMISED)
    make_service("Wijkverpleging", domains=["instrumental_adl"], level=Service.Level.NEARBY)
    make_service("Maaltijdservice", domains=["instrumental_adl"])
    make_service("Boodschappendienst", domains=["instrumental_adl"])

    suggestions = service_suggestions(
        municipality_id=world.municipality.pk, life_domain_ids=domain_ids("instrumental_adl")
    )

    assert names(suggestions) == [
        "Boodschappendienst",
        "Maaltijdservice",
        "Wijkverpleging",
        "Huishoudelijke ondersteuning",
    ]
    assert (
        len(
            service_suggestions(
                municipality_id=world.municipality.pk, life_domain_ids=domain_ids("instrumental_adl"), limit=2
            )
        )
        == 2
    )


def test_a_service_matching_twice_is_suggested_once(world, make_service):
    make_service("Boodschappendienst", domains=["instrumental_adl", "social_network"])

    suggestions = service_suggestions(
        municipality_id=world.municipality.pk,
        life_domain_ids=domain_ids("instrumental_adl", "social_network"),
        text="boodschappendienst",
    )

    assert names(suggestions) == ["Boodschappendienst"]


def test_services_of_another_municipality_are_left_out(world, make_service):
    make_service("Boodschappendienst", domains=["instrumental_adl"])
    make_service(
        "Boodschappen Langedijk", domains=["instrumental_adl"], municipality=world.other_municipality
    )

    suggestions = service_suggestions(
        municipality_id=world.municipality.pk,
        life_domain_ids=domain_ids("instrumental_adl"),
        text="boodschappen",
    )

    assert names(suggestions) == ["Boodschappendienst"]
    assert service_suggestions(municipality_id=None, text="boodschappen") == []


def test_inactive_services_are_left_out(world, make_service):
    make_service("Boodschappendienst", domains=["instrumental_adl"], active=False)

    assert (
        service_suggestions(
            municipality_id=world.municipality.pk, life_domain_ids=domain_ids("instrumental_adl")
        )
        == []
    )


def test_a_service_for_other_districts_only_is_left_out_when_the_district_is_known(world, make_service):
    second_district = world.municipality.districts.exclude(pk=world.district.pk).get()
    make_service("Buurthuis Noord", domains=["social_network"], districts=[world.district])
    make_service("Buurthuis Zuid", domains=["social_network"], districts=[second_district])
    make_service("Vrijwilligerscentrale", domains=["social_network"])

    in_district = service_suggestions(
        municipality_id=world.municipality.pk,
        district_id=world.district.pk,
        life_domain_ids=domain_ids("social_network"),
    )
    anywhere = service_suggestions(
        municipality_id=world.municipality.pk, life_domain_ids=domain_ids("social_network")
    )

    assert names(in_district) == ["Buurthuis Noord", "Vrijwilligerscentrale"]
    assert names(anywhere) == ["Buurthuis Noord", "Buurthuis Zuid", "Vrijwilligerscentrale"]


def test_hostile_text_is_just_text(world, make_service):
    make_service("Boodschappendienst", description="100% gratis_hulp")

    assert (
        service_suggestions(municipality_id=world.municipality.pk, text="'; DROP TABLE x; -- %% ____") == []
    )
