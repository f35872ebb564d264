"""Functional admins maintain the coordinator rules and the case conference schedules (the groups
themselves come from areas 0003). Case content stays out of their reach."""

from django.db import migrations

MODELS = ["coordinatorrule", "conferenceschedule"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    admin_group, _ = Group.objects.get_or_create(name="functional_admin")
    admin_group.permissions.add(
        *Permission.objects.filter(content_type__app_label="cases", content_type__model__in=MODELS)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="functional_admin"):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="cases", content_type__model__in=MODELS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0001_initial"),
        ("areas", "0003_role_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
