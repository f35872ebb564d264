"""Triage rules per municipality: ordered, first match wins, explained on screen."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from plein.areas.models import District, Team
from plein.core.models import LifeDomain
from plein.intake import services
from plein.intake.admin import TriageRuleAdminForm
from plein.intake.models import Request, TriageRule
from plein.intake.triage import render_explanation, triage
from tests import factories


def domains(*codes):
    return [LifeDomain.objects.get(code=code) for code in codes]


def unsaved(postcode="1701AB", **fields) -> Request:
    values = {
        "reference": "V-TEST",
        "channel": Request.Channel.PHONE,
        "source": Request.Source.RESIDENT,
        "question": "Ik heb hulp nodig.",
        "postcode": postcode,
        "house_number": 3,
        "received_at": timezone.now(),
    }
    values.update(fields)
    return Request(**values)


def rule(municipality, *, order=10, life_domains=(), districts=(), **fields) -> TriageRule:
    fields.setdefault("name", f"Regel {order}")
    fields.setdefault("route_to", TriageRule.RouteTo.CENTRAL_QUEUE)
    made = TriageRule.objects.create(municipality=municipality, order=order, **fields)
    made.life_domains.set(life_domains)
    made.districts.set(districts)
    return made


@pytest.fixture
def zuid(world):
    return Team.objects.get(name="Team Zuid")


@pytest.fixture
def youth(world):
    team = factories.TeamFactory(
        municipality=world.municipality, name="Jeugdteam", kind=Team.Kind.YOUTH_AND_FAMILY
    )
    team.districts.add(world.district)
    return team


# The default, when no rule matches


def test_without_rules_the_address_decides_and_the_question_is_classified(world):
    single = triage(unsaved(), life_domains=domains("finances"))
    several = triage(unsaved(), life_domains=domains("finances", "housing"))

    assert single.team == world.team and single.rule_name == ""
    assert "Team Noord bedient wijk" in single.explanation
    assert "Enkelvoudige vraag" in single.explanation and not single.propose_case_conference
    assert "Meervoudige vraag: 2 leefgebieden" in several.explanation
    assert not several.propose_case_conference


def test_three_or_more_domains_propose_the_case_conference(world):
    result = triage(unsaved(), life_domains=domains("finances", "housing", "mental_health"))

    assert result.team == world.team
    assert result.propose_case_conference
    assert "Meervoudige vraag: 3 leefgebieden" in result.explanation
    assert "afstemmingsoverleg" in result.explanation


def test_without_domains_no_classification_is_claimed(world):
    result = triage(unsaved())

    assert result.explanation == f"Team Noord bedient wijk {world.district}, waar het adres ligt."


def test_an_unknown_address_goes_to_the_central_queue(world):
    result = triage(unsaved(postcode="9999ZZ"), life_domains=domains("finances"))

    assert result.team is None and "centrale wachtrij" in result.explanation


def test_a_saved_request_brings_its_own_domains(world):
    request = services.request_register(
        channel=Request.Channel.WEB,
        source=Request.Source.RESIDENT,
        question="Schulden, huis en zorgen.",
        postcode="1701AB",
        house_number=3,
        life_domains=domains("finances", "housing", "mental_health"),
    )

    assert triage(request).propose_case_conference
    assert request.events.get(kind="triaged").note == triage(request).explanation


# Rules


def test_the_first_matching_rule_wins_in_order(world, zuid):
    rule(world.municipality, order=20, name="Later", route_to="team", team=world.team)
    rule(world.municipality, order=10, name="Eerst", route_to="team", team=zuid)

    result = triage(unsaved())

    assert result.team == zuid and result.rule_name == "Eerst"
    assert result.explanation == "Volgens regel “Eerst”: Team Zuid."


def test_inactive_rules_are_ignored(world, zuid):
    rule(world.municipality, order=1, route_to="team", team=zuid, active=False)

    assert triage(unsaved()).team == world.team


def test_rules_of_another_municipality_do_not_apply(world):
    rule(world.other_municipality, order=1, name="Alles centraal in B")

    in_a = triage(unsaved())
    in_b = triage(unsaved(postcode="1721CD"))

    assert in_a.team == world.team and in_a.rule_name == ""
    assert in_b.team is None and in_b.rule_name == "Alles centraal in B"


def test_the_explanation_fills_in_team_district_and_domains(world, zuid):
    rule(
        world.municipality,
        route_to="team",
        team=zuid,
        explanation="Naar {team}: adres in {district}, vraag over {domains}. {onbekend}",
    )

    result = triage(unsaved(), life_domains=domains("finances", "housing"))

    assert result.explanation == (
        f"Naar Team Zuid: adres in {world.district}, vraag over Financiën, Huisvesting. {{onbekend}}"
    )


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("{team}", "T"),
        ("{team.__class__}", "{team.__class__}"),
        ("{team:>20} {0} {}", "T {0} {}"),
        ("{{team}} blijft letterlijk", "{team} blijft letterlijk"),
        ("kapot {team", "kapot {team"),
        ("kapot }", "kapot }"),
    ],
)
def test_an_explanation_template_never_crashes_nor_reaches_into_objects(template, expected):
    assert render_explanation(template, {"team": "T"}) == expected


def test_domain_count_bounds(world, zuid):
    rule(
        world.municipality,
        name="Meervoudig",
        min_life_domains=2,
        max_life_domains=3,
        route_to="team",
        team=zuid,
    )

    assert triage(unsaved(), life_domains=domains("finances")).team == world.team
    assert triage(unsaved(), life_domains=domains("finances", "housing")).rule_name == "Meervoudig"
    assert (
        triage(unsaved(), life_domains=domains("finances", "housing", "justice", "substance_use")).team
        == world.team
    )


def test_a_rule_over_life_domains_matches_when_any_is_touched(world, zuid):
    rule(world.municipality, life_domains=domains("justice", "substance_use"), route_to="team", team=zuid)

    assert triage(unsaved(), life_domains=domains("finances", "justice")).team == zuid
    assert triage(unsaved(), life_domains=domains("finances")).team == world.team
    assert triage(unsaved()).team == world.team


def test_a_rule_over_districts_matches_the_address(world):
    second = District.objects.get(cbs_code="WK039802")
    rule(world.municipality, districts=[second], explanation="Wijk {district} via de centrale wachtrij.")

    assert triage(unsaved()).team == world.team
    in_second = triage(unsaved(postcode="1702CD"))
    assert in_second.team is None and in_second.explanation == f"Wijk {second} via de centrale wachtrij."


def test_a_rule_over_urgency_and_source(world, zuid):
    rule(world.municipality, order=1, urgency="crisis", route_to="team", team=zuid, name="Crisis")
    rule(world.municipality, order=2, source="anonymous", name="Anoniem")

    assert triage(unsaved(urgency="crisis")).rule_name == "Crisis"
    assert triage(unsaved(source="anonymous")).rule_name == "Anoniem"
    assert triage(unsaved(source="anonymous", urgency="crisis")).rule_name == "Crisis"
    assert triage(unsaved(urgency="urgent", source="professional")).rule_name == ""


def test_a_rule_over_minors_distinguishes_yes_no_and_any(world, zuid):
    rule(
        world.municipality, order=1, minors_involved=False, name="Zonder kinderen", route_to="team", team=zuid
    )

    assert triage(unsaved(minors_involved=False)).rule_name == "Zonder kinderen"
    assert triage(unsaved(minors_involved=True)).rule_name == ""

    rule(world.municipality, order=2, minors_involved=None, name="Altijd")
    assert triage(unsaved(minors_involved=True)).rule_name == "Altijd"


def test_a_rule_combines_its_conditions(world, zuid):
    rule(
        world.municipality,
        urgency="urgent",
        life_domains=domains("housing"),
        route_to="team",
        team=zuid,
        name="Spoed wonen",
    )

    assert triage(unsaved(urgency="urgent"), life_domains=domains("housing")).rule_name == "Spoed wonen"
    assert triage(unsaved(urgency="urgent"), life_domains=domains("finances")).rule_name == ""
    assert triage(unsaved(), life_domains=domains("housing")).rule_name == ""


def test_a_team_kind_rule_routes_to_that_kind_serving_the_district(world, youth):
    rule(
        world.municipality,
        source="professional",
        route_to="team_kind",
        team_kind=Team.Kind.YOUTH_AND_FAMILY,
        explanation="Signaal van een professional: {team} bedient {district}.",
    )

    result = triage(unsaved(source="professional"))

    assert result.team == youth
    assert result.explanation == f"Signaal van een professional: Jeugdteam bedient {world.district}."


def test_a_rule_that_cannot_be_carried_out_is_passed_over(world, youth):
    # Only district WK039801 has a youth team; in WK039802 the first rule cannot route.
    rule(world.municipality, order=1, route_to="team_kind", team_kind="youth_family", name="Jeugd")
    rule(world.municipality, order=2, route_to="team_kind", team_kind="specialist", name="Specialist")
    rule(world.municipality, order=3, name="Vangnet")

    assert triage(unsaved()).rule_name == "Jeugd"
    fallback = triage(unsaved(postcode="1702CD"))
    assert fallback.rule_name == "Vangnet" and fallback.team is None


def test_a_rule_can_propose_the_case_conference(world):
    rule(
        world.municipality,
        urgency="crisis",
        route_to="team_kind",
        team_kind="neighbourhood",
        propose_case_conference=True,
    )

    assert triage(unsaved(urgency="crisis")).propose_case_conference
    assert not triage(unsaved()).propose_case_conference


def test_registering_a_request_follows_the_rules_and_records_why(world, zuid):
    rule(
        world.municipality,
        life_domains=domains("justice"),
        route_to="team",
        team=zuid,
        explanation="Justitie loopt via {team}.",
    )

    request = services.request_register(
        channel=Request.Channel.PHONE,
        source=Request.Source.RESIDENT,
        question="Mijn zoon is opgepakt.",
        postcode="1701AB",
        house_number=3,
        life_domains=(domain for domain in domains("justice")),  # any iterable, used twice
    )

    assert request.team == zuid and request.municipality == world.municipality
    assert list(request.life_domains.values_list("code", flat=True)) == ["justice"]
    assert request.events.get(kind="triaged").note == "Justitie loopt via Team Zuid."


# Configuration checks


def test_a_rule_needs_the_target_its_route_names(world):
    with pytest.raises(ValidationError) as error:
        TriageRule(municipality=world.municipality, name="x", route_to="team_kind").full_clean()
    assert "team_kind" in error.value.message_dict

    with pytest.raises(ValidationError) as error:
        TriageRule(municipality=world.municipality, name="x", route_to="team").full_clean()
    assert "team" in error.value.message_dict

    with pytest.raises(ValidationError) as error:
        TriageRule(
            municipality=world.municipality, name="x", route_to="team", team=world.other_team
        ).full_clean()
    assert "andere gemeente" in error.value.message_dict["team"][0]

    with pytest.raises(ValidationError) as error:
        TriageRule(
            municipality=world.municipality,
            name="x",
            route_to="central_queue",
            min_life_domains=3,
            max_life_domains=2,
        ).full_clean()
    assert "max_life_domains" in error.value.message_dict


def test_the_admin_form_keeps_districts_within_the_municipality(world):
    form = TriageRuleAdminForm(
        data={
            "municipality": world.municipality.pk,
            "order": 1,
            "name": "Wijk van B",
            "active": "on",
            "districts": [world.other_district.pk],
            "route_to": "central_queue",
        }
    )

    assert not form.is_valid()
    assert "districts" in form.errors


def test_the_admin_lists_and_adds_rules(world, admin_client):
    rule(world.municipality, name="Vangnet")

    assert "Vangnet" in admin_client.get("/admin/intake/triagerule/").content.decode()
    assert admin_client.get("/admin/intake/triagerule/add/").status_code == 200
