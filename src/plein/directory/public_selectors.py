"""Read queries for the public portal: only what residents may see, of one municipality."""

import enum
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from plein.areas.models import District, Municipality, Neighbourhood, PostcodeRange, Team
from plein.areas.selectors import neighbourhood_for_address, teams_serving
from plein.core.models import LifeDomain
from plein.directory.models import Service, Story
from plein.directory.selectors import active_services
from plein.people.models import Organisation

# Teams a resident can call or walk in to; back offices and specialist teams are reached through them.
PUBLIC_TEAM_KINDS = (Team.Kind.NEIGHBOURHOOD, Team.Kind.YOUTH_AND_FAMILY, Team.Kind.FRONT_OFFICE)


def portal_service(*, municipality_id: int, service_id: int) -> Service | None:
    return (
        active_services(municipality_id=municipality_id)
        .filter(pk=service_id)
        .prefetch_related("life_domains", "districts")
        .first()
    )


def portal_organisation(*, municipality_id: int, organisation_id: int) -> Organisation | None:
    """An organisation that works in the municipality or offers help there."""
    offers_help = Exists(active_services(municipality_id=municipality_id).filter(organisation=OuterRef("pk")))
    return (
        Organisation.objects.filter(pk=organisation_id)
        .filter(
            offers_help
            | Exists(
                Organisation.municipalities.through.objects.filter(
                    organisation_id=OuterRef("pk"), municipality_id=municipality_id
                )
            )
        )
        .first()
    )


def organisation_services(*, municipality_id: int, organisation_id: int) -> QuerySet[Service]:
    return active_services(municipality_id=municipality_id).filter(organisation_id=organisation_id)


def published_stories(*, municipality_id: int) -> QuerySet[Story]:
    # A story with a date in the future is scheduled, not yet published.
    return (
        Story.objects.filter(municipality_id=municipality_id, published=True)
        .filter(Q(published_on__isnull=True) | Q(published_on__lte=timezone.localdate()))
        .order_by("-published_on", "title")
    )


def published_story(*, municipality_id: int, slug: str) -> Story | None:
    return published_stories(municipality_id=municipality_id).filter(slug=slug).first()


def story_services(story: Story) -> QuerySet[Service]:
    return active_services(municipality_id=story.municipality_id).filter(stories=story)


def life_domains_on_map(*, municipality_id: int) -> QuerySet[LifeDomain]:
    """Life domains with at least one active service: a tile never leads to an empty page."""
    services = active_services(municipality_id=municipality_id).filter(life_domains=OuterRef("pk"))
    return LifeDomain.objects.filter(active=True).filter(Exists(services)).order_by("order", "name")


def districts_of(*, municipality_id: int) -> QuerySet[District]:
    return District.objects.filter(municipality_id=municipality_id).order_by("name")


def public_teams(*, municipality_id: int) -> QuerySet[Team]:
    return (
        Team.objects.filter(municipality_id=municipality_id, kind__in=PUBLIC_TEAM_KINDS)
        .prefetch_related("districts")
        .order_by("kind", "name")
    )


def teams_for_district(*, district_id: int) -> QuerySet[Team]:
    return Team.objects.filter(districts=district_id, kind__in=PUBLIC_TEAM_KINDS).order_by("kind", "name")


class TeamOutcome(enum.StrEnum):
    FOUND = "found"
    HOUSE_NUMBER_NEEDED = "house_number_needed"  # the postcode's house numbers lie in several neighbourhoods
    UNKNOWN_POSTCODE = "unknown_postcode"
    UNKNOWN_HOUSE_NUMBER = "unknown_house_number"
    ELSEWHERE = "elsewhere"  # in another municipality


@dataclass(frozen=True)
class TeamFinding:
    outcome: TeamOutcome
    neighbourhood: Neighbourhood | None = None
    teams: list[Team] = field(default_factory=list)
    municipality: Municipality | None = None  # where the address lies


def find_team(*, municipality_id: int, postcode: str, house_number: int | None) -> TeamFinding:
    """The teams serving a resident's neighbourhood, found by postcode (and house number if needed)."""
    neighbourhood_ids = set(
        PostcodeRange.objects.filter(postcode=postcode).values_list("neighbourhood_id", flat=True)
    )
    if not neighbourhood_ids:
        return TeamFinding(TeamOutcome.UNKNOWN_POSTCODE)
    if house_number is not None:
        neighbourhood = neighbourhood_for_address(postcode=postcode, house_number=house_number)
        if neighbourhood is None:
            return TeamFinding(TeamOutcome.UNKNOWN_HOUSE_NUMBER)
    elif len(neighbourhood_ids) > 1:
        return TeamFinding(TeamOutcome.HOUSE_NUMBER_NEEDED)
    else:
        neighbourhood = Neighbourhood.objects.select_related("district__municipality").get(
            pk=neighbourhood_ids.pop()
        )
    municipality = neighbourhood.district.municipality
    if municipality.pk != municipality_id:
        return TeamFinding(TeamOutcome.ELSEWHERE, neighbourhood=neighbourhood, municipality=municipality)
    teams = list(teams_serving(neighbourhood).filter(kind__in=PUBLIC_TEAM_KINDS))
    return TeamFinding(TeamOutcome.FOUND, neighbourhood=neighbourhood, teams=teams, municipality=municipality)
