"""Deadline warnings: once a day the back office hears of every decision term and objection term that
is about to pass or has passed, through the Tasks API; and the question of the back office reaches
the generalist. Notifications carry the reference and the term, never personal data."""

import datetime
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus

from plein.areas.models import Membership
from plein.decisions.models import Decision, Objection, OfficerQuestion, ProvisionRequest
from plein.decisions.notifications import notify_deadline, notify_question_asked
from plein.decisions.tasks import send_deadline_warnings, warn_about_deadlines
from plein.intake.models import Notification

# A Wednesday without holidays around it; the tests travel to 09:00 on it.
TODAY = datetime.date(2026, 3, 11)
NOW = datetime.datetime(2026, 3, 11, 9, 0, tzinfo=datetime.UTC)
PERSONAL = ("Anna", "Jansen", "1701", "schoonhouden", "Kees")


@pytest.fixture
def at_nine():
    with time_machine.travel(NOW, tick=False):
        yield


def make_request(world, catalogue, anna, *, due_on, officer=None, status=ProvisionRequest.Status.SUBMITTED):
    """A request as the services leave it, with the decision term ending on ``due_on``."""
    household = anna.household_memberships.get().household
    return ProvisionRequest.objects.create(
        reference=f"A-T{ProvisionRequest.objects.count():07d}",
        municipality=world.municipality,
        channel=ProvisionRequest.Channel.DIRECT,
        household=household,
        resident=anna,
        provision=catalogue.household_help,
        law=catalogue.household_help.law,
        extent=3,
        desired_start=TODAY,
        delivery_form="in_kind",
        justification="Anna kan het schoonhouden niet meer zelf.",
        applied_on=due_on - datetime.timedelta(weeks=8),
        decision_due_on=due_on,
        status=status,
        submitted_by=world.front_office,
        submitted_at=timezone.now(),
        officer=officer,
    )


def make_objection(request, *, registered_by, handling_due_on, outcome=""):
    decision = Decision.objects.create(
        reference=f"B-T{Decision.objects.count():07d}",
        request=request,
        outcome=Decision.Outcome.DENY,
        status=Decision.Status.SENT,
        legal_basis="Artikel 2.3.5 Wmo 2015",
        reasons="Gebruikelijke hulp door de partner.",
        objection_clause="U kunt binnen zes weken bezwaar maken.",
        drafted_by=registered_by,
        drafted_at=timezone.now(),
        sent_on=TODAY - datetime.timedelta(weeks=10),
        objection_due_on=TODAY - datetime.timedelta(weeks=4),
    )
    request.status = ProvisionRequest.Status.DECIDED
    request.save()
    return Objection.objects.create(
        reference=f"BZ-T{Objection.objects.count():07d}",
        decision=decision,
        objector=request.resident,
        received_on=TODAY - datetime.timedelta(weeks=5),
        grounds="Mijn partner werkt de hele week.",
        handling_due_on=handling_due_on,
        outcome=outcome,
        decided_on=TODAY if outcome else None,
        registered_by=registered_by,
        registered_at=timezone.now(),
    )


def deadline_notifications():
    return Notification.objects.filter(kind=Notification.Kind.DEADLINE)


def assert_no_personal_data(*texts: str) -> None:
    for text in texts:
        for personal in PERSONAL:
            assert personal not in text


def test_the_officer_of_a_request_is_warned_a_few_days_before_the_term_ends(
    world, catalogue, anna, officer, second_officer, at_nine, django_capture_on_commit_callbacks
):
    request = make_request(world, catalogue, anna, due_on=TODAY + datetime.timedelta(days=3), officer=officer)
    officer.email = "dirk@gemeente-a.nl"
    officer.save()

    with django_capture_on_commit_callbacks(execute=True):
        assert send_deadline_warnings() == 1

    [notification] = deadline_notifications()
    assert notification.recipient == officer  # the colleague who does not handle it is left alone
    assert notification.request is None
    assert (
        notification.message
        == f"Beslistermijn aanvraag {request.reference}: nog 3 dagen (uiterlijk 14-03-2026)"
    )
    assert notification.link == reverse("decisions:request_detail", args=[request.pk])
    [email] = mail.outbox
    assert email.to == ["dirk@gemeente-a.nl"]
    assert email.subject == f"[Plein] {notification.message}"
    assert notification.link in email.body
    assert_no_personal_data(notification.message, email.subject, email.body)


def test_a_request_nobody_picked_up_warns_every_officer_of_its_municipality(
    world, catalogue, anna, officer, second_officer, other_officer, at_nine
):
    request = make_request(world, catalogue, anna, due_on=TODAY - datetime.timedelta(days=2))
    second_officer.is_active = False  # left the organisation
    second_officer.save()

    send_deadline_warnings()

    assert {n.recipient for n in deadline_notifications()} == {officer}  # not municipality B's
    assert deadline_notifications().get().message == (
        f"Beslistermijn aanvraag {request.reference}: 2 dagen te laat (uiterlijk 09-03-2026)"
    )


def test_an_officer_who_no_longer_works_as_one_hands_the_warning_to_the_others(
    world, catalogue, anna, officer, second_officer, at_nine
):
    make_request(world, catalogue, anna, due_on=TODAY, officer=officer)
    Membership.objects.filter(professional=officer).update(ends_on=TODAY - datetime.timedelta(days=1))

    send_deadline_warnings()

    [notification] = deadline_notifications()
    assert notification.recipient == second_officer
    assert notification.message.endswith("vandaag de laatste dag (uiterlijk 11-03-2026)")


def test_terms_far_away_and_requests_already_decided_or_withdrawn_warn_nobody(
    world, catalogue, anna, officer, at_nine
):
    make_request(world, catalogue, anna, due_on=TODAY + datetime.timedelta(days=8), officer=officer)
    make_request(
        world,
        catalogue,
        anna,
        due_on=TODAY - datetime.timedelta(days=1),
        officer=officer,
        status=ProvisionRequest.Status.DECIDED,
    )
    make_request(
        world,
        catalogue,
        anna,
        due_on=TODAY,
        officer=officer,
        status=ProvisionRequest.Status.WITHDRAWN,
    )

    assert send_deadline_warnings() == 0
    assert not Notification.objects.exists()


def test_seven_days_ahead_is_the_first_warning(world, catalogue, anna, officer, at_nine):
    request = make_request(world, catalogue, anna, due_on=TODAY + datetime.timedelta(days=7), officer=officer)

    assert send_deadline_warnings() == 1
    assert (
        deadline_notifications()
        .get()
        .message.startswith(f"Beslistermijn aanvraag {request.reference}: nog 7 dagen")
    )


def test_running_twice_on_one_day_warns_once_and_the_next_day_again(
    world, catalogue, anna, officer, second_officer
):
    request = make_request(world, catalogue, anna, due_on=TODAY + datetime.timedelta(days=1))
    with time_machine.travel(NOW, tick=False):
        assert send_deadline_warnings() == 2
        # Later the same day (in the Netherlands), e.g. cron ran the command twice.
        with time_machine.travel(datetime.datetime(2026, 3, 11, 22, 30, tzinfo=datetime.UTC), tick=False):
            assert send_deadline_warnings() == 0
            assert notify_deadline(request) == []
    assert deadline_notifications().count() == 2

    with time_machine.travel(NOW + datetime.timedelta(days=1), tick=False):
        assert send_deadline_warnings() == 2
    messages = sorted(set(deadline_notifications().values_list("message", flat=True)))
    assert messages == [
        f"Beslistermijn aanvraag {request.reference}: nog 1 dag (uiterlijk 12-03-2026)",
        f"Beslistermijn aanvraag {request.reference}: vandaag de laatste dag (uiterlijk 12-03-2026)",
    ]


def test_an_open_objection_warns_the_officer_who_registered_it(
    world, catalogue, anna, officer, second_officer, at_nine
):
    request = make_request(world, catalogue, anna, due_on=TODAY - datetime.timedelta(weeks=9))
    request.officer = second_officer
    objection = make_objection(
        request, registered_by=officer, handling_due_on=TODAY + datetime.timedelta(days=5)
    )
    decided = make_objection(
        request, registered_by=officer, handling_due_on=TODAY, outcome=Objection.Outcome.REJECTED
    )

    assert send_deadline_warnings() == 1

    [notification] = deadline_notifications()
    assert notification.recipient == officer
    assert notification.message == (
        f"Beslistermijn bezwaar {objection.reference}: nog 5 dagen (uiterlijk 16-03-2026)"
    )
    assert notification.link == reverse("decisions:objection_detail", args=[objection.pk])
    assert decided.reference not in notification.message


def test_the_management_command_enqueues_the_task(world, catalogue, anna, officer, at_nine):
    request = make_request(world, catalogue, anna, due_on=TODAY + datetime.timedelta(days=2), officer=officer)
    out = StringIO()

    # The test settings run tasks at once (ImmediateBackend), like the demo; production queues it.
    call_command("warn_deadlines", stdout=out)

    assert "Termijnwaarschuwing in de wachtrij gezet" in out.getvalue()
    assert request.reference in deadline_notifications().get(recipient=officer).message


def test_the_task_reports_how_many_it_sent(world, catalogue, anna, officer, at_nine):
    make_request(world, catalogue, anna, due_on=TODAY + datetime.timedelta(days=2), officer=officer)

    result = warn_about_deadlines.enqueue()

    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 1
    result = warn_about_deadlines.enqueue()
    assert result.return_value == 0


def test_the_notifications_page_links_to_the_request_of_a_deadline(
    client, world, catalogue, anna, officer, at_nine
):
    request = make_request(world, catalogue, anna, due_on=TODAY + datetime.timedelta(days=2), officer=officer)
    send_deadline_warnings()
    client.force_login(officer)

    content = client.get(reverse("intake:notification_list")).content.decode()

    assert f'href="{reverse("decisions:request_detail", args=[request.pk])}"' in content
    assert f"Beslistermijn aanvraag {request.reference}: nog 2 dagen" in content
    assert "Termijn" in content
    assert_no_personal_data(content.split("<main", 1)[1])


# --- the question of the back office ------------------------------------------------------------


def test_a_question_of_the_back_office_reaches_the_submitter_and_the_coordinator(
    world, catalogue, anna, officer, open_case, case_world, django_capture_on_commit_callbacks
):
    request = make_request(
        world, catalogue, anna, due_on=TODAY + datetime.timedelta(weeks=6), officer=officer
    )
    request.channel = ProvisionRequest.Channel.PLAN
    request.case = open_case
    request.submitted_by = case_world.team_coordinator
    request.save()
    open_case.coordinator = world.generalist
    open_case.save()
    for professional in (case_world.team_coordinator, world.generalist, officer):
        professional.email = f"{professional.username}@gemeente-a.nl"
        professional.save()
    question = OfficerQuestion.objects.create(
        request=request,
        question="Kan Kees het schoonhouden niet overnemen?",
        asked_by=officer,
        asked_at=timezone.now(),
    )

    with django_capture_on_commit_callbacks(execute=True):
        notifications = notify_question_asked(question)

    assert {n.recipient for n in notifications} == {case_world.team_coordinator, world.generalist}
    for notification in notifications:
        assert notification.kind == Notification.Kind.QUESTION
        assert notification.message == f"Aanvraag {request.reference}: vraag van de backoffice"
        assert notification.link == reverse("decisions:request_detail", args=[request.pk])
    assert len(mail.outbox) == 2
    for email in mail.outbox:
        assert_no_personal_data(email.subject, email.body)
        assert "Kees" not in email.body


def test_the_officer_who_asks_is_not_told_of_their_own_question(world, catalogue, anna, officer):
    request = make_request(world, catalogue, anna, due_on=TODAY, officer=officer)
    request.submitted_by = officer  # a direct application the officer recorded
    request.save()
    question = OfficerQuestion.objects.create(
        request=request, question="Klopt het adres?", asked_by=officer, asked_at=timezone.now()
    )

    assert notify_question_asked(question) == []
    assert not Notification.objects.exists()
