"""Intake requests without a case (answered at once or forwarded, never a case) have their own
retention rule (Selectielijst 2020, 6.1.3, one year from closing) and the destruction list picks it up."""

import pytest
from dateutil.relativedelta import relativedelta
from django.utils import timezone

from plein.intake.models import Request, RequestEvent
from plein.privacy.models import (
    DestroyedRecord,
    DestructionList,
    DestructionListItem,
    RecordType,
    RetentionRule,
)
from plein.privacy.retention import destruction_list_approve
from plein.privacy.tasks import draw_up_destruction_list
from tests.privacy.conftest_retention import *  # noqa: F403  (the retention fixtures)
from tests.privacy.test_retention_erasure import answered_request

pytestmark = pytest.mark.django_db
REQUEST = DestructionListItem.ObjectType.REQUEST


def test_requests_without_a_case_have_their_own_rule(rules):
    rule = RetentionRule.objects.get(record_type=RecordType.INTAKE_WITHOUT_CASE, municipality__isnull=True)
    assert (rule.years, rule.days, rule.selection_list_reference) == (1, 0, "6.1.3")
    assert not rule.legal_obligation


def test_the_list_picks_up_old_requests_without_a_case_and_approval_destroys_them(
    world, rules, privacy_officer, register_resident, routed_request, household
):
    resident = register_resident(first_names="Piet", last_name="Bakker")
    old = answered_request(world, resident, closed_days_ago=400, question="Waar is de voedselbank?")
    recent = answered_request(world, resident, closed_days_ago=100)
    became_a_case = routed_request(household)  # open, and a case's request goes with its case anyway

    result = draw_up_destruction_list.enqueue(world.municipality.pk)

    destruction_list = DestructionList.objects.get(pk=result.return_value)
    items = list(destruction_list.items.filter(object_type=REQUEST))
    assert [item.case_id for item in items] == [old.pk]
    item = items[0]
    assert item.case_reference == old.reference and item.record_type == RecordType.INTAKE_WITHOUT_CASE
    assert item.retention_ends_on == timezone.localdate(old.closed_at) + relativedelta(years=1)

    destruction_list_approve(actor=privacy_officer, destruction_list=destruction_list)

    assert not Request.objects.filter(pk=old.pk).exists()
    assert not RequestEvent.objects.filter(request_id=old.pk).exists()
    assert Request.objects.filter(pk__in=[recent.pk, became_a_case.pk]).count() == 2
    trace = DestroyedRecord.objects.get(case_reference=old.reference)
    assert trace.record_type == RecordType.INTAKE_WITHOUT_CASE and trace.decisions == []
    assert trace.closed_on == timezone.localdate(old.closed_at)
    assert "voedselbank" not in " ".join(str(value) for value in vars(trace).values())
    item.refresh_from_db()
    assert item.destroyed_at is not None


def test_a_request_that_became_part_of_a_case_is_not_destroyed_on_its_own(
    world, rules, privacy_officer, register_resident, new_case
):
    resident = register_resident(first_names="Piet", last_name="Bakker")
    old = answered_request(world, resident, closed_days_ago=400)
    destruction_list = draw_up_destruction_list.enqueue(world.municipality.pk).return_value
    new_case("Visser").requests.add(old)  # linked to a case after the list was drawn up

    destruction_list_approve(
        actor=privacy_officer, destruction_list=DestructionList.objects.get(pk=destruction_list)
    )

    assert Request.objects.filter(pk=old.pk).exists()
    item = DestructionListItem.objects.get(object_type=REQUEST, case_id=old.pk)
    assert item.excluded and item.destroyed_at is None
