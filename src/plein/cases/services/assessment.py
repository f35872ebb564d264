"""The broad conversation (breed gesprek) and the ZRM / Participatieladder measurements over time."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction

from plein.cases.models import Assessment, Case, CaseEvent, DomainScore, Measurement
from plein.cases.services.case import (
    check_may_work_on,
    check_open,
    move_state,
    record_event,
    require_choice,
    require_not_future,
    require_text,
)
from plein.core.models import LifeDomain

__all__ = ["assessment_record", "measurement_record", "validate_rung", "validate_scores"]

ZRM_MIN, ZRM_MAX = 1, 5
RUNG_MIN, RUNG_MAX = 1, 6

Scores = dict[int, tuple[int, str]]

MOMENT_NAMES = {
    Measurement.Moment.START: "beginmeting",
    Measurement.Moment.INTERIM: "tussentijdse meting",
    Measurement.Moment.END: "eindmeting",
}


def validate_scores(scores: Scores | None, *, field: str = "scores") -> list[tuple[LifeDomain, int, str]]:
    """ZRM: at least one life domain, each scored 1–5. Returns (domain, score, finding) in domain order."""
    if not scores:
        raise ValidationError({field: "Geef voor ten minste één leefgebied een ZRM-score."})
    domains = LifeDomain.objects.in_bulk(list(scores))
    if len(domains) != len(scores):
        raise ValidationError({field: "Een van de leefgebieden bestaat niet."})
    result = []
    for domain in sorted(domains.values(), key=lambda d: (d.order, d.name)):
        score, finding = scores[domain.pk]
        if isinstance(score, bool) or not isinstance(score, int) or not ZRM_MIN <= score <= ZRM_MAX:
            raise ValidationError({field: f"De ZRM-score van {domain} moet 1 tot en met 5 zijn."})
        result.append((domain, score, (finding or "").strip()))
    return result


def validate_rung(rung: int | None, *, field: str = "participation_rung", required: bool = False) -> None:
    if rung is None and not required:
        return
    if isinstance(rung, bool) or not isinstance(rung, int) or not RUNG_MIN <= rung <= RUNG_MAX:
        raise ValidationError({field: "Kies een trede van de Participatieladder: 1 tot en met 6."})


def create_measurement(
    case: Case,
    *,
    actor,
    moment: str,
    measured_on: date,
    scores: list[tuple[LifeDomain, int, str]],
    participation_rung: int | None,
) -> Measurement:
    """Store already validated scores; one start and one end measurement per case."""
    if (
        moment in (Measurement.Moment.START, Measurement.Moment.END)
        and case.measurements.filter(moment=moment).exists()
    ):
        raise ValidationError({"moment": f"Deze casus heeft al een {MOMENT_NAMES[moment]}."})
    measurement = Measurement.objects.create(
        case=case,
        moment=moment,
        measured_on=measured_on,
        participation_rung=participation_rung,
        recorded_by=actor,
    )
    DomainScore.objects.bulk_create(
        DomainScore(measurement=measurement, life_domain=domain, score=score, finding=finding)
        for domain, score, finding in scores
    )
    record_event(
        case,
        CaseEvent.Kind.MEASUREMENT,
        actor=actor,
        note=f"{MOMENT_NAMES[moment].capitalize()} van {measured_on:%d-%m-%Y}.",
    )
    return measurement


@transaction.atomic
def measurement_record(
    *, actor, case: Case, moment: str, measured_on: date, scores: Scores, participation_rung: int | None
) -> Measurement:
    check_may_work_on(actor, case)
    check_open(case)
    require_choice(moment, Measurement.Moment, "moment", "Kies begin- of tussentijdse meting.")
    if moment == Measurement.Moment.END:
        # One path to the end measurement: closing the case, where it is required.
        raise ValidationError({"moment": "De eindmeting legt u vast bij het afsluiten van de casus."})
    require_not_future(measured_on, "measured_on")
    validated = validate_scores(scores)
    validate_rung(participation_rung)
    return create_measurement(
        case,
        actor=actor,
        moment=moment,
        measured_on=measured_on,
        scores=validated,
        participation_rung=participation_rung,
    )


@transaction.atomic
def assessment_record(
    *,
    actor,
    case: Case,
    held_on: date,
    place: str,
    resident_present: bool,
    others_present: str,
    client_support_offered: bool,
    client_supporter_present: bool,
    question: str,
    own_strength: str,
    network: str,
    safety: str,
    scores: Scores,
    participation_rung: int | None,
) -> Assessment:
    """The story told once: who was there, the question in the resident's words, per life domain a
    finding and ZRM score, own strength, network and the safety check."""
    check_may_work_on(actor, case)
    check_open(case)
    require_not_future(held_on, "held_on")
    require_choice(place, Assessment.Place, "place", "Kies waar het gesprek was.")
    require_choice(safety, Assessment.Safety, "safety", "Leg vast of er zorgen over veiligheid zijn.")
    question = require_text(question, "question", "Leg de vraag vast in de woorden van de inwoner.")
    validated = validate_scores(scores)
    validate_rung(participation_rung)
    moment = Measurement.Moment.INTERIM if case.measurements.exists() else Measurement.Moment.START
    measurement = create_measurement(
        case,
        actor=actor,
        moment=moment,
        measured_on=held_on,
        scores=validated,
        participation_rung=participation_rung,
    )
    assessment = Assessment.objects.create(
        case=case,
        measurement=measurement,
        held_on=held_on,
        place=place,
        resident_present=resident_present,
        others_present=others_present.strip(),
        client_support_offered=client_support_offered,
        client_supporter_present=client_supporter_present,
        question=question,
        own_strength=own_strength.strip(),
        network=network.strip(),
        safety=safety,
        recorded_by=actor,
    )
    record_event(case, CaseEvent.Kind.ASSESSMENT, actor=actor, note=f"Breed gesprek van {held_on:%d-%m-%Y}.")
    if case.state == Case.State.REGISTERED:
        move_state(case, Case.State.IN_CONVERSATION, actor=actor)
    if safety == Assessment.Safety.CONCERNS:
        # A prompt, not an automatic concern: the professional decides to open the meldcode.
        record_event(
            case,
            CaseEvent.Kind.SAFETY,
            actor=actor,
            note="In het brede gesprek zijn zorgen over veiligheid genoemd: open de meldcode "
            "(zorg over veiligheid) als dat nog niet is gebeurd.",
        )
    return assessment
