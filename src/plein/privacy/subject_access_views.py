"""The privacy officer's handling of a subject access request (inzageverzoek, AVG art. 15).

Find the resident by BSN or by resident id (a POST: a BSN never appears in a URL), see what Plein
keeps about them (counts per section) and download it as JSON or PDF. Only a privacy officer of the
resident's municipality gets here (others: 404), always with a second factor (``two_factor_required``).
Every download is logged (action "export", object type "subject_access"); the downloads are POST forms
too, like the access log's export, so that no download is triggered by a link or a prefetch.
"""

import json

from django import forms
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_POST
from weasyprint import HTML

from plein.areas.models import Role
from plein.areas.selectors import scope_for
from plein.cases.printing import NO_FETCHING
from plein.core.two_factor import two_factor_required
from plein.people.models import Resident
from plein.privacy.access_log import record_access
from plein.privacy.subject_access import LEFT_OUT_NL, subject_access_data, subject_access_dict

PROCESSING_ACTIVITY = "Toezicht op gegevensbescherming"

# The sections of the summary page and the PDF, in order, with their Dutch names.
SECTION_LABELS = {
    "household_memberships": "Huishoudens en adressen",
    "network_members": "Netwerk",
    "consents": "Toestemmingen",
    "requests": "Meldingen en vragen",
    "signals": "Signalen",
    "cases": "Casussen",
    "plans": "Ondersteuningsplannen (alle versies)",
    "contacts": "Contacten",
    "handovers": "Warme overdrachten",
    "provision_requests": "Aanvragen maatwerkvoorziening",
    "decisions": "Beschikkingen",
    "objections": "Bezwaren",
    "allocations": "Toewijzingen aan zorgaanbieders",
    "emergency_accesses": "Noodtoegang",
    "erasure_requests": "Verzoeken tot vernietiging",
    "access_log": "Wie heeft uw gegevens bekeken (regels in het toegangslog)",
}


class FindResidentForm(forms.Form):
    bsn = forms.CharField(label="BSN", max_length=9, required=False)
    resident_id = forms.IntegerField(label="Inwoner-id", required=False, min_value=1)

    def __init__(self, *args, residents=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.residents = residents if residents is not None else Resident.objects.none()

    def clean(self):
        data = super().clean()
        bsn, resident_id = data.get("bsn"), data.get("resident_id")
        if self.errors:
            return data
        if not bsn and not resident_id:
            raise forms.ValidationError("Vul een BSN of een inwoner-id in.")
        if bsn:
            resident = self.residents.filter(bsn=bsn).first()
            if resident is None:
                self.add_error("bsn", "Geen inwoner met dit BSN in uw gemeente.")
        else:
            resident = self.residents.filter(pk=resident_id).first()
            if resident is None:
                self.add_error("resident_id", "Geen inwoner met dit id in uw gemeente.")
        data["resident"] = resident
        return data


def _residents_for(request: HttpRequest):
    """Residents of the municipalities this privacy officer works for; 404 for anyone else."""
    scope = scope_for(request.user)
    if Role.PRIVACY_OFFICER not in scope.roles:
        raise Http404
    municipality_ids = scope.municipality_ids
    return Resident.objects.filter(
        Q(municipality_id__in=municipality_ids)
        | Q(household_memberships__household__municipality_id__in=municipality_ids)
    ).distinct()


def _resident(request: HttpRequest, resident_id: int) -> Resident:
    return get_object_or_404(_residents_for(request), pk=resident_id)


@two_factor_required
def find(request: HttpRequest) -> HttpResponse:
    residents = _residents_for(request)
    form = FindResidentForm(request.POST if request.method == "POST" else None, residents=residents)
    if request.method == "POST" and form.is_valid():
        # The id is not personal data: from here on the URL carries it, never the BSN typed.
        return redirect("privacy:subject_access_summary", form.cleaned_data["resident"].pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "privacy/subject_access/find.html", {"form": form}, status=status)


@two_factor_required
def summary(request: HttpRequest, resident_id: int) -> HttpResponse:
    resident = _resident(request, resident_id)
    data = subject_access_data(resident)
    record_access(
        actor=request.user,
        action="read",
        object_type="subject_access",
        object_id=resident.pk,
        resident_id=resident.pk,
        processing_activity=PROCESSING_ACTIVITY,
        request=request,
    )
    counts = data.counts
    sections = [(label, counts[key]) for key, label in SECTION_LABELS.items()]
    return render(
        request,
        "privacy/subject_access/summary.html",
        {"resident": data.resident, "sections": sections, "left_out": LEFT_OUT_NL},
    )


def _log_export(request: HttpRequest, resident: Resident, kind: str) -> None:
    record_access(
        actor=request.user,
        action="export",
        object_type="subject_access",
        object_id=resident.pk,
        resident_id=resident.pk,
        details={"format": kind},
        processing_activity=PROCESSING_ACTIVITY,
        request=request,
    )


def _attachment(response: HttpResponse, resident: Resident, extension: str) -> HttpResponse:
    # The id only: no name or BSN in a file name that ends up in a downloads folder or a mail.
    response["Content-Disposition"] = f'attachment; filename="inzage-{resident.pk}.{extension}"'
    response["Cache-Control"] = "no-store"
    return response


@two_factor_required
@require_POST
def download_json(request: HttpRequest, resident_id: int) -> HttpResponse:
    resident = _resident(request, resident_id)
    content = subject_access_dict(subject_access_data(resident))
    _log_export(request, resident, "json")
    body = json.dumps(content, ensure_ascii=False, indent=2)
    return _attachment(HttpResponse(body, content_type="application/json; charset=utf-8"), resident, "json")


def subject_access_html(content: dict) -> str:
    """The export as a readable document (the PDF's source), from the same dict as the JSON."""
    return render_to_string(
        "privacy/subject_access/export.html", {"export": content, "sections": SECTION_LABELS}
    )


@two_factor_required
@require_POST
def download_pdf(request: HttpRequest, resident_id: int) -> HttpResponse:
    resident = _resident(request, resident_id)
    html = subject_access_html(subject_access_dict(subject_access_data(resident)))
    pdf = HTML(string=html, url_fetcher=NO_FETCHING).write_pdf()
    _log_export(request, resident, "pdf")
    return _attachment(HttpResponse(pdf, content_type="application/pdf"), resident, "pdf")
