"""Named questions: SPARQL files shipped in ``kg/queries``, shaped into stable JSON rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import resources

import pyoxigraph as ox

from kg.errors import KgError
from kg.store import select

Row = dict[str, object]

FACT_KEYS = (
    "type", "subject", "object", "amount_usd", "capacity_gw", "duration_years", "chip",
    "purpose", "process_node", "status",
)  # fmt: skip
SILICON_KEYS = ("lab", "chip", "designer", "purpose", "status")
INVESTMENT_KEYS = ("investor", "investee", "amount_usd", "status")
COMMITMENT_KEYS = (
    "buyer", "provider", "amount_usd", "capacity_gw", "duration_years", "chip", "status",
)  # fmt: skip
CHIP_KEYS = ("chip", "designer", "foundry", "process_node", "purpose")
NUMERIC_FIELDS = ("amount_usd", "capacity_gw", "duration_years")


def query_text(name: str) -> str:
    """The SPARQL of a named question, read from the package."""
    path = resources.files("kg").joinpath("queries", f"{name}.rq")
    if not path.is_file():
        raise KgError(f"unknown question '{name}'; known: {', '.join(question_names())}")
    return path.read_text(encoding="utf-8")


def query_summary(name: str) -> str:
    for line in query_text(name).splitlines():
        if line.startswith("#+ summary:"):
            return line.removeprefix("#+ summary:").strip()
    return ""


def shipped_queries() -> list[str]:
    folder = resources.files("kg").joinpath("queries")
    return sorted(p.name.removesuffix(".rq") for p in folder.iterdir() if p.name.endswith(".rq"))


def _grouped(rows: Iterable[Row], keys: tuple[str, ...]) -> list[Row]:
    """Rows that differ only in their article become one row with a sorted list of sources."""
    sources: dict[tuple, set[str]] = {}
    for row in rows:
        sources.setdefault(tuple(row.get(k) for k in keys), set()).add(str(row["article"]))
    grouped = [
        {**dict(zip(keys, key, strict=True)), "sources": sorted(s)} for key, s in sources.items()
    ]
    return sorted(grouped, key=_sort_key)


def _sort_key(row: Row) -> tuple:
    return tuple((value is None, str(value)) for value in row.values())


def facts(store: ox.Store, with_registry: bool = False) -> list[Row]:
    rows = _grouped(select(store, query_text("facts")), FACT_KEYS)
    if with_registry:
        registry = [
            {**{k: None for k in FACT_KEYS}, **r, "status": "announced", "sources": []}
            for r in select(store, query_text("registry_facts"))
        ]
        rows = sorted(
            rows + [{k: r[k] for k in (*FACT_KEYS, "sources")} for r in registry], key=_sort_key
        )
    return rows


def silicon(store: ox.Store) -> list[Row]:
    return _grouped(select(store, query_text("silicon")), SILICON_KEYS)


def investments(store: ox.Store) -> list[Row]:
    return _grouped(select(store, query_text("investments")), INVESTMENT_KEYS)


def commitments(store: ox.Store) -> list[Row]:
    return _grouped(select(store, query_text("commitments")), COMMITMENT_KEYS)


def chips(store: ox.Store) -> list[Row]:
    return _grouped(select(store, query_text("chips")), CHIP_KEYS)


def conflicts(store: ox.Store) -> list[Row]:
    """Facts about one deal or chip that disagree across articles, side by side with quotes.

    Two versions conflict when they give different values for one field of the same
    (type, subject, object) and come from different articles.
    """
    versions: dict[tuple, dict[tuple[str, object], dict]] = {}
    for row in select(store, query_text("facts")):
        deal = (row["type"], row["subject"], row["object"])
        for field in (*NUMERIC_FIELDS, "purpose"):
            value = row[field]
            if value is None:
                continue
            version = versions.setdefault(deal, {}).setdefault(
                (field, value), {"sources": set(), "quotes": set(), "status": set()}
            )
            version["sources"].add(row["article"])
            version["quotes"].add(row["quote"])
            version["status"].add(row["status"])
    found = []
    for (fact_type, subject, obj), by_value in versions.items():
        fields = sorted({field for field, _ in by_value})
        for field in fields:
            values = {v: info for (f, v), info in by_value.items() if f == field}
            articles = {frozenset(info["sources"]) for info in values.values()}
            if len(values) < 2 or len(set().union(*articles)) < 2:
                continue
            found.append(
                {
                    "type": fact_type,
                    "subject": subject,
                    "object": obj,
                    "field": field,
                    "versions": [
                        {
                            "value": value,
                            "status": sorted(info["status"]),
                            "sources": sorted(info["sources"]),
                            "quotes": sorted(info["quotes"]),
                        }
                        for value, info in sorted(values.items(), key=lambda kv: str(kv[0]))
                    ],
                }
            )
    return sorted(found, key=lambda r: (r["type"], r["subject"], r["object"], r["field"]))


QUESTIONS: dict[str, Callable[[ox.Store], list[Row]]] = {
    "facts": facts,
    "silicon": silicon,
    "investments": investments,
    "commitments": commitments,
    "chips": chips,
    "conflicts": conflicts,
}
SUMMARIES = {
    "conflicts": "Facts about one deal or chip that disagree across articles, with their quotes.",
}


def question_names() -> list[str]:
    return sorted(QUESTIONS)


def summary(name: str) -> str:
    return SUMMARIES.get(name) or query_summary(name)


def ask(store: ox.Store, name: str) -> list[Row]:
    if name not in QUESTIONS:
        raise KgError(f"unknown question '{name}'; known: {', '.join(question_names())}")
    return QUESTIONS[name](store)
