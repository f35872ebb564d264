from django import forms
from django.core.exceptions import ValidationError


def add_service_errors(
    form: forms.Form, error: ValidationError, *, field_map: dict[str, str] | None = None
) -> None:
    """Show a service's ValidationError next to the fields it names; the rest above the form."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    field_map = field_map or {}
    for key, messages in error.message_dict.items():
        field = field_map.get(key, key)
        form.add_error(field if field in form.fields else None, messages)
