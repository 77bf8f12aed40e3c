"""Answers an analyst can trust (issue 11), on a small hand-made corpus, from both sources.

Each test pins a wrong answer seen before: deals summed across their own versions, tranches
and separate deals reported as conflicts, divisions and chip generations not found, silicon
split over statuses, clocks read differently. The corpus is made of Fact records, written as
RDF into a store and as the fact table, and every answer is checked on both.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pyoxigraph as ox
import pytest

from kg import rdf
from kg.models import Article, Entity, Evidence, Fact
from kg.questions import ask, make_filters
from kg.questions.names import resolve, rolled_up
from kg.questions.table import FactTable, article_rows, entity_row, write_table
from kg.registry import Registry

ENTITIES = [
    Entity(id="lab-a", name="Lab A", types=["Lab"]),
    Entity(id="lab-b", name="Lab B", types=["Lab"]),
    Entity(id="lab-c", name="Lab C", types=["Lab"]),
    Entity(id="cloudy", name="Cloudy", types=["CloudProvider"]),
    Entity(id="amazon", name="Amazon", types=["CloudProvider", "Investor", "ChipDesigner"]),
    Entity(id="aws", name="AWS", types=["CloudProvider"], parent="amazon",
           aliases=["Amazon Web Services"]),
    Entity(id="google", name="Google", types=["CloudProvider", "Investor"]),
    Entity(id="trainium", name="Trainium", types=["Chip"], designer="amazon"),
    Entity(id="trainium3", name="Trainium3", types=["Chip"], family="trainium"),
]  # fmt: skip

# (article, published, [(type, subject, object, quote, fields)])
STORIES = [
    ("tranches", "2025-09-25", [
        ("compute_commitment", "lab-a", "cloudy", "Lab A struck an initial cloud deal with "
         "Cloudy worth up to $11.9 billion, followed by a $4 billion add-on.",
         {"amount_usd": 11.9e9}),
        ("compute_commitment", "lab-a", "cloudy", "Lab A struck an initial cloud deal with "
         "Cloudy worth up to $11.9 billion, followed by a $4 billion add-on.",
         {"amount_usd": 4e9}),
        ("compute_commitment", "lab-a", "cloudy", "Cloudy expanded its partnership with Lab A "
         "in a new deal worth up to $6.5 billion, bringing the total to $22.4 billion.",
         {"amount_usd": 6.5e9}),
    ]),
    ("restated", "2025-10-01", [
        ("compute_commitment", "lab-a", "cloudy", "The Cloudy agreement with Lab A was "
         "reported at up to $11.9 billion.", {"amount_usd": 11.9e9, "status": "reported"}),
    ]),
    ("three", "2025-11-01", [
        ("compute_commitment", "lab-b", "google", "Lab B committed to spending $3 billion on "
         "Google Cloud.", {"amount_usd": 3e9}),
    ]),
    ("thirty", "2025-11-20", [
        ("compute_commitment", "lab-b", "google", "Lab B's commitment to buy $30 billion of "
         "Google capacity.", {"amount_usd": 30e9}),
    ]),
    ("gigawatts", "2026-01-10", [
        ("compute_commitment", "lab-b", "google", "Lab B will get 1 gigawatt of TPU capacity.",
         {"capacity_gw": 1.0, "event_date": dt.date(2026, 1, 1)}),
        ("compute_commitment", "lab-b", "google", "In a significant expansion, Lab B secured "
         "3.5 gigawatts of TPU capacity.", {"capacity_gw": 3.5}),
        ("compute_commitment", "lab-b", "google", "For 2027, demand is expected to surge in "
         "excess of 3 gigawatts.", {"capacity_gw": 3.0}),
    ]),
    ("division", "2026-02-01", [
        ("compute_commitment", "lab-a", "aws", "AWS has entered a $38 billion agreement with "
         "Lab A.", {"amount_usd": 38e9}),
        ("uses_chip", "lab-b", "trainium3", "Lab B trains on Trainium3.", {}),
        ("invests_in", "google", "lab-b", "Google invested $2 billion in Lab B.",
         {"amount_usd": 2e9}),
    ]),
    ("talks", "2026-03-01", [
        ("compute_commitment", "lab-a", "aws", "Lab A is in talks with AWS about a $38 billion "
         "deal.", {"amount_usd": 38e9, "status": "in_talks"}),
        ("uses_chip", "lab-b", "trainium3", "Lab B is reported to run on Trainium3.",
         {"status": "reported"}),
        ("invests_in", "lab-b", "google", "Lab B invested $2 billion in Google.",
         {"amount_usd": 2e9}),
        ("invests_in", "amazon", "lab-b", "Amazon invested in Lab B.", {}),
    ]),
    # one investment stated as a part and as the whole: no conflict (issue 11)
    ("initial", "2023-09-25", [
        ("invests_in", "amazon", "lab-a", "Amazon will make a $1.25 billion investment in Lab "
         "A, which could grow to $4 billion.", {"amount_usd": 1.25e9}),
    ]),
    ("whole", "2024-03-27", [
        ("invests_in", "amazon", "lab-a", "Amazon completed its $4 billion investment in Lab A.",
         {"amount_usd": 4e9}),
    ]),
    ("included", "2024-03-28", [
        ("invests_in", "amazon", "lab-a", "Amazon's $4bn funding deal with Lab A, which "
         "included a $1.25bn initial investment, is complete.", {"amount_usd": 4e9}),
        ("invests_in", "amazon", "lab-a", "Amazon's $4bn funding deal with Lab A, which "
         "included a $1.25bn initial investment, is complete.", {"amount_usd": 1.25e9}),
    ]),
    ("rival", "2024-04-02", [
        ("invests_in", "amazon", "lab-a", "Amazon put $2.75 billion into Lab A.",
         {"amount_usd": 2.75e9}),
    ]),
    # an earlier tranche beside a running total: one deal, no conflict
    ("tranche-c", "2024-03-27", [
        ("invests_in", "google", "lab-c", "Google put $2.75 billion into Lab C.",
         {"amount_usd": 2.75e9}),
    ]),
    ("total-c", "2024-11-22", [
        ("invests_in", "google", "lab-c", "Google invested another $4 billion in Lab C, "
         "bringing its total investment to $8 billion.", {"amount_usd": 8e9}),
    ]),
]  # fmt: skip


def records():
    for article_id, published, stories in STORIES:
        body = " ".join(dict.fromkeys(quote for _, _, _, quote, _ in stories))
        article = Article(
            id=article_id, path=f"{article_id}.txt", body=body,
            content_hash=hashlib.sha256(body.encode()).hexdigest(), title=article_id.title(),
            published=dt.date.fromisoformat(published),
        )  # fmt: skip
        facts = []
        for kind, subject, obj, quote, fields in stories:
            start = body.index(quote)
            evidence = Evidence(article_id=article_id, quote=quote, start=start,
                                end=start + len(quote))  # fmt: skip
            facts.append(Fact(type=kind, subject=subject, object=obj, evidence=[evidence],
                              **{"status": "announced", **fields}))  # fmt: skip
        yield article, facts


@pytest.fixture(scope="module", params=["store", "table"])
def source(request, tmp_path_factory):
    registry = Registry(ENTITIES)
    if request.param == "store":
        graphs = [rdf.ontology_graph(), rdf.registry_graph(registry)]
        graphs += [rdf.article_graph(article, facts) for article, facts in records()]
        store = ox.Store()
        store.bulk_load(rdf.to_nquads(graphs).encode("utf-8"), ox.RdfFormat.N_QUADS)
        return store
    folder = tmp_path_factory.mktemp("answers-table")
    rows = [r for article, facts in records() for r in article_rows(article, facts, [])["facts"]]
    write_table(folder, rows, [entity_row(e, registry) for e in registry])
    return FactTable.read(folder)


def one(rows: list[dict], **fields) -> dict:
    found = [r for r in rows if all(r.get(k) == v for k, v in fields.items())]
    assert len(found) == 1, (fields, found)
    return found[0]


# ---------------------------------------------------------------- 1. deals counted once


def test_totals_count_tranches_once_each_and_a_restatement_once(source):
    cloudy = one(ask(source, "totals"), entity="Cloudy", role="provider")
    # $11.9B + $4B + $6.5B = $22.4B, as the article adds them; the restated $11.9B once
    assert cloudy["amount_usd"] == cloudy["amount_usd_high"] == 22_400_000_000
    assert cloudy["deals"] == 3 and cloudy["disputed"] == []


def test_totals_give_disputed_versions_as_a_range_never_a_sum(source):
    lab_b = one(ask(source, "totals"), entity="Lab B", role="buyer")
    assert (lab_b["amount_usd"], lab_b["amount_usd_high"]) == (3_000_000_000, 30_000_000_000)
    assert lab_b["disputed"] == ["Google: $3B (three) to $30B (thirty)"]


def test_totals_leave_forecasts_out_and_keep_separate_deals_apart(source):
    google = one(ask(source, "totals"), entity="Google", role="provider")
    assert google["capacity_gw"] == google["capacity_gw_high"] == 4.5  # 1 + 3.5, not + 3
    assert google["forecasts"] == 1


# ---------------------------------------------------------------- 2. real conflicts only


def test_conflicts_leave_out_tranches_and_separate_deals(source):
    found = ask(source, "conflicts")
    assert not [r for r in found if r["object"] == "Cloudy"]
    assert not [r for r in found if r["field"] == "capacity_gw"]
    amounts = one(found, subject="Lab B", object="Google", field="amount_usd")
    assert [v["value"] for v in amounts["versions"]] == [3_000_000_000, 30_000_000_000]
    assert amounts["versions"][0]["quotes"] == [
        "Lab B committed to spending $3 billion on Google Cloud."
    ]


def test_a_stated_part_of_a_total_is_not_a_conflict(source):
    # "$1.25 billion ..., which could grow to $4 billion" and "a $4bn deal ..., which included
    # a $1.25bn initial investment" state one deal as part and whole; $2.75B is a rival figure.
    found = [
        r for r in ask(source, "conflicts") if (r["subject"], r["object"]) == ("Amazon", "Lab A")
    ]
    assert [(r["field"], [v["value"] for v in r["versions"]]) for r in found] == [
        ("amount_usd", [2_750_000_000, 4_000_000_000]),
    ]
    whole = found[0]["versions"][1]
    assert whole["sources"] == ["included", "initial", "whole"]


def test_an_earlier_tranche_beside_a_running_total_is_not_a_conflict(source):
    assert [r for r in ask(source, "conflicts") if "Lab C" in (r["subject"], r["object"])] == []


def test_conflicts_report_status_and_direction_disagreements(source):
    found = ask(source, "conflicts")
    status = one(found, subject="Lab A", object="AWS", field="status")
    assert [(v["value"], v["sources"]) for v in status["versions"]] == [
        ("announced", ["division"]), ("in_talks", ["talks"]),
    ]  # fmt: skip
    direction = one(found, type="invests_in", field="direction")
    assert {v["value"] for v in direction["versions"]} == {"Google → Lab B", "Lab B → Google"}


# ---------------------------------------------------------------- 4. divisions


def test_a_division_finds_its_own_facts_and_the_parent_rolls_it_up(source):
    aws = resolve(source, "amazon web services")
    assert (aws.label, aws.includes) == ("AWS", ())
    rows = ask(source, "commitments", filters=make_filters(source, entity="AWS"))
    assert {(r["buyer"], r["provider"]) for r in rows} == {("Lab A", "AWS")}
    amazon = resolve(source, "Amazon")
    assert amazon.includes == ("AWS",)
    assert rolled_up(amazon).startswith("Amazon includes AWS")
    rows = ask(source, "facts", filters=make_filters(source, entity="Amazon"))
    assert {"AWS", "Amazon"} <= {r["object"] for r in rows} | {r["subject"] for r in rows}
    why = ask(source, "why", "Amazon")
    assert {r["object"] for r in why} >= {"AWS", "Lab B"}


# ---------------------------------------------------------------- 5. chips


def test_a_chip_family_finds_its_generations(source):
    rows = ask(source, "silicon", filters=make_filters(source, entity="Trainium"))
    assert [(r["lab"], r["chip"]) for r in rows] == [("Lab B", "Trainium3")]


def test_silicon_gives_one_row_per_lab_and_chip_with_its_statuses(source):
    row = one(ask(source, "silicon"), lab="Lab B", chip="Trainium3")
    assert row["status"] == ["announced", "reported"]
    assert row["sources"] == ["division", "talks"]


# ---------------------------------------------------------------- 6. clocks


def test_diff_reads_bare_years_as_every_other_date(source):
    assert ask(source, "diff", "2025", "2026") == ask(source, "diff", "2025-12-31", "2026-12-31")
    assert ask(source, "diff", "2025", "2026")  # the 2026 articles changed something


def test_as_of_counts_the_undated_facts_it_kept(source):
    from kg.questions import undated

    filters = make_filters(source, as_of="2026-06")
    assert undated(source, filters) == 22  # every fact but the one dated 2026-01-01
    assert undated(source, make_filters(source)) == 0


def test_the_vocabulary_agrees_with_the_records():
    from kg.models import FACT_TYPES, STATUSES
    from kg.questions import vocabulary

    assert vocabulary.FACT_TYPES == FACT_TYPES and vocabulary.STATUSES == STATUSES


QUESTION_ARGUMENTS = {"why": ("Lab B",), "path": ("Lab A", "Google"), "diff": ("2025", "2026")}


def test_as_of_flags_each_row_that_rests_on_an_undated_fact(source):
    from kg.questions import question_names

    dated_only = make_filters(source, as_of="2026-06")
    for name in question_names():
        arguments = QUESTION_ARGUMENTS.get(name, ())
        plain = ask(source, name, *arguments)
        flagged = ask(source, name, *arguments, filters=dated_only)
        assert all("undated" not in row for row in plain), name
        assert flagged and all(isinstance(row["undated"], bool) for row in flagged), name
    # the one dated fact (1 gigawatt, 2026-01-01) stands alone in timeline, and in why
    assert [r["undated"] for r in ask(source, "timeline", filters=dated_only)] == [False]
    why = ask(source, "why", "Lab B", filters=dated_only)
    assert {r["undated"] for r in why if r["capacity_gw"] == 1} == {False}
    assert {r["undated"] for r in why if r["capacity_gw"] != 1} == {True}
    # a row grouping dated and undated facts rests on an undated one
    google = one(ask(source, "totals", filters=dated_only), entity="Google", role="provider")
    assert google["undated"] is True
