"""A resident asks a question on the public site; it lands with the team serving their postcode."""

import re

import pytest
from playwright.sync_api import expect

from plein.core.models import LifeDomain
from plein.intake.models import Request
from tests.e2e.helpers import assert_accessible

pytestmark = pytest.mark.e2e


@pytest.fixture
def domains(transactional_db):
    # The 13 ZRM domains come from a data migration; an earlier transactional test may have flushed them.
    LifeDomain.objects.get_or_create(code="finances", defaults={"name": "Financiën", "order": 1})
    LifeDomain.objects.get_or_create(
        code="instrumental_adl", defaults={"name": "Instrumentele ADL", "order": 10}
    )


def test_a_resident_asks_a_question_and_it_lands_in_team_noords_inbox(
    page, live_server, log_in, transactional_db, world, domains
):
    page.goto(f"{live_server.url}/vraag/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Stel je vraag")

    page.get_by_label("Uw vraag").fill("Ik kan mijn boodschappen niet meer zelf doen. Wie helpt mij? 🙏")
    page.get_by_label("Instrumentele ADL").check()
    page.get_by_label("Postcode").fill("1701 ab")
    page.get_by_label("Huisnummer").fill("7")
    page.get_by_label("Uw naam").fill("Zoë de Boer")
    page.get_by_label("Telefoonnummer").fill("06-12345678")
    page.get_by_label("Bel mij").check()
    page.get_by_label("Ja, u mag contact met mij opnemen over mijn vraag.").press("Space")
    page.get_by_role("button", name="Vraag versturen").press("Enter")

    expect(page).to_have_url(re.compile(r"/vraag/ontvangen/V-[A-Z0-9]{8}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw vraag is ontvangen")
    created = Request.objects.get()
    expect(page.locator(".public-reference__code")).to_have_text(created.reference)
    expect(
        page.get_by_text("Een medewerker van Team Noord neemt binnen 5 werkdagen contact met u op")
    ).to_be_visible()
    expect(page.get_by_text("boodschappen")).to_have_count(0)

    assert created.team == world.team
    assert created.is_wmo_melding is True
    assert created.channel == Request.Channel.WEB
    assert created.contact_consent is True
    assert [domain.code for domain in created.life_domains.all()] == ["instrumental_adl"]
    assert_accessible(page)

    # The generalist of Team Noord finds it in the team inbox, with the Wmo term running.
    log_in("generalist")
    page.get_by_role("link", name="Meldingen", exact=True).click()
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=created.reference))
    expect(row).to_contain_text("Team Noord")
    expect(row).to_contain_text("nog 42 dagen")


def test_public_pages_have_no_wcag_violations(page, live_server, transactional_db, world, domains):
    for path in ("/vraag/", "/signaal/"):
        page.goto(live_server.url + path)
        assert_accessible(page)

    page.goto(f"{live_server.url}/vraag/")
    page.get_by_label("Postcode").fill("17AB")
    page.get_by_role("button", name="Vraag versturen").click()
    expect(page.get_by_role("alert")).to_contain_text("Uw vraag")
    expect(page.get_by_label("Postcode")).to_have_value("17AB")
    assert_accessible(page)
