"""Questions that need graph algorithms, answered on NetworkX projections of the RDF graph.

Each question projects only the facts it needs and does work linear in the edges it reads,
except ``loops``, whose cycle search is bounded in length.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from kg.errors import KgError
from kg.questions.filters import NO_FILTERS, Filters
from kg.questions.names import resolve
from kg.questions.projection import (
    entity_table,
    organisation_of,
    pair_edges,
    pair_ends,
    projection_parts,
    registry_edges,
)
from kg.questions.sources import as_source
from kg.questions.vocabulary import FACT_TYPES

Row = dict[str, object]

SUPPLY_FACTS = ("uses_chip", "compute_commitment", "designs_chip", "manufactures_chip")
SUPPLIER_ROLES = {
    "designs_chip": "designer",
    "co_designs_chip": "co-designer",
    "manufactures_chip": "foundry",
}
ROLE_ORDER = {"designer": 0, "co-designer": 1, "foundry": 2}
DEAL_FACTS = ("invests_in", "compute_commitment")
DEFAULT_LOOP_LENGTH = 4
EXPOSURE_KEYS = (
    "lab", "role", "organisation", "share", "sole", "families", "chips", "status", "sources",
)  # fmt: skip
LOOP_KEYS = (
    "loop", "length", "hop", "from", "to", "relation", "amounts_usd", "capacities_gw", "status",
    "sources",
)  # fmt: skip
PATH_KEYS = (
    "path", "hop", "from", "to", "fact_type", "direction", "status", "amount_usd", "capacity_gw",
    "chip", "sources", "quote",
)  # fmt: skip


# ---------------------------------------------------------------- exposure


def exposure(store, filters: Filters = NO_FILTERS) -> list[Row]:
    """Per lab, the chip designers and foundries it reaches through its chips.

    Paths lab → chip → supplier (or lab → chip → family → supplier when only the family names
    one), where lab → chip is a chip-use fact or a compute commitment naming a chip, and
    chip → supplier comes from the registry or from articles. ``share`` is the fraction of the
    lab's known chip families that reach the supplier; ``sole`` marks a designer or foundry
    that every one of them goes through. Divisions count as their parent organisation.
    """
    entities = entity_table(store)
    edges = pair_edges(store, filters, SUPPLY_FACTS, figures=False)
    edges += registry_edges(store, SUPPLY_FACTS)
    supply = _supply_graph(edges, entities)
    rows: list[Row] = []
    chips: dict[str, tuple] = {}  # each chip's family and suppliers, found once for all labs
    for lab in sorted(supply.of_kind("lab")):
        rows.extend(_exposure_of(supply, lab, chips))
    rows.sort(key=lambda r: (r["lab"], ROLE_ORDER[r["role"]], -r["share"], r["organisation"]))
    for row in rows:
        flag = row.pop("undated")
        if filters.flags_undated:
            row["undated"] = flag
    return filters.mentions(rows, ("lab", "organisation", "chips", "families"))


class _Supply:
    """A small directed graph of plain dicts (the few operations exposure needs, without
    NetworkX): ``nodes[id]`` holds ``kind`` and ``label``, ``supply[a][b]`` an edge's data."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict] = {}
        self.edges: dict[str, dict[str, dict]] = {}

    def __contains__(self, node: str) -> bool:
        return node in self.nodes

    def __getitem__(self, node: str) -> dict[str, dict]:
        return self.edges[node]

    def successors(self, node: str) -> list[str]:
        return list(self.edges.get(node, {}))

    def of_kind(self, kind: str) -> list[str]:
        return [n for n, data in self.nodes.items() if data["kind"] == kind]


def _supply_graph(edges: list[dict], entities: dict[str, dict]) -> _Supply:
    """Labs → chips (→ families) → suppliers; each edge keeps the statuses and sources of the
    facts that make it, supplier edges their roles."""
    top = organisation_of(entities)
    supply = _Supply()

    def node(name: str, kind: str) -> None:
        if name not in supply:
            supply.nodes[name] = {"kind": kind, "label": entities.get(name, {}).get("label", name)}

    def link(source: str, target: str, data: dict, role: str | None = None) -> None:
        edge = supply.edges.setdefault(source, {}).setdefault(
            target, {"status": set(), "sources": set(), "roles": set(), "undated": False}
        )
        edge["undated"] = edge["undated"] or bool(data.get("undated"))
        edge["status"].update(data.get("status") or ())
        edge["sources"].update(data.get("sources") or ())
        if role:
            edge["roles"].add(role)

    for data in edges:
        user, target = data["s"], data["o"]
        chip = target if data["type"] == "uses_chip" else data.get("chip_id")
        if data["type"] in ("uses_chip", "compute_commitment") and chip:
            node(user, "lab")
            node(chip, "chip")
            link(user, chip, data)
    for chip in supply.of_kind("chip"):
        family = entities.get(chip, {}).get("family")
        if family and family != chip:
            node(family, "family")
            link(chip, family, {}, "family")
    for data in edges:
        organisation, chip = data["s"], data["o"]
        role = SUPPLIER_ROLES.get(data["type"])
        if role and chip in supply and supply.nodes[chip]["kind"] != "lab":
            owner = top.get(organisation, organisation)
            node(owner, "supplier")
            link(chip, owner, {"sources": data["sources"]}, role)
    return supply


def _suppliers(supply: _Supply, chip: str) -> Iterable[tuple[str, str, set[str]]]:
    """(supplier, role, sources) of a chip: its own for a role, or else its family's."""
    families = [f for f in supply.successors(chip) if "family" in supply[chip][f]["roles"]]
    for role in ROLE_ORDER:
        found = [(chip, s) for s in supply.successors(chip) if role in supply[chip][s]["roles"]]
        if not found:
            found = [
                (f, s) for f in families for s in supply.successors(f)
                if role in supply[f][s]["roles"]
            ]  # fmt: skip
        for via, supplier in found:
            yield supplier, role, supply[via][supplier]["sources"]


def _exposure_of(supply: _Supply, lab: str, chips: dict[str, tuple]) -> list[Row]:
    reached: dict[tuple[str, str], dict[str, set]] = {}
    families: set[str] = set()
    for chip in supply.successors(lab):
        use = supply[lab][chip]
        if chip not in chips:
            family = next(
                (f for f in supply.successors(chip) if "family" in supply[chip][f]["roles"]), chip
            )
            chips[chip] = (family, list(_suppliers(supply, chip)))
        family, suppliers = chips[chip]
        families.add(family)
        for supplier, role, sources in suppliers:
            entry = reached.setdefault(
                (role, supplier),
                {"families": set(), "chips": set(), "status": set(), "sources": set(),
                 "undated": False},
            )  # fmt: skip
            entry["undated"] = entry["undated"] or use["undated"]
            entry["families"].add(family)
            entry["chips"].add(chip)
            entry["status"] |= use["status"]
            entry["sources"].update(use["sources"], sources)
    label = supply.nodes
    return [
        {
            "lab": label[lab]["label"],
            "role": role,
            "organisation": label[supplier]["label"],
            "share": round(len(entry["families"]) / len(families), 4),
            "sole": role != "co-designer" and entry["families"] == families,
            "families": sorted(label[f]["label"] for f in entry["families"]),
            "chips": sorted(label[c]["label"] for c in entry["chips"]),
            "status": sorted(entry["status"]),
            "sources": sorted(entry["sources"]),
            "undated": entry["undated"],
        }
        for (role, supplier), entry in reached.items()
    ]


# ---------------------------------------------------------------- loops


def loops(store, filters: Filters = NO_FILTERS, max_length: int = DEFAULT_LOOP_LENGTH) -> list[Row]:
    """Capital–compute loops: cycles in the organisation graph that mix money and compute.

    Organisations are nodes (divisions folded into their parent); edges run investor →
    investee and buyer → provider. A loop is a simple cycle of at most ``max_length`` hops with
    at least one investment and one compute commitment, e.g. Microsoft invests in Anthropic,
    which commits to spend on Microsoft's cloud. One row per hop and fact type, with the
    amounts stated, their statuses and sources.
    """
    if not 2 <= int(max_length) <= 8:
        raise KgError("loops: --max-length must be between 2 and 8")
    entities = entity_table(store)
    top = organisation_of(entities)
    # deals[a][b]["facts"][type]: the pair rows from organisation a to organisation b
    deals: dict[str, dict[str, dict]] = {}
    labels: dict[str, str] = {}
    for data in pair_edges(store, filters, DEAL_FACTS):
        a, b = top.get(data["s"], data["s"]), top.get(data["o"], data["o"])
        if a == b:
            continue
        for node in (a, b):
            labels[node] = entities.get(node, {}).get("label", node)
            deals.setdefault(node, {})
        edge = deals[a].setdefault(b, {"facts": {}})
        edge["facts"].setdefault(data["type"], []).append(data)
    wanted = {top.get(e.id, e.id) for e in filters.entities}
    by_label = {info["label"]: node for node, info in entities.items()}
    wanted |= {top.get(by_label[n], by_label[n]) for n in filters.labels() if n in by_label}
    rows: list[Row] = []
    for cycle in bounded_cycles({a: list(out) for a, out in deals.items()}, int(max_length)):
        hops = list(zip(cycle, cycle[1:] + cycle[:1], strict=True))
        kinds = [set(deals[a][b]["facts"]) for a, b in hops]
        if not set().union(*kinds) >= set(DEAL_FACTS):
            continue
        if wanted and not wanted & set(cycle):
            continue
        start = min(
            range(len(cycle)), key=lambda i: ("invests_in" not in kinds[i], labels[cycle[i]])
        )
        ordered = cycle[start:] + cycle[:start]
        rows.extend(_loop_rows(deals, ordered, labels, filters.flags_undated))
    rows.sort(key=lambda r: (r["length"], r["loop"], r["hop"], r["relation"]))
    return rows


def bounded_cycles(successors: dict[str, list[str]], bound: int) -> Iterator[list[str]]:
    """Every simple cycle of at most ``bound`` hops in a directed graph (no self-loops), once
    each, starting at its least node.

    From each node ``s`` in sorted order, a depth-first search over the nodes after ``s``,
    pruned by how many hops each is from ``s`` going backwards (a path is extended only while
    it can still close within the bound), so the search does not wander into dead ends.
    At 1M triples this takes milliseconds where ``networkx.simple_cycles`` took ~0.1 s.
    """
    nodes = sorted(successors)
    rank = {node: i for i, node in enumerate(nodes)}
    predecessors: dict[str, list[str]] = {node: [] for node in nodes}
    for node, after in successors.items():
        for other in after:
            predecessors[other].append(node)
    for start in nodes:
        floor = rank[start]
        back = {start: 0}  # hops back to start, through nodes after it, within the bound
        frontier = [start]
        for hops in range(1, bound):
            reached = []
            for node in frontier:
                for before in predecessors[node]:
                    if rank[before] > floor and before not in back:
                        back[before] = hops
                        reached.append(before)
            frontier = reached
        if len(back) == 1:
            continue
        yield from _closing(successors, bound, back, [start], {start})


def _closing(successors: dict[str, list[str]], bound: int, back: dict[str, int], path: list[str],
             on_path: set[str]) -> Iterator[list[str]]:  # fmt: skip
    """The cycles that extend ``path`` back to its first node within ``bound`` hops."""
    for after in successors[path[-1]]:
        if after == path[0]:
            yield list(path)
        elif after in back and after not in on_path and len(path) + back[after] <= bound:
            path.append(after)
            on_path.add(after)
            yield from _closing(successors, bound, back, path, on_path)
            path.pop()
            on_path.discard(after)


def _loop_rows(deals: dict[str, dict[str, dict]], cycle: list[str], labels: dict[str, str],
               flag_undated: bool = False) -> list[Row]:  # fmt: skip
    text = " → ".join(labels[n] for n in [*cycle, cycle[0]])
    rows = []
    for hop, (a, b) in enumerate(zip(cycle, cycle[1:] + cycle[:1], strict=True), 1):
        for relation, facts in sorted(deals[a][b]["facts"].items()):
            rows.append(
                {
                    "loop": text,
                    "length": len(cycle),
                    "hop": hop,
                    "from": labels[a],
                    "to": labels[b],
                    "relation": relation,
                    "amounts_usd": _distinct(v for f in facts for v in f["amounts"]),
                    "capacities_gw": _distinct(v for f in facts for v in f["capacities"]),
                    "status": sorted({s for f in facts for s in f["status"]}),
                    "sources": sorted({s for f in facts for s in f["sources"]}),
                    **({"undated": any(f["undated"] for f in facts)} if flag_undated else {}),
                }
            )
    return rows


def _distinct(values: Iterable[object]) -> list:
    return sorted({v for v in values if v is not None})


# ---------------------------------------------------------------- path


def path(
    store,
    origin: str,
    destination: str,
    filters: Filters = NO_FILTERS,
    max_paths: int = 5,
    with_registry: bool = False,
) -> list[Row]:
    """How two entities connect: up to ``max_paths`` shortest paths over the fact graph.

    Facts are followed in either direction; each hop lists every fact between its two ends,
    with the direction it points, its status, numbers, sources and first quote. Hops join
    the organisations that act: a division named by articles (AWS) counts as its parent.
    """
    first, second = resolve(store, origin), resolve(store, destination)
    if first.iri == second.iri:
        raise KgError("path: give two different entities")
    # Only which entities facts link: the facts themselves are read for the hops found.
    ends = pair_ends(store, filters, FACT_TYPES)
    if with_registry:
        ends += [(e["s"], e["o"]) for e in registry_edges(store, FACT_TYPES)]
    nodes = {node for pair in ends for node in pair}
    start, end = (_acting_node(store, e.id, nodes) for e in (first, second))
    if start == end:
        return []
    found = list(islice(shortest_paths(ends, start, end), max_paths))
    if not found:
        return []
    # Only the facts of the hops found are read one by one.
    hops = {pair for nodes in found for pair in zip(nodes, nodes[1:], strict=False)}
    between = hops | {(b, a) for a, b in hops}
    # The hops' facts as projection() has them, without a NetworkX graph (importing NetworkX
    # alone takes ~0.1 s): nodes by id, and each (from, to)'s edges by key, in key order.
    label, edges = projection_parts(store, filters=filters, with_registry=with_registry,
                                    evidence=False, between=between,
                                    as_named=False)  # fmt: skip
    graph: dict[tuple[str, str], dict[str, dict]] = {}
    for key, edge in edges.items():
        graph.setdefault((edge["source"], edge["target"]), {})[key] = edge
    found.sort(key=lambda p: [label[n]["label"] for n in p])
    quotes = _first_quotes(store, [key for key, edge in edges.items() if not edge["registry"]])
    rows: list[Row] = []
    for number, nodes in enumerate(found, 1):
        for hop, (a, b) in enumerate(zip(nodes, nodes[1:], strict=False), 1):
            hop_ends = {"path": number, "hop": hop, "from": label[a]["label"],
                        "to": label[b]["label"]}  # fmt: skip
            for fact in _hop_facts(quotes, graph, a, b):
                undated = fact.pop("undated")
                if filters.flags_undated:
                    fact["undated"] = undated
                rows.append({**hop_ends, **fact})
    return filters.mentions(rows, ("from", "to", "chip"))


def shortest_paths(ends: Iterable[tuple[str, str]], source: str,
                   target: str) -> Iterator[list[str]]:  # fmt: skip
    """Every shortest path from ``source`` to ``target`` over the undirected edges ``ends``,
    in the order ``networkx.all_shortest_paths`` gives them on a ``Graph`` of these edges.

    The same breadth-first search over the same adjacency order (neighbours in the order
    their first edge comes), stopped once the target's level is complete (networkx searches
    the whole component), and the same walk back over the predecessors; without building a
    NetworkX graph of every linked pair. Nothing when either end is unlinked or unreachable.
    """
    adjacency: dict[str, dict[str, None]] = {}
    for a, b in ends:
        adjacency.setdefault(a, {})[b] = None
        adjacency.setdefault(b, {})[a] = None
    if source not in adjacency or target not in adjacency:
        return
    predecessors: dict[str, list[str]] = {source: []}
    level_of = {source: 0}
    level, next_level = 0, [source]
    while next_level and target not in predecessors:
        level += 1
        this_level, next_level = next_level, []
        for node in this_level:
            for other in adjacency[node]:
                if other not in level_of:
                    predecessors[other] = [node]
                    level_of[other] = level
                    next_level.append(other)
                elif level_of[other] == level:
                    predecessors[other].append(node)
    if target not in predecessors:
        return
    seen = {target}
    stack = [[target, 0]]
    top = 0
    while top >= 0:
        node, i = stack[top]
        if node == source:
            yield [p for p, _ in reversed(stack[: top + 1])]
        if len(predecessors[node]) > i:
            stack[top][1] = i + 1
            before = predecessors[node][i]
            if before in seen:
                continue
            seen.add(before)
            top += 1
            if top == len(stack):
                stack.append([before, 0])
            else:
                stack[top][:] = [before, 0]
        else:
            seen.discard(node)
            top -= 1


def _acting_node(store, entity: str, nodes: set[str]) -> str:
    """The node an entity is among acting organisations: itself, or for a division with no
    facts of its own there, the organisation it acts for (AWS: Amazon)."""
    if entity in nodes:
        return entity
    return organisation_of(entity_table(store)).get(entity, entity)


def _hop_facts(quotes: dict[str, str], graph: dict[tuple[str, str], dict[str, dict]], a: str,
               b: str) -> list[Row]:  # fmt: skip
    """The facts between two entities, either way; versions stated alike are merged."""
    merged: dict[tuple, Row] = {}
    for source, target, direction in ((a, b, "→"), (b, a, "←")):
        for fact, data in sorted(graph.get((source, target), {}).items()):
            key = (data["fact_type"], direction, data["status"], data["amount_usd"],
                   data["capacity_gw"], data["chip"])  # fmt: skip
            row = merged.setdefault(
                key,
                {
                    "fact_type": data["fact_type"],
                    "direction": direction,
                    "status": data["status"],
                    "amount_usd": data["amount_usd"],
                    "capacity_gw": data["capacity_gw"],
                    "chip": data["chip"],
                    "sources": set(),
                    "quote": None if data["registry"] else quotes.get(fact),
                    "undated": False,
                },
            )
            row["sources"].update(data["sources"] or ["registry"])
            row["undated"] = row["undated"] or (not data["registry"] and data["event_date"] is None)
    facts = [{**row, "sources": sorted(row["sources"])} for row in merged.values()]
    facts.sort(key=lambda f: tuple(str(v) for k, v in f.items() if k != "undated"))
    return facts


def _first_quotes(store, facts: list[str]) -> dict[str, str]:
    """The first quote of each fact (the projection leaves quotes out): one query on the fact
    table, a bound lookup per fact on a store."""
    source = as_source(store)
    if hasattr(source, "first_quotes"):
        return source.first_quotes(facts)
    found = {}
    for fact in facts:
        rows = source.rows("quotes", {"fact": fact})
        if rows:
            found[fact] = min(rows, key=lambda r: r["start"])["quote"]
    return found
