"""The case conference: the weekly meeting, its agenda, the minutes per case, actions and the review list."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from plein.cases import selectors, services
from plein.cases.models import AgendaItem, Case, CaseEvent, ConferenceSchedule

TZ = timezone.get_current_timezone()


def at(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=TZ)


def test_the_default_conference_is_weekly_on_tuesday_at_nine_for_an_hour(world):
    # Wednesday 7 January 2026, 10:00 → Tuesday 13 January 9:00.
    conference = services.conference_next(team=world.team, after=at(2026, 1, 7, 10))

    assert conference.starts_at == at(2026, 1, 13, 9) and conference.duration_minutes == 60
    assert services.conference_next(team=world.team, after=at(2026, 1, 8, 12)) == conference


def test_a_conference_in_progress_is_not_the_next_one(world):
    assert services.conference_next(team=world.team, after=at(2026, 1, 13, 9, 30)).starts_at == at(
        2026, 1, 20, 9
    )
    assert services.conference_next(team=world.team, after=at(2026, 1, 13, 9)).starts_at == at(2026, 1, 13, 9)


def test_a_team_schedule_sets_day_time_and_rhythm(world):
    ConferenceSchedule.objects.create(
        team=world.team, weekday=3, starts_at=datetime.time(13, 30), duration_minutes=90, every_weeks=2
    )

    first = services.conference_next(team=world.team, after=at(2026, 1, 5, 8))
    second = services.conference_next(team=world.team, after=first.starts_at + datetime.timedelta(hours=2))

    assert first.starts_at == at(2026, 1, 8, 13, 30) and first.duration_minutes == 90
    assert second.starts_at == at(2026, 1, 22, 13, 30)


def test_any_team_member_brings_a_case_to_the_next_conference_once(world, open_case, team_coordinator):
    item = services.agenda_item_add(actor=team_coordinator, case=open_case, reason=AgendaItem.Reason.STUCK)
    again = services.agenda_item_add(actor=world.generalist, case=open_case, reason=AgendaItem.Reason.OTHER)

    assert again == item and item.brought_in_by == team_coordinator
    assert item.conference == services.conference_next(team=world.team)
    assert "Casus loopt vast" in open_case.events.get(kind=CaseEvent.Kind.CONFERENCE).note


def test_a_colleague_of_another_team_cannot_bring_the_case_in(world, open_case):
    with pytest.raises(PermissionDenied):
        services.agenda_item_add(actor=world.other_generalist, case=open_case, reason=AgendaItem.Reason.STUCK)


def test_a_past_conference_takes_no_new_agenda_items(world, open_case):
    conference = services.conference_next(team=world.team)
    services.conference_close(actor=world.generalist, conference=conference)

    with pytest.raises(ValidationError) as error:
        services.agenda_item_add(
            actor=world.generalist, case=open_case, reason=AgendaItem.Reason.STUCK, conference=conference
        )

    assert "al geweest" in error.value.message_dict["conference"][0]


def test_minutes_record_decisions_actions_and_the_coordinator_on_the_case(
    world, family_case, youth_coach, team_coordinator
):
    conference = services.conference_next(team=world.team)
    services.conference_record_attendance(
        actor=team_coordinator, conference=conference, attendees=[world.generalist, team_coordinator]
    )
    due = timezone.localdate() + datetime.timedelta(days=14)

    item = services.agenda_item_record(
        actor=team_coordinator,
        conference=conference,
        case=family_case,
        decisions="Jeugd- en gezinscoach wordt regiehouder; eerst schulden stabiliseren.",
        actions=[("Aanmelden bij schuldhulp", world.generalist, due)],
        coordinator=youth_coach,
        coordinator_reason="Kinderen in het gezin.",
    )

    assert item.discussed_at is not None and "schulden" in item.decisions
    assert [(a.description, a.owner, a.due_on) for a in item.actions.all()] == [
        ("Aanmelden bij schuldhulp", world.generalist, due)
    ]
    assignment = family_case.coordinator_assignments.get()
    assert assignment.agenda_item == item and assignment.professional == youth_coach
    family_case.refresh_from_db()
    # The conference is still ahead: the case was discussed today, not on the planned day.
    assert family_case.last_reviewed_on == min(
        timezone.localtime(conference.starts_at).date(), timezone.localdate()
    )
    assert set(conference.attendees.all()) == {world.generalist, team_coordinator}
    assert family_case.events.filter(kind=CaseEvent.Kind.REVIEWED).exists()


def test_the_conference_refuses_a_generalist_for_a_family_with_a_12_year_old(world, family_case):
    conference = services.conference_next(team=world.team)

    with pytest.raises(ValidationError) as error:
        services.agenda_item_record(
            actor=world.generalist,
            conference=conference,
            case=family_case,
            decisions="Generalist wordt regiehouder.",
            coordinator=world.generalist,
        )

    assert "Minderjarige in het huishouden" in error.value.message_dict["professional"][0]
    assert not AgendaItem.objects.filter(case=family_case).exists()  # the whole minute is refused


def test_minutes_need_decisions(world, open_case):
    with pytest.raises(ValidationError) as error:
        services.agenda_item_record(
            actor=world.generalist,
            conference=services.conference_next(team=world.team),
            case=open_case,
            decisions="",
        )

    assert "besloot" in error.value.message_dict["decisions"][0]


def test_only_team_members_record_the_minutes(world, open_case):
    with pytest.raises(PermissionDenied):
        services.agenda_item_record(
            actor=world.other_generalist,
            conference=services.conference_next(team=world.team),
            case=open_case,
            decisions="Besluit",
        )


def test_rule_review_a_case_open_longer_than_three_months_is_on_the_review_list_and_agenda(world, open_case):
    Case.objects.filter(pk=open_case.pk).update(opened_at=timezone.now() - datetime.timedelta(days=92))
    conference = services.conference_next(team=world.team)

    assert list(selectors.cases_for_review(team_ids=[world.team.pk])) == [open_case]
    agenda = selectors.conference_agenda(user=world.generalist, conference=conference)
    assert [(entry["case"], entry["reason"]) for entry in agenda] == [
        (open_case, "Langer dan drie maanden open: evaluatie")
    ]


def test_rule_review_discussing_the_case_takes_it_off_the_review_list(world, open_case):
    Case.objects.filter(pk=open_case.pk).update(opened_at=timezone.now() - datetime.timedelta(days=92))
    conference = services.conference_next(team=world.team, after=timezone.now() - datetime.timedelta(days=7))

    item = services.agenda_item_record(
        actor=world.generalist, conference=conference, case=open_case, decisions="Plan bijstellen."
    )

    assert item.reason == AgendaItem.Reason.REVIEW
    assert not selectors.cases_for_review(team_ids=[world.team.pk]).exists()


def test_a_case_younger_than_three_months_is_not_on_the_review_list(world, open_case):
    Case.objects.filter(pk=open_case.pk).update(opened_at=timezone.now() - datetime.timedelta(days=60))

    assert not selectors.cases_for_review(team_ids=[world.team.pk]).exists()


def test_an_action_needs_an_owner_who_can_see_the_case_and_a_due_date_from_today(
    world, open_case, partner_user
):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        services.action_add(
            actor=world.generalist, case=open_case, description="Bellen", owner=partner_user, due_on=tomorrow
        )
    assert "kan deze casus niet inzien" in error.value.message_dict["owner"][0]

    with pytest.raises(ValidationError) as error:
        services.action_add(
            actor=world.generalist,
            case=open_case,
            description="Bellen",
            owner=world.generalist,
            due_on=timezone.localdate() - datetime.timedelta(days=1),
        )
    assert "vanaf vandaag" in error.value.message_dict["due_on"][0]


def test_an_action_is_due_on_the_owners_list_until_done(world, open_case):
    action = services.action_add(
        actor=world.generalist,
        case=open_case,
        description="Huisbezoek plannen",
        owner=world.generalist,
        due_on=timezone.localdate() + datetime.timedelta(days=3),
    )
    assert list(selectors.actions_due(user=world.generalist)) == [action]

    services.action_complete(actor=world.generalist, action=action)

    assert not selectors.actions_due(user=world.generalist).exists()
    with pytest.raises(ValidationError):
        services.action_complete(actor=world.generalist, action=action)
