"""Procesregie: any team member asks, the procesregisseur is attached with a reason, decides,
escalates and withdraws — each on the timeline."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from plein.cases import selectors, services
from plein.cases.models import CaseEvent, ProcessDirection


def attach(case, actor, director, reason="Partners komen niet tot een besluit over de woning."):
    return services.process_director_attach(actor=actor, case=case, director=director, reason=reason)


def test_rule_procesregisseur_any_team_member_attaches_one_with_a_reason(
    open_case, team_coordinator, process_director
):
    direction = attach(open_case, team_coordinator, process_director)

    assert direction.requested_by == team_coordinator and direction.withdrawn_at is None
    assert selectors.current_process_direction(open_case) == direction
    event = open_case.events.get(kind=CaseEvent.Kind.PROCESS_DIRECTOR)
    assert event.note.startswith(f"{process_director} aangesloten: Partners komen niet")


def test_rule_procesregisseur_the_attached_director_sees_and_works_on_the_case(
    world, open_case, process_director
):
    assert not selectors.cases_visible_to(process_director).exists()

    attach(open_case, world.generalist, process_director)

    assert list(selectors.cases_workable_by(process_director)) == [open_case]


def test_rule_procesregisseur_needs_a_reason(world, open_case, process_director):
    with pytest.raises(ValidationError) as error:
        attach(open_case, world.generalist, process_director, reason=" ")

    assert "waarom" in error.value.message_dict["reason"][0]


def test_rule_procesregisseur_must_hold_that_role_in_the_municipality(world, open_case, youth_coach):
    with pytest.raises(ValidationError) as error:
        attach(open_case, world.generalist, youth_coach)

    assert error.value.message_dict["director"] == [f"{youth_coach} is geen procesregisseur in Gemeente A."]


def test_rule_procesregisseur_one_at_a_time(world, open_case, process_director):
    attach(open_case, world.generalist, process_director)

    with pytest.raises(ValidationError) as error:
        attach(open_case, world.generalist, process_director)

    assert "al een procesregisseur" in error.value.message_dict["director"][0]
    assert ProcessDirection.objects.count() == 1


def test_rule_procesregisseur_decides_with_doorzettingsmacht(world, open_case, process_director):
    attach(open_case, world.generalist, process_director)

    services.process_director_decide(
        actor=process_director,
        case=open_case,
        note="Eerst woning, dan schulden; corporatie schort ontruiming op.",
    )

    assert open_case.events.filter(
        kind=CaseEvent.Kind.PROCESS_DIRECTOR, note__startswith="Doorzettingsmacht: Eerst woning"
    ).exists()


def test_rule_procesregisseur_only_the_attached_director_decides_or_escalates(
    world, open_case, process_director
):
    attach(open_case, world.generalist, process_director)

    with pytest.raises(PermissionDenied):
        services.process_director_decide(actor=world.generalist, case=open_case, note="Ik beslis.")
    with pytest.raises(PermissionDenied):
        services.process_director_escalate(
            actor=world.generalist, case=open_case, to_whom="Wethouder", note="x"
        )


def test_rule_procesregisseur_escalates_to_the_responsible_administrator(world, open_case, process_director):
    attach(open_case, world.generalist, process_director)

    services.process_director_escalate(
        actor=process_director,
        case=open_case,
        to_whom="Wethouder Zorg",
        note="Corporatie weigert mee te werken.",
    )

    assert open_case.events.get(kind=CaseEvent.Kind.ESCALATION).note == (
        "Opgeschaald naar Wethouder Zorg: Corporatie weigert mee te werken."
    )
    with pytest.raises(ValidationError) as error:
        services.process_director_escalate(actor=process_director, case=open_case, to_whom="", note="x")
    assert "to_whom" in error.value.message_dict


def test_rule_procesregisseur_withdraws_and_the_withdrawal_is_recorded(world, open_case, process_director):
    direction = attach(open_case, world.generalist, process_director)

    services.process_director_withdraw(
        actor=process_director, case=open_case, note="Afspraken staan, casus loopt."
    )

    direction.refresh_from_db()
    assert direction.withdrawn_at is not None and direction.withdrawal_note == "Afspraken staan, casus loopt."
    assert selectors.current_process_direction(open_case) is None
    assert not selectors.cases_visible_to(process_director).exists()
    assert attach(open_case, world.generalist, process_director).pk != direction.pk  # a new one may follow
