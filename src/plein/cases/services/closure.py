"""Closing a case: reason, end measurement, aftercare and the resident's satisfaction."""

from datetime import date

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils import timezone

from plein.cases.models import Case, CaseEvent, Measurement, SatisfactionResponse
from plein.cases.services.assessment import Scores, create_measurement, validate_rung, validate_scores
from plein.cases.services.case import (
    check_and_bump_version,
    check_may_work_on,
    check_open,
    end_coordinator,
    record_event,
    require_choice,
    require_not_future,
)
from plein.cases.services.process_direction import end_process_direction

__all__ = ["case_close"]

SATISFACTION_MIN, SATISFACTION_MAX = 1, 10


def finish_case(
    case: Case,
    *,
    actor,
    reason: str,
    note: str = "",
    aftercare: str = "",
    aftercare_until: date | None = None,
) -> Case:
    """The last step of every closure: nobody stays regiehouder or procesregisseur of a closed case."""
    now = timezone.now()
    end_coordinator(case, now=now)
    end_process_direction(case, actor=actor, note="De casus is afgesloten.")
    case.state, case.closed_at, case.closure_reason = Case.State.CLOSED, now, reason
    case.closure_note, case.aftercare, case.aftercare_until = note, aftercare, aftercare_until
    case.coordinator = None
    case.save(
        update_fields=[
            "state",
            "closed_at",
            "closure_reason",
            "closure_note",
            "aftercare",
            "aftercare_until",
            "coordinator",
        ]
    )
    summary = f"Afgesloten: {case.get_closure_reason_display()}."
    if aftercare_until:
        summary += f" Nazorg tot en met {aftercare_until:%d-%m-%Y}."
    record_event(case, CaseEvent.Kind.CLOSED, actor=actor, note=summary)
    return case


def _validate_satisfaction(score: int | None, declined: bool) -> None:
    if declined:
        if score is not None:
            raise ValidationError(
                {"satisfaction_score": "Geen cijfer als de inwoner geen antwoord wilde geven."}
            )
        return
    if (
        isinstance(score, bool)
        or not isinstance(score, int)
        or not SATISFACTION_MIN <= score <= SATISFACTION_MAX
    ):
        raise ValidationError(
            {
                "satisfaction_score": "Vraag de inwoner om een rapportcijfer van 1 tot en met 10, "
                "of vink aan dat de inwoner geen antwoord wilde geven."
            }
        )


@transaction.atomic
def case_close(
    *,
    actor,
    case: Case,
    expected_version: int,
    reason: str,
    note: str = "",
    aftercare: str = "",
    aftercare_until: date | None = None,
    measured_on: date | None = None,
    end_scores: Scores | None = None,
    end_participation_rung: int | None = None,
    satisfaction_score: int | None = None,
    satisfaction_comment: str = "",
    satisfaction_declined: bool = False,
) -> Case:
    check_may_work_on(actor, case)
    check_open(case)
    require_choice(reason, Case.ClosureReason, "reason", "Kies de reden van afsluiten.")
    note, aftercare = note.strip(), aftercare.strip()
    if reason == Case.ClosureReason.OTHER and not note:
        raise ValidationError({"note": "Licht toe waarom de casus wordt afgesloten."})
    if aftercare_until is not None and not aftercare:
        raise ValidationError({"aftercare": "Beschrijf de afspraken over nazorg."})
    if aftercare_until is not None and aftercare_until < timezone.localdate():
        raise ValidationError({"aftercare_until": "De nazorg loopt tot een datum in de toekomst."})
    # The meldcode is finished before the case: a closed case must not hide an open safety concern.
    if case.safety_concerns.filter(closed_at__isnull=True).exists():
        raise ValidationError(
            {NON_FIELD_ERRORS: "Er loopt nog een zorg over veiligheid: rond eerst de meldcode af (stap 5)."}
        )
    measured_on = measured_on or timezone.localdate()
    require_not_future(measured_on, "measured_on")
    # Outcomes are measured: whoever started with a ZRM measurement ends with one.
    has_start = case.measurements.filter(moment=Measurement.Moment.START).exists()
    scores = None
    if has_start or end_scores:
        missing = "Deze casus heeft een beginmeting: leg bij het afsluiten de eindmeting vast"
        if not end_scores:
            raise ValidationError({"end_scores": f"{missing} (ZRM-scores)."})
        scores = validate_scores(end_scores, field="end_scores")
        if end_participation_rung is None:
            raise ValidationError({"end_participation_rung": f"{missing} (Participatieladder)."})
    validate_rung(end_participation_rung, field="end_participation_rung")
    _validate_satisfaction(satisfaction_score, satisfaction_declined)

    check_and_bump_version(case, expected_version)
    if scores is not None:
        create_measurement(
            case,
            actor=actor,
            moment=Measurement.Moment.END,
            measured_on=measured_on,
            scores=scores,
            participation_rung=end_participation_rung,
        )
    SatisfactionResponse.objects.create(
        case=case,
        score=None if satisfaction_declined else satisfaction_score,
        comment="" if satisfaction_declined else satisfaction_comment.strip(),
        declined=satisfaction_declined,
        given_on=timezone.localdate(),
    )
    return finish_case(
        case, actor=actor, reason=reason, note=note, aftercare=aftercare, aftercare_until=aftercare_until
    )
