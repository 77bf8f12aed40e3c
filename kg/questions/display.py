"""Answers as people read them: terminal tables that fit the width, CSV and JSON.

Tables are drawn with ``rich`` and wrap (never cut) to the terminal's width; amounts read
``$30B`` and capacities ``1 GW``. ``why`` and ``conflicts`` print each quote whole under its
fact. CSV keeps list cells as JSON arrays; JSON is the contract, unchanged.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import textwrap

from kg.errors import printable

Row = dict[str, object]

AMOUNTS = ("amount_usd", "amount_usd_high", "amounts_usd")
CAPACITIES = ("capacity_gw", "capacity_gw_high", "capacities_gw")
DEFAULT_WIDTH = 120


def width() -> int:
    """The terminal's width (``COLUMNS`` if set; 120 when output is not a terminal)."""
    if os.environ.get("COLUMNS", "").isdigit():
        return int(os.environ["COLUMNS"])
    return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns


def money(value: object) -> str:
    """``$30B``, ``$11.9B``, ``$500M``: dollars as an analyst writes them."""
    if value is None:
        return ""
    number = float(value)  # type: ignore[arg-type]
    for size, unit in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(number) >= size:
            return f"${_short(number / size)}{unit}"
    return f"${_short(number)}"


def power(value: object) -> str:
    """``1 GW``, ``3.5 GW``, ``500 MW``."""
    if value is None:
        return ""
    number = float(value)  # type: ignore[arg-type]
    if 0 < number < 1:
        return f"{_short(number * 1000)} MW"
    return f"{_short(number)} GW"


def _short(number: float) -> str:
    return f"{number:.2f}".rstrip("0").rstrip(".")


# A table cell shows this many items of a list (sources, counterparties); JSON and CSV keep all.
LIST_CELL_ITEMS = 8


def cell(key: str, value: object) -> str:
    """One value as a table shows it."""
    if value is None:
        return ""
    if isinstance(value, list):
        shown = value[:LIST_CELL_ITEMS]
        text = ", ".join(cell(key, v) if not isinstance(v, dict) else json.dumps(v) for v in shown)
        more = len(value) - len(shown)
        return f"{text}, … (+{more:,} more)" if more > 0 else text
    if key in AMOUNTS:
        return money(value)
    if key in CAPACITIES:
        return power(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _span(low: object, high: object, shown) -> str:
    if low is None:
        return ""
    return shown(low) if low == high else f"{shown(low)}–{shown(high)}"


def readable(name: str, rows: list[Row]) -> list[Row]:
    """Rows reshaped for reading where that helps: totals give ranges in one column."""
    if name != "totals":
        return rows
    return [
        {
            "entity": r["entity"],
            "role": r["role"],
            "amount": _span(r["amount_usd"], r["amount_usd_high"], money),
            "capacity": _span(r["capacity_gw"], r["capacity_gw_high"], power),
            "deals": r["deals"],
            "counterparties": r["counterparties"],
            "disputed": r["disputed"],
            "forecasts": r["forecasts"],
            "sources": r["source_count"],
        }
        for r in rows
    ]


def table(rows: list[Row], columns: list[str] | None = None, size: int | None = None) -> str:
    """A table that fits ``size`` columns, long cells wrapped onto more lines."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    size = size or width()
    shown = [{c: cell(c, row.get(c)) for c in columns or list(rows[0])} for row in rows]
    columns, left_out = _fitting(list(shown[0]), shown, size)
    widths = _widths(columns, shown, size)
    drawn = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    for column in columns:
        drawn.add_column(column, overflow="fold", width=widths[column])
    for row in shown:
        drawn.add_row(*(row[c] for c in columns))
    console = Console(width=size, file=io.StringIO(), color_system=None,
                      highlight=False, emoji=False, markup=False)  # fmt: skip
    console.print(drawn)
    lines = [line.rstrip() for line in console.file.getvalue().splitlines()]
    if left_out:
        lines += ["", *textwrap.wrap(
            f"(left out at {size} columns: {', '.join(left_out)}; --format json or csv gives "
            "every column)", size)]  # fmt: skip
    return "\n".join(lines).strip("\n")


def _word_width(column: str, shown: list[dict[str, str]]) -> int:
    """The width a column needs to keep its header and each word of its cells whole (rich
    wraps a cell at spaces and never makes a column narrower than its longest word)."""
    words = [w for text in (column, *(row[column] for row in shown)) for w in text.split()]
    return max(map(len, words), default=1)


def _widths(columns: list[str], shown: list[dict[str, str]], size: int) -> dict[str, int]:
    """Each column's width: its longest word, then the room left shared out among the
    columns whose cells are longer, so that the table fills at most ``size``."""
    widths = {c: _word_width(c, shown) for c in columns}
    full = {c: max(len(text) for text in (c, *(row[c] for row in shown))) for c in columns}
    spare = size - sum(widths.values()) - 3 * (len(columns) - 1)  # padding and rules
    while spare > 0:
        wanting = [c for c in columns if widths[c] < full[c]]
        if not wanting:
            break
        share = max(1, spare // len(wanting))
        for column in wanting:
            added = min(share, full[column] - widths[column], spare)
            widths[column] += added
            spare -= added
    return widths


def _fitting(columns: list[str], shown: list[dict[str, str]], size: int) -> tuple[list, list]:
    """The columns that fit ``size`` with whole words; when they do not all fit, the columns
    empty in this answer go first, then those at the right end (the first two always stay)."""
    need = {c: _word_width(c, shown) + 3 for c in columns}  # padding and the rule between
    kept = list(columns)
    empty = [c for c in kept[2:] if not any(row[c] for row in shown)]
    left_out: list[str] = []
    while sum(need[c] for c in kept) > size and len(kept) > 2:
        victim = empty.pop(0) if empty else kept[-1]
        kept.remove(victim)
        left_out.append(victim)
    return kept, [c for c in columns if c in left_out]


UNDATED = "(rests on an undated fact)"


def quoted(name: str, rows: list[Row], size: int | None = None) -> str:
    """``why`` and ``conflicts``: each fact on a line, each of its quotes whole under it."""
    size = size or width()
    lines: list[str] = []

    def quote(text: str, indent: str) -> None:
        lines.extend(textwrap.wrap(f"“{text}”", size, initial_indent=indent,
                                   subsequent_indent=indent + " "))  # fmt: skip

    for row in rows:
        if name == "why":
            figures = [money(row["amount_usd"]), power(row["capacity_gw"]),
                       f"{cell('', row['duration_years'])} years" if row["duration_years"] else "",
                       str(row["chip"] or ""), str(row["purpose"] or "")]  # fmt: skip
            head = "  ".join(
                part for part in (str(row["type"]), f"{row['subject']} → {row['object']}",
                                  *figures, str(row["status"]), str(row["event_date"] or ""),
                                  UNDATED if row.get("undated") else "")
                if part
            )  # fmt: skip
            lines.extend(textwrap.wrap(head, size))
            title = f" “{row['title']}”" if row.get("title") else ""
            lines.extend(textwrap.wrap(f"source: {row['article']}{title}", size,
                                       initial_indent="  ", subsequent_indent="    "))  # fmt: skip
            for text in row["quotes"]:  # type: ignore[attr-defined]
                quote(str(text), "    ")
        else:
            undated = f"  {UNDATED}" if row.get("undated") else ""
            lines.extend(textwrap.wrap(
                f"{row['type']}  {row['subject']} → {row['object']}: {row['field']}{undated}", size
            ))  # fmt: skip
            for version in row["versions"]:  # type: ignore[attr-defined]
                shown = cell(str(row["field"]), version["value"])
                head = f"{shown}  {', '.join(version['status'])}  {', '.join(version['sources'])}"
                lines.extend(textwrap.wrap(head, size, initial_indent="  ",
                                           subsequent_indent="    "))  # fmt: skip
                for text in version["quotes"]:
                    quote(str(text), "      ")
        lines.append("")
    return "\n".join(lines).rstrip("\n")


def csv_text(rows: list[Row]) -> str:
    """CSV with a header; list and object cells as JSON, so they read back whole."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    columns = list(rows[0]) if rows else []
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            [
                json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict)
                else "" if v is None else v
                for v in (row.get(c) for c in columns)
            ]
        )  # fmt: skip
    return buffer.getvalue().rstrip("\n")


def render(rows: list[Row], fmt: str, name: str | None = None, size: int | None = None) -> str:
    """Rows in ``fmt`` (table, json or csv); ``name`` picks a question's readable layout."""
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False)
    if fmt == "csv":
        return csv_text(rows)
    if not rows:
        return "(no rows)"
    if name in ("why", "conflicts"):
        return _terminal(quoted(name, rows, size))
    return _terminal(table(readable(name or "", rows), size=size))


def _terminal(text: str) -> str:
    """A table or quotes for a terminal: control characters from article text escaped, line by
    line, so a quote cannot move the cursor or retitle the window."""
    return "\n".join(printable(line) for line in text.split("\n"))
