"""The answers of the named questions in their default form, computed once by the build.

``kg query NAME`` with nothing that changes the answer (no arguments, filters, options or
endpoint) prints the stored rows instead of asking the fact table: it starts without DuckDB,
pyarrow, pandas or NetworkX. The build computes them from the new version's fact table into
that version's folder (``answers/NAME.json``), so the link swap that publishes the table and
the store publishes them too: no reader sees answers of one build beside a table of another.

Each file also names what its rows were made from: the table's files (names, sizes and
modification times, which a hard link or a copy keeps) and the code that answers (kg's
question modules and queries, and DuckDB). A reader that finds another table (rebuilt in
place) or other code (kg upgraded or edited since) computes the answer as before, without a
word; a missing or unreadable file is warned about, then computed too. Only rows that JSON
gives back exactly (types and key order) are stored, so a stored answer prints byte for byte
as the computed one in every format.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

Row = dict[str, object]

ANSWERS_DIR = "answers"
ANSWERS_FORMAT = 1
# The questions that take no arguments: their default form is the whole answer.
DEFAULT_FORM = (
    "chips", "commitments", "conflicts", "exposure", "facts", "investments", "loops",
    "silicon", "timeline", "totals",
)  # fmt: skip
TABLE_FILES = ("facts.parquet", "entities.parquet")  # kg.questions.table_files' names
ANSWERING_LIBRARIES = ("duckdb",)


# ---------------------------------------------------------------- what an answer is made from


def _stamp(paths: list[Path], base: Path) -> str:
    parts = []
    for path in paths:
        found = path.stat()
        parts.append(f"{path.relative_to(base)} {found.st_size} {found.st_mtime_ns}")
    return "; ".join(parts)


def table_stamp(folder: Path) -> str:
    """The version's table files as they are now (FileNotFoundError when one is missing)."""
    facts, entities = (folder / name for name in TABLE_FILES)
    chunks = sorted(p for p in facts.iterdir() if p.name.endswith(".parquet"))
    return _stamp([*chunks, entities], folder)


def code_stamp() -> str:
    """The files of the code that computes the answers (not the code that prints them)."""
    import importlib.util

    package = Path(__file__).resolve().parent.parent
    files = sorted(
        p
        for folder, suffix in ((package / "questions", ".py"), (package / "queries", ".rq"))
        for p in folder.iterdir()
        if p.suffix == suffix and p.name != "display.py"
    )
    libraries = []
    for name in ANSWERING_LIBRARIES:
        spec = importlib.util.find_spec(name)
        found = _stamp([Path(spec.origin)], Path("/")) if spec and spec.origin else "none"
        libraries.append(f"{name} {found}")
    return "; ".join([_stamp(files, package), *libraries])


# ---------------------------------------------------------------- writing (the build)


def write_answers(folder: Path, answer: Callable[[str], list[Row]] | None = None) -> list[str]:
    """Store the default answers of the version in ``folder``, computed from its fact table
    (or by ``answer``); returns the names stored (those whose rows survive JSON whole)."""
    if answer is None:
        from kg.questions import ask
        from kg.questions.table import FactTable

        table = FactTable.read(folder)

        def answer(name: str) -> list[Row]:
            return ask(table, name)

    made_from = {"format": ANSWERS_FORMAT, "table": table_stamp(folder), "code": code_stamp()}
    target = folder / ANSWERS_DIR
    target.mkdir(exist_ok=True)
    stored = []
    for name in DEFAULT_FORM:
        rows = answer(name)
        text = json.dumps({**made_from, "rows": rows}, ensure_ascii=False, separators=(",", ":"))
        if _faithful(rows, json.loads(text)["rows"]):
            stored.append(name)
        else:  # marked as computed at each query, so that no reader is warned it is missing
            text = json.dumps({**made_from, "rows": None})
        temporary = target / f".{name}.json.{os.getpid()}.tmp"
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target / f"{name}.json")
    return stored


def refresh_answers(folder: Path) -> None:
    """Store the default answers of the version in ``folder`` unless it holds them already
    (a build that changed nothing, the table kept)."""
    if not answers_current(folder):
        write_answers(folder)


def _faithful(value: object, read: object) -> bool:
    """Whether ``read`` is ``value`` itself: same types, keys in the same order."""
    if type(value) is not type(read):
        return False
    if isinstance(value, dict):
        return list(value) == list(read) and all(_faithful(value[k], read[k]) for k in value)  # type: ignore[index]
    if isinstance(value, list):
        return len(value) == len(read) and all(map(_faithful, value, read))  # type: ignore[arg-type]
    return value == read or value != value and read != read  # NaN is NaN


def answers_current(folder: Path) -> bool:
    """Whether the version in ``folder`` holds every default answer, made from its table by
    this code."""
    try:
        made_from = {"table": table_stamp(folder), "code": code_stamp()}
        for name in DEFAULT_FORM:
            with open(folder / ANSWERS_DIR / f"{name}.json", encoding="utf-8") as file:
                header = json.load(file)
            if not _made_from(header, made_from):
                return False
    except (OSError, ValueError):
        return False
    return True


# ---------------------------------------------------------------- reading (kg query)


def stored_answer(build: Path, name: str, warn: Callable[[str], None]) -> list[Row] | None:
    """The stored default answer of ``name`` in the build's current version, or None when it
    is not there or not of this table and code (``warn`` is told when the file is missing or
    unreadable). Raises KgError when nothing was built in ``build``."""
    from kg.versions import store_folder

    folder = store_folder(Path(build)).parent
    path = folder / ANSWERS_DIR / f"{name}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        warn(f"{path} is missing; computed the answer (run kg build to store it)")
        return None
    except (OSError, ValueError):
        warn(f"{path} is unreadable; computed the answer")
        return None
    if not _well_formed(stored):
        warn(f"{path} is unreadable; computed the answer")
        return None
    if stored["rows"] is None:
        return None  # rows that JSON would not give back whole
    try:
        made_from = {"table": table_stamp(folder), "code": code_stamp()}
    except OSError:
        return None  # the table is missing: reading it says so, and rebuilds it
    return stored["rows"] if _made_from(stored, made_from) else None


def _well_formed(stored: object) -> bool:
    if not isinstance(stored, dict) or "rows" not in stored:
        return False
    rows = stored["rows"]
    return rows is None or isinstance(rows, list) and all(isinstance(row, dict) for row in rows)


def _made_from(stored: dict, made_from: dict[str, str]) -> bool:
    return stored.get("format") == ANSWERS_FORMAT and all(
        stored.get(key) == value for key, value in made_from.items()
    )
