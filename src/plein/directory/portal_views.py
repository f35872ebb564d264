"""Work pages for the municipality's portal (its words, look and contact details) and for the
social map as an Open Referral HSDS file (export and import)."""

import base64
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone

from plein.cases.views import run_service
from plein.directory import forms, hsds, selectors, services, theme
from plein.directory.models import HsdsImport, Portal
from plein.directory.views import check_edits, chosen_municipality, editor_page, form_page, with_municipality

IMPORTS_SHOWN = 20


def contrast_verdict(portal: Portal) -> dict:
    ratio = theme.contrast(portal.colour_primary, portal.colour_primary_text)
    return {"ratio": services.format_ratio(ratio), "passes": ratio >= theme.TEXT_CONTRAST}


def logo_data_url(portal: Portal | None) -> str:
    """The stored logo inline (the work UI's CSP allows data: images), so this page needs no logo view."""
    if portal is None or not portal.logo:
        return ""
    return f"data:{portal.logo_content_type};base64,{base64.b64encode(bytes(portal.logo)).decode()}"


@login_required
def portal_settings(request: HttpRequest) -> HttpResponse:
    municipality = chosen_municipality(request)
    portal = Portal.objects.filter(municipality=municipality).first()
    shown = portal or Portal(municipality=municipality)  # the defaults, before the first save
    form = forms.PortalForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        initial=forms.initial_from(shown, forms.PORTAL_FIELDS),
    )
    return run_service(
        request,
        form,
        services.portal_save,
        page=form_page(
            request,
            "portal_form.html",
            municipality,
            "portal",
            portal=portal,
            verdict=contrast_verdict(shown),
            logo_url=logo_data_url(portal),
        ),
        arguments=lambda form: {"municipality": municipality, **form.arguments()},
        success="De instellingen van het portaal zijn opgeslagen.",
        redirect_to=with_municipality("directory:portal_settings", municipality),
    )


# --- Open Referral HSDS --------------------------------------------------------------------------


@login_required
def hsds_page(request: HttpRequest) -> HttpResponse:
    """GET: the export link, the import form and earlier imports; POST: import a file."""
    municipality = chosen_municipality(request)
    form = forms.HsdsImportForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
    )
    if form.is_valid():
        upload = form.cleaned_data["file"]
        run = hsds.import_hsds(
            upload.read(), municipality=municipality, actor=request.user, file_name=upload.name
        )
        if run.state == HsdsImport.State.DONE:
            messages.success(request, "Het bestand is ingelezen.")
        else:
            messages.error(request, "Het bestand kon niet worden ingelezen.")
        return redirect("directory:hsds_import_detail", import_id=run.pk)
    return editor_page(
        request,
        "hsds.html",
        municipality,
        "hsds",
        status=400 if form.is_bound else 200,
        form=form,
        imports=selectors.hsds_imports(municipality_id=municipality.pk)[:IMPORTS_SHOWN],
    )


@login_required
def hsds_export(request: HttpRequest) -> HttpResponse:
    municipality = chosen_municipality(request)
    data = hsds.export_hsds(municipality=municipality)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    file_name = f"sociale-kaart-{municipality.cbs_code}-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    return response


@login_required
def hsds_import_detail(request: HttpRequest, import_id: int) -> HttpResponse:
    run = get_object_or_404(HsdsImport.objects.select_related("municipality", "started_by"), pk=import_id)
    check_edits(request, run.municipality)
    return editor_page(request, "hsds_import.html", run.municipality, "hsds", run=run)
