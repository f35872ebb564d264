"""Functional admins maintain the population budgets, the provision tariffs and the hourly rates
(the groups themselves come from areas 0003). Reports stay out of the admin."""

from django.db import migrations

MODELS = ["areabudget", "provisiontariff", "hourlyrate"]


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
        *Permission.objects.filter(content_type__app_label="monitoring", content_type__model__in=MODELS)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="functional_admin"):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="monitoring", content_type__model__in=MODELS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0001_initial"),
        ("areas", "0003_role_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
