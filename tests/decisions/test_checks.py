"""The legality check and the officer's questions to the generalist (issue 6, item 3)."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.utils import timezone

from plein.cases.models import CaseEvent
from plein.cases.services import StaleVersion
from plein.decisions import services
from plein.decisions.models import (
    CheckAnswer,
    ChecklistItem,
    Decision,
    LegalityCheck,
    OfficerQuestion,
    ProvisionRequest,
    TermSuspension,
)
from tests.decisions.conftest import today

MET, NOT_MET, NOT_APPLICABLE = (
    CheckAnswer.Outcome.MET,
    CheckAnswer.Outcome.NOT_MET,
    CheckAnswer.Outcome.NOT_APPLICABLE,
)


def _messages(error, field: str = NON_FIELD_ERRORS) -> str:
    return " ".join(error.value.message_dict[field])


@pytest.fixture
def request_(world, catalogue, signed_plan_item, anna) -> ProvisionRequest:
    """A Wmo request for household help from the signed plan, applied for on Monday 2 March 2026
    (due Monday 16 March)."""
    return services.request_create(
        actor=world.generalist,
        provision=catalogue.household_help,
        resident=anna,
        extent=Decimal("3"),
        desired_start=date(2026, 3, 2),
        delivery_form="in_kind",
        justification="Anna kan het huis niet schoonhouden; Kees werkt fulltime.",
        plan_item=signed_plan_item,
        applied_on=date(2026, 3, 2),
    )


@pytest.fixture
def check(officer, request_) -> LegalityCheck:
    return services.check_start(actor=officer, request=request_)


def _record(officer, request_, answers, **fields):
    request_.refresh_from_db()
    return services.check_record(
        actor=officer, request=request_, answers=answers, expected_version=request_.lock_version, **fields
    )


def _all(check, outcome=MET):
    return {answer.pk: (outcome, "") for answer in check.answers.all()}


# --- starting the check ---------------------------------------------------------------------------------


def test_starting_the_check_copies_the_checklist(officer, catalogue, request_):
    check = services.check_start(actor=officer, request=request_)

    request_.refresh_from_db()
    assert (request_.status, request_.officer) == (ProvisionRequest.Status.IN_CHECK, officer)
    assert (check.officer, check.completed_at, check.conclusion) == (officer, None, "")
    questions = list(check.answers.values_list("question", "outcome"))
    assert questions == [
        ("Woont de inwoner in de gemeente (BRP)?", ""),
        ("Kan een huisgenoot of partner het huishouden overnemen (gebruikelijke hulp)?", ""),
        ("Is er eerder een voorziening voor het huishouden verstrekt?", ""),
    ]
    assert request_.case.events.filter(
        kind=CaseEvent.Kind.PROVISION_REQUEST, note__contains="backoffice controleert"
    ).exists()


def test_a_later_change_of_the_catalogue_does_not_rewrite_the_check(officer, catalogue, check):
    item = catalogue.household_help.checklist.first()
    item.question = "Staat de inwoner ingeschreven in de BRP van de gemeente?"
    item.save()
    ChecklistItem.objects.create(provision=catalogue.household_help, question="Nieuw punt", order=9)

    assert check.answers.count() == 3
    assert check.answers.first().question == "Woont de inwoner in de gemeente (BRP)?"


def test_starting_again_returns_the_same_check(officer, request_, check):
    again = services.check_start(actor=officer, request=request_)

    assert again.pk == check.pk
    assert LegalityCheck.objects.count() == 1
    assert CheckAnswer.objects.count() == 3


def test_a_colleague_does_not_take_over_a_check_under_way(second_officer, request_, check):
    with pytest.raises(ValidationError) as error:
        services.check_start(actor=second_officer, request=request_)

    assert "controleert deze aanvraag al" in _messages(error)
    request_.refresh_from_db()
    assert request_.officer != second_officer


def test_only_an_officer_of_the_municipality_starts_a_check(world, other_officer, request_):
    for actor in (world.generalist, other_officer, world.front_office):
        with pytest.raises(PermissionDenied):
            services.check_start(actor=actor, request=request_)
    request_.refresh_from_db()
    assert request_.status == ProvisionRequest.Status.SUBMITTED
    assert not LegalityCheck.objects.exists()


def test_a_withdrawn_request_is_not_checked(world, officer, request_):
    services.request_withdraw(actor=world.generalist, request=request_, reason="Weg.", expected_version=1)

    with pytest.raises(ValidationError) as error:
        services.check_start(actor=officer, request=request_)
    assert "al ingetrokken" in _messages(error)
    assert not LegalityCheck.objects.exists()


# --- recording the check -----------------------------------------------------------------------------


def test_recording_part_of_the_check(officer, request_, check):
    first = check.answers.first()

    saved = _record(officer, request_, {first.pk: (MET, "  BRP geraadpleegd op 3 maart. ")}, note="Bezig.")

    first.refresh_from_db()
    assert (first.outcome, first.note) == (MET, "BRP geraadpleegd op 3 maart.")
    assert check.answers.exclude(pk=first.pk).filter(outcome="").count() == 2
    assert (saved.completed_at, saved.note) == (None, "Bezig.")
    request_.refresh_from_db()
    assert request_.lock_version == 2


def test_completing_the_check(officer, request_, check):
    answers = _all(check)
    last = check.answers.last()
    answers[last.pk] = (NOT_APPLICABLE, "Eerste aanvraag.")

    saved = _record(
        officer, request_, answers, conclusion=LegalityCheck.Conclusion.MEETS, note="Akkoord.", complete=True
    )

    saved.refresh_from_db()
    assert saved.completed_at is not None
    assert (saved.conclusion, saved.note) == ("meets", "Akkoord.")
    assert not check.answers.filter(outcome="").exists()
    assert request_.case.events.filter(note__contains="controle van aanvraag").exists()


def test_complete_needs_an_outcome_on_every_point_and_a_conclusion(officer, request_, check):
    first = check.answers.first()

    with pytest.raises(ValidationError) as error:
        _record(officer, request_, {first.pk: (MET, "Klopt.")}, complete=True)

    assert _messages(error, "answers") == (
        "Vul bij elk controlepunt de uitkomst in. Nog open: Kan een huisgenoot of partner het "
        "huishouden overnemen (gebruikelijke hulp)?; Is er eerder een voorziening voor het huishouden "
        "verstrekt?."
    )
    assert _messages(error, "conclusion") == "Kies de conclusie van de controle om die af te ronden."
    # Nothing half-saved: not even the one outcome that was filled in.
    first.refresh_from_db()
    assert (first.outcome, first.note) == ("", "")
    request_.refresh_from_db()
    assert request_.lock_version == 1
    check.refresh_from_db()
    assert check.completed_at is None

    with pytest.raises(ValidationError) as error:
        _record(officer, request_, _all(check), complete=True)
    assert set(error.value.message_dict) == {"conclusion"}


def test_complete_counts_outcomes_saved_earlier(officer, request_, check):
    first, *rest = check.answers.all()
    _record(officer, request_, {first.pk: (NOT_MET, "Woont in een andere gemeente.")})

    saved = _record(
        officer,
        request_,
        {answer.pk: (MET, "") for answer in rest},
        conclusion=LegalityCheck.Conclusion.DOES_NOT_MEET,
        complete=True,
    )

    assert saved.completed_at is not None
    first.refresh_from_db()
    assert first.outcome == NOT_MET


def test_an_empty_outcome_reopens_a_point(officer, request_, check):
    first = check.answers.first()
    _record(officer, request_, {first.pk: (MET, "")})
    _record(officer, request_, {first.pk: ("", "Toch nog navragen.")})

    first.refresh_from_db()
    assert (first.outcome, first.note) == ("", "Toch nog navragen.")


def test_a_completed_check_can_be_reopened_until_a_decision_is_drafted(officer, request_, check):
    _record(officer, request_, _all(check), conclusion="meets", complete=True)

    reopened = _record(officer, request_, {}, conclusion="meets", complete=False)
    assert reopened.completed_at is None

    _record(officer, request_, {}, conclusion="meets", complete=True)
    Decision.objects.create(
        reference="B-TESTTEST",
        request=request_,
        outcome=Decision.Outcome.DENY,
        reasons="Gebruikelijke hulp.",
        legal_basis="Artikel 2.3.5 Wmo 2015",
        objection_clause="U kunt binnen zes weken bezwaar maken.",
        drafted_by=officer,
        drafted_at=timezone.now(),
    )
    with pytest.raises(ValidationError) as error:
        _record(officer, request_, {}, conclusion="partly", complete=False)
    assert "al een beschikking opgesteld" in _messages(error)
    check.refresh_from_db()
    assert (check.conclusion, check.completed_at is not None) == ("meets", True)


def test_bad_answers_and_conclusions_are_refused(officer, request_, check, catalogue):
    first = check.answers.first()

    with pytest.raises(ValidationError) as error:
        _record(officer, request_, {999999: (MET, "")})
    assert "hoort niet bij deze controle" in _messages(error, "answers")

    with pytest.raises(ValidationError) as error:
        _record(officer, request_, {first.pk: ("misschien", "")})
    assert _messages(error, "answers") == (
        "Kies bij ‘Woont de inwoner in de gemeente (BRP)?’ voldaan, niet voldaan of niet van toepassing."
    )

    with pytest.raises(ValidationError) as error:
        _record(officer, request_, {}, conclusion="prima")
    assert _messages(error, "conclusion") == "Kies een conclusie: voldoet, voldoet deels of voldoet niet."

    request_.refresh_from_db()
    assert request_.lock_version == 1


def test_an_answer_of_another_check_is_refused(world, officer, catalogue, anna, request_, check):
    other = services.request_create(
        actor=officer,
        provision=catalogue.stair_lift,
        resident=anna,
        extent=1,
        desired_start=today(),
        delivery_form="in_kind",
        justification="De trap is te steil geworden.",
    )
    other_check = services.check_start(actor=officer, request=other)

    with pytest.raises(ValidationError) as error:
        _record(officer, request_, {other_check.answers.first().pk: (MET, "")})
    assert "answers" in error.value.message_dict


def test_recording_against_an_older_version_is_refused(officer, request_, check):
    first = check.answers.first()

    with pytest.raises(StaleVersion):
        services.check_record(
            actor=officer, request=request_, answers={first.pk: (MET, "")}, expected_version=5
        )
    first.refresh_from_db()
    assert first.outcome == ""


def test_recording_needs_a_started_check_by_this_officer(world, officer, second_officer, request_):
    with pytest.raises(ValidationError) as error:
        _record(officer, request_, {})
    assert _messages(error) == "Neem de aanvraag eerst in controle."

    services.check_start(actor=officer, request=request_)
    with pytest.raises(ValidationError) as error:
        _record(second_officer, request_, {})
    assert "controleert deze aanvraag al" in _messages(error)
    with pytest.raises(PermissionDenied):
        _record(world.generalist, request_, {})


# --- questions to the generalist: the term keeps running ------------------------------------------------


def test_a_question_does_not_suspend_the_term(officer, request_, check):
    question = services.question_ask(
        actor=officer, request=request_, question="Is de partner echt niet in staat te helpen?"
    )

    request_.refresh_from_db()
    assert request_.decision_due_on == date(2026, 3, 16)
    assert request_.status == ProvisionRequest.Status.IN_CHECK
    assert not TermSuspension.objects.exists()
    assert (question.asked_by, question.answer, question.answered_at) == (officer, "", None)
    event = request_.case.events.get(note__contains="vraag gesteld")
    assert "De beslistermijn loopt door." in event.note
    assert "partner" not in event.note


def test_the_generalist_answers_the_question(world, officer, request_, check):
    question = services.question_ask(actor=officer, request=request_, question="Werkt Kees fulltime?")

    answered = services.question_answer(
        actor=world.generalist, question=question, answer="  Ja, 38 uur per week.  "
    )

    answered.refresh_from_db()
    assert (answered.answer, answered.answered_by) == ("Ja, 38 uur per week.", world.generalist)
    assert answered.answered_at is not None
    request_.refresh_from_db()
    assert request_.decision_due_on == date(2026, 3, 16)

    with pytest.raises(ValidationError) as error:
        services.question_answer(actor=world.generalist, question=question, answer="Nogmaals ja.")
    assert _messages(error) == "Deze vraag is al beantwoord."
    answered.refresh_from_db()
    assert answered.answer == "Ja, 38 uur per week."


def test_only_who_works_on_the_case_answers(world, case_world, officer, request_):
    question = services.question_ask(actor=officer, request=request_, question="Werkt Kees fulltime?")

    for actor in (case_world.youth_coach, world.other_generalist, officer):
        with pytest.raises(PermissionDenied):
            services.question_answer(actor=actor, question=question, answer="Ja.")
    with pytest.raises(ValidationError) as error:
        services.question_answer(actor=world.generalist, question=question, answer=" ")
    assert _messages(error, "answer") == "Schrijf uw antwoord op."
    assert OfficerQuestion.objects.get().answered_at is None


def test_only_an_officer_asks_and_a_question_needs_text(world, other_officer, officer, request_):
    for actor in (world.generalist, other_officer):
        with pytest.raises(PermissionDenied):
            services.question_ask(actor=actor, request=request_, question="Waarom?")
    with pytest.raises(ValidationError) as error:
        services.question_ask(actor=officer, request=request_, question="")
    assert "question" in error.value.message_dict
    assert not OfficerQuestion.objects.exists()


def test_no_question_on_a_direct_application_without_a_case(officer, catalogue, register_resident):
    bea = register_resident(first_names="Bea", last_name="Visser")
    direct = services.request_create(
        actor=officer,
        provision=catalogue.household_help,
        resident=bea,
        extent=2,
        desired_start=today(),
        delivery_form="in_kind",
        justification="Bea belde zelf.",
    )

    with pytest.raises(ValidationError) as error:
        services.question_ask(actor=officer, request=direct, question="Wie is de generalist?")
    assert "geen generalist" in _messages(error)
    assert not OfficerQuestion.objects.exists()
