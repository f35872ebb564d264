"""Decisions through the API: the catalogue, a request from the plan, the legality check, a grant
signed with its PDF letter and the WMO301 message, a denial objected to and upheld with a new
decision; four eyes; need-to-know (404), no say (403), stale versions (409) and Dutch errors."""

import datetime
import json

import pytest
from django.test import Client
from django.utils import timezone

from plein.decisions.models import Decision, ProvisionRequest
from plein.people.services import api_token_issue
from tests.api.conftest import API
from tests.decisions.decision_steps import JUSTIFICATION, REASONS, checked_request

BSN = "111222333"


def today() -> datetime.date:
    return timezone.localdate()


@pytest.fixture
def api_as():
    def make(user) -> Client:
        return Client(headers={"Authorization": f"Bearer {api_token_issue(professional=user)}"})

    return make


def send(client, method: str, path: str, body: dict | None = None):
    if method == "get":
        return client.get(f"{API}{path}")
    return getattr(client, method)(
        f"{API}{path}", json.dumps(body if body is not None else {}), content_type="application/json"
    )


def assert_no_bsn(response) -> None:
    text = response.content.decode()
    assert BSN not in text and '"bsn"' not in text


def request_body(catalogue, anna, **fields) -> dict:
    provision = catalogue.household_help
    body = {
        "provision_id": provision.pk,
        "resident_id": anna.pk,
        "extent": "3",
        "desired_start": today().isoformat(),
        "delivery_form": "in_kind",
        "justification": JUSTIFICATION,
        "result_id": provision.results.first().pk,
        "consent_to_share": True,
    }
    return body | fields


def grant_body(provision_request, provider, **fields) -> dict:
    body = {
        "request_id": provision_request.pk,
        "outcome": "grant",
        "reasons": REASONS,
        "result_id": provision_request.provision.results.first().pk,
        "extent": "3",
        "starts_on": today().isoformat(),
        "ends_on": (today() + datetime.timedelta(days=364)).isoformat(),
        "delivery_form": "in_kind",
        "provider_id": provider.pk,
    }
    return body | fields


@pytest.fixture
def anna_with_bsn(anna):
    anna.bsn = BSN
    anna.save()
    return anna


# --- the whole way through the API ----------------------------------------------------------------


def test_from_plan_item_to_signed_grant_letter_and_allocation_message(
    api_as, world, officer, provider, catalogue, signed_plan_item, anna_with_bsn
):
    generalist, back_office = api_as(world.generalist), api_as(officer)

    # The generalist applies from the signed plan; the decision term starts today.
    response = send(
        generalist,
        "post",
        "/provision-requests",
        request_body(catalogue, anna_with_bsn, plan_item_id=signed_plan_item.pk),
    )
    assert response.status_code == 201, response.json()
    created = response.json()
    assert created["reference"].startswith("A-")
    assert created["channel"] == "plan" and created["status"] == "submitted"
    assert created["applied_on"] == today().isoformat()
    assert created["term"]["days_left"] > 7 and created["term"]["label"].startswith("nog ")
    assert created["justification"] == JUSTIFICATION
    assert_no_bsn(response)
    request_id = created["id"]

    # The back office takes it into the check and finds every point in order.
    response = send(back_office, "post", f"/provision-requests/{request_id}/check")
    assert response.status_code == 201
    check = response.json()
    assert [answer["question"] for answer in check["answers"]] == [
        item.question for item in catalogue.household_help.checklist.all()
    ]
    assert all(answer["outcome"] is None for answer in check["answers"])
    response = send(
        back_office,
        "put",
        f"/provision-requests/{request_id}/check",
        {
            "lock_version": check["lock_version"],
            "answers": [{"id": answer["id"], "outcome": "met", "note": ""} for answer in check["answers"]],
            "conclusion": "meets",
            "complete": True,
        },
    )
    assert response.status_code == 200, response.json()
    assert response.json()["completed_at"] is not None

    # A result-oriented grant, drafted, signed and sent with its letter.
    response = send(
        back_office, "post", "/decisions", grant_body(ProvisionRequest.objects.get(pk=request_id), provider)
    )
    assert response.status_code == 201, response.json()
    decision = response.json()
    assert decision["status"] == "draft" and decision["result"]["name"] == "Een schoon en leefbaar huis"
    assert decision["provider"] == {"id": provider.pk, "name": provider.name}
    assert decision["legal_basis"] == catalogue.household_help.legal_basis
    assert send(back_office, "get", f"/decisions/{decision['id']}/letter").status_code == 404

    response = send(
        back_office, "post", f"/decisions/{decision['id']}/sign", {"lock_version": decision["lock_version"]}
    )
    assert response.status_code == 200, response.json()
    signed = response.json()
    assert signed["status"] == "sent" and signed["sent_on"] == today().isoformat()
    assert signed["has_letter"] and signed["objection_term"]["days_left"] >= 42
    assert_no_bsn(response)

    letter = back_office.get(f"{API}/decisions/{decision['id']}/letter")
    assert letter.status_code == 200
    assert letter["Content-Type"] == "application/pdf"
    assert letter["Content-Disposition"] == f'attachment; filename="beschikking-{decision["reference"]}.pdf"'
    assert letter.content.startswith(b"%PDF")
    # The case worker may read the letter too.
    assert generalist.get(f"{API}/decisions/{decision['id']}/letter").status_code == 200

    detail = send(generalist, "get", f"/provision-requests/{request_id}").json()
    assert detail["status"] == "decided" and detail["term"] is None
    assert [d["reference"] for d in detail["decisions"]] == [decision["reference"]]

    # Allocated to the provider, as the iWmo WMO301 message (with the BSN, for the back office only).
    response = send(back_office, "post", "/allocations", {"decision_id": decision["id"]})
    assert response.status_code == 201, response.json()
    allocation = response.json()
    assert allocation["product_category"] == "01" and allocation["volume"] == "3.00"
    assert allocation["handover_id"] is not None  # the resident consented to sharing
    message = back_office.get(f"{API}/allocations/{allocation['id']}/message")
    assert message.status_code == 200
    assert message["Content-Type"] == "application/xml"
    assert allocation["number"].encode() in message.content and BSN.encode() in message.content
    refused = generalist.get(f"{API}/allocations/{allocation['id']}/message")
    assert refused.status_code == 403
    assert refused.json()["detail"] == "U heeft voor deze handeling geen toegang."
    assert send(generalist, "get", f"/allocations/{allocation['id']}").status_code == 200


def test_a_denial_is_objected_to_and_upheld_with_a_new_decision(
    api_as, world, officer, catalogue, anna, household, register_resident
):
    back_office = api_as(officer)
    provision_request = checked_request(
        world, officer, catalogue.special_assistance, anna, delivery_form="cash"
    )
    response = send(
        back_office,
        "post",
        "/decisions",
        {"request_id": provision_request.pk, "outcome": "deny", "reasons": "Er is voldoende inkomen."},
    )
    assert response.status_code == 201, response.json()
    denial = response.json()
    assert denial["result"] is None and denial["delivery_form"] is None
    denial = send(
        back_office, "post", f"/decisions/{denial['id']}/sign", {"lock_version": denial["lock_version"]}
    ).json()
    assert denial["status"] == "sent"

    # Someone of another household cannot object to it.
    stranger = register_resident(first_names="Piet", last_name="de Vries", postcode="1702CD")
    objection_body = {
        "decision_id": denial["id"],
        "objector_id": stranger.pk,
        "received_on": today().isoformat(),
        "grounds": "De kosten van de bril zijn noodzakelijk.",
    }
    response = send(back_office, "post", "/objections", objection_body)
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "objector_id": ["Dit bezwaar hoort bij een beschikking van een ander huishouden."]
    }

    response = send(back_office, "post", "/objections", objection_body | {"objector_id": anna.pk})
    assert response.status_code == 201, response.json()
    objection = response.json()
    assert objection["reference"].startswith("BZ-") and not objection["is_late"]
    assert objection["term"]["days_left"] > 42 and objection["outcome"] is None
    assert send(back_office, "get", f"/decisions/{denial['id']}").json()["objection_ids"] == [objection["id"]]
    listed = send(back_office, "get", "/objections?open=true").json()
    assert [item["reference"] for item in listed["items"]] == [objection["reference"]]
    assert "grounds" not in listed["items"][0]

    response = send(
        back_office,
        "post",
        f"/objections/{objection['id']}/decide",
        {"lock_version": objection["lock_version"], "outcome": "upheld", "outcome_note": "De bril is nodig."},
    )
    assert response.status_code == 200, response.json()
    assert response.json()["outcome"] == "upheld" and response.json()["term"] is None

    result = catalogue.special_assistance.results.first()
    response = send(
        back_office,
        "post",
        "/decisions",
        {
            "request_id": provision_request.pk,
            "follows_objection_id": objection["id"],
            "outcome": "grant",
            "reasons": "Na bezwaar: de kosten zijn noodzakelijk.",
            "result_id": result.pk,
            "extent": "250",
            "starts_on": today().isoformat(),
            "delivery_form": "cash",
            "budget": "250.00",
        },
    )
    assert response.status_code == 201, response.json()
    new = response.json()
    assert new["follows_objection_id"] == objection["id"] and new["budget"] == "250.00"
    send(back_office, "post", f"/decisions/{new['id']}/sign", {"lock_version": new["lock_version"]})

    assert send(back_office, "get", f"/decisions/{denial['id']}").json()["status"] == "revoked"
    assert send(back_office, "get", f"/objections/{objection['id']}").json()["new_decision_ids"] == [
        new["id"]
    ]


# --- the catalogue and requests -------------------------------------------------------------------


def test_the_catalogue_shows_the_provisions_of_my_municipality(
    api_as, world, officer, other_officer, catalogue
):
    response = send(api_as(officer), "get", "/provisions?limit=10")

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 4
    stair_lift = next(item for item in body["items"] if item["name"] == "Traplift")
    assert stair_lift["four_eyes"] and stair_lift["delivery_forms"] == ["in_kind"]
    assert stair_lift["unit"] == "82" and stair_lift["unit_label"] == "stuks"
    assert stair_lift["results"] == [
        {"id": catalogue.stair_lift.results.get().pk, "name": "Veilig de trap op en af in de eigen woning"}
    ]
    assert stair_lift["checklist"][1] == "Zijn de trap en de woning geschikt (maten van de woning)?"
    youth = send(api_as(officer), "get", "/provisions?law=jeugdwet").json()
    assert [item["name"] for item in youth["items"]] == ["Jeugdhulp ambulant"]
    # The generalist applies from the plan, so sees the catalogue of the team's municipality too.
    assert send(api_as(world.generalist), "get", "/provisions").json()["count"] == 4
    # Municipality B's officer sees B's catalogue, which is empty here.
    assert send(api_as(other_officer), "get", "/provisions").json()["count"] == 0


def test_a_request_the_catalogue_does_not_offer_is_refused_in_dutch(
    api_as, world, officer, catalogue, signed_plan_item, anna
):
    generalist = api_as(world.generalist)
    body = request_body(catalogue, anna, plan_item_id=signed_plan_item.pk)

    response = send(generalist, "post", "/provision-requests", body | {"extent": "12"})
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "extent": ["De omvang van Huishoudelijke ondersteuning is tussen 1 en 8 uren per week."]
    }

    youth = catalogue.youth_help
    response = send(
        generalist,
        "post",
        "/provision-requests",
        body | {"provision_id": youth.pk, "result_id": youth.results.first().pk},
    )
    assert response.status_code == 400
    [message] = response.json()["errors"]["resident_id"]
    assert message.startswith("Deze voorziening is er voor inwoners tot en met 17 jaar")

    response = send(
        generalist, "post", "/provision-requests", body | {"extent": "veel", "desired_start": "morgen"}
    )
    assert response.status_code == 422
    assert response.json()["errors"] == {
        "extent": ["Vul een getal in."],
        "desired_start": ["Dit is geen geldige datum; gebruik JJJJ-MM-DD."],
    }
    response = send(
        generalist, "post", "/provision-requests", body | {"extent": "2.555", "desired_start": "0999-01-01"}
    )
    assert response.status_code == 422
    assert response.json()["errors"] == {
        "extent": ["Vul een getal in met hooguit 2 cijfers achter de komma."],
        "desired_start": ["Vul een datum tussen 1900 en 2999 in."],
    }
    assert not ProvisionRequest.objects.exists()


def test_requests_are_listed_within_need_to_know(
    api_as, world, officer, other_officer, catalogue, signed_plan_item, anna
):
    provision_request = checked_request(
        world, officer, catalogue.household_help, anna, plan_item=signed_plan_item, complete=False
    )

    listed = send(api_as(world.generalist), "get", "/provision-requests").json()
    assert [item["reference"] for item in listed["items"]] == [provision_request.reference]
    item = listed["items"][0]
    assert item["status"] == "in_check" and item["officer"]["id"] == officer.pk
    assert "justification" not in item and "pgb_plan" not in item
    assert send(api_as(officer), "get", "/provision-requests?mine=true").json()["count"] == 1
    assert send(api_as(officer), "get", "/provision-requests?status=submitted").json()["count"] == 0

    for outsider in (other_officer, world.other_generalist, world.policy):
        assert send(api_as(outsider), "get", "/provision-requests").json()["count"] == 0
        response = send(api_as(outsider), "get", f"/provision-requests/{provision_request.pk}")
        assert response.status_code == 404
        assert response.json() == {"detail": "Niet gevonden."}
    assert Client().get(f"{API}/provision-requests").status_code == 401


# --- the legality check ---------------------------------------------------------------------------


def test_only_the_back_office_checks_and_one_officer_at_a_time(
    api_as, world, officer, second_officer, catalogue, signed_plan_item, anna
):
    provision_request = checked_request(
        world, officer, catalogue.household_help, anna, plan_item=signed_plan_item, complete=False
    )
    path = f"/provision-requests/{provision_request.pk}/check"

    assert send(api_as(world.generalist), "post", path).status_code == 403
    again = send(api_as(officer), "post", path)
    assert again.status_code == 200  # already under way: the same check
    response = send(api_as(second_officer), "post", path)
    assert response.status_code == 400
    assert "controleert deze aanvraag al" in response.json()["detail"]

    check = again.json()
    first, *_ = check["answers"]
    response = send(
        api_as(officer),
        "put",
        path,
        {
            "lock_version": check["lock_version"],
            "answers": [{"id": first["id"], "outcome": "met"}],
            "complete": True,
        },
    )
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert errors["answers"][0].startswith("Vul bij elk controlepunt de uitkomst in.")
    assert errors["conclusion"] == ["Kies de conclusie van de controle om die af te ronden."]

    saved = send(
        api_as(officer),
        "put",
        path,
        {
            "lock_version": check["lock_version"],
            "answers": [{"id": first["id"], "outcome": "met", "note": "BRP"}],
        },
    )
    assert saved.status_code == 200
    assert saved.json()["answers"][0] | {"id": 0} == {
        "id": 0,
        "question": first["question"],
        "outcome": "met",
        "note": "BRP",
    }
    stale = send(api_as(officer), "put", path, {"lock_version": check["lock_version"], "note": "Later."})
    assert stale.status_code == 409
    assert "lock_version" in stale.json()["errors"]


# --- decisions ------------------------------------------------------------------------------------


def test_a_decision_is_refused_with_the_reason_on_the_field(
    api_as, world, officer, provider, catalogue, signed_plan_item, anna
):
    provision_request = checked_request(
        world, officer, catalogue.household_help, anna, plan_item=signed_plan_item
    )
    back_office = api_as(officer)
    body = grant_body(provision_request, provider)

    response = send(
        back_office,
        "post",
        "/decisions",
        body | {"ends_on": (today() - datetime.timedelta(days=1)).isoformat()},
    )
    assert response.status_code == 400
    assert response.json() == {
        "detail": "De einddatum ligt vóór de ingangsdatum.",
        "errors": {"ends_on": ["De einddatum ligt vóór de ingangsdatum."]},
    }
    response = send(back_office, "post", "/decisions", body | {"reasons": "  "})
    assert response.json()["errors"] == {"reasons": ["Een beschikking zonder motivering kan niet."]}
    response = send(back_office, "post", "/decisions", body | {"provider_id": 10**9})
    assert response.json()["errors"] == {"provider_id": ["Er is geen organisatie met dit nummer."]}
    response = send(
        back_office, "post", "/decisions", body | {"result_id": catalogue.stair_lift.results.get().pk}
    )
    assert response.status_code == 400 and list(response.json()["errors"]) == ["result_id"]
    response = send(api_as(world.generalist), "post", "/decisions", body)
    assert response.status_code == 403
    assert not Decision.objects.exists()


def test_a_draft_can_be_changed_until_it_is_signed(
    api_as, world, officer, provider, catalogue, signed_plan_item, anna
):
    provision_request = checked_request(
        world, officer, catalogue.household_help, anna, plan_item=signed_plan_item
    )
    back_office = api_as(officer)
    draft = send(back_office, "post", "/decisions", grant_body(provision_request, provider)).json()
    content = {
        key: value for key, value in grant_body(provision_request, provider).items() if key != "request_id"
    }

    response = send(
        back_office,
        "put",
        f"/decisions/{draft['id']}",
        content | {"lock_version": draft["lock_version"], "outcome": "partial", "extent": "2"},
    )
    assert response.status_code == 200, response.json()
    changed = response.json()
    assert changed["outcome"] == "partial" and changed["extent"] == "2.00"
    stale = send(
        back_office, "put", f"/decisions/{draft['id']}", content | {"lock_version": draft["lock_version"]}
    )
    assert stale.status_code == 409
    signed = send(
        back_office, "post", f"/decisions/{draft['id']}/sign", {"lock_version": changed["lock_version"]}
    ).json()
    response = send(
        back_office, "put", f"/decisions/{draft['id']}", content | {"lock_version": signed["lock_version"]}
    )
    assert response.status_code == 400
    assert response.json()["detail"] == "Een ondertekende beschikking verandert niet."


def test_four_eyes_needs_a_second_officer(api_as, world, officer, second_officer, provider, catalogue, anna):
    provision_request = checked_request(world, officer, catalogue.stair_lift, anna, extent=1)
    back_office = api_as(officer)
    body = grant_body(provision_request, provider, extent="1")
    draft = send(back_office, "post", "/decisions", body).json()
    assert draft["four_eyes"]

    first = send(
        back_office, "post", f"/decisions/{draft['id']}/sign", {"lock_version": draft["lock_version"]}
    ).json()
    assert first["status"] == "awaiting_second" and first["signed_by"]["id"] == officer.pk
    assert not first["has_letter"]
    response = send(
        back_office, "post", f"/decisions/{draft['id']}/sign", {"lock_version": first["lock_version"]}
    )
    assert response.status_code == 400
    assert (
        response.json()["detail"] == "U kunt uw eigen beschikking niet als tweede ondertekenen (vier ogen)."
    )

    response = send(
        api_as(second_officer),
        "post",
        f"/decisions/{draft['id']}/sign",
        {"lock_version": first["lock_version"]},
    )
    assert response.status_code == 200
    assert (
        response.json()["status"] == "sent" and response.json()["second_signed_by"]["id"] == second_officer.pk
    )


def test_four_eyes_the_second_officer_may_send_it_back_to_draft(
    api_as, world, officer, second_officer, provider, catalogue, anna
):
    provision_request = checked_request(world, officer, catalogue.stair_lift, anna, extent=1)
    back_office = api_as(officer)
    draft = send(
        back_office, "post", "/decisions", grant_body(provision_request, provider, extent="1")
    ).json()
    first = send(
        back_office, "post", f"/decisions/{draft['id']}/sign", {"lock_version": draft["lock_version"]}
    ).json()
    path = f"/decisions/{draft['id']}/return"
    body = {"lock_version": first["lock_version"], "reason": "De maten van de trap ontbreken."}

    own = send(back_office, "post", path, body)
    returned = send(api_as(second_officer), "post", path, body)
    stale = send(api_as(second_officer), "post", path, body)

    assert own.status_code == 400 and "vier ogen" in own.json()["detail"]
    assert returned.status_code == 200
    assert returned.json()["status"] == "draft" and returned.json()["signed_by"] is None
    assert stale.status_code in (400, 409)


def test_decisions_objections_and_allocations_of_another_municipality_are_not_found(
    api_as, world, officer, other_officer, catalogue, anna
):
    provision_request = checked_request(
        world, officer, catalogue.special_assistance, anna, delivery_form="cash"
    )
    denial = send(
        api_as(officer),
        "post",
        "/decisions",
        {"request_id": provision_request.pk, "outcome": "deny", "reasons": "Voldoende inkomen."},
    ).json()
    outsider = api_as(other_officer)

    for path in (f"/decisions/{denial['id']}", f"/decisions/{denial['id']}/letter", "/objections/1"):
        response = send(outsider, "get", path)
        assert response.status_code == 404, path
        assert response.json() == {"detail": "Niet gevonden."}
    response = send(outsider, "post", f"/decisions/{denial['id']}/sign", {"lock_version": 1})
    assert response.status_code == 404
    response = send(
        outsider,
        "post",
        "/objections",
        {
            "decision_id": denial["id"],
            "objector_id": anna.pk,
            "received_on": today().isoformat(),
            "grounds": "Oneens.",
        },
    )
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "decision_id": ["Er is geen beschikking met dit nummer in uw werkgebied."]
    }
    assert send(outsider, "get", "/decisions").json()["count"] == 0
    assert send(api_as(officer), "get", f"/decisions?request_id={provision_request.pk}").json()["count"] == 1


def test_the_openapi_document_describes_the_decisions_operations(db):
    document = Client().get(f"{API}/openapi.json").json()
    paths = document["paths"]
    operations = {
        f"{API}/provisions": {"get"},
        f"{API}/provision-requests": {"get", "post"},
        f"{API}/provision-requests/{{provision_request_id}}": {"get"},
        f"{API}/provision-requests/{{provision_request_id}}/check": {"post", "put"},
        f"{API}/decisions": {"get", "post"},
        f"{API}/decisions/{{decision_id}}": {"get", "put"},
        f"{API}/decisions/{{decision_id}}/sign": {"post"},
        f"{API}/decisions/{{decision_id}}/letter": {"get"},
        f"{API}/objections": {"get", "post"},
        f"{API}/objections/{{objection_id}}": {"get"},
        f"{API}/objections/{{objection_id}}/decide": {"post"},
        f"{API}/objections/{{objection_id}}/extend": {"post"},
        f"{API}/allocations": {"post"},
        f"{API}/allocations/{{allocation_id}}": {"get"},
        f"{API}/allocations/{{allocation_id}}/message": {"get"},
    }
    for path, methods in operations.items():
        assert set(paths[path]) == methods, path
        for operation in paths[path].values():
            assert {"401", "422"} <= set(operation["responses"]), path
            assert operation["tags"] == ["Beschikkingen"]
    for path, method in (
        ("/provision-requests/{provision_request_id}/check", "put"),
        ("/decisions/{decision_id}", "put"),
        ("/decisions/{decision_id}/sign", "post"),
        ("/objections/{objection_id}/decide", "post"),
    ):
        assert "409" in paths[f"{API}{path}"][method]["responses"], path
    letter = paths[f"{API}/decisions/{{decision_id}}/letter"]["get"]["responses"]["200"]
    assert set(letter["content"]) == {"application/pdf"}
    message = paths[f"{API}/allocations/{{allocation_id}}/message"]["get"]["responses"]["200"]
    assert set(message["content"]) == {"application/xml"}
    schemas = document["components"]["schemas"]
    for name in (
        "ProvisionRequestOut",
        "ProvisionRequestDetailOut",
        "DecisionDetailOut",
        "ObjectionDetailOut",
        "AllocationOut",
    ):
        assert not any("bsn" in field.lower() for field in schemas[name]["properties"]), name
