"""WCAG 2.1 AA checks with axe-core on the pages a team member uses."""

import pytest

from tests.e2e.helpers import assert_accessible

pytestmark = pytest.mark.e2e


def test_work_pages_have_no_wcag_violations(
    page, live_server, log_in, transactional_db, world, register_resident
):
    anna = register_resident(first_names="Anna", postcode="1701AB", house_number=7)
    household_id = anna.household_memberships.get().household_id

    page.goto(f"{live_server.url}/inloggen/")
    assert_accessible(page)
    log_in("generalist")
    assert_accessible(page)

    page.get_by_role("link", name="Inwoners zoeken").click()
    page.get_by_label("Postcode").fill("1701AB")
    page.get_by_role("button", name="Zoeken").click()
    assert_accessible(page)

    for path in (
        f"/huishoudens/{household_id}/",
        f"/inwoners/{anna.pk}/",
        "/teams/",
        f"/teams/{world.team.pk}/",
    ):
        page.goto(live_server.url + path)
        assert_accessible(page)

    page.goto(f"{live_server.url}/inwoners/nieuw/")
    page.get_by_role("button", name="Opslaan").click()
    assert_accessible(page)
