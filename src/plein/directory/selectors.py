"""Read queries for the social map.

``service_suggestions`` is the simple start the intake needs; the directory issue replaces it with
full-text search (stemming, synonyms, typo tolerance) behind the same signature.
"""

import re
from collections.abc import Iterable

from django.db.models import Q, QuerySet

from plein.directory.models import Service

MIN_WORD_LENGTH = 4
MAX_WORDS = 20  # a long story must not turn into a query with hundreds of conditions


def active_services(*, municipality_id: int | None) -> QuerySet[Service]:
    return Service.objects.filter(municipality_id=municipality_id, active=True).select_related("organisation")


def _words(text: str) -> list[str]:
    words = []
    for word in re.findall(r"\w+", text.lower()):
        if len(word) >= MIN_WORD_LENGTH and word not in words:
            words.append(word)
    return words[:MAX_WORDS]


def service_suggestions(
    *,
    municipality_id: int | None,
    district_id: int | None = None,
    life_domain_ids: Iterable[int] = (),
    text: str = "",
    limit: int = 5,
) -> list[Service]:
    """Active services of the municipality that fit the question, lower rungs of the ladder first.

    A service fits when it touches one of the life domains or when one of the question's words of
    four letters or more occurs in its name or description. With a district, services for other
    districts only are left out (a service without districts serves the whole municipality).
    """
    if municipality_id is None:
        return []
    match = Q()
    life_domain_ids = list(life_domain_ids)
    if life_domain_ids:
        match |= Q(life_domains__in=life_domain_ids)
    for word in _words(text):
        match |= Q(name__icontains=word) | Q(description__icontains=word)
    if not match:
        return []
    services = active_services(municipality_id=municipality_id).filter(match)
    if district_id is not None:
        services = services.filter(Q(districts__isnull=True) | Q(districts=district_id))
    ids = services.values("id").distinct()
    return list(
        Service.objects.filter(id__in=ids)
        .select_related("organisation")
        .order_by("level", "name", "id")[:limit]
    )
