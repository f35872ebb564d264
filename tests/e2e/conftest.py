"""Browser tests: Playwright for Python driving Debian's Chromium (never a downloaded browser)."""

import importlib
import io
import os
import time

import pytest
from django.apps import apps
from django.core.management import call_command
from django_otp.oath import totp

from plein.demo.logins import DEMO_PASSWORD, DEMO_TOTP_KEY

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make system-deps).")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def log_in(page, live_server):
    def log_in_as(username: str, password: str = "geheim-wachtwoord-1"):
        page.goto(f"{live_server.url}/inloggen/")
        page.get_by_label("Gebruikersnaam").fill(username)
        page.get_by_label("Wachtwoord").fill(password)
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_url(f"{live_server.url}/werk/")

    return log_in_as


@pytest.fixture
def demo(transactional_db):
    """The demo municipalities with a small population: their reference data, logins, social map and
    told stories. An earlier browser test flushed the life domains (a data migration): load them again."""
    importlib.import_module("plein.core.migrations.0002_zrm_life_domains").load(apps, None)
    call_command("seed", "--residents", "60", stdout=io.StringIO(), stderr=io.StringIO())


@pytest.fixture
def log_in_demo(page, live_server):
    """Log in with a demo login, after logging out whoever was logged in."""

    def log_in_as(username: str):
        page.context.clear_cookies()
        page.goto(f"{live_server.url}/inloggen/")
        page.get_by_label("Gebruikersnaam").fill(username)
        page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_url(f"{live_server.url}/werk/")

    return log_in_as


@pytest.fixture
def pass_two_factor(page, live_server):
    """``pass_two_factor()``: when the page asks for the 2FA code, type the demo privacy officer's
    current code (from DEMO_TOTP_KEY, as an authenticator app would) and go on; else do nothing.

    A code is accepted once per 30-second step, so when this step's code was used already (a second
    login within the step) the next step's code is tried, which django-otp's tolerance accepts.
    """
    verify_url = f"{live_server.url}/tweestaps/controleren/"

    def pass_it(*_page_and_live_server) -> None:
        page.wait_for_load_state()
        if not page.url.startswith(verify_url):
            return
        for steps_ahead in (0, 1):
            code = totp(bytes.fromhex(DEMO_TOTP_KEY), drift=steps_ahead)
            page.get_by_label("Code", exact=True).fill(f"{code:06d}")
            page.get_by_role("button", name="Doorgaan").click()
            page.wait_for_load_state()
            if not page.url.startswith(verify_url):
                return
            time.sleep(1.1)  # django-otp waits a second after a refused code before it checks again
        raise AssertionError("De tweestapsverificatie van de demo-privacyfunctionaris lukte niet.")

    return pass_it
