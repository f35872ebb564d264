"""Small-cell suppression on hand-made tables: what is hidden, and that nothing can be recomputed."""

from plein.monitoring.indicators import Table
from plein.monitoring.suppression import HIDDEN, suppress


def test_primary_hides_counts_from_1_to_4_and_keeps_zero_and_5():
    table = Table(
        columns=["Wijk", "Inwoners"],
        rows=[["A", 0], ["B", 1], ["C", 4], ["D", 5]],
        count_columns=frozenset({1}),
    )
    assert suppress(table).rows == [["A", 0], ["B", HIDDEN], ["C", HIDDEN], ["D", 5]]


def test_suppress_returns_a_copy():
    table = Table(columns=["Wijk", "Inwoners"], rows=[["A", 3]], count_columns=frozenset({1}))
    suppress(table)
    assert table.rows == [["A", 3]]


def test_only_count_columns_are_suppressed_by_size():
    table = Table(
        columns=["Stap", "Casussen", "Mediaan (dagen)"], rows=[["X", 12, 3]], count_columns=frozenset({1})
    )
    assert suppress(table).rows == [["X", 12, 3]]


def test_a_cell_with_3_residents_cannot_be_recomputed_from_the_total():
    table = Table(
        columns=["Wijk", "Inwoners"],
        rows=[["A", 3], ["B", 10], ["C", 20], ["Totaal", 33]],
        count_columns=frozenset({1}),
        total_row=True,
    )
    # 33 − 10 − 20 would give the 3 away: the next-smallest cell (10) is hidden too.
    assert suppress(table).rows == [["A", HIDDEN], ["B", HIDDEN], ["C", 20], ["Totaal", 33]]


def test_two_hidden_cells_in_a_column_need_no_more():
    table = Table(
        columns=["Wijk", "Inwoners"],
        rows=[["A", 3], ["B", 2], ["C", 20], ["Totaal", 25]],
        count_columns=frozenset({1}),
        total_row=True,
    )
    assert suppress(table).rows == [["A", HIDDEN], ["B", HIDDEN], ["C", 20], ["Totaal", 25]]


def test_zero_is_not_a_complement():
    table = Table(
        columns=["Wijk", "Inwoners"],
        rows=[["A", 3], ["B", 0], ["C", 8], ["Totaal", 11]],
        count_columns=frozenset({1}),
        total_row=True,
    )
    assert suppress(table).rows == [["A", HIDDEN], ["B", 0], ["C", HIDDEN], ["Totaal", 11]]


def test_without_another_cell_the_total_is_hidden():
    table = Table(
        columns=["Wijk", "Inwoners"],
        rows=[["A", 3], ["B", 0], ["Totaal", 3]],
        count_columns=frozenset({1}),
        total_row=True,
    )
    assert suppress(table).rows == [["A", HIDDEN], ["B", 0], ["Totaal", HIDDEN]]


def test_a_total_under_5_is_hidden():
    table = Table(
        columns=["Wijk", "Inwoners"],
        rows=[["A", 0], ["B", 0], ["Totaal", 0]],
        count_columns=frozenset({1}),
        total_row=True,
    )
    assert suppress(table).rows == [["A", 0], ["B", 0], ["Totaal", 0]]
    table.rows = [["A", 2], ["B", 2], ["Totaal", 4]]
    assert suppress(table).rows == [["A", HIDDEN], ["B", HIDDEN], ["Totaal", HIDDEN]]


def test_complementary_in_rows_and_columns():
    """A row total ("Totaal" column) and a total row: hiding a cell for its column can leave its
    row with one hidden cell, which then needs a complement as well."""
    table = Table(
        columns=["Wijk", "Jong", "Oud", "Totaal"],
        rows=[
            ["A", 3, 10, 13],
            ["B", 7, 12, 19],
            ["C", 9, 30, 39],
            ["Totaal", 19, 52, 71],
        ],
        count_columns=frozenset({1, 2, 3}),
        total_row=True,
        total_column=3,
    )
    rows = suppress(table).rows
    assert rows[0] == ["A", HIDDEN, HIDDEN, 13]
    assert rows[1] == ["B", HIDDEN, HIDDEN, 19]
    assert rows[2] == ["C", 9, 30, 39]
    assert rows[3] == ["Totaal", 19, 52, 71]
    _assert_nothing_recomputable(table, rows)


def _assert_nothing_recomputable(table: Table, rows: list[list]):
    """In every group with a total, a hidden cell is never the only unknown."""
    last = len(rows) - 1
    others = [c for c in table.count_columns if c != table.total_column]
    for c in table.count_columns:
        column = [rows[r][c] for r in range(len(rows))]
        assert column.count(HIDDEN) != 1, column
    if table.total_column is not None:
        for r in range(last + 1):
            group = [rows[r][c] for c in [*others, table.total_column]]
            assert group.count(HIDDEN) != 1, group


def test_shares_next_to_a_hidden_count_are_hidden():
    table = Table(
        columns=["Uitkomst", "Meldingen", "Aandeel (%)"],
        rows=[["A", 3, 10.0], ["B", 27, 90.0], ["Totaal", 30, 100.0]],
        count_columns=frozenset({1}),
        total_row=True,
    )
    # 3 is hidden, so 27 is its complement; their shares would give both away.
    assert suppress(table).rows == [["A", HIDDEN, HIDDEN], ["B", HIDDEN, HIDDEN], ["Totaal", 30, 100.0]]


def test_a_mean_of_fewer_than_5_residents_is_hidden_by_its_basis():
    table = Table(
        columns=["Leefgebied", "Gemiddelde verandering"],
        rows=[["Financiën", 1.5], ["Huisvesting", 0.5], ["Onbekend", None]],
        basis=[4, 12, 0],
    )
    assert suppress(table).rows == [["Financiën", HIDDEN], ["Huisvesting", 0.5], ["Onbekend", None]]


def test_an_empty_table():
    table = Table(
        columns=["Wijk", "Inwoners"], rows=[], count_columns=frozenset({1}), total_row=True, note="x"
    )
    result = suppress(table)
    assert result.rows == [] and result.note == "x"
