"""The static PNG: labs → the chips they use → the chips' designers, drawn with matplotlib."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg.view.labels import node_label
from kg.view.roles import NodeRole, node_roles
from kg.view.styles import (
    CLOSED_STATUSES,
    FACT_COLORS,
    NODE_STYLES,
    OTHER_STYLE,
    STYLE_BY_TYPE,
)
from kg.view.subgraph import sorted_edges

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


def write_png(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Draw the lab → chip → designer graph; deals not closed are dashed, as on the page."""
    figure = silicon_figure(graph)
    figure.savefig(Path(path), format="png", metadata={"Software": None})


def silicon_figure(graph: nx.MultiDiGraph) -> Any:
    """The matplotlib Figure ``write_png`` saves."""
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
        # Roles as the page computes them: the page's graph holds the articles' facts only.
        from_articles = nx.MultiDiGraph()
        from_articles.add_nodes_from(graph.nodes(data=True))
        from_articles.add_edges_from(
            edge for edge in graph.edges(keys=True, data=True) if not edge[3].get("registry")
        )
        draw_silicon_graph(axes, silicon, columns, node_roles(from_articles))
    return figure


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
            add_silicon_edge(silicon, graph, source, target, "uses_chip", closed(attrs))
        elif fact_type == "compute_commitment" and attrs.get("chip"):
            chip = chip_names.get(str(attrs["chip"]).casefold())
            if chip is None:
                chip = f"chip:{attrs['chip']}"
                silicon.add_node(chip, label=str(attrs["chip"]), types=["Chip"])
            add_silicon_edge(silicon, graph, source, chip, "compute_commitment", closed(attrs))
        elif fact_type == "designs_chip" and target in used:
            designer = f"designer:{source}"
            if designer not in silicon:
                label = node_label(source, graph.nodes[source] if source in graph else {})
                silicon.add_node(designer, label=label, types=["ChipDesigner"])
            add_silicon_edge(silicon, graph, target, designer, "designed_by", closed(attrs))
    return silicon


def chip_name_index(graph: nx.MultiDiGraph) -> dict[str, Any]:
    names: dict[str, Any] = {}
    for node, attrs in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        if "Chip" in (attrs.get("types") or ()):
            names.setdefault(str(node).casefold(), node)
            names.setdefault(node_label(node, attrs).casefold(), node)
    return names


def closed(attrs: dict[str, Any]) -> bool:
    """Drawn solid: an announced deal, or a reference fact from the registry."""
    return bool(attrs.get("registry")) or attrs.get("status") in CLOSED_STATUSES


def add_silicon_edge(
    silicon: nx.DiGraph,
    graph: nx.MultiDiGraph,
    source: Any,
    target: Any,
    kind: str,
    is_closed: bool,
) -> None:
    """One arrow per pair and kind; solid when any of the facts behind it is closed."""
    for node in (source, target):
        if node not in silicon:
            attrs = graph.nodes[node] if node in graph else {}
            silicon.add_node(node, label=node_label(node, attrs), types=attrs.get("types") or [])
    if silicon.has_edge(source, target):
        is_closed = is_closed or silicon.edges[source, target]["closed"]
    silicon.add_edge(source, target, kind=kind, closed=is_closed)


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


def draw_silicon_graph(
    axes: Any, silicon: nx.DiGraph, columns: list[list[Any]], roles: dict[Any, NodeRole]
) -> None:
    from matplotlib.lines import Line2D

    positions = silicon_positions(columns)
    for kind, color in SILICON_EDGE_COLORS.items():
        for is_closed, style in ((True, "solid"), (False, "dashed")):
            edges = [
                (s, t)
                for s, t, attrs in silicon.edges(data=True)
                if attrs["kind"] == kind and attrs["closed"] == is_closed
            ]
            if not edges:
                continue
            nx.draw_networkx_edges(
                silicon,
                positions,
                edgelist=edges,
                ax=axes,
                edge_color=color,
                style=style,
                width=1.6,
                arrows=True,
                arrowsize=14,
                node_size=900,
                connectionstyle="arc3,rad=0.08",
            )
    users, chips, _designers = (set(column) for column in columns)
    styles = {}
    for node in silicon.nodes:
        if node in chips:
            styles[node] = STYLE_BY_TYPE["Chip"]
        elif node in users:
            styles[node] = STYLE_BY_TYPE[roles[node].main] if node in roles else OTHER_STYLE
        else:
            styles[node] = STYLE_BY_TYPE["ChipDesigner"]
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
    ] + [
        Line2D([], [], color="#555555", linewidth=2, label="announced"),
        Line2D(
            [], [], color="#555555", linewidth=2, linestyle="--",
            label="not closed: in talks, reported, planned",
        ),
    ]  # fmt: skip
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
