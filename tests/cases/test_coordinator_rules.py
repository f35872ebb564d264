"""The regiehouder: exactly one at a time, history kept, and the rules per municipality."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from plein.areas.models import Role
from plein.cases import services
from plein.cases.coordination import DEFAULT_RULES, applicable_rule
from plein.cases.models import Case, CaseEvent, CoordinatorAssignment, CoordinatorRule
from plein.people.models import HouseholdMembership


def classify(case, actor, forced_framework=""):
    return services.case_classify(
        actor=actor,
        case=case,
        expected_version=case.lock_version,
        domain_scope=Case.DomainScope.MULTIPLE,
        complexity=Case.Complexity.SIMPLE,
        forced_framework=forced_framework,
    )


def test_rule_minor_in_household_refuses_a_generalist_naming_the_rule(world, family_case):
    with pytest.raises(ValidationError) as error:
        services.coordinator_assign(actor=world.generalist, case=family_case, professional=world.generalist)

    assert error.value.message_dict["professional"] == [
        f"Regel ‘Minderjarige in het huishouden’: de regiehouder moet de rol Jeugd- en gezinscoach hebben; "
        f"{world.generalist} heeft die rol niet."
    ]
    family_case.refresh_from_db()
    assert family_case.coordinator is None and not family_case.coordinator_assignments.exists()


def test_rule_minor_in_household_accepts_a_youth_coach(world, family_case, youth_coach):
    assignment = services.coordinator_assign(
        actor=world.generalist, case=family_case, professional=youth_coach
    )

    family_case.refresh_from_db()
    assert family_case.coordinator == youth_coach
    assert assignment.rule == "Minderjarige in het huishouden" and assignment.assigned_by == world.generalist
    assert "volgens regel ‘Minderjarige in het huishouden’" in family_case.events.get(kind="coordinator").note


def test_rule_minor_in_household_counts_only_who_is_under_18_today(world, register_resident, youth_coach):
    today = timezone.localdate()
    turned_18_today = today.replace(year=today.year - 18) if (today.month, today.day) != (2, 29) else None
    parent = register_resident(first_names="Els", last_name="Vos")
    household = parent.household_memberships.get().household
    if turned_18_today:
        register_resident(first_names="Tim", last_name="Vos", birth_date=turned_18_today, household=household)
    case = services.case_open(actor=world.generalist, household=household)

    assert applicable_rule(case) is None
    services.coordinator_assign(actor=world.generalist, case=case, professional=world.generalist)


def test_rule_minor_in_household_ignores_a_child_who_moved_out(world, family_case):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    family_case.household.memberships.filter(position=HouseholdMembership.Position.CHILD).update(
        starts_on=datetime.date(2020, 1, 1), ends_on=yesterday
    )

    assert applicable_rule(family_case) is None


def test_rule_forced_framework_requires_the_youth_protector(world, family_case, youth_coach, youth_protector):
    classify(family_case, world.generalist, forced_framework=Case.ForcedFramework.CHILD_PROTECTION_ORDER)

    with pytest.raises(ValidationError) as error:
        services.coordinator_assign(actor=world.generalist, case=family_case, professional=youth_coach)
    assert error.value.message_dict["professional"][0].startswith(
        "Regel ‘Gedwongen kader’: de regiehouder moet de rol Jeugdbeschermer hebben;"
    )

    services.coordinator_assign(actor=world.generalist, case=family_case, professional=youth_protector)
    assert family_case.coordinator == youth_protector


def test_rule_forced_framework_puts_a_case_whose_coordinator_no_longer_fits_on_the_agenda(
    world, family_case, youth_coach
):
    services.coordinator_assign(actor=world.generalist, case=family_case, professional=youth_coach)

    classify(family_case, world.generalist, forced_framework=Case.ForcedFramework.YOUTH_PROBATION)

    assert family_case.agenda_items.get().reason == "coordinator"


def test_rule_otherwise_the_conference_may_choose_any_case_worker(world, open_case, youth_coach):
    assert applicable_rule(open_case) is None

    assignment = services.coordinator_assign(
        actor=world.generalist, case=open_case, professional=youth_coach, reason="Kent het gezin al."
    )

    assert assignment.rule == "" and open_case.coordinator == youth_coach
    assert "gekozen door het team" in open_case.events.get(kind=CaseEvent.Kind.COORDINATOR).note


def test_a_professional_without_a_case_work_role_cannot_be_coordinator(
    world, open_case, process_director, team_coordinator
):
    for professional in (world.front_office, process_director, team_coordinator, world.other_generalist):
        with pytest.raises(ValidationError) as error:
            services.coordinator_assign(actor=world.generalist, case=open_case, professional=professional)
        assert "kan geen regiehouder zijn" in error.value.message_dict["professional"][0]


def test_rule_configurable_per_municipality_replaces_the_defaults(world, family_case, youth_protector):
    CoordinatorRule.objects.create(
        municipality=world.municipality,
        name="Kinderen: altijd de jeugdbeschermer",
        condition=CoordinatorRule.Condition.MINOR_IN_HOUSEHOLD,
        required_role=Role.YOUTH_PROTECTOR,
    )

    with pytest.raises(ValidationError) as error:
        services.coordinator_assign(actor=world.generalist, case=family_case, professional=world.generalist)
    assert "Regel ‘Kinderen: altijd de jeugdbeschermer’" in error.value.message_dict["professional"][0]

    services.coordinator_assign(actor=world.generalist, case=family_case, professional=youth_protector)
    assert family_case.coordinator == youth_protector


def test_rule_configurable_per_municipality_without_a_minor_rule_a_generalist_may_coordinate_a_family(
    world, family_case
):
    CoordinatorRule.objects.create(
        municipality=world.municipality,
        name="Gedwongen kader",
        condition=CoordinatorRule.Condition.FORCED_FRAMEWORK,
        required_role=Role.YOUTH_PROTECTOR,
    )
    CoordinatorRule.objects.create(
        municipality=world.municipality,
        name="Oud",
        condition=CoordinatorRule.Condition.MINOR_IN_HOUSEHOLD,
        required_role=Role.YOUTH_COACH,
        active=False,
    )

    services.coordinator_assign(actor=world.generalist, case=family_case, professional=world.generalist)

    assert family_case.coordinator == world.generalist


def test_rule_configurable_per_municipality_other_municipalities_keep_the_defaults(world, family_case):
    CoordinatorRule.objects.create(
        municipality=world.other_municipality,
        name="Anders",
        condition=CoordinatorRule.Condition.MINOR_IN_HOUSEHOLD,
        required_role=Role.GENERALIST,
    )

    assert applicable_rule(family_case) == DEFAULT_RULES[1]


def test_rule_configurable_per_municipality_the_first_matching_rule_in_order_decides(world, family_case):
    family_case.forced_framework = Case.ForcedFramework.CHILD_PROTECTION_ORDER
    family_case.save()
    for order, condition, role in [
        (2, CoordinatorRule.Condition.FORCED_FRAMEWORK, Role.YOUTH_PROTECTOR),
        (1, CoordinatorRule.Condition.MINOR_IN_HOUSEHOLD, Role.YOUTH_COACH),
    ]:
        CoordinatorRule.objects.create(
            municipality=world.municipality,
            order=order,
            name=condition,
            condition=condition,
            required_role=role,
        )

    assert applicable_rule(family_case).required_role == Role.YOUTH_COACH


def test_rule_exactly_one_coordinator_history_kept(world, open_case, youth_coach):
    services.coordinator_assign(actor=world.generalist, case=open_case, professional=world.generalist)
    services.coordinator_assign(
        actor=world.generalist, case=open_case, professional=youth_coach, reason="Wissel na verlof."
    )

    history = list(open_case.coordinator_assignments.order_by("starts_at", "id"))
    assert [a.professional for a in history] == [world.generalist, youth_coach]
    assert history[0].ends_at is not None and history[1].ends_at is None
    open_case.refresh_from_db()
    assert open_case.coordinator == youth_coach


def test_rule_exactly_one_coordinator_assigning_the_same_professional_again_changes_nothing(world, open_case):
    first = services.coordinator_assign(actor=world.generalist, case=open_case, professional=world.generalist)
    again = services.coordinator_assign(actor=world.generalist, case=open_case, professional=world.generalist)

    assert again == first and open_case.coordinator_assignments.count() == 1


def test_rule_exactly_one_coordinator_holds_in_the_database(world, open_case, youth_coach):
    services.coordinator_assign(actor=world.generalist, case=open_case, professional=world.generalist)

    with pytest.raises(IntegrityError), transaction.atomic():
        CoordinatorAssignment.objects.create(
            case=open_case, professional=youth_coach, assigned_by=world.generalist, starts_at=timezone.now()
        )


def test_the_coordinator_may_work_on_the_case_even_from_another_team(world, open_case, youth_coach):
    services.coordinator_assign(actor=world.generalist, case=open_case, professional=youth_coach)

    services.case_change_state(
        actor=youth_coach,
        case=open_case,
        to_state=Case.State.IN_CONVERSATION,
        expected_version=open_case.lock_version,
    )


def test_only_who_works_on_the_case_assigns_its_coordinator(world, open_case):
    with pytest.raises(PermissionDenied):
        services.coordinator_assign(
            actor=world.other_generalist, case=open_case, professional=world.generalist
        )
