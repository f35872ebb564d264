"""A session idle longer than PLEIN_SESSION_IDLE_MINUTES is logged out, with a Dutch message."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from plein.core.sessions import LAST_ACTIVITY_SESSION_KEY

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def at(minutes: float):
    return time_machine.travel(START + datetime.timedelta(minutes=minutes), tick=False)


def test_an_active_session_stays_and_an_idle_one_is_logged_out_with_a_message(client, world):
    with at(0):
        client.force_login(world.generalist)
        assert client.get(reverse("home")).status_code == 200
    with at(29):
        assert client.get(reverse("home")).status_code == 200  # activity: the clock starts again
    with at(58):
        assert client.get(reverse("home")).status_code == 200
    with at(88.5):
        response = client.get(reverse("people:resident_search"))
        assert response["Location"] == f"{reverse('login')}?next={reverse('people:resident_search')}"
        login_page = client.get(response["Location"])

    assert "U bent uitgelogd omdat u 30 minuten niet actief was." in login_page.content.decode()
    assert not login_page.wsgi_request.user.is_authenticated


def test_the_message_follows_the_setting(client, world, settings):
    settings.PLEIN_SESSION_IDLE_MINUTES = 5
    with at(0):
        client.force_login(world.generalist)
        client.get(reverse("home"))
    with at(6):
        response = client.get(reverse("home"), follow=True)

    assert "U bent uitgelogd omdat u 5 minuten niet actief was." in response.content.decode()


def test_the_last_activity_is_written_at_most_once_a_minute(client, world):
    # (The session is read inside the travel: outside it, it would have expired long ago.)
    with at(0):
        client.force_login(world.generalist)
        client.get(reverse("home"))
        first = client.session[LAST_ACTIVITY_SESSION_KEY]
    with at(0.5):
        client.get(reverse("home"))
        assert client.session[LAST_ACTIVITY_SESSION_KEY] == first
    with at(1.5):
        client.get(reverse("home"))
        assert client.session[LAST_ACTIVITY_SESSION_KEY] == first + 90


def test_a_form_sent_after_the_timeout_goes_to_the_login_page_without_next(client, world):
    with at(0):
        client.force_login(world.generalist)
        client.get(reverse("home"))
    with at(31):
        response = client.post(reverse("people:resident_search"), {"q": "Jansen"})

    assert response["Location"] == reverse("login")
