"""What every decisions service shares: references, the back-office check and the case timeline."""

import secrets

from django.core.exceptions import PermissionDenied

from plein.cases.services.case import record_event
from plein.decisions.models import ProvisionRequest
from plein.decisions.selectors import is_decision_officer
from plein.intake.services import REFERENCE_ALPHABET

NOT_AN_OFFICER = "Alleen een consulent van de backoffice van deze gemeente kan dit doen."


def new_reference(prefix: str) -> str:
    # Random, like request and case references: a reference reveals nothing about volumes.
    return prefix + "-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


def check_officer(actor, municipality_id: int) -> None:
    if not is_decision_officer(actor, municipality_id):
        raise PermissionDenied(NOT_AN_OFFICER)


def record_on_case(request: ProvisionRequest, kind: str, *, actor, note: str) -> None:
    """The case's timeline shows what happened to its requests; a direct application has no case."""
    if request.case_id:
        record_event(request.case, kind, actor=actor, note=note)
