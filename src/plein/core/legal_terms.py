"""Legal terms (wettelijke termijnen), computed in one place and shown on every work list.

Every term of DESIGN.md is a ``LegalTerm``. Its due date is the start date plus the term's
duration (a municipality may configure a shorter one for the terms the law leaves open, in
``LegalTermSetting``), plus any recorded suspension (Awb 4:15), moved to the next working day
when it falls on a Saturday, Sunday or public holiday (Algemene termijnenwet art. 1 and 3).

The term runs from the day after the start date (Awb 6:8, Atw): a term of six weeks that starts
on Monday 5 January ends on Monday 16 February.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from dateutil.easter import easter
from django.utils import timezone

# A term is "almost due" this many days before its last day: work lists warn from then on.
WARNING_DAYS = 7


@dataclass(frozen=True)
class LegalTerm:
    code: str
    label: str
    basis: str
    duration: timedelta


WMO_INVESTIGATION = LegalTerm("wmo_investigation", "Wmo-onderzoek", "Wmo 2015 art. 2.3.2", timedelta(weeks=6))
WMO_DECISION = LegalTerm("wmo_decision", "Beschikking Wmo", "Wmo 2015 art. 2.3.5", timedelta(weeks=2))
YOUTH_DECISION = LegalTerm(
    "youth_decision", "Beschikking Jeugdwet", "Jeugdwet / Awb 4:13", timedelta(weeks=8)
)
PARTICIPATION_DECISION = LegalTerm(
    "participation_decision",
    "Beschikking Participatiewet",
    "Participatiewet art. 44 / Awb 4:13",
    timedelta(weeks=8),
)
OBJECTION = LegalTerm("objection", "Bezwaartermijn", "Awb 6:7", timedelta(weeks=6))
OBJECTION_DECISION = LegalTerm("objection_decision", "Beslissing op bezwaar", "Awb 7:10", timedelta(weeks=6))
# With an advisory committee (Awb 7:13) the term is twelve weeks; either may be extended by six.
OBJECTION_DECISION_COMMITTEE = LegalTerm(
    "objection_decision_committee",
    "Beslissing op bezwaar (met adviescommissie)",
    "Awb 7:10 lid 2",
    timedelta(weeks=12),
)
OBJECTION_EXTENSION = timedelta(weeks=6)

TERMS = {
    term.code: term
    for term in (
        WMO_INVESTIGATION,
        WMO_DECISION,
        YOUTH_DECISION,
        PARTICIPATION_DECISION,
        OBJECTION,
        OBJECTION_DECISION,
        OBJECTION_DECISION_COMMITTEE,
    )
}
# The decision term of each law (the values of ``plein.decisions.models.Law``).
DECISION_TERMS = {
    "wmo": WMO_DECISION,
    "jeugdwet": YOUTH_DECISION,
    "participatiewet": PARTICIPATION_DECISION,
}


@cache
def public_holidays(year: int) -> frozenset[date]:
    """The 'algemeen erkende feestdagen' of Algemene termijnenwet art. 3 lid 1."""
    easter_sunday = easter(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:  # on a Sunday King's Day is celebrated the day before
        kings_day = date(year, 4, 26)
    return frozenset(
        {
            date(year, 1, 1),
            easter_sunday + timedelta(days=1),  # tweede paasdag
            kings_day,
            date(year, 5, 5),
            easter_sunday + timedelta(days=39),  # hemelvaartsdag
            easter_sunday + timedelta(days=50),  # tweede pinksterdag
            date(year, 12, 25),
            date(year, 12, 26),
        }
    )


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def next_working_day(day: date) -> date:
    """``day`` itself when it is a working day, else the first working day after it (Atw art. 1)."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def term_duration(term: LegalTerm, municipality_id: int | None = None) -> timedelta:
    """The term's duration for this municipality: its own setting where it has one."""
    if municipality_id is None:
        return term.duration
    from plein.core.models import LegalTermSetting

    weeks = (
        LegalTermSetting.objects.filter(municipality_id=municipality_id, term=term.code)
        .values_list("weeks", flat=True)
        .first()
    )
    return timedelta(weeks=weeks) if weeks else term.duration


def due_date(
    term: LegalTerm,
    started_on: date,
    *,
    municipality_id: int | None = None,
    suspended_days: int = 0,
    extension: timedelta = timedelta(0),
) -> date:
    """The last day of the term that started on ``started_on``."""
    raw = started_on + term_duration(term, municipality_id) + extension + timedelta(days=suspended_days)
    return next_working_day(raw)


@dataclass(frozen=True)
class TermStatus:
    term: LegalTerm
    started_on: date
    due_on: date
    days_left: int

    @property
    def is_overdue(self) -> bool:
        return self.days_left < 0

    @property
    def is_almost_due(self) -> bool:
        return 0 <= self.days_left <= WARNING_DAYS

    @property
    def label(self) -> str:
        return days_left_label(self.days_left)


def days_left_label(days_left: int) -> str:
    if days_left < 0:
        return f"{-days_left} dag{'en' if days_left != -1 else ''} te laat"
    if days_left == 0:
        return "vandaag de laatste dag"
    return f"nog {days_left} dag{'en' if days_left != 1 else ''}"


def status_of(term: LegalTerm, *, started_on: date, due_on: date, today: date | None = None) -> TermStatus:
    """The status of a term whose due date is already known (stored on the row it governs)."""
    today = today or timezone.localdate()
    return TermStatus(term=term, started_on=started_on, due_on=due_on, days_left=(due_on - today).days)


def term_status(
    term: LegalTerm, *, started_on: date, today: date | None = None, municipality_id: int | None = None
) -> TermStatus:
    return status_of(
        term,
        started_on=started_on,
        due_on=due_date(term, started_on, municipality_id=municipality_id),
        today=today,
    )
