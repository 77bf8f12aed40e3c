"""Curation files: reject an extracted fact, add a missed one with its exact quote."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import trig_text
from rdflib import Dataset, Literal
from rdflib.namespace import PROV

from kg.errors import KgError
from kg.pipeline import TRIG, build
from kg.questions import facts
from kg.rdf import AIK, OA
from kg.store import open_store

BODY = """Microsoft invested $5 billion in Anthropic.
Anthropic uses Google TPUs for training.
Analysts expect the Azure arrangement to
grow next year, people familiar said.
"""
ADDED_QUOTE = "Analysts expect the Azure arrangement to"
CURATION = f"""reject:
  - type: invests_in
    subject: microsoft corp.
    object: Anthropic
add:
  - type: compute_commitment
    subject: Anthropic
    object: Microsoft
    status: reported
    quote: "{ADDED_QUOTE}"
"""


# ---------------------------------------------------------------- helpers


def data_folder(root: Path, curation: str | None) -> Path:
    """tmp/articles/x.txt and, if given, tmp/curation/x.yaml; returns the articles folder."""
    articles = root / "articles"
    articles.mkdir()
    (articles / "x.txt").write_text(BODY, encoding="utf-8")
    if curation is not None:
        (root / "curation").mkdir()
        (root / "curation" / "x.yaml").write_text(curation, encoding="utf-8")
    return articles


def built_facts(out: Path) -> list[dict]:
    store = open_store(out)
    try:
        return facts(store)
    finally:
        del store


def find(rows: list[dict], fact_type: str, subject: str, obj: str) -> list[dict]:
    return [r for r in rows if (r["type"], r["subject"], r["object"]) == (fact_type, subject, obj)]


def curated_evidence(out: Path) -> list[tuple[str, int, int]]:
    """(quote, start, end) of every evidence quote of a curated fact in graph.trig."""
    data = Dataset(default_union=True)
    data.parse(data=trig_text(out), format="trig")
    found = []
    for fact in data.subjects(AIK.curated, Literal(True)):
        assert str(data.value(fact, AIK.method)) == "curation"
        assert data.value(fact, PROV.wasDerivedFrom) is not None
        for node in data.objects(fact, AIK.evidence):
            start, end = int(data.value(node, OA.start)), int(data.value(node, OA.end))
            found.append((str(data.value(node, OA.exact)), start, end))
    return found


# ---------------------------------------------------------------- tests


def test_without_curation_the_extractor_finds_the_investment(tmp_path):
    articles = data_folder(tmp_path, None)
    build(articles, tmp_path / "out", html=False)
    rows = built_facts(tmp_path / "out")
    assert find(rows, "invests_in", "Microsoft", "Anthropic")
    assert not find(rows, "compute_commitment", "Anthropic", "Microsoft")


def test_curation_rejects_and_adds_facts(tmp_path):
    articles = data_folder(tmp_path, CURATION)
    summary = build(articles, tmp_path / "out", html=False)
    rows = built_facts(tmp_path / "out")
    assert not find(rows, "invests_in", "Microsoft", "Anthropic"), "the rejection is applied"
    assert find(rows, "uses_chip", "Anthropic", "TPU"), "other facts are kept"
    added = find(rows, "compute_commitment", "Anthropic", "Microsoft")
    assert len(added) == 1
    assert added[0]["status"] == "reported"
    assert added[0]["sources"] == ["x"]
    assert summary.facts_by_type.get("compute_commitment") == 1


def test_a_curated_fact_carries_its_method_and_exact_quote(tmp_path):
    articles = data_folder(tmp_path, CURATION)
    build(articles, tmp_path / "out", html=False)
    evidence = curated_evidence(tmp_path / "out")
    assert len(evidence) == 1
    quote, start, end = evidence[0]
    assert quote == ADDED_QUOTE
    assert BODY[start:end] == ADDED_QUOTE


def test_a_curated_fact_the_extractor_also_finds_is_one_fact_with_both_quotes(tmp_path):
    """The same key makes the same node: two facts there would give it two confidences."""
    added = "Anthropic uses Google TPUs for training."
    curation = f"""add:
  - type: uses_chip
    subject: Anthropic
    object: TPU
    purpose: training
    status: announced
    quote: "{added}"
"""
    articles = data_folder(tmp_path, curation)
    build(articles, tmp_path / "out", html=False)
    [used] = find(built_facts(tmp_path / "out"), "uses_chip", "Anthropic", "TPU")
    assert used["confidence"] == 1.0
    assert [quote for quote, _, _ in curated_evidence(tmp_path / "out")] == [added]


def test_a_quote_across_a_line_break_is_kept_exactly(tmp_path):
    quote = "Analysts expect the Azure arrangement to\ngrow next year"
    curation = CURATION.replace(f'"{ADDED_QUOTE}"', '"' + quote.replace("\n", "\\n") + '"')
    articles = data_folder(tmp_path, curation)
    build(articles, tmp_path / "out", html=False)
    [(found, start, end)] = curated_evidence(tmp_path / "out")
    assert BODY[start:end] == quote
    assert found == quote


def test_a_quote_not_in_the_article_is_an_error_naming_the_file(tmp_path):
    articles = data_folder(tmp_path, CURATION.replace(ADDED_QUOTE, "Words the article never says"))
    with pytest.raises(KgError) as problem:
        build(articles, tmp_path / "out", html=False, strict=True)
    message = str(problem.value)
    assert str(tmp_path / "curation" / "x.yaml") in message
    assert "Words the article never says" in message
    assert not (tmp_path / "out" / TRIG).exists()


def test_a_bad_curation_file_is_a_warning_and_its_article_is_left_out(tmp_path):
    """Issue 12 item 5: one bad file never stops the build (an error only under --strict)."""
    articles = data_folder(tmp_path, "reject: [\n")
    (articles / "other.txt").write_text("Microsoft invested $5 billion in Anthropic.\n")
    summary = build(articles, tmp_path / "out", html=False)
    assert summary.articles == 1
    [warning] = summary.warnings
    assert "x.yaml" in warning and "YAML" in warning


@pytest.mark.parametrize(
    ("curation", "complaint"),
    [
        (
            "add:\n  - type: buys\n    subject: A\n    object: B\n    status: x\n    quote: q\n",
            "type",
        ),
        (
            "reject:\n  - type: invests_in\n    subject: Nobody Inc\n    object: Anthropic\n",
            "Nobody",
        ),
        ("reject: [\n", "YAML"),
        ("- just a list\n", "x.yaml"),
        ("reject: []\nreject: []\n", "line 2: duplicate key 'reject'"),
        (
            "add:\n  - type: invests_in\n    subject: Microsoft\n    object: Anthropic\n"
            "    status: announced\n    amount_usd: .inf\n    quote: q\n",
            "line 6: '.inf' is not a finite number",
        ),
        (
            "add:\n  - type: invests_in\n    subject: Microsoft\n    object: Anthropic\n"
            "    status: announced\n    amount_usd: lots\n    quote: q\n",
            "line 6: 'add.0.amount_usd' must be a number",
        ),
        ("add: " + "[" * 3000 + "]" * 3000 + "\n", "nested deeper than"),
    ],
)
def test_a_bad_curation_file_is_a_clear_error(tmp_path, curation, complaint):
    articles = data_folder(tmp_path, curation)
    with pytest.raises(KgError, match=complaint) as problem:
        build(articles, tmp_path / "out", html=False, strict=True)
    assert "x.yaml" in str(problem.value)
    assert "\n" not in str(problem.value)
