"""``small_world``: a hand-built year (2025) of municipality A whose every figure is known.

Built on ``world`` (tests/conftest.py): Team Noord serves Wijk Noord (postcode 1701AB), Team Zuid
serves Wijk Zuid (1702CD). Residents are registered through the service (so addresses are routed
to their district); the records monitoring reads are created directly, because their dates are
the point of the test and the services stamp "now".

Requests (12 in 2025, one more in 2024, one in municipality B):

    R1  phone  resident     routed     Noord  H1  10-01      R7  web    network      routed     Zuid   H6  01-05
    R2  phone  resident     routed     Noord  H2  01-02      R8  web    resident     answered   Noord  -   05-05
    R3  phone  network      routed     Noord  H3  01-03      R9  desk   resident     answered   Zuid   -   01-06
    R4  phone  resident     answered   Noord  -   15-03      R10 desk   professional forwarded  Noord  -   15-06
    R5  phone  resident     answered   Zuid   -   01-04      R11 prof.  professional forwarded  Noord  H4  01-07
    R6  web    resident     routed     Zuid   H5  10-04      R12 env.   anonymous    (none)     Zuid   H7  01-08

Cases (request, opened, first conversation, first signed plan, closed; heaviest signed rung):

    C1 Noord H1  R1   12-01  20-01  19-02  20-04      rungs 1, 2   → 2
    C2 Noord H2  R2   02-02  11-02  13-03  11-06      rungs 2, 6   → 6
    C3 Noord H3  R3   02-03  21-03  20-05  17-09      rung 1 (a draft v2 has rung 7: not signed)
    C4 Noord H4  R11  02-07  15-07  -      open
    C5 Zuid  H5  R6   11-04  30-04  30-05  28-10      rungs 4, 5   → 5
    C6 Zuid  H6  R7   02-05  06-05  05-06  open
    C7 Zuid  H7  -    2024-06-01  2024-06-10  2024-07-10  2025-03-01   rung 2
    C8 Noord H8  -    01-11  -      -      open
"""

import datetime
from dataclasses import dataclass
from datetime import date

import pytest
from django.utils import timezone

from plein.areas.models import District, Role, Team
from plein.areas.services import membership_add
from plein.cases.models import (
    Assessment,
    Case,
    Contact,
    DomainScore,
    Measurement,
    PlanItem,
    SatisfactionResponse,
    SupportPlan,
)
from plein.core.models import LifeDomain
from plein.decisions.models import (
    Decision,
    Frequency,
    Law,
    Objection,
    Provision,
    ProvisionRequest,
    ProvisionResult,
    Unit,
)
from plein.intake.models import Request
from plein.monitoring.indicators import Population
from tests import factories

YEAR_START = date(2025, 1, 1)
YEAR_END = date(2025, 12, 31)


def noon(day: date) -> datetime.datetime:
    """Midday local time: far from midnight, so no time zone moves an event to another day."""
    return datetime.datetime.combine(day, datetime.time(12), tzinfo=timezone.get_current_timezone())


@dataclass
class SmallWorld:
    municipality: object
    noord: Team
    zuid: Team
    wijk_noord: District
    wijk_zuid: District
    cases: dict[str, Case]
    requests: dict[str, Request]

    def population(self, start=YEAR_START, end=YEAR_END, *, team_ids=None, district_ids=None) -> Population:
        return Population(
            municipality_id=self.municipality.pk,
            period_start=start,
            period_end=end,
            team_ids=frozenset(team_ids) if team_ids is not None else None,
            district_ids=frozenset(district_ids) if district_ids is not None else None,
        )


@pytest.fixture
def small_world(world, register_resident) -> SmallWorld:
    municipality = world.municipality
    noord = world.team
    zuid = Team.objects.get(municipality=municipality, name="Team Zuid")
    wijk_noord = world.district
    wijk_zuid = District.objects.get(cbs_code="WK039802")
    District.objects.filter(pk=wijk_noord.pk).update(name="Wijk Noord")
    District.objects.filter(pk=wijk_zuid.pk).update(name="Wijk Zuid")

    def professional(username, team):
        user = factories.ProfessionalFactory(username=username)
        membership_add(
            professional=user,
            role=Role.GENERALIST,
            organisation=world.organisation,
            starts_on=date(2020, 1, 1),
            hours_per_week=32,
            team=team,
        )
        return user

    generalist = world.generalist
    noord2 = professional("noord2", noord)
    zuid1 = professional("zuid1", zuid)
    officer = world.policy  # records only; monitoring never reads who did what

    households = {}
    residents = {}
    for name, postcode in [
        ("H1", "1701AB"),
        ("H2", "1701AB"),
        ("H3", "1701AB"),
        ("H4", "1701AB"),
        ("H5", "1702CD"),
        ("H6", "1702CD"),
        ("H7", "1702CD"),
        ("H8", "1701AB"),
    ]:
        resident = register_resident(postcode=postcode, last_name=f"Huishouden {name}")
        residents[name] = resident
        households[name] = resident.household_memberships.get().household

    partner = factories.OrganisationFactory(name="Schuldhulp")
    requests = {}
    spec = [
        ("R1", "phone", "resident", "routed", noord, "H1", date(2025, 1, 10)),
        ("R2", "phone", "resident", "routed", noord, "H2", date(2025, 2, 1)),
        ("R3", "phone", "network", "routed", noord, "H3", date(2025, 3, 1)),
        ("R4", "phone", "resident", "answered", noord, None, date(2025, 3, 15)),
        ("R5", "phone", "resident", "answered", zuid, None, date(2025, 4, 1)),
        ("R6", "web", "resident", "routed", zuid, "H5", date(2025, 4, 10)),
        ("R7", "web", "network", "routed", zuid, "H6", date(2025, 5, 1)),
        ("R8", "web", "resident", "answered", noord, None, date(2025, 5, 5)),
        ("R9", "desk", "resident", "answered", zuid, None, date(2025, 6, 1)),
        ("R10", "desk", "professional", "forwarded", noord, None, date(2025, 6, 15)),
        ("R11", "professional_signal", "professional", "forwarded", noord, "H4", date(2025, 7, 1)),
        ("R12", "environment_signal", "anonymous", "", zuid, "H7", date(2025, 8, 1)),
        # Outside the population: the year before, and another municipality.
        ("R0", "phone", "resident", "answered", noord, None, date(2024, 12, 20)),
    ]
    for reference, channel, source, outcome, team, household, received in spec:
        closed = outcome in ("answered", "forwarded")
        requests[reference] = Request.objects.create(
            reference=f"M-{reference}",
            municipality=municipality,
            channel=channel,
            source=source,
            question="Een vraag.",
            household=households[household] if household else None,
            resident=residents[household] if household else None,
            received_at=noon(received),
            team=team,
            status="closed" if closed else ("assigned" if outcome else "new"),
            outcome=outcome,
            forwarded_to=partner if outcome == "forwarded" else None,
            closed_at=noon(received) if closed else None,
        )
    Request.objects.create(
        reference="M-B1",
        municipality=world.other_municipality,
        channel="phone",
        source="resident",
        question="Een vraag in gemeente B.",
        received_at=noon(date(2025, 3, 1)),
        team=world.other_team,
    )

    finances = LifeDomain.objects.get(code="finances")
    housing = LifeDomain.objects.get(code="housing")
    cases = {}

    def make_case(
        name,
        team,
        household,
        request,
        opened,
        *,
        conversation,
        signed,
        closed,
        rungs,
        coordinator,
        draft_rungs=(),
    ):
        case = Case.objects.create(
            reference=f"C-{name}",
            household=households[household],
            municipality=municipality,
            team=team,
            state=Case.State.CLOSED if closed else Case.State.EXECUTION,
            coordinator=coordinator,
            opened_at=noon(opened),
            opened_by=coordinator,
            closed_at=noon(closed) if closed else None,
            closure_reason=Case.ClosureReason.GOALS_REACHED if closed else "",
        )
        if request:
            case.requests.add(requests[request])
        if signed:
            plan = SupportPlan.objects.create(
                case=case,
                version=1,
                status=SupportPlan.Status.SIGNED,
                signed_at=noon(signed),
                created_by=coordinator,
            )
            for rung in rungs:
                PlanItem.objects.create(
                    plan=plan, rung=rung, description="Onderdeel", performed_by="Iemand", starts_on=signed
                )
        if draft_rungs:
            draft = SupportPlan.objects.create(case=case, version=2, created_by=coordinator)
            for rung in draft_rungs:
                PlanItem.objects.create(
                    plan=draft, rung=rung, description="Voorstel", performed_by="Iemand", starts_on=signed
                )
        cases[name] = case
        return case

    make_case("C1", noord, "H1", "R1", date(2025, 1, 12), conversation=date(2025, 1, 20), signed=date(2025, 2, 19),
              closed=date(2025, 4, 20), rungs=[1, 2], coordinator=generalist)  # fmt: skip
    make_case("C2", noord, "H2", "R2", date(2025, 2, 2), conversation=date(2025, 2, 11), signed=date(2025, 3, 13),
              closed=date(2025, 6, 11), rungs=[2, 6], coordinator=generalist)  # fmt: skip
    make_case("C3", noord, "H3", "R3", date(2025, 3, 2), conversation=date(2025, 3, 21), signed=date(2025, 5, 20),
              closed=date(2025, 9, 17), rungs=[1], coordinator=generalist, draft_rungs=[7])  # fmt: skip
    make_case("C4", noord, "H4", "R11", date(2025, 7, 2), conversation=date(2025, 7, 15), signed=None,
              closed=None, rungs=[], coordinator=generalist)  # fmt: skip
    make_case("C5", zuid, "H5", "R6", date(2025, 4, 11), conversation=date(2025, 4, 30), signed=date(2025, 5, 30),
              closed=date(2025, 10, 28), rungs=[4, 5], coordinator=zuid1)  # fmt: skip
    make_case("C6", zuid, "H6", "R7", date(2025, 5, 2), conversation=date(2025, 5, 6), signed=date(2025, 6, 5),
              closed=None, rungs=[3], coordinator=zuid1)  # fmt: skip
    make_case("C7", zuid, "H7", None, date(2024, 6, 1), conversation=date(2024, 6, 10), signed=date(2024, 7, 10),
              closed=date(2025, 3, 1), rungs=[2], coordinator=zuid1)  # fmt: skip
    make_case("C8", noord, "H8", None, date(2025, 11, 1), conversation=None, signed=None,
              closed=None, rungs=[], coordinator=generalist)  # fmt: skip

    # Measurements: (case, moment, date, participation rung, {domain: ZRM score}); the first is the
    # measurement of the broad conversation.
    measurements = [
        ("C1", "start", date(2025, 1, 20), 2, {finances: 2, housing: 3}),
        ("C1", "end", date(2025, 4, 20), 3, {finances: 4, housing: 3}),
        ("C2", "start", date(2025, 2, 11), 1, {finances: 1, housing: 2}),
        ("C2", "end", date(2025, 6, 11), 1, {finances: 3, housing: 4}),
        ("C3", "start", date(2025, 3, 21), 3, {finances: 3, housing: 3}),
        ("C3", "end", date(2025, 9, 17), 2, {finances: 2, housing: 3}),
        ("C4", "start", date(2025, 7, 15), 1, {finances: 1}),
        ("C5", "start", date(2025, 4, 30), 2, {finances: 2}),
        ("C5", "end", date(2025, 10, 28), 4, {finances: 2, housing: 4}),
        ("C6", "start", date(2025, 5, 6), 2, {finances: 2, housing: 2}),
        ("C7", "start", date(2024, 6, 10), 1, {finances: 1, housing: 1}),
        ("C7", "interim", date(2024, 12, 1), None, {finances: 2}),
        ("C7", "end", date(2025, 3, 1), 3, {finances: 3, housing: 2}),
    ]
    for case_name, moment, day, rung, scores in measurements:
        case = cases[case_name]
        measurement = Measurement.objects.create(
            case=case, moment=moment, measured_on=day, participation_rung=rung, recorded_by=case.coordinator
        )
        for domain, score in scores.items():
            DomainScore.objects.create(measurement=measurement, life_domain=domain, score=score)
        if moment == "start":
            Assessment.objects.create(
                case=case,
                measurement=measurement,
                held_on=day,
                question="De vraag.",
                recorded_by=case.coordinator,
            )

    for case_name, score, day in [
        ("C1", 8, date(2025, 4, 20)),
        ("C2", 7, date(2025, 6, 11)),
        ("C3", 8, date(2025, 9, 17)),
        ("C5", 9, date(2025, 10, 28)),
    ]:
        SatisfactionResponse.objects.create(case=cases[case_name], score=score, given_on=day)
    SatisfactionResponse.objects.create(case=cases["C7"], declined=True, given_on=date(2025, 3, 1))

    # Contacts: (case, date, minutes, professionals).
    for case_name, day, minutes, professionals in [
        ("C1", date(2025, 1, 20), 60, [generalist]),
        ("C1", date(2025, 2, 19), 30, [generalist]),
        ("C2", date(2025, 2, 11), 90, [generalist, noord2]),
        ("C4", date(2025, 7, 15), 45, [noord2]),
        ("C5", date(2025, 4, 30), 60, [zuid1]),
        ("C6", date(2025, 5, 6), 120, [zuid1]),
        ("C7", date(2024, 6, 10), 60, [zuid1]),  # the year before
    ]:
        contact = Contact.objects.create(
            case=cases[case_name],
            held_on=day,
            kind=Contact.Kind.HOME_VISIT,
            duration_minutes=minutes,
            with_whom="De inwoner",
            recorded_by=professionals[0],
        )
        contact.professionals.set(professionals)

    # Decisions: Wmo for C1, C2, C5 (C5 late), Jeugdwet for C6; an objection against C5's denial
    # is upheld and followed by a new decision (which does not count for the legal term).
    wmo = Provision.objects.create(
        municipality=municipality, name="Huishoudelijke ondersteuning", law=Law.WMO, product_category="01",
        product_code="01A01", unit=Unit.HOUR, frequency=Frequency.PER_WEEK, max_extent=8, legal_basis="Wmo",
    )  # fmt: skip
    youth = Provision.objects.create(
        municipality=municipality, name="Jeugdhulp", law=Law.YOUTH, product_category="45",
        product_code="45A01", unit=Unit.HOUR, frequency=Frequency.PER_WEEK, max_extent=6, legal_basis="Jeugdwet",
    )  # fmt: skip
    results = {
        wmo: ProvisionResult.objects.create(provision=wmo, name="Een schoon huis", order=0),
        youth: ProvisionResult.objects.create(provision=youth, name="Rust in het gezin", order=0),
    }

    def decide(reference, case_name, provision, applied, due, outcome, sent, follows=None, request=None):
        case = cases[case_name]
        household = case.household
        if request is None:
            request = ProvisionRequest.objects.create(
                reference=f"A-{reference}",
                municipality=municipality,
                channel=ProvisionRequest.Channel.PLAN,
                case=case,
                household=household,
                resident=household.memberships.get().resident,
                provision=provision,
                law=provision.law,
                extent=3,
                desired_start=applied,
                delivery_form="in_kind",
                justification="Uit het gesprek.",
                applied_on=applied,
                decision_due_on=due,
                status=ProvisionRequest.Status.DECIDED,
                submitted_by=case.coordinator,
                submitted_at=noon(applied),
            )
        return Decision.objects.create(
            reference=f"B-{reference}",
            request=request,
            outcome=outcome,
            status=Decision.Status.SENT,
            result=None if outcome == "deny" else results[provision],
            starts_on=None if outcome == "deny" else sent,
            legal_basis="Artikel",
            reasons="Omdat.",
            objection_clause="Bezwaar binnen zes weken.",
            drafted_by=officer,
            drafted_at=noon(sent),
            sent_on=sent,
            follows_objection=follows,
        )

    decide("1", "C2", wmo, date(2025, 3, 13), date(2025, 3, 27), "grant", date(2025, 3, 20))
    denied = decide("2", "C5", wmo, date(2025, 5, 30), date(2025, 6, 10), "deny", date(2025, 6, 20))
    decide("3", "C6", youth, date(2025, 6, 5), date(2025, 7, 1), "grant", date(2025, 6, 25))
    decide("4", "C1", wmo, date(2025, 3, 1), date(2025, 4, 1), "partial", date(2025, 3, 25))
    objection = Objection.objects.create(
        reference="BZ-1",
        decision=denied,
        objector=denied.request.resident,
        received_on=date(2025, 7, 1),
        grounds="Ik heb wel hulp nodig.",
        handling_due_on=date(2025, 8, 12),
        outcome=Objection.Outcome.UPHELD,
        decided_on=date(2025, 8, 1),
        registered_by=officer,
        registered_at=noon(date(2025, 7, 1)),
    )
    decide("5", "C5", wmo, None, None, "grant", date(2025, 8, 5), follows=objection, request=denied.request)

    return SmallWorld(
        municipality=municipality,
        noord=noord,
        zuid=zuid,
        wijk_noord=District.objects.get(pk=wijk_noord.pk),
        wijk_zuid=District.objects.get(pk=wijk_zuid.pk),
        cases=cases,
        requests=requests,
    )
