"""Who may be regiehouder (coordinator) of a case.

The first rule whose condition holds decides which role the coordinator must have. A municipality
configures its own ordered rules (``CoordinatorRule``); while it has no active rule, the defaults
of the seeds apply. When no rule holds, the case conference chooses among the case workers.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Q
from django.utils import timezone

from plein.areas.models import Role
from plein.cases.models import Case, CoordinatorRule
from plein.people.models import HouseholdMembership

# Roles that can carry a case; a rule may narrow this down.
COORDINATOR_ROLES = frozenset({Role.GENERALIST, Role.YOUTH_COACH, Role.YOUTH_PROTECTOR})

ADULT_AGE = 18


@dataclass(frozen=True)
class RuleSpec:
    name: str
    condition: str
    required_role: str

    @property
    def required_role_label(self) -> str:
        return Role(self.required_role).label


DEFAULT_RULES = (
    RuleSpec("Gedwongen kader", CoordinatorRule.Condition.FORCED_FRAMEWORK, Role.YOUTH_PROTECTOR),
    RuleSpec(
        "Minderjarige in het huishouden", CoordinatorRule.Condition.MINOR_IN_HOUSEHOLD, Role.YOUTH_COACH
    ),
)


def _adult_birth_date_cutoff(today: date) -> date:
    """Whoever was born after this day is under 18 today (29 February counts as 28 February)."""
    year = today.year - ADULT_AGE
    try:
        return today.replace(year=year)
    except ValueError:
        return today.replace(year=year, day=28)


def has_minor(case: Case, *, today: date) -> bool:
    return HouseholdMembership.objects.filter(
        Q(ends_on__isnull=True) | Q(ends_on__gte=today),
        household_id=case.household_id,
        starts_on__lte=today,
        resident__birth_date__gt=_adult_birth_date_cutoff(today),
    ).exists()


def _holds(condition: str, case: Case, *, today: date) -> bool:
    if condition == CoordinatorRule.Condition.FORCED_FRAMEWORK:
        return bool(case.forced_framework)
    if condition == CoordinatorRule.Condition.MINOR_IN_HOUSEHOLD:
        return has_minor(case, today=today)
    raise ValueError(f"Unknown coordinator rule condition: {condition}")


def rules_for(municipality_id: int) -> tuple[RuleSpec, ...]:
    configured = tuple(
        RuleSpec(rule.name, rule.condition, rule.required_role)
        for rule in CoordinatorRule.objects.filter(municipality_id=municipality_id, active=True)
    )
    return configured or DEFAULT_RULES


def applicable_rule(case: Case, *, today: date | None = None) -> RuleSpec | None:
    """The first rule of the case's municipality whose condition holds; None: the conference decides."""
    today = today or timezone.localdate()
    return next(
        (rule for rule in rules_for(case.municipality_id) if _holds(rule.condition, case, today=today)), None
    )
