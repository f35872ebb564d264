"""For the data migrations that give the functional admins' group its Django permissions.

Django creates a model's permissions only after all migrations have run (``post_migrate``); a
migration that grants them must create them first. The groups themselves come from areas 0003.
Migrations keep their own module-level ``grant`` and ``revoke`` (squashing needs them importable)
and call these.
"""

FUNCTIONAL_ADMIN = "functional_admin"


def create_all_permissions(apps) -> None:
    """Create the permissions of every model known at this point of the migration graph."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None


def model_permissions(apps, app_label: str, models: list[str]):
    """Every permission (add, change, delete, view) of these models of one app."""
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label=app_label, content_type__model__in=models
    )


def grant_to_functional_admin(apps, permissions) -> None:
    """Add what ``permissions(apps)`` selects to the functional admins' group."""
    create_all_permissions(apps)
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=FUNCTIONAL_ADMIN)
    group.permissions.add(*permissions(apps))


def revoke_from_functional_admin(apps, permissions) -> None:
    for group in apps.get_model("auth", "Group").objects.filter(name=FUNCTIONAL_ADMIN):
        group.permissions.remove(*permissions(apps))
