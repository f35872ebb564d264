"""A GP's signal about a family with a 9-year-old reaches the youth and family team's queue."""

import datetime

import pytest
from playwright.sync_api import expect

from plein.areas.models import Role, Team
from plein.areas.services import membership_add
from plein.intake.models import Request
from tests import factories

pytestmark = pytest.mark.e2e


@pytest.fixture
def youth_team(transactional_db, world):
    team = factories.TeamFactory(
        municipality=world.municipality, name="Jeugd- en gezinsteam", kind=Team.Kind.YOUTH_AND_FAMILY
    )
    team.districts.add(world.district)
    return team


def test_a_gps_signal_about_a_child_reaches_the_youth_team(page, live_server, log_in, world, youth_team):
    gp = factories.ProfessionalFactory(
        username="huisarts", first_name="Hanna", last_name="Huisarts", email="huisarts@example.org"
    )
    practice = factories.OrganisationFactory(name="Huisartsenpraktijk Centrum")
    membership_add(
        professional=gp,
        role=Role.NETWORK_PARTNER,
        organisation=practice,
        municipality=world.municipality,
        starts_on=datetime.date(2020, 1, 1),
    )
    coach = factories.ProfessionalFactory(username="coach")
    membership_add(
        professional=coach,
        role=Role.YOUTH_COACH,
        organisation=world.organisation,
        team=youth_team,
        starts_on=datetime.date(2020, 1, 1),
    )

    log_in("huisarts")
    page.goto(f"{live_server.url}/signaal/")
    expect(page.get_by_text("Geen medische of andere privégegevens")).to_be_visible()
    page.get_by_label("Wat is u opgevallen?").fill(
        "Het kind (9) komt vaak zonder ontbijt en moe op het spreekuur."
    )
    page.get_by_label("Postcode").fill("1701AB")
    page.get_by_label("Huisnummer").fill("7")
    page.get_by_text("Ja", exact=True).first.check()
    page.get_by_role("button", name="Signaal versturen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("ontvangen")

    signal = Request.objects.get()
    assert signal.channel == Request.Channel.PROFESSIONAL_SIGNAL
    assert signal.source_organisation == practice
    assert signal.minors_involved and signal.team == youth_team

    page.context.clear_cookies()  # the public confirmation page has no work-UI header to log out from
    log_in("coach")
    page.get_by_role("link", name="Meldingen", exact=True).click()
    expect(page.get_by_role("link", name=signal.reference)).to_be_visible()
