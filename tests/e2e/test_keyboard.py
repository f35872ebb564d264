"""Everything a team member does on the foundation pages works with the keyboard alone."""

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import Keyboard

pytestmark = pytest.mark.e2e


def test_log_in_search_and_open_a_household_with_the_keyboard_only(
    page, live_server, transactional_db, world, register_resident
):
    register_resident(first_names="Anna", last_name="de Boer", postcode="1701AB", house_number=7)
    page.goto(f"{live_server.url}/inloggen/")

    # The username field has focus on arrival; Tab moves to the password, Enter submits.
    expect(page.get_by_label("Gebruikersnaam")).to_be_focused()
    page.keyboard.type("generalist")
    page.keyboard.press("Tab")
    page.keyboard.type("geheim-wachtwoord-1")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/werk/")

    # The skip link is the first stop and moves focus to the content.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Naar de inhoud")).to_be_focused()
    page.keyboard.press("Enter")

    # The quick search on the start page: postcode, house number, Enter.
    keys = Keyboard(page)
    keys.tab_to(page.get_by_label("Postcode"), at_most=10)
    page.keyboard.type("1701AB")
    page.keyboard.press("Tab")
    page.keyboard.type("7")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="1 gevonden")).to_be_visible()

    keys.tab_to(page.get_by_role("link", name="Huishouden bekijken van Anna de Boer"), at_most=40)
    page.keyboard.press("Enter")
    expect(page.get_by_role("cell", name="Anna de Boer", exact=True)).to_be_visible()
