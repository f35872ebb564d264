"""One Django group per role of DESIGN.md; functional admins may edit reference data."""

from django.db import migrations

ROLES = [
    "front_office",
    "generalist",
    "youth_coach",
    "youth_protector",
    "process_director",
    "decision_officer",
    "team_coordinator",
    "network_partner",
    "policy",
    "privacy_officer",
    "functional_admin",
]
REFERENCE_MODELS = {
    "areas": ["municipality", "district", "neighbourhood", "postcoderange", "team", "membership"],
    "people": ["organisation", "professional"],
}


def create_groups(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role in ROLES:
        Group.objects.get_or_create(name=role)
    admin_group = Group.objects.get(name="functional_admin")
    for app_label, models in REFERENCE_MODELS.items():
        admin_group.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, content_type__model__in=models)
        )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("areas", "0002_initial"),
        ("people", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
