"""Break-the-glass in the browser: a generalist of Langedijk opens a Heerhugowaard household they do
not serve, asks for emergency access from the refusal page and reads it; the privacy officer then
finds that access for review and in the access log."""

import re

import pytest
from playwright.sync_api import expect

from plein.people.models import Household

pytestmark = pytest.mark.e2e

REASON = "Politie belt: acute zorg om de kinderen, het eigen team is niet bereikbaar."


def test_emergency_access_from_the_refusal_page_to_the_privacy_officers_review(
    page, live_server, demo, log_in_demo, pass_two_factor
):
    household = Household.objects.filter(municipality__cbs_code="GM0398", memberships__isnull=False).first()
    log_in_demo("langedijk")

    response = page.goto(f"{live_server.url}/huishoudens/{household.pk}/")
    assert response.status == 404
    expect(page.get_by_role("heading", name="Niet gevonden")).to_be_visible()
    page.get_by_role("link", name="Noodtoegang aanvragen").click()

    expect(page.get_by_role("heading", name="Noodtoegang aanvragen")).to_be_visible()
    page.get_by_label("Reden").fill("Even kijken")
    page.get_by_role("button", name="Noodtoegang starten").click()
    expect(page.get_by_role("alert")).to_contain_text("ten minste 20 tekens")
    expect(page.get_by_label("Reden")).to_have_value("Even kijken")

    page.get_by_label("Reden").fill(REASON)
    page.get_by_label(
        "Ik begrijp dat deze toegang wordt vastgelegd en door de privacyfunctionaris wordt beoordeeld"
    ).check()
    page.get_by_role("button", name="Noodtoegang starten").click()

    expect(page).to_have_url(f"{live_server.url}/huishoudens/{household.pk}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Huishouden")
    expect(page.get_by_text(re.compile(r"Noodtoegang tot \d\d:\d\d — reden vastgelegd"))).to_be_visible()
    expect(page.get_by_role("button", name="Noodtoegang nu beëindigen")).to_be_visible()
    expect(page.get_by_role("link", name="Lid toevoegen")).to_have_count(0)

    log_in_demo("privacy")
    page.get_by_role("link", name="Noodtoegang", exact=True).click()
    pass_two_factor()
    expect(page.get_by_role("heading", name="Noodtoegang", exact=True)).to_be_visible()
    row = page.get_by_role("row").filter(has_text="langedijk")
    expect(row).to_contain_text(REASON)
    expect(row).to_contain_text(str(household.pk))
    expect(row.get_by_role("link", name=re.compile("Beoordelen"))).to_be_visible()

    page.goto(f"{live_server.url}/privacy/toegangslog/")
    pass_two_factor()
    page.get_by_label("Gebruikersnaam").fill("langedijk")
    page.get_by_role("button", name="Zoeken").click()
    rows = page.get_by_role("row").filter(has_text=f"household {household.pk}")
    # First refused (not in their need-to-know), then read under the emergency access.
    expect(rows.filter(has_text="Geweigerd")).to_have_count(1)
    read = rows.filter(has_text="Toegestaan")
    expect(read).to_contain_text("langedijk")
    expect(read).to_contain_text("Noodtoegang")
