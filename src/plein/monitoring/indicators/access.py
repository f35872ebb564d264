"""Access: how residents reach Plein, what happened to their requests, and how long it took."""

from django.db.models import Count, Min

from plein.cases.models import Assessment, Case, SupportPlan
from plein.intake.models import Request
from plein.monitoring.indicators import Indicator, Population, Table, register
from plein.monitoring.indicators.common import (
    distribution,
    finish,
    in_period,
    local_date,
    median,
    per_case,
    percentile,
    scope,
    with_total,
)


def _requests(population: Population):
    return Request.objects.filter(
        scope(population, municipality="municipality_id", team="team_id", household="household"),
        in_period(population, "received_at"),
    )


def _by_choice(population: Population, field: str, choices) -> Table:
    counts = dict(_requests(population).values_list(field).annotate(n=Count("id")).order_by())
    rows = [[label, counts.get(value, 0)] for value, label in choices]
    total = sum(counts.values())
    return finish(
        Table(
            columns=["Kanaal" if field == "channel" else "Melder", "Meldingen"],
            rows=with_total(rows, [1]),
            count_columns=frozenset({1}),
            total_row=True,
        ),
        total,
    )


def requests_by_channel(population: Population) -> Table:
    return _by_choice(population, "channel", Request.Channel.choices)


def requests_by_source(population: Population) -> Table:
    return _by_choice(population, "source", Request.Source.choices)


def request_outcomes(population: Population) -> Table:
    """Of the requests received in the period that have an outcome: how they ended."""
    counts = dict(
        _requests(population).exclude(outcome="").values_list("outcome").annotate(n=Count("id")).order_by()
    )
    return distribution(counts, Request.Outcome.choices, columns=["Uitkomst", "Meldingen", "Aandeel (%)"])


STEPS = [
    ("Melding → eerste gesprek", "requested", "conversation"),
    ("Eerste gesprek → ondertekend plan", "conversation", "signed"),
    ("Ondertekend plan → afsluiting", "signed", "closed"),
    ("Melding → afsluiting", "requested", "closed"),
]


def throughput_times(population: Population) -> Table:
    """Per step, the cases whose step ended in the period: median and 90th percentile in days.
    A case without a request starts when it was opened (a team's own outreach)."""
    first = {
        "requested": per_case(Request.objects.all(), Min("received_at"), case="cases"),
        "conversation": per_case(Assessment.objects.all(), Min("held_on")),
        "signed": per_case(SupportPlan.objects.filter(signed_at__isnull=False), Min("signed_at")),
    }
    cases = (
        Case.objects.filter(
            scope(population, municipality="municipality_id", team="team_id", household="household")
        )
        .annotate(**first)
        .filter(
            in_period(population, "conversation", is_date=True)
            | in_period(population, "signed")
            | in_period(population, "closed_at")
        )
        .values("opened_at", "requested", "conversation", "signed", "closed_at")
    )
    durations: dict[str, list[int]] = {label: [] for label, _, _ in STEPS}
    for case in cases:
        moments = {
            "requested": local_date(case["requested"] or case["opened_at"]),
            "conversation": local_date(case["conversation"]),
            "signed": local_date(case["signed"]),
            "closed": local_date(case["closed_at"]),
        }
        for label, start, end in STEPS:
            begin, finish_on = moments[start], moments[end]
            if begin is None or finish_on is None:
                continue
            if population.period_start <= finish_on <= population.period_end:
                durations[label].append((finish_on - begin).days)
    rows = [[label, len(days), median(days), percentile(days, 0.9)] for label, days in durations.items()]
    return finish(
        Table(
            columns=["Stap", "Casussen", "Mediaan (dagen)", "90e percentiel (dagen)"],
            rows=rows,
            count_columns=frozenset({1}),
        ),
        sum(row[1] for row in rows),
    )


SIGNAL_CHANNELS = (Request.Channel.PROFESSIONAL_SIGNAL, Request.Channel.ENVIRONMENT_SIGNAL)


def district_signals(population: Population) -> Table:
    """Signals (from professionals and from the neighbourhood) per district: where problems
    surface that no resident asked about. Plein records no separate "gap in the offer" signal."""
    counts = (
        _requests(population)
        .filter(channel__in=SIGNAL_CHANNELS)
        .values("household__address__neighbourhood__district__name", "channel")
        .annotate(n=Count("id"))
        .order_by()
    )
    per_district: dict[str, dict[str, int]] = {}
    for row in counts:
        name = row["household__address__neighbourhood__district__name"] or "Onbekend adres"
        per_district.setdefault(name, {})[row["channel"]] = row["n"]
    rows = []
    for name in sorted(per_district, key=lambda n: (n == "Onbekend adres", n)):
        professional = per_district[name].get(Request.Channel.PROFESSIONAL_SIGNAL, 0)
        environment = per_district[name].get(Request.Channel.ENVIRONMENT_SIGNAL, 0)
        rows.append([name, professional, environment, professional + environment])
    total = sum(row[3] for row in rows)
    return finish(
        Table(
            columns=["Wijk", "Signalen van professionals", "Signalen uit de omgeving", "Totaal"],
            rows=with_total(rows, [1, 2, 3]) if rows else [],
            count_columns=frozenset({1, 2, 3}),
            total_row=bool(rows),
            total_column=3,
        ),
        total,
    )


register(
    Indicator(
        code="requests_by_channel",
        name="Meldingen per kanaal",
        description="Hoeveel meldingen, vragen en signalen binnenkwamen, per kanaal.",
        formula="Aantal meldingen met ontvangstdatum in de periode, per kanaal.",
        unit="meldingen",
        source="intake.Request (kanaal, ontvangen op)",
        compute=requests_by_channel,
    )
)
register(
    Indicator(
        code="requests_by_source",
        name="Meldingen per melder",
        description="Wie de meldingen deed: de inwoner zelf, het netwerk, een professional of anoniem.",
        formula="Aantal meldingen met ontvangstdatum in de periode, per soort melder.",
        unit="meldingen",
        source="intake.Request (melder, ontvangen op)",
        compute=requests_by_source,
    )
)
register(
    Indicator(
        code="request_outcomes",
        name="Uitkomst van meldingen",
        description="Welk deel van de meldingen direct beantwoord, doorgezet, naar het team gestuurd of als crisis opgepakt is.",
        formula="Meldingen ontvangen in de periode met een uitkomst, per uitkomst; aandeel = aantal / totaal met uitkomst × 100.",
        unit="meldingen en procent",
        source="intake.Request (uitkomst, ontvangen op)",
        compute=request_outcomes,
    )
)
register(
    Indicator(
        code="throughput_times",
        name="Doorlooptijden",
        description="Hoe lang het duurt van melding tot eerste (brede) gesprek, tot ondertekend plan en tot afsluiting.",
        formula=(
            "Per stap de casussen waarvan de stap in de periode eindigde; dagen tussen begin en eind "
            "(eerste melding of opening van de casus, eerste breed gesprek, eerste ondertekende plan, afsluiting). "
            "Mediaan en 90e percentiel (nearest rank)."
        ),
        unit="dagen",
        source="intake.Request, cases.Assessment, cases.SupportPlan, cases.Case",
        compute=throughput_times,
    )
)
register(
    Indicator(
        code="district_signals",
        name="Signalen per wijk",
        description=(
            "Signalen van professionals en uit de omgeving per wijk: waar zorgen opkomen waar geen "
            "inwoner om vroeg. Een aparte registratie van 'gaten in het aanbod' bestaat (nog) niet."
        ),
        formula="Meldingen met kanaal 'signaal van een professional' of 'signaal uit de omgeving', ontvangen in de periode, per wijk van het huishouden.",
        unit="signalen",
        source="intake.Request (kanaal, huishouden → adres → buurt → wijk)",
        compute=district_signals,
    )
)
