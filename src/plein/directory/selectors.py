"""Read queries for the social map.

Residents' questions go through ``directory.search``; ``service_suggestions`` is what the intake
shows next to a question. Below ``# --- editor ---``: the directory editors' pages.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, F, Q, QuerySet

from plein.areas.models import Municipality, Role
from plein.areas.selectors import active_memberships
from plein.core.models import LifeDomain
from plein.directory.models import HsdsImport, Service, Story, SynonymGroup
from plein.directory.search import SearchFilters, search_services
from plein.people.models import Organisation


def active_services(*, municipality_id: int | None) -> QuerySet[Service]:
    return Service.objects.filter(municipality_id=municipality_id, active=True).select_related("organisation")


def service_suggestions(
    *,
    municipality_id: int | None,
    district_id: int | None = None,
    life_domain_ids: Iterable[int] = (),
    text: str = "",
    limit: int = 5,
) -> list[Service]:
    """Active services that fit a question: what the search finds for its words (services in the
    resident's district preferred), then services touching its life domains, lower rungs first.

    With a district, services for other districts only are left out (a service without districts
    serves the whole municipality).
    """
    if municipality_id is None:
        return []
    filters = SearchFilters(district_id=district_id)
    found: list[Service] = []
    if text.strip():
        found = search_services(
            municipality_id=municipality_id,
            query=text,
            filters=filters,
            prefer_district_id=district_id,
            limit=limit,
        ).services
    life_domain_ids = list(life_domain_ids)
    if len(found) < limit and life_domain_ids:
        codes = tuple(LifeDomain.objects.filter(id__in=life_domain_ids).values_list("code", flat=True))
        in_domains = search_services(
            municipality_id=municipality_id,
            query="",
            filters=SearchFilters(life_domain_codes=codes, district_id=district_id),
            limit=limit + len(found),
        ).services
        found += [service for service in in_domains if service not in found][: limit - len(found)]
    return found


# --- editor ---
# The directory editors' work pages (redacteur sociale kaart). Editors look services up by name,
# so these are plain filters, not the residents' search.

EDITOR_ROLES = frozenset({Role.DIRECTORY_EDITOR, Role.FUNCTIONAL_ADMIN})
STALE_AFTER = timedelta(days=365)


def social_map_municipality_ids(user) -> frozenset[int]:
    """The municipalities whose social map this professional maintains today (cached per request)."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached = getattr(user, "_plein_social_map_ids", None)
    if cached is None:
        cached = frozenset(
            active_memberships()
            .filter(professional=user, role__in=EDITOR_ROLES)
            .values_list("municipality_id", flat=True)
        )
        user._plein_social_map_ids = cached
    return cached


def social_map_municipalities(user) -> QuerySet[Municipality]:
    return Municipality.objects.filter(id__in=social_map_municipality_ids(user)).order_by("name")


def services_for_editor(
    *,
    municipality_id: int,
    text: str = "",
    level: int | None = None,
    life_domain_code: str | None = None,
    active: bool | None = None,
) -> QuerySet[Service]:
    """The municipality's services, active or not, by name; ``text`` is part of the name of the
    service or of its organisation."""
    services = Service.objects.filter(municipality_id=municipality_id)
    text = text.strip()
    if text:
        services = services.filter(Q(name__icontains=text) | Q(organisation__name__icontains=text))
    if level is not None:
        services = services.filter(level=level)
    if life_domain_code:
        services = services.filter(life_domains__code=life_domain_code)
    if active is not None:
        services = services.filter(active=active)
    return (
        services.select_related("organisation", "last_verified_by")
        .prefetch_related("life_domains")
        .order_by("name", "id")
    )


def stale_since(today: date) -> date:
    """A service last verified before this date has not been checked for twelve months."""
    return today - STALE_AFTER


def _is_stale(today: date) -> Q:
    return Q(active=True) & (Q(last_verified_on__isnull=True) | Q(last_verified_on__lt=stale_since(today)))


def stale_services(*, municipality_id: int, today: date) -> QuerySet[Service]:
    """Active services never verified or not verified for twelve months; the oldest first."""
    return (
        Service.objects.filter(_is_stale(today), municipality_id=municipality_id)
        .select_related("organisation", "last_verified_by")
        .order_by(F("last_verified_on").asc(nulls_first=True), "name", "id")
    )


@dataclass(frozen=True)
class ServiceCounts:
    total: int
    active: int
    inactive: int
    stale: int
    per_level: dict[int, int]


def service_counts(*, municipality_id: int, today: date) -> ServiceCounts:
    """The numbers beside the editor's filters, in one query."""
    # Named apart from the fields: an aggregate called "active" would shadow the field in the filters.
    levels = {f"level_{level}": Count("id", filter=Q(level=level)) for level in Service.Level.values}
    counts = Service.objects.filter(municipality_id=municipality_id).aggregate(
        all_services=Count("id"),
        active_services=Count("id", filter=Q(active=True)),
        stale_services=Count("id", filter=_is_stale(today)),
        **levels,
    )
    return ServiceCounts(
        total=counts["all_services"],
        active=counts["active_services"],
        inactive=counts["all_services"] - counts["active_services"],
        stale=counts["stale_services"],
        per_level={level: counts[f"level_{level}"] for level in Service.Level.values},
    )


def organisations_for_editor(*, municipality_id: int) -> QuerySet[Organisation]:
    """Organisations linked to the municipality or offering services in it, with that number of services."""
    offering = Service.objects.filter(municipality_id=municipality_id).values("organisation_id")
    linked = Organisation.municipalities.through.objects.filter(municipality_id=municipality_id).values(
        "organisation_id"
    )
    return (
        Organisation.objects.filter(Q(id__in=offering) | Q(id__in=linked))
        .annotate(service_count=Count("services", filter=Q(services__municipality_id=municipality_id)))
        .order_by("name")
    )


def stories_for_editor(*, municipality_id: int) -> QuerySet[Story]:
    """Drafts first, then the published stories, newest first."""
    return Story.objects.filter(municipality_id=municipality_id).order_by(
        "published", "-published_on", "title"
    )


def synonym_groups() -> QuerySet[SynonymGroup]:
    return SynonymGroup.objects.order_by("words")


def hsds_imports(*, municipality_id: int) -> QuerySet[HsdsImport]:
    return HsdsImport.objects.filter(municipality_id=municipality_id).select_related("started_by")
