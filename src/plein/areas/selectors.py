"""Read queries for areas and teams, and the scope of a professional.

``scope_for`` is the single place that says for which municipalities, districts and teams a
professional works. Every selector that lists personal data filters through it.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.utils import timezone

from plein.areas.models import District, Membership, Municipality, Neighbourhood, PostcodeRange, Role, Team

# Roles whose members work with households in the districts their team serves.
TEAM_CASEWORK_ROLES = frozenset(
    {Role.GENERALIST, Role.YOUTH_COACH, Role.YOUTH_PROTECTOR, Role.TEAM_COORDINATOR}
)
# Roles that must find any resident of their municipality: the front office registers every call,
# the back office handles direct applications. Need-to-know is narrowed further by the privacy issue.
MUNICIPALITY_WIDE_ROLES = frozenset({Role.FRONT_OFFICE, Role.DECISION_OFFICER})


@dataclass(frozen=True)
class Scope:
    roles: frozenset[str] = frozenset()
    municipality_ids: frozenset[int] = frozenset()
    team_ids: frozenset[int] = frozenset()
    served_district_ids: frozenset[int] = frozenset()
    resident_municipality_ids: frozenset[int] = field(default_factory=frozenset)

    @property
    def sees_residents(self) -> bool:
        return bool(self.served_district_ids or self.resident_municipality_ids)


def active_memberships(*, on: date | None = None) -> QuerySet[Membership]:
    on = on or timezone.localdate()
    return Membership.objects.filter(starts_on__lte=on).filter(Q(ends_on__isnull=True) | Q(ends_on__gte=on))


def scope_for(user) -> Scope:
    """What this professional works for today. Cached on the user object for one request."""
    if not getattr(user, "is_authenticated", False):
        return Scope()
    cached = getattr(user, "_plein_scope", None)
    if cached is not None:
        return cached
    # One query: a row per membership and district its team serves (None without a team or district).
    rows = list(
        active_memberships()
        .filter(professional=user)
        .values_list("role", "municipality_id", "team_id", "team__districts")
    )
    scope = Scope(
        roles=frozenset(role for role, _, _, _ in rows),
        municipality_ids=frozenset(municipality_id for _, municipality_id, _, _ in rows),
        team_ids=frozenset(team_id for _, _, team_id, _ in rows if team_id),
        served_district_ids=frozenset(
            district_id for role, _, _, district_id in rows if district_id and role in TEAM_CASEWORK_ROLES
        ),
        resident_municipality_ids=frozenset(
            municipality_id for role, municipality_id, _, _ in rows if role in MUNICIPALITY_WIDE_ROLES
        ),
    )
    user._plein_scope = scope
    return scope


def municipalities_for(user) -> QuerySet[Municipality]:
    return Municipality.objects.filter(id__in=scope_for(user).municipality_ids)


def teams_visible_to(user) -> QuerySet[Team]:
    """Teams of the municipalities a professional works for (team pages are not personal data)."""
    return (
        Team.objects.filter(municipality_id__in=scope_for(user).municipality_ids)
        .select_related("municipality")
        .prefetch_related("districts")
    )


def team_members(team: Team) -> QuerySet[Membership]:
    return (
        active_memberships()
        .filter(team=team)
        .select_related("professional", "organisation")
        .order_by("role", "professional__last_name")
    )


def districts_visible_to(user) -> QuerySet[District]:
    return District.objects.filter(municipality_id__in=scope_for(user).municipality_ids).select_related(
        "municipality"
    )


def neighbourhood_for_address(*, postcode: str, house_number: int) -> Neighbourhood | None:
    """Route an address to its CBS neighbourhood through the postcode table."""
    postcode_range = (
        PostcodeRange.objects.filter(
            postcode=postcode, house_number_from__lte=house_number, house_number_to__gte=house_number
        )
        .select_related("neighbourhood__district__municipality")
        .first()
    )
    return postcode_range.neighbourhood if postcode_range else None


def teams_serving(neighbourhood: Neighbourhood) -> QuerySet[Team]:
    """The teams whose districts include this neighbourhood; neighbourhood teams first."""
    return (
        Team.objects.filter(districts=neighbourhood.district_id)
        .select_related("municipality")
        .order_by(
            Case(
                When(kind=Team.Kind.NEIGHBOURHOOD, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            ),
            "name",
        )
    )


def memberships_of(user) -> QuerySet[Membership]:
    return (
        active_memberships()
        .filter(professional=user)
        .select_related("team", "municipality", "organisation")
        .order_by("municipality__name", "team__name")
    )
