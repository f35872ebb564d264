"""Who may call the API: a bearer token from `plein api_token`, or a browser session with CSRF."""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone
from django.utils.crypto import get_random_string

from plein.people.models import ApiToken, Resident
from tests.api.conftest import API

NEW_RESIDENT = {
    "first_names": "Fatima",
    "last_name": "El Amrani",
    "birth_date": "1975-03-02",
    "postcode": "1701 AB",
    "house_number": 12,
}


def issue_token(username: str) -> str:
    stdout, stderr = StringIO(), StringIO()
    call_command("api_token", username, stdout=stdout, stderr=stderr)
    return stdout.getvalue()


def test_the_command_prints_only_a_new_token_that_then_works(world):
    output = issue_token("generalist")
    token = output.strip()

    assert output == token + "\n"
    assert token.startswith("plein_")
    # Only a hash is stored, so a database leak does not leak usable tokens.
    assert not ApiToken.objects.filter(digest=token).exists()

    response = Client().get(f"{API}/municipalities", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 200
    assert [m["name"] for m in response.json()["items"]] == ["Gemeente A"]


def test_each_run_of_the_command_gives_a_different_token(world):
    assert issue_token("generalist") != issue_token("generalist")
    assert world.generalist.api_tokens.count() == 2


def test_the_command_refuses_an_unknown_username_in_dutch(world):
    with pytest.raises(CommandError, match="Er is geen gebruiker met de gebruikersnaam 'niemand'"):
        issue_token("niemand")
    assert not ApiToken.objects.exists()


def test_the_command_refuses_an_inactive_user(world):
    world.generalist.is_active = False
    world.generalist.save()

    with pytest.raises(CommandError, match="niet actief"):
        issue_token("generalist")


def test_using_a_token_records_when_it_was_last_used_but_not_on_every_request(world):
    token = issue_token("generalist").strip()
    client = Client(headers={"Authorization": f"Bearer {token}"})

    client.get(f"{API}/teams")
    first_use = ApiToken.objects.get().last_used_at
    client.get(f"{API}/teams")

    assert first_use is not None
    assert ApiToken.objects.get().last_used_at == first_use

    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    ApiToken.objects.update(last_used_at=an_hour_ago)
    client.get(f"{API}/teams")

    assert ApiToken.objects.get().last_used_at > an_hour_ago


def test_a_token_of_an_inactive_user_no_longer_works(world):
    token = issue_token("generalist").strip()
    world.generalist.is_active = False
    world.generalist.save()

    response = Client().get(f"{API}/teams", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer plein_verzonnen", "Bearer ", "Token plein_verzonnen", "plein_verzonnen"],
)
def test_without_valid_credentials_every_endpoint_answers_401_in_json(world, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    client = Client(headers=headers)

    for method, path in [
        ("get", "/municipalities"),
        ("get", "/teams"),
        ("get", "/routing?postcode=1701AB&house_number=1"),
        ("post", "/residents/search"),
        ("get", "/residents/1"),
        ("get", "/households/1"),
        ("post", "/residents"),
    ]:
        response = getattr(client, method)(f"{API}{path}", content_type="application/json")
        assert response.status_code == 401, path
        assert response["Content-Type"].startswith("application/json")
        assert "Niet ingelogd" in response.json()["detail"]
        assert response["WWW-Authenticate"].startswith("Bearer")
    assert not Resident.objects.exists()


def test_a_logged_in_browser_session_can_read(world):
    client = Client()
    client.force_login(world.generalist)

    response = client.get(f"{API}/teams")

    assert response.status_code == 200
    assert {team["name"] for team in response.json()["items"]} == {"Team Noord", "Team Zuid"}


def test_a_session_needs_the_csrf_token_to_write(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.front_office)

    response = client.post(f"{API}/residents", json.dumps(NEW_RESIDENT), content_type="application/json")

    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    assert not Resident.objects.exists()

    csrf_token = get_random_string(32)
    client.cookies["csrftoken"] = csrf_token
    response = client.post(
        f"{API}/residents",
        json.dumps(NEW_RESIDENT),
        content_type="application/json",
        headers={"X-CSRFToken": csrf_token},
    )

    assert response.status_code == 201, response.content
    assert Resident.objects.filter(last_name="El Amrani").exists()


def test_a_token_client_writes_without_csrf(world):
    token = issue_token("kcc").strip()
    client = Client(enforce_csrf_checks=True, headers={"Authorization": f"Bearer {token}"})

    response = client.post(f"{API}/residents", json.dumps(NEW_RESIDENT), content_type="application/json")

    assert response.status_code == 201, response.content


def test_an_anonymous_write_gets_401_not_a_csrf_error(world):
    client = Client(enforce_csrf_checks=True)

    response = client.post(f"{API}/residents", json.dumps(NEW_RESIDENT), content_type="application/json")

    assert response.status_code == 401


def test_a_revoked_token_no_longer_works(world, token_client, admin_client):
    from plein.people.models import ApiToken

    client = token_client(world.generalist)
    assert client.get(f"{API}/teams").status_code == 200
    token = ApiToken.objects.get(professional=world.generalist)

    admin_client.post(f"/admin/people/apitoken/{token.pk}/delete/", {"post": "yes"})

    assert client.get(f"{API}/teams").status_code == 401
