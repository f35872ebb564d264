"""A KCC employee registers a phone call and answers it at once with a referral from the social map,
with the keyboard alone.

The test counts the keys pressed, so the closing note can say what registering a call costs.
"""

import pytest
from playwright.sync_api import expect

from plein.directory.models import Service
from plein.directory.search import rebuild_index
from plein.intake.models import Request
from tests import factories
from tests.e2e.helpers import Keyboard

pytestmark = pytest.mark.e2e

QUESTION = "Mevrouw kan haar boodschappen niet meer zelf doen."


def test_kcc_registers_a_phone_call_and_answers_it_with_the_keyboard(
    page, live_server, log_in, transactional_db, world, register_resident
):
    register_resident(first_names="Anna", last_name="de Boer", postcode="1701AB", house_number=7)
    volunteers = factories.OrganisationFactory(name="Vrijwilligerscentrale")
    for name, description, level in (
        ("Huishoudelijke ondersteuning", "Hulp in huis, met een beschikking.", Service.Level.CUSTOMISED),
        ("Boodschappendienst", "Een vrijwilliger doet wekelijks boodschappen voor u.", Service.Level.GENERAL),
    ):
        Service.objects.create(
            organisation=volunteers,
            municipality=world.municipality,
            name=name,
            description=description,
            level=level,
        )
    rebuild_index()
    log_in("kcc")
    keys = Keyboard(page)

    # Search first, so nobody is registered twice.
    page.goto(f"{live_server.url}/inwoners/zoeken/")
    keys.tab_to(page.get_by_label("Postcode"))
    keys.type("1701AB")
    keys.press("Tab")
    keys.type("7")
    keys.press("Enter")
    keys.tab_to(page.get_by_role("link", name="Anna de Boer", exact=True))
    keys.press("Enter")
    keys.tab_to(page.get_by_role("link", name="Melding registreren").last)
    keys.press("Enter")

    # The call: channel "telefoon" and source "de inwoner zelf" are the defaults.
    expect(page.get_by_role("heading", name="Melding registreren")).to_be_visible()
    keys.tab_to(page.get_by_label("Vraag in eigen woorden"))
    keys.type(QUESTION)
    keys.tab_to(page.get_by_role("button", name="Registreren"))
    keys.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Melding V-")
    registered_after = keys.presses

    # The page explains the route and suggests the volunteers' grocery service first (level 0).
    expect(page.get_by_role("heading", name="Waarom deze route")).to_be_visible()
    refer = page.get_by_role("button", name="Verwijs hiernaar: Boodschappendienst")
    expect(refer).to_be_visible()

    # Answered at once, with a referral from the suggestions.
    keys.tab_to(refer)
    keys.press("Enter")
    expect(page.get_by_text("De melding is direct beantwoord en afgehandeld.")).to_be_visible()

    melding = Request.objects.get()
    assert melding.channel == Request.Channel.PHONE and melding.outcome == Request.Outcome.ANSWERED
    assert melding.resident.first_names == "Anna" and melding.team == world.team
    answered = melding.events.get(kind="answered")
    assert answered.actor.username == "kcc"
    assert answered.note == "Verwezen naar Boodschappendienst (Vrijwilligerscentrale)"
    print(
        f"\nkeys to register the call: {registered_after} ({len(QUESTION)} of them the question); "
        f"to answer it with a referral from the social map: {keys.presses - registered_after}"
    )
