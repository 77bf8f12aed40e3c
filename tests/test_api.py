"""The library API and the three faces of each question: CLI JSON, DataFrame and SPARQL."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import networkx as nx
import pandas as pd
import pyoxigraph as ox
import pytest

import kg
from kg.cli import main as kg_main
from kg.errors import KgError
from kg.graph import KnowledgeGraph, records
from kg.questions import (
    CHIP_KEYS,
    COMMITMENT_KEYS,
    FACT_KEYS,
    INVESTMENT_KEYS,
    SILICON_KEYS,
    TIMELINE_KEYS,
    question_names,
)

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "data" / "articles"
README = REPO / "README.md"
# The questions that have a SPARQL face, and the keys its rows are grouped by over articles.
SPARQL_FACES = {
    "facts": FACT_KEYS,
    "investments": INVESTMENT_KEYS,
    "commitments": COMMITMENT_KEYS,
    "chips": CHIP_KEYS,
    "timeline": TIMELINE_KEYS,
}
ARGUMENTS = {"why": ["Anthropic", "Microsoft"], "path": ["OpenAI", "Anthropic"],
             "diff": ["2025-01-01", "2026-12-31"]}  # fmt: skip
METHOD_ARGUMENTS = {"diff": ["2025-01-01", "2026-12-31"]}
FILTER_SETS = [
    {},
    {"status": ["announced"]},
    {"entity": ["Anthropic"], "as_of": "2026-03"},
    {"status": ["in_talks", "reported"], "entity": ["Microsoft"]},
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("api-seeds")
    KnowledgeGraph.build(SEEDS, out, html=False)
    return out


@pytest.fixture(scope="module")
def graph(folder) -> KnowledgeGraph:
    return kg.open(folder)


def cli_json(folder: Path, capsys, *args: str) -> list[dict]:
    capsys.readouterr()
    code = kg_main(["query", *args, "--graph", str(folder), "--format", "json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)


def cli_flags(filters: dict) -> list[str]:
    flags = []
    for key, value in filters.items():
        for item in value if isinstance(value, list) else [value]:
            flags += [f"--{key.replace('_', '-')}", item]
    return flags


def grouped(rows: list[dict], keys: tuple[str, ...]) -> list[dict]:
    """SPARQL rows (one per fact and article) grouped over articles, as the contract says
    (``facts`` also gives the highest confidence of the facts grouped)."""
    by_key: dict[tuple, set[str]] = {}
    best: dict[tuple, float] = {}
    for row in rows:
        key = tuple(row[k] for k in keys)
        by_key.setdefault(key, set()).add(row["article"])
        best[key] = max(best.get(key, 0), row["confidence"])
    confidence = keys == FACT_KEYS
    return [{**dict(zip(keys, k, strict=True)), **({"confidence": best[k]} if confidence else {}),
             "sources": sorted(s)} for k, s in by_key.items()]  # fmt: skip


def canonical(rows: list[dict]) -> list[str]:
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


def shipped(name: str) -> Path:
    return Path(str(resources.files("kg").joinpath("queries", f"{name}.rq")))


# ---------------------------------------------------------------- three faces


@pytest.mark.parametrize("filters", FILTER_SETS, ids=lambda f: ",".join(f) or "unfiltered")
@pytest.mark.parametrize("name", question_names())
def test_cli_json_and_dataframe_give_the_same_rows(folder, graph, capsys, name, filters):
    args = ARGUMENTS.get(name, [])
    from_cli = cli_json(folder, capsys, name, *args, *cli_flags(filters))
    data = graph.ask(name, *args, **filters)
    assert isinstance(data, pd.DataFrame)
    assert records(data) == from_cli
    method = getattr(graph, name)
    assert records(method(*ARGUMENTS.get(name, []), **filters)) == from_cli


@pytest.mark.parametrize("name", sorted(SPARQL_FACES))
def test_the_sparql_face_gives_the_same_rows(folder, graph, capsys, name):
    from_cli = cli_json(folder, capsys, name)
    assert from_cli, f"{name} has no rows on the seeds"
    sparql_rows = cli_json(folder, capsys, str(shipped(name)))
    assert canonical(grouped(sparql_rows, SPARQL_FACES[name])) == canonical(from_cli)
    through_api = records(graph.sparql(shipped(name).read_text(encoding="utf-8")))
    assert canonical(grouped(through_api, SPARQL_FACES[name])) == canonical(from_cli)


def test_the_sparql_face_of_silicon_gives_one_row_per_lab_and_chip(folder, graph, capsys):
    rows = cli_json(folder, capsys, str(shipped("silicon")))
    pairs = {(r["lab"], r["chip"]) for r in rows}
    answer = cli_json(folder, capsys, "silicon")
    assert {(r["lab"], r["chip"]) for r in answer} == pairs and len(answer) == len(pairs)
    for row in answer:
        stated = {r["status"] for r in rows if (r["lab"], r["chip"]) == (row["lab"], row["chip"])}
        assert set(row["status"]) == stated


def test_the_sparql_face_of_why_takes_the_entity_as_a_bound_value(graph):
    anthropic = ox.NamedNode(graph.entity("Anthropic").iri)
    text = shipped("why").read_text(encoding="utf-8")
    facts = {row["fact"] for row in records(graph.sparql(text, entity=anthropic))}
    assert len(facts) == len(graph.why("Anthropic")) > 0


def test_timeline_sparql_face_is_in_date_order(folder, capsys):
    rows = cli_json(folder, capsys, str(shipped("timeline")))
    assert [r["event_date"] for r in rows] == sorted(r["event_date"] for r in rows)


# ---------------------------------------------------------------- the library API


def test_open_and_build_give_a_graph_with_one_method_per_question(graph):
    for name in question_names():
        assert callable(getattr(graph, name)), name
    assert repr(graph).startswith("KnowledgeGraph(")


def test_dataframes_have_numeric_columns_and_keep_columns_when_empty(graph):
    commitments = graph.commitments()
    assert str(commitments["amount_usd"].dtype) == "Float64"
    assert commitments["amount_usd"].max() >= 100_000_000_000
    empty = graph.silicon(known_by="2020")  # before any seed article was published
    assert empty.empty and list(empty.columns) == [*SILICON_KEYS, "sources"]
    with_provider = graph.silicon(with_provider=True)
    assert "provider" in with_provider.columns


def test_sparql_returns_a_dataframe_and_binds_values(graph):
    query = (
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT ?entity ?name WHERE { ?entity skos:prefLabel ?name }"
    )
    found = graph.sparql(query, name="TSMC")
    assert records(found) == [{"entity": "https://w3id.org/ai-infra-kg/id/tsmc", "name": "TSMC"}]
    assert graph.sparql(query, name='TSMC" } UNION { ?entity ?p ?name } #').empty


def test_a_sparql_syntax_error_gives_the_parser_message_and_position(graph):
    with pytest.raises(KgError, match=r"SPARQL syntax error: error at 1:\d+"):
        graph.sparql("SELECT ?s WHERE { ?s ?p }")


def test_to_networkx_is_the_projection_with_labels_types_and_evidence(graph):
    projection = graph.to_networkx()
    assert isinstance(projection, nx.MultiDiGraph)
    anthropic = projection.nodes["anthropic"]
    assert anthropic["label"] == "Anthropic" and "Lab" in anthropic["types"]
    assert anthropic["wikidata"].startswith("Q")
    stakes = [
        data
        for _, target, data in projection.out_edges("microsoft", data=True)
        if target == "anthropic" and data["fact_type"] == "invests_in"
    ]
    assert stakes and stakes[0]["amount_usd"] == 5_000_000_000
    assert stakes[0]["status"] == "announced" and stakes[0]["sources"]
    assert stakes[0]["evidence"][0]["quote"]
    talks = graph.to_networkx(status="announced")
    assert all(d["status"] == "announced" for _, _, d in talks.edges(data=True))
    registry = graph.to_networkx(with_registry=True)
    assert any(d["registry"] for _, _, d in registry.edges(data=True))


def test_importing_kg_does_not_load_pandas():
    code = "import sys, kg, kg.cli; print('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# ---------------------------------------------------------------- documentation


def test_readme_documents_every_question_and_the_library_api():
    text = README.read_text(encoding="utf-8")
    for name in question_names():
        assert f"`{name}" in text, f"README.md never names the question {name}"
    for needle in ("kg.open(", "KnowledgeGraph.build(", ".sparql(", ".to_networkx(", "--as-of",
                   "--known-by", "kg query why", "kg query path", "kg query diff"):  # fmt: skip
        assert needle in text, needle


def test_query_help_explains_both_clocks(capsys):
    with pytest.raises(SystemExit):
        kg_main(["query", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--as-of" in out and "without a date are kept" in out
    assert "--known-by" in out and "without a date count as unknown" in out
