"""Every key page and API call takes a fixed number of queries, however much data it shows.

One table lists the pages. For each: a small world is built through the services and the queries
of the request are counted (after a warm-up request); then ten more of what the page lists are
added (cases with their work, search hits, members, services, requests) and the count must be
exactly the same. A query per row (N+1) makes the second count larger. The ceiling is the count
measured when this test was written: a change that adds a query to a page on purpose raises it
here, in review, instead of unnoticed.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from plein.areas.models import Role
from plein.areas.services import membership_add
from plein.cases import services as case_services
from plein.cases.models import Case, PlanItem
from plein.core.models import LifeDomain
from plein.decisions import services as decision_services
from plein.decisions.models import DeliveryForm
from plein.directory.models import Portal, Service, Story
from plein.directory.search import index_services
from plein.intake import services as intake_services
from plein.intake.models import Request
from plein.people.models import HouseholdMembership
from plein.people.services import api_token_issue, network_member_add
from tests import factories
from tests.decisions.decision_steps import JUSTIFICATION, checked_request, grant_fields

MORE = 10
# How many services a request page suggests (service_suggestions' limit).
SUGGESTIONS = 5
START = datetime.date(2020, 1, 1)
Fixture = Callable[[str], Any]


@dataclass
class Scenario:
    call: Callable[[], HttpResponse]
    grow: Callable[[], None]
    # Whether the grown data shows in the response (a longer page): proves the second count is
    # about a page that lists more, not one that ignores the added rows.
    lists: bool = True


@dataclass(frozen=True)
class Page:
    name: str
    ceiling: int
    build: Callable[[Fixture], Scenario]
    # Whether the request writes an access-log entry: on PostgreSQL that takes one more query.
    logged: bool = False


# --- building blocks ---------------------------------------------------------------------------


def session_for(fixture: Fixture, user) -> Client:
    return fixture("verified_client_for")(user)


def token_for(user) -> Client:
    return Client(headers={"Authorization": f"Bearer {api_token_issue(professional=user)}"})


def new_household(fixture: Fixture, **fields):
    resident = fixture("register_resident")(**fields)
    return resident.household_memberships.get().household


def case_with_work(fixture: Fixture, household=None) -> Case:
    """An open case of Team Noord, coordinated by the generalist, with an action due and a contact,
    opened long enough ago to be on the review list."""
    world = fixture("world")
    generalist = world.generalist
    case = case_services.case_open(actor=generalist, household=household or new_household(fixture))
    case_services.coordinator_assign(actor=generalist, case=case, professional=generalist)
    case_services.action_add(
        actor=generalist, case=case, description="Bellen met de school", owner=generalist, due_on=today()
    )
    case_services.contact_record(
        actor=generalist, case=case, held_on=today(), kind="phone", duration_minutes=15, with_whom="Anna"
    )
    Case.objects.filter(pk=case.pk).update(opened_at=timezone.now() - datetime.timedelta(days=100))
    return case


def registered_request(fixture: Fixture, **fields) -> Request:
    return intake_services.request_register(
        actor=fixture("world").front_office,
        channel=Request.Channel.PHONE,
        source=Request.Source.RESIDENT,
        question="Wij komen er financieel niet meer uit.",
        **fields,
    )


def routed_request(fixture: Fixture, resident=None, **fields) -> Request:
    world = fixture("world")
    request = registered_request(fixture, resident=resident or fixture("register_resident")(), **fields)
    return intake_services.request_route(actor=world.front_office, request=request, team=world.team)


def application(fixture: Fixture, resident=None, plan_item=None):
    """An application for household help (direct, or from a plan item), checked by the officer."""
    return checked_request(
        fixture("world"),
        fixture("officer"),
        fixture("catalogue").household_help,
        resident or fixture("register_resident")(),
        plan_item=plan_item,
    )


def signed_items(fixture: Fixture, count: int) -> list[tuple[PlanItem, Any]]:
    """``count`` items of household help in the signed plan of the case of Anna and Kees, each with
    an adult of the household to apply for (one open application per resident and provision)."""
    world = fixture("world")
    plan = fixture("draft_plan")
    register = fixture("register_resident")
    pairs = []
    for number in range(count):
        item = case_services.plan_item_add(
            actor=world.generalist,
            plan=plan,
            rung=PlanItem.Rung.CUSTOMISED_PROVISION,
            description=f"Hulp bij het huishouden {number}",
            performed_by="Thuiszorg (maatwerkvoorziening)",
            starts_on=today(),
        )
        pairs.append((item, register(first_names=f"Volwassene{number}", household=plan.case.household)))
    fixture("sign_plan")(plan)
    return pairs


def serving_team(fixture: Fixture):
    """One more team serving the district of 1701AB, with a member."""
    world = fixture("world")
    team = factories.TeamFactory(municipality=world.municipality)
    team.districts.add(world.district)
    member = factories.ProfessionalFactory()
    membership_add(
        professional=member,
        role=Role.GENERALIST,
        organisation=world.organisation,
        starts_on=START,
        hours_per_week=24,
        team=team,
    )
    return team


def service(fixture: Fixture, name: str) -> Service:
    """An indexed, active service of municipality A about groceries, in two life domains and the
    district of 1701AB, and the portal of municipality A (so the pages know whose map to show)."""
    world = fixture("world")
    Portal.objects.get_or_create(municipality=world.municipality, hostname="")
    created = Service.objects.create(
        name=name,
        organisation=world.organisation,
        municipality=world.municipality,
        description="Een vrijwilliger doet de boodschappen voor u.",
        level=Service.Level.GENERAL,
    )
    created.life_domains.set(LifeDomain.objects.filter(active=True)[:2])
    created.districts.set([world.district])
    index_services([created.pk])
    return created


def today() -> datetime.date:
    return timezone.localdate()


def repeat(make: Callable[[int], Any]) -> Callable[[], None]:
    """Growth: ``make(0)`` … ``make(MORE - 1)``; builders call ``make(-1)`` for the small world."""

    def grow() -> None:
        for number in range(MORE):
            make(number)

    return grow


# --- the pages ---------------------------------------------------------------------------------


def work_list(chosen: str) -> Callable[[Fixture], Scenario]:
    def build(fixture: Fixture) -> Scenario:
        case_with_work(fixture)
        client = session_for(fixture, fixture("world").generalist)
        return Scenario(
            call=lambda: client.get("/casussen/", {"lijst": chosen}),
            grow=repeat(lambda _: case_with_work(fixture)),
        )

    return build


def case_page(fixture: Fixture) -> Scenario:
    world = fixture("world")
    plan = fixture("draft_plan")
    case = plan.case
    partner = fixture("case_world").partner_org
    domains = list(LifeDomain.objects.filter(active=True)[:3])
    register = fixture("register_resident")

    def work(number: int) -> None:
        """One more of everything on the case page: member and their network, contact, plan item,
        action, hand-over, measurement, request, safety concern, minutes with an action and a
        coordinator, and the events all of these leave on the timeline."""
        resident = register(first_names=f"Kind{number}", last_name="Jansen", household=case.household)
        generalist = world.generalist
        case_services.contact_record(
            actor=generalist,
            case=case,
            held_on=today(),
            kind="phone",
            duration_minutes=15,
            with_whom="Anna",
            professionals=[generalist],
        )
        case_services.plan_item_add(
            actor=generalist,
            plan=plan,
            rung=1 + number % 5,
            description=f"Onderdeel {number}",
            performed_by="Anna",
            starts_on=today(),
            life_domain=domains[0],
        )
        case_services.action_add(
            actor=generalist, case=case, description=f"Actie {number}", owner=generalist, due_on=today()
        )
        case_services.handover_send(
            actor=generalist,
            case=case,
            organisation=partner,
            information=f"Overdracht {number}",
            consent_given_by=resident,
            consent_method="verbal",
            consent_recorded_on=today(),
        )
        case_services.measurement_record(
            actor=generalist,
            case=case,
            moment="interim",
            measured_on=today(),
            scores={domain.pk: (3, "") for domain in domains},
            participation_rung=2,
        )
        network_member_add(actor=generalist, resident=resident, name=f"Buur {number}", relation="neighbour")
        case_services.case_open(actor=generalist, request=routed_request(fixture, resident))
        case_services.safety_concern_open(actor=generalist, case=case, signals=f"Signaal {number}")
        # Minutes of a conference, with an action and a coordinator chosen there.
        conference = case_services.conference_next(
            team=world.team, after=timezone.now() + datetime.timedelta(weeks=2 * number + 4)
        )
        case_services.agenda_item_record(
            actor=generalist,
            conference=conference,
            case=case,
            decisions=f"Besluit {number}",
            actions=[(f"Afspraak {number}", generalist, today())],
            coordinator=generalist,
            coordinator_reason="Kent het gezin.",
        )

    work(-1)
    client = session_for(fixture, world.generalist)
    return Scenario(call=lambda: client.get(f"/casussen/{case.pk}/"), grow=repeat(work))


def case_page_decisions(fixture: Fixture) -> Scenario:
    """The case page's applications and decisions: one more of each per signed plan item."""
    officer = fixture("officer")
    pairs = signed_items(fixture, 1 + MORE)

    def decided(number: int) -> None:
        item, resident = pairs[number + 1]
        request = application(fixture, resident, item)
        decision_services.decision_draft(
            actor=officer, request=request, **grant_fields(request, provider=fixture("provider"))
        )

    decided(-1)
    client = session_for(fixture, fixture("world").generalist)
    return Scenario(call=lambda: client.get(f"/casussen/{pairs[0][0].plan.case_id}/"), grow=repeat(decided))


def search_by_address(fixture: Fixture) -> Scenario:
    household = new_household(fixture, house_number=5)
    register = fixture("register_resident")
    client = session_for(fixture, fixture("world").generalist)
    return Scenario(
        call=lambda: client.post("/inwoners/zoeken/", {"postcode": "1701AB", "house_number": "5"}),
        grow=repeat(lambda n: register(first_names=f"Kind{n}", household=household, house_number=5)),
    )


def search_by_name(fixture: Fixture) -> Scenario:
    register = fixture("register_resident")
    register(last_name="Jansen")
    client = session_for(fixture, fixture("world").generalist)
    return Scenario(
        call=lambda: client.post("/inwoners/zoeken/", {"name": "jans"}),
        grow=repeat(lambda n: register(last_name=f"Jansen-{n}")),
    )


def household_page(fixture: Fixture) -> Scenario:
    household = fixture("household")
    case_with_work(fixture, household)
    register = fixture("register_resident")
    client = session_for(fixture, fixture("world").generalist)

    def member(number: int) -> None:
        register(
            first_names=f"Kind{number}",
            household=household,
            position=HouseholdMembership.Position.CHILD,
            birth_date=datetime.date(2015, 1, 1),
        )
        serving_team(fixture)

    return Scenario(call=lambda: client.get(f"/huishoudens/{household.pk}/"), grow=repeat(member))


def team_page(fixture: Fixture) -> Scenario:
    world = fixture("world")
    client = session_for(fixture, world.generalist)

    def member(number: int) -> None:
        membership_add(
            professional=factories.ProfessionalFactory(),
            role=Role.GENERALIST,
            organisation=world.organisation,
            starts_on=START,
            hours_per_week=16,
            team=world.team,
        )
        world.team.districts.add(factories.DistrictFactory(municipality=world.municipality))

    return Scenario(call=lambda: client.get(f"/teams/{world.team.pk}/"), grow=repeat(member))


def work_home(fixture: Fixture) -> Scenario:
    world = fixture("world")
    client = session_for(fixture, world.generalist)

    def team(number: int) -> None:
        membership_add(
            professional=world.generalist,
            role=Role.GENERALIST,
            organisation=world.organisation,
            starts_on=START,
            hours_per_week=1,
            team=factories.TeamFactory(municipality=world.municipality),
        )

    return Scenario(call=lambda: client.get("/werk/"), grow=repeat(team))


def portal_search(fixture: Fixture) -> Scenario:
    service(fixture, "Boodschappendienst")
    return Scenario(
        call=lambda: Client().get("/zoeken/", {"q": "boodschappen"}),
        grow=repeat(lambda n: service(fixture, f"Boodschappenhulp {n}")),
    )


def portal_suggestions(fixture: Fixture) -> Scenario:
    service(fixture, "Boodschappendienst")
    return Scenario(
        call=lambda: Client().get("/zoeken/suggesties/", {"q": "boodsch"}, headers={"HX-Request": "true"}),
        grow=repeat(lambda n: service(fixture, f"Boodschappenhulp {n}")),
    )


def portal_service(fixture: Fixture) -> Scenario:
    world = fixture("world")
    shown = service(fixture, "Boodschappendienst")

    def more(number: int) -> None:
        shown.districts.add(factories.DistrictFactory(municipality=world.municipality))
        service(fixture, f"Boodschappenhulp {number}")

    shown.life_domains.set(LifeDomain.objects.filter(active=True)[:1])
    grow = repeat(more)

    def grow_with_domains() -> None:
        grow()
        shown.life_domains.set(LifeDomain.objects.filter(active=True)[: 1 + MORE])

    return Scenario(call=lambda: Client().get(f"/hulp/{shown.pk}/"), grow=grow_with_domains)


def portal_home(fixture: Fixture) -> Scenario:
    world = fixture("world")
    service(fixture, "Boodschappendienst")

    def story(number: int) -> None:
        created = Story.objects.create(
            municipality=world.municipality,
            title=f"Verhaal {number}",
            slug=f"verhaal-{number}",
            summary="Hoe Anna weer zelf boodschappen doet.",
            body="Anna kon niet meer naar de winkel.",
            published=True,
        )
        created.life_domains.set(LifeDomain.objects.filter(active=True)[:3])
        service(fixture, f"Boodschappenhulp {number}")

    story(-1)
    return Scenario(call=lambda: Client().get("/"), grow=repeat(story))


def request_create(fixture: Fixture) -> Scenario:
    """The front office registers a call for an address; what grows is who is notified (the
    team's coordinators) and the requests already there."""
    world = fixture("world")
    client = session_for(fixture, world.front_office)
    domains = [str(pk) for pk in LifeDomain.objects.filter(active=True).values_list("pk", flat=True)[:3]]

    def call() -> HttpResponse:
        response = client.post(
            "/meldingen/nieuw/",
            {
                "channel": "phone",
                "source": "resident",
                "urgency": "normal",
                "question": "Mevrouw zoekt hulp bij de boodschappen.",
                "life_domains": domains,
                "postcode": "1701AB",
                "house_number": "5",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        return response

    def more(number: int) -> None:
        membership_add(
            professional=factories.ProfessionalFactory(email=f"coordinator{number}@plein.example"),
            role=Role.TEAM_COORDINATOR,
            organisation=world.organisation,
            starts_on=START,
            hours_per_week=8,
            team=world.team,
        )
        routed_request(fixture)

    # One coordinator from the start: with none, the notifications' bulk insert is skipped.
    more(-1)
    return Scenario(call=call, grow=repeat(more), lists=False)


def plan_page(fixture: Fixture) -> Scenario:
    """The draft plan: its items with life domain, organisation and service, and the pick lists
    of the forms (partners, services, residents who sign)."""
    world = fixture("world")
    plan = fixture("draft_plan")
    register = fixture("register_resident")

    def item(number: int) -> None:
        organisation = factories.OrganisationFactory()
        organisation.municipalities.add(world.municipality)
        case_services.plan_item_add(
            actor=world.generalist,
            plan=plan,
            rung=PlanItem.Rung.GENERAL_PROVISION,
            description=f"Onderdeel {number}",
            performed_by="Buurthuis",
            starts_on=START,
            life_domain=LifeDomain.objects.filter(active=True)[number % 3 + 1],
            organisation=organisation,
            service=service(fixture, f"Buurthuis {number}"),
        )
        register(first_names=f"Volwassene{number}", household=plan.case.household)

    item(-1)
    client = session_for(fixture, world.generalist)
    return Scenario(call=lambda: client.get(f"/casussen/{plan.case_id}/plan/{plan.pk}/"), grow=repeat(item))


def plan_save(fixture: Fixture) -> Scenario:
    world = fixture("world")
    plan = fixture("draft_plan")
    client = session_for(fixture, world.generalist)

    def call() -> HttpResponse:
        plan.refresh_from_db()
        response = client.post(
            f"/casussen/{plan.case_id}/plan/{plan.pk}/bewerken/",
            {
                "expected_version": plan.lock_version,
                "result_aimed_for": "Anna en Kees hebben over een jaar geen betalingsachterstanden meer.",
                "timeline": f"Eerst de schulden op een rij ({plan.lock_version}).",
                "agreements": "Anna belt de woningcorporatie.",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        return response

    def item(number: int) -> None:
        case_services.plan_item_add(
            actor=world.generalist,
            plan=plan,
            rung=PlanItem.Rung.NETWORK,
            description=f"Onderdeel {number}",
            performed_by="Marije (zus)",
            starts_on=START,
        )

    return Scenario(call=call, grow=repeat(item), lists=False)


def api_cases(fixture: Fixture) -> Scenario:
    case_with_work(fixture)
    client = token_for(fixture("world").generalist)
    return Scenario(
        call=lambda: client.get("/api/v1/cases", {"limit": 20}),
        grow=repeat(lambda _: case_with_work(fixture)),
    )


def api_provision_requests(fixture: Fixture) -> Scenario:
    application(fixture)
    client = token_for(fixture("officer"))
    return Scenario(
        call=lambda: client.get("/api/v1/provision-requests", {"limit": 20}),
        grow=repeat(lambda _: application(fixture)),
    )


def api_provision_request(fixture: Fixture) -> Scenario:
    officer = fixture("officer")
    [(item, resident)] = signed_items(fixture, 1)
    request = application(fixture, resident, item)

    def question(number: int) -> None:
        decision_services.question_ask(actor=officer, request=request, question=f"Vraag {number}?")

    question(-1)
    client = token_for(officer)
    return Scenario(
        call=lambda: client.get(f"/api/v1/provision-requests/{request.pk}"), grow=repeat(question)
    )


def api_routing(fixture: Fixture) -> Scenario:
    client = token_for(fixture("world").generalist)
    return Scenario(
        call=lambda: client.get("/api/v1/routing", {"postcode": "1701AB", "house_number": 5}),
        grow=repeat(lambda _: serving_team(fixture)),
    )


def api_resident_search(fixture: Fixture) -> Scenario:
    register = fixture("register_resident")
    register()
    client = token_for(fixture("world").generalist)
    return Scenario(
        call=lambda: client.post(
            "/api/v1/residents/search", {"postcode": "1701AB"}, content_type="application/json"
        ),
        grow=repeat(lambda n: register(first_names=f"Kees{n}")),
    )


def api_social_map(fixture: Fixture) -> Scenario:
    service(fixture, "Boodschappendienst")
    return Scenario(
        call=lambda: Client().get("/api/v1/social-map/services", {"q": "boodschappen", "limit": 20}),
        grow=repeat(lambda n: service(fixture, f"Boodschappenhulp {n}")),
    )


def back_office_work_list(fixture: Fixture) -> Scenario:
    """One more request on each list: waiting for a check, in the check and drafted, to sign."""
    world, officer = fixture("world"), fixture("officer")
    household_help = fixture("catalogue").household_help
    register = fixture("register_resident")

    def work(_: int) -> None:
        decision_services.request_create(
            actor=officer,
            provision=household_help,
            resident=register(),
            extent=3,
            desired_start=today(),
            delivery_form=DeliveryForm.IN_KIND,
            justification=JUSTIFICATION,
        )
        checked_request(world, officer, household_help, register(), complete=False)
        request = application(fixture)
        decision_services.decision_draft(
            actor=officer, request=request, **grant_fields(request, provider=fixture("provider"))
        )

    work(-1)
    client = session_for(fixture, officer)
    return Scenario(call=lambda: client.get("/beschikkingen/"), grow=repeat(work))


def team_inbox(fixture: Fixture) -> Scenario:
    """The coordinator's inbox: every open request of the team, Wmo terms, who picked it up."""
    world, coordinator = fixture("world"), fixture("case_world").team_coordinator

    def request(_: int) -> None:
        routed = routed_request(fixture, is_wmo_melding=True)
        intake_services.request_assign(actor=coordinator, request=routed, professional=world.generalist)
        routed_request(fixture)

    request(-1)
    client = session_for(fixture, coordinator)
    return Scenario(call=lambda: client.get("/meldingen/"), grow=repeat(request))


def request_page(fixture: Fixture) -> Scenario:
    """The coordinator's view of a request: its events, life domains, suggested services and the
    pick lists of team members, partners and teams."""
    world, coordinator = fixture("world"), fixture("case_world").team_coordinator
    domains = LifeDomain.objects.filter(active=True)[:3]
    routed = routed_request(fixture, life_domains=domains)

    def more(number: int) -> None:
        service(fixture, f"Schuldhulp {number}")
        membership_add(
            professional=factories.ProfessionalFactory(),
            role=Role.GENERALIST,
            organisation=world.organisation,
            starts_on=START,
            hours_per_week=16,
            team=world.team,
        )
        factories.OrganisationFactory().municipalities.add(world.municipality)
        factories.TeamFactory(municipality=world.municipality)
        # Assigned (again): one more event on the request's history.
        intake_services.request_assign(actor=coordinator, request=routed, professional=world.generalist)

    more(-1)
    # Five suggestions from the start: with fewer, the suggestions add a second search by life
    # domain (a bounded few queries), so the count would fall as services are added.
    for number in range(SUGGESTIONS):
        service(fixture, f"Schuldhulpmaatje {number}")
    client = session_for(fixture, coordinator)
    return Scenario(call=lambda: client.get(f"/meldingen/{routed.pk}/"), grow=repeat(more))


def central_queue(fixture: Fixture) -> Scenario:
    """The front office's queue of requests no team could be found for (an unknown address)."""

    def request(number: int) -> None:
        registered_request(fixture, postcode="9999ZZ", house_number=number + 2)

    request(-1)
    client = session_for(fixture, fixture("world").front_office)
    return Scenario(call=lambda: client.get("/meldingen/"), grow=repeat(request))


def monitoring(path: str, user: Callable[[Fixture], Any]) -> Callable[[Fixture], Scenario]:
    def build(fixture: Fixture) -> Scenario:
        def more(_: int) -> None:
            resident = fixture("register_resident")()
            routed_request(fixture, resident)
            case_with_work(fixture, resident.household_memberships.get().household)

        more(-1)
        client = session_for(fixture, user(fixture))
        # The dashboards show aggregates: more data changes figures, not the length of the page.
        return Scenario(call=lambda: client.get(path), grow=repeat(more), lists=False)

    return build


# The ceilings are the counts measured on SQLite when this test was written (PostgreSQL: see
# ACCESS_LOG_LOCK). Mostly fixed costs: session, user, two-factor device, the scope's memberships,
# break-the-glass accesses, the unread-notification count in the menu.
PAGES = [
    Page("work list: mine", 11, work_list("mijn")),
    Page("work list: team", 11, work_list("team")),
    Page("work list: per state", 11, work_list("fase")),
    Page("work list: review", 11, work_list("evaluatie")),
    Page("work list: actions", 11, work_list("acties")),
    Page("team inbox", 7, team_inbox),  # with the paginator's count
    Page("request page", 26, request_page, logged=True),
    Page("central queue", 6, central_queue),
    Page("case page", 36, case_page, logged=True),
    Page("case page: applications and decisions", 31, case_page_decisions, logged=True),
    Page("resident search: postcode + house number", 11, search_by_address, logged=True),
    Page("resident search: last-name prefix", 11, search_by_name, logged=True),
    Page("household page", 15, household_page, logged=True),
    Page("team page", 8, team_page),
    Page("work home", 8, work_home),
    Page("portal home", 4, portal_home),
    Page("portal search", 8, portal_search),
    Page("portal suggestions", 6, portal_suggestions),
    Page("portal service page", 5, portal_service),
    Page("request create (intake form)", 28, request_create),
    Page("plan page", 20, plan_page, logged=True),
    Page("plan save", 22, plan_save, logged=True),
    Page("api: cases", 5, api_cases),
    Page("api: provision requests", 5, api_provision_requests),
    Page("api: provision request", 13, api_provision_request, logged=True),
    Page("api: routing", 4, api_routing),
    Page("api: residents search", 9, api_resident_search, logged=True),
    Page("api: social map services", 8, api_social_map),
    Page("back office work list", 13, back_office_work_list),
    Page("monitoring dashboard", 29, monitoring("/monitoring/", lambda fixture: fixture("world").policy)),
    Page(
        "monitoring team dashboard",
        26,
        monitoring("/monitoring/team/", lambda fixture: fixture("case_world").team_coordinator),
    ),
]


# Each access-log entry is chained to the one before it; on PostgreSQL the writer first takes an
# advisory lock (SELECT pg_advisory_xact_lock) so that two requests cannot fork the chain. SQLite
# serialises writers by itself.
ACCESS_LOG_LOCK = 1 if connection.vendor == "postgresql" else 0


def measure(call: Callable[[], HttpResponse]) -> tuple[int, HttpResponse]:
    """The queries of one request, right after a warm-up request: that one fills the per-process
    caches (synonyms, content types) and does the writes made at most once a minute (the
    session's last activity, the API token's last use), which a slow build would otherwise bring
    into the count."""
    call()
    with CaptureQueriesContext(connection) as queries:
        response = call()
    assert response.status_code in (200, 302), response.content.decode()[:2000]
    return len(queries), response


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_the_query_count_does_not_grow_with_the_data(db, request, page):
    scenario = page.build(request.getfixturevalue)
    few, small = measure(scenario.call)

    scenario.grow()
    many, large = measure(scenario.call)

    if scenario.lists:
        assert len(large.content) > len(small.content), "the added data should show on the page"
    assert many == few, f"{page.name}: {few} queries with little data, {many} with {MORE} more rows"
    assert few <= page.ceiling + (ACCESS_LOG_LOCK if page.logged else 0)
