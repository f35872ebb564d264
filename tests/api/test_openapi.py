"""The OpenAPI document and the interactive docs, for people writing a client."""

from django.test import Client

from tests.api.conftest import API


def test_the_openapi_document_describes_every_endpoint_and_both_ways_to_log_in(db):
    response = Client().get(f"{API}/openapi.json")

    assert response.status_code == 200
    document = response.json()
    assert document["info"]["title"] == "Plein API"
    assert set(document["paths"]) == {
        f"{API}/municipalities",
        f"{API}/teams",
        f"{API}/teams/{{team_id}}",
        f"{API}/routing",
        f"{API}/residents",
        f"{API}/residents/search",
        f"{API}/requests",
        f"{API}/requests/{{request_id}}",
        f"{API}/residents/{{resident_id}}",
        f"{API}/households/{{household_id}}",
        f"{API}/households/{{household_id}}/members",
        f"{API}/cases",
        f"{API}/cases/{{case_id}}",
        f"{API}/cases/{{case_id}}/assessments",
        f"{API}/cases/{{case_id}}/plans",
        f"{API}/cases/{{case_id}}/plans/{{plan_id}}",
        f"{API}/cases/{{case_id}}/plans/{{plan_id}}/items",
        f"{API}/cases/{{case_id}}/contacts",
        f"{API}/social-map/services",
        f"{API}/social-map/services/{{service_id}}",
        f"{API}/social-map/organisations/{{organisation_id}}",
        f"{API}/hsds/services",
        f"{API}/hsds/services/{{service_hsds_id}}",
        f"{API}/hsds/organizations",
        f"{API}/hsds/organizations/{{organization_hsds_id}}",
        f"{API}/provisions",
        f"{API}/provision-requests",
        f"{API}/provision-requests/{{provision_request_id}}",
        f"{API}/provision-requests/{{provision_request_id}}/check",
        f"{API}/decisions",
        f"{API}/decisions/{{decision_id}}",
        f"{API}/decisions/{{decision_id}}/sign",
        f"{API}/decisions/{{decision_id}}/return",
        f"{API}/decisions/{{decision_id}}/letter",
        f"{API}/objections",
        f"{API}/objections/{{objection_id}}",
        f"{API}/objections/{{objection_id}}/decide",
        f"{API}/objections/{{objection_id}}/extend",
        f"{API}/allocations",
        f"{API}/allocations/{{allocation_id}}",
        f"{API}/allocations/{{allocation_id}}/message",
        f"{API}/monitoring/indicators",
        f"{API}/monitoring/indicators/{{code}}",
        f"{API}/monitoring/reports",
        f"{API}/monitoring/reports/{{report_id}}",
    }
    assert set(document["paths"][f"{API}/residents"]) == {"post"}
    # Searching is a POST: names, BSNs and addresses never travel in a URL.
    assert set(document["paths"][f"{API}/residents/search"]) == {"post"}
    assert set(document["paths"][f"{API}/cases/{{case_id}}/plans/{{plan_id}}"]) == {"get", "put"}
    # Optimistic locking: a change against an older version is a conflict, not bad input.
    assert "409" in document["paths"][f"{API}/cases/{{case_id}}/plans/{{plan_id}}"]["put"]["responses"]
    # The social map is public: no login, a rate limit instead.
    public = [path for path in document["paths"] if "/social-map/" in path or "/hsds/" in path]
    for path in public:
        operation = document["paths"][path]["get"]
        assert "security" not in operation, path
        assert "429" in operation["responses"], path
    for path in set(document["paths"]) - set(public):
        assert all("security" in operation for operation in document["paths"][path].values()), path
    schemes = document["components"]["securitySchemes"]
    assert {scheme["type"] for scheme in schemes.values()} == {"http", "apiKey"}
    assert any(scheme.get("scheme") == "bearer" for scheme in schemes.values())


def test_the_documentation_page_is_served(db):
    response = Client().get(f"{API}/docs")

    assert response.status_code == 200
    assert b"Plein API" in response.content
