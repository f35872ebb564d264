"""The team's case conference (afstemmingsoverleg): its meetings, agenda, minutes and actions."""

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from plein.areas.models import Team
from plein.areas.selectors import active_memberships
from plein.cases.models import Action, AgendaItem, Case, CaseEvent, Conference, ConferenceSchedule
from plein.cases.selectors import cases_for_review, cases_visible_to
from plein.cases.services.case import (
    check_may_work_on,
    check_open,
    coordinator_assign,
    record_event,
    require_choice,
    require_text,
)
from plein.privacy.history import record_change

__all__ = [
    "action_add",
    "action_complete",
    "agenda_item_add",
    "agenda_item_record",
    "conference_close",
    "conference_next",
    "conference_record_attendance",
]

# A team without a schedule meets weekly on Tuesday 9:00 for an hour (seed 000 §6).
DEFAULT_SCHEDULE = ConferenceSchedule(weekday=1, starts_at=time(9, 0), duration_minutes=60, every_weeks=1)


def _aware(day: date, at: time) -> datetime:
    return timezone.make_aware(datetime.combine(day, at))


def _next_slot(team: Team, schedule: ConferenceSchedule, after: datetime) -> datetime:
    local = timezone.localtime(after)
    day = local.date() + timedelta(days=(schedule.weekday - local.weekday()) % 7)
    if _aware(day, schedule.starts_at) < after:
        day += timedelta(weeks=1)
    if schedule.every_weeks > 1:
        # Keep the rhythm of the last meeting: every n weeks counted from it.
        last = team.conferences.filter(starts_at__lt=after).order_by("-starts_at").first()
        if last is not None:
            weeks = (day - timezone.localtime(last.starts_at).date()).days // 7
            day += timedelta(weeks=-weeks % schedule.every_weeks)
    return _aware(day, schedule.starts_at)


def conference_next(*, team: Team, after: datetime | None = None) -> Conference:
    """The team's next meeting at or after ``after`` (default now), created from its schedule."""
    schedule = ConferenceSchedule.objects.filter(team=team).first() or DEFAULT_SCHEDULE
    conference, _ = Conference.objects.get_or_create(
        team=team,
        starts_at=_next_slot(team, schedule, after or timezone.now()),
        defaults={"duration_minutes": schedule.duration_minutes, "location": schedule.location},
    )
    return conference


def _check_member(actor, team: Team) -> None:
    if not active_memberships().filter(professional=actor, team=team).exists():
        raise PermissionDenied(f"Alleen leden van {team} leggen dit overleg vast.")


def add_to_agenda(
    case: Case, reason: str, *, actor, note: str = "", conference: Conference | None = None
) -> AgendaItem:
    """Put a case on a conference agenda once. Also used by rules that feed a case back to the
    team (multi-complex, crisis), whoever triggered them."""
    conference = conference or conference_next(team=case.team)
    item, created = AgendaItem.objects.get_or_create(
        conference=conference,
        case=case,
        defaults={"reason": reason, "note": note.strip(), "brought_in_by": actor},
    )
    if created:
        record_event(
            case,
            CaseEvent.Kind.CONFERENCE,
            actor=actor,
            note=f"Op de agenda van het afstemmingsoverleg van {conference.starts_at:%d-%m-%Y}: "
            f"{item.get_reason_display()}.",
        )
    return item


@transaction.atomic
def agenda_item_add(
    *, actor, case: Case, reason: str, note: str = "", conference: Conference | None = None
) -> AgendaItem:
    """Any member of the case's team brings the case in, by default at the next meeting."""
    check_may_work_on(actor, case)
    check_open(case)
    require_choice(reason, AgendaItem.Reason, "reason", "Kies waarom de casus op de agenda komt.")
    if conference is not None and conference.team_id != case.team_id:
        raise ValidationError({"conference": "Dit is het overleg van een ander team."})
    if conference is not None and conference.held_at is not None:
        raise ValidationError({"conference": "Dit overleg is al geweest; kies het volgende."})
    return add_to_agenda(case, reason, actor=actor, note=note, conference=conference)


@transaction.atomic
def conference_record_attendance(*, actor, conference: Conference, attendees: Iterable) -> Conference:
    _check_member(actor, conference.team)
    attendees = list(attendees)
    if not attendees:
        raise ValidationError({"attendees": "Kies wie er bij het overleg waren."})
    conference.attendees.set(attendees)
    return conference


@transaction.atomic
def conference_close(*, actor, conference: Conference) -> Conference:
    """The meeting is over: the agenda is final and the review cases no longer appear on it."""
    _check_member(actor, conference.team)
    if conference.held_at is None:
        conference.held_at = timezone.now()
        conference.save(update_fields=["held_at"])
    return conference


@transaction.atomic
def agenda_item_record(
    *,
    actor,
    conference: Conference,
    case: Case,
    decisions: str,
    actions: Iterable[tuple[str, object, date]] = (),
    coordinator=None,
    coordinator_reason: str = "",
) -> AgendaItem:
    """The minutes for one case: decisions, actions with owner and due date, and the coordinator."""
    _check_member(actor, conference.team)
    if case.team_id != conference.team_id:
        raise ValidationError({"case": "Deze casus hoort bij een ander team."})
    check_open(case)
    decisions = require_text(decisions, "decisions", "Leg vast wat het overleg over deze casus besloot.")
    conference_day = timezone.localtime(conference.starts_at).date()
    # Reviewed on the day it was discussed: minutes typed ahead of the planned date must not push
    # the next review further than three months from today.
    reviewed_on = min(conference_day, timezone.localdate())
    # A review case is on the agenda through the selector only; discussing it makes it an item.
    due_for_review = cases_for_review(team_ids=[case.team_id]).filter(pk=case.pk).exists()
    item, _ = AgendaItem.objects.get_or_create(
        conference=conference,
        case=case,
        defaults={
            "reason": AgendaItem.Reason.REVIEW if due_for_review else AgendaItem.Reason.OTHER,
            "brought_in_by": actor,
        },
    )
    item.decisions, item.discussed_at = decisions, timezone.now()
    item.save(update_fields=["decisions", "discussed_at"])
    Case.objects.filter(pk=case.pk).update(last_reviewed_on=reviewed_on)
    record_change(case)  # update() writes no history row by itself
    case.last_reviewed_on = reviewed_on
    record_event(
        case,
        CaseEvent.Kind.REVIEWED,
        actor=actor,
        note=f"Besproken in het afstemmingsoverleg van {conference_day:%d-%m-%Y}.",
    )
    for description, owner, due_on in actions:
        action_add(
            actor=actor, case=case, description=description, owner=owner, due_on=due_on, agenda_item=item
        )
    if coordinator is not None:
        coordinator_assign(
            actor=actor, case=case, professional=coordinator, reason=coordinator_reason, agenda_item=item
        )
    return item


def _action_event_kind(action: Action) -> str:
    return CaseEvent.Kind.CONFERENCE if action.agenda_item_id else CaseEvent.Kind.PLAN


@transaction.atomic
def action_add(
    *, actor, case: Case, description: str, owner, due_on: date, agenda_item: AgendaItem | None = None
) -> Action:
    check_may_work_on(actor, case)
    check_open(case)
    description = require_text(description, "description", "Beschrijf de actie.")
    if len(description) > Action._meta.get_field("description").max_length:
        raise ValidationError({"description": "Houd de actie kort: hooguit 300 tekens."})
    # An owner who cannot open the case would get an action they cannot act on.
    if owner is None or not cases_visible_to(owner).filter(pk=case.pk).exists():
        raise ValidationError(
            {"owner": f"{owner or 'Niemand'} kan deze casus niet inzien; kies een betrokkene."}
        )
    if due_on is None or due_on < timezone.localdate():
        raise ValidationError({"due_on": "Kies een uiterste datum vanaf vandaag."})
    if agenda_item is not None and agenda_item.case_id != case.pk:
        raise ValidationError({"agenda_item": "Dit agendapunt gaat over een andere casus."})
    action = Action.objects.create(
        case=case,
        agenda_item=agenda_item,
        description=description,
        owner=owner,
        due_on=due_on,
        created_by=actor,
    )
    record_event(
        case,
        _action_event_kind(action),
        actor=actor,
        note=f"Actie voor {owner}, uiterlijk {due_on:%d-%m-%Y}.",
    )
    return action


@transaction.atomic
def action_complete(*, actor, action: Action) -> Action:
    if actor != action.owner:
        check_may_work_on(actor, action.case)
    if action.done_at is not None:
        raise ValidationError({NON_FIELD_ERRORS: "Deze actie is al gedaan."})
    action.done_at = timezone.now()
    action.save(update_fields=["done_at"])
    record_event(
        action.case, _action_event_kind(action), actor=actor, note=f"Actie gedaan: {action.description}"
    )
    return action
