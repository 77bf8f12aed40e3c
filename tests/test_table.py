"""The fact table: the same answers as the store, one version with it, rebuilt when lost.

Builds the seed articles together with the shared dev corpus (read in place as test input)
and asks every named question of the fact table and of the store through its .rq files.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import ARTICLES, built_articles, contents, rebuild_killed_before_publishing
from hypothesis import given, settings
from hypothesis import strategies as st
from store_helpers import question_calls

from kg.errors import KgError
from kg.pipeline import build
from kg.questions import ask, make_filters
from kg.questions.table import (
    ENTITIES_FILE,
    FACT_FIELDS,
    FACTS_FILE,
    FactTable,
    facts_glob,
    open_table,
)
from kg.store import open_store, store_folder

DEV_CORPUS = Path("/work/shared/corpus/dev")


def canonical(rows: list[dict]) -> str:
    return json.dumps(rows, sort_keys=True, ensure_ascii=False)


@pytest.fixture(scope="module")
def seeds_and_dev(tmp_path_factory) -> Path:
    """One build of the seeds and the dev corpus, copied into one folder."""
    folder = tmp_path_factory.mktemp("seeds-and-dev")
    articles = folder / "articles"
    articles.mkdir()
    for source in (ARTICLES, DEV_CORPUS):
        for path in sorted(source.glob("*.txt")):
            (articles / path.name).write_bytes(path.read_bytes())  # links out are not followed
    assert len(list(articles.iterdir())) > 40, "the dev corpus should be there"
    build(articles, folder / "build", html=False)
    return folder / "build"


def test_every_question_gives_the_same_rows_from_the_table_and_the_store(seeds_and_dev):
    table, store = open_table(seeds_and_dev), open_store(seeds_and_dev)
    answered = 0
    for name, arguments, options in question_calls():
        from_table = ask(table, name, *arguments, **options)
        from_store = ask(store, name, *arguments, **options)
        assert canonical(from_table) == canonical(from_store), (name, options)
        answered += bool(from_table)
    assert answered == len(question_calls()), "every question has rows on seeds + dev"


@pytest.mark.parametrize(
    "given",
    [
        {"status": "announced"},
        {"as_of": "2026-03", "known_by": "2026-06"},
        {"min_confidence": 0.9, "status": ["in_talks", "reported"]},
        {"entity": ["Anthropic", "Amazon"]},
    ],
    ids=lambda given: ",".join(given),
)
def test_filtered_questions_give_the_same_rows_from_both(seeds_and_dev, given):
    table, store = open_table(seeds_and_dev), open_store(seeds_and_dev)
    on_table, on_store = make_filters(table, **given), make_filters(store, **given)
    for name, arguments, options in question_calls():
        from_table = ask(table, name, *arguments, filters=on_table, **options)
        from_store = ask(store, name, *arguments, filters=on_store, **options)
        assert canonical(from_table) == canonical(from_store), (name, options)


def test_the_table_holds_one_row_per_fact_and_quote_with_every_field(seeds_and_dev):
    data = pd.read_parquet(seeds_and_dev / FACTS_FILE)
    assert list(data.columns) == list(FACT_FIELDS)
    assert not data.duplicated(["fact", "start", "end"]).any()
    assert (data["end"] - data["start"] == data["quote"].str.len()).all()
    assert data["confidence"].between(0, 1).all() and data["method"].notna().all()
    aws_deal = data[(data["article"] == "aws-openai-38b") & (data["amount_usd"] == 38e9)]
    assert not aws_deal.empty and set(aws_deal["subject"]) == {"OpenAI"}
    assert "Lab" in aws_deal.iloc[0]["subject_types"]
    # DuckDB users open it directly; the build folder's copy is the current version's
    count = duckdb.sql(f"SELECT count(DISTINCT fact) FROM '{facts_glob(seeds_and_dev)}'")
    assert count.fetchall()[0][0] == data["fact"].nunique()
    version = store_folder(seeds_and_dev).parent
    assert contents(version / FACTS_FILE) == contents(seeds_and_dev / FACTS_FILE)


def test_a_build_writes_the_same_table_every_time(tmp_path):
    build(ARTICLES, tmp_path / "a", html=False)
    build(ARTICLES, tmp_path / "b", html=False)
    for name in (FACTS_FILE, ENTITIES_FILE):
        assert contents(tmp_path / "a" / name) == contents(tmp_path / "b" / name)


@pytest.mark.parametrize("damage", ["missing", "corrupt"])
def test_a_lost_table_is_rebuilt_from_the_store_with_one_warning(build_copy, capsys, damage):
    expected = {n: ask(open_table(build_copy), n) for n in ("facts", "totals", "why Anthropic")
                if " " not in n}  # fmt: skip
    expected["why"] = ask(open_table(build_copy), "why", "Anthropic")
    capsys.readouterr()
    version = store_folder(build_copy).parent
    if damage == "missing":
        shutil.rmtree(version / FACTS_FILE)
    else:
        next((version / FACTS_FILE).iterdir()).write_bytes(b"PAR1 not a parquet file")
    table = open_table(build_copy)
    warning = capsys.readouterr().err.strip().splitlines()
    assert len(warning) == 1 and "rebuilt it from the store" in warning[0], warning
    assert ask(table, "facts") == expected["facts"]
    assert ask(table, "totals") == expected["totals"]
    assert ask(table, "why", "Anthropic") == expected["why"]
    open_table(build_copy)  # written back: the next reader is not warned again
    assert capsys.readouterr().err == ""


def test_a_build_killed_before_publishing_leaves_the_old_table_with_the_old_store(
    tmp_path, monkeypatch
):
    articles, out = built_articles(tmp_path)
    before = {n: ask(open_table(out), n) for n in ("facts", "commitments")}
    rebuild_killed_before_publishing(articles, out, monkeypatch)
    table, store = open_table(out), open_store(out)
    for name, rows in before.items():
        assert ask(table, name) == rows == ask(store, name)
    assert not list(out.glob(".staging-*")), "no staging folder left behind"
    build(articles, out, html=False)  # the next build publishes both
    assert any(r["provider"] == "Oracle" for r in ask(open_table(out), "commitments"))
    assert canonical(ask(open_table(out), "facts")) == canonical(ask(open_store(out), "facts"))


def test_the_table_binds_names_as_values_never_as_sql(seeds_and_dev):
    table = FactTable.read(store_folder(seeds_and_dev).parent)
    assert table.rows("exact_name", {"wanted": "x' OR '1'='1"}) == []
    assert table.rows("facts_naming", {"entity": "anthropic' OR 1=1 --"}) == []
    with pytest.raises(KgError, match="cannot answer"):
        table.rows("DROP TABLE facts")


def test_a_fact_node_with_two_purposes_answers_alike_from_both(tmp_path):
    """Two facts alike but for purpose share one RDF node, which then holds both purposes."""
    import datetime as dt
    import hashlib

    import pyoxigraph as ox

    from kg import rdf
    from kg.models import Article, Entity, Evidence, Fact
    from kg.questions.table import article_rows, entity_row, write_table
    from kg.registry import Registry

    registry = Registry([
        Entity(id="lab", name="Lab", types=["Lab"]),
        Entity(id="chip", name="Chip", types=["Chip"]),
    ])  # fmt: skip
    quotes = ["Lab runs inference on Chip.", "Lab also trains on Chip."]
    body = " ".join(quotes)
    article = Article(id="a", path="a.txt", body=body, published=dt.date(2026, 1, 2),
                      content_hash=hashlib.sha256(body.encode()).hexdigest())  # fmt: skip
    facts = [
        Fact(type="uses_chip", subject="lab", object="chip", status="announced", purpose=purpose,
             evidence=[Evidence(article_id="a", quote=q, start=body.index(q),
                                end=body.index(q) + len(q))])
        for q, purpose in zip(quotes, ("inference", "training"), strict=True)
    ]  # fmt: skip
    assert rdf.fact_iri(facts[0]) == rdf.fact_iri(facts[1])
    store = ox.Store()
    graphs = [rdf.ontology_graph(), rdf.registry_graph(registry), rdf.article_graph(article, facts)]
    store.bulk_load(rdf.to_nquads(graphs).encode("utf-8"), ox.RdfFormat.N_QUADS)
    write_table(tmp_path, article_rows(article, facts, [])["facts"],
                [entity_row(e, registry) for e in registry])  # fmt: skip
    table = FactTable.read(tmp_path)
    for name in ("facts", "silicon", "conflicts", "totals", "timeline", "chips"):
        assert canonical(ask(table, name)) == canonical(ask(store, name)), name
    assert ask(table, "silicon")[0]["purpose"] == ["inference", "training"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="growiseancdlmbuptfhrkGRIS İıſK.,", max_size=30))
def test_the_table_marks_every_quote_that_can_state_a_part_of_a_deal(quote):
    from kg.questions.deals import _PART_CUE, PART_CUE_SUPERSET

    marked = duckdb.execute("SELECT regexp_matches(?, ?)", [quote, PART_CUE_SUPERSET]).fetchall()
    if _PART_CUE.search(quote):
        assert marked == [(True,)]
