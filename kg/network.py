"""RDF to a NetworkX projection: entities as nodes, every fact as an edge with its evidence."""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox

from kg.store import select

PROJECTION_QUERY = """
PREFIX aik: <https://w3id.org/ai-infra-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?fact ?type ?s ?o ?status ?amount_usd ?capacity_gw ?duration_years ?chip ?purpose
       ?article ?title ?quote ?start
WHERE {
  ?fact a ?class ; aik:status/skos:prefLabel ?status ; prov:wasDerivedFrom ?a ;
        aik:evidence ?e .
  ?class skos:notation ?type .
  ?subjectRole rdfs:subPropertyOf aik:subject . ?fact ?subjectRole ?s .
  ?objectRole rdfs:subPropertyOf aik:object . ?fact ?objectRole ?o .
  ?a dcterms:identifier ?article .
  ?e oa:exact ?quote ; oa:start ?start .
  OPTIONAL { ?a dcterms:title ?title }
  OPTIONAL { ?fact aik:amountUSD ?amount_usd }
  OPTIONAL { ?fact aik:capacityGW ?capacity_gw }
  OPTIONAL { ?fact aik:durationYears ?duration_years }
  OPTIONAL { ?fact aik:chip/skos:prefLabel ?chip }
  OPTIONAL { ?fact aik:purpose/skos:prefLabel ?purpose }
}
"""

ENTITY_QUERY = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?entity ?label ?type ?wikidata WHERE {
  VALUES ?entity { %s }
  ?entity skos:prefLabel ?label ; rdf:type ?type .
  OPTIONAL { ?entity skos:exactMatch ?wikidata }
}
"""


def entity_id(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def projection(store: ox.Store) -> nx.MultiDiGraph:
    """A MultiDiGraph: nodes carry label, types and Wikidata id; edges carry the fact type,
    numbers, status and the evidence (article, title, quote) of every source."""
    graph = nx.MultiDiGraph()
    edges: dict[str, dict] = {}
    for row in sorted(select(store, PROJECTION_QUERY), key=lambda r: (r["fact"], r["start"])):
        edge = edges.setdefault(
            row["fact"],
            {
                "source": entity_id(row["s"]),
                "target": entity_id(row["o"]),
                "fact_type": row["type"],
                "status": row["status"],
                "amount_usd": row["amount_usd"],
                "capacity_gw": row["capacity_gw"],
                "duration_years": row["duration_years"],
                "chip": row["chip"],
                "purpose": row["purpose"],
                "registry": False,
                "evidence": [],
            },
        )
        edge["evidence"].append(
            {"article": row["article"], "title": row["title"], "quote": row["quote"]}
        )
    iris = sorted({row[k] for row in edges.values() for k in ("source", "target")})
    _add_nodes(graph, store, iris)
    for fact, edge in sorted(edges.items()):
        source, target = edge.pop("source"), edge.pop("target")
        graph.add_edge(source, target, key=fact, **edge)
    return graph


def _add_nodes(graph: nx.MultiDiGraph, store: ox.Store, ids: list[str]) -> None:
    if not ids:
        return
    values = " ".join(f"<https://w3id.org/ai-infra-kg/id/{i}>" for i in ids)
    found: dict[str, dict] = {}
    for row in select(store, ENTITY_QUERY % values):
        node = found.setdefault(
            entity_id(row["entity"]), {"label": row["label"], "types": set(), "wikidata": None}
        )
        kind = row["type"].rsplit("#", 1)[-1]
        node["types"].add(kind)
        if row["wikidata"]:
            node["wikidata"] = entity_id(row["wikidata"])
    for node_id in ids:
        info = found.get(node_id, {"label": node_id, "types": set(), "wikidata": None})
        graph.add_node(node_id, label=info["label"], types=sorted(info["types"]),
                       wikidata=info["wikidata"])  # fmt: skip
