"""The history behind the bulk cases: what the monitoring indicators read, written in bulk.

Each bulk case gets the request that led to it, the broad conversation with its start measurement
(ZRM scores, sometimes the Participatieladder), a support plan with items on the ladder's rungs,
contacts with the team's professionals, an end measurement when it closed, the timeline events of
each step and the satisfaction answer. Besides, some requests never become a case: answered at once,
forwarded to a partner or a crisis the team follows up on. Everything is dated along the case's own
course (request, opening, conversation, plan, contacts, end measurement, closure), never after today.

``bulk_create`` per batch only, with no query per case: the city scale writes about 175,000 cases.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from random import Random

from django.utils import timezone

from plein.areas.models import Membership, Role
from plein.cases.models import (
    Assessment,
    Case,
    CaseEvent,
    Contact,
    DomainScore,
    Measurement,
    PlanItem,
    SatisfactionResponse,
    SupportPlan,
)
from plein.core.models import LifeDomain
from plein.intake import services as intake_services
from plein.intake.models import Request
from plein.people.models import HouseholdMembership, Organisation

State = Case.State
Channel, Source, Outcome = Request.Channel, Request.Source, Request.Outcome
Rung = PlanItem.Rung

BATCH = 5_000
REFERENCE_LENGTH = 8

# How requests reach a municipality: mostly by phone and the website, a fifth as a signal.
CHANNELS = (
    (Channel.PHONE, 30),
    (Channel.WEB, 26),
    (Channel.EMAIL, 8),
    (Channel.DESK, 12),
    (Channel.PROFESSIONAL_SIGNAL, 14),
    (Channel.ENVIRONMENT_SIGNAL, 6),
    (Channel.OUTREACH, 4),
)
# Who calls or writes in through the residents' own channels; signals have their own source.
RESIDENT_SOURCES = ((Source.RESIDENT, 78), (Source.NETWORK, 19), (Source.ANONYMOUS, 3))
SIGNAL_SOURCES = {
    Channel.PROFESSIONAL_SIGNAL: ((Source.PROFESSIONAL, 1),),
    Channel.ENVIRONMENT_SIGNAL: ((Source.NETWORK, 70), (Source.ANONYMOUS, 30)),
    Channel.OUTREACH: ((Source.PROFESSIONAL, 1),),
}
# A request that did not become a case: most are answered at once or forwarded to a partner.
LOOSE_OUTCOMES = ((Outcome.ANSWERED, 55), (Outcome.FORWARDED, 38), (Outcome.CRISIS, 7))
CRISIS_SHARE = 0.02  # of the requests that led to a case
QUESTIONS = (
    "Ik kom niet meer rond en de rekeningen stapelen zich op.",
    "Ik red het huishouden niet meer alleen.",
    "Sinds mijn partner is overleden zie ik bijna niemand meer.",
    "Thuis is er veel ruzie en de kinderen lijden eronder.",
    "Ik zoek werk of een zinvolle dagbesteding.",
    "De buren maken zich zorgen om de bewoner: de post stapelt zich op.",
    "Ik heb hulp nodig bij het invullen van formulieren.",
    "Mijn zoon gaat al weken niet naar school.",
    "Ik dreig mijn woning kwijt te raken.",
    "De zorg voor mijn moeder wordt me te zwaar.",
)

# The support ladder, lighter rungs first (the kanteling): most of a plan is own strength, the
# network and general provisions; customised provisions and specialist care are the exception.
RUNGS = (
    (Rung.OWN_STRENGTH, 26),
    (Rung.NETWORK, 24),
    (Rung.VOLUNTEER, 10),
    (Rung.GENERAL_PROVISION, 22),
    (Rung.TEAM_SUPPORT, 9),
    (Rung.CUSTOMISED_PROVISION, 7),
    (Rung.SPECIALIST_CARE, 2),
)
ITEMS = {
    Rung.OWN_STRENGTH: ("Zelf elke week de post openen en sorteren.", "De inwoner"),
    Rung.NETWORK: ("Familie helpt met boodschappen en vervoer.", "Familie"),
    Rung.VOLUNTEER: ("Een maatje van de vrijwilligerscentrale komt wekelijks langs.", "Vrijwilliger"),
    Rung.GENERAL_PROVISION: ("Deelname aan een activiteit in het buurthuis.", "Welzijnsorganisatie"),
    Rung.TEAM_SUPPORT: ("Begeleiding door het team bij het op orde brengen van de situatie.", "Het team"),
    Rung.CUSTOMISED_PROVISION: ("Een maatwerkvoorziening via de gemeente.", "Gemeente"),
    Rung.SPECIALIST_CARE: ("Specialistische hulp via de huisarts.", "Specialistische zorg"),
}
PLAN_ITEM_COUNTS = ((1, 25), (2, 35), (3, 25), (4, 15))
# Cases that closed without a signed plan: the resident stopped or moved before there was one.
CLOSED_WITHOUT_PLAN = 0.12
# A ZRM start score (1: acute problems … 5: fully self-reliant) and how a domain ended.
START_SCORES = ((1, 18), (2, 46), (3, 31), (4, 5))
SCORE_CHANGES = ((2, 15), (1, 50), (0, 25), (-1, 10))
PARTICIPATION_SHARE = 0.5
PARTICIPATION_STARTS = ((1, 10), (2, 25), (3, 30), (4, 20), (5, 15))
RUNG_CHANGES = ((1, 45), (0, 45), (-1, 10))
CONTACT_COUNTS = (1, 2, 3, 4, 5, 6, 7, 8)
CONTACT_KINDS = (
    (Contact.Kind.HOME_VISIT, 30, (45, 90)),
    (Contact.Kind.OFFICE, 15, (30, 60)),
    (Contact.Kind.PHONE, 30, (10, 30)),
    (Contact.Kind.VIDEO, 5, (20, 45)),
    (Contact.Kind.EMAIL, 10, (5, 15)),
    (Contact.Kind.NETWORK_MEETING, 4, (60, 120)),
    (Contact.Kind.CONSULTATION, 6, (15, 45)),
)
WITH_WHOM = ("De inwoner", "De inwoner en de partner", "De inwoner en een mantelzorger", "De huisarts")
PLACES = (
    (Assessment.Place.HOME, 65),
    (Assessment.Place.OFFICE, 20),
    (Assessment.Place.PHONE_VIDEO, 10),
    (Assessment.Place.ELSEWHERE, 5),
)
CASE_ROLES = (Role.GENERALIST, Role.TEAM_COORDINATOR, Role.YOUTH_COACH)


def weighted(rng: Random, options: Sequence[tuple]) -> object:
    return rng.choices([option[0] for option in options], [option[1] for option in options])[0]


@contextmanager
def own_timestamps(*fields) -> Iterator[None]:
    """Let ``bulk_create`` write these ``auto_now_add`` fields as given: the history happened in the
    past, and an UPDATE per row afterwards would cost as much as the insert."""
    for model_field in fields:
        model_field.auto_now_add = False
    try:
        yield
    finally:
        for model_field in fields:
            model_field.auto_now_add = True


STAMPED = (
    Request._meta.get_field("created_at"),
    CaseEvent._meta.get_field("at"),
    Measurement._meta.get_field("recorded_at"),
    Assessment._meta.get_field("recorded_at"),
    SupportPlan._meta.get_field("created_at"),
    Contact._meta.get_field("recorded_at"),
)


@dataclass
class _Course:
    """One case's steps, as dates (None: not reached)."""

    case: Case
    recorder: int
    conversation: date | None = None
    plan_started: date | None = None
    signed: date | None = None
    evaluation: date | None = None
    end: date | None = None  # the end measurement


class BulkHistory:
    def __init__(self, *, rng: Random, team_ids: Sequence[int], municipality_ids: Sequence[int]) -> None:
        self.rng = rng
        # at() runs about ten times per case: the zone and the time are looked up once.
        self.zone, self.now = timezone.get_current_timezone(), timezone.now()
        self.today = timezone.localdate()
        self.references: set[str] = set(Request.objects.values_list("reference", flat=True))
        self.domains = list(LifeDomain.objects.filter(active=True).values_list("pk", flat=True))
        self.members: dict[int, list[int]] = {}
        for team_id, professional_id in (
            Membership.objects.filter(team_id__in=team_ids, role__in=CASE_ROLES, ends_on__isnull=True)
            .order_by("team_id", "professional_id")
            .values_list("team_id", "professional_id")
            .distinct()
        ):
            self.members.setdefault(team_id, []).append(professional_id)
        # Partners to forward a request to: the organisations working in the municipality.
        self.partners: dict[int, list[int]] = {}
        for organisation_id, municipality_id in (
            Organisation.objects.filter(municipalities__in=municipality_ids)
            .order_by("pk", "municipalities")
            .values_list("pk", "municipalities")
        ):
            self.partners.setdefault(municipality_id, []).append(organisation_id)
        self.loose: list[Request] = []

    def at(self, day: date, hour: int) -> datetime:
        """A moment on ``day``, never later than the start of the seed."""
        return min(datetime.combine(day, time(hour), tzinfo=self.zone), self.now)

    # -- requests -----------------------------------------------------------------------------

    def reference(self) -> str:
        while True:
            value = "V-" + "".join(self.rng.choices(intake_services.REFERENCE_ALPHABET, k=REFERENCE_LENGTH))
            if value not in self.references:
                self.references.add(value)
                return value

    def request(
        self, *, household_id: int, municipality_id: int, team_id: int, received_at: datetime
    ) -> Request:
        rng = self.rng
        channel = weighted(rng, CHANNELS)
        source = weighted(rng, SIGNAL_SOURCES.get(channel, RESIDENT_SOURCES))
        return Request(
            reference=self.reference(),
            municipality_id=municipality_id,
            channel=channel,
            source=source,
            household_id=household_id,
            question=rng.choice(QUESTIONS),
            urgency=Request.Urgency.NORMAL,
            contact_consent=source != Source.ANONYMOUS,
            resident_knows=None if source == Source.RESIDENT else rng.random() < 0.8,
            received_at=received_at,
            is_wmo_melding=channel in (Channel.WEB, Channel.PHONE, Channel.DESK) and rng.random() < 0.3,
            team_id=team_id,
            status=Request.Status.CLOSED,
            created_at=received_at,
        )

    def add_loose_request(
        self, *, household_id: int, municipality_id: int, team_id: int, received_at: datetime
    ) -> None:
        """A request that never became a case: answered, forwarded or a crisis handled at once."""
        request = self.request(
            household_id=household_id,
            municipality_id=municipality_id,
            team_id=team_id,
            received_at=received_at,
        )
        request.outcome = weighted(self.rng, LOOSE_OUTCOMES)
        if request.outcome == Outcome.FORWARDED:
            request.forwarded_to_id = self.rng.choice(self.partners[municipality_id])
        if request.outcome == Outcome.CRISIS:
            request.urgency = Request.Urgency.CRISIS
        request.closed_at = min(received_at + timedelta(hours=self.rng.randint(1, 72)), self.now)
        self.loose.append(request)

    def flush_loose_requests(self) -> None:
        with own_timestamps(*STAMPED):
            Request.objects.bulk_create(self.loose, batch_size=BATCH)
        self.loose.clear()

    # -- cases --------------------------------------------------------------------------------

    def write(self, cases: Sequence[Case]) -> None:
        """Everything after the opening of these (saved) cases."""
        rng = self.rng
        residents = self.first_residents([case.household_id for case in cases])
        courses = [self.course(case) for case in cases]
        requests, events = [], []
        for course in courses:
            case = course.case
            received_at = case.opened_at - timedelta(days=rng.randint(0, 10), hours=rng.randint(0, 8))
            request = self.request(
                household_id=case.household_id,
                municipality_id=case.municipality_id,
                team_id=case.team_id,
                received_at=received_at,
            )
            request.resident_id = residents.get(case.household_id)
            request.outcome = Outcome.CRISIS if rng.random() < CRISIS_SHARE else Outcome.ROUTED
            if request.outcome == Outcome.CRISIS:
                request.urgency = Request.Urgency.CRISIS
            request.assigned_to_id = case.opened_by_id
            request.closed_at = case.opened_at
            requests.append(request)
            events += self.events(course, request)
        with own_timestamps(*STAMPED):
            Request.objects.bulk_create(requests, batch_size=BATCH)
            Link = Case.requests.through
            links = [Link(case_id=c.case.pk, request_id=r.pk) for c, r in zip(courses, requests, strict=True)]
            Link.objects.bulk_create(links, batch_size=BATCH)
            CaseEvent.objects.bulk_create(events, batch_size=BATCH)
            self.measurements(courses)
            self.plans(courses)
            self.contacts(courses)
        SatisfactionResponse.objects.bulk_create(
            [
                SatisfactionResponse(
                    case_id=case.pk,
                    score=None if case.pk % 4 == 0 else 5 + case.pk % 6,
                    declined=case.pk % 4 == 0,
                    given_on=timezone.localdate(case.closed_at),
                )
                for case in cases
                if case.state == State.CLOSED
            ],
            batch_size=BATCH,
        )

    def first_residents(self, household_ids: list[int]) -> dict[int, int]:
        """Per household the resident a request is about: the first adult member, in one query."""
        residents: dict[int, int] = {}
        for household_id, resident_id in (
            HouseholdMembership.objects.filter(household_id__in=household_ids, ends_on__isnull=True)
            .order_by("household_id", "position", "starts_on", "id")
            .values_list("household_id", "resident_id")
        ):
            residents.setdefault(household_id, resident_id)
        return residents

    def course(self, case: Case) -> _Course:
        """The dates of each step the case reached, in order, between its opening and its end."""
        rng = self.rng
        opened = timezone.localdate(case.opened_at)
        last = timezone.localdate(case.closed_at) if case.closed_at else self.today
        span = max((last - opened).days, 0)
        course = _Course(case=case, recorder=rng.choice(self.members.get(case.team_id, [case.opened_by_id])))
        if case.state == State.REGISTERED:
            return course
        course.conversation = opened + timedelta(days=min(rng.randint(2, 21), span // 3))
        closed_early = case.state == State.CLOSED and rng.random() < CLOSED_WITHOUT_PLAN
        if case.state != State.IN_CONVERSATION and not closed_early:
            left = (last - course.conversation).days
            course.plan_started = course.conversation + timedelta(days=min(rng.randint(0, 14), left // 4))
            if case.state != State.PLAN:
                left = (last - course.plan_started).days
                course.signed = course.plan_started + timedelta(days=min(rng.randint(5, 30), left // 3))
        if case.state == State.EVALUATION or (case.state == State.CLOSED and course.signed):
            start = course.signed or course.conversation
            course.evaluation = last - timedelta(days=rng.randint(0, max((last - start).days // 4, 0)))
        if case.state == State.CLOSED:
            course.end = max(last - timedelta(days=rng.randint(0, 14)), course.conversation)
        return course

    def events(self, course: _Course, request: Request) -> list[CaseEvent]:
        case, actor = course.case, course.recorder
        events = [
            CaseEvent(
                case_id=case.pk,
                kind=CaseEvent.Kind.OPENED,
                actor_id=case.opened_by_id,
                at=case.opened_at,
                note=f"Vanuit melding {request.reference}",
            )
        ]

        def event(kind: str, day: date | None, note: str, hour: int = 11) -> None:
            if day is not None:
                events.append(
                    CaseEvent(case_id=case.pk, kind=kind, actor_id=actor, at=self.at(day, hour), note=note)
                )

        def moved(day: date | None, to_state: str, from_state: str, hour: int) -> None:
            label = f"{State(from_state).label} → {State(to_state).label}"
            event(CaseEvent.Kind.STATE_CHANGED, day, label, hour)

        if course.conversation:
            event(
                CaseEvent.Kind.ASSESSMENT,
                course.conversation,
                f"Breed gesprek van {course.conversation:%d-%m-%Y}.",
            )
            moved(course.conversation, State.IN_CONVERSATION, State.REGISTERED, 12)
        if course.plan_started:
            event(CaseEvent.Kind.PLAN, course.plan_started, "Versie 1 van het plan gestart.", 13)
            moved(course.plan_started, State.PLAN, State.IN_CONVERSATION, 13)
        if course.signed:
            event(
                CaseEvent.Kind.PLAN_SIGNED,
                course.signed,
                "Versie 1 is ondertekend door de inwoner en de professional en geldt vanaf nu.",
                14,
            )
            moved(course.signed, State.EXECUTION, State.PLAN, 14)
        if course.evaluation:
            moved(course.evaluation, State.EVALUATION, State.EXECUTION, 9)
        if case.state == State.CLOSED:
            events.append(
                CaseEvent(
                    case_id=case.pk,
                    kind=CaseEvent.Kind.CLOSED,
                    actor_id=actor,
                    at=case.closed_at,
                    note=f"Afgesloten: {case.get_closure_reason_display()}.",
                )
            )
        return events

    def measurements(self, courses: list[_Course]) -> None:
        """The start measurement with the broad conversation, and the end measurement of a closed case."""
        rng = self.rng
        started = [course for course in courses if course.conversation]
        starts, ends, plan = [], [], []  # plan: per start, its domains and scores, and whether it ended
        for course in started:
            rung = weighted(rng, PARTICIPATION_STARTS) if rng.random() < PARTICIPATION_SHARE else None
            domains = rng.sample(self.domains, rng.randint(2, 4))
            scores = [weighted(rng, START_SCORES) for _ in domains]
            starts.append(
                Measurement(
                    case_id=course.case.pk,
                    moment=Measurement.Moment.START,
                    measured_on=course.conversation,
                    participation_rung=rung,
                    recorded_by_id=course.recorder,
                    recorded_at=self.at(course.conversation, 16),
                )
            )
            if course.end:
                end_rung = None if rung is None else min(max(rung + weighted(rng, RUNG_CHANGES), 1), 6)
                ends.append(
                    Measurement(
                        case_id=course.case.pk,
                        moment=Measurement.Moment.END,
                        measured_on=course.end,
                        participation_rung=end_rung,
                        recorded_by_id=course.recorder,
                        recorded_at=self.at(course.end, 16),
                    )
                )
            plan.append((domains, scores, bool(course.end)))
        Measurement.objects.bulk_create(starts + ends, batch_size=BATCH)
        Assessment.objects.bulk_create(
            [
                Assessment(
                    case_id=course.case.pk,
                    measurement_id=measurement.pk,
                    held_on=course.conversation,
                    place=weighted(rng, PLACES),
                    client_support_offered=rng.random() < 0.6,
                    question=rng.choice(QUESTIONS),
                    recorded_by_id=course.recorder,
                    recorded_at=self.at(course.conversation, 16),
                )
                for course, measurement in zip(started, starts, strict=True)
            ],
            batch_size=BATCH,
        )
        scores = []
        end_measurements = iter(ends)
        for measurement, (domains, start_scores, ended) in zip(starts, plan, strict=True):
            end = next(end_measurements) if ended else None
            for domain, score in zip(domains, start_scores, strict=True):
                scores.append(DomainScore(measurement_id=measurement.pk, life_domain_id=domain, score=score))
                if end is not None:
                    final = min(max(score + weighted(rng, SCORE_CHANGES), 1), 5)
                    scores.append(DomainScore(measurement_id=end.pk, life_domain_id=domain, score=final))
        DomainScore.objects.bulk_create(scores, batch_size=BATCH)

    def plans(self, courses: list[_Course]) -> None:
        rng = self.rng
        planned = [course for course in courses if course.plan_started]
        plans = [
            SupportPlan(
                case_id=course.case.pk,
                version=1,
                status=SupportPlan.Status.SIGNED if course.signed else SupportPlan.Status.DRAFT,
                result_aimed_for="De inwoner redt het weer zelf, met hulp van het eigen netwerk.",
                evaluate_on=(course.signed or course.plan_started) + timedelta(days=91),
                created_by_id=course.recorder,
                created_at=self.at(course.plan_started, 13),
                signed_at=self.at(course.signed, 14) if course.signed else None,
            )
            for course in planned
        ]
        SupportPlan.objects.bulk_create(plans, batch_size=BATCH)
        items = []
        for course, plan in zip(planned, plans, strict=True):
            rungs = sorted({weighted(rng, RUNGS) for _ in range(weighted(rng, PLAN_ITEM_COUNTS))})
            starts_on = course.signed or course.plan_started
            ends_on = timezone.localdate(course.case.closed_at) if course.case.closed_at else None
            for rung in rungs:
                description, performed_by = ITEMS[rung]
                items.append(
                    PlanItem(
                        plan_id=plan.pk,
                        rung=rung,
                        life_domain_id=rng.choice(self.domains),
                        description=description,
                        performed_by=performed_by,
                        starts_on=starts_on,
                        ends_on=max(ends_on, starts_on) if ends_on else None,
                    )
                )
        PlanItem.objects.bulk_create(items, batch_size=BATCH)

    def contacts(self, courses: list[_Course]) -> None:
        """Contacts between the opening and the closure (or today), with one or two of the team."""
        rng = self.rng
        contacts, professionals = [], []
        for course in courses:
            case = course.case
            opened = timezone.localdate(case.opened_at)
            last = timezone.localdate(case.closed_at) if case.closed_at else self.today
            count = rng.randint(0, 1) if case.state == State.REGISTERED else rng.choice(CONTACT_COUNTS)
            team = self.members.get(case.team_id, [course.recorder])
            for _ in range(count):
                kind, _, (shortest, longest) = rng.choices(CONTACT_KINDS, [k[1] for k in CONTACT_KINDS])[0]
                held_on = opened + timedelta(days=rng.randint(0, max((last - opened).days, 0)))
                who = rng.sample(team, 2 if len(team) > 1 and rng.random() < 0.2 else 1)
                contacts.append(
                    Contact(
                        case_id=case.pk,
                        held_on=held_on,
                        kind=kind,
                        duration_minutes=rng.randint(shortest, longest),
                        with_whom=rng.choice(WITH_WHOM),
                        recorded_by_id=who[0],
                        recorded_at=self.at(held_on, 17),
                    )
                )
                professionals.append(who)
        Contact.objects.bulk_create(contacts, batch_size=BATCH)
        Through = Contact.professionals.through
        Through.objects.bulk_create(
            [
                Through(contact_id=contact.pk, professional_id=professional_id)
                for contact, who in zip(contacts, professionals, strict=True)
                for professional_id in who
            ],
            batch_size=BATCH,
        )
