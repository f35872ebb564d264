"""Validators for Dutch identifiers, shared by forms, services and the API."""

import re

from django.core.exceptions import ValidationError
from stdnum.exceptions import ValidationError as StdnumValidationError
from stdnum.nl import bsn as stdnum_bsn

POSTCODE_RE = re.compile(r"^[1-9][0-9]{3}(?!SA|SD|SS)[A-Z]{2}$")


def normalize_postcode(value: str) -> str:
    return re.sub(r"\s+", "", value or "").upper()


def validate_postcode(value: str) -> None:
    if not POSTCODE_RE.match(normalize_postcode(value)):
        raise ValidationError(
            "Dit is geen geldige postcode. Een postcode heeft vier cijfers en twee letters, bijvoorbeeld 1701 AB.",
            code="invalid_postcode",
        )


def normalize_bsn(value: str) -> str:
    """Strip separators; an empty value stays empty (stdnum would pad it to nine zeros)."""
    value = (value or "").strip()
    return stdnum_bsn.compact(value) if value else ""


def validate_bsn(value: str) -> None:
    try:
        stdnum_bsn.validate(value)
    except StdnumValidationError as error:
        raise ValidationError(
            "Dit is geen geldig BSN. Een BSN heeft 9 cijfers en moet voldoen aan de elfproef.",
            code="invalid_bsn",
        ) from error


def clean_postcode(value: str) -> str:
    """The normalised postcode, or a ValidationError keyed "postcode" for the form or API field."""
    postcode = normalize_postcode(value)
    try:
        validate_postcode(postcode)
    except ValidationError as error:
        raise ValidationError({"postcode": error.messages}) from error
    return postcode
