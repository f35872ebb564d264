"""Functional admins maintain the synonyms, stories and portals in the admin too, and read the
HSDS imports (those are written by the import only). Directory editors need no Django permissions:
their work pages check the rule ``directory.edit_social_map``."""

from django.db import migrations

MAINTAINED = ["synonymgroup", "story", "portal"]


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    maintained = Permission.objects.filter(
        content_type__app_label="directory", content_type__model__in=MAINTAINED
    )
    read = Permission.objects.filter(
        content_type__app_label="directory", content_type__model="hsdsimport", codename="view_hsdsimport"
    )
    return [*maintained, *read]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    admin_group, _ = Group.objects.get_or_create(name="functional_admin")
    admin_group.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name="functional_admin"):
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0004_search_indexes_and_synonyms"),
        ("areas", "0003_role_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
