"""Change history (wijzigingshistorie): a change made on a page keeps who made it, the Wijzigingen
page shows who changed which field from what to what (only to those who may see the record), every
change writes one access log entry, and every wired read, print and export writes exactly one."""

import datetime

import pytest
from django.urls import reverse

from plein.cases import services as case_services
from plein.cases.models import Case, PlanItem, SupportPlan
from plein.decisions.models import Decision, ProvisionRequest
from plein.decisions.services import allocation_create
from plein.people import services as people_services
from plein.people.models import Resident
from plein.privacy.models import AccessLogEntry
from plein.privacy.retention import destroy_case
from tests.privacy.conftest_change_history import *  # noqa: F403
from tests.privacy.conftest_change_history import entries_since, log_size

pytestmark = pytest.mark.django_db

API = "/api/v1"


def edit_resident(client, resident, **changes):
    data = {
        "first_names": resident.first_names,
        "name_prefix": resident.name_prefix,
        "last_name": resident.last_name,
        "birth_date": resident.birth_date.isoformat(),
        "bsn": resident.bsn or "",
        "phone": resident.phone,
        "email": resident.email,
        "preferred_language": resident.preferred_language,
        **changes,
    }
    response = client.post(reverse("people:resident_edit", args=[resident.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


# --- the history row and its user ------------------------------------------------------------------


def test_a_change_on_a_page_keeps_a_history_row_with_who_made_it(client, world, anna):
    client.force_login(world.generalist)
    edit_resident(client, anna, phone="0612345678")

    latest = anna.history.order_by("-history_id").first()
    assert latest.history_type == "~"
    assert latest.history_user == world.generalist
    assert latest.phone == "0612345678"
    assert latest.diff_against(latest.prev_record).changed_fields == ["phone"]


def test_the_change_page_shows_who_changed_which_field_from_what_to_what(client, world, anna):
    client.force_login(world.generalist)
    edit_resident(client, anna, phone="0612345678", preferred_language="en")

    page = client.get(reverse("privacy:resident_history", args=[anna.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Wijzigingen bij Anna Jansen" in html
    assert world.generalist.get_full_name() in html
    assert "Telefoon" in html and "0612345678" in html
    # A choice is shown as the user knows it, not as its code.
    assert "Voorkeurstaal" in html and "Nederlands" in html and "Engels" in html
    # The first row (made by the fixture's service, outside a request) has no user: "Systeem".
    assert "Inwoner: aangemaakt" in html and "Systeem" in html


def test_the_resident_and_case_pages_link_to_their_changes(client, world, anna, open_case):
    client.force_login(world.generalist)
    resident_page = client.get(reverse("people:resident_detail", args=[anna.pk])).content.decode()
    case_page = client.get(reverse("cases:case_detail", args=[open_case.pk])).content.decode()

    assert reverse("privacy:resident_history", args=[anna.pk]) in resident_page
    assert reverse("privacy:case_history", args=[open_case.pk]) in case_page
    assert "Wijzigingen" in resident_page and "Wijzigingen" in case_page


def test_the_case_change_page_covers_the_case_and_its_plan(client, world, draft_plan):
    case = draft_plan.case
    client.force_login(world.generalist)
    response = client.post(
        reverse("cases:case_classify", args=[case.pk]),
        {
            "expected_version": Case.objects.get(pk=case.pk).lock_version,
            "domain_scope": "multiple",
            "complexity": "simple",
            "forced_framework": "",
        },
    )
    assert response.status_code == 302

    html = client.get(reverse("privacy:case_history", args=[case.pk])).content.decode()
    assert f"Casus {case.reference}: gewijzigd" in html
    assert "Meervoudig (meerdere leefgebieden)" in html and "Eenvoudig" in html
    assert "Ondersteuningsplan versie 1" in html
    assert "Onderdeel van het arrangement: Zus Marije helpt elke maand met de post." in html
    assert "Beoogd resultaat" in html


def test_another_team_gets_404_for_the_change_pages_and_the_refusal_is_logged(client, world, anna, open_case):
    client.force_login(world.other_generalist)
    size = log_size()

    assert client.get(reverse("privacy:resident_history", args=[anna.pk])).status_code == 404
    assert client.get(reverse("privacy:case_history", args=[open_case.pk])).status_code == 404

    refused = entries_since(size)
    assert [(e.object_type, e.result, e.resident_id, e.household_id) for e in refused] == [
        ("resident_history", "refused", None, None),
        ("case_history", "refused", None, None),
    ]


# --- one access log entry per change ----------------------------------------------------------------


def test_each_change_writes_one_update_entry_for_the_right_resident(client, world, anna):
    client.force_login(world.generalist)
    size = log_size()
    edit_resident(client, anna, phone="0612345678")
    edit_resident(client, Resident.objects.get(pk=anna.pk), email="anna@example.nl")

    changes = [e for e in entries_since(size) if e.action != "read"]
    assert [(e.action, e.object_type, e.object_id, e.resident_id) for e in changes] == [
        ("update", "resident", str(anna.pk), anna.pk),
        ("update", "resident", str(anna.pk), anna.pk),
    ]
    assert {e.actor_id for e in changes} == {world.generalist.pk}
    assert all(e.request_id and e.basis == "team" for e in changes)
    # The entry leads to the history row; it holds no names or contact details itself.
    history_ids = set(anna.history.values_list("history_id", flat=True))
    assert {e.details["history_id"] for e in changes} <= history_ids
    assert not any("0612345678" in e.canonical() or "Jansen" in e.canonical() for e in changes)


def test_a_new_record_writes_a_create_entry(client, world, household):
    size = log_size()
    case = case_services.case_open(actor=world.generalist, household=household)

    created = [e for e in entries_since(size) if e.object_type == "case"]
    assert created[0].action == "create"
    assert (created[0].object_id, created[0].household_id) == (str(case.pk), household.pk)


def test_a_change_without_a_request_is_logged_without_an_actor(world, anna):
    """A management command or background task: the entry is written all the same."""
    size = log_size()
    people_services.resident_update(actor=world.generalist, resident=anna, phone="0201234567")

    (entry,) = entries_since(size)
    assert (entry.action, entry.object_type, entry.resident_id) == ("update", "resident", anna.pk)
    assert entry.actor_id is None and entry.request_id == ""
    assert anna.history.order_by("-history_id").first().history_user is None


def test_a_change_through_the_api_keeps_the_token_owner(world, anna, token_client):
    api = token_client(world.generalist)
    response = api.post(
        f"{API}/cases", {"household_id": anna.household_memberships.get().household_id}, "application/json"
    )
    assert response.status_code == 201, response.content

    case = Case.objects.get(pk=response.json()["id"])
    assert case.history.get().history_user == world.generalist
    entry = AccessLogEntry.objects.filter(object_type="case", action="create").get()
    assert entry.actor_id == world.generalist.pk


def test_bulk_loading_writes_neither_history_nor_log_entries(world, household):
    """The demo's bulk path: bulk_create sends no signals, so loading a city stays fast."""
    size = log_size()
    resident = Resident(
        municipality=world.municipality,
        first_names="Bulk",
        last_name="Geladen",
        birth_date=datetime.date(1990, 1, 1),
    )
    Resident.objects.bulk_create([resident])

    assert not Resident.history.filter(first_names="Bulk").exists()
    assert log_size() == size


# --- retention: the history goes with the record ------------------------------------------------------


def test_destroying_a_case_deletes_its_history_too(world, draft_plan, sent_decision):
    case = draft_plan.case
    request_ids = list(ProvisionRequest.objects.filter(case=case).values_list("pk", flat=True))
    decision_ids = list(Decision.objects.filter(request__case=case).values_list("pk", flat=True))
    plan_ids = list(case.plans.values_list("pk", flat=True))
    assert request_ids and decision_ids and Case.history.filter(id=case.pk).exists()

    destroy_case(case)

    assert not Case.history.filter(id=case.pk).exists()
    assert not SupportPlan.history.filter(id__in=plan_ids).exists()
    assert not PlanItem.history.filter(plan_id__in=plan_ids).exists()
    assert not ProvisionRequest.history.filter(id__in=request_ids).exists()
    assert not Decision.history.filter(id__in=decision_ids).exists()


# --- one entry per read, print and export ----------------------------------------------------------


def assert_one_entry(client, url, *, action, object_type, object_id, resident_id=None, household_id=None):
    size = log_size()
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    entries = entries_since(size)
    assert len(entries) == 1, (url, [(e.action, e.object_type) for e in entries])
    (entry,) = entries
    assert (entry.action, entry.object_type, entry.object_id, entry.result) == (
        action,
        object_type,
        str(object_id),
        "allowed",
    ), url
    if resident_id is not None:
        assert entry.resident_id == resident_id, url
    if household_id is not None:
        assert entry.household_id == household_id, url


def test_every_wired_page_and_endpoint_of_the_team_writes_exactly_one_entry(
    client, world, anna, draft_plan, routed_request, token_client
):
    case = draft_plan.case
    household_id = case.household_id
    melding = routed_request(case.household)
    client.force_login(world.generalist)
    api = token_client(world.generalist)
    web = [
        (reverse("people:resident_detail", args=[anna.pk]), "read", "resident", anna.pk),
        (reverse("people:household_detail", args=[household_id]), "read", "household", household_id),
        (reverse("cases:case_detail", args=[case.pk]), "read", "case", case.pk),
        (reverse("cases:plan_detail", args=[case.pk, draft_plan.pk]), "read", "support_plan", draft_plan.pk),
        (reverse("cases:plan_pdf", args=[case.pk, draft_plan.pk]), "print", "support_plan", draft_plan.pk),
        (reverse("intake:request_detail", args=[melding.pk]), "read", "intake_request", melding.pk),
        (reverse("privacy:case_history", args=[case.pk]), "read", "case_history", case.pk),
        (reverse("privacy:resident_history", args=[anna.pk]), "read", "resident_history", anna.pk),
    ]
    for url, action, object_type, object_id in web:
        assert_one_entry(client, url, action=action, object_type=object_type, object_id=object_id)
    endpoints = [
        (f"{API}/residents/{anna.pk}", "resident", anna.pk),
        (f"{API}/households/{household_id}", "household", household_id),
        (f"{API}/cases/{case.pk}", "case", case.pk),
        (f"{API}/cases/{case.pk}/assessments", "case_assessments", case.pk),
        (f"{API}/cases/{case.pk}/plans", "case_plans", case.pk),
        (f"{API}/cases/{case.pk}/plans/{draft_plan.pk}", "support_plan", draft_plan.pk),
        (f"{API}/cases/{case.pk}/contacts", "case_contacts", case.pk),
        (f"{API}/requests/{melding.pk}", "intake_request", melding.pk),
    ]
    for url, object_type, object_id in endpoints:
        assert_one_entry(api, url, action="read", object_type=object_type, object_id=object_id)


def test_every_wired_page_and_endpoint_of_the_back_office_writes_exactly_one_entry(
    client, officer, sent_decision, anna, token_client
):
    Resident.objects.filter(pk=anna.pk).update(bsn="111222333")  # an allocation message carries it
    allocation = allocation_create(actor=officer, decision=sent_decision)
    client.force_login(officer)
    api = token_client(officer)
    concerns = {"resident_id": anna.pk, "household_id": sent_decision.request.household_id}
    request_id = sent_decision.request_id
    for url, action, object_type, object_id in [
        (reverse("decisions:request_detail", args=[request_id]), "read", "provision_request", request_id),
        (reverse("decisions:decision_detail", args=[sent_decision.pk]), "read", "decision", sent_decision.pk),
        (
            reverse("decisions:decision_letter", args=[sent_decision.pk]),
            "print",
            "decision",
            sent_decision.pk,
        ),
        (
            reverse("decisions:allocation_message", args=[allocation.pk]),
            "export",
            "allocation",
            allocation.pk,
        ),
    ]:
        assert_one_entry(client, url, action=action, object_type=object_type, object_id=object_id, **concerns)
    for url, action, object_type, object_id in [
        (f"{API}/provision-requests/{request_id}", "read", "provision_request", request_id),
        (f"{API}/decisions/{sent_decision.pk}", "read", "decision", sent_decision.pk),
        (f"{API}/decisions/{sent_decision.pk}/letter", "print", "decision", sent_decision.pk),
        (f"{API}/allocations/{allocation.pk}", "read", "allocation", allocation.pk),
        (f"{API}/allocations/{allocation.pk}/message", "export", "allocation", allocation.pk),
    ]:
        assert_one_entry(api, url, action=action, object_type=object_type, object_id=object_id, **concerns)


def test_a_partner_reading_their_hand_overs_writes_one_entry_with_the_residents(
    client, world, anna, open_case, partner_org, partner_user
):
    case_services.handover_send(
        actor=world.generalist,
        case=open_case,
        organisation=partner_org,
        information="Anna zoekt hulp bij de administratie.",
        consent_given_by=anna,
        consent_method="verbal",
        consent_recorded_on=datetime.date.today(),
    )
    client.force_login(partner_user)
    size = log_size()

    assert client.get(reverse("cases:handover_inbox")).status_code == 200

    (entry,) = entries_since(size)
    assert (entry.action, entry.object_type, entry.resident_ids) == ("read", "handover_inbox", [anna.pk])
    assert entry.details == {"case_ids": [open_case.pk], "handovers": 1}


def test_an_api_read_outside_the_need_to_know_is_logged_as_refused(world, anna, token_client):
    api = token_client(world.other_generalist)
    size = log_size()

    assert api.get(f"{API}/residents/{anna.pk}").status_code == 404

    (entry,) = entries_since(size)
    assert (entry.object_type, entry.result, entry.resident_id) == ("resident", "refused", None)
