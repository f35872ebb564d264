"""The front-office workspace, the request page and the team inbox, as professionals use them."""

import datetime

from django.urls import reverse
from django.utils import timezone

from plein.intake import services
from plein.intake.models import Request


def phone_call(**overrides):
    data = {
        "channel": "phone",
        "source": "resident",
        "urgency": "normal",
        "question": "Mevrouw zoekt hulp bij de boodschappen.",
        "postcode": "",
        "house_number": "",
    }
    data.update(overrides)
    return data


def test_the_kcc_registers_a_call_for_a_known_resident_and_answers_it(client, world, register_resident):
    anna = register_resident(first_names="Anna", postcode="1701AB", house_number=7)
    client.force_login(world.front_office)

    response = client.post(
        f"{reverse('intake:request_register')}?inwoner={anna.pk}", phone_call(), follow=True
    )
    melding = Request.objects.get()
    assert response.redirect_chain[-1][0] == reverse("intake:request_detail", args=[melding.pk])
    assert melding.resident == anna and melding.team == world.team
    assert "Team Noord bedient wijk" in response.content.decode()

    client.post(
        reverse("intake:request_answer", args=[melding.pk]), {"note": "Verwezen naar de boodschappendienst."}
    )

    melding.refresh_from_db()
    assert melding.status == Request.Status.CLOSED and melding.outcome == Request.Outcome.ANSWERED
    page = client.get(reverse("intake:request_detail", args=[melding.pk])).content.decode()
    assert "boodschappendienst" in page and "Afhandelen" not in page


def test_registration_errors_keep_what_was_typed(client, world):
    client.force_login(world.front_office)

    response = client.post(
        reverse("intake:request_register"), phone_call(postcode="17O1AB", question="Vraag 😟 café")
    )

    page = response.content.decode()
    assert "Dit is geen geldige postcode" in page
    assert "Vraag 😟 café" in page
    assert not Request.objects.exists()


def test_forwarding_without_a_reason_is_explained_and_nothing_changes(client, world):
    melding = services.request_register(
        channel="phone", source="resident", question="Schulden", postcode="1701AB", house_number=3
    )
    world.organisation.municipalities.add(world.municipality)
    client.force_login(world.front_office)

    response = client.post(
        reverse("intake:request_forward", args=[melding.pk]), {"partner": world.organisation.pk}
    )

    assert response.status_code == 400
    assert "Dit veld is verplicht." in response.content.decode()
    melding.refresh_from_db()
    assert melding.status == Request.Status.NEW


def test_the_team_inbox_shows_the_wmo_term_and_highlights_overdue_requests(client, world):
    late = services.request_register(
        channel="web",
        source="resident",
        question="Hulp",
        postcode="1701AB",
        house_number=3,
        is_wmo_melding=True,
        received_at=timezone.now() - datetime.timedelta(days=50),
    )
    fresh = services.request_register(
        channel="web",
        source="resident",
        question="Hulp",
        postcode="1701AB",
        house_number=4,
        is_wmo_melding=True,
    )
    client.force_login(world.generalist)

    page = client.get(reverse("intake:team_inbox")).content.decode()

    assert late.reference in page and fresh.reference in page
    assert "8 dagen te laat" in page
    assert "nog 42 dagen" in page
    assert 'class="row--overdue"' in page


def test_a_generalist_picks_up_a_request_from_the_inbox(client, world):
    melding = services.request_register(
        channel="web", source="resident", question="Hulp", postcode="1701AB", house_number=3
    )
    client.force_login(world.generalist)

    client.post(reverse("intake:request_pick_up", args=[melding.pk]))

    melding.refresh_from_db()
    assert melding.assigned_to == world.generalist and melding.status == Request.Status.ASSIGNED


def test_a_request_of_another_municipality_does_not_exist_for_you(client, world):
    melding = services.request_register(
        channel="web", source="resident", question="Hulp", postcode="1701AB", house_number=3
    )
    client.force_login(world.other_generalist)

    assert client.get(reverse("intake:request_detail", args=[melding.pk])).status_code == 404
    assert melding.reference not in client.get(reverse("intake:team_inbox")).content.decode()
    assert client.post(reverse("intake:request_answer", args=[melding.pk]), {"note": "x"}).status_code == 404
