"""The case conference pages: my teams' meetings, the agenda, and the minutes per case."""

import datetime

from django.urls import reverse
from django.utils import timezone

from plein.areas.models import Role
from plein.areas.services import membership_add
from plein.cases import services
from plein.cases.models import Conference
from tests import factories


def minutes(case, **fields):
    data = {"decisions": "Het gezin krijgt een vaste regiehouder."}
    data.update(fields)
    return {f"casus-{case.pk}-{name}": value for name, value in data.items()}


def multi_complex(world, case):
    return services.case_classify(
        actor=world.generalist,
        case=case,
        expected_version=case.lock_version,
        domain_scope="multiple",
        complexity="multi_complex",
    )


def test_the_conference_list_does_not_create_meetings_on_get(client, world):
    client.force_login(world.generalist)

    page = client.get(reverse("cases:conference_list")).content.decode()

    assert "Volgend overleg van Team Noord openen" in page
    assert not Conference.objects.exists()


def test_the_next_meeting_is_opened_with_a_post(client, world):
    client.force_login(world.generalist)

    response = client.post(reverse("cases:conference_next"), {"team": world.team.pk})

    conference = Conference.objects.get(team=world.team)
    assert response.url == reverse("cases:conference_detail", args=[conference.pk])


def test_the_next_meeting_of_another_team_is_not_found(client, world):
    client.force_login(world.generalist)

    assert client.post(reverse("cases:conference_next"), {"team": world.other_team.pk}).status_code == 404


def test_a_network_partner_has_no_conferences(client, partner_user):
    client.force_login(partner_user)

    assert client.get(reverse("cases:conference_list")).status_code == 404


def test_the_conference_refuses_a_generalist_as_coordinator_of_a_family_with_a_child(
    client, world, youth_coach, family_case
):
    multi_complex(world, family_case)
    conference = services.conference_next(team=world.team)
    client.force_login(world.generalist)
    page = client.get(reverse("cases:conference_detail", args=[conference.pk])).content.decode()
    assert family_case.reference in page and "Multicomplexe casus" in page

    response = client.post(
        reverse("cases:agenda_item_record", args=[conference.pk, family_case.pk]),
        minutes(family_case, coordinator=world.generalist.pk),
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "Regel ‘Minderjarige in het huishouden’: de regiehouder moet de rol" in page
    assert "Het gezin krijgt een vaste regiehouder." in page
    family_case.refresh_from_db()
    assert family_case.coordinator is None

    due = (timezone.localdate() + datetime.timedelta(days=7)).strftime("%d-%m-%Y")
    response = client.post(
        reverse("cases:agenda_item_record", args=[conference.pk, family_case.pk]),
        minutes(
            family_case,
            coordinator=youth_coach.pk,
            action_1="Huisbezoek plannen",
            owner_1=world.generalist.pk,
            due_1=due,
        ),
    )

    assert response.status_code == 302
    family_case.refresh_from_db()
    assert family_case.coordinator == youth_coach
    assert family_case.actions.get().description == "Huisbezoek plannen"
    case_page = client.get(reverse("cases:case_detail", args=[family_case.pk])).content.decode()
    assert "Besluiten in het afstemmingsoverleg" in case_page and "Huisbezoek plannen" in case_page


def test_an_action_without_owner_is_explained_on_the_minutes_form(client, world, family_case):
    multi_complex(world, family_case)
    conference = services.conference_next(team=world.team)
    client.force_login(world.generalist)

    response = client.post(
        reverse("cases:agenda_item_record", args=[conference.pk, family_case.pk]),
        minutes(family_case, action_1="Huisbezoek plannen"),
    )

    assert response.status_code == 400
    assert "Kies wie deze actie doet." in response.content.decode()


def test_attendees_without_need_to_know_see_only_the_reference_and_the_reason(client, world, family_case):
    multi_complex(world, family_case)
    conference = services.conference_next(team=world.team)
    clerk = factories.ProfessionalFactory(username="notulist")
    membership_add(
        professional=clerk,
        role=Role.FRONT_OFFICE,
        organisation=world.organisation,
        team=world.team,
        starts_on=datetime.date(2020, 1, 1),
        hours_per_week=8,
    )
    client.force_login(clerk)

    page = client.get(reverse("cases:conference_detail", args=[conference.pk])).content.decode()

    assert family_case.reference in page and "Multicomplexe casus" in page
    assert str(family_case.household.address) not in page
    assert reverse("cases:agenda_item_record", args=[conference.pk, family_case.pk]) not in page


def test_attendance_is_recorded(client, world, team_coordinator):
    conference = services.conference_next(team=world.team)
    client.force_login(world.generalist)

    response = client.post(
        reverse("cases:conference_attendance", args=[conference.pk]),
        {"attendees": [world.generalist.pk, team_coordinator.pk]},
    )

    assert response.status_code == 302
    assert set(conference.attendees.all()) == {world.generalist, team_coordinator}


def test_attendance_without_anyone_is_refused_on_the_form(client, world):
    conference = services.conference_next(team=world.team)
    client.force_login(world.generalist)

    response = client.post(reverse("cases:conference_attendance", args=[conference.pk]), {})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Kies wie er bij het overleg waren." in page
    assert 'Aanwezig <span class="field__optional">' not in page
