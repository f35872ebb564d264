"""Legal terms (wettelijke termijnen), computed in one place and shown on every work list.

Defaults follow DESIGN.md; per-municipality configuration can replace the durations later
without changing any caller.
"""

from dataclasses import dataclass
from datetime import date, timedelta

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
        if self.is_overdue:
            return f"{-self.days_left} dag{'en' if self.days_left != -1 else ''} te laat"
        if self.days_left == 0:
            return "vandaag de laatste dag"
        return f"nog {self.days_left} dag{'en' if self.days_left != 1 else ''}"


def term_status(term: LegalTerm, *, started_on: date, today: date | None = None) -> TermStatus:
    """The term runs from the day after ``started_on``; ``due_on`` is its last day."""
    due_on = started_on + term.duration
    today = today or timezone.localdate()
    return TermStatus(term=term, started_on=started_on, due_on=due_on, days_left=(due_on - today).days)
