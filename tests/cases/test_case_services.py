"""Opening a case: one active case per household, requests join it, and the states it moves through."""

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from plein.cases import services
from plein.cases.models import Case, CaseEvent
from plein.intake.models import Request

STALE = "Iemand anders heeft deze casus intussen gewijzigd."


def test_a_team_member_opens_a_case_for_a_household_in_their_district(world, household):
    case = services.case_open(actor=world.generalist, household=household)

    assert case.team == world.team and case.municipality == world.municipality
    assert case.state == Case.State.REGISTERED and case.reference.startswith("C-")
    assert case.events.get().kind == CaseEvent.Kind.OPENED


def test_a_routed_request_becomes_a_case_and_the_request_is_closed_with_the_case_reference(
    world, household, routed_request
):
    request = routed_request(household)

    case = services.case_open(actor=world.generalist, request=request)

    request.refresh_from_db()
    assert case.household == household and case.team == world.team
    assert list(case.requests.all()) == [request]
    assert request.status == Request.Status.CLOSED and request.outcome == Request.Outcome.ROUTED
    assert request.events.last().note == f"Opgenomen in casus {case.reference}"
    assert [e.kind for e in case.events.all()] == [CaseEvent.Kind.OPENED, CaseEvent.Kind.REQUEST_JOINED]


def test_rule_one_active_case_per_household_refuses_a_second_case(world, household, open_case):
    with pytest.raises(ValidationError) as error:
        services.case_open(actor=world.generalist, household=household)

    assert error.value.message_dict["household"] == [
        f"Dit huishouden heeft al een lopende casus ({open_case.reference}). "
        "Eén huishouden, één plan: voeg de melding daaraan toe."
    ]
    assert Case.objects.count() == 1


def test_rule_one_active_case_per_household_holds_in_the_database(world, household, open_case):
    duplicate = Case(
        reference="C-DUPLICAT",
        household=household,
        municipality=world.municipality,
        team=world.team,
        opened_at=open_case.opened_at,
        opened_by=world.generalist,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def hide_active_case_from_the_first_check(monkeypatch):
    """The colleague's case is committed between our check and our insert: the check sees nothing."""
    real_exclude = Case.objects.exclude
    calls = []

    def exclude_missing_first(*args, **kwargs):
        calls.append(1)
        found = real_exclude(*args, **kwargs)
        return found.none() if len(calls) == 1 else found

    monkeypatch.setattr(Case.objects, "exclude", exclude_missing_first)


def test_rule_one_active_case_per_household_a_race_lost_in_the_database_gets_the_same_message(
    world, household, open_case, monkeypatch
):
    hide_active_case_from_the_first_check(monkeypatch)

    with pytest.raises(ValidationError) as error:
        services.case_open(actor=world.generalist, household=household)

    assert open_case.reference in error.value.message_dict["household"][0]


def test_rule_one_active_case_per_household_a_request_in_a_lost_race_still_joins_the_open_case(
    world, household, open_case, routed_request, monkeypatch
):
    request = routed_request(household)
    hide_active_case_from_the_first_check(monkeypatch)

    assert services.case_open(actor=world.generalist, request=request) == open_case
    assert list(open_case.requests.all()) == [request]


def test_rule_further_requests_join_the_open_case(world, household, open_case, routed_request):
    request = routed_request(household, question="De huur is al twee maanden niet betaald.")

    case = services.case_open(actor=world.generalist, request=request)

    assert case == open_case
    assert Case.objects.count() == 1
    assert list(open_case.requests.all()) == [request]
    request.refresh_from_db()
    assert request.status == Request.Status.CLOSED
    assert open_case.events.filter(kind=CaseEvent.Kind.REQUEST_JOINED, note=request.reference).exists()


def test_a_request_joins_an_open_case_explicitly(world, household, open_case, routed_request):
    request = routed_request(household)

    services.case_request_join(actor=world.generalist, case=open_case, request=request)

    assert request in open_case.requests.all()
    with pytest.raises(ValidationError) as error:
        services.case_request_join(actor=world.generalist, case=open_case, request=request)
    assert "al afgehandeld" in error.value.message_dict["request"][0]


def test_a_request_about_another_household_does_not_join(world, open_case, family_with_child, routed_request):
    request = routed_request(family_with_child)

    with pytest.raises(ValidationError) as error:
        services.case_request_join(actor=world.generalist, case=open_case, request=request)

    assert "ander huishouden" in error.value.message_dict["request"][0]


def test_after_closure_a_new_case_may_be_opened_for_the_household(world, household, open_case):
    services.case_close(
        actor=world.generalist,
        case=open_case,
        expected_version=open_case.lock_version,
        reason=Case.ClosureReason.RESIDENT_STOPPED,
        satisfaction_declined=True,
    )

    second = services.case_open(actor=world.generalist, household=household)

    assert second != open_case and second.is_open


def test_a_professional_whose_team_does_not_serve_the_district_cannot_open_a_case(world, household):
    with pytest.raises(PermissionDenied):
        services.case_open(actor=world.other_generalist, household=household)
    with pytest.raises(PermissionDenied):
        services.case_open(actor=world.front_office, household=household)


def test_a_request_not_yet_routed_cannot_become_a_case(world, household):
    from plein.intake import services as intake_services

    request = intake_services.request_register(
        actor=world.front_office,
        channel=Request.Channel.PHONE,
        source=Request.Source.RESIDENT,
        question="Vraag",
        postcode="9999ZZ",
        house_number=1,
    )

    with pytest.raises(ValidationError) as error:
        services.case_open(actor=world.generalist, request=request)

    assert "niet naar een team gerouteerd" in error.value.message_dict["request"][0]


def test_rule_states_follow_the_path_registered_to_evaluation_and_back(world, open_case):
    path = [
        Case.State.IN_CONVERSATION,
        Case.State.PLAN,
        Case.State.EXECUTION,
        Case.State.EVALUATION,
        Case.State.PLAN,
    ]
    for state in path:
        services.case_change_state(
            actor=world.generalist, case=open_case, to_state=state, expected_version=open_case.lock_version
        )

    open_case.refresh_from_db()
    assert open_case.state == Case.State.PLAN
    notes = list(open_case.events.filter(kind=CaseEvent.Kind.STATE_CHANGED).values_list("note", flat=True))
    assert notes[0] == "Aangemeld → In gesprek" and notes[-1] == "Evaluatie → Plan"


def test_rule_states_a_skipped_state_is_refused_naming_both_states(world, open_case):
    with pytest.raises(ValidationError) as error:
        services.case_change_state(
            actor=world.generalist,
            case=open_case,
            to_state=Case.State.EXECUTION,
            expected_version=open_case.lock_version,
        )

    assert error.value.message_dict["to_state"] == ["Een casus gaat niet van ‘Aangemeld’ naar ‘Uitvoering’."]
    open_case.refresh_from_db()
    assert open_case.state == Case.State.REGISTERED and open_case.lock_version == 1


def test_rule_states_closing_goes_only_through_case_close(world, open_case):
    with pytest.raises(ValidationError) as error:
        services.case_change_state(
            actor=world.generalist,
            case=open_case,
            to_state=Case.State.CLOSED,
            expected_version=open_case.lock_version,
        )

    assert "Casus afsluiten" in error.value.message_dict["to_state"][0]


def test_optimistic_locking_the_second_of_two_edits_on_the_same_version_is_refused(world, open_case):
    version = open_case.lock_version
    mine = Case.objects.get(pk=open_case.pk)
    theirs = Case.objects.get(pk=open_case.pk)

    services.case_classify(
        actor=world.generalist,
        case=mine,
        expected_version=version,
        domain_scope=Case.DomainScope.MULTIPLE,
        complexity=Case.Complexity.SIMPLE,
    )
    with pytest.raises(ValidationError) as error:
        services.case_classify(
            actor=world.generalist,
            case=theirs,
            expected_version=version,
            domain_scope=Case.DomainScope.SINGLE,
            complexity=Case.Complexity.SPECIALIST,
        )

    assert error.value.message_dict[NON_FIELD_ERRORS] == [
        "Iemand anders heeft deze casus intussen gewijzigd. Uw invoer staat nog in het formulier; "
        "bekijk de nieuwe versie en sla opnieuw op."
    ]
    open_case.refresh_from_db()
    assert open_case.complexity == Case.Complexity.SIMPLE and open_case.lock_version == version + 1


def test_classification_is_recorded_without_moving_the_case_on(world, open_case):
    services.case_classify(
        actor=world.generalist,
        case=open_case,
        expected_version=open_case.lock_version,
        domain_scope=Case.DomainScope.MULTIPLE,
        complexity=Case.Complexity.SIMPLE,
    )

    open_case.refresh_from_db()
    assert open_case.state == Case.State.REGISTERED
    assert open_case.events.get(kind=CaseEvent.Kind.CLASSIFIED).note == (
        "Meervoudig (meerdere leefgebieden), Eenvoudig"
    )
    assert not open_case.agenda_items.exists()


def test_a_multi_complex_case_goes_on_the_next_conference_agenda(world, open_case):
    services.case_classify(
        actor=world.generalist,
        case=open_case,
        expected_version=open_case.lock_version,
        domain_scope=Case.DomainScope.MULTIPLE,
        complexity=Case.Complexity.MULTI_COMPLEX,
    )

    item = open_case.agenda_items.get()
    assert item.reason == "multi_complex" and item.conference.team == world.team
    assert item.conference.held_at is None


def test_a_single_domain_cannot_be_multi_complex(world, open_case):
    with pytest.raises(ValidationError) as error:
        services.case_classify(
            actor=world.generalist,
            case=open_case,
            expected_version=open_case.lock_version,
            domain_scope=Case.DomainScope.SINGLE,
            complexity=Case.Complexity.MULTI_COMPLEX,
        )

    assert "meerdere leefgebieden" in error.value.message_dict["complexity"][0]


def test_rule_only_a_single_domain_specialist_question_is_referred_on_at_once(world, open_case, partner_org):
    with pytest.raises(ValidationError) as error:
        services.case_refer_on(
            actor=world.generalist,
            case=open_case,
            expected_version=open_case.lock_version,
            organisation=partner_org,
            information="Schulden, wil hulp.",
            reason="Alleen schulden.",
            consent_override_reason="n.v.t.",
        )

    assert "Direct doorverwijzen" in error.value.message_dict[NON_FIELD_ERRORS][0]
    open_case.refresh_from_db()
    assert open_case.is_open


def test_a_colleague_of_another_team_may_not_change_the_case(world, open_case):
    with pytest.raises(PermissionDenied):
        services.case_change_state(
            actor=world.other_generalist,
            case=open_case,
            to_state=Case.State.IN_CONVERSATION,
            expected_version=open_case.lock_version,
        )


def test_a_single_domain_specialist_question_is_referred_on_with_a_hand_over_and_the_case_closed(
    world, open_case, partner_org
):
    services.case_classify(
        actor=world.generalist,
        case=open_case,
        expected_version=open_case.lock_version,
        domain_scope=Case.DomainScope.SINGLE,
        complexity=Case.Complexity.SPECIALIST,
    )
    resident = open_case.household.memberships.first().resident

    services.case_refer_on(
        actor=world.generalist,
        case=open_case,
        expected_version=open_case.lock_version,
        organisation=partner_org,
        information="Problematische schulden; inkomen en vaste lasten in kaart.",
        reason="Alleen schulden, specialistisch.",
        consent_given_by=resident,
        consent_method="verbal",
        consent_recorded_on=timezone.localdate(),
    )

    open_case.refresh_from_db()
    assert open_case.state == Case.State.CLOSED and open_case.closure_reason == Case.ClosureReason.REFERRED
    assert open_case.handovers.get().organisation == partner_org
    assert open_case.events.last().kind == CaseEvent.Kind.CLOSED
