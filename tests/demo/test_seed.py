"""The `plein seed` command: a realistic, consistent and reproducible demo installation."""

import io
from datetime import date

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count, F, Q
from django.urls import reverse
from stdnum.nl import bsn as stdnum_bsn

from plein.areas.models import District, Municipality, Neighbourhood, PostcodeRange, Role, Team
from plein.areas.selectors import neighbourhood_for_address
from plein.cases.models import (
    Case,
    CaseEvent,
    Conference,
    ConferenceSchedule,
    Contact,
    PlanItem,
    SatisfactionResponse,
    SupportPlan,
)
from plein.cases.selectors import (
    cases_for_review,
    cases_visible_to,
    handovers_for_partner,
    my_cases,
    work_list_counts,
)
from plein.cases.services.case import coordinator_meets_rule
from plein.core.legal_terms import DECISION_TERMS, OBJECTION, OBJECTION_DECISION, due_date
from plein.core.validators import POSTCODE_RE
from plein.decisions.catalogue import default_catalogue
from plein.decisions.models import (
    Allocation,
    CheckAnswer,
    Decision,
    DeliveryForm,
    Objection,
    Provision,
    ProvisionRequest,
)
from plein.decisions.selectors import (
    back_office_lists,
    decision_term,
    decision_term_compliance,
    requests_visible_to,
)
from plein.demo.builders import DemoBuilder
from plein.demo.logins import DEMO_LOGINS, DEMO_PASSWORD
from plein.intake.models import Request
from plein.people.models import Address, Household, HouseholdMembership, NetworkMember, Professional, Resident
from plein.people.selectors import residents_visible_to

pytestmark = pytest.mark.django_db


def seed(*args: str) -> str:
    out = io.StringIO()
    call_command("seed", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def age(birth_date: date, on: date) -> int:
    return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))


def test_the_demo_scale_builds_a_consistent_municipality():
    output = seed("--scale", "demo")

    assert "Klaar" in output
    residents = Resident.objects.count()
    assert 2_000 <= residents < 2_050
    heerhugowaard = Municipality.objects.get(cbs_code="GM0398")
    langedijk = Municipality.objects.get(cbs_code="GM0416")
    assert 0.08 < langedijk.residents.count() / residents < 0.12
    assert District.objects.filter(municipality=heerhugowaard).count() == 4
    assert Neighbourhood.objects.filter(district__municipality=heerhugowaard).count() == 19
    assert set(
        Team.objects.filter(kind=Team.Kind.NEIGHBOURHOOD, municipality=heerhugowaard).values_list(
            "name", flat=True
        )
    ) == {
        "MET-team 1",
        "MET-team 2",
        "MET-team 3",
        "MET-team 4",
    }
    assert Team.objects.get(kind=Team.Kind.YOUTH_AND_FAMILY).districts.count() == 4

    # Every resident lives in exactly one household, in their own municipality.
    active = Count("household_memberships", filter=Q(household_memberships__ends_on__isnull=True))
    assert not Resident.objects.annotate(active=active).exclude(active=1).exists()
    assert not HouseholdMembership.objects.exclude(
        household__municipality_id=F("resident__municipality_id")
    ).exists()
    assert not Household.objects.exclude(
        municipality_id=F("address__neighbourhood__district__municipality_id")
    ).exists()
    assert not HouseholdMembership.objects.filter(starts_on__lt=F("resident__birth_date")).exists()

    # Every address routes through the postcode table to the neighbourhood it is in.
    for address in Address.objects.all():
        routed = neighbourhood_for_address(postcode=address.postcode, house_number=address.house_number)
        assert routed == address.neighbourhood, address
    postcodes = list(PostcodeRange.objects.values_list("postcode", flat=True))
    assert all(POSTCODE_RE.match(postcode) for postcode in postcodes)
    assert len(postcodes) == len(set(postcodes))  # one range per postcode: unique across municipalities
    areas = dict(
        PostcodeRange.objects.values_list("postcode", "neighbourhood__district__municipality__cbs_code")
    )
    assert {p[:4] for p, code in areas.items() if code == "GM0398"} <= {str(n) for n in range(1700, 1708)}
    assert {p[:4] for p, code in areas.items() if code == "GM0416"} == {"1721", "1722", "1723"}

    # BSNs pass the 11-proof, are unique and are known for about nine in ten residents.
    bsns = list(Resident.objects.exclude(bsn=None).values_list("bsn", flat=True))
    assert all(stdnum_bsn.is_valid(bsn) for bsn in bsns)
    assert len(bsns) == len(set(bsns))
    assert 0.85 < len(bsns) / residents < 0.95

    # A realistic mix: children at home, adult children, elderly, singles and single parents.
    today = date.today()
    children = HouseholdMembership.objects.filter(position=HouseholdMembership.Position.CHILD)
    assert any(age(b, today) < 4 for b in children.values_list("resident__birth_date", flat=True))
    assert any(age(b, today) >= 18 for b in children.values_list("resident__birth_date", flat=True))
    assert Resident.objects.filter(birth_date__lt=date(today.year - 76, 1, 1)).count() > 50
    sizes = Household.objects.annotate(size=Count("memberships")).values_list("size", flat=True)
    assert {1, 2, 3, 4, 5} <= set(sizes)
    assert NetworkMember.objects.filter(relation=NetworkMember.Relation.CARER).exists()
    assert Resident.objects.exclude(preferred_language=Resident.Language.DUTCH).exists()
    assert Resident.objects.filter(interpreter_needed=True).exists()


def test_the_same_seed_gives_the_same_residents():
    seed("--residents", "200")
    first = list(Resident.objects.order_by("pk").values_list("first_names", "name_prefix", "last_name")[:20])
    first_bsns = list(Resident.objects.order_by("pk").values_list("bsn", flat=True)[:20])

    seed("--residents", "200", "--flush")
    again = list(Resident.objects.order_by("pk").values_list("first_names", "name_prefix", "last_name")[:20])

    assert again == first
    assert list(Resident.objects.order_by("pk").values_list("bsn", flat=True)[:20]) == first_bsns

    seed("--residents", "200", "--flush", "--seed", "7")
    other = list(Resident.objects.order_by("pk").values_list("first_names", "name_prefix", "last_name")[:20])
    assert other != first


def test_demo_logins_have_their_role_and_can_log_in(client):
    output = seed("--residents", "100")

    assert {login.role for login in DEMO_LOGINS} == set(Role)
    for login in DEMO_LOGINS:
        professional = Professional.objects.get(username=login.username)
        assert login.username in output
        assert list(professional.groups.values_list("name", flat=True)) == [login.role.value]
        membership = professional.memberships.get()
        assert membership.organisation.name == login.organisation
        assert (membership.team.name if membership.team else None) == login.team
        assert membership.municipality.cbs_code == login.municipality
        # Through the login form, as a person logs in (and as login throttling sees it).
        response = client.post(reverse("login"), {"username": login.username, "password": DEMO_PASSWORD})
        assert response.status_code == 302 and response.url == reverse("home"), login.username
        client.logout()
    assert Professional.objects.get(username="beheer").is_staff
    assert not Professional.objects.get(username="generalist").is_staff


def test_scoping_separates_the_met_teams_and_the_municipalities():
    seed("--residents", "300")
    generalist = Professional.objects.get(username="generalist")
    langedijk = Professional.objects.get(username="langedijk")

    seen_by_generalist = residents_visible_to(generalist)
    assert seen_by_generalist.exists()
    assert not seen_by_generalist.exclude(
        household_memberships__household__address__neighbourhood__district__cbs_code="WK039801"
    ).exists()
    assert set(residents_visible_to(langedijk).values_list("municipality__cbs_code", flat=True)) == {"GM0416"}


def test_team_pages_have_colleagues_without_a_login():
    seed("--residents", "0", "--no-logins")

    for number in range(1, 5):
        team = Team.objects.get(name=f"MET-team {number}")
        members = team.memberships.select_related("professional")
        assert 6 <= members.count() <= 10
        assert not any(m.professional.has_usable_password() for m in members)
        assert all(m.hours_per_week > 0 for m in members)


def test_demo_logins_are_refused_outside_the_demo(settings):
    settings.PLEIN_DEMO = False

    with pytest.raises(CommandError, match="Demo-logins worden alleen in de demo-omgeving aangemaakt"):
        seed("--residents", "50")
    assert not Municipality.objects.exists()

    seed("--residents", "50", "--no-logins")
    assert Resident.objects.exists()
    assert not Professional.objects.filter(username__in=[login.username for login in DEMO_LOGINS]).exists()


def test_flush_never_wipes_a_database_outside_the_demo(settings):
    seed("--residents", "50", "--no-logins")
    count = Resident.objects.count()
    settings.PLEIN_DEMO = False

    with pytest.raises(CommandError, match="--flush kan alleen in de demo-omgeving"):
        seed("--residents", "50", "--no-logins", "--flush")
    assert Resident.objects.count() == count


def test_a_second_run_needs_if_empty_or_flush():
    seed("--residents", "50")
    count = Resident.objects.count()

    assert "niets geladen" in seed("--residents", "50", "--if-empty")
    assert Resident.objects.count() == count
    with pytest.raises(CommandError, match="--flush"):
        seed("--residents", "50")

    seed("--residents", "80", "--flush")
    assert Resident.objects.count() >= 80
    assert Municipality.objects.count() == 2
    assert Professional.objects.filter(username="kcc").count() == 1


def test_the_demo_tells_case_stories_for_the_demo_logins_in_met_team_1():
    seed("--scale", "demo")

    # The stories are the cases the demo logins opened; the team's other cases are closed history.
    stories = Case.objects.filter(opened_by__username__in=[login.username for login in DEMO_LOGINS])
    per_state = dict(stories.values_list("state").annotate(n=Count("id")).order_by())
    assert per_state == {
        "registered": 2,
        "in_conversation": 2,
        "plan": 2,
        "execution": 4,
        "evaluation": 1,
        "closed": 3,
    }
    assert set(stories.values_list("team__name", flat=True)) == {"MET-team 1"}
    met_team_1 = Case.objects.filter(team__name="MET-team 1")
    assert set(met_team_1.exclude(state=Case.State.CLOSED)) == set(stories.exclude(state=Case.State.CLOSED))
    generalist, coordinator, coach, partner = (
        Professional.objects.get(username=name)
        for name in ("generalist", "coordinator", "jgcoach", "partner")
    )
    assert set(cases_visible_to(generalist)) == set(met_team_1)
    assert my_cases(user=generalist).exists()
    assert my_cases(user=coach).count() == 2  # families with a child: the coordinator rule
    assert work_list_counts(user=coordinator).team == 11
    # The history added closed cases to MET-team 1 only: the generalist's lists are the stories.
    counts = work_list_counts(user=generalist)
    assert (counts.mine, counts.team, counts.review) == (5, 11, 1)
    # Every coordinator obeys the municipality's rules, and exactly one is current per open case.
    for case in Case.objects.exclude(state=Case.State.CLOSED).exclude(coordinator=None):
        assert coordinator_meets_rule(case), case
        assert case.coordinator_assignments.filter(ends_at=None).get().professional == case.coordinator
    # One case open longer than three months waits for review; the next conference has an agenda.
    team_id = Team.objects.get(name="MET-team 1").pk
    assert cases_for_review(team_ids=[team_id]).count() == 1
    last, upcoming = Conference.objects.filter(team_id=team_id).order_by("starts_at")
    assert last.held_at is not None
    assert last.attendees.count() == 3
    assert last.agenda_items.exclude(decisions="").exists()
    assert upcoming.held_at is None
    assert {item.reason for item in upcoming.agenda_items.all()} == {"multi_complex", "stuck"}
    assert ConferenceSchedule.objects.count() == 6
    # Signed plans with items on several rungs of the ladder; contacts; measured outcomes.
    signed = SupportPlan.objects.filter(case__in=stories, status=SupportPlan.Status.SIGNED)
    assert signed.count() == 7
    assert all(plan.signatures.count() == 2 for plan in signed)
    assert max(plan.items.values("rung").distinct().count() for plan in signed) >= 3
    assert Contact.objects.count() > 10
    for case in stories.filter(state=Case.State.CLOSED):
        assert case.satisfaction is not None
        has_start = case.measurements.filter(moment="start").exists()
        assert has_start == case.measurements.filter(moment="end").exists()
    # The partner's organisation has a warm hand-over waiting, sent with consent.
    [handover] = handovers_for_partner(user=partner)
    assert handover.status == "sent"
    assert handover.consent_given_by is not None
    # Timelines run from the opening to now, not all at the moment of seeding.
    review_case = cases_for_review(team_ids=[team_id]).get()
    assert review_case.events.order_by("at").first().at == review_case.opened_at

    seed("--residents", "50", "--flush")
    assert not Case.objects.exists()
    assert not Conference.objects.exists()
    assert not ProvisionRequest.objects.exists()
    assert not Request.objects.exists()


def test_bulk_cases_follow_the_city_proportions():
    result = DemoBuilder(seed=3, residents=6_000, bulk_cases=True).build(with_logins=False, progress=None)

    households = Household.objects.count()
    active = Case.objects.exclude(state=Case.State.CLOSED)
    closed = Case.objects.filter(state=Case.State.CLOSED)
    assert 0.015 < active.count() / households < 0.045
    assert 0.13 < closed.count() / households < 0.21
    assert sum(result.cases.values()) == Case.objects.count()
    # Each case with the neighbourhood team of its household's district.
    assert not Case.objects.exclude(team__districts=F("household__address__neighbourhood__district")).exists()
    assert not closed.filter(Q(closed_at__lt=F("opened_at")) | Q(closure_reason="")).exists()
    assert CaseEvent.objects.filter(kind="opened").count() == Case.objects.count()
    assert not CaseEvent.objects.filter(kind="opened").exclude(at=F("case__opened_at")).exists()
    assert SatisfactionResponse.objects.count() == closed.count()
    # Each case has its history, in the order things happen, by professionals of its team.
    today = date.today()
    for case in Case.objects.prefetch_related(
        "requests", "assessments", "plans", "contacts__professionals", "measurements"
    ):
        opened, last = case.opened_at.date(), case.closed_at.date() if case.closed_at else today
        [request] = case.requests.all()
        assert request.received_at <= case.opened_at and request.outcome in ("routed", "crisis"), case
        assert request.team_id == case.team_id and request.status == "closed"
        if case.state == "registered":
            assert not case.assessments.all() and not case.plans.all(), case
            continue
        [assessment] = case.assessments.all()
        assert opened <= assessment.held_on <= last, case
        for plan in case.plans.all():
            assert plan.signed_at is None or assessment.held_on <= plan.signed_at.date() <= last, case
        assert all(opened <= contact.held_on <= last for contact in case.contacts.all()), case
        measurements = {m.moment: m for m in case.measurements.all()}
        assert ("end" in measurements) == (case.state == "closed"), case
        if "end" in measurements:
            assert assessment.held_on <= measurements["end"].measured_on <= last, case
            assert measurements["end"].scores.count() == measurements["start"].scores.count() >= 2
    # Contacts are shared by the team, not held by the one who opened the cases.
    openers = Case.objects.values("opened_by").distinct().count()
    assert Contact.objects.values("professionals").distinct().count() > 2 * openers
    assert not Contact.objects.exclude(professionals__memberships__team=F("case__team")).exists()
    assert set(Request.objects.filter(cases=None).values_list("outcome", flat=True)) == {
        "answered",
        "forwarded",
        "crisis",
    }
    # The kanteling: most of the support is on the lighter rungs of the ladder.
    assert PlanItem.objects.filter(rung__lte=4).count() > 0.6 * PlanItem.objects.count()

    # Requests on a share of the cases, decided where the case went beyond its plan, by the rules.
    requests = ProvisionRequest.objects.select_related("provision", "resident")
    assert (
        0.25
        < requests.count() / Case.objects.exclude(state__in=["registered", "in_conversation"]).count()
        < 0.5
    )
    assert not requests.exclude(case__state__in=["plan", "execution", "evaluation", "closed"]).exists()
    assert not requests.filter(case__state="plan").exclude(status="submitted").exists()
    assert not requests.filter(
        Q(extent__lt=F("provision__min_extent")) | Q(extent__gt=F("provision__max_extent"))
    ).exists()
    assert not requests.exclude(municipality_id=F("provision__municipality_id")).exists()
    for request in requests.order_by("pk")[:300]:
        provision = request.provision
        years = age(request.resident.birth_date, request.desired_start)
        assert (provision.min_age or 0) <= years <= (provision.max_age or 200), request
        assert request.delivery_form in provision.delivery_forms, request
        assert request.decision_due_on == due_date(
            DECISION_TERMS[request.law], request.applied_on, municipality_id=request.municipality_id
        )
    decisions = Decision.objects.select_related("request__provision")
    assert decisions.count() == requests.filter(status="decided").count()
    assert not decisions.filter(request__legality_check__completed_at=None).exists()
    assert not CheckAnswer.objects.filter(outcome="").exists()
    assert not decisions.filter(sent_on__lt=F("request__applied_on")).exists()
    assert not decisions.filter(request__provision__four_eyes=True, second_signed_by=None).exists()
    assert not decisions.filter(delivery_form="in_kind", provider__agb_code="").exists()
    for decision in decisions.order_by("pk")[:300]:
        assert decision.objection_due_on == due_date(
            OBJECTION, decision.sent_on, municipality_id=decision.request.municipality_id
        )
        decision.full_clean(exclude=["letter_pdf"])
    # Most decisions in time; monitoring has some late ones to report.
    [wmo] = [
        row
        for row in decision_term_compliance(
            municipality_id=Municipality.objects.get(cbs_code="GM0398").pk,
            start=date(2000, 1, 1),
            end=date.today(),
        )
        if row.law == "wmo"
    ]
    assert 0 < wmo.late < 0.2 * wmo.decided
    assert not Allocation.objects.exclude(volume=F("decision__extent")).exists()
    objections = Objection.objects.select_related("decision__request")
    assert objections.exists()
    assert not objections.filter(decision__outcome="grant").exists()
    assert not objections.filter(received_on__lt=F("decision__sent_on")).exists()
    assert (
        not objections.exclude(outcome="")
        .filter(Q(decided_on=None) | Q(decided_on__gt=date.today()))
        .exists()
    )
    for objection in objections:
        assert objection.is_late == (objection.received_on > objection.decision.objection_due_on)
        assert objection.handling_due_on == due_date(
            OBJECTION_DECISION,
            max(objection.decision.objection_due_on, objection.received_on),
            municipality_id=objection.decision.request.municipality_id,
        )


def test_the_demo_gives_the_back_office_work_in_every_stage():
    output = seed("--scale", "demo")
    today = date.today()

    total = len(default_catalogue())
    assert f"{2 * total} maatwerkvoorzieningen in de catalogus" in output
    assert "aanvragen: wacht op controle 2, in controle 4, besloten 3." in output
    for municipality in Municipality.objects.all():
        assert Provision.objects.filter(municipality=municipality).count() == total
    officer, second_officer, generalist = (
        Professional.objects.get(username=name) for name in ("consulent", "consulent2", "generalist")
    )
    lists = back_office_lists(user=officer)

    # Waiting for the check, one of them almost due.
    assert len(lists.to_check) == 2
    assert [decision_term(r).is_almost_due for r in lists.to_check] == [True, False]
    # In the check: one with an open question to the generalist, one overdue.
    assert len(lists.in_check) == 4
    asked = [r for r in lists.in_check if r.questions.filter(answered_at=None).exists()]
    assert len(asked) == 1 and asked[0].case.coordinator is not None
    assert sum(decision_term(r).is_overdue for r in lists.in_check) == 1
    # To sign: a draft, and a four-eyes decision signed by consulent2 that waits for consulent.
    assert sorted(d.status for d in lists.to_sign) == ["awaiting_second", "draft"]
    waiting = Decision.objects.get(status=Decision.Status.AWAITING_SECOND)
    assert waiting.request.provision.four_eyes
    assert waiting.drafted_by == waiting.signed_by == second_officer
    assert waiting not in back_office_lists(user=second_officer).to_sign
    # Sent in time: a grant, a partial grant and a denial, each with its letter and objection term.
    sent = Decision.objects.filter(status=Decision.Status.SENT).select_related("request")
    assert sorted(d.outcome for d in sent) == ["deny", "grant", "partial"]
    for decision in sent:
        assert bytes(decision.letter_pdf).startswith(b"%PDF")
        assert decision.request.applied_on < decision.sent_on <= decision.request.decision_due_on
        municipality_id = decision.request.municipality_id
        assert decision.objection_due_on == due_date(
            OBJECTION, decision.sent_on, municipality_id=municipality_id
        )
        assert decision.request.legality_check.completed_at is not None
        assert not decision.request.legality_check.answers.filter(outcome="").exists()
    # The grants in kind are allocated to providers with an AGB code; with consent, a hand-over.
    allocations = Allocation.objects.select_related("decision", "provider")
    assert allocations.count() == 2
    assert all(a.provider.agb_code and a.volume == a.decision.extent for a in allocations)
    assert sum(a.handover_id is not None for a in allocations) == 1
    # The denial is objected to, in time, and the objection is being handled.
    [objection] = lists.objections
    assert objection.decision.outcome == Decision.Outcome.DENY
    assert not objection.is_late and objection.outcome == ""
    assert objection.handling_due_on == due_date(
        OBJECTION_DECISION,
        objection.decision.objection_due_on,
        municipality_id=objection.decision.request.municipality_id,
    )
    assert objection.handling_due_on > today

    # Every request fits its provision, and its term is the law's (plus a recorded suspension).
    for request in ProvisionRequest.objects.select_related("provision", "resident"):
        provision = request.provision
        assert provision.min_extent <= request.extent <= provision.max_extent, request
        assert request.delivery_form in provision.delivery_forms, request
        years = age(request.resident.birth_date, request.desired_start)
        assert (provision.min_age or 0) <= years <= (provision.max_age or 200), request
        suspended = sum((s.ends_on - s.starts_on).days + 1 for s in request.suspensions.all())
        assert request.decision_due_on == due_date(
            DECISION_TERMS[request.law],
            request.applied_on,
            municipality_id=request.municipality_id,
            suspended_days=suspended,
        ), request
    assert ProvisionRequest.objects.filter(suspensions__isnull=False).count() == 1
    assert ProvisionRequest.objects.filter(delivery_form=DeliveryForm.PGB).exclude(pgb_plan="").count() == 1
    # The generalist sees the requests of the team's cases; a direct application without a case not.
    plan_requests = ProvisionRequest.objects.filter(channel="plan")
    assert plan_requests.count() == 5
    assert set(requests_visible_to(generalist)) == set(plan_requests)
    assert ProvisionRequest.objects.filter(channel="direct", case=None).count() == 4
    # The case timelines show the requests, dated from the application on, never in the future.
    for request in plan_requests:
        events = request.case.events.filter(
            kind__in=["provision_request", "decision", "objection", "allocation"]
        )
        assert events.exists()
        assert all(request.applied_on <= e.at.date() <= today for e in events), request
