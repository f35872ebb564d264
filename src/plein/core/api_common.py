"""Shared pieces of the API: the error body, input rules every request satisfies, pagination."""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django.core.exceptions import ValidationError
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination
from pydantic import field_validator

from plein.core.models import LifeDomain


class ErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]] | None = None


# Every operation can answer these: no or a wrong token (401), input that does not fit the schema (422).
COMMON_ERRORS = {401: ErrorOut, 422: ErrorOut}

# PostgreSQL's integer range; larger offsets made the database driver fail with a 500.
MAX_OFFSET = 2**31 - 1


class InputSchema(Schema):
    """Base for request bodies and queries: text never contains NUL characters, which PostgreSQL
    cannot store (the web forms refuse them the same way)."""

    @field_validator("*", mode="after")
    @classmethod
    def reject_nul_characters(cls, value: Any) -> Any:
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("Dit veld bevat een teken dat niet is toegestaan (NUL).")
        return value


class BoundedLimitOffsetPagination(LimitOffsetPagination):
    class Input(LimitOffsetPagination.Input):
        offset: int = Field(0, ge=0, le=MAX_OFFSET)


def life_domains_by_code(codes: Iterable[str], *, field: str) -> dict[str, LifeDomain]:
    """The active life domains (ZRM) clients name by code; an unknown code is refused on ``field``."""
    codes = set(codes)
    domains = {domain.code: domain for domain in LifeDomain.objects.filter(code__in=codes, active=True)}
    unknown = sorted(codes - domains.keys())
    if unknown:
        raise ValidationError({field: [f"Onbekend leefgebied: {code}." for code in unknown]})
    return domains


@contextmanager
def errors_as(**api_fields: str) -> Iterator[None]:
    """Report a service's error on the field name the client sent (``provider`` → ``provider_id``)."""
    try:
        yield
    except ValidationError as error:
        if not hasattr(error, "error_dict"):
            raise
        raise type(error)(
            {api_fields.get(field, field): messages for field, messages in error.error_dict.items()}
        ) from None
