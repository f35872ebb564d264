"""Opening a case, joining requests to it, its states, its classification and its coordinator.

Also the small helpers every case service shares: the timeline event, the permission check and
optimistic locking.
"""

import secrets
from datetime import date

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone

from plein.areas.models import Team
from plein.areas.selectors import TEAM_CASEWORK_ROLES, active_memberships
from plein.cases.coordination import COORDINATOR_ROLES, applicable_rule
from plein.cases.models import AgendaItem, Case, CaseEvent, CoordinatorAssignment
from plein.cases.selectors import cases_workable_by
from plein.intake import services as intake_services
from plein.intake.models import Request
from plein.people.models import Household, Organisation, Resident
from plein.people.selectors import current_membership
from plein.privacy.history import record_change

__all__ = [
    "ALLOWED_TRANSITIONS",
    "StaleVersion",
    "case_change_state",
    "case_classify",
    "case_open",
    "case_refer_on",
    "case_request_join",
    "check_and_bump_version",
    "coordinator_assign",
    "move_state",
    "new_case_reference",
]

State = Case.State

# Closing is not here: only case_close (and case_refer_on) close a case, with reason and measurement.
ALLOWED_TRANSITIONS: dict[str, tuple[str, ...]] = {
    State.REGISTERED: (State.IN_CONVERSATION,),
    State.IN_CONVERSATION: (State.PLAN,),
    State.PLAN: (State.EXECUTION,),
    State.EXECUTION: (State.EVALUATION,),
    State.EVALUATION: (State.EXECUTION, State.PLAN),
}

STALE_MESSAGE = (
    "Iemand anders heeft {what} intussen gewijzigd. Uw invoer staat nog in het formulier; "
    "bekijk de nieuwe versie en sla opnieuw op."
)


class StaleVersion(ValidationError):
    """A change made against an older version (optimistic locking): the API answers 409 Conflict."""


def new_case_reference() -> str:
    # Random, like request references: a reference reveals nothing about case numbers.
    return "C-" + "".join(secrets.choice(intake_services.REFERENCE_ALPHABET) for _ in range(8))


def record_event(case: Case, kind: str, *, actor=None, note: str = "") -> CaseEvent:
    return CaseEvent.objects.create(case=case, kind=kind, actor=actor, note=note)


def check_may_work_on(actor, case: Case) -> None:
    if not cases_workable_by(actor).filter(pk=case.pk).exists():
        raise PermissionDenied("U werkt niet aan deze casus: die hoort bij een ander team.")


def check_open(case: Case) -> None:
    if case.state == State.CLOSED:
        raise ValidationError({NON_FIELD_ERRORS: "Deze casus is afgesloten."})


def check_and_bump_version(instance: models.Model, expected_version: int, what: str = "deze casus") -> None:
    """Optimistic locking: refuse a change made against an older version, so nobody silently
    overwrites a colleague's work. The conditional UPDATE also serialises concurrent saves."""
    changed = (
        type(instance)
        .objects.filter(pk=instance.pk, lock_version=expected_version)
        .update(lock_version=F("lock_version") + 1)
    )
    if not changed:
        raise StaleVersion({NON_FIELD_ERRORS: STALE_MESSAGE.format(what=what)})
    instance.lock_version = expected_version + 1


def require_text(value: str, field: str, message: str) -> str:
    if not value or not value.strip():
        raise ValidationError({field: message})
    return value.strip()


def require_not_future(value: date, field: str) -> None:
    if value > timezone.localdate():
        raise ValidationError({field: "De datum ligt in de toekomst."})


def require_choice(value: str, choices: type[models.Choices], field: str, message: str) -> None:
    if value not in choices.values:
        raise ValidationError({field: message})


def _case_worker_teams(actor, household: Household):
    """The actor's teams that serve the household's district, neighbourhood teams first."""
    return Team.objects.filter(
        pk__in=active_memberships()
        .filter(professional=actor, role__in=TEAM_CASEWORK_ROLES)
        .values("team_id"),
        districts=household.address.neighbourhood.district_id,
    ).order_by(models.Case(models.When(kind=Team.Kind.NEIGHBOURHOOD, then=0), default=1), "name")


def _household_of(request: Request) -> Household:
    if request.household_id:
        return request.household
    membership = current_membership(request.resident) if request.resident_id else None
    if membership is None:
        raise ValidationError(
            {
                "request": "Koppel de melding eerst aan een inwoner met een huishouden; dan kan er een casus komen."
            }
        )
    return membership.household


def _active_case(household: Household) -> Case | None:
    return Case.objects.exclude(state=State.CLOSED).filter(household=household).first()


def _check_request_open(request: Request) -> None:
    if request.status == Request.Status.CLOSED:
        raise ValidationError({"request": "Deze melding is al afgehandeld."})


def _already_open_message(case: Case) -> str:
    return (
        f"Dit huishouden heeft al een lopende casus ({case.reference}). "
        "Eén huishouden, één plan: voeg de melding daaraan toe."
    )


def _join(case: Case, request: Request, *, actor) -> None:
    case.requests.add(request)
    intake_services.request_join_case(actor=actor, request=request, case_reference=case.reference)
    record_event(case, CaseEvent.Kind.REQUEST_JOINED, actor=actor, note=request.reference)


@transaction.atomic
def case_open(
    *,
    actor,
    household: Household | None = None,
    team: Team | None = None,
    request: Request | None = None,
    forced_framework: str = "",
) -> Case:
    """Open a case from a routed request, or directly by a team member. A household has at most one
    active case: a request for a household that has one joins it."""
    require_choice(
        forced_framework, Case.ForcedFramework, "forced_framework", "Kies een geldig gedwongen kader."
    )
    if request is not None:
        _check_request_open(request)
        if request.team_id is None:
            raise ValidationError({"request": "Deze melding is nog niet naar een team gerouteerd."})
        household, team = _household_of(request), request.team
        if (
            not active_memberships()
            .filter(professional=actor, team=team, role__in=TEAM_CASEWORK_ROLES)
            .exists()
        ):
            raise PermissionDenied(f"Alleen een medewerker van {team} kan van deze melding een casus maken.")
    elif household is None:
        raise ValidationError({"household": "Kies het huishouden waarvoor de casus is."})
    else:
        teams = _case_worker_teams(actor, household)
        team = teams.filter(pk=team.pk).first() if team is not None else teams.first()
        if team is None:
            raise PermissionDenied("Dit huishouden woont niet in een wijk die uw team bedient.")

    existing = _active_case(household)
    if existing is None:
        case = Case(
            reference=new_case_reference(),
            household=household,
            municipality_id=household.municipality_id,
            team=team,
            forced_framework=forced_framework,
            opened_at=timezone.now(),
            opened_by=actor,
        )
        try:
            with transaction.atomic():
                case.save()
        except IntegrityError:
            # A colleague opened a case for this household at the same moment; the database refused ours.
            existing = _active_case(household)
            if existing is None:
                raise
    if existing is not None:
        if request is None:
            raise ValidationError({"household": _already_open_message(existing)})
        _join(existing, request, actor=actor)
        return existing
    record_event(
        case,
        CaseEvent.Kind.OPENED,
        actor=actor,
        note=f"Vanuit melding {request.reference}" if request else f"Geopend door {team}",
    )
    if request is not None:
        _join(case, request, actor=actor)
    return case


@transaction.atomic
def case_request_join(*, actor, case: Case, request: Request) -> Case:
    """A further request about the household becomes part of its open case."""
    check_may_work_on(actor, case)
    check_open(case)
    _check_request_open(request)
    if _household_of(request).pk != case.household_id:
        raise ValidationError({"request": "Deze melding gaat over een ander huishouden dan deze casus."})
    _join(case, request, actor=actor)
    return case


def check_transition(from_state: str, to_state: str) -> None:
    if to_state not in State.values:
        raise ValidationError({"to_state": "Kies een geldige fase."})
    if to_state not in ALLOWED_TRANSITIONS.get(from_state, ()):
        raise ValidationError(
            {
                "to_state": f"Een casus gaat niet van ‘{State(from_state).label}’ naar ‘{State(to_state).label}’."
            }
        )


def move_state(case: Case, to_state: str, *, actor, note: str = "") -> Case:
    """Follow the transition table. Used by services whose step moves the case on (assessment,
    plan signing); the row lock makes two such moves wait for each other."""
    current = Case.objects.select_for_update().values_list("state", flat=True).get(pk=case.pk)
    check_transition(current, to_state)
    Case.objects.filter(pk=case.pk).update(state=to_state)
    record_change(case)  # update() writes no history row by itself
    case.state = to_state
    label = f"{State(current).label} → {State(to_state).label}"
    record_event(
        case, CaseEvent.Kind.STATE_CHANGED, actor=actor, note=f"{label}. {note}".strip() if note else label
    )
    return case


@transaction.atomic
def case_change_state(*, actor, case: Case, to_state: str, expected_version: int, note: str = "") -> Case:
    check_may_work_on(actor, case)
    if to_state == State.CLOSED:
        raise ValidationError(
            {"to_state": "Sluit een casus af met ‘Casus afsluiten’: met reden en eindmeting."}
        )
    check_transition(case.state, to_state)  # before the version bump: a refusal leaves the case as it was
    check_and_bump_version(case, expected_version)
    return move_state(case, to_state, actor=actor, note=note.strip())


def coordinator_meets_rule(case: Case) -> bool:
    rule = applicable_rule(case)
    return (
        case.coordinator_id is None
        or rule is None
        or _has_role_in(case, case.coordinator, {rule.required_role})
    )


@transaction.atomic
def case_classify(
    *,
    actor,
    case: Case,
    expected_version: int,
    domain_scope: str,
    complexity: str,
    forced_framework: str = "",
) -> Case:
    """Record the classification. A multi-complex case goes to the team's case conference, and so
    does a case whose coordinator no longer fits the rules (a forced framework came in)."""
    from plein.cases.services.conference import add_to_agenda

    check_may_work_on(actor, case)
    check_open(case)
    require_choice(domain_scope, Case.DomainScope, "domain_scope", "Kies één of meerdere leefgebieden.")
    require_choice(
        complexity, Case.Complexity, "complexity", "Kies eenvoudig, specialistisch of multicomplex."
    )
    require_choice(
        forced_framework, Case.ForcedFramework, "forced_framework", "Kies een geldig gedwongen kader."
    )
    if domain_scope == Case.DomainScope.SINGLE and complexity == Case.Complexity.MULTI_COMPLEX:
        raise ValidationError(
            {
                "complexity": "Multicomplex gaat over meerdere leefgebieden; kies ‘meervoudig’ of een andere complexiteit."
            }
        )
    check_and_bump_version(case, expected_version)
    case.domain_scope, case.complexity, case.forced_framework = domain_scope, complexity, forced_framework
    case.save(update_fields=["domain_scope", "complexity", "forced_framework"])
    labels = [case.get_domain_scope_display(), case.get_complexity_display()]
    if forced_framework:
        labels.append(case.get_forced_framework_display())
    record_event(case, CaseEvent.Kind.CLASSIFIED, actor=actor, note=", ".join(labels))
    if complexity == Case.Complexity.MULTI_COMPLEX:
        add_to_agenda(case, AgendaItem.Reason.MULTI_COMPLEX, actor=actor)
    if not coordinator_meets_rule(case):
        add_to_agenda(case, AgendaItem.Reason.COORDINATOR, actor=actor)
    return case


@transaction.atomic
def case_refer_on(
    *,
    actor,
    case: Case,
    expected_version: int,
    organisation: Organisation,
    information: str,
    reason: str,
    consent_given_by: Resident | None = None,
    consent_method: str = "",
    consent_recorded_on: date | None = None,
    consent_override_reason: str = "",
) -> Case:
    """A single-domain specialist question goes to the partner at once, with a warm hand-over."""
    from plein.cases.services.closure import finish_case

    check_may_work_on(actor, case)
    check_open(case)
    if (case.domain_scope, case.complexity) != (Case.DomainScope.SINGLE, Case.Complexity.SPECIALIST):
        raise ValidationError(
            {
                NON_FIELD_ERRORS: "Regel ‘Direct doorverwijzen’: alleen een enkelvoudige, specialistische vraag "
                "gaat meteen naar een partner. Classificeer de casus zo, of maak een plan."
            }
        )
    reason = require_text(reason, "reason", "Leg vast waarom de vraag naar deze partner gaat.")
    check_and_bump_version(case, expected_version)
    from plein.cases.services.handover import handover_send  # late: the handover module imports this one

    handover_send(
        actor=actor,
        case=case,
        organisation=organisation,
        information=information,
        consent_given_by=consent_given_by,
        consent_method=consent_method,
        consent_recorded_on=consent_recorded_on,
        consent_override_reason=consent_override_reason,
    )
    return finish_case(
        case, actor=actor, reason=Case.ClosureReason.REFERRED, note=f"{organisation}: {reason}"
    )


def _has_role_in(case: Case, professional, roles) -> bool:
    """An active membership with one of these roles in a team of the case's municipality."""
    return (
        professional.is_active
        and active_memberships()
        .filter(
            professional=professional,
            role__in=roles,
            team__isnull=False,
            team__municipality_id=case.municipality_id,
        )
        .exists()
    )


def end_coordinator(case: Case, *, now) -> None:
    CoordinatorAssignment.objects.filter(case=case, ends_at__isnull=True).update(ends_at=now)


@transaction.atomic
def coordinator_assign(
    *, actor, case: Case, professional, reason: str = "", agenda_item: AgendaItem | None = None
) -> CoordinatorAssignment:
    """Make ``professional`` the one regiehouder, following the municipality's rules. The previous
    assignment ends and stays in the history."""
    check_may_work_on(actor, case)
    check_open(case)
    rule = applicable_rule(case)
    if rule is not None and not _has_role_in(case, professional, {rule.required_role}):
        raise ValidationError(
            {
                "professional": f"Regel ‘{rule.name}’: de regiehouder moet de rol {rule.required_role_label} "
                f"hebben; {professional} heeft die rol niet."
            }
        )
    if rule is None and not _has_role_in(case, professional, COORDINATOR_ROLES):
        raise ValidationError(
            {
                "professional": f"{professional} kan geen regiehouder zijn: dat is een generalist, "
                f"jeugd- en gezinscoach of jeugdbeschermer in een team van {case.municipality}."
            }
        )
    # Lock the case so two assignments at once queue up instead of both ending the same one.
    Case.objects.select_for_update().filter(pk=case.pk).first()
    current = CoordinatorAssignment.objects.filter(case=case, ends_at__isnull=True).first()
    if current is not None and current.professional_id == professional.pk:
        return current
    now = timezone.now()
    end_coordinator(case, now=now)
    try:
        with transaction.atomic():
            assignment = CoordinatorAssignment.objects.create(
                case=case,
                professional=professional,
                rule=rule.name if rule else "",
                reason=reason.strip(),
                agenda_item=agenda_item,
                assigned_by=actor,
                starts_at=now,
            )
    except IntegrityError:
        raise ValidationError(
            {"professional": "Er is zojuist al een andere regiehouder gekozen. Bekijk de casus opnieuw."}
        ) from None
    Case.objects.filter(pk=case.pk).update(coordinator=professional)
    record_change(case)
    case.coordinator = professional
    how = f"volgens regel ‘{rule.name}’" if rule else "gekozen door het team"
    note = f"{professional} is regiehouder ({how})."
    record_event(case, CaseEvent.Kind.COORDINATOR, actor=actor, note=f"{note} {reason.strip()}".strip())
    return assignment
