"""RDF to a NetworkX projection: entities as nodes, every fact as an edge with its evidence."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.errors import KgError
from kg.filters import NO_FILTERS, Filters
from kg.models import FACT_TYPES
from kg.store import select

_FACTS = """
PREFIX aik: <https://w3id.org/ai-infra-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?fact ?type ?s ?o ?status ?amount_usd ?capacity_gw ?duration_years ?chip ?chip_iri
       ?purpose ?event_date ?article ?published %(evidence_vars)s
WHERE {
  VALUES (?type ?class ?subjectRole ?objectRole) { %(types)s }
  ?fact a ?class ; ?subjectRole ?s ; ?objectRole ?o ; aik:status/skos:prefLabel ?status ;
        prov:wasDerivedFrom ?a .
  ?a dcterms:identifier ?article .
  OPTIONAL { ?a dcterms:issued ?published }
  OPTIONAL { ?fact aik:amountUSD ?amount_usd }
  OPTIONAL { ?fact aik:capacityGW ?capacity_gw }
  OPTIONAL { ?fact aik:durationYears ?duration_years }
  OPTIONAL { ?fact aik:chip ?chip_iri . ?chip_iri skos:prefLabel ?chip }
  OPTIONAL { ?fact aik:purpose/skos:prefLabel ?purpose }
  OPTIONAL { ?fact aik:eventDate ?event_date }
  %(evidence)s
}
"""
_ROLES = """
PREFIX aik: <https://w3id.org/ai-infra-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?type ?class ?role ?side WHERE {
  GRAPH <https://w3id.org/ai-infra-kg/graph/ontology> {
    ?class skos:notation ?type .
    ?role rdfs:domain ?class ; rdfs:subPropertyOf ?super .
    VALUES (?super ?side) { (aik:subject "subject") (aik:object "object") }
  }
}
"""
_EVIDENCE = """
  ?fact aik:evidence ?e . ?e oa:exact ?quote ; oa:start ?start .
  OPTIONAL { ?a dcterms:title ?title }
"""
# The union of named graphs also holds the article graphs' direct edges (aik:designs …), so
# reference facts are read from the registry graph alone.
_REGISTRY_FACTS = """
PREFIX aik: <https://w3id.org/ai-infra-kg/ontology#>
SELECT ?type ?s ?o WHERE {
  GRAPH <https://w3id.org/ai-infra-kg/graph/registry> {
    { ?s aik:designs ?o . BIND("designs_chip" AS ?type) }
    UNION { ?s aik:coDesigns ?o . BIND("co_designs_chip" AS ?type) }
    UNION { ?s aik:manufactures ?o . BIND("manufactures_chip" AS ?type) }
  }
}
"""
_ENTITIES = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX aik: <https://w3id.org/ai-infra-kg/ontology#>
SELECT ?entity ?label ?type ?wikidata ?parent ?family WHERE {
  ?entity skos:prefLabel ?label .
  FILTER(STRSTARTS(STR(?entity), "https://w3id.org/ai-infra-kg/id/"))
  OPTIONAL { ?entity rdf:type ?type }
  OPTIONAL { ?entity skos:exactMatch ?wikidata }
  OPTIONAL { ?entity aik:parentOrganization ?parent }
  OPTIONAL { ?entity aik:chipFamily ?family }
}
"""


def entity_id(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def projection(
    store,
    *,
    filters: Filters = NO_FILTERS,
    fact_types: Iterable[str] | None = None,
    with_registry: bool = False,
    evidence: bool = True,
    entities: dict[str, dict] | None = None,
) -> nx.MultiDiGraph:
    """The fact graph as a MultiDiGraph keyed by fact IRI.

    Nodes are entity ids with ``label``, ``types``, ``wikidata``, ``parent`` and ``family``.
    Edges carry ``fact_type``, ``status``, the numbers, ``chip`` (label) and ``chip_id``,
    ``purpose``, ``event_date``, ``published``, ``sources`` (article ids), ``registry`` and,
    unless ``evidence=False``, ``evidence`` (article, title, quote of every quote). Only facts
    that pass ``filters`` (status and both clocks) are edges; ``with_registry`` adds the
    registry's chip designers and foundries as edges with ``registry=True``
    (``co_designs_chip`` for co-designers).
    ``entities`` is ``entity_table(store)`` when the caller already has it.
    """
    graph = nx.MultiDiGraph()
    edges = _fact_edges(store, filters, fact_types, evidence)
    if with_registry:
        wanted = set(fact_types or FACT_TYPES) | {"co_designs_chip"}
        for row in select(store, _REGISTRY_FACTS):
            if row["type"] in wanted:
                key = f"registry:{row['type']}:{entity_id(row['s'])}:{entity_id(row['o'])}"
                edges[key] = _registry_edge(row)
    if entities is None:
        entities = entity_table(store)
    _add_nodes(graph, entities, {edge[k] for edge in edges.values() for k in ("source", "target")})
    for key, edge in sorted(edges.items()):
        source, target = edge.pop("source"), edge.pop("target")
        graph.add_edge(source, target, key=key, **edge)
    return graph


def _fact_edges(store, filters: Filters, fact_types, evidence: bool) -> dict[str, dict]:
    chosen = sorted(set(FACT_TYPES if fact_types is None else fact_types))
    unknown = [t for t in chosen if t not in FACT_TYPES]
    if unknown:
        raise KgError(f"unknown fact type '{unknown[0]}'; known: {', '.join(FACT_TYPES)}")
    # The roles of each fact class, read from the ontology graph: a VALUES table of them lets
    # Oxigraph start from the roles, faster than joining rdfs:subPropertyOf for every fact.
    roles: dict[str, dict[str, str]] = {}
    for row in select(store, _ROLES):
        roles.setdefault(row["type"], {"class": row["class"]})[row["side"]] = row["role"]
    types = " ".join(
        f'("{t}" <{r["class"]}> <{r["subject"]}> <{r["object"]}>)'
        for t, r in sorted(roles.items())
        if t in chosen
    )
    query = _FACTS % {
        "types": types,
        "evidence_vars": "?title ?quote ?start" if evidence else "",
        "evidence": _EVIDENCE if evidence else "",
    }
    rows = [row for row in select(store, query) if filters.keeps_row(row)]
    if evidence:
        rows.sort(key=lambda r: (r["fact"], r["start"]))
    edges: dict[str, dict] = {}
    for row in rows:
        edge = edges.get(row["fact"])
        if edge is None:
            edge = edges[row["fact"]] = {
                "source": entity_id(row["s"]),
                "target": entity_id(row["o"]),
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
                edge["evidence"] = []
        if evidence:
            edge["evidence"].append(
                {"article": row["article"], "title": row["title"], "quote": row["quote"]}
            )
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


def entity_table(store) -> dict[str, dict]:
    """Every entity by id: ``label``, ``types``, ``wikidata``, ``parent`` and ``family``."""
    found: dict[str, dict] = {}
    for row in select(store, _ENTITIES):
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


def _add_nodes(graph: nx.MultiDiGraph, entities: dict[str, dict], ids: set[str]) -> None:
    for node_id in sorted(ids):
        info = entities.get(node_id) or {"label": node_id, "types": set(), "wikidata": None,
                                         "parent": None, "family": None}  # fmt: skip
        graph.add_node(node_id, **{**info, "types": sorted(info["types"])})


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
