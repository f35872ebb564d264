"""A directory editor keeps the demo's social map up to date, and residents see it at once.

The editor verifies the oldest stale service, renames a service, and the portal's search finds the
new name; axe-core finds no serious or critical violation on any of the editor's page types.
"""

import pytest
from playwright.sync_api import expect

from plein.demo.logins import DEMO_PASSWORD
from plein.directory.models import Service
from tests.e2e.helpers import assert_accessible

pytestmark = pytest.mark.e2e

NEW_NAME = "Klusjesdienst Zilvervloot"


def test_an_editor_verifies_and_renames_services_and_residents_find_the_new_name(
    page, live_server, log_in, demo
):
    log_in("redacteur", DEMO_PASSWORD)

    page.get_by_role("link", name="Sociale kaart").click()
    expect(page.get_by_role("heading", level=1, name="Sociale kaart")).to_be_visible()
    assert_accessible(page)

    # The stale list: the service checked longest ago is first; verifying takes it off the list.
    page.goto(f"{live_server.url}/sociale-kaart/niet-gecontroleerd/")
    assert_accessible(page)
    first = page.get_by_role("button", name="Gecontroleerd").first
    stale_name = first.inner_text().removeprefix("Gecontroleerd").removeprefix(":").strip()
    assert stale_name, "the verify button names its service"
    first.click()
    expect(page.get_by_role("heading", level=1, name="Niet gecontroleerd in 12 maanden")).to_be_visible()
    expect(page.get_by_role("button", name=f"Gecontroleerd: {stale_name}", exact=True)).to_have_count(0)

    # Rename a level-0 service; the portal's search finds it by its new name right away.
    service = Service.objects.filter(municipality__cbs_code="GM0398", level=0, active=True).first()
    page.goto(f"{live_server.url}/sociale-kaart/diensten/{service.pk}/wijzigen/")
    assert_accessible(page)
    page.get_by_label("Naam", exact=True).fill(NEW_NAME)
    page.get_by_role("button", name="Dienst opslaan").click()
    expect(page.get_by_role("heading", level=1, name=NEW_NAME)).to_be_visible()
    assert_accessible(page)

    for path in (
        "/sociale-kaart/diensten/nieuw/",
        "/sociale-kaart/organisaties/",
        "/sociale-kaart/verhalen/",
        "/sociale-kaart/synoniemen/",
        "/sociale-kaart/portaal/",
        "/sociale-kaart/open-referral/",
    ):
        page.goto(f"{live_server.url}{path}")
        assert_accessible(page)

    page.goto(f"{live_server.url}/zoeken/?q=zilvervloot")
    expect(page.get_by_role("link", name=NEW_NAME)).to_be_visible()
