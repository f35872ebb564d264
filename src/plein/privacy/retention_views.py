"""Work UI for destruction lists (``/privacy/vernietigen/``): a privacy officer sees the lists of
their municipalities, draws one up now, excludes cases with a reason and approves the list, which
destroys the listed cases. Anyone else gets 403 on the overview and 404 on a list."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from plein.areas.models import Municipality
from plein.cases.views import posted, run_service
from plein.privacy import retention
from plein.privacy.models import DestructionList, DestructionListItem
from plein.privacy.tasks import draw_up_destruction_list


class ExclusionForm(forms.Form):
    reason = forms.CharField(
        label="Reden om niet te vernietigen",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Bijvoorbeeld een lopende procedure of een verzoek van de inwoner. Noem geen namen.",
    )


def officer_municipalities(request: HttpRequest):
    ids = retention.privacy_officer_municipality_ids(request.user)
    if not ids:
        raise PermissionDenied
    return Municipality.objects.filter(pk__in=ids).order_by("name")


def visible_list(request: HttpRequest, list_id: int) -> DestructionList:
    return get_object_or_404(
        retention.destruction_lists_for(request.user).select_related("municipality", "approved_by"),
        pk=list_id,
    )


def list_url(destruction_list: DestructionList) -> str:
    return reverse("privacy:destruction_list", args=[destruction_list.pk])


@login_required
def destruction_lists(request: HttpRequest) -> HttpResponse:
    municipalities = officer_municipalities(request)
    lists = retention.destruction_lists_for(request.user).select_related("municipality", "approved_by")[:50]
    return render(
        request,
        "privacy/retention/destruction_lists.html",
        {"municipalities": municipalities, "lists": lists},
    )


@login_required
@require_POST
def destruction_list_draw_up(request: HttpRequest, municipality_id: int) -> HttpResponse:
    municipality = get_object_or_404(officer_municipalities(request), pk=municipality_id)
    draw_up_destruction_list.enqueue(municipality.pk)
    messages.success(request, "De vernietigingslijst wordt opgesteld.")
    return redirect("privacy:destruction_lists")


@login_required
def destruction_list_detail(request: HttpRequest, list_id: int) -> HttpResponse:
    destruction_list = visible_list(request, list_id)
    items = destruction_list.items.select_related("excluded_by")
    return render(
        request,
        "privacy/retention/destruction_list.html",
        {"destruction_list": destruction_list, "items": items},
    )


@login_required
def destruction_list_item_exclude(request: HttpRequest, list_id: int, item_id: int) -> HttpResponse:
    destruction_list = visible_list(request, list_id)
    item = get_object_or_404(DestructionListItem, pk=item_id, destruction_list=destruction_list)

    def page(form, status):
        context = {"destruction_list": destruction_list, "item": item, "form": form}
        return render(request, "privacy/retention/exclude.html", context, status=status)

    return run_service(
        request,
        ExclusionForm(posted(request)),
        retention.destruction_list_exclude,
        page=page,
        success=f"Casus {item.case_reference} wordt niet vernietigd.",
        redirect_to=list_url(destruction_list),
        arguments=lambda form: {"item": item, "reason": form.cleaned_data["reason"]},
    )


@login_required
@require_POST
def destruction_list_item_include(request: HttpRequest, list_id: int, item_id: int) -> HttpResponse:
    destruction_list = visible_list(request, list_id)
    item = get_object_or_404(DestructionListItem, pk=item_id, destruction_list=destruction_list)
    retention.destruction_list_exclude(actor=request.user, item=item, reason="", excluded=False)
    messages.success(request, f"Casus {item.case_reference} staat weer op de lijst.")
    return redirect(list_url(destruction_list))


@login_required
def destruction_list_approve(request: HttpRequest, list_id: int) -> HttpResponse:
    destruction_list = visible_list(request, list_id)
    if request.method != "POST":
        items = destruction_list.items.filter(excluded=False)
        return render(
            request,
            "privacy/retention/approve.html",
            {"destruction_list": destruction_list, "count": items.count()},
        )
    was_draft = destruction_list.is_draft
    destruction_list = retention.destruction_list_approve(
        actor=request.user, destruction_list=destruction_list
    )
    if was_draft:
        messages.success(request, f"Goedgekeurd: {destruction_list.destroyed_count} casussen vernietigd.")
    return redirect(list_url(destruction_list))
