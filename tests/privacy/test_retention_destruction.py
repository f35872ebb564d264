"""Destruction lists: the background task draws one up (no names), a privacy officer excludes and
approves, and approval destroys exactly the listed, non-excluded cases, leaving only a DestroyedRecord."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from plein.cases.models import Assessment, Case, CaseEvent, Contact, Measurement, SupportPlan
from plein.decisions.models import Allocation, Decision, Objection, ProviderMessage, ProvisionRequest
from plein.intake.models import Request
from plein.privacy.models import DestroyedRecord, DestructionList, RecordType
from plein.privacy.retention import (
    destruction_list_approve,
    destruction_list_draw_up,
    destruction_list_exclude,
)
from plein.privacy.tasks import draw_up_destruction_list
from tests.privacy.conftest_retention import *  # noqa: F403  (the retention fixtures)
from tests.privacy.conftest_retention import backdate_decisions, close_on

pytestmark = pytest.mark.django_db
PERSONAL = ("Anna", "Jansen", "Piet", "Bakker", "Visser", "stofzuigen", "knieën")


def days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def due_cases(world, rules, wmo_case, new_case):
    """A Wmo case whose 15 years have passed, two aborted cases closed 50 days ago, and a case
    closed 50 days ago without provision (kept 5 years: not due)."""
    close_on(wmo_case, datetime.date(2008, 3, 1))
    backdate_decisions(wmo_case, datetime.date(2007, 1, 1), datetime.date(2008, 1, 1))
    Decision.objects.filter(request__case=wmo_case).update(letter_pdf=b"%PDF Anna Jansen")
    aborted = close_on(new_case("Bakker"), days_ago(50), reason=Case.ClosureReason.RESIDENT_STOPPED)
    excluded = close_on(new_case("Visser"), days_ago(50), reason=Case.ClosureReason.RESIDENT_STOPPED)
    kept = close_on(new_case("De Vries"), days_ago(50))
    return wmo_case, aborted, excluded, kept


def test_the_task_draws_up_a_list_of_due_cases_without_names(world, due_cases):
    wmo, aborted, excluded, _kept = due_cases

    result = draw_up_destruction_list.enqueue(world.municipality.pk)

    destruction_list = DestructionList.objects.get(pk=result.return_value)
    assert destruction_list.is_draft and destruction_list.drawn_up_on == timezone.localdate()
    items = {item.case_id: item for item in destruction_list.items.all()}
    assert set(items) == {wmo.pk, aborted.pk, excluded.pk}
    assert items[wmo.pk].record_type == RecordType.WMO_GRANTED
    assert items[wmo.pk].retention_ends_on == datetime.date(2023, 3, 1)
    assert items[aborted.pk].case_reference == aborted.reference
    stored = " ".join(str(value) for item in items.values() for value in vars(item).values())
    assert not any(word in stored for word in PERSONAL)
    assert Case.objects.filter(pk__in=items).count() == 3  # nothing destroyed yet


def test_the_monthly_command_draws_up_a_list_for_every_municipality(world, due_cases):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("draw_up_destruction_lists", stdout=out)

    assert DestructionList.objects.filter(municipality=world.municipality).get().items.count() == 3
    assert DestructionList.objects.filter(municipality=world.other_municipality).get().items.count() == 0
    assert "GM0398: vernietigingslijst in de wachtrij" in out.getvalue()


def test_drawing_up_again_the_same_day_or_while_a_list_awaits_approval_returns_that_list(world, due_cases):
    first = destruction_list_draw_up(municipality_id=world.municipality.pk)
    assert destruction_list_draw_up(municipality_id=world.municipality.pk) == first
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert destruction_list_draw_up(municipality_id=world.municipality.pk, today=tomorrow) == first
    assert DestructionList.objects.count() == 1 and first.items.count() == 3


def test_approval_destroys_exactly_the_listed_non_excluded_cases_and_keeps_a_record(
    world, due_cases, privacy_officer, routed_request
):
    wmo, aborted, excluded, kept = due_cases
    decision = Decision.objects.get(request__case=wmo)
    request_reference = decision.request.reference
    intake_request = routed_request(wmo.household, "Anna kan niet meer stofzuigen.")
    wmo.requests.add(intake_request)
    for model in (Assessment, Measurement, SupportPlan, Contact, CaseEvent):
        assert model.objects.filter(case=wmo).exists(), model
    assert Allocation.objects.exists() and ProviderMessage.objects.exists() and Objection.objects.exists()
    destruction_list = destruction_list_draw_up(municipality_id=world.municipality.pk)
    item = destruction_list.items.get(case_id=excluded.pk)
    destruction_list_exclude(actor=privacy_officer, item=item, reason="Lopende klacht bij de ombudsman.")
    a_case_opened_later = close_on(
        Case.objects.create(
            reference="C-LATER",
            household=kept.household,
            municipality=world.municipality,
            team=world.team,
            opened_at=timezone.now(),
            opened_by=world.generalist,
        ),
        days_ago(60),
        reason=Case.ClosureReason.RESIDENT_STOPPED,
    )  # due, but not on the list: drawn up before it was looked at

    approved = destruction_list_approve(actor=privacy_officer, destruction_list=destruction_list)

    assert approved.status == DestructionList.Status.APPROVED
    assert (approved.approved_by, approved.destroyed_count) == (privacy_officer, 2)
    assert not Case.objects.filter(pk__in=[wmo.pk, aborted.pk]).exists()
    assert set(Case.objects.values_list("pk", flat=True)) >= {excluded.pk, kept.pk, a_case_opened_later.pk}
    for model in (Assessment, Measurement, SupportPlan, Contact, CaseEvent):
        assert not model.objects.filter(case_id__in=[wmo.pk, aborted.pk]).exists(), model
    assert not ProvisionRequest.objects.filter(reference=request_reference).exists()
    assert not Decision.objects.filter(pk=decision.pk).exists()
    assert not Allocation.objects.exists() and not ProviderMessage.objects.exists()
    assert not Objection.objects.exists()
    assert not Request.objects.filter(pk=intake_request.pk).exists()

    record = DestroyedRecord.objects.get(case_reference=wmo.reference)
    assert (record.municipality, record.destruction_list, record.record_type) == (
        world.municipality,
        approved,
        RecordType.WMO_GRANTED,
    )
    assert (record.closed_on, record.retention_ends_on) == (
        datetime.date(2008, 3, 1),
        datetime.date(2023, 3, 1),
    )
    assert record.decisions == [
        {
            "reference": decision.reference,
            "request_reference": request_reference,
            "law": "wmo",
            "outcome": "grant",
            "status": "sent",
            "sent_on": decision.sent_on.isoformat(),
            "starts_on": "2007-01-01",
            "ends_on": "2008-01-01",
        }
    ]
    assert DestroyedRecord.objects.get(case_reference=aborted.reference).decisions == []
    kept_text = " ".join(str(value) for row in DestroyedRecord.objects.all() for value in vars(row).values())
    assert not any(word in kept_text for word in PERSONAL)
    assert DestroyedRecord.objects.count() == 2


def test_a_list_approved_twice_does_nothing_the_second_time(world, due_cases, privacy_officer):
    destruction_list = destruction_list_draw_up(municipality_id=world.municipality.pk)
    destruction_list_approve(actor=privacy_officer, destruction_list=destruction_list)
    approved_at = DestructionList.objects.get().approved_at

    again = destruction_list_approve(actor=privacy_officer, destruction_list=destruction_list)

    assert (again.approved_at, again.destroyed_count) == (approved_at, 3)
    assert DestroyedRecord.objects.count() == 3
    with pytest.raises(ValidationError):
        destruction_list_exclude(
            actor=privacy_officer, item=destruction_list.items.first(), reason="Te laat."
        )


def test_a_case_no_longer_due_at_approval_is_kept(world, due_cases, privacy_officer):
    wmo = due_cases[0]
    destruction_list = destruction_list_draw_up(municipality_id=world.municipality.pk)
    Objection.objects.update(outcome="", decided_on=None)  # the objection was reopened

    destruction_list_approve(actor=privacy_officer, destruction_list=destruction_list)

    assert Case.objects.filter(pk=wmo.pk).exists()
    assert destruction_list.items.get(case_id=wmo.pk).excluded


def test_only_a_privacy_officer_of_the_municipality_excludes_and_approves(
    world, due_cases, other_privacy_officer
):
    destruction_list = destruction_list_draw_up(municipality_id=world.municipality.pk)
    for actor in (world.generalist, world.policy, other_privacy_officer):
        with pytest.raises(PermissionDenied):
            destruction_list_approve(actor=actor, destruction_list=destruction_list)
        with pytest.raises(PermissionDenied):
            destruction_list_exclude(actor=actor, item=destruction_list.items.first(), reason="Nee.")
    assert Case.objects.filter(state=Case.State.CLOSED).count() == 4
    assert DestructionList.objects.get().is_draft


def test_an_exclusion_needs_a_reason(world, due_cases, privacy_officer):
    destruction_list = destruction_list_draw_up(municipality_id=world.municipality.pk)
    with pytest.raises(ValidationError) as error:
        destruction_list_exclude(actor=privacy_officer, item=destruction_list.items.first(), reason="  ")
    assert "reason" in error.value.message_dict


# --- the pages ---------------------------------------------------------------------------------------


def test_the_privacy_officer_reviews_excludes_and_approves_in_the_work_ui(
    client, world, due_cases, privacy_officer
):
    wmo, aborted, excluded, _kept = due_cases
    client.force_login(privacy_officer)
    overview = client.get(reverse("privacy:destruction_lists"))
    assert overview.status_code == 200

    response = client.post(reverse("privacy:destruction_list_draw_up", args=[world.municipality.pk]))
    assert response.status_code == 302
    destruction_list = DestructionList.objects.get()
    page = client.get(reverse("privacy:destruction_list", args=[destruction_list.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert wmo.reference in html and "Wmo-voorziening verstrekt" in html
    assert not any(word in html for word in PERSONAL)

    item = destruction_list.items.get(case_id=excluded.pk)
    exclude_url = reverse("privacy:destruction_list_item_exclude", args=[destruction_list.pk, item.pk])
    assert client.get(exclude_url).status_code == 200
    assert client.post(exclude_url, {"reason": ""}).status_code == 400
    assert client.post(exclude_url, {"reason": "Verzoek van de ombudsman."}).status_code == 302
    approve_url = reverse("privacy:destruction_list_approve", args=[destruction_list.pk])
    assert "2 casussen" in client.get(approve_url).content.decode()
    assert client.post(approve_url).status_code == 302

    assert not Case.objects.filter(pk__in=[wmo.pk, aborted.pk]).exists()
    assert Case.objects.filter(pk=excluded.pk).exists()
    page = client.get(reverse("privacy:destruction_list", args=[destruction_list.pk])).content.decode()
    assert "Goedgekeurd en vernietigd" in page and "Verzoek van de ombudsman." in page
    assert client.get(reverse("privacy:destruction_lists")).status_code == 200


def test_others_get_403_on_the_overview_and_404_on_a_list(client, world, due_cases, other_privacy_officer):
    destruction_list = destruction_list_draw_up(municipality_id=world.municipality.pk)
    item = destruction_list.items.first()
    for user in (world.generalist, world.policy, other_privacy_officer):
        client.force_login(user)
        expected_overview = 200 if user == other_privacy_officer else 403
        assert client.get(reverse("privacy:destruction_lists")).status_code == expected_overview
        assert client.get(reverse("privacy:destruction_list", args=[destruction_list.pk])).status_code == 404
        approve_url = reverse("privacy:destruction_list_approve", args=[destruction_list.pk])
        assert client.post(approve_url).status_code == 404
        exclude_url = reverse("privacy:destruction_list_item_exclude", args=[destruction_list.pk, item.pk])
        assert client.post(exclude_url, {"reason": "x"}).status_code == 404
        draw_up_url = reverse("privacy:destruction_list_draw_up", args=[world.municipality.pk])
        assert client.post(draw_up_url).status_code in (403, 404)
    client.logout()
    assert client.get(reverse("privacy:destruction_lists")).status_code == 302
    assert Case.objects.filter(state=Case.State.CLOSED).count() == 4
    assert DestructionList.objects.get().is_draft
