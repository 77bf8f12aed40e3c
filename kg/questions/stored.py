"""The answers of the named questions in their default form, kept with the version they
answer once someone has asked for them.

``kg query NAME`` with nothing that changes the answer (no arguments, filters, options or
endpoint) prints the kept rows instead of asking the fact table: it starts without DuckDB,
pyarrow, pandas or NetworkX. The first to ask (``kg query``, or ``kg build`` printing its
headline answers) computes the answer from the version's fact table and keeps it in that
version's folder (``answers/NAME.json``), beside the table it was made from: no reader sees
answers of one build beside a table of another. The build itself computes none of them, so
that an update of one article costs what that article changed, not a pass over every fact.

Each file also names what its rows were made from: the table's files (names, sizes and
modification times, which a hard link or a copy keeps) and the code that answers (kg's
question modules and queries, and DuckDB). A reader that finds another table (rebuilt in
place) or other code (kg upgraded or edited since) computes the answer again and keeps the new
one; an unreadable file is warned about, then replaced. Only rows that JSON gives back exactly
(types and key order) are kept, so a kept answer prints byte for byte as the computed one in
every format; a question whose rows would not survive is marked as computed at each query.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
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
_COMPUTE = object()  # what a kept answer says when its rows are computed at each query
_NOW = object()  # stamps not given: state the version's files now


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


def _made_from_now(folder: Path) -> dict[str, object] | None:
    """The stamps an answer kept in ``folder`` now carries; None when the table is missing
    (reading it says so, and rebuilds it)."""
    try:
        return {"format": ANSWERS_FORMAT, "table": table_stamp(folder), "code": code_stamp()}
    except OSError:
        return None


# ---------------------------------------------------------------- asking


def default_answers(
    build: Path, names: Iterable[str], warn: Callable[[str], None]
) -> Iterator[tuple[str, list[Row]]]:
    """Each question's default answer in the build's current version: the kept one when it is
    of this table and code, else computed from the fact table (opened once, when first needed)
    and kept for the next reader. ``warn`` is told of a kept file that cannot be read. Raises
    KgError when nothing was built in ``build``."""
    from kg.versions import store_folder

    folder = store_folder(Path(build)).parent
    now = _made_from_now(folder)  # (the code and table files stated once, not per answer)
    table = None
    for name in names:
        rows = kept_answer(folder, name, warn, now)
        if rows is None or rows is _COMPUTE:
            from kg.questions import ask
            from kg.questions.table import open_table

            if table is None:
                table = open_table(build)
                # stamped anew: a table rebuilt in place has new files; none kept for a
                # version published meanwhile
                now = _made_from_now(folder) if table.folder == folder else None
            computed = ask(table, name)
            if rows is None and now is not None:
                keep_answer(folder, name, computed, now)
            rows = computed
        yield name, rows  # type: ignore[misc]


def default_answer(build: Path, name: str, warn: Callable[[str], None]) -> list[Row]:
    """The default answer of one question (see ``default_answers``)."""
    return next(default_answers(build, (name,), warn))[1]


def kept_answer(
    folder: Path, name: str, warn: Callable[[str], None], made_from: object = _NOW
) -> object:
    """The rows kept for ``name`` in the version ``folder``; ``_COMPUTE`` when they are to be
    computed at each query; None when none are kept for this table and code (``made_from``:
    the version's stamps, when the caller has them)."""
    if made_from is _NOW:
        made_from = _made_from_now(folder)
    path = folder / ANSWERS_DIR / f"{name}.json"
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        warn(f"{path} is unreadable; computed the answer")
        return None
    if not _well_formed(kept):
        warn(f"{path} is unreadable; computed the answer")
        return None
    if not isinstance(made_from, dict) or any(kept.get(k) != v for k, v in made_from.items()):
        return None
    return _COMPUTE if kept["rows"] is None else kept["rows"]


def keep_answer(folder: Path, name: str, rows: list[Row], made_from: object = _NOW) -> bool:
    """Keep ``rows`` as the default answer of ``name`` in the version ``folder``; returns
    whether they were kept as rows (False: JSON would change them, or the folder is not
    writable, a version pruned meanwhile or a read-only build; ``made_from`` as for
    ``kept_answer``)."""
    if made_from is _NOW:
        made_from = _made_from_now(folder)
    if not isinstance(made_from, dict):
        return False  # the table is missing
    try:
        text = json.dumps({**made_from, "rows": rows}, ensure_ascii=False, separators=(",", ":"))
        faithful = _faithful(rows, json.loads(text)["rows"])
        if not faithful:  # marked as computed at each query
            text = json.dumps({**made_from, "rows": None})
        target = folder / ANSWERS_DIR
        target.mkdir(exist_ok=True)
        temporary = target / f".{name}.json.{os.getpid()}.tmp"
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target / f"{name}.json")
    except (OSError, TypeError, ValueError):
        return False
    return faithful


def _faithful(value: object, read: object) -> bool:
    """Whether ``read`` is ``value`` itself: same types, keys in the same order."""
    if type(value) is not type(read):
        return False
    if isinstance(value, dict):
        return list(value) == list(read) and all(_faithful(value[k], read[k]) for k in value)  # type: ignore[index]
    if isinstance(value, list):
        return len(value) == len(read) and all(map(_faithful, value, read))  # type: ignore[arg-type]
    return value == read or value != value and read != read  # NaN is NaN


def _well_formed(kept: object) -> bool:
    if not isinstance(kept, dict) or "rows" not in kept:
        return False
    rows = kept["rows"]
    return rows is None or isinstance(rows, list) and all(isinstance(row, dict) for row in rows)
