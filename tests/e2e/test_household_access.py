"""A team member finds a household by postcode; a member of another municipality's team cannot."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


@pytest.fixture
def anna(transactional_db, world, register_resident):
    return register_resident(first_names="Anna", last_name="de Boer", postcode="1701AB", house_number=7)


def test_team_member_finds_a_resident_by_postcode_and_opens_the_household(page, live_server, log_in, anna):
    log_in("generalist")

    page.get_by_role("link", name="Inwoners zoeken").click()
    page.get_by_label("Postcode").fill("1701 ab")
    page.get_by_label("Huisnummer").fill("7")
    page.get_by_label("Huisnummer").press("Enter")

    expect(page.get_by_role("heading", name="1 gevonden")).to_be_visible()
    page.get_by_role("link", name="Huishouden bekijken van Anna de Boer").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Huishouden")
    expect(page.get_by_role("cell", name="Anna de Boer", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Team Noord")).to_be_visible()


def test_member_of_another_municipality_cannot_find_or_open_the_household(page, live_server, log_in, anna):
    household_id = anna.household_memberships.get().household_id
    log_in("andere")

    page.get_by_role("link", name="Inwoners zoeken").click()
    page.get_by_label("Postcode").fill("1701AB")
    page.get_by_label("Huisnummer").fill("7")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_role("heading", name="Niemand gevonden")).to_be_visible()
    expect(page.get_by_text("Anna")).to_have_count(0)

    response = page.goto(f"{live_server.url}/huishoudens/{household_id}/")
    assert response.status == 404
    expect(page.get_by_role("heading", name="Niet gevonden")).to_be_visible()


def test_registration_errors_keep_what_was_typed(page, live_server, log_in, world):
    log_in("kcc")

    page.get_by_role("link", name="Inwoner registreren").click()
    page.get_by_label("Voornamen").fill("Fatima")
    page.get_by_label("Achternaam").fill("El Amrani")
    page.get_by_label("Geboortedatum").fill("03-02-1975")
    page.get_by_label("BSN").fill("123456789")
    page.get_by_label("Postcode").fill("1701AB")
    page.get_by_label("Huisnummer", exact=True).fill("3")
    page.get_by_role("button", name="Opslaan").click()

    expect(page.get_by_role("alert")).to_contain_text("Dit is geen geldig BSN")
    expect(page.get_by_label("Voornamen")).to_have_value("Fatima")
    expect(page.get_by_label("BSN")).to_have_value("123456789")

    page.get_by_label("BSN").fill("111222333")
    page.get_by_role("button", name="Opslaan").click()
    expect(page).to_have_url(re.compile(r"/inwoners/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Fatima El Amrani")
