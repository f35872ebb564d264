"""The residents' search on the social map: plain Dutch questions find the right help."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plein.directory.models import SearchTerm, Service, ServiceSearchEntry, SynonymGroup
from plein.directory.search import (
    MAX_QUERY_LENGTH,
    SearchFilters,
    index_services,
    rebuild_index,
    search_services,
    suggest_services,
    synonyms_changed,
)

pytestmark = pytest.mark.django_db

GENERAL, NEARBY, CUSTOMISED = Service.Level.GENERAL, Service.Level.NEARBY, Service.Level.CUSTOMISED

# A small social map in the words of its providers: the residents' words are often not in it.
SOCIAL_MAP = [
    dict(
        name="Boodschappendienst",
        domains=["instrumental_adl", "social_network"],
        description="Een vrijwilliger doet wekelijks boodschappen voor u of gaat met u mee naar de winkel.",
    ),
    dict(
        name="Maaltijdservice",
        domains=["instrumental_adl", "physical_health"],
        description="Elke dag een warme maaltijd aan huis, of samen eten in het buurthuis. "
        "U betaalt een kleine bijdrage.",
    ),
    dict(
        name="Formulierenhulp en thuisadministratie",
        domains=["finances"],
        description="Vrijwilligers helpen u met brieven, formulieren en het op orde houden van uw administratie.",
    ),
    dict(
        name="Schuldhulpverlening",
        domains=["finances"],
        level=NEARBY,
        description="Hulp als u schulden heeft: samen maken we een plan om uw geldzaken weer rond te krijgen.",
    ),
    dict(
        name="Budgetcoaching",
        domains=["finances"],
        description="Een coach kijkt met u naar inkomsten en uitgaven en helpt u overzicht te houden.",
    ),
    dict(
        name="Voedselbank",
        domains=["finances"],
        description="Een wekelijks voedselpakket voor huishoudens die tijdelijk te weinig geld hebben.",
    ),
    dict(
        name="Mantelzorgondersteuning",
        domains=["social_network", "domestic_relations"],
        description="Advies, een luisterend oor en respijtzorg voor wie zorgt voor een naaste.",
    ),
    dict(
        name="Maatje voor ouderen",
        domains=["social_network"],
        min_age=65,
        description="Een vrijwilliger komt elke week langs voor een praatje, een wandeling of koffie.",
    ),
    dict(
        name="Vriendschappelijk huisbezoek",
        domains=["social_network"],
        description="Voelt u zich vaak alleen? Een vrijwilliger komt regelmatig bij u op bezoek.",
    ),
    dict(
        name="Buurtkamer De Linde",
        domains=["social_network", "community_participation"],
        district="own",
        description="Een gezellige plek in de wijk: koffie, een spelletje en mensen uit de buurt ontmoeten.",
    ),
    dict(
        name="Buurtkamer Het Anker",
        domains=["social_network", "community_participation"],
        district="other",
        description="Een gezellige plek in de wijk: koffie, een spelletje en mensen uit de buurt ontmoeten.",
    ),
    dict(
        name="Rolstoeluitleen",
        domains=["physical_health"],
        description="Voor korte tijd een rolstoel, rollator of krukken lenen, bijvoorbeeld na een operatie.",
    ),
    dict(
        name="Hulpmiddelen (Wmo)",
        domains=["basic_adl"],
        level=CUSTOMISED,
        free_access=False,
        description="Heeft u lange tijd een rolstoel of scootmobiel nodig? De gemeente kijkt met u wat past. "
        "Hiervoor is een beschikking nodig.",
    ),
    dict(
        name="Huishoudelijke ondersteuning (Wmo)",
        domains=["instrumental_adl"],
        level=CUSTOMISED,
        free_access=False,
        description="Hulp bij het schoonhouden van uw huis als u dat zelf niet meer kunt. "
        "Hiervoor is een beschikking nodig.",
    ),
    dict(
        name="Opvoedspreekuur",
        domains=["domestic_relations"],
        description="Vragen over opvoeden en opgroeien? Kom langs op het spreekuur van het "
        "Centrum voor Jeugd en Gezin.",
    ),
    dict(
        name="Jongerenwerk",
        domains=["daytime_activities", "work_education"],
        min_age=12,
        max_age=23,
        description="Jongerenwerkers in de wijk: een plek om te chillen, hulp bij school, werk en gedoe thuis.",
    ),
    dict(
        name="Wijkverpleging",
        domains=["physical_health", "basic_adl"],
        level=NEARBY,
        description="Verpleging en verzorging thuis, bijvoorbeeld bij wassen en aankleden of medicijnen.",
    ),
    dict(
        name="Taalcafé",
        domains=["work_education"],
        description="Oefen Nederlands praten met vrijwilligers, elke dinsdagochtend in de bibliotheek.",
    ),
    dict(
        name="Regiotaxi",
        domains=["community_participation"],
        level=NEARBY,
        free_access=False,
        description="Vervoer van deur tot deur in de regio, voor wie niet zelf kan reizen. U heeft een pas nodig.",
    ),
    dict(
        name="Automaatje",
        domains=["community_participation"],
        description="Een vrijwilliger rijdt u met de eigen auto naar de huisarts, het ziekenhuis of familie.",
    ),
    dict(
        name="Werkcoach",
        domains=["work_education"],
        level=NEARBY,
        min_age=18,
        max_age=67,
        description="Samen zoeken naar betaald werk dat bij u past: solliciteren, een cv maken en een werkplek.",
    ),
    dict(
        name="Dagbesteding ouderen",
        domains=["daytime_activities"],
        level=NEARBY,
        min_age=55,
        description="Activiteiten overdag in een groep: samen koken, bewegen en creatief bezig zijn.",
    ),
    dict(
        name="Sociaal raadslieden",
        domains=["justice", "finances"],
        description="Gratis advies over uw rechten, brieven van instanties, bezwaar maken en toeslagen.",
    ),
    dict(
        name="Cursus In Balans",
        domains=["physical_health"],
        min_age=65,
        description="In acht lessen leert u hoe u kunt voorkomen dat u valt.",
    ),
    dict(
        name="Praktijkondersteuner GGZ",
        domains=["mental_health"],
        level=NEARBY,
        free_access=False,
        description="Gesprekken bij somberheid, angst of stress, via uw huisarts.",
    ),
    dict(
        name="Klusjesdienst",
        domains=["housing"],
        keywords="lamp ophangen, kraan, tuin",
        description="Vrijwilligers doen kleine klussen in en om het huis.",
    ),
    dict(
        name="Boodschappenbus",
        domains=["instrumental_adl"],
        active=False,
        description="Een bus brengt u elke donderdag naar de supermarkt.",
    ),
]


@pytest.fixture
def social_map(world, make_service):
    """The social map above, for municipality A; one service of municipality B with the same words."""
    own = world.district
    other = world.municipality.districts.exclude(pk=own.pk).get()
    services = {}
    for spec in SOCIAL_MAP:
        spec = dict(spec)
        name, district = spec.pop("name"), spec.pop("district", None)
        districts = [own] if district == "own" else [other] if district == "other" else []
        services[name] = make_service(name, districts=districts, **spec)
    make_service(
        "Boodschappenhulp Langedijk",
        municipality=world.other_municipality,
        description="Een vrijwilliger doet boodschappen voor u. Eenzaam? Geldzorgen? Rolstoel nodig?",
    )
    return services


def names(result):
    services = result.services if hasattr(result, "services") else result
    return [service.name for service in services]


def search(world, query, **kwargs):
    return search_services(municipality_id=world.municipality.pk, query=query, **kwargs)


@pytest.mark.parametrize(
    ("question", "fitting"),
    [
        ("ik kan mijn boodschappen niet meer doen", {"Boodschappendienst"}),
        ("geldzorgen", {"Schuldhulpverlening", "Budgetcoaching", "Voedselbank"}),
        ("Ik kan mijn rekeningen niet meer betalen", {"Schuldhulpverlening", "Budgetcoaching"}),
        ("eenzaam", {"Maatje voor ouderen", "Vriendschappelijk huisbezoek"}),
        ("ik heb niemand om mee te praten", {"Maatje voor ouderen", "Vriendschappelijk huisbezoek"}),
        ("rolstoel", {"Rolstoeluitleen", "Hulpmiddelen (Wmo)"}),
        ("scootmobiel", {"Hulpmiddelen (Wmo)"}),
        ("hulp bij het huishouden", {"Huishoudelijke ondersteuning (Wmo)"}),
        ("Ik zorg voor mijn moeder en het wordt me te veel", {"Mantelzorgondersteuning"}),
        ("vervoer naar het ziekenhuis", {"Automaatje", "Regiotaxi"}),
        ("nederlands leren", {"Taalcafé"}),
        ("ik zoek werk", {"Werkcoach"}),
        ("mijn puber luistert niet", {"Opvoedspreekuur"}),
        ("ik voel me somber", {"Praktijkondersteuner GGZ"}),
        ("warm eten", {"Maaltijdservice"}),
        ("bang om te vallen", {"Cursus In Balans"}),
        ("wie kan een lamp ophangen", {"Klusjesdienst"}),
    ],
)
def test_everyday_questions_find_a_fitting_service_in_the_top_3(world, social_map, question, fitting):
    top = names(search(world, question))[:3]

    assert fitting & set(top), top


def test_a_typo_still_finds_the_service_and_says_what_was_searched(world, social_map):
    boodschapen = search(world, "boodschapen")
    rolstoul = search(world, "rolstoul")
    spelled_wrong_twice = search(world, "schuldhulpverleninq budgetcoahcing")

    assert names(boodschapen)[0] == "Boodschappendienst"
    assert names(rolstoul)[:2] == ["Rolstoeluitleen", "Hulpmiddelen (Wmo)"]
    assert rolstoul.corrections == {"rolstoul": "rolstoel"}
    assert set(names(spelled_wrong_twice)[:2]) == {"Schuldhulpverlening", "Budgetcoaching"}
    assert spelled_wrong_twice.corrections == {
        "schuldhulpverleninq": "schuldhulpverlening",
        "budgetcoahcing": "budgetcoaching",
    }


def test_a_word_that_resembles_nothing_is_not_corrected(world, social_map):
    result = search(world, "xylofoon")

    assert (names(result), result.corrections) == ([], {})


def test_parts_of_compound_words_are_found(world, social_map):
    # The name holds "rolstoel" and "boodschappen" only inside a longer word.
    assert names(search(world, "rolstoel"))[0] == "Rolstoeluitleen"
    assert names(search(world, "boodschappen"))[0] == "Boodschappendienst"
    # A compound the resident makes up is split too.
    assert names(search(world, "rolstoelhulp"))[0] == "Rolstoeluitleen"
    assert "Klusjesdienst" in names(search(world, "klussen"))


def test_stems_find_other_forms_of_a_word(world, social_map):
    assert names(search(world, "maaltijden"))[0] == "Maaltijdservice"
    assert "Maatje voor ouderen" in names(search(world, "maatjes"))[:3]
    assert names(search(world, "OPVOEDEN"))[0] == "Opvoedspreekuur"
    assert names(search(world, "taalcafe"))[0] == "Taalcafé"  # without the accent
    assert names(search(world, "valt"))[0] == "Cursus In Balans"  # "valt" and "vallen" are one word


def test_a_synonym_group_added_by_an_editor_counts_once_synonyms_changed(world, social_map):
    assert names(search(world, "stamppot")) == []

    SynonymGroup.objects.create(words="stamppot, warme maaltijd, hutspot")
    synonyms_changed()

    assert names(search(world, "stamppot")) == ["Maaltijdservice"]
    assert names(search(world, "hutspot")) == ["Maaltijdservice"]


def test_the_default_synonyms_are_loaded_for_the_editors(world):
    words = " | ".join(SynonymGroup.objects.values_list("words", flat=True))

    assert SynonymGroup.objects.count() >= 60
    assert "geldzorgen" in words and "rolstoel" in words and "eenzaam" in words


def test_lower_rungs_of_the_ladder_come_first_when_services_match_equally(world, make_service):
    text = "Hulp bij kleine klussen in huis."
    make_service("Aanpassingen (Wmo)", description=text, level=CUSTOMISED)
    make_service("Bouwteam in de wijk", description=text, level=NEARBY)
    make_service("Zelf klussen met buren", description=text, level=GENERAL)

    assert names(search(world, "klussen")) == [
        "Zelf klussen met buren",
        "Bouwteam in de wijk",
        "Aanpassingen (Wmo)",
    ]


def test_relevance_weighs_more_than_the_ladder(world, make_service):
    make_service("Rolstoelpool", description="Rolstoelen te leen.", level=CUSTOMISED)
    make_service("Vrijwilligerscentrale", description="Ook iemand die uw rolstoel duwt.", level=GENERAL)

    assert names(search(world, "rolstoel")) == ["Rolstoelpool", "Vrijwilligerscentrale"]


def test_services_in_the_residents_district_come_first(world, social_map, make_service):
    make_service(
        "Buurtkamer voor iedereen",
        description="Een gezellige plek in de wijk: koffie, een spelletje en mensen uit de buurt ontmoeten.",
    )

    def buurtkamers(result):
        return [name for name in names(result) if name.startswith("Buurtkamer")]

    nearby_first = buurtkamers(search(world, "buurtkamer", prefer_district_id=world.district.pk))
    by_name = buurtkamers(search(world, "buurtkamer"))

    assert nearby_first == ["Buurtkamer De Linde", "Buurtkamer voor iedereen", "Buurtkamer Het Anker"]
    assert by_name == ["Buurtkamer De Linde", "Buurtkamer Het Anker", "Buurtkamer voor iedereen"]


def test_filter_by_life_domain(world, social_map):
    money = search(world, "hulp", filters=SearchFilters(life_domain_codes=("finances", "justice")))
    browse = search(world, "", filters=SearchFilters(life_domain_codes=("finances",)))

    assert set(names(money)) == {"Schuldhulpverlening", "Formulierenhulp en thuisadministratie"}
    assert names(browse) == [
        "Budgetcoaching",
        "Formulierenhulp en thuisadministratie",
        "Sociaal raadslieden",
        "Voedselbank",
        "Schuldhulpverlening",
    ]
    assert browse.total == 5


def test_filter_by_district_keeps_services_for_the_whole_municipality(world, social_map):
    in_district = names(search(world, "koffie", filters=SearchFilters(district_id=world.district.pk)))

    assert "Buurtkamer De Linde" in in_district
    assert "Maatje voor ouderen" in in_district
    assert "Buurtkamer Het Anker" not in in_district


def test_filter_by_age_treats_a_missing_bound_as_open(world, social_map):
    def found(age, query="vrijwilliger"):
        return set(names(search(world, query, filters=SearchFilters(age=age))))

    assert "Maatje voor ouderen" in found(80)  # from 65, no upper bound
    assert "Maatje voor ouderen" not in found(40)
    assert "Jongerenwerk" in found(23, "wijk") and "Jongerenwerk" not in found(24, "wijk")
    assert "Boodschappendienst" in found(5) and "Boodschappendienst" in found(100)  # no bounds
    assert "Werkcoach" in found(18, "werk") and "Werkcoach" not in found(17, "werk")


def test_filter_free_access_leaves_out_what_needs_a_decision_or_referral(world, social_map):
    free = names(search(world, "rolstoel", filters=SearchFilters(free_access_only=True)))
    everything = names(search(world, "rolstoel"))

    assert free == ["Rolstoeluitleen"]
    assert "Hulpmiddelen (Wmo)" in everything


def test_an_empty_question_lists_everything_on_the_ladder_then_by_name(world, social_map):
    result = search(world, "   ", limit=5, offset=0)
    rest = search(world, "", limit=100, offset=5)

    active = Service.objects.filter(municipality=world.municipality, active=True).count()
    assert result.total == active
    assert names(result) == [
        "Automaatje",
        "Boodschappendienst",
        "Budgetcoaching",
        "Buurtkamer De Linde",
        "Buurtkamer Het Anker",
    ]
    assert len(rest.services) == active - 5
    assert [service.level for service in rest.services] == sorted(service.level for service in rest.services)


def test_paging_through_results(world, social_map):
    everything = search(world, "vrijwilliger", limit=100)
    first = search(world, "vrijwilliger", limit=3)
    second = search(world, "vrijwilliger", limit=3, offset=3)

    assert everything.total == len(everything.services) > 6
    assert first.total == everything.total
    assert names(first) + names(second) == names(everything)[:6]


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE directory_service; --",
        "<script>alert('rolstoel')</script>",
        "rolstoel\x00\x00 OR 1=1",
        "?!?!... ,,, ;;; ---",
        "a" * 10_000,
        "boodschappen " * 2_000,
        "🙂🙈 rolstoel 👍🏽",
        '"rolstoel" AND NOT NEAR(a b) *',
        "rolst* ^^ $$ {}:()",
        "%_\\%",
        "\ud800 surrogaat",
        "'s avonds hulp",
        "één twee",
    ],
)
def test_hostile_or_odd_input_gives_results_or_nothing_never_an_error(world, social_map, query):
    result = search(world, query)
    suggestions = suggest_services(municipality_id=world.municipality.pk, text=query)

    assert len(result.query) <= MAX_QUERY_LENGTH
    assert not any(bad in result.query for bad in ("<", "\x00", ";", "--", "*"))
    assert result.total >= len(result.services)
    assert isinstance(suggestions, list)


def test_markup_and_nul_bytes_are_left_out_of_the_words(world, social_map):
    assert names(search(world, "<b>rolstoel</b>"))[0] == "Rolstoeluitleen"
    assert names(search(world, "\x00boodschappen\x00"))[0] == "Boodschappendienst"
    assert search(world, "<b>rolstoel</b>").query == "rolstoel"


def test_only_small_words_find_nothing(world, social_map):
    result = search(world, "ik wil het niet meer")

    assert (result.services, result.total, result.query) == ([], 0, "ik wil het niet meer")


def test_suggestions_while_typing_complete_the_last_word(world, social_map):
    def suggest(text, limit=6):
        return names(suggest_services(municipality_id=world.municipality.pk, text=text, limit=limit))

    assert suggest("boodsch")[0] == "Boodschappendienst"
    assert suggest("ik kan mijn boodsch")[0] == "Boodschappendienst"
    assert suggest("rolst")[0] == "Rolstoeluitleen"
    assert suggest("maaltijd")[0] == "Maaltijdservice"
    assert suggest("geldzorgen ")[0] == "Schuldhulpverlening"  # a finished word: its synonyms count too
    assert suggest("geldzorgen")[0] == "Schuldhulpverlening"  # a whole word being typed as well
    assert len(suggest("vrijw", limit=2)) == 2
    assert suggest("") == [] and suggest("   ") == [] and suggest("b") == []


def test_inactive_services_are_never_found(world, social_map):
    bus = Service.objects.get(name="Boodschappenbus")

    assert "Boodschappenbus" not in names(search(world, "supermarkt boodschappen bus"))
    assert "Boodschappenbus" not in names(
        suggest_services(municipality_id=world.municipality.pk, text="boodsch")
    )
    assert "Boodschappenbus" not in names(search(world, "", limit=100))
    assert not ServiceSearchEntry.objects.filter(service=bus).exists()

    # Switched off without reindexing (a bulk update): still not found.
    Service.objects.filter(name="Rolstoeluitleen").update(active=False)
    assert "Rolstoeluitleen" not in names(search(world, "rolstoel"))


def test_services_of_another_municipality_are_never_found(world, social_map):
    for query in ("boodschappen", "langedijk", "eenzaam", "rolstoel", ""):
        assert "Boodschappenhulp Langedijk" not in names(search(world, query, limit=100))
    assert names(search_services(municipality_id=world.other_municipality.pk, query="boodschappen")) == [
        "Boodschappenhulp Langedijk"
    ]


def test_after_a_rename_the_new_name_is_found_and_the_old_one_not(world, social_map):
    service = social_map["Klusjesdienst"]
    service.name = "Reparatiepunt"
    service.description = "Breng uw kapotte stofzuiger of fiets: vrijwilligers repareren hem met u."
    service.keywords = ""
    service.save()
    index_services([service.pk])

    assert names(search(world, "reparatiepunt")) == ["Reparatiepunt"]
    assert names(search(world, "stofzuiger")) == ["Reparatiepunt"]
    assert "Reparatiepunt" not in names(search(world, "klusjesdienst"))
    assert not SearchTerm.objects.filter(term="klusjesdienst").exists()


def test_document_counts_follow_every_change(world, social_map, make_service):
    extra = make_service("Klusjesdienst West", description="Kleine klussen in huis.")
    social_map["Taalcafé"].active = False
    social_map["Taalcafé"].save()
    Service.objects.filter(pk=extra.pk).update(name="Klussenhulp West")
    index_services([extra.pk, social_map["Taalcafé"].pk])

    counted = {}
    for entry in ServiceSearchEntry.objects.all():
        for term in set(entry.name_terms.split()) | set(entry.body_terms.split()):
            counted[term] = counted.get(term, 0) + 1
    assert dict(SearchTerm.objects.values_list("term", "document_count")) == counted
    assert counted["klussenhulp"] == 1 and "taalcafe" not in counted


def test_a_rebuild_gives_the_same_answers(world, social_map):
    questions = [
        "ik kan mijn boodschappen niet meer doen",
        "geldzorgen",
        "eenzaam",
        "rolstoel",
        "boodschapen",
    ]
    before = [names(search(world, question)) for question in questions]

    indexed = rebuild_index()

    assert indexed == Service.objects.filter(active=True).count()
    assert [names(search(world, question)) for question in questions] == before


def test_rebuilding_one_municipality_leaves_the_other_alone(world, social_map):
    assert rebuild_index(municipality_id=world.municipality.pk) == len(SOCIAL_MAP) - 1
    assert names(search_services(municipality_id=world.other_municipality.pk, query="rolstoel")) == [
        "Boodschappenhulp Langedijk"
    ]


def test_the_management_command_rebuilds_the_index(world, social_map, capsys):
    ServiceSearchEntry.objects.all().delete()

    call_command("reindex_social_map")

    assert names(search(world, "rolstoel"))[0] == "Rolstoeluitleen"
    assert f"voor {Service.objects.filter(active=True).count()} actieve diensten" in capsys.readouterr().out


def test_a_search_takes_a_few_queries_however_many_services_match(world, social_map):
    search(world, "warm up")  # the synonyms are read once per process (and after a change)

    with CaptureQueriesContext(connection) as one:
        search(world, "scootmobiel")
    with CaptureQueriesContext(connection) as many:
        search(world, "vrijwilliger hulp wijk", limit=50)
    with CaptureQueriesContext(connection) as typo:
        search(world, "rolstoul")
    with CaptureQueriesContext(connection) as suggestion:
        suggest_services(municipality_id=world.municipality.pk, text="ik kan mijn boodsch")

    assert len(one) == len(many) == 4  # vocabulary, candidates, services, their life domains
    assert len(typo) == 5  # and the typo candidates
    assert len(suggestion) <= 4


def test_the_exact_ranking_is_the_same_on_every_database(world, social_map):
    """This runs on SQLite and on PostgreSQL: the same literal answers show both engines agree."""
    assert names(search(world, "geldzorgen")) == [
        "Schuldhulpverlening",
        "Budgetcoaching",
        "Voedselbank",  # says "geld" and "weinig geld": two ways
        "Formulierenhulp en thuisadministratie",
    ]
    assert names(search(world, "eenzaam")) == [
        "Buurtkamer De Linde",  # a synonym in the name, and "ontmoeten" in the text
        "Buurtkamer Het Anker",
        "Vriendschappelijk huisbezoek",
        "Maatje voor ouderen",
        "Automaatje",  # "maatje" only inside a word of the name
        "Maaltijdservice",  # "buurthuis" in the text
    ]
    assert names(search(world, "eenzaam", prefer_district_id=world.district.pk))[:4] == [
        "Buurtkamer De Linde",
        "Vriendschappelijk huisbezoek",
        "Maatje voor ouderen",
        "Buurtkamer Het Anker",  # serves another district only
    ]
    assert names(search(world, "rolstoul scootmobil")) == [
        "Hulpmiddelen (Wmo)",
        "Rolstoeluitleen",
    ]
