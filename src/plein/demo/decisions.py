"""Decisions for the demo: the provision catalogue, told requests for the back office, and
proportional bulk decisions for the larger scales.

Every municipality gets the default catalogue (``plein.decisions.catalogue``). The told requests go
through ``plein.decisions.services``, so they obey every rule (ages, bounds, a completed check
before a decision, four eyes, objection terms) and fill the case timelines the way real work does.
Together they put the back office's work list in every stage for the demo logins `consulent` and
`consulent2`: waiting for a check (one almost due), in check with a question to the generalist,
in check and overdue, a draft to sign, a four-eyes decision waiting for the second signature, sent
grants allocated to their providers and a denial with an objection under handling.

The services date everything today; a told request happened weeks ago, so afterwards its dates are
set back, with every due date computed again by ``plein.core.legal_terms``.

The bulk path is for the municipality and city scales: ``bulk_create``, no services, requests on
the bulk cases in the proportions below, each decided one with its completed check.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from random import Random

from dateutil.relativedelta import relativedelta
from django.db.models import Max
from django.utils import timezone

from plein.areas.models import Municipality, Role, Team
from plein.areas.selectors import active_memberships
from plein.cases.models import Case, CaseEvent, Handover, PlanItem, SupportPlan
from plein.core.legal_terms import DECISION_TERMS, OBJECTION, OBJECTION_DECISION, due_date
from plein.core.models import LegalTermSetting
from plein.decisions import services
from plein.decisions.catalogue import load_default_catalogue
from plein.decisions.models import (
    Allocation,
    CheckAnswer,
    Decision,
    DeliveryForm,
    LegalityCheck,
    Objection,
    OfficerQuestion,
    Provision,
    ProvisionRequest,
    TermSuspension,
    Unit,
)
from plein.demo import cases as demo_cases
from plein.demo import social_map
from plein.intake import services as intake_services
from plein.people.models import Household, HouseholdMembership, Organisation, Professional, Resident

SUBMITTED = "submitted"  # waiting for the check
QUESTION = "question"  # in check, with a question to the generalist
IN_CHECK = "in_check"  # in check, some points done
DRAFT = "draft"  # checked, the decision drafted and waiting to be signed
AWAITING_SECOND = "awaiting_second"  # four eyes: signed once, waiting for a colleague
SENT = "sent"  # decided and sent

Conclusion = LegalityCheck.Conclusion
Outcome = Decision.Outcome


@dataclass(frozen=True)
class DecisionSpec:
    outcome: str
    reasons: str
    result: int = 0  # the provision's result, by its order
    extent: str = ""  # empty: as requested
    budget: str = ""  # pgb or money
    provider: str = ""  # in kind
    months: int | None = None  # empty: the provision's maximum, or open-ended without one


@dataclass(frozen=True)
class ObjectionSpec:
    received_days_ago: int
    grounds: str
    advisory_committee: bool = False


@dataclass(frozen=True)
class RequestStory:
    """One provision request, told up to ``stage``."""

    provision: str  # by name, from the default catalogue
    stage: str
    applied_days_ago: int
    extent: str
    justification: str
    result: int | None = 0
    result_aimed_for: str = ""
    delivery_form: str = DeliveryForm.IN_KIND
    pgb_plan: str = ""
    plan_item: str = ""  # the description of a rung-6 item of a told case: a request from the plan
    household: str = ""  # a direct application: "elderly" or "adults", a household without a case
    for_child: bool = False  # for the oldest minor of the household
    recorded_by: str = "generalist"  # or "front_office", "officer"
    consent_to_share: bool = False
    suspension: tuple[int, int, str] | None = None  # days after the application: from, to; reason
    question: str = ""
    notes: tuple[tuple[str, str], ...] = ()  # (words in a checklist point, the officer's note)
    not_met: str = ""  # words in the checklist point the check finds not met
    conclusion: str = Conclusion.MEETS
    decision: DecisionSpec | None = None
    decided_days_ago: int = 0
    drafted_by: str = "officer"  # or "second_officer"
    objection: ObjectionSpec | None = None
    allocate: bool = False


REQUEST_STORIES: tuple[RequestStory, ...] = (
    RequestStory(
        "Huishoudelijke ondersteuning",
        SENT,
        44,
        "3",
        "Kan door artrose in handen en knieën niet meer stofzuigen, dweilen en het bed verschonen. Woont "
        "alleen; de dochter doet de boodschappen en zet de medicijnen klaar, meer lukt haar niet naast haar "
        "werk. Koken gaat via de maaltijdservice.",
        result_aimed_for="Een schoon en veilig huis, zodat de inwoner thuis kan blijven wonen.",
        plan_item=demo_cases.HOUSEHOLD_HELP,
        consent_to_share=True,
        notes=(("gebruikelijke hulp", "Woont alleen; de dochter woont niet in huis."),),
        decision=DecisionSpec(
            Outcome.GRANT,
            "U kunt uw huis niet meer zelf schoonhouden en er woont niemand bij u die dat kan overnemen. "
            "Uw dochter helpt al met de boodschappen en de medicijnen. Met drie uur hulp per week blijft "
            "uw huis schoon en leefbaar.",
            provider=social_map.THUISHULP,
            months=24,
        ),
        decided_days_ago=35,
        allocate=True,
    ),
    RequestStory(
        "Bijzondere bijstand",
        SUBMITTED,
        53,  # the Participatiewet's eight weeks are almost over
        "1650",
        "De kantonrechter heeft beschermingsbewind uitgesproken om de schulden te stabiliseren. Het inkomen "
        "ligt rond de bijstandsnorm; de kosten van de bewindvoerder (ongeveer 1.650 euro per jaar) kan de "
        "inwoner niet zelf betalen.",
        delivery_form=DeliveryForm.CASH,
        result_aimed_for="De bewindvoerder is betaald en er komen geen nieuwe schulden bij.",
        plan_item=demo_cases.SPECIAL_ASSISTANCE,
    ),
    RequestStory(
        "Jeugdhulp ambulant",
        QUESTION,
        9,
        "2",
        "De oudste verzuimt veel van school en heeft thuis woede-uitbarstingen. Het opvoedspreekuur helpt "
        "de moeder, maar is niet genoeg. De huisarts heeft verwezen naar jeugdhulp.",
        result_aimed_for="Weer elke dag naar school en minder ruzie thuis.",
        plan_item=demo_cases.YOUTH_HELP,
        for_child=True,
        consent_to_share=True,
        question="In de onderbouwing staat dat de huisarts heeft verwezen. Kunt u de datum van de verwijzing "
        "en de naam van de huisarts doorgeven? Dan kan ik dat controlepunt afronden.",
    ),
    RequestStory(
        "Begeleiding groep (dagbesteding)",
        SENT,
        40,
        "2",
        "Zit sinds het verlies van werk veel thuis en raakt somber. Wil structuur en een vaste plek om naartoe "
        "te gaan. De inwoner vindt vrijwilligerswerk te zwaar; de generalist denkt dat het kan met een maatje "
        "van de Vrijwilligerscentrale. Daarover zijn zij het niet eens geworden.",
        result=0,
        result_aimed_for="Twee vaste dagdelen per week onder de mensen.",
        plan_item=demo_cases.DAY_ACTIVITIES,
        not_met="algemene voorziening",
        notes=(
            (
                "algemene voorziening",
                "Vrijwilligerswerk met een maatje via de Vrijwilligerscentrale past bij de vraag.",
            ),
        ),
        conclusion=Conclusion.DOES_NOT_MEET,
        decision=DecisionSpec(
            Outcome.DENY,
            "U wilt dagbesteding om structuur in uw week te krijgen. Die structuur kunt u ook krijgen met "
            "vrijwilligerswerk via de Vrijwilligerscentrale, met een maatje dat de eerste weken met u meegaat. "
            "Dat is een algemene voorziening die bij u past. Daarom krijgt u geen dagbesteding als "
            "maatwerkvoorziening (artikel 2.3.5 lid 3 Wmo 2015).",
        ),
        decided_days_ago=29,
        objection=ObjectionSpec(
            12,
            "Ik heb vrijwilligerswerk geprobeerd, maar zonder vaste begeleiding lukt het mij niet om te gaan. "
            "Ik heb een vaste plek met begeleiding nodig.",
        ),
    ),
    RequestStory(
        "Wmo-vervoer (regiotaxi)",
        SENT,
        30,
        "40",
        "Kan niet meer fietsen en het openbaar vervoer lukt niet met de rollator. Wil de partner in het "
        "verpleeghuis in Alkmaar bijna elke dag bezoeken.",
        result_aimed_for="De partner in het verpleeghuis vaak kunnen bezoeken.",
        plan_item=demo_cases.TRANSPORT,
        decision=DecisionSpec(
            Outcome.PARTIAL,
            "U wilt uw partner in het verpleeghuis vaak bezoeken. Met de regiotaxi kunt u drie keer per week "
            "heen en terug: 24 ritten per maand. Voor de andere bezoeken kunt u de vrijwillige chauffeurs van "
            "Rijdende Buren vragen; dat is een algemene voorziening.",
            extent="24",
            provider=social_map.DEELTAXI,
            months=12,
        ),
        decided_days_ago=20,
        allocate=True,
    ),
    RequestStory(
        "Traplift",
        AWAITING_SECOND,
        16,
        "1",
        "Komt na een heupoperatie de trap niet meer op; de slaapkamer en de badkamer zijn boven. Woont er "
        "veertig jaar, in een koopwoning.",
        household="elderly",
        recorded_by="front_office",
        suspension=(
            3,
            10,
            "Wachten op de opmeting van de trap door de leverancier; de inwoner heeft daarmee ingestemd.",
        ),
        notes=(
            ("maten", "Trap opgemeten door de leverancier: recht, 13 treden, breed genoeg."),
            ("verhuisplicht", "Een gelijkvloerse woning is duurder en niet binnen een jaar beschikbaar."),
            ("toestemming", "Koopwoning: de inwoner is zelf eigenaar."),
        ),
        decision=DecisionSpec(
            Outcome.GRANT,
            "U kunt de trap in uw huis niet meer veilig op en af. Uw slaapkamer en badkamer zijn boven. Een "
            "traplift is goedkoper dan verhuizen naar een gelijkvloerse woning. Daarom krijgt u een traplift "
            "in bruikleen.",
            provider=social_map.HULPMIDDELENCENTRUM,
        ),
        decided_days_ago=1,
        drafted_by="second_officer",
    ),
    RequestStory(
        "Begeleiding individueel",
        IN_CHECK,
        19,  # the Wmo's two weeks have passed
        "3",
        "Aanvraag per brief: heeft sinds een hersenletsel moeite met post, rekeningen en afspraken. De "
        "ergotherapeut adviseert begeleiding thuis.",
        result_aimed_for="Zelf de post en de afspraken bijhouden.",
        household="adults",
        recorded_by="officer",
    ),
    RequestStory(
        "Rolstoel",
        DRAFT,
        5,
        "1",
        "Kan sinds een beroerte nog maar een paar meter lopen. Gebruikt nu een geleende rolstoel van het "
        "uitleenpunt, maar heeft die elke dag nodig.",
        household="elderly",
        recorded_by="front_office",
        decision=DecisionSpec(
            Outcome.GRANT,
            "U kunt nog maar een paar meter lopen en heeft elke dag een rolstoel nodig, binnen en buiten. "
            "Een geleende rolstoel is er alleen voor korte tijd. Daarom krijgt u een eigen rolstoel in "
            "bruikleen.",
            provider=social_map.HULPMIDDELENCENTRUM,
        ),
    ),
    RequestStory(
        "Huishoudelijke ondersteuning",
        SUBMITTED,
        2,
        "2",
        "Aan de balie: door reuma lukt het zware schoonmaakwerk niet meer. De partner werkt fulltime en "
        "doet de boodschappen en de was.",
        delivery_form=DeliveryForm.PGB,
        pgb_plan="Mijn buurvrouw helpt al twee jaar in het huishouden. Ik wil haar met een pgb inhuren, zodat "
        "de hulp vertrouwd blijft. Mijn zoon helpt mij met de administratie van het pgb.",
        household="adults",
        recorded_by="front_office",
    ),
)


@dataclass
class DecisionCast:
    officer: Professional
    second_officer: Professional
    generalist: Professional
    front_office: Professional


def load_catalogues(municipalities: Iterable[Municipality]) -> int:
    """The default catalogue in every municipality; returns the number of provisions."""
    return sum(load_default_catalogue(municipality) for municipality in municipalities)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    moment = timezone.make_aware(datetime.combine(day, time(hour, minute)))
    return min(moment, timezone.now())


def _age(birth_date: date, on: date) -> int:
    return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))


class DecisionTeller:
    def __init__(
        self,
        *,
        rng: Random,
        cast: DecisionCast,
        team: Team,
        organisations: dict[str, Organisation],
        cases: Sequence[Case],
    ) -> None:
        self.rng = rng
        self.cast = cast
        self.team = team
        self.municipality = team.municipality
        self.organisations = organisations
        self.cases = cases
        self.today = timezone.localdate()
        self.provisions = {
            provision.name: provision
            for provision in Provision.objects.filter(municipality=self.municipality)
        }

    def tell(self, stories: Sequence[RequestStory] = REQUEST_STORIES) -> list[ProvisionRequest]:
        items = {
            item.description: item
            for item in PlanItem.objects.filter(
                plan__case__in=[case.pk for case in self.cases],
                plan__status=SupportPlan.Status.SIGNED,
                rung=PlanItem.Rung.CUSTOMISED_PROVISION,
            ).select_related("plan__case__household")
        }
        households = self.households_without_case()
        needed = Counter(story.household for story in stories if story.household)
        if any(story.plan_item not in items for story in stories if story.plan_item) or any(
            len(households[kind]) < count for kind, count in needed.items()
        ):
            return []  # too few residents for the told cases: no told requests either
        requests = []
        for story in stories:
            if story.plan_item:
                item = items[story.plan_item]
                household = item.plan.case.household
            else:
                item, household = None, households[story.household].pop()
            if (request := self.tell_one(story, household, item)) is not None:
                requests.append(request)
        return requests

    def households_without_case(self) -> dict[str, list[Household]]:
        """The team's households without a case, by kind ("elderly": one resident of 70 or older)."""
        cutoff_adult = self.today.replace(year=self.today.year - 18)
        cutoff_elderly = self.today.replace(year=self.today.year - 70)
        rows = (
            HouseholdMembership.objects.filter(
                ends_on__isnull=True,
                household__address__neighbourhood__district__in=self.team.districts.all(),
            )
            .exclude(household__cases__isnull=False)
            .values_list("household_id", "resident__birth_date")
            .order_by("household_id")
        )
        births: dict[int, list[date]] = {}
        for household_id, birth_date in rows:
            births.setdefault(household_id, []).append(birth_date)
        by_pk = Household.objects.in_bulk(list(births))
        kinds: dict[str, list[Household]] = {"elderly": [], "adults": []}
        for household_id, dates in births.items():
            if any(born > cutoff_adult for born in dates):
                continue
            kind = "elderly" if len(dates) == 1 and dates[0] <= cutoff_elderly else "adults"
            kinds[kind].append(by_pk[household_id])
        for households in kinds.values():
            self.rng.shuffle(households)
        return kinds

    def resident_for(self, story: RequestStory, household: Household, on: date) -> Resident | None:
        """The oldest child still a minor on ``on``, or the first adult; None when there is none."""
        members = [
            membership.resident
            for membership in household.memberships.filter(ends_on__isnull=True)
            .select_related("resident")
            .order_by("starts_on", "id")
        ]
        if story.for_child:
            minors = [r for r in members if _age(r.birth_date, on) <= 17]
            return min(minors, key=lambda r: r.birth_date, default=None)
        return next((r for r in members if _age(r.birth_date, on) >= 18), None)

    # -- one request ------------------------------------------------------------------------

    def tell_one(
        self, story: RequestStory, household: Household, item: PlanItem | None
    ) -> ProvisionRequest | None:
        cast = self.cast
        officer = cast.officer
        provision = self.provisions[story.provision]
        applied_on = self.today - timedelta(days=story.applied_days_ago)
        desired_start = applied_on + timedelta(days=14)
        resident = self.resident_for(story, household, desired_start)
        if resident is None:  # another --seed: the household has no one this provision is for
            return None
        first_event = CaseEvent.objects.aggregate(last=Max("id"))["last"] or 0
        results = list(provision.results.all())
        recorder = {"generalist": cast.generalist, "front_office": cast.front_office, "officer": officer}[
            story.recorded_by
        ]
        request = services.request_create(
            actor=recorder,
            provision=provision,
            resident=resident,
            extent=story.extent,
            desired_start=desired_start,
            delivery_form=story.delivery_form,
            justification=story.justification,
            plan_item=item,
            result=results[story.result] if story.result is not None else None,
            result_aimed_for=story.result_aimed_for,
            pgb_plan=story.pgb_plan,
            consent_to_share=story.consent_to_share,
            applied_on=applied_on,
        )
        ProvisionRequest.objects.filter(pk=request.pk).update(submitted_at=_at(applied_on, 10))
        last_on = applied_on
        if story.stage != SUBMITTED:
            last_on = self.check(story, request, applied_on)
        decision = None
        if story.decision is not None:
            decided_on = self.today - timedelta(days=story.decided_days_ago)
            decision = self.decide(story, request, decided_on=decided_on, desired_start=desired_start)
            last_on = decided_on
        # An allocation goes out with the resident's BSN; about one in ten has none in the demo.
        if decision is not None and story.allocate and resident.bsn:
            allocation = services.allocation_create(actor=officer, decision=decision)
            allocated_at = _at(last_on + timedelta(days=1), 9)
            Allocation.objects.filter(pk=allocation.pk).update(allocated_at=allocated_at)
            if allocation.handover_id:
                Handover.objects.filter(pk=allocation.handover_id).update(
                    sent_at=allocated_at, consent_recorded_on=applied_on
                )
            last_on += timedelta(days=1)
        if decision is not None and story.objection is not None:
            received_on = self.today - timedelta(days=story.objection.received_days_ago)
            objection = services.objection_register(
                actor=officer,
                decision=decision,
                objector=resident,
                received_on=received_on,
                grounds=story.objection.grounds,
                advisory_committee=story.objection.advisory_committee,
            )
            Objection.objects.filter(pk=objection.pk).update(registered_at=_at(received_on, 14))
            last_on = received_on
        if request.case_id:
            self.date_events(request.case_id, after_id=first_event, start=applied_on, end=last_on)
        return request

    def check(self, story: RequestStory, request: ProvisionRequest, applied_on: date) -> date:
        """The legality check, as far as the story goes; returns the day of its last step."""
        officer = self.cast.officer
        check = services.check_start(actor=officer, request=request)
        started_on = min(applied_on + timedelta(days=1), self.today)
        LegalityCheck.objects.filter(pk=check.pk).update(started_at=_at(started_on, 9, 30))
        last_on = started_on
        if story.suspension:
            start, end, reason = story.suspension
            services.suspension_start(
                actor=officer, request=request, starts_on=applied_on + timedelta(days=start), reason=reason
            )
            services.suspension_end(actor=officer, request=request, ends_on=applied_on + timedelta(days=end))
            TermSuspension.objects.filter(request=request).update(
                recorded_at=_at(applied_on + timedelta(days=start), 11)
            )
            last_on = applied_on + timedelta(days=end)
        if story.question:
            question = services.question_ask(actor=officer, request=request, question=story.question)
            asked_on = min(started_on + timedelta(days=1), self.today)
            OfficerQuestion.objects.filter(pk=question.pk).update(asked_at=_at(asked_on, 11))
            last_on = asked_on
        answers = self.answers(story, check)
        complete = story.stage not in (QUESTION, IN_CHECK)
        if not complete:
            answers = dict(list(answers.items())[:2])  # under way: the first points checked
        services.check_record(
            actor=officer,
            request=request,
            answers=answers,
            conclusion=story.conclusion if complete else "",
            note="Gecontroleerd op de onderbouwing uit het gesprek." if complete else "",
            complete=complete,
            expected_version=self.version(ProvisionRequest, request.pk),
        )
        return last_on

    def answers(self, story: RequestStory, check: LegalityCheck) -> dict[int, tuple[str, str]]:
        Result = CheckAnswer.Outcome
        answers = {}
        for answer in check.answers.all():
            question = answer.question.lower()
            note = next((text for words, text in story.notes if words in question), "")
            if story.not_met and story.not_met in question:
                outcome = Result.NOT_MET
            elif "pgb" in question and story.delivery_form != DeliveryForm.PGB:
                outcome = Result.NOT_APPLICABLE
            else:
                outcome = Result.MET
            answers[answer.pk] = (outcome, note)
        return answers

    def decide(
        self, story: RequestStory, request: ProvisionRequest, *, decided_on: date, desired_start: date
    ) -> Decision:
        spec = story.decision
        provision = request.provision
        drafter = self.cast.second_officer if story.drafted_by == "second_officer" else self.cast.officer
        fields = {}
        if spec.outcome != Outcome.DENY:
            starts_on = max(desired_start, decided_on + timedelta(days=3))
            months = spec.months or provision.max_months
            fields = {
                "result": list(provision.results.all())[spec.result],
                "extent": spec.extent or request.extent,
                "starts_on": starts_on,
                "ends_on": starts_on + relativedelta(months=months) - timedelta(days=1) if months else None,
                "delivery_form": request.delivery_form,
                "provider": self.organisations[spec.provider] if spec.provider else None,
                "budget": spec.budget or None,
            }
        decision = services.decision_draft(
            actor=drafter, request=request, outcome=spec.outcome, reasons=spec.reasons, **fields
        )
        drafted_at = _at(decided_on, 10)
        Decision.objects.filter(pk=decision.pk).update(drafted_at=drafted_at)
        LegalityCheck.objects.filter(request=request).update(completed_at=_at(decided_on, 9))
        if story.stage == DRAFT:
            return decision
        decision = services.decision_sign(
            actor=drafter, decision=decision, expected_version=self.version(Decision, decision.pk)
        )
        Decision.objects.filter(pk=decision.pk).update(signed_at=_at(decided_on, 11))
        if story.stage == AWAITING_SECOND:
            return decision
        if decision.status == Decision.Status.AWAITING_SECOND:
            second = self.cast.officer if drafter == self.cast.second_officer else self.cast.second_officer
            decision = services.decision_sign(
                actor=second, decision=decision, expected_version=self.version(Decision, decision.pk)
            )
            Decision.objects.filter(pk=decision.pk).update(second_signed_at=_at(decided_on, 15))
        # Sent on the day it was decided: the objection term runs from then.
        Decision.objects.filter(pk=decision.pk).update(
            sent_on=decided_on,
            objection_due_on=due_date(OBJECTION, decided_on, municipality_id=request.municipality_id),
        )
        decision.refresh_from_db()
        return decision

    def date_events(self, case_id: int, *, after_id: int, start: date, end: date) -> None:
        """The timeline events of one request, spread from its application to its last step."""
        events = list(
            CaseEvent.objects.filter(case_id=case_id, pk__gt=after_id)
            .order_by("id")
            .values_list("pk", flat=True)
        )
        first, last = _at(start, 10), _at(end, 16)
        step = (last - first) / max(len(events) - 1, 1)
        for index, pk in enumerate(events):
            CaseEvent.objects.filter(pk=pk).update(at=first + step * index)

    @staticmethod
    def version(model, pk: int) -> int:
        return model.objects.values_list("lock_version", flat=True).get(pk=pk)


# -- bulk ---------------------------------------------------------------------------------------

# Of the bulk cases in these states, this share has a request for a customised provision.
REQUEST_SHARE = {
    Case.State.PLAN: 0.3,
    Case.State.EXECUTION: 0.45,
    Case.State.EVALUATION: 0.45,
    Case.State.CLOSED: 0.35,
}
OUTCOMES = ((Outcome.GRANT, 82), (Outcome.PARTIAL, 8), (Outcome.DENY, 10))
LATE_SHARE = 0.08  # decided after the legal term: what monitoring reports on
OBJECTION_SHARE = 0.25  # of the denials and partial grants
ALLOCATION_NUMBER_LOW = 100_000_000
ALLOCATION_NUMBER_HIGH = 999_999_999
# Which provider of the social map delivers a product category in kind.
PROVIDERS = {
    "01": social_map.THUISHULP,
    "02": social_map.OP_KOERS,
    "03": social_map.MIDDENWAARD,
    "04": social_map.MIDDENWAARD,
    "07": social_map.WERKPLAATS,
    "08": social_map.DEELTAXI,
    "11": social_map.HULPMIDDELENCENTRUM,
    "12": social_map.HULPMIDDELENCENTRUM,
    "13": social_map.HULPMIDDELENCENTRUM,
    "15": social_map.DAK_EN_BED,
    "41": social_map.KOMPAS,
    "43": social_map.KOMPAS,
    "44": social_map.PLEEGZORG,
    "45": social_map.KOMPAS,
    "46": social_map.KOMPAS,
    "54": social_map.GGZ,
}
BULK_REASONS = {
    Outcome.GRANT: "De ondersteuning is nodig om het resultaat te bereiken; de inwoner en het netwerk kunnen "
    "dit niet zelf oplossen.",
    Outcome.PARTIAL: "Een deel van de gevraagde ondersteuning is nodig; voor de rest is er een algemene "
    "voorziening of helpt het netwerk.",
    Outcome.DENY: "Er is een algemene of voorliggende voorziening die bij de vraag past.",
}
BULK_JUSTIFICATION = (
    "Uit het brede gesprek: de inwoner redt dit niet zelf en het netwerk kan het niet overnemen."
)
BULK_PGB_PLAN = "De inwoner koopt de hulp zelf in bij een bekende zorgverlener en houdt de administratie bij."
CONCLUSIONS = {
    Outcome.GRANT: Conclusion.MEETS,
    Outcome.PARTIAL: Conclusion.PARTLY,
    Outcome.DENY: Conclusion.DOES_NOT_MEET,
}
PGB_RATE = Decimal(25)  # euro per unit of extent: the demo's pgb rate


@dataclass(frozen=True)
class _Offer:
    """A provision a bulk decision can be about, with what a decision on it needs."""

    provision: Provision
    provider_id: int | None  # in kind: a provider with an AGB code that works in the municipality
    result_ids: list[int]
    checklist: list[tuple[int, str, int]]  # (item id, question, order)

    @property
    def delivery_forms(self) -> list[str]:
        forms = self.provision.delivery_forms
        return forms if self.provider_id else [form for form in forms if form != DeliveryForm.IN_KIND]


class BulkDecisions:
    """Requests, checks, decisions, allocations and objections for the bulk cases, with bulk_create.

    Only in municipalities with decision officers (two, for the four-eyes provisions). The bulk
    cases have no timeline beyond their opening and closing, and neither have these requests.
    """

    def __init__(self, *, rng: Random, organisations: dict[str, Organisation], batch_size: int = 5_000):
        self.rng = rng
        self.organisations = organisations
        self.batch_size = batch_size
        self.today = timezone.localdate()
        self.references: set[str] = set()
        self.numbers: set[str] = set(Allocation.objects.values_list("number", flat=True))
        self.counts: Counter = Counter()
        self.officers: dict[int, list[int]] = {}
        for municipality_id, professional_id in (
            active_memberships()
            .filter(role=Role.DECISION_OFFICER)
            .order_by("municipality_id", "professional_id")
            .values_list("municipality_id", "professional_id")
            .distinct()
        ):
            self.officers.setdefault(municipality_id, []).append(professional_id)
        self.due_dates: dict[tuple[str, date, int], date] = {}
        # Municipalities with terms of their own; for the others due_date need not look them up.
        self.own_terms = set(LegalTermSetting.objects.values_list("municipality_id", flat=True))

    def create(self, cases: Iterable[tuple[int, int, int, str, datetime, datetime | None]]) -> Counter:
        """``cases``: (case id, household id, municipality id, state, opened_at, closed_at)."""
        offers = self.offers()
        chosen = [
            row
            for row in cases
            if row[2] in self.officers and self.rng.random() < REQUEST_SHARE.get(row[3], 0)
        ]
        for start in range(0, len(chosen), self.batch_size):
            self.write(chosen[start : start + self.batch_size], offers)
        return self.counts

    def offers(self) -> dict[int, list[_Offer]]:
        """Per municipality the provisions a bulk decision can be about: paid as pgb or money, or
        in kind by the social map's provider of its product category."""
        providers = {
            name: organisation
            for name, organisation in self.organisations.items()
            if organisation.agb_code and organisation.kind == Organisation.Kind.PROVIDER
        }
        works_in = {
            organisation.pk: set(organisation.municipalities.values_list("pk", flat=True))
            for organisation in providers.values()
        }
        offers: dict[int, list[_Offer]] = {}
        for provision in Provision.objects.filter(active=True).prefetch_related("results", "checklist"):
            provider = providers.get(PROVIDERS.get(provision.product_category, ""))
            provider_id = (
                provider.pk if provider and provision.municipality_id in works_in[provider.pk] else None
            )
            offer = _Offer(
                provision=provision,
                provider_id=provider_id,
                result_ids=[result.pk for result in provision.results.all()],
                checklist=[(item.pk, item.question, item.order) for item in provision.checklist.all()],
            )
            signers = len(self.officers.get(provision.municipality_id, []))
            if offer.delivery_forms and offer.result_ids and signers >= (2 if provision.four_eyes else 1):
                offers.setdefault(provision.municipality_id, []).append(offer)
        return offers

    def due(self, term, started_on: date, municipality_id: int) -> date:
        """``due_date``, asked once per term, start and municipality: a city has many on one day."""
        key = (term.code, started_on, municipality_id)
        if key not in self.due_dates:
            own = municipality_id if municipality_id in self.own_terms else None
            self.due_dates[key] = due_date(term, started_on, municipality_id=own)
        return self.due_dates[key]

    def reference(self, prefix: str) -> str:
        while True:
            value = f"{prefix}-" + "".join(self.rng.choices(intake_services.REFERENCE_ALPHABET, k=8))
            if value not in self.references:
                self.references.add(value)
                return value

    def allocation_number(self) -> str:
        while True:
            value = str(self.rng.randint(ALLOCATION_NUMBER_LOW, ALLOCATION_NUMBER_HIGH))
            if value not in self.numbers:
                self.numbers.add(value)
                return value

    def write(self, rows, offers: dict[int, list[_Offer]]) -> None:
        rng = self.rng
        members = self.members([row[1] for row in rows])
        requests: list[ProvisionRequest] = []
        chosen: list[tuple[_Offer, str | None]] = []
        for case_id, household_id, municipality_id, state, opened_at, closed_at in rows:
            decided = state != Case.State.PLAN
            if decided:
                opened_on = timezone.localdate(opened_at)
                end_on = min(timezone.localdate(closed_at) if closed_at else self.today, self.today)
                applied_on = min(opened_on + timedelta(days=rng.randint(7, 90)), end_on)
            else:  # a plan in the making: the request waits for its check
                applied_on = self.today - timedelta(days=rng.randint(0, 20))
            household = members.get(household_id, [])
            fitting = [
                offer
                for offer in offers.get(municipality_id, [])
                if any(self.fits(offer.provision, birth_date, applied_on) for _, birth_date, _ in household)
            ]
            if not fitting:
                continue
            offer = rng.choice(fitting)
            provision = offer.provision
            resident_id, _, bsn = next(m for m in household if self.fits(provision, m[1], applied_on))
            forms = offer.delivery_forms
            delivery_form = forms[0] if rng.random() < 0.85 else rng.choice(forms)
            officer_id = self.officers[municipality_id][0]
            requests.append(
                ProvisionRequest(
                    reference=self.reference("A"),
                    municipality_id=municipality_id,
                    channel=ProvisionRequest.Channel.DIRECT,
                    case_id=case_id,
                    household_id=household_id,
                    resident_id=resident_id,
                    provision_id=provision.pk,
                    law=provision.law,
                    extent=self.extent(provision),
                    desired_start=applied_on + timedelta(days=14),
                    result_id=offer.result_ids[0],
                    delivery_form=delivery_form,
                    pgb_plan=BULK_PGB_PLAN if delivery_form == DeliveryForm.PGB else "",
                    justification=BULK_JUSTIFICATION,
                    applied_on=applied_on,
                    decision_due_on=self.due(DECISION_TERMS[provision.law], applied_on, municipality_id),
                    status=ProvisionRequest.Status.DECIDED if decided else ProvisionRequest.Status.SUBMITTED,
                    submitted_by_id=officer_id,
                    submitted_at=_at(applied_on, 10),
                    officer_id=officer_id if decided else None,
                )
            )
            chosen.append((offer, bsn))
        ProvisionRequest.objects.bulk_create(requests, batch_size=self.batch_size)
        self.counts["requests"] += len(requests)

        checks, decisions, decided = [], [], []
        for request, (offer, bsn) in zip(requests, chosen, strict=True):
            if request.status != ProvisionRequest.Status.DECIDED:
                continue
            outcome = rng.choices([o for o, _ in OUTCOMES], [w for _, w in OUTCOMES])[0]
            if outcome == Outcome.PARTIAL and request.extent <= offer.provision.min_extent:
                outcome = Outcome.GRANT
            span = max((request.decision_due_on - request.applied_on).days, 1)
            late = rng.random() < LATE_SHARE
            sent_on = request.applied_on + timedelta(
                days=span + rng.randint(1, 20) if late else rng.randint(1, span)
            )
            sent_on = min(sent_on, self.today)
            checks.append(
                LegalityCheck(
                    request=request,
                    officer_id=request.officer_id,
                    started_at=_at(min(request.applied_on + timedelta(days=1), sent_on), 9),
                    completed_at=_at(sent_on, 9, 30),
                    conclusion=CONCLUSIONS[outcome],
                )
            )
            decisions.append(self.decision(request, offer, outcome, sent_on))
            decided.append((request, offer, bsn))
        LegalityCheck.objects.bulk_create(checks, batch_size=self.batch_size)
        CheckAnswer.objects.bulk_create(
            [
                CheckAnswer(
                    check_record=check,
                    item_id=item_id,
                    question=question,
                    order=order,
                    outcome=self.check_outcome(check, request, question, order),
                )
                for check, (request, offer, _) in zip(checks, decided, strict=True)
                for item_id, question, order in offer.checklist
            ],
            batch_size=self.batch_size,
        )
        Decision.objects.bulk_create(decisions, batch_size=self.batch_size)
        self.counts["decisions"] += len(decisions)

        allocations, objections = [], []
        for decision, (request, offer, bsn) in zip(decisions, decided, strict=True):
            if decision.delivery_form == DeliveryForm.IN_KIND and bsn and offer.provision.product_category:
                allocations.append(self.allocation(decision, offer.provision))
            objected = decision.outcome != Outcome.GRANT and rng.random() < OBJECTION_SHARE
            if objected and (objection := self.objection(decision, request)) is not None:
                objections.append(objection)
        Allocation.objects.bulk_create(allocations, batch_size=self.batch_size)
        Objection.objects.bulk_create(objections, batch_size=self.batch_size)
        self.counts["allocations"] += len(allocations)
        self.counts["objections"] += len(objections)

    def members(self, household_ids: list[int]) -> dict[int, list[tuple[int, date, str | None]]]:
        members: dict[int, list] = {}
        rows = (
            HouseholdMembership.objects.filter(household_id__in=household_ids, ends_on__isnull=True)
            .order_by("household_id", "starts_on", "id")
            .values_list("household_id", "resident_id", "resident__birth_date", "resident__bsn")
        )
        for household_id, resident_id, birth_date, bsn in rows:
            members.setdefault(household_id, []).append((resident_id, birth_date, bsn))
        return members

    @staticmethod
    def fits(provision: Provision, birth_date: date, applied_on: date) -> bool:
        """The resident's age on the desired start (two weeks after applying) fits the provision."""
        age = _age(birth_date, applied_on + timedelta(days=14))
        return (provision.min_age is None or age >= provision.min_age) and (
            provision.max_age is None or age <= provision.max_age
        )

    def extent(self, provision: Provision) -> Decimal:
        low, high = int(provision.min_extent), int(provision.max_extent)
        if high - low > 50:  # money or minutes: a round amount
            return Decimal(self.rng.randrange(max(low, 10), high + 1, 10))
        return Decimal(self.rng.randint(low, high))

    @staticmethod
    def check_outcome(check: LegalityCheck, request: ProvisionRequest, question: str, order: int) -> str:
        if "pgb" in question.lower() and request.delivery_form != DeliveryForm.PGB:
            return CheckAnswer.Outcome.NOT_APPLICABLE
        if check.conclusion == Conclusion.DOES_NOT_MEET and order == 1:  # the point after residence
            return CheckAnswer.Outcome.NOT_MET
        return CheckAnswer.Outcome.MET

    def decision(self, request: ProvisionRequest, offer: _Offer, outcome: str, sent_on: date) -> Decision:
        provision = offer.provision
        officers = self.officers[request.municipality_id]
        decision = Decision(
            reference=self.reference("B"),
            request=request,
            outcome=outcome,
            status=Decision.Status.SENT,
            legal_basis=provision.legal_basis,
            reasons=BULK_REASONS[outcome],
            objection_clause=_objection_clause(),
            drafted_by_id=officers[0],
            drafted_at=_at(sent_on, 10),
            signed_by_id=officers[0],
            signed_at=_at(sent_on, 11),
            sent_on=sent_on,
            objection_due_on=self.due(OBJECTION, sent_on, request.municipality_id),
        )
        if provision.four_eyes:
            decision.second_signed_by_id, decision.second_signed_at = officers[1], _at(sent_on, 15)
        if outcome == Outcome.DENY:
            return decision
        extent = request.extent
        if outcome == Outcome.PARTIAL:
            extent = max(provision.min_extent, (extent * Decimal("0.6")).quantize(Decimal("1")))
        decision.result_id = offer.result_ids[0]
        decision.extent = extent
        decision.starts_on = max(request.desired_start, sent_on)
        if provision.max_months:
            decision.ends_on = (
                decision.starts_on + relativedelta(months=provision.max_months) - timedelta(days=1)
            )
        decision.delivery_form = request.delivery_form
        if request.delivery_form == DeliveryForm.IN_KIND:
            decision.provider_id = offer.provider_id
        else:  # a pgb's budget: the extent at a standard rate; money is paid as granted
            decision.budget = extent if provision.unit == Unit.EURO else PGB_RATE * extent
        return decision

    def allocation(self, decision: Decision, provision: Provision) -> Allocation:
        started = decision.starts_on <= self.today
        return Allocation(
            decision=decision,
            number=self.allocation_number(),
            provider_id=decision.provider_id,
            product_category=provision.product_category,
            product_code=provision.product_code,
            starts_on=decision.starts_on,
            ends_on=decision.ends_on,
            volume=decision.extent,
            unit=provision.unit,
            frequency=provision.frequency,
            allocated_by_id=decision.drafted_by_id,
            allocated_at=_at(decision.sent_on + timedelta(days=1), 9),
            status=Allocation.Status.STARTED if started else Allocation.Status.ALLOCATED,
            care_started_on=decision.starts_on if started else None,
        )

    def objection(self, decision: Decision, request: ProvisionRequest) -> Objection | None:
        received_on = decision.sent_on + timedelta(days=self.rng.randint(5, 45))
        if received_on > self.today:
            return None
        objection = Objection(
            reference=self.reference("BZ"),
            decision=decision,
            objector_id=request.resident_id,
            received_on=received_on,
            grounds="De inwoner is het niet eens met de beslissing en vraagt om meer ondersteuning.",
            is_late=received_on > decision.objection_due_on,
            handling_due_on=self.due(
                OBJECTION_DECISION, max(decision.objection_due_on, received_on), request.municipality_id
            ),
            registered_by_id=decision.drafted_by_id,
            registered_at=_at(received_on, 14),
        )
        decided_on = objection.handling_due_on - timedelta(days=self.rng.randint(0, 30))
        # Decided in time; most of those whose term still runs are being handled.
        still_running = objection.handling_due_on >= self.today and self.rng.random() < 0.7
        if decided_on <= self.today and not still_running:
            withdrawn = self.rng.random() < 0.3
            objection.outcome = Objection.Outcome.WITHDRAWN if withdrawn else Objection.Outcome.REJECTED
            objection.outcome_note = (
                "De inwoner heeft het bezwaar ingetrokken na een gesprek."
                if withdrawn
                else "Na de hoorzitting blijft de beslissing staan."
            )
            objection.decided_on = max(decided_on, received_on)
            objection.decided_by_id = decision.drafted_by_id
            if objection.is_late and not withdrawn:
                objection.late_excusable = True
        return objection


@cache
def _objection_clause() -> str:
    from plein.decisions import letters

    return letters.DEFAULT_OBJECTION_CLAUSE
