"""A division's name finds its facts (issue 11, wrong answer 4).

An article that says "AWS" states a fact whose acting party is Amazon: the fact keeps both, the
division as the name the article used (``aik:objectAsNamed``, the table's ``object_as_named``)
and Amazon for deals and roll-ups. Asking for AWS gives AWS's facts; asking for Amazon gives
Amazon's and AWS's, and says which came through AWS. A deal stated with AWS in one article and
with Amazon in another is one deal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import trig_text

from kg.models import Evidence, Fact
from kg.pipeline import build
from kg.questions import ask, make_filters
from kg.questions.table import open_table
from kg.rdf import fact_iri
from kg.store import open_store

ARTICLES = {
    "aws-deal": ("2026-02-01", "AWS has signed a $38 billion agreement with OpenAI to supply "
                 "cloud computing capacity."),
    "amazon-deal": ("2026-01-01", "OpenAI committed $38 billion to Amazon for cloud computing "
                    "capacity."),
    "amazon-stake": ("2025-12-01", "Amazon invested $4 billion in Anthropic."),
}  # fmt: skip


def write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name, (published, body) in ARTICLES.items():
        text = f"---\npublished: {published}\n---\n{body}\n"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def division_build(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("divisions")
    out = root / "out"
    build(write_articles(root / "articles"), out)
    return out


def query(run_kg, build_dir: Path, *args: str) -> tuple[list[dict], str]:
    result = run_kg("query", *args, "--graph", build_dir, "--format", "json")
    assert result.code == 0, result.err
    return json.loads(result.out), result.err


def parties(rows: list[dict]) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(r["subject"], r["object"], tuple(r["sources"])) for r in rows}


# ---------------------------------------------------------------- the command line


def test_asking_for_the_division_gives_its_facts_only(run_kg, division_build):
    rows, _ = query(run_kg, division_build, "facts", "--entity", "AWS")
    assert parties(rows) == {("OpenAI", "AWS", ("aws-deal",))}
    rows, _ = query(run_kg, division_build, "facts", "--entity", "Amazon Web Services")
    assert parties(rows) == {("OpenAI", "AWS", ("aws-deal",))}


def test_asking_for_the_parent_gives_its_divisions_facts_and_says_so(run_kg, division_build):
    rows, err = query(run_kg, division_build, "facts", "--entity", "Amazon")
    assert parties(rows) == {
        ("OpenAI", "AWS", ("aws-deal",)),
        ("OpenAI", "Amazon", ("amazon-deal",)),
        ("Amazon", "Anthropic", ("amazon-stake",)),
    }
    assert "kg: note: Amazon includes AWS" in err
    assert "1 of 3 rows through AWS" in err


def test_why_finds_the_division_and_the_parent_takes_it_in(run_kg, division_build):
    rows, _ = query(run_kg, division_build, "why", "AWS")
    assert [(r["subject"], r["object"], r["article"]) for r in rows] == [
        ("OpenAI", "AWS", "aws-deal")
    ]
    assert rows[0]["quotes"] == [ARTICLES["aws-deal"][1]]
    rows, err = query(run_kg, division_build, "why", "OpenAI", "Amazon")
    assert {(r["object"], r["article"]) for r in rows} == {
        ("AWS", "aws-deal"), ("Amazon", "amazon-deal"),
    }  # fmt: skip
    assert "1 of 2 rows through AWS" in err


def test_a_deal_named_by_division_and_by_parent_is_one_deal(run_kg, division_build):
    rows, _ = query(run_kg, division_build, "totals")
    provider = next(r for r in rows if r["role"] == "provider")
    assert (provider["entity"], provider["amount_usd"], provider["deals"]) == ("Amazon", 38e9, 1)
    assert provider["sources"] == ["amazon-deal", "aws-deal"]
    conflicts, _ = query(run_kg, division_build, "conflicts")
    assert conflicts == []
    # the later article restates the deal the earlier one stated with the parent's name
    changes, _ = query(run_kg, division_build, "diff", "2026-01-15", "2026-12-31")
    assert [(c["change"], c["object"], c["earlier_sources"]) for c in changes] == [
        ("restated", "AWS", ["amazon-deal"])
    ]


def test_commitments_and_path_name_the_division(run_kg, division_build):
    rows, _ = query(run_kg, division_build, "commitments", "--entity", "AWS")
    assert [(r["buyer"], r["provider"]) for r in rows] == [("OpenAI", "AWS")]
    # path joins the organisations that act: AWS is Amazon there
    hops, _ = query(run_kg, division_build, "path", "AWS", "Anthropic")
    assert [(h["from"], h["to"], h["sources"]) for h in hops] == [
        ("Amazon", "Anthropic", ["amazon-stake"])
    ]


def test_the_library_finds_the_division_and_notes_the_roll_up(division_build):
    import kg

    graph = kg.open(division_build)
    assert graph.facts(entity="AWS")[["subject", "object"]].values.tolist() == [["OpenAI", "AWS"]]
    rolled = graph.facts(entity="Amazon")
    assert len(rolled) == 3
    assert rolled.attrs["notes"] == [
        "Amazon includes AWS, Annapurna Labs, Project Rainier; 1 of 3 rows through AWS"
    ]


# ---------------------------------------------------------------- the page and viz


def page_names(path: Path) -> dict[str, list[str]]:
    from test_view import parse_page

    data = json.loads(parse_page(path).scripts["kg-names-data"])
    return {key: nodes for key, _, _, nodes, _, _ in data["names"]}


def test_the_page_search_finds_the_division_and_the_parent_takes_it_in(division_build):
    from test_view import page_data

    page = division_build / "graph.html"
    nodes, edges = page_data(page)
    assert "aws" in {n["id"] for n in nodes}
    names = page_names(page)
    assert names["aws"] == ["aws"]
    assert names["amazon web services"] == ["aws"]
    assert sorted(names["amazon"]) == ["amazon", "aws"]


def test_viz_focus_on_the_division_draws_its_deal(run_kg, division_build, tmp_path):
    from test_view import page_data

    out = tmp_path / "aws.html"
    result = run_kg("viz", "--graph", division_build, "--focus", "AWS", "--depth", "1",
                    "--out", out)  # fmt: skip
    assert result.code == 0, result.err
    nodes, edges = page_data(out)
    assert {n["id"] for n in nodes} == {"aws", "openai"}
    assert "Focus: AWS" in out.read_text(encoding="utf-8")


# ---------------------------------------------------------------- the record, RDF and table


def test_the_fact_keeps_the_division_and_the_acting_organisation(division_build):
    trig = trig_text(division_build)
    assert trig.count("aik:objectAsNamed <https://w3id.org/ai-infra-kg/id/aws>") == 1
    assert "aik:subjectAsNamed <" not in trig
    table = open_table(division_build)
    rows = table.sql(
        "SELECT DISTINCT article, subject, object, object_as_named_id, object_as_named "
        "FROM facts ORDER BY article"
    )
    assert rows == [
        {"article": "amazon-deal", "subject": "OpenAI", "object": "Amazon",
         "object_as_named_id": "amazon", "object_as_named": "Amazon"},
        {"article": "amazon-stake", "subject": "Amazon", "object": "Anthropic",
         "object_as_named_id": "anthropic", "object_as_named": "Anthropic"},
        {"article": "aws-deal", "subject": "OpenAI", "object": "Amazon",
         "object_as_named_id": "aws", "object_as_named": "AWS"},
    ]  # fmt: skip


@pytest.mark.parametrize(
    "name, args",
    [("facts", ()), ("commitments", ()), ("investments", ()), ("timeline", ()),
     ("totals", ()), ("conflicts", ()), ("why", ("AWS",)), ("why", ("Amazon",)),
     ("diff", ("2026-01-15", "2026-12-31")), ("path", ("OpenAI", "Anthropic"))],
)  # fmt: skip
def test_the_table_and_the_store_give_the_same_answer(division_build, name, args):
    store = open_store(division_build)
    try:
        for entity in ([], ["AWS"], ["Amazon"]):
            table = open_table(division_build)
            assert ask(table, name, *args, filters=make_filters(table, entity=entity)) == ask(
                store, name, *args, filters=make_filters(store, entity=entity)
            ), (name, args, entity)
    finally:
        del store


def test_a_fact_without_a_division_keeps_its_iri():
    quote = Evidence(article_id="a", quote="Amazon invested in Anthropic.", start=0, end=29)
    plain = Fact(type="invests_in", subject="amazon", object="anthropic", status="announced",
                 evidence=[quote])  # fmt: skip
    named = plain.model_copy(update={"subject_as_named": "aws"})
    assert plain.key() == plain.key()[:9] and len(plain.key()) == 9
    assert fact_iri(named) != fact_iri(plain)
    assert named.parties_as_named == ("aws", "anthropic")


# ---------------------------------------------------------------- curation


def test_curation_names_a_division_as_extracted_facts_do(tmp_path):
    articles = write_articles(tmp_path / "articles")
    (tmp_path / "curation").mkdir()
    (tmp_path / "curation" / "aws-deal.yaml").write_text(
        "reject:\n  - type: compute_commitment\n    subject: OpenAI\n    object: AWS\n"
        "add:\n  - type: compute_commitment\n    subject: OpenAI\n    object: Amazon Web Services\n"
        '    status: reported\n    quote: "AWS has signed a $38 billion agreement"\n',
        encoding="utf-8",
    )
    (tmp_path / "curation" / "amazon-deal.yaml").write_text(
        "reject:\n  - type: compute_commitment\n    subject: OpenAI\n    object: AWS\n",
        encoding="utf-8",
    )
    build(articles, tmp_path / "out", html=False)
    table = open_table(tmp_path / "out")
    rows = ask(table, "commitments")
    assert [(r["buyer"], r["provider"], r["status"], r["sources"]) for r in rows] == [
        ("OpenAI", "AWS", "reported", ["aws-deal"]),
        # a rejection naming AWS leaves the fact stated with Amazon's own name
        ("OpenAI", "Amazon", "announced", ["amazon-deal"]),
    ]
    acting = table.sql("SELECT DISTINCT subject_id, object_id FROM facts WHERE curated")
    assert acting == [{"subject_id": "openai", "object_id": "amazon"}]
