"""Allocations (toewijzingen) to the provider of a granted provision in kind, with the warm hand-over
on the case when the resident consented (issue 6, item 7)."""

import datetime
import re
from pathlib import Path

import pytest
import xmlschema
from django.core.exceptions import PermissionDenied, ValidationError

import plein.decisions
from plein.cases.models import CaseEvent, Handover
from plein.decisions import services
from plein.decisions.models import Allocation, Decision, DeliveryForm, Frequency, Unit
from plein.people.models import Resident
from tests.decisions.decision_steps import checked_request, deny_fields, draft, messages, sign, today

BSN = "111222333"  # passes the eleven test
BASISSCHEMA = Path(plein.decisions.__file__).parent / "istandaarden" / "iwmo" / "basisschema.xsd"


@pytest.fixture
def anna_with_bsn(anna):
    Resident.objects.filter(pk=anna.pk).update(bsn=BSN)
    anna.refresh_from_db()
    return anna


def granted(
    world, officer, provision, resident, provider, *, plan_item=None, consent=True, **changes
) -> Decision:
    request = checked_request(
        world, officer, provision, resident, plan_item=plan_item, consent_to_share=consent
    )
    return sign(officer, draft(officer, request, provider=provider, **changes))


@pytest.fixture
def grant(world, officer, catalogue, provider, signed_plan_item, anna_with_bsn):
    """Household help for Anna, 3 hours a week in kind by the provider, from the plan; she consented
    to sharing with the provider."""
    return granted(
        world, officer, catalogue.household_help, anna_with_bsn, provider, plan_item=signed_plan_item
    )


def allocate(actor, decision, **fields) -> Allocation:
    return services.allocation_create(actor=actor, decision=decision, **fields)


def nothing_allocated() -> bool:
    return not Allocation.objects.exists() and not Handover.objects.exists()


def test_an_allocation_copies_the_decision_for_the_istandaarden_message(officer, provider, grant):
    allocation = allocate(officer, grant)

    assert re.fullmatch(r"[1-9][0-9]{8}", allocation.number)
    assert xmlschema.XMLSchema(BASISSCHEMA).types["LDT_Nummer"].is_valid(allocation.number)
    assert allocation.provider == provider
    assert (allocation.product_category, allocation.product_code) == ("01", "01A01")
    assert (allocation.volume, allocation.unit, allocation.frequency) == (3, Unit.HOUR, Frequency.PER_WEEK)
    assert (allocation.starts_on, allocation.ends_on) == (grant.starts_on, grant.ends_on)
    assert (allocation.status, allocation.allocated_by) == (Allocation.Status.ALLOCATED, officer)
    assert grant.request.case.events.filter(
        kind=CaseEvent.Kind.ALLOCATION, note=f"Toewijzing {allocation.number} aan {provider} verstuurd."
    ).exists()


def test_with_consent_the_provider_gets_a_warm_hand_over_on_the_case(
    officer, provider, grant, signed_plan_item, anna_with_bsn
):
    allocation = allocate(officer, grant)

    handover = allocation.handover
    assert handover is not None
    assert (handover.case, handover.plan_item, handover.organisation) == (
        grant.request.case,
        signed_plan_item,
        provider,
    )
    assert (handover.consent_given_by, handover.consent_method, handover.consent_recorded_on) == (
        anna_with_bsn,
        Handover.ConsentMethod.WRITTEN,
        today(),
    )
    assert (handover.status, handover.sent_by) == (Handover.Status.SENT, officer)
    assert "Resultaat: Een schoon en leefbaar huis." in handover.information
    assert grant.request.justification in handover.information
    assert grant.request.case.events.filter(kind=CaseEvent.Kind.HANDOVER).exists()


def test_the_officer_may_write_the_hand_over_information(officer, grant):
    allocation = allocate(officer, grant, handover_information="  Bel Anna vóór het eerste bezoek.  ")

    assert allocation.handover.information == "Bel Anna vóór het eerste bezoek."


def test_without_consent_nothing_but_the_allocation_goes_to_the_provider(
    world, officer, catalogue, provider, signed_plan_item, anna_with_bsn
):
    decision = granted(
        world,
        officer,
        catalogue.household_help,
        anna_with_bsn,
        provider,
        plan_item=signed_plan_item,
        consent=False,
    )

    allocation = allocate(officer, decision)

    assert allocation.handover is None
    assert not Handover.objects.exists()
    assert decision.request.case.events.filter(kind=CaseEvent.Kind.ALLOCATION).exists()


def test_an_allocation_may_start_later_within_the_decisions_period(officer, grant):
    later = grant.starts_on + datetime.timedelta(days=14)

    assert allocate(officer, grant, starts_on=later).starts_on == later


# --- bad input -----------------------------------------------------------------------------------------


def test_rule_no_allocation_without_the_residents_bsn(
    world, officer, catalogue, provider, signed_plan_item, anna
):
    decision = granted(world, officer, catalogue.household_help, anna, provider, plan_item=signed_plan_item)

    with pytest.raises(ValidationError) as error:
        allocate(officer, decision)

    assert messages(error) == (
        "Van Anna Jansen is geen BSN bekend; vul dat aan bij de inwoner. Een toewijzing gaat altijd met "
        "het BSN naar de aanbieder."
    )
    assert nothing_allocated()


def test_rule_no_allocation_to_a_provider_without_an_agb_code(officer, provider, grant):
    provider.agb_code = ""
    provider.save(update_fields=["agb_code"])

    with pytest.raises(ValidationError) as error:
        allocate(officer, grant)

    assert messages(error) == (
        "Thuiszorg West-Friesland heeft geen AGB-code; vul die aan bij de organisatie. Zonder AGB-code "
        "kan de aanbieder de toewijzing niet ontvangen."
    )
    assert nothing_allocated()


def test_rule_no_allocation_of_a_provision_without_a_product_category(officer, grant):
    provision = grant.request.provision
    provision.product_category = ""
    provision.save(update_fields=["product_category"])

    with pytest.raises(ValidationError) as error:
        allocate(officer, grant)

    assert (
        messages(error)
        == "Huishoudelijke ondersteuning heeft geen productcategorie; vul die in de catalogus aan."
    )
    assert nothing_allocated()


def test_rule_only_a_sent_grant_in_kind_is_allocated(world, officer, catalogue, provider, anna_with_bsn):
    concept = draft(
        officer, checked_request(world, officer, catalogue.household_help, anna_with_bsn), provider=provider
    )
    with pytest.raises(ValidationError) as error:
        allocate(officer, concept)
    assert messages(error) == (
        "Alleen een verzonden beschikking die nog geldt, kan aan een aanbieder worden toegewezen."
    )

    Decision.objects.filter(pk=concept.pk).delete()
    denial = sign(officer, services.decision_draft(actor=officer, request=concept.request, **deny_fields()))
    with pytest.raises(ValidationError) as error:
        allocate(officer, denial)
    assert messages(error) == "Een afwijzing wordt niet toegewezen aan een aanbieder."

    pgb_request = checked_request(
        world,
        officer,
        catalogue.household_help,
        anna_with_bsn,
        delivery_form=DeliveryForm.PGB,
        pgb_plan="Mijn buurvrouw helpt, ik betaal haar uit het pgb.",
    )
    pgb = sign(officer, draft(officer, pgb_request))
    with pytest.raises(ValidationError) as error:
        allocate(officer, pgb)
    assert messages(error) == (
        "Alleen zorg in natura wordt toegewezen; bij een pgb of geld regelt de inwoner het zelf."
    )
    assert nothing_allocated()


def test_rule_one_running_allocation_per_decision(officer, grant):
    first = allocate(officer, grant)

    with pytest.raises(ValidationError) as error:
        allocate(officer, grant)

    assert (
        messages(error)
        == f"Deze beschikking is al toegewezen aan Thuiszorg West-Friesland (toewijzing {first.number})."
    )
    assert Allocation.objects.count() == 1 and Handover.objects.count() == 1


def test_rule_an_allocation_starts_within_the_decisions_period(officer, grant):
    with pytest.raises(ValidationError) as error:
        allocate(officer, grant, starts_on=grant.starts_on - datetime.timedelta(days=1))

    assert messages(error, "starts_on") == (
        f"De toewijzing begint binnen de periode van de beschikking: vanaf {grant.starts_on:%d-%m-%Y} "
        f"tot en met {grant.ends_on:%d-%m-%Y}."
    )
    assert nothing_allocated()


# --- need to know ---------------------------------------------------------------------------------------


def test_need_to_know_an_officer_of_another_municipality_allocates_nothing(world, other_officer, grant):
    for outsider in (other_officer, world.generalist):
        with pytest.raises(PermissionDenied):
            allocate(outsider, grant)
    assert nothing_allocated()
    assert not grant.request.case.events.filter(kind=CaseEvent.Kind.ALLOCATION).exists()
