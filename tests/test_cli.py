"""The `kg` command: the JSON/CSV/table contract of `kg query`, SPARQL, help and errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess

import pyoxigraph as ox
import pytest
from conftest import README, article_ids

import kg
from kg.cli import COMMANDS
from kg.models import FACT_TYPES, STATUSES
from kg.questions import (
    CHIP_KEYS,
    COMMITMENT_KEYS,
    FACT_KEYS,
    INVESTMENT_KEYS,
    SILICON_KEYS,
    question_names,
)
from kg.store import select

CONTRACT = {
    "facts": {
        "type", "subject", "object", "amount_usd", "capacity_gw", "duration_years", "chip",
        "purpose", "process_node", "status", "confidence", "sources",
    },
    "silicon": {"lab", "chip", "designer", "purpose", "status", "sources"},
    "investments": {"investor", "investee", "amount_usd", "status", "sources"},
    "commitments": {
        "buyer", "provider", "amount_usd", "capacity_gw", "duration_years", "chip", "status",
        "sources",
    },
    "chips": {"chip", "designer", "foundry", "process_node", "purpose", "sources"},
}  # fmt: skip
NUMBERS = {"amount_usd", "capacity_gw", "duration_years"}
TEXTS = {
    "type", "subject", "object", "chip", "purpose", "process_node", "status", "lab", "designer",
    "investor", "investee", "buyer", "provider", "foundry",
}  # fmt: skip
PREFIXES = "PREFIX aik: <https://w3id.org/ai-infra-kg/ontology#>\n"
LABEL_QUERY = (
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "SELECT ?entity ?name WHERE { ?entity skos:prefLabel ?name }"
)


# ---------------------------------------------------------------- helpers


def query_json(run_kg, build, *args: str) -> list[dict]:
    result = run_kg("query", *args, "--graph", build, "--format", "json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def one_line_error(result) -> str:
    assert "Traceback" not in result.err
    assert len(result.err_lines) == 1, result.err
    return result.err_lines[0]


def oxigraph_syntax_error(query: str) -> str:
    try:
        ox.Store().query(query)
    except SyntaxError as problem:
        return str(problem)
    raise AssertionError(f"{query!r} parses")


def check_value(key: str, value: object) -> None:
    if key == "sources":
        assert isinstance(value, list)
        assert all(isinstance(s, str) for s in value)
        assert set(value) <= article_ids(), f"sources {value} are not article ids"
    elif key in NUMBERS:
        assert value is None or (isinstance(value, int | float) and not isinstance(value, bool))
    elif key in TEXTS:
        listed = isinstance(value, list) and all(isinstance(v, str) for v in value)
        assert value is None or isinstance(value, str) or listed, f"{key}: {value!r}"
    if key == "type":
        assert value in FACT_TYPES
    if key == "status":
        # silicon lists every status of a lab and chip; the other questions give one
        assert set(value if isinstance(value, list) else [value]) <= set(STATUSES)


# ---------------------------------------------------------------- the JSON contract


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_query_json_rows_have_exactly_the_contract_keys(run_kg, seed_build, name):
    rows = query_json(run_kg, seed_build, name)
    assert rows, f"{name} has no rows on the seed build"
    for row in rows:
        assert set(row) == CONTRACT[name]
        for key, value in row.items():
            check_value(key, value)
        assert row["sources"], "a row from the articles names at least one article"


def test_json_amounts_are_plain_numbers(run_kg, seed_build):
    rows = query_json(run_kg, seed_build, "investments")
    amounts = [r["amount_usd"] for r in rows if r["amount_usd"] is not None]
    assert 5_000_000_000 in amounts


def test_conflicts_json_lists_versions_with_sources_and_quotes(run_kg, seed_build):
    rows = query_json(run_kg, seed_build, "conflicts")
    assert rows
    for row in rows:
        assert {"type", "subject", "object", "field", "versions"} <= set(row)
        assert len(row["versions"]) >= 2
        for version in row["versions"]:
            assert set(version["sources"]) <= article_ids()
            assert version["quotes"]


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_query_csv_has_the_contract_keys_as_header(run_kg, seed_build, name):
    result = run_kg("query", name, "--graph", seed_build, "--format", "csv")
    assert result.code == 0, result.err
    table = list(csv.reader(io.StringIO(result.out)))
    assert set(table[0]) == CONTRACT[name] and len(table[0]) == len(CONTRACT[name])
    assert len(table) == len(query_json(run_kg, seed_build, name)) + 1
    assert all(len(line) == len(table[0]) for line in table)


def test_query_table_fits_the_terminal_and_reads_like_an_analyst(run_kg, seed_build, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    result = run_kg("query", "commitments", "--graph", seed_build)
    assert result.code == 0, result.err
    lines = result.out.rstrip("\n").splitlines()
    assert lines[0].split()[:2] == ["buyer", "provider"]
    assert all(len(line) <= 100 for line in lines), "long cells wrap, no line runs over"
    assert "$30B" in result.out and "1 GW" in result.out
    assert "…" not in result.out, "nothing is cut"


def test_format_is_case_insensitive_and_csv_keeps_lists_as_json(run_kg, seed_build):
    result = run_kg("query", "investments", "--graph", seed_build, "--format", "CSV")
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert rows and all(json.loads(r["sources"]) for r in rows)


def test_an_unknown_question_suggests_the_closest(run_kg, seed_build):
    result = run_kg("query", "silicone", "--graph", seed_build)
    assert result.code == 2 and "did you mean silicon?" in result.err


def test_an_empty_answer_says_why(run_kg, seed_build):
    result = run_kg("query", "silicon", "--graph", seed_build, "--known-by", "2020")
    assert result.code == 0 and result.out.strip() == "(no rows)"
    assert "--known-by leaves out facts from articles without a date" in result.err


def test_a_closed_pipe_ends_quietly(seed_build):
    from conftest import kg_command, kg_env

    done = subprocess.run(
        f"{' '.join(kg_command('query', 'facts', '--graph', seed_build, '--format', 'json'))}"
        " | head -1",
        shell=True, capture_output=True, text=True, env=kg_env(), timeout=120,
    )  # fmt: skip
    assert done.stdout.strip() == "[" and done.stderr == ""


def test_facts_with_registry_adds_rows_without_sources(run_kg, seed_build):
    plain = query_json(run_kg, seed_build, "facts")
    extended = query_json(run_kg, seed_build, "facts", "--with-registry")
    registry_only = [r for r in extended if r["sources"] == []]
    assert registry_only
    assert [r for r in extended if r["sources"]] == plain
    for row in registry_only:
        assert set(row) == CONTRACT["facts"]
        # the registry's co-designers are typed as such, as the projection types them
        assert row["type"] in ("designs_chip", "co_designs_chip", "manufactures_chip")
    assert any(
        r["type"] == "manufactures_chip" and r["subject"] == "TSMC" and r["object"] == "Maia 200"
        for r in registry_only
    )


# ---------------------------------------------------------------- naming questions


def test_query_list_names_every_question(run_kg):
    result = run_kg("query", "--list")
    assert result.code == 0
    listed = [line.split()[0] for line in result.out.splitlines() if line.strip()]
    assert listed == question_names()
    assert all(len(line.split()) > 1 for line in result.out.splitlines()), "each has a summary"


def test_an_unknown_question_exits_2_listing_the_known_ones(run_kg, seed_build):
    result = run_kg("query", "silicone", "--graph", seed_build, process=True)
    assert result.code == 2
    message = one_line_error(result)
    assert "silicone" in message
    for name in question_names():
        assert name in message


def test_query_without_a_build_is_a_clear_error(run_kg, tmp_path):
    result = run_kg("query", "silicon", "--graph", tmp_path)
    assert result.code == 2
    assert "kg build" in one_line_error(result)


# ---------------------------------------------------------------- SPARQL


def test_sparql_select_runs(run_kg, seed_build):
    query = PREFIXES + "SELECT (COUNT(?f) AS ?n) WHERE { ?f a aik:Investment }"
    rows = query_json(run_kg, seed_build, "--sparql", query)
    assert len(rows) == 1 and rows[0]["n"] >= 1


def test_a_sparql_syntax_error_exits_2_with_the_parser_message(run_kg, seed_build):
    query = "SELECT ?s WHERE { ?s ?p }"
    result = run_kg("query", "--sparql", query, "--graph", seed_build, process=True)
    assert result.code == 2
    message = one_line_error(result)
    assert oxigraph_syntax_error(query).splitlines()[0] in message


def test_a_query_that_fails_while_running_is_a_one_line_error(run_kg, seed_build):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    result = run_kg("query", "--sparql", query, "--graph", seed_build, process=True)
    assert result.code == 2
    assert one_line_error(result).startswith("kg: error:")


def test_a_query_file_runs(run_kg, seed_build, tmp_path):
    path = tmp_path / "labs.rq"
    path.write_text(
        PREFIXES
        + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        + "SELECT DISTINCT ?lab WHERE { ?f a aik:ChipUse ; aik:user/skos:prefLabel ?lab }\n",
        encoding="utf-8",
    )
    rows = query_json(run_kg, seed_build, str(path))
    assert {"lab": "Anthropic"} in rows


def test_a_missing_query_file_is_a_clear_error(run_kg, seed_build, tmp_path):
    result = run_kg("query", tmp_path / "missing.rq", "--graph", seed_build)
    assert result.code == 2
    assert "missing.rq" in one_line_error(result)


@pytest.mark.parametrize(
    ("pattern", "answer"),
    [("?f a aik:Investment", "true"), ("?f a aik:NoSuchClass", "false")],
)
def test_ask_prints_true_or_false(run_kg, seed_build, pattern, answer):
    result = run_kg("query", "--sparql", f"{PREFIXES}ASK {{ {pattern} }}", "--graph", seed_build)
    assert result.code == 0, result.err
    assert result.out.strip() == answer


def test_a_bound_name_is_never_pasted_into_the_query(store):
    assert select(store, LABEL_QUERY, bindings={"name": 'x" } UNION { ?s ?p ?o'}) == []
    found = select(store, LABEL_QUERY, bindings={"name": "Anthropic"})
    assert found == [{"entity": "https://w3id.org/ai-infra-kg/id/anthropic", "name": "Anthropic"}]


# ---------------------------------------------------------------- help and docs


def test_version(run_kg):
    result = run_kg("--version")
    assert result.code == 0
    assert result.out.strip() == f"kg {kg.__version__}"


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_has_examples(run_kg, command):
    args = ["--help"] if command is None else [command, "--help"]
    result = run_kg(*args)
    assert result.code == 0
    assert "examples:" in result.out
    assert "kg " in result.out.split("examples:")[1]


def test_kg_without_a_command_prints_help(run_kg):
    result = run_kg()
    assert result.code == 0
    assert "examples:" in result.out


def test_building_into_a_file_is_a_one_line_error(run_kg, tmp_path):
    target = tmp_path / "not-a-folder"
    target.write_text("keep me", encoding="utf-8")
    result = run_kg("build", "--out", target, "--quiet", process=True)
    assert result.code == 2
    assert str(target) in one_line_error(result)
    assert target.read_text(encoding="utf-8") == "keep me"


def test_an_unknown_command_is_a_usage_error(run_kg):
    result = run_kg("frobnicate", process=True)
    assert result.code == 2
    assert "Traceback" not in result.err and "frobnicate" in result.err


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_readme_documents_every_command(command):
    text = README.read_text(encoding="utf-8")
    assert f"kg {command}" in text, f"README.md never shows `kg {command}`"


def test_why_and_conflicts_fit_the_terminal_with_every_quote_whole(run_kg, seed_build, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    for args in (("why", "Anthropic", "Microsoft"), ("conflicts",)):
        result = run_kg("query", *args, "--graph", seed_build)
        assert result.code == 0, result.err
        assert all(len(line) <= 80 for line in result.out.splitlines()), args
    flat = " ".join(line.strip() for line in result.out.splitlines())
    assert "Anthropic committed to spending $3 billion on Azure cloud computing.”" in flat


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_query_as_of_adds_the_undated_flag_to_json_and_csv(run_kg, seed_build, name):
    as_of = ("--as-of", "2026-06")
    result = run_kg("query", name, "--graph", seed_build, *as_of, "--format", "json")
    assert result.code == 0, result.err
    rows = json.loads(result.out)
    assert rows and all(set(row) == CONTRACT[name] | {"undated"} for row in rows)
    assert all(isinstance(row["undated"], bool) for row in rows)
    assert any(row["undated"] for row in rows), "the seed articles state undated facts"
    result = run_kg("query", name, "--graph", seed_build, *as_of, "--format", "csv")
    header = next(csv.reader(io.StringIO(result.out)))
    assert header == [*CONTRACT_ORDER[name], "undated"]


CONTRACT_ORDER = {
    name: [*keys, "sources"]
    for name, keys in {
        "facts": (*FACT_KEYS, "confidence"), "silicon": SILICON_KEYS,
        "investments": INVESTMENT_KEYS, "commitments": COMMITMENT_KEYS, "chips": CHIP_KEYS,
    }.items()
}  # fmt: skip
