"""Named questions: SPARQL files shipped in ``kg/queries`` and NetworkX analyses, as JSON rows.

Every question takes ``filters`` (status, entities, ``as_of`` and ``known_by``; see
``kg.filters``). Facts are filtered before an answer is computed; the entity filter keeps the
answer rows that name one of the entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from importlib import resources

import pyoxigraph as ox

from kg import analysis
from kg.errors import KgError
from kg.filters import NO_FILTERS, Filters, parse_date, resolve
from kg.store import select

Row = dict[str, object]

FACT_KEYS = (
    "type", "subject", "object", "amount_usd", "capacity_gw", "duration_years", "chip",
    "purpose", "process_node", "status",
)  # fmt: skip
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
TOTAL_KEYS = (
    "entity", "role", "amount_usd", "capacity_gw", "counterparties", "disputed", "source_count",
    "sources",
)  # fmt: skip
DIFF_KEYS = (
    "change", *FACT_KEYS, "published", "sources", "earlier", "earlier_status", "earlier_sources",
)  # fmt: skip
NUMERIC_FIELDS = ("amount_usd", "capacity_gw", "duration_years")
COMPARED_FIELDS = (*NUMERIC_FIELDS, "purpose")


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


def _rows(store, name: str, filters: Filters, bindings: dict | None = None) -> list[Row]:
    """The rows of a shipped query whose facts pass the filters (status and both clocks)."""
    return filters.facts(select(store, query_text(name), bindings))


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


# ---------------------------------------------------------------- SPARQL questions


def facts(store: ox.Store, filters: Filters = NO_FILTERS, with_registry: bool = False) -> list[Row]:
    """Every fact articles state, grouped over articles; registry facts on request."""
    rows = _grouped(_rows(store, "facts", filters), FACT_KEYS)
    # Registry facts are reference data: timeless, and as firm as an announcement.
    if with_registry and filters.keeps("announced", None, "0001-01-01"):
        registry = [
            {**{k: None for k in FACT_KEYS}, **r, "status": "announced", "sources": []}
            for r in select(store, query_text("registry_facts"))
        ]
        rows = sorted(
            rows + [{k: r[k] for k in (*FACT_KEYS, "sources")} for r in registry], key=_sort_key
        )
    return filters.mentions(rows, ("subject", "object", "chip"))


def silicon(
    store: ox.Store, filters: Filters = NO_FILTERS, with_provider: bool = False
) -> list[Row]:
    """Which labs depend on which silicon: direct use, and through commitments naming a chip.

    ``with_provider`` adds the provider a commitment goes through (null for direct use).
    """
    keys = SILICON_PROVIDER_KEYS if with_provider else SILICON_KEYS
    rows = _grouped(_rows(store, "silicon", filters), keys)
    return filters.mentions(rows, ("lab", "chip", "designer", "provider"))


def investments(store: ox.Store, filters: Filters = NO_FILTERS) -> list[Row]:
    """Who invests in whom, how much, how certain, and which articles say so."""
    rows = _grouped(_rows(store, "investments", filters), INVESTMENT_KEYS)
    return filters.mentions(rows, ("investor", "investee"))


def commitments(store: ox.Store, filters: Filters = NO_FILTERS) -> list[Row]:
    """Who has committed to buy how much compute from whom."""
    rows = _grouped(_rows(store, "commitments", filters), COMMITMENT_KEYS)
    return filters.mentions(rows, ("buyer", "provider", "chip"))


def chips(store: ox.Store, filters: Filters = NO_FILTERS) -> list[Row]:
    """Chips that articles name, with designer, foundry, process node and purpose."""
    rows = _grouped(_rows(store, "chips", filters), CHIP_KEYS)
    return filters.mentions(rows, ("chip", "designer", "foundry"))


def timeline(store: ox.Store, filters: Filters = NO_FILTERS) -> list[Row]:
    """Facts that carry their own date, oldest first, grouped over articles."""
    rows = _grouped(_rows(store, "timeline", filters), TIMELINE_KEYS)
    return filters.mentions(rows, ("subject", "object", "chip"))


def conflicts(store: ox.Store, filters: Filters = NO_FILTERS) -> list[Row]:
    """Facts about one deal or chip that disagree across articles, side by side with quotes.

    Two versions conflict when they give different values for one field of the same
    (type, subject, object) and come from different articles.
    """
    versions: dict[tuple, dict[tuple[str, object], dict]] = {}
    for row in _rows(store, "facts", filters):
        deal = (row["type"], row["subject"], row["object"])
        for field in COMPARED_FIELDS:
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
        for field in sorted({field for field, _ in by_value}):
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
    found.sort(key=lambda r: (r["type"], r["subject"], r["object"], r["field"]))
    return filters.mentions(found, ("subject", "object"))


def totals(store: ox.Store, filters: Filters = NO_FILTERS) -> list[Row]:
    """Committed dollars and gigawatts per buyer and per provider, and how many sources.

    A deal reported by several articles counts once: each distinct amount (and capacity)
    between a buyer and a provider is added once, whichever articles state it. Where articles
    give different figures for the same pair, every figure is added and the counterparty is
    listed under ``disputed`` (see the ``conflicts`` question).
    """
    pairs: dict[tuple[str, str], dict[str, set]] = {}
    for row in _rows(store, "commitments", filters):
        pair = pairs.setdefault(
            (row["buyer"], row["provider"]), {"usd": {}, "gw": {}, "sources": set()}
        )
        pair["sources"].add(row["article"])
        for key, field in (("usd", "amount_usd"), ("gw", "capacity_gw")):
            if row[field] is not None:
                pair[key].setdefault(row[field], set()).add(row["article"])
    by_entity: dict[tuple[str, str], dict] = {}
    for (buyer, provider), pair in pairs.items():
        disputed = any(_disputed(pair[key]) for key in ("usd", "gw"))
        for role, entity, other in (("buyer", buyer, provider), ("provider", provider, buyer)):
            total = by_entity.setdefault(
                (role, entity),
                {"usd": [], "gw": [], "counterparties": set(), "disputed": set(), "sources": set()},
            )
            total["usd"] += list(pair["usd"])
            total["gw"] += list(pair["gw"])
            total["counterparties"].add(other)
            total["sources"] |= pair["sources"]
            if disputed:
                total["disputed"].add(other)
    rows = [
        {
            "entity": entity,
            "role": role,
            "amount_usd": _sum(total["usd"]),
            "capacity_gw": _sum(total["gw"]),
            "counterparties": sorted(total["counterparties"]),
            "disputed": sorted(total["disputed"]),
            "source_count": len(total["sources"]),
            "sources": sorted(total["sources"]),
        }
        for (role, entity), total in by_entity.items()
    ]
    rows.sort(key=lambda r: (r["role"], -(r["amount_usd"] or 0), r["entity"]))
    return filters.mentions(rows, ("entity", "counterparties"))


def _disputed(figures: dict[object, set[str]]) -> bool:
    return len(figures) > 1 and len(set().union(*figures.values())) > 1


def _sum(values: list) -> int | float | None:
    if not values:
        return None
    total = sum(values)
    return int(total) if float(total).is_integer() else total


def why(store: ox.Store, name: str, other: str | None = None,
        filters: Filters = NO_FILTERS) -> list[Row]:  # fmt: skip
    """Every fact about an entity, or linking two, with quotes, status and article titles."""
    first = resolve(store, name)
    second = resolve(store, other) if other else None
    facts_found: dict[str, dict] = {}
    # why.rq in two steps: the facts naming the entity (a bound lookup), then facts.rq for
    # just those facts. Oxigraph plans why.rq in one piece as a scan of every fact.
    named = [
        row["fact"] for row in select(store, _FACTS_NAMING, {"entity": ox.NamedNode(first.iri)})
    ]
    rows = filters.facts(
        row
        for batch in range(0, len(named), _BATCH)
        for row in select(store, _for_facts(query_text("facts"), named[batch : batch + _BATCH]))
    )
    for row in sorted(rows, key=lambda r: (r["fact"], r["start"])):
        names = (row["subject"], row["object"], row["chip"])
        if second and second.label not in names:
            continue
        fact = facts_found.setdefault(
            row["fact"], {**{k: row.get(k) for k in WHY_KEYS[:-1]}, "quotes": []}
        )
        if row["quote"] not in fact["quotes"]:
            fact["quotes"].append(row["quote"])
    found = sorted(facts_found.values(), key=_sort_key)
    return filters.mentions(found, ("subject", "object", "chip"))


_FACTS_NAMING = """
PREFIX aik: <https://w3id.org/ai-infra-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?entity ?fact WHERE {
  { ?role rdfs:subPropertyOf aik:subject . ?fact ?role ?entity }
  UNION { ?role rdfs:subPropertyOf aik:object . ?fact ?role ?entity }
  UNION { ?fact aik:chip ?entity }
}
"""
_BATCH = 500
_IRI = re.compile(r"^[^\x00-\x20<>\"{}|^`\\]+$")


def _for_facts(query: str, facts: list[str]) -> str:
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


def diff(store: ox.Store, since: str, until: str, filters: Filters = NO_FILTERS) -> list[Row]:
    """What articles published after ``since`` and by ``until`` added, restated or contradicted.

    Uses the articles' publication dates (the known-by clock); undated articles are left out.
    A fact is ``added`` when nothing was known about its (type, subject, object) by ``since``,
    ``contradicted`` when it gives a value another article gave differently by then, and
    ``restated`` otherwise. ``earlier`` lists the values it contradicts; ``earlier_status`` the
    statuses known before.
    """
    start, end = parse_date(since, "diff start"), parse_date(until, "diff end")
    if start >= end:
        raise KgError(f"diff: the start date {start} must come before the end date {end}")
    rows = [
        r for r in _rows(store, "facts", Filters(status=filters.status, as_of=filters.as_of))
        if r["published"] is not None and str(r["published"]) <= end.isoformat()
    ]  # fmt: skip
    before: dict[tuple, list[Row]] = {}
    for row in rows:
        if str(row["published"]) <= start.isoformat():
            before.setdefault((row["type"], row["subject"], row["object"]), []).append(row)
    keys = (*FACT_KEYS, "published")
    changes = []
    for version in _grouped((r for r in rows if str(r["published"]) > start.isoformat()), keys):
        prior = before.get((version["type"], version["subject"], version["object"]), [])
        earlier: set[str] = set()
        for field in COMPARED_FIELDS:
            stated = [p for p in prior if p[field] is not None]
            new = version[field]
            if new is not None and stated and new not in {p[field] for p in stated}:
                earlier |= {f"{field}={_text(p[field])} ({p['article']})" for p in stated}
        change = "added" if not prior else "contradicted" if earlier else "restated"
        changes.append(
            {
                "change": change,
                **{k: version[k] for k in keys},
                "sources": version["sources"],
                "earlier": sorted(earlier),
                "earlier_status": sorted({str(r["status"]) for r in prior}),
                "earlier_sources": sorted({str(r["article"]) for r in prior}),
            }
        )
    changes.sort(key=lambda r: (str(r["published"]), r["change"], _sort_key(r)))
    return filters.mentions(changes, ("subject", "object", "chip"))


def _text(value: object) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


# ---------------------------------------------------------------- the registry of questions

QUESTIONS: dict[str, Callable[..., list[Row]]] = {
    "facts": facts,
    "silicon": silicon,
    "exposure": analysis.exposure,
    "investments": investments,
    "commitments": commitments,
    "chips": chips,
    "loops": analysis.loops,
    "totals": totals,
    "conflicts": conflicts,
    "timeline": timeline,
    "why": why,
    "path": analysis.path,
    "diff": diff,
}
# Positional arguments a question takes after its name: (usage, fewest, most).
ARGUMENTS: dict[str, tuple[str, int, int]] = {
    "why": ("why ENTITY [OTHER]", 1, 2),
    "path": ("path FROM TO", 2, 2),
    "diff": ("diff SINCE UNTIL", 2, 2),
}
# Options a question takes besides the filters.
OPTIONS: dict[str, tuple[str, ...]] = {
    "facts": ("with_registry",),
    "silicon": ("with_provider",),
    "loops": ("max_length",),
    "path": ("max_paths", "with_registry"),
}
# The keys of each question's rows, in order (``silicon --with-provider`` adds ``provider``).
COLUMNS: dict[str, tuple[str, ...]] = {
    "facts": (*FACT_KEYS, "sources"),
    "silicon": (*SILICON_KEYS, "sources"),
    "exposure": analysis.EXPOSURE_KEYS,
    "investments": (*INVESTMENT_KEYS, "sources"),
    "commitments": (*COMMITMENT_KEYS, "sources"),
    "chips": (*CHIP_KEYS, "sources"),
    "loops": analysis.LOOP_KEYS,
    "totals": TOTAL_KEYS,
    "conflicts": ("type", "subject", "object", "field", "versions"),
    "timeline": (*TIMELINE_KEYS, "sources"),
    "why": WHY_KEYS,
    "path": analysis.PATH_KEYS,
    "diff": DIFF_KEYS,
}
SUMMARIES = {
    "exposure": "Per lab, the chip designers and foundries it reaches through its chips.",
    "loops": "Capital–compute loops: cycles of investments and compute commitments.",
    "totals": "Committed dollars and gigawatts per buyer and provider; each deal counted once.",
    "conflicts": "Facts about one deal or chip that disagree across articles, with their quotes.",
    "why": "Every fact about an entity, or linking two, with quotes, status and article titles.",
    "path": "How two entities connect: shortest paths over the fact graph, each hop's facts.",
    "diff": "What articles published between two dates added, restated or contradicted.",
}


def question_names() -> list[str]:
    return sorted(QUESTIONS)


def summary(name: str) -> str:
    return SUMMARIES.get(name) or query_summary(name)


def ask(store: ox.Store, name: str, *args: str, filters: Filters = NO_FILTERS,
        **options: object) -> list[Row]:  # fmt: skip
    """The rows of a named question, as ``kg query NAME ARGS`` prints them in JSON."""
    if name not in QUESTIONS:
        raise KgError(f"unknown question '{name}'; known: {', '.join(question_names())}")
    usage, fewest, most = ARGUMENTS.get(name, (name, 0, 0))
    if not fewest <= len(args) <= most:
        raise KgError(f"usage: kg query {usage}")
    unknown = sorted(set(options) - set(OPTIONS.get(name, ())))
    if unknown:
        raise KgError(f"'{name}' takes no option '{unknown[0]}'")
    return QUESTIONS[name](store, *args, filters=filters, **options)
