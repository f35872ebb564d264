"""Log out a session that has been idle too long (BIO: a forgotten, unlocked screen).

``PLEIN_SESSION_IDLE_MINUTES`` (default 30) of inactivity ends the session; SESSION_COOKIE_AGE stays
the absolute maximum of a session however active. The last activity is kept in the session, written
at most once a minute, so a page full of requests does not write the session on every one.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.contrib.auth.views import redirect_to_login
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

LAST_ACTIVITY_SESSION_KEY = "plein_last_activity"
WRITE_RESOLUTION_SECONDS = 60


@receiver(user_logged_in, dispatch_uid="plein_idle_timeout_start")
def start_activity_clock(sender, request, user, **kwargs) -> None:
    """Logging in is activity: the session starts with its clock set, so the first page after logging
    in does not write the session again."""
    if request is not None and hasattr(request, "session"):
        request.session[LAST_ACTIVITY_SESSION_KEY] = int(time.time())


def idle_message(minutes: int) -> str:
    return f"U bent uitgelogd omdat u {minutes} minuten niet actief was."


class IdleTimeoutMiddleware:
    """After AuthenticationMiddleware and MessageMiddleware (the login page shows the message)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            minutes = settings.PLEIN_SESSION_IDLE_MINUTES
            last = request.session.get(LAST_ACTIVITY_SESSION_KEY)
            if last is not None and now - last > minutes * 60:
                logout(request)
                messages.info(request, idle_message(minutes))
                if request.path_info.startswith("/api/"):
                    # The API answers 401 itself now that the session is gone.
                    return self.get_response(request)
                # Back to the page after logging in again; a form sent after the timeout is lost.
                if request.method == "GET":
                    response = redirect_to_login(request.get_full_path())
                else:
                    response = redirect(settings.LOGIN_URL)
                if request.headers.get("HX-Request") == "true":  # django-htmx runs later
                    # A partial page would swap the login form into a fragment: send the browser there.
                    htmx_response = HttpResponse(status=204)
                    htmx_response["HX-Redirect"] = response["Location"]
                    return htmx_response
                return response
            if last is None or now - last >= WRITE_RESOLUTION_SECONDS:
                request.session[LAST_ACTIVITY_SESSION_KEY] = now
        return self.get_response(request)
