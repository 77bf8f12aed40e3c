"""The names a graph's entities go by: what ``--focus`` and the page's search resolve to."""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import networkx as nx

from kg.errors import KgError

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


def names_data(table: dict[str, EntityName]) -> dict[str, Any]:
    """The name table as the page reads it: normalised, as spelled, display, ids, note, listed."""
    rows = [
        [key, entry.spelled, entry.display, list(entry.nodes), entry.note, entry.listed]
        for key, entry in sorted(table.items())
    ]
    return {"cutoff": FUZZY_CUTOFF, "names": rows}
