"""Server-side SVG charts for the monitoring dashboards and reports.

No JavaScript and no inline style: the content security policy forbids ``style=""``, so every
visual is an SVG presentation attribute (fill, stroke, font-size, x, y, width). Each chart is an
``<svg role="img">`` labelled by its ``<title>`` and a ``<desc>`` that reads the figures out loud;
the page shows the same (suppressed) table beside it. Charts only ever get a suppressed ``Table``:
a "<5" cell is drawn as no bar (or a gap in a line) with the text "<5", never as its real size.

Every piece of text from a table (labels, column names) goes through ``escape`` before it is put
into the markup, which is why the result may be marked safe.
"""

import hashlib
from decimal import Decimal
from numbers import Number

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

from plein.monitoring.indicators import Table

SUPPRESSED = "<5"
NO_DATA = "Geen gegevens"

# Colours with at least 4.5:1 against white (text) and 3:1 (graphics), WCAG 1.4.3 / 1.4.11.
TEXT = "#1a1a1a"
MUTED = "#595959"
GRID = "#949494"
# Lines differ in colour AND dash pattern, so colour is never the only difference (WCAG 1.4.1).
SERIES = (("#1f4e79", ""), ("#a4343a", "6 3"), ("#2e6b30", "2 3"), ("#6a3d9a", "8 3 2 3"))
BAR = SERIES[0][0]

WIDTH = 640
LABEL_WIDTH = 210
BAR_AREA = 330
ROW_HEIGHT = 28
BAR_HEIGHT = 18
FONT = 'font-family="system-ui, sans-serif"'
MAX_LABEL = 28  # about LABEL_WIDTH at font-size 13


def format_value(value) -> str:
    """A cell as the Dutch reader expects it: 1.234 and 12,5; "–" for "not applicable"."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, float | Decimal):
        text = f"{float(value):,.1f}"
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
        return text[:-2] if text.endswith(",0") else text
    return str(value)


def _number(value) -> float | None:
    """The value to draw, or None for a cell that must not be drawn ("<5", not applicable)."""
    if isinstance(value, bool) or not isinstance(value, Number):
        return None
    return float(value)


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _chart_id(title: str, chart_id: str | None) -> str:
    if chart_id:
        return slugify(chart_id) or "grafiek"
    digest = hashlib.sha1(title.encode(), usedforsecurity=False).hexdigest()[:6]
    return f"grafiek-{slugify(title)[:40]}-{digest}"


def _open(chart_id: str, title: str, desc: str, height: int) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'aria-labelledby="{chart_id}-titel {chart_id}-desc" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet">'
        f'<title id="{chart_id}-titel">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>'
    )


def _empty(chart_id: str, title: str, note: str = "") -> SafeString:
    desc = note or f"{NO_DATA} in deze periode."
    return mark_safe(  # title and note are escaped in _open
        _open(chart_id, title, desc, 60)
        + f'<text x="10" y="35" font-size="16" fill="{TEXT}" {FONT}>{NO_DATA}</text></svg>'
    )


def bar_chart(table: Table, *, title: str, column: int = 1, chart_id: str | None = None) -> SafeString:
    """Horizontal bars, one per row of ``table``, for the values in ``column``; a total row is
    left out (its bar would dwarf the others; the table beside the chart shows it)."""
    chart_id = _chart_id(title, chart_id)
    rows = table.rows[:-1] if table.total_row else table.rows
    rows = [row for row in rows if len(row) > column]
    values = [_number(row[column]) for row in rows]
    if not rows or all(value is None for value in values):
        return _empty(chart_id, title, table.note)
    largest = max((value for value in values if value is not None and value > 0), default=0.0)
    height = len(rows) * ROW_HEIGHT + 10
    parts = []
    read_out = []
    for index, (row, value) in enumerate(zip(rows, values, strict=True)):
        label = str(row[0])
        text = format_value(row[column])
        read_out.append(f"{label}: {text}")
        top = 5 + index * ROW_HEIGHT
        middle = top + ROW_HEIGHT / 2 + 5
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{middle:g}" text-anchor="end" font-size="13" '
            f'fill="{TEXT}" {FONT}>{escape(_short(label))}</text>'
        )
        width = 0.0
        if value is not None and value > 0 and largest:
            # Proportional to the largest value; a tiny value still gets a visible sliver.
            width = max(round(value / largest * BAR_AREA, 1), 1.0)
            parts.append(
                f'<rect x="{LABEL_WIDTH}" y="{top + (ROW_HEIGHT - BAR_HEIGHT) / 2:g}" '
                f'width="{width:g}" height="{BAR_HEIGHT}" fill="{BAR}"/>'
            )
        parts.append(
            f'<text x="{LABEL_WIDTH + width + 6:g}" y="{middle:g}" font-size="13" '
            f'fill="{TEXT if value is not None else MUTED}" {FONT}>{escape(text)}</text>'
        )
    column_name = table.columns[column] if len(table.columns) > column else ""
    desc = f"Staafdiagram{f' ({column_name})' if column_name else ''}. " + "; ".join(read_out) + "."
    axis = (
        f'<line x1="{LABEL_WIDTH}" y1="3" x2="{LABEL_WIDTH}" y2="{height - 3}" stroke="{GRID}" '
        'stroke-width="1"/>'
    )
    return mark_safe(_open(chart_id, title, desc, height) + axis + "".join(parts) + "</svg>")


def line_chart(series: Table, *, title: str, chart_id: str | None = None) -> SafeString:
    """A trend: one row per period (weeks on the x axis, the row's label), one line per value
    column. A "<5" (or missing) point breaks the line and is marked "<5" on the axis."""
    chart_id = _chart_id(title, chart_id)
    rows = series.rows
    columns = list(range(1, len(series.columns)))
    numbers = [[_number(row[c]) if len(row) > c else None for c in columns] for row in rows]
    drawn = [value for row in numbers for value in row if value is not None]
    if not rows or not columns or not drawn:
        return _empty(chart_id, title, series.note)
    left, right, top, plot_height = 50, WIDTH - 15, 15, 180
    legend_top = top + plot_height + 45
    height = legend_top + len(columns) * 20 + 5
    bottom = top + plot_height
    largest = _nice_max(max(drawn))
    step = (right - left) / max(len(rows) - 1, 1)

    def x(index: int) -> float:
        return left + index * step if len(rows) > 1 else (left + right) / 2

    def y(value: float) -> float:
        return bottom - max(value, 0) / largest * plot_height

    parts = []
    for tick in range(5):
        value = largest * tick / 4
        parts.append(
            f'<line x1="{left}" y1="{y(value):g}" x2="{right}" y2="{y(value):g}" stroke="{GRID}" '
            f'stroke-width="{1 if tick == 0 else 0.5}"/>'
            f'<text x="{left - 6}" y="{y(value) + 4:g}" text-anchor="end" font-size="11" fill="{MUTED}" '
            f"{FONT}>{escape(format_value(round(value, 1) if largest < 10 else round(value)))}</text>"
        )
    every = max(1, -(-len(rows) // 13))  # at most 13 labels under the axis
    for index, row in enumerate(rows):
        if index % every == 0:
            parts.append(
                f'<text x="{x(index):g}" y="{bottom + 16}" text-anchor="middle" font-size="11" '
                f'fill="{MUTED}" {FONT}>{escape(_short(str(row[0])))}</text>'
            )
    read_out = []
    for position, column in enumerate(columns):
        colour, dash = SERIES[position % len(SERIES)]
        dash_attribute = f' stroke-dasharray="{dash}"' if dash else ""
        # A suppressed or missing point ends one segment; the next drawable point starts another.
        segment: list[str] = []
        segments = []
        for index, row_numbers in enumerate(numbers):
            value = row_numbers[position]
            if value is None:
                if segment:
                    segments.append(segment)
                segment = []
                if len(rows[index]) > column and rows[index][column] == SUPPRESSED:
                    parts.append(
                        # One "<5" per series, stacked, so that two hidden points of a week stay legible.
                        f'<text x="{x(index):g}" y="{bottom - 4 - 12 * position}" text-anchor="middle" font-size="10" '
                        f'fill="{colour}" {FONT}>{escape(SUPPRESSED)}</text>'
                    )
                continue
            segment.append(f"{x(index):g},{y(value):g}")
            parts.append(f'<circle cx="{x(index):g}" cy="{y(value):g}" r="3" fill="{colour}"/>')
        if segment:
            segments.append(segment)
        for points in segments:
            if len(points) > 1:
                parts.append(
                    f'<polyline points="{" ".join(points)}" fill="none" stroke="{colour}" '
                    f'stroke-width="2"{dash_attribute}/>'
                )
        name = str(series.columns[column])
        legend_y = legend_top + position * 20
        parts.append(
            f'<line x1="{left}" y1="{legend_y - 4}" x2="{left + 30}" y2="{legend_y - 4}" stroke="{colour}" '
            f'stroke-width="2"{dash_attribute}/>'
            f'<text x="{left + 38}" y="{legend_y}" font-size="12" fill="{TEXT}" {FONT}>{escape(name)}</text>'
        )
        values = ", ".join(
            f"{row[0]} {format_value(row[column] if len(row) > column else None)}" for row in rows
        )
        read_out.append(f"{name}: {values}")
    desc = "Lijndiagram per periode. " + "; ".join(read_out) + "."
    return mark_safe(_open(chart_id, title, desc, height) + "".join(parts) + "</svg>")


def _nice_max(value: float) -> float:
    """A round top for the y axis (1, 2, 2.5 or 5 times a power of ten), never zero."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1) if value >= 1 else 0.1
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude
