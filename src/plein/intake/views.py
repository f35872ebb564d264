"""Work UI for requests: the front-office workspace, the request page and the team inbox."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from plein.areas.selectors import scope_for, teams_visible_to
from plein.core.forms import add_service_errors
from plein.intake import forms, selectors, services
from plein.intake.models import Request
from plein.people.models import Organisation
from plein.people.selectors import residents_visible_to


def _visible_request(request: HttpRequest, request_id: int) -> Request:
    return get_object_or_404(
        selectors.requests_visible_to(request.user).select_related(
            "team", "municipality", "resident", "household__address", "assigned_to", "forwarded_to"
        ),
        pk=request_id,
    )


def _partners(user):
    return Organisation.objects.filter(municipalities__in=scope_for(user).municipality_ids).distinct()


def _detail(request: HttpRequest, melding: Request, *, status: int = 200, **bound) -> HttpResponse:
    user = request.user
    context = {
        "melding": melding,
        "wmo_term": selectors.wmo_term(melding),
        "events": melding.events.select_related("actor", "team"),
        "life_domains": melding.life_domains.all(),
        "answer_form": bound.get("answer_form") or forms.AnswerForm(),
        "forward_form": bound.get("forward_form") or forms.ForwardForm(partners=_partners(user)),
        "route_form": bound.get("route_form") or forms.RouteForm(teams=teams_visible_to(user)),
        "crisis_form": bound.get("crisis_form") or forms.CrisisForm(),
        "wmo_steps": [
            (step, label, getattr(melding, field)) for step, (field, label) in services.WMO_STEPS.items()
        ],
        "can_pick_up": melding.team_id in scope_for(user).team_ids and melding.assigned_to_id is None,
    }
    return render(request, "intake/request_detail.html", context, status=status)


@login_required
def request_register(request: HttpRequest) -> HttpResponse:
    if not scope_for(request.user).municipality_ids:
        raise Http404
    resident = None
    if resident_id := request.GET.get("inwoner"):
        resident = get_object_or_404(residents_visible_to(request.user), pk=resident_id)
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
    return _detail(request, _visible_request(request, request_id))


def _act(
    request: HttpRequest, request_id: int, form_class, form_name: str, action, success: str, **form_kwargs
):
    melding = _visible_request(request, request_id)
    form = form_class(request.POST, **form_kwargs)
    if form.is_valid():
        try:
            action(actor=request.user, request=melding, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, success)
            return redirect("intake:request_detail", request_id=melding.pk)
    return _detail(request, melding, status=400, **{form_name: form})


@login_required
@require_POST
def request_answer(request: HttpRequest, request_id: int) -> HttpResponse:
    return _act(
        request,
        request_id,
        forms.AnswerForm,
        "answer_form",
        services.request_answer,
        "De melding is direct beantwoord en afgehandeld.",
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
    inbox = [
        (melding, selectors.wmo_term(melding)) for melding in selectors.team_inbox(user=request.user)[:200]
    ]
    central = list(selectors.central_queue(user=request.user)[:200])
    return render(request, "intake/team_inbox.html", {"inbox": inbox, "central": central})
