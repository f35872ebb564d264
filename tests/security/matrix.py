"""The machinery of the role × URL matrix: walking the URL patterns and the API, filling path
parameters from the security world, and sorting a response into an outcome class.

The expectations themselves live in test_role_matrix.py, one line per URL pattern.
"""

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.contrib import admin
from django.db import transaction
from django.shortcuts import resolve_url
from django.urls import URLPattern, URLResolver, get_resolver

ROLES = (
    "anonymous",
    "generalist",
    "other_team",
    "front_office",
    "decision_officer",
    "team_coordinator",
    "policy",
    "functional_admin",
    "privacy_officer",
    "directory_editor",
    "network_partner",
    "staff_only",
)

OK = "ok"  # 2xx, or 3xx to a page other than a login page
LOGIN = "login"  # redirect to a login page (web) or 401 (API)
FORBIDDEN = "forbidden"  # 403
HIDDEN = "hidden"  # 404: the object does not exist for this role
INVALID = "invalid"  # 400/422 on an empty body: allowed to try, refused for what was sent
OUTCOMES = (OK, LOGIN, FORBIDDEN, HIDDEN, INVALID)

API_PREFIX = "api/v1/"


@dataclass(frozen=True)
class Expect:
    """The outcome per role of one URL pattern."""

    outcomes: tuple[str, ...]

    def __getitem__(self, role: str) -> str:
        return self.outcomes[ROLES.index(role)]


def expect(default: str, *, anonymous: str = LOGIN, **roles: str) -> Expect:
    """``default`` for every professional, ``anonymous`` for the visitor without login, and the
    exceptions by role name."""
    unknown = set(roles) - set(ROLES)
    assert not unknown, f"unknown roles {unknown}"
    values = {"anonymous": anonymous, **roles}
    return Expect(tuple(values.get(role, default) for role in ROLES))


def public() -> Expect:
    return expect(OK, anonymous=OK)


# --- walking the project's URL patterns ----------------------------------------------------------


def web_routes() -> Iterator[str]:
    """Every URL pattern of the project as its route string, e.g. ``casussen/<int:case_id>/``; the
    operations of the API are walked through its OpenAPI document instead (method by method)."""

    def walk(resolver: URLResolver, prefix: str) -> Iterator[tuple[str, str]]:
        for pattern in resolver.url_patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern, route)
            elif isinstance(pattern, URLPattern):
                yield route, pattern.name or ""

    api_pages = {"openapi-json", "openapi-view", "api-root"}
    seen = set()
    for route, name in walk(get_resolver(), ""):
        if route.startswith(API_PREFIX) and name not in api_pages:
            continue
        route = READABLE.get(name, route) if route.startswith("admin/") else route
        if route not in seen:
            seen.add(route)
            yield route


# The admin's two regular-expression patterns, under a stable name: the list of apps in the first
# one changes with every app that registers a model.
READABLE = {"app_list": "admin/<app_label>/"}
CATCH_ALL = "admin/(?P<url>.*)$"


def admin_model_routes(app_label: str, model_name: str) -> list[str]:
    base = f"admin/{app_label}/{model_name}/"
    return [
        base,
        base + "add/",
        base + "<path:object_id>/history/",
        base + "<path:object_id>/delete/",
        base + "<path:object_id>/change/",
        base + "<path:object_id>/",
    ]


def registered_admin_models() -> list[str]:
    return sorted(f"{model._meta.app_label}.{model._meta.model_name}" for model in admin.site._registry)


def api_operations(client) -> Iterator[tuple[str, str]]:
    """(METHOD, path) of every operation in /api/v1/openapi.json."""
    response = client.get("/" + API_PREFIX + "openapi.json")
    assert response.status_code == 200, response.status_code
    for path, operations in response.json()["paths"].items():
        for method in operations:
            if method in {"get", "post", "put", "patch", "delete"}:
                yield method.upper(), path


# --- filling path parameters ----------------------------------------------------------------------

PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>|\{(?P<api_name>\w+)\}")


def fill(route: str, ids: dict, overrides: dict[str, str] | None = None) -> str:
    """Replace each path parameter by the id of the world's object of that name."""
    overrides = overrides or {}

    def value(match: re.Match) -> str:
        name = match.group("name") or match.group("api_name")
        key = overrides.get(name, name)
        if key not in ids:
            raise KeyError(f"no object for path parameter {name!r} of {route!r}; add it to the world")
        return str(ids[key])

    path = PARAMETER.sub(value, route)
    return path if path.startswith("/") else "/" + path


# --- outcome classes ------------------------------------------------------------------------------

LOGIN_PATHS = (resolve_url(settings.LOGIN_URL), "/admin/login/")


def classify(response, path: str = "") -> str:
    status = response.status_code
    if status in (301, 302, 303, 307, 308):
        location = response["Location"].split("?")[0]
        if location.endswith(LOGIN_PATHS):
            return LOGIN
        # The admin answers an object that does not exist with a redirect to its index.
        if path.startswith("/admin/") and path.count("/") >= 5 and location == "/admin/":
            return HIDDEN
        return OK
    if status == 401:
        return LOGIN
    if status == 403:
        return FORBIDDEN
    if status == 404:
        return HIDDEN
    if status in (400, 422):
        return INVALID
    if 200 <= status < 300:
        return OK
    return f"status {status}"


def request(client, method: str, path: str):
    """One request inside a savepoint that is rolled back: whatever a role may do leaves the world
    as it was for the next URL, and the client keeps its session cookie (a logout would otherwise
    end the session for the rest of the walk). Exceptions become an outcome, not a crash."""
    cookies = copy.deepcopy(client.cookies)
    try:
        return _request(client, method, path)
    finally:
        client.cookies = cookies


def _request(client, method: str, path: str):
    with transaction.atomic():
        try:
            if method == "GET":
                response = client.get(path)
            elif method == "POST_FORM":
                response = client.post(path, {})
            else:
                response = client.generic(method, path, b"{}", content_type="application/json")
        except Exception as error:  # a 500 is an outcome of the matrix
            transaction.set_rollback(True)
            return None, f"error {type(error).__name__}: {error}"
        transaction.set_rollback(True)
    return response, classify(response, path)


def text_of(response) -> str:
    if response is None or getattr(response, "streaming", False):
        return ""
    content_type = response.get("Content-Type", "")
    if not content_type.startswith(("text/", "application/json")):
        return ""
    return response.content.decode(errors="replace") + response.get("Location", "")
