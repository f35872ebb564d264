"""Subject access (inzageverzoek, AVG art. 15): the export holds the resident's case, plan, decision
and who looked at their data (role, organisation, basis — no usernames), nothing of anyone else; only
a privacy officer who passed two-factor authentication gets it, and every download is logged."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from plein.cases import services as case_services
from plein.cases.models import PlanItem
from plein.privacy.models import AccessLogEntry
from plein.privacy.subject_access import subject_access_json
from plein.privacy.subject_access_views import subject_access_html
from tests.privacy.conftest_subject_access import *  # noqa: F403
from tests.privacy.conftest_subject_access import ANNA_BSN, NOT_ANNAS_PLAN, STRANGERS_PLAN

pytestmark = pytest.mark.django_db


def plan_texts(export) -> list[str]:
    return [
        item["description"] for case in export["cases"] for plan in case["plans"] for item in plan["items"]
    ]


# --- what the export holds ----------------------------------------------------------------------


def test_the_export_holds_the_residents_case_plan_decision_and_contact(sar_world):
    export = subject_access_json(sar_world.anna)

    assert export["schema_version"] == 1
    assert export["municipality"] == "Gemeente A"
    assert export["generated_at"].startswith(timezone.localdate().isoformat())
    assert export["resident"]["bsn"] == ANNA_BSN
    assert [case["reference"] for case in export["cases"]] == [sar_world.case.reference]
    assert "Zus Marije helpt elke maand met de post." in plan_texts(export)
    assert "Hulp bij het schoonhouden van het huis, drie uur per week." in plan_texts(export)
    (case,) = export["cases"]
    assert [c["summary"] for c in case["contacts"]] == ["Samen de post doorgenomen."]
    (request,) = export["provision_requests"]
    (decision,) = request["decisions"]
    assert decision["reference"] == sar_world.decision.reference
    assert decision["outcome"] == {"code": "grant", "label": "Toekenning"}
    assert decision["letter_kept"] is True
    # Dates are ISO, so a computer reads them without guessing.
    assert request["applied_on"] == timezone.localdate().isoformat()
    json.dumps(export)  # plain JSON, nothing left to serialise


def test_the_export_shows_who_looked_by_role_organisation_and_basis_never_by_name(sar_world, world):
    export = subject_access_json(sar_world.anna)

    reads = [
        e for e in export["access_log"] if (e["object_type"], e["action"]["code"]) == ("resident", "read")
    ]
    # Newest first, like the privacy officer's log.
    assert [[role["label"] for role in e["roles"]] for e in reads] == [
        ["Teamcoördinator"],
        ["Generalist sociaal team"],
    ]
    assert reads[1]["organisation"] == "Welzijn BV"
    assert reads[1]["basis"] == {"code": "team", "label": "Team bedient het huishouden"}
    assert reads[1]["action"]["label"] == "Inzien"
    assert reads[1]["object_label"] == "Uw persoonsgegevens"
    text = json.dumps(export)
    # No username, name or technical trace of a professional anywhere in the export.
    assert "teamcoordinator" not in text
    assert "Medewerker" not in text  # the professionals' surname in these tests
    assert not {"actor_username", "actor_id", "client_address", "request_id"} & set(reads[0])


def test_the_export_holds_nothing_of_others(sar_world):
    export = subject_access_json(sar_world.anna)
    text = json.dumps(export, ensure_ascii=False)

    # Kees's former household's case (Anna never lived there), and a stranger's case: not hers.
    assert sar_world.kees_old_case.reference not in text
    assert NOT_ANNAS_PLAN not in text
    assert STRANGERS_PLAN not in text
    assert "Vreemd" not in text and "Huisgenoot" not in text
    # The household member's own data is not in it: no name, no log entry about him alone.
    assert sar_world.kees.first_names not in [m.get("name") for m in export["network_members"]]
    assert ("resident", str(sar_world.kees.pk)) not in [
        (e["object_type"], e["object_id"]) for e in export["access_log"]
    ]
    assert [m["household_id"] for m in export["household_memberships"]] == [sar_world.case.household_id]


def test_a_household_member_sees_the_shared_case_but_not_the_others_decision(sar_world):
    export = subject_access_json(sar_world.kees)

    assert sar_world.case.reference in [case["reference"] for case in export["cases"]]
    assert sar_world.kees_old_case.reference in [case["reference"] for case in export["cases"]]
    # The decision was for Anna.
    assert export["provision_requests"] == []


def test_the_number_of_queries_does_not_grow_with_the_plan(sar_world, world, django_assert_max_num_queries):
    with CaptureQueriesContext(connection) as few:
        subject_access_json(sar_world.anna)
    plan = case_services.plan_start(actor=world.generalist, case=sar_world.case)
    for number in range(12):
        case_services.plan_item_add(
            actor=world.generalist,
            plan=plan,
            rung=PlanItem.Rung.OWN_STRENGTH,
            description=f"Stap {number}",
            performed_by="Anna",
            starts_on=timezone.localdate(),
        )

    with django_assert_max_num_queries(len(few.captured_queries)):
        export = subject_access_json(sar_world.anna)
    assert "Stap 11" in plan_texts(export)


# --- the PDF ----------------------------------------------------------------------------------------


def test_the_readable_version_explains_itself_and_shows_the_plan_and_who_looked(sar_world):
    html = subject_access_html(subject_access_json(sar_world.anna))

    assert "U vroeg ons welke gegevens wij over u bewaren" in html
    assert "Zus Marije helpt elke maand met de post." in html
    assert sar_world.decision.reference in html
    assert "Wie heeft uw gegevens bekeken" in html
    assert "Generalist sociaal team" in html
    assert NOT_ANNAS_PLAN not in html


# --- the work UI --------------------------------------------------------------------------------------


def find(client, **data):
    return client.post(reverse("privacy:subject_access"), data)


def test_the_privacy_officer_finds_the_resident_by_bsn_without_it_in_the_url(
    sar_world, privacy_officer, verified_client_for
):
    client = verified_client_for(privacy_officer)
    response = find(client, bsn=ANNA_BSN, resident_id="")

    assert response.status_code == 302
    assert response["Location"] == reverse("privacy:subject_access_summary", args=[sar_world.anna.pk])
    assert ANNA_BSN not in response["Location"]
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Anna Jansen" in page.text
    assert "Downloaden als PDF" in page.text and "Downloaden als JSON" in page.text


def test_a_resident_of_another_municipality_is_not_found(sar_world, privacy_officer, verified_client_for):
    client = verified_client_for(privacy_officer)
    response = find(client, bsn="", resident_id=str(sar_world.stranger.pk))

    assert response.status_code == 400
    assert "Geen inwoner met dit id in uw gemeente." in response.text
    assert str(sar_world.stranger.pk) in response.text  # what was typed stays in the form
    assert (
        client.get(reverse("privacy:subject_access_summary", args=[sar_world.stranger.pk])).status_code == 404
    )


def test_finding_without_bsn_or_id_says_what_to_fill_in(privacy_officer, verified_client_for):
    response = find(verified_client_for(privacy_officer), bsn="", resident_id="")

    assert response.status_code == 400
    assert "Vul een BSN of een inwoner-id in." in response.text


def test_the_json_download_is_an_attachment_named_by_id_and_is_logged(
    sar_world, privacy_officer, verified_client_for
):
    client = verified_client_for(privacy_officer)
    response = client.post(reverse("privacy:subject_access_json", args=[sar_world.anna.pk]))

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="inzage-{sar_world.anna.pk}.json"'
    export = json.loads(response.content)
    assert "Zus Marije helpt elke maand met de post." in plan_texts(export)
    entry = AccessLogEntry.objects.filter(object_type="subject_access", action="export").get()
    assert (entry.resident_id, entry.details, entry.actor_id) == (
        sar_world.anna.pk,
        {"format": "json"},
        privacy_officer.pk,
    )


def test_the_pdf_download_is_a_pdf_and_is_logged(sar_world, privacy_officer, verified_client_for):
    client = verified_client_for(privacy_officer)
    response = client.post(reverse("privacy:subject_access_pdf", args=[sar_world.anna.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert response["Content-Disposition"] == f'attachment; filename="inzage-{sar_world.anna.pk}.pdf"'
    entry = AccessLogEntry.objects.filter(object_type="subject_access", action="export").get()
    assert (entry.resident_id, entry.details) == (sar_world.anna.pk, {"format": "pdf"})


def test_a_download_is_a_post(sar_world, privacy_officer, verified_client_for):
    client = verified_client_for(privacy_officer)

    assert client.get(reverse("privacy:subject_access_json", args=[sar_world.anna.pk])).status_code == 405
    assert not AccessLogEntry.objects.filter(object_type="subject_access", action="export").exists()


@pytest.mark.parametrize("who", ["generalist", "policy", "front_office"])
def test_anyone_but_the_privacy_officer_gets_404(sar_world, world, verified_client_for, who):
    client = verified_client_for(getattr(world, who))

    assert client.get(reverse("privacy:subject_access")).status_code == 404
    assert find(client, bsn=ANNA_BSN).status_code == 404
    for name in ("privacy:subject_access_json", "privacy:subject_access_pdf"):
        assert client.post(reverse(name, args=[sar_world.anna.pk])).status_code == 404
    assert not AccessLogEntry.objects.filter(object_type="subject_access").exists()


def test_a_privacy_officer_without_second_factor_is_sent_to_set_it_up(sar_world, privacy_officer, client):
    client.force_login(privacy_officer)

    for response in (
        client.get(reverse("privacy:subject_access")),
        client.post(reverse("privacy:subject_access_json", args=[sar_world.anna.pk])),
    ):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("two_factor:setup"))
    assert not AccessLogEntry.objects.filter(object_type="subject_access").exists()


def test_the_privacy_officer_has_a_menu_item_others_do_not(privacy_officer, world, verified_client_for):
    assert "Inzageverzoeken" in verified_client_for(privacy_officer).get(reverse("home")).text
    assert "Inzageverzoeken" not in verified_client_for(world.generalist).get(reverse("home")).text
