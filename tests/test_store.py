"""The embedded store: exports of the union graph, values bound as terms, remote JSON values."""

from __future__ import annotations

import io
import json

import pyoxigraph as ox
import pytest
from conftest import trig_text
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.errors import KgError
from kg.remote import bind, json_value, query_form
from kg.store import (
    EXPORT_FORMATS,
    export_build,
    open_store,
    python_value,
    select,
    write_store,
)


def union_of_trig(build) -> Graph:
    data = Dataset()
    data.parse(data=trig_text(build), format="trig")
    union = Graph()
    for subject, predicate, obj, _ in data.quads((None, None, None, None)):
        union.add((subject, predicate, obj))
    return union


@pytest.mark.parametrize(
    "fmt, rdflib_format", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")]
)
def test_union_exports_hold_the_union_of_the_trig(seed_build, fmt, rdflib_format):
    output = io.BytesIO()
    export_build(seed_build, fmt, output)
    exported = Graph().parse(data=output.getvalue().decode(), format=rdflib_format)
    assert isomorphic(exported, union_of_trig(seed_build))


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_dataset_exports_keep_the_named_graphs(seed_build, fmt):
    output = io.BytesIO()
    export_build(seed_build, fmt, output)
    exported = Dataset()
    exported.parse(data=output.getvalue().decode(), format=fmt if fmt == "trig" else "nquads")
    expected = Dataset()
    expected.parse(data=trig_text(seed_build), format="trig")
    names = {str(g.identifier) for g in expected.graphs() if len(g)}
    assert {str(g.identifier) for g in exported.graphs() if len(g)} == names
    for name in names:
        assert isomorphic(exported.graph(name), expected.graph(name)), name


def test_an_export_is_the_same_bytes_every_time(seed_build):
    first, second = io.BytesIO(), io.BytesIO()
    export_build(seed_build, "ttl", first)
    export_build(seed_build, "ttl", second)
    assert first.getvalue() == second.getvalue()
    assert sorted(EXPORT_FORMATS) == ["jsonld", "nq", "nt", "trig", "ttl"]


def test_kg_export_writes_a_file(run_kg, seed_build, tmp_path):
    out = tmp_path / "graph.ttl"
    result = run_kg("export", "--graph", seed_build, "--format", "ttl", "--out", out)
    assert result.code == 0, result.err
    assert isomorphic(Graph().parse(out, format="turtle"), union_of_trig(seed_build))


def test_values_are_bound_as_terms_not_text(store):
    query = (
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT ?name ?entity WHERE { ?entity skos:prefLabel ?name }"
    )
    assert [r["entity"] for r in select(store, query, {"name": "Anthropic"})] == [
        "https://w3id.org/ai-infra-kg/id/anthropic"
    ]
    assert select(store, query, {"name": '" } ?x ?y ?z . { "'}) == []


def test_a_bound_value_becomes_an_escaped_values_block():
    query = 'SELECT ?name WHERE { # a { in a comment\n ?e <http://x/p> "{" ; <http://x/q> ?name }'
    bound = bind(query, {"name": 'He said "}" \\ ok\n'})
    values = bound[bound.index("VALUES") :]
    assert values.startswith('VALUES (?name) { ("He said \\"}\\" \\\\ ok\\n") }')
    assert bound.index("VALUES") > bound.index("WHERE {")
    parsed = ox.Store().query(bound)  # still one well-formed query
    assert [v.value for v in parsed.variables] == ["name"]
    with pytest.raises(KgError, match="not a SPARQL variable"):
        bind(query, {"name }": "x"})


def test_sparql_json_values_are_the_embedded_stores_values():
    xsd = "http://www.w3.org/2001/XMLSchema#"
    cases = [
        ({"type": "uri", "value": "http://x/a"}, ox.NamedNode("http://x/a")),
        ({"type": "literal", "value": "café"}, ox.Literal("café")),
        (
            {"type": "typed-literal", "datatype": xsd + "decimal", "value": "5000000000"},
            ox.Literal("5000000000", datatype=ox.NamedNode(xsd + "decimal")),
        ),
        (
            {"type": "literal", "datatype": xsd + "decimal", "value": "0.5"},
            ox.Literal("0.5", datatype=ox.NamedNode(xsd + "decimal")),
        ),
        (
            {"type": "literal", "datatype": xsd + "date", "value": "2026-05-21"},
            ox.Literal("2026-05-21", datatype=ox.NamedNode(xsd + "date")),
        ),
        (
            {"type": "literal", "datatype": xsd + "nonNegativeInteger", "value": "12"},
            ox.Literal("12", datatype=ox.NamedNode(xsd + "nonNegativeInteger")),
        ),
        (
            {"type": "typed-literal", "datatype": xsd + "boolean", "value": "1"},
            ox.Literal("true", datatype=ox.NamedNode(xsd + "boolean")),
        ),
    ]
    for cell, term in cases:
        assert json_value(cell) == python_value(term), cell
    assert json_value(None) is None


def test_query_forms():
    assert query_form("PREFIX a: <http://x/SELECT> CONSTRUCT WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert query_form("# SELECT\nASK { ?s ?p ?o }") == "ASK"
    assert query_form("select * { ?s ?p ?o }") == "SELECT"


def test_the_store_is_a_link_to_a_version_that_opens_read_only(seed_build):
    link = seed_build / "store"
    assert link.is_symlink() and link.resolve().parent.parent.name == ".versions"
    manifest = json.loads((link.resolve().parent / "manifest.json").read_text())
    assert sorted(manifest["articles"]) == sorted(
        r["id"]
        for r in select(
            open_store(seed_build),
            "SELECT ?id WHERE { ?a a <https://w3id.org/ai-infra-kg/ontology#Article> ; "
            "<http://purl.org/dc/terms/identifier> ?id }",
        )
    )


def test_oxigraph_stores_integer_types_as_xsd_integer(store):
    """Why exports read graph.trig: the store keeps the value of a quote offset, not its type."""
    offsets = {
        row["datatype"]
        for row in select(
            store,
            "SELECT DISTINCT (DATATYPE(?start) AS ?datatype) "
            "WHERE { ?e <http://www.w3.org/ns/oa#start> ?start }",
        )
    }
    assert offsets == {"http://www.w3.org/2001/XMLSchema#integer"}


def test_no_build_is_a_clear_error(tmp_path):
    with pytest.raises(KgError, match="no graph built here"):
        open_store(tmp_path)


def test_documents_loaded_side_by_side_keep_every_quad_and_each_ones_blank_nodes(tmp_path):
    """write_store shares documents out over parallel bulk loads; none may be cut in two."""
    documents = [
        "".join(
            f"<http://example.org/s{d}-{i}> <http://example.org/p> _:node{d} "
            f"<http://example.org/g{d}> .\n"
            for i in range(50)
        )
        + f'_:node{d} <http://example.org/label> "document {d}" <http://example.org/g{d}> .\n'
        for d in range(9)
    ]
    write_store(tmp_path / "store", documents)
    store = ox.Store.read_only(str(tmp_path / "store"))
    assert len(store) == 9 * 51
    rows = select(
        store,
        "SELECT ?label (COUNT(DISTINCT ?node) AS ?nodes) (COUNT(?s) AS ?subjects) WHERE { "
        "?s <http://example.org/p> ?node . ?node <http://example.org/label> ?label } "
        "GROUP BY ?label",
    )
    assert sorted((r["label"], r["nodes"], r["subjects"]) for r in rows) == [
        (f"document {d}", 1, 50) for d in range(9)
    ]
