"""Login throttling (BIO): five wrong passwords lock that username from that address for a while."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from tests import factories

PASSWORD = "geheim-wachtwoord-1"


@pytest.fixture
def professional(db):
    user = factories.ProfessionalFactory(username="anna.b")
    user.set_password(PASSWORD)
    user.save()
    return user


def log_in(client, password: str, *, address: str = "10.0.0.1"):
    return client.post(reverse("login"), {"username": "anna.b", "password": password}, REMOTE_ADDR=address)


def test_five_wrong_passwords_lock_the_username_from_that_address(client, professional):
    for _ in range(4):
        assert log_in(client, "fout").status_code == 200  # the form again, with its message

    locked = log_in(client, "fout")
    right_but_locked = log_in(client, PASSWORD)

    assert locked.status_code == 429
    assert "Te vaak een verkeerd wachtwoord" in locked.content.decode()
    assert right_but_locked.status_code == 429  # even the right password waits
    assert "_auth_user_id" not in client.session


def test_the_lock_is_per_address_and_lifts_after_a_quarter_of_an_hour(client, professional):
    for _ in range(5):
        log_in(client, "fout")

    from_elsewhere = log_in(client, PASSWORD, address="10.0.0.2")
    client.logout()
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=16)):
        later = log_in(client, PASSWORD)

    assert from_elsewhere.status_code == 302  # a colleague cannot be locked out from everywhere
    assert later.status_code == 302


def test_a_successful_login_resets_the_count(client, professional):
    for _ in range(4):
        log_in(client, "fout")
    assert log_in(client, PASSWORD).status_code == 302
    client.logout()

    for _ in range(4):
        assert log_in(client, "fout").status_code == 200
