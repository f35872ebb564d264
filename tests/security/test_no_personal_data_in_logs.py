"""No personal data of residents in the logs, in redirect URLs or in error pages.

A professional walks the usual flows — search a resident by name and by BSN, open the household and
the case, submit a form with a wrong BSN, open a page that does not exist, call the API with a bad
BSN — and something goes wrong on the way (an exception page, DEBUG off). Meanwhile every Python
log record (root at DEBUG, django.request included) and every access log row is kept; none may hold
a BSN, name, birth date, address, e-mail address or phone number of the residents.
"""

import logging

import pytest
from django.test import Client
from django.urls import reverse

from plein.people import selectors as people_selectors
from plein.privacy.models import AccessLogEntry
from tests.security.conftest import BSN, EMAIL, KEES_BSN, PHONE

WRONG_BSN = "123456789"  # fails the eleven test


def personal_strings(security_world) -> list[str]:
    address = security_world.household.address
    return [
        *security_world.personal_data(),
        WRONG_BSN,
        f"{address.postcode} {address.house_number}",
        f"{address.postcode}{address.house_number}",
    ]


@pytest.fixture
def records(caplog):
    """Every log record of the flow, at DEBUG, including Django's request logger."""
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="django.request")
    return caplog


def walk_the_flows(security_world, api_client_for, monkeypatch) -> list:
    """The usual flows of a generalist; returns every response."""
    generalist = security_world.users["generalist"]
    anna = security_world.residents[0]
    client = Client(raise_request_exception=False)
    client.force_login(generalist)
    ids = security_world.ids
    responses = [
        client.post(reverse("people:resident_search"), {"name": anna.last_name}),
        client.post(reverse("people:resident_search"), {"bsn": BSN}),
        client.post(reverse("people:resident_search"), {"bsn": WRONG_BSN}),
        client.post(
            reverse("people:resident_search"),
            {"birth_date": anna.birth_date.strftime("%d-%m-%Y"), "postcode": "1701AB"},
        ),
        client.get(reverse("people:household_detail", args=[ids["household_id"]])),
        client.get(reverse("people:resident_detail", args=[ids["resident_id"]])),
        client.get(reverse("cases:case_detail", args=[ids["case_id"]])),
        client.post(
            reverse("people:resident_create"),
            {
                "first_names": "Anna",
                "last_name": anna.last_name,
                "birth_date": anna.birth_date.strftime("%d-%m-%Y"),
                "bsn": WRONG_BSN,
                "phone": PHONE,
                "email": EMAIL,
                "postcode": "1701AB",
                "house_number": "1",
            },
        ),
        client.get(f"/inwoners/999999/?bsn={BSN}"),
        client.get("/bestaat-niet/", {"bsn": KEES_BSN}),
    ]
    api = api_client_for("generalist")
    responses += [
        api.post("/api/v1/residents/search", {"bsn": WRONG_BSN}, content_type="application/json"),
        api.post("/api/v1/residents/search", {"bsn": BSN}, content_type="application/json"),
        api.get(f"/api/v1/residents/999999?bsn={BSN}"),
    ]

    def broken(*args, **kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr(people_selectors, "household_members", broken)
    crashed = client.get(reverse("people:household_detail", args=[ids["household_id"]]), {"bsn": BSN})
    assert crashed.status_code == 500
    responses.append(crashed)
    return responses


def test_no_personal_data_in_logs_redirects_or_error_pages(
    security_world, api_client_for, records, monkeypatch, settings
):
    settings.DEBUG = False
    personal = personal_strings(security_world)

    responses = walk_the_flows(security_world, api_client_for, monkeypatch)

    logged = [f"{record.name}: {record.getMessage()} {record.exc_text or ''}" for record in records.records]
    logged += [record.getMessage() for record in records.records if record.args]
    assert any("django.request" in line for line in logged), "the flows should have logged a 404 and a 500"
    for line in logged:
        found = [value for value in personal if value in line]
        assert not found, f"log record holds {found}: {line[:300]}"

    for entry in AccessLogEntry.objects.all():
        row = " ".join(str(getattr(entry, field.attname)) for field in entry._meta.concrete_fields)
        found = [value for value in personal if value in row]
        assert not found, f"access log row holds {found}: {row[:300]}"

    for response in responses:
        location = response.get("Location", "")
        found = [value for value in personal if value in location]
        assert not found, f"redirect to {location} holds {found}"

    for response in responses:
        if response.status_code in (404, 500):
            body = response.content.decode(errors="replace")
            found = [value for value in personal if value in body]
            assert not found, f"{response.status_code} page holds {found}"
