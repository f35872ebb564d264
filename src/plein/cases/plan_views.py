"""The support plan: one page per version, with its items, signatures and the PDF."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from plein.cases import forms, services
from plein.cases.models import Case, SupportPlan
from plein.cases.views import (
    can_work,
    case_url,
    current_residents,
    partners_of,
    run_service,
    visible_case,
    workable_case,
)
from plein.directory.selectors import active_services
from plein.privacy.access_log import log_view_access


def plan_url(plan: SupportPlan) -> str:
    return reverse("cases:plan_detail", args=[plan.case_id, plan.pk])


def _plan(case: Case, plan_id: int) -> SupportPlan:
    return get_object_or_404(case.plans.select_related("created_by"), pk=plan_id)


def _item_form(case: Case, data=None) -> forms.PlanItemForm:
    return forms.PlanItemForm(
        data,
        organisations=partners_of(case),
        services=active_services(municipality_id=case.municipality_id).order_by("name"),
        initial={"starts_on": timezone.localdate()},
    )


def _page(request: HttpRequest, case: Case, plan: SupportPlan, *, status: int = 200, **bound) -> HttpResponse:
    is_draft = plan.status == SupportPlan.Status.DRAFT
    editable = is_draft and can_work(request.user, case)
    plan_form = bound.get("plan_form") or forms.PlanForm(
        initial={
            "expected_version": plan.lock_version,
            **{
                name: getattr(plan, name) for name in forms.PlanForm.base_fields if name != "expected_version"
            },
        }
    )
    context = {
        "case": case,
        "plan": plan,
        "items": plan.items.select_related("life_domain", "organisation", "service"),
        "signatures": plan.signatures.select_related("resident", "professional"),
        "missing": services.plan_missing(plan) if is_draft else [],
        "editable": editable,
        "can_work": can_work(request.user, case),
        "plan_form": plan_form if editable else None,
        "item_form": (bound.get("item_form") or _item_form(case)) if editable else None,
        "sign_form": (
            bound.get("sign_form")
            or forms.SignForm(residents=current_residents(case), initial={"signed_on": timezone.localdate()})
        )
        if editable
        else None,
    }
    return render(request, "cases/plan_detail.html", context, status=status)


@login_required
@require_GET
def plan_detail(request: HttpRequest, case_id: int, plan_id: int) -> HttpResponse:
    case, plan = _logged_plan(request, case_id, plan_id, action="read")
    return _page(request, case, plan)


def _logged_plan(request: HttpRequest, case_id: int, plan_id: int, *, action: str):
    """The case and its plan, if visible; the read or print is logged (one entry), a refusal too."""

    def lookup():
        case = visible_case(request, case_id)
        return case, _plan(case, plan_id)

    case, plan = log_view_access(
        request,
        object_type="support_plan",
        object_id=plan_id,
        lookup=lookup,
        action=action,
        concerns=lambda found: {"household_id": found[0].household_id},
    )
    return case, plan


@login_required
@require_POST
def plan_start(request: HttpRequest, case_id: int) -> HttpResponse:
    """A first plan, or a new version of the signed one (the signed version stays unchanged)."""
    case = workable_case(request, case_id)
    try:
        plan = services.plan_start(actor=request.user, case=case)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(case_url(case))
    messages.success(request, f"Versie {plan.version} van het plan staat klaar om te bewerken.")
    return redirect(plan_url(plan))


def _plan_form_post(request, case_id, plan_id, *, make_form, form_name, service, success):
    """Validate one of the plan page's forms and call the service; the plan page again on errors."""
    case = workable_case(request, case_id)
    plan = _plan(case, plan_id)
    form = make_form(case, request.POST)
    return run_service(
        request,
        form,
        service,
        page=lambda form, status: _page(request, case, plan, status=status, **{form_name: form}),
        arguments=lambda form: {"plan": plan, **form.cleaned_data},
        success=success,
        redirect_to=plan_url(plan),
        locked=plan if "expected_version" in form.fields else None,
    )


@login_required
@require_POST
def plan_update(request: HttpRequest, case_id: int, plan_id: int) -> HttpResponse:
    return _plan_form_post(
        request,
        case_id,
        plan_id,
        make_form=lambda case, data: forms.PlanForm(data),
        form_name="plan_form",
        service=services.plan_update,
        success="Het plan is opgeslagen.",
    )


@login_required
@require_POST
def plan_item_add(request: HttpRequest, case_id: int, plan_id: int) -> HttpResponse:
    return _plan_form_post(
        request,
        case_id,
        plan_id,
        make_form=_item_form,
        form_name="item_form",
        service=services.plan_item_add,
        success="Het onderdeel is toegevoegd.",
    )


@login_required
@require_POST
def plan_sign(request: HttpRequest, case_id: int, plan_id: int) -> HttpResponse:
    return _plan_form_post(
        request,
        case_id,
        plan_id,
        make_form=lambda case, data: forms.SignForm(data, residents=current_residents(case)),
        form_name="sign_form",
        service=services.plan_sign,
        success="De handtekening is vastgelegd.",
    )


@login_required
@require_POST
def plan_item_remove(request: HttpRequest, case_id: int, plan_id: int, item_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    plan = _plan(case, plan_id)
    item = get_object_or_404(plan.items, pk=item_id)
    try:
        services.plan_item_remove(actor=request.user, item=item)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, "Het onderdeel is verwijderd.")
    return redirect(plan_url(plan))


@login_required
@require_GET
def plan_pdf(request: HttpRequest, case_id: int, plan_id: int) -> HttpResponse:
    from plein.cases.printing import plan_pdf as render_pdf  # WeasyPrint loads only when printing

    case, plan = _logged_plan(request, case_id, plan_id, action="print")
    response = HttpResponse(render_pdf(plan), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="ondersteuningsplan-{case.reference}-v{plan.version}.pdf"'
    )
    return response
