"""Cases (casussen) through the API: need-to-know, one household one case, the broad conversation with
ZRM scores, the support plan with optimistic locking, and contacts."""

import datetime
import json

import pytest
from django.utils import timezone

from plein.areas.models import Role, Team
from plein.areas.services import membership_add
from plein.cases import services
from plein.cases.models import Case, SupportPlan
from plein.intake import services as intake_services
from plein.intake.models import Request
from tests import factories
from tests.api.conftest import API

TODAY = timezone.localdate
CASE_LIST_FIELDS = {
    "id",
    "reference",
    "state",
    "state_label",
    "household_id",
    "team",
    "municipality",
    "coordinator",
    "domain_scope",
    "complexity",
    "opened_at",
    "last_reviewed_on",
    "closed_at",
    "closure_reason",
    "lock_version",
}


def send(client, method: str, path: str, body: dict | None = None):
    return getattr(client, method)(
        f"{API}{path}", json.dumps(body if body is not None else {}), content_type="application/json"
    )


def conversation(**fields) -> dict:
    body = {
        "held_on": TODAY().isoformat(),
        "place": "home",
        "others_present": "Partner",
        "client_support_offered": True,
        "question": "Wij willen van de schulden af en weer rust in huis.",
        "own_strength": "Kees kan goed koken en plannen.",
        "network": "Zus helpt met de post.",
        "safety": "no_concerns",
        "scores": [
            {"life_domain": "finances", "score": 2, "finding": "Betalingsachterstanden."},
            {"life_domain": "housing", "score": 4, "finding": ""},
        ],
        "participation_rung": 2,
    }
    body.update(fields)
    return body


@pytest.fixture
def household(register_resident):
    """Two adults at 1701AB, in the district Team Noord serves."""
    anna = register_resident(first_names="Anna", last_name="Jansen")
    household = anna.household_memberships.get().household
    register_resident(
        first_names="Kees", last_name="Jansen", birth_date=datetime.date(1978, 3, 2), household=household
    )
    return household


@pytest.fixture
def case(world, household) -> Case:
    return services.case_open(actor=world.generalist, household=household)


@pytest.fixture
def generalist_api(world, token_client):
    return token_client(world.generalist)


def routed_request(world, household) -> Request:
    resident = household.memberships.order_by("id").first().resident
    request = intake_services.request_register(
        actor=world.front_office,
        channel=Request.Channel.PHONE,
        source=Request.Source.RESIDENT,
        question="Ook de huur loopt achter.",
        resident=resident,
    )
    return intake_services.request_route(actor=world.front_office, request=request, team=world.team)


# --- opening a case ---------------------------------------------------------------------------


def test_a_team_member_opens_a_case_for_a_household_in_the_teams_district(world, household, generalist_api):
    response = send(generalist_api, "post", "/cases", {"household_id": household.pk})

    assert response.status_code == 201
    body = response.json()
    assert body["reference"].startswith("C-")
    assert body["state"] == "registered"
    assert body["state_label"] == "Aangemeld"
    assert body["household_id"] == household.pk
    assert body["team"] == {"id": world.team.pk, "name": "Team Noord"}
    assert body["coordinator"] is None
    assert body["current_plan_id"] is None
    assert Case.objects.get(pk=body["id"]).opened_by == world.generalist


def test_rule_one_household_one_case_refuses_a_second_case_in_dutch(case, household, generalist_api):
    response = send(generalist_api, "post", "/cases", {"household_id": household.pk})

    assert response.status_code == 400
    assert response.json()["errors"] == {
        "household_id": [
            f"Dit huishouden heeft al een lopende casus ({case.reference}). "
            "Eén huishouden, één plan: voeg de melding daaraan toe."
        ]
    }
    assert Case.objects.count() == 1


def test_a_request_for_a_household_with_an_open_case_joins_that_case(world, case, household, generalist_api):
    request = routed_request(world, household)

    response = send(generalist_api, "post", "/cases", {"request_id": request.pk})

    assert response.status_code == 200  # joined, not created
    body = response.json()
    assert body["id"] == case.pk
    assert body["requests"] == [request.reference]
    request.refresh_from_db()
    assert request.status == Request.Status.CLOSED
    assert Case.objects.count() == 1


def test_a_routed_request_becomes_a_new_case(world, household, generalist_api):
    request = routed_request(world, household)

    response = send(generalist_api, "post", "/cases", {"request_id": request.pk})

    assert response.status_code == 201
    assert response.json()["requests"] == [request.reference]


def test_opening_needs_a_request_or_a_household_in_your_area(world, register_resident, generalist_api):
    outsider = register_resident(postcode="1721CD", actor=world.other_generalist)
    elsewhere = outsider.household_memberships.get().household_id

    nothing = send(generalist_api, "post", "/cases", {})
    not_mine = send(generalist_api, "post", "/cases", {"household_id": elsewhere})

    assert nothing.status_code == not_mine.status_code == 400
    assert not_mine.json()["errors"] == {
        "household_id": ["Er is geen huishouden met dit nummer in uw werkgebied."]
    }
    assert not Case.objects.exists()


# --- need-to-know -----------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["other_generalist", "front_office", "policy"])
def test_a_case_outside_need_to_know_does_not_exist(world, case, token_client, who):
    # A generalist of another municipality, and the front office and policy of the same one:
    # none of them works on the household's case.
    client = token_client(getattr(world, who))

    listed = client.get(f"{API}/cases")
    assert listed.status_code == 200
    assert listed.json() == {"items": [], "count": 0, "count_exact": True}
    for path in ("", "/assessments", "/plans", "/contacts"):
        response = client.get(f"{API}/cases/{case.pk}{path}")
        assert response.status_code == 404, path
        assert response.json() == {"detail": "Niet gevonden."}
    written = send(client, "post", f"/cases/{case.pk}/assessments", conversation())
    assert written.status_code == 404
    assert not case.assessments.exists()


def test_a_colleague_of_another_team_serving_the_district_may_read_but_not_write(world, case, token_client):
    youth_team = factories.TeamFactory(
        municipality=world.municipality, name="Jeugd- en gezinsteam", kind=Team.Kind.YOUTH_AND_FAMILY
    )
    youth_team.districts.add(world.district)
    coach = factories.ProfessionalFactory(username="jgcoach")
    membership_add(
        professional=coach,
        role=Role.YOUTH_COACH,
        organisation=world.organisation,
        team=youth_team,
        starts_on=datetime.date(2020, 1, 1),
    )
    client = token_client(coach)

    assert client.get(f"{API}/cases/{case.pk}").status_code == 200
    response = send(client, "post", f"/cases/{case.pk}/assessments", conversation())
    assert response.status_code == 403
    assert not case.assessments.exists()


def test_the_case_list_carries_no_free_text_and_filters(world, case, household, generalist_api):
    send(generalist_api, "post", f"/cases/{case.pk}/assessments", conversation())
    services.coordinator_assign(actor=world.generalist, case=case, professional=world.generalist)

    body = generalist_api.get(f"{API}/cases").json()

    assert body["count"] == 1
    [item] = body["items"]
    assert set(item) == CASE_LIST_FIELDS
    assert item["state"] == "in_conversation"
    assert item["coordinator"] == {"id": world.generalist.pk, "name": str(world.generalist)}
    assert "schulden" not in json.dumps(body)
    assert generalist_api.get(f"{API}/cases?state=in_conversation&mine=true").json()["count"] == 1
    assert generalist_api.get(f"{API}/cases?state=plan").json()["count"] == 0
    assert generalist_api.get(f"{API}/cases?team_id={world.other_team.pk}").json()["count"] == 0


def test_the_case_list_counts_no_further_than_it_needs_to(
    world, register_resident, generalist_api, monkeypatch
):
    monkeypatch.setattr("plein.cases.api.COUNT_AHEAD", 2)
    for _ in range(3):
        household = register_resident().household_memberships.get().household
        services.case_open(actor=world.generalist, household=household)

    first = generalist_api.get(f"{API}/cases?limit=1").json()
    last = generalist_api.get(f"{API}/cases?limit=1&offset=2").json()

    assert (first["count"], first["count_exact"], len(first["items"])) == (2, False, 1)
    assert (last["count"], last["count_exact"], len(last["items"])) == (3, True, 1)


# --- the broad conversation -------------------------------------------------------------------


def test_the_broad_conversation_is_the_start_measurement(world, case, generalist_api):
    response = send(generalist_api, "post", f"/cases/{case.pk}/assessments", conversation())

    assert response.status_code == 201
    body = response.json()
    assert body["moment"] == "start"
    assert body["participation_rung"] == 2
    assert body["scores"] == [
        {"life_domain": "finances", "score": 2, "finding": "Betalingsachterstanden."},
        {"life_domain": "housing", "score": 4, "finding": ""},
    ]
    assert body["recorded_by"]["id"] == world.generalist.pk
    listed = generalist_api.get(f"{API}/cases/{case.pk}/assessments").json()
    assert [a["id"] for a in listed] == [body["id"]]
    assert generalist_api.get(f"{API}/cases/{case.pk}").json()["state"] == "in_conversation"


@pytest.mark.parametrize(
    ("scores", "message"),
    [
        ([{"life_domain": "finances", "score": 6}], "De ZRM-score van Financiën moet 1 tot en met 5 zijn."),
        ([{"life_domain": "finances", "score": 0}], "De ZRM-score van Financiën moet 1 tot en met 5 zijn."),
        ([], "Geef voor ten minste één leefgebied een ZRM-score."),
        ([{"life_domain": "astrology", "score": 3}], "Onbekend leefgebied: astrology."),
        (
            [{"life_domain": "finances", "score": 3}, {"life_domain": "finances", "score": 4}],
            "Geef elk leefgebied één keer een score.",
        ),
    ],
)
def test_rule_zrm_scores_are_1_to_5_bad_scores_are_refused_in_dutch(case, generalist_api, scores, message):
    response = send(generalist_api, "post", f"/cases/{case.pk}/assessments", conversation(scores=scores))

    assert response.status_code == 400
    body = response.json()
    assert body["errors"] == {"scores": [message]}
    assert body["detail"] == message
    assert not case.assessments.exists()


# --- the plan ---------------------------------------------------------------------------------


@pytest.fixture
def draft(case, generalist_api) -> dict:
    send(generalist_api, "post", f"/cases/{case.pk}/assessments", conversation())
    response = send(generalist_api, "post", f"/cases/{case.pk}/plans")
    assert response.status_code == 201
    return response.json()


def plan_text(lock_version: int, **fields) -> dict:
    body = {
        "lock_version": lock_version,
        "result_aimed_for": "Schulden onder controle, rust in huis.",
        "timeline": "Binnen zes maanden.",
        "evaluate_on": (TODAY() + datetime.timedelta(days=90)).isoformat(),
        "agreements": "Anna belt de schuldhulp.",
    }
    body.update(fields)
    return body


def test_starting_a_plan_twice_gives_the_one_draft(case, draft, generalist_api):
    again = send(generalist_api, "post", f"/cases/{case.pk}/plans")

    assert again.status_code == 200
    assert again.json()["id"] == draft["id"]
    assert draft["version"] == 1
    assert draft["status"] == "draft"
    assert draft["missing"] == [
        "het beoogde resultaat",
        "het tijdpad",
        "ten minste één onderdeel van het arrangement",
    ]
    assert generalist_api.get(f"{API}/cases/{case.pk}").json()["current_plan_id"] == draft["id"]


def test_optimistic_locking_a_stale_lock_version_is_a_conflict_and_changes_nothing(
    case, draft, generalist_api
):
    path = f"/cases/{case.pk}/plans/{draft['id']}"
    first = send(generalist_api, "put", path, plan_text(draft["lock_version"]))
    assert first.status_code == 200
    assert first.json()["lock_version"] == draft["lock_version"] + 1
    assert first.json()["result_aimed_for"] == "Schulden onder controle, rust in huis."

    # A colleague's form still holds the version they read before the first save.
    stale = send(
        generalist_api, "put", path, plan_text(draft["lock_version"], result_aimed_for="Iets anders.")
    )

    assert stale.status_code == 409
    body = stale.json()
    assert "lock_version is verouderd" in body["detail"]
    assert body["errors"]["lock_version"] == [
        "Iemand anders heeft dit plan intussen gewijzigd. Uw invoer staat nog in het formulier; "
        "bekijk de nieuwe versie en sla opnieuw op."
    ]
    plan = SupportPlan.objects.get(pk=draft["id"])
    assert plan.result_aimed_for == "Schulden onder controle, rust in huis."
    assert plan.lock_version == draft["lock_version"] + 1


def test_the_plan_carries_its_items_on_the_rungs_and_its_signatures(
    world, case, household, draft, generalist_api
):
    path = f"/cases/{case.pk}/plans/{draft['id']}"
    plan_version = send(generalist_api, "put", path, plan_text(draft["lock_version"])).json()["lock_version"]
    for rung, description in (
        (5, "Gesprekken met de generalist."),
        (1, "Anna opent de post."),
        (2, "Zus helpt."),
    ):
        item = send(
            generalist_api,
            "post",
            f"{path}/items",
            {
                "rung": rung,
                "description": description,
                "performed_by": "Anna",
                "starts_on": TODAY().isoformat(),
                "life_domain": "finances",
            },
        )
        assert item.status_code == 201, item.json()
    plan = SupportPlan.objects.get(pk=draft["id"])
    resident = household.memberships.order_by("id").first().resident
    for signer, extra in (("professional", {}), ("resident", {"resident": resident})):
        services.plan_sign(
            actor=world.generalist, plan=plan, signer=signer, signed_on=TODAY(), method="paper", **extra
        )

    body = generalist_api.get(f"{API}{path}").json()

    assert body["status"] == "signed"
    assert [item["rung"] for item in body["items"]] == [1, 2, 5]
    assert body["items"][0]["rung_label"] == "Eigen kracht"
    assert body["items"][0]["life_domain"] == "finances"
    assert {s["signer"] for s in body["signatures"]} == {"professional", "resident"}
    assert body["missing"] == []
    assert generalist_api.get(f"{API}/cases/{case.pk}").json()["state"] == "execution"
    # A signed version never changes.
    refused = send(generalist_api, "put", path, plan_text(body["lock_version"]))
    assert refused.status_code == 400
    assert refused.json()["detail"] == "Een ondertekend plan verandert niet; maak een nieuwe versie."
    assert plan_version < body["lock_version"]


def test_an_item_with_an_organisation_outside_the_municipality_is_refused_on_its_field(
    world, case, draft, generalist_api
):
    elsewhere = factories.OrganisationFactory(name="Elders BV")
    response = send(
        generalist_api,
        "post",
        f"/cases/{case.pk}/plans/{draft['id']}/items",
        {
            "rung": 4,
            "description": "Maaltijdservice.",
            "performed_by": "Elders BV",
            "starts_on": TODAY().isoformat(),
            "organisation_id": elsewhere.pk,
        },
    )

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["organisation_id"]


# --- contacts ---------------------------------------------------------------------------------


def test_a_contact_is_recorded_with_the_professional_who_was_there(world, case, generalist_api):
    response = send(
        generalist_api,
        "post",
        f"/cases/{case.pk}/contacts",
        {"held_on": TODAY().isoformat(), "kind": "home_visit", "duration_minutes": 75, "with_whom": "Anna"},
    )

    assert response.status_code == 201
    body = response.json()
    assert body["professionals"] == [{"id": world.generalist.pk, "name": str(world.generalist)}]
    assert body["duration_minutes"] == 75
    assert [c["id"] for c in generalist_api.get(f"{API}/cases/{case.pk}/contacts").json()] == [body["id"]]


def test_a_contact_needs_a_sensible_duration_and_colleagues_of_the_case(world, case, generalist_api):
    contact = {"held_on": TODAY().isoformat(), "kind": "phone", "with_whom": "Anna"}

    too_long = send(
        generalist_api, "post", f"/cases/{case.pk}/contacts", {**contact, "duration_minutes": 1441}
    )
    stranger = send(
        generalist_api,
        "post",
        f"/cases/{case.pk}/contacts",
        {**contact, "duration_minutes": 10, "professional_ids": [world.other_generalist.pk]},
    )

    assert too_long.status_code == 400
    assert list(too_long.json()["errors"]) == ["duration_minutes"]
    assert stranger.status_code == 400
    assert list(stranger.json()["errors"]) == ["professional_ids"]
    assert not case.contacts.exists()
