"""Registering requests from every channel and closing them with one recorded outcome."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from plein.areas.models import Role, Team
from plein.areas.services import membership_add
from plein.core.legal_terms import WMO_INVESTIGATION, term_status
from plein.core.models import LifeDomain
from plein.intake import selectors, services
from plein.intake.models import Request
from tests import factories


def register(**fields) -> Request:
    values = {
        "channel": Request.Channel.WEB,
        "source": Request.Source.RESIDENT,
        "question": "Ik kan mijn boodschappen niet meer doen.",
    }
    values.update(fields)
    return services.request_register(**values)


def test_a_web_question_lands_with_the_team_serving_the_postcode(world):
    request = register(
        postcode="1701 ab", house_number=12, contact_email="anna@example.org", is_wmo_melding=True
    )

    assert request.team == world.team
    assert request.municipality == world.municipality
    assert request.reference.startswith("V-")
    assert request.contact_preference == Request.ContactPreference.EMAIL
    assert "Team Noord bedient wijk" in request.events.get(kind="triaged").note
    assert list(selectors.team_inbox(user=world.generalist)) == [request]
    assert selectors.wmo_term(request).due_on == timezone.localtime(
        request.received_at
    ).date() + datetime.timedelta(weeks=6)


def test_an_anonymous_request_without_contact_details_is_kept_but_marked(world):
    request = register(source=Request.Source.ANONYMOUS, postcode="1701AB", house_number=3)

    assert request.contact_preference == Request.ContactPreference.NONE
    assert request.get_contact_preference_display() == "Geen contact mogelijk"


def test_a_postcode_outside_every_municipality_goes_to_the_central_queue(world):
    request = register(postcode="9999ZZ", house_number=1)

    assert request.team is None and request.municipality is None
    assert "centrale wachtrij" in request.events.get(kind="triaged").note
    assert list(selectors.central_queue(user=world.front_office)) == [request]
    assert not selectors.central_queue(user=world.generalist).exists()


def test_a_retried_submission_with_the_same_key_creates_one_request(world):
    first = register(postcode="1701AB", house_number=3, idempotency_key="abc-123")
    second = register(postcode="1701AB", house_number=3, idempotency_key="abc-123")

    assert first == second
    assert Request.objects.count() == 1


def test_text_is_kept_as_typed(world):
    story = "Mijn moeder (87) woont alleen; ze vergeet haar medicijnen 😟 — café, naïef, <script>" * 40

    request = register(question=story, postcode="1701AB", house_number=3)

    request.refresh_from_db()
    assert request.question == story


def test_minors_involved_route_to_the_youth_team_serving_the_district(world):
    youth = factories.TeamFactory(
        municipality=world.municipality, name="Jeugdteam", kind=Team.Kind.YOUTH_AND_FAMILY
    )
    youth.districts.add(world.district)

    request = register(
        channel=Request.Channel.PROFESSIONAL_SIGNAL,
        source=Request.Source.PROFESSIONAL,
        postcode="1701AB",
        house_number=3,
        minors_involved=True,
    )

    assert request.team == youth
    assert "minderjarigen" in request.events.get(kind="triaged").note


def test_answering_at_once_closes_the_request_with_who_and_what(world):
    request = register(channel=Request.Channel.PHONE, postcode="1701AB", house_number=3)

    services.request_answer(
        actor=world.front_office, request=request, note="Verwezen naar de boodschappendienst."
    )

    request.refresh_from_db()
    assert request.status == Request.Status.CLOSED and request.outcome == Request.Outcome.ANSWERED
    event = request.events.get(kind="answered")
    assert event.actor == world.front_office and "boodschappendienst" in event.note
    with pytest.raises(ValidationError, match="al afgehandeld"):
        services.request_answer(actor=world.front_office, request=request, note="Nog eens.")


def test_forwarding_needs_a_partner_and_a_reason(world):
    request = register(channel=Request.Channel.PHONE, postcode="1701AB", house_number=3)

    with pytest.raises(ValidationError) as error:
        services.request_forward(
            actor=world.front_office, request=request, partner=world.organisation, reason=" "
        )
    assert "reason" in error.value.message_dict

    services.request_forward(
        actor=world.front_office, request=request, partner=world.organisation, reason="Alleen schulden."
    )
    assert request.outcome == Request.Outcome.FORWARDED and request.forwarded_to == world.organisation


def test_choosing_another_team_than_the_address_gives_needs_a_reason(world):
    request = register(channel=Request.Channel.DESK, postcode="1701AB", house_number=3)
    other = Team.objects.get(name="Team Zuid")

    with pytest.raises(ValidationError) as error:
        services.request_route(actor=world.front_office, request=request, team=other)
    assert "Team Noord" in error.value.message_dict["reason"][0]

    services.request_route(
        actor=world.front_office, request=request, team=other, reason="Kent de generalist daar al."
    )
    assert request.team == other and request.outcome == Request.Outcome.ROUTED


def test_a_crisis_is_fed_back_to_the_team(world):
    request = register(channel=Request.Channel.PHONE, postcode="1701AB", house_number=3)

    services.request_crisis(actor=world.front_office, request=request, note="Crisisdienst ingeschakeld.")

    assert request.urgency == Request.Urgency.CRISIS and request.team == world.team
    assert request in selectors.team_inbox(user=world.generalist)


def test_only_a_member_of_the_team_can_pick_a_request_up(world):
    request = register(postcode="1701AB", house_number=3)

    with pytest.raises(ValidationError):
        services.request_assign(
            actor=world.other_generalist, request=request, professional=world.other_generalist
        )
    services.request_assign(actor=world.generalist, request=request, professional=world.generalist)

    assert request.status == Request.Status.ASSIGNED


def test_generalists_see_unassigned_and_their_own_requests_coordinators_the_whole_queue(world):
    colleague = factories.ProfessionalFactory(username="collega")
    coordinator = factories.ProfessionalFactory(username="coordinator")
    for user, role in ((colleague, Role.GENERALIST), (coordinator, Role.TEAM_COORDINATOR)):
        membership_add(
            professional=user,
            role=role,
            organisation=world.organisation,
            team=world.team,
            starts_on=datetime.date(2020, 1, 1),
        )
    mine = register(postcode="1701AB", house_number=3)
    theirs = register(postcode="1701AB", house_number=4)
    services.request_assign(actor=colleague, request=theirs, professional=colleague)

    assert list(selectors.team_inbox(user=world.generalist)) == [mine]
    assert list(selectors.team_inbox(user=coordinator)) == [mine, theirs]


def test_the_three_wmo_steps_are_recorded_once(world):
    request = register(postcode="1701AB", house_number=3, is_wmo_melding=True)

    for step in ("receipt", "client_support", "personal_plan", "receipt"):
        services.request_record_wmo_step(actor=world.generalist, request=request, step=step)

    assert (
        request.receipt_confirmed_at
        and request.client_support_offered_at
        and request.personal_plan_offered_at
    )
    assert request.events.filter(kind="wmo_step").count() == 3


def test_life_domains_are_the_thirteen_of_the_zrm(db):
    assert LifeDomain.objects.count() == 13
    assert LifeDomain.objects.first().name == "Financiën"


def test_term_status_counts_down_and_warns():
    started = datetime.date(2026, 1, 1)

    assert (
        term_status(WMO_INVESTIGATION, started_on=started, today=datetime.date(2026, 1, 1)).label
        == "nog 42 dagen"
    )
    almost = term_status(WMO_INVESTIGATION, started_on=started, today=datetime.date(2026, 2, 8))
    assert almost.is_almost_due and not almost.is_overdue
    late = term_status(WMO_INVESTIGATION, started_on=started, today=datetime.date(2026, 2, 13))
    assert late.is_overdue and late.label == "1 dag te laat"


def test_a_rule_sending_to_the_central_queue_keeps_the_municipality_of_the_address(world):
    from plein.intake.models import TriageRule

    TriageRule.objects.create(
        municipality=world.municipality,
        order=1,
        name="Anoniem centraal",
        source=Request.Source.ANONYMOUS,
        route_to=TriageRule.RouteTo.CENTRAL_QUEUE,
    )

    request = register(source=Request.Source.ANONYMOUS, postcode="1701AB", house_number=3)

    assert request.team is None and request.municipality == world.municipality
    assert list(selectors.central_queue(user=world.front_office)) == [request]
