"""Work UI for erasure requests (``/privacy/vernietigen/verzoeken/``), for the privacy officer of the
resident's municipality: the list with due dates (overdue highlighted), recording a request, the
assessment (what may go, what stays and why), carrying it out, or refusing it with a reason. Anyone
else gets 403 on the list and 404 on a request."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from plein.cases.views import posted, run_service
from plein.people.models import Resident
from plein.privacy import erasure, retention
from plein.privacy.models import ErasureRequest

RESIDENT_OUTCOME = {
    "destroyed": "De gegevens van de inwoner zelf zijn vernietigd.",
    "minimised": "De inwoner blijft met het minimum (naam, geboortedatum, BSN) bestaan, omdat bewaarde "
    "dossiers naar hem of haar verwijzen; contactgegevens en netwerk zijn verwijderd.",
    "kept": "De gegevens van de inwoner zelf blijven, omdat er nog iets loopt.",
    "gone": "",
}


class ErasureRequestForm(forms.Form):
    resident_id = forms.IntegerField(
        label="Inwoner-id", required=False, min_value=1, help_text="Het nummer van de inwoner in Plein."
    )
    bsn = forms.CharField(label="of BSN", required=False, max_length=9)
    received_on = forms.DateField(
        label="Ontvangen op", widget=forms.DateInput(attrs={"type": "date"}), initial=timezone.localdate
    )
    note = forms.CharField(
        label="Toelichting",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Bijvoorbeeld hoe het verzoek binnenkwam. Noem geen namen.",
    )

    def __init__(self, *args, municipality_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.municipality_ids = set(municipality_ids)

    def clean(self):
        cleaned = super().clean()
        resident_id, bsn = cleaned.get("resident_id"), (cleaned.get("bsn") or "").strip()
        if not resident_id and not bsn:
            raise ValidationError({"resident_id": "Vul het inwoner-id of het BSN in."})
        residents = Resident.objects.filter(municipality_id__in=self.municipality_ids)
        resident = (
            residents.filter(pk=resident_id).first() if resident_id else residents.filter(bsn=bsn).first()
        )
        if resident is None:
            field = "resident_id" if resident_id else "bsn"
            raise ValidationError({field: "Geen inwoner van uw gemeente gevonden."})
        cleaned["resident"] = resident
        return cleaned


class RefusalForm(forms.Form):
    reason = forms.CharField(
        label="Reden van afwijzing",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Voor de brief aan de inwoner, bijvoorbeeld de wettelijke bewaarplicht.",
    )


def officer_municipality_ids(request: HttpRequest) -> set[int]:
    ids = retention.privacy_officer_municipality_ids(request.user)
    if not ids:
        raise PermissionDenied
    return ids


def visible_request(request: HttpRequest, request_id: int) -> ErasureRequest:
    return get_object_or_404(
        erasure.erasure_requests_for(request.user).select_related(
            "municipality", "recorded_by", "decided_by", "resident"
        ),
        pk=request_id,
    )


def request_url(erasure_request: ErasureRequest) -> str:
    return reverse("privacy:erasure_request", args=[erasure_request.pk])


@login_required
def erasure_requests(request: HttpRequest) -> HttpResponse:
    officer_municipality_ids(request)
    today = timezone.localdate()
    rows = [
        (item, erasure.is_overdue(item, today))
        for item in erasure.erasure_requests_for(request.user).select_related("municipality")[:200]
    ]
    # Open requests first (most urgent at the top), then the decided ones, newest first.
    rows.sort(key=lambda row: (not row[0].is_open, row[0].due_on if row[0].is_open else -row[0].pk))
    return render(request, "privacy/erasure/requests.html", {"rows": rows, "today": today})


@login_required
def erasure_request_new(request: HttpRequest) -> HttpResponse:
    ids = officer_municipality_ids(request)
    initial = (
        {"resident_id": request.GET.get("inwoner")} if request.GET.get("inwoner", "").isdigit() else None
    )
    form = ErasureRequestForm(posted(request), initial=initial, municipality_ids=ids)

    def page(form, status):
        return render(request, "privacy/erasure/new.html", {"form": form}, status=status)

    return run_service(
        request,
        form,
        erasure.erasure_request_record,
        page=page,
        success="Het verzoek tot vernietiging is vastgelegd.",
        redirect_to=request_url,
        arguments=lambda form: {
            "resident": form.cleaned_data["resident"],
            "received_on": form.cleaned_data["received_on"],
            "note": form.cleaned_data["note"],
        },
    )


@login_required
def erasure_request_detail(request: HttpRequest, request_id: int) -> HttpResponse:
    erasure_request = visible_request(request, request_id)
    destruction_list = erasure.assessment_list(erasure_request)
    items = list(destruction_list.items.order_by("excluded", "id")) if destruction_list else []
    context = {
        "erasure_request": erasure_request,
        "overdue": erasure.is_overdue(erasure_request),
        "destruction_list": destruction_list,
        "to_destroy": [item for item in items if not item.excluded],
        "to_keep": [item for item in items if item.excluded],
    }
    return render(request, "privacy/erasure/request.html", context)


def _service_error(request: HttpRequest, error: ValidationError) -> None:
    for message in error.message_dict.get(NON_FIELD_ERRORS, error.messages):
        messages.error(request, message)


@login_required
@require_POST
def erasure_request_assess(request: HttpRequest, request_id: int) -> HttpResponse:
    erasure_request = visible_request(request, request_id)
    try:
        erasure.erasure_request_assess(actor=request.user, erasure_request=erasure_request)
    except ValidationError as error:
        _service_error(request, error)
    else:
        messages.success(request, "Het verzoek is beoordeeld. Controleer de beoordeling.")
    return redirect(request_url(erasure_request))


@login_required
def erasure_request_carry_out(request: HttpRequest, request_id: int) -> HttpResponse:
    erasure_request = visible_request(request, request_id)
    destruction_list = erasure.assessment_list(erasure_request)
    if request.method != "POST":
        count = destruction_list.items.filter(excluded=False).count() if destruction_list else 0
        return render(
            request,
            "privacy/erasure/carry_out.html",
            {"erasure_request": erasure_request, "destruction_list": destruction_list, "count": count},
        )
    try:
        done = erasure.erasure_request_carry_out(actor=request.user, erasure_request=erasure_request)
    except ValidationError as error:
        _service_error(request, error)
        return redirect(request_url(erasure_request))
    destroyed = erasure.assessment_list(done).destroyed_count
    messages.success(
        request,
        f"Verzoek uitgevoerd: {destroyed} dossiers vernietigd. {RESIDENT_OUTCOME[done.resident_outcome]}",
    )
    return redirect(request_url(done))


@login_required
def erasure_request_refuse(request: HttpRequest, request_id: int) -> HttpResponse:
    erasure_request = visible_request(request, request_id)

    def page(form, status):
        context = {"erasure_request": erasure_request, "form": form}
        return render(request, "privacy/erasure/refuse.html", context, status=status)

    return run_service(
        request,
        RefusalForm(posted(request)),
        erasure.erasure_request_refuse,
        page=page,
        success="Het verzoek is afgewezen.",
        redirect_to=request_url(erasure_request),
        arguments=lambda form: {"erasure_request": erasure_request, "reason": form.cleaned_data["reason"]},
    )
