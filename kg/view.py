"""Interactive HTML (pyvis) and static PNG (matplotlib) views of the knowledge graph."""

from __future__ import annotations

import difflib
import json
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pyvis
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from pyvis.network import Network

from kg.errors import KgError

__all__ = ["write_html", "write_png", "select_subgraph"]

ASSETS_DIR = Path(__file__).parent / "view_assets"
PYVIS_TEMPLATES_DIR = Path(pyvis.__file__).parent / "templates"
PAGE_TEMPLATE = "page.html.j2"


@dataclass(frozen=True)
class NodeStyle:
    type: str
    title: str
    color: str
    shape: str
    glyph: str


NODE_STYLES = (
    NodeStyle("Lab", "Lab", "#4e79a7", "dot", "\u25cf"),
    NodeStyle("CloudProvider", "Cloud provider", "#f28e2b", "square", "\u25a0"),
    NodeStyle("ChipDesigner", "Chip designer", "#59a14f", "diamond", "\u25c6"),
    NodeStyle("Foundry", "Foundry", "#e15759", "hexagon", "\u2b22"),
    NodeStyle("Chip", "Chip", "#76b7b2", "triangle", "\u25b2"),
    NodeStyle("Model", "Model", "#edc948", "star", "\u2605"),
    NodeStyle("Product", "Product", "#9c755f", "dot", "\u25cf"),
    NodeStyle("DataCenter", "Data centre", "#8c8c8c", "square", "\u25a0"),
    NodeStyle("Investor", "Investor", "#b07aa1", "triangleDown", "\u25bc"),
    NodeStyle("Other", "Other", "#c8c8c8", "dot", "\u25cf"),
)
STYLE_BY_TYPE = {style.type: style for style in NODE_STYLES}
OTHER_STYLE = STYLE_BY_TYPE["Other"]

STATUSES = ("announced", "in_talks", "reported", "planned")
CLOSED_STATUSES = frozenset({"announced"})

FACT_COLORS = {
    "invests_in": "#2e8b57",
    "compute_commitment": "#1f5fbf",
    "uses_chip": "#e07b00",
    "designs_chip": "#7b3fa0",
    "manufactures_chip": "#c0392b",
}
DEFAULT_FACT_COLOR = "#888888"

FORCE_LAYOUT_MAX_NODES = 2000
GRAVITY = np.float32(0.3)
NODE_SPACING_PX = 160
MAX_FACTS_PER_NODE_TOOLTIP = 8
MAX_QUOTES_PER_FACT_IN_NODE_TOOLTIP = 2
MAX_QUOTES_PER_EDGE_TOOLTIP = 10
LARGE_PAGE_NODES = 1000

SILICON_COLUMNS = ("Labs and other chip users", "Chips", "Chip designers")
SILICON_EDGE_COLORS = {
    "uses_chip": FACT_COLORS["uses_chip"],
    "compute_commitment": FACT_COLORS["compute_commitment"],
    "designed_by": FACT_COLORS["designs_chip"],
}
SILICON_EDGE_TITLES = {
    "uses_chip": "uses chip",
    "compute_commitment": "compute commitment naming the chip",
    "designed_by": "chip designed by",
}

SCRIPT_UNSAFE_CHARACTERS = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def write_html(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    focus: str | None = None,
    depth: int = 1,
    statuses: set[str] | None = None,
    title: str = "AI infrastructure knowledge graph",
) -> dict[str, int]:
    shown = one_edge_per_statement(
        select_subgraph(graph, focus=focus, depth=depth, statuses=statuses)
    )
    network = build_network(shown, title)
    html = network.generate_html()
    Path(path).write_text(html, encoding="utf-8", newline="\n")
    return {"nodes": len(network.nodes), "edges": len(network.edges)}


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
) -> nx.MultiDiGraph:
    selected = graph if statuses is None else keep_statuses(graph, statuses)
    if focus is None:
        return selected
    return neighbourhood(selected, resolve_node(selected, focus), depth)


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


def resolve_node(graph: nx.MultiDiGraph, name: str) -> Any:
    if name in graph:
        return name
    wanted = name.casefold()
    for node, attrs in graph.nodes(data=True):
        if wanted in (str(node).casefold(), node_label(node, attrs).casefold()):
            return node
    raise KgError(f"no entity {name!r} in the graph; {suggestion_text(graph, name)}")


def suggestion_text(graph: nx.MultiDiGraph, name: str) -> str:
    names: dict[str, str] = {}
    for node, attrs in graph.nodes(data=True):
        names.setdefault(node_label(node, attrs).casefold(), node_label(node, attrs))
        names.setdefault(str(node).casefold(), str(node))
    close = difflib.get_close_matches(name.casefold(), sorted(names), n=5, cutoff=0.5)
    if not close:
        return "no similar names"
    return "did you mean: " + ", ".join(names[match] for match in close) + "?"


def neighbourhood(graph: nx.MultiDiGraph, centre: Any, depth: int) -> nx.MultiDiGraph:
    if depth < 0:
        raise KgError(f"depth must be 0 or more, not {depth}")
    undirected = graph.to_undirected(as_view=True)
    reached = nx.single_source_shortest_path_length(undirected, centre, cutoff=depth)
    return graph.subgraph(reached).copy()


def build_network(graph: nx.MultiDiGraph, title: str) -> Network:
    network = Network(
        height="100%", width="100%", directed=True, heading=title, cdn_resources="in_line"
    )
    ordered_nodes = sorted(graph.nodes, key=str)
    positions = layout_positions(graph, ordered_nodes)
    facts_by_node = facts_touching_nodes(graph)
    network.nodes = [
        node_record(graph, node, positions[node], facts_by_node[node]) for node in ordered_nodes
    ]
    network.node_ids = [record["id"] for record in network.nodes]
    network.node_map = {record["id"]: record for record in network.nodes}
    network.edges = edge_records(graph)
    network.options = vis_options(len(ordered_nodes))
    network.templateEnv = page_environment()
    network.path = PAGE_TEMPLATE
    return network


@lru_cache(maxsize=1)
def page_environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader([str(ASSETS_DIR), str(PYVIS_TEMPLATES_DIR)]),
        autoescape=True,
        keep_trailing_newline=True,
    )
    environment.filters["script_json"] = script_json
    environment.filters["script_json_text"] = escape_for_script
    environment.globals.update(
        node_styles=NODE_STYLES,
        statuses=STATUSES,
        closed_statuses=CLOSED_STATUSES,
        fact_colors=sorted(FACT_COLORS.items()),
    )
    return environment


def script_json(value: Any) -> Markup:
    return escape_for_script(json.dumps(value, sort_keys=True, separators=(",", ":")))


def escape_for_script(json_text: str) -> Markup:
    for character, escaped in SCRIPT_UNSAFE_CHARACTERS.items():
        json_text = json_text.replace(character, escaped)
    return Markup(json_text)


def vis_options(node_count: int) -> dict[str, Any]:
    large = node_count > LARGE_PAGE_NODES
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
        },
        "nodes": {"font": {"size": 14, "strokeWidth": 3}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False,
            "font": {"size": 12, "align": "middle", "strokeWidth": 3},
        },
    }


def node_label(node: Any, attrs: dict[str, Any]) -> str:
    return str(attrs.get("label") or node)


def known_types(attrs: dict[str, Any]) -> list[str]:
    types = set(attrs.get("types") or ())
    return [style.type for style in NODE_STYLES if style.type in types] or [OTHER_STYLE.type]


def node_style(attrs: dict[str, Any]) -> NodeStyle:
    return STYLE_BY_TYPE[known_types(attrs)[0]]


def node_record(
    graph: nx.MultiDiGraph, node: Any, position: tuple[int, int], facts: list[tuple]
) -> dict[str, Any]:
    attrs = graph.nodes[node]
    style = node_style(attrs)
    return {
        "id": str(node),
        "label": node_label(node, attrs),
        "title": node_tooltip(graph, node, facts),
        "shape": style.shape,
        "color": style.color,
        "size": 10 + 3 * math.sqrt(graph.degree(node)),
        "x": position[0],
        "y": position[1],
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


def sorted_edges(graph: nx.MultiDiGraph) -> list[tuple]:
    return sorted(
        graph.edges(keys=True, data=True),
        key=lambda edge: (str(edge[0]), str(edge[1]), str(edge[2])),
    )


def edge_records(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    records = []
    parallel_seen: dict[frozenset, int] = defaultdict(int)
    for index, (source, target, key, attrs) in enumerate(sorted_edges(graph)):
        pair = frozenset((str(source), str(target)))
        record = {
            "id": f"e{index}",
            "from": str(source),
            "to": str(target),
            "label": edge_label(attrs),
            "title": edge_tooltip(graph, source, target, key, attrs),
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


def format_usd(amount: float) -> str:
    for threshold, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(amount) >= threshold:
            return f"${amount / threshold:.3g}{suffix}"
    return f"${amount:,.0f}"


def format_number(value: float) -> str:
    return f"{value:g}"


def edge_label(attrs: dict[str, Any]) -> str:
    parts = []
    if attrs.get("amount_usd") is not None:
        parts.append(format_usd(attrs["amount_usd"]))
    if attrs.get("capacity_gw") is not None:
        parts.append(f"{format_number(attrs['capacity_gw'])} GW")
    fact_type = str(attrs.get("fact_type") or "fact")
    return f"{fact_type} {' · '.join(parts)}" if parts else fact_type


def fact_details(attrs: dict[str, Any]) -> str:
    details = [f"status: {attrs.get('status') or 'unknown'}"]
    if attrs.get("amount_usd") is not None:
        details.append(f"amount: {format_usd(attrs['amount_usd'])}")
    if attrs.get("capacity_gw") is not None:
        details.append(f"capacity: {format_number(attrs['capacity_gw'])} GW")
    if attrs.get("duration_years") is not None:
        details.append(f"duration: {format_number(attrs['duration_years'])} years")
    if attrs.get("chip"):
        details.append(f"chip: {attrs['chip']}")
    if attrs.get("purpose"):
        details.append(f"purpose: {attrs['purpose']}")
    return " · ".join(details)


def evidence_lines(attrs: dict[str, Any], limit: int, indent: str = "") -> list[str]:
    if attrs.get("registry"):
        return [f"{indent}Reference fact from the registry (no article)."]
    evidence = list(attrs.get("evidence") or ())
    lines = []
    for item in evidence[:limit]:
        source = item.get("title") or "untitled article"
        lines.append(f"{indent}\u201c{item.get('quote', '')}\u201d")
        lines.append(f"{indent}  \u2014 {source} ({item.get('article', 'unknown article')})")
    if len(evidence) > limit:
        lines.append(f"{indent}\u2026 and {len(evidence) - limit} more quotes")
    if not evidence:
        lines.append(f"{indent}No quoted evidence.")
    return lines


def fact_sentence(graph: nx.MultiDiGraph, source: Any, target: Any, attrs: dict) -> str:
    subject = node_label(source, graph.nodes[source])
    obj = node_label(target, graph.nodes[target])
    return f"{subject} {attrs.get('fact_type') or 'fact'} {obj}"


def edge_tooltip(
    graph: nx.MultiDiGraph, source: Any, target: Any, key: Any, attrs: dict[str, Any]
) -> str:
    lines = [
        fact_sentence(graph, source, target, attrs),
        fact_details(attrs),
        "",
        *evidence_lines(attrs, MAX_QUOTES_PER_EDGE_TOOLTIP),
        "",
        f"fact: {key}",
    ]
    return "\n".join(lines)


def node_tooltip(graph: nx.MultiDiGraph, node: Any, facts: list[tuple]) -> str:
    attrs = graph.nodes[node]
    types = ", ".join(str(kind) for kind in attrs.get("types") or ()) or "no type"
    lines = [node_label(node, attrs), f"{types} · id {node}"]
    if attrs.get("wikidata"):
        lines.append(f"Wikidata {attrs['wikidata']}")
    lines.append("")
    lines.append(f"{len(facts)} fact{'' if len(facts) == 1 else 's'}" + (":" if facts else ""))
    for source, target, _key, fact_attrs in facts[:MAX_FACTS_PER_NODE_TOOLTIP]:
        lines.append(f"\u2022 {fact_sentence(graph, source, target, fact_attrs)}")
        lines.append(f"  {fact_details(fact_attrs)}")
        lines.extend(evidence_lines(fact_attrs, MAX_QUOTES_PER_FACT_IN_NODE_TOOLTIP, "  "))
    if len(facts) > MAX_FACTS_PER_NODE_TOOLTIP:
        lines.append(f"\u2026 and {len(facts) - MAX_FACTS_PER_NODE_TOOLTIP} more facts")
    return "\n".join(lines)


def layout_positions(graph: nx.MultiDiGraph, ordered_nodes: list) -> dict[Any, tuple[int, int]]:
    if not ordered_nodes:
        return {}
    if len(ordered_nodes) <= FORCE_LAYOUT_MAX_NODES:
        unit_positions = force_directed_layout(graph, ordered_nodes)
    else:
        unit_positions = sunflower_layout(graph, ordered_nodes)
    half_width = NODE_SPACING_PX * math.sqrt(len(ordered_nodes)) / 2 + 200
    pixels = np.rint(unit_positions * half_width).astype(int)
    return {node: (int(x), int(y)) for node, (x, y) in zip(ordered_nodes, pixels, strict=True)}


def force_directed_layout(graph: nx.MultiDiGraph, ordered_nodes: list) -> np.ndarray:
    """Fruchterman-Reingold with gravity, seeded; returns positions scaled into [-1, 1]."""
    count = len(ordered_nodes)
    index = {node: position for position, node in enumerate(ordered_nodes)}
    adjacency = np.zeros((count, count), dtype=np.float32)
    for source, target in graph.edges():
        if source != target:
            adjacency[index[source], index[target]] = 1.0
            adjacency[index[target], index[source]] = 1.0
    positions = np.random.default_rng(0).random((count, 2), dtype=np.float32) - 0.5
    ideal_distance = np.float32(1.0 / math.sqrt(count))
    iterations = max(15, min(100, 20_000 // count))
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    x, y = positions[:, 0].copy(), positions[:, 1].copy()
    for _ in range(iterations):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        distance = np.maximum(np.sqrt(dx * dx + dy * dy), np.float32(0.01))
        force = ideal_distance**2 / (distance * distance) - adjacency * (distance / ideal_distance)
        step_x = (dx * force).sum(axis=1) - GRAVITY * x
        step_y = (dy * force).sum(axis=1) - GRAVITY * y
        length = np.maximum(np.sqrt(step_x * step_x + step_y * step_y), np.float32(0.01))
        x += step_x * (temperature / length)
        y += step_y * (temperature / length)
        temperature -= cooling
    positions = np.column_stack((x, y))
    return scaled_to_unit(positions)


def sunflower_layout(graph: nx.MultiDiGraph, ordered_nodes: list) -> np.ndarray:
    """Hubs in the centre, the rest on a golden-angle spiral: O(n) for very large graphs."""
    by_degree = sorted(
        range(len(ordered_nodes)), key=lambda i: (-graph.degree(ordered_nodes[i]), i)
    )
    rank = np.empty(len(ordered_nodes))
    rank[by_degree] = np.arange(len(ordered_nodes))
    radius = np.sqrt(rank + 0.5)
    angle = rank * math.pi * (3 - math.sqrt(5))
    return scaled_to_unit(np.column_stack((radius * np.cos(angle), radius * np.sin(angle))))


def scaled_to_unit(positions: np.ndarray) -> np.ndarray:
    centred = positions.astype(np.float64) - positions.mean(axis=0)
    extent = float(np.abs(centred).max())
    return centred / extent if extent > 0 else centred


def write_png(graph: nx.MultiDiGraph, path: str | Path) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    silicon = silicon_dependency_graph(graph)
    columns = silicon_columns(silicon)
    tallest = max((len(column) for column in columns), default=0)
    figure = Figure(figsize=(13, max(5.0, 0.5 * tallest + 2.5)), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_axis_off()
    if silicon.number_of_nodes() == 0:
        draw_no_data(axes)
    else:
        draw_silicon_graph(axes, silicon, columns)
    figure.savefig(Path(path), format="png", metadata={"Software": None})


def silicon_dependency_graph(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """Labs → the chips they use or have committed to → the chips' designers."""
    silicon = nx.DiGraph()
    chip_names = chip_name_index(graph)
    used = {t for _, t, kind in graph.edges(data="fact_type") if kind == "uses_chip"}
    used |= {
        chip_names.get(str(chip).casefold(), f"chip:{chip}")
        for _, _, chip in graph.edges(data="chip")
        if chip
    }
    for source, target, _key, attrs in sorted_edges(graph):
        fact_type = attrs.get("fact_type")
        if fact_type == "uses_chip":
            add_silicon_edge(silicon, graph, source, target, "uses_chip")
        elif fact_type == "compute_commitment" and attrs.get("chip"):
            chip = chip_names.get(str(attrs["chip"]).casefold())
            if chip is None:
                chip = f"chip:{attrs['chip']}"
                silicon.add_node(chip, label=str(attrs["chip"]), types=["Chip"])
            add_silicon_edge(silicon, graph, source, chip, "compute_commitment")
        elif fact_type == "designs_chip" and target in used:
            designer = f"designer:{source}"
            if designer not in silicon:
                attrs = graph.nodes[source] if source in graph else {}
                silicon.add_node(designer, label=node_label(source, attrs), types=["ChipDesigner"])
            add_silicon_edge(silicon, graph, target, designer, "designed_by")
    return silicon


def chip_name_index(graph: nx.MultiDiGraph) -> dict[str, Any]:
    names: dict[str, Any] = {}
    for node, attrs in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        if "Chip" in (attrs.get("types") or ()):
            names.setdefault(str(node).casefold(), node)
            names.setdefault(node_label(node, attrs).casefold(), node)
    return names


def add_silicon_edge(
    silicon: nx.DiGraph, graph: nx.MultiDiGraph, source: Any, target: Any, kind: str
) -> None:
    for node in (source, target):
        if node not in silicon:
            attrs = graph.nodes[node] if node in graph else {}
            silicon.add_node(node, label=node_label(node, attrs), types=attrs.get("types") or [])
    silicon.add_edge(source, target, kind=kind)


def silicon_columns(silicon: nx.DiGraph) -> list[list[Any]]:
    chips = {target for _, target, kind in silicon.edges(data="kind") if kind != "designed_by"}
    chips |= {source for source, _, kind in silicon.edges(data="kind") if kind == "designed_by"}
    users = {source for source, _, kind in silicon.edges(data="kind") if kind != "designed_by"}
    users -= chips
    designers = set(silicon.nodes) - chips - users

    def by_label(node: Any) -> tuple[str, str]:
        return silicon.nodes[node]["label"].casefold(), str(node)

    return [sorted(column, key=by_label) for column in (users, chips, designers)]


def silicon_positions(columns: list[list[Any]]) -> dict[Any, tuple[float, float]]:
    positions = {}
    for x, column in enumerate(columns):
        for row, node in enumerate(column):
            positions[node] = (float(x), (len(column) - 1) / 2 - row)
    return positions


def draw_silicon_graph(axes: Any, silicon: nx.DiGraph, columns: list[list[Any]]) -> None:
    from matplotlib.lines import Line2D

    positions = silicon_positions(columns)
    for kind, color in SILICON_EDGE_COLORS.items():
        edges = [(s, t) for s, t, k in silicon.edges(data="kind") if k == kind]
        nx.draw_networkx_edges(
            silicon,
            positions,
            edgelist=edges,
            ax=axes,
            edge_color=color,
            width=1.6,
            arrows=True,
            arrowsize=14,
            node_size=900,
            connectionstyle="arc3,rad=0.08",
        )
    styles = {node: node_style(silicon.nodes[node]) for node in silicon.nodes}
    nx.draw_networkx_nodes(
        silicon,
        positions,
        nodelist=list(styles),
        ax=axes,
        node_size=900,
        node_color=[styles[node].color for node in styles],
        edgecolors="#333333",
    )
    nx.draw_networkx_labels(
        silicon,
        positions,
        labels=dict(silicon.nodes(data="label")),
        ax=axes,
        font_size=9,
        bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "alpha": 0.8, "linewidth": 0},
    )
    tallest = max(len(column) for column in columns)
    for x, heading in enumerate(SILICON_COLUMNS):
        axes.text(x, tallest / 2 + 0.1, heading, ha="center", va="bottom", fontweight="bold")
    axes.set_xlim(-0.5, len(SILICON_COLUMNS) - 0.5)
    axes.set_ylim(-tallest / 2 - 0.3, tallest / 2 + 0.6)
    used_styles = [style for style in NODE_STYLES if style in set(styles.values())]
    handles = [
        Line2D(
            [], [], marker="o", linestyle="", markersize=10, color=style.color, label=style.title
        )
        for style in used_styles
    ] + [
        Line2D([], [], color=color, linewidth=2, label=SILICON_EDGE_TITLES[kind])
        for kind, color in SILICON_EDGE_COLORS.items()
    ]
    axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9)
    axes.set_title("Lab \u2192 chip \u2192 designer dependencies", fontsize=14)
    axes.figure.tight_layout()


def draw_no_data(axes: Any) -> None:
    axes.set_title("Lab \u2192 chip \u2192 designer dependencies", fontsize=14)
    axes.text(
        0.5,
        0.5,
        "No data: the graph has no chip usage or chip design facts.",
        ha="center",
        va="center",
        fontsize=13,
        color="#555555",
        transform=axes.transAxes,
    )
