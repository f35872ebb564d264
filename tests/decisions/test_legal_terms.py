"""Deadline arithmetic for every legal term (issue 6, item 6): table-driven, worked out by hand.

Each row is (what it shows, start date, expected last day). The expected dates were read from a
calendar, not produced by the code under test: the start date plus the term gives the raw last
day; when that is a Saturday, Sunday or a public holiday of the Algemene termijnenwet (art. 3:
Nieuwjaarsdag, Tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, Tweede Pinksterdag, Eerste en
Tweede Kerstdag) the term ends on the next working day. Goede Vrijdag is not one of them.

Easter was 31 March 2024, 20 April 2025 and 5 April 2026 (so Tweede Paasdag 6 April 2026,
Hemelvaartsdag 14 May 2026 and Tweede Pinksterdag 25 May 2026). In 2025 27 April fell on a Sunday,
so Koningsdag was Saturday 26 April.
"""

from datetime import date, timedelta

import pytest

from plein.core.legal_terms import (
    OBJECTION,
    OBJECTION_DECISION,
    OBJECTION_DECISION_COMMITTEE,
    OBJECTION_EXTENSION,
    PARTICIPATION_DECISION,
    TERMS,
    WARNING_DAYS,
    WMO_DECISION,
    WMO_INVESTIGATION,
    YOUTH_DECISION,
    due_date,
    public_holidays,
    status_of,
    term_status,
)
from plein.core.models import LegalTermSetting

# The same calendar days, reached from the start date by terms of 2, 6, 8, 12 and 18 weeks.
TWO_WEEKS = [
    ("gewone werkdag (woensdag)", date(2026, 2, 25), date(2026, 3, 11)),
    ("zaterdag → maandag", date(2026, 2, 28), date(2026, 3, 16)),
    ("zondag → maandag", date(2026, 3, 1), date(2026, 3, 16)),
    ("Goede Vrijdag telt niet als feestdag", date(2026, 3, 20), date(2026, 4, 3)),
    ("Tweede Paasdag → dinsdag", date(2026, 3, 23), date(2026, 4, 7)),
    ("Koningsdag (maandag) → dinsdag", date(2026, 4, 13), date(2026, 4, 28)),
    ("Koningsdag 2025 op zaterdag 26 april → maandag", date(2025, 4, 12), date(2025, 4, 28)),
    ("zondag 27 april 2025 → maandag", date(2025, 4, 13), date(2025, 4, 28)),
    ("5 mei → 6 mei", date(2026, 4, 21), date(2026, 5, 6)),
    ("Hemelvaartsdag → vrijdag", date(2026, 4, 30), date(2026, 5, 15)),
    ("zaterdag vóór Pinksteren → dinsdag", date(2026, 5, 9), date(2026, 5, 26)),
    ("Tweede Pinksterdag → dinsdag", date(2026, 5, 11), date(2026, 5, 26)),
    ("Eerste Kerstdag 2024 → 27 december", date(2024, 12, 11), date(2024, 12, 27)),
    ("Tweede Kerstdag 2024 → 27 december", date(2024, 12, 12), date(2024, 12, 27)),
    ("Kerst 2026 op vrijdag → maandag 28 december", date(2026, 12, 11), date(2026, 12, 28)),
    ("Nieuwjaarsdag 2026 (donderdag) → 2 januari", date(2025, 12, 18), date(2026, 1, 2)),
    ("Nieuwjaarsdag 2027 (vrijdag) → maandag 4 januari", date(2026, 12, 18), date(2027, 1, 4)),
]
SIX_WEEKS = [
    ("gewone werkdag (woensdag)", date(2026, 1, 28), date(2026, 3, 11)),
    ("zaterdag → maandag", date(2026, 1, 31), date(2026, 3, 16)),
    ("zondag → maandag", date(2026, 2, 1), date(2026, 3, 16)),
    ("Goede Vrijdag telt niet als feestdag", date(2026, 2, 20), date(2026, 4, 3)),
    ("Tweede Paasdag → dinsdag", date(2026, 2, 23), date(2026, 4, 7)),
    ("Koningsdag (maandag) → dinsdag", date(2026, 3, 16), date(2026, 4, 28)),
    ("Koningsdag 2025 op zaterdag 26 april → maandag", date(2025, 3, 15), date(2025, 4, 28)),
    ("zondag 27 april 2025 → maandag", date(2025, 3, 16), date(2025, 4, 28)),
    ("5 mei → 6 mei", date(2026, 3, 24), date(2026, 5, 6)),
    ("Hemelvaartsdag → vrijdag", date(2026, 4, 2), date(2026, 5, 15)),
    ("zaterdag vóór Pinksteren → dinsdag", date(2026, 4, 11), date(2026, 5, 26)),
    ("Tweede Pinksterdag → dinsdag", date(2026, 4, 13), date(2026, 5, 26)),
    ("Eerste Kerstdag 2024 → 27 december", date(2024, 11, 13), date(2024, 12, 27)),
    ("Tweede Kerstdag 2024 → 27 december", date(2024, 11, 14), date(2024, 12, 27)),
    ("Kerst 2026 op vrijdag → maandag 28 december", date(2026, 11, 13), date(2026, 12, 28)),
    ("Nieuwjaarsdag 2026 (donderdag) → 2 januari", date(2025, 11, 20), date(2026, 1, 2)),
    ("Nieuwjaarsdag 2027 (vrijdag) → maandag 4 januari", date(2026, 11, 20), date(2027, 1, 4)),
]
EIGHT_WEEKS = [
    ("gewone werkdag (woensdag)", date(2026, 1, 14), date(2026, 3, 11)),
    ("zaterdag → maandag", date(2026, 1, 17), date(2026, 3, 16)),
    ("zondag → maandag", date(2026, 1, 18), date(2026, 3, 16)),
    ("Goede Vrijdag telt niet als feestdag", date(2026, 2, 6), date(2026, 4, 3)),
    ("Tweede Paasdag → dinsdag", date(2026, 2, 9), date(2026, 4, 7)),
    ("Koningsdag (maandag) → dinsdag", date(2026, 3, 2), date(2026, 4, 28)),
    ("Koningsdag 2025 op zaterdag 26 april → maandag", date(2025, 3, 1), date(2025, 4, 28)),
    ("zondag 27 april 2025 → maandag", date(2025, 3, 2), date(2025, 4, 28)),
    ("5 mei → 6 mei", date(2026, 3, 10), date(2026, 5, 6)),
    ("Hemelvaartsdag → vrijdag", date(2026, 3, 19), date(2026, 5, 15)),
    ("zaterdag vóór Pinksteren → dinsdag", date(2026, 3, 28), date(2026, 5, 26)),
    ("Tweede Pinksterdag → dinsdag", date(2026, 3, 30), date(2026, 5, 26)),
    ("Eerste Kerstdag 2024 → 27 december", date(2024, 10, 30), date(2024, 12, 27)),
    ("Tweede Kerstdag 2024 → 27 december", date(2024, 10, 31), date(2024, 12, 27)),
    ("Kerst 2026 op vrijdag → maandag 28 december", date(2026, 10, 30), date(2026, 12, 28)),
    ("Nieuwjaarsdag 2026 (donderdag) → 2 januari", date(2025, 11, 6), date(2026, 1, 2)),
    ("Nieuwjaarsdag 2027 (vrijdag) → maandag 4 januari", date(2026, 11, 6), date(2027, 1, 4)),
]
TWELVE_WEEKS = [
    ("gewone werkdag (woensdag)", date(2025, 12, 17), date(2026, 3, 11)),
    ("zaterdag → maandag", date(2025, 12, 20), date(2026, 3, 16)),
    ("zondag → maandag", date(2025, 12, 21), date(2026, 3, 16)),
    ("Goede Vrijdag telt niet als feestdag", date(2026, 1, 9), date(2026, 4, 3)),
    ("Tweede Paasdag → dinsdag", date(2026, 1, 12), date(2026, 4, 7)),
    ("Koningsdag (maandag) → dinsdag", date(2026, 2, 2), date(2026, 4, 28)),
    ("Koningsdag 2025 op zaterdag 26 april → maandag", date(2025, 2, 1), date(2025, 4, 28)),
    ("zondag 27 april 2025 → maandag", date(2025, 2, 2), date(2025, 4, 28)),
    ("5 mei → 6 mei", date(2026, 2, 10), date(2026, 5, 6)),
    ("Hemelvaartsdag → vrijdag", date(2026, 2, 19), date(2026, 5, 15)),
    ("zaterdag vóór Pinksteren → dinsdag", date(2026, 2, 28), date(2026, 5, 26)),
    ("Tweede Pinksterdag → dinsdag", date(2026, 3, 2), date(2026, 5, 26)),
    ("Eerste Kerstdag 2024 → 27 december", date(2024, 10, 2), date(2024, 12, 27)),
    ("Tweede Kerstdag 2024 → 27 december", date(2024, 10, 3), date(2024, 12, 27)),
    ("Kerst 2026 op vrijdag → maandag 28 december", date(2026, 10, 2), date(2026, 12, 28)),
    ("Nieuwjaarsdag 2026 (donderdag) → 2 januari", date(2025, 10, 9), date(2026, 1, 2)),
    ("Nieuwjaarsdag 2027 (vrijdag) → maandag 4 januari", date(2026, 10, 9), date(2027, 1, 4)),
]
EIGHTEEN_WEEKS = [
    ("gewone werkdag (woensdag)", date(2025, 11, 5), date(2026, 3, 11)),
    ("zaterdag → maandag", date(2025, 11, 8), date(2026, 3, 16)),
    ("zondag → maandag", date(2025, 11, 9), date(2026, 3, 16)),
    ("Goede Vrijdag telt niet als feestdag", date(2025, 11, 28), date(2026, 4, 3)),
    ("Tweede Paasdag → dinsdag", date(2025, 12, 1), date(2026, 4, 7)),
    ("Koningsdag (maandag) → dinsdag", date(2025, 12, 22), date(2026, 4, 28)),
    ("Koningsdag 2025 op zaterdag 26 april → maandag", date(2024, 12, 21), date(2025, 4, 28)),
    ("zondag 27 april 2025 → maandag", date(2024, 12, 22), date(2025, 4, 28)),
    ("5 mei → 6 mei", date(2025, 12, 30), date(2026, 5, 6)),
    ("Hemelvaartsdag → vrijdag", date(2026, 1, 8), date(2026, 5, 15)),
    ("zaterdag vóór Pinksteren → dinsdag", date(2026, 1, 17), date(2026, 5, 26)),
    ("Tweede Pinksterdag → dinsdag", date(2026, 1, 19), date(2026, 5, 26)),
    ("Eerste Kerstdag 2024 → 27 december", date(2024, 8, 21), date(2024, 12, 27)),
    ("Tweede Kerstdag 2024 → 27 december", date(2024, 8, 22), date(2024, 12, 27)),
    ("Kerst 2026 op vrijdag → maandag 28 december", date(2026, 8, 21), date(2026, 12, 28)),
    ("Nieuwjaarsdag 2026 (donderdag) → 2 januari", date(2025, 8, 28), date(2026, 1, 2)),
    ("Nieuwjaarsdag 2027 (vrijdag) → maandag 4 januari", date(2026, 8, 28), date(2027, 1, 4)),
]


# Every term of DESIGN.md with its table; an extension adds six weeks to an objection's handling term.
CASES = {
    "wmo_investigation": (WMO_INVESTIGATION, timedelta(0), SIX_WEEKS),
    "wmo_decision": (WMO_DECISION, timedelta(0), TWO_WEEKS),
    "youth_decision": (YOUTH_DECISION, timedelta(0), EIGHT_WEEKS),
    "participation_decision": (PARTICIPATION_DECISION, timedelta(0), EIGHT_WEEKS),
    "objection": (OBJECTION, timedelta(0), SIX_WEEKS),
    "objection_decision": (OBJECTION_DECISION, timedelta(0), SIX_WEEKS),
    "objection_decision_committee": (OBJECTION_DECISION_COMMITTEE, timedelta(0), TWELVE_WEEKS),
    "objection_decision + verdaging": (OBJECTION_DECISION, OBJECTION_EXTENSION, TWELVE_WEEKS),
    "objection_decision_committee + verdaging": (
        OBJECTION_DECISION_COMMITTEE,
        OBJECTION_EXTENSION,
        EIGHTEEN_WEEKS,
    ),
}

ROWS = [
    pytest.param(term, extension, start, expected, id=f"{name}: {label}")
    for name, (term, extension, table) in CASES.items()
    for label, start, expected in table
]


@pytest.mark.parametrize(("term", "extension", "start", "expected"), ROWS)
def test_due_date(term, extension, start, expected):
    assert due_date(term, start, extension=extension) == expected


def test_every_term_has_a_table():
    assert {name for name in CASES if "+" not in name} == set(TERMS)
    assert set(TERMS) == {code for code, _ in LegalTermSetting.TERM_CHOICES}


def test_the_terms_of_design_md():
    weeks = {code: term.duration / timedelta(weeks=1) for code, term in TERMS.items()}
    assert weeks == {
        "wmo_investigation": 6,
        "wmo_decision": 2,
        "youth_decision": 8,
        "participation_decision": 8,
        "objection": 6,
        "objection_decision": 6,
        "objection_decision_committee": 12,
    }
    assert OBJECTION_EXTENSION / timedelta(weeks=1) == 6


def test_kings_day_moves_to_saturday_when_27_april_is_a_sunday():
    assert date(2025, 4, 26) in public_holidays(2025)
    assert date(2025, 4, 27) not in public_holidays(2025)
    assert date(2026, 4, 27) in public_holidays(2026)


def test_the_public_holidays_of_a_year():
    assert public_holidays(2024) == {
        date(2024, 1, 1),
        date(2024, 4, 1),  # Tweede Paasdag
        date(2024, 4, 27),  # Koningsdag (zaterdag)
        date(2024, 5, 5),
        date(2024, 5, 9),  # Hemelvaartsdag
        date(2024, 5, 20),  # Tweede Pinksterdag
        date(2024, 12, 25),
        date(2024, 12, 26),
    }
    assert date(2026, 4, 3) not in public_holidays(2026)  # Goede Vrijdag


# --- a suspension adds days -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "start", "suspended_days", "expected"),
    [
        # 2 March 2026 + 2 weeks = Monday 16 March; + 3 days = Thursday 19 March.
        pytest.param(WMO_DECISION, date(2026, 3, 2), 3, date(2026, 3, 19), id="wmo: werkdag"),
        # + 5 days = Saturday 21 March → Monday 23 March.
        pytest.param(WMO_DECISION, date(2026, 3, 2), 5, date(2026, 3, 23), id="wmo: op zaterdag"),
        # 2 March + 8 weeks = 27 April (Koningsdag); + 7 days = Monday 4 May.
        pytest.param(YOUTH_DECISION, date(2026, 3, 2), 7, date(2026, 5, 4), id="jeugdwet: week opgeschort"),
        # + 8 days = 5 May (Bevrijdingsdag) → Wednesday 6 May.
        pytest.param(PARTICIPATION_DECISION, date(2026, 3, 2), 8, date(2026, 5, 6), id="pw: op 5 mei"),
        pytest.param(WMO_DECISION, date(2026, 3, 2), 0, date(2026, 3, 16), id="wmo: niet opgeschort"),
    ],
)
def test_a_suspension_adds_its_days(term, start, suspended_days, expected):
    assert due_date(term, start, suspended_days=suspended_days) == expected


# --- a municipality's own term -----------------------------------------------------------------------


@pytest.mark.django_db
def test_a_municipality_setting_shortens_a_term(world):
    LegalTermSetting.objects.create(municipality=world.municipality, term="youth_decision", weeks=6)
    start = date(2026, 3, 2)

    # Six weeks: Monday 13 April 2026.
    assert due_date(YOUTH_DECISION, start, municipality_id=world.municipality.pk) == date(2026, 4, 13)
    # The other municipality keeps eight weeks: 27 April is Koningsdag, so Tuesday 28 April.
    assert due_date(YOUTH_DECISION, start, municipality_id=world.other_municipality.pk) == date(2026, 4, 28)
    # The setting is for this term only.
    assert due_date(PARTICIPATION_DECISION, start, municipality_id=world.municipality.pk) == date(2026, 4, 28)


@pytest.mark.django_db
def test_a_municipality_setting_with_an_extension_and_a_holiday(world):
    LegalTermSetting.objects.create(
        municipality=world.municipality, term="objection_decision_committee", weeks=10
    )
    # 2 March 2026 + 10 weeks = 11 May; + 6 weeks extension = Monday 22 June.
    assert due_date(
        OBJECTION_DECISION_COMMITTEE,
        date(2026, 3, 2),
        municipality_id=world.municipality.pk,
        extension=OBJECTION_EXTENSION,
    ) == date(2026, 6, 22)
    # 16 March + 10 weeks = 25 May, Tweede Pinksterdag → Tuesday 26 May.
    assert due_date(
        OBJECTION_DECISION_COMMITTEE, date(2026, 3, 16), municipality_id=world.municipality.pk
    ) == date(2026, 5, 26)


# --- a term that passes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "label", "overdue", "almost_due"),
    [
        (date(2026, 3, 1), "nog 10 dagen", False, False),
        (date(2026, 3, 3), "nog 8 dagen", False, False),
        (date(2026, 3, 4), "nog 7 dagen", False, True),
        (date(2026, 3, 10), "nog 1 dag", False, True),
        (date(2026, 3, 11), "vandaag de laatste dag", False, True),
        (date(2026, 3, 12), "1 dag te laat", True, False),
        (date(2026, 3, 13), "2 dagen te laat", True, False),
    ],
)
def test_the_status_of_a_term_as_it_passes(today, label, overdue, almost_due):
    # A Wmo decision applied for on Wednesday 25 February 2026 is due Wednesday 11 March.
    status = status_of(WMO_DECISION, started_on=date(2026, 2, 25), due_on=date(2026, 3, 11), today=today)

    assert status.label == label
    assert (status.is_overdue, status.is_almost_due) == (overdue, almost_due)
    assert WARNING_DAYS == 7


@pytest.mark.parametrize("name", list(CASES))
def test_every_term_passes_the_day_after_its_last_day(name):
    term, _extension, table = CASES[name]
    _, start, last_day = table[0]
    status = status_of(term, started_on=start, due_on=last_day, today=last_day + timedelta(days=1))

    assert status.label == "1 dag te laat"
    assert status.is_overdue


def test_term_status_computes_the_due_date_itself():
    # An objection against a decision sent Saturday 31 January 2026 may be made until Monday 16 March.
    status = term_status(OBJECTION, started_on=date(2026, 1, 31), today=date(2026, 3, 17))

    assert status.due_on == date(2026, 3, 16)
    assert status.label == "1 dag te laat"
