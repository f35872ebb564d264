"""The monitoring dashboards of the work UI.

``/monitoring/`` is for policy staff: every team and district of their municipality, for a period
of their choice, optionally narrowed to one team or district. ``/monitoring/team/`` is for a team
coordinator: their team this week (Monday to Sunday) and the trend of a few key figures over the
last twelve weeks. Each indicator is a section with its chart (server-side SVG) and the same
figures as a table. Both pages take GET parameters: they hold dates and team/district ids only,
never personal data, so a dashboard can be bookmarked. Only suppressed tables reach the page
(``plein.monitoring.indicators.compute``); anyone without monitoring gets 404.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET

from plein.core.replica import reporting_reads
from plein.monitoring import indicators
from plein.monitoring.charts import SUPPRESSED, bar_chart, format_value, line_chart
from plein.monitoring.indicators import INDICATORS, Indicator, Population, Table
from plein.monitoring.selectors import TREND_WEEKS, MonitoringScope, monitoring_scope, weekly_trend

PRESETS = {
    "dit-jaar": "Dit jaar",
    "vorige-maand": "Vorige maand",
    "4-maanden": "Laatste 4 maanden",
}


def preset_period(preset: str, today: date) -> tuple[date, date]:
    if preset == "vorige-maand":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if preset == "4-maanden":
        # Four whole months back from today: 27 November → 28 July up to and including today.
        month, year = today.month - 4, today.year
        if month < 1:
            month, year = month + 12, year - 1
        day = min(today.day, 28)
        return date(year, month, day) + timedelta(days=1), today
    return today.replace(month=1, day=1), today


class PeriodForm(forms.Form):
    """The policy dashboard's choices. Dates and ids only: safe in a URL."""

    van = forms.DateField(label="Van", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    tot = forms.DateField(label="Tot en met", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    periode = forms.ChoiceField(label="Snelkeuze", required=False, choices=[("", "—"), *PRESETS.items()])
    team = forms.TypedChoiceField(label="Team", required=False, coerce=int, empty_value=None)
    wijk = forms.TypedChoiceField(label="Wijk", required=False, coerce=int, empty_value=None)

    def __init__(self, *args, teams=(), districts=(), today: date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        self.fields["team"].choices = [("", "Alle teams"), *((team.pk, team.name) for team in teams)]
        self.fields["wijk"].choices = [("", "Alle wijken"), *((d.pk, str(d)) for d in districts)]

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if data.get("periode"):
            data["van"], data["tot"] = preset_period(data["periode"], self.today)
        default_start, default_end = preset_period("dit-jaar", self.today)
        data["van"] = data.get("van") or default_start
        data["tot"] = data.get("tot") or max(default_end, data["van"])
        if data["van"] > data["tot"]:
            raise forms.ValidationError("De begindatum moet vóór of op de einddatum liggen.")
        if data["van"] > self.today:
            raise forms.ValidationError(
                "Deze periode ligt helemaal in de toekomst: daarover zijn nog geen gegevens."
            )
        return data


def _iso_week(monday: date) -> str:
    """A Monday as an ISO week, the value of an ``<input type="week">``: 2026-W48."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


class WeekForm(forms.Form):
    """The team dashboard's week: an ISO week as browsers send it (2026-W48), this week by default.
    Only weeks that have begun: a future week has no figures yet."""

    week = forms.CharField(label="Week", required=False, widget=forms.TextInput(attrs={"type": "week"}))

    def __init__(self, *args, this_monday: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.this_monday = this_monday
        self.fields["week"].widget.attrs["max"] = _iso_week(this_monday)
        if not self.is_bound:
            self.initial["week"] = _iso_week(this_monday)

    def clean_week(self) -> date:
        value = (self.cleaned_data.get("week") or "").strip()
        if not value:
            return self.this_monday
        try:
            year, week = value.upper().split("-W")
            monday = date.fromisocalendar(int(year), int(week), 1)
        except ValueError:
            raise forms.ValidationError(
                "Kies een week, bijvoorbeeld %(voorbeeld)s.",
                params={"voorbeeld": _iso_week(self.this_monday)},
            ) from None
        if monday > self.this_monday:
            raise forms.ValidationError("Deze week is nog niet begonnen: daarover zijn nog geen gegevens.")
        return monday


@dataclass
class Section:
    """One indicator on the page: its chart and the (suppressed) table beside it."""

    anchor: str
    name: str
    description: str
    unit: str
    chart: SafeString | None
    table: Table
    rows: list[dict]


def _rows(table: Table) -> list[dict]:
    """The table's cells as text, with which cells are numbers (right-aligned) and which row is
    the total."""
    last = len(table.rows) - 1
    return [
        {
            "label": format_value(row[0]),
            "cells": [
                (format_value(cell), cell == SUPPRESSED or not isinstance(cell, str)) for cell in row[1:]
            ],
            "total": table.total_row and index == last,
        }
        for index, row in enumerate(table.rows)
    ]


def _section(indicator: Indicator, table: Table, *, anchor: str) -> Section:
    chart = None
    if indicator.chart == "line":
        chart = line_chart(table, title=indicator.name, chart_id=anchor)
    elif indicator.chart != "none":
        chart = bar_chart(table, title=indicator.name, chart_id=anchor)
    return Section(
        anchor=anchor,
        name=indicator.name,
        description=indicator.description,
        unit=indicator.unit,
        chart=chart,
        table=table,
        rows=_rows(table),
    )


def _sections(population: Population) -> list[Section]:
    with reporting_reads():
        tables = indicators.compute_all(population)
    return [
        _section(INDICATORS[code], table, anchor=f"indicator-{code}")
        for code, table in tables.items()
        if code in INDICATORS
    ]


def _chosen(options: list, wanted: str | None):
    """The option whose id is ``wanted`` (the first when none is asked for); an id outside the
    user's scope is not found, like every object outside need-to-know."""
    if not options:
        raise Http404
    if not wanted:
        return options[0]
    try:
        return next(option for option in options if option.pk == int(wanted))
    except (ValueError, StopIteration):
        raise Http404 from None


def _scope_or_404(request: HttpRequest) -> MonitoringScope:
    scope = monitoring_scope(request.user)
    if scope is None:
        raise Http404
    return scope


@require_GET
@login_required
def policy_dashboard(request: HttpRequest) -> HttpResponse:
    scope = _scope_or_404(request)
    if not scope.whole_municipality:
        raise Http404  # a team coordinator has /monitoring/team/
    municipalities = list(scope.municipalities())
    municipality = _chosen(municipalities, request.GET.get("gemeente"))
    teams = list(scope.teams().filter(municipality=municipality))
    districts = list(scope.districts().filter(municipality=municipality))
    today = timezone.localdate()
    form = PeriodForm(request.GET or None, teams=teams, districts=districts, today=today)
    sections, period = [], None
    if not request.GET or form.is_valid():
        data = form.cleaned_data if request.GET else {}
        start, end = (data["van"], data["tot"]) if data else preset_period("dit-jaar", today)
        team_id, district_id = data.get("team"), data.get("wijk")
        population = Population(
            municipality_id=municipality.pk,
            period_start=start,
            period_end=end,
            team_ids=frozenset({team_id}) if team_id else None,
            district_ids=frozenset({district_id}) if district_id else None,
        )
        sections = _sections(population)
        period = (start, end)
        if not request.GET:
            form = PeriodForm(
                initial={"van": start, "tot": end}, teams=teams, districts=districts, today=today
            )
    return render(
        request,
        "monitoring/dashboard/policy.html",
        {
            "form": form,
            "municipality": municipality,
            "municipalities": municipalities,
            "sections": sections,
            "period": period,
            "presets": PRESETS,
            "teams": teams,
            "districts": districts,
        },
    )


@require_GET
@login_required
def team_dashboard(request: HttpRequest) -> HttpResponse:
    scope = _scope_or_404(request)
    teams = list(scope.teams())
    if not teams:
        raise Http404
    team = _chosen(teams, request.GET.get("team"))
    today = timezone.localdate()
    this_monday = today - timedelta(days=today.weekday())
    week_form = WeekForm(request.GET if "week" in request.GET else None, this_monday=this_monday)
    monday = week_form.cleaned_data["week"] if week_form.is_valid() else this_monday
    sunday = monday + timedelta(days=6)
    population = Population(
        municipality_id=team.municipality_id,
        period_start=monday,
        period_end=sunday,
        team_ids=frozenset({team.pk}),
    )
    sections = _sections(population)
    with reporting_reads():
        trend = weekly_trend(municipality_id=team.municipality_id, team_id=team.pk, monday=monday)
    title = f"Trend over {TREND_WEEKS} weken"
    trend_section = Section(
        anchor="trend",
        name=title,
        description="Per week (maandag tot en met zondag): meldingen ontvangen, casussen geopend en casussen afgesloten.",
        unit="aantal per week",
        chart=line_chart(trend, title=title, chart_id="trend"),
        table=trend,
        rows=_rows(trend),
    )
    return render(
        request,
        "monitoring/dashboard/team.html",
        {
            "team": team,
            "teams": teams,
            "monday": monday,
            "sunday": sunday,
            "week": monday.isocalendar().week,
            "week_form": week_form,
            "this_week": monday == this_monday,
            "previous_week": _iso_week(monday - timedelta(weeks=1)),
            "next_week": _iso_week(monday + timedelta(weeks=1)) if monday < this_monday else None,
            "sections": sections,
            "trend": trend_section,
        },
    )
