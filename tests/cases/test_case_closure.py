"""Closing a case: reason, end ZRM and ladder measurement, aftercare and the satisfaction question."""

import datetime

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils import timezone

from plein.cases import selectors, services
from plein.cases.models import Case, CaseEvent, Measurement, SatisfactionResponse
from plein.core.models import LifeDomain


@pytest.fixture
def finances():
    return LifeDomain.objects.get(code="finances")


@pytest.fixture
def assessed_case(world, open_case, finances):
    services.assessment_record(
        actor=world.generalist,
        case=open_case,
        held_on=timezone.localdate(),
        place="home",
        resident_present=True,
        others_present="",
        client_support_offered=True,
        client_supporter_present=False,
        question="Rust in de financiën.",
        own_strength="",
        network="",
        safety="no_concerns",
        scores={finances.pk: (2, "")},
        participation_rung=2,
    )
    return open_case


def close(case, actor, **overrides):
    values = {
        "actor": actor,
        "case": case,
        "expected_version": case.lock_version,
        "reason": Case.ClosureReason.GOALS_REACHED,
        "satisfaction_score": 8,
        "satisfaction_comment": "Fijn dat er één aanspreekpunt was.",
    }
    values.update(overrides)
    return services.case_close(**values)


def test_closing_records_end_measurement_aftercare_and_satisfaction(
    world, assessed_case, finances, youth_coach
):
    services.coordinator_assign(actor=world.generalist, case=assessed_case, professional=youth_coach)
    until = timezone.localdate() + datetime.timedelta(days=90)

    close(
        assessed_case,
        world.generalist,
        aftercare="Over drie maanden belt de generalist.",
        aftercare_until=until,
        end_scores={finances.pk: (4, "Regeling loopt")},
        end_participation_rung=3,
    )

    assessed_case.refresh_from_db()
    assert assessed_case.state == Case.State.CLOSED and assessed_case.closed_at is not None
    assert assessed_case.aftercare_until == until and assessed_case.coordinator is None
    end = assessed_case.measurements.get(moment=Measurement.Moment.END)
    assert end.participation_rung == 3 and end.scores.get().score == 4
    assert SatisfactionResponse.objects.get(case=assessed_case).score == 8
    assert assessed_case.coordinator_assignments.get().ends_at is not None
    assert assessed_case.events.last().kind == CaseEvent.Kind.CLOSED
    assert "Nazorg tot en met" in assessed_case.events.last().note
    assert not selectors.my_cases(user=youth_coach).exists()


def test_rule_a_case_with_a_start_measurement_needs_an_end_measurement(world, assessed_case, finances):
    with pytest.raises(ValidationError) as error:
        close(assessed_case, world.generalist)
    assert "eindmeting" in error.value.message_dict["end_scores"][0]

    with pytest.raises(ValidationError) as error:
        close(assessed_case, world.generalist, end_scores={finances.pk: (4, "")})
    assert "Participatieladder" in error.value.message_dict["end_participation_rung"][0]

    with pytest.raises(ValidationError) as error:
        close(assessed_case, world.generalist, end_scores={finances.pk: (9, "")}, end_participation_rung=3)
    assert error.value.message_dict["end_scores"] == ["De ZRM-score van Financiën moet 1 tot en met 5 zijn."]
    assessed_case.refresh_from_db()
    assert assessed_case.is_open and assessed_case.lock_version == 1


@pytest.mark.parametrize("score", [None, 0, 11])
def test_rule_satisfaction_is_a_score_1_to_10_or_declined(world, open_case, score):
    with pytest.raises(ValidationError) as error:
        close(open_case, world.generalist, satisfaction_score=score)

    assert "1 tot en met 10" in error.value.message_dict["satisfaction_score"][0]


def test_a_resident_may_decline_the_satisfaction_question(world, open_case):
    close(open_case, world.generalist, satisfaction_score=None, satisfaction_declined=True)

    response = SatisfactionResponse.objects.get(case=open_case)
    assert response.declined and response.score is None


def test_closing_needs_a_reason_and_explains_other(world, open_case):
    with pytest.raises(ValidationError) as error:
        close(open_case, world.generalist, reason="")
    assert "reason" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        close(open_case, world.generalist, reason=Case.ClosureReason.OTHER)
    assert "note" in error.value.message_dict


def test_closing_withdraws_the_procesregisseur(world, open_case, process_director):
    services.process_director_attach(
        actor=world.generalist, case=open_case, director=process_director, reason="Vastgelopen."
    )

    close(open_case, world.generalist)

    assert selectors.current_process_direction(open_case) is None


def test_a_case_with_an_open_safety_concern_is_not_closed(world, open_case):
    services.safety_concern_open(actor=world.generalist, case=open_case, signals="Signalen.")

    with pytest.raises(ValidationError) as error:
        close(open_case, world.generalist)

    assert "meldcode" in error.value.message_dict[NON_FIELD_ERRORS][0]


def test_a_closed_case_is_not_closed_again_or_changed(world, open_case):
    close(open_case, world.generalist)

    with pytest.raises(ValidationError) as error:
        close(open_case, world.generalist)
    assert error.value.message_dict[NON_FIELD_ERRORS] == ["Deze casus is afgesloten."]


def test_optimistic_locking_closing_against_an_old_version_is_refused(world, open_case):
    old_version = open_case.lock_version
    services.case_change_state(
        actor=world.generalist,
        case=Case.objects.get(pk=open_case.pk),
        to_state=Case.State.IN_CONVERSATION,
        expected_version=old_version,
    )

    with pytest.raises(ValidationError) as error:
        close(open_case, world.generalist, expected_version=old_version)

    assert error.value.message_dict[NON_FIELD_ERRORS][0].startswith("Iemand anders heeft deze casus")
    assert not SatisfactionResponse.objects.exists()
