"""State changes for teams and memberships. Each runs in one transaction."""

from datetime import date
from decimal import Decimal

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction

from plein.areas.models import Membership, Municipality, Role, Team
from plein.areas.selectors import active_memberships


def professional_sync_roles(*, professional) -> None:
    """Make a professional's groups (and admin access) follow their active memberships."""
    roles = set(active_memberships().filter(professional=professional).values_list("role", flat=True))
    professional.groups.set([Group.objects.get_or_create(name=role)[0] for role in sorted(roles)])
    # Functional admins maintain reference data in the Django admin; nobody else needs it.
    is_staff = Role.FUNCTIONAL_ADMIN in roles or professional.is_superuser
    if professional.is_staff != is_staff:
        professional.is_staff = is_staff
        professional.save(update_fields=["is_staff"])


@transaction.atomic
def membership_add(
    *,
    professional,
    role: str,
    organisation,
    starts_on: date,
    team: Team | None = None,
    municipality: Municipality | None = None,
    hours_per_week: Decimal | int = 0,
    ends_on: date | None = None,
) -> Membership:
    if team is None and municipality is None:
        raise ValidationError({"team": "Kies een team of, voor een gemeentebrede rol, een gemeente."})
    membership = Membership(
        professional=professional,
        role=role,
        organisation=organisation,
        team=team,
        municipality=municipality or team.municipality,
        hours_per_week=hours_per_week,
        starts_on=starts_on,
        ends_on=ends_on,
    )
    membership.full_clean()
    membership.save()
    professional_sync_roles(professional=professional)
    return membership


@transaction.atomic
def membership_end(*, membership: Membership, ends_on: date) -> Membership:
    if ends_on < membership.starts_on:
        raise ValidationError({"ends_on": "De einddatum ligt vóór de begindatum."})
    membership.ends_on = ends_on
    membership.save(update_fields=["ends_on"])
    professional_sync_roles(professional=membership.professional)
    return membership
