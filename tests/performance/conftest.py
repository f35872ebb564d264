"""Fixtures for the query-count tests: the case and back-office worlds of the other test packages."""

from tests.cases.conftest import (  # noqa: F401  (fixtures shared with the cases tests)
    case_world,
    conversation_case,
    draft_plan,
    household,
    open_case,
    sign_plan,
)
from tests.decisions.conftest import catalogue, officer, provider  # noqa: F401
