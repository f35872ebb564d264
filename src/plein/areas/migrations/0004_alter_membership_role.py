# The directory editor (redacteur sociale kaart) role, and its Django group like every role.

from django.db import migrations, models


def create_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name="directory_editor")


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="directory_editor").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("areas", "0003_role_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.AlterField(
            model_name="membership",
            name="role",
            field=models.CharField(
                choices=[
                    ("front_office", "Klantcontact / loket"),
                    ("generalist", "Generalist sociaal team"),
                    ("youth_coach", "Jeugd- en gezinscoach"),
                    ("youth_protector", "Jeugdbeschermer"),
                    ("process_director", "Procesregisseur"),
                    ("decision_officer", "Consulent backoffice (beschikkingen)"),
                    ("team_coordinator", "Teamcoördinator"),
                    ("network_partner", "Netwerkpartner"),
                    ("policy", "Beleidsmedewerker"),
                    ("privacy_officer", "Privacyfunctionaris"),
                    ("directory_editor", "Redacteur sociale kaart"),
                    ("functional_admin", "Functioneel beheerder"),
                ],
                max_length=30,
                verbose_name="rol",
            ),
        ),
        migrations.RunPython(create_group, remove_group),
    ]
