"""Periodic reports: the 4-, 8- and 12-month reports to the council and the comparison of teams
and districts, generated in the background (``plein.monitoring.tasks.generate_report``).

A report keeps its figures as they were computed: ``Report.data`` holds the suppressed tables
only (aggregates, small cells already "<5"), and the HTML page, the PDF, the XLSX workbook, the
CSV files and the API all render that one dict. Nothing in a report can name a resident, so an
error message stored on a failed report is the exception's class name only.
"""

import csv
import io
import logging
import re
import time
from datetime import date

import xlsxwriter
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.utils import timezone
from weasyprint import HTML

from plein.areas.models import District, Municipality, Role, Team
from plein.areas.selectors import active_memberships
from plein.cases.printing import NO_FETCHING
from plein.core.replica import reporting_reads
from plein.monitoring import indicators as indicator_registry
from plein.monitoring.indicators import Population, Table
from plein.monitoring.models import Report

logger = logging.getLogger(__name__)

Kind = Report.Kind
Status = Report.Status

# The last (month, day) of each periodic report: always from January 1 of its year.
PERIOD_ENDS = {Kind.FOUR_MONTHS: (4, 30), Kind.EIGHT_MONTHS: (8, 31), Kind.TWELVE_MONTHS: (12, 31)}
EARLIEST_YEAR, LATEST_YEAR = 2015, 2999


# --- who may see and request reports --------------------------------------------------------------


def policy_municipality_ids(user) -> frozenset[int]:
    """The municipalities for which this user holds the policy role today. Reports cover a whole
    municipality, so the policy role is needed; a team coordinator sees their team's dashboard."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    return frozenset(
        active_memberships()
        .filter(professional=user, role=Role.POLICY)
        .values_list("municipality_id", flat=True)
    )


def reports_visible_to(user) -> QuerySet[Report]:
    return Report.objects.filter(municipality_id__in=policy_municipality_ids(user)).select_related(
        "municipality", "requested_by"
    )


# --- requesting -------------------------------------------------------------------------------------


def period_for(kind: str, year: int | None) -> tuple[date, date]:
    if year is None:
        raise ValidationError({"year": "Kies een jaar."})
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ValidationError({"year": f"Kies een jaar van {EARLIEST_YEAR} tot en met {LATEST_YEAR}."})
    month, day = PERIOD_ENDS[kind]
    return date(year, 1, 1), date(year, month, day)


def report_request(
    *,
    actor,
    municipality: Municipality,
    kind: str,
    year: int | None = None,
    period_start: date | None = None,
    period_end: date | None = None,
) -> Report:
    """Queue a report; with the immediate task backend (tests, demo) it is generated at once."""
    if municipality.pk not in policy_municipality_ids(actor):
        raise PermissionDenied
    if kind not in Kind.values:
        raise ValidationError({"kind": "Kies een soort rapportage."})
    if kind == Kind.COMPARISON:
        if period_start is None or period_end is None:
            errors = {}
            if period_start is None:
                errors["period_start"] = "Vul de eerste dag van de periode in."
            if period_end is None:
                errors["period_end"] = "Vul de laatste dag van de periode in."
            raise ValidationError(errors)
    else:
        period_start, period_end = period_for(kind, year)
    if period_end < period_start:
        raise ValidationError({"period_end": "De periode kan niet eindigen voordat hij begint."})
    if period_start > timezone.localdate():
        raise ValidationError({"period_start": "Deze periode is nog niet begonnen."})

    report = Report.objects.create(
        municipality=municipality,
        kind=kind,
        period_start=period_start,
        period_end=period_end,
        requested_by=actor,
        requested_at=timezone.now(),
    )
    # The database backend stores the task in this same transaction, so a worker sees it only
    # together with the report row; the immediate backend (tests, demo) runs it right here.
    from plein.monitoring.tasks import generate_report

    generate_report.enqueue(report.pk)
    report.refresh_from_db()
    return report


# --- generating -------------------------------------------------------------------------------------


def table_dict(code: str, table: Table) -> dict:
    """A suppressed table as JSON, with the indicator's definition beside it."""
    indicator = indicator_registry.INDICATORS[code]
    return {
        "code": code,
        "name": indicator.name,
        "description": indicator.description,
        "unit": indicator.unit,
        "columns": [str(column) for column in table.columns],
        "rows": [[_json_cell(cell) for cell in row] for row in table.rows],
        "note": table.note,
        "total_row": table.total_row,
        "chart": indicator.chart,
    }


def _json_cell(value):
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)  # Decimal, date: shown as text, never recomputed from


# Progress is a commit of its own: at most this often, or it costs more than the figures (a
# comparison computes ~180 tables of a few milliseconds each).
PROGRESS_EVERY_SECONDS = 0.5


def _set_progress(report: Report, done: int, total: int, *, force: bool = False) -> None:
    progress = min(99, int(done * 100 / total)) if total else 99
    now = time.monotonic()
    saved_at = getattr(report, "_progress_saved_at", None)
    if progress == report.progress or (
        not force and saved_at is not None and now - saved_at < PROGRESS_EVERY_SECONDS
    ):
        return
    report.progress = progress
    report.save(update_fields=["progress"])
    report._progress_saved_at = now


def build_report(report: Report) -> None:
    """Compute, render and store everything of one report. Raises on any failure."""
    report.status = Status.RUNNING
    report.progress = 0
    report.error = ""
    report.save(update_fields=["status", "progress", "error"])

    codes = list(indicator_registry.INDICATORS)
    municipality_id = report.municipality_id
    teams, districts = [], []
    if report.kind == Kind.COMPARISON:
        teams = list(Team.objects.filter(municipality_id=municipality_id).order_by("name"))
        districts = list(District.objects.filter(municipality_id=municipality_id).order_by("name"))
    # One step per indicator and area, plus the PDF and the workbook.
    total = len(codes) * (1 + len(teams) + len(districts)) + 2
    done = 0

    def tables_for(population: Population) -> list[dict]:
        nonlocal done
        result = []
        for code in codes:
            # A savepoint per query: should one fail (PostgreSQL), the connection stays usable to
            # mark the report failed; progress is saved outside it, so a worker's poller sees it.
            # The figures may come from the read replica; the report row and its progress are
            # written to (and the report was read from) the primary (plein.core.replica).
            with transaction.atomic(), reporting_reads():
                table = indicator_registry.compute(code, population)
            result.append(table_dict(code, table))
            done += 1
            _set_progress(report, done, total)
        return result

    start, end = report.period_start, report.period_end
    data = {"indicators": tables_for(Population(municipality_id, start, end)), "teams": [], "districts": []}
    for team in teams:
        population = Population(municipality_id, start, end, team_ids=frozenset({team.pk}))
        data["teams"].append({"name": team.name, "indicators": tables_for(population)})
    for district in districts:
        population = Population(municipality_id, start, end, district_ids=frozenset({district.pk}))
        data["districts"].append({"name": district.name, "indicators": tables_for(population)})
    report.data = data

    _set_progress(report, done, total, force=True)  # the figures are done: now the PDF
    report.pdf = report_pdf(report)
    done += 1
    _set_progress(report, done, total, force=True)
    report.xlsx = report_xlsx(report)
    report.status = Status.DONE
    report.progress = 100
    report.finished_at = timezone.now()
    report.save(update_fields=["data", "pdf", "xlsx", "status", "progress", "finished_at"])


def generate(report_id: int) -> None:
    """The task's body: a failure marks the report failed, with the exception's class name only
    (the message of an exception may quote data; the log gets no more than the report)."""
    report = Report.objects.get(pk=report_id)
    try:
        build_report(report)
    except Exception as error:
        logger.warning("report %s failed: %s", report_id, type(error).__name__)
        Report.objects.filter(pk=report_id).update(
            status=Status.FAILED, error=type(error).__name__, finished_at=timezone.now()
        )


# --- rendering ----------------------------------------------------------------------------------------


def chart_svg(table: dict, chart_id: str) -> str:
    """The chart of a stored table (SVG), or "" when the indicator has none or it cannot be drawn:
    the table itself is always shown beside it."""
    from plein.monitoring import charts

    kind = table.get("chart", "bar")
    try:
        if kind == "line":
            return charts.line_chart(stored_table(table), title=table["name"], chart_id=chart_id)
        if kind == "bar":
            return charts.bar_chart(stored_table(table), title=table["name"], chart_id=chart_id)
        return ""
    except Exception as error:  # a chart is an extra; the table carries the figures
        logger.warning("chart of %s failed: %s", table.get("code"), type(error).__name__)
        return ""


def stored_table(table: dict) -> Table:
    return Table(
        columns=table["columns"],
        rows=table["rows"],
        total_row=table.get("total_row", False),
        note=table.get("note", ""),
    )


def sections(report: Report, *, with_charts: bool = True) -> list[dict]:
    """The report's parts for the templates: the municipality, then each team and district."""
    data = report.data or {}

    titled = [(report.municipality.name, data.get("indicators", []))]
    titled += [(f"Team {team['name']}", team["indicators"]) for team in data.get("teams", [])]
    titled += [(f"Wijk {area['name']}", area["indicators"]) for area in data.get("districts", [])]
    parts = []
    for number, (title, tables) in enumerate(titled):
        parts.append(
            {
                "title": title,
                "tables": [
                    table
                    | {
                        "svg": chart_svg(table, f"chart-{number}-{table['code']}") if with_charts else "",
                        "anchor": f"tabel-{number}-{table['code']}",
                    }
                    for table in tables
                ],
            }
        )
    return parts


def report_html(report: Report) -> str:
    return render_to_string(
        "monitoring/report_print.html",
        {"report": report, "sections": sections(report), "printed_on": timezone.localdate()},
    )


def report_pdf(report: Report) -> bytes:
    return HTML(string=report_html(report), url_fetcher=NO_FETCHING).write_pdf()


def _sheet_name(title: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ and unique within the workbook.
    base = re.sub(r"[\[\]:*?/\\]", "-", title)[:31] or "Tabel"
    name, number = base, 2
    while name.lower() in used:
        suffix = f" ({number})"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    used.add(name.lower())
    return name


def report_xlsx(report: Report) -> bytes:
    """One worksheet per table: a header row, then the rows; "<5" and other text stays text."""
    output = io.BytesIO()
    workbook = xlsxwriter.Workbook(output, {"in_memory": True, "strings_to_numbers": False})
    bold = workbook.add_format({"bold": True})
    used: set[str] = set()
    for number, section in enumerate(sections(report, with_charts=False)):
        for table in section["tables"]:
            title = table["code"] if number == 0 else f"{section['title']} {table['code']}"
            sheet = workbook.add_worksheet(_sheet_name(title, used))
            sheet.write_string(0, 0, f"{table['name']} – {section['title']}", bold)
            sheet.write_row(1, 0, table["columns"], bold)
            for row_number, row in enumerate(table["rows"], start=2):
                for column, cell in enumerate(row):
                    if isinstance(cell, bool) or cell is None:
                        sheet.write_string(row_number, column, "" if cell is None else str(cell))
                    elif isinstance(cell, int | float):
                        sheet.write_number(row_number, column, cell)
                    else:
                        sheet.write_string(row_number, column, str(cell))
            if table.get("note"):
                sheet.write_string(len(table["rows"]) + 3, 0, table["note"])
    workbook.close()
    return output.getvalue()


def _csv_cell(cell) -> str:
    if cell is None:
        return ""
    text = str(cell)
    # A label starting with = + - @ would be run as a formula by a spreadsheet (CSV injection).
    if isinstance(cell, str) and text[:1] in ("=", "+", "-", "@"):
        return "'" + text
    return text


def table_csv(table: dict) -> str:
    output = io.StringIO()
    writer = csv.writer(output, delimiter=";")
    writer.writerow([_csv_cell(column) for column in table["columns"]])
    for row in table["rows"]:
        writer.writerow([_csv_cell(cell) for cell in row])
    return output.getvalue()


def find_table(report: Report, code: str) -> dict | None:
    return next((t for t in (report.data or {}).get("indicators", []) if t["code"] == code), None)
