"""The integral case, end to end in the demo municipality (issue 4, "Done when").

A request about a family (a parent and a 12-year-old) routed to MET-team 1 becomes a case; the
broad conversation is recorded with ZRM scores; the case conference refuses the generalist as
regiehouder (a minor in the household needs the jeugd- en gezinscoach) and assigns `jgcoach`; the
plan with items on three rungs of the ladder is signed and printed; a contact is added; three months
later the case is on the team's review list; it is closed with an end measurement and satisfaction.
Every new page type is checked with axe-core on the way.
"""

import re
from datetime import date, timedelta

import pytest
import time_machine
from django.utils import timezone
from playwright.sync_api import expect

from plein.areas.models import PostcodeRange
from plein.cases.models import Case, CoordinatorAssignment, Measurement, SatisfactionResponse, SupportPlan
from plein.demo import reference as ref
from plein.intake import services as intake_services
from plein.intake.models import Request
from plein.people.models import HouseholdMembership, Professional
from plein.people.services import resident_register
from tests.e2e.helpers import assert_accessible

pytestmark = pytest.mark.e2e


def years_ago(years: int, today: date) -> date:
    return today.replace(year=today.year - years) - timedelta(days=30)


@pytest.fixture
def family(demo):
    """Mother and her 12-year-old son in a MET-team 1 street, and a routed request about them."""
    kcc = Professional.objects.get(username="kcc")
    address = PostcodeRange.objects.filter(neighbourhood__district__teams__name=ref.MET_TEAMS[0]).order_by(
        "postcode", "house_number_from"
    )[0]
    today = timezone.localdate()
    mother = resident_register(
        actor=kcc,
        first_names="Sanne",
        last_name="Visser-Test",
        birth_date=years_ago(38, today),
        postcode=address.postcode,
        house_number=address.house_number_to,
        street="Middenweg",
        city="Heerhugowaard",
    )
    household = mother.household_memberships.get().household
    resident_register(
        actor=kcc,
        first_names="Daan",
        last_name="Visser-Test",
        birth_date=years_ago(12, today),
        postcode=address.postcode,
        house_number=address.house_number_to,
        household=household,
        position=HouseholdMembership.Position.CHILD,
    )
    melding = intake_services.request_register(
        actor=kcc,
        channel=Request.Channel.PHONE,
        source=Request.Source.RESIDENT,
        question="Het lukt me niet meer: schulden, en Daan gaat niet meer naar school.",
        resident=mother,
    )
    melding = intake_services.request_route(actor=kcc, request=melding)
    assert melding.team.name == ref.MET_TEAMS[0]
    return mother, melding


def test_a_routed_request_becomes_an_integral_case_that_is_planned_reviewed_and_closed(
    page, live_server, log_in_demo, family
):
    mother, melding = family
    url = live_server.url

    # 1. The generalist of MET-team 1 opens the request from the team inbox and opens a case.
    log_in_demo("generalist")
    page.get_by_role("link", name="Meldingen", exact=True).click()
    page.get_by_role("link", name=melding.reference).click()
    page.get_by_role("button", name="Casus openen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Casus C-")
    case = Case.objects.get(requests=melding)
    case_url = f"{url}/casussen/{case.pk}/"
    expect(page).to_have_url(case_url)
    expect(page.get_by_role("row", name=re.compile("Daan Visser-Test 12"))).to_be_visible()
    assert_accessible(page)

    # 2. The broad conversation, with ZRM scores on three domains and the Participatieladder.
    page.get_by_role("link", name="Breed gesprek vastleggen").click()
    assert_accessible(page)
    page.get_by_label("Bij de inwoner thuis").check()
    page.get_by_label("Wie was er verder bij?").fill("Zus van mevrouw")
    page.get_by_label("Onafhankelijke cliëntondersteuning is aangeboden").check()
    page.get_by_label("De vraag in eigen woorden").fill(
        "Ik wil van mijn schulden af en Daan moet weer naar school."
    )
    page.get_by_label("Eigen kracht: wat lukt al?").fill("Mevrouw houdt een kasboek bij.")
    page.get_by_label("Netwerk: wie kan waarmee helpen?").fill("De zus brengt Daan naar school.")
    for domain, score in (("Financiën", "2"), ("Huiselijke relaties", "3"), ("Werk & opleiding", "2")):
        page.get_by_label(f"ZRM-score {domain}").select_option(score)
    page.get_by_label("Bevinding Financiën").fill("Betalingsachterstanden bij drie schuldeisers.")
    page.get_by_label("Participatieladder").select_option("2")
    page.get_by_role("button", name="Gesprek vastleggen").click()
    expect(page.get_by_text("Het brede gesprek is vastgelegd.")).to_be_visible()
    expect(page.get_by_role("row", name=re.compile("Financiën 2"))).to_be_visible()

    # 3. Brought to the case conference, which refuses the generalist and assigns the J&G coach.
    page.get_by_role("link", name="Bespreken in het overleg").click()
    page.get_by_label("Waarom bespreken?").select_option(label="Regiehouder kiezen of wisselen")
    page.get_by_role("button", name="Op de agenda zetten").click()
    expect(page.get_by_text("De casus staat op de agenda van het volgende overleg.")).to_be_visible()
    page.get_by_role("link", name="Overleg", exact=True).click()
    assert_accessible(page)
    page.get_by_role("link", name=re.compile(r"MET-team 1")).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Afstemmingsoverleg")
    assert_accessible(page)

    item = page.get_by_role("article", name=re.compile(case.reference))
    item.get_by_label("Besluiten").fill("Schuldhulp via het team; school en jeugd via het J&G-team.")
    item.get_by_label(re.compile(r"^Regiehouder")).select_option(
        label=str(Professional.objects.get(username="generalist"))
    )
    item.get_by_role("button", name=f"Verslag opslaan voor casus {case.reference}").click()
    item = page.get_by_role("article", name=re.compile(case.reference))
    refusal = item.get_by_role("alert")
    expect(refusal).to_be_in_viewport()  # the page opens at the refused case, not at the top
    expect(refusal).to_contain_text("Regel ‘Minderjarige in het huishouden’")
    expect(refusal).to_contain_text("Jeugd- en gezinscoach")
    assert_accessible(page)
    expect(item.get_by_label("Besluiten")).to_have_value(re.compile("Schuldhulp"))
    jgcoach = Professional.objects.get(username="jgcoach")
    item.get_by_label(re.compile(r"^Regiehouder")).select_option(label=str(jgcoach))
    item.get_by_role("button", name=f"Verslag opslaan voor casus {case.reference}").click()
    expect(page.get_by_text(f"De besluiten over casus {case.reference} zijn vastgelegd.")).to_be_visible()
    case.refresh_from_db()
    assert case.coordinator == jgcoach

    # 4. The regiehouder makes the plan with items on three rungs; both sign; it is printed.
    log_in_demo("jgcoach")
    page.goto(case_url)
    page.get_by_role("button", name="Plan maken").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ondersteuningsplan")
    page.get_by_label("Beoogd resultaat").fill(
        "Over een jaar een betalingsregeling en Daan weer elke dag op school."
    )
    page.get_by_label("Tijdpad").fill("Drie maanden, dan evalueren.")
    page.get_by_role("button", name="Plan opslaan").click()
    expect(page.get_by_text("Het plan is opgeslagen.")).to_be_visible()
    for rung, what, who in (
        ("Eigen kracht", "Mevrouw opent alle post en legt die in één map.", "Mevrouw"),
        ("Netwerk / mantelzorg", "De zus brengt Daan drie ochtenden naar school.", "Zus"),
        ("Ondersteuning door het team", "Budgetcoaching door het MET-team.", "Sociaal werker"),
    ):
        page.get_by_label("Trede").select_option(label=rung)
        page.get_by_label("Wat", exact=True).fill(what)
        page.get_by_label("Wie doet het").fill(who)
        page.get_by_role("button", name="Onderdeel toevoegen").click()
        expect(page.get_by_text("Het onderdeel is toegevoegd.")).to_be_visible()
    assert_accessible(page)
    sign = page.get_by_role("region", name="Ondertekenen")
    sign.get_by_label("Inwoner", exact=True).check()
    sign.get_by_label("Inwoner die tekent").select_option(label=mother.full_name)
    sign.get_by_label("Persoonlijk op het scherm").check()
    sign.get_by_role("button", name="Handtekening vastleggen").click()
    expect(page.get_by_text("De handtekening is vastgelegd.")).to_be_visible()
    sign = page.get_by_role("region", name="Ondertekenen")
    sign.get_by_label("Professional", exact=True).check()
    sign.get_by_label("Persoonlijk op het scherm").check()
    sign.get_by_role("button", name="Handtekening vastleggen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("ondertekend")
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Plan als PDF downloaden").click()
    assert download_info.value.path().read_bytes().startswith(b"%PDF")
    pdf = page.request.get(download_info.value.url)
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")

    # 5. A contact.
    page.goto(case_url)
    page.get_by_role("link", name="Contact vastleggen").click()
    page.get_by_label("Soort contact").select_option(label="Huisbezoek")
    page.get_by_label("Duur in minuten").fill("60")
    page.get_by_label("Met wie").fill("Moeder en zoon")
    page.get_by_role("button", name="Contact vastleggen").click()
    expect(page.get_by_text("Het contact is vastgelegd.")).to_be_visible()
    expect(page.get_by_role("region", name="Contacten")).to_contain_text("Moeder en zoon")

    # A warm hand-over, with the mother's consent, lands in the partner's inbox.
    page.get_by_role("link", name="Warme overdracht", exact=True).click()
    assert_accessible(page)
    page.get_by_label("Naar organisatie").select_option(label=ref.S1)
    page.get_by_label("Informatie voor de partner").fill("Mevrouw wil hulp bij haar medicatie.")
    page.get_by_label("Toestemming gegeven door").select_option(label=mother.full_name)
    page.get_by_label("Hoe is de toestemming gegeven?").select_option(index=1)
    page.get_by_role("button", name="Overdracht versturen").click()
    expect(page.get_by_text("De overdracht is verstuurd.")).to_be_visible()
    log_in_demo("partner")
    page.get_by_role("link", name="Overdrachten", exact=True).click()
    handover = page.get_by_role("article", name=re.compile(case.reference))
    expect(handover).to_contain_text("Mevrouw wil hulp bij haar medicatie.")
    assert_accessible(page)
    handover.get_by_role("button", name=re.compile("^Accepteren")).click()
    expect(page.get_by_role("article", name=re.compile(case.reference))).to_contain_text("geaccepteerd")

    # 6. Three months after the conference, the case is on the team's review list.
    case.refresh_from_db()
    later = timezone.make_aware(
        timezone.datetime.combine(case.last_reviewed_on + timedelta(days=92), timezone.datetime.min.time())
    ).replace(hour=10)
    with time_machine.travel(later, tick=True):
        page.goto(f"{url}/casussen/?lijst=evaluatie")
        expect(page.get_by_role("heading", name="Inloggen")).to_be_visible()  # the session expired
        log_in_demo("coordinator")
        page.get_by_role("link", name="Casussen", exact=True).click()
        assert_accessible(page)
        page.get_by_role("link", name=re.compile("Langer dan 3 maanden")).click()
        review = page.get_by_role("row").filter(has=page.get_by_role("link", name=case.reference))
        expect(review).to_contain_text(str(jgcoach))
        assert_accessible(page)

        # 7. Closed with an end measurement and the resident's satisfaction.
        review.get_by_role("link", name=case.reference).click()
        # Only the regiehouder records a hand-over's outcome here; the team coordinator is not offered it.
        expect(page.get_by_role("region", name="Warme overdrachten")).to_contain_text("Geaccepteerd")
        expect(page.get_by_role("link", name=re.compile("^Afronden"))).to_have_count(0)
        page.get_by_role("link", name="Casus afsluiten").click()
        assert_accessible(page)
        page.get_by_label("Doelen bereikt").check()
        page.get_by_label("Afspraken over nazorg").fill("Over zes weken belt de sociaal werker nog eens.")
        for domain, score in (("Financiën", "4"), ("Huiselijke relaties", "4"), ("Werk & opleiding", "3")):
            page.get_by_label(f"ZRM-score {domain}").select_option(score)
        page.get_by_label("Participatieladder bij het einde").select_option("3")
        page.get_by_label("Rapportcijfer van de inwoner (1 tot en met 10)").select_option("8")
        page.get_by_label("Opmerking van de inwoner").fill("Fijn dat er één vast aanspreekpunt was.")
        page.get_by_role("button", name="Casus afsluiten").click()
        expect(page.get_by_text("De casus is afgesloten.")).to_be_visible()
        expect(page.get_by_text(f"{jgcoach} (tot de afsluiting)")).to_be_visible()
        assert_accessible(page)

    case.refresh_from_db()
    assert case.state == Case.State.CLOSED and case.closure_reason == Case.ClosureReason.GOALS_REACHED
    end = case.measurements.get(moment=Measurement.Moment.END)
    assert end.participation_rung == 3
    assert {s.life_domain.name: s.score for s in end.scores.select_related("life_domain")} == {
        "Financiën": 4,
        "Huiselijke relaties": 4,
        "Werk & opleiding": 3,
    }
    satisfaction = SatisfactionResponse.objects.get(case=case)
    assert (satisfaction.score, satisfaction.comment) == (8, "Fijn dat er één vast aanspreekpunt was.")
    history = CoordinatorAssignment.objects.filter(case=case)
    assert [a.professional.username for a in history] == ["jgcoach"]
    assert history.get().rule == "Minderjarige in het huishouden"
    plan = case.plans.get()
    assert plan.status == SupportPlan.Status.SIGNED
    assert sorted(plan.signatures.values_list("signer", flat=True)) == ["professional", "resident"]
    assert sorted(plan.items.values_list("rung", flat=True)) == [1, 2, 5]
    assert case.contacts.get().duration_minutes == 60
