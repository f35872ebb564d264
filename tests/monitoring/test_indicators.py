"""Every indicator on ``small_world`` (tests/monitoring/conftest.py), with its answer written out.

``compute_raw`` gives the figures before suppression (only for tests); ``compute`` what every
output shows.
"""

from datetime import date
from numbers import Number

import pytest

from plein.decisions.selectors import decision_term_compliance
from plein.monitoring.indicators import INDICATORS, Population, compute, compute_all, compute_raw
from plein.monitoring.indicators.common import FUTURE, NO_DATA, months_before, percentile
from plein.monitoring.suppression import HIDDEN
from tests import factories

pytestmark = pytest.mark.django_db

CODES = [
    "requests_by_channel",
    "requests_by_source",
    "request_outcomes",
    "throughput_times",
    "district_signals",
    "kanteling",
    "zrm_change",
    "participation_change",
    "satisfaction",
    "open_long",
    "legal_terms",
    "decisions",
    "objections",
    "workload",
    "caseload",
]


def test_every_indicator_is_registered_and_documented():
    assert list(INDICATORS) == CODES
    with open("docs/indicators.md", encoding="utf-8") as docs:
        text = docs.read()
    for code, indicator in INDICATORS.items():
        assert f"`{code}`" in text
        assert indicator.name and indicator.description and indicator.formula
        assert indicator.unit and indicator.source


def test_requests_by_channel(small_world):
    table = compute_raw("requests_by_channel", small_world.population())
    assert table.rows == [
        ["Website (Click)", 3],
        ["Telefoon (Call)", 5],
        ["E-mail (Call)", 0],
        ["Balie (Contact)", 2],
        ["Signaal van een professional", 1],
        ["Signaal uit de omgeving", 1],
        ["Outreachend door het team", 0],
        ["Totaal", 12],
    ]
    assert table.note == ""
    assert compute("requests_by_channel", small_world.population()).rows == [
        ["Website (Click)", HIDDEN],
        ["Telefoon (Call)", 5],
        ["E-mail (Call)", 0],
        ["Balie (Contact)", HIDDEN],
        ["Signaal van een professional", HIDDEN],
        ["Signaal uit de omgeving", HIDDEN],
        ["Outreachend door het team", 0],
        ["Totaal", 12],
    ]


def test_requests_by_channel_of_one_team(small_world):
    table = compute_raw("requests_by_channel", small_world.population(team_ids=[small_world.noord.pk]))
    assert [row[1] for row in table.rows] == [1, 4, 0, 1, 1, 0, 0, 7]


def test_requests_by_source(small_world):
    assert compute_raw("requests_by_source", small_world.population()).rows == [
        ["De inwoner zelf", 7],
        ["Iemand uit het netwerk", 2],
        ["Een professional", 2],
        ["Anoniem", 1],
        ["Totaal", 12],
    ]


def test_request_outcomes(small_world):
    population = small_world.population()
    assert compute_raw("request_outcomes", population).rows == [
        ["Direct beantwoord", 4, 36.4],
        ["Doorgezet naar netwerkpartner", 2, 18.2],
        ["Naar team voor breed gesprek", 5, 45.5],
        ["Crisis: direct hulp, team volgt op", 0, 0.0],
        ["Totaal", 11, 100.0],
    ]
    # The shares of hidden counts are hidden too: 36.4 % of 11 would give the 4 away.
    assert compute("request_outcomes", population).rows == [
        ["Direct beantwoord", HIDDEN, HIDDEN],
        ["Doorgezet naar netwerkpartner", HIDDEN, HIDDEN],
        ["Naar team voor breed gesprek", 5, 45.5],
        ["Crisis: direct hulp, team volgt op", 0, 0.0],
        ["Totaal", 11, 100.0],
    ]


def test_throughput_times(small_world):
    population = small_world.population()
    # Request → conversation: C1 10, C2 10, C3 20, C4 14, C5 20, C6 5 days (C7's was in 2024).
    # Conversation → plan: C1, C2, C5, C6 30 days, C3 60. Plan → closure: 60, 90, 120, 151, 234.
    # Request (or opening) → closure: 100, 130, 200, 201, 273 (C7 from its opening on 2024-06-01).
    assert compute_raw("throughput_times", population).rows == [
        ["Melding → eerste gesprek", 6, 12.0, 20],
        ["Eerste gesprek → ondertekend plan", 5, 30, 60],
        ["Ondertekend plan → afsluiting", 5, 120, 234],
        ["Melding → afsluiting", 5, 200, 273],
    ]


def test_throughput_times_of_one_team_hide_medians_of_few_cases(small_world):
    table = compute("throughput_times", small_world.population(team_ids=[small_world.zuid.pk]))
    # Team Zuid: C5 and C6 had their conversation in 2025, C5 and C6 signed, C5 and C7 closed.
    assert table.rows == [
        ["Melding → eerste gesprek", HIDDEN, HIDDEN, HIDDEN],
        ["Eerste gesprek → ondertekend plan", HIDDEN, HIDDEN, HIDDEN],
        ["Ondertekend plan → afsluiting", HIDDEN, HIDDEN, HIDDEN],
        ["Melding → afsluiting", HIDDEN, HIDDEN, HIDDEN],
    ]


def test_percentile_is_nearest_rank():
    assert percentile([], 0.9) is None
    assert percentile([5, 10, 10, 14, 20, 20], 0.9) == 20
    assert percentile(list(range(1, 11)), 0.9) == 9
    assert percentile([7], 0.5) == 7


def test_district_signals(small_world):
    population = small_world.population()
    assert compute_raw("district_signals", population).rows == [
        ["Wijk Noord", 1, 0, 1],
        ["Wijk Zuid", 0, 1, 1],
        ["Totaal", 1, 1, 2],
    ]
    assert compute("district_signals", population).rows == [
        ["Wijk Noord", HIDDEN, 0, HIDDEN],
        ["Wijk Zuid", 0, HIDDEN, HIDDEN],
        ["Totaal", HIDDEN, HIDDEN, HIDDEN],
    ]


def test_kanteling(small_world):
    assert compute_raw("kanteling", small_world.population()).rows == [
        ["Eigen kracht", 1, 20.0],
        ["Netwerk / mantelzorg", 2, 40.0],
        ["Vrijwilligers", 0, 0.0],
        ["Algemene voorziening (vrij toegankelijk)", 0, 0.0],
        ["Ondersteuning door het team", 1, 20.0],
        ["Maatwerkvoorziening (beschikking)", 1, 20.0],
        ["Specialistische zorg", 0, 0.0],  # C3's draft with rung 7 was never signed
        ["Zonder ondertekend plan", 0, 0.0],
        ["Totaal", 5, 100.0],
    ]


def test_kanteling_of_one_district(small_world):
    table = compute_raw("kanteling", small_world.population(district_ids=[small_world.wijk_zuid.pk]))
    assert [row[1] for row in table.rows] == [0, 1, 0, 0, 1, 0, 0, 0, 2]


def test_zrm_change(small_world):
    # Finances: C1 +2, C2 +2, C3 −1, C5 0, C7 +2. Housing: C1 0, C2 +2, C3 0, C7 +1 (C5 once).
    table = compute_raw("zrm_change", small_world.population())
    assert table.rows == [
        ["Financiën", 5, 1.0, 60.0],
        ["Huisvesting", 4, 0.75, 50.0],
        ["Alle leefgebieden (som per casus)", 5, 1.6, 60.0],
    ]
    assert compute("zrm_change", small_world.population()).rows == [
        ["Financiën", 5, 1.0, 60.0],
        ["Huisvesting", HIDDEN, HIDDEN, HIDDEN],
        ["Alle leefgebieden (som per casus)", 5, 1.6, 60.0],
    ]


def test_participation_change(small_world):
    # C1 +1, C2 0, C3 −1, C5 +2, C7 +2 (its interim measurement had no rung).
    assert compute_raw("participation_change", small_world.population()).rows == [
        ["Gestegen", 3, 60.0, 1.67],
        ["Gelijk gebleven", 1, 20.0, 0.0],
        ["Gedaald", 1, 20.0, -1.0],
        ["Totaal", 5, 100.0, 0.8],
    ]


def test_satisfaction(small_world):
    population = small_world.population()
    rows = compute_raw("satisfaction", population).rows
    assert rows[6:9] == [["7", 1, 25.0, None], ["8", 2, 50.0, None], ["9", 1, 25.0, None]]
    assert rows[0] == ["1", 0, 0.0, None]
    assert rows[-1] == ["Totaal", 4, 100.0, 8.0]  # C7 declined to answer
    # Four answers: even the mean is hidden.
    assert compute("satisfaction", population).rows[-1] == ["Totaal", HIDDEN, HIDDEN, HIDDEN]


def test_open_long(small_world):
    # Open on 2025-12-31: C4 (since July) and C8 (since November) of Noord, C6 (since May) of Zuid.
    assert compute_raw("open_long", small_world.population()).rows == [
        ["Team Noord", 2, 1, 50.0],
        ["Team Zuid", 1, 1, 100.0],
        ["Totaal", 3, 2, 66.7],
    ]


def test_months_before():
    assert months_before(date(2025, 12, 31), 3) == date(2025, 9, 30)
    assert months_before(date(2025, 5, 31), 3) == date(2025, 2, 28)
    assert months_before(date(2025, 2, 15), 3) == date(2024, 11, 15)


def test_legal_terms(small_world):
    population = small_world.population()
    # Wmo: C2 in time, C5 late, C1 in time; the new decision after the objection does not count.
    assert compute_raw("legal_terms", population).rows == [
        ["Wmo 2015", 3, 2, 66.7],
        ["Jeugdwet", 1, 1, 100.0],
        ["Participatiewet", 0, 0, None],
        ["Totaal", 4, 3, 75.0],
    ]
    # The same definition as the decisions context's own figure.
    compliance = decision_term_compliance(
        municipality_id=small_world.municipality.pk, start=date(2025, 1, 1), end=date(2025, 12, 31)
    )
    assert [(row.law, row.decided, row.in_time) for row in compliance] == [
        ("jeugdwet", 1, 1),
        ("wmo", 3, 2),
    ]
    assert compute_raw("legal_terms", small_world.population(team_ids=[small_world.noord.pk])).rows == [
        ["Wmo 2015", 2, 2, 100.0],
        ["Jeugdwet", 0, 0, None],
        ["Participatiewet", 0, 0, None],
        ["Totaal", 2, 2, 100.0],
    ]


def test_decisions(small_world):
    assert compute_raw("decisions", small_world.population()).rows == [
        ["Toekenning", 3, 60.0],
        ["Gedeeltelijke toekenning", 1, 20.0],
        ["Afwijzing", 1, 20.0],
        ["Totaal", 5, 100.0],
    ]


def test_objections(small_world):
    assert compute_raw("objections", small_world.population()).rows == [
        ["Gegrond", 1],
        ["Deels gegrond", 0],
        ["Ongegrond", 0],
        ["Niet-ontvankelijk", 0],
        ["Ingetrokken", 0],
        ["Nog niet beslist", 0],
        ["Totaal", 1],
    ]


def test_workload(small_world):
    # Noord: 60 + 30 + 90 + 45 minutes by two professionals; Zuid: 60 + 120 by one (2024 left out).
    table = compute_raw("workload", small_world.population())
    assert table.rows == [
        ["Team Noord", 4, 3.8, 2, 2.0, 1.9],
        ["Team Zuid", 2, 3.0, 1, 2.0, 3.0],
    ]
    # Per team only: no professional's name anywhere.
    assert "Medewerker" not in str(table.rows)


def test_caseload(small_world):
    assert compute_raw("caseload", small_world.population()).rows == [
        ["Team Noord", 2, 1, 2.0],
        ["Team Zuid", 1, 1, 1.0],
        ["Totaal", 3, None, None],
    ]


# --- bad input ----------------------------------------------------------------------------------


def _assert_no_small_cells(tables):
    for code, table in tables.items():
        for row in table.rows:
            hidden = any(row[c] == HIDDEN for c in table.count_columns)
            for c, cell in enumerate(row[1:], start=1):
                if c in table.count_columns:
                    assert not (isinstance(cell, Number) and 0 < cell < 5), (code, row)
                elif hidden:
                    assert not isinstance(cell, Number), (code, row)


def test_a_period_without_data(small_world):
    tables = compute_all(small_world.population(date(2023, 1, 1), date(2023, 12, 31)))
    assert set(tables) == set(CODES)
    for code, table in tables.items():
        assert table.note == NO_DATA, code
    assert tables["request_outcomes"].rows[-1] == ["Totaal", 0, None]
    assert tables["throughput_times"].rows[0] == ["Melding → eerste gesprek", 0, None, None]
    assert tables["satisfaction"].rows[-1] == ["Totaal", 0, None, None]
    assert tables["workload"].rows == []


def test_a_future_period(small_world):
    tables = compute_all(small_world.population(date(2030, 1, 1), date(2030, 12, 31)))
    for code, table in tables.items():
        assert table.note == FUTURE, code


def test_an_area_with_one_case(small_world):
    # Wijk Zuid in November and December: only C6 is open; C5 closed in October.
    population = small_world.population(
        date(2025, 11, 1), date(2025, 12, 31), district_ids=[small_world.wijk_zuid.pk]
    )
    tables = compute_all(population)
    _assert_no_small_cells(tables)
    assert tables["caseload"].rows == [["Team Zuid", HIDDEN, HIDDEN, HIDDEN], ["Totaal", HIDDEN, None, None]]
    assert tables["open_long"].rows == [
        ["Team Zuid", HIDDEN, HIDDEN, HIDDEN],
        ["Totaal", HIDDEN, HIDDEN, HIDDEN],
    ]


def test_no_small_cells_leak_anywhere(small_world):
    _assert_no_small_cells(compute_all(small_world.population()))
    for team in (small_world.noord, small_world.zuid):
        _assert_no_small_cells(compute_all(small_world.population(team_ids=[team.pk])))


def test_a_deleted_team(small_world):
    gone = factories.TeamFactory(municipality=small_world.municipality, name="Opgeheven team")
    gone_id = gone.pk
    gone.delete()
    with_gone = compute_all(small_world.population(team_ids=[small_world.noord.pk, gone_id]))
    only_noord = compute_all(small_world.population(team_ids=[small_world.noord.pk]))
    assert {code: table.rows for code, table in with_gone.items()} == {
        code: table.rows for code, table in only_noord.items()
    }
    only_gone = compute_all(small_world.population(team_ids=[gone_id]))
    assert all(table.note == NO_DATA for table in only_gone.values())


def test_another_municipality_sees_nothing_of_this_one(small_world, world):
    population = Population(
        municipality_id=world.other_municipality.pk,
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
    )
    assert compute_raw("requests_by_channel", population).rows[-1] == ["Totaal", 1]
    assert compute_raw("kanteling", population).rows[-1] == ["Totaal", 0, None]


def test_no_personal_data_in_any_table(small_world):
    tables = compute_all(small_world.population())
    text = str({code: (table.columns, table.rows) for code, table in tables.items()})
    for personal in ("Huishouden", "Anna", "Medewerker", "C-C1", "M-R1"):
        assert personal not in text


def test_queries_are_bounded_per_indicator(small_world, django_assert_max_num_queries):
    # One or two aggregate queries per indicator, however many records there are.
    with django_assert_max_num_queries(2 * len(CODES)):
        compute_all(small_world.population())
