"""Functional admins maintain reference data in the Django admin; residents are not there."""

import datetime

from django.urls import reverse

from plein.areas.models import Membership, Role
from plein.areas.services import membership_add
from tests import factories


def functional_admin(world):
    user = factories.ProfessionalFactory(username="beheer")
    membership_add(
        professional=user,
        role=Role.FUNCTIONAL_ADMIN,
        organisation=world.organisation,
        municipality=world.municipality,
        starts_on=datetime.date(2020, 1, 1),
    )
    return user


def test_a_functional_admin_edits_teams_but_never_sees_residents(client, world):
    client.force_login(functional_admin(world))

    index = client.get(reverse("admin:index")).content.decode()
    assert "Teams" in index
    assert "Inwoners" not in index and "Huishoudens" not in index


def test_a_team_cannot_serve_a_district_of_another_municipality(client, world):
    client.force_login(functional_admin(world))

    response = client.post(
        reverse("admin:areas_team_change", args=[world.team.pk]),
        {
            "municipality": world.municipality.pk,
            "name": world.team.name,
            "kind": "neighbourhood",
            "districts": [world.district.pk, world.other_district.pk],
        },
    )

    assert "Een team bedient alleen wijken van zijn eigen gemeente." in response.content.decode()
    assert list(world.team.districts.all()) == [world.district]


def test_a_membership_added_in_the_admin_gives_the_role(client, world):
    client.force_login(functional_admin(world))
    newcomer = factories.ProfessionalFactory(username="nieuw")

    client.post(
        reverse("admin:areas_membership_add"),
        {
            "professional": newcomer.pk,
            "municipality": world.municipality.pk,
            "team": world.team.pk,
            "organisation": world.organisation.pk,
            "role": Role.GENERALIST,
            "hours_per_week": "24",
            "starts_on": "2026-01-01",
        },
    )

    assert Membership.objects.filter(professional=newcomer, team=world.team).exists()
    assert list(newcomer.groups.values_list("name", flat=True)) == [Role.GENERALIST]


def test_a_professional_who_is_not_an_admin_cannot_open_the_admin(client, world):
    client.force_login(world.generalist)

    response = client.get(reverse("admin:index"))

    assert response.status_code == 302


def test_a_functional_admin_cannot_make_anyone_superuser(client, world):
    admin_user = functional_admin(world)
    client.force_login(admin_user)

    response = client.post(
        reverse("admin:people_professional_change", args=[admin_user.pk]),
        {
            "username": "beheer",
            "first_name": "B",
            "last_name": "H",
            "email": "",
            "is_active": "on",
            "is_superuser": "on",
            "is_staff": "on",
            "job_title": "",
            "phone": "",
        },
    )

    assert response.status_code == 302  # saved: the other fields were accepted
    admin_user.refresh_from_db()
    assert admin_user.first_name == "B"
    assert not admin_user.is_superuser
