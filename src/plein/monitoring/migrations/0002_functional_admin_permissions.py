"""Functional admins maintain the population budgets, the provision tariffs and the hourly rates
(the groups themselves come from areas 0003). Reports stay out of the admin."""

from django.db import migrations

from plein.core.migration_helpers import (
    grant_to_functional_admin,
    model_permissions,
    revoke_from_functional_admin,
)

MODELS = ["areabudget", "provisiontariff", "hourlyrate"]


def _permissions(apps):
    return model_permissions(apps, "monitoring", MODELS)


def grant(apps, schema_editor):
    grant_to_functional_admin(apps, _permissions)


def revoke(apps, schema_editor):
    revoke_from_functional_admin(apps, _permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0001_initial"),
        ("areas", "0003_role_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
