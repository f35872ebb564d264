"""Decision letters: plain Dutch, the facts of the decision, the municipality's own texts, the last
day to object, and never the BSN."""

import datetime
from decimal import Decimal

import pytest
from django.utils.formats import date_format

from plein.decisions import letters
from plein.decisions.models import Decision, DeliveryForm, Frequency, LetterTemplate, Objection, Unit
from plein.people.models import HouseholdMembership
from plein.people.services import resident_register
from tests.decisions.document_builders import ANNA_BSN, make_decision, make_request, send

pytestmark = pytest.mark.django_db


@pytest.fixture
def at_home(anna, household):
    """Anna with a BSN, at a full address."""
    anna.bsn = ANNA_BSN
    anna.save(update_fields=["bsn"])
    address = household.address
    address.street, address.city, address.house_letter = "Dorpsstraat", "Heerhugowaard", "a"
    address.save()
    return anna


@pytest.fixture
def grant(at_home, household, catalogue, officer, provider):
    request = make_request(
        provision=catalogue.household_help, resident=at_home, household=household, officer=officer, extent="4"
    )
    return make_decision(request=request, officer=officer, extent=Decimal("3"), provider=provider)


def _last_day(day: datetime.date) -> str:
    return date_format(day, "l j F Y")


def test_a_grant_letter_has_every_fact_in_plain_dutch_and_no_bsn(grant, officer):
    decision = send(grant, officer=officer)  # as the signing service passes it: dates set, not saved

    html = letters.decision_letter_html(decision)

    for text in (
        "Gemeente A",
        "Anna Jansen",
        "Dorpsstraat 1 a",
        "1701 AB  HEERHUGOWAARD",
        decision.reference,
        decision.request.reference,
        "Besluit op uw aanvraag voor huishoudelijke ondersteuning",
        "U vroeg om huishoudelijke ondersteuning.",
        "4 uur per week",  # what was asked
        "3 uur per week",  # what was granted
        "Een schoon en leefbaar huis",
        "3 maart 2025",
        "2 maart 2026",
        "Thuiszorg West-Friesland geeft u deze ondersteuning.",
        "U kunt het huis niet meer zelf schoonhouden.",
        "Dit besluit is gebaseerd op artikel 2.3.5 Wmo 2015",
        "Dan kunt u bezwaar maken.",
        f"De laatste dag om bezwaar te maken is {_last_day(datetime.date(2025, 3, 17))}.",
        "namens het college van burgemeester en wethouders",
        officer.get_full_name(),
    ):
        assert text in html, text
    assert "maandag 17 maart 2025" in html
    assert ANNA_BSN not in html
    assert "CONCEPT" not in html


def test_the_pdf_is_a_pdf_and_rendering_fetches_nothing(grant, officer):
    pdf = letters.decision_letter_pdf(send(grant, officer=officer))

    assert pdf.startswith(b"%PDF")
    assert ANNA_BSN.encode() not in pdf


def test_a_draft_is_marked_as_concept_and_names_the_term_without_a_date(grant):
    html = letters.decision_letter_html(grant)

    assert "CONCEPT – nog niet verzonden" in html
    assert "U heeft hiervoor zes weken de tijd na de datum van deze brief." in html
    assert letters.decision_letter_pdf(grant).startswith(b"%PDF")


def test_the_municipality_writes_its_own_texts(world, grant, officer):
    LetterTemplate.objects.create(
        municipality=world.municipality,
        kind=LetterTemplate.Kind.GRANT,
        opening="Fijn dat u ons om hulp vroeg. Hier leest u ons besluit.",
        closing="Bel het Sociaal Loket: 0800 1234, elke werkdag van 9 tot 17 uur.",
        objection_clause="Niet eens? Stuur binnen zes weken een brief aan het college.",
        signatory="de burgemeester en wethouders van Gemeente A",
    )
    # Another municipality's template and another kind change nothing here.
    LetterTemplate.objects.create(
        municipality=world.other_municipality,
        kind=LetterTemplate.Kind.GRANT,
        opening="Tekst van gemeente B.",
        closing="-",
        objection_clause="-",
        signatory="-",
    )
    decision = send(grant, officer=officer)
    decision.objection_clause = letters.letter_texts(world.municipality, LetterTemplate.Kind.GRANT)[
        "objection_clause"
    ]

    html = letters.decision_letter_html(decision)

    assert "Fijn dat u ons om hulp vroeg." in html
    assert "Bel het Sociaal Loket: 0800 1234" in html
    assert "Niet eens? Stuur binnen zes weken een brief aan het college." in html
    assert "namens de burgemeester en wethouders van Gemeente A" in html
    assert "Tekst van gemeente B." not in html
    assert letters.DEFAULT_TEXTS[LetterTemplate.Kind.GRANT]["opening"] not in html
    # The concrete last day is always there, whatever the municipality's own clause says.
    assert f"De laatste dag om bezwaar te maken is {_last_day(datetime.date(2025, 3, 17))}." in html


def test_letter_texts_fall_back_to_the_defaults(world):
    assert letters.letter_texts(world.municipality, LetterTemplate.Kind.DENY) == letters.DEFAULT_TEXTS["deny"]
    assert letters.letter_texts(world.municipality.pk, "grant")["objection_clause"] == (
        letters.DEFAULT_OBJECTION_CLAUSE
    )
    # After an objection the next step is the court.
    assert (
        "in beroep gaan bij de rechtbank"
        in letters.letter_texts(world.municipality, "objection")["objection_clause"]
    )
    LetterTemplate.objects.create(
        municipality=world.municipality,
        kind=LetterTemplate.Kind.DENY,
        opening="Eigen inleiding.",
        closing="",
        objection_clause=" ",
        signatory="",
    )
    texts = letters.letter_texts(world.municipality, "deny")
    assert texts["opening"] == "Eigen inleiding."
    assert texts["objection_clause"] == letters.DEFAULT_OBJECTION_CLAUSE
    assert texts["signatory"] == letters.DEFAULT_SIGNATORY


def test_a_denial_gives_its_reasons_and_promises_nothing(at_home, household, catalogue, officer):
    request = make_request(
        provision=catalogue.household_help, resident=at_home, household=household, officer=officer
    )
    decision = make_decision(
        request=request,
        officer=officer,
        outcome=Decision.Outcome.DENY,
        reasons="Uw partner kan het huishouden doen. Dat heet gebruikelijke hulp.",
    )

    html = letters.decision_letter_html(send(decision, officer=officer))

    assert "U krijgt huishoudelijke ondersteuning niet. Wij wijzen uw aanvraag af." in html
    assert "Uw partner kan het huishouden doen. Dat heet gebruikelijke hulp." in html
    assert "Wat u krijgt" not in html and "Wie helpt u" not in html
    assert letters.DEFAULT_TEXTS["deny"]["opening"] in html
    assert "De laatste dag om bezwaar te maken is" in html
    assert letters.decision_letter_pdf(decision).startswith(b"%PDF")


def test_a_partial_grant_says_what_was_asked_and_what_is_given(grant, officer):
    grant.outcome = Decision.Outcome.PARTIAL
    grant.extent = Decimal("2.5")
    grant.save()

    html = letters.decision_letter_html(send(grant, officer=officer))

    assert "U krijgt een deel van wat u vroeg. U vroeg 4 uur per week. U krijgt 2,5 uur per week." in html
    assert letters.DEFAULT_TEXTS["partial"]["opening"] in html
    assert "Hulp van een aanbieder die de gemeente regelt" in html  # not "zorg in natura"
    assert "natura" not in html


def test_a_partial_grant_for_another_result_says_which(grant, officer, catalogue):
    grant.outcome = Decision.Outcome.PARTIAL
    grant.extent = grant.request.extent
    grant.result = catalogue.household_help.results.get(name="Schone en draagbare kleding")
    grant.save()

    html = letters.decision_letter_html(send(grant, officer=officer))

    assert (
        "U krijgt een deel van wat u vroeg. U vroeg hulp om dit te bereiken: een schoon en leefbaar huis. "
        "Wij geven hulp om dit te bereiken: schone en draagbare kleding."
    ) in html
    assert "U vroeg 4 uur per week. U krijgt" not in html


def test_a_personal_budget_is_explained(at_home, household, catalogue, officer):
    request = make_request(
        provision=catalogue.household_help,
        resident=at_home,
        household=household,
        officer=officer,
        delivery_form=DeliveryForm.PGB,
        pgb_plan="Mijn buurvrouw helpt, zij is zzp'er.",
    )
    decision = make_decision(request=request, officer=officer, budget=Decimal("1250"))

    html = letters.decision_letter_html(send(decision, officer=officer))

    assert "U krijgt een persoonsgebonden budget (pgb) van € 1.250,00." in html
    assert "Sociale Verzekeringsbank (SVB)" in html
    assert "Wie helpt u" not in html


def test_the_decision_after_an_objection_points_to_the_court(grant, officer, anna):
    old = send(grant, officer=officer)
    old.status = Decision.Status.REVOKED
    old.save()
    objection = Objection.objects.create(
        reference="BZ-TEST0001",
        decision=old,
        objector=anna,
        received_on=datetime.date(2025, 2, 20),
        grounds="Ik heb meer uren nodig.",
        handling_due_on=datetime.date(2025, 4, 30),
        outcome=Objection.Outcome.UPHELD,
        decided_on=datetime.date(2025, 4, 1),
        registered_by=officer,
        registered_at=old.drafted_at,
    )
    new = make_decision(
        request=old.request,
        officer=officer,
        extent=Decimal("4"),
        provider=old.provider,
        follows_objection=objection,
        # Even when Plein's bezwaar default was stored, the letter sends the resident to the court.
        objection_clause=letters.DEFAULT_OBJECTION_CLAUSE,
    )
    send(new, officer=officer, sent_on=datetime.date(2025, 4, 1), due=datetime.date(2025, 5, 13))

    html = letters.decision_letter_html(new)

    assert "Beslissing op uw bezwaar over huishoudelijke ondersteuning" in html
    assert f"U maakte bezwaar tegen ons besluit van 3 februari 2025 (kenmerk {old.reference})." in html
    assert "Wij vinden dat u gelijk heeft. Daarom nemen wij een nieuw besluit." in html
    assert "Bent u het niet eens met deze beslissing?" in html
    assert "in beroep gaan bij de rechtbank" in html
    assert "Dan kunt u bezwaar maken." not in html
    assert f"De laatste dag om in beroep te gaan is {_last_day(datetime.date(2025, 5, 13))}." in html
    assert letters.decision_letter_pdf(new).startswith(b"%PDF")


def test_a_letter_about_a_child_is_addressed_to_the_parents(world, household, catalogue, officer, provider):
    child = resident_register(
        actor=world.front_office,
        first_names="Noor",
        last_name="Jansen",
        birth_date=datetime.date(datetime.date.today().year - 12, 1, 1),
        postcode="1701AB",
        house_number=1,
        household=household,
        position=HouseholdMembership.Position.CHILD,
        bsn="123456782",
    )
    request = make_request(
        provision=catalogue.youth_help, resident=child, household=household, officer=officer
    )
    decision = make_decision(request=request, officer=officer, extent=Decimal("2"), provider=provider)

    html = letters.decision_letter_html(send(decision, officer=officer, sent_on=datetime.date.today()))

    assert "De ouders of verzorgers van" in html
    assert "Beste ouder of verzorger," in html
    assert "U vroeg om jeugdhulp ambulant voor Noor Jansen." in html
    assert "2 uur per week" in html
    assert "Artikel 2.3 Jeugdwet" not in html and "artikel 2.3 Jeugdwet" in html
    assert "123456782" not in html


@pytest.mark.parametrize(
    ("extent", "unit", "frequency", "words"),
    [
        ("3", Unit.HOUR, Frequency.PER_WEEK, "3 uur per week"),
        ("2.50", Unit.HOUR, Frequency.PER_WEEK, "2,5 uur per week"),
        ("1", Unit.MINUTE, Frequency.PER_DAY, "1 minuut per dag"),
        ("45", Unit.MINUTE, Frequency.PER_DAY, "45 minuten per dag"),
        ("2", Unit.DAY_PART, Frequency.PER_WEEK, "2 dagdelen van 4 uur per week"),
        ("1", Unit.DAY, Frequency.PER_MONTH, "1 etmaal per maand"),
        ("1", Unit.PIECE, Frequency.TOTAL, "1 stuk"),
        ("1500", Unit.EURO, Frequency.TOTAL, "€ 1.500,00 in totaal"),
        ("12", Unit.HOUR, Frequency.TOTAL, "12 uur in totaal"),
    ],
)
def test_the_extent_in_words(extent, unit, frequency, words):
    assert letters.extent_in_words(Decimal(extent), unit, frequency) == words


@pytest.mark.parametrize(
    ("name", "in_a_sentence"),
    [
        ("Huishoudelijke ondersteuning", "huishoudelijke ondersteuning"),
        ("Traplift", "traplift"),
        ("Jeugd-GGZ", "Jeugd-GGZ"),
        ("GGZ-behandeling", "GGZ-behandeling"),
    ],
)
def test_a_provision_name_inside_a_sentence_keeps_its_abbreviations(name, in_a_sentence):
    assert letters.lower_first(name) == in_a_sentence
