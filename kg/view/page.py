"""The interactive HTML page: one self-contained, offline file (vis-network, as pyvis ships it)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

from kg.view.layout import (
    LABEL_DRAW_THRESHOLD_PX,
    LABEL_MAX_SCREEN_PX,
    label_sizes,
    layout_positions,
)
from kg.view.names import entity_names, names_data, resolve_nodes
from kg.view.records import edge_records, facts_touching_nodes, node_record
from kg.view.roles import node_roles
from kg.view.subgraph import keep_statuses, neighbourhood, one_edge_per_statement
from kg.view.template import PAGE_TEMPLATE, page_environment

LARGE_PAGE_NODES = 1000


def write_html(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    focus: str | None = None,
    depth: int = 1,
    statuses: set[str] | None = None,
    title: str = "AI infrastructure knowledge graph",
    names: Any = None,
) -> dict[str, int]:
    """Write the graph as one self-contained, offline HTML page; returns the nodes and edges drawn.

    ``focus`` is a name (registry name, alias or id); a parent's name takes in its divisions.
    It is resolved by ``kg.questions.names.resolve`` (as ``--entity`` is) over ``names`` (a
    store or fact table; by default the graph's own labels and the registry's aliases).
    """
    filtered = graph if statuses is None else keep_statuses(graph, statuses)
    focus_note = ""
    if focus is not None:
        centres, focus_note = resolve_nodes(filtered, focus, names)
        filtered = neighbourhood(filtered, centres, depth)
        focus_note = f"Focus: {focus_note} \u00b7 depth {depth}"
    shown = one_edge_per_statement(filtered)
    html, counts = page_html(shown, title, focus_note)
    Path(path).write_text(html, encoding="utf-8", newline="\n")
    return counts


def page_html(graph: nx.MultiDiGraph, title: str, focus_note: str = "") -> tuple[str, dict]:
    """The page's HTML and the counts of nodes and edges it draws."""
    ordered_nodes = sorted(graph.nodes, key=str)
    positions = layout_positions(graph, ordered_nodes)
    facts_by_node = facts_touching_nodes(graph)
    roles = node_roles(graph)
    fonts = label_sizes(graph, ordered_nodes)
    nodes = [
        {
            **node_record(graph, node, positions[node], facts_by_node[node], roles[node]),
            "font": {"size": fonts[node]},
        }
        for node in ordered_nodes
    ]
    edges = edge_records(graph)
    role_counts = Counter(node["kgRole"] for node in nodes)
    html = (
        page_environment()
        .get_template(PAGE_TEMPLATE)
        .render(
            heading=title,
            focus_note=focus_note,
            nodes=nodes,
            edges=edges,
            names=names_data(entity_names(graph)),
            options=json.dumps(vis_options(len(nodes)), sort_keys=True),
            role_counts=role_counts,
            label_max_px=LABEL_MAX_SCREEN_PX,
        )
    )
    return html, {"nodes": len(nodes), "edges": len(edges)}


def vis_options(node_count: int) -> dict[str, Any]:
    """Physics off (the layout is precomputed); a label shows once it is big enough on screen.

    Each node's font size comes from ``label_sizes``: hubs are named at the zoom that fits the
    whole graph and the rest appear as the reader zooms in. Node size follows ``value``.
    """
    large = node_count > LARGE_PAGE_NODES
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
        },
        "nodes": {
            "font": {"size": 14, "strokeWidth": 3},
            "borderWidth": 1,
            "scaling": {
                "min": 8,
                "max": 32,
                "label": {
                    "enabled": False,
                    "maxVisible": LABEL_MAX_SCREEN_PX,
                    "drawThreshold": LABEL_DRAW_THRESHOLD_PX,
                },
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False,
            "font": {"size": 12, "align": "middle", "strokeWidth": 3},
        },
    }
