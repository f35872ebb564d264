"""Work: legal terms, decisions and objections, and the teams' workload and caseload.

Workload is shown per team, never per professional: professionals are not residents, but a
policy figure about one named colleague would be a performance review, which monitoring is not.
"""

from django.db.models import Count, F, Q, Sum

from plein.cases.models import Case, Contact
from plein.decisions.models import Decision, Law, Objection
from plein.monitoring.indicators import Indicator, Population, Table, register
from plein.monitoring.indicators.common import (
    distribution,
    finish,
    in_period,
    period_bounds,
    scope,
    share,
    with_total,
)


def _decision_scope(population: Population) -> Q:
    # A provision request belongs to a team through its case; a direct application (no case) has
    # no team, so it drops out of a team's figures but counts for the municipality and its district.
    return scope(
        population,
        municipality="request__municipality_id",
        team="request__case__team_id",
        household="request__household",
    )


def legal_terms(population: Population) -> Table:
    """Per law: requests decided in the period (first sent decision, not one after an objection),
    and how many within the legal term. The same definition as
    ``plein.decisions.selectors.decision_term_compliance``, with the team and district filters."""
    rows_by_law = {
        row["request__law"]: row
        for row in Decision.objects.filter(
            _decision_scope(population),
            in_period(population, "sent_on", is_date=True),
            follows_objection__isnull=True,
        )
        .values("request__law")
        .annotate(
            decided=Count("request", distinct=True),
            in_time=Count("request", distinct=True, filter=Q(sent_on__lte=F("request__decision_due_on"))),
        )
        .order_by()
    }
    rows = []
    for law, label in Law.choices:
        row = rows_by_law.get(law, {"decided": 0, "in_time": 0})
        rows.append([label, row["decided"], row["in_time"], share(row["in_time"], row["decided"])])
    rows = with_total(rows, [1, 2])
    rows[-1][3] = share(rows[-1][2], rows[-1][1])
    return finish(
        Table(
            columns=["Wet", "Besloten aanvragen", "Binnen de termijn", "Binnen de termijn (%)"],
            rows=rows,
            count_columns=frozenset({1, 2}),
            total_row=True,
        ),
        rows[-1][1],
    )


def decisions(population: Population) -> Table:
    """Decisions sent in the period, by outcome (including new decisions after an objection)."""
    counts = dict(
        Decision.objects.filter(_decision_scope(population), in_period(population, "sent_on", is_date=True))
        .values_list("outcome")
        .annotate(n=Count("id"))
        .order_by()
    )
    return distribution(counts, Decision.Outcome.choices, columns=["Besluit", "Beschikkingen", "Aandeel (%)"])


def objections(population: Population) -> Table:
    """Objections received in the period, by outcome so far."""
    scope_q = scope(
        population,
        municipality="decision__request__municipality_id",
        team="decision__request__case__team_id",
        household="decision__request__household",
    )
    counts = dict(
        Objection.objects.filter(scope_q, in_period(population, "received_on", is_date=True))
        .values_list("outcome")
        .annotate(n=Count("id"))
        .order_by()
    )
    total = sum(counts.values())
    rows = [[label, counts.get(value, 0)] for value, label in Objection.Outcome.choices]
    rows.append(["Nog niet beslist", counts.get("", 0)])
    return finish(
        Table(
            columns=["Uitkomst", "Bezwaren"],
            rows=with_total(rows, [1]),
            count_columns=frozenset({1}),
            total_row=True,
        ),
        total,
    )


def workload(population: Population) -> Table:
    """Per team: contacts held in the period, their hours, the professionals who held them, and
    hours per professional. A contact with two professionals counts once for the team."""
    contacts = Contact.objects.filter(
        scope(
            population,
            municipality="case__municipality_id",
            team="case__team_id",
            household="case__household",
        ),
        in_period(population, "held_on", is_date=True),
    )
    per_team = {
        row["case__team__name"]: row
        for row in contacts.values("case__team__name")
        .annotate(contacts=Count("id"), minutes=Sum("duration_minutes"))
        .order_by()
    }
    professionals = {
        row["case__team__name"]: row["n"]
        for row in contacts.values("case__team__name")
        .annotate(n=Count("professionals", distinct=True))
        .order_by()
    }
    rows = []
    for name in sorted(per_team):
        hours = round(per_team[name]["minutes"] / 60, 1)
        people = professionals.get(name, 0)
        rows.append(
            [
                name,
                per_team[name]["contacts"],
                hours,
                people,
                round(per_team[name]["contacts"] / people, 1) if people else None,
                round(hours / people, 1) if people else None,
            ]
        )
    return finish(
        Table(
            columns=[
                "Team",
                "Contacten",
                "Uren",
                "Professionals",
                "Contacten per professional",
                "Uren per professional",
            ],
            rows=rows,
            count_columns=frozenset({1}),
        ),
        len(rows),
    )


def caseload(population: Population) -> Table:
    """Per team: cases open at the end of the period, their regiehouders, and cases per
    regiehouder (the caseload)."""
    _, end = period_bounds(population)
    counts = (
        Case.objects.filter(
            scope(population, municipality="municipality_id", team="team_id", household="household"),
            Q(opened_at__lt=end) & (Q(closed_at__isnull=True) | Q(closed_at__gte=end)),
        )
        .values("team__name")
        .annotate(open=Count("id"), coordinators=Count("coordinator", distinct=True))
        .order_by("team__name")
    )
    rows = [
        [
            row["team__name"],
            row["open"],
            row["coordinators"],
            round(row["open"] / row["coordinators"], 1) if row["coordinators"] else None,
        ]
        for row in counts
    ]
    return finish(
        Table(
            columns=["Team", "Open casussen", "Regiehouders", "Casussen per regiehouder"],
            rows=with_total(rows, [1]) if rows else [],
            count_columns=frozenset({1}),
            total_row=bool(rows),
        ),
        len(rows),
    )


register(
    Indicator(
        code="legal_terms",
        name="Wettelijke termijnen gehaald",
        description="Per wet hoeveel aanvragen binnen de wettelijke beslistermijn een beschikking kregen.",
        formula="Aanvragen met een eerste verzonden beschikking in de periode; binnen de termijn: verzonden op of vóór de uiterste beslisdatum (opschortingen meegerekend).",
        unit="aanvragen en procent",
        source="decisions.Decision (verzonden op), decisions.ProvisionRequest (uiterste beslisdatum, wet)",
        compute=legal_terms,
    )
)
register(
    Indicator(
        code="decisions",
        name="Beschikkingen: toegekend en afgewezen",
        description="Verzonden beschikkingen naar besluit.",
        formula="Beschikkingen met verzenddatum in de periode, per besluit (ook nieuwe beschikkingen na bezwaar).",
        unit="beschikkingen en procent",
        source="decisions.Decision (besluit, verzonden op)",
        compute=decisions,
    )
)
register(
    Indicator(
        code="objections",
        name="Bezwaren en hun uitkomst",
        description="Ontvangen bezwaren en hoe ze zijn afgehandeld.",
        formula="Bezwaren met ontvangstdatum in de periode, per uitkomst (of nog niet beslist).",
        unit="bezwaren",
        source="decisions.Objection",
        compute=objections,
        chart="none",
    )
)
register(
    Indicator(
        code="workload",
        name="Werklast per team",
        description="Contacten en uren per team en per professional in het team (gemiddeld); nooit per genoemde professional.",
        formula="Contacten met datum in de periode per team van de casus; uren = som van de duur / 60; per professional = gedeeld door het aantal professionals dat contacten had.",
        unit="contacten en uren",
        source="cases.Contact (datum, duur, professionals)",
        compute=workload,
    )
)
register(
    Indicator(
        code="caseload",
        name="Caseload per team",
        description="Open casussen per team aan het eind van de periode en het aantal casussen per regiehouder.",
        formula="Casussen open op de einddatum per team; per regiehouder = open casussen / aantal verschillende regiehouders.",
        unit="casussen",
        source="cases.Case (team, regiehouder, geopend op, afgesloten op)",
        compute=caseload,
    )
)
