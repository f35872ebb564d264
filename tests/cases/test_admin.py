"""The admin holds the reference data of cases, never a case."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group

from plein.areas.models import Role
from plein.areas.services import membership_add
from plein.cases.models import (
    Assessment,
    Case,
    ConferenceSchedule,
    Contact,
    CoordinatorRule,
    SafetyConcern,
    SupportPlan,
)
from tests import factories

pytestmark = pytest.mark.django_db


def test_functional_admins_maintain_coordinator_rules_and_conference_schedules():
    permissions = Group.objects.get(name="functional_admin").permissions
    codenames = set(permissions.filter(content_type__app_label="cases").values_list("codename", flat=True))

    assert codenames == {
        f"{action}_{model}"
        for action in ("add", "change", "delete", "view")
        for model in ("coordinatorrule", "conferenceschedule")
    }


def test_case_content_is_not_in_the_admin():
    registered = admin.site._registry

    assert CoordinatorRule in registered
    assert ConferenceSchedule in registered
    assert not {Case, Assessment, SupportPlan, Contact, SafetyConcern} & set(registered)


def test_a_functional_admin_opens_the_coordinator_rules_in_the_admin(world, client):
    beheer = factories.ProfessionalFactory(username="beheer")
    membership_add(
        professional=beheer,
        role=Role.FUNCTIONAL_ADMIN,
        organisation=world.organisation,
        municipality=world.municipality,
        starts_on=world.generalist.memberships.get().starts_on,
    )
    CoordinatorRule.objects.create(
        municipality=world.municipality,
        name="Minderjarige in het huishouden",
        condition=CoordinatorRule.Condition.MINOR_IN_HOUSEHOLD,
        required_role=Role.YOUTH_COACH,
    )
    client.force_login(beheer)

    assert client.get("/admin/cases/coordinatorrule/").status_code == 200
    assert client.get("/admin/cases/conferenceschedule/add/").status_code == 200
    assert client.get("/admin/cases/case/").status_code == 404
