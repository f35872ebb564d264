"""Objections (bezwaar): registration in and after the term, the handling term with and without an
advisory committee, one extension, the outcome, and a new decision after an upheld objection
(issue 6, item 5 and 'Bad input')."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from plein.cases.models import CaseEvent
from plein.cases.services.case import StaleVersion
from plein.core.legal_terms import (
    OBJECTION,
    OBJECTION_DECISION,
    OBJECTION_DECISION_COMMITTEE,
    OBJECTION_EXTENSION,
    due_date,
)
from plein.decisions import letters, services
from plein.decisions.models import Decision, Objection
from tests.decisions.decision_steps import (
    checked_request,
    deny_fields,
    draft,
    messages,
    sign,
    today,
)

GROUNDS = "Kees werkt de hele dag en kan het huishouden niet overnemen."


@pytest.fixture
def help_request(world, officer, catalogue, signed_plan_item, anna):
    return checked_request(world, officer, catalogue.household_help, anna, plan_item=signed_plan_item)


@pytest.fixture
def denial(officer, help_request):
    """A sent denial of Anna's household help."""
    return sign(officer, services.decision_draft(actor=officer, request=help_request, **deny_fields()))


def sent_days_ago(decision, days: int) -> Decision:
    """Pretend the decision was sent ``days`` ago, with its objection term from then."""
    sent_on = today() - datetime.timedelta(days=days)
    Decision.objects.filter(pk=decision.pk).update(
        sent_on=sent_on,
        objection_due_on=due_date(OBJECTION, sent_on, municipality_id=decision.request.municipality_id),
    )
    decision.refresh_from_db()
    return decision


def register(officer, decision, objector, **changes) -> Objection:
    fields = {"received_on": today(), "grounds": GROUNDS} | changes
    return services.objection_register(actor=officer, decision=decision, objector=objector, **fields)


def decide(officer, objection, outcome, **changes) -> Objection:
    objection.refresh_from_db()
    fields = {"outcome_note": "De gemeente heeft de gebruikelijke hulp verkeerd beoordeeld."} | changes
    return services.objection_decide(
        actor=officer, objection=objection, outcome=outcome, expected_version=objection.lock_version, **fields
    )


def objection_events(decision):
    return decision.request.case.events.filter(kind=CaseEvent.Kind.OBJECTION)


# --- registration and terms -----------------------------------------------------------------------------


def test_an_objection_in_time_gets_six_weeks_from_the_end_of_the_objection_term(world, officer, denial, anna):
    objection = register(officer, denial, anna)

    assert objection.reference.startswith("BZ-")
    assert (objection.is_late, objection.extended, objection.outcome) == (False, False, "")
    assert objection.handling_due_on == due_date(
        OBJECTION_DECISION, denial.objection_due_on, municipality_id=world.municipality.pk
    )
    assert (objection.registered_by, objection.grounds) == (officer, GROUNDS)
    assert objection_events(denial).get().note == (
        f"Bezwaar {objection.reference} tegen beschikking {denial.reference} ontvangen."
    )


def test_with_an_advisory_committee_the_handling_term_is_twelve_weeks(world, officer, denial, anna):
    objection = register(officer, denial, anna, advisory_committee=True)

    assert objection.handling_due_on == due_date(
        OBJECTION_DECISION_COMMITTEE, denial.objection_due_on, municipality_id=world.municipality.pk
    )
    assert objection.handling_due_on - denial.objection_due_on >= datetime.timedelta(weeks=12)


def test_a_late_objection_is_registered_and_flagged(world, officer, denial, anna):
    denial = sent_days_ago(denial, 60)
    assert denial.objection_due_on < today()

    objection = register(officer, denial, anna)

    assert objection.is_late is True
    assert objection.handling_due_on == due_date(
        OBJECTION_DECISION, today(), municipality_id=world.municipality.pk
    )
    assert objection_events(denial).get().note.endswith("ontvangen (na de bezwaartermijn).")


def test_a_former_member_of_the_household_may_object(officer, denial, household):
    kees = household.memberships.order_by("id").last()
    kees.ends_on = today()
    kees.save(update_fields=["ends_on"])

    assert register(officer, denial, kees.resident).objector == kees.resident


# --- bad input -----------------------------------------------------------------------------------------


def test_rule_an_objection_on_a_decision_of_another_household_is_refused(officer, denial, register_resident):
    neighbour = register_resident(first_names="Bert", last_name="Buur")

    with pytest.raises(ValidationError) as error:
        register(officer, denial, neighbour)

    assert messages(error, "objector") == "Dit bezwaar hoort bij een beschikking van een ander huishouden."
    assert not Objection.objects.exists()
    assert not objection_events(denial).exists()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"received_on": datetime.date(2999, 1, 1)}, "received_on", "De datum ligt in de toekomst."),
        ({"received_on": None}, "received_on", "Vul in op welke datum het bezwaar binnenkwam."),
        (
            {"grounds": " "},
            "grounds",
            "Schrijf de gronden van het bezwaar op: waarom is de inwoner het niet eens met de beschikking?",
        ),
    ],
)
def test_rule_an_objection_needs_a_date_and_grounds(officer, denial, anna, changes, field, message):
    with pytest.raises(ValidationError) as error:
        register(officer, denial, anna, **changes)

    assert messages(error, field) == message
    assert not Objection.objects.exists()


def test_rule_an_objection_is_not_received_before_the_decision_was_sent(officer, denial, anna):
    denial = sent_days_ago(denial, 10)

    with pytest.raises(ValidationError) as error:
        register(officer, denial, anna, received_on=denial.sent_on - datetime.timedelta(days=1))

    assert messages(error, "received_on") == (
        f"Het bezwaar kan niet zijn ontvangen vóór de beschikking is verzonden ({denial.sent_on:%d-%m-%Y})."
    )


def test_rule_only_a_sent_decision_can_be_objected_to(officer, provider, help_request, anna):
    concept = draft(officer, help_request, provider=provider)

    with pytest.raises(ValidationError) as error:
        register(officer, concept, anna)

    assert messages(error) == "Bezwaar kan alleen tegen een verzonden beschikking die nog geldt."
    assert not Objection.objects.exists()


def test_rule_one_running_objection_per_objector(officer, denial, anna):
    first = register(officer, denial, anna)

    with pytest.raises(ValidationError) as error:
        register(officer, denial, anna)

    assert messages(error, "objector") == (
        f"Er loopt al een bezwaar van Anna Jansen tegen deze beschikking ({first.reference})."
    )
    assert Objection.objects.count() == 1


# --- extension -----------------------------------------------------------------------------------------


def test_the_handling_term_is_extended_once_by_six_weeks(world, officer, denial, anna):
    objection = register(officer, denial, anna)

    extended = services.objection_extend(
        actor=officer, objection=objection, expected_version=objection.lock_version
    )

    assert extended.extended is True
    assert extended.handling_due_on == due_date(
        OBJECTION_DECISION,
        denial.objection_due_on,
        municipality_id=world.municipality.pk,
        extension=OBJECTION_EXTENSION,
    )
    with pytest.raises(ValidationError) as error:
        services.objection_extend(actor=officer, objection=extended, expected_version=extended.lock_version)
    assert messages(error) == "Dit bezwaar is al verdaagd; dat kan maar één keer met zes weken."
    assert Objection.objects.get().handling_due_on == extended.handling_due_on


def test_rule_no_extension_after_the_handling_term_has_passed(officer, denial, anna):
    objection = register(officer, denial, anna)
    Objection.objects.filter(pk=objection.pk).update(handling_due_on=today() - datetime.timedelta(days=1))

    with pytest.raises(ValidationError) as error:
        services.objection_extend(actor=officer, objection=objection, expected_version=objection.lock_version)

    assert messages(error) == (
        "De beslistermijn is al verstreken; verdagen kan alleen vóór het einde van de termijn."
    )
    assert Objection.objects.get().extended is False


# --- the outcome ---------------------------------------------------------------------------------------


def test_a_rejected_objection_is_decided_with_reasons(officer, denial, anna):
    objection = register(officer, denial, anna)

    with pytest.raises(ValidationError) as error:
        decide(officer, objection, Objection.Outcome.REJECTED, outcome_note="")
    assert messages(error, "outcome_note") == (
        "Motiveer de beslissing op bezwaar: waarom is het bezwaar (on)gegrond?"
    )
    assert Objection.objects.get().outcome == ""
    with pytest.raises(StaleVersion):
        services.objection_decide(
            actor=officer,
            objection=objection,
            outcome="rejected",
            outcome_note="Ongegrond.",
            expected_version=0,
        )

    decided = decide(officer, objection, Objection.Outcome.REJECTED)

    assert (decided.outcome, decided.decided_on, decided.decided_by) == ("rejected", today(), officer)
    denial.refresh_from_db()
    assert denial.status == Decision.Status.SENT
    with pytest.raises(ValidationError) as error:
        decide(officer, decided, Objection.Outcome.UPHELD)
    assert messages(error) == "Over dit bezwaar is al beslist."


def test_rule_a_late_objection_is_weighed_first(officer, denial, anna):
    objection = register(officer, sent_days_ago(denial, 60), anna)

    with pytest.raises(ValidationError) as error:
        decide(officer, objection, Objection.Outcome.REJECTED)
    assert messages(error, "late_excusable") == (
        "Het bezwaar kwam na de bezwaartermijn binnen: geef aan of dat verschoonbaar is."
    )
    with pytest.raises(ValidationError) as error:
        decide(officer, objection, Objection.Outcome.UPHELD, late_excusable=False)
    assert messages(error, "outcome") == (
        "Een te laat bezwaar waarvan de termijnoverschrijding niet verschoonbaar is, is niet-ontvankelijk."
    )
    assert Objection.objects.get().outcome == ""

    decided = decide(officer, objection, Objection.Outcome.INADMISSIBLE, late_excusable=False)

    assert (decided.outcome, decided.late_excusable) == ("inadmissible", False)


def test_an_upheld_objection_gets_a_new_decision_that_revokes_the_old_one(
    officer, provider, denial, anna, help_request
):
    objection = decide(officer, register(officer, denial, anna), Objection.Outcome.UPHELD)

    new = draft(officer, help_request, provider=provider, follows_objection=objection)

    assert new.follows_objection == objection
    assert new.objection_clause == letters.DEFAULT_APPEAL_CLAUSE
    denial.refresh_from_db()
    assert denial.status == Decision.Status.SENT

    new = sign(officer, new)

    assert new.status == Decision.Status.SENT
    assert bytes(Decision.objects.get(pk=new.pk).letter_pdf).startswith(b"%PDF")
    denial.refresh_from_db()
    assert denial.status == Decision.Status.REVOKED
    assert help_request.case.events.filter(
        kind=CaseEvent.Kind.DECISION,
        note=f"Beschikking {denial.reference} herroepen na bezwaar {objection.reference}; "
        f"beschikking {new.reference} komt ervoor in de plaats.",
    ).exists()
    with pytest.raises(ValidationError) as error:
        draft(officer, help_request, provider=provider, follows_objection=objection)
    assert messages(error, "follows_objection") == "Na dit bezwaar is al een nieuwe beschikking verzonden."


def test_rule_no_new_decision_after_a_rejected_objection(officer, provider, denial, anna, help_request):
    objection = decide(officer, register(officer, denial, anna), Objection.Outcome.REJECTED)

    with pytest.raises(ValidationError) as error:
        draft(officer, help_request, provider=provider, follows_objection=objection)

    assert messages(error, "follows_objection") == (
        "Alleen na een (deels) gegrond bezwaar komt er een nieuwe beschikking in de plaats van de oude."
    )
    assert Decision.objects.count() == 1


# --- need to know ---------------------------------------------------------------------------------------


def test_need_to_know_an_officer_of_another_municipality_handles_no_objection(
    world, officer, other_officer, denial, anna
):
    for outsider in (other_officer, world.generalist):
        with pytest.raises(PermissionDenied):
            register(outsider, denial, anna)
    objection = register(officer, denial, anna)
    for outsider in (other_officer, world.generalist):
        with pytest.raises(PermissionDenied):
            services.objection_extend(actor=outsider, objection=objection, expected_version=1)
        with pytest.raises(PermissionDenied):
            decide(outsider, objection, Objection.Outcome.REJECTED)
    stored = Objection.objects.get()
    assert (stored.outcome, stored.extended, stored.lock_version) == ("", False, 1)
