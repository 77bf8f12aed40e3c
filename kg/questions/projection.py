"""A NetworkX projection: entities as nodes, every fact as an edge with its evidence.

Read from any source (the store through ``projection.rq`` and its helpers, or the fact table).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

from kg.errors import KgError
from kg.questions.filters import NO_FILTERS, Filters
from kg.questions.sources import as_source
from kg.questions.vocabulary import FACT_TYPES


def entity_id(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def projection(store, **options) -> nx.MultiDiGraph:
    """The fact graph as a MultiDiGraph keyed by fact IRI, built from ``projection_parts``
    with the same ``options``.

    Nodes are entity ids with ``label``, ``types``, ``wikidata``, ``parent`` and ``family``.
    Edges carry ``fact_type``, ``status``, the numbers, ``chip`` (label) and ``chip_id``,
    ``purpose``, ``event_date``, ``published``, ``sources`` (article ids), ``registry`` and,
    unless ``evidence=False``, ``evidence`` (article, title, quote of every quote).
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    nodes, edges = projection_parts(store, **options)
    graph.add_nodes_from(nodes.items())
    for key, edge in edges.items():
        head, tail = edge.pop("source"), edge.pop("target")
        graph.add_edge(head, tail, key=key, **edge)
    return graph


def projection_parts(
    store,
    *,
    filters: Filters = NO_FILTERS,
    fact_types: Iterable[str] | None = None,
    with_registry: bool = False,
    evidence: bool = True,
    entities: dict[str, dict] | None = None,
    between: set[tuple[str, str]] | None = None,
    as_named: bool = True,
) -> tuple[dict[str, dict], dict[str, dict]]:
    """What ``projection`` makes its graph of, without NetworkX (``path`` reads it as it is):
    the nodes by entity id, sorted, with their data; the edges by key, sorted, each with its
    ``source`` and ``target`` and the data of an edge of the graph.

    Only facts that pass ``filters`` (status and both clocks) are edges; ``with_registry`` adds
    the registry's chip designers and foundries as edges with ``registry=True``
    (``co_designs_chip`` for co-designers). ``entities`` is ``entity_table(store)`` when the
    caller already has it; ``between`` keeps only the edges from one entity id to another of
    these pairs. An edge runs between the parties as the article named them (AWS), or with
    ``as_named=False`` between the organisations that act (Amazon), as ``between`` and
    ``pair_edges`` give them."""
    source = as_source(store)
    edges = _fact_edges(source, filters, fact_types, evidence, between, as_named)
    if with_registry:
        wanted = set(fact_types or FACT_TYPES) | {"co_designs_chip"}
        for row in source.rows("registry_facts"):
            if row["type"] in wanted and (
                between is None or (entity_id(row["s"]), entity_id(row["o"])) in between
            ):
                key = f"registry:{row['type']}:{entity_id(row['s'])}:{entity_id(row['o'])}"
                edges[key] = _registry_edge(row)
    ends = {edge[k] for edge in edges.values() for k in ("source", "target")}
    if entities is None:
        entities = entity_table(source, ends if between is not None else None)
    return _nodes(entities, ends), dict(sorted(edges.items()))


def _fact_edges(source, filters: Filters, fact_types, evidence: bool,
                between: set[tuple[str, str]] | None = None,
                as_named: bool = True) -> dict[str, dict]:  # fmt: skip
    chosen = set(FACT_TYPES if fact_types is None else fact_types)
    unknown = sorted(t for t in chosen if t not in FACT_TYPES)
    if unknown:
        raise KgError(f"unknown fact type '{unknown[0]}'; known: {', '.join(FACT_TYPES)}")
    if between is not None and source.kind == "table":
        wanted = sorted(f"{a} {b}" for a, b in between)
        rows = source.rows("projection_between", {"pairs": wanted})
    else:
        rows = source.rows("projection")
    if between is not None:
        rows = [r for r in rows if (entity_id(r["s"]), entity_id(r["o"])) in between]
    rows = [r for r in rows if r["type"] in chosen and filters.keeps_row(r)]
    rows.sort(key=lambda r: (str(r["fact"]), str(r["article"])))
    quotes: dict[str, list[dict]] = {}
    if evidence:
        for row in sorted(source.rows("evidence"), key=lambda r: (str(r["fact"]), r["start"])):
            quotes.setdefault(str(row["fact"]), []).append(
                {"article": row["article"], "title": row["title"], "quote": row["quote"]}
            )
    ends = ("s_named", "o_named") if as_named else ("s", "o")
    edges: dict[str, dict] = {}
    for row in rows:
        edge = edges.get(row["fact"])
        if edge is None:
            edge = edges[row["fact"]] = {
                "source": entity_id(row[ends[0]]),
                "target": entity_id(row[ends[1]]),
                "fact_type": row["type"],
                "status": row["status"],
                "amount_usd": row["amount_usd"],
                "capacity_gw": row["capacity_gw"],
                "duration_years": row["duration_years"],
                "chip": row["chip"],
                "chip_id": entity_id(row["chip_iri"]) if row["chip_iri"] else None,
                "purpose": row["purpose"],
                "event_date": row["event_date"],
                "published": row["published"],
                "sources": [row["article"]],
                "registry": False,
            }
            if evidence:
                edge["evidence"] = quotes.get(row["fact"], [])
    return edges


def _registry_edge(row: dict) -> dict:
    return {
        "source": entity_id(row["s"]),
        "target": entity_id(row["o"]),
        "fact_type": row["type"],
        "status": None,
        "amount_usd": None,
        "capacity_gw": None,
        "duration_years": None,
        "chip": None,
        "chip_id": None,
        "purpose": None,
        "event_date": None,
        "published": None,
        "sources": [],
        "registry": True,
        "evidence": [],
    }


def entity_table(store, ids: Iterable[str] | None = None) -> dict[str, dict]:
    """Every entity by id: ``label``, ``types``, ``wikidata``, ``parent`` and ``family``
    (only those of ``ids`` when given, as the fact table can pick them)."""
    found: dict[str, dict] = {}
    source = as_source(store)
    if ids is not None and source.kind == "table":
        rows = source.rows("entities_of", {"ids": sorted(ids)})
    else:
        rows = source.rows("entities")
    for row in rows:
        node = found.setdefault(
            entity_id(row["entity"]),
            {"label": row["label"], "types": set(), "wikidata": None, "parent": None,
             "family": None},
        )  # fmt: skip
        if row["type"]:
            node["types"].add(row["type"].rsplit("#", 1)[-1])
        for key in ("wikidata", "parent", "family"):
            if row[key]:
                node[key] = entity_id(row[key])
    return found


def _nodes(entities: dict[str, dict], ids: set[str]) -> dict[str, dict]:
    found = {}
    for node_id in sorted(ids):
        info = entities.get(node_id) or {"label": node_id, "types": set(), "wikidata": None,
                                         "parent": None, "family": None}  # fmt: skip
        found[node_id] = {**info, "types": sorted(info["types"])}
    return found


def organisation_of(entities: dict[str, dict]) -> dict[str, str]:
    """Each division's top organisation by ``aik:parentOrganization`` (AWS → Amazon)."""
    parent = {node: info["parent"] for node, info in entities.items() if info["parent"]}
    top: dict[str, str] = {}
    for child in parent:
        seen, current = {child}, parent[child]
        while current in parent and parent[current] not in seen:
            seen.add(current)
            current = parent[current]
        top[child] = current
    return top


def pair_edges(store, filters: Filters, fact_types: Iterable[str],
               figures: bool = True) -> list[dict]:  # fmt: skip
    """Facts aggregated per (subject, object, type, chip): the compact projection the graph
    questions build on. Each row: ``s``, ``o`` and ``chip_id`` (entity ids), ``type``,
    ``status``, ``sources``, ``amounts`` and ``capacities`` (sorted, distinct), and ``undated``
    (whether a fact of the pair has no date of its own). ``figures=False`` lets the fact
    table leave ``amounts`` and ``capacities`` empty (questions that do not read them). The
    fact table's engine aggregates them; a store's projection rows are aggregated here."""
    source = as_source(store)
    wanted = tuple(sorted(set(fact_types)))
    if hasattr(source, "pairs"):
        return source.pairs(filters, wanted, figures)
    merged: dict[tuple, dict[str, set]] = {}
    for row in source.rows("projection"):
        if row["type"] not in wanted or not filters.keeps_row(row):
            continue
        chip = entity_id(row["chip_iri"]) if row["chip_iri"] else None
        key = (entity_id(row["s"]), entity_id(row["o"]), row["type"], chip)
        entry = merged.setdefault(key, {k: set() for k in ("status", "sources", "amounts",
                                                           "capacities", "undated")})  # fmt: skip
        entry["status"].add(row["status"])
        entry["sources"].add(row["article"])
        if row["event_date"] is None:
            entry["undated"].add(True)
        if row["amount_usd"] is not None:
            entry["amounts"].add(row["amount_usd"])
        if row["capacity_gw"] is not None:
            entry["capacities"].add(row["capacity_gw"])
    return [
        {"s": s, "o": o, "type": kind, "chip_id": chip,
         **{k: sorted(v) for k, v in entry.items() if k != "undated"},
         "undated": bool(entry["undated"])}
        for (s, o, kind, chip), entry in sorted(merged.items(), key=lambda kv: str(kv[0]))
    ]  # fmt: skip


def pair_ends(store, filters: Filters, fact_types: Iterable[str]) -> list[tuple[str, str]]:
    """The (subject, object) entity ids that some fact passing ``filters`` links: the pairs of
    ``pair_edges`` without their aggregates (the fact table's engine finds them)."""
    source = as_source(store)
    wanted = tuple(sorted(set(fact_types)))
    if hasattr(source, "pair_ends"):
        return source.pair_ends(filters, wanted)
    return [(e["s"], e["o"]) for e in pair_edges(source, filters, wanted)]


def registry_edges(store, fact_types: Iterable[str]) -> list[dict]:
    """The registry's designers, co-designers and foundries as pair rows (no status)."""
    wanted = set(fact_types) | {"co_designs_chip"}
    return [
        {"s": entity_id(r["s"]), "o": entity_id(r["o"]), "type": r["type"], "chip_id": None,
         "status": [], "sources": [], "amounts": [], "capacities": [], "undated": False}
        for r in as_source(store).rows("registry_facts")
        if r["type"] in wanted
    ]  # fmt: skip
