"""Safety concerns: the meldcode huiselijk geweld en kindermishandeling, its five steps in order."""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from plein.cases.models import AgendaItem, Case, CaseEvent, SafetyConcern, SafetyStep
from plein.cases.selectors import cases_visible_to
from plein.cases.services.case import (
    check_open,
    record_event,
    require_choice,
    require_not_future,
    require_text,
)
from plein.cases.services.conference import add_to_agenda

__all__ = ["safety_concern_open", "safety_step_record"]

Step = SafetyStep.Step


def _check_may_see(actor, case: Case) -> None:
    # Any professional who sees the case may raise a concern, not only its team.
    if not cases_visible_to(actor).filter(pk=case.pk).exists():
        raise PermissionDenied("U kunt deze casus niet inzien.")


@transaction.atomic
def safety_concern_open(
    *, actor, case: Case, signals: str, is_crisis: bool = False, crisis_action: str = ""
) -> SafetyConcern:
    """Open a concern and record step 1 (the signals). A crisis bypasses the steps: what was done at
    once is recorded and the case goes on the team's next conference agenda."""
    _check_may_see(actor, case)
    check_open(case)
    signals = require_text(signals, "signals", "Beschrijf de signalen die u zorgen baren.")
    crisis_action = crisis_action.strip()
    if is_crisis and not crisis_action:
        raise ValidationError(
            {
                "crisis_action": "Leg vast wat er direct is gedaan, bijvoorbeeld crisisdienst of politie ingeschakeld."
            }
        )
    concern = SafetyConcern.objects.create(
        case=case,
        opened_by=actor,
        opened_at=timezone.now(),
        is_crisis=is_crisis,
        crisis_action=crisis_action if is_crisis else "",
    )
    SafetyStep.objects.create(
        concern=concern, step=Step.MAP_SIGNALS, done_on=timezone.localdate(), note=signals, recorded_by=actor
    )
    if is_crisis:
        # Notes stay free of the signals themselves: the timeline is read by the whole team.
        record_event(
            case,
            CaseEvent.Kind.CRISIS,
            actor=actor,
            note="Crisis: direct ingegrepen, terugkoppeling in het team.",
        )
        add_to_agenda(
            case, AgendaItem.Reason.SAFETY, actor=actor, note="Crisis: terugkoppeling aan het team."
        )
    else:
        record_event(case, CaseEvent.Kind.SAFETY, actor=actor, note="Zorg over veiligheid: meldcode gestart.")
    return concern


def _check_order(concern: SafetyConcern, step: int) -> None:
    recorded = set(concern.steps.values_list("step", flat=True))
    if step in recorded:
        raise ValidationError({"step": f"{Step(step).label} is al vastgelegd."})
    if concern.is_crisis or step == Step.MAP_SIGNALS:
        return
    missing = next((earlier for earlier in range(Step.MAP_SIGNALS, step) if earlier not in recorded), None)
    if missing is not None:
        raise ValidationError(
            {"step": f"De meldcode volgt vijf stappen op volgorde: leg eerst ‘{Step(missing).label}’ vast."}
        )


@transaction.atomic
def safety_step_record(
    *,
    actor,
    concern: SafetyConcern,
    step: int,
    done_on: date,
    note: str,
    consulted_veilig_thuis: bool = False,
    decision: str = "",
) -> SafetyStep:
    """Record one step; step 5 (decide: organise help and/or report to Veilig Thuis) closes the concern."""
    _check_may_see(actor, concern.case)
    if concern.closed_at is not None:
        raise ValidationError({"step": "Deze zorg over veiligheid is afgerond."})
    if step not in Step.values:
        raise ValidationError({"step": "Kies een stap van de meldcode (1 tot en met 5)."})
    _check_order(concern, step)
    require_not_future(done_on, "done_on")
    note = require_text(note, "note", "Leg vast wat er in deze stap is gedaan.")
    if step == Step.DECIDE:
        require_choice(
            decision, SafetyConcern.Decision, "decision", "Kies het besluit: hulp organiseren en/of melden."
        )
    elif decision:
        raise ValidationError({"decision": "Het besluit hoort bij stap 5."})
    recorded = SafetyStep.objects.create(
        concern=concern,
        step=step,
        done_on=done_on,
        note=note,
        consulted_veilig_thuis=consulted_veilig_thuis,
        recorded_by=actor,
    )
    if step == Step.DECIDE:
        concern.decision, concern.closed_at = decision, timezone.now()
        concern.save(update_fields=["decision", "closed_at"])
        record_event(
            concern.case,
            CaseEvent.Kind.SAFETY,
            actor=actor,
            note=f"Meldcode afgerond: {concern.get_decision_display()}.",
        )
    else:
        record_event(concern.case, CaseEvent.Kind.SAFETY, actor=actor, note=f"Meldcode: {Step(step).label}.")
    return recorded
