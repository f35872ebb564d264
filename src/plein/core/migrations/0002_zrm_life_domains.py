"""The 13 life domains of the ZRM 2017 (names only; the cell criteria are not ours to ship)."""

from django.db import migrations

DOMAINS = [
    ("finances", "Financiën"),
    ("work_education", "Werk & opleiding"),
    ("daytime_activities", "Tijdsbesteding"),
    ("housing", "Huisvesting"),
    ("domestic_relations", "Huiselijke relaties"),
    ("mental_health", "Geestelijke gezondheid"),
    ("physical_health", "Lichamelijke gezondheid"),
    ("substance_use", "Middelengebruik"),
    ("basic_adl", "Basale ADL"),
    ("instrumental_adl", "Instrumentele ADL"),
    ("social_network", "Sociaal netwerk"),
    ("community_participation", "Maatschappelijke participatie"),
    ("justice", "Justitie"),
]


def load(apps, schema_editor):
    LifeDomain = apps.get_model("core", "LifeDomain")
    for order, (code, name) in enumerate(DOMAINS, start=1):
        LifeDomain.objects.update_or_create(code=code, defaults={"name": name, "order": order})


def unload(apps, schema_editor):
    apps.get_model("core", "LifeDomain").objects.filter(code__in=[code for code, _ in DOMAINS]).delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
