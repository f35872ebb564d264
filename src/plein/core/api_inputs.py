"""Shared pieces for API input: what every request body and query must satisfy."""

from typing import Any

from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination
from pydantic import field_validator

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
