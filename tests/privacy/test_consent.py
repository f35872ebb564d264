"""Consent (issue 7, item 4): record, withdraw, check; hand-overs and partner access depend on it."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from plein.cases.models import CaseEvent, Handover
from plein.cases.selectors import handovers_for_partner
from plein.people.models import Resident
from plein.privacy.consent import consent_record, consent_withdraw, consents_of, has_consent
from plein.privacy.models import Consent
from tests.privacy.conftest_consent import *  # noqa: F403
from tests.privacy.conftest_consent import INFO, inline_consent

TODAY = timezone.localdate
DAY = datetime.timedelta(days=1)


def _record(world, anna, partner_org, **changes):
    values = {
        "actor": world.generalist,
        "resident": anna,
        "organisation": partner_org,
        "purpose": "warme overdracht schuldhulp",
        "given_on": TODAY(),
        "method": "written",
    }
    values.update(changes)
    return consent_record(**values)


# --- recording and checking -------------------------------------------------------------------------


def test_a_consent_is_recorded_and_holds_until_withdrawn(world, anna, partner_org):
    consent = _record(world, anna, partner_org)

    assert consent.recorded_by == world.generalist
    assert consent.valid_until is None
    assert has_consent(anna, partner_org) == consent
    assert has_consent(anna, partner_org, on=TODAY() + datetime.timedelta(days=3650)) == consent
    assert has_consent(anna, partner_org, on=TODAY() - DAY) is None
    assert list(consents_of(world.generalist, anna)) == [consent]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"purpose": "  "}, "purpose", "Schrijf op waarvoor de inwoner toestemming geeft"),
        ({"method": "telepathisch"}, "method", "Leg vast hoe de inwoner toestemming gaf"),
        ({"given_on": TODAY() + DAY}, "given_on", "De datum van de toestemming ligt in de toekomst."),
        ({"valid_until": TODAY()}, "valid_until", "ligt na de datum waarop de toestemming is gegeven"),
        ({"valid_until": TODAY() - DAY}, "valid_until", "ligt na de datum waarop de toestemming is gegeven"),
    ],
)
def test_rule_consent_is_validated_with_dutch_messages(world, anna, partner_org, changes, field, message):
    with pytest.raises(ValidationError) as error:
        _record(world, anna, partner_org, **changes)

    assert message in " ".join(error.value.message_dict[field])
    assert not Consent.objects.exists()


def test_an_expired_consent_is_not_valid(world, anna, partner_org):
    consent = _record(
        world, anna, partner_org, given_on=TODAY() - datetime.timedelta(days=30), valid_until=TODAY() - DAY
    )

    assert has_consent(anna, partner_org) is None
    assert has_consent(anna, partner_org, on=TODAY() - datetime.timedelta(days=2)) == consent
    assert consent.status_on(TODAY()) == "verlopen"


def test_a_withdrawal_takes_effect_at_once_and_only_once(world, anna, partner_org):
    consent = _record(world, anna, partner_org)

    consent_withdraw(actor=world.generalist, consent=consent, note="Telefonisch ingetrokken.")

    consent.refresh_from_db()
    assert consent.withdrawn_by == world.generalist and consent.withdrawn_at is not None
    assert consent.withdrawal_note == "Telefonisch ingetrokken."
    assert has_consent(anna, partner_org) is None
    assert consent.status_on(TODAY()) == "ingetrokken"
    with pytest.raises(ValidationError) as error:
        consent_withdraw(actor=world.generalist, consent=consent)
    assert "al ingetrokken" in " ".join(error.value.messages)


def test_need_to_know_a_professional_who_cannot_see_the_resident_records_nothing(world, anna, partner_org):
    with pytest.raises(Resident.DoesNotExist):
        _record(world, anna, partner_org, actor=world.other_generalist)
    consent = _record(world, anna, partner_org)
    with pytest.raises(Resident.DoesNotExist):
        consent_withdraw(actor=world.other_generalist, consent=consent)

    assert not consents_of(world.other_generalist, anna).exists()
    assert Consent.objects.get().withdrawn_at is None


# --- hand-overs -----------------------------------------------------------------------------------


def test_a_hand_over_with_inline_consent_records_a_consent_in_the_register(
    world, open_case, anna, partner_org, send
):
    handover = send(**inline_consent(anna))

    consent = Consent.objects.get()
    assert (consent.resident, consent.organisation, consent.case) == (anna, partner_org, open_case)
    assert (consent.method, consent.given_on, consent.valid_until) == ("verbal", TODAY(), None)
    assert consent.purpose == "Warme overdracht"
    assert list(consent.handovers.all()) == [handover]
    assert consent.recorded_by == world.generalist


def test_a_registered_consent_lets_a_hand_over_go_without_inline_consent(world, anna, partner_org, send):
    consent = _record(world, anna, partner_org)

    handover = send()

    assert (handover.consent_given_by, handover.consent_method) == (anna, "written")
    assert list(consent.handovers.all()) == [handover]
    assert Consent.objects.count() == 1


def test_a_withdrawn_or_expired_registered_consent_does_not_count_for_a_hand_over(
    world, anna, partner_org, send
):
    consent_withdraw(actor=world.generalist, consent=_record(world, anna, partner_org))
    _record(
        world, anna, partner_org, given_on=TODAY() - datetime.timedelta(days=10), valid_until=TODAY() - DAY
    )

    with pytest.raises(ValidationError) as error:
        send()

    assert "Zonder toestemming" in " ".join(error.value.message_dict["consent_given_by"])
    assert not Handover.objects.exists()


def test_after_withdrawal_the_partner_no_longer_reads_the_hand_over(
    client, world, open_case, anna, partner_org, partner_user, send
):
    handover = send(**inline_consent(anna))
    client.force_login(partner_user)
    inbox = reverse("cases:handover_inbox")
    assert INFO in client.get(inbox).content.decode()

    consent_withdraw(actor=world.generalist, consent=Consent.objects.get())

    assert not handovers_for_partner(user=partner_user).exists()
    page = client.get(inbox).content.decode()
    assert INFO not in page
    assert client.post(reverse("cases:handover_accept", args=[handover.pk])).status_code == 404
    assert open_case.events.filter(
        kind=CaseEvent.Kind.HANDOVER, note__startswith="De inwoner heeft de toestemming ingetrokken"
    ).exists()


def test_a_hand_over_sent_with_an_override_reason_stays_readable(
    world, anna, partner_org, partner_user, send
):
    consent = _record(world, anna, partner_org)
    consent_withdraw(actor=world.generalist, consent=consent)
    handover = send(consent_override_reason="Acuut gevaar: dreigende uithuiszetting morgen.")

    assert list(handovers_for_partner(user=partner_user)) == [handover]


# --- the work UI ------------------------------------------------------------------------------------


def test_the_resident_page_lists_consents_and_records_and_withdraws_them(
    client, world, anna, partner_org, partner_user, send
):
    client.force_login(world.generalist)
    record_url = reverse("privacy:consent_record", args=[anna.pk])
    page = client.get(reverse("people:resident_detail", args=[anna.pk])).content.decode()
    assert "Toestemmingen" in page and record_url in page

    response = client.post(
        record_url,
        {
            "organisation": partner_org.pk,
            "purpose": "warme overdracht schuldhulp",
            "method": "written",
            "given_on": TODAY().isoformat(),
            "valid_until": "",
        },
    )
    assert response.status_code == 302
    consent = Consent.objects.get()
    page = client.get(reverse("people:resident_detail", args=[anna.pk])).content.decode()
    assert "warme overdracht schuldhulp" in page and "geldig" in page and "Schuldhulp Noord" in page

    handover = send()  # on the strength of the registered consent
    assert list(handovers_for_partner(user=partner_user)) == [handover]

    withdraw_url = reverse("privacy:consent_withdraw", args=[consent.pk])
    assert withdraw_url in page
    assert client.get(withdraw_url).status_code == 200
    response = client.post(withdraw_url, {"note": "Mevrouw belde."})
    assert response.status_code == 302
    assert not handovers_for_partner(user=partner_user).exists()  # in the same request cycle
    page = client.get(reverse("people:resident_detail", args=[anna.pk])).content.decode()
    assert "ingetrokken" in page and withdraw_url not in page


def test_the_consent_form_shows_dutch_errors(client, world, anna, partner_org):
    client.force_login(world.generalist)

    response = client.post(
        reverse("privacy:consent_record", args=[anna.pk]),
        {
            "organisation": partner_org.pk,
            "purpose": "schuldhulp",
            "method": "verbal",
            "given_on": (TODAY() + DAY).isoformat(),
        },
    )

    assert response.status_code == 400
    assert "De datum van de toestemming ligt in de toekomst." in response.content.decode()
    assert not Consent.objects.exists()


def test_need_to_know_consent_pages_are_not_found_for_a_professional_who_cannot_see_the_resident(
    client, world, anna, partner_org
):
    consent = _record(world, anna, partner_org)
    client.force_login(world.other_generalist)

    assert client.get(reverse("privacy:consent_record", args=[anna.pk])).status_code == 404
    assert client.post(reverse("privacy:consent_withdraw", args=[consent.pk]), {}).status_code == 404
    consent.refresh_from_db()
    assert consent.withdrawn_at is None
