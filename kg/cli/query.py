"""``kg query``: a named question on the build's fact table (or an endpoint), or SPARQL, with
notes on what an answer included or left out."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.cli.arguments import endpoint_store
from kg.cli.output import render
from kg.errors import KgError


def cmd_query(args: argparse.Namespace) -> int:
    if _default_form(args):
        from kg.questions.stored import default_answer

        print(render(default_answer(args.graph, args.name, _warn), args.format, args.name))
        return 0
    from kg.questions import ask, make_filters, question, question_names, summary
    from kg.questions.table import open_table

    if args.list:
        for name in question_names():
            print(f"{name:12} {summary(name)}")
        return 0
    if not args.name and not args.sparql:
        raise KgError("name a question (kg query --list shows them) or give --sparql")
    if args.sparql or args.name.endswith(".rq"):
        from kg.store import open_store, run  # pyoxigraph: only for SPARQL

        store = endpoint_store(args) if args.endpoint else open_store(args.graph)
        _no_question_flags(args)
        text = args.sparql or _read(Path(args.name))
        result = run(store, text)
        if isinstance(result, bool):
            print(json.dumps(result) if args.format == "json" else str(result).lower())
        elif isinstance(result, str):
            print(result, end="")
        else:
            print(render(result, args.format))
        return 0
    question(args.name)  # an unknown name fails here, before the build is opened
    options = _question_options(args)
    # Named questions run on the build's fact table; on an endpoint, through the .rq files.
    store = endpoint_store(args) if args.endpoint else open_table(args.graph)
    filters = make_filters(store, status=args.status, entity=args.entity, as_of=args.as_of,
                           known_by=args.known_by, min_confidence=args.min_confidence)  # fmt: skip
    rows = ask(store, args.name, *args.arguments, filters=filters, **options)
    for note in _notes(store, filters, rows, _named(store, args)):
        print(f"kg: note: {note}", file=sys.stderr)
    print(render(rows, args.format, args.name))
    return 0


def _default_form(args: argparse.Namespace) -> bool:
    """Whether the command asks a question in its default form, whose answer is kept: nothing
    given that changes it (arguments, filters, options) or asks elsewhere (an endpoint)."""
    from kg.questions.stored import DEFAULT_FORM

    changing = [*QUESTION_FLAGS, *FILTER_FLAGS, "sparql", "endpoint", "default_graph", "user"]
    return (
        args.name in DEFAULT_FORM
        and not args.list
        and not args.arguments
        and not any(_given(getattr(args, key, None)) for key in changing)
    )


def _given(value: object) -> bool:
    """Whether an option was given (``--min-confidence 0`` is, though 0 == False)."""
    return value is not None and value is not False


def _warn(message: str) -> None:
    print(f"kg: warning: {message}", file=sys.stderr)


def _named(store, args: argparse.Namespace) -> tuple:
    """The entities a question's own arguments name (``why A B``)."""
    from kg.questions.names import resolve

    return tuple(resolve(store, name) for name in args.arguments) if args.name == "why" else ()


def _notes(store, filters, rows: list[dict], named: tuple = ()) -> list[str]:
    """What an answer included or left out without saying so in its rows: what a name rolled
    up and how many rows came through it (a division's, for a parent), what a clock kept."""
    from kg.questions import undated
    from kg.questions.names import division_of, rolled_up

    notes = [rolled_up(e, rows) for e in (*named, *filters.entities) if e.includes]
    kept = undated(store, filters)
    if kept:
        notes.append(f"--as-of kept {kept} facts that carry no date of their own")
    if not rows:
        for entity in filters.entities:
            parent = division_of(store, entity)
            if parent:
                notes.append(f"{entity.label} is a division of {parent}; ask for {parent} "
                             "to include its parent's facts")  # fmt: skip
        if filters.entities:
            names = ", ".join(e.label for e in filters.entities)
            notes.append(f"no answer row names {names} with these filters")
        if filters.known_by:
            notes.append("--known-by leaves out facts from articles without a date")
        if filters.status:
            notes.append(f"only facts with status {', '.join(sorted(filters.status))} were used")
    return notes


QUESTION_FLAGS = {
    "with_registry": "--with-registry",
    "with_provider": "--with-provider",
    "max_length": "--max-length",
    "max_paths": "--max-paths",
}

FILTER_FLAGS = ("status", "entity", "as_of", "known_by", "min_confidence")


def _question_options(args: argparse.Namespace) -> dict[str, object]:
    """The question-specific options given, checked against what the question takes."""
    from kg.questions import OPTIONS

    given = {k: getattr(args, k) for k in QUESTION_FLAGS if _given(getattr(args, k))}
    for key in given:
        if key not in OPTIONS.get(args.name, ()):
            raise KgError(f"{QUESTION_FLAGS[key]} does not apply to '{args.name}'")
    return given


def _no_question_flags(args: argparse.Namespace) -> None:
    flags = [*QUESTION_FLAGS, *FILTER_FLAGS]
    given = [f for f in flags if _given(getattr(args, f))]
    if given or args.arguments:
        what = f"--{given[0].replace('_', '-')}" if given else f"'{args.arguments[0]}'"
        raise KgError(f"{what} applies to named questions, not to SPARQL queries")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as problem:
        raise KgError(f"{path}: cannot read query ({problem.strerror})") from None
