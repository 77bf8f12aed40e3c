"""Which facts a view draws: chosen statuses, a focus's neighbourhood, one edge per statement."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.view.names import resolve_nodes
from kg.view.styles import STATUSES

STATEMENT_FIELDS = (
    "fact_type", "status", "amount_usd", "capacity_gw", "duration_years", "chip", "purpose",
)  # fmt: skip


def one_edge_per_statement(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """One edge for a statement several articles make, carrying every article's evidence."""
    merged = nx.MultiDiGraph()
    merged.add_nodes_from(graph.nodes(data=True))
    seen: dict[tuple, dict[str, Any]] = {}
    for source, target, key, attrs in sorted(graph.edges(keys=True, data=True), key=str):
        statement = (source, target, *(attrs.get(f) for f in STATEMENT_FIELDS))
        if statement not in seen:
            seen[statement] = {**attrs, "evidence": list(attrs.get("evidence", []))}
            merged.add_edge(source, target, key=key)
            merged.edges[source, target, key].update(seen[statement])
            seen[statement] = merged.edges[source, target, key]
            continue
        kept = seen[statement]
        kept["evidence"] = kept["evidence"] + list(attrs.get("evidence", []))
        if "sources" in kept:
            kept["sources"] = sorted(set(kept["sources"]) | set(attrs.get("sources", [])))
    return merged


def select_subgraph(
    graph: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    statuses: set[str] | None = None,
    names: Any = None,
) -> nx.MultiDiGraph:
    """The facts with these statuses, around the entities ``focus`` names, ``depth`` hops out."""
    selected = graph if statuses is None else keep_statuses(graph, statuses)
    if focus is None:
        return selected
    return neighbourhood(selected, resolve_nodes(selected, focus, names)[0], depth)


def keep_statuses(graph: nx.MultiDiGraph, statuses: set[str]) -> nx.MultiDiGraph:
    unknown = sorted(set(statuses) - set(STATUSES))
    if unknown:
        raise KgError(f"unknown status {', '.join(unknown)}; choose from {', '.join(STATUSES)}")
    kept = nx.MultiDiGraph()
    kept.add_nodes_from(graph.nodes(data=True))
    kept.add_edges_from(
        (source, target, key, attrs)
        for source, target, key, attrs in graph.edges(keys=True, data=True)
        if attrs.get("status") in statuses
    )
    return kept


def neighbourhood(graph: nx.MultiDiGraph, centres: Iterable[Any], depth: int) -> nx.MultiDiGraph:
    if depth < 0:
        raise KgError(f"depth must be 0 or more, not {depth}")
    undirected = graph.to_undirected(as_view=True)
    reached = nx.multi_source_dijkstra_path_length(undirected, set(centres), cutoff=depth)
    return graph.subgraph(reached).copy()


def sorted_edges(graph: nx.MultiDiGraph) -> list[tuple]:
    return sorted(
        graph.edges(keys=True, data=True),
        key=lambda edge: (str(edge[0]), str(edge[1]), str(edge[2])),
    )
