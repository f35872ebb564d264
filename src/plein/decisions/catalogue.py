"""The default provision catalogue: reference data every municipality starts from.

The data lives in ``default_catalogue.json`` next to this module (shipped with the package), so a
municipality's policy officer can read it without reading Python. ``load_default_catalogue`` puts it
in one municipality: a provision is matched by its name, so loading twice changes nothing, and
loading after an update of the file brings the default fields up to date. What a municipality added
itself stays: its own provisions, results and checklist points, and whether a provision is active.

``{gemeente}`` in a legal basis becomes the municipality's name ("Verordening maatschappelijke
ondersteuning Heerhugowaard").
"""

import json
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from plein.areas.models import Municipality
from plein.decisions.models import ChecklistItem, Law, Provision, ProvisionResult

CATALOGUE_FILE = Path(__file__).with_name("default_catalogue.json")

# iWmo release 3.2, WMO020 (LDT_ProductCategorie in the iWmo basisschema).
WMO_PRODUCT_CATEGORIES = {
    "01": "Hulp bij het huishouden",
    "02": "Begeleiding",
    "03": "Persoonlijke verzorging",
    "04": "Kortdurend verblijf",
    "05": "Woondiensten",
    "06": "Overige ondersteuning gericht op het individu of huishouden/gezin",
    "07": "Dagbesteding",
    "08": "Vervoerdiensten",
    "09": "Overige groepsgerichte ondersteuning",
    "10": "Overige maatwerk arrangementen",
    "11": "Rolstoelen",
    "12": "Vervoervoorzieningen",
    "13": "Woonvoorzieningen",
    "14": "Overige hulpmiddelen",
    "15": "Beschermd wonen",
    "16": "Opvang",
    "17": "Spoedopvang",
    "18": "Overige beschermd wonen en opvang",
}
# iJw release 3.2, JZ020 (LDT_ProductCategorie in the iJw basisschema), without the 2015 codes 31–38.
YOUTH_PRODUCT_CATEGORIES = {
    "40": "Persoonlijke verzorging",
    "41": "Dagbehandeling",
    "42": "Vervoerdiensten",
    "43": "Jeugdhulp verblijf (incl. behandeling)",
    "44": "Jeugdhulp verblijf (excl. behandeling)",
    "45": "Jeugdhulp ambulant",
    "46": "Jeugdhulp crisis",
    "47": "Jeugdreclassering",
    "48": "Jeugdbescherming",
    "49": "Activiteiten in het preventief justitieel kader",
    "50": "Maatwerkarrangementen jeugd",
    "51": "Generalistische basis-ggz",
    "52": "Specialistische ggz",
    "53": "Kindergeneeskunde",
    "54": "Jeugd-ggz",
    "55": "Landelijk ingekochte zorg",
}
# The Participatiewet has no iStandaard: its provisions have no product category.
PRODUCT_CATEGORIES: dict[str, dict[str, str]] = {
    Law.WMO: WMO_PRODUCT_CATEGORIES,
    Law.YOUTH: YOUTH_PRODUCT_CATEGORIES,
    Law.PARTICIPATION: {},
}

# The provision's own fields in the file (results and checklist are rows of their own).
PROVISION_FIELDS = (
    "law",
    "description",
    "product_category",
    "product_code",
    "unit",
    "frequency",
    "min_extent",
    "max_extent",
    "in_kind",
    "pgb",
    "cash",
    "min_age",
    "max_age",
    "max_months",
    "four_eyes",
    "legal_basis",
)


@cache
def default_catalogue() -> tuple[dict[str, Any], ...]:
    """The provisions of the shipped file, as dictionaries (read once per process)."""
    with CATALOGUE_FILE.open(encoding="utf-8") as file:
        return tuple(json.load(file)["provisions"])


def check_product_category(law: str, category: str) -> None:
    """A product category must be one of its law's iStandaard (none for the Participatiewet)."""
    if not category:
        return
    codes = PRODUCT_CATEGORIES.get(law, {})
    if category not in codes:
        law_label = Law(law).label if law in Law.values else law
        message = (
            f"Productcategorie {category} bestaat niet voor de {law_label}."
            if codes
            else f"De {law_label} heeft geen iStandaard en dus geen productcategorie."
        )
        raise ValidationError({"product_category": message})


@transaction.atomic
def load_default_catalogue(municipality: Municipality) -> int:
    """Put the default catalogue in ``municipality``; returns how many provisions were new.

    Update-or-create by name: a second load creates nothing and changes nothing. Raises
    ValidationError (and saves nothing) when the file holds a provision the model refuses.
    """
    created = 0
    for spec in default_catalogue():
        provision = Provision.objects.filter(municipality=municipality, name=spec["name"]).first()
        if provision is None:
            provision = Provision(municipality=municipality, name=spec["name"])
            created += 1
        for field in PROVISION_FIELDS:
            value = spec[field]
            if field in ("min_extent", "max_extent"):
                value = Decimal(value)
            elif field == "legal_basis":
                value = value.format(gemeente=municipality.name)
            setattr(provision, field, value)
        check_product_category(provision.law, provision.product_category)
        provision.full_clean()
        provision.save()
        _load_results(provision, spec["results"])
        _load_checklist(provision, spec["checklist"])
    return created


def _load_results(provision: Provision, names: list[str]) -> None:
    existing = {result.name: result for result in provision.results.all()}
    for order, name in enumerate(names):
        result = existing.get(name) or ProvisionResult(provision=provision, name=name)
        if result.pk and result.order == order:
            continue
        result.order = order
        result.full_clean()
        result.save()


def _load_checklist(provision: Provision, items: list[dict[str, str]]) -> None:
    existing = {item.question: item for item in provision.checklist.all()}
    for order, spec in enumerate(items):
        item = existing.get(spec["question"]) or ChecklistItem(provision=provision, question=spec["question"])
        guidance = spec.get("guidance", "")
        if item.pk and (item.order, item.guidance) == (order, guidance):
            continue
        item.order = order
        item.guidance = guidance
        item.full_clean()
        item.save()
