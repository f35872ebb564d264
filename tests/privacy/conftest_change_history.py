"""Fixtures for the change history tests: Anna's household with an open case (Team Noord), an API
client, and the access log entries of changes."""

from plein.privacy.models import AccessLogEntry
from tests.api.conftest import token_client
from tests.cases.conftest import partner_org, partner_user, routed_request
from tests.privacy.conftest_access_log import (
    anna,
    case_world,
    catalogue,
    conversation_case,
    draft_plan,
    help_request,
    household,
    officer,
    open_case,
    other_officer,
    provider,
    sent_decision,
    sign_plan,
    signed_plan_item,
)

__all__ = [
    "anna",
    "case_world",
    "catalogue",
    "conversation_case",
    "draft_plan",
    "entries_since",
    "help_request",
    "household",
    "log_size",
    "officer",
    "open_case",
    "other_officer",
    "partner_org",
    "partner_user",
    "provider",
    "routed_request",
    "sent_decision",
    "sign_plan",
    "signed_plan_item",
    "token_client",
]


def log_size() -> int:
    return AccessLogEntry.objects.count()


def entries_since(size: int) -> list[AccessLogEntry]:
    """The entries written after the log had ``size`` entries, oldest first."""
    return list(AccessLogEntry.objects.order_by("id")[size:])
