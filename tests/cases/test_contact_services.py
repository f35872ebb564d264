"""Contacts: every individual and group contact, the basis of the workload figures (issue 4, item 7)."""

import datetime

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.utils import timezone

from plein.cases import services
from plein.cases.models import CaseEvent, Contact

TODAY = timezone.localdate


def _record(actor, case, **fields):
    values = {
        "held_on": TODAY(),
        "kind": Contact.Kind.HOME_VISIT,
        "duration_minutes": 60,
        "with_whom": "Anna en Kees",
        "summary": "Post doorgenomen.",
        **fields,
    }
    return services.contact_record(actor=actor, case=case, **values)


def _messages(error, field):
    return " ".join(error.value.message_dict[field])


def test_a_contact_is_recorded_with_the_recording_professional_among_those_present(
    world, open_case, team_coordinator
):
    contact = _record(
        world.generalist, open_case, kind=Contact.Kind.NETWORK_MEETING, professionals=[team_coordinator]
    )

    assert set(contact.professionals.all()) == {world.generalist, team_coordinator}
    assert (contact.duration_minutes, contact.recorded_by) == (60, world.generalist)
    event = open_case.events.get(kind=CaseEvent.Kind.CONTACT)
    assert event.note == f"Netwerkberaad op {TODAY():%d-%m-%Y}, 60 minuten."
    assert "Post" not in event.note  # the note stays off the timeline


def test_rule_the_actor_is_always_among_the_professionals_even_when_not_listed(world, open_case):
    contact = _record(world.generalist, open_case, professionals=[])
    also_listed = _record(world.generalist, open_case, professionals=[world.generalist])

    assert list(contact.professionals.all()) == [world.generalist]
    assert list(also_listed.professionals.all()) == [world.generalist]


@pytest.mark.parametrize("minutes", [0, -5, 1441])
def test_rule_a_contact_lasts_1_to_1440_minutes(world, open_case, minutes):
    with pytest.raises(ValidationError) as error:
        _record(world.generalist, open_case, duration_minutes=minutes)

    assert "ten minste 1 minuut en hooguit 1440 minuten" in _messages(error, "duration_minutes")
    assert not open_case.contacts.exists()


@pytest.mark.parametrize("minutes", [1, 1440])
def test_rule_a_contact_of_1_minute_or_a_whole_day_is_accepted(world, open_case, minutes):
    assert _record(world.generalist, open_case, duration_minutes=minutes).duration_minutes == minutes


def test_rule_a_contact_date_is_not_in_the_future(world, open_case):
    with pytest.raises(ValidationError) as error:
        _record(world.generalist, open_case, held_on=TODAY() + datetime.timedelta(days=1))

    assert "toekomst" in _messages(error, "held_on")


def test_rule_a_contact_date_is_not_before_the_case_was_opened(world, open_case):
    with pytest.raises(ValidationError) as error:
        _record(world.generalist, open_case, held_on=TODAY() - datetime.timedelta(days=400))

    assert "vóór de opening van de casus" in _messages(error, "held_on")


def test_rule_colleagues_listed_as_present_work_on_the_case(world, open_case):
    with pytest.raises(ValidationError) as error:
        _record(world.generalist, open_case, professionals=[world.other_generalist])

    assert "werkt niet aan deze casus" in _messages(error, "professionals")


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"kind": "pigeon"}, "kind", "Kies de soort contact."),
        ({"with_whom": " "}, "with_whom", "Schrijf op met wie het contact was."),
        ({"with_whom": "x" * 201}, "with_whom", "hooguit 200 tekens"),
        ({"duration_minutes": "60"}, "duration_minutes", "hele minuten"),
    ],
)
def test_bad_input_for_a_contact_is_refused_next_to_the_field(world, open_case, fields, field, message):
    with pytest.raises(ValidationError) as error:
        _record(world.generalist, open_case, **fields)

    assert message in _messages(error, field)


def test_a_colleague_of_another_team_cannot_record_a_contact(world, open_case):
    with pytest.raises(PermissionDenied):
        _record(world.other_generalist, open_case)


def test_after_closure_contacts_are_recorded_only_during_the_agreed_aftercare(world, open_case):
    services.case_close(
        actor=world.generalist,
        case=open_case,
        expected_version=open_case.lock_version,
        reason="goals_reached",
        aftercare="Na een maand belt de generalist nog een keer.",
        aftercare_until=TODAY(),
        satisfaction_declined=True,
    )
    open_case.refresh_from_db()

    assert _record(world.generalist, open_case, kind=Contact.Kind.PHONE, duration_minutes=10).pk

    open_case.aftercare_until = None
    open_case.save(update_fields=["aftercare_until"])
    with pytest.raises(ValidationError) as error:
        _record(world.generalist, open_case)
    assert "afgesloten" in _messages(error, NON_FIELD_ERRORS)
