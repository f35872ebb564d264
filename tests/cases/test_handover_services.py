"""Warm hand-overs: consent, the override, and the partner's answers (issue 4, item 8)."""

import datetime
import logging

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.utils import timezone

from plein.areas.models import Role
from plein.areas.services import membership_add
from plein.cases import services
from plein.cases.models import CaseEvent, Handover
from plein.cases.selectors import handovers_for_partner
from tests import factories

TODAY = timezone.localdate
INFO = "Huishouden met huurachterstand van drie maanden; inkomsten en vaste lasten staan in de bijlage."


@pytest.fixture
def anna(open_case):
    return open_case.household.memberships.order_by("id").first().resident


def _send(actor, case, organisation, **fields):
    return services.handover_send(
        actor=actor, case=case, organisation=organisation, information=INFO, **fields
    )


def _with_consent(resident):
    return {"consent_given_by": resident, "consent_method": "verbal", "consent_recorded_on": TODAY()}


@pytest.fixture
def sent(world, open_case, partner_org, anna):
    return _send(world.generalist, open_case, partner_org, **_with_consent(anna))


def _messages(error, field=NON_FIELD_ERRORS):
    return " ".join(error.value.message_dict[field])


# --- consent ---------------------------------------------------------------------------------------


def test_rule_hand_over_without_consent_is_refused_with_the_reason(world, open_case, partner_org):
    with pytest.raises(ValidationError) as error:
        _send(world.generalist, open_case, partner_org)

    assert _messages(error, "consent_given_by").startswith(
        "Zonder toestemming van de inwoner gaat er geen informatie naar een partner."
    )
    assert not Handover.objects.exists()


def test_a_hand_over_with_the_residents_consent_is_sent(world, open_case, partner_org, anna, sent):
    assert sent.status == Handover.Status.SENT
    assert (sent.consent_given_by, sent.consent_method, sent.consent_recorded_on) == (anna, "verbal", TODAY())
    assert sent.sent_by == world.generalist
    assert open_case.events.filter(
        kind=CaseEvent.Kind.HANDOVER, note="Warme overdracht aan Schuldhulp Noord verstuurd."
    ).exists()
    assert not open_case.events.filter(kind=CaseEvent.Kind.CONSENT_OVERRIDE).exists()


def test_rule_consent_comes_from_a_current_member_of_the_household(
    world, open_case, partner_org, register_resident
):
    neighbour = register_resident(first_names="Bert", last_name="Buur")

    with pytest.raises(ValidationError) as error:
        _send(world.generalist, open_case, partner_org, **_with_consent(neighbour))

    assert "woont niet (meer) in dit huishouden" in _messages(error, "consent_given_by")


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"consent_method": ""}, "consent_method", "mondeling, schriftelijk of via het portaal"),
        ({"consent_recorded_on": None}, "consent_recorded_on", "op welke datum"),
        ({"consent_recorded_on": datetime.date(2999, 1, 1)}, "consent_recorded_on", "toekomst"),
    ],
)
def test_rule_consent_is_recorded_with_method_and_date(
    world, open_case, partner_org, anna, changes, field, message
):
    with pytest.raises(ValidationError) as error:
        _send(world.generalist, open_case, partner_org, **{**_with_consent(anna), **changes})

    assert message in _messages(error, field)


def test_rule_consent_override_only_with_a_reason_on_the_timeline_and_logged_with_ids_only(
    world, open_case, partner_org, caplog
):
    with pytest.raises(ValidationError):
        _send(world.generalist, open_case, partner_org, consent_override_reason="   ")

    with caplog.at_level(logging.WARNING, logger="plein.cases.services.handover"):
        handover = _send(
            world.generalist,
            open_case,
            partner_org,
            consent_override_reason="Acuut gevaar: ontruiming morgen.",
        )

    assert handover.consent_given_by is None
    assert handover.consent_override_reason == "Acuut gevaar: ontruiming morgen."
    override = open_case.events.get(kind=CaseEvent.Kind.CONSENT_OVERRIDE)
    assert "zonder toestemming" in override.note and "Acuut gevaar" in override.note
    assert override.actor == world.generalist
    (record,) = [r for r in caplog.records if r.name == "plein.cases.services.handover"]
    logged = record.getMessage()
    assert f"Hand-over {handover.pk} of case {open_case.pk}" in logged
    assert f"organisation {partner_org.pk}" in logged and f"professional {world.generalist.pk}" in logged
    for name in (
        "Anna",
        "Jansen",
        "Schuldhulp",
        "ontruiming",
        open_case.reference,
        world.generalist.username,
    ):
        assert name not in logged


def test_hand_over_goes_only_to_an_organisation_working_in_the_municipality(world, open_case, anna):
    elsewhere = factories.OrganisationFactory(name="Hulp Elders")

    with pytest.raises(ValidationError) as error:
        _send(world.generalist, open_case, elsewhere, **_with_consent(anna))

    assert "Hulp Elders werkt niet in Gemeente A." in _messages(error, "organisation")


def test_hand_over_needs_the_information_for_the_partner(world, open_case, partner_org, anna):
    with pytest.raises(ValidationError) as error:
        services.handover_send(
            actor=world.generalist,
            case=open_case,
            organisation=partner_org,
            information=" ",
            **_with_consent(anna),
        )

    assert "niet opnieuw hoeft te vertellen" in _messages(error, "information")


def test_a_plan_item_is_handed_over_once_while_it_runs(world, draft_plan, partner_org, partner_user):
    case = draft_plan.case
    item = draft_plan.items.get()
    resident = case.household.memberships.order_by("id").first().resident
    first = _send(world.generalist, case, partner_org, plan_item=item, **_with_consent(resident))

    with pytest.raises(ValidationError) as error:
        _send(world.generalist, case, partner_org, plan_item=item, **_with_consent(resident))

    assert "al aan Schuldhulp Noord overgedragen" in _messages(error, "organisation")
    assert case.events.filter(note__contains="voor het onderdeel ‘Netwerk / mantelzorg’").exists()
    services.handover_decline(actor=partner_user, handover=first, reason="Geen plek.")
    assert _send(world.generalist, case, partner_org, plan_item=item, **_with_consent(resident)).pk


# --- the lifecycle ---------------------------------------------------------------------------------


def test_lifecycle_sent_accepted_done_by_the_receiving_organisation(partner_user, sent, open_case):
    services.handover_accept(actor=partner_user, handover=sent)
    sent.refresh_from_db()
    assert (sent.status, sent.responded_by) == (Handover.Status.ACCEPTED, partner_user)

    services.handover_complete(actor=partner_user, handover=sent, succeeded=True)

    sent.refresh_from_db()
    assert (sent.status, sent.succeeded) == (Handover.Status.DONE, True) and sent.done_at is not None
    notes = list(open_case.events.filter(kind=CaseEvent.Kind.HANDOVER).values_list("note", flat=True))
    assert notes[-2:] == [
        "Schuldhulp Noord heeft de overdracht geaccepteerd.",
        "Overdracht aan Schuldhulp Noord afgerond: de hulp is geslaagd.",
    ]


def test_rule_decline_needs_a_reason_and_ends_the_lifecycle(partner_user, sent):
    with pytest.raises(ValidationError) as error:
        services.handover_decline(actor=partner_user, handover=sent, reason="")
    assert "waarom u de overdracht weigert" in _messages(error, "reason")

    services.handover_decline(actor=partner_user, handover=sent, reason="Wachtlijst van een half jaar.")
    sent.refresh_from_db()
    assert (sent.status, sent.decline_reason) == (Handover.Status.DECLINED, "Wachtlijst van een half jaar.")

    with pytest.raises(ValidationError) as error:
        services.handover_accept(actor=partner_user, handover=sent)
    assert "de overdracht is al geweigerd" in _messages(error)


def test_rule_an_answer_is_given_once(partner_user, sent):
    services.handover_accept(actor=partner_user, handover=sent)

    with pytest.raises(ValidationError) as error:
        services.handover_accept(actor=partner_user, handover=sent)

    assert "al geaccepteerd" in _messages(error)


def test_rule_done_only_after_the_partner_accepted(partner_user, sent):
    with pytest.raises(ValidationError) as error:
        services.handover_complete(actor=partner_user, handover=sent, succeeded=True)

    assert "nog niet geaccepteerd" in _messages(error)
    sent.refresh_from_db()
    assert sent.status == Handover.Status.SENT


def test_rule_help_that_did_not_succeed_says_why(partner_user, sent):
    services.handover_accept(actor=partner_user, handover=sent)

    with pytest.raises(ValidationError) as error:
        services.handover_complete(actor=partner_user, handover=sent, succeeded=False, outcome_note=" ")
    assert "schrijf kort op waarom" in _messages(error, "outcome_note")

    services.handover_complete(
        actor=partner_user, handover=sent, succeeded=False, outcome_note="Inwoner kwam niet op de afspraken."
    )
    sent.refresh_from_db()
    assert (sent.succeeded, sent.outcome_note) == (False, "Inwoner kwam niet op de afspraken.")


def test_rule_only_the_receiving_organisations_people_respond(world, sent):
    other_org = factories.OrganisationFactory(name="Thuiszorg West")
    other_partner = factories.ProfessionalFactory(username="anderepartner")
    membership_add(
        professional=other_partner,
        role=Role.NETWORK_PARTNER,
        organisation=other_org,
        municipality=world.municipality,
        starts_on=datetime.date(2020, 1, 1),
        hours_per_week=24,
    )

    for outsider in (world.generalist, other_partner):
        with pytest.raises(PermissionDenied):
            services.handover_accept(actor=outsider, handover=sent)
        with pytest.raises(PermissionDenied):
            services.handover_decline(actor=outsider, handover=sent, reason="Niet voor ons.")
    sent.refresh_from_db()
    assert sent.status == Handover.Status.SENT


def test_rule_the_coordinator_may_record_that_the_help_is_done_other_case_workers_may_not(
    world, open_case, partner_user, team_coordinator, sent
):
    services.handover_accept(actor=partner_user, handover=sent)
    with pytest.raises(PermissionDenied):
        services.handover_complete(actor=world.generalist, handover=sent, succeeded=True)

    services.coordinator_assign(actor=world.generalist, case=open_case, professional=world.generalist)
    sent.refresh_from_db()
    with pytest.raises(PermissionDenied):
        services.handover_complete(actor=team_coordinator, handover=sent, succeeded=True)
    services.handover_complete(actor=world.generalist, handover=sent, succeeded=True)

    sent.refresh_from_db()
    assert sent.status == Handover.Status.DONE


def test_rule_only_the_partner_role_reads_hand_overs_addressed_to_its_organisation(
    world, open_case, partner_org, partner_user, anna
):
    """A team member seconded by the receiving organisation (two-legs principle) is no partner."""
    handover = services.handover_send(
        actor=world.generalist,
        case=open_case,
        organisation=partner_org,
        information="Hulp bij de administratie.",
        consent_given_by=anna,
        consent_method="verbal",
        consent_recorded_on=timezone.localdate(),
    )
    seconded = factories.ProfessionalFactory(username="gedetacheerd")
    membership_add(
        professional=seconded,
        role=Role.GENERALIST,
        organisation=partner_org,
        team=world.other_team,
        starts_on=datetime.date(2020, 1, 1),
    )

    assert list(handovers_for_partner(user=partner_user)) == [handover]
    assert list(handovers_for_partner(user=seconded)) == []
