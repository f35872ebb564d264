"""Fixtures for the REST API tests: clients that authenticate the way real API clients do."""

import pytest
from django.test import Client

from plein.people.services import api_token_issue

API = "/api/v1"


@pytest.fixture
def token_client(world):
    """A test client that sends ``Authorization: Bearer <token>`` for the given professional."""

    def make(user) -> Client:
        token = api_token_issue(professional=user)
        return Client(headers={"Authorization": f"Bearer {token}"})

    return make
