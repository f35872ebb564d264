"""Warm hand-overs: sent from the case page, answered in the partner's inbox (/overdrachten/)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from plein.areas.models import Role
from plein.areas.selectors import scope_for
from plein.cases import forms, selectors, services
from plein.cases.models import Handover, PlanItem
from plein.cases.views import (
    PAGE_SIZE,
    case_url,
    current_residents,
    form_page,
    partners_of,
    posted,
    run_service,
    workable_case,
)
from plein.privacy.access_log import basis_for, record_access

INBOX = "cases:handover_inbox"


@login_required
def handover_send(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    plan = selectors.current_plan(case)
    items = plan.items.all() if plan else PlanItem.objects.none()
    item = items.filter(pk=request.GET.get("onderdeel") or 0).first()
    form = forms.HandoverForm(
        posted(request),
        organisations=partners_of(case),
        plan_items=items,
        residents=current_residents(case),
        initial={
            "plan_item": item,
            "organisation": item.organisation if item else None,
            "consent_recorded_on": timezone.localdate(),
        },
    )
    return run_service(
        request,
        form,
        services.handover_send,
        page=form_page(
            request,
            case,
            title="Warme overdracht",
            submit="Overdracht versturen",
            template="cases/handover_form.html",
        ),
        arguments=lambda form: {"case": case, **form.cleaned_data},
        success="De overdracht is verstuurd.",
        redirect_to=case_url(case),
    )


def _inbox(request: HttpRequest, *, status: int = 200, bound=None) -> HttpResponse:
    if Role.NETWORK_PARTNER not in scope_for(request.user).roles:
        raise Http404
    open_first = Case(
        When(status__in=[Handover.Status.SENT, Handover.Status.ACCEPTED], then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    handovers = (
        selectors.handovers_for_partner(user=request.user)
        .select_related("plan_item", "consent_given_by")
        .order_by(open_first, "-sent_at", "-id")
    )
    page = Paginator(handovers, PAGE_SIZE).get_page(request.GET.get("pagina"))
    bound = bound or {}
    rows = [
        {
            "handover": handover,
            "decline_form": bound.get(("decline", handover.pk))
            or forms.DeclineForm(prefix=f"weigeren-{handover.pk}"),
            "complete_form": bound.get(("complete", handover.pk))
            or forms.CompleteForm(prefix=f"afronden-{handover.pk}"),
        }
        for handover in page
    ]
    # A partner reads what the team shared about residents: one entry per request, with the
    # residents who consented and the cases (ids only).
    record_access(
        actor=request.user,
        action="read",
        object_type="handover_inbox",
        resident_ids=[
            row["handover"].consent_given_by_id for row in rows if row["handover"].consent_given_by_id
        ],
        basis=basis_for(request.user),
        details={"case_ids": sorted({row["handover"].case_id for row in rows}), "handovers": len(rows)},
        request=request,
    )
    return render(request, "cases/handover_inbox.html", {"page": page, "rows": rows}, status=status)


@login_required
def handover_inbox(request: HttpRequest) -> HttpResponse:
    return _inbox(request)


def _answer(request: HttpRequest, handover: Handover, form, kind: str, service, success: str) -> HttpResponse:
    return run_service(
        request,
        form,
        service,
        page=lambda form, status: _inbox(request, status=status, bound={(kind, handover.pk): form}),
        arguments=lambda form: {"handover": handover, **form.cleaned_data},
        success=success,
        redirect_to=reverse(INBOX),
    )


@login_required
@require_POST
def handover_accept(request: HttpRequest, handover_id: int) -> HttpResponse:
    handover = get_object_or_404(selectors.handovers_for_partner(user=request.user), pk=handover_id)
    try:
        services.handover_accept(actor=request.user, handover=handover)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, "U heeft de overdracht geaccepteerd.")
    return redirect(INBOX)


@login_required
@require_POST
def handover_decline(request: HttpRequest, handover_id: int) -> HttpResponse:
    handover = get_object_or_404(selectors.handovers_for_partner(user=request.user), pk=handover_id)
    form = forms.DeclineForm(request.POST, prefix=f"weigeren-{handover.pk}")
    return _answer(
        request, handover, form, "decline", services.handover_decline, "U heeft de overdracht geweigerd."
    )


@login_required
@require_POST
def handover_complete(request: HttpRequest, handover_id: int) -> HttpResponse:
    """The partner says whether the help succeeded (the coordinator does this on the case page)."""
    handover = get_object_or_404(selectors.handovers_for_partner(user=request.user), pk=handover_id)
    form = forms.CompleteForm(request.POST, prefix=f"afronden-{handover.pk}")
    return _answer(
        request, handover, form, "complete", services.handover_complete, "De overdracht is afgerond."
    )


@login_required
def case_handover_complete(request: HttpRequest, case_id: int, handover_id: int) -> HttpResponse:
    """The coordinator records the outcome of a hand-over, e.g. when the partner does not use Plein."""
    case = workable_case(request, case_id)
    handover = get_object_or_404(case.handovers.select_related("organisation"), pk=handover_id)
    if case.coordinator_id != request.user.pk:
        raise PermissionDenied  # before the form, not after it was filled in (the service says the same)
    return run_service(
        request,
        forms.CompleteForm(posted(request)),
        services.handover_complete,
        page=form_page(
            request,
            case,
            title=f"Overdracht aan {handover.organisation} afronden",
            submit="Overdracht afronden",
        ),
        arguments=lambda form: {"handover": handover, **form.cleaned_data},
        success="De overdracht is afgerond.",
        redirect_to=case_url(case),
    )
