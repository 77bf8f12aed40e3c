"""Interactive HTML (vis-network, as pyvis ships it) and static PNG (matplotlib) graph views."""

from __future__ import annotations

import difflib
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pyvis
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from kg.errors import KgError

__all__ = ["write_html", "write_png", "select_subgraph", "resolve_nodes", "node_roles"]

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
MAX_FACTS_PER_NODE_TOOLTIP = 20
MAX_QUOTES_PER_FACT_IN_NODE_TOOLTIP = 2
MAX_QUOTES_PER_EDGE_TOOLTIP = 10
LARGE_PAGE_NODES = 1000
LABEL_DRAW_THRESHOLD_PX = 8
LABEL_READABLE_PX = 12
LABEL_MAX_SCREEN_PX = 20
LABELS_AT_FIT = 25
ALL_LABELS_UP_TO_NODES = 50
NOMINAL_STAGE_PX = 800

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


# --- Names -------------------------------------------------------------------------------------
# Which entity a ``--focus`` name means is decided by the one resolver,
# ``kg.questions.names.resolve`` (as for ``--entity``, the library and the server). This page
# then says which of its nodes that entity stands for (``entity_names``: a parent with its
# divisions, a division without facts by its parent); the page's own search runs over that
# table in JavaScript, with the same normalisation and similarity.

FUZZY_CUTOFF = 0.6  # difflib's own default for get_close_matches


@dataclass(frozen=True)
class EntityName:
    """What one name stands for in this graph: the nodes it covers, and what to tell the user."""

    spelled: str
    display: str
    nodes: tuple[str, ...]
    note: str
    listed: bool = True  # offered in the page's name list (ids are found, not offered)


def normalise_name(name: str) -> str:
    """Names compared as the registry compares them: case, curly quotes, dots and spacing folded."""
    from kg.registry import normalise_name as registry_form

    return registry_form(name)


def name_similarity(query: str, name: str) -> float:
    """difflib's ratio (no junk heuristics); the page computes the same number in JavaScript."""
    return difflib.SequenceMatcher(None, query, name, autojunk=False).ratio()


@lru_cache(maxsize=1)
def registry_entries() -> dict[str, tuple[str, tuple[str, ...], str | None]]:
    """Each registry entity's name, aliases and parent by id; {} if the registry is unreadable."""
    from kg.registry import load_registry

    try:
        registry = load_registry()
    except KgError:
        return {}
    return {entity.id: (entity.name, tuple(entity.aliases), entity.parent) for entity in registry}


def entity_names(graph: nx.MultiDiGraph) -> dict[str, EntityName]:
    """Every name an entity of this graph goes by (normalised) and the nodes it stands for."""
    return _name_tables(graph)[0]


def _name_tables(graph: nx.MultiDiGraph) -> tuple[dict[str, EntityName], dict[str, EntityName]]:
    """(``entity_names``, the same entries by entity id).

    Every name an entity of this graph goes by (normalised) and the nodes it stands for.

    A node's names are its label, its id and its aliases (the node's ``aliases`` attribute, else
    the registry's). A parent organisation's names also cover its divisions' nodes (Amazon: Amazon
    and AWS), whether or not the parent has facts of its own. A division with no facts here
    stands for its parent's nodes, with a note that says so: articles often say "AWS" where the
    graph records Amazon.
    """
    registry = registry_entries()

    def names_of(entity: str) -> tuple[str, list[str]]:
        attrs = graph.nodes[entity] if entity in graph else {}
        known = registry.get(str(entity))
        display = str(attrs.get("label") or (known[0] if known else entity))
        aliases = attrs.get("aliases")
        if aliases is None:
            aliases = known[1] if known else ()
        return display, [display, str(entity), *aliases]

    def parent_of(entity: str) -> str | None:
        attrs = graph.nodes[entity] if entity in graph else {}
        known = registry.get(str(entity))
        parent = attrs.get("parent") or (known[2] if known else None)
        return str(parent) if parent else None

    def ancestors(entity: str) -> list[str]:
        chain: list[str] = []
        parent = parent_of(entity)
        while parent is not None and parent != entity and parent not in chain:
            chain.append(parent)
            parent = parent_of(parent)
        return chain

    covered: dict[str, set[str]] = defaultdict(set)
    for node in graph.nodes:
        covered[str(node)].add(str(node))
        for ancestor in ancestors(str(node)):
            covered[ancestor].add(str(node))
    absent_divisions = sorted(
        entity
        for entity in registry
        if entity not in covered and any(a in covered for a in ancestors(entity))
    )
    table: dict[str, EntityName] = {}
    by_id: dict[str, EntityName] = {}
    notes: dict[str, str] = {}
    for entity in sorted(covered, key=lambda e: (e not in graph, e)):
        display, names = names_of(entity)
        divisions = sorted(covered[entity] - {entity}, key=lambda n: names_of(n)[0].casefold())
        note = display
        if divisions:
            division_names = ", ".join(names_of(d)[0] for d in divisions)
            if entity in graph:
                note = f"{display} and its divisions {division_names}"
            else:
                note = f"{display} (no facts of its own here): its divisions {division_names}"
        notes[entity] = note
        by_id[entity] = EntityName(display, display, tuple(sorted(covered[entity])), note)
        for name in names:
            listed = name != entity or name == display
            entry = EntityName(name, display, tuple(sorted(covered[entity])), note, listed)
            table.setdefault(normalise_name(name), entry)
    for entity in absent_divisions:
        display, names = names_of(entity)
        parent = next(a for a in ancestors(entity) if a in covered)
        parent_name = names_of(parent)[0]
        note = (
            f"{notes[parent]} (for {display}, which has no facts of its own in this graph: "
            f"it is a division of {parent_name})"
        )
        nodes = tuple(sorted(covered[parent]))
        by_id[entity] = EntityName(display, display, nodes, note)
        for name in names:
            listed = name != entity or name == display
            table.setdefault(normalise_name(name), EntityName(name, display, nodes, note, listed))
    table.pop("", None)
    return table, by_id


def resolve_nodes(graph: nx.MultiDiGraph, name: str, names: Any = None) -> tuple[list[str], str]:
    """The nodes a name stands for (a parent takes in its divisions) and a line that says so.

    The entity is the one ``kg.questions.names.resolve`` finds over ``names`` (a store or fact
    table), or by default over this graph's names and the registry's (``GraphNames``).
    """
    from kg.questions.names import resolve

    entity = resolve(GraphNames(graph) if names is None else names, name)
    entry = _name_tables(graph)[1].get(entity.id)
    if entry is None:
        raise KgError(f"{entity.label} is in the registry but has no facts in this graph")
    if not entry.nodes:
        raise KgError(entry.note)
    return list(entry.nodes), entry.note


class GraphNames:
    """A graph's entities (and the registry's) as a source ``kg.questions.names.resolve`` reads:
    the rows of ``exact_name``, ``names`` and ``entities`` as the fact table gives them."""

    kind = "graph"

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        from kg.questions.vocabulary import ENTITY_BASE

        registry = registry_entries()
        self._entities: list[dict] = []
        self._names: list[dict] = []
        for node in sorted({*map(str, graph.nodes), *registry}):
            attrs = graph.nodes[node] if node in graph else {}
            known = registry.get(node)
            label = str(attrs.get("label") or (known[0] if known else node))
            aliases = attrs.get("aliases")
            if aliases is None:
                aliases = known[1] if known else ()
            parent = attrs.get("parent") or (known[2] if known else None)
            family = attrs.get("family")
            iri = ENTITY_BASE + node
            self._entities.append({
                "entity": iri, "label": label, "type": None, "wikidata": None,
                "parent": ENTITY_BASE + str(parent) if parent else None,
                "family": ENTITY_BASE + str(family) if family else None,
            })  # fmt: skip
            for spelled in dict.fromkeys((label, node, *map(str, aliases))):
                self._names.append({"entity": iri, "label": label, "name": spelled})

    def rows(self, name: str, bindings: dict[str, object] | None = None) -> list[dict]:
        if name == "exact_name":
            wanted = (bindings or {}).get("wanted")
            return [{**r, "wanted": wanted} for r in self._names if r["name"] == wanted]
        if name == "names":
            return list(self._names)
        if name == "entities":
            return list(self._entities)
        raise KgError(f"a graph's names cannot answer '{name}'")

    def facts_of(self, facts: list[str]) -> list[dict]:
        return []


def closest_names(table: dict[str, EntityName], name: str, limit: int = 5) -> list[str]:
    """Display names of the entities whose names are most like ``name``, best first."""
    query = normalise_name(name)
    scored = sorted(
        (-name_similarity(query, key), entry.display.casefold(), entry.display)
        for key, entry in table.items()
    )
    found: list[str] = []
    for negative_score, _, display in scored:
        if -negative_score < FUZZY_CUTOFF or len(found) == limit:
            break
        if display not in found:
            found.append(display)
    return found


def suggestion_text(table: dict[str, EntityName], name: str) -> str:
    close = closest_names(table, name)
    if not close:
        return "no similar names"
    return "did you mean: " + ", ".join(close) + "?"


def names_data(table: dict[str, EntityName]) -> dict[str, Any]:
    """The name table as the page reads it: normalised, as spelled, display, ids, note, listed."""
    rows = [
        [key, entry.spelled, entry.display, list(entry.nodes), entry.note, entry.listed]
        for key, entry in sorted(table.items())
    ]
    return {"cutoff": FUZZY_CUTOFF, "names": rows}


def neighbourhood(graph: nx.MultiDiGraph, centres: Iterable[Any], depth: int) -> nx.MultiDiGraph:
    if depth < 0:
        raise KgError(f"depth must be 0 or more, not {depth}")
    undirected = graph.to_undirected(as_view=True)
    reached = nx.multi_source_dijkstra_path_length(undirected, set(centres), cutoff=depth)
    return graph.subgraph(reached).copy()


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


def node_label(node: Any, attrs: dict[str, Any]) -> str:
    return str(attrs.get("label") or node)


def known_types(attrs: dict[str, Any]) -> list[str]:
    types = set(attrs.get("types") or ())
    return [style.type for style in NODE_STYLES if style.type in types] or [OTHER_STYLE.type]


# Which role each side of a fact gives its entity; the investee of an investment gets none.
# Buying compute makes a lab, unless the buyer also sells compute: then it is buying capacity to
# resell (Microsoft renting neocloud GPUs for Azure) and counts as a provider.
COMPUTE_BUYER = "ComputeBuyer"
ROLE_OF_FACT_SIDE = {
    ("compute_commitment", "source"): COMPUTE_BUYER,
    ("compute_commitment", "target"): "CloudProvider",
    ("invests_in", "source"): "Investor",
    ("uses_chip", "source"): "Lab",
    ("uses_chip", "target"): "Chip",
    ("designs_chip", "source"): "ChipDesigner",
    ("designs_chip", "target"): "Chip",
    ("co_designs_chip", "source"): "ChipDesigner",
    ("co_designs_chip", "target"): "Chip",
    ("manufactures_chip", "source"): "Foundry",
    ("manufactures_chip", "target"): "Chip",
}
ROLE_PHRASES = {
    "Lab": "lab (buys compute or uses chips)",
    "CloudProvider": "cloud provider (sells compute, or buys it to resell)",
    "ChipDesigner": "chip designer",
    "Foundry": "foundry",
    "Investor": "investor",
    "Chip": "chip",
}
# Types that are what a thing is, not a role it plays: a chip stays a chip.
KINDS_NOT_ROLES = ("Chip", "Model", "Product", "DataCenter")
# A tie goes to the role further up the supply chain: foundry, provider, designer, investor, lab.
ROLE_TIE_ORDER = ("Foundry", "CloudProvider", "ChipDesigner", "Investor", "Lab", "Chip")


@dataclass(frozen=True)
class NodeRole:
    """The role a node is drawn in, and how many facts give it each role in this graph."""

    main: str
    counts: tuple[tuple[str, int], ...]

    def describe(self) -> str:
        if not self.counts:
            return f"{STYLE_BY_TYPE[self.main].title} (from the registry; no fact gives a role)"
        parts = [
            f"{ROLE_PHRASES[role]} towards {count} {'entity' if count == 1 else 'entities'}"
            for role, count in self.counts
        ]
        return f"{STYLE_BY_TYPE[self.main].title} \u2014 " + "; ".join(parts)


def node_roles(graph: nx.MultiDiGraph) -> dict[Any, NodeRole]:
    """Each node's main role in this graph, from the facts it takes part in.

    A provider in compute commitments is a cloud provider, the designer of chips a chip designer,
    the source of investments an investor, a buyer of compute or user of chips a lab (a buyer
    that also provides compute, a provider). Each role counts the distinct entities the node
    plays it towards, so four articles saying Amazon designs Trainium count once (not chip
    families: the registry puts all of NVIDIA's GPUs in one). The role with most wins (ties:
    the role earlier in ``ROLE_TIE_ORDER``). Chips, models, products and data centres keep
    their type; a node no fact gives a role keeps its registry type.
    """
    partners: dict[Any, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for source, target, fact_type in graph.edges(data="fact_type"):
        for node, side, partner in ((source, "source", target), (target, "target", source)):
            role = ROLE_OF_FACT_SIDE.get((str(fact_type), side))
            if role is not None:
                partners[node][role].add(partner)
    votes = {
        node: Counter({role: len(others) for role, others in by_role.items()})
        for node, by_role in partners.items()
    }
    roles = {}
    for node, attrs in graph.nodes(data=True):
        types = known_types(attrs)
        kind = next((t for t in types if t in KINDS_NOT_ROLES), None)
        counted = Counter(votes.get(node, Counter()))
        bought = counted.pop(COMPUTE_BUYER, 0)
        if bought:
            counted["CloudProvider" if counted["CloudProvider"] else "Lab"] += bought
        ordered = sorted(
            counted.items(),
            key=lambda item: (-item[1], item[0] not in types, ROLE_TIE_ORDER.index(item[0])),
        )
        main = kind or (ordered[0][0] if ordered else types[0])
        roles[node] = NodeRole(main, tuple(ordered))
    return roles


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


# What one quote or title may put into the page: a 2 MB article cannot make a 100 MB page.
MAX_QUOTE_CHARS = 600
MAX_TITLE_CHARS = 200


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def evidence_lines(attrs: dict[str, Any], limit: int, indent: str = "") -> list[str]:
    if attrs.get("registry"):
        return [f"{indent}Reference fact from the registry (no article)."]
    evidence = list(attrs.get("evidence") or ())
    lines = []
    for item in evidence[:limit]:
        source = _clip(item.get("title") or "untitled article", MAX_TITLE_CHARS)
        lines.append(f"{indent}\u201c{_clip(item.get('quote', ''), MAX_QUOTE_CHARS)}\u201d")
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


def node_tooltip(graph: nx.MultiDiGraph, node: Any, facts: list[tuple], role: NodeRole) -> str:
    attrs = graph.nodes[node]
    types = ", ".join(str(kind) for kind in attrs.get("types") or ()) or "none"
    lines = [
        node_label(node, attrs),
        f"Drawn as {role.describe()}",
        f"Registry types: {types} \u00b7 id {node}",
    ]
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


def layout_half_width(node_count: int) -> float:
    """Half the layout's width in canvas pixels: room for ``NODE_SPACING_PX`` around a node."""
    return NODE_SPACING_PX * math.sqrt(node_count) / 2 + 200


def label_sizes(graph: nx.MultiDiGraph, ordered_nodes: list) -> dict[Any, int]:
    """Font sizes (canvas pixels) that name the best-connected nodes first as the reader zooms.

    Up to ``ALL_LABELS_UP_TO_NODES`` nodes, all are named; above, the ``LABELS_AT_FIT``
    best-connected nodes are readable at the zoom that fits the graph in
    a stage of ``NOMINAL_STAGE_PX``; the others' labels appear in order of connections, the last
    at zoom 1. vis-network skips a label smaller than ``LABEL_DRAW_THRESHOLD_PX`` on screen; the
    page caps one at ``LABEL_MAX_SCREEN_PX`` as the reader zooms in.
    """
    count = len(ordered_nodes)
    fit_scale = min(1.0, NOMINAL_STAGE_PX / (2 * layout_half_width(max(count, 1))))
    named_at_fit = count if count <= ALL_LABELS_UP_TO_NODES else LABELS_AT_FIT
    by_connections = sorted(ordered_nodes, key=lambda node: (-graph.degree(node), str(node)))
    tail = max(1, count - named_at_fit)
    sizes = {}
    for rank, node in enumerate(by_connections):
        if rank < named_at_fit:
            sizes[node] = math.ceil(LABEL_READABLE_PX / fit_scale)
        else:
            appears_at = fit_scale ** (1 - (rank - named_at_fit + 1) / tail)
            sizes[node] = math.ceil(LABEL_DRAW_THRESHOLD_PX / appears_at)
    return sizes


def layout_positions(graph: nx.MultiDiGraph, ordered_nodes: list) -> dict[Any, tuple[int, int]]:
    if not ordered_nodes:
        return {}
    if len(ordered_nodes) <= FORCE_LAYOUT_MAX_NODES:
        unit_positions = force_directed_layout(graph, ordered_nodes)
    else:
        unit_positions = sunflower_layout(graph, ordered_nodes)
    half_width = layout_half_width(len(ordered_nodes))
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
    connected = adjacency.any(axis=1)
    return scaled_to_unit(pulled_in(positions.astype(np.float64), connected))


def pulled_in(positions: np.ndarray, connected: np.ndarray) -> np.ndarray:
    """Unconnected nodes drift far out and shrink the rest when the view fits: bring them near."""
    centred = positions - positions.mean(axis=0)
    radius = np.sqrt((centred**2).sum(axis=1))
    inner = radius[connected] if connected.sum() >= 10 else radius
    limit = 1.15 * float(np.quantile(inner, 0.9)) if len(inner) >= 10 else float("inf")
    if not math.isfinite(limit) or limit <= 0:
        return centred
    factor = np.where(radius > limit, limit / np.maximum(radius, 1e-12), 1.0)
    return centred * factor[:, None]


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
