"""Cases for the demo: a handful of told stories in MET-team 1, and proportional bulk cases for a city.

The stories go through ``cases.services``, so they obey every rule (one case per household, the
coordinator rules, complete signed plans, consent for a hand-over) and fill the timelines the way
real work does. The demo logins `generalist`, `coordinator` and `jgcoach` each find their cases;
`partner` finds a hand-over from the team in their inbox.

The bulk path writes cases with ``bulk_create``, no services, each with the history monitoring
reads (``plein.demo.history``): at the municipality and city scales in the proportions of seed 002
§9 (about 2.8% of households with an active case, about 17% with a closed one), at the demo scale
two years of closed cases (``demo_history``).
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from random import Random
from typing import TextIO

from django.utils import timezone
from tqdm import tqdm

from plein.areas.models import Team
from plein.cases import services
from plein.cases.coordination import applicable_rule
from plein.cases.models import (
    AgendaItem,
    Assessment,
    Case,
    CaseEvent,
    Conference,
    ConferenceSchedule,
    Contact,
    Handover,
    PlanItem,
    Signature,
    SupportPlan,
)
from plein.core.models import LifeDomain
from plein.demo import reference as ref
from plein.demo import social_map
from plein.demo.history import BulkHistory
from plein.directory.models import Service
from plein.intake import services as intake_services
from plein.intake.models import Request
from plein.people.models import Household, HouseholdMembership, Organisation, Professional

State = Case.State
Rung = PlanItem.Rung

# Seed 002 §9 (a city of 900,000): about 2.8% of households have an active case, 17% a closed one.
ACTIVE_CASE_SHARE = 0.028
CLOSED_CASE_SHARE = 0.17
ACTIVE_STATES = (
    (State.REGISTERED, 8),
    (State.IN_CONVERSATION, 12),
    (State.PLAN, 12),
    (State.EXECUTION, 58),
    (State.EVALUATION, 10),
)
CLOSURE_REASONS = (
    (Case.ClosureReason.GOALS_REACHED, 62),
    (Case.ClosureReason.REFERRED, 14),
    (Case.ClosureReason.RESIDENT_STOPPED, 12),
    (Case.ClosureReason.MOVED, 7),
    (Case.ClosureReason.OTHER, 5),
)
BULK_BATCH = 5_000
REFERENCE_LENGTH = 8

# When each team's afstemmingsoverleg meets: (weekday 0 = Monday, start, place).
CONFERENCE_SCHEDULES = {
    ref.MET_TEAMS[0]: (3, time(9, 0), "Wijkpunt Noord, vergaderzaal"),
    ref.MET_TEAMS[1]: (1, time(9, 0), "Wijkpunt West"),
    ref.MET_TEAMS[2]: (2, time(13, 30), "Wijkpunt Centrum-Oost"),
    ref.MET_TEAMS[3]: (1, time(13, 30), "Wijkpunt Zuid"),
    ref.JGT: (0, time(10, 0), "Centrum voor Jeugd en Gezin"),
    ref.SOCIAAL_TEAM_LANGEDIJK: (3, time(10, 0), "Gemeentehuis Langedijk"),
}


def create_conference_schedules(teams: dict[str, Team]) -> None:
    for name, (weekday, starts_at, location) in CONFERENCE_SCHEDULES.items():
        schedule = ConferenceSchedule(
            team=teams[name], weekday=weekday, starts_at=starts_at, location=location
        )
        schedule.full_clean()
        schedule.save()


# -- the told stories ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemSpec:
    rung: int
    description: str
    performed_by: str
    life_domain: str
    service: str = ""  # a service on the demo's social map
    organisation: str = ""
    hand_over: bool = False  # a warm hand-over to the organisation, with consent


@dataclass(frozen=True)
class Story:
    """One household's case, told up to ``state``."""

    household: str  # "family" (a child under 18), "elderly" (one resident of 70+) or "adults"
    state: str
    opened_days_ago: int
    question: str = ""
    scores: dict[str, tuple[int, str]] = field(default_factory=dict)
    rung: int = 2
    via_request: bool = False
    place: str = Assessment.Place.HOME
    classify: tuple[str, str] | None = None  # (domain_scope, complexity)
    result_aimed_for: str = ""
    items: tuple[ItemSpec, ...] = ()
    contacts: int = 0
    conference_reason: str = ""  # put on the next conference's agenda
    decided_in_conference: bool = False  # brought into the last conference, which chose the coordinator
    safety_concern: str = ""
    closure: str = ""
    end_scores: dict[str, tuple[int, str]] = field(default_factory=dict)
    satisfaction: int | None = None


SINGLE, MULTIPLE = Case.DomainScope.SINGLE, Case.DomainScope.MULTIPLE
# The plan items on the rung of customised provisions: plein.demo.decisions applies for them.
HOUSEHOLD_HELP = "Huishoudelijke ondersteuning: drie uur per week hulp bij het schoonhouden van het huis."
SPECIAL_ASSISTANCE = "Bijzondere bijstand voor de kosten van beschermingsbewind."
YOUTH_HELP = "Jeugdhulp voor de oudste: twee uur per week thuis en op school."
DAY_ACTIVITIES = "Dagbesteding in een groep, twee dagdelen per week."
TRANSPORT = "Regiotaxi om de partner in het verpleeghuis te bezoeken."
SIMPLE, SPECIALIST, MULTI_COMPLEX = (
    Case.Complexity.SIMPLE,
    Case.Complexity.SPECIALIST,
    Case.Complexity.MULTI_COMPLEX,
)

STORIES: tuple[Story, ...] = (
    Story("adults", State.REGISTERED, 2, via_request=True),
    Story("elderly", State.REGISTERED, 6),
    Story(
        "elderly",
        State.IN_CONVERSATION,
        12,
        question="Ik red het niet meer alleen met het huishouden en ik zie bijna niemand meer.",
        scores={
            "instrumental_adl": (2, "Boodschappen en schoonmaken lukken niet meer zelf."),
            "social_network": (2, "Weinig contact sinds het overlijden van haar man."),
            "physical_health": (3, ""),
        },
        rung=1,
    ),
    Story(
        "family",
        State.IN_CONVERSATION,
        9,
        question="Het loopt thuis vast; er is veel ruzie en de kinderen gaan niet graag naar huis.",
        scores={
            "domestic_relations": (2, "Spanningen tussen de ouders."),
            "finances": (3, "Rondkomen lukt net."),
        },
        via_request=True,
        classify=(MULTIPLE, MULTI_COMPLEX),  # on the next conference's agenda
        safety_concern="Buren hoorden harde ruzies; de oudste zegt 's avonds liever bij vrienden te blijven.",
    ),
    Story(
        "adults",
        State.PLAN,
        25,
        question="Sinds ik mijn baan kwijt ben stapelen de rekeningen zich op.",
        scores={
            "finances": (2, "Achterstand bij huur en energie."),
            "work_education": (2, "Sinds drie maanden zonder werk."),
            "daytime_activities": (3, ""),
        },
        classify=(MULTIPLE, SIMPLE),
        result_aimed_for="Vaste lasten weer betaald en zicht op werk.",
        items=(
            ItemSpec(
                Rung.OWN_STRENGTH, "Zelf elke week de post openen en sorteren.", "De inwoner", "finances"
            ),
            ItemSpec(
                Rung.GENERAL_PROVISION,
                "Hulp bij de thuisadministratie door een vrijwilliger.",
                "Vrijwilligerscentrale",
                "finances",
                service="Formulierenhulp en thuisadministratie",
            ),
        ),
    ),
    Story(
        "family",
        State.PLAN,
        30,
        question="Wij willen dat onze zoon weer naar school gaat en dat er rust komt.",
        scores={
            "domestic_relations": (2, "Veel conflicten over school."),
            "work_education": (2, "Zoon verzuimt vaak."),
            "mental_health": (3, ""),
            "finances": (3, ""),
        },
        classify=(MULTIPLE, SPECIALIST),
        result_aimed_for="Zoon weer op school en thuis minder ruzie.",
        items=(
            ItemSpec(
                Rung.NETWORK, "Oma haalt de kinderen twee middagen uit school.", "Oma", "domestic_relations"
            ),
        ),
        decided_in_conference=True,
    ),
    Story(
        "elderly",
        State.EXECUTION,
        60,
        question="Ik wil thuis blijven wonen, maar koken en de medicijnen gaan niet meer goed.",
        scores={
            "basic_adl": (3, ""),
            "instrumental_adl": (2, "Koken lukt niet meer."),
            "physical_health": (2, "Medicijnen worden vergeten."),
            "social_network": (3, "Dochter komt wekelijks."),
        },
        classify=(MULTIPLE, SIMPLE),
        result_aimed_for="Veilig thuis blijven wonen met warme maaltijden en hulp bij de medicijnen.",
        items=(
            ItemSpec(Rung.OWN_STRENGTH, "Zelf de boodschappenlijst maken.", "De inwoner", "instrumental_adl"),
            ItemSpec(
                Rung.NETWORK, "Dochter zet de medicijnen klaar in de weekdoos.", "Dochter", "physical_health"
            ),
            ItemSpec(
                Rung.GENERAL_PROVISION,
                "Elke dag een warme maaltijd aan huis.",
                "Vrijwilligerscentrale",
                "instrumental_adl",
                service="Maaltijdservice",
            ),
            ItemSpec(
                Rung.SPECIALIST_CARE,
                "Wijkverpleging: dagelijks controle van de medicijnen.",
                "Wijkverpleegkundige S1",
                "physical_health",
                organisation=ref.S1,
                hand_over=True,
            ),
            ItemSpec(
                Rung.CUSTOMISED_PROVISION,
                HOUSEHOLD_HELP,
                "Thuishulp Noord-Holland",
                "instrumental_adl",
                organisation=social_map.THUISHULP,
            ),
        ),
        contacts=3,
    ),
    Story(
        "adults",
        State.EXECUTION,
        120,  # open longer than three months and never discussed: on the team's review list
        question="De schulden worden me te veel en ik slaap er slecht van.",
        scores={
            "finances": (1, "Beslag op het loon."),
            "mental_health": (3, ""),
            "housing": (3, "Dreigende huurachterstand."),
        },
        classify=(MULTIPLE, SIMPLE),
        result_aimed_for="Een schuldregeling en de huur weer op tijd betaald.",
        items=(
            ItemSpec(
                Rung.OWN_STRENGTH, "Geen nieuwe betalingsregelingen zonder overleg.", "De inwoner", "finances"
            ),
            ItemSpec(
                Rung.TEAM_SUPPORT,
                "Aanmelding en begeleiding bij de schuldhulpverlening.",
                "Schuldhulpverlener MET-team 1",
                "finances",
                service="Schuldhulpverlening",
            ),
            ItemSpec(Rung.NETWORK, "Broer gaat mee naar de gesprekken.", "Broer", "finances"),
            ItemSpec(Rung.CUSTOMISED_PROVISION, SPECIAL_ASSISTANCE, "Gemeente, Werk en Inkomen", "finances"),
        ),
        contacts=4,
    ),
    Story(
        "family",
        State.EXECUTION,
        75,
        question="Als alleenstaande moeder kom ik niet toe aan werk; de kinderen hebben veel zorg nodig.",
        scores={
            "domestic_relations": (3, ""),
            "work_education": (2, "Wil weer aan het werk."),
            "daytime_activities": (3, ""),
        },
        classify=(MULTIPLE, SIMPLE),
        result_aimed_for="Moeder heeft een parttime baan; de kinderen hebben naschoolse opvang.",
        items=(
            ItemSpec(Rung.OWN_STRENGTH, "Sollicitatiebrieven schrijven.", "Moeder", "work_education"),
            ItemSpec(
                Rung.NETWORK, "Buurvrouw vangt de kinderen op woensdag op.", "Buurvrouw", "domestic_relations"
            ),
            ItemSpec(
                Rung.GENERAL_PROVISION,
                "Opvoedspreekuur bij het CJG.",
                "Centrum voor Jeugd en Gezin",
                "domestic_relations",
                service="Opvoedspreekuur",
            ),
            ItemSpec(
                Rung.CUSTOMISED_PROVISION,
                YOUTH_HELP,
                "Jeugdhulp Het Kompas",
                "domestic_relations",
                organisation=social_map.KOMPAS,
            ),
        ),
        contacts=2,
        conference_reason="stuck",
    ),
    Story(
        "adults",
        State.EXECUTION,
        45,
        question="Ik wil weer meedoen, maar ik weet niet waar ik moet beginnen.",
        scores={"daytime_activities": (2, "Zit veel thuis."), "social_network": (2, "")},
        rung=1,
        classify=(MULTIPLE, SIMPLE),
        result_aimed_for="Twee dagdelen per week vrijwilligerswerk.",
        items=(
            ItemSpec(
                Rung.VOLUNTEER,
                "Kennismaken bij de vrijwilligerscentrale.",
                "Vrijwilligerscentrale",
                "daytime_activities",
            ),
            ItemSpec(Rung.OWN_STRENGTH, "Elke ochtend een wandeling.", "De inwoner", "daytime_activities"),
            ItemSpec(
                Rung.CUSTOMISED_PROVISION,
                DAY_ACTIVITIES,
                "Dagbesteding De Werkplaats",
                "daytime_activities",
                organisation=social_map.WERKPLAATS,
            ),
        ),
        contacts=2,
    ),
    Story(
        "elderly",
        State.EVALUATION,
        85,
        question="Ik voel me eenzaam sinds mijn vrouw naar het verpleeghuis ging.",
        scores={"social_network": (2, "Weinig contacten."), "daytime_activities": (2, "")},
        classify=(MULTIPLE, SIMPLE),
        result_aimed_for="Drie keer per week onder de mensen.",
        items=(
            ItemSpec(
                Rung.GENERAL_PROVISION,
                "Dagbesteding voor ouderen in het buurthuis.",
                "MET",
                "daytime_activities",
                service="Welzijn ouderen en dagbesteding",
            ),
            ItemSpec(Rung.NETWORK, "Zoon belt elke zondag.", "Zoon", "social_network"),
            ItemSpec(
                Rung.CUSTOMISED_PROVISION,
                TRANSPORT,
                "Deeltaxi De Waard",
                "social_network",
                organisation=social_map.DEELTAXI,
            ),
        ),
        contacts=3,
    ),
    Story(
        "adults",
        State.CLOSED,
        210,
        question="Ik heb hulp nodig met mijn administratie.",
        scores={"finances": (2, "Post bleef liggen.")},
        classify=(SINGLE, SIMPLE),
        result_aimed_for="De administratie is op orde.",
        items=(
            ItemSpec(
                Rung.GENERAL_PROVISION,
                "Formulierenhulp.",
                "Vrijwilligerscentrale",
                "finances",
                service="Formulierenhulp en thuisadministratie",
            ),
        ),
        contacts=2,
        closure=Case.ClosureReason.GOALS_REACHED,
        end_scores={"finances": (4, "Post wordt wekelijks verwerkt.")},
        satisfaction=8,
    ),
    Story(
        "elderly",
        State.CLOSED,
        180,
        question="Mijn huis wordt te groot en te vies.",
        scores={"instrumental_adl": (2, ""), "housing": (3, "")},
        classify=(MULTIPLE, SIMPLE),
        result_aimed_for="Hulp in huis geregeld.",
        items=(ItemSpec(Rung.NETWORK, "Kleinzoon doet de tuin.", "Kleinzoon", "instrumental_adl"),),
        contacts=1,
        closure=Case.ClosureReason.RESIDENT_STOPPED,
        end_scores={"instrumental_adl": (2, ""), "housing": (3, "")},
    ),
    Story("adults", State.CLOSED, 40, closure=Case.ClosureReason.MOVED),
)


@dataclass
class StoryCast:
    """The demo logins who play in the stories."""

    generalist: Professional
    coordinator: Professional
    youth_coach: Professional
    youth_protector: Professional
    front_office: Professional


class StoryTeller:
    def __init__(self, *, rng: Random, cast: StoryCast, team: Team, organisations: dict[str, Organisation]):
        self.rng = rng
        self.cast = cast
        self.team = team
        self.organisations = organisations
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.domains = dict(LifeDomain.objects.values_list("code", "pk"))
        self.services = {
            service.name: service for service in Service.objects.filter(municipality=team.municipality)
        }
        self.cases: list[Case] = []

    # -- households ---------------------------------------------------------------------------

    def households(self) -> dict[str, list[Household]]:
        """The team's households by kind, in a seeded order."""
        cutoff_minor = self.today.replace(year=self.today.year - 18)
        cutoff_elderly = self.today.replace(year=self.today.year - 70)
        kinds: dict[str, list[Household]] = {"family": [], "elderly": [], "adults": []}
        memberships = (
            HouseholdMembership.objects.filter(
                ends_on__isnull=True,
                household__address__neighbourhood__district__in=self.team.districts.all(),
            )
            .values_list("household_id", "resident__birth_date")
            .order_by("household_id")
        )
        births: dict[int, list[date]] = {}
        for household_id, birth_date in memberships:
            births.setdefault(household_id, []).append(birth_date)
        by_pk = Household.objects.in_bulk(list(births))
        for household_id, dates in births.items():
            if any(born > cutoff_minor for born in dates):
                kind = "family" if any(born <= cutoff_minor for born in dates) else ""
            elif len(dates) == 1 and dates[0] <= cutoff_elderly:
                kind = "elderly"
            else:
                kind = "adults"
            if kind:
                kinds[kind].append(by_pk[household_id])
        for households in kinds.values():
            self.rng.shuffle(households)
        return kinds

    # -- the stories --------------------------------------------------------------------------

    def tell(self, stories: Sequence[Story] = STORIES) -> list[Case]:
        households = self.households()
        needed = Counter(story.household for story in stories)
        if any(len(households[kind]) < count for kind, count in needed.items()):
            return []  # too few residents (a test with --residents 100): no stories
        # The team meets weekly: the first meeting after a week ago is the last one held.
        last_week = services.conference_next(team=self.team, after=self.now - timedelta(days=7))
        upcoming = services.conference_next(team=self.team)
        for story in stories:
            self.cases.append(self.tell_one(story, households[story.household].pop(), upcoming, last_week))
        self.hold_conference(last_week)
        spread_timelines(self.cases)
        return self.cases

    def tell_one(self, story: Story, household: Household, upcoming: Conference, last: Conference) -> Case:
        actor = self.cast.generalist
        adult = self.first_adult(household)
        if story.via_request:
            request = intake_services.request_register(
                actor=self.cast.front_office,
                channel=Request.Channel.PHONE,
                source=Request.Source.RESIDENT,
                question=story.question or "Ik wil graag iemand spreken over hoe het thuis gaat.",
                resident=adult,
            )
            request = intake_services.request_route(
                actor=self.cast.front_office, request=request, team=self.team
            )
            case = services.case_open(actor=actor, request=request)
        else:
            case = services.case_open(
                actor=self.cast.coordinator if story.state == State.REGISTERED else actor, household=household
            )
        opened_at = self.now - timedelta(days=story.opened_days_ago, hours=self.rng.randint(0, 6))
        Case.objects.filter(pk=case.pk).update(opened_at=opened_at)
        case.opened_at = opened_at
        opened_on = timezone.localdate(opened_at)
        if story.scores:
            self.assess(case, story, held_on=min(opened_on + timedelta(days=3), self.today))
        if story.decided_in_conference:
            services.agenda_item_add(
                actor=actor,
                case=case,
                reason=AgendaItem.Reason.NEW,
                note="Regiehouder kiezen.",
                conference=last,
            )
        if story.safety_concern:
            services.safety_concern_open(actor=actor, case=case, signals=story.safety_concern)
        if story.classify:
            scope, complexity = story.classify
            services.case_classify(
                actor=actor,
                case=case,
                expected_version=self.version(case),
                domain_scope=scope,
                complexity=complexity,
            )
        if story.items and not story.decided_in_conference:
            services.coordinator_assign(
                actor=actor,
                case=case,
                professional=self.coordinator_for(case),
                reason="Na het brede gesprek.",
            )
        if story.items:
            self.make_plan(case, story, adult, sign=story.state not in (State.PLAN,))
        for number in range(story.contacts):
            self.contact(case, opened_on, number)
        if story.conference_reason:
            services.agenda_item_add(
                actor=actor,
                case=case,
                reason=story.conference_reason,
                note="Kinderopvang komt niet rond; wie kan helpen?",
                conference=upcoming,
            )
        if story.state == State.EVALUATION:
            services.case_change_state(
                actor=actor, case=case, to_state=State.EVALUATION, expected_version=self.version(case)
            )
        if story.closure:
            self.close(case, story)
        return case

    def assess(self, case: Case, story: Story, *, held_on: date) -> None:
        services.assessment_record(
            actor=self.cast.generalist,
            case=case,
            held_on=held_on,
            place=story.place,
            resident_present=True,
            others_present="Partner" if story.household == "family" else "",
            client_support_offered=True,
            client_supporter_present=False,
            question=story.question,
            own_strength="Wil zelf de regie houden en is gemotiveerd.",
            network="Familie in de buurt helpt waar het kan.",
            safety=Assessment.Safety.CONCERNS if story.safety_concern else Assessment.Safety.NO_CONCERNS,
            scores=self.scores(story.scores),
            participation_rung=story.rung,
        )

    def make_plan(self, case: Case, story: Story, adult, *, sign: bool) -> SupportPlan:
        actor = self.cast.generalist
        plan = services.plan_start(actor=actor, case=case)
        plan = services.plan_update(
            actor=actor,
            plan=plan,
            expected_version=plan.lock_version,
            result_aimed_for=story.result_aimed_for,
            timeline="Over drie maanden evalueren we samen; binnen een half jaar bereikt.",
            evaluate_on=self.today + timedelta(days=90),
            societal_contribution="",
            agreements="De regiehouder belt elke twee weken. De inwoner meldt het als iets niet loopt.",
        )
        items = []
        for spec in story.items:
            service = self.services.get(spec.service) if spec.service else None
            item = services.plan_item_add(
                actor=actor,
                plan=plan,
                rung=spec.rung,
                description=spec.description,
                performed_by=spec.performed_by,
                starts_on=self.today,
                life_domain=LifeDomain.objects.get(pk=self.domains[spec.life_domain]),
                organisation=self.organisations.get(spec.organisation)
                or (service.organisation if service else None),
                service=service,
            )
            items.append((spec, item))
        if not sign:
            return plan
        services.plan_sign(
            actor=actor,
            plan=plan,
            signer=Signature.Signer.PROFESSIONAL,
            signed_on=self.today,
            method="on_screen",
        )
        plan = services.plan_sign(
            actor=actor,
            plan=plan,
            signer=Signature.Signer.RESIDENT,
            signed_on=self.today,
            method="paper",
            resident=adult,
        )
        for spec, item in items:
            if spec.hand_over:
                services.handover_send(
                    actor=actor,
                    case=case,
                    organisation=item.organisation,
                    plan_item=item,
                    information="Woont alleen, vergeet de medicijnen sinds kort. Dochter zet ze klaar in de "
                    "weekdoos; graag dagelijks controleren. Voorkeur voor een bezoek in de ochtend.",
                    consent_given_by=adult,
                    consent_method=Handover.ConsentMethod.VERBAL,
                    consent_recorded_on=self.today,
                )
        return plan

    def contact(self, case: Case, opened_on: date, number: int) -> None:
        span = max((self.today - opened_on).days, 0)
        kind = (
            Contact.Kind.HOME_VISIT,
            Contact.Kind.PHONE,
            Contact.Kind.OFFICE,
            Contact.Kind.NETWORK_MEETING,
        )[number % 4]
        services.contact_record(
            actor=self.cast.generalist,
            case=case,
            held_on=opened_on + timedelta(days=min(span, 5 + number * max(span // 5, 1))),
            kind=kind,
            duration_minutes=(60, 15, 45, 90)[number % 4],
            with_whom=(
                "De inwoner",
                "De inwoner",
                "De inwoner en een familielid",
                "Inwoner, dochter en wijkverpleging",
            )[number % 4],
            summary=("Afspraken doorgenomen.", "Even gebeld hoe het gaat.", "", "Taken verdeeld.")[
                number % 4
            ],
        )

    def close(self, case: Case, story: Story) -> None:
        services.case_close(
            actor=self.cast.generalist,
            case=case,
            expected_version=self.version(case),
            reason=story.closure,
            note="" if story.closure != Case.ClosureReason.OTHER else "Anders.",
            aftercare="Over zes weken belt de generalist nog een keer." if story.satisfaction else "",
            aftercare_until=self.today + timedelta(days=42) if story.satisfaction else None,
            end_scores=self.scores(story.end_scores) if story.end_scores else None,
            end_participation_rung=story.rung + 1 if story.end_scores else None,
            satisfaction_score=story.satisfaction,
            satisfaction_comment="Fijn dat ik mijn verhaal maar één keer hoefde te vertellen."
            if story.satisfaction
            else "",
            satisfaction_declined=story.satisfaction is None,
        )

    def hold_conference(self, conference: Conference) -> None:
        """The last meeting: who was there, and for each case the decisions and the coordinator."""
        cast = self.cast
        cases = [item.case for item in conference.agenda_items.select_related("case")]
        services.conference_record_attendance(
            actor=cast.coordinator,
            conference=conference,
            attendees=[cast.coordinator, cast.generalist, cast.youth_coach],
        )
        for case in cases:
            services.agenda_item_record(
                actor=cast.coordinator,
                conference=conference,
                case=case,
                decisions="Multicomplex: school, thuis en geld. De jeugd- en gezinscoach wordt regiehouder; "
                "de generalist blijft betrokken voor het geld.",
                actions=[("Gezamenlijk huisbezoek plannen", cast.generalist, self.today + timedelta(days=5))],
                coordinator=self.coordinator_for(case),
                coordinator_reason="Minderjarige in het huishouden: de jeugd- en gezinscoach.",
            )
        services.conference_close(actor=cast.coordinator, conference=conference)
        Conference.objects.filter(pk=conference.pk).update(
            held_at=conference.starts_at + timedelta(minutes=conference.duration_minutes)
        )

    # -- helpers ------------------------------------------------------------------------------

    def first_adult(self, household: Household):
        cutoff = self.today.replace(year=self.today.year - 18)
        return (
            household.memberships.filter(ends_on__isnull=True, resident__birth_date__lte=cutoff)
            .select_related("resident")
            .order_by("starts_on", "id")
            .first()
            .resident
        )

    def coordinator_for(self, case: Case) -> Professional:
        rule = applicable_rule(case)
        by_role = {"youth_coach": self.cast.youth_coach, "youth_protector": self.cast.youth_protector}
        return by_role.get(rule.required_role, self.cast.generalist) if rule else self.cast.generalist

    def scores(self, scores: dict[str, tuple[int, str]]) -> dict[int, tuple[int, str]]:
        return {self.domains[code]: value for code, value in scores.items()}

    @staticmethod
    def version(case: Case) -> int:
        return Case.objects.values_list("lock_version", flat=True).get(pk=case.pk)


# -- bulk ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BulkProfile:
    """How many bulk cases the households get, and over which years.

    One draw per household: below ``active_share`` an active case (in ``active_teams`` only, when
    given), below ``active_share + closed_share`` a case closed between ``closed_days_ago`` days
    ago. A request that never became a case comes with ``loose_request_share`` of the households.
    """

    active_share: float
    closed_share: float
    closed_days_ago: tuple[int, int]
    loose_request_share: float
    active_teams: frozenset[int] | None = None


# Seed 002 §9: about 2.8% of households have an active case, 17% a closed one in the last five years.
MUNICIPALITY = BulkProfile(
    active_share=ACTIVE_CASE_SHARE,
    closed_share=CLOSED_CASE_SHARE,
    closed_days_ago=(1, 1_700),
    loose_request_share=0.08,
)
# The city the benchmark measures (issue 9): 25,000 active and 150,000 closed cases in ~430,000
# households, twice seed 002's rates: a large city's teams carry more per household.
CITY = BulkProfile(
    active_share=0.058,
    closed_share=0.35,
    closed_days_ago=(1, 1_700),
    loose_request_share=0.08,
)


def demo_history(active_teams: frozenset[int]) -> BulkProfile:
    """The demo's two years of history: ~2,000 residents are too few for figures of 5 or more at a
    city's rate, so more than half of the households had a case. Active cases only in
    ``active_teams``: the demo logins' work lists stay the told stories."""
    return BulkProfile(
        active_share=0.08,
        closed_share=0.6,
        closed_days_ago=(1, 730),
        loose_request_share=0.5,
        active_teams=active_teams,
    )


def bulk_cases(
    *,
    rng: Random,
    opened_by: dict[int, int],
    exclude: set[int] = frozenset(),
    profile: BulkProfile = MUNICIPALITY,
    progress: TextIO | None = None,
) -> Counter:
    """Proportional cases for every household, by the neighbourhood team of its district, each with
    its history (``plein.demo.history``).

    ``opened_by`` maps a team id to a professional of that team who opens its cases. Returns the
    number of cases per state.
    """
    now = timezone.now()
    today = timezone.localdate()
    team_of_district = dict(
        Team.districts.through.objects.filter(
            team__kind=Team.Kind.NEIGHBOURHOOD, team_id__in=opened_by
        ).values_list("district_id", "team_id")
    )
    rows = Household.objects.values_list(
        "pk", "municipality_id", "address__neighbourhood__district_id"
    ).order_by("pk")
    states, state_weights = zip(*ACTIVE_STATES, strict=True)
    reasons, reason_weights = zip(*CLOSURE_REASONS, strict=True)
    references: set[str] = set(Case.objects.values_list("reference", flat=True))
    history = BulkHistory(
        rng=rng,
        team_ids=list(opened_by),
        municipality_ids=set(rows.values_list("municipality_id", flat=True).distinct()),
    )
    counts: Counter = Counter()
    batch: list[Case] = []

    def reference() -> str:
        while True:
            value = "C-" + "".join(rng.choices(intake_services.REFERENCE_ALPHABET, k=REFERENCE_LENGTH))
            if value not in references:
                references.add(value)
                return value

    def flush_batch() -> None:
        created = Case.objects.bulk_create(batch, batch_size=BULK_BATCH)
        history.write(created)
        history.flush_loose_requests()
        batch.clear()

    bar = tqdm(
        rows.iterator(chunk_size=BULK_BATCH),
        total=rows.count(),
        desc="Casussen",
        unit=" huish.",
        file=progress,
        disable=progress is None,
        mininterval=0.5,
    )
    for household_id, municipality_id, district_id in bar:
        team_id = team_of_district.get(district_id)
        if team_id is None or household_id in exclude:
            continue
        if rng.random() < profile.loose_request_share:
            history.add_loose_request(
                household_id=household_id,
                municipality_id=municipality_id,
                team_id=team_id,
                received_at=now - timedelta(days=rng.randint(1, profile.closed_days_ago[1])),
            )
        draw = rng.random()
        if draw >= profile.active_share + profile.closed_share:
            continue
        active = draw < profile.active_share
        if active and profile.active_teams is not None and team_id not in profile.active_teams:
            continue
        case = Case(
            reference=reference(),
            household_id=household_id,
            municipality_id=municipality_id,
            team_id=team_id,
            opened_by_id=opened_by[team_id],
        )
        if active:
            case.state = rng.choices(states, state_weights)[0]
            case.opened_at = now - timedelta(days=rng.randint(1, 400), minutes=rng.randint(0, 600))
            # Most cases open longer than three months were discussed in the last conferences.
            if (today - timezone.localdate(case.opened_at)).days > 91 and rng.random() < 0.8:
                case.last_reviewed_on = today - timedelta(days=rng.randint(1, 80))
        else:
            case.state = State.CLOSED
            case.closed_at = now - timedelta(
                days=rng.randint(*profile.closed_days_ago), minutes=rng.randint(0, 600)
            )
            case.opened_at = case.closed_at - timedelta(
                days=rng.randint(30, 365), minutes=rng.randint(0, 600)
            )
            case.closure_reason = rng.choices(reasons, reason_weights)[0]
            if case.closure_reason == Case.ClosureReason.OTHER:
                case.closure_note = "Op verzoek van de inwoner gestopt na een verhuizing binnen de gemeente."
        counts[case.state] += 1
        batch.append(case)
        if len(batch) >= BULK_BATCH:
            flush_batch()
    flush_batch()
    return counts


def spread_timelines(cases: Sequence[Case]) -> None:
    """The stories were told in one go: spread each timeline over the weeks since its case opened."""
    now = timezone.now()
    for case in cases:
        opened = Case.objects.values_list("opened_at", flat=True).get(pk=case.pk)
        events = list(CaseEvent.objects.filter(case=case).order_by("id").values_list("pk", flat=True))
        step = (now - opened) / max(len(events), 1)
        for index, pk in enumerate(events):
            CaseEvent.objects.filter(pk=pk).update(at=opened + step * index)
