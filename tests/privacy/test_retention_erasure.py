"""Erasure on a resident's request (AVG art. 17): recorded with a due date three months on, assessed
per record against the retention rules (what a law keeps stays, with the reason), carried out with
the destruction machinery (DestroyedRecord traces, no names) or refused with a reason."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from plein.cases.models import Case
from plein.decisions.models import Decision, Objection
from plein.intake import services as intake_services
from plein.intake.models import Request
from plein.people.models import Household, HouseholdMembership, NetworkMember, Resident
from plein.privacy import erasure
from plein.privacy.models import (
    DestroyedRecord,
    DestructionList,
    DestructionListItem,
    ErasureRequest,
    RecordType,
    RetentionRule,
)
from plein.privacy.retention import destruction_list_approve, destruction_list_draw_up
from tests.privacy.conftest_retention import *  # noqa: F403  (the retention fixtures)
from tests.privacy.conftest_retention import backdate_decisions, close_on

pytestmark = pytest.mark.django_db
CASE = DestructionListItem.ObjectType.CASE
REQUEST = DestructionListItem.ObjectType.REQUEST


def days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


def answered_request(world, resident, *, closed_days_ago: int, question="Waar vind ik een klusjesdienst?"):
    """A question about the resident answered at once (never a case), closed some days ago."""
    request = intake_services.request_register(
        actor=world.front_office,
        channel=Request.Channel.PHONE,
        source=Request.Source.RESIDENT,
        question=question,
        resident=resident,
    )
    handler = request.assigned_to or world.generalist
    intake_services.request_answer(actor=handler, request=request, note="Verwezen naar de vrijwilligers.")
    closed_at = timezone.now() - datetime.timedelta(days=closed_days_ago)
    Request.objects.filter(pk=request.pk).update(closed_at=closed_at, received_at=closed_at)
    request.refresh_from_db()
    assert request.status == Request.Status.CLOSED and not request.cases.exists()
    return request


@pytest.fixture
def piet(world, rules, new_case):
    """Piet Bakker, alone in his household, with a case he stopped himself 10 days ago (aborted: a
    maximum of 42 days, no legal obligation) and a question answered at once 20 days ago."""
    case = close_on(new_case("Bakker"), days_ago(10), reason=Case.ClosureReason.RESIDENT_STOPPED)
    resident = Resident.objects.get(household_memberships__household=case.household)
    NetworkMember.objects.create(resident=resident, name="Buurvrouw Els", relation="neighbour")
    question = answered_request(world, resident, closed_days_ago=20)
    return resident, case, question


def record(privacy_officer, resident, received_on=None) -> ErasureRequest:
    return erasure.erasure_request_record(
        actor=privacy_officer, resident=resident, received_on=received_on or timezone.localdate()
    )


# --- recording --------------------------------------------------------------------------------------


def test_a_request_is_due_three_months_after_receipt(privacy_officer, piet):
    resident, _case, _question = piet

    erasure_request = record(privacy_officer, resident, datetime.date(2025, 11, 30))

    assert erasure_request.due_on == datetime.date(2026, 2, 28)
    assert erasure_request.status == ErasureRequest.Status.RECEIVED
    assert erasure_request.resident_ref == resident.pk


def test_only_the_privacy_officer_of_the_residents_municipality_records_a_request(
    world, privacy_officer, other_privacy_officer, piet
):
    resident, _case, _question = piet
    for someone in (world.generalist, other_privacy_officer):
        with pytest.raises(PermissionDenied):
            record(someone, resident)
    assert not ErasureRequest.objects.exists()


def test_a_future_date_and_a_second_open_request_are_refused(privacy_officer, piet):
    resident, _case, _question = piet
    with pytest.raises(ValidationError) as error:
        record(privacy_officer, resident, timezone.localdate() + datetime.timedelta(days=1))
    assert "toekomst" in str(error.value.message_dict["received_on"])
    record(privacy_officer, resident)
    with pytest.raises(ValidationError, match="loopt al een verzoek"):
        record(privacy_officer, resident)


# --- assessing and carrying out ---------------------------------------------------------------------


def test_records_without_a_legal_obligation_go_and_so_does_the_resident(privacy_officer, piet):
    resident, case, question = piet
    erasure_request = record(privacy_officer, resident)
    household_id = case.household_id

    destruction_list = erasure.erasure_request_assess(actor=privacy_officer, erasure_request=erasure_request)

    assert destruction_list.reason == DestructionList.Reason.RESIDENT_REQUEST
    items = {(item.object_type, item.case_id): item for item in destruction_list.items.all()}
    assert set(items) == {(CASE, case.pk), (REQUEST, question.pk)}
    assert not any(item.excluded for item in items.values())
    assert Case.objects.filter(pk=case.pk).exists()  # assessing destroys nothing

    done = erasure.erasure_request_carry_out(actor=privacy_officer, erasure_request=erasure_request)

    assert done.status == ErasureRequest.Status.CARRIED_OUT and done.decided_by == privacy_officer
    assert done.resident_outcome == "destroyed"
    assert not Case.objects.filter(pk=case.pk).exists()
    assert not Request.objects.filter(pk=question.pk).exists()
    assert not Resident.objects.filter(pk=resident.pk).exists()
    assert not Household.objects.filter(pk=household_id).exists()
    assert not NetworkMember.objects.filter(name="Buurvrouw Els").exists()
    traces = {trace.case_reference: trace for trace in DestroyedRecord.objects.all()}
    assert traces[case.reference].record_type == RecordType.CASE_ABORTED
    assert traces[question.reference].record_type == RecordType.INTAKE_WITHOUT_CASE
    stored = " ".join(str(value) for trace in traces.values() for value in vars(trace).values())
    assert not any(word in stored for word in ("Piet", "Bakker", "klusjesdienst"))
    done.refresh_from_db()
    assert done.resident is None and done.resident_ref == resident.pk  # the request stays as proof
    destruction_list.refresh_from_db()
    assert not destruction_list.is_draft and destruction_list.destroyed_count == 2


def test_a_wmo_file_within_its_fifteen_years_goes_on_request_leaving_only_that_the_decision_existed(
    world, privacy_officer, rules, wmo_case, anna
):
    """Wmo 2015 art. 5.3.6: the file goes within three months of the request, even inside its 15 years;
    what remains is that the case and its decision existed."""
    close_on(wmo_case, days_ago(400))
    backdate_decisions(wmo_case, days_ago(800), days_ago(400))
    HouseholdMembership.objects.filter(household_id=wmo_case.household_id).exclude(resident=anna).delete()
    decision_count = Decision.objects.filter(request__case=wmo_case).count()
    erasure_request = record(privacy_officer, anna)

    destruction_list = erasure.erasure_request_assess(actor=privacy_officer, erasure_request=erasure_request)

    item = destruction_list.items.get(object_type=CASE, case_id=wmo_case.pk)
    assert not item.excluded and item.record_type == RecordType.WMO_GRANTED

    erasure.erasure_request_carry_out(actor=privacy_officer, erasure_request=erasure_request)

    assert not Case.objects.filter(pk=wmo_case.pk).exists()
    assert not Decision.objects.filter(request__case_id=wmo_case.pk).exists()
    trace = DestroyedRecord.objects.get(case_reference=wmo_case.reference)
    assert trace.record_type == RecordType.WMO_GRANTED and len(trace.decisions) == decision_count
    stored = " ".join(str(value) for value in vars(trace).values())
    assert not any(word in stored for word in ("Anna", "Jansen", "stofzuigen"))


def test_a_wmo_file_about_other_household_members_too_stays_and_the_resident_keeps_the_minimum(
    world, privacy_officer, rules, wmo_case, anna
):
    close_on(wmo_case, days_ago(400))
    backdate_decisions(wmo_case, days_ago(800), days_ago(400))
    Resident.objects.filter(pk=anna.pk).update(phone="0612345678", email="anna@example.org")
    question = answered_request(world, anna, closed_days_ago=30)
    erasure_request = record(privacy_officer, anna)

    destruction_list = erasure.erasure_request_assess(actor=privacy_officer, erasure_request=erasure_request)

    kept = destruction_list.items.get(object_type=CASE, case_id=wmo_case.pk)
    assert kept.excluded and kept.record_type == RecordType.WMO_GRANTED
    assert kept.exclusion_reason == erasure.KEEP_OTHER_MEMBERS
    assert not destruction_list.items.get(object_type=REQUEST, case_id=question.pk).excluded

    done = erasure.erasure_request_carry_out(actor=privacy_officer, erasure_request=erasure_request)

    assert done.resident_outcome == "minimised"
    assert Case.objects.filter(pk=wmo_case.pk).exists()
    assert Decision.objects.filter(request__case=wmo_case).exists()
    assert not Request.objects.filter(pk=question.pk).exists()
    anna.refresh_from_db()
    assert (anna.first_names, anna.last_name) == ("Anna", "Jansen")  # the kept decision stays hers
    assert (anna.phone, anna.email) == ("", "")


def test_a_file_past_its_period_goes_but_not_while_an_objection_is_open(
    world, privacy_officer, officer, rules, wmo_case, anna
):
    close_on(wmo_case, datetime.date(2008, 3, 1))
    backdate_decisions(wmo_case, datetime.date(2007, 1, 1), datetime.date(2008, 1, 1))
    Objection.objects.filter(decision__request__case=wmo_case).update(outcome="", decided_on=None)
    erasure_request = record(privacy_officer, anna)

    destruction_list = erasure.erasure_request_assess(actor=privacy_officer, erasure_request=erasure_request)

    item = destruction_list.items.get(object_type=CASE, case_id=wmo_case.pk)
    assert item.excluded and item.exclusion_reason == erasure.KEEP_IN_PROCEDURE
    done = erasure.erasure_request_carry_out(actor=privacy_officer, erasure_request=erasure_request)
    assert Case.objects.filter(pk=wmo_case.pk).exists()
    assert done.resident_outcome == "kept"  # something is still going on: the resident stays whole


def test_a_running_case_stays_and_the_resident_with_it(world, privacy_officer, rules, open_case, anna):
    erasure_request = record(privacy_officer, anna)

    destruction_list = erasure.erasure_request_assess(actor=privacy_officer, erasure_request=erasure_request)

    item = destruction_list.items.get(object_type=CASE, case_id=open_case.pk)
    assert item.excluded and item.exclusion_reason == erasure.KEEP_RUNNING
    done = erasure.erasure_request_carry_out(actor=privacy_officer, erasure_request=erasure_request)
    assert done.resident_outcome == "kept"
    assert Resident.objects.filter(pk=anna.pk).exists() and Case.objects.filter(pk=open_case.pk).exists()


def test_a_case_about_other_household_members_too_stays_for_their_sake(
    privacy_officer, rules, open_case, anna
):
    close_on(open_case, days_ago(30))  # closed without provision: a maximum of 5 years
    erasure_request = record(privacy_officer, anna)

    destruction_list = erasure.erasure_request_assess(actor=privacy_officer, erasure_request=erasure_request)

    item = destruction_list.items.get(object_type=CASE, case_id=open_case.pk)
    assert item.excluded and item.exclusion_reason == erasure.KEEP_OTHER_MEMBERS


def test_the_rules_say_which_periods_a_law_imposes(rules):
    obligations = dict(
        RetentionRule.objects.filter(municipality__isnull=True).values_list("record_type", "legal_obligation")
    )
    # Wmo 2015 art. 5.3.6 and the Jeugdwet (afdeling 7.3) let the resident have those files destroyed earlier.
    assert not obligations[RecordType.WMO_GRANTED] and not obligations[RecordType.YOUTH_GRANTED]
    assert not obligations[RecordType.CASE_ABORTED] and not obligations[RecordType.INTAKE_WITHOUT_CASE]
    assert obligations[RecordType.PROVISION_REFUSED] and obligations[RecordType.ACCESS_LOG]


def test_carrying_out_checks_each_record_again(world, privacy_officer, piet):
    resident, case, _question = piet
    erasure_request = record(privacy_officer, resident)
    erasure.erasure_request_assess(actor=privacy_officer, erasure_request=erasure_request)
    Case.objects.filter(pk=case.pk).update(state=Case.State.IN_CONVERSATION, closed_at=None)

    done = erasure.erasure_request_carry_out(actor=privacy_officer, erasure_request=erasure_request)

    assert Case.objects.filter(pk=case.pk).exists()
    item = erasure.assessment_list(done).items.get(object_type=CASE)
    assert item.excluded and item.exclusion_reason == erasure.KEEP_RUNNING and item.destroyed_at is None
    assert Resident.objects.filter(pk=resident.pk).exists()


def test_carrying_out_needs_an_assessment_and_happens_once(privacy_officer, piet):
    resident, _case, _question = piet
    erasure_request = record(privacy_officer, resident)
    with pytest.raises(ValidationError, match="Beoordeel het verzoek eerst"):
        erasure.erasure_request_carry_out(actor=privacy_officer, erasure_request=erasure_request)
    erasure.erasure_request_assess(actor=privacy_officer, erasure_request=erasure_request)
    erasure.erasure_request_carry_out(actor=privacy_officer, erasure_request=erasure_request)
    with pytest.raises(ValidationError, match="al besloten"):
        erasure.erasure_request_carry_out(actor=privacy_officer, erasure_request=erasure_request)


def test_refusing_needs_a_reason_and_destroys_nothing(privacy_officer, piet):
    resident, case, _question = piet
    erasure_request = record(privacy_officer, resident)
    erasure.erasure_request_assess(actor=privacy_officer, erasure_request=erasure_request)
    with pytest.raises(ValidationError) as error:
        erasure.erasure_request_refuse(actor=privacy_officer, erasure_request=erasure_request, reason=" ")
    assert "reason" in error.value.message_dict

    done = erasure.erasure_request_refuse(
        actor=privacy_officer, erasure_request=erasure_request, reason="Wettelijke bewaarplicht Wmo."
    )

    assert (
        done.status == ErasureRequest.Status.REFUSED and done.refusal_reason == "Wettelijke bewaarplicht Wmo."
    )
    assert Case.objects.filter(pk=case.pk).exists() and Resident.objects.filter(pk=resident.pk).exists()
    assert not DestructionList.objects.exists()


def test_an_erasure_list_stays_out_of_the_regular_destruction_lists(world, privacy_officer, piet):
    resident, _case, _question = piet
    erasure_request = record(privacy_officer, resident)
    erasure_list = erasure.erasure_request_assess(actor=privacy_officer, erasure_request=erasure_request)

    regular = destruction_list_draw_up(municipality_id=world.municipality.pk)

    assert regular != erasure_list and regular.erasure_request is None
    with pytest.raises(ValidationError, match="verzoek tot vernietiging"):
        destruction_list_approve(actor=privacy_officer, destruction_list=erasure_list)


# --- the pages --------------------------------------------------------------------------------------


def test_the_list_shows_due_dates_and_marks_overdue_requests(client, world, privacy_officer, piet):
    resident, _case, _question = piet
    late = record(privacy_officer, resident, timezone.localdate() - datetime.timedelta(days=100))
    client.force_login(privacy_officer)

    page = client.get(reverse("privacy:erasure_requests")).content.decode()

    assert f"Verzoek {late.pk}" in page and late.due_on.strftime("%d-%m-%Y") in page
    assert 'class="row--overdue"' in page and "te laat" in page
    assert "Piet" not in page and "Bakker" not in page


def test_others_get_no_erasure_pages(client, world, other_privacy_officer, privacy_officer, piet):
    resident, _case, _question = piet
    erasure_request = record(privacy_officer, resident)
    client.force_login(world.generalist)
    assert client.get(reverse("privacy:erasure_requests")).status_code == 403
    client.force_login(other_privacy_officer)
    assert client.get(reverse("privacy:erasure_request", args=[erasure_request.pk])).status_code == 404


def test_the_privacy_officer_records_assesses_and_carries_out_a_request(client, world, privacy_officer, piet):
    resident, case, _question = piet
    Resident.objects.filter(pk=resident.pk).update(bsn="111222333")
    client.force_login(privacy_officer)

    typo = client.post(
        reverse("privacy:erasure_request_new"),
        {"bsn": "999999990", "received_on": "2026-11-02", "note": "Per brief."},
    )
    assert typo.status_code == 400
    assert "Geen inwoner van uw gemeente gevonden." in typo.content.decode()
    assert "Per brief." in typo.content.decode()  # nothing typed is lost

    response = client.post(
        reverse("privacy:erasure_request_new"),
        {"bsn": "111222333", "received_on": timezone.localdate().isoformat(), "note": "Per brief."},
    )
    erasure_request = ErasureRequest.objects.get()
    assert response.url == reverse("privacy:erasure_request", args=[erasure_request.pk])

    client.post(reverse("privacy:erasure_request_assess", args=[erasure_request.pk]))
    page = client.get(response.url).content.decode()
    assert "Kan worden vernietigd (2)" in page and case.reference in page and "Blijft bewaard (0)" in page

    confirm = client.get(reverse("privacy:erasure_request_carry_out", args=[erasure_request.pk]))
    assert "Goedkeuren en 2 dossiers vernietigen" in confirm.content.decode()
    done = client.post(reverse("privacy:erasure_request_carry_out", args=[erasure_request.pk]), follow=True)

    text = done.content.decode()
    assert "Verzoek uitgevoerd: 2 dossiers vernietigd." in text and "zelf zijn vernietigd" in text
    assert not Resident.objects.filter(pk=resident.pk).exists()


def test_refusing_on_the_page_keeps_what_was_typed_when_the_reason_is_missing(client, privacy_officer, piet):
    resident, _case, _question = piet
    erasure_request = record(privacy_officer, resident)
    client.force_login(privacy_officer)
    url = reverse("privacy:erasure_request_refuse", args=[erasure_request.pk])

    assert client.post(url, {"reason": ""}).status_code == 400
    response = client.post(url, {"reason": "Lopende procedure."}, follow=True)

    assert "Het verzoek is afgewezen." in response.content.decode()
    erasure_request.refresh_from_db()
    assert erasure_request.status == ErasureRequest.Status.REFUSED
