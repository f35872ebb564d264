"""Notifications for the team coordinator and the assigned generalist: in the work UI and by e-mail,
with the reference and a link only, never personal data."""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse

from plein.areas.models import Role
from plein.areas.services import membership_add
from plein.intake import services
from plein.intake.models import Notification, Request
from tests import factories
from tests.intake.test_public_forms import ASK, ask_data

QUESTION = "Mijn moeder vergeet haar medicijnen en durft niet meer naar buiten."


@pytest.fixture
def coordinator(world):
    user = factories.ProfessionalFactory(username="coordinator", email="coordinator@example.org")
    membership_add(
        professional=user,
        role=Role.TEAM_COORDINATOR,
        organisation=world.organisation,
        team=world.team,
        starts_on=datetime.date(2020, 1, 1),
    )
    return user


def register(**fields) -> Request:
    values = {
        "channel": Request.Channel.WEB,
        "source": Request.Source.RESIDENT,
        "question": QUESTION,
        "postcode": "1701AB",
        "house_number": 7,
    }
    values.update(fields)
    return services.request_register(**values)


def assert_no_personal_data(text: str) -> None:
    for personal in ("medicijnen", "Anna", "Jansen", "de Boer", "06-12345678", "anna@example.org", "1701"):
        assert personal not in text


def test_a_web_request_notifies_the_coordinator_of_the_team_by_e_mail_after_commit(
    world, coordinator, register_resident, django_capture_on_commit_callbacks
):
    anna = register_resident(first_names="Anna", last_name="Jansen", postcode="1701AB", house_number=7)
    with django_capture_on_commit_callbacks(execute=True):
        request = register(resident=anna, contact_email="anna@example.org", reporter_name="Anna Jansen")
        assert mail.outbox == []  # nothing leaves before the transaction commits

    notification = Notification.objects.get()
    assert notification.recipient == coordinator
    assert notification.kind == Notification.Kind.NEW_REQUEST
    assert notification.message == f"Nieuwe melding {request.reference} voor Team Noord"
    assert notification.read_at is None
    # The generalist of the team is not told of every new request; the coordinator divides the work.
    assert not Notification.objects.filter(recipient=world.generalist).exists()

    [email] = mail.outbox
    assert email.to == ["coordinator@example.org"]
    assert email.subject == f"[Plein] Nieuwe melding {request.reference} voor Team Noord"
    assert reverse("intake:request_detail", args=[request.pk]) in email.body
    for text in (notification.message, email.subject, email.body):
        assert_no_personal_data(text)


def test_the_public_question_form_notifies_without_personal_data(
    client, world, coordinator, django_capture_on_commit_callbacks
):
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ASK, ask_data(question=QUESTION, name="Anna de Boer"))
    cache.clear()

    assert response.status_code == 302
    request = Request.objects.get()
    notification = Notification.objects.get(recipient=coordinator)
    assert request.reference in notification.message
    [email] = mail.outbox
    for text in (notification.message, email.subject, email.body):
        assert_no_personal_data(text)


def test_a_rolled_back_registration_sends_nothing(world, coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                register()
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass

    assert callbacks == [] and mail.outbox == []
    assert not Notification.objects.exists()


def test_no_team_no_notification_and_no_e_mail_without_an_address(
    world, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        register(postcode="9999ZZ", house_number=1)  # the central queue: no team, no coordinator
    assert not Notification.objects.exists()

    coordinator.email = ""
    coordinator.save()
    with django_capture_on_commit_callbacks(execute=True):
        register()
    assert Notification.objects.filter(recipient=coordinator).count() == 1
    assert mail.outbox == []


def test_routing_to_another_team_notifies_that_teams_coordinator(world, django_capture_on_commit_callbacks):
    zuid = world.team.municipality.teams.get(name="Team Zuid")
    other_coordinator = factories.ProfessionalFactory(username="zuid", email="zuid@example.org")
    membership_add(
        professional=other_coordinator,
        role=Role.TEAM_COORDINATOR,
        organisation=world.organisation,
        team=zuid,
        starts_on=datetime.date(2020, 1, 1),
    )
    request = register()

    with django_capture_on_commit_callbacks(execute=True):
        services.request_route(actor=world.front_office, request=request, team=zuid, reason="Eigen keuze.")

    notification = Notification.objects.get(recipient=other_coordinator)
    assert notification.message == f"Nieuwe melding {request.reference} voor Team Zuid"
    assert [email.to for email in mail.outbox] == [["zuid@example.org"]]


def test_assignment_by_the_coordinator_notifies_the_assignee_but_picking_up_yourself_does_not(
    world, coordinator, django_capture_on_commit_callbacks
):
    world.generalist.email = "generalist@example.org"
    world.generalist.save()
    assigned = register()
    picked_up = register(house_number=8)
    Notification.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        services.request_assign(actor=coordinator, request=assigned, professional=world.generalist)
        services.request_assign(actor=world.generalist, request=picked_up, professional=world.generalist)

    notification = Notification.objects.get()
    assert notification.recipient == world.generalist
    assert notification.request == assigned
    assert notification.kind == Notification.Kind.ASSIGNED
    assert notification.message == f"Melding {assigned.reference} is aan u toegewezen"
    [email] = mail.outbox
    assert email.to == ["generalist@example.org"]
    assert_no_personal_data(email.body)


def test_a_crisis_notifies_the_coordinators_and_the_assignee(
    world, coordinator, django_capture_on_commit_callbacks
):
    request = register()
    services.request_assign(actor=world.generalist, request=request, professional=world.generalist)
    Notification.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        services.request_crisis(actor=world.front_office, request=request, note="Crisisdienst gebeld.")

    notifications = Notification.objects.filter(kind=Notification.Kind.CRISIS)
    assert {n.recipient for n in notifications} == {coordinator, world.generalist}
    assert {n.message for n in notifications} == {f"Crisis bij melding {request.reference} (Team Noord)"}
    assert [email.to for email in mail.outbox] == [["coordinator@example.org"]]  # the generalist has none
    assert mail.outbox[0].subject.startswith("[Plein] Crisis bij melding")


def test_the_notifications_page_lists_newest_first_and_marks_all_read(client, world, coordinator):
    first = register()
    second = register(house_number=8)
    client.force_login(coordinator)

    home = client.get(reverse("home")).content.decode()
    assert "Berichten (2)" in home

    page = client.get(reverse("intake:notification_list"))
    content = page.content.decode()
    assert page.status_code == 200
    assert content.index(second.reference) < content.index(first.reference)
    assert f"<strong>Nieuwe melding {second.reference} voor Team Noord</strong>" in content
    assert reverse("intake:request_detail", args=[first.pk]) in content
    assert_no_personal_data(content.split("<main", 1)[1])

    assert client.get(reverse("intake:notifications_mark_read")).status_code == 405
    response = client.post(reverse("intake:notifications_mark_read"), follow=True)
    content = response.content.decode()
    assert "Berichten (0)" in content
    assert "<strong>Nieuwe melding" not in content
    assert not Notification.objects.filter(recipient=coordinator, read_at__isnull=True).exists()


def test_others_do_not_see_someone_elses_notifications(client, world, coordinator):
    request = register()
    client.force_login(world.generalist)

    content = client.get(reverse("intake:notification_list")).content.decode()
    assert request.reference not in content
    assert "Berichten (0)" in content
    client.post(reverse("intake:notifications_mark_read"))
    assert Notification.objects.get(recipient=coordinator).read_at is None


def test_the_header_shows_no_notifications_link_when_logged_out(client, db):
    assert "Berichten" not in client.get(reverse("login")).content.decode()
    assert client.get(reverse("intake:notification_list")).status_code == 302
