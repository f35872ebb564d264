"""The population budget page: per team and per district the year's budget, what was spent so
far (customised provisions and team hours), the forecast for the year and the share of the budget.

Amounts only, never a resident or a case. Policy staff see every team and district of their
municipalities; a team coordinator sees their own team(s) and the districts those serve; anyone
else gets a 404 (``monitoring_scope``). The figures come from ``plein.monitoring.budgets``.
"""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from plein.areas.models import Municipality, Team
from plein.core.replica import reporting_reads
from plein.monitoring.budgets import budget_overview
from plein.monitoring.models import AreaBudget
from plein.monitoring.selectors import monitoring_scope

EARLIEST_YEAR = 2015


class BudgetFilterForm(forms.Form):
    jaar = forms.TypedChoiceField(label="Jaar", coerce=int, choices=())
    gemeente = forms.ModelChoiceField(
        label="Gemeente", queryset=Municipality.objects.none(), empty_label=None, required=False
    )

    def __init__(self, *args, years: list[int], municipalities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["jaar"].choices = [(year, str(year)) for year in years]
        self.fields["gemeente"].queryset = municipalities
        if len(municipalities) == 1:
            self.fields["gemeente"].widget = forms.HiddenInput()


def _years(municipality_ids) -> list[int]:
    """This year, the four before it and any other year with a budget, newest first."""
    this_year = timezone.localdate().year
    with_budget = AreaBudget.objects.filter(district__municipality_id__in=municipality_ids).values_list(
        "year", flat=True
    )
    return sorted(
        set(range(max(EARLIEST_YEAR, this_year - 4), this_year + 1)) | set(with_budget), reverse=True
    )


@login_required
def budget(request: HttpRequest) -> HttpResponse:
    scope = monitoring_scope(request.user)
    if scope is None:
        raise Http404
    municipalities = scope.municipalities()
    years = _years(scope.municipality_ids)
    initial = {"jaar": timezone.localdate().year, "gemeente": municipalities.first()}
    form = BudgetFilterForm(
        request.GET if request.GET else None, initial=initial, years=years, municipalities=municipalities
    )
    # A missing or invalid choice falls back to this year and the first municipality (the form
    # shows why); the other choice still counts.
    cleaned = {}
    if form.is_bound:
        form.is_valid()  # cleaned_data then holds the valid choices, errors name the others
        cleaned = form.cleaned_data
    year = cleaned.get("jaar") or initial["jaar"]
    municipality = cleaned.get("gemeente") or initial["gemeente"]
    overview = None
    if municipality is not None:
        team_ids = None
        if not scope.whole_municipality:
            team_ids = frozenset(
                Team.objects.filter(pk__in=scope.team_ids, municipality=municipality).values_list(
                    "pk", flat=True
                )
            )
        with reporting_reads():
            overview = budget_overview(municipality.pk, year, team_ids=team_ids)
    return render(
        request,
        "monitoring/budget/budget.html",
        {"form": form, "overview": overview, "municipality": municipality, "year": year},
    )
