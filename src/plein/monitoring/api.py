"""API for monitoring: the indicator definitions, one indicator's (suppressed) table for a period
and area, and the periodic reports.

Aggregates only: every table is suppressed (counts under 5 are "<5") before it leaves Plein, and
nothing names a resident or a case. Who sees what follows ``monitoring_scope``: policy staff their
whole municipality, a team coordinator their own team(s); reports are for policy staff only.
Everyone else gets the same 404 as for something that does not exist.
"""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status

from plein.areas.models import Municipality
from plein.core.api_common import COMMON_ERRORS, ErrorOut, InputSchema
from plein.core.replica import reporting_reads
from plein.monitoring import indicators as indicator_registry
from plein.monitoring import reports
from plein.monitoring.indicators import Population
from plein.monitoring.models import Report
from plein.monitoring.selectors import MonitoringScope, monitoring_scope

router = Router(tags=["Monitoring"])

MAX_ID = 2**63 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
# Dates outside this range are typing errors (and the indicators' date arithmetic would overflow).
EARLIEST, LATEST = date(reports.EARLIEST_YEAR, 1, 1), date(reports.LATEST_YEAR, 12, 31)
ApiDate = Annotated[date, Field(ge=EARLIEST, le=LATEST)]

NOT_FOUND_ERRORS = {404: ErrorOut, **COMMON_ERRORS}
READ_ERRORS = {400: ErrorOut, 404: ErrorOut, **COMMON_ERRORS}
WRITE_ERRORS = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, **COMMON_ERRORS}

ReportKind = StrEnum("ReportKind", {member.name: member.value for member in Report.Kind})
ReportStatus = StrEnum("ReportStatus", {member.name: member.value for member in Report.Status})

Cell = str | int | float | None


class IndicatorOut(Schema):
    code: str
    name: str
    description: str
    formula: str
    unit: str
    source: str


class TableOut(Schema):
    code: str
    name: str
    description: str
    unit: str
    columns: list[str]
    rows: list[list[Cell]] = Field(description='Per rij een label en de waarden; aantallen onder 5 als "<5".')
    note: str


class IndicatorTableOut(TableOut):
    municipality_id: int
    period_start: date
    period_end: date
    team_id: int | None
    district_id: int | None


class IndicatorQuery(InputSchema):
    period_start: ApiDate | None = Field(None, description="Eerste dag; standaard 1 januari van dit jaar.")
    period_end: ApiDate | None = Field(None, description="Laatste dag (inbegrepen); standaard vandaag.")
    municipality_id: Id | None = Field(None, description="Nodig als u voor meer gemeenten werkt.")
    team_id: Id | None = None
    district_id: Id | None = None


class ReportOut(Schema):
    id: int
    municipality_id: int
    kind: ReportKind
    period_start: date
    period_end: date
    status: ReportStatus
    progress: int
    requested_at: datetime
    finished_at: datetime | None


class ReportDetailOut(ReportOut):
    data: dict[str, Any] | None = Field(
        description="De tabellen (alleen als de rapportage klaar is): indicators, teams en districts."
    )


class ReportIn(InputSchema):
    kind: ReportKind
    year: Annotated[int, Field(ge=reports.EARLIEST_YEAR, le=reports.LATEST_YEAR)] | None = Field(
        None, description="Voor 4m, 8m en 12m: de periode loopt vanaf 1 januari van dit jaar."
    )
    period_start: ApiDate | None = Field(None, description="Alleen voor comparison.")
    period_end: ApiDate | None = Field(None, description="Alleen voor comparison.")
    municipality_id: Id | None = Field(None, description="Nodig als u voor meer gemeenten werkt.")


def _scope(request: HttpRequest) -> MonitoringScope:
    scope = monitoring_scope(request.auth)
    if scope is None:
        raise Http404
    return scope


def _municipality_id(requested: int | None, allowed: frozenset[int]) -> int:
    if requested is not None:
        if requested not in allowed:
            raise Http404
        return requested
    if len(allowed) != 1:
        raise ValidationError({"municipality_id": "Kies de gemeente: u werkt voor meer dan één gemeente."})
    return next(iter(allowed))


@router.get(
    "/monitoring/indicators",
    response={200: list[IndicatorOut], **NOT_FOUND_ERRORS},
    summary="De indicatoren van de monitoring, met hun definitie",
)
def indicator_list(request: HttpRequest):
    _scope(request)
    return list(indicator_registry.INDICATORS.values())


@router.get(
    "/monitoring/indicators/{code}",
    response={200: IndicatorTableOut, **READ_ERRORS},
    summary="De tabel van één indicator voor een periode, team of wijk (met onderdrukking van kleine aantallen)",
)
def indicator_table(request: HttpRequest, code: str, filters: Query[IndicatorQuery]):
    scope = _scope(request)
    if code not in indicator_registry.INDICATORS:
        raise Http404
    today = timezone.localdate()
    start = filters.period_start or date(today.year, 1, 1)
    end = filters.period_end or today
    errors = {}
    if end < start:
        errors["period_end"] = ["De periode kan niet eindigen voordat hij begint."]
    if start > today:
        errors["period_start"] = ["Deze periode is nog niet begonnen."]
    if errors:
        raise ValidationError(errors)
    municipality_id = _municipality_id(filters.municipality_id, scope.municipality_ids)
    team_ids = None if scope.whole_municipality else scope.team_ids
    district_ids = None
    if filters.team_id is not None:
        if filters.team_id not in scope.team_ids:
            raise Http404
        team_ids = frozenset({filters.team_id})
    if filters.district_id is not None:
        if filters.district_id not in scope.district_ids:
            raise Http404
        district_ids = frozenset({filters.district_id})
    population = Population(municipality_id, start, end, team_ids=team_ids, district_ids=district_ids)
    with reporting_reads():
        table = reports.table_dict(code, indicator_registry.compute(code, population))
    return {
        **table,
        "municipality_id": municipality_id,
        "period_start": start,
        "period_end": end,
        "team_id": filters.team_id,
        "district_id": filters.district_id,
    }


def _reports(request: HttpRequest):
    if not reports.policy_municipality_ids(request.auth):
        raise Http404
    return reports.reports_visible_to(request.auth)


def _report_detail(report: Report) -> dict:
    return {
        "id": report.pk,
        "municipality_id": report.municipality_id,
        "kind": report.kind,
        "period_start": report.period_start,
        "period_end": report.period_end,
        "status": report.status,
        "progress": report.progress,
        "requested_at": report.requested_at,
        "finished_at": report.finished_at,
        "data": report.data if report.status == Report.Status.DONE else None,
    }


@router.get(
    "/monitoring/reports",
    response={200: list[ReportOut], **NOT_FOUND_ERRORS},
    summary="De rapportages van mijn gemeente (beleidsmedewerkers), nieuwste eerst",
)
def report_list(request: HttpRequest):
    return list(_reports(request).order_by("-requested_at", "-id")[:100])


@router.get(
    "/monitoring/reports/{report_id}",
    response={200: ReportDetailOut, **NOT_FOUND_ERRORS},
    summary="Eén rapportage: status, voortgang en, als hij klaar is, de tabellen",
)
def report_detail(request: HttpRequest, report_id: Id):
    return _report_detail(get_object_or_404(_reports(request), pk=report_id))


@router.post(
    "/monitoring/reports",
    response={201: ReportDetailOut, **WRITE_ERRORS},
    summary="Een rapportage laten maken (beleidsmedewerkers)",
    description=(
        "4m, 8m en 12m met `year` (vanaf 1 januari); comparison (teams en wijken) met `period_start` en "
        "`period_end`. De rapportage wordt op de achtergrond gemaakt: volg `status` en `progress`."
    ),
)
def report_create(request: HttpRequest, payload: ReportIn):
    allowed = reports.policy_municipality_ids(request.auth)
    if not allowed:
        raise Http404
    municipality = Municipality.objects.get(pk=_municipality_id(payload.municipality_id, allowed))
    report = reports.report_request(
        actor=request.auth,
        municipality=municipality,
        kind=payload.kind.value,
        year=payload.year,
        period_start=payload.period_start,
        period_end=payload.period_end,
    )
    return Status(201, _report_detail(report))
