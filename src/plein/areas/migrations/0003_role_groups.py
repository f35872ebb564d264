"""One Django group per role of DESIGN.md; functional admins may edit reference data."""

from django.db import migrations

from plein.core.migration_helpers import grant_to_functional_admin, model_permissions

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


def reference_permissions(apps) -> list:
    return [
        permission
        for app_label, models in REFERENCE_MODELS.items()
        for permission in model_permissions(apps, app_label, models)
    ]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for role in ROLES:
        Group.objects.get_or_create(name=role)
    grant_to_functional_admin(apps, reference_permissions)


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
