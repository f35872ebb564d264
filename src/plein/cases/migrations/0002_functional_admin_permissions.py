"""Functional admins maintain the coordinator rules and the case conference schedules (the groups
themselves come from areas 0003). Case content stays out of their reach."""

from django.db import migrations

from plein.core.migration_helpers import (
    grant_to_functional_admin,
    model_permissions,
    revoke_from_functional_admin,
)

MODELS = ["coordinatorrule", "conferenceschedule"]


def _permissions(apps):
    return model_permissions(apps, "cases", MODELS)


def grant(apps, schema_editor):
    grant_to_functional_admin(apps, _permissions)


def revoke(apps, schema_editor):
    revoke_from_functional_admin(apps, _permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0001_initial"),
        ("areas", "0003_role_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
