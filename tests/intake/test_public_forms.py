"""The public "Stel je vraag" and signal forms: no login, abuse protection, nothing personal on the
confirmation page."""

import datetime
import re
import uuid

import pytest
from django.core.cache import cache
from django.urls import reverse

from plein.areas.models import Role, Team
from plein.areas.services import membership_add
from plein.core.models import LifeDomain
from plein.intake.models import Request
from tests import factories

ASK = reverse("intake_public:ask")
SIGNAL = reverse("intake_public:signal")


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


def ask_data(**overrides):
    data = {
        "question": "Ik kan mijn boodschappen niet meer zelf doen.",
        "about": "myself",
        "postcode": "1701 ab",
        "house_number": "7",
        "name": "Anna de Boer",
        "phone": "06-12345678",
        "email": "",
        "contact_preference": "phone",
        "contact_consent": "on",
        "urgency": "normal",
        "token": uuid.uuid4().hex,
        "website": "",
    }
    data.update(overrides)
    return data


def signal_data(**overrides):
    data = {
        "noticed": "De kinderen komen al weken zonder ontbijt naar de training.",
        "person_description": "Gezin op nummer 12",
        "postcode": "1701AB",
        "house_number": "12",
        "minors": "yes",
        "resident_knows": "no",
        "reporter_name": "Kees",
        "reporter_phone": "",
        "reporter_email": "",
        "token": uuid.uuid4().hex,
        "website": "",
    }
    data.update(overrides)
    return data


def test_the_form_needs_no_login_and_explains_the_postcode(client, db):
    response = client.get(ASK)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Stel je vraag" in content
    assert "Zo weten we welk team bij u in de buurt zit" in content
    assert "112" in content
    assert 'name="website"' in content and 'tabindex="-1"' in content
    assert re.search(r'name="token" value="[0-9a-f]{32}"', content)
    assert "style=" not in content and "<script" not in content


def test_a_question_with_a_postcode_lands_with_the_team_as_a_wmo_melding(client, world):
    domain, _ = LifeDomain.objects.get_or_create(
        code="instrumental_adl", defaults={"name": "Instrumentele ADL"}
    )
    response = client.post(ASK, ask_data(life_domains=[domain.pk], question="<script>alert(1)</script> help"))

    created = Request.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("intake_public:ask_received", args=[created.reference])
    assert created.channel == Request.Channel.WEB
    assert created.source == Request.Source.RESIDENT
    assert created.team == world.team
    assert created.municipality == world.municipality
    assert created.is_wmo_melding is True
    assert (
        created.receipt_confirmed_at
        and created.client_support_offered_at
        and created.personal_plan_offered_at
    )
    assert created.created_by is None
    assert created.contact_preference == Request.ContactPreference.PHONE
    assert created.contact_consent is True
    assert list(created.life_domains.all()) == [domain]

    page = client.get(response["Location"])
    content = page.content.decode()
    assert created.reference in content
    assert "Een medewerker van Team Noord neemt binnen 5 werkdagen contact met u op" in content
    assert "boodschappen" not in content and "alert(1)" not in content
    assert "Anna" not in content and "06-12345678" not in content


def test_the_question_is_escaped_when_the_form_is_shown_again(client, world):
    response = client.post(ASK, ask_data(question="<script>alert(1)</script>", phone="", contact_consent=""))
    assert response.status_code == 200  # a phone is asked for: the form comes back
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_without_contact_details_the_request_is_marked_no_contact_possible(client, world):
    data = ask_data(name="", phone="", email="", contact_preference="", contact_consent="")
    response = client.post(ASK, data, follow=True)

    created = Request.objects.get()
    assert created.contact_preference == Request.ContactPreference.NONE
    assert created.get_contact_preference_display() == "Geen contact mogelijk"
    assert created.contact_consent is False
    assert (
        "U heeft geen contactgegevens achtergelaten: we kunnen u niet terugbellen"
        in response.content.decode()
    )


def test_contact_details_need_consent_and_keep_what_was_typed(client, world):
    response = client.post(ASK, ask_data(contact_consent=""))
    assert response.status_code == 200
    assert not Request.objects.exists()
    content = response.content.decode()
    assert "Vink aan dat we contact met u mogen opnemen" in content
    assert 'value="06-12345678"' in content


def test_a_filled_honeypot_looks_like_success_but_stores_nothing(client, world):
    response = client.post(ASK, ask_data(website="http://spam.example"), follow=True)

    assert not Request.objects.exists()
    assert response.status_code == 200
    assert response.redirect_chain[0][0].startswith("/vraag/ontvangen/V-")
    assert "Uw vraag is ontvangen" in response.content.decode()


def test_the_sixth_submission_in_ten_minutes_is_refused_and_keeps_the_input(client, world):
    for _ in range(5):
        assert client.post(ASK, ask_data()).status_code == 302

    response = client.post(ASK, ask_data(question="Mijn zesde vraag, over de trap"))

    assert response.status_code == 429
    content = response.content.decode()
    assert "Probeer het over 10 minuten opnieuw" in content
    assert "Mijn zesde vraag, over de trap" in content
    assert Request.objects.count() == 5
    # Another client is not affected.
    other = client.post(ASK, ask_data(), REMOTE_ADDR="192.0.2.44")
    assert other.status_code == 302


def test_the_rate_limit_stores_no_ip_address_in_clear(client, world):
    client.post(ASK, ask_data(), REMOTE_ADDR="198.51.100.7")
    keys = list(cache._cache.keys())  # LocMemCache
    assert keys and not any("198.51.100.7" in key for key in keys)


def test_a_double_submit_with_the_same_token_creates_one_request(client, world):
    data = ask_data()
    first = client.post(ASK, data)
    second = client.post(ASK, data)

    assert Request.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_an_invalid_postcode_is_explained_next_to_the_field_and_the_input_is_kept(client, world):
    response = client.post(ASK, ask_data(postcode="17AB", question="Hulp bij de administratie"))

    assert response.status_code == 200
    assert not Request.objects.exists()
    content = response.content.decode()
    assert 'id="id_postcode_error"' in content
    assert 'aria-invalid="true"' in content
    assert "Er is iets niet goed ingevuld" in content
    assert 'value="17AB"' in content
    assert "Hulp bij de administratie" in content


def test_a_postcode_outside_every_municipality_goes_to_the_central_queue(client, world):
    response = client.post(ASK, ask_data(postcode="9999ZZ", house_number="1"), follow=True)

    created = Request.objects.get()
    assert created.team is None and created.municipality is None
    assert created.is_wmo_melding is True
    assert "We bekijken uw vraag centraal" in response.content.decode()


def test_a_story_with_emoji_and_accents_is_stored_as_typed(client, world):
    story = "Mijn oma (87) woont alleen 😢 — ze heeft hulp nodig bij het koken, café, naïef, Çetin. " * 40
    story = story.strip()[:4990]
    client.post(ASK, ask_data(question=story, name="Zoë Çelik-Ångström"))

    created = Request.objects.get()
    assert created.question == story
    assert created.person_description == "Zoë Çelik-Ångström"


def test_a_question_for_someone_else_comes_from_the_network(client, world):
    client.post(ASK, ask_data(about="someone_else", person_description="Mijn buurman van 80"))
    created = Request.objects.get()
    assert created.source == Request.Source.NETWORK
    assert created.person_description == "Mijn buurman van 80"
    assert created.reporter_name == "Anna de Boer"


def test_an_unknown_or_malformed_reference_shows_nothing(client, db):
    assert client.get("/vraag/ontvangen/not-a-reference/").status_code == 404
    page = client.get("/vraag/ontvangen/V-ABCDEFGH/")
    assert page.status_code == 200
    assert "We bekijken uw vraag centraal" in page.content.decode()


def test_the_signal_form_says_no_medical_or_private_details(client, db):
    content = client.get(SIGNAL).content.decode()
    assert "Geen medische of andere privégegevens: beschrijf alleen wat u is opgevallen." in content


def test_a_signal_with_minors_goes_to_the_youth_team_serving_the_district(client, world):
    youth = factories.TeamFactory(
        municipality=world.municipality, name="Jeugdteam Noord", kind=Team.Kind.YOUTH_AND_FAMILY
    )
    youth.districts.add(world.district)

    response = client.post(SIGNAL, signal_data(), follow=True)

    created = Request.objects.get()
    assert created.channel == Request.Channel.ENVIRONMENT_SIGNAL
    assert created.source == Request.Source.NETWORK
    assert created.minors_involved is True
    assert created.resident_knows is False
    assert created.team == youth
    assert created.is_wmo_melding is False
    content = response.content.decode()
    assert created.reference in content and "Jeugdteam Noord" in content
    assert "ontbijt" not in content and "nummer 12" not in content


def test_a_signal_records_whether_the_resident_knows(client, world):
    client.post(SIGNAL, signal_data(minors="unknown", resident_knows="unknown"))
    created = Request.objects.get()
    assert created.resident_knows is None
    assert created.minors_involved is False
    assert created.team == world.team


def test_a_professional_signal_records_the_organisation_and_channel(client, world):
    school = factories.OrganisationFactory(name="Basisschool De Regenboog")
    teacher = factories.ProfessionalFactory(username="juf", first_name="Els", last_name="Visser")
    membership_add(
        professional=teacher,
        role=Role.GENERALIST,
        organisation=school,
        team=world.team,
        starts_on=datetime.date(2020, 1, 1),
        hours_per_week=8,
    )
    client.force_login(teacher)

    form = client.get(SIGNAL).content.decode()
    assert "Basisschool De Regenboog" in form

    missing = client.post(SIGNAL, signal_data(reporter_name="Els Visser"))
    assert missing.status_code == 200
    assert "Vul uw telefoonnummer of e-mailadres in" in missing.content.decode()

    client.post(SIGNAL, signal_data(reporter_name="Els Visser", reporter_phone="072-1234567"))
    created = Request.objects.get()
    assert created.channel == Request.Channel.PROFESSIONAL_SIGNAL
    assert created.source == Request.Source.PROFESSIONAL
    assert created.source_organisation == school
    assert created.created_by == teacher
    assert created.reporter_phone == "072-1234567"


def test_a_signal_without_contact_details_says_so(client, world):
    response = client.post(SIGNAL, signal_data(reporter_name=""), follow=True)
    assert "we kunnen u geen vragen stellen over uw signaal" in response.content.decode()


def test_a_signal_honeypot_stores_nothing(client, world):
    response = client.post(SIGNAL, signal_data(website="x"), follow=True)
    assert not Request.objects.exists()
    assert "Uw signaal is ontvangen" in response.content.decode()
