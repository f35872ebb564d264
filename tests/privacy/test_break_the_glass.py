"""Break-the-glass (noodtoegang): a professional outside the household's need-to-know reads it in an
emergency, after giving a reason; read-only, time-limited, logged, and reviewed by the privacy
officer."""

import datetime
import re

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from plein.cases.selectors import cases_visible_to, cases_workable_by
from plein.intake.models import Request
from plein.people.models import Household
from plein.people.selectors import households_visible_to, residents_visible_to
from plein.people.services import api_token_issue
from plein.privacy.break_the_glass import (
    emergency_access_end,
    emergency_access_review,
    emergency_access_start,
    emergency_accesses_to_review,
    emergency_household_ids,
)
from plein.privacy.models import AccessBasis, AccessLogEntry, EmergencyAccess
from tests.privacy.conftest_break_the_glass import *  # noqa: F403
from tests.privacy.conftest_break_the_glass import ANNA_BSN, REASON

pytestmark = pytest.mark.django_db

CONFIRMED = {"reason": REASON, "confirm": "on"}


def household_url(household) -> str:
    return reverse("people:household_detail", args=[household.pk])


def start_url(household_id) -> str:
    return reverse("privacy:emergency_start", args=[household_id])


def page(response) -> str:
    return response.content.decode()


def main_content(response) -> str:
    """The page's content without the ids in the emergency link."""
    html = page(response)
    main = html[html.index("<main") : html.index("</main>")]
    return re.sub(r"/huishouden/\d+/", "/huishouden/ID/", main)


def start_through_the_page(client, household):
    response = client.post(start_url(household.pk), CONFIRMED)
    assert response.status_code == 302 and response["Location"] == household_url(household)
    return EmergencyAccess.objects.get()


# --- refusals -------------------------------------------------------------------------------------


def test_a_reason_is_required_and_must_say_enough(outsider, start_emergency):
    with pytest.raises(ValidationError) as missing:
        start_emergency(outsider, reason="   ")
    assert "Schrijf op waarom" in missing.value.message_dict["reason"][0]
    with pytest.raises(ValidationError) as short:
        start_emergency(outsider, reason="Even kijken")
    assert "ten minste 20 tekens" in short.value.message_dict["reason"][0]
    assert not EmergencyAccess.objects.exists()


def test_a_household_already_visible_needs_no_emergency_access(world, start_emergency):
    with pytest.raises(ValidationError) as error:
        start_emergency(world.generalist)
    assert "al toegang" in error.value.message_dict["household"][0]


def test_a_second_access_to_the_same_household_is_refused_while_the_first_runs(outsider, start_emergency):
    start_emergency(outsider)
    with pytest.raises(ValidationError) as error:
        start_emergency(outsider)
    assert "al noodtoegang" in error.value.message_dict["household"][0]


def test_only_who_works_with_residents_may_break_the_glass(client, world, household, start_emergency):
    with pytest.raises(PermissionDenied):
        start_emergency(world.policy)
    client.force_login(world.policy)
    assert client.get(start_url(household.pk)).status_code == 404
    assert client.post(start_url(household.pk), CONFIRMED).status_code == 404
    assert not EmergencyAccess.objects.exists()


def test_an_unknown_household_is_not_found_and_the_attempt_is_logged(client, outsider):
    with pytest.raises(Household.DoesNotExist):
        emergency_access_start(actor=outsider, household_id=987654, reason=REASON)
    client.force_login(outsider)
    assert client.post(start_url(987654), CONFIRMED).status_code == 404
    entry = AccessLogEntry.objects.get(object_type="emergency_access")
    assert (entry.result, entry.actor_username, entry.household_id) == ("refused", "andere", None)


def test_the_form_refuses_in_dutch_and_keeps_what_was_typed(client, outsider, household):
    client.force_login(outsider)
    response = client.post(start_url(household.pk), {"reason": "Zorgen om kind"})
    assert response.status_code == 400
    html = page(response)
    assert "ten minste 20 tekens" in html
    assert "Vink aan dat u begrijpt" in html
    assert "Zorgen om kind</textarea>" in html
    assert not EmergencyAccess.objects.exists()


def test_the_start_form_asks_for_a_reason_and_the_confirmation(client, outsider, household):
    client.force_login(outsider)
    html = page(client.get(start_url(household.pk)))
    assert 'name="reason"' in html and 'type="checkbox" name="confirm"' in html
    assert (
        "Ik begrijp dat deze toegang wordt vastgelegd en door de privacyfunctionaris wordt beoordeeld" in html
    )
    assert "De toegang geldt 4 uur" in html


def test_someone_who_sees_the_household_is_sent_straight_to_it(client, world, household):
    client.force_login(world.generalist)
    response = client.get(start_url(household.pk))
    assert response.status_code == 302 and response["Location"] == household_url(household)


# --- reading under an emergency access ------------------------------------------------------------


def test_after_the_start_household_residents_and_cases_are_readable_and_logged_as_break_the_glass(
    client, outsider, household, open_case
):
    client.force_login(outsider)
    assert client.get(household_url(household)).status_code == 404
    anna = household.memberships.order_by("id").first().resident
    assert client.get(reverse("people:resident_detail", args=[anna.pk])).status_code == 404

    access = start_through_the_page(client, household)

    assert client.get(household_url(household)).status_code == 200
    assert client.get(reverse("people:resident_detail", args=[anna.pk])).status_code == 200
    assert client.get(reverse("cases:case_detail", args=[open_case.pk])).status_code == 200
    reads = AccessLogEntry.objects.filter(actor_id=outsider.pk, result="allowed").order_by("id")
    assert [(entry.object_type, entry.basis) for entry in reads] == [
        ("emergency_access", "break_the_glass"),
        ("household", "break_the_glass"),
        ("resident", "break_the_glass"),
        ("case", "break_the_glass"),
    ]
    # Every entry names the household, so the review counts it under the access.
    assert {entry.household_id for entry in reads} == {household.pk}
    start = reads[0]
    assert start.object_id == str(access.pk) and start.details == {"emergency_access_id": access.pk}
    assert start.resident_ids == sorted(household.memberships.values_list("resident_id", flat=True))
    assert REASON not in start.canonical()


def test_the_selectors_include_the_household_only_for_its_professional(outsider, world, household, open_case):
    emergency_access_start(actor=outsider, household_id=household.pk, reason=REASON)
    assert emergency_household_ids(outsider) == frozenset({household.pk})
    assert households_visible_to(outsider).filter(pk=household.pk).exists()
    assert residents_visible_to(outsider).count() == household.memberships.count()
    assert cases_visible_to(outsider).filter(pk=open_case.pk).exists()
    # Reading only: no change through the emergency access.
    assert not cases_workable_by(outsider).filter(pk=open_case.pk).exists()
    # The outsider's own households stay visible; nobody else gains anything.
    assert emergency_household_ids(world.front_office) == frozenset()


def test_nothing_can_be_changed_under_an_emergency_access(client, outsider, household, open_case):
    client.force_login(outsider)
    start_through_the_page(client, household)
    anna = household.memberships.order_by("id").first().resident

    refused = [
        client.post(reverse("cases:case_change_state", args=[open_case.pk]), {}),
        client.post(reverse("cases:contact_record", args=[open_case.pk]), {}),
        client.post(reverse("people:household_add_member", args=[household.pk]), {"existing": "1"}),
        client.post(reverse("people:resident_edit", args=[anna.pk]), {"first_names": "Ander"}),
        client.post(reverse("people:resident_detail", args=[anna.pk]), {"name": "Buurvrouw"}),
    ]
    assert [response.status_code for response in refused] == [403] * len(refused)
    anna.refresh_from_db()
    assert anna.first_names == "Anna" and not anna.network.exists()
    # The household page offers no changes either, and shows the red banner.
    html = page(client.get(household_url(household)))
    assert "Lid toevoegen" not in html and "Vertrokken" not in html
    assert re.search(r"Noodtoegang tot \d\d:\d\d — reden vastgelegd", html)
    assert "Noodtoegang nu beëindigen" in html


def test_after_expiry_the_household_is_not_found_again(client, outsider, household, open_case, settings):
    settings.PLEIN_BREAK_THE_GLASS_HOURS = 2
    settings.PLEIN_SESSION_IDLE_MINUTES = 24 * 60  # the session itself outlives the jump in time
    client.force_login(outsider)
    access = start_through_the_page(client, household)
    assert access.expires_at - access.started_at == datetime.timedelta(hours=2)

    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1, minutes=59)):
        assert client.get(household_url(household)).status_code == 200
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=2, minutes=1)):
        assert client.get(household_url(household)).status_code == 404
        assert client.get(reverse("cases:case_detail", args=[open_case.pk])).status_code == 404
        assert emergency_household_ids(outsider) == frozenset()


def test_ending_early_closes_the_household_again(client, outsider, household, world):
    client.force_login(outsider)
    access = start_through_the_page(client, household)

    client.force_login(world.front_office)
    assert client.post(reverse("privacy:emergency_end", args=[access.pk])).status_code == 404
    with pytest.raises(PermissionDenied):
        emergency_access_end(world.front_office, access)

    client.force_login(outsider)
    response = client.post(reverse("privacy:emergency_end", args=[access.pk]))
    assert response.status_code == 302
    access.refresh_from_db()
    assert access.ended_at is not None
    assert client.get(household_url(household)).status_code == 404


# --- the 404 page ---------------------------------------------------------------------------------


def test_the_404_page_offers_emergency_access_alike_for_a_missing_and_an_invisible_household(
    client, outsider, household
):
    client.force_login(outsider)
    invisible = client.get(household_url(household))
    missing = client.get(reverse("people:household_detail", args=[987654]))
    assert invisible.status_code == missing.status_code == 404
    assert f'href="{start_url(household.pk)}"' in page(invisible)
    assert f'href="{start_url(987654)}"' in page(missing)
    # Apart from the id in the link the two pages are the same: the offer tells nothing.
    assert main_content(invisible) == main_content(missing)
    assert "Noodtoegang aanvragen" in page(invisible)


def test_the_404_page_offers_nothing_to_who_may_not_break_the_glass(client, world, household):
    client.force_login(world.policy)
    response = client.get(household_url(household))
    assert response.status_code == 404 and "Noodtoegang aanvragen" not in page(response)


# --- starting by BSN ------------------------------------------------------------------------------


def test_the_resident_search_offers_emergency_access_by_bsn_when_nothing_is_found(client, outsider):
    client.force_login(outsider)
    html = page(client.post(reverse("people:resident_search"), {"bsn": ANNA_BSN}))
    assert "Niemand gevonden" in html
    assert f'href="{reverse("privacy:emergency_start_by_bsn")}"' in html
    assert "Niet gevonden? Noodtoegang op BSN" in html


def test_a_bsn_finds_the_residents_current_household(client, outsider, household, anna_with_bsn):
    client.force_login(outsider)
    url = reverse("privacy:emergency_start_by_bsn")
    assert ANNA_BSN not in url

    response = client.post(url, {"bsn": ANNA_BSN, **CONFIRMED})
    assert response.status_code == 302 and response["Location"] == household_url(household)
    access = EmergencyAccess.objects.get()
    assert (access.professional, access.household) == (outsider, household)
    # The BSN is never logged.
    assert not any(ANNA_BSN in entry.canonical() for entry in AccessLogEntry.objects.all())


def test_an_unknown_bsn_is_refused_and_what_was_typed_is_kept(client, outsider, household, anna_with_bsn):
    client.force_login(outsider)
    response = client.post(reverse("privacy:emergency_start_by_bsn"), {"bsn": "123456782", **CONFIRMED})
    assert response.status_code == 400
    html = page(response)
    assert "Er is geen inwoner met dit BSN" in html
    assert 'value="123456782"' in html and f"{REASON}</textarea>" in html
    assert not EmergencyAccess.objects.exists()


def test_a_bsn_of_a_resident_one_may_see_anyway_is_refused(client, world, anna_with_bsn):
    client.force_login(world.generalist)
    response = client.post(reverse("privacy:emergency_start_by_bsn"), {"bsn": ANNA_BSN, **CONFIRMED})
    assert response.status_code == 400 and "noodtoegang is niet nodig" in page(response)


# --- the privacy officer's review -----------------------------------------------------------------


def test_the_privacy_officer_sees_each_access_with_its_log_entries(
    client, outsider, household, privacy_officer, verified_client_for
):
    client.force_login(outsider)
    access = start_through_the_page(client, household)
    client.get(household_url(household))
    client.get(household_url(household))

    officer = verified_client_for(privacy_officer)
    html = page(officer.get(reverse("privacy:emergency_review_list")))
    assert "andere" in html and "Generalist" in html
    assert REASON in html
    assert f"<td>{household.pk}</td>" in html
    assert "<td>2</td>" in html  # two household pages read under it (the start itself not counted)
    assert "Nog te beoordelen: <strong>1</strong>" in html
    assert reverse("privacy:emergency_review", args=[access.pk]) in html


def test_opening_a_review_is_itself_logged(
    outsider, household, privacy_officer, start_emergency, verified_client_for
):
    access = start_emergency(outsider)
    officer = verified_client_for(privacy_officer)

    assert officer.get(reverse("privacy:emergency_review", args=[access.pk])).status_code == 200

    entry = AccessLogEntry.objects.filter(actor_id=privacy_officer.pk).get()
    assert (entry.action, entry.object_type, entry.object_id) == ("read", "emergency_access", str(access.pk))
    assert (
        entry.household_id == household.pk and entry.processing_activity == "Toezicht op gegevensbescherming"
    )


def test_only_the_privacy_officer_reviews(client, world, outsider, start_emergency, verified_client_for):
    access = start_emergency(outsider)
    for user in (world.generalist, world.policy, outsider):
        other = verified_client_for(user)
        assert other.get(reverse("privacy:emergency_review_list")).status_code == 404
        assert other.get(reverse("privacy:emergency_review", args=[access.pk])).status_code == 404
        with pytest.raises(PermissionDenied):
            emergency_access_review(actor=user, access=access, outcome="justified", note="")


def test_the_review_pages_ask_for_the_second_factor(client, privacy_officer):
    client.force_login(privacy_officer)
    response = client.get(reverse("privacy:emergency_review_list"))
    assert response.status_code == 302 and "next=" in response["Location"]


def test_an_unjustified_access_needs_a_note(outsider, privacy_officer, start_emergency, verified_client_for):
    access = start_emergency(outsider)
    officer = verified_client_for(privacy_officer)
    url = reverse("privacy:emergency_review", args=[access.pk])

    response = officer.post(url, {"outcome": "unjustified", "note": ""})
    assert response.status_code == 400
    assert "Licht toe waarom de noodtoegang onterecht was" in page(response)
    assert re.search(r'value="unjustified"[^>]*checked', page(response))  # the choice is kept

    response = officer.post(
        url, {"outcome": "unjustified", "note": "Geen spoed; besproken met de teamleider."}
    )
    assert response.status_code == 302
    access.refresh_from_db()
    assert (access.review_outcome, access.reviewed_by) == ("unjustified", privacy_officer)
    assert access.review_note == "Geen spoed; besproken met de teamleider."
    assert not emergency_accesses_to_review(privacy_officer).exists()


def test_a_justified_access_needs_no_note_and_is_reviewed_once(outsider, privacy_officer, start_emergency):
    access = start_emergency(outsider)
    emergency_access_review(actor=privacy_officer, access=access, outcome="justified", note="")
    access.refresh_from_db()
    assert access.review_outcome == "justified" and access.reviewed_at is not None
    with pytest.raises(ValidationError):
        emergency_access_review(actor=privacy_officer, access=access, outcome="unjustified", note="Toch niet")


def test_the_privacy_officer_finds_the_review_in_the_menu_and_on_the_start_page(
    outsider, privacy_officer, start_emergency, verified_client_for
):
    start_emergency(outsider)
    officer = verified_client_for(privacy_officer)
    html = page(officer.get(reverse("home")))
    assert f'href="{reverse("privacy:emergency_review_list")}"' in html
    assert "1 te beoordelen" in html


def test_the_api_reads_but_does_not_change_under_an_emergency_access(outsider, household, start_emergency):
    """The API is no back door: with an active emergency access a token reads the household (logged
    as break-the-glass) but adding a member or registering a melding about its resident is refused."""
    start_emergency(outsider)
    token = api_token_issue(professional=outsider)
    api = Client(headers={"Authorization": f"Bearer {token}"})
    anna = household.memberships.order_by("id").first().resident
    members_before = household.memberships.count()

    assert api.get(f"/api/v1/households/{household.pk}").status_code == 200
    assert (
        AccessLogEntry.objects.filter(
            actor_id=outsider.pk, object_type="household", household_id=household.pk
        )
        .order_by("-id")
        .first()
        .basis
        == AccessBasis.BREAK_THE_GLASS
    )
    added = api.post(
        f"/api/v1/households/{household.pk}/members",
        {"resident_id": anna.pk, "position": "child"},
        content_type="application/json",
    )
    melding = api.post(
        "/api/v1/requests",
        {"resident_id": anna.pk, "channel": "phone", "source": "resident", "question": "Hulp nodig"},
        content_type="application/json",
    )
    assert (added.status_code, melding.status_code) == (403, 403)
    assert household.memberships.count() == members_before
    assert not Request.objects.filter(resident=anna).exists()
