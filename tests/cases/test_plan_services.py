"""The support plan: versions, items, completeness, signatures and optimistic locking (issue 4, item 6)."""

import datetime

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.utils import timezone

from plein.cases import services
from plein.cases.models import Case, CaseEvent, PlanItem, Signature, SupportPlan
from plein.people.services import household_end_membership

TODAY = timezone.localdate


def _residents(case):
    return [membership.resident for membership in case.household.memberships.order_by("id")]


def _update(actor, plan, **changes):
    values = {
        "result_aimed_for": plan.result_aimed_for,
        "timeline": plan.timeline,
        "evaluate_on": plan.evaluate_on,
        "societal_contribution": plan.societal_contribution,
        "agreements": plan.agreements,
        **changes,
    }
    return services.plan_update(actor=actor, plan=plan, expected_version=plan.lock_version, **values)


def _sign(actor, plan, signer, *, resident=None, on=None, method="on_screen"):
    return services.plan_sign(
        actor=actor, plan=plan, signer=signer, resident=resident, signed_on=on or TODAY(), method=method
    )


def _add_item(actor, plan, **fields):
    values = {
        "rung": PlanItem.Rung.TEAM_SUPPORT,
        "description": "Budgetcoaching: elke twee weken een gesprek.",
        "performed_by": "Generalist van Team Noord",
        "starts_on": TODAY(),
        **fields,
    }
    return services.plan_item_add(actor=actor, plan=plan, **values)


def _messages(error: ValidationError, field: str = NON_FIELD_ERRORS) -> str:
    return " ".join(error.value.message_dict[field])


# --- starting a plan -------------------------------------------------------------------------------


def test_starting_a_plan_after_the_broad_conversation_moves_the_case_to_the_plan_phase(
    world, conversation_case
):
    plan = services.plan_start(actor=world.generalist, case=conversation_case)

    assert (plan.version, plan.status) == (1, SupportPlan.Status.DRAFT)
    assert Case.objects.get(pk=conversation_case.pk).state == Case.State.PLAN
    assert conversation_case.events.filter(kind=CaseEvent.Kind.PLAN, note__contains="Versie 1").exists()


def test_a_plan_is_not_started_before_the_broad_conversation(world, open_case):
    with pytest.raises(ValidationError) as error:
        services.plan_start(actor=world.generalist, case=open_case)

    assert "brede gesprek" in _messages(error)
    assert not open_case.plans.exists()


def test_rule_one_draft_at_a_time_starting_again_returns_the_draft(world, draft_plan):
    again = services.plan_start(actor=world.generalist, case=draft_plan.case)

    assert again.pk == draft_plan.pk
    assert draft_plan.case.plans.count() == 1


def test_a_colleague_of_another_team_may_not_start_or_change_the_plan(world, draft_plan):
    with pytest.raises(PermissionDenied):
        services.plan_start(actor=world.other_generalist, case=draft_plan.case)
    with pytest.raises(PermissionDenied):
        _update(world.other_generalist, draft_plan, result_aimed_for="Iets anders")


# --- completeness ----------------------------------------------------------------------------------


def test_rule_a_plan_without_any_item_cannot_be_signed(world, conversation_case):
    plan = services.plan_start(actor=world.generalist, case=conversation_case)
    plan = _update(world.generalist, plan, result_aimed_for="Rust in de financiën.", timeline="Een jaar.")

    with pytest.raises(ValidationError) as error:
        _sign(world.generalist, plan, Signature.Signer.PROFESSIONAL)

    assert "Een plan zonder onderdelen kan niet ondertekend worden." in error.value.messages
    assert services.plan_missing(plan) == ["ten minste één onderdeel van het arrangement"]
    assert not plan.signatures.exists()


def test_rule_a_signature_before_the_plan_is_complete_is_refused(world, conversation_case):
    plan = services.plan_start(actor=world.generalist, case=conversation_case)
    _add_item(world.generalist, plan)
    anna = _residents(conversation_case)[0]

    with pytest.raises(ValidationError) as error:
        _sign(world.generalist, plan, Signature.Signer.RESIDENT, resident=anna)

    assert "Het plan is nog niet compleet. Nog nodig: het beoogde resultaat, het tijdpad." in _messages(error)
    assert not plan.signatures.exists()


def test_a_complete_plan_misses_nothing(draft_plan):
    assert services.plan_missing(draft_plan) == []


# --- signing ---------------------------------------------------------------------------------------


def test_rule_both_resident_and_professional_sign_before_the_plan_is_in_force(world, draft_plan):
    case = draft_plan.case
    anna = _residents(case)[0]

    _sign(world.generalist, draft_plan, Signature.Signer.RESIDENT, resident=anna, method="paper")
    draft_plan.refresh_from_db()
    assert draft_plan.status == SupportPlan.Status.DRAFT
    assert Case.objects.get(pk=case.pk).state == Case.State.PLAN

    plan = _sign(world.generalist, draft_plan, Signature.Signer.PROFESSIONAL, method="on_screen")

    plan.refresh_from_db()
    assert plan.status == SupportPlan.Status.SIGNED and plan.signed_at is not None
    assert Case.objects.get(pk=case.pk).state == Case.State.EXECUTION
    signatures = {s.signer: s for s in plan.signatures.all()}
    assert signatures["resident"].resident == anna and signatures["resident"].method == "paper"
    assert signatures["professional"].professional == world.generalist
    assert signatures["professional"].signed_on == TODAY()
    assert case.events.filter(kind=CaseEvent.Kind.PLAN_SIGNED).count() == 1


def test_rule_the_resident_who_signs_lives_in_the_household_now(world, draft_plan, register_resident):
    stranger = register_resident(first_names="Bert", last_name="Buiten")
    kees = _residents(draft_plan.case)[1]
    household_end_membership(
        actor=world.front_office,
        membership=kees.household_memberships.get(ends_on__isnull=True),
        ends_on=TODAY(),
    )

    for resident in (stranger, kees):
        with pytest.raises(ValidationError) as error:
            _sign(world.generalist, draft_plan, Signature.Signer.RESIDENT, resident=resident)
        assert "woont niet (meer) in dit huishouden" in _messages(error, "resident")
    with pytest.raises(ValidationError) as error:
        _sign(world.generalist, draft_plan, Signature.Signer.RESIDENT)
    assert "Kies de inwoner die tekent." in _messages(error, "resident")
    assert not draft_plan.signatures.exists()


def test_rule_a_signature_has_a_date_not_in_the_future_and_a_method_paper_screen_or_portal(world, draft_plan):
    with pytest.raises(ValidationError) as error:
        _sign(world.generalist, draft_plan, Signature.Signer.PROFESSIONAL, method="fax")
    assert "op papier, op het scherm of via het portaal" in _messages(error, "method")

    with pytest.raises(ValidationError) as error:
        _sign(
            world.generalist,
            draft_plan,
            Signature.Signer.PROFESSIONAL,
            on=TODAY() + datetime.timedelta(days=1),
        )
    assert "toekomst" in _messages(error, "signed_on")

    with pytest.raises(ValidationError) as error:
        _sign(world.generalist, draft_plan, Signature.Signer.PROFESSIONAL, on=datetime.date(2000, 1, 1))
    assert "bestond deze versie van het plan nog niet" in _messages(error, "signed_on")

    _sign(world.generalist, draft_plan, Signature.Signer.PROFESSIONAL, method="portal")
    assert draft_plan.signatures.get().method == Signature.Method.PORTAL


def test_rule_each_signer_signs_a_version_once(world, draft_plan):
    _sign(world.generalist, draft_plan, Signature.Signer.PROFESSIONAL)

    with pytest.raises(ValidationError) as error:
        _sign(world.generalist, draft_plan, Signature.Signer.PROFESSIONAL)

    assert "De professional heeft deze versie al ondertekend." in _messages(error, "signer")


def test_rule_changing_a_partly_signed_draft_voids_the_signature_so_both_sign_the_same_text(
    world, draft_plan
):
    anna = _residents(draft_plan.case)[0]
    _sign(world.generalist, draft_plan, Signature.Signer.RESIDENT, resident=anna)
    draft_plan.refresh_from_db()

    _add_item(
        world.generalist,
        draft_plan,
        rung=PlanItem.Rung.VOLUNTEER,
        description="Maatje via de vrijwilligerscentrale",
    )

    assert not draft_plan.signatures.exists()
    assert draft_plan.case.events.filter(note__contains="die handtekening vervalt").exists()


# --- a signed version never changes ------------------------------------------------------------------


def test_rule_a_signed_version_never_changes(world, draft_plan, sign_plan):
    plan = sign_plan(draft_plan)
    plan.refresh_from_db()
    item = plan.items.get()
    message = "Een ondertekend plan verandert niet; maak een nieuwe versie."

    with pytest.raises(ValidationError) as error:
        _update(world.generalist, plan, result_aimed_for="Stiekem iets anders")
    assert message in _messages(error)
    with pytest.raises(ValidationError) as error:
        _add_item(world.generalist, plan)
    assert message in _messages(error)
    with pytest.raises(ValidationError) as error:
        services.plan_item_remove(actor=world.generalist, item=item)
    assert message in _messages(error)
    with pytest.raises(ValidationError) as error:
        _sign(world.generalist, plan, Signature.Signer.PROFESSIONAL)
    assert message in _messages(error)

    fresh = SupportPlan.objects.get(pk=plan.pk)
    assert fresh.result_aimed_for == draft_plan.result_aimed_for
    assert list(fresh.items.values_list("pk", flat=True)) == [item.pk]
    assert fresh.signatures.count() == 2


def test_rule_a_change_starts_a_new_version_copying_the_fields_and_items(world, draft_plan, sign_plan):
    signed = sign_plan(draft_plan)

    new = services.plan_start(actor=world.generalist, case=signed.case)

    assert (new.version, new.status) == (2, SupportPlan.Status.DRAFT)
    for field in ("result_aimed_for", "timeline", "evaluate_on", "societal_contribution", "agreements"):
        assert getattr(new, field) == getattr(signed, field)
    copied = list(new.items.values_list("rung", "description", "performed_by", "starts_on"))
    assert copied == list(signed.items.values_list("rung", "description", "performed_by", "starts_on"))
    assert not set(new.items.values_list("pk", flat=True)) & set(signed.items.values_list("pk", flat=True))
    assert not new.signatures.exists()
    # The case keeps executing the signed plan while the new version is being written.
    assert Case.objects.get(pk=signed.case_id).state == Case.State.EXECUTION

    services.plan_item_remove(actor=world.generalist, item=new.items.get())
    assert signed.items.count() == 1


def test_rule_signing_the_new_version_supersedes_the_old_which_stays_intact(world, draft_plan, sign_plan):
    first = sign_plan(draft_plan)
    case = first.case
    case.refresh_from_db()
    services.case_change_state(
        actor=world.generalist, case=case, to_state=Case.State.EVALUATION, expected_version=case.lock_version
    )
    second = services.plan_start(actor=world.generalist, case=case)
    assert Case.objects.get(pk=case.pk).state == Case.State.PLAN
    second = _update(world.generalist, second, result_aimed_for="Schuldenvrij en een vaste baan.")

    sign_plan(second)

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == SupportPlan.Status.SUPERSEDED
    assert second.status == SupportPlan.Status.SIGNED
    assert first.result_aimed_for == "Anna en Kees hebben over een jaar geen betalingsachterstanden meer."
    assert first.items.count() == 1 and first.signatures.count() == 2
    assert Case.objects.get(pk=case.pk).state == Case.State.EXECUTION


# --- optimistic locking ----------------------------------------------------------------------------


def test_optimistic_locking_a_second_concurrent_edit_of_the_plan_is_refused(
    world, draft_plan, team_coordinator
):
    seen_by_first = SupportPlan.objects.get(pk=draft_plan.pk)
    seen_by_second = SupportPlan.objects.get(pk=draft_plan.pk)

    _update(world.generalist, seen_by_first, agreements="Eerste versie van de afspraken.")
    with pytest.raises(ValidationError) as error:
        _update(team_coordinator, seen_by_second, agreements="Tweede, gelijktijdige versie.")

    assert _messages(error) == (
        "Iemand anders heeft dit plan intussen gewijzigd. Uw invoer staat nog in het formulier; "
        "bekijk de nieuwe versie en sla opnieuw op."
    )
    assert SupportPlan.objects.get(pk=draft_plan.pk).agreements == "Eerste versie van de afspraken."


def test_optimistic_locking_a_signature_makes_an_open_edit_form_outdated(world, draft_plan):
    opened_form = SupportPlan.objects.get(pk=draft_plan.pk)
    _sign(world.generalist, draft_plan, Signature.Signer.PROFESSIONAL)

    with pytest.raises(ValidationError) as error:
        _update(world.generalist, opened_form, timeline="Ander tijdpad")

    assert "intussen gewijzigd" in _messages(error)
    assert draft_plan.signatures.exists()


# --- arrangement items -----------------------------------------------------------------------------


def test_an_item_sits_on_a_rung_of_the_ladder_with_who_and_from_when(world, draft_plan):
    item = _add_item(world.generalist, draft_plan, rung=PlanItem.Rung.OWN_STRENGTH, performed_by="Anna")

    assert (item.get_rung_display(), item.performed_by, item.starts_on) == ("Eigen kracht", "Anna", TODAY())
    assert [i.rung for i in draft_plan.items.all()] == [1, 2]


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"rung": 8}, "rung", "Kies een trede van de ladder"),
        ({"description": "  "}, "description", "Schrijf op wat er gebeurt."),
        ({"performed_by": ""}, "performed_by", "Schrijf op wie het doet."),
        ({"performed_by": "x" * 201}, "performed_by", "hooguit 200 tekens"),
        (
            {"starts_on": datetime.date(2025, 3, 1), "ends_on": datetime.date(2025, 2, 1)},
            "ends_on",
            "De einddatum ligt vóór de begindatum.",
        ),
    ],
)
def test_bad_input_for_an_item_is_refused_next_to_the_field(world, draft_plan, fields, field, message):
    with pytest.raises(ValidationError) as error:
        _add_item(world.generalist, draft_plan, **fields)

    assert message in _messages(error, field)
    assert draft_plan.items.count() == 1


def test_an_item_names_only_an_organisation_working_in_the_municipality(world, draft_plan, partner_org):
    from tests import factories

    elsewhere = factories.OrganisationFactory(name="Zorg Elders")
    elsewhere.municipalities.add(world.other_municipality)

    with pytest.raises(ValidationError) as error:
        _add_item(world.generalist, draft_plan, organisation=elsewhere)
    assert "Zorg Elders werkt niet in Gemeente A." in _messages(error, "organisation")

    item = _add_item(world.generalist, draft_plan, organisation=partner_org)
    assert item.organisation == partner_org
