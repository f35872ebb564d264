"""Property-based tests of the REST API with schemathesis.

Schemathesis reads /api/v1/openapi.json from the Django app in-process (WSGI, no server) and, for
every operation, sends generated requests, valid and invalid, with a bearer token: as the front
office of municipality A, for the case operations as a generalist of its Team Noord (the front
office sees no cases, so every request would stop at the 404), and for the decisions operations as a
decision officer of municipality A, with a request, a sent decision, an objection and an allocation. Ids and values are sometimes swapped for ones that exist (the ``world``
fixture plus a few residents), so requests also get past the 404s.

Whatever the input:

* the API never answers 5xx;
* every response is JSON of the documented content type and matches the documented schema for its
  status code;
* the status code is documented for the operation;
* every error body is a JSON object with a string ``detail`` (the contract in ``plein/api.py``),
  also for statuses the document does not list.

Generation is bounded and derandomized (fixed seed, no example database), so CI sends the same
requests on every run.
"""

import datetime
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core import signals
from django.core.cache import cache
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from plein.areas.models import Role
from plein.areas.services import membership_add
from plein.cases import services as case_services
from plein.core.models import LifeDomain
from plein.decisions import services as decision_services
from plein.decisions.catalogue import load_default_catalogue
from plein.decisions.models import CheckAnswer, Provision
from plein.directory import search
from plein.intake.services import request_register
from plein.people.models import Organisation, Resident
from plein.people.services import api_token_issue, household_end_membership
from plein.wsgi import application
from tests import factories
from tests.api.conftest import API
from tests.directory.hsds_data import build_social_map

MAX_EXAMPLES = 25
SEED = 20240611

VALID_BSN = "111222333"
OTHER_VALID_BSN = "123456782"


@schemathesis.check
def error_body_has_detail(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case
) -> bool | None:
    """Every 4xx is a JSON object with a string ``detail``; ``errors``, if present, maps fields to messages."""
    if response.status_code < 400:
        return None
    content_type = response.headers.get("content-type", [""])[0]
    assert content_type.startswith("application/json"), (
        f"{response.status_code} is {content_type!r}, not JSON"
    )
    body = response.json()
    assert isinstance(body, dict), f"{response.status_code} body is not a JSON object: {body!r}"
    assert isinstance(body.get("detail"), str) and body["detail"], (
        f"{response.status_code} body has no string 'detail': {body!r}"
    )
    errors = body.get("errors")
    assert errors is None or (
        isinstance(errors, dict)
        and all(
            isinstance(messages, list) and all(isinstance(message, str) for message in messages)
            for messages in errors.values()
        )
    ), f"{response.status_code} 'errors' is not a mapping of field to messages: {errors!r}"
    return None


CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        "generation": {
            "max-examples": MAX_EXAMPLES,
            "deterministic": True,
            "database": "none",
            # The bearer token below is the only credential; authentication has its own tests.
            "with-security-parameters": False,
        },
        "checks": {
            "enabled": False,
            "not_a_server_error": {"enabled": True},
            "content_type_conformance": {"enabled": True},
            "response_schema_conformance": {"enabled": True},
            "status_code_conformance": {"enabled": True},
            "error_body_has_detail": {"enabled": True},
        },
    }
)
# Loaded at import, in-process: the OpenAPI document needs no database.
schema = schemathesis.openapi.from_wsgi(f"{API}/openapi.json", application, config=CONFIG)


@pytest.fixture
def in_process_requests(db) -> Iterator[None]:
    """Let requests through the real WSGI handler run inside the test's transaction.

    Django's handler closes "old" database connections when a request starts and finishes; inside
    pytest-django's transaction that would throw the connection away (PostgreSQL). Django's own test
    client disconnects these receivers for the same reason.
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def fresh_rate_limits() -> Iterator[None]:
    """The public social map API counts requests per client: each operation starts with a fresh count."""
    cache.clear()
    yield
    cache.clear()


DECISIONS_TAG = "Beschikkingen"
MONITORING_TAG = "Monitoring"


@pytest.fixture
def decision_officer(world):
    officer = factories.ProfessionalFactory(username="consulent")
    membership_add(
        professional=officer,
        role=Role.DECISION_OFFICER,
        organisation=world.organisation,
        municipality=world.municipality,
        starts_on=datetime.date(2020, 1, 1),
        hours_per_week=32,
    )
    return officer


@pytest.fixture
def bearer_headers(in_process_requests, world, decision_officer) -> dict[str, dict[str, str]]:
    """Headers per tag: the case operations as the generalist, the decisions operations as the
    decision officer, the rest as the front office."""
    front_office = {"Authorization": f"Bearer {api_token_issue(professional=world.front_office)}"}
    generalist = {"Authorization": f"Bearer {api_token_issue(professional=world.generalist)}"}
    officer = {"Authorization": f"Bearer {api_token_issue(professional=decision_officer)}"}
    # Monitoring is for policy staff (and team coordinators): anyone else stops at the 404.
    policy = {"Authorization": f"Bearer {api_token_issue(professional=world.policy)}"}
    return {"Casussen": generalist, DECISIONS_TAG: officer, MONITORING_TAG: policy, "": front_office}


def headers_for(case: schemathesis.Case, bearer_headers: dict[str, dict[str, str]]) -> dict[str, str]:
    tags = case.operation.tags or ()
    return next(
        (bearer_headers[tag] for tag in ("Casussen", DECISIONS_TAG, MONITORING_TAG) if tag in tags),
        bearer_headers[""],
    )


def open_case_with_draft_plan(actor, household) -> tuple[int, int]:
    """A case with a broad conversation and a draft plan: (case id, plan id)."""
    case = case_services.case_open(actor=actor, household=household)
    case_services.assessment_record(
        actor=actor,
        case=case,
        held_on=datetime.date(2024, 5, 1),
        place="home",
        resident_present=True,
        others_present="",
        client_support_offered=True,
        client_supporter_present=False,
        question="Grip op geld.",
        own_strength="",
        network="",
        safety="no_concerns",
        scores={LifeDomain.objects.get(code="finances").pk: (2, "")},
        participation_rung=3,
    )
    return case.pk, case_services.plan_start(actor=actor, case=case).pk


@pytest.fixture
def known_values(world, register_resident) -> dict[str, dict[str, list[Any]]]:
    """Values that exist or pass validation, per request part, for ``swap_in_known_values``.

    Some ids are outside the front office's municipality (those must give the same 404 as an id that
    does not exist), and one resident has moved out, so adding them to a household can succeed.
    """
    anna = register_resident(first_names="Anna", last_name="Jansen", bsn=VALID_BSN, house_number=7)
    household = anna.household_memberships.get().household
    child = register_resident(
        first_names="Daan",
        last_name="Jansen",
        birth_date=datetime.date(2015, 3, 1),
        position="child",
        household=household,
        house_number=7,
    )
    piet = register_resident(
        first_names="Piet",
        last_name="de Vries",
        postcode="1702CD",
        house_number=3,
        moved_in_on=datetime.date(2020, 1, 1),
    )
    household_end_membership(
        actor=world.front_office,
        membership=piet.household_memberships.get(),
        ends_on=datetime.date(2024, 1, 1),
    )
    outsider = register_resident(
        first_names="Fatima",
        last_name="El Amrani",
        bsn=OTHER_VALID_BSN,
        postcode="1721CD",
        house_number=5,
        actor=world.other_generalist,
    )
    residents = [anna.pk, child.pk, piet.pk, outsider.pk]
    # A request in the front office's municipality, and one in municipality B (must give a 404).
    requests = [
        request_register(
            actor=actor, channel="phone", source="resident", question="Hulp bij de post.", **address
        ).pk
        for actor, address in (
            (world.front_office, {"postcode": "1701AB", "house_number": 7}),
            (world.other_generalist, {"postcode": "1721CD", "house_number": 5}),
        )
    ]
    households = [household.pk, outsider.household_memberships.get().household_id]
    # A case of Anna's household (Team Noord's), and one in municipality B (must give a 404); each
    # with a draft plan. Piet's household has none, so a case can be opened for it.
    cases, plans = zip(
        open_case_with_draft_plan(world.generalist, household),
        open_case_with_draft_plan(world.other_generalist, outsider.household_memberships.get().household),
        strict=True,
    )
    households.append(piet.household_memberships.get().household_id)
    # The public social map: active services, an inactive one, one in municipality B.
    social_map = build_social_map(world)
    search.rebuild_index()
    services = [social_map.full, social_map.minimal, social_map.inactive, social_map.elsewhere]
    postcodes = ["1701AB", "1701 ab", "1702CD", "1721CD", "9999ZZ"]
    house_numbers = [1, 7, 99, 100]
    return {
        "path": {
            "team_id": [world.team.pk, world.other_team.pk],
            "resident_id": residents,
            "household_id": households,
            "request_id": requests,
            "case_id": list(cases),
            "plan_id": list(plans),
            "service_id": [service.pk for service in services],
            "organisation_id": [social_map.organisation.pk, social_map.bare_organisation.pk],
            "service_hsds_id": [str(service.hsds_id) for service in services],
            "organization_hsds_id": [str(social_map.organisation.hsds_id), str(social_map.inactive.hsds_id)],
        },
        "query": {
            "postcode": postcodes,
            "house_number": house_numbers,
            "team_id": [world.team.pk, world.other_team.pk],
            "state": ["registered", "in_conversation", "plan"],
            "mine": [True, False],
            "q": ["boodschappen", "boodschapen", "<script>alert(1)</script>", "'; DROP TABLE x; --", ""],
            "search": ["formulieren", '" OR 1=1 --'],
            "life_domain": [[], ["finances"], ["finances", "housing"], ["astrology"]],
            "district": [None, "WK039801", "WK041601"],
            "age": [None, 0, 70, 120],
            "municipality": [None, "GM0398", "gm0416", "GM9999"],
            "page": [1, 2],
            "per_page": [1, 100],
        },
        # Request bodies per operation; "all known" also fills in optional fields the body left out.
        "POST /api/v1/residents": {
            "first_names": ["Bram"],
            "last_name": ["Bakker"],
            "birth_date": ["1990-02-28", "2010-12-31"],
            "bsn": [None, "", "999999990", VALID_BSN],
            "phone": ["", "072 123 4567"],
            "email": ["", "bram@example.nl"],
            "postcode": ["", *postcodes],
            "house_number": [None, *house_numbers],
            "household_id": [None, *households],
        },
        "POST /api/v1/residents/search": {
            "name": ["", "Anna", "jans", "de vries"],
            "birth_date": ["", "1980-05-17", "01-03-2015"],
            "bsn": ["", VALID_BSN, OTHER_VALID_BSN, "1112.22.333"],
            "postcode": ["", *postcodes],
            "house_number": [None, *house_numbers],
        },
        "POST /api/v1/requests": {
            "question": ["Kan er iemand langs? 😟", ""],
            "life_domains": [[], ["finances", "housing"], ["astrology"]],
            "resident_id": [None, *residents],
            "postcode": ["", *postcodes],
            "house_number": [None, *house_numbers],
            "contact_email": ["", "inwoner@example.nl"],
            "reporter_email": ["", "melder@example.nl"],
        },
        "POST /api/v1/cases": {
            "request_id": [None, *requests],
            "household_id": [None, *households],
            "forced_framework": ["", "youth_probation"],
        },
        "POST /api/v1/cases/{case_id}/assessments": {
            "held_on": ["2024-05-01", "2999-01-01"],
            "question": ["Ik wil weer grip op mijn geld.", ""],
            "scores": [
                [{"life_domain": "finances", "score": 3, "finding": "Achterstanden."}],
                [{"life_domain": "housing", "score": 6, "finding": ""}],
                [],
            ],
            "participation_rung": [None, 1, 6, 7],
        },
        "PUT /api/v1/cases/{case_id}/plans/{plan_id}": {
            "lock_version": [1, 2],
            "result_aimed_for": ["Schulden onder controle."],
            "timeline": ["Binnen een half jaar."],
            "evaluate_on": [None, "2025-01-01"],
        },
        "POST /api/v1/cases/{case_id}/plans/{plan_id}/items": {
            "rung": [1, 2, 6],
            "description": ["Zelf de post openen."],
            "performed_by": ["Anna"],
            "starts_on": ["2024-06-01"],
            "ends_on": [None, "2024-05-01", "2025-06-01"],
            "life_domain": [None, "finances", "astrology"],
            "organisation_id": [None, world.organisation.pk],
            "service_id": [None],
        },
        "POST /api/v1/cases/{case_id}/contacts": {
            "held_on": ["2024-05-02", datetime.date.today().isoformat()],
            "kind": ["home_visit", "phone"],
            "duration_minutes": [0, 45, 1440, 1441],
            "with_whom": ["Anna", ""],
            "professional_ids": [[], [world.generalist.pk], [world.other_generalist.pk]],
        },
        "POST /api/v1/households/{household_id}/members": {
            "resident_id": residents,
            "starts_on": [None, "2024-06-01"],
        },
    }


@pytest.fixture
def decision_values(world, known_values, decision_officer) -> dict[str, dict[str, list[Any]]]:
    """``known_values`` plus the decisions world: the default catalogue, a request waiting for its
    check, and a sent grant in kind (with its letter) with an objection and an allocation."""
    officer = decision_officer
    load_default_catalogue(world.municipality)
    provider = factories.OrganisationFactory(
        name="Thuiszorg", kind=Organisation.Kind.PROVIDER, agb_code="12345678"
    )
    provider.municipalities.add(world.municipality)
    help_at_home = Provision.objects.get(municipality=world.municipality, name="Huishoudelijke ondersteuning")
    special = Provision.objects.get(municipality=world.municipality, name="Bijzondere bijstand")
    anna_id = known_values["path"]["resident_id"][0]
    anna = Resident.objects.get(pk=anna_id)
    today = datetime.date.today()

    def apply(provision, **fields):
        return decision_services.request_create(
            actor=officer,
            provision=provision,
            resident=anna,
            extent=provision.min_extent,
            desired_start=today,
            justification="Hulp nodig.",
            consent_to_share=True,
            **fields,
        )

    waiting = apply(special, delivery_form="cash")
    granted = apply(help_at_home, delivery_form="in_kind")
    check = decision_services.check_start(actor=officer, request=granted)
    granted.refresh_from_db()
    decision_services.check_record(
        actor=officer,
        request=granted,
        answers={answer.pk: (CheckAnswer.Outcome.MET, "") for answer in check.answers.all()},
        conclusion="meets",
        complete=True,
        expected_version=granted.lock_version,
    )
    result = help_at_home.results.first()
    decision = decision_services.decision_draft(
        actor=officer,
        request=granted,
        outcome="grant",
        reasons="Nodig.",
        result=result,
        extent=help_at_home.min_extent,
        starts_on=today,
        ends_on=today + datetime.timedelta(days=300),
        delivery_form="in_kind",
        provider=provider,
    )
    decision = decision_services.decision_sign(
        actor=officer, decision=decision, expected_version=decision.lock_version
    )
    objection = decision_services.objection_register(
        actor=officer, decision=decision, objector=anna, received_on=today, grounds="Te weinig uren."
    )
    allocation = decision_services.allocation_create(actor=officer, decision=decision)
    requests = [waiting.pk, granted.pk]
    dates = [today.isoformat(), "2020-01-01", (today + datetime.timedelta(days=400)).isoformat()]
    decision_body = {
        "request_id": requests,
        "outcome": ["grant", "partial", "deny"],
        "reasons": ["Nodig.", ""],
        "result_id": [None, result.pk],
        "extent": [None, "1", "2.5", "99"],
        "starts_on": [None, *dates],
        "ends_on": [None, *dates],
        "delivery_form": [None, "in_kind", "pgb", "cash"],
        "provider_id": [None, provider.pk],
        "budget": [None, "100", "0"],
    }
    values = {
        "path": known_values["path"]
        | {
            "provision_request_id": requests,
            "decision_id": [decision.pk],
            "objection_id": [objection.pk],
            "allocation_id": [allocation.pk],
        },
        "query": known_values["query"]
        | {
            "law": ["wmo", "participatiewet"],
            "status": ["submitted", "in_check", "sent"],
            "request_id": requests,
            "decision_id": [decision.pk],
            "open": [True, False],
        },
        "POST /api/v1/provision-requests": {
            "provision_id": [help_at_home.pk, special.pk],
            "resident_id": known_values["path"]["resident_id"],
            "extent": ["1", "0", "3.5", "9"],
            "desired_start": dates,
            "delivery_form": ["in_kind", "pgb", "cash"],
            "justification": ["Hulp nodig.", ""],
            "result_id": [None, result.pk],
            "pgb_plan": ["", "Ik koop zelf in."],
            "plan_item_id": [None],
            "applied_on": [None, *dates],
        },
        "PUT /api/v1/provision-requests/{provision_request_id}/check": {
            "lock_version": [1, 2, 3],
            "answers": [
                [],
                [{"id": answer.pk, "outcome": "met", "note": ""} for answer in check.answers.all()],
            ],
            "conclusion": [None, "meets"],
            "complete": [True, False],
        },
        "POST /api/v1/decisions": decision_body | {"follows_objection_id": [None, objection.pk]},
        "PUT /api/v1/decisions/{decision_id}": decision_body | {"lock_version": [1, 2, 3]},
        "POST /api/v1/decisions/{decision_id}/sign": {"lock_version": [1, 2, 3]},
        "POST /api/v1/objections": {
            "decision_id": [decision.pk],
            "objector_id": known_values["path"]["resident_id"],
            "received_on": dates,
            "grounds": ["Oneens.", ""],
        },
        "POST /api/v1/objections/{objection_id}/decide": {
            "lock_version": [1, 2],
            "outcome": ["upheld", "rejected", "withdrawn"],
            "outcome_note": ["Zo is het.", ""],
            "late_excusable": [None, True, False],
        },
        "POST /api/v1/objections/{objection_id}/extend": {"lock_version": [1, 2]},
        "POST /api/v1/allocations": {"decision_id": [decision.pk], "starts_on": [None, *dates]},
    }
    return known_values | values


def swap_in_known_values(
    case: schemathesis.Case, data: st.DataObject, known: dict[str, dict[str, list[Any]]]
) -> None:
    """Keep the generated values, or swap in known ones: some of them, or all; Hypothesis chooses.

    The choices are drawn from Hypothesis, so they are as deterministic as the generated values.
    """
    how = data.draw(st.sampled_from(["generated", "some known", "all known"]), label="values")
    if how == "generated":
        return
    body = known.get(case.operation.label, {})
    if how == "all known" and isinstance(case.body, dict):
        case.body.update({key: None for key in sorted(body.keys() - case.body.keys())})
    for part, container in (("path", case.path_parameters), ("query", case.query), ("body", case.body)):
        if not isinstance(container, dict):
            continue
        values = body if part == "body" else known[part]
        for key in sorted(container.keys() & values.keys()):
            choices = st.sampled_from(values[key])
            if how == "some known":
                choices = st.one_of(st.just(container[key]), choices)
            container[key] = data.draw(choices, label=f"{part}.{key}")


@pytest.fixture
def monitoring_values(world, known_values) -> dict[str, dict[str, list[Any]]]:
    """``known_values`` plus a finished report of municipality A and one of municipality B (404)."""
    from plein.monitoring.indicators import INDICATORS
    from plein.monitoring.models import Report

    today = datetime.date.today()
    reports = [
        Report.objects.create(
            municipality=municipality,
            kind=Report.Kind.TWELVE_MONTHS,
            period_start=datetime.date(today.year, 1, 1),
            period_end=today,
            status=Report.Status.DONE,
            progress=100,
            requested_by=world.policy,
            requested_at=datetime.datetime.now(tz=datetime.UTC),
            data={"indicators": [], "teams": [], "districts": []},
        ).pk
        for municipality in (world.municipality, world.other_municipality)
    ]
    dates = [f"{today.year}-01-01", today.isoformat(), "2015-01-01", f"{today.year + 1}-01-01"]
    return known_values | {
        "path": known_values["path"] | {"report_id": reports, "code": [*list(INDICATORS)[:3], "onbekend"]},
        "query": known_values["query"]
        | {
            "period_start": dates,
            "period_end": dates,
            "municipality_id": [None, world.municipality.pk, world.other_municipality.pk],
            "district_id": [None, world.district.pk, world.other_district.pk],
            "team_id": [None, world.team.pk, world.other_team.pk],
        },
        "POST /api/v1/monitoring/reports": {
            "kind": ["4m", "12m", "comparison"],
            "year": [None, today.year - 1, today.year + 1],
            "period_start": [None, *dates],
            "period_end": [None, *dates],
            "municipality_id": [None, world.municipality.pk, world.other_municipality.pk],
        },
    }


@schema.parametrize()
@schema.given(data=st.data())
# The database fixtures are set up once per operation and shared by its examples, on purpose:
# what earlier requests created (residents, members) only gives later ones more to work with.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_api_answers_generated_requests_as_documented(case, data, known_values, bearer_headers, request):
    if DECISIONS_TAG in (case.operation.tags or ()):
        # Only the decisions operations build the decisions world: signing makes a PDF letter.
        known_values = request.getfixturevalue("decision_values")
    if MONITORING_TAG in (case.operation.tags or ()):
        known_values = request.getfixturevalue("monitoring_values")
    swap_in_known_values(case, data, known_values)
    headers = headers_for(case, bearer_headers)
    response = case.call(headers=headers)
    case.validate_response(response, headers=headers)
