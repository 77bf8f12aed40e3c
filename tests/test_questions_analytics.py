"""The analyst's questions: golden answers on the seeds, loops, exposure, filters, diff, bad input.

Golden tests assert the facts issue 4 names, not row counts: the extractor is still tuned.
A small hand-made graph (built with kg.rdf from Fact records) pins what the seeds cannot show:
cycles longer than two hops, divisions folded into parents, dated articles and facts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import rdf
from kg.cli import main as kg_main
from kg.errors import KgError
from kg.models import Article, Entity, Evidence, Fact
from kg.questions import COLUMNS, Filters, ask, make_filters, parse_date, question_names, resolve
from kg.registry import Registry

REPO = Path(__file__).resolve().parent.parent
INJECTIONS = [
    'Anthropic" } UNION { ?s ?p ?o } #',
    "} UNION {",
    "Anthropic'; DROP ALL; '",
    "{{Anthropic}}",
    "<https://w3id.org/ai-infra-kg/id/anthropic>",
]


@pytest.fixture(scope="module")
def seeds(store) -> ox.Store:
    """The session's build of the seed articles (conftest's ``store``)."""
    return store


def where(rows: list[dict], **fields) -> list[dict]:
    return [r for r in rows if all(r.get(k) == v for k, v in fields.items())]


def sources(rows: list[dict]) -> set[str]:
    return {s for r in rows for s in r["sources"]}


# ---------------------------------------------------------------- a hand-made graph

ENTITIES = [
    Entity(id="lab-a", name="Lab A", types=["Lab"]),
    Entity(id="lab-b", name="Lab B", types=["Lab"], aliases=["Bee Labs"]),
    Entity(id="lab-c", name="Lab C", types=["Lab"]),
    Entity(id="cloudco", name="CloudCo", types=["CloudProvider", "Investor", "ChipDesigner"]),
    Entity(id="cloudco-cloud", name="CloudCo Cloud", types=["CloudProvider"], parent="cloudco"),
    Entity(id="neo", name="Neo", types=["CloudProvider"]),
    Entity(id="fund", name="Fund", types=["Investor"]),
    Entity(id="x1", name="X1", types=["Lab"]),
    Entity(id="x2", name="X2", types=["Lab"]),
    Entity(id="x3", name="X3", types=["CloudProvider"]),
    Entity(id="x4", name="X4", types=["CloudProvider"]),
    Entity(id="p", name="P", types=["CloudProvider"]),
    Entity(id="q", name="Q", types=["CloudProvider"]),
    Entity(id="chipco", name="ChipCo", types=["ChipDesigner"]),
    Entity(id="chipco-labs", name="ChipCo Labs", types=["ChipDesigner"], parent="chipco"),
    Entity(id="fab", name="Fab", types=["Foundry"]),
    Entity(id="fab2", name="Fab Two", types=["Foundry"]),
    Entity(id="chip-x", name="Chip X", types=["Chip"], designer="chipco-labs", foundry="fab"),
    Entity(id="chip-x2", name="Chip X2", types=["Chip"], family="chip-x"),
    Entity(id="cloud-chip", name="Cloud Chip", types=["Chip"], designer="cloudco",
           foundry="fab2"),
]  # fmt: skip


def article(article_id: str, body: str, published: str | None) -> Article:
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        body=body,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        title=f"Title of {article_id}",
        published=dt.date.fromisoformat(published) if published else None,
    )


def fact(article_id: str, body: str, kind: str, subject: str, obj: str, **fields) -> Fact:
    quote = f"{subject} {kind} {obj} {sorted(fields.items())}"
    start = body.index(quote)
    evidence = Evidence(article_id=article_id, quote=quote, start=start, end=start + len(quote))
    return Fact(type=kind, subject=subject, object=obj, evidence=[evidence],
                **{"status": "announced", **fields})  # fmt: skip


# (article id, published, [(type, subject, object, fields)])
STORIES = [
    ("a1", "2025-01-10", [
        ("invests_in", "cloudco", "lab-a", {"amount_usd": 2e9}),
        ("compute_commitment", "lab-a", "cloudco", {"amount_usd": 10e9,
                                                    "event_date": dt.date(2025, 1, 5)}),
        ("uses_chip", "lab-a", "chip-x2", {}),
        ("invests_in", "cloudco-cloud", "lab-c", {}),
    ]),
    ("a2", "2025-02-10", [
        ("compute_commitment", "lab-a", "cloudco", {"amount_usd": 10e9}),
        ("invests_in", "chipco", "lab-b", {"amount_usd": 1e9}),
        ("compute_commitment", "lab-b", "neo", {"amount_usd": 4e9}),
        ("compute_commitment", "neo", "chipco", {"capacity_gw": 1.0}),
    ]),
    ("a3", "2025-02-20", [
        ("compute_commitment", "lab-a", "cloudco", {"amount_usd": 12e9}),
        ("invests_in", "fund", "lab-c", {"amount_usd": 3e9, "status": "in_talks"}),
        ("compute_commitment", "lab-c", "cloudco", {"amount_usd": 1e9}),
        ("uses_chip", "lab-b", "chip-x", {}),
        ("compute_commitment", "lab-b", "cloudco", {"chip": "cloud-chip",
                                                    "event_date": dt.date(2025, 6, 1)}),
    ]),
    ("undated", None, [
        ("invests_in", "x1", "x2", {}),
        ("compute_commitment", "x2", "x3", {}),
        ("compute_commitment", "x3", "x4", {}),
        ("compute_commitment", "x4", "p", {}),
        ("compute_commitment", "p", "x1", {}),
        ("compute_commitment", "p", "q", {}),
        ("compute_commitment", "q", "p", {}),
    ]),
]  # fmt: skip


@pytest.fixture(scope="module")
def handmade() -> ox.Store:
    registry = Registry(ENTITIES)
    graphs = [rdf.ontology_graph(), rdf.registry_graph(registry)]
    for article_id, published, stories in STORIES:
        quotes = [f"{s} {k} {o} {sorted(f.items())}" for k, s, o, f in stories]
        body = ". ".join(quotes) + "."
        facts = [fact(article_id, body, k, s, o, **f) for k, s, o, f in stories]
        graphs.append(rdf.article_graph(article(article_id, body, published), facts))
    store = ox.Store()
    store.bulk_load(rdf.to_nquads(graphs).encode("utf-8"), ox.RdfFormat.N_QUADS)
    return store


def loops_by_name(rows: list[dict]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for row in rows:
        found.setdefault(row["loop"], []).append(row)
    return found


# ---------------------------------------------------------------- golden answers on the seeds


def test_loops_find_microsoft_anthropic_microsoft_with_amounts_each_way(seeds):
    loops = loops_by_name(ask(seeds, "loops"))
    hops = loops["Microsoft → Anthropic → Microsoft"]
    stake = where(hops, hop=1, relation="invests_in", **{"from": "Microsoft", "to": "Anthropic"})
    assert stake and 5_000_000_000 in stake[0]["amounts_usd"]
    spend = where(hops, hop=2, relation="compute_commitment", to="Microsoft")
    assert {3_000_000_000, 30_000_000_000} <= set(spend[0]["amounts_usd"])
    assert "001_6292011fe963481c" in spend[0]["sources"]
    assert "003_3cdf6ac4bee65db7" in spend[0]["sources"]


def test_loops_find_amazon_anthropic_amazon(seeds):
    hops = loops_by_name(ask(seeds, "loops"))["Amazon → Anthropic → Amazon"]
    assert where(hops, relation="invests_in", **{"from": "Amazon"})
    assert 100_000_000_000 in where(hops, relation="compute_commitment")[0]["amounts_usd"]


def test_silicon_maia_200_in_talks_for_anthropic_in_use_for_openai(seeds):
    rows = ask(seeds, "silicon")
    anthropic = where(rows, lab="Anthropic", chip="Maia 200")
    assert len(anthropic) == 1 and anthropic[0]["status"] == ["in_talks"]
    openai = where(rows, lab="OpenAI", chip="Maia 200", status=["announced"])
    assert len(openai) == 1 and "inference" in openai[0]["purpose"]
    assert all(r["designer"] == "Microsoft" for r in anthropic + openai)


def test_silicon_with_provider_names_the_cloud_in_between(seeds):
    rows = ask(seeds, "silicon", with_provider=True)
    assert where(rows, lab="Anthropic", chip="TPU", provider="Google")
    assert where(rows, lab="Anthropic", chip="Maia 200", provider="Microsoft", status=["in_talks"])
    direct = where(rows, lab="OpenAI", chip="Maia 200", provider=None)
    assert direct and "inference" in direct[0]["purpose"]


def test_exposure_anthropic_reaches_four_designers_and_tsmc(seeds):
    rows = where(ask(seeds, "exposure"), lab="Anthropic")
    designers = {r["organisation"] for r in where(rows, role="designer")}
    assert {"Nvidia", "Google", "Amazon", "Microsoft"} <= designers
    tsmc = where(rows, role="foundry", organisation="TSMC")
    assert tsmc and {"Maia 200", "TPU", "Trainium"} <= set(tsmc[0]["chips"])
    # The registry gives TSMC as the foundry of every family Anthropic uses.
    assert tsmc[0]["share"] == 1 and tsmc[0]["sole"] is True
    for row in where(rows, role="designer"):
        assert 0 < row["share"] < 1 and row["sole"] is False


def test_conflicts_list_the_3_and_30_billion_azure_figures_with_quotes(seeds):
    found = where(
        ask(seeds, "conflicts"),
        type="compute_commitment", subject="Anthropic", object="Microsoft", field="amount_usd",
    )  # fmt: skip
    versions = {v["value"]: v for v in found[0]["versions"]}
    assert any("$3 billion" in q for q in versions[3_000_000_000]["quotes"])
    assert any("$30 billion" in q for q in versions[30_000_000_000]["quotes"])
    assert versions[3_000_000_000]["sources"] != versions[30_000_000_000]["sources"]


def test_totals_count_a_deal_reported_by_two_articles_once(seeds):
    google = where(ask(seeds, "totals"), entity="Google", role="provider")[0]
    assert google["amount_usd"] == 200_000_000_000  # $200B stated by 002 and 003
    assert google["source_count"] == 2
    microsoft = where(ask(seeds, "totals"), entity="Microsoft", role="provider")[0]
    # $3B (001) and $30B (003) are versions of one commitment: a range, never a sum
    assert microsoft["amount_usd"] == 3_000_000_000
    assert microsoft["amount_usd_high"] == 30_000_000_000
    assert any(d.startswith("Anthropic: $3B (001_") for d in microsoft["disputed"])


def test_why_gives_every_fact_linking_two_entities_with_quotes_and_titles(seeds):
    rows = ask(seeds, "why", "Microsoft", "anthropic")
    assert where(rows, type="invests_in", amount_usd=5_000_000_000)
    for row in rows:
        assert {"Microsoft", "Anthropic"} <= {row["subject"], row["object"], row["chip"]}
        assert row["quotes"] and row["title"] and row["status"]
    assert len(ask(seeds, "why", "Microsoft")) > len(rows)


def test_path_connects_two_entities_hop_by_hop(seeds):
    rows = ask(seeds, "path", "OpenAI", "Anthropic")
    assert rows and max(r["hop"] for r in rows) == 2
    for number in {r["path"] for r in rows}:
        hops = where(rows, path=number)
        assert hops[0]["from"] == "OpenAI" and hops[-1]["to"] == "Anthropic"
        assert all(h["fact_type"] and h["sources"] for h in hops)


def test_path_with_the_registry_follows_reference_facts_too(seeds):
    rows = ask(seeds, "path", "OpenAI", "TSMC", with_registry=True)
    made = where(rows, to="TSMC", fact_type="manufactures_chip")
    assert {tuple(r["sources"]) for r in made} >= {("registry",), ("004_096a94a575e2a6f9",)}
    assert not where(ask(seeds, "path", "OpenAI", "TSMC"), sources=["registry"])


def test_timeline_is_in_date_order(seeds):
    rows = ask(seeds, "timeline")
    dates = [r["event_date"] for r in rows]
    assert dates == sorted(dates) and all(dates)
    assert where(rows, type="invests_in", subject="Microsoft", event_date="2025-11-01")


# ---------------------------------------------------------------- filters


def test_status_filter_leaves_talks_out(seeds):
    announced = make_filters(seeds, status="announced")
    rows = ask(seeds, "silicon", filters=announced)
    assert rows and {s for r in rows for s in r["status"]} == {"announced"}
    assert not where(rows, lab="Anthropic", chip="Maia 200")
    assert not where(ask(seeds, "exposure", filters=announced), organisation="Microsoft",
                     lab="Anthropic")  # fmt: skip


def test_known_by_leaves_undated_articles_out(seeds):
    # Two seed articles state when they were reported (May 2026); the other three do not.
    known = make_filters(seeds, known_by="2026-05-31")
    rows = ask(seeds, "commitments", filters=known)
    assert rows and sources(rows) <= {"003_3cdf6ac4bee65db7", "004_096a94a575e2a6f9"}
    assert where(rows, provider="Microsoft", amount_usd=30_000_000_000)
    assert not where(rows, provider="Microsoft", amount_usd=3_000_000_000)  # 001 is undated
    before = make_filters(seeds, known_by="2026-05-20")
    for name in ("silicon", "commitments", "loops", "exposure", "totals", "conflicts"):
        assert ask(seeds, name, filters=before) == [], name


def test_as_of_keeps_undated_facts_and_drops_later_ones(seeds):
    rows = ask(seeds, "commitments", filters=make_filters(seeds, as_of="2025-12"))
    assert not where(rows, provider="Amazon", amount_usd=100_000_000_000)  # dated 2026-04
    assert where(rows, provider="Microsoft", amount_usd=3_000_000_000)  # undated: kept
    assert where(rows, provider="Microsoft", amount_usd=30_000_000_000)  # dated 2025-11


def test_entity_filter_keeps_rows_naming_the_entity(seeds):
    filters = make_filters(seeds, entity=["amazon"])
    assert set(loops_by_name(ask(seeds, "loops", filters=filters))) == {
        "Amazon → Anthropic → Amazon"
    }
    rows = ask(seeds, "exposure", filters=make_filters(seeds, entity="OpenAI"))
    assert rows and {r["lab"] for r in rows} == {"OpenAI"}


def test_handmade_clocks_are_kept_apart(handmade):
    early = make_filters(handmade, known_by="2025-01-31")
    rows = ask(handmade, "commitments", filters=early)
    assert {(r["buyer"], r["provider"]) for r in rows} == {("Lab A", "CloudCo")}
    later = ask(handmade, "commitments", filters=make_filters(handmade, as_of="2025-03-01"))
    assert not where(later, buyer="Lab B", chip="Cloud Chip")  # its own date is 2025-06-01
    assert where(later, buyer="Lab A", amount_usd=12_000_000_000)  # undated facts are kept
    assert where(later, buyer="X2")  # the as-of clock ignores publication dates


def test_dates_accept_a_month_or_a_year():
    assert parse_date("2026-03") == dt.date(2026, 3, 31)
    assert parse_date("2024-02") == dt.date(2024, 2, 29)
    assert parse_date("2025") == dt.date(2025, 12, 31)
    with pytest.raises(KgError, match="not a date"):
        parse_date("March 2026", "--as-of")


# ---------------------------------------------------------------- loops and exposure in depth


def test_loops_are_cycles_of_any_length_up_to_the_bound(handmade):
    found = loops_by_name(ask(handmade, "loops"))
    assert "CloudCo → Lab A → CloudCo" in found
    assert "ChipCo → Lab B → Neo → ChipCo" in found
    # The investment comes from a division (CloudCo Cloud), which counts as its parent.
    assert "CloudCo → Lab C → CloudCo" in found
    # X1 → X2 → X3 → X4 → P → X1 has five hops; P ⇄ Q is compute only, no capital.
    assert not any("X1" in name for name in found)
    assert not any(name.startswith("P") or name.startswith("Q") for name in found)
    longer = loops_by_name(ask(handmade, "loops", max_length=5))
    assert "X1 → X2 → X3 → X4 → P → X1" in longer
    assert len(longer["X1 → X2 → X3 → X4 → P → X1"]) == 5
    three = loops_by_name(ask(handmade, "loops", max_length=3))
    assert "ChipCo → Lab B → Neo → ChipCo" in three


def test_loops_follow_the_status_filter(handmade):
    rows = ask(handmade, "loops", filters=Filters(status=frozenset({"in_talks"})))
    assert rows == []


def test_exposure_folds_divisions_and_follows_families(handmade):
    rows = ask(handmade, "exposure")
    lab_a = where(rows, lab="Lab A")
    # Lab A uses Chip X2, a member of the Chip X family that ChipCo Labs (a ChipCo division)
    # designs and Fab makes: one designer and one foundry for everything.
    assert {(r["role"], r["organisation"], r["sole"]) for r in lab_a} == {
        ("designer", "ChipCo", True),
        ("foundry", "Fab", True),
    }
    lab_b = where(rows, lab="Lab B")
    assert {r["organisation"]: r["share"] for r in where(lab_b, role="designer")} == {
        "ChipCo": 0.5,
        "CloudCo": 0.5,
    }
    assert not any(r["sole"] for r in lab_b)
    assert where(lab_b, organisation="Fab Two", chips=["Cloud Chip"])


def test_diff_tells_added_restated_and_contradicted(handmade):
    rows = ask(handmade, "diff", "2025-01-31", "2025-02-28")
    commitments = where(rows, type="compute_commitment", subject="Lab A", object="CloudCo")
    restated = where(commitments, amount_usd=10_000_000_000)
    assert restated[0]["change"] == "restated" and restated[0]["earlier_sources"] == ["a1"]
    contradicted = where(commitments, amount_usd=12_000_000_000)[0]
    assert contradicted["change"] == "contradicted"
    assert contradicted["earlier"] == ["amount_usd=10000000000 (a1)"]
    assert where(rows, change="added", type="invests_in", subject="ChipCo")
    assert not where(rows, sources=["a1"])  # published before the window
    assert not where(rows, sources=["undated"])  # never known by a date
    assert ask(handmade, "diff", "2025-02-28", "2025-12-31") == []
    with pytest.raises(KgError, match="before"):
        ask(handmade, "diff", "2025-03-01", "2025-02-01")


# ---------------------------------------------------------------- names and bad input


def test_names_resolve_by_label_or_alias_in_any_case(handmade, seeds):
    assert resolve(handmade, "bee labs").label == "Lab B"
    assert resolve(seeds, "ANTHROPIC").label == "Anthropic"
    assert resolve(seeds, "AWS").id == "aws"


def test_an_unknown_name_suggests_the_closest_known_ones(seeds):
    with pytest.raises(KgError, match="did you mean.*Anthropic"):
        resolve(seeds, "Antropic")


@pytest.mark.parametrize("name", INJECTIONS)
def test_names_with_quotes_braces_or_union_are_only_names(seeds, name):
    with pytest.raises(KgError, match="unknown entity"):
        ask(seeds, "why", name)
    with pytest.raises(KgError, match="unknown entity"):
        make_filters(seeds, entity=name)


@pytest.mark.parametrize("name", INJECTIONS[:2])
def test_the_cli_treats_such_a_name_as_a_name(seed_build, name, capsys):
    for args in (["path", name, "Anthropic"], ["silicon", "--entity", name]):
        code = kg_main(["query", *args, "--graph", str(seed_build)])
        err = capsys.readouterr().err
        assert code == 2 and "unknown entity" in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1


def test_questions_check_their_arguments(seeds):
    with pytest.raises(KgError, match="usage: kg query why ENTITY"):
        ask(seeds, "why")
    with pytest.raises(KgError, match="usage: kg query path FROM TO"):
        ask(seeds, "path", "Anthropic")
    with pytest.raises(KgError, match="takes no option"):
        ask(seeds, "totals", max_length=3)
    with pytest.raises(KgError, match="unknown status"):
        make_filters(seeds, status="rumoured")
    with pytest.raises(KgError, match="between 2 and 8"):
        ask(seeds, "loops", max_length=40)


@pytest.mark.parametrize("name", question_names())
def test_every_question_answers_with_its_columns(seeds, handmade, name):
    arguments = {"why": ("Lab A",), "path": ("Lab A", "Lab B"), "diff": ("2025-01", "2025-12")}
    rows = ask(handmade, name, *arguments.get(name, ()))
    assert rows, f"{name} has no rows on the hand-made graph"
    for row in rows:
        assert tuple(row) == COLUMNS[name], name


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("bound", [2, 3, 4, 6])
def test_bounded_cycles_are_networkx_simple_cycles(seed, bound):
    import random

    import networkx as nx

    from kg.questions.analysis import bounded_cycles

    rng = random.Random(seed)
    nodes = [f"n{i}" for i in range(25)]
    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((a, b) for a in nodes for b in nodes if a != b and rng.random() < 0.12)
    successors = {n: list(graph.successors(n)) for n in nodes}

    def rotated(cycle):
        first = cycle.index(min(cycle))
        return tuple(cycle[first:] + cycle[:first])

    ours = [tuple(c) for c in bounded_cycles(successors, bound)]
    assert len(ours) == len(set(ours))
    assert ours == [rotated(c) for c in ours]  # each starts at its least node
    assert set(ours) == {rotated(c) for c in nx.simple_cycles(graph, length_bound=bound)}


@pytest.mark.parametrize("seed", range(8))
def test_shortest_paths_are_networkx_all_shortest_paths_in_its_order(seed):
    import random

    import networkx as nx

    from kg.questions.analysis import shortest_paths

    rng = random.Random(seed)
    nodes = [f"n{i}" for i in range(40)]
    ends = [(a, b) for a in nodes for b in nodes if rng.random() < 0.04]  # some self-loops too
    graph = nx.Graph()
    graph.add_edges_from(ends)
    for source, target in [(rng.choice(nodes), rng.choice(nodes)) for _ in range(10)]:
        if source == target:
            continue
        try:
            expected = list(nx.all_shortest_paths(graph, source, target))
        except (nx.NetworkXNoPath, nx.NodeNotFound):
            expected = []
        assert list(shortest_paths(ends, source, target)) == expected
