"""Outcomes: where closed cases were solved (the kanteling), how residents' self-reliance and
participation changed, how satisfied they were, and which cases stay open long."""

from collections import defaultdict

from django.db.models import Count, Max, Q

from plein.cases.models import Case, DomainScore, Measurement, PlanItem, SatisfactionResponse
from plein.monitoring.indicators import Indicator, Population, Table, register
from plein.monitoring.indicators.common import (
    finish,
    in_period,
    mean,
    months_before,
    per_case,
    period_bounds,
    scope,
    share,
    with_total,
)


def _cases(population: Population):
    return Case.objects.filter(
        scope(population, municipality="municipality_id", team="team_id", household="household")
    )


def _closed_cases(population: Population):
    return _cases(population).filter(in_period(population, "closed_at"), state=Case.State.CLOSED)


def kanteling(population: Population) -> Table:
    """Closed cases by the heaviest rung of support their signed plans needed: a case whose plan
    had own strength and a customised provision was not solved by own strength, so the heaviest
    rung is the rung at which it was solved. The kanteling shows as shares moving to rungs 1–4."""
    # The rung as a subquery: grouping by an aggregate of the same query is not possible.
    rung = per_case(PlanItem.objects.filter(plan__signed_at__isnull=False), Max("rung"), case="plan__case")
    heaviest = (
        _closed_cases(population).annotate(rung=rung).values_list("rung").annotate(n=Count("id")).order_by()
    )
    counts = dict(heaviest)
    closed = sum(counts.values())
    rows = [[label, counts.get(value, 0)] for value, label in PlanItem.Rung.choices]
    rows.append(["Zonder ondertekend plan", counts.get(None, 0)])
    rows = [[*row, share(row[1], closed)] for row in rows]
    rows.append(["Totaal", closed, 100.0 if closed else None])
    return finish(
        Table(
            columns=["Zwaarste trede", "Afgesloten casussen", "Aandeel (%)"],
            rows=rows,
            count_columns=frozenset({1}),
            total_row=True,
        ),
        closed,
    )


def _first_and_last(values) -> dict[int, tuple]:
    """Per case, the values of its first and last measurement (by date, then id)."""
    ordered: dict[int, list] = defaultdict(list)
    for row in values:
        ordered[row[0]].append(row[1:])
    return {case_id: (rows[0], rows[-1]) for case_id, rows in ordered.items() if len(rows) >= 2}


def zrm_change(population: Population) -> Table:
    """Closed cases in the period: per life domain the change of the ZRM score between the first
    and the last measurement that scored it (positive: more self-reliant)."""
    scores = (
        DomainScore.objects.filter(measurement__case__in=_closed_cases(population))
        .order_by("measurement__case_id", "life_domain_id", "measurement__measured_on", "measurement_id")
        .values_list("measurement__case_id", "life_domain__order", "life_domain__name", "score")
    )
    series: dict[tuple, list[int]] = defaultdict(list)
    for case_id, order, name, score in scores:
        series[(order, name, case_id)].append(score)
    per_domain: dict[tuple, list[int]] = defaultdict(list)
    per_case: dict[int, int] = defaultdict(int)
    for (order, name, case_id), values in series.items():
        if len(values) >= 2:
            change = values[-1] - values[0]
            per_domain[(order, name)].append(change)
            per_case[case_id] += change
    rows = [
        [name, len(changes), mean(changes), share(sum(1 for c in changes if c > 0), len(changes))]
        for (order, name), changes in sorted(per_domain.items())
    ]
    overall = list(per_case.values())
    rows.append(
        [
            "Alle leefgebieden (som per casus)",
            len(overall),
            mean(overall),
            share(sum(1 for c in overall if c > 0), len(overall)),
        ]
    )
    return finish(
        Table(
            columns=["Leefgebied", "Casussen", "Gemiddelde verandering", "Verbeterd (%)"],
            rows=rows,
            count_columns=frozenset({1}),
        ),
        len(overall),
    )


def participation_change(population: Population) -> Table:
    """Closed cases in the period with a Participatieladder rung at two measurements or more:
    did the rung rise, stay or fall between the first and the last?"""
    values = (
        Measurement.objects.filter(case__in=_closed_cases(population), participation_rung__isnull=False)
        .order_by("case_id", "measured_on", "id")
        .values_list("case_id", "participation_rung")
    )
    changes = [last[0] - first[0] for first, last in _first_and_last(values).values()]
    groups = [
        ("Gestegen", [c for c in changes if c > 0]),
        ("Gelijk gebleven", [c for c in changes if c == 0]),
        ("Gedaald", [c for c in changes if c < 0]),
    ]
    rows = [[label, len(group), share(len(group), len(changes)), mean(group)] for label, group in groups]
    rows.append(["Totaal", len(changes), 100.0 if changes else None, mean(changes)])
    return finish(
        Table(
            columns=["Verandering", "Casussen", "Aandeel (%)", "Gemiddelde verandering (treden)"],
            rows=rows,
            count_columns=frozenset({1}),
            total_row=True,
        ),
        len(changes),
    )


def satisfaction(population: Population) -> Table:
    """The report marks residents gave at closure, in the period; declined answers are left out."""
    counts = dict(
        SatisfactionResponse.objects.filter(
            in_period(population, "given_on", is_date=True),
            case__in=_cases(population),
            declined=False,
        )
        .values_list("score")
        .annotate(n=Count("id"))
        .order_by()
    )
    answered = sum(counts.values())
    rows = [
        [str(score), counts.get(score, 0), share(counts.get(score, 0), answered), None]
        for score in range(1, 11)
    ]
    average = round(sum(score * n for score, n in counts.items()) / answered, 1) if answered else None
    rows.append(["Totaal", answered, 100.0 if answered else None, average])
    return finish(
        Table(
            columns=["Rapportcijfer", "Antwoorden", "Aandeel (%)", "Gemiddeld cijfer"],
            rows=rows,
            count_columns=frozenset({1}),
            total_row=True,
        ),
        answered,
    )


def open_long(population: Population) -> Table:
    """Per team, the cases open at the end of the period, and those open longer than three months
    then (the team should evaluate them in its case conference)."""
    _, end = period_bounds(population)
    limit_start, _ = period_bounds(
        Population(
            population.municipality_id,
            months_before(population.period_end, 3),
            months_before(population.period_end, 3),
        )
    )
    open_at_end = Q(opened_at__lt=end) & (Q(closed_at__isnull=True) | Q(closed_at__gte=end))
    counts = (
        _cases(population)
        .filter(open_at_end)
        .values("team__name")
        .annotate(open=Count("id"), long=Count("id", filter=Q(opened_at__lt=limit_start)))
        .order_by("team__name")
    )
    rows = [[row["team__name"], row["open"], row["long"], share(row["long"], row["open"])] for row in counts]
    if rows:
        rows = with_total(rows, [1, 2])
        rows[-1][3] = share(rows[-1][2], rows[-1][1])
    return finish(
        Table(
            columns=["Team", "Open casussen", "Langer dan 3 maanden open", "Aandeel (%)"],
            rows=rows,
            count_columns=frozenset({1, 2}),
            total_row=bool(rows),
        ),
        sum(row[1] for row in rows[:-1]) if rows else 0,
    )


register(
    Indicator(
        code="kanteling",
        name="De kanteling: opgelost op welke trede",
        description=(
            "Op welke trede van de ondersteuningsladder afgesloten casussen zijn opgelost. Per casus "
            "telt de zwaarste trede uit de ondertekende plannen: wie eigen kracht én een "
            "maatwerkvoorziening nodig had, is niet op eigen kracht opgelost."
        ),
        formula="Afgesloten casussen (afgesloten in de periode) per hoogste trede van de onderdelen van hun ondertekende plannen; aandeel = aantal / alle afgesloten × 100.",
        unit="casussen en procent",
        source="cases.Case, cases.SupportPlan (ondertekend op), cases.PlanItem (trede)",
        compute=kanteling,
    )
)
register(
    Indicator(
        code="zrm_change",
        name="Verandering in zelfredzaamheid (ZRM)",
        description="Hoe de ZRM-score per leefgebied veranderde tussen de eerste en de laatste meting van afgesloten casussen.",
        formula=(
            "Per leefgebied: casussen met een score bij minstens twee metingen; gemiddelde van (laatste − eerste score); "
            "aandeel met een hogere laatste score. De laatste rij telt per casus de som van de veranderingen."
        ),
        unit="ZRM-punten (1–5) en procent",
        source="cases.Measurement, cases.DomainScore",
        compute=zrm_change,
    )
)
register(
    Indicator(
        code="participation_change",
        name="Verandering op de Participatieladder",
        description="Of afgesloten casussen op de Participatieladder stegen, gelijk bleven of daalden.",
        formula="Afgesloten casussen met een trede bij minstens twee metingen: laatste − eerste trede, ingedeeld in gestegen/gelijk/gedaald.",
        unit="casussen, procent en treden",
        source="cases.Measurement (Participatieladder)",
        compute=participation_change,
    )
)
register(
    Indicator(
        code="satisfaction",
        name="Tevredenheid",
        description="Het rapportcijfer (1–10) dat inwoners bij het afsluiten gaven.",
        formula="Antwoorden gegeven in de periode (zonder weigeringen), per cijfer; gemiddelde = som van de cijfers / aantal.",
        unit="antwoorden en rapportcijfer",
        source="cases.SatisfactionResponse",
        compute=satisfaction,
    )
)
register(
    Indicator(
        code="open_long",
        name="Casussen langer dan drie maanden open",
        description="Per team de casussen die aan het eind van de periode open waren, en hoeveel daarvan langer dan drie maanden.",
        formula="Open op de einddatum: geopend vóór het eind en niet (of pas later) afgesloten; lang open: geopend vóór einddatum − 3 maanden.",
        unit="casussen",
        source="cases.Case (geopend op, afgesloten op, team)",
        compute=open_long,
    )
)
