"""Optional single sign-on (OpenID Connect): only existing, active professionals get in, nobody is
created, and with PLEIN_OIDC_SATISFIES_2FA the identity provider's MFA counts as Plein's 2FA."""

import os
import subprocess
import sys

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from plein.core.oidc import BACKEND_PATH, ExistingProfessionalBackend
from plein.people.models import Professional

pytestmark = pytest.mark.django_db

OIDC = {
    "OIDC_RP_CLIENT_ID": "plein",
    "OIDC_RP_CLIENT_SECRET": "geheim",
    "OIDC_OP_TOKEN_ENDPOINT": "https://idp.example/token",
    "OIDC_OP_USER_ENDPOINT": "https://idp.example/userinfo",
    "OIDC_OP_JWKS_ENDPOINT": "https://idp.example/jwks",
    "OIDC_RP_SIGN_ALGO": "RS256",
    "OIDC_RP_SCOPES": "openid email profile",
    "OIDC_CREATE_USER": False,
}


def signed_on(claims: dict, **settings):
    with override_settings(**OIDC, **settings):
        backend = ExistingProfessionalBackend()
        backend.get_userinfo = lambda access_token, id_token, payload: claims
        return backend.get_or_create_user("access", "id", {})


def test_an_existing_professional_is_matched_on_email(world):
    Professional.objects.filter(pk=world.generalist.pk).update(email="s.jansen@gemeente-a.nl")

    assert signed_on({"email": "S.Jansen@Gemeente-A.nl"}) == world.generalist


def test_an_unknown_person_is_refused_and_not_created(world):
    count = Professional.objects.count()

    assert signed_on({"email": "nieuw@gemeente-a.nl", "preferred_username": "nieuw"}) is None
    assert Professional.objects.count() == count


def test_an_inactive_professional_is_refused(world):
    Professional.objects.filter(pk=world.generalist.pk).update(email="weg@gemeente-a.nl", is_active=False)

    assert signed_on({"email": "weg@gemeente-a.nl"}) is None


def test_the_username_claim_can_be_matched_instead(world):
    claims = {"preferred_username": "generalist", "email": "ander@gemeente-a.nl"}

    assert signed_on(claims, PLEIN_OIDC_MATCH_CLAIM="preferred_username") == world.generalist


@pytest.mark.parametrize(("satisfies", "status"), [(True, 200), (False, 302)])
def test_a_sign_on_counts_as_two_factor_only_when_configured(world, settings, satisfies, status):
    settings.PLEIN_REQUIRE_2FA = True
    settings.PLEIN_OIDC_SATISFIES_2FA = satisfies
    with override_settings(**OIDC, AUTHENTICATION_BACKENDS=[*settings.AUTHENTICATION_BACKENDS, BACKEND_PATH]):
        client = Client()
        client.force_login(world.generalist, backend=BACKEND_PATH)

        assert client.get(reverse("home")).status_code == status


def test_a_password_login_does_not_count_as_a_sign_on(client, world, settings):
    settings.PLEIN_REQUIRE_2FA = True
    settings.PLEIN_OIDC_SATISFIES_2FA = True
    client.force_login(world.generalist)

    assert client.get(reverse("home")).status_code == 302


def test_without_a_client_id_the_login_page_has_no_sign_on_button(client):
    assert "Inloggen via de gemeente" not in client.get(reverse("login")).content.decode()


def test_a_client_id_switches_single_sign_on_on():
    """Settings are read at start-up, so this starts Plein in a fresh process with the variables."""
    script = (
        "import django; django.setup();"
        "from django.conf import settings; from django.test import Client;"
        "print(settings.AUTHENTICATION_BACKENDS[-1]);"
        "print(Client(HTTP_HOST='localhost').get('/inloggen/?next=/werk/').content.decode())"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("PLEIN_")}
    env.update(
        DJANGO_SETTINGS_MODULE="plein.conf.test",
        PLEIN_DATABASE_URL="sqlite:///:memory:",
        PLEIN_OIDC_RP_CLIENT_ID="plein",
        PLEIN_OIDC_OP_AUTHORIZATION_ENDPOINT="https://idp.example/authorize",
        PLEIN_OIDC_OP_TOKEN_ENDPOINT="https://idp.example/token",
        PLEIN_OIDC_OP_USER_ENDPOINT="https://idp.example/userinfo",
        PLEIN_OIDC_OP_JWKS_ENDPOINT="https://idp.example/jwks",
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120, check=True
    )

    assert result.stdout.splitlines()[0] == BACKEND_PATH
    assert '<a class="button button--secondary" href="/oidc/authenticate/?next=/werk/">' in result.stdout
    assert "Inloggen via de gemeente" in result.stdout
