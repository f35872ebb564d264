"""Decisions (beschikkingen): drafting, refusals, signing with four eyes, the letter and the terms
(issue 6, item 4 and 'Bad input')."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError

from plein.cases.models import CaseEvent
from plein.cases.services.case import StaleVersion
from plein.core.legal_terms import OBJECTION, due_date
from plein.decisions import letters, services
from plein.decisions.models import Decision, DeliveryForm, LetterTemplate, ProvisionRequest
from plein.people.models import Organisation
from tests import factories
from tests.decisions.decision_steps import (
    REASONS,
    checked_request,
    deny_fields,
    draft,
    grant_fields,
    messages,
    sign,
    today,
)


@pytest.fixture
def help_request(world, officer, catalogue, signed_plan_item, anna):
    """Household help for Anna, 3 hours a week in kind, from the signed plan; checked and in order."""
    return checked_request(world, officer, catalogue.household_help, anna, plan_item=signed_plan_item)


@pytest.fixture
def lift_request(world, officer, catalogue, signed_plan_item, anna):
    """A stair lift for Anna: a four-eyes provision."""
    return checked_request(world, officer, catalogue.stair_lift, anna, plan_item=signed_plan_item, extent=1)


def decision_events(request):
    return request.case.events.filter(kind=CaseEvent.Kind.DECISION)


# --- the happy path ---------------------------------------------------------------------------------


def test_a_result_oriented_grant_is_drafted_with_the_legal_basis_and_objection_clause(
    officer, provider, help_request
):
    decision = draft(officer, help_request, provider=provider)

    assert decision.status == Decision.Status.DRAFT
    assert decision.reference.startswith("B-") and len(decision.reference) == 10
    assert decision.result.name == "Een schoon en leefbaar huis"
    assert (decision.extent, decision.delivery_form, decision.provider) == (Decimal(3), "in_kind", provider)
    assert decision.legal_basis == help_request.provision.legal_basis
    assert decision.objection_clause == letters.DEFAULT_OBJECTION_CLAUSE
    assert (decision.drafted_by, decision.signed_by, decision.sent_on) == (officer, None, None)
    assert (
        decision_events(help_request).get().note
        == f"Beschikking {decision.reference} opgesteld (toekenning)."
    )


def test_the_municipalitys_own_objection_clause_is_used(world, officer, provider, help_request):
    LetterTemplate.objects.create(
        municipality=world.municipality,
        kind=LetterTemplate.Kind.GRANT,
        opening="Wij hebben uw aanvraag bekeken.",
        closing="Vragen? Bel 14 0229.",
        objection_clause="Bent u het niet eens met dit besluit? Maak dan binnen zes weken bezwaar bij Gemeente A.",
        signatory="Het college van burgemeester en wethouders",
    )

    decision = draft(officer, help_request, provider=provider, legal_basis="Artikel 2.3.5 Wmo 2015")

    assert decision.objection_clause.startswith("Bent u het niet eens met dit besluit?")
    assert decision.legal_basis == "Artikel 2.3.5 Wmo 2015"


def test_signing_a_grant_sends_it_with_the_letter_and_starts_the_objection_term(
    world, officer, provider, help_request
):
    decision = sign(officer, draft(officer, help_request, provider=provider))

    assert decision.status == Decision.Status.SENT
    assert (decision.signed_by, decision.sent_on) == (officer, today())
    assert decision.objection_due_on == due_date(OBJECTION, today(), municipality_id=world.municipality.pk)
    assert decision.objection_due_on >= today() + datetime.timedelta(weeks=6)
    stored = Decision.objects.get(pk=decision.pk)
    assert bytes(stored.letter_pdf).startswith(b"%PDF")
    help_request.refresh_from_db()
    assert help_request.status == ProvisionRequest.Status.DECIDED
    assert (
        decision_events(help_request)
        .filter(note=f"Beschikking {decision.reference} verzonden (toekenning).")
        .exists()
    )


def test_a_denial_with_reasons_is_sent_and_grants_nothing(officer, help_request):
    decision = services.decision_draft(actor=officer, request=help_request, **deny_fields())
    decision = sign(officer, decision)

    assert decision.status == Decision.Status.SENT
    assert (decision.result, decision.extent, decision.provider, decision.delivery_form) == (
        None,
        None,
        None,
        "",
    )
    assert bytes(Decision.objects.get(pk=decision.pk).letter_pdf).startswith(b"%PDF")


def test_a_personal_budget_is_granted_with_a_budget_and_no_provider(world, officer, catalogue, anna):
    request = checked_request(
        world,
        officer,
        catalogue.household_help,
        anna,
        delivery_form=DeliveryForm.PGB,
        pgb_plan="Mijn buurvrouw.",
    )

    decision = draft(officer, request, budget="1250,50")

    assert (decision.delivery_form, decision.budget, decision.provider) == ("pgb", Decimal("1250.50"), None)


def test_a_partial_grant_gives_less_than_was_asked(officer, provider, help_request):
    with pytest.raises(ValidationError) as error:
        draft(officer, help_request, provider=provider, outcome=Decision.Outcome.PARTIAL)
    assert messages(error, "outcome") == (
        "Een gedeeltelijke toekenning geeft minder of iets anders dan gevraagd: minder dan de gevraagde "
        "3 uren per week. Anders is het een toekenning."
    )
    assert not Decision.objects.exists()

    smaller = draft(officer, help_request, provider=provider, outcome=Decision.Outcome.PARTIAL, extent=2)
    assert (smaller.outcome, smaller.extent) == ("partial", Decimal(2))


def test_a_partial_grant_may_aim_at_another_result(officer, provider, help_request):
    other_result = help_request.provision.results.get(name="Schone en draagbare kleding")
    help_request.result = help_request.provision.results.first()
    help_request.save(update_fields=["result"])

    decision = draft(
        officer, help_request, provider=provider, outcome=Decision.Outcome.PARTIAL, result=other_result
    )

    assert decision.result == other_result


# --- bad input: refused with a Dutch reason, nothing half-saved ----------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"reasons": "   "}, "reasons", "Een beschikking zonder motivering kan niet."),
        (
            {"starts_on": datetime.date(2030, 3, 1), "ends_on": datetime.date(2030, 2, 28)},
            "ends_on",
            "De einddatum ligt vóór de ingangsdatum.",
        ),
        (
            {"extent": 9},
            "extent",
            "De omvang van Huishoudelijke ondersteuning is tussen 1 en 8 uren per week.",
        ),
        (
            {"extent": "0,5"},
            "extent",
            "De omvang van Huishoudelijke ondersteuning is tussen 1 en 8 uren per week.",
        ),
        (
            {"extent": "drie"},
            "extent",
            "Vul de omvang in als getal, met hooguit twee cijfers achter de komma.",
        ),
        (
            {"result": None},
            "result",
            "Een toekenning is resultaatgericht: kies het resultaat dat de voorziening moet bereiken.",
        ),
        ({"starts_on": None, "ends_on": None}, "starts_on", "Vul de ingangsdatum in."),
        ({"provider": None}, "provider", "Kies de aanbieder die de zorg in natura levert."),
        (
            {"delivery_form": DeliveryForm.CASH},
            "delivery_form",
            "Huishoudelijke ondersteuning kan alleen als zorg in natura of persoonsgebonden budget (pgb).",
        ),
        ({"budget": Decimal(100)}, "budget", "Bij zorg in natura hoort geen budget; laat het leeg."),
        ({"outcome": "maybe"}, "outcome", "Kies het besluit: toekennen, gedeeltelijk toekennen of afwijzen."),
    ],
)
def test_rule_a_wrong_grant_is_refused_and_nothing_is_saved(
    officer, provider, help_request, changes, field, message
):
    with pytest.raises(ValidationError) as error:
        draft(officer, help_request, **({"provider": provider} | changes))

    assert messages(error, field) == message
    assert not Decision.objects.exists()
    help_request.refresh_from_db()
    assert help_request.status == ProvisionRequest.Status.IN_CHECK
    assert not decision_events(help_request).exists()


def test_rule_every_refusal_is_shown_at_once(officer, help_request):
    with pytest.raises(ValidationError) as error:
        draft(officer, help_request, reasons="", result=None, extent=20, provider=None)

    assert set(error.value.message_dict) == {"reasons", "result", "extent", "provider"}


def test_rule_a_result_of_another_provision_is_refused(officer, provider, catalogue, help_request):
    with pytest.raises(ValidationError) as error:
        draft(officer, help_request, provider=provider, result=catalogue.stair_lift.results.first())

    assert messages(error, "result") == (
        "Dit resultaat hoort niet bij Huishoudelijke ondersteuning; kies een resultaat van deze voorziening."
    )


def test_rule_in_kind_comes_from_a_care_provider_working_in_the_municipality(world, officer, help_request):
    with pytest.raises(ValidationError) as error:
        draft(officer, help_request, provider=world.organisation)
    assert messages(error, "provider") == "Welzijn BV is geen zorgaanbieder."

    elsewhere = factories.OrganisationFactory(name="Zorg Elders", kind=Organisation.Kind.PROVIDER)
    with pytest.raises(ValidationError) as error:
        draft(officer, help_request, provider=elsewhere)
    assert messages(error, "provider") == "Zorg Elders werkt niet in Gemeente A."
    assert not Decision.objects.exists()


def test_rule_a_personal_budget_needs_an_amount(world, officer, catalogue, anna):
    request = checked_request(
        world,
        officer,
        catalogue.household_help,
        anna,
        delivery_form=DeliveryForm.PGB,
        pgb_plan="Mijn buurvrouw.",
    )
    for budget in (None, 0, "-5"):
        with pytest.raises(ValidationError) as error:
            draft(officer, request, budget=budget)
        assert messages(error, "budget").startswith("Vul het budget in euro in: een bedrag groter dan nul")
    assert not Decision.objects.exists()


@pytest.mark.parametrize(
    "given",
    [{"result": "first"}, {"extent": 3}, {"starts_on": "today"}, {"provider": "provider"}, {"budget": 10}],
)
def test_rule_a_denial_grants_nothing(officer, provider, help_request, given):
    values = {
        "result": help_request.provision.results.first(),
        "extent": 3,
        "starts_on": today(),
        "provider": provider,
        "budget": 10,
    }
    field = next(iter(given))

    with pytest.raises(ValidationError) as error:
        services.decision_draft(actor=officer, request=help_request, **deny_fields(**{field: values[field]}))

    assert messages(error, field) == (
        "Een afwijzing kent niets toe: laat resultaat, omvang, periode, aanbieder en budget leeg."
    )
    assert not Decision.objects.exists()


def test_rule_a_provision_with_a_maximum_duration_needs_an_end_within_it(officer, provider, help_request):
    provision = help_request.provision
    provision.max_months = 12
    provision.save(update_fields=["max_months"])
    start = datetime.date(2030, 1, 1)

    with pytest.raises(ValidationError) as error:
        draft(officer, help_request, provider=provider, starts_on=start, ends_on=None)
    assert messages(error, "ends_on") == (
        "Huishoudelijke ondersteuning wordt voor hooguit 12 maanden toegekend; vul een einddatum in."
    )
    with pytest.raises(ValidationError) as error:
        draft(officer, help_request, provider=provider, starts_on=start, ends_on=datetime.date(2031, 1, 1))
    assert messages(error, "ends_on") == (
        "Huishoudelijke ondersteuning wordt voor hooguit 12 maanden toegekend: tot en met 31-12-2030."
    )
    assert draft(
        officer, help_request, provider=provider, starts_on=start, ends_on=datetime.date(2030, 12, 31)
    ).pk


def test_rule_no_decision_before_the_legality_check_is_complete(world, officer, catalogue, anna, provider):
    request = checked_request(world, officer, catalogue.household_help, anna, complete=False)

    with pytest.raises(ValidationError) as error:
        draft(officer, request, provider=provider)

    assert (
        messages(error) == "Rond eerst de rechtmatigheidstoets af; daarna kunt u een beschikking opstellen."
    )
    assert not Decision.objects.exists()


def test_rule_one_open_draft_per_request(officer, provider, help_request):
    first = draft(officer, help_request, provider=provider)

    with pytest.raises(ValidationError) as error:
        services.decision_draft(actor=officer, request=help_request, **deny_fields())

    assert (
        messages(error)
        == f"Er ligt al een beschikking in concept voor deze aanvraag ({first.reference}); werk die bij."
    )
    assert Decision.objects.count() == 1


def test_rule_a_decided_request_gets_no_second_decision(officer, provider, help_request):
    sign(officer, draft(officer, help_request, provider=provider))

    with pytest.raises(ValidationError) as error:
        services.decision_draft(actor=officer, request=help_request, **deny_fields())

    assert messages(error).startswith("Over deze aanvraag is al besloten.")
    assert Decision.objects.count() == 1


# --- editing a draft ------------------------------------------------------------------------------------


def test_a_draft_is_edited_until_it_is_signed(officer, provider, help_request):
    decision = draft(officer, help_request, provider=provider)

    updated = services.decision_update(
        actor=officer,
        decision=decision,
        expected_version=decision.lock_version,
        **grant_fields(help_request, provider=provider, extent=2, outcome=Decision.Outcome.PARTIAL),
    )

    assert (updated.outcome, updated.extent, updated.lock_version) == ("partial", Decimal(2), 2)
    stored = Decision.objects.get(pk=decision.pk)
    assert (stored.outcome, stored.extent) == ("partial", Decimal(2))

    with pytest.raises(StaleVersion):
        services.decision_update(
            actor=officer,
            decision=decision,
            expected_version=1,
            **grant_fields(help_request, provider=provider),
        )

    sent = sign(officer, stored)
    with pytest.raises(ValidationError) as error:
        services.decision_update(
            actor=officer,
            decision=sent,
            expected_version=sent.lock_version,
            **grant_fields(help_request, provider=provider),
        )
    assert messages(error) == "Een ondertekende beschikking verandert niet."
    assert Decision.objects.get(pk=decision.pk).extent == Decimal(2)


def test_rule_an_edit_is_checked_like_a_draft(officer, provider, help_request):
    decision = draft(officer, help_request, provider=provider)

    with pytest.raises(ValidationError) as error:
        services.decision_update(
            actor=officer,
            decision=decision,
            expected_version=decision.lock_version,
            **grant_fields(help_request, provider=provider, reasons=""),
        )

    assert messages(error, "reasons") == "Een beschikking zonder motivering kan niet."
    stored = Decision.objects.get(pk=decision.pk)
    assert (stored.reasons, stored.lock_version) == (REASONS, 1)


# --- four eyes ------------------------------------------------------------------------------------------


def test_four_eyes_a_second_officer_signs_before_the_decision_is_sent(
    officer, second_officer, provider, lift_request
):
    decision = sign(officer, draft(officer, lift_request, provider=provider))

    assert decision.status == Decision.Status.AWAITING_SECOND
    assert (decision.signed_by, decision.sent_on, decision.letter_pdf) == (officer, None, None)
    lift_request.refresh_from_db()
    assert lift_request.status == ProvisionRequest.Status.IN_CHECK

    decision = sign(second_officer, decision)

    assert decision.status == Decision.Status.SENT
    assert (decision.signed_by, decision.second_signed_by, decision.sent_on) == (
        officer,
        second_officer,
        today(),
    )
    assert bytes(Decision.objects.get(pk=decision.pk).letter_pdf).startswith(b"%PDF")


def test_rule_four_eyes_nobody_signs_their_own_decision_as_second(
    officer, second_officer, provider, lift_request
):
    decision = sign(officer, draft(officer, lift_request, provider=provider))

    with pytest.raises(ValidationError) as error:
        sign(officer, decision)

    assert messages(error) == "U kunt uw eigen beschikking niet als tweede ondertekenen (vier ogen)."
    stored = Decision.objects.get(pk=decision.pk)
    assert (stored.status, stored.second_signed_by, stored.sent_on) == ("awaiting_second", None, None)


def test_rule_four_eyes_the_drafter_is_not_the_second_signer_either(
    officer, second_officer, provider, lift_request
):
    decision = sign(second_officer, draft(officer, lift_request, provider=provider))

    with pytest.raises(ValidationError) as error:
        sign(officer, decision)

    assert messages(error) == "U kunt uw eigen beschikking niet als tweede ondertekenen (vier ogen)."
    assert Decision.objects.get(pk=decision.pk).status == Decision.Status.AWAITING_SECOND


def test_rule_a_sent_decision_is_not_signed_again(officer, second_officer, provider, help_request):
    decision = sign(officer, draft(officer, help_request, provider=provider))

    with pytest.raises(ValidationError) as error:
        sign(second_officer, decision)

    assert messages(error, NON_FIELD_ERRORS) == "Deze beschikking is al ondertekend en verzonden."


# --- need to know ---------------------------------------------------------------------------------------


def test_need_to_know_only_officers_of_the_municipality_decide(
    world, officer, other_officer, provider, help_request
):
    for outsider in (other_officer, world.generalist):
        with pytest.raises(PermissionDenied):
            draft(outsider, help_request, provider=provider)
    decision = draft(officer, help_request, provider=provider)
    for outsider in (other_officer, world.generalist):
        with pytest.raises(PermissionDenied):
            sign(outsider, decision)
        with pytest.raises(PermissionDenied):
            services.decision_update(
                actor=outsider,
                decision=decision,
                expected_version=decision.lock_version,
                **grant_fields(help_request, provider=provider),
            )
    stored = Decision.objects.get()
    assert (stored.status, stored.signed_by, stored.lock_version) == ("draft", None, 1)
