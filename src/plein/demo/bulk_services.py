"""A large social map for the benchmark: the demo's services again, in every neighbourhood.

The issue measures search latency at 5,000 services; the demo map has about 300. The extra services
are variants of the municipality's own: the same organisation, life domains, level, ages and text,
given a neighbourhood (and that district) or a different group, and a sentence about where and
when. So the words, their spread and the share of very common words stay those of a real map.
"""

import uuid
from datetime import timedelta
from random import Random

from django.db import transaction

from plein.areas.models import Municipality, Neighbourhood
from plein.directory.models import Service
from plein.directory.search import rebuild_index

VARIANT_SEPARATOR = " – "  # a variant's name: "<template> – <where or for whom>"; templates have none
BATCH_SIZE = 1_000
GROUPS = (
    "avondgroep",
    "ochtendgroep",
    "op zaterdag",
    "voor jongeren",
    "voor ouderen",
    "voor gezinnen",
    "in het Engels",
    "in het Arabisch",
    "in het Turks",
    "online",
    "telefonisch spreekuur",
    "extra groep",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag")
DAYPARTS = ("ochtend", "middag", "avond")
VENUES = ("het buurthuis", "het wijkcentrum", "de bibliotheek", "de huiskamer van de wijk", "de sporthal")
SENTENCES = (
    "Elke {weekday}{daypart} in {venue} in {place}.",
    "U vindt ons op {weekday}{daypart} in {venue} in {place}.",
    "Aanmelden kan ook via het sociaal team van {place}.",
    "In {place} is er plek voor nieuwe deelnemers.",
)


def ensure_services(*, municipality: Municipality, total: int = 5000, seed: int = 2026) -> int:
    """Top the municipality's active services up to ``total`` with variants of its own services,
    the same for the same seed; returns the number of active services. Rebuilds the search index
    when services were added."""
    services = Service.objects.filter(municipality=municipality, active=True)
    active = services.count()
    templates = list(
        services.exclude(name__contains=VARIANT_SEPARATOR)
        .select_related("organisation")
        .prefetch_related("life_domains")
        .order_by("id")
    )
    if active >= total or not templates:
        return active
    rng = Random(f"plein-bulk-services:{seed}")
    neighbourhoods = list(
        Neighbourhood.objects.filter(district__municipality=municipality)
        .select_related("district")
        .order_by("cbs_code")
    )
    names = set(Service.objects.filter(municipality=municipality).values_list("name", flat=True))
    variants: list[tuple[Service, Service, int | None]] = []  # (variant, its template, its district)
    for index in range(total - active):
        template = templates[index % len(templates)]
        neighbourhood = rng.choice(neighbourhoods) if neighbourhoods and rng.random() < 2 / 3 else None
        variant = _variant(template, neighbourhood, rng, names, municipality_name=municipality.name)
        variants.append((variant, template, neighbourhood.district_id if neighbourhood else None))
    with transaction.atomic():
        Service.objects.bulk_create([variant for variant, _, _ in variants], batch_size=BATCH_SIZE)
        ServiceDomain = Service.life_domains.through
        ServiceDomain.objects.bulk_create(
            [
                ServiceDomain(service_id=variant.pk, lifedomain_id=domain.pk)
                for variant, template, _ in variants
                for domain in template.life_domains.all()
            ],
            batch_size=BATCH_SIZE,
        )
        ServiceDistrict = Service.districts.through
        ServiceDistrict.objects.bulk_create(
            [
                ServiceDistrict(service_id=variant.pk, district_id=district_id)
                for variant, _, district_id in variants
                if district_id is not None
            ],
            batch_size=BATCH_SIZE,
        )
        rebuild_index()
    return services.count()


def _variant(
    template: Service,
    neighbourhood: Neighbourhood | None,
    rng: Random,
    names: set[str],
    *,
    municipality_name: str,
) -> Service:
    """A copy of the template for one neighbourhood, or without one for another group."""
    place = neighbourhood.name if neighbourhood else municipality_name
    label = neighbourhood.name if neighbourhood else rng.choice(GROUPS)
    name = f"{template.name}{VARIANT_SEPARATOR}{label}"
    number = 2
    while name in names:
        name = f"{template.name}{VARIANT_SEPARATOR}{label} {number}"
        number += 1
    names.add(name)
    sentence = rng.choice(SENTENCES).format(
        weekday=rng.choice(WEEKDAYS), daypart=rng.choice(DAYPARTS), venue=rng.choice(VENUES), place=place
    )
    verified = template.last_verified_on
    return Service(
        organisation=template.organisation,
        municipality_id=template.municipality_id,
        name=name[:200],
        description=f"{template.description} {sentence}".strip(),
        keywords=template.keywords,
        target_group=template.target_group,
        min_age=template.min_age,
        max_age=template.max_age,
        level=template.level,
        free_access=template.free_access,
        cost=template.cost,
        how_to_apply=template.how_to_apply,
        phone=template.phone,
        email=template.email,
        website=template.website,
        languages=template.languages,
        accessibility=template.accessibility,
        last_verified_on=verified - timedelta(days=rng.randint(0, 60)) if verified else None,
        hsds_id=uuid.UUID(int=rng.getrandbits(128), version=4),
    )
