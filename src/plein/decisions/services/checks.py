"""The legality check (rechtmatigheidstoets) and the decision officer's questions to the generalist.

The officer checks what the request carries against the provision's checklist, with an outcome and
a note per point; the officer does not redo the conversation. A question to the generalist pauses
nothing: the decision term keeps running and stays on every work list.
"""

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from plein.cases.models import CaseEvent
from plein.cases.selectors import cases_workable_by
from plein.cases.services.case import check_and_bump_version, require_text
from plein.decisions.models import CheckAnswer, LegalityCheck, OfficerQuestion, ProvisionRequest
from plein.decisions.notifications import notify_question_asked
from plein.decisions.services.common import check_officer, record_on_case
from plein.decisions.services.requests import lock_open_request
from plein.privacy.history import record_change

__all__ = ["check_record", "check_start", "question_answer", "question_ask"]

Status = ProvisionRequest.Status
Outcome = CheckAnswer.Outcome
Conclusion = LegalityCheck.Conclusion


def _checked_by_someone_else(check: LegalityCheck) -> ValidationError:
    return ValidationError(
        {
            NON_FIELD_ERRORS: f"{check.officer.get_full_name() or check.officer} controleert deze aanvraag "
            "al. Overleg met uw collega."
        }
    )


@transaction.atomic
def check_start(*, actor, request: ProvisionRequest) -> LegalityCheck:
    """Take the request into the check: it moves to 'in check' with this officer, and the
    provision's checklist is copied, so a later change of the catalogue does not rewrite it.
    Starting again returns the check already under way."""
    check_officer(actor, request.municipality_id)
    current = lock_open_request(request)
    existing = LegalityCheck.objects.select_related("officer").filter(request=current).first()
    if existing is not None:
        if existing.officer_id != actor.pk:
            raise _checked_by_someone_else(existing)
        return existing
    check = LegalityCheck.objects.create(request=current, officer=actor, started_at=timezone.now())
    CheckAnswer.objects.bulk_create(
        CheckAnswer(check_record=check, item=item, question=item.question, order=item.order)
        for item in current.provision.checklist.all()
    )
    ProvisionRequest.objects.filter(pk=current.pk).update(status=Status.IN_CHECK, officer=actor)
    record_change(current)  # update() writes no history row by itself
    request.status, request.officer = Status.IN_CHECK, actor
    record_on_case(
        current,
        CaseEvent.Kind.PROVISION_REQUEST,
        actor=actor,
        note=f"De backoffice controleert aanvraag {current.reference}.",
    )
    return check


def _answer_id(key) -> int | None:
    try:
        return int(key)
    except (TypeError, ValueError):
        return None


@transaction.atomic
def check_record(
    *,
    actor,
    request: ProvisionRequest,
    answers: dict[int, tuple[str, str]],
    conclusion: str = "",
    note: str = "",
    complete: bool = False,
    expected_version: int,
) -> LegalityCheck:
    """Save the outcome and note per checklist point (keyed by CheckAnswer id), the conclusion and
    a note. ``complete`` finishes the check: then every point needs an outcome and there must be
    a conclusion. Until a decision is drafted the check may be changed, and reopened."""
    check_officer(actor, request.municipality_id)
    current = lock_open_request(request)
    check = LegalityCheck.objects.select_related("officer").filter(request=current).first()
    if check is None or current.status != Status.IN_CHECK:
        raise ValidationError({NON_FIELD_ERRORS: "Neem de aanvraag eerst in controle."})
    if check.officer_id != actor.pk:
        raise _checked_by_someone_else(check)
    if current.decisions.exists():
        raise ValidationError(
            {
                NON_FIELD_ERRORS: "Op basis van deze controle is al een beschikking opgesteld; "
                "de controle verandert niet meer."
            }
        )

    rows = {answer.pk: answer for answer in check.answers.all()}
    errors: dict[str, str] = {}
    changed: list[CheckAnswer] = []
    for key, value in (answers or {}).items():
        answer = rows.get(_answer_id(key))
        if answer is None:
            errors["answers"] = (
                "Een van de controlepunten hoort niet bij deze controle. Laad de pagina opnieuw."
            )
            break
        try:
            outcome, answer_note = value
        except (TypeError, ValueError):
            errors["answers"] = f"Geef bij ‘{answer.question}’ een uitkomst en eventueel een notitie."
            break
        outcome = outcome or ""
        if outcome and outcome not in Outcome.values:
            errors["answers"] = f"Kies bij ‘{answer.question}’ voldaan, niet voldaan of niet van toepassing."
            break
        answer.outcome, answer.note = outcome, (answer_note or "").strip()
        changed.append(answer)

    conclusion = conclusion or ""
    if conclusion and conclusion not in Conclusion.values:
        errors["conclusion"] = "Kies een conclusie: voldoet, voldoet deels of voldoet niet."
    if complete and "answers" not in errors:
        open_points = [answer.question for answer in rows.values() if not answer.outcome]
        if open_points:
            errors["answers"] = (
                "Vul bij elk controlepunt de uitkomst in. Nog open: " + "; ".join(open_points) + "."
            )
    if complete and not conclusion and "conclusion" not in errors:
        errors["conclusion"] = "Kies de conclusie van de controle om die af te ronden."
    if errors:
        raise ValidationError(errors)

    check_and_bump_version(request, expected_version, "deze aanvraag")
    CheckAnswer.objects.bulk_update(changed, ["outcome", "note"])
    was_complete = check.completed_at is not None
    check.conclusion, check.note = conclusion, (note or "").strip()
    if complete and not was_complete:
        check.completed_at = timezone.now()
    elif not complete:
        check.completed_at = None
    check.save(update_fields=["conclusion", "note", "completed_at"])
    if complete and not was_complete:
        record_on_case(
            current,
            CaseEvent.Kind.PROVISION_REQUEST,
            actor=actor,
            note=f"De controle van aanvraag {current.reference} is afgerond.",
        )
    return check


@transaction.atomic
def question_ask(*, actor, request: ProvisionRequest, question: str) -> OfficerQuestion:
    """Ask the generalist a question about the request. The decision term keeps running."""
    check_officer(actor, request.municipality_id)
    current = lock_open_request(request)
    if current.case_id is None:
        raise ValidationError(
            {
                NON_FIELD_ERRORS: "Deze aanvraag hoort niet bij een casus, dus er is geen generalist om een "
                "vraag aan te stellen. Neem contact op met de inwoner."
            }
        )
    question = require_text(
        question, "question", "Schrijf uw vraag op. Vraag alleen wat u voor de controle nodig heeft."
    )
    asked = OfficerQuestion.objects.create(
        request=current, question=question, asked_by=actor, asked_at=timezone.now()
    )
    notify_question_asked(asked)
    # The question text stays off the timeline: it may carry details only the request needs.
    record_on_case(
        current,
        CaseEvent.Kind.PROVISION_REQUEST,
        actor=actor,
        note=f"De backoffice heeft een vraag gesteld over aanvraag {current.reference}. "
        "De beslistermijn loopt door.",
    )
    return asked


@transaction.atomic
def question_answer(*, actor, question: OfficerQuestion, answer: str) -> OfficerQuestion:
    """Answer the officer's question: someone who may work on the request's case."""
    request = question.request
    if request.case_id is None or not cases_workable_by(actor).filter(pk=request.case_id).exists():
        raise PermissionDenied("Alleen wie aan de casus werkt kan deze vraag van de backoffice beantwoorden.")
    answer = require_text(answer, "answer", "Schrijf uw antwoord op.")
    now = timezone.now()
    # Conditional: of two answers at the same moment, the first one stands.
    answered = OfficerQuestion.objects.filter(pk=question.pk, answered_at__isnull=True).update(
        answer=answer, answered_by=actor, answered_at=now
    )
    if not answered:
        raise ValidationError({NON_FIELD_ERRORS: "Deze vraag is al beantwoord."})
    question.answer, question.answered_by, question.answered_at = answer, actor, now
    record_on_case(
        request,
        CaseEvent.Kind.PROVISION_REQUEST,
        actor=actor,
        note=f"De vraag van de backoffice over aanvraag {request.reference} is beantwoord.",
    )
    return question
