"""Functional admins maintain the synonyms, stories and portals in the admin too, and read the
HSDS imports (those are written by the import only). Directory editors need no Django permissions:
their work pages check the rule ``directory.edit_social_map``."""

from django.db import migrations

from plein.core.migration_helpers import (
    grant_to_functional_admin,
    model_permissions,
    revoke_from_functional_admin,
)

MAINTAINED = ["synonymgroup", "story", "portal"]


def _permissions(apps):
    read = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="directory", content_type__model="hsdsimport", codename="view_hsdsimport"
    )
    return [*model_permissions(apps, "directory", MAINTAINED), *read]


def grant(apps, schema_editor):
    grant_to_functional_admin(apps, _permissions)


def revoke(apps, schema_editor):
    revoke_from_functional_admin(apps, _permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0004_search_indexes_and_synonyms"),
        ("areas", "0003_role_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
