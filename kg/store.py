"""The embedded Oxigraph store kept beside each build, and SPARQL over it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError

STORE_DIR = "store"


def write_store(folder: Path, nquads: str) -> None:
    """Bulk-load a build's quads into a new store at ``folder``."""
    store = ox.Store(str(folder))
    store.bulk_load(nquads.encode("utf-8"), ox.RdfFormat.N_QUADS)
    store.flush()
    del store


def open_store(build: Path) -> ox.Store:
    folder = build / STORE_DIR
    if not folder.is_dir():
        raise KgError(f"{build}: no graph built here (run 'kg build --out {build}' first)")
    try:
        return ox.Store.read_only(str(folder))
    except OSError as problem:
        raise KgError(f"{folder}: cannot open the store ({problem})") from None


def python_value(term: object) -> object:
    """An Oxigraph term as a plain Python value: IRIs as text, numbers as numbers."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype else ""
        if datatype.endswith(("#decimal", "#double", "#float")):
            number = Decimal(term.value)
            return int(number) if number == number.to_integral_value() else float(number)
        if datatype.endswith(("#integer", "#nonNegativeInteger", "#int", "#long")):
            return int(term.value)
        if datatype.endswith("#boolean"):
            return term.value == "true"
        if datatype.endswith("#date"):
            return dt.date.fromisoformat(term.value).isoformat()
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def select(store: ox.Store, query: str, bindings: dict[str, object] | None = None) -> list[dict]:
    """Run a SELECT with values bound as terms (never pasted into the query text)."""
    substitutions = {ox.Variable(k): _term(v) for k, v in (bindings or {}).items()}
    try:
        result = store.query(query, use_default_graph_as_union=True, substitutions=substitutions)
    except SyntaxError as problem:
        raise KgError(f"SPARQL syntax error: {problem}") from None
    if not isinstance(result, ox.QuerySolutions):
        raise KgError("expected a SELECT query")
    names = [v.value for v in result.variables]
    return [{n: python_value(row[n]) for n in names} for row in result]


def run(store: ox.Store, query: str):
    """Any SPARQL query: SELECT rows, an ASK boolean, or CONSTRUCT triples as N-Triples text."""
    try:
        result = store.query(query, use_default_graph_as_union=True)
    except SyntaxError as problem:
        raise KgError(f"SPARQL syntax error: {problem}") from None
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return [{n: python_value(row[n]) for n in names} for row in result]
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    return ox.serialize(result, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _term(value: object) -> ox.NamedNode | ox.Literal:
    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    return ox.Literal(str(value))
