"""The broad conversation: ZRM scores 1–5 per life domain, the ladder rung, and measurements over time."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from plein.cases import services
from plein.cases.models import Case, CaseEvent, Measurement
from plein.core.models import LifeDomain


def domain(code: str) -> LifeDomain:
    return LifeDomain.objects.get(code=code)


def record(case, actor, **overrides):
    values = {
        "actor": actor,
        "case": case,
        "held_on": timezone.localdate(),
        "place": "home",
        "resident_present": True,
        "others_present": "Partner",
        "client_support_offered": True,
        "client_supporter_present": False,
        "question": "We willen weer rust in huis en overzicht over de rekeningen.",
        "own_strength": "Kan goed plannen.",
        "network": "Zus helpt met de kinderen.",
        "safety": "no_concerns",
        "scores": {domain("finances").pk: (2, "Betalingsachterstanden"), domain("housing").pk: (4, "")},
        "participation_rung": 2,
    }
    values.update(overrides)
    return services.assessment_record(**values)


def test_the_broad_conversation_is_stored_with_a_start_measurement_and_moves_the_case_into_conversation(
    world, open_case
):
    assessment = record(open_case, world.generalist)

    measurement = assessment.measurement
    assert measurement.moment == Measurement.Moment.START and measurement.participation_rung == 2
    assert {(s.life_domain.code, s.score, s.finding) for s in measurement.scores.all()} == {
        ("finances", 2, "Betalingsachterstanden"),
        ("housing", 4, ""),
    }
    open_case.refresh_from_db()
    assert open_case.state == Case.State.IN_CONVERSATION
    assert {CaseEvent.Kind.ASSESSMENT, CaseEvent.Kind.STATE_CHANGED} <= set(
        open_case.events.values_list("kind", flat=True)
    )


def test_a_later_conversation_is_an_interim_measurement(world, open_case):
    record(open_case, world.generalist)
    second = record(open_case, world.generalist, scores={domain("finances").pk: (3, "Regeling loopt")})

    assert second.measurement.moment == Measurement.Moment.INTERIM
    assert list(open_case.measurements.values_list("moment", flat=True)) == ["start", "interim"]


@pytest.mark.parametrize("score", [0, 6, -1, "3", None, True])
def test_rule_zrm_scores_outside_1_to_5_are_refused_naming_the_domain(world, open_case, score):
    with pytest.raises(ValidationError) as error:
        record(open_case, world.generalist, scores={domain("finances").pk: (score, "")})

    assert error.value.message_dict["scores"] == ["De ZRM-score van Financiën moet 1 tot en met 5 zijn."]
    assert not open_case.measurements.exists()


def test_rule_at_least_one_life_domain_is_scored(world, open_case):
    with pytest.raises(ValidationError) as error:
        record(open_case, world.generalist, scores={})

    assert "ten minste één leefgebied" in error.value.message_dict["scores"][0]


@pytest.mark.parametrize("rung", [0, 7])
def test_rule_the_participation_ladder_has_rungs_1_to_6(world, open_case, rung):
    with pytest.raises(ValidationError) as error:
        record(open_case, world.generalist, participation_rung=rung)

    assert "1 tot en met 6" in error.value.message_dict["participation_rung"][0]


def test_the_question_in_the_residents_own_words_is_required(world, open_case):
    with pytest.raises(ValidationError) as error:
        record(open_case, world.generalist, question="  ")

    assert "woorden van de inwoner" in error.value.message_dict["question"][0]


def test_a_conversation_cannot_be_dated_in_the_future(world, open_case):
    with pytest.raises(ValidationError) as error:
        record(open_case, world.generalist, held_on=timezone.localdate() + datetime.timedelta(days=1))

    assert error.value.message_dict["held_on"] == ["De datum ligt in de toekomst."]


def test_safety_concerns_prompt_the_meldcode_without_opening_it(world, open_case):
    record(open_case, world.generalist, safety="concerns")

    assert "open de meldcode" in open_case.events.get(kind=CaseEvent.Kind.SAFETY).note
    assert not open_case.safety_concerns.exists()


def test_an_interim_measurement_is_recorded_on_its_own(world, open_case):
    record(open_case, world.generalist)

    measurement = services.measurement_record(
        actor=world.generalist,
        case=open_case,
        moment=Measurement.Moment.INTERIM,
        measured_on=timezone.localdate(),
        scores={domain("finances").pk: (3, "")},
        participation_rung=3,
    )

    assert measurement.scores.get().score == 3
    assert (
        open_case.events.filter(kind=CaseEvent.Kind.MEASUREMENT).last().note.startswith("Tussentijdse meting")
    )


def test_rule_one_start_measurement_and_the_end_measurement_only_at_closure(world, open_case):
    record(open_case, world.generalist)
    for moment, message in [("start", "al een beginmeting"), ("end", "bij het afsluiten")]:
        with pytest.raises(ValidationError) as error:
            services.measurement_record(
                actor=world.generalist,
                case=open_case,
                moment=moment,
                measured_on=timezone.localdate(),
                scores={domain("finances").pk: (3, "")},
                participation_rung=None,
            )
        assert message in error.value.message_dict["moment"][0]


def test_only_who_works_on_the_case_records_the_conversation(world, open_case):
    with pytest.raises(PermissionDenied):
        record(open_case, world.other_generalist)
