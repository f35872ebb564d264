"""The front-office workspace, the request page and the team inbox, as professionals use them."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from plein.areas.models import Role
from plein.areas.services import membership_add
from plein.core.models import LifeDomain
from plein.directory.models import Service
from plein.directory.search import index_services
from plein.intake import services
from plein.intake.models import Request
from plein.intake.views import INBOX_PAGE_SIZE
from tests import factories


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


def test_a_busy_team_inbox_is_paged_oldest_first(client, world):
    received = timezone.now() - datetime.timedelta(days=1)
    requests = [
        services.request_register(
            channel="web",
            source="resident",
            question="Hulp",
            postcode="1701AB",
            house_number=3,
            received_at=received + datetime.timedelta(minutes=number),
        )
        for number in range(INBOX_PAGE_SIZE + 1)
    ]
    client.force_login(world.generalist)

    first = client.get(reverse("intake:team_inbox")).content.decode()
    second = client.get(reverse("intake:team_inbox"), {"pagina": 2}).content.decode()

    assert requests[0].reference in first and requests[-1].reference not in first
    assert requests[-1].reference in second and requests[0].reference not in second
    assert f"Pagina 1 van 2 ({INBOX_PAGE_SIZE + 1} in totaal" in first
    assert 'href="?pagina=2">Volgende pagina' in first


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


def make_service(world, name, *, domains=(), municipality=None, **fields):
    service = Service.objects.create(
        organisation=fields.pop("organisation", world.organisation),
        municipality=municipality or world.municipality,
        name=name,
        **fields,
    )
    service.life_domains.set(LifeDomain.objects.filter(code__in=domains))
    index_services([service.pk])
    return service


def test_the_request_page_explains_the_route_and_suggests_services(client, world):
    make_service(world, "Schuldhulpverlening", domains=["finances"], level=Service.Level.NEARBY)
    make_service(world, "Boodschappendienst", description="Een vrijwilliger doet boodschappen.")
    make_service(world, "Jongerenwerk", domains=["daytime_activities"])
    make_service(world, "Schulden Langedijk", domains=["finances"], municipality=world.other_municipality)
    melding = services.request_register(
        channel="phone",
        source="resident",
        question="Geldzorgen en de boodschappen lukken niet.",
        postcode="1701AB",
        house_number=3,
        life_domains=LifeDomain.objects.filter(code="finances"),
    )
    client.force_login(world.front_office)

    page = client.get(reverse("intake:request_detail", args=[melding.pk])).content.decode()

    explanation = melding.events.get(kind="triaged").note
    assert "Waarom deze route" in page and escape(explanation) in page
    suggestions = page[page.index("Suggesties uit de sociale kaart") : page.index('id="afhandelen"')]
    # Level 0 before level 1; services that fit neither domain nor words, or elsewhere, are left out.
    assert suggestions.index("Boodschappendienst") < suggestions.index("Schuldhulpverlening")
    assert "Jongerenwerk" not in suggestions and "Schulden Langedijk" not in page
    assert "Verwijs hiernaar" in suggestions


def test_answering_with_a_referral_records_the_service_in_the_history(client, world):
    service = make_service(world, "Boodschappendienst", domains=["instrumental_adl"])
    melding = services.request_register(
        channel="phone", source="resident", question="Boodschappen", postcode="1701AB", house_number=3
    )
    client.force_login(world.front_office)

    response = client.post(
        reverse("intake:request_answer", args=[melding.pk]),
        {"service": service.pk, "note": "Mevrouw belt zelf."},
    )

    assert response.status_code == 302
    melding.refresh_from_db()
    assert melding.outcome == Request.Outcome.ANSWERED
    assert (
        melding.events.get(kind="answered").note
        == "Verwezen naar Boodschappendienst (Welzijn BV): Mevrouw belt zelf."
    )


def test_the_verwijs_hiernaar_button_needs_no_note(client, world):
    service = make_service(world, "Boodschappendienst", domains=["instrumental_adl"])
    melding = services.request_register(
        channel="phone", source="resident", question="Boodschappen", postcode="1701AB", house_number=3
    )
    client.force_login(world.front_office)

    client.post(reverse("intake:request_answer", args=[melding.pk]), {"service": service.pk})

    assert melding.events.get(kind="answered").note == "Verwezen naar Boodschappendienst (Welzijn BV)"


def test_an_answer_needs_a_service_or_a_note(client, world):
    melding = services.request_register(
        channel="phone", source="resident", question="Boodschappen", postcode="1701AB", house_number=3
    )
    client.force_login(world.front_office)

    response = client.post(reverse("intake:request_answer", args=[melding.pk]), {"note": "  "})

    assert response.status_code == 400
    assert "Kies een dienst of leg vast welk antwoord de inwoner kreeg." in response.content.decode()
    melding.refresh_from_db()
    assert melding.status == Request.Status.NEW


def test_a_service_of_another_municipality_or_inactive_cannot_be_the_referral(client, world):
    elsewhere = make_service(world, "Boodschappen Langedijk", municipality=world.other_municipality)
    inactive = make_service(world, "Opgeheven dienst", active=False)
    melding = services.request_register(
        channel="phone", source="resident", question="Boodschappen", postcode="1701AB", house_number=3
    )
    client.force_login(world.front_office)

    for service in (elsewhere, inactive):
        response = client.post(reverse("intake:request_answer", args=[melding.pk]), {"service": service.pk})
        assert response.status_code == 400

    melding.refresh_from_db()
    assert melding.status == Request.Status.NEW


def test_a_team_coordinator_assigns_a_request_to_a_team_member(client, world):
    coordinator = factories.ProfessionalFactory(username="coordinator")
    membership_add(
        professional=coordinator,
        role=Role.TEAM_COORDINATOR,
        organisation=world.organisation,
        team=world.team,
        starts_on=datetime.date(2020, 1, 1),
        hours_per_week=32,
    )
    melding = services.request_register(
        channel="web", source="resident", question="Hulp", postcode="1701AB", house_number=3
    )
    client.force_login(coordinator)

    page = client.get(reverse("intake:request_detail", args=[melding.pk])).content.decode()
    assert "Toewijzen aan" in page and world.other_generalist.get_full_name() not in page

    refused = client.post(
        reverse("intake:request_assign", args=[melding.pk]), {"professional": world.other_generalist.pk}
    )
    assert refused.status_code == 400
    client.post(reverse("intake:request_assign", args=[melding.pk]), {"professional": world.generalist.pk})

    melding.refresh_from_db()
    assert melding.assigned_to == world.generalist and melding.status == Request.Status.ASSIGNED
    assert melding.events.get(kind="assigned").actor == coordinator


def test_only_a_team_coordinator_may_assign(client, world):
    melding = services.request_register(
        channel="web", source="resident", question="Hulp", postcode="1701AB", house_number=3
    )
    client.force_login(world.generalist)

    assert (
        "Toewijzen aan"
        not in client.get(reverse("intake:request_detail", args=[melding.pk])).content.decode()
    )
    response = client.post(
        reverse("intake:request_assign", args=[melding.pk]), {"professional": world.generalist.pk}
    )

    assert response.status_code == 403
    melding.refresh_from_db()
    assert melding.assigned_to is None


def test_the_inbox_shows_how_long_a_request_has_been_waiting(client, world):
    services.request_register(
        channel="web",
        source="resident",
        question="Hulp",
        postcode="1701AB",
        house_number=3,
        received_at=timezone.now() - datetime.timedelta(days=3, hours=1),
    )
    client.force_login(world.generalist)

    page = client.get(reverse("intake:team_inbox")).content.decode()

    assert "3\xa0dagen" in page


def test_a_partner_follows_their_own_signal_but_cannot_handle_it(client, world):
    from plein.areas.models import Role
    from plein.areas.services import membership_add

    partner = factories.ProfessionalFactory(username="huisarts")
    membership_add(
        professional=partner,
        role=Role.NETWORK_PARTNER,
        organisation=world.organisation,
        municipality=world.municipality,
        starts_on=datetime.date(2020, 1, 1),
    )
    signal = services.request_register(
        actor=partner,
        channel="professional_signal",
        source="professional",
        question="Kind komt zonder ontbijt",
        postcode="1701AB",
        house_number=3,
    )
    client.force_login(partner)

    page = client.get(reverse("intake:request_detail", args=[signal.pk]))
    refused = client.post(reverse("intake:request_answer", args=[signal.pk]), {"note": "Zelf afgehandeld"})

    assert page.status_code == 200 and "Afhandelen" not in page.content.decode()
    assert refused.status_code == 403
    signal.refresh_from_db()
    assert signal.status == Request.Status.NEW
