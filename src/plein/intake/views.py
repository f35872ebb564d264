"""Work UI for requests: the front-office workspace, the request page and the team inbox."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from plein.areas.models import Role
from plein.areas.selectors import active_memberships, scope_for, team_members, teams_visible_to
from plein.core.forms import add_service_errors
from plein.directory.selectors import active_services, service_suggestions
from plein.intake import forms, selectors, services
from plein.intake.models import Request, RequestEvent
from plein.intake.triage import request_neighbourhood
from plein.people.models import Organisation, Professional
from plein.people.selectors import residents_visible_to
from plein.privacy.access_log import log_view_access
from plein.privacy.break_the_glass import refuse_change_under_emergency

# Paged like the case work lists, so that the whole queue of a busy team can be reached.
INBOX_PAGE_SIZE = 50


def _visible_request(request: HttpRequest, request_id: int) -> Request:
    return get_object_or_404(
        selectors.requests_visible_to(request.user).select_related(
            "team", "municipality", "resident", "household__address", "assigned_to", "forwarded_to"
        ),
        pk=request_id,
    )


def _partners(user):
    return Organisation.objects.filter(municipalities__in=scope_for(user).municipality_ids).distinct()


def _services(melding: Request):
    """The services a request may be answered with: the active social map of its municipality."""
    return active_services(municipality_id=melding.municipality_id).order_by("level", "name")


def _suggestions(melding: Request, life_domains) -> list:
    neighbourhood = request_neighbourhood(melding)
    return service_suggestions(
        municipality_id=melding.municipality_id,
        district_id=neighbourhood.district_id if neighbourhood else None,
        life_domain_ids=[domain.pk for domain in life_domains],
        text=melding.question,
    )


def _coordinates(user, melding: Request) -> bool:
    """Whether this professional is a team coordinator of the request's team."""
    return (
        melding.team_id is not None
        and active_memberships()
        .filter(professional=user, team_id=melding.team_id, role=Role.TEAM_COORDINATOR)
        .exists()
    )


def _team_members(melding: Request):
    return Professional.objects.filter(
        pk__in=team_members(melding.team).values("professional_id"), is_active=True
    ).order_by("last_name", "first_name")


def _detail(request: HttpRequest, melding: Request, *, status: int = 200, **bound) -> HttpResponse:
    user = request.user
    events = list(melding.events.select_related("actor", "team"))
    life_domains = list(melding.life_domains.all())
    is_open = melding.status != Request.Status.CLOSED
    can_assign = is_open and _coordinates(user, melding)
    context = {
        "melding": melding,
        "wmo_term": selectors.wmo_term(melding),
        "events": events,
        "triage_event": next((event for event in events if event.kind == RequestEvent.Kind.TRIAGED), None),
        "life_domains": life_domains,
        "suggestions": _suggestions(melding, life_domains),
        "answer_form": bound.get("answer_form") or forms.AnswerForm(services=_services(melding)),
        "assign_form": (bound.get("assign_form") or forms.AssignForm(members=_team_members(melding)))
        if can_assign
        else None,
        "forward_form": bound.get("forward_form") or forms.ForwardForm(partners=_partners(user)),
        "route_form": bound.get("route_form") or forms.RouteForm(teams=teams_visible_to(user)),
        "crisis_form": bound.get("crisis_form") or forms.CrisisForm(),
        "wmo_steps": [
            (step, label, getattr(melding, field)) for step, (field, label) in services.WMO_STEPS.items()
        ],
        "can_pick_up": melding.team_id in scope_for(user).team_ids and melding.assigned_to_id is None,
        # A partner may follow a signal they sent, not handle it.
        "can_handle": selectors.requests_handled_by(user).filter(pk=melding.pk).exists(),
    }
    return render(request, "intake/request_detail.html", context, status=status)


@login_required
def request_register(request: HttpRequest) -> HttpResponse:
    if not scope_for(request.user).municipality_ids:
        raise Http404
    resident = None
    if resident_id := request.GET.get("inwoner"):
        resident = get_object_or_404(residents_visible_to(request.user), pk=resident_id)
        if request.method == "POST":
            # Break-the-glass is for reading only.
            refuse_change_under_emergency(request.user, resident_id=resident.pk)
    form = forms.RequestRegisterForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            melding = services.request_register(actor=request.user, resident=resident, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Melding {melding.reference} is geregistreerd.")
            return redirect("intake:request_detail", request_id=melding.pk)
    return render(request, "intake/request_register.html", {"form": form, "resident": resident})


@login_required
def request_detail(request: HttpRequest, request_id: int) -> HttpResponse:
    melding = log_view_access(
        request,
        object_type="intake_request",
        object_id=request_id,
        lookup=lambda: _visible_request(request, request_id),
        concerns=intake_request_concerns,
    )
    return _detail(request, melding)


def intake_request_concerns(melding: Request) -> dict:
    return {"resident_id": melding.resident_id, "household_id": melding.household_id}


def _act(
    request: HttpRequest,
    request_id: int,
    form_class,
    form_name: str,
    action,
    success: str,
    *,
    melding: Request | None = None,
    arguments=None,
    **form_kwargs,
):
    """Validate the form, run the service with its data, and show the request page again on errors.

    ``arguments`` turns a valid form into the service's keyword arguments (default: its data).
    """
    melding = melding or _visible_request(request, request_id)
    form = form_class(request.POST, **form_kwargs)
    if form.is_valid():
        try:
            action(
                actor=request.user,
                request=melding,
                **(arguments(form) if arguments else form.cleaned_data),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, success)
            return redirect("intake:request_detail", request_id=melding.pk)
    return _detail(request, melding, status=400, **{form_name: form})


@login_required
@require_POST
def request_answer(request: HttpRequest, request_id: int) -> HttpResponse:
    melding = _visible_request(request, request_id)
    return _act(
        request,
        request_id,
        forms.AnswerForm,
        "answer_form",
        services.request_answer,
        "De melding is direct beantwoord en afgehandeld.",
        melding=melding,
        arguments=lambda form: {"note": form.answer_note()},
        services=_services(melding),
    )


@login_required
@require_POST
def request_forward(request: HttpRequest, request_id: int) -> HttpResponse:
    return _act(
        request,
        request_id,
        forms.ForwardForm,
        "forward_form",
        services.request_forward,
        "De melding is doorgezet naar de netwerkpartner.",
        partners=_partners(request.user),
    )


@login_required
@require_POST
def request_route(request: HttpRequest, request_id: int) -> HttpResponse:
    return _act(
        request,
        request_id,
        forms.RouteForm,
        "route_form",
        services.request_route,
        "De melding staat bij het team voor een breed gesprek.",
        teams=teams_visible_to(request.user),
    )


@login_required
@require_POST
def request_crisis(request: HttpRequest, request_id: int) -> HttpResponse:
    return _act(
        request,
        request_id,
        forms.CrisisForm,
        "crisis_form",
        services.request_crisis,
        "Crisis vastgelegd; het team volgt op.",
    )


@login_required
@require_POST
def request_pick_up(request: HttpRequest, request_id: int) -> HttpResponse:
    melding = _visible_request(request, request_id)
    try:
        services.request_assign(actor=request.user, request=melding, professional=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, f"U heeft melding {melding.reference} opgepakt.")
    return redirect("intake:request_detail", request_id=melding.pk)


@login_required
@require_POST
def request_assign(request: HttpRequest, request_id: int) -> HttpResponse:
    """A team coordinator hands a request to a member of the team."""
    melding = _visible_request(request, request_id)
    if not _coordinates(request.user, melding):
        raise PermissionDenied
    return _act(
        request,
        request_id,
        forms.AssignForm,
        "assign_form",
        services.request_assign,
        "De melding is toegewezen.",
        melding=melding,
        members=_team_members(melding),
    )


@login_required
@require_POST
def request_wmo_step(request: HttpRequest, request_id: int, step: str) -> HttpResponse:
    melding = _visible_request(request, request_id)
    if step not in services.WMO_STEPS:
        raise Http404
    try:
        services.request_record_wmo_step(actor=request.user, request=melding, step=step)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("intake:request_detail", request_id=melding.pk)


@login_required
def team_inbox(request: HttpRequest) -> HttpResponse:
    scope = scope_for(request.user)
    if not (scope.team_ids or scope.resident_municipality_ids):
        raise Http404
    page = Paginator(selectors.team_inbox(user=request.user), INBOX_PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    inbox = [(melding, selectors.wmo_term(melding)) for melding in page]
    central = list(selectors.central_queue(user=request.user)[:200])
    return render(request, "intake/team_inbox.html", {"inbox": inbox, "page": page, "central": central})
