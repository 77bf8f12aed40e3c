"""The questions over fact rows: facts, silicon, investments, commitments, chips, timeline,
why and diff. Each reads the rows of its shipped query from a source (store or fact table),
keeps the facts that pass the filters and groups them over articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kg.errors import KgError
from kg.questions.filters import NO_FILTERS, Filters, parse_date
from kg.questions.names import resolve
from kg.questions.sources import as_source
from kg.questions.vocabulary import COMPARED_FIELDS, FACT_KEYS, STATUS_ORDER

Row = dict[str, object]

SILICON_KEYS = ("lab", "chip", "designer", "purpose", "status")
SILICON_PROVIDER_KEYS = ("lab", "chip", "designer", "provider", "purpose", "status")
INVESTMENT_KEYS = ("investor", "investee", "amount_usd", "status")
COMMITMENT_KEYS = (
    "buyer", "provider", "amount_usd", "capacity_gw", "duration_years", "chip", "status",
)  # fmt: skip
CHIP_KEYS = ("chip", "designer", "foundry", "process_node", "purpose")
TIMELINE_KEYS = (
    "event_date", "type", "subject", "object", "amount_usd", "capacity_gw", "duration_years",
    "chip", "purpose", "status",
)  # fmt: skip
WHY_KEYS = (
    "type", "subject", "object", "amount_usd", "capacity_gw", "duration_years", "chip",
    "purpose", "status", "event_date", "article", "title", "published", "quotes",
)  # fmt: skip
# The organisations a fact's parties act for, beside them in the ``facts`` rows (Amazon where
# the article named AWS): what deals and ``diff`` compare by.
ACTING = ("subject_acts_as", "object_acts_as")
DIFF_KEYS = (
    "change", *FACT_KEYS, "published", "sources", "earlier", "earlier_status", "earlier_sources",
)  # fmt: skip


def fact_rows(store, name: str, filters: Filters) -> list[Row]:
    """The rows of a shipped query whose facts pass the filters (status, confidence, clocks);
    the fact table's engine applies the filters itself."""
    source = as_source(store)
    if hasattr(source, "filtered"):
        return source.filtered(name, filters)
    return filters.facts(source.rows(name))


def grouped_rows(store, name: str, keys: tuple[str, ...], filters: Filters,
                 confidence: bool = False) -> list[Row]:  # fmt: skip
    """``grouped(fact_rows(…))``, done by the fact table's engine when the source is one."""
    source = as_source(store)
    if hasattr(source, "grouped"):
        return source.grouped(name, keys, filters, confidence)
    return grouped(fact_rows(source, name, filters), keys, confidence, filters.flags_undated)


def grouped(rows: Iterable[Row], keys: tuple[str, ...], confidence: bool = False,
            undated: bool = False) -> list[Row]:  # fmt: skip
    """Rows that differ only in their article become one row with a sorted list of sources
    (and, with ``confidence``, the highest confidence of the facts grouped; with ``undated``,
    whether any of them has no date of its own)."""
    sources: dict[tuple, set[str]] = {}
    best: dict[tuple, float | None] = {}
    no_date: set[tuple] = set()
    for row in rows:
        key = tuple(row.get(k) for k in keys)
        sources.setdefault(key, set()).add(str(row["article"]))
        if confidence and row.get("confidence") is not None:
            value = float(row["confidence"])  # type: ignore[arg-type]
            best[key] = max(best.get(key) or 0.0, value)
        if row.get("event_date") is None:
            no_date.add(key)
    found = []
    for key, articles in sources.items():
        row = dict(zip(keys, key, strict=True))
        if confidence:
            row["confidence"] = _number(best.get(key))
        row["sources"] = sorted(articles)
        found.append(row)
    found.sort(key=sort_key)
    if undated:  # after sorting: the order is the one without the flag
        for row in found:
            row["undated"] = tuple(row[k] for k in keys) in no_date
    return found


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 4)


def sort_key(row: Row) -> tuple:
    return tuple((value is None, str(value)) for value in row.values())


def by_status(statuses: Iterable[object]) -> list[str]:
    """Statuses once each, firmest first (announced, in_talks, reported, planned)."""
    return list(_by_status(tuple(statuses)))


@lru_cache(maxsize=1024)
def _by_status(statuses: tuple) -> tuple[str, ...]:
    # a handful of combinations, asked for once per answer row
    return tuple(
        sorted({str(s) for s in statuses if s}, key=lambda s: (STATUS_ORDER.get(s, 99), s))
    )


# ---------------------------------------------------------------- questions


def facts(store, filters: Filters = NO_FILTERS, with_registry: bool = False) -> list[Row]:
    """Every fact articles state, grouped over articles; registry facts on request.

    ``confidence`` is the highest extraction confidence among the grouped facts.
    """
    source = as_source(store)
    rows = grouped_rows(source, "facts", FACT_KEYS, filters, confidence=True)
    # Registry facts are reference data: timeless, and as firm as an announcement.
    if with_registry and filters.keeps("announced", None, "0001-01-01"):
        registry = [
            {**{k: None for k in FACT_KEYS}, **{k: r[k] for k in ("type", "subject", "object",
             "process_node")}, "status": "announced", "confidence": 1, "sources": [],
             **({"undated": False} if filters.flags_undated else {})}
            for r in source.rows("registry_facts")
        ]  # fmt: skip
        rows = sorted(rows + registry, key=sort_key)
    return filters.mentions(rows, ("subject", "object", "chip"))


def silicon(store, filters: Filters = NO_FILTERS, with_provider: bool = False) -> list[Row]:
    """Which labs depend on which silicon: direct use, and through commitments naming a chip.

    One row per lab and chip (and provider, with ``with_provider``): ``status`` lists every
    status the facts behind it have, firmest first, and ``purpose`` the purposes they state.
    """
    keys = SILICON_PROVIDER_KEYS if with_provider else SILICON_KEYS
    source = as_source(store)
    if hasattr(source, "merged"):  # the fact table's engine merges and orders the rows
        rows = source.merged("silicon", keys[:-2], filters)
        for row in rows:  # the keys, purpose, status, sources, undated: made answer rows
            row["status"] = by_status(row["status"])
            undated = row.pop("undated")
            if filters.flags_undated:
                row["undated"] = undated
        return filters.mentions(rows, ("lab", "chip", "designer", "provider"))
    merged: dict[tuple, dict] = {}
    for row in fact_rows(source, "silicon", filters):
        key = tuple(row.get(k) for k in keys[:-2])
        entry = merged.setdefault(key, {"purpose": set(), "status": set(), "sources": set(),
                                        "undated": False})  # fmt: skip
        if row.get("purpose"):
            entry["purpose"].add(row["purpose"])
        entry["status"].add(row["status"])
        entry["sources"].add(str(row["article"]))
        entry["undated"] = entry["undated"] or row.get("event_date") is None
    rows = [
        {**dict(zip(keys[:-2], key, strict=True)), "purpose": sorted(e["purpose"]),
         "status": by_status(e["status"]), "sources": sorted(e["sources"])}
        for key, e in merged.items()
    ]  # fmt: skip
    rows.sort(key=sort_key)
    if filters.flags_undated:
        for row in rows:
            row["undated"] = merged[tuple(row[k] for k in keys[:-2])]["undated"]
    return filters.mentions(rows, ("lab", "chip", "designer", "provider"))


def investments(store, filters: Filters = NO_FILTERS) -> list[Row]:
    """Who invests in whom, how much, how certain, and which articles say so."""
    rows = grouped_rows(store, "investments", INVESTMENT_KEYS, filters)
    return filters.mentions(rows, ("investor", "investee"))


def commitments(store, filters: Filters = NO_FILTERS) -> list[Row]:
    """Who has committed to buy how much compute from whom."""
    rows = grouped_rows(store, "commitments", COMMITMENT_KEYS, filters)
    return filters.mentions(rows, ("buyer", "provider", "chip"))


def chips(store, filters: Filters = NO_FILTERS) -> list[Row]:
    """Chips that articles name, with designer, foundry, process node and purpose."""
    rows = grouped_rows(store, "chips", CHIP_KEYS, filters)
    return filters.mentions(rows, ("chip", "designer", "foundry"))


def timeline(store, filters: Filters = NO_FILTERS) -> list[Row]:
    """Facts that carry their own date, oldest first, grouped over articles."""
    rows = grouped_rows(store, "timeline", TIMELINE_KEYS, filters)
    return filters.mentions(rows, ("subject", "object", "chip"))


def why(store, name: str, other: str | None = None, filters: Filters = NO_FILTERS) -> list[Row]:
    """Every fact about an entity, or linking two, with quotes, status and article titles.

    An organisation includes its divisions and a chip family its generations.
    """
    source = as_source(store)
    first = resolve(source, name)
    second = resolve(source, other) if other else None
    named: set[str] = set()
    for iri in (first.iri, *_members(source, first)):
        named.update(str(r["fact"]) for r in source.rows("facts_naming", {"entity": iri}))
    rows = filters.facts(source.facts_of(sorted(named)))
    found: dict[str, dict] = {}
    for row in sorted(rows, key=lambda r: (str(r["fact"]), r["start"])):
        names = {row["subject"], row["object"], row["chip"]}
        if second and not second.labels & names:
            continue
        fact = found.setdefault(
            str(row["fact"]), {**{k: row.get(k) for k in WHY_KEYS[:-1]}, "quotes": []}
        )
        if row["quote"] not in fact["quotes"]:
            fact["quotes"].append(row["quote"])
    rows = sorted(found.values(), key=sort_key)
    if filters.flags_undated:
        for fact in rows:
            fact["undated"] = fact["event_date"] is None
    return rows


def _members(source, entity) -> list[str]:
    """The IRIs of the entities ``entity`` rolls up (by label, from the names table)."""
    if not entity.includes:
        return []
    wanted = set(entity.includes)
    return sorted({str(r["entity"]) for r in source.rows("names") if r["label"] in wanted})


_IRI = re.compile(r"^[^\x00-\x20<>\"{}|^`\\]+$")


def for_facts(query: str, facts: list[str]) -> str:
    """A query restricted to some facts by a VALUES block of their IRIs.

    The block also opens each ``OPTIONAL { ?fact …}``: Oxigraph answers an optional property
    path by reading it for every fact in the store unless the group itself is restricted.
    The IRIs are ones the store itself returned, never user input, and are checked to be
    plain IRIs before they are written into the text.
    """
    for fact in facts:
        if not _IRI.match(fact):
            raise KgError(f"not an IRI the store should hold: {fact!r}")
    values = "VALUES ?fact { " + " ".join(f"<{fact}>" for fact in facts) + " }"
    head, brace, body = query.partition("WHERE {\n")
    body = body.replace("OPTIONAL { ?fact ", f"OPTIONAL {{ {values} ?fact ")
    return head + brace + values + "\n" + body


def diff(store, since: str, until: str, filters: Filters = NO_FILTERS) -> list[Row]:
    """What articles published after ``since`` and by ``until`` added, restated or contradicted.

    Uses the articles' publication dates (the known-by clock); undated articles are left out.
    Both dates are read as every date is (a bare year is its last day). A fact is ``added``
    when nothing was known about its (type, subject, object) by ``since`` (the organisations
    that act: a deal stated with AWS restates one stated with Amazon), ``contradicted``
    when it gives a value another article gave differently by then, and ``restated``
    otherwise. ``earlier`` lists the values it contradicts; ``earlier_status`` the statuses
    known before.
    """
    start, end = parse_date(since, "diff start"), parse_date(until, "diff end")
    if start >= end:  # type: ignore[operator]
        raise KgError(f"diff: the start date {start} must come before the end date {end}")
    # Published by the end date: the known-by clock set to it.
    kept = Filters(status=filters.status, as_of=filters.as_of, known_by=end,
                   min_confidence=filters.min_confidence)  # fmt: skip
    shown = (*FACT_KEYS, "published")
    keys = (*shown, *ACTING)
    since_text = start.isoformat()  # type: ignore[union-attr]
    source = as_source(store)
    if hasattr(source, "diff_rows"):  # the fact table's engine groups and narrows both sides
        later, earlier_rows = source.diff_rows(kept, since_text, keys)
    else:
        rows = fact_rows(source, "facts", kept)
        earlier_rows = [r for r in rows if str(r["published"]) <= since_text]
        later = grouped((r for r in rows if str(r["published"]) > since_text), keys,
                        undated=filters.flags_undated)  # fmt: skip
    before: dict[tuple, list[Row]] = {}
    for row in earlier_rows:
        before.setdefault((row["type"], *(row[k] for k in ACTING)), []).append(row)
    changes = []
    for version in later:
        prior = before.get((version["type"], *(version[k] for k in ACTING)), [])
        earlier: set[str] = set()
        for field in COMPARED_FIELDS:
            new = version[field]
            if new is None:
                continue
            stated = [p for p in prior if p[field] is not None]
            if stated and new not in {p[field] for p in stated}:
                earlier |= {f"{field}={_text(p[field])} ({p['article']})" for p in stated}
        change = "added" if not prior else "contradicted" if earlier else "restated"
        changes.append(
            {
                "change": change,
                **{k: version[k] for k in shown},
                "sources": version["sources"],
                "earlier": sorted(earlier),
                "earlier_status": sorted({str(r["status"]) for r in prior}),
                "earlier_sources": sorted({str(r["article"]) for r in prior}),
                **({"undated": version["undated"]} if "undated" in version else {}),
            }
        )
    # By date and change; within them in the order of ``later`` (sort_key of its keys, which
    # are unique): the order sort_key of the whole row would give, by a stable sort.
    changes.sort(key=lambda r: (str(r["published"]), r["change"]))
    return filters.mentions(changes, ("subject", "object", "chip"))


def _text(value: object) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def undated(store, filters: Filters) -> int:
    """How many facts the ``as_of`` clock kept only because they carry no date of their own."""
    if not filters.as_of:
        return 0
    rows = fact_rows(store, "facts", filters)
    return len({str(r["fact"]) for r in rows if r.get("event_date") is None})
