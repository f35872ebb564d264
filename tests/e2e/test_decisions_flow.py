"""From a signed plan item to a decision, a letter, an allocation and an objection (issue 6, "Done when").

In the demo municipality the generalist of MET-team 1 asks for household help from a signed plan
item; the back office (`consulent`) checks legality, grants it result-oriented, signs, downloads the
PDF letter and allocates it to the provider, whose WMO301 message validates against the iWmo 3.2
schema. Another request of the same household is denied; the resident objects, the objection is
upheld and a new decision replaces the denial. Every new page type is checked with axe-core.
"""

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
import xmlschema
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

import plein.decisions
from plein.areas.models import PostcodeRange
from plein.cases import services as case_services
from plein.cases.models import Case, PlanItem
from plein.decisions import services as decision_services
from plein.decisions.models import Decision, Provision
from plein.demo import reference as ref
from plein.people.models import Professional
from plein.people.services import resident_register
from tests.e2e.helpers import assert_accessible

pytestmark = pytest.mark.e2e

WMO301_XSD = Path(plein.decisions.__file__).parent / "istandaarden" / "iwmo" / "WMO301.xsd"


def dutch(day: date) -> str:
    return day.strftime("%d-%m-%Y")


@pytest.fixture
def signed_plan(demo):
    """A household in MET-team 1 with a signed plan: household help and day care, both customised
    provisions. The day-care request is already in the back office, checked."""
    generalist = Professional.objects.get(username="generalist")
    kcc = Professional.objects.get(username="kcc")
    address = PostcodeRange.objects.filter(neighbourhood__district__teams__name=ref.MET_TEAMS[0]).order_by(
        "postcode", "house_number_from"
    )[0]
    today = timezone.localdate()
    resident = resident_register(
        actor=kcc,
        first_names="Gerda",
        last_name="Bakker-Test",
        birth_date=date(today.year - 74, 3, 9),
        bsn="111222333",
        postcode=address.postcode,
        house_number=address.house_number_to,
        street="Middenweg",
        city="Heerhugowaard",
    )
    household = resident.household_memberships.get().household
    case = case_services.case_open(actor=generalist, household=household)
    case = case_services.case_change_state(
        actor=generalist, case=case, to_state=Case.State.IN_CONVERSATION, expected_version=case.lock_version
    )
    plan = case_services.plan_start(actor=generalist, case=case)
    plan = case_services.plan_update(
        actor=generalist,
        plan=plan,
        expected_version=plan.lock_version,
        result_aimed_for="Mevrouw woont schoon en veilig thuis en heeft weer een ritme in de week.",
        timeline="Binnen een maand hulp in huis; na drie maanden evalueren.",
        evaluate_on=None,
        societal_contribution="",
        agreements="De buurvrouw doet de boodschappen.",
    )
    case_services.plan_item_add(
        actor=generalist,
        plan=plan,
        rung=PlanItem.Rung.CUSTOMISED_PROVISION,
        description="Hulp bij het schoonhouden van het huis",
        performed_by="Thuishulp (maatwerkvoorziening)",
        starts_on=today,
    )
    day_care_item = case_services.plan_item_add(
        actor=generalist,
        plan=plan,
        rung=PlanItem.Rung.CUSTOMISED_PROVISION,
        description="Dagbesteding twee dagdelen per week",
        performed_by="Dagbesteding (maatwerkvoorziening)",
        starts_on=today,
    )
    for signer in ("resident", "professional"):
        case_services.plan_sign(
            actor=generalist,
            plan=plan,
            signer=signer,
            resident=resident if signer == "resident" else None,
            signed_on=today,
            method="paper",
        )
    day_care = Provision.objects.get(municipality=case.municipality, name="Begeleiding groep (dagbesteding)")
    request = decision_services.request_create(
        actor=generalist,
        plan_item=day_care_item,
        provision=day_care,
        resident=resident,
        extent=2,
        desired_start=today,
        delivery_form="in_kind",
        result=day_care.results.first(),
        justification="Mevrouw zit alleen thuis en mist structuur; het netwerk kan dit niet bieden.",
    )
    officer = Professional.objects.get(username="consulent")
    check = decision_services.check_start(actor=officer, request=request)
    request.refresh_from_db()
    decision_services.check_record(
        actor=officer,
        request=request,
        answers={answer.pk: ("met", "") for answer in check.answers.all()},
        conclusion="does_not_meet",
        note="Er is een passende algemene voorziening in de wijk.",
        complete=True,
        expected_version=request.lock_version,
    )
    return case, plan, request


def test_a_plan_item_becomes_a_decision_a_letter_an_allocation_and_an_upheld_objection(
    page, live_server, log_in_demo, signed_plan
):
    case, plan, day_care_request = signed_plan
    url = live_server.url
    today = timezone.localdate()

    # 1. The generalist asks for household help from the signed plan item.
    log_in_demo("generalist")
    page.goto(url + reverse("cases:plan_detail", args=[case.pk, plan.pk]))
    page.get_by_role("link", name=re.compile(r"Aanvraag maken voor Hulp bij het schoonhouden")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Aanvraag maatwerkvoorziening")
    assert_accessible(page)
    household_help = Provision.objects.get(
        municipality=case.municipality, name="Huishoudelijke ondersteuning"
    )
    page.get_by_label("Voorziening").select_option(str(household_help.pk))
    page.get_by_label("Omvang").fill("12")  # more than the catalogue allows: refused, nothing lost
    page.get_by_label("Gewenste ingangsdatum").fill(dutch(today + timedelta(days=7)))
    page.get_by_role("combobox", name=re.compile(r"^Beoogd resultaat")).select_option(
        label="Een schoon en leefbaar huis"
    )
    page.get_by_label("Zorg in natura").check()
    page.get_by_label("Onderbouwing uit het gesprek").fill(
        "Mevrouw kan door haar beperkingen niet meer zwaar schoonmaken; de kinderen wonen ver weg."
    )
    page.get_by_label("De inwoner stemt in met het delen").check()
    page.get_by_role("button", name="Aanvraag indienen").click()
    expect(page.get_by_role("alert")).to_contain_text("Omvang")
    expect(page.get_by_label("Onderbouwing uit het gesprek")).to_have_value(re.compile("zwaar schoonmaken"))
    assert_accessible(page)
    page.get_by_label("Omvang").fill("3")
    page.get_by_role("button", name="Aanvraag indienen").click()
    expect(page.get_by_text("De aanvraag is ingediend.")).to_be_visible()
    help_request = case.provision_requests.exclude(pk=day_care_request.pk).get()
    expect(page.get_by_role("heading", level=1)).to_contain_text(help_request.reference)
    # The Wmo decision term: two weeks, moved to a working day when it ends in a weekend.
    expect(page.get_by_text(re.compile(r"nog 1[4-7] dagen")).first).to_be_visible()
    assert_accessible(page)

    # 2. The back office checks legality on its work list: every point, then the conclusion.
    log_in_demo("consulent")
    page.get_by_role("link", name="Beschikkingen", exact=True).click()
    assert_accessible(page)
    page.get_by_role("link", name=help_request.reference).click()
    assert_accessible(page)
    page.get_by_role("button", name="Controle starten").click()
    radios = page.get_by_role("radio", name="Voldaan", exact=True)
    for index in range(radios.count()):
        radios.nth(index).check()
    page.get_by_label("Voldoet: toekennen is mogelijk").check()
    assert_accessible(page)
    page.get_by_role("button", name="Controle afronden").click()
    expect(page.get_by_text("De controle is afgerond.")).to_be_visible()

    # 3. A result-oriented grant, in kind by the provider, signed and sent with its PDF letter.
    page.get_by_role("link", name="Beschikking opstellen").click()
    page.get_by_label("Toekenning", exact=True).check()
    page.get_by_label("Resultaat").select_option(label="Een schoon en leefbaar huis")
    page.get_by_label("Omvang").fill("3")
    page.get_by_label("Ingangsdatum").fill(dutch(today + timedelta(days=7)))
    page.get_by_label("Einddatum").fill(dutch(today + timedelta(days=372)))
    page.get_by_label("Leveringsvorm").select_option("in_kind")
    page.get_by_label("Aanbieder").select_option(label="Thuishulp Noord-Holland")
    page.get_by_label("Motivering").fill(
        "U kunt het zware schoonmaakwerk niet meer zelf doen en uw netwerk kan het niet overnemen."
    )
    assert_accessible(page)
    page.get_by_role("button", name="Concept opslaan").click()
    expect(page.get_by_text("Het concept van de beschikking is opgeslagen.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Ondertekenen").click()
    expect(page.get_by_text("De beschikking is ondertekend en verzonden.")).to_be_visible()
    grant = Decision.objects.get(request=help_request)
    assert grant.status == Decision.Status.SENT and grant.sent_on == today
    with page.expect_download() as letter:
        page.get_by_role("link", name="Brief downloaden (pdf)").click()
    assert letter.value.suggested_filename == f"beschikking-{grant.reference}.pdf"
    assert Path(letter.value.path()).read_bytes().startswith(b"%PDF")

    # 4. Allocated to the provider: the WMO301 message is valid iWmo 3.2.
    page.get_by_role("link", name="Toewijzen aan de aanbieder").click()
    page.get_by_label("Informatie voor de aanbieder (warme overdracht)").fill(
        "Mevrouw is slechthorend: bel eerst aan en wacht even."
    )
    page.get_by_role("button", name="Toewijzen").click()
    expect(page.get_by_text("De voorziening is toegewezen.")).to_be_visible()
    with page.expect_download() as message:
        page.get_by_role("link", name=re.compile(r"WMO301-bericht downloaden")).click()
    xml = Path(message.value.path()).read_bytes()
    xmlschema.XMLSchema(str(WMO301_XSD)).validate(xml.decode())
    assert b"111222333" in xml  # the provider needs the BSN to declare
    assert case.handovers.filter(organisation__name="Thuishulp Noord-Holland").exists()

    # 5. The day-care request is denied; the resident objects; the objection is upheld.
    page.goto(url + reverse("decisions:request_detail", args=[day_care_request.pk]))
    page.get_by_role("link", name="Beschikking opstellen").click()
    page.get_by_label("Afwijzing", exact=True).check()
    page.get_by_label("Motivering").fill(
        "In uw wijk is een inloophuis met activiteiten op vaste dagen. Dat past bij wat u zoekt."
    )
    page.get_by_role("button", name="Concept opslaan").click()
    page.get_by_role("button", name="Ondertekenen").click()
    expect(page.get_by_text("De beschikking is ondertekend en verzonden.")).to_be_visible()
    denial = Decision.objects.get(request=day_care_request)
    page.get_by_role("link", name="Bezwaar registreren").click()
    page.get_by_label("Ontvangen op").fill(dutch(today))
    page.get_by_label("Gronden van het bezwaar").fill(
        "Het inloophuis is alleen met trappen bereikbaar en ik loop met een rollator."
    )
    assert_accessible(page)
    page.get_by_role("button", name="Bezwaar registreren").click()
    expect(page.get_by_text("Het bezwaar is geregistreerd.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Beslissen op het bezwaar").click()
    page.get_by_label("Gegrond", exact=True).check()
    page.get_by_label("Toelichting op de uitkomst").fill(
        "Het inloophuis is voor mevrouw niet bereikbaar; er is geen passende algemene voorziening."
    )
    page.get_by_role("button", name="Beslissing vastleggen").click()
    expect(page.get_by_text("De beslissing op het bezwaar is vastgelegd.")).to_be_visible()
    # An upheld objection leads straight to the new decision.
    expect(page.get_by_text("stel nu de nieuwe beschikking op")).to_be_visible()
    page.get_by_label("Toekenning", exact=True).check()
    page.get_by_label("Resultaat").select_option(index=1)
    page.get_by_label("Omvang").fill("2")
    page.get_by_label("Ingangsdatum").fill(dutch(today + timedelta(days=14)))
    page.get_by_label("Einddatum").fill(dutch(today + timedelta(days=300)))  # day care: 12 months at most
    page.get_by_label("Leveringsvorm").select_option("in_kind")
    page.get_by_label("Aanbieder").select_option(label="Dagbesteding De Werkplaats")
    page.get_by_label("Motivering").fill("Na uw bezwaar: er is geen bereikbare algemene voorziening.")
    page.get_by_role("button", name="Concept opslaan").click()
    page.get_by_role("button", name="Ondertekenen").click()
    expect(page.get_by_text("De beschikking is ondertekend en verzonden.")).to_be_visible()
    new_decision = Decision.objects.get(follows_objection__decision=denial)
    assert new_decision.outcome == Decision.Outcome.GRANT
    denial.refresh_from_db()
    assert denial.status == Decision.Status.REVOKED
    page.goto(url + reverse("decisions:decision_detail", args=[denial.pk]))
    expect(page.get_by_text("Deze beschikking is herroepen na bezwaar.")).to_be_visible()

    # 6. On the case page the generalist sees the household's decisions.
    log_in_demo("generalist")
    page.goto(url + reverse("cases:case_detail", args=[case.pk]))
    section = page.get_by_role("region", name="Aanvragen en beschikkingen")
    for decision in (grant, denial, new_decision):
        expect(section.get_by_role("link", name=decision.reference)).to_be_visible()
