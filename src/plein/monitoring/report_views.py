"""The periodic reports of monitoring: list and request them, follow their progress, read them as
a page and download them (PDF, XLSX, a CSV per table).

Only policy staff of the report's municipality get here; anyone else gets a 404, as if the report
did not exist. Reports hold aggregates only (already suppressed), so file names carry the report's
kind, period and id, never anything about a resident.
"""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from plein.areas.models import Municipality
from plein.monitoring import reports
from plein.monitoring.models import Report


class ReportRequestForm(forms.Form):
    kind = forms.ChoiceField(label="Soort rapportage", choices=Report.Kind.choices)
    year = forms.IntegerField(
        label="Jaar",
        required=False,
        min_value=reports.EARLIEST_YEAR,
        max_value=reports.LATEST_YEAR,
        help_text="Voor de 4-, 8- en 12-maandsrapportage: de periode loopt vanaf 1 januari van dit jaar.",
    )
    period_start = forms.DateField(
        label="Periode vanaf",
        required=False,
        help_text="Alleen voor een vergelijking. Bijvoorbeeld 1-1-2026.",
    )
    period_end = forms.DateField(
        label="Periode tot en met", required=False, help_text="Bijvoorbeeld 30-4-2026."
    )
    municipality = forms.ModelChoiceField(label="Gemeente", queryset=Municipality.objects.none())

    def __init__(self, *args, municipalities=None, **kwargs):
        super().__init__(*args, **kwargs)
        municipalities = municipalities if municipalities is not None else Municipality.objects.none()
        self.fields["municipality"].queryset = municipalities
        if len(municipalities) == 1:
            # One municipality: nothing to choose.
            self.fields["municipality"].initial = municipalities.first()
            self.fields["municipality"].widget = forms.HiddenInput()
        if not self.is_bound:
            self.fields["year"].initial = timezone.localdate().year


def _municipalities(request: HttpRequest) -> QuerySet[Municipality]:
    ids = reports.policy_municipality_ids(request.user)
    if not ids:
        raise Http404
    return Municipality.objects.filter(pk__in=ids).order_by("name")


def _report(request: HttpRequest, report_id: int) -> Report:
    return get_object_or_404(reports.reports_visible_to(request.user), pk=report_id)


@login_required
def report_list(request: HttpRequest) -> HttpResponse:
    municipalities = _municipalities(request)
    form = ReportRequestForm(request.POST or None, municipalities=municipalities)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            report = reports.report_request(
                actor=request.user,
                municipality=data["municipality"],
                kind=data["kind"],
                year=data["year"],
                period_start=data["period_start"],
                period_end=data["period_end"],
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            return redirect("monitoring:report_detail", report.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "monitoring/reports/list.html",
        {"form": form, "reports": reports.reports_visible_to(request.user)},
        status=status,
    )


def _add_errors(form: forms.Form, error: ValidationError) -> None:
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, messages in error.message_dict.items():
        form.add_error(field if field in form.fields else None, messages)


@login_required
def report_detail(request: HttpRequest, report_id: int) -> HttpResponse:
    report = _report(request, report_id)
    finished = report.status in (Report.Status.DONE, Report.Status.FAILED)
    if request.htmx:
        if finished:
            # The progress fragment has done its job: reload the page to show the figures.
            response = HttpResponse(status=204)
            response["HX-Refresh"] = "true"
            return response
        return render(request, "monitoring/reports/_progress.html", {"report": report})
    sections = reports.sections(report) if report.status == Report.Status.DONE else []
    return render(request, "monitoring/reports/detail.html", {"report": report, "sections": sections})


def _file_name(report: Report, extension: str, code: str = "") -> str:
    # Kind, period and id only: nothing about residents, nothing a header could be split on.
    suffix = f"-{code}" if code else ""
    return f"rapportage-{report.pk}-{report.kind}-{report.period_start:%Y%m%d}-{report.period_end:%Y%m%d}{suffix}.{extension}"


def _attachment(body, content_type: str, file_name: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    response["Cache-Control"] = "no-store"
    return response


def _done_report(request: HttpRequest, report_id: int) -> Report:
    report = _report(request, report_id)
    if report.status != Report.Status.DONE:
        raise Http404
    return report


@login_required
def report_pdf(request: HttpRequest, report_id: int) -> HttpResponse:
    report = _done_report(request, report_id)
    return _attachment(bytes(report.pdf or b""), "application/pdf", _file_name(report, "pdf"))


@login_required
def report_xlsx(request: HttpRequest, report_id: int) -> HttpResponse:
    report = _done_report(request, report_id)
    return _attachment(
        bytes(report.xlsx or b""),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _file_name(report, "xlsx"),
    )


@login_required
def report_csv(request: HttpRequest, report_id: int, code: str) -> HttpResponse:
    report = _done_report(request, report_id)
    table = reports.find_table(report, code)
    if table is None:
        raise Http404
    # A byte order mark, so that Excel opens the file as UTF-8.
    body = "\ufeff" + reports.table_csv(table)
    return _attachment(body.encode(), "text/csv; charset=utf-8", _file_name(report, "csv", table["code"]))
