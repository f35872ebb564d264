import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


def test_functional_admins_maintain_the_social_map():
    codenames = set(Group.objects.get(name="functional_admin").permissions.values_list("codename", flat=True))

    assert {"add_service", "change_service", "delete_service", "view_service"} <= codenames
