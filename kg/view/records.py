"""Nodes and edges as the vis-network records the page draws: shape, colour, size, tooltip."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import networkx as nx

from kg.view.labels import edge_label, edge_tooltip, node_label, node_tooltip
from kg.view.roles import NodeRole, known_types
from kg.view.styles import CLOSED_STATUSES, DEFAULT_FACT_COLOR, FACT_COLORS, STYLE_BY_TYPE
from kg.view.subgraph import sorted_edges


def node_record(
    graph: nx.MultiDiGraph,
    node: Any,
    position: tuple[int, int],
    facts: list[tuple],
    role: NodeRole,
) -> dict[str, Any]:
    attrs = graph.nodes[node]
    style = STYLE_BY_TYPE[role.main]
    return {
        "id": str(node),
        "label": node_label(node, attrs),
        "kgInfo": node_tooltip(graph, node, facts, role),
        "shape": style.shape,
        "color": style.color,
        "value": round(math.sqrt(graph.degree(node)), 3),
        "x": position[0],
        "y": position[1],
        "kgRole": role.main,
        "kgTypes": known_types(attrs),
    }


def facts_touching_nodes(graph: nx.MultiDiGraph) -> dict[Any, list[tuple]]:
    facts: dict[Any, list[tuple]] = defaultdict(list)
    for fact in sorted_edges(graph):
        source, target = fact[0], fact[1]
        facts[source].append(fact)
        if target != source:
            facts[target].append(fact)
    return facts


def edge_records(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    records = []
    parallel_seen: dict[frozenset, int] = defaultdict(int)
    for index, (source, target, key, attrs) in enumerate(sorted_edges(graph)):
        pair = frozenset((str(source), str(target)))
        record = {
            "id": f"e{index}",
            "from": str(source),
            "to": str(target),
            "label": "",
            "kgLabel": edge_label(attrs),
            "kgInfo": edge_tooltip(graph, source, target, key, attrs),
            "dashes": attrs.get("status") not in CLOSED_STATUSES,
            "color": fact_color_record(attrs.get("fact_type")),
            "width": edge_width(attrs.get("amount_usd")),
            "kgFact": str(key),
            "kgStatus": str(attrs.get("status")),
        }
        if parallel_seen[pair]:
            roundness = 0.2 * parallel_seen[pair]
            record["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": roundness}
        parallel_seen[pair] += 1
        records.append(record)
    return records


def fact_color_record(fact_type: str | None) -> dict[str, str]:
    color = FACT_COLORS.get(str(fact_type), DEFAULT_FACT_COLOR)
    return {"color": color, "highlight": color, "hover": color}


def edge_width(amount_usd: float | None) -> float:
    if not amount_usd or amount_usd <= 1e8:
        return 1.0
    return round(min(6.0, 1.0 + math.log10(amount_usd / 1e8)), 2)
