"""`kg eval`: the report's shape on the seeds, and scoring rules on a hand-made pair."""

from __future__ import annotations

import json

import pytest
from conftest import ARTICLES, article_ids

from kg.errors import KgError
from kg.evaluate import evaluate, score
from kg.models import FACT_TYPES
from kg.registry import Registry, load_registry

ATTRIBUTES = {"amount_usd", "capacity_gw", "duration_years", "status"}
GOLD_ENTITIES = [
    {"name": "Microsoft", "aliases": ["MSFT"], "type": "CloudProvider"},
    {"name": "Anthropic", "aliases": ["Anthropic PBC"], "type": "Lab"},
    {"name": "TPU", "aliases": ["Tensor Processing Unit"], "type": "Chip"},
]


# ---------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


def predicted(fact_type: str, subject: str, obj: str, article: str = "a", **values) -> dict:
    """A row as the facts question gives it."""
    row = {
        "type": fact_type, "subject": subject, "object": obj, "amount_usd": None,
        "capacity_gw": None, "duration_years": None, "chip": None, "purpose": None,
        "process_node": None, "status": "announced", "sources": [article],
    }  # fmt: skip
    row.update(values)
    return row


def gold(*facts: dict, article: str = "a") -> dict[str, dict]:
    return {article: {"article": f"{article}.txt", "entities": GOLD_ENTITIES, "facts": list(facts)}}


def gold_fact(fact_type: str, subject: str, obj: str, **values) -> dict:
    return {"type": fact_type, "subject": subject, "object": obj, "status": "announced", **values}


def counts(report: dict, fact_type: str) -> tuple[int, int, int]:
    entry = report["by_type"][fact_type]
    return entry["tp"], entry["fp"], entry["fn"]


# ---------------------------------------------------------------- the report on the seeds


@pytest.fixture(scope="module")
def seed_report() -> dict:
    return evaluate([ARTICLES])


def test_kg_eval_json_reports_scores_between_0_and_1(run_kg):
    result = run_kg("eval", ARTICLES, "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    for key in ("precision", "recall", "f1"):
        assert 0 <= report["overall"][key] <= 1
    assert set(report["by_type"]) == set(FACT_TYPES)
    for entry in report["by_type"].values():
        assert all(0 <= entry[k] <= 1 for k in ("precision", "recall", "f1"))
    assert set(report["attributes"]) >= ATTRIBUTES


def test_the_seed_report_lists_misses_and_false_positives(seed_report):
    for key in ("misses", "false_positives"):
        assert isinstance(seed_report[key], list)
        for item in seed_report[key]:
            assert {"article", "type", "subject", "object"} <= set(item)
            assert item["article"] in article_ids()
            assert item["type"] in FACT_TYPES
    overall = seed_report["overall"]
    assert len(seed_report["misses"]) == overall["fn"]
    assert len(seed_report["false_positives"]) == overall["fp"]
    assert overall["tp"] == sum(t["tp"] for t in seed_report["by_type"].values())


def test_the_seed_attributes_count_right_out_of_matched(seed_report):
    for entry in seed_report["attributes"].values():
        assert 0 <= entry["right"] <= entry["of"]
        if entry["of"]:
            assert entry["accuracy"] == pytest.approx(entry["right"] / entry["of"], abs=1e-4)


def test_kg_eval_prints_a_table(run_kg):
    result = run_kg("eval", ARTICLES)
    assert result.code == 0, result.err
    assert "precision" in result.out and "overall" in result.out
    for fact_type in FACT_TYPES:
        assert fact_type in result.out


# ---------------------------------------------------------------- scoring rules


def test_names_match_ignoring_case_and_through_aliases(registry):
    report = score(
        [
            predicted("invests_in", "MICROSOFT CORPORATION", "anthropic pbc", amount_usd=5e9),
            predicted("uses_chip", "Anthropic", "Google TPUs"),
        ],
        gold(
            gold_fact("invests_in", "Microsoft", "Anthropic", amount_usd=5e9),
            gold_fact("uses_chip", "Anthropic", "Tensor Processing Unit"),
        ),
        registry,
    )
    assert counts(report, "invests_in") == (1, 0, 0)
    assert counts(report, "uses_chip") == (1, 0, 0)
    assert report["overall"]["f1"] == 1.0
    assert report["attributes"]["amount_usd"] == {"right": 1, "of": 1, "accuracy": 1.0}


def test_a_gold_name_with_an_ampersand_matches_through_the_registry(registry):
    """The plain form drops '&'; the registry is asked with the name as the gold wrote it."""
    rows = [predicted("invests_in", "Fidelity", "xAI")]
    truth = gold(gold_fact("invests_in", "Fidelity Management & Research Company", "xAI"))
    assert counts(score(rows, truth, registry), "invests_in") == (1, 0, 0)


def test_a_gold_naming_the_division_matches_the_fact_that_names_it(registry):
    """A deal with Amazon Web Services acts as Amazon; the fact keeps the division the article
    named, and a gold that names the division matches it (and only it)."""
    rows = [predicted("compute_commitment", "Meta", "Amazon", object_as_named="AWS")]
    truth = gold(gold_fact("compute_commitment", "Meta", "Amazon Web Services"))
    assert counts(score(rows, truth, registry), "compute_commitment") == (1, 0, 0)
    rows = [predicted("compute_commitment", "Meta", "Amazon")]
    assert counts(score(rows, truth, registry), "compute_commitment") == (0, 1, 1)


def test_gold_names_only_matches_on_the_gold_s_own_aliases(registry):
    rows = [predicted("uses_chip", "Anthropic", "Google TPUs")]
    truth = gold(gold_fact("uses_chip", "Anthropic", "Tensor Processing Unit"))
    assert counts(score(rows, truth, registry, gold_names_only=True), "uses_chip") == (0, 1, 1)
    rows = [predicted("uses_chip", "ANTHROPIC", "tensor processing unit")]
    assert counts(score(rows, truth, registry, gold_names_only=True), "uses_chip") == (1, 0, 0)


def test_kg_eval_gold_names_only_is_no_more_lenient(run_kg):
    lenient = json.loads(run_kg("eval", ARTICLES, "--json").out)["overall"]
    strict = json.loads(run_kg("eval", ARTICLES, "--json", "--gold-names-only").out)["overall"]
    assert strict["tp"] <= lenient["tp"]
    assert strict["tp"] + strict["fn"] == lenient["tp"] + lenient["fn"]


def test_a_reversed_fact_is_a_miss_and_a_false_positive(registry):
    report = score(
        [predicted("invests_in", "Anthropic", "Microsoft")],
        gold(gold_fact("invests_in", "Microsoft", "Anthropic")),
        registry,
    )
    assert counts(report, "invests_in") == (0, 1, 1)
    [miss] = report["misses"]
    [false_positive] = report["false_positives"]
    assert (miss["subject"], miss["object"]) == ("Microsoft", "Anthropic")
    assert (false_positive["subject"], false_positive["object"]) == ("Anthropic", "Microsoft")
    assert miss["article"] == false_positive["article"] == "a"


def test_the_wrong_type_does_not_match(registry):
    report = score(
        [predicted("compute_commitment", "Microsoft", "Anthropic")],
        gold(gold_fact("invests_in", "Microsoft", "Anthropic")),
        registry,
    )
    assert counts(report, "invests_in") == (0, 0, 1)
    assert counts(report, "compute_commitment") == (0, 1, 0)


def test_a_wrong_amount_still_matches_but_counts_against_the_attribute(registry):
    report = score(
        [predicted("invests_in", "Microsoft", "Anthropic", amount_usd=2e9, status="reported")],
        gold(gold_fact("invests_in", "Microsoft", "Anthropic", amount_usd=5e9)),
        registry,
    )
    assert counts(report, "invests_in") == (1, 0, 0)
    assert report["attributes"]["amount_usd"]["right"] == 0
    assert report["attributes"]["status"] == {"right": 0, "of": 1, "accuracy": 0.0}


def test_one_prediction_matches_one_gold_fact(registry):
    report = score(
        [predicted("invests_in", "Microsoft", "Anthropic", amount_usd=5e9)],
        gold(
            gold_fact("invests_in", "Microsoft", "Anthropic", amount_usd=5e9),
            gold_fact("invests_in", "Microsoft", "Anthropic", amount_usd=10e9),
        ),
        registry,
    )
    assert counts(report, "invests_in") == (1, 0, 1)
    assert report["misses"][0]["amount_usd"] == 10e9


def test_predictions_for_articles_without_gold_are_not_scored(registry):
    report = score(
        [predicted("invests_in", "Microsoft", "Anthropic", article="elsewhere")],
        gold(gold_fact("invests_in", "Microsoft", "Anthropic")),
        registry,
    )
    assert counts(report, "invests_in") == (0, 0, 1)
    assert report["false_positives"] == []


# ---------------------------------------------------------------- errors


def test_a_folder_without_gold_files_is_a_clear_error(tmp_path, run_kg):
    (tmp_path / "a.txt").write_text("Microsoft invested $5 billion in Anthropic.\n")
    with pytest.raises(KgError, match="gold") as problem:
        evaluate([tmp_path])
    assert str(tmp_path) in str(problem.value)
    result = run_kg("eval", tmp_path)
    assert result.code == 2
    assert len(result.err_lines) == 1 and "gold" in result.err


def test_an_unreadable_gold_file_is_a_clear_error(tmp_path, run_kg):
    (tmp_path / "a.txt").write_text("Microsoft invested $5 billion in Anthropic.\n")
    (tmp_path / "a.gold.json").write_text("{not json", encoding="utf-8")
    result = run_kg("eval", tmp_path)
    assert result.code == 2
    assert "a.gold.json" in result.err and "Traceback" not in result.err
