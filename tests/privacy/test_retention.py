"""Retention periods: the defaults from the selection list and the laws, a municipality's own rule,
and which closed cases are due for destruction on a given day."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from django.db import IntegrityError

from plein.cases.models import Case
from plein.decisions.models import Decision
from plein.privacy.models import RecordType, RetentionRule
from plein.privacy.retention import (
    case_retention,
    cases_due_for_destruction,
    load_default_retention_rules,
    retention_period,
)
from tests.privacy.conftest_retention import *  # noqa: F403  (the retention fixtures)
from tests.privacy.conftest_retention import backdate_decisions, close_on

pytestmark = pytest.mark.django_db


def due_ids(municipality, today):
    return [due.case_id for due in cases_due_for_destruction(municipality, today)]


def test_the_defaults_are_loaded_once_with_their_source(rules):
    assert load_default_retention_rules() == 0  # idempotent
    defaults = {rule.record_type: rule for rule in RetentionRule.objects.filter(municipality__isnull=True)}
    assert set(defaults) == set(RecordType.values)
    expected = {
        RecordType.WMO_GRANTED: relativedelta(years=15),
        RecordType.YOUTH_GRANTED: relativedelta(years=20),
        RecordType.PROVISION_REFUSED: relativedelta(years=5),
        RecordType.DEBT_ASSISTANCE: relativedelta(years=5),
        RecordType.INCOME_PROVISION: relativedelta(years=10),
        RecordType.CASE_ABORTED: relativedelta(days=42),
        RecordType.CASE_CLOSED_WITHOUT_PROVISION: relativedelta(years=5),
        RecordType.ACCESS_LOG: relativedelta(years=5),
    }
    for record_type, period in expected.items():
        assert retention_period(record_type, None) == period
    assert defaults[RecordType.WMO_GRANTED].selection_list_reference == "8.1.1"
    assert "5.3.4" in defaults[RecordType.WMO_GRANTED].legal_basis
    assert defaults[RecordType.CASE_ABORTED].selection_list_reference == "8.4.1"


def test_a_changed_default_is_not_overwritten_by_loading_again(rules):
    RetentionRule.objects.filter(record_type=RecordType.WMO_GRANTED).update(years=16)
    load_default_retention_rules()
    assert retention_period(RecordType.WMO_GRANTED, None) == relativedelta(years=16)


def test_a_municipalitys_own_rule_overrides_the_default_for_that_municipality_only(world, rules):
    RetentionRule.objects.create(
        record_type=RecordType.CASE_CLOSED_WITHOUT_PROVISION,
        municipality=world.municipality,
        years=7,
        legal_basis="Eigen besluit",
    )
    kind = RecordType.CASE_CLOSED_WITHOUT_PROVISION
    assert retention_period(kind, world.municipality.pk) == relativedelta(years=7)
    assert retention_period(kind, world.other_municipality.pk) == relativedelta(years=5)


def test_one_rule_per_record_type_and_municipality(world, rules):
    with pytest.raises(IntegrityError):
        RetentionRule.objects.create(record_type=RecordType.WMO_GRANTED, years=3, legal_basis="dubbel")


def test_a_closed_wmo_case_is_due_15_years_after_the_provision_ends_and_not_a_day_before(
    world, rules, wmo_case
):
    closed_on = datetime.date(2030, 1, 10)
    close_on(wmo_case, closed_on)
    provision_ends = Decision.objects.get(request__case=wmo_case).ends_on
    assert provision_ends < closed_on  # the provision ended before the case closed: closing counts
    due_on = datetime.date(2045, 1, 10)

    retention = case_retention(Case.objects.get(pk=wmo_case.pk))
    assert (retention.record_type, retention.retention_ends_on) == (RecordType.WMO_GRANTED, due_on)
    assert due_ids(world.municipality, due_on - datetime.timedelta(days=1)) == []
    assert due_ids(world.municipality, due_on) == [wmo_case.pk]
    assert due_ids(world.other_municipality, due_on) == []


def test_a_provision_ending_after_the_case_closed_starts_the_retention_period(world, rules, wmo_case):
    close_on(wmo_case, datetime.date(2030, 1, 10))
    backdate_decisions(wmo_case, datetime.date(2029, 1, 1), datetime.date(2032, 6, 30))

    assert case_retention(wmo_case).retention_ends_on == datetime.date(2047, 6, 30)
    assert due_ids(world.municipality, datetime.date(2047, 6, 29)) == []


def test_a_youth_grant_is_kept_20_years_and_a_refusal_5(world, rules, wmo_case):
    close_on(wmo_case, datetime.date(2030, 1, 10))
    request = wmo_case.provision_requests.get()
    request.law = "jeugdwet"
    request.save(update_fields=["law"])
    assert case_retention(wmo_case).record_type == RecordType.YOUTH_GRANTED
    assert case_retention(wmo_case).retention_ends_on == datetime.date(2050, 1, 10)

    Decision.objects.filter(request=request).update(
        outcome=Decision.Outcome.DENY, result=None, starts_on=None, ends_on=None
    )
    retention = case_retention(wmo_case)
    assert (retention.record_type, retention.retention_ends_on) == (
        RecordType.PROVISION_REFUSED,
        datetime.date(2035, 1, 10),
    )


def test_a_participation_grant_is_an_income_provision_or_debt_assistance(world, rules, wmo_case):
    close_on(wmo_case, datetime.date(2030, 1, 10))
    request = wmo_case.provision_requests.get()
    request.law = "participatiewet"
    request.save(update_fields=["law"])
    assert case_retention(wmo_case).record_type == RecordType.INCOME_PROVISION
    request.provision.name = "Schuldhulpverlening"
    request.provision.save(update_fields=["name"])
    assert case_retention(Case.objects.get(pk=wmo_case.pk)).record_type == RecordType.DEBT_ASSISTANCE


def test_an_aborted_case_without_decisions_is_due_after_42_days(world, rules, new_case):
    case = close_on(new_case(), datetime.date(2026, 3, 1), reason=Case.ClosureReason.RESIDENT_STOPPED)

    assert case_retention(case).record_type == RecordType.CASE_ABORTED
    assert due_ids(world.municipality, datetime.date(2026, 4, 11)) == []
    assert due_ids(world.municipality, datetime.date(2026, 4, 12)) == [case.pk]


def test_a_case_closed_without_provision_is_kept_5_years(world, rules, new_case):
    case = close_on(new_case(), datetime.date(2026, 3, 1))

    assert case_retention(case).record_type == RecordType.CASE_CLOSED_WITHOUT_PROVISION
    assert due_ids(world.municipality, datetime.date(2031, 2, 28)) == []
    assert due_ids(world.municipality, datetime.date(2031, 3, 1)) == [case.pk]


def test_open_cases_and_cases_with_an_objection_in_progress_are_never_due(world, rules, wmo_case, new_case):
    still_open = new_case()
    assert due_ids(world.municipality, datetime.date(2100, 1, 1)) == []
    close_on(wmo_case, datetime.date(2026, 1, 1))
    wmo_case.provision_requests.get().decisions.get().objections.update(outcome="", decided_on=None)
    assert due_ids(world.municipality, datetime.date(2100, 1, 1)) == []
    assert still_open.state != Case.State.CLOSED
