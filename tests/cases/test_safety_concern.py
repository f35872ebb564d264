"""Safety concerns: the meldcode's five steps in order; a crisis bypasses them and is fed back to the team."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from plein.cases import services
from plein.cases.models import AgendaItem, CaseEvent, SafetyConcern

TODAY = timezone.localdate


def step(concern, actor, number, **extra):
    values = {"done_on": TODAY(), "note": f"Stap {number} gedaan."}
    values.update(extra)
    return services.safety_step_record(actor=actor, concern=concern, step=number, **values)


def test_any_professional_who_sees_the_case_opens_a_concern_with_the_signals_as_step_1(
    world, family_case, youth_coach
):
    # The youth coach works in another team than the case's, but serves its district.
    concern = services.safety_concern_open(
        actor=youth_coach, case=family_case, signals="Kind vertelt over harde ruzies thuis."
    )

    first = concern.steps.get()
    assert first.step == 1 and first.note == "Kind vertelt over harde ruzies thuis."
    event = family_case.events.get(kind=CaseEvent.Kind.SAFETY)
    assert "ruzies" not in event.note  # the signals stay in the concern, not on the team's timeline


def test_who_cannot_see_the_case_cannot_open_a_concern(world, family_case):
    with pytest.raises(PermissionDenied):
        services.safety_concern_open(actor=world.other_generalist, case=family_case, signals="x")


def test_rule_meldcode_five_steps_in_order_refuses_a_skipped_step(world, family_case):
    concern = services.safety_concern_open(
        actor=world.generalist, case=family_case, signals="Blauwe plekken."
    )

    with pytest.raises(ValidationError) as error:
        step(concern, world.generalist, 3)

    assert error.value.message_dict["step"] == [
        "De meldcode volgt vijf stappen op volgorde: leg eerst "
        "‘2. Collegiale consultatie en zo nodig Veilig Thuis raadplegen’ vast."
    ]


def test_rule_meldcode_five_steps_in_order_ending_with_a_decision(world, family_case):
    concern = services.safety_concern_open(
        actor=world.generalist, case=family_case, signals="Blauwe plekken."
    )
    step(concern, world.generalist, 2, consulted_veilig_thuis=True)
    step(concern, world.generalist, 3)
    step(concern, world.generalist, 4)

    with pytest.raises(ValidationError) as error:
        step(concern, world.generalist, 5)
    assert "decision" in error.value.message_dict

    step(concern, world.generalist, 5, decision=SafetyConcern.Decision.HELP_AND_REPORT)

    concern.refresh_from_db()
    assert concern.closed_at is not None and concern.decision == "help_and_report"
    assert list(concern.steps.values_list("step", flat=True)) == [1, 2, 3, 4, 5]
    assert concern.steps.get(step=2).consulted_veilig_thuis
    assert family_case.events.filter(kind=CaseEvent.Kind.SAFETY).last().note == (
        "Meldcode afgerond: Hulp organiseren én melden bij Veilig Thuis."
    )
    with pytest.raises(ValidationError):
        step(concern, world.generalist, 4)


def test_rule_meldcode_a_step_is_recorded_once_and_the_decision_belongs_to_step_5(world, family_case):
    concern = services.safety_concern_open(actor=world.generalist, case=family_case, signals="Signalen.")

    with pytest.raises(ValidationError) as error:
        step(concern, world.generalist, 1)
    assert "al vastgelegd" in error.value.message_dict["step"][0]
    with pytest.raises(ValidationError) as error:
        step(concern, world.generalist, 2, decision=SafetyConcern.Decision.REPORT)
    assert "stap 5" in error.value.message_dict["decision"][0]
    with pytest.raises(ValidationError) as error:
        step(concern, world.generalist, 2, done_on=TODAY() + datetime.timedelta(days=1))
    assert "toekomst" in error.value.message_dict["done_on"][0]


def test_rule_crisis_needs_the_action_taken(world, family_case):
    with pytest.raises(ValidationError) as error:
        services.safety_concern_open(
            actor=world.generalist, case=family_case, signals="Acuut.", is_crisis=True
        )

    assert "direct is gedaan" in error.value.message_dict["crisis_action"][0]


def test_rule_crisis_bypasses_the_steps_and_is_fed_back_to_the_team(world, family_case):
    concern = services.safety_concern_open(
        actor=world.generalist,
        case=family_case,
        signals="Moeder belt: partner dreigt.",
        is_crisis=True,
        crisis_action="Politie en crisisdienst ingeschakeld; moeder en kind in opvang.",
    )

    step(concern, world.generalist, 5, decision=SafetyConcern.Decision.REPORT)

    concern.refresh_from_db()
    assert concern.closed_at is not None and concern.crisis_action.startswith("Politie")
    assert family_case.events.filter(kind=CaseEvent.Kind.CRISIS).exists()
    item = family_case.agenda_items.get()
    assert item.reason == AgendaItem.Reason.SAFETY and item.conference.team == world.team
