"""The server-side SVG charts: accessible, escaped, no inline style, "<5" never drawn as a size."""

import re

from plein.monitoring.charts import BAR_AREA, bar_chart, format_value, line_chart
from plein.monitoring.indicators import Table


def widths(svg: str) -> list[float]:
    return [float(width) for width in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]


def test_bar_chart_is_an_accessible_image_without_inline_style():
    svg = bar_chart(
        Table(columns=["Kanaal", "Meldingen"], rows=[["Telefoon", 12]]), title="Meldingen per kanaal"
    )

    assert svg.startswith("<svg")
    assert 'role="img"' in svg
    ids = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
    assert [f'id="{ids[0]}"' in svg, f'id="{ids[1]}"' in svg] == [True, True]
    assert "<title" in svg and "Meldingen per kanaal</title>" in svg
    assert "<desc" in svg and "Telefoon: 12" in svg
    assert "style=" not in svg


def test_labels_and_titles_are_escaped():
    table = Table(columns=["Team", "Aantal"], rows=[['<script>alert("x")</script>', 7]])

    svg = bar_chart(table, title="<b>Titel</b>")

    assert "<script>" not in svg and "<b>" not in svg
    assert "&lt;script&gt;" in svg
    assert "&lt;b&gt;Titel&lt;/b&gt;" in svg


def test_a_suppressed_cell_is_text_without_a_bar():
    table = Table(
        columns=["Team", "Aantal"], rows=[["Noord", 10], ["Zuid", "<5"]], count_columns=frozenset({1})
    )

    svg = bar_chart(table, title="Casussen")

    assert len(widths(svg)) == 1  # only Noord has a bar
    assert ">&lt;5</text>" in svg
    assert "Zuid: &lt;5" in svg  # also read out in the description


def test_bar_widths_are_proportional_to_the_values():
    table = Table(columns=["Team", "Aantal"], rows=[["A", 40], ["B", 20], ["C", 10], ["D", 0]])

    assert widths(bar_chart(table, title="Aantal")) == [BAR_AREA, BAR_AREA / 2, BAR_AREA / 4]


def test_the_total_row_has_no_bar_and_another_column_can_be_drawn():
    table = Table(
        columns=["Uitkomst", "Aantal", "Aandeel (%)"],
        rows=[["Direct", 30, 75.0], ["Doorgezet", 10, 25.0], ["Totaal", 40, 100.0]],
        total_row=True,
    )

    svg = bar_chart(table, title="Uitkomst", column=2)

    assert widths(svg) == [BAR_AREA, BAR_AREA / 3]
    assert "Totaal" not in svg
    assert ">75</text>" in svg and ">25</text>" in svg


def test_an_empty_table_says_geen_gegevens():
    for table in (
        Table(columns=["Team", "Aantal"], rows=[]),
        Table(columns=["Team", "Aantal"], rows=[["Noord", None], ["Zuid", "<5"]]),
    ):
        svg = bar_chart(table, title="Leeg")
        assert "Geen gegevens" in svg
        assert "<rect" not in svg
        assert 'role="img"' in svg


def test_zero_everywhere_draws_no_bars_and_divides_by_nothing():
    svg = bar_chart(Table(columns=["Team", "Aantal"], rows=[["A", 0], ["B", 0]]), title="Nul")

    assert widths(svg) == []
    assert ">0</text>" in svg


def test_line_chart_breaks_the_line_at_a_suppressed_week():
    series = Table(
        columns=["Week", "Meldingen", "Casussen geopend"],
        rows=[["wk 1", 10, 6], ["wk 2", "<5", 7], ["wk 3", 12, 8], ["wk 4", 9, 0]],
    )

    svg = line_chart(series, title="Trend <12 weken>")

    assert 'role="img"' in svg and "style=" not in svg
    assert "Trend &lt;12 weken&gt;</title>" in svg
    # Meldingen: wk 1 alone and wk 3–4 (a single point is a circle only); Casussen: one line.
    assert svg.count("<polyline") == 2
    assert svg.count("<circle") == 7
    assert ">&lt;5</text>" in svg
    assert "Meldingen: wk 1 10, wk 2 &lt;5" in svg  # the description reads the figures out
    assert 'stroke-dasharray="6 3"' in svg  # the second line differs by more than colour


def test_line_chart_without_data_says_geen_gegevens():
    svg = line_chart(Table(columns=["Week", "Meldingen"], rows=[["wk 1", "<5"]]), title="Trend")

    assert "Geen gegevens" in svg and "<polyline" not in svg


def test_values_in_dutch_notation():
    assert [format_value(v) for v in (1234, 12.5, 3.0, None, "<5")] == ["1.234", "12,5", "3", "–", "<5"]
