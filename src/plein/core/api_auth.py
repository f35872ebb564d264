"""Authentication for the REST API: a bearer token (scripts, other systems) or the Django
session of a logged-in browser (the docs page, the web front end).

Order matters: ``api_auth`` tries the token first, so a client that sends a token never hits the
session's CSRF check, and a request without any credentials gets 401 rather than a CSRF 403.
"""

from datetime import timedelta
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja.errors import HttpError
from ninja.security import HttpBearer, SessionAuth
from ninja.utils import check_csrf

from plein.core.two_factor import api_session_allowed
from plein.people.models import ApiToken

# Writing last_used_at on every request would turn each read into a write; a minute is precise
# enough to see which tokens are still in use.
LAST_USED_RESOLUTION = timedelta(minutes=1)


class BearerTokenAuth(HttpBearer):
    """``Authorization: Bearer <token>`` with a token from ``plein api_token <username>``."""

    def __call__(self, request: HttpRequest) -> Any:
        # Parsed here instead of in HttpBearer.__call__, which logs the whole header (the token)
        # when DEBUG is on and the scheme is not "Bearer".
        scheme, _, token = request.headers.get(self.header, "").partition(" ")
        token = token.strip()
        if scheme.lower() != self.openapi_scheme or not token:
            return None
        return self.authenticate(request, token)

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        api_token = (
            ApiToken.objects.select_related("professional")
            .filter(digest=ApiToken.hash(token), professional__is_active=True)
            .first()
        )
        if api_token is None:
            return None
        now = timezone.now()
        if api_token.last_used_at is None or now - api_token.last_used_at > LAST_USED_RESOLUTION:
            ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=now)
        professional = api_token.professional
        # Code that reads request.user (rules, templates, logging) sees the token's owner.
        request.user = professional
        return professional


class SessionCsrfAuth(SessionAuth):
    """Ninja's session auth, but CSRF is checked only when there is a session to protect.

    Ninja's ``SessionAuth`` runs the CSRF check before looking at the user, so an anonymous POST
    would get "CSRF check failed" (403) instead of 401. Browsers still need the X-CSRFToken
    header for unsafe methods: the session cookie is sent automatically, a token is not.
    """

    def __call__(self, request: HttpRequest) -> Any:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not user.is_active:
            return None
        if not api_session_allowed(request):
            # The 2FA gate redirects pages, not the API: a session that has not passed it gets nothing.
            raise HttpError(
                401, "Rond eerst de tweestapsverificatie af in de browser, of gebruik een API-token."
            )
        if (
            self.csrf
            and not getattr(request, "_ninja_csrf_exempt", False)
            and check_csrf(request) is not None
        ):
            raise HttpError(
                403,
                "CSRF-controle mislukt. Stuur de X-CSRFToken-header mee, of gebruik een API-token.",
            )
        return user


bearer_token_auth = BearerTokenAuth()
session_auth = SessionCsrfAuth()
api_auth = [bearer_token_auth, session_auth]
