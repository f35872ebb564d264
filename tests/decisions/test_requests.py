"""Provision requests (issue 6, item 2): from a signed plan item or a direct application, the
decision term that starts on the application date, withdrawal and suspension of the term."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.utils import timezone

from plein.areas.models import Role, Team
from plein.cases import services as case_services
from plein.cases.models import CaseEvent, PlanItem
from plein.cases.services import StaleVersion
from plein.core.models import LegalTermSetting
from plein.decisions import services
from plein.decisions.models import (
    Decision,
    Frequency,
    Law,
    Provision,
    ProvisionRequest,
    TermSuspension,
    Unit,
)
from plein.decisions.selectors import decision_term
from tests.cases.conftest import _professional
from tests.decisions.conftest import today

JUSTIFICATION = (
    "Anna kan na haar heupoperatie een jaar lang niet stofzuigen of zwaar tillen; Kees werkt "
    "fulltime en neemt al de boodschappen over. Het netwerk kan het schoonmaken niet dragen."
)


def _messages(error, field: str = NON_FIELD_ERRORS) -> str:
    return " ".join(error.value.message_dict[field])


def _counts() -> tuple[int, int, int]:
    return ProvisionRequest.objects.count(), CaseEvent.objects.count(), TermSuspension.objects.count()


@pytest.fixture
def make_request(world, catalogue, signed_plan_item, anna):
    """Factory: a request for household help from the signed plan item, by the generalist."""

    def make(**overrides) -> ProvisionRequest:
        values = {
            "actor": world.generalist,
            "provision": catalogue.household_help,
            "resident": anna,
            "extent": Decimal("3"),
            "desired_start": today(),
            "delivery_form": "in_kind",
            "justification": JUSTIFICATION,
            "plan_item": signed_plan_item,
            "result": catalogue.household_help.results.first(),
            **overrides,
        }
        return services.request_create(**values)

    return make


@pytest.fixture
def refused(make_request):
    """Factory: a request that must be refused on ``field``; returns the Dutch message. Nothing
    may be saved: no request, no timeline event."""

    def check(field: str, **overrides) -> str:
        before = _counts()
        with pytest.raises(ValidationError) as error:
            make_request(**overrides)
        assert _counts() == before
        assert field in error.value.message_dict, error.value.message_dict
        return _messages(error, field)

    return check


# --- from the plan -----------------------------------------------------------------------------------


def test_a_request_from_a_signed_plan_item(world, catalogue, signed_plan_item, anna, make_request):
    request = make_request(result_aimed_for="Anna woont in een schoon huis.", consent_to_share=True)

    request.refresh_from_db()
    case = signed_plan_item.plan.case
    assert request.reference.startswith("A-") and len(request.reference) == 10
    assert request.channel == ProvisionRequest.Channel.PLAN
    assert (request.case, request.plan_item, request.household) == (case, signed_plan_item, case.household)
    assert (request.resident, request.provision, request.law) == (anna, catalogue.household_help, Law.WMO)
    assert request.municipality == world.municipality
    assert request.status == ProvisionRequest.Status.SUBMITTED
    assert (request.submitted_by, request.officer) == (world.generalist, None)
    assert request.extent == Decimal("3.00")
    assert request.consent_to_share is True
    assert request.applied_on == timezone.localdate()
    assert request.decision_due_on >= request.applied_on + timedelta(weeks=2)


def test_the_decision_due_date_is_stored_on_creation(make_request):
    # Monday 13 April 2026 + 2 weeks = 27 April, Koningsdag: the Wmo term ends Tuesday 28 April.
    request = make_request(applied_on=date(2026, 4, 13))

    request.refresh_from_db()
    assert request.decision_due_on == date(2026, 4, 28)
    assert decision_term(request, today=date(2026, 4, 29)).label == "1 dag te laat"


def test_the_due_date_follows_the_law_and_the_municipality_setting(
    world, catalogue, officer, register_resident
):
    noor = register_resident(first_names="Noor", last_name="El Amrani", birth_date=date(2014, 6, 1))

    def direct(provision, resident, **fields):
        return services.request_create(
            actor=officer,
            provision=provision,
            resident=resident,
            desired_start=date(2026, 3, 2),
            justification=JUSTIFICATION,
            applied_on=date(2026, 3, 2),
            **fields,
        )

    # Jeugdwet: Monday 2 March 2026 + 8 weeks = 27 April, Koningsdag → Tuesday 28 April.
    youth = direct(catalogue.youth_help, noor, extent=2, delivery_form="in_kind")
    assert (youth.law, youth.decision_due_on) == (Law.YOUTH, date(2026, 4, 28))

    # The municipality decides on Participatiewet applications within four weeks: Monday 30 March.
    LegalTermSetting.objects.create(municipality=world.municipality, term="participation_decision", weeks=4)
    anna_b = register_resident(first_names="Bea", last_name="Visser")
    assistance = direct(catalogue.special_assistance, anna_b, extent=450, delivery_form="cash")
    assert (assistance.law, assistance.decision_due_on) == (Law.PARTICIPATION, date(2026, 3, 30))


def test_creating_a_request_records_it_on_the_case_timeline(world, signed_plan_item, make_request):
    request = make_request(applied_on=date(2026, 4, 13))

    event = signed_plan_item.plan.case.events.filter(kind=CaseEvent.Kind.PROVISION_REQUEST).get()
    assert event.actor == world.generalist
    assert request.reference in event.note
    assert "28-04-2026" in event.note
    # The timeline says what happened, not why: no justification, no medical detail.
    assert "heup" not in event.note


# --- refusals, each keyed to its field, nothing saved ----------------------------------------------


def test_an_inactive_provision_is_refused(catalogue, refused):
    Provision.objects.filter(pk=catalogue.household_help.pk).update(active=False)
    catalogue.household_help.refresh_from_db()

    assert "wordt niet meer aangeboden" in refused("provision")


def test_a_provision_of_another_municipality_is_refused(world, refused):
    elsewhere = Provision.objects.create(
        municipality=world.other_municipality,
        name="Huishoudelijke ondersteuning",
        law=Law.WMO,
        unit=Unit.HOUR,
        frequency=Frequency.PER_WEEK,
        max_extent=8,
        legal_basis="Artikel 2.3.5 Wmo 2015",
    )

    message = refused("provision", provision=elsewhere, result=None)
    assert "catalogus van een andere gemeente" in message


def test_a_provision_for_children_is_refused_for_an_adult(catalogue, refused):
    message = refused(
        "resident",
        provision=catalogue.youth_help,
        result=None,
        desired_start=date(2030, 1, 1),
    )
    # Anna Jansen was born 17 May 1980: 49 on 1 January 2030.
    assert message == (
        "Deze voorziening is er voor inwoners tot en met 17 jaar; Anna Jansen is op de gewenste "
        "ingangsdatum 49 jaar."
    )


def test_the_age_counts_on_the_desired_start(world, catalogue, officer, register_resident):
    turns_18 = today() + timedelta(days=30)
    if (turns_18.month, turns_18.day) == (2, 29):
        turns_18 += timedelta(days=1)
    lisa = register_resident(
        first_names="Lisa", last_name="de Boer", birth_date=turns_18.replace(year=turns_18.year - 18)
    )

    def apply(desired_start):
        return services.request_create(
            actor=officer,
            provision=catalogue.household_help,
            resident=lisa,
            extent=2,
            desired_start=desired_start,
            delivery_form="in_kind",
            justification=JUSTIFICATION,
        )

    with pytest.raises(ValidationError) as error:
        apply(turns_18 - timedelta(days=1))
    assert _messages(error, "resident") == (
        "Deze voorziening is er voor inwoners van 18 jaar en ouder; Lisa de Boer is op de gewenste "
        "ingangsdatum 17 jaar."
    )
    assert apply(turns_18).resident == lisa


def test_a_delivery_form_the_provision_does_not_offer_is_refused(catalogue, refused):
    lift = catalogue.stair_lift
    message = refused(
        "delivery_form",
        provision=lift,
        result=lift.results.first(),
        extent=1,
        delivery_form="pgb",
        pgb_plan="Ik koop de traplift zelf.",
    )
    assert message == "Traplift kan alleen als zorg in natura."

    assert refused("delivery_form", delivery_form="cheque") == (
        "Kies hoe de voorziening wordt geleverd: zorg in natura of persoonsgebonden budget (pgb)."
    )


@pytest.mark.parametrize("extent", [Decimal("0.5"), Decimal("8.5"), Decimal("40")])
def test_an_extent_outside_the_bounds_names_the_bounds_and_the_unit(refused, extent):
    assert refused("extent", extent=extent) == (
        "De omvang van Huishoudelijke ondersteuning is tussen 1 en 8 uren per week."
    )


def test_the_bounds_themselves_are_allowed(make_request):
    assert make_request(extent=Decimal("1")).extent == 1
    assert make_request(extent=Decimal("8")).extent == 8
    assert make_request(extent="2,5").extent == Decimal("2.5")


def test_an_extent_that_is_not_a_number_is_refused(refused):
    assert "als getal" in refused("extent", extent="veel")
    assert "als getal" in refused("extent", extent=Decimal("2.125"))
    assert "als getal" in refused("extent", extent=None)


def test_an_extent_of_exactly_one_piece(catalogue, refused):
    lift = catalogue.stair_lift
    message = refused("extent", provision=lift, result=lift.results.first(), extent=2)
    assert message == "De omvang van Traplift is precies 1 stuks."


def test_a_result_of_another_provision_is_refused(catalogue, refused):
    message = refused("result", result=catalogue.stair_lift.results.first())
    assert message.startswith("Dit resultaat hoort niet bij Huishoudelijke ondersteuning")


def test_a_personal_budget_needs_the_residents_pgb_plan(refused, make_request):
    assert "pgb-plan van de inwoner" in refused("pgb_plan", delivery_form="pgb", pgb_plan="  ")

    request = make_request(delivery_form="pgb", pgb_plan="Anna koopt de hulp in bij haar buurvrouw.")
    assert request.pgb_plan == "Anna koopt de hulp in bij haar buurvrouw."


def test_a_pgb_plan_is_not_kept_with_care_in_kind(make_request):
    assert make_request(delivery_form="in_kind", pgb_plan="Niet nodig.").pgb_plan == ""


def test_a_desired_start_before_the_application_is_refused(refused):
    message = refused(
        "desired_start", applied_on=today() - timedelta(days=3), desired_start=today() - timedelta(days=4)
    )
    assert message == "De gewenste ingangsdatum ligt vóór de datum van de aanvraag."


def test_an_application_date_in_the_future_is_refused(refused):
    tomorrow = today() + timedelta(days=1)
    message = refused("applied_on", applied_on=tomorrow, desired_start=tomorrow)
    assert message == "De datum van de aanvraag ligt in de toekomst."


@pytest.mark.parametrize("justification", ["", "   \n "])
def test_a_request_without_justification_is_refused(refused, justification):
    assert "onderbouwing uit het gesprek" in refused("justification", justification=justification)


def test_all_refusals_are_shown_at_once(make_request):
    before = _counts()
    with pytest.raises(ValidationError) as error:
        make_request(extent=Decimal("12"), delivery_form="pgb", justification="")

    assert set(error.value.message_dict) == {"extent", "pgb_plan", "justification"}
    assert _counts() == before


def test_a_plan_item_of_an_unsigned_plan_is_refused(world, catalogue, draft_plan, anna):
    item = case_services.plan_item_add(
        actor=world.generalist,
        plan=draft_plan,
        rung=PlanItem.Rung.CUSTOMISED_PROVISION,
        description="Huishoudelijke hulp.",
        performed_by="Thuiszorg",
        starts_on=today(),
    )
    before = _counts()
    with pytest.raises(ValidationError) as error:
        services.request_create(
            actor=world.generalist,
            provision=catalogue.household_help,
            resident=anna,
            extent=3,
            desired_start=today(),
            delivery_form="in_kind",
            justification=JUSTIFICATION,
            plan_item=item,
        )
    assert "nog niet door de inwoner en de professional is ondertekend" in _messages(error, "plan_item")
    assert _counts() == before


def test_a_plan_item_below_the_rung_of_customised_provisions_is_refused(signed_plan_item, refused):
    network = signed_plan_item.plan.items.get(rung=PlanItem.Rung.NETWORK)

    message = refused("plan_item", plan_item=network)
    assert message.startswith("Alleen voor een maatwerkvoorziening of specialistische zorg (trede 6 of 7)")
    assert "trede 2 (netwerk / mantelzorg)" in message


def test_a_plan_item_of_a_superseded_version_is_refused(
    world, signed_plan_item, sign_plan, refused, make_request
):
    case = signed_plan_item.plan.case
    version_two = case_services.plan_start(actor=world.generalist, case=case)
    sign_plan(version_two)

    assert "oude versie van het plan" in refused("plan_item", plan_item=signed_plan_item)
    current_item = version_two.items.get(rung=PlanItem.Rung.CUSTOMISED_PROVISION)
    assert make_request(plan_item=current_item).plan_item == current_item


def test_the_resident_must_live_in_the_case_household(register_resident, refused):
    neighbour = register_resident(first_names="Piet", last_name="Bakker")

    assert refused("resident", resident=neighbour) == (
        "Piet Bakker woont niet (meer) in het huishouden van deze casus."
    )


# --- need to know ------------------------------------------------------------------------------------


def test_an_officer_of_another_municipality_may_not_apply(other_officer, make_request, anna, catalogue):
    before = _counts()
    with pytest.raises(PermissionDenied):
        make_request(actor=other_officer)
    with pytest.raises(PermissionDenied):
        make_request(actor=other_officer, plan_item=None)
    assert _counts() == before


@pytest.mark.parametrize("who", ["youth_coach", "other_generalist", "officer", "front_office"])
def test_only_who_works_on_the_case_applies_from_its_plan(world, case_world, officer, make_request, who):
    actor = {
        "youth_coach": case_world.youth_coach,  # another team serving the district: may read, not write
        "other_generalist": world.other_generalist,
        "officer": officer,
        "front_office": world.front_office,
    }[who]
    before = _counts()
    with pytest.raises(PermissionDenied) as error:
        make_request(actor=actor)
    assert "ander team" in str(error.value)
    assert _counts() == before


def test_a_generalist_of_another_team_in_the_municipality_may_not_apply(world, make_request):
    south_team = Team.objects.get(name="Team Zuid")
    south = _professional("zuid", Role.GENERALIST, organisation=world.organisation, team=south_team)

    with pytest.raises(PermissionDenied):
        make_request(actor=south)


# --- direct applications -------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["officer", "front_office"])
def test_the_back_office_and_the_front_office_record_a_direct_application(
    world, officer, catalogue, register_resident, who
):
    actor = officer if who == "officer" else world.front_office
    bea = register_resident(first_names="Bea", last_name="Visser")

    request = services.request_create(
        actor=actor,
        provision=catalogue.household_help,
        resident=bea,
        extent=2,
        desired_start=today(),
        delivery_form="in_kind",
        justification="Bea belde zelf: na een val kan zij haar huis niet meer schoonhouden.",
    )

    household = bea.household_memberships.get().household
    assert request.channel == ProvisionRequest.Channel.DIRECT
    assert (request.household, request.case, request.plan_item) == (household, None, None)
    assert request.submitted_by == actor
    assert not CaseEvent.objects.filter(kind=CaseEvent.Kind.PROVISION_REQUEST).exists()


def test_a_direct_application_joins_the_households_open_case(officer, catalogue, open_case, anna):
    request = services.request_create(
        actor=officer,
        provision=catalogue.household_help,
        resident=anna,
        extent=2,
        desired_start=today(),
        delivery_form="in_kind",
        justification=JUSTIFICATION,
    )

    assert (request.channel, request.case) == (ProvisionRequest.Channel.DIRECT, open_case)
    assert open_case.events.filter(
        kind=CaseEvent.Kind.PROVISION_REQUEST, note__contains=request.reference
    ).exists()


def test_a_generalist_without_a_plan_item_may_not_apply_directly(world, catalogue, open_case, anna):
    before = _counts()
    with pytest.raises(PermissionDenied) as error:
        services.request_create(
            actor=world.generalist,
            provision=catalogue.household_help,
            resident=anna,
            extent=2,
            desired_start=today(),
            delivery_form="in_kind",
            justification=JUSTIFICATION,
        )
    assert "vanuit het plan" in str(error.value)
    assert _counts() == before


# --- withdrawal -------------------------------------------------------------------------------------------


def test_the_generalist_withdraws_a_request(world, make_request):
    request = make_request()
    version = request.lock_version

    services.request_withdraw(
        actor=world.generalist, request=request, reason="Anna ziet ervan af.", expected_version=version
    )

    request.refresh_from_db()
    assert request.status == ProvisionRequest.Status.WITHDRAWN
    assert request.withdrawn_reason == "Anna ziet ervan af."
    assert request.lock_version == version + 1
    assert request.case.events.filter(note=f"Aanvraag {request.reference} is ingetrokken.").exists()


def test_the_officer_withdraws_a_request_and_an_unsent_decision_lapses(officer, make_request):
    request = make_request()
    Decision.objects.create(
        reference="B-TESTTEST",
        request=request,
        outcome=Decision.Outcome.DENY,
        reasons="Gebruikelijke hulp.",
        legal_basis="Artikel 2.3.5 Wmo 2015",
        objection_clause="U kunt binnen zes weken bezwaar maken.",
        drafted_by=officer,
        drafted_at=timezone.now(),
    )

    services.request_withdraw(
        actor=officer, request=request, reason="De inwoner trekt de aanvraag in.", expected_version=1
    )

    assert not request.decisions.exists()
    assert request.case.events.filter(note__contains="concept van de beschikking is vervallen").exists()


def test_withdrawal_is_refused_to_outsiders_without_reason_on_a_stale_version_and_twice(
    world, other_officer, make_request
):
    request = make_request()

    with pytest.raises(PermissionDenied):
        services.request_withdraw(actor=other_officer, request=request, reason="Weg.", expected_version=1)
    with pytest.raises(PermissionDenied):
        services.request_withdraw(
            actor=world.other_generalist, request=request, reason="Weg.", expected_version=1
        )
    with pytest.raises(ValidationError) as error:
        services.request_withdraw(actor=world.generalist, request=request, reason=" ", expected_version=1)
    assert "waarom de aanvraag wordt ingetrokken" in _messages(error, "reason")
    with pytest.raises(StaleVersion):
        services.request_withdraw(actor=world.generalist, request=request, reason="Weg.", expected_version=7)
    request.refresh_from_db()
    assert (request.status, request.lock_version) == (ProvisionRequest.Status.SUBMITTED, 1)

    services.request_withdraw(actor=world.generalist, request=request, reason="Weg.", expected_version=1)
    with pytest.raises(ValidationError) as error:
        services.request_withdraw(actor=world.generalist, request=request, reason="Weg.", expected_version=2)
    assert _messages(error) == f"Aanvraag {request.reference} is al ingetrokken; dat kan niet meer."


# --- suspension of the term ------------------------------------------------------------------------


@pytest.fixture
def march_request(make_request):
    """A Wmo request applied for on Monday 2 March 2026: due Monday 16 March."""
    request = make_request(applied_on=date(2026, 3, 2), desired_start=date(2026, 3, 2))
    assert request.decision_due_on == date(2026, 3, 16)
    return request


def test_a_suspension_moves_the_due_date_by_the_days_it_lasted(officer, march_request):
    suspension = services.suspension_start(
        actor=officer, request=march_request, starts_on=date(2026, 3, 5), reason="Wacht op gegevens."
    )
    march_request.refresh_from_db()
    assert march_request.decision_due_on == date(2026, 3, 16)  # open: nothing moves yet

    services.suspension_end(actor=officer, request=march_request, ends_on=date(2026, 3, 9))

    suspension.refresh_from_db()
    assert suspension.ends_on == date(2026, 3, 9)
    march_request.refresh_from_db()
    # 5 up to and including 9 March: five days. 16 + 5 = Saturday 21 March → Monday 23 March.
    assert march_request.decision_due_on == date(2026, 3, 23)
    assert march_request.case.events.filter(note__contains="uiterlijk 23-03-2026").exists()

    services.suspension_start(
        actor=officer, request=march_request, starts_on=date(2026, 3, 10), reason="Nog meer."
    )
    services.suspension_end(actor=officer, request=march_request, ends_on=date(2026, 3, 12))
    march_request.refresh_from_db()
    # Three more days: eight in all, 16 + 8 = Tuesday 24 March.
    assert march_request.decision_due_on == date(2026, 3, 24)


def test_only_an_officer_of_the_municipality_suspends(world, other_officer, march_request):
    for actor in (world.generalist, other_officer):
        with pytest.raises(PermissionDenied):
            services.suspension_start(
                actor=actor, request=march_request, starts_on=date(2026, 3, 5), reason="X"
            )
    assert not march_request.suspensions.exists()


def test_suspension_refusals(officer, march_request):
    def start(starts_on, reason="Wacht op gegevens."):
        return services.suspension_start(
            actor=officer, request=march_request, starts_on=starts_on, reason=reason
        )

    with pytest.raises(ValidationError) as error:
        services.suspension_end(actor=officer, request=march_request, ends_on=date(2026, 3, 9))
    assert _messages(error) == "De termijn van deze aanvraag is niet opgeschort."
    with pytest.raises(ValidationError) as error:
        start(date(2026, 3, 1))
    assert "vóór de datum van de aanvraag" in _messages(error, "starts_on")
    with pytest.raises(ValidationError) as error:
        start(date(2026, 3, 17))
    assert _messages(error, "starts_on") == (
        "De beslistermijn liep op 16-03-2026 af. Opschorten kan alleen zolang de termijn loopt."
    )
    with pytest.raises(ValidationError) as error:
        start(date(2026, 3, 5), reason="")
    assert "reason" in error.value.message_dict
    assert not march_request.suspensions.exists()

    start(date(2026, 3, 5))
    with pytest.raises(ValidationError) as error:
        start(date(2026, 3, 6))
    assert "al opgeschort sinds 05-03-2026" in _messages(error)
    with pytest.raises(ValidationError) as error:
        services.suspension_end(actor=officer, request=march_request, ends_on=date(2026, 3, 4))
    assert "kan daar niet vóór liggen" in _messages(error, "ends_on")
    with pytest.raises(ValidationError) as error:
        services.suspension_end(actor=officer, request=march_request, ends_on=today() + timedelta(days=1))
    assert _messages(error, "ends_on") == "De datum ligt in de toekomst."

    services.suspension_end(actor=officer, request=march_request, ends_on=date(2026, 3, 9))
    with pytest.raises(ValidationError) as error:
        start(date(2026, 3, 9))
    assert "al een opschorting (tot en met 09-03-2026)" in _messages(error, "starts_on")
    march_request.refresh_from_db()
    assert march_request.decision_due_on == date(2026, 3, 23)


def test_a_withdrawn_request_is_not_suspended(world, officer, march_request):
    services.request_withdraw(
        actor=world.generalist, request=march_request, reason="Weg.", expected_version=1
    )

    with pytest.raises(ValidationError) as error:
        services.suspension_start(
            actor=officer, request=march_request, starts_on=date(2026, 3, 5), reason="X"
        )
    assert "al ingetrokken" in _messages(error)
