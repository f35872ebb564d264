"""Small-cell suppression: no figure in monitoring may single out a resident.

Every output (dashboards, reports, exports, the API) shows only tables that went through
``suppress``. The rule (docs/indicators.md):

1. Primary: a count cell with 0 < n < 5 becomes "<5". Zero stays 0: "nobody" singles nobody out.
2. Complementary: where a total lets a hidden cell be recomputed (a column under the total row, a
   row with a "Totaal" column), and exactly one cell of that group is hidden, the smallest other
   non-zero cell is hidden too; with no such cell the total itself is hidden. Repeated until
   nothing changes, because a cell hidden for a column may leave its row with one hidden cell.
3. Derived cells (shares, means, medians) of a row are hidden when one of the row's count cells
   is hidden (a share next to a total gives the count away) or when the row's ``basis`` (the
   number of residents behind it) is under 5.
"""

from copy import deepcopy
from numbers import Number

from plein.monitoring.indicators import Table

HIDDEN = "<5"
THRESHOLD = 5


def _is_small(value) -> bool:
    return isinstance(value, Number) and not isinstance(value, bool) and 0 < value < THRESHOLD


def _is_number(value) -> bool:
    return isinstance(value, Number) and not isinstance(value, bool)


def suppress(table: Table) -> Table:
    """A copy of ``table`` in which no count under 5 can be read or recomputed."""
    result = deepcopy(table)
    rows = result.rows
    count_columns = sorted(result.count_columns)
    hidden: set[tuple[int, int]] = set()

    for r, row in enumerate(rows):
        for c in count_columns:
            if c < len(row) and _is_small(row[c]):
                hidden.add((r, c))

    # The groups in which one hidden cell could be recomputed from a total: (members, total cell).
    groups: list[tuple[list[tuple[int, int]], tuple[int, int]]] = []
    if result.total_row and len(rows) >= 2:
        last = len(rows) - 1
        for c in count_columns:
            groups.append(([(r, c) for r in range(last)], (last, c)))
    if result.total_column is not None:
        total_c = result.total_column
        others = [c for c in count_columns if c != total_c]
        for r in range(len(rows)):
            groups.append(([(r, c) for c in others], (r, total_c)))

    changed = True
    while changed:
        changed = False
        for members, total in groups:
            group = [*members, total]
            if sum(cell in hidden for cell in group) != 1:
                continue
            candidates = [
                cell
                for cell in members
                if cell not in hidden and _is_number(rows[cell[0]][cell[1]]) and rows[cell[0]][cell[1]] > 0
            ]
            if candidates:
                hidden.add(min(candidates, key=lambda cell: (rows[cell[0]][cell[1]], cell)))
            elif total not in hidden and _is_number(rows[total[0]][total[1]]):
                hidden.add(total)
            else:
                continue
            changed = True

    derived = [c for c in range(1, len(result.columns)) if c not in result.count_columns]
    for r, row in enumerate(rows):
        basis = result.basis[r] if result.basis and r < len(result.basis) else None
        row_hidden = any((r, c) in hidden for c in count_columns) or _is_small(basis)
        if row_hidden:
            for c in derived:
                if c < len(row) and _is_number(row[c]):
                    hidden.add((r, c))

    for r, c in hidden:
        rows[r][c] = HIDDEN
    return result
