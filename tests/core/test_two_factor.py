"""Two-factor authentication: setting up an authenticator app, passing a code after login, backup
codes, throttling, the PLEIN_REQUIRE_2FA gate with its exemptions, and resetting a device."""

import datetime
import re
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from plein.areas.models import Role
from plein.areas.services import membership_add

pytestmark = pytest.mark.django_db

WRONG = "Deze code klopt niet of is verlopen."


@pytest.fixture
def gate_on(settings):
    settings.PLEIN_REQUIRE_2FA = True


def code_for(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    # A code is accepted once per 30-second step; steps_ahead gives the next one (tolerance 1).
    return f"{totp(device.bin_key, drift=steps_ahead):06d}"


def app_for(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator-app", confirmed=True)


# --- set-up -----------------------------------------------------------------------------------------


def test_setting_up_shows_a_qr_code_and_the_key_and_then_ten_backup_codes_once(client, world):
    client.force_login(world.generalist)

    page = client.get(reverse("two_factor:setup"))
    content = page.content.decode()
    assert page.status_code == 200
    assert '<svg class="qr-code" role="img"' in content
    # Inline SVG without style attributes or scripts, so the strict CSP allows it.
    assert "style=" not in content and "<script" not in content
    device = TOTPDevice.objects.get(user=world.generalist)
    assert not device.confirmed
    key = re.search(r'id="two-factor-key"><code>([A-Z2-7 ]+)</code>', content).group(1)
    assert len(key.split()) == 8 and all(len(group) == 4 for group in key.split())
    # A reload keeps the key, so a QR code already scanned keeps working.
    assert key in client.get(reverse("two_factor:setup")).content.decode()

    done = client.post(reverse("two_factor:setup"), {"code": code_for(device)})

    assert done.status_code == 200
    codes = done.context["codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert all(code in done.content.decode() for code in codes)
    device.refresh_from_db()
    assert device.confirmed
    assert StaticToken.objects.filter(device__user=world.generalist).count() == 10
    # The session passed 2FA with that first code; the codes are not shown again.
    assert client.get(reverse("security:overview")).context["verified"] is True
    assert client.get(reverse("two_factor:setup")).status_code == 302


def test_a_wrong_first_code_is_refused_in_dutch_and_keeps_what_was_typed(client, world):
    client.force_login(world.generalist)
    client.get(reverse("two_factor:setup"))

    response = client.post(reverse("two_factor:setup"), {"code": "000000"})

    assert response.status_code == 400
    assert WRONG in response.content.decode()
    assert 'value="000000"' in response.content.decode()
    assert not TOTPDevice.objects.get(user=world.generalist).confirmed


# --- the gate and the verify page ----------------------------------------------------------------


def test_with_the_gate_on_a_professional_without_an_app_is_sent_to_set_it_up(client, world, gate_on):
    client.force_login(world.generalist)

    response = client.get(reverse("home"))

    assert response["Location"] == f"{reverse('two_factor:setup')}?next=%2Fwerk%2F"


def test_with_the_gate_on_a_code_is_asked_after_login_and_leads_back(client, world, gate_on):
    device = app_for(world.generalist)
    client.force_login(world.generalist)

    response = client.get(reverse("people:resident_search"))
    assert response.status_code == 302
    verify_url = response["Location"]
    assert verify_url.startswith(reverse("two_factor:verify"))

    wrong = client.post(verify_url, {"code": "123456", "next": "/zoeken/"})
    assert wrong.status_code == 400 and WRONG in wrong.content.decode()

    with time_machine.travel(datetime.timedelta(seconds=2)):  # past the 1-second throttle
        right = client.post(verify_url, {"code": code_for(device), "next": reverse("people:resident_search")})
        assert right["Location"] == reverse("people:resident_search")
        assert client.get(reverse("people:resident_search")).status_code == 200


def test_with_the_gate_off_work_pages_need_no_code(client, world, settings):
    settings.PLEIN_REQUIRE_2FA = False
    app_for(world.generalist)
    client.force_login(world.generalist)

    assert client.get(reverse("home")).status_code == 200


def test_a_code_is_accepted_only_once(client, world, gate_on):
    device = app_for(world.generalist)
    code = code_for(device)
    client.force_login(world.generalist)
    assert client.post(reverse("two_factor:verify"), {"code": code}).status_code == 302

    other = Client()
    other.force_login(world.generalist)
    with time_machine.travel(datetime.timedelta(seconds=2), tick=False):
        replay = other.post(reverse("two_factor:verify"), {"code": code})
    assert replay.status_code == 400


def test_a_backup_code_works_once(client, world, gate_on):
    app_for(world.generalist)
    backup = StaticDevice.objects.create(user=world.generalist, name="Back-upcodes", confirmed=True)
    backup.token_set.create(token="abcd2345")
    client.force_login(world.generalist)

    # Typed with capitals and a space, as people copy them.
    assert client.post(reverse("two_factor:verify"), {"code": "ABCD 2345"})["Location"] == reverse("home")
    assert client.get(reverse("home")).status_code == 200

    other = Client()
    other.force_login(world.generalist)
    assert other.post(reverse("two_factor:verify"), {"code": "abcd2345"}).status_code == 400


def test_next_leads_only_to_this_site(client, world, gate_on):
    device = app_for(world.generalist)
    client.force_login(world.generalist)

    response = client.post(
        reverse("two_factor:verify"), {"code": code_for(device), "next": "https://elders.example/"}
    )

    assert response["Location"] == reverse("home")


def test_repeated_wrong_codes_are_throttled_even_the_right_one_waits(client, world, gate_on):
    device = app_for(world.generalist)
    client.force_login(world.generalist)
    start = datetime.datetime.now(tz=datetime.UTC)
    with time_machine.travel(start, tick=False):
        client.post(reverse("two_factor:verify"), {"code": "111111"})
        client.post(reverse("two_factor:verify"), {"code": "222222"})  # too soon: not even checked
    with time_machine.travel(start + datetime.timedelta(seconds=2), tick=False):
        client.post(reverse("two_factor:verify"), {"code": "333333"})  # second failure: wait 2 s
        throttled = client.post(reverse("two_factor:verify"), {"code": code_for(device)})

    assert throttled.status_code == 400
    assert "Te veel onjuiste codes achter elkaar. Probeer het over 2 seconden opnieuw." in (
        throttled.content.decode()
    )
    with time_machine.travel(start + datetime.timedelta(seconds=5), tick=False):
        assert client.post(reverse("two_factor:verify"), {"code": code_for(device)}).status_code == 302


def test_the_gate_leaves_public_pages_login_and_health_alone(client, world, gate_on):
    client.force_login(world.generalist)

    for url in ("/", "/vraag/", "/health", reverse("two_factor:setup")):
        assert client.get(url).status_code == 200, url
    assert client.post(reverse("logout"))["Location"] == reverse("login")


def test_the_api_refuses_an_unverified_session_but_takes_a_token(client, world, gate_on):
    client.force_login(world.generalist)

    refused = client.get("/api/v1/municipalities")
    assert refused.status_code == 401
    assert refused.json()["detail"].startswith("Rond eerst de tweestapsverificatie af")
    # The public social map needs no login at all.
    assert client.get("/api/v1/social-map/services").status_code == 200

    stdout = StringIO()
    call_command("api_token", "generalist", stdout=stdout)
    token = stdout.getvalue().strip()
    with_token = Client().get("/api/v1/municipalities", headers={"Authorization": f"Bearer {token}"})
    assert with_token.status_code == 200


def test_a_partial_page_request_gets_a_full_page_redirect(client, world, gate_on):
    client.force_login(world.generalist)

    response = client.get(reverse("home"), headers={"HX-Request": "true"})

    assert response.status_code == 204
    assert response["HX-Redirect"].startswith(reverse("two_factor:setup"))


# --- resetting ---------------------------------------------------------------------------------------


def test_a_professional_resets_their_own_app_only_with_a_current_code(verified_client_for, world):
    client = verified_client_for(world.generalist)
    device = TOTPDevice.objects.get(user=world.generalist)

    wrong = client.post(reverse("security:reset_own"), {"code": "000000"})
    assert wrong.status_code == 400 and WRONG in wrong.content.decode()
    assert TOTPDevice.objects.filter(user=world.generalist).exists()

    with time_machine.travel(datetime.timedelta(seconds=2)):
        done = client.post(reverse("security:reset_own"), {"code": code_for(device)})
    assert done["Location"] == reverse("two_factor:setup")
    assert not TOTPDevice.objects.filter(user=world.generalist, confirmed=True).exists()
    assert client.get(reverse("security:overview")).context["verified"] is False


def test_new_backup_codes_replace_the_old_ones(verified_client_for, world):
    client = verified_client_for(world.generalist)
    old = StaticDevice.objects.create(user=world.generalist, name="Back-upcodes", confirmed=True)
    old.token_set.create(token="oldcode2")

    response = client.post(reverse("security:backup_codes_renew"))

    assert len(response.context["codes"]) == 10
    assert not StaticToken.objects.filter(token="oldcode2").exists()


@pytest.fixture
def functional_admin(world):
    from tests import factories

    admin = factories.ProfessionalFactory(username="beheer")
    membership_add(
        professional=admin,
        role=Role.FUNCTIONAL_ADMIN,
        organisation=world.organisation,
        municipality=world.municipality,
        starts_on=datetime.date(2020, 1, 1),
    )
    return admin


def test_a_functional_admin_resets_a_colleagues_two_factor(verified_client_for, world, functional_admin):
    app_for(world.generalist)
    app_for(world.other_generalist)
    client = verified_client_for(functional_admin)

    done = client.post(reverse("security:colleague_reset"), {"username": "generalist"}, follow=True)
    assert "De tweestapsverificatie van generalist is verwijderd." in done.content.decode()
    assert not TOTPDevice.objects.filter(user=world.generalist).exists()

    # A professional of another municipality is not theirs to reset.
    elsewhere = client.post(reverse("security:colleague_reset"), {"username": "andere"})
    assert elsewhere.status_code == 400
    assert "Geen collega met deze gebruikersnaam in uw gemeente." in elsewhere.content.decode()
    assert TOTPDevice.objects.filter(user=world.other_generalist).exists()


def test_only_a_verified_functional_admin_resets_a_colleague(client, world, functional_admin):
    app_for(world.policy)
    client.force_login(world.generalist)
    assert client.post(reverse("security:colleague_reset"), {"username": "beleid"}).status_code == 404

    client.force_login(functional_admin)
    response = client.post(reverse("security:colleague_reset"), {"username": "beleid"})
    assert response["Location"].startswith(reverse("two_factor:setup"))
    assert TOTPDevice.objects.filter(user=world.policy).exists()
