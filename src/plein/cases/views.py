"""Work UI for cases: the work lists, the case page and the forms that change a case.

Views are thin: they find the case within the professional's need-to-know (404 otherwise), check
that they may change it (403), and call one service. A refusal by the service is shown on the form,
with everything the user typed, and status 400.
"""

from collections.abc import Callable
from datetime import date

from django import forms as django_forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Model, Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.decorators.http import require_POST

from plein.areas.models import Role
from plein.areas.selectors import scope_for, team_members
from plein.cases import selectors, services
from plein.cases.models import Case, DomainScore, Measurement, SatisfactionResponse
from plein.core.forms import add_service_errors
from plein.decisions import selectors as decision_selectors
from plein.intake.selectors import requests_handled_by
from plein.people.models import NetworkMember, Organisation, Professional
from plein.people.selectors import household_members, households_visible_to
from plein.privacy.access_log import log_view_access

PAGE_SIZE = 25
CONTACTS_SHOWN = 20
EVENTS_SHOWN = 100


# --- shared by every case view -----------------------------------------------------------------


def visible_case(request: HttpRequest, case_id: int, *, selector: Callable = selectors.case_detail) -> Case:
    """The case, if this professional has need-to-know; 404 otherwise (its existence is not told)."""
    try:
        return selector(user=request.user, case_id=case_id)
    except Case.DoesNotExist:
        raise Http404 from None


def posted(request: HttpRequest):
    """The form data of a POST (even an empty one), None for a GET: binds a form only when sent."""
    return request.POST if request.method == "POST" else None


def can_work(user, case: Case) -> bool:
    return selectors.cases_workable_by(user).filter(pk=case.pk).exists()


def workable_case(request: HttpRequest, case_id: int) -> Case:
    """The case, if this professional may change it: 404 without need-to-know, 403 without a say."""
    case = visible_case(request, case_id)
    if not can_work(request.user, case):
        raise PermissionDenied
    return case


def run_service(
    request: HttpRequest,
    form: django_forms.Form,
    service: Callable,
    *,
    page: Callable[[django_forms.Form, int], HttpResponse],
    success: str,
    redirect_to: str | Callable,
    arguments: Callable[[django_forms.Form], dict] | None = None,
    locked: Model | None = None,
    field_map: dict[str, str] | None = None,
) -> HttpResponse:
    """GET shows the page with the form; POST validates it and calls the service.

    On a refusal the page is shown again with the form as typed (status 400). ``locked`` is the
    Case or SupportPlan the form edits: when someone else changed it in between, the form takes
    its current version, so that saving again (after looking) is against what the user has seen.
    """
    if request.method != "POST":
        return page(form, 200)
    if form.is_valid():
        try:
            result = service(actor=request.user, **(arguments(form) if arguments else form.cleaned_data))
        except ValidationError as error:
            add_service_errors(form, error, field_map=field_map)
            if locked is not None:
                _take_current_version(form, locked)
        else:
            messages.success(request, success)
            return redirect(redirect_to(result) if callable(redirect_to) else redirect_to)
    return page(form, 400)


def _take_current_version(form: django_forms.Form, locked: Model) -> None:
    current = type(locked).objects.filter(pk=locked.pk).values_list("lock_version", flat=True).first()
    name = form.add_prefix("expected_version")
    if NON_FIELD_ERRORS in form.errors and current is not None and str(current) != form.data.get(name):
        data = form.data.copy()
        data[name] = current
        form.data = data


def form_page(
    request: HttpRequest, case: Case, *, title: str, submit: str, intro: str = "", template: str = "", **extra
) -> Callable[[django_forms.Form, int], HttpResponse]:
    """A page with one form about a case (the generic layout unless ``template`` is given)."""

    def page(form: django_forms.Form, status: int) -> HttpResponse:
        context = {"case": case, "form": form, "title": title, "submit": submit, "intro": intro, **extra}
        return render(request, template or "cases/case_form.html", context, status=status)

    return page


def case_url(case: Case) -> str:
    return reverse("cases:case_detail", args=[case.pk])


def case_workers(case: Case):
    """The case's team members, as owners of actions and colleagues at a contact."""
    return Professional.objects.filter(
        pk__in=team_members(case.team).values("professional_id"), is_active=True
    ).order_by("last_name", "first_name")


def current_residents(case: Case):
    from plein.people.models import Resident

    return Resident.objects.filter(
        household_memberships__household_id=case.household_id, household_memberships__ends_on__isnull=True
    ).order_by("birth_date")


def partners_of(case: Case):
    return Organisation.objects.filter(municipalities=case.municipality_id).order_by("name")


def versioned(case_or_plan) -> dict:
    return {"initial": {"expected_version": case_or_plan.lock_version}}


class CappedPaginator(Paginator):
    """Counts the rows up to ``PAGES_AHEAD`` pages past the page asked for, not all of them.

    Every counted case is checked against need-to-know, so the exact total of a team's long list
    costs more than the page itself; past the cap the page says "meer dan".
    """

    PAGES_AHEAD = 10

    def __init__(self, object_list, per_page: int, *, number) -> None:
        super().__init__(object_list, per_page)
        try:
            wanted = max(int(number), 1)
        except (TypeError, ValueError):
            wanted = 1
        self.limit = (wanted + self.PAGES_AHEAD) * per_page
        self.capped = False

    @cached_property
    def count(self) -> int:
        counted = self.object_list[: self.limit + 1].count()
        self.capped = counted > self.limit
        return min(counted, self.limit)


# --- work lists --------------------------------------------------------------------------------

LISTS = {
    "mijn": "Mijn casussen",
    "regie": "Mijn procesregie",
    "team": "Mijn team",
    "fase": "Per fase",
    "evaluatie": "Langer dan 3 maanden",
    "acties": "Acties",
}


@login_required
def work_lists(request: HttpRequest) -> HttpResponse:
    user = request.user
    scope = scope_for(user)
    directs = Role.PROCESS_DIRECTOR in scope.roles
    if not scope.team_ids and not directs and not selectors.my_cases(user=user).exists():
        raise Http404
    chosen = request.GET.get("lijst", "mijn")
    if chosen not in LISTS:
        raise Http404
    state = request.GET.get("fase", Case.State.REGISTERED)
    if chosen == "fase" and (state not in Case.State.values or state == Case.State.CLOSED):
        raise Http404
    visible = selectors.cases_visible_to(user)
    if chosen == "acties":
        rows = selectors.actions_due(user=user)
    else:
        rows = {
            "mijn": lambda: selectors.my_cases(user=user),
            "regie": lambda: selectors.directed_cases(user=user),
            "team": lambda: selectors.team_cases(user=user),
            "fase": lambda: selectors.team_cases(user=user).filter(state=state),
            "evaluatie": lambda: selectors.cases_for_review(team_ids=scope.team_ids),
        }[chosen]()
        # Combined into one query (not "pk in the visible cases"), so that the need-to-know rule is
        # checked on the rows of the list only.
        rows = (
            (rows & visible)
            .select_related("household__address", "team", "coordinator")
            .order_by("opened_at", "id")
        )
    number = request.GET.get("pagina")
    page = CappedPaginator(rows, PAGE_SIZE, number=number).get_page(number)
    counts = selectors.work_list_counts(user=user)
    tabs = [
        ("mijn", LISTS["mijn"], counts.mine),
        *([("regie", LISTS["regie"], counts.directed)] if directs else []),
        ("team", LISTS["team"], counts.team),
        ("evaluatie", LISTS["evaluatie"], counts.review),
        ("acties", LISTS["acties"], counts.actions_due),
    ]
    states = [
        (value, label, counts.per_state.get(value, 0))
        for value, label in Case.State.choices
        if value != "closed"
    ]
    return render(
        request,
        "cases/work_lists.html",
        {
            "chosen": chosen,
            "title": LISTS[chosen] if chosen != "fase" else f"Fase: {Case.State(state).label}",
            "tabs": tabs,
            "states": states,
            "state": state,
            "page": page,
            "query": f"lijst={chosen}&fase={state}&" if chosen == "fase" else f"lijst={chosen}&",
            "today": timezone.localdate(),
            "review_since": selectors.review_due_since(),
        },
    )


# --- opening a case ----------------------------------------------------------------------------


@login_required
def case_open(request: HttpRequest) -> HttpResponse:
    """Open a case for a household directly (a team member who meets the household)."""
    if not scope_for(request.user).team_ids:
        raise Http404
    household = get_object_or_404(
        households_visible_to(request.user).select_related("address"), pk=request.GET.get("huishouden") or 0
    )
    form = django_forms.Form(posted(request))

    def page(form, status):
        context = {"household": household, "members": household_members(household), "form": form}
        return render(request, "cases/case_open.html", context, status=status)

    return run_service(
        request,
        form,
        services.case_open,
        page=page,
        arguments=lambda form: {"household": household},
        success="De casus is geopend.",
        redirect_to=case_url,
    )


@login_required
@require_POST
def case_open_from_request(request: HttpRequest, request_id: int) -> HttpResponse:
    """From a request routed to the team: open the household's case, or join the open one."""
    melding = get_object_or_404(requests_handled_by(request.user), pk=request_id)
    try:
        case = services.case_open(actor=request.user, request=melding)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("intake:request_detail", request_id=melding.pk)
    messages.success(request, f"De melding hoort nu bij casus {case.reference}.")
    return redirect(case_url(case))


# --- the case page -----------------------------------------------------------------------------


def age_on(birth_date: date, today: date) -> int:
    return today.year - birth_date.year - ((today.month, today.day) < (birth_date.month, birth_date.day))


def zrm_table(measurements: list[Measurement]) -> dict | None:
    """The ZRM scores at the start next to the latest measurement, per life domain."""
    if not measurements:
        return None
    start = next((m for m in measurements if m.moment == Measurement.Moment.START), measurements[0])
    latest = measurements[-1] if measurements[-1] != start else None
    domains = {}
    for measurement in (start, latest):
        for score in measurement.scores.all() if measurement else ():
            domains.setdefault(score.life_domain, {})[measurement.pk] = score
    rows = [
        (domain, scores.get(start.pk), scores.get(latest.pk) if latest else None)
        for domain, scores in sorted(domains.items(), key=lambda pair: (pair[0].order, pair[0].name))
    ]
    return {"start": start, "latest": latest, "rows": rows}


@login_required
def case_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    case = log_view_access(
        request,
        object_type="case",
        object_id=case_id,
        lookup=lambda: visible_case(request, case_id, selector=selectors.case_for_page),
        concerns=lambda case: {"household_id": case.household_id},
    )
    today = timezone.localdate()
    members = list(household_members(case.household))
    residents = [membership.resident for membership in members]
    scores = Prefetch("scores", queryset=DomainScore.objects.select_related("life_domain"))
    measurements = list(case.measurements.prefetch_related(scores).order_by("measured_on", "id"))
    plans = list(case.plans.order_by("-version"))
    plan = selectors.current_plan(case, plans=plans)
    events = list(selectors.case_timeline(case).order_by("-at", "-id")[:EVENTS_SHOWN])[::-1]
    states = [value for value, _ in Case.State.choices]
    context = {
        "case": case,
        "can_work": case.workable,
        # The coordinator records a hand-over's outcome on the case page (the partner in its inbox).
        "is_coordinator": case.coordinator_id == request.user.pk,
        "steps": [
            {
                "label": label,
                "current": value == case.state,
                "done": states.index(value) < states.index(case.state),
            }
            for value, label in Case.State.choices
        ],
        "household_visible": case.household_visible,
        "members": [
            {"membership": membership, "age": age_on(membership.resident.birth_date, today)}
            for membership in members
        ],
        "network": NetworkMember.objects.filter(resident__in=residents).select_related("resident"),
        "requests": case.requests.all(),
        "assessment": case.assessments.select_related("recorded_by").order_by("-held_on", "-id").first(),
        "zrm": zrm_table(measurements),
        "plan": plan,
        "plan_items": plan.items.select_related("life_domain", "organisation", "service") if plan else (),
        "signatures": plan.signatures.select_related("resident", "professional") if plan else (),
        "plans": plans,
        "contacts": case.contacts.prefetch_related("professionals")[:CONTACTS_SHOWN],
        "contact_count": case.contacts.count(),
        "contacts_shown": CONTACTS_SHOWN,
        "actions": case.actions.filter(done_at__isnull=True).select_related("owner"),
        "handovers": case.handovers.select_related("organisation", "plan_item"),
        "safety_concerns": case.safety_concerns.prefetch_related("steps"),
        "coordinators": list(
            case.coordinator_assignments.select_related("professional", "agenda_item__conference")
        ),
        "process_direction": selectors.current_process_direction(case),
        "minutes": case.agenda_items.filter(discussed_at__isnull=False)
        .select_related("conference")
        .prefetch_related("actions__owner")
        .order_by("-discussed_at"),
        "satisfaction": SatisfactionResponse.objects.filter(case=case).first(),
        "events": events,
        "events_capped": len(events) == EVENTS_SHOWN,
    }
    case_decisions = decision_selectors.decisions_for_case_page(user=request.user, case=case)
    context["provision_requests"] = case_decisions.requests
    context["household_decisions"] = case_decisions.decisions
    return render(request, "cases/case_detail.html", context)
