"""Work pages of the social map for directory editors (redacteur sociale kaart): services, the
list of services not verified for a year, and organisations.

Views are thin: they find the municipality whose social map the page is about, refuse anyone who
does not maintain it (403), and call one service. A refusal by the service is shown on the form,
with everything the user typed, and status 400 (``cases.views.run_service``).
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from plein.areas.models import Municipality
from plein.cases.views import posted, run_service
from plein.directory import forms, selectors, services
from plein.directory.models import Service
from plein.people.models import Organisation

PAGE_SIZE = 25


# --- shared by every editor page -----------------------------------------------------------------


def chosen_municipality(request: HttpRequest) -> Municipality:
    """The municipality a list or new-item page is about: ``?gemeente=<CBS code>``, else the first
    one the professional maintains. 403 for anyone who maintains none (or not that one)."""
    municipalities = selectors.social_map_municipalities(request.user)
    code = request.GET.get("gemeente", "")
    municipality = municipalities.filter(cbs_code=code).first() if code else municipalities.first()
    if municipality is None:
        raise PermissionDenied
    return municipality


def check_edits(request: HttpRequest, municipality: Municipality) -> None:
    if not request.user.has_perm("directory.edit_social_map", municipality):
        raise PermissionDenied


def editor_page(
    request: HttpRequest, template: str, municipality: Municipality, tab: str, status: int = 200, **context
) -> HttpResponse:
    """An editor page: the sub-navigation of the social map, for one municipality."""
    context = {
        "municipality": municipality,
        "municipalities": list(selectors.social_map_municipalities(request.user)),
        "gemeente": urlencode({"gemeente": municipality.cbs_code}),
        "tab": tab,
        **context,
    }
    return render(request, f"directory/editor/{template}", context, status=status)


def with_municipality(name: str, municipality: Municipality, *args) -> str:
    return reverse(name, args=args) + "?" + urlencode({"gemeente": municipality.cbs_code})


def form_page(request: HttpRequest, template: str, municipality: Municipality, tab: str, **context):
    """The ``page(form, status)`` that ``run_service`` shows."""

    def page(form, status: int) -> HttpResponse:
        return editor_page(request, template, municipality, tab, status=status, form=form, **context)

    return page


def run_simple(request: HttpRequest, action, success: str, **arguments) -> bool:
    """A button's service (no form): a refusal becomes an error message on the next page."""
    try:
        action(actor=request.user, **arguments)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return False
    messages.success(request, success)
    return True


# --- services ------------------------------------------------------------------------------------


@login_required
def service_list(request: HttpRequest) -> HttpResponse:
    municipality = chosen_municipality(request)
    counts = selectors.service_counts(municipality_id=municipality.pk, today=timezone.localdate())
    filters = forms.ServiceFilterForm(request.GET)
    filters.show_counts(counts.per_level)
    rows = selectors.services_for_editor(municipality_id=municipality.pk, **filters.filters())
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("pagina"))
    kept = {key: value for key, value in request.GET.items() if key != "pagina" and value}
    chosen_status = request.GET.get("status", "")
    statuses = [
        (label, count, value == chosen_status, _with_status(kept, value))
        for value, label, count in (
            ("", "Alle", counts.total),
            ("actief", "Actief", counts.active),
            ("niet-actief", "Niet actief", counts.inactive),
        )
    ]
    return editor_page(
        request,
        "service_list.html",
        municipality,
        "services",
        filters=filters,
        page=page,
        query=urlencode(kept) + "&" if kept else "",
        counts=counts,
        statuses=statuses,
    )


def _with_status(kept: dict[str, str], status: str) -> str:
    query = {key: value for key, value in kept.items() if key != "status"}
    if status:
        query["status"] = status
    return urlencode(query)


@login_required
def service_detail(request: HttpRequest, service_id: int) -> HttpResponse:
    service = get_object_or_404(
        Service.objects.select_related("organisation", "municipality", "last_verified_by"), pk=service_id
    )
    check_edits(request, service.municipality)
    today = timezone.localdate()
    return editor_page(
        request,
        "service_detail.html",
        service.municipality,
        "services",
        service=service,
        stale=service.last_verified_on is None or service.last_verified_on < selectors.stale_since(today),
    )


def _service_form(request: HttpRequest, municipality: Municipality, service: Service | None) -> HttpResponse:
    form = forms.ServiceForm(
        posted(request), municipality=municipality, initial=forms.initial_from(service, forms.SERVICE_FIELDS)
    )
    return run_service(
        request,
        form,
        services.service_save,
        page=form_page(request, "service_form.html", municipality, "services", service=service),
        arguments=lambda form: {"municipality": municipality, "service": service, "data": form.cleaned_data},
        success="De dienst is opgeslagen.",
        redirect_to=lambda saved: reverse("directory:service_detail", args=[saved.pk]),
    )


@login_required
def service_create(request: HttpRequest) -> HttpResponse:
    return _service_form(request, chosen_municipality(request), None)


@login_required
def service_edit(request: HttpRequest, service_id: int) -> HttpResponse:
    service = get_object_or_404(Service.objects.select_related("municipality"), pk=service_id)
    check_edits(request, service.municipality)
    return _service_form(request, service.municipality, service)


@login_required
@require_POST
def service_verify(request: HttpRequest, service_id: int) -> HttpResponse:
    service = get_object_or_404(Service.objects.select_related("municipality"), pk=service_id)
    check_edits(request, service.municipality)
    run_simple(request, services.service_verify, f"‘{service.name}’ is gecontroleerd.", service=service)
    if request.POST.get("terug") == "niet-gecontroleerd":
        return redirect(with_municipality("directory:stale_list", service.municipality))
    return redirect("directory:service_detail", service_id=service.pk)


@login_required
@require_POST
def service_set_active(request: HttpRequest, service_id: int) -> HttpResponse:
    service = get_object_or_404(Service.objects.select_related("municipality"), pk=service_id)
    check_edits(request, service.municipality)
    active = request.POST.get("actief") == "1"
    run_simple(
        request,
        services.service_set_active,
        "De dienst staat weer op het portaal." if active else "De dienst staat niet meer op het portaal.",
        service=service,
        active=active,
    )
    return redirect("directory:service_detail", service_id=service.pk)


@login_required
def stale_list(request: HttpRequest) -> HttpResponse:
    municipality = chosen_municipality(request)
    today = timezone.localdate()
    rows = selectors.stale_services(municipality_id=municipality.pk, today=today)
    return editor_page(
        request,
        "stale_list.html",
        municipality,
        "stale",
        page=Paginator(rows, PAGE_SIZE).get_page(request.GET.get("pagina")),
        query=urlencode({"gemeente": municipality.cbs_code}) + "&",
        since=selectors.stale_since(today),
    )


# --- organisations -------------------------------------------------------------------------------


@login_required
def organisation_list(request: HttpRequest) -> HttpResponse:
    municipality = chosen_municipality(request)
    rows = selectors.organisations_for_editor(municipality_id=municipality.pk)
    return editor_page(
        request,
        "organisation_list.html",
        municipality,
        "organisations",
        page=Paginator(rows, PAGE_SIZE).get_page(request.GET.get("pagina")),
        query=urlencode({"gemeente": municipality.cbs_code}) + "&",
    )


def _organisation_form(
    request: HttpRequest, municipality: Municipality, organisation: Organisation | None
) -> HttpResponse:
    form = forms.OrganisationForm(
        posted(request),
        initial=forms.initial_from(organisation, forms.ORGANISATION_FIELDS)
        or {"kind": Organisation.Kind.PARTNER},
    )
    return run_service(
        request,
        form,
        services.organisation_save,
        page=form_page(
            request, "organisation_form.html", municipality, "organisations", organisation=organisation
        ),
        arguments=lambda form: {
            "municipality": municipality,
            "organisation": organisation,
            "data": form.cleaned_data,
        },
        success="De organisatie is opgeslagen.",
        redirect_to=with_municipality("directory:organisation_list", municipality),
    )


@login_required
def organisation_create(request: HttpRequest) -> HttpResponse:
    return _organisation_form(request, chosen_municipality(request), None)


@login_required
def organisation_edit(request: HttpRequest, organisation_id: int) -> HttpResponse:
    municipality = chosen_municipality(request)
    organisation = get_object_or_404(
        selectors.organisations_for_editor(municipality_id=municipality.pk), pk=organisation_id
    )
    return _organisation_form(request, municipality, organisation)
