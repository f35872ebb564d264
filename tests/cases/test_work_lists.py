"""The work lists at /casussen/: my cases, my team, per state, > 3 months and actions, with counts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from plein.cases import services
from plein.cases.models import Action, Case

LISTS = ["mijn", "team", "fase", "evaluatie", "acties"]


def open_cases_for(world, register_resident, count: int) -> list[Case]:
    cases = []
    for _ in range(count):
        resident = register_resident()
        household = resident.household_memberships.get().household
        case = services.case_open(actor=world.generalist, household=household)
        services.coordinator_assign(actor=world.generalist, case=case, professional=world.generalist)
        services.action_add(
            actor=world.generalist,
            case=case,
            description="Bellen met de school",
            owner=world.generalist,
            due_on=timezone.localdate(),
        )
        cases.append(case)
    # Opened long ago, so that every case is on the review list too.
    Case.objects.filter(pk__in=[case.pk for case in cases]).update(
        opened_at=timezone.now() - datetime.timedelta(days=100)
    )
    return cases


def test_my_cases_list_shows_the_case_and_the_counts(client, world, register_resident):
    [case] = open_cases_for(world, register_resident, 1)
    client.force_login(world.generalist)

    page = client.get(reverse("cases:work_lists")).content.decode()

    assert case.reference in page
    assert 'aria-current="page">Mijn casussen <span class="count">1</span>' in page
    assert 'Acties <span class="count">1</span>' in page


def test_the_state_filter_lists_only_cases_in_that_state(client, world, register_resident, open_case):
    client.force_login(world.generalist)

    registered = client.get(reverse("cases:work_lists"), {"lijst": "fase", "fase": "registered"})
    in_plan = client.get(reverse("cases:work_lists"), {"lijst": "fase", "fase": "plan"})

    assert open_case.reference in registered.content.decode()
    assert open_case.reference not in in_plan.content.decode()
    assert client.get(reverse("cases:work_lists"), {"lijst": "fase", "fase": "closed"}).status_code == 404


def test_the_review_list_has_cases_open_longer_than_three_months(client, world, register_resident):
    [case] = open_cases_for(world, register_resident, 1)
    client.force_login(world.generalist)

    page = client.get(reverse("cases:work_lists"), {"lijst": "evaluatie"}).content.decode()

    assert case.reference in page
    assert 'Langer dan 3 maanden <span class="count">1</span>' in page


def test_an_action_is_ticked_off_from_the_actions_list(client, world, register_resident):
    [case] = open_cases_for(world, register_resident, 1)
    action = Action.objects.get(case=case)
    client.force_login(world.generalist)
    assert (
        "Bellen met de school"
        in client.get(reverse("cases:work_lists"), {"lijst": "acties"}).content.decode()
    )

    response = client.post(reverse("cases:action_complete", args=[case.pk, action.pk]), {"terug": "acties"})

    assert response.url == reverse("cases:work_lists") + "?lijst=acties"
    action.refresh_from_db()
    assert action.done_at is not None


def test_professionals_without_a_team_have_no_work_lists(client, world):
    client.force_login(world.policy)

    assert client.get(reverse("cases:work_lists")).status_code == 404


def test_work_lists_are_paginated(client, world, register_resident, monkeypatch):
    monkeypatch.setattr("plein.cases.views.PAGE_SIZE", 2)
    open_cases_for(world, register_resident, 3)
    client.force_login(world.generalist)

    page = client.get(reverse("cases:work_lists"), {"lijst": "team"}).content.decode()

    assert "Pagina 1 van 2 (3 in totaal, 2 per pagina)" in page
    assert "lijst=team&amp;pagina=2" in page


def test_a_long_work_list_is_counted_only_some_pages_ahead(client, world, register_resident, monkeypatch):
    monkeypatch.setattr("plein.cases.views.PAGE_SIZE", 2)
    monkeypatch.setattr("plein.cases.views.CappedPaginator.PAGES_AHEAD", 1)
    open_cases_for(world, register_resident, 5)
    client.force_login(world.generalist)

    first = client.get(reverse("cases:work_lists"), {"lijst": "team"}).content.decode()
    last = client.get(reverse("cases:work_lists"), {"lijst": "team", "pagina": 3}).content.decode()

    assert "Pagina 1 van meer dan 2 (meer dan 4 in totaal, 2 per pagina)" in first
    assert "lijst=team&amp;pagina=2" in first
    assert "Pagina 3 van 3 (5 in totaal, 2 per pagina)" in last


@pytest.mark.parametrize("chosen", LISTS)
def test_work_lists_take_the_same_number_of_queries_for_1_or_20_cases(
    client, world, register_resident, django_assert_max_num_queries, chosen
):
    open_cases_for(world, register_resident, 1)
    client.force_login(world.generalist)
    url = reverse("cases:work_lists") + f"?lijst={chosen}"
    with CaptureQueriesContext(connection) as one_case:
        assert client.get(url).status_code == 200

    open_cases_for(world, register_resident, 19)

    with django_assert_max_num_queries(len(one_case.captured_queries)):
        response = client.get(url)
    assert response.content.decode().count("<tr") == 21  # the header and 20 rows


def test_a_procesregisseur_finds_the_cases_they_direct_in_their_own_list(
    client, world, open_case, process_director
):
    services.process_director_attach(
        actor=world.generalist, case=open_case, director=process_director, reason="Hulp loopt vast"
    )
    client.force_login(process_director)

    page = client.get(reverse("cases:work_lists"), {"lijst": "regie"}).content.decode()

    assert "Mijn procesregie" in page and open_case.reference in page
    assert (
        'href="/casussen/"' in client.get(reverse("home")).content.decode()
    )  # "Casussen" is in the navigation
