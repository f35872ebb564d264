"""The REST API under /api/v1/ (django-ninja); each context contributes a router.

Every error is JSON with a ``detail`` string (Dutch), and bad input adds ``errors``: a list of
messages per field, so clients can show them next to what the user typed, like the web forms do.
"""

from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ObjectDoesNotExist, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from plein.areas.api import router as areas_router
from plein.cases.api import router as cases_router
from plein.cases.services import StaleVersion
from plein.core.api_auth import api_auth
from plein.decisions.api import router as decisions_router
from plein.directory.api import router as directory_router
from plein.intake.api import router as intake_router
from plein.monitoring.api import router as monitoring_router
from plein.people.api import router as people_router

NOT_FOUND = "Niet gevonden."

api = NinjaAPI(
    title="Plein API",
    version="1",
    description=(
        "Plein: integrale toegang tot het sociaal domein (Wmo, Jeugdwet, Participatiewet). "
        "Inloggen met een sessie of met `Authorization: Bearer <token>` "
        "(maak een token met `plein api_token <gebruikersnaam>`). U ziet alleen inwoners en "
        "huishoudens in uw eigen werkgebied.\n\n"
        "Plein: integrated access to the Dutch social domain. Authenticate with a session or a "
        "bearer token; every response is limited to what your role needs to know. Errors are "
        'JSON: `{"detail": "...", "errors": {"<field>": ["..."]}}`.'
    ),
    urls_namespace="api",
    auth=api_auth,
)
api.add_router("", areas_router)
api.add_router("", people_router)
api.add_router("", intake_router)
api.add_router("", cases_router)
api.add_router("", directory_router)
api.add_router("", decisions_router)
api.add_router("", monitoring_router)


def error_response(
    request: HttpRequest, status: int, detail: str, errors: dict[str, list[str]] | None = None
) -> HttpResponse:
    body: dict[str, Any] = {"detail": detail}
    if errors is not None:
        body["errors"] = errors
    return api.create_response(request, body, status=status)


def _summary(errors: dict[str, list[str]]) -> str:
    messages = [message for field_messages in errors.values() for message in field_messages]
    if len(messages) == 1:
        return messages[0]
    return f"De invoer bevat {len(messages)} fouten; zie de meldingen per veld."


@api.exception_handler(DjangoValidationError)
def service_validation_error(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    """Services raise ValidationError keyed by field, in Dutch: that is exactly the 400 body."""
    if hasattr(exc, "error_dict"):
        errors = {
            field: [str(message) for message in messages] for field, messages in exc.message_dict.items()
        }
    else:
        errors = {NON_FIELD_ERRORS: [str(message) for message in exc.messages]}
    return error_response(request, 400, _summary(errors), errors)


@api.exception_handler(StaleVersion)
def stale_version(request: HttpRequest, exc: StaleVersion) -> HttpResponse:
    """Optimistic locking: the change was made against an older version. Nothing was saved."""
    return error_response(
        request,
        409,
        "Iemand anders heeft dit intussen gewijzigd: uw lock_version is verouderd. Haal de nieuwe "
        "versie op en stuur uw wijziging opnieuw.",
        {"lock_version": [str(message) for message in exc.messages]},
    )


# Pydantic's messages are English; the common ones get a Dutch text, the rest keep pydantic's.
PYDANTIC_MESSAGES = {
    "missing": "Dit veld is verplicht.",
    "int_parsing": "Vul een geheel getal in.",
    "int_type": "Vul een geheel getal in.",
    "greater_than_equal": "Vul een getal van minstens {ge} in.",
    "less_than_equal": "Vul een getal van hoogstens {le} in.",
    "string_pattern_mismatch": "Dit heeft niet de goede vorm.",
    "decimal_parsing": "Vul een getal in.",
    "decimal_type": "Vul een getal in.",
    "finite_number": "Vul een getal in.",
    "decimal_max_digits": "Vul een getal in met hooguit {max_digits} cijfers.",
    "decimal_max_places": "Vul een getal in met hooguit {decimal_places} cijfers achter de komma.",
    "decimal_whole_digits": "Vul een getal in met hooguit {whole_digits} cijfers vóór de komma.",
    "date_parsing": "Dit is geen geldige datum; gebruik JJJJ-MM-DD.",
    "date_from_datetime_parsing": "Dit is geen geldige datum; gebruik JJJJ-MM-DD.",
    "date_type": "Dit is geen geldige datum; gebruik JJJJ-MM-DD.",
    "bool_parsing": "Vul true of false in.",
    "bool_type": "Vul true of false in.",
    "string_type": "Vul tekst in.",
    "enum": "Kies een van: {expected}.",
    "json_invalid": "De body is geen geldige JSON.",
    "model_attributes_type": "De body moet een JSON-object zijn.",
}


def _field_name(loc: tuple | list) -> str:
    """("body", "payload", "birth_date") → "birth_date"; ("query", "postcode") → "postcode"."""
    parts = [str(part) for part in loc]
    if parts and parts[0] in {"body", "query", "path", "header", "cookie", "form", "file"}:
        source, parts = parts[0], parts[1:]
        # A body schema sits under the view's parameter name; clients never see that name.
        if source == "body" and len(parts) > 1:
            parts = parts[1:]
    return ".".join(parts) or NON_FIELD_ERRORS


def _pydantic_message(error: dict[str, Any]) -> str:
    template = PYDANTIC_MESSAGES.get(error.get("type", ""))
    if template is None:
        return str(error.get("msg", "Ongeldige waarde."))
    try:
        return template.format(**error.get("ctx", {}))
    except (KeyError, IndexError):
        return str(error.get("msg", "Ongeldige waarde."))


@api.exception_handler(NinjaValidationError)
def request_validation_error(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    """Input that does not fit the schema (wrong type, missing field): 422, same body as a 400."""
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        errors.setdefault(_field_name(error.get("loc", ())), []).append(_pydantic_message(error))
    return error_response(request, 422, _summary(errors), errors)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    # One body for "does not exist" and "exists but not yours", so ids reveal nothing.
    return error_response(request, 404, NOT_FOUND)


@api.exception_handler(ObjectDoesNotExist)
def object_not_found(request: HttpRequest, exc: ObjectDoesNotExist) -> HttpResponse:
    return error_response(request, 404, NOT_FOUND)


@api.exception_handler(PermissionDenied)
def permission_denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return error_response(request, 403, "U heeft voor deze handeling geen toegang.")


# Ninja's own HttpErrors are English; translate the ones a client can cause.
NINJA_MESSAGES = {"Cannot parse request body": "De body is geen geldige JSON."}


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return error_response(request, exc.status_code, NINJA_MESSAGES.get(exc.message, exc.message))


@api.exception_handler(AuthenticationError)
def not_authenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    response = error_response(
        request,
        401,
        "Niet ingelogd. Log in, of stuur een API-token mee: Authorization: Bearer <token>.",
    )
    response["WWW-Authenticate"] = 'Bearer realm="Plein API"'
    return response
