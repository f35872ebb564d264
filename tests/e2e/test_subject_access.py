"""A resident asks what the municipality keeps about them: a generalist has opened their page; the
privacy officer passes two-factor authentication, finds the resident and downloads the export, which
holds their plan and that the generalist (by role, not by name) looked at it."""

import json
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from playwright.sync_api import expect

from plein.cases import services as case_services
from plein.cases.models import Case, PlanItem
from plein.cases.selectors import cases_workable_by
from plein.demo.logins import DEMO_TOTP_KEY
from plein.people.models import Professional
from plein.people.selectors import households_visible_to, residents_visible_to

pytestmark = pytest.mark.e2e


@pytest.fixture
def pass_two_factor_here():
    """Temporary stand-in for ``pass_two_factor`` of tests/e2e/conftest.py (the two-factor work):
    when the page asks for the code, type the current one of the demo key."""

    def pass_it(page) -> None:
        if page.get_by_role("heading", name="Code invullen").count():
            page.get_by_label("Code", exact=True).fill(f"{totp(bytes.fromhex(DEMO_TOTP_KEY)):06d}")
            page.get_by_role("button", name="Doorgaan").click()

    return pass_it


def resident_with_a_plan(username: str):
    """A demo resident the generalist may see, whose household's case has a plan with an item.

    A small demo population need not have one: then the generalist opens a case for a household of
    their own district and starts a plan, through the services.
    """
    generalist = Professional.objects.get(username=username)
    visible = residents_visible_to(generalist)
    item = (
        PlanItem.objects.filter(
            plan__case__in=cases_workable_by(generalist),
            plan__case__household__memberships__resident__in=visible,
        )
        .select_related("plan__case")
        .order_by("id")
        .first()
    )
    if item is None:
        household = (
            households_visible_to(generalist)
            .exclude(cases__state__in=[s for s in Case.State.values if s != Case.State.CLOSED])
            .filter(memberships__ends_on__isnull=True)
            .order_by("id")
            .first()
        )
        case = case_services.case_open(actor=generalist, household=household)
        case = case_services.case_change_state(
            actor=generalist,
            case=case,
            to_state=Case.State.IN_CONVERSATION,
            expected_version=case.lock_version,
        )
        item = case_services.plan_item_add(
            actor=generalist,
            plan=case_services.plan_start(actor=generalist, case=case),
            rung=PlanItem.Rung.NETWORK,
            description="De buurvrouw doet op dinsdag de boodschappen.",
            performed_by="Buurvrouw",
            starts_on=timezone.localdate(),
        )
    membership = item.plan.case.household.memberships.filter(resident__in=visible).order_by("id").first()
    return membership.resident, item


def test_the_privacy_officer_downloads_what_is_kept_about_a_resident(
    page, live_server, demo, log_in_demo, pass_two_factor_here
):
    resident, item = resident_with_a_plan("generalist")
    log_in_demo("generalist")
    page.goto(live_server.url + reverse("people:resident_detail", args=[resident.pk]))
    expect(page.get_by_role("heading", level=1)).to_contain_text(resident.last_name)

    log_in_demo("privacy")
    page.get_by_role("link", name="Inzageverzoeken").click()
    pass_two_factor_here(page)
    expect(page.get_by_role("heading", name="Inzageverzoek (AVG artikel 15)")).to_be_visible()
    page.get_by_label("Inwoner-id").fill(str(resident.pk))
    page.get_by_role("button", name="Inwoner zoeken").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(resident.full_name)

    with page.expect_download() as json_download:
        page.get_by_role("button", name="Downloaden als JSON").click()
    assert json_download.value.suggested_filename == f"inzage-{resident.pk}.json"
    export = json.loads(Path(json_download.value.path()).read_text(encoding="utf-8"))
    items = [i["description"] for case in export["cases"] for plan in case["plans"] for i in plan["items"]]
    assert item.description in items
    looked = [
        entry
        for entry in export["access_log"]
        if entry["object_type"] == "resident" and entry["object_id"] == str(resident.pk)
    ]
    assert looked, export["access_log"]
    assert {"code": "generalist", "label": "Generalist sociaal team"} in looked[0]["roles"]
    assert not {"actor_username", "actor_id", "client_address"} & set(looked[0])

    with page.expect_download() as pdf_download:
        page.get_by_role("button", name="Downloaden als PDF").click()
    assert pdf_download.value.suggested_filename == f"inzage-{resident.pk}.pdf"
    assert Path(pdf_download.value.path()).read_bytes().startswith(b"%PDF")
