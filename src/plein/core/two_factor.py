"""Two-factor authentication (django-otp): an authenticator app (TOTP) plus one-time backup codes.

A session is *verified* when django-otp's ``OTPMiddleware`` found the device that passed a code in
it, or when the professional came in through the municipality's single sign-on and the deployment
says that sign-on already asked for a second factor (``PLEIN_OIDC_SATISFIES_2FA``).

Two gates use this:

* ``two_factor_required`` — a view decorator for the pages that open up the most (reading the access
  log, the break-the-glass review, the subject-access export): always, whatever the setting.
* ``RequireTwoFactorMiddleware`` — with ``PLEIN_REQUIRE_2FA`` on (the default in production) every
  work page, so a stolen password alone opens nothing.

Both send an unverified professional to the verify page, or to the set-up page when they have no
authenticator app yet, with ``?next=`` so they land where they were going.
"""

import base64
import functools
import logging
import math
from collections.abc import Callable
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import DEVICE_ID_SESSION_KEY, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

logger = logging.getLogger(__name__)

BACKUP_CODE_COUNT = 10
APP_DEVICE_NAME = "Authenticator-app"
BACKUP_DEVICE_NAME = "Back-upcodes"
# Set at a single sign-on login when the identity provider is trusted to have asked for MFA.
OIDC_VERIFIED_SESSION_KEY = "plein_oidc_verified"


# --- state of a session ----------------------------------------------------------------------------


def session_is_verified(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    is_verified = getattr(user, "is_verified", None)
    if is_verified is not None and is_verified():
        return True
    return bool(settings.PLEIN_OIDC_SATISFIES_2FA and request.session.get(OIDC_VERIFIED_SESSION_KEY))


def has_app(user) -> bool:
    return user_has_device(user, confirmed=True)


def safe_next(request: HttpRequest, candidate: str | None) -> str:
    """``next`` only when it stays on this site; the start page otherwise."""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("home")


def two_factor_redirect(request: HttpRequest) -> HttpResponse:
    """To the verify page, or to set-up when there is no app to ask a code from; back here after."""
    target = "two_factor:verify" if has_app(request.user) else "two_factor:setup"
    return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")


def two_factor_required(view: Callable) -> Callable:
    """Always ask for the second factor before this view, whatever ``PLEIN_REQUIRE_2FA`` says.

    Anonymous users go to the login page first (like ``login_required``).
    """

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        if not session_is_verified(request):
            return two_factor_redirect(request)
        return view(request, *args, **kwargs)

    return wrapped


# --- the middleware --------------------------------------------------------------------------------

# Pages that need no second factor: logging in and out, setting up and passing 2FA, the public
# portal and its forms (no login at all), /health for load balancers, the single sign-on callback.
EXEMPT_URL_NAMES = frozenset({"login", "logout", "health"})
EXEMPT_NAMESPACES = frozenset({"two_factor", "portal", "intake_public"})


@functools.cache
def _exempt_prefixes() -> tuple[str, ...]:
    # The API is not redirected: a token needs no session, and a session that has not passed 2FA
    # is refused by plein.core.api_auth (401) while the public social-map API stays open.
    return tuple(prefix for prefix in (settings.STATIC_URL, "/api/", "/oidc/") if prefix)


def _exempt(path: str) -> bool:
    if path.startswith(_exempt_prefixes()):
        return True
    try:
        match = resolve(path)
    except Resolver404:
        return True  # the 404 page tells nothing
    return match.url_name in EXEMPT_URL_NAMES or bool(set(match.namespaces) & EXEMPT_NAMESPACES)


class RequireTwoFactorMiddleware:
    """With ``PLEIN_REQUIRE_2FA`` on, a logged-in professional does nothing before passing 2FA.

    Goes after django-otp's ``OTPMiddleware``. The setting is read per request (tests turn it on).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.PLEIN_REQUIRE_2FA
            and request.user.is_authenticated
            and not _exempt(request.path_info)
            and not session_is_verified(request)
        ):
            if request.headers.get("HX-Request") == "true":  # django-htmx runs later
                # A partial page would swap the 2FA form into a fragment: send the browser there.
                response = HttpResponse(status=204)
                response["HX-Redirect"] = two_factor_redirect(request)["Location"]
                return response
            return two_factor_redirect(request)
        return self.get_response(request)


def api_session_allowed(request: HttpRequest) -> bool:
    """A browser session may use the API only once it passed 2FA, when 2FA is required."""
    return not settings.PLEIN_REQUIRE_2FA or session_is_verified(request)


# --- set-up, verify and reset (services) -----------------------------------------------------------


def pending_app(user) -> TOTPDevice:
    """The unconfirmed authenticator-app device being set up; the same key on every reload, so a
    QR code already scanned keeps working."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


def base32_key(device: TOTPDevice) -> str:
    return base64.b32encode(device.bin_key).decode("ascii")


def key_groups(device: TOTPDevice) -> list[str]:
    """The key in groups of four for typing it into an app by hand."""
    key = base32_key(device)
    return [key[index : index + 4] for index in range(0, len(key), 4)]


def qr_svg(device: TOTPDevice) -> str:
    """The otpauth:// URL as an inline SVG: no image request, no script, no style attribute (CSP)."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=10)
    svg = image.to_string(encoding="unicode")
    return svg.replace(
        "<svg ",
        '<svg class="qr-code" role="img" aria-label="QR-code om te scannen met uw authenticator-app" ',
        1,
    )


def normalise_code(code: str) -> str:
    return "".join(code.split()).lower()


@transaction.atomic
def app_confirm(*, request: HttpRequest, device: TOTPDevice, code: str) -> list[str] | None:
    """Confirm the app with its first code; returns the new backup codes, or None if the code is
    wrong. Earlier devices of this professional are removed: one app, one set of backup codes."""
    _raise_if_throttled(device)
    if not device.verify_token(normalise_code(code)):
        return None
    user = device.user
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = backup_codes_renew(user=user)
    session_verify(request, device)
    logger.info("two-factor set up for professional %s", user.pk)
    return codes


def backup_codes_renew(*, user) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


class Throttled(Exception):
    """Too many wrong codes in a row: django-otp refuses to check another one for a while."""

    def __init__(self, seconds: int):
        super().__init__(seconds)
        self.seconds = seconds


def _raise_if_throttled(device) -> None:
    allowed, data = device.verify_is_allowed()
    if not allowed and data and "locked_until" in data:
        seconds = (data["locked_until"] - timezone.now()).total_seconds()
        raise Throttled(max(1, math.ceil(seconds)))


def code_check(*, user, code: str):
    """The confirmed device that accepts this code (app code or backup code), or None.

    Only the kind of device the code looks like is tried, so a mistyped app code does not count
    against the backup codes too. django-otp throttles each device: after a wrong code the next
    check waits 1, 2, 4, 8… seconds; while it waits, this raises Throttled.
    """
    code = normalise_code(code)
    model = TOTPDevice if code.isdigit() else StaticDevice
    with transaction.atomic():
        devices = list(model.objects.devices_for_user(user, confirmed=True).select_for_update())
        for device in devices:
            _raise_if_throttled(device)
            if device.verify_token(code):
                return device
    return None


def session_verify(request: HttpRequest, device) -> None:
    # A new session key when the session gains power, as at login (session fixation).
    request.session.cycle_key()
    otp_login(request, device)


@transaction.atomic
def two_factor_reset(*, professional) -> None:
    """Remove the app and backup codes: the next login starts the set-up again."""
    TOTPDevice.objects.filter(user=professional).delete()
    StaticDevice.objects.filter(user=professional).delete()
    logger.info("two-factor reset for professional %s", professional.pk)


def forget_verification(request: HttpRequest) -> None:
    request.session.pop(DEVICE_ID_SESSION_KEY, None)
    request.session.pop(OIDC_VERIFIED_SESSION_KEY, None)
