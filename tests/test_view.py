"""Tests for the HTML and PNG views, including a headless Chromium run of the page."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import tempfile
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KgError
from kg.view import (
    PYVIS_TEMPLATES_DIR,
    name_similarity,
    normalise_name,
    one_edge_per_statement,
    write_html,
    write_png,
)

EVIL_LABEL = "<script>document.title='pwned'</script>"
EVIL_QUOTE = "<img src=x onerror=\"document.title='pwned'\">"
EVIL_TITLE = "\"); document.title='pwned'; (\""
EVIL_ARTICLE = "</script><script>document.title='pwned'</script>"

SCRIPTS_IN_PAGE = 6

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
REMOTE_LOAD = re.compile(
    r"""\b(?:src|href|action|poster|srcset)\s*=\s*["']?\s*(?:https?:)?//"""
    r"""|url\(\s*["']?\s*(?:https?:)?//|@import""",
    re.IGNORECASE,
)
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:", "chrome:", "chrome-extension:", "devtools:")
LOOPBACK_PREFIXES = ("http://127.", "https://127.", "http://localhost", "http://[::1]")

ENTITIES = [
    ("anthropic", "Anthropic", ["Lab"], "Q116758847"),
    ("openai", "OpenAI", ["Lab"], "Q21708200"),
    ("microsoft", "Microsoft", ["CloudProvider", "Investor"], "Q2283"),
    ("google", "Google", ["Lab", "CloudProvider", "ChipDesigner"], "Q95"),
    ("amazon", "Amazon", ["CloudProvider", "Investor", "ChipDesigner"], "Q3884"),
    ("nvidia", "NVIDIA", ["ChipDesigner"], "Q182477"),
    ("tsmc", "TSMC", ["Foundry"], "Q713418"),
    ("tpu", "TPU", ["Chip"], None),
    ("h100", "H100", ["Chip"], None),
    ("trainium", "Trainium", ["Chip"], None),
    ("claude", "Claude", ["Model"], None),
    ("evil-corp", EVIL_LABEL, ["Lab"], None),
]


def evidence(article: str, title: str | None, quote: str) -> list[dict]:
    return [{"article": article, "title": title, "quote": quote}]


FACTS = [
    ("microsoft", "openai", "fact:msft-openai", "invests_in", "announced",
     {"amount_usd": 13e9},
     evidence("art-1", "Microsoft deepens OpenAI bet", "Microsoft invested $13 billion.")),
    ("amazon", "anthropic", "fact:amzn-anthropic-1", "invests_in", "announced",
     {"amount_usd": 4e9},
     evidence("art-2", "Amazon backs Anthropic", "Amazon will invest up to $4 billion.")),
    ("amazon", "anthropic", "fact:amzn-anthropic-2", "invests_in", "announced",
     {"amount_usd": 8e9},
     evidence("art-3", "Amazon doubles down", "Amazon's total investment reaches $8 billion.")),
    ("google", "anthropic", "fact:goog-anthropic", "invests_in", "in_talks",
     {"amount_usd": 2e9},
     evidence("art-4", "Google in talks", "Google is in talks to invest $2 billion.")),
    ("anthropic", "google", "fact:anthropic-gcp", "compute_commitment", "announced",
     {"amount_usd": 30e9, "capacity_gw": 1.0, "duration_years": 6.0, "chip": "TPU",
      "purpose": "training"},
     evidence("art-5", None, "Anthropic will use up to one gigawatt of TPU capacity.")),
    ("openai", "microsoft", "fact:openai-azure", "compute_commitment", "reported",
     {"amount_usd": 250e9},
     evidence("art-6", "OpenAI and Azure", "OpenAI has contracted $250 billion of Azure.")),
    ("anthropic", "trainium", "fact:anthropic-trainium", "uses_chip", "announced", {},
     evidence("art-2", "Amazon backs Anthropic", "Anthropic will train on Trainium.")),
    ("openai", "h100", "fact:openai-h100", "uses_chip", "planned", {},
     evidence("art-7", "OpenAI's GPUs", "OpenAI plans to deploy H100 clusters.")),
    ("google", "tpu", "fact:google-tpu", "designs_chip", "announced", {}, []),
    ("amazon", "trainium", "fact:amazon-trainium", "designs_chip", "announced", {}, []),
    ("nvidia", "h100", "fact:nvidia-h100", "designs_chip", "announced", {}, []),
    ("tsmc", "h100", "fact:tsmc-h100", "manufactures_chip", "announced", {}, []),
    ("evil-corp", "anthropic", "fact:evil", "invests_in", "announced",
     {"amount_usd": 1e6}, evidence(EVIL_ARTICLE, EVIL_TITLE, EVIL_QUOTE)),
]  # fmt: skip

ANNOUNCED_FACTS = sum(1 for fact in FACTS if fact[4] == "announced")


def build_graph(entities=ENTITIES, facts=FACTS) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for node, label, types, wikidata in entities:
        graph.add_node(node, label=label, types=list(types), wikidata=wikidata)
    for source, target, key, fact_type, status, numbers, quotes in facts:
        attrs = {
            "fact_type": fact_type,
            "status": status,
            "amount_usd": None,
            "capacity_gw": None,
            "duration_years": None,
            "chip": None,
            "purpose": None,
            "evidence": quotes,
            "registry": not quotes,
        }
        attrs.update(numbers)
        graph.add_edge(source, target, key=key, **attrs)
    return graph


def random_graph(node_count: int, edge_count: int, seed: int = 0) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    types = ["Lab", "CloudProvider", "ChipDesigner", "Chip", "Foundry", "Model", "Investor"]
    graph = nx.MultiDiGraph()
    for index in range(node_count):
        graph.add_node(
            f"n{index}", label=f"Entity {index}", types=[rng.choice(types)], wikidata=None
        )
    for index in range(edge_count):
        source, target = f"n{rng.randrange(node_count)}", f"n{rng.randrange(node_count)}"
        graph.add_edge(
            source, target, key=f"fact:{index}",
            fact_type=rng.choice(["invests_in", "compute_commitment", "uses_chip"]),
            status=rng.choice(["announced", "in_talks", "reported", "planned"]),
            amount_usd=rng.choice([None, 1e9, 2.5e10]), capacity_gw=None, duration_years=None,
            chip=None, purpose=None, registry=False,
            evidence=evidence(f"art-{index}", f"Article {index}", f"Quote number {index}."),
        )  # fmt: skip
    return graph


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: dict[str, str] = {}
        self.text: list[str] = []
        self._script_id: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script_id = dict(attrs).get("id") or f"script-{len(self.scripts)}"
            self.scripts[self._script_id] = ""

    def handle_endtag(self, tag):
        if tag == "script":
            self._script_id = None

    def handle_data(self, data):
        if self._script_id is not None:
            self.scripts[self._script_id] += data
        else:
            self.text.append(data)

    def elements(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]

    def visible_text(self) -> str:
        return " ".join(" ".join(self.text).split())


def parse_page(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def page_data(path: Path) -> tuple[list[dict], list[dict]]:
    scripts = parse_page(path).scripts
    return json.loads(scripts["kg-nodes-data"]), json.loads(scripts["kg-edges-data"])


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return build_graph()


@pytest.fixture
def page(graph, tmp_path) -> Path:
    path = tmp_path / "graph.html"
    write_html(graph, path)
    return path


def test_write_html_returns_the_counts_it_wrote(graph, tmp_path):
    path = tmp_path / "graph.html"
    counts = write_html(graph, path)
    nodes, edges = page_data(path)
    assert counts == {"nodes": len(ENTITIES), "edges": len(FACTS)}
    assert (len(nodes), len(edges)) == (len(ENTITIES), len(FACTS))
    assert f"{len(ENTITIES)} nodes · {len(FACTS)} edges" in parse_page(path).visible_text()


def test_page_parses_with_legend_search_filters_and_network_container(page):
    parser = parse_page(page)
    text = parser.visible_text()
    for legend_entry in ("Lab", "Cloud provider", "Chip designer", "Chip", "Foundry", "Model"):
        assert legend_entry in text
    assert "Investor" in text
    assert [div for div in parser.elements("div") if div.get("id") == "mynetwork"]
    assert [box for box in parser.elements("input") if box.get("id") == "kg-search-input"]
    checkboxes = [box for box in parser.elements("input") if box.get("type") == "checkbox"]
    type_filters = {box["value"] for box in checkboxes if box.get("class") == "kg-type-filter"}
    status_filters = {box["value"] for box in checkboxes if box.get("class") == "kg-status-filter"}
    assert {"Lab", "CloudProvider", "ChipDesigner", "Chip", "Foundry", "Investor"} <= type_filters
    assert status_filters == {"announced", "in_talks", "reported", "planned"}
    assert json.loads(parser.scripts["kg-options-data"])["physics"]["enabled"] is False


def test_page_inlines_vis_network_and_loads_nothing_remote(page):
    html = page.read_text(encoding="utf-8")
    vis_js = (PYVIS_TEMPLATES_DIR / "lib/vis-9.1.2/vis-network.min.js").read_text(encoding="utf-8")
    assert vis_js.strip() in html
    assert not REMOTE_LOAD.findall(html)
    assert "bootstrap" not in html.lower()
    for tag, attrs in parse_page(page).tags:
        for name in ("src", "href"):
            assert not (attrs.get(name) or "").lower().startswith(("http", "//")), (tag, attrs)


def test_remote_load_pattern_catches_pyvis_default_cdn_links():
    template = (PYVIS_TEMPLATES_DIR / "template.html").read_text(encoding="utf-8")
    assert REMOTE_LOAD.search(template)


def test_same_graph_gives_byte_identical_pages_whatever_the_insertion_order(graph, tmp_path):
    reordered = build_graph(list(reversed(ENTITIES)), list(reversed(FACTS)))
    paths = [tmp_path / "first.html", tmp_path / "second.html", tmp_path / "reordered.html"]
    for source, path in zip((graph, graph, reordered), paths, strict=True):
        write_html(source, path)
    first = paths[0].read_bytes()
    assert first == paths[1].read_bytes()
    assert first == paths[2].read_bytes()


def test_edges_are_labelled_with_fact_type_and_amount(page):
    _, edges = page_data(page)
    assert {edge["label"] for edge in edges} == {""}, "edge labels wait for hover or selection"
    labels = {edge["kgFact"]: edge["kgLabel"] for edge in edges}
    assert labels["fact:msft-openai"] == "invests_in $13B"
    assert labels["fact:anthropic-gcp"] == "compute_commitment $30B · 1 GW"
    assert labels["fact:google-tpu"] == "designs_chip"


def test_deals_not_closed_are_dashed_and_announced_ones_solid(page):
    _, edges = page_data(page)
    dashed = {edge["kgFact"]: edge["dashes"] for edge in edges}
    assert dashed["fact:goog-anthropic"] is True
    assert dashed["fact:openai-azure"] is True
    assert dashed["fact:openai-h100"] is True
    assert dashed["fact:msft-openai"] is False


def test_nodes_are_coloured_and_shaped_by_their_main_role_in_this_graph(page):
    nodes, _ = page_data(page)
    by_id = {node["id"]: node for node in nodes}
    roles = {node_id: node["kgRole"] for node_id, node in by_id.items()}
    assert roles["anthropic"] == "Lab"
    assert roles["amazon"] == "ChipDesigner"  # one investee (twice), one chip: a tie
    assert roles["microsoft"] == "CloudProvider"  # sells compute to OpenAI (tie with investing)
    assert roles["google"] == "CloudProvider"
    assert roles["nvidia"] == "ChipDesigner"
    assert roles["tsmc"] == "Foundry"
    assert roles["tpu"] == "Chip"
    assert by_id["anthropic"]["shape"] != by_id["tpu"]["shape"]
    assert by_id["anthropic"]["color"] != by_id["google"]["color"]
    assert set(by_id["amazon"]["kgTypes"]) == {"CloudProvider", "ChipDesigner", "Investor"}
    assert "Drawn as Chip designer" in by_id["amazon"]["kgInfo"]
    assert "investor towards 1 entity" in by_id["amazon"]["kgInfo"]
    assert "Registry types: CloudProvider, Investor, ChipDesigner" in by_id["amazon"]["kgInfo"]


def role_graph(*facts: tuple[str, str, str]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for number, (source, fact_type, target) in enumerate(facts):
        for node in (source, target):
            graph.add_node(node, label=node.title(), types=REGISTRY_TYPES.get(node, []))
        graph.add_edge(source, target, key=f"fact:{number}", fact_type=fact_type,
                       status="announced")  # fmt: skip
    return graph


REGISTRY_TYPES = {
    "amazon": ["CloudProvider", "ChipDesigner", "Investor", "Lab"],
    "microsoft": ["CloudProvider", "ChipDesigner", "Investor", "Lab"],
    "trainium": ["Chip"],
    "anthropic": ["Lab"],
}


def test_main_role_counts_partners_not_restatements_and_resellers_are_providers():
    from kg.view import node_roles

    restated = [("amazon", "designs_chip", "trainium")] * 4
    deals = [
        ("anthropic", "compute_commitment", "amazon"),
        ("openai", "compute_commitment", "amazon"),
    ]
    roles = node_roles(role_graph(*restated, *deals))
    assert roles["amazon"].main == "CloudProvider"  # two customers beat one chip said four times
    assert roles["amazon"].counts == (("CloudProvider", 2), ("ChipDesigner", 1))
    assert roles["trainium"].main == "Chip"
    assert roles["anthropic"].main == "Lab"

    reseller = role_graph(
        ("microsoft", "compute_commitment", "nebius"),
        ("microsoft", "compute_commitment", "iren"),
        ("microsoft", "compute_commitment", "nscale"),
        ("openai", "compute_commitment", "microsoft"),
    )
    assert node_roles(reseller)["microsoft"].main == "CloudProvider"
    assert node_roles(reseller)["openai"].main == "Lab"

    buyer_only = role_graph(("anthropic", "compute_commitment", "nebius"))
    buyer_only.add_node("cohere", label="Cohere", types=["Lab", "Investor"])
    roles = node_roles(buyer_only)
    assert roles["anthropic"].main == "Lab"
    assert roles["cohere"].main == "Lab"  # no fact: its first registry type
    assert "from the registry" in roles["cohere"].describe()


def test_details_are_plain_text_with_status_quotes_and_article_titles(page):
    nodes, edges = page_data(page)
    edge = next(edge for edge in edges if edge["kgFact"] == "fact:goog-anthropic")
    assert "in_talks" in edge["kgInfo"]
    assert "Google is in talks to invest $2 billion." in edge["kgInfo"]
    assert "Google in talks" in edge["kgInfo"]
    anthropic = next(node for node in nodes if node["id"] == "anthropic")
    assert "Amazon backs Anthropic" in anthropic["kgInfo"]
    assert "Amazon will invest up to $4 billion." in anthropic["kgInfo"]
    registry_edge = next(edge for edge in edges if edge["kgFact"] == "fact:google-tpu")
    assert "registry" in registry_edge["kgInfo"]


def test_untrusted_strings_stay_inside_json_data(page):
    html = page.read_text(encoding="utf-8")
    parser = parse_page(page)
    assert len(parser.elements("script")) == SCRIPTS_IN_PAGE
    assert not parser.elements("img")
    for payload in (EVIL_LABEL, EVIL_QUOTE, EVIL_ARTICLE, "<img", "<script>document"):
        assert payload not in html
    nodes, edges = page_data(page)
    evil_node = next(node for node in nodes if node["id"] == "evil-corp")
    evil_edge = next(edge for edge in edges if edge["kgFact"] == "fact:evil")
    assert evil_node["label"] == EVIL_LABEL
    for payload in (EVIL_QUOTE, EVIL_TITLE, EVIL_ARTICLE):
        assert payload in evil_edge["kgInfo"]


def test_title_argument_is_escaped(graph, tmp_path):
    path = tmp_path / "graph.html"
    write_html(graph, path, title="<b>Deals</b> & chips")
    html = path.read_text(encoding="utf-8")
    assert "<b>Deals</b>" not in html
    assert "&lt;b&gt;Deals&lt;/b&gt; &amp; chips" in html


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=st.text(max_size=40), quote=st.text(max_size=80), title=st.text(max_size=40))
def test_any_label_quote_or_title_round_trips_as_data(label, quote, title):
    entities = [("a", label, ["Lab"], None), ("b", "B", ["Chip"], None)]
    facts = [("a", "b", "fact:1", "uses_chip", "announced", {}, evidence("art", title, quote))]
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "graph.html"
        write_html(build_graph(entities, facts), path)
        parser = parse_page(path)
    nodes = json.loads(parser.scripts["kg-nodes-data"])
    edges = json.loads(parser.scripts["kg-edges-data"])
    assert len(parser.elements("script")) == SCRIPTS_IN_PAGE
    assert next(node for node in nodes if node["id"] == "a")["label"] == (label or "a")
    assert quote in edges[0]["kgInfo"]
    assert title in edges[0]["kgInfo"]


def test_focus_keeps_the_undirected_neighbourhood(graph, tmp_path):
    path = tmp_path / "focus.html"
    counts = write_html(graph, path, focus="anthropic", depth=1)
    nodes, edges = page_data(path)
    expected = {"anthropic", "amazon", "google", "trainium", "evil-corp"}
    assert {node["id"] for node in nodes} == expected
    assert counts == {"nodes": len(expected), "edges": 7}
    assert {edge["kgFact"] for edge in edges} >= {"fact:anthropic-gcp", "fact:amazon-trainium"}


def test_focus_accepts_a_display_name_and_depth_widens_the_view(graph, tmp_path):
    only_itself = write_html(graph, tmp_path / "zero.html", focus="NVIDIA", depth=0)
    one_hop = write_html(graph, tmp_path / "one.html", focus="NVIDIA", depth=1)
    two_hops = write_html(graph, tmp_path / "two.html", focus="NVIDIA", depth=2)
    assert only_itself == {"nodes": 1, "edges": 0}
    assert one_hop == {"nodes": 2, "edges": 1}
    assert two_hops["nodes"] == 4
    assert two_hops["edges"] == 3


def test_statuses_keep_only_matching_edges(graph, tmp_path):
    path = tmp_path / "announced.html"
    counts = write_html(graph, path, statuses={"announced"})
    _, edges = page_data(path)
    assert counts == {"nodes": len(ENTITIES), "edges": ANNOUNCED_FACTS}
    assert {edge["kgStatus"] for edge in edges} == {"announced"}
    in_talks = write_html(graph, tmp_path / "talks.html", statuses={"in_talks"})
    assert in_talks["edges"] == 1


def test_statuses_apply_before_focus(graph, tmp_path):
    counts = write_html(
        graph, tmp_path / "both.html", focus="google", depth=1, statuses={"in_talks"}
    )
    assert counts == {"nodes": 2, "edges": 1}


def graph_with_divisions() -> nx.MultiDiGraph:
    """The test graph plus AWS (a division of Amazon) with a deal of its own."""
    graph = build_graph()
    graph.add_node("aws", label="AWS", types=["CloudProvider"], wikidata=None, parent="amazon")
    graph.add_edge(
        "openai", "aws", key="fact:openai-aws", fact_type="compute_commitment",
        status="announced", amount_usd=38e9, capacity_gw=None, duration_years=None, chip=None,
        purpose=None, registry=False,
        evidence=evidence("art-8", "OpenAI and AWS", "AWS has entered a $38 billion agreement."),
    )  # fmt: skip
    return graph


def facts_on_page(path: Path) -> set[str]:
    return {edge["kgFact"] for edge in page_data(path)[1]}


def test_focus_on_an_alias_finds_the_entity(graph, tmp_path):
    by_alias = tmp_path / "alphabet.html"
    by_name = tmp_path / "google.html"
    write_html(graph, by_alias, focus="Alphabet")  # an alias of Google in the registry
    write_html(graph, by_name, focus="Google")
    assert facts_on_page(by_alias) == facts_on_page(by_name)
    assert "fact:google-tpu" in facts_on_page(by_alias)
    assert "Focus: Google · depth 1" in parse_page(by_alias).visible_text()


def test_focus_on_a_division_gives_its_facts_and_on_the_parent_its_divisions_too(tmp_path):
    graph = graph_with_divisions()
    division = tmp_path / "aws.html"
    parent = tmp_path / "amazon.html"
    write_html(graph, division, focus="Amazon Web Services", depth=0)
    write_html(graph, parent, focus="amazon", depth=1)
    assert {node["id"] for node in page_data(division)[0]} == {"aws"}
    write_html(graph, division, focus="AWS", depth=1)
    assert facts_on_page(division) == {"fact:openai-aws"}
    assert {"fact:openai-aws", "fact:amzn-anthropic-1", "fact:amazon-trainium"} <= facts_on_page(
        parent
    )
    assert "Focus: Amazon and its divisions AWS · depth 1" in parse_page(parent).visible_text()


def test_focus_on_a_division_without_facts_shows_its_parent_and_says_so(graph, tmp_path):
    # Today's extraction records "AWS has entered a $38 billion agreement" on Amazon.
    division = tmp_path / "azure.html"
    parent = tmp_path / "microsoft.html"
    write_html(graph, division, focus="Azure")
    write_html(graph, parent, focus="Microsoft")
    assert facts_on_page(division) == facts_on_page(parent)
    assert (
        "Focus: Microsoft (for Microsoft Azure, which has no facts of its own in this graph: "
        "it is a division of Microsoft) · depth 1"
    ) in parse_page(division).visible_text()


def test_focus_on_a_parent_without_facts_of_its_own_gathers_its_divisions(tmp_path):
    graph = graph_with_divisions()
    graph.remove_node("amazon")
    path = tmp_path / "amazon.html"
    write_html(graph, path, focus="Amazon", depth=0)
    assert {node["id"] for node in page_data(path)[0]} == {"aws"}
    assert "Amazon (no facts of its own here): its divisions AWS" in parse_page(path).visible_text()


def test_focus_on_a_registry_entity_without_facts_says_so(graph, tmp_path):
    with pytest.raises(KgError, match="Cohere is in the registry but has no facts in this graph"):
        write_html(graph, tmp_path / "x.html", focus="cohere inc.")


def test_focus_note_in_the_header_is_escaped(graph, tmp_path):
    path = tmp_path / "evil.html"
    write_html(graph, path, focus=EVIL_LABEL)
    html = path.read_text(encoding="utf-8")
    assert EVIL_LABEL not in html
    assert f"Focus: {EVIL_LABEL} · depth 1" in parse_page(path).visible_text()
    assert len(parse_page(path).elements("script")) == SCRIPTS_IN_PAGE


def test_unknown_focus_raises_kg_error_with_suggestions(graph, tmp_path):
    with pytest.raises(KgError, match="Anthropic") as raised:
        write_html(graph, tmp_path / "x.html", focus="anthropc")
    assert "did you mean" in str(raised.value)
    with pytest.raises(KgError, match="NVIDIA"):
        write_html(graph, tmp_path / "x.html", focus="Nvidea")


def test_unknown_status_and_negative_depth_raise_kg_error(graph, tmp_path):
    with pytest.raises(KgError, match="closed"):
        write_html(graph, tmp_path / "x.html", statuses={"closed"})
    with pytest.raises(KgError, match="depth"):
        write_html(graph, tmp_path / "x.html", focus="anthropic", depth=-1)


def test_empty_graph_writes_an_empty_page(tmp_path):
    path = tmp_path / "empty.html"
    assert write_html(nx.MultiDiGraph(), path) == {"nodes": 0, "edges": 0}
    assert "0 nodes · 0 edges" in parse_page(path).visible_text()


def test_ten_thousand_node_page_is_generated_quickly(tmp_path):
    big = random_graph(10_000, 15_000)
    started = time.perf_counter()
    counts = write_html(big, tmp_path / "big.html")
    elapsed = time.perf_counter() - started
    assert counts == {"nodes": 10_000, "edges": 15_000}
    assert elapsed < 15, f"10k-node page took {elapsed:.1f} s"


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_write_png_draws_the_silicon_dependency_graph(graph, tmp_path):
    path = tmp_path / "silicon.png"
    write_png(graph, path)
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    assert len(data) > 5_000
    again = tmp_path / "again.png"
    write_png(graph, again)
    assert again.read_bytes() == data


def test_write_png_notes_when_there_is_no_data(tmp_path):
    path = tmp_path / "empty.png"
    write_png(nx.MultiDiGraph(), path)
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    assert len(data) > 2_000


def browser_missing() -> str | None:
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("the selenium Python package")
    return ", ".join(missing) or None


@pytest.fixture(scope="module")
def browser():
    missing = browser_missing()
    if missing:
        message = (
            f"browser test needs {missing}: "
            "apt-get install chromium chromium-driver; pip install selenium"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="kg-view-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1400,900", f"--user-data-dir={profile}",
    ):  # fmt: skip
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd(
        "Network.emulateNetworkConditions",
        {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0},
    )
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def requested_urls(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def open_page(driver, path: Path, timeout: float = 20.0) -> tuple[list[str], float]:
    """Load a page offline and wait for its first draw; returns the URLs requested and seconds."""
    requested_urls(driver)
    started = time.perf_counter()
    driver.get(path.resolve().as_uri())
    while driver.execute_script("return window.kgDrawn === true") is not True:
        if time.perf_counter() - started > timeout:
            pytest.fail(f"{path.name} did not draw within {timeout} s")
        time.sleep(0.05)
    return requested_urls(driver), time.perf_counter() - started


def remote_urls(urls: list[str]) -> list[str]:
    return [url for url in urls if not url.startswith(LOCAL_SCHEMES + LOOPBACK_PREFIXES)]


def hover_node(driver, node_id: str) -> str:
    from selenium.webdriver.common.action_chains import ActionChains

    x, y = driver.execute_script(
        "var id = arguments[0];"
        "var point = kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id]);"
        "var box = document.getElementById('mynetwork').getBoundingClientRect();"
        "return [Math.round(box.left + point.x), Math.round(box.top + point.y)];",
        node_id,
    )
    actions = ActionChains(driver)
    actions.w3c_actions.pointer_action.move_to_location(x + 40, y + 40)
    actions.w3c_actions.pointer_action.move_to_location(x, y)
    actions.perform()
    started = time.perf_counter()
    while time.perf_counter() - started < 5:
        details = driver.execute_script(
            "var panel = document.getElementById('kg-details');"
            "return panel.hidden ? null : document.getElementById('kg-details-text').innerText;"
        )
        if details:
            return details
        time.sleep(0.05)
    pytest.fail(f"no details panel appeared over node {node_id}")


def test_browser_harness_sees_requests_that_would_leave_the_page(browser, tmp_path):
    canary = "http://127.0.0.1:9/canary.css"
    path = tmp_path / "canary.html"
    path.write_text(
        f'<link rel="stylesheet" href="{canary}"><script>window.kgDrawn = true;</script>'
    )
    urls, _ = open_page(browser, path)
    assert canary in urls


def test_page_draws_offline_with_all_data_and_no_remote_requests(browser, page):
    urls, _ = open_page(browser, page)
    assert remote_urls(urls) == []
    resources = browser.execute_script(
        "return performance.getEntriesByType('resource').map(function (r) { return r.name; });"
    )
    assert remote_urls(resources) == []
    assert browser.find_elements("css selector", "#mynetwork canvas")
    counts = browser.execute_script("return [kgNodes.length, kgEdges.length];")
    assert counts == [len(ENTITIES), len(FACTS)]
    assert browser.execute_script("return kgVisibleEdges.length") == len(FACTS)


def test_no_script_from_the_data_runs_and_tooltips_show_it_as_text(browser, page):
    open_page(browser, page)
    tooltip = hover_node(browser, "evil-corp")
    for payload in (EVIL_LABEL, EVIL_QUOTE, EVIL_TITLE):
        assert payload in tooltip
    assert (
        browser.execute_script("return document.getElementById('kg-details-text').children.length")
        == 0
    )
    assert browser.find_elements("css selector", ".vis-tooltip") == [] or not any(
        tip.is_displayed() for tip in browser.find_elements("css selector", ".vis-tooltip")
    )
    assert browser.title == "AI infrastructure knowledge graph"
    assert browser.find_elements("css selector", "img") == []
    assert browser.execute_script("return document.scripts.length") == SCRIPTS_IN_PAGE


def header_counts(driver) -> str:
    return driver.find_element("id", "kg-counts").text


def submit_search(driver, text: str) -> str:
    search = driver.find_element("id", "kg-search-input")
    search.clear()
    search.send_keys(text)
    driver.find_element("css selector", "#kg-search button[type='submit']").click()
    return driver.find_element("id", "kg-search-status").text


def test_filters_hide_what_they_say_and_the_header_counts_follow(browser, page):
    nodes, edges = page_data(page)
    role = {node["id"]: node["kgRole"] for node in nodes}
    open_page(browser, page)
    assert header_counts(browser) == f"{len(nodes)} nodes · {len(edges)} edges"
    browser.find_element("css selector", "input.kg-status-filter[value='in_talks']").click()
    assert browser.execute_script("return kgVisibleEdges.length") == len(FACTS) - 1
    assert header_counts(browser) == (
        f"{len(nodes)} of {len(nodes)} nodes · {len(edges) - 1} of {len(edges)} edges shown"
    )
    browser.find_element("css selector", "input.kg-type-filter[value='Lab']").click()
    labs = {node_id for node_id, kind in role.items() if kind == "Lab"}
    shown_edges = [
        edge for edge in edges
        if edge["kgStatus"] != "in_talks" and not {edge["from"], edge["to"]} & labs
    ]  # fmt: skip
    assert labs == {"anthropic", "openai"}
    assert browser.execute_script("return kgVisibleNodes.length") == len(nodes) - len(labs)
    assert browser.execute_script("return kgVisibleEdges.length") == len(shown_edges)
    assert header_counts(browser) == (
        f"{len(nodes) - len(labs)} of {len(nodes)} nodes · "
        f"{len(shown_edges)} of {len(edges)} edges shown"
    )
    for box in ("input.kg-type-filter[value='Lab']", "input.kg-status-filter[value='in_talks']"):
        browser.find_element("css selector", box).click()
    assert header_counts(browser) == f"{len(nodes)} nodes · {len(edges)} edges"


def test_search_finds_names_aliases_parts_and_near_misses(browser, page):
    open_page(browser, page)
    assert submit_search(browser, "nvid") == "Showing NVIDIA"
    assert browser.execute_script("return kgNetwork.getSelectedNodes()") == ["nvidia"]
    assert submit_search(browser, "Alphabet Inc.") == "Showing Google"  # a registry alias
    assert browser.execute_script("return kgNetwork.getSelectedNodes()") == ["google"]
    assert submit_search(browser, "Antrhopic") == (
        "No exact match for \u201cAntrhopic\u201d; showing Anthropic"
    )
    assert browser.execute_script("return kgNetwork.getSelectedNodes()") == ["anthropic"]
    assert submit_search(browser, "AWS") == (
        "Showing Amazon (for AWS, which has no facts of its own in this graph: "
        "it is a division of Amazon)"
    )
    assert browser.execute_script("return kgNetwork.getSelectedNodes()") == ["amazon"]
    assert submit_search(browser, "qqqqzzzz").startswith("No entity matches")
    browser.find_element("css selector", "input.kg-type-filter[value='Foundry']").click()
    assert submit_search(browser, "TSMC") == "TSMC is hidden by the role filter"
    options = browser.execute_script(
        "return Array.from(document.querySelectorAll('#kg-node-names option'))"
        ".map(function (option) { return option.value; });"
    )
    assert EVIL_LABEL in options
    assert "Alphabet" in options
    assert "evil-corp" not in options  # ids are found but not offered


def test_page_search_lands_where_the_cli_suggests(browser, graph, page):
    from kg.view import closest_names, entity_names

    table = entity_names(graph)
    open_page(browser, page)
    for typo in ("Antrhopic", "Nvidea", "Gogle", "Micrsoft", "Amazom", "Cluade"):
        suggested = closest_names(table, typo)[0]
        assert submit_search(browser, typo) == (
            f"No exact match for \u201c{typo}\u201d; showing {suggested}"
        )


def test_page_search_scores_names_as_difflib_does(browser, page):
    open_page(browser, page)
    pairs = [
        ("antrhopic", "anthropic"), ("nvdia", "nvidia"), ("googel", "google"), ("aws", "amazon"),
        ("microsfot azure", "microsoft azure"), ("", "x"), ("abcabc", "cbacba"),
        ("tpu v5e", "tpu"), ("\u00e9cole \U0001d54f", "ecole x"), ("aaaa", "aaab"),
    ]  # fmt: skip
    scores = browser.execute_script(
        "return arguments[0].map(function (p) { return kgNameSimilarity(p[0], p[1]); });", pairs
    )
    expected = [name_similarity(a, b) for a, b in pairs]
    assert scores == pytest.approx(expected, abs=1e-12)
    names = ["Amazon.com Inc.", "  Google   LLC ", "\u2018Stargate\u2019"]
    assert browser.execute_script("return arguments[0].map(kgNormaliseName);", names) == [
        normalise_name(name) for name in names
    ]


def test_thousand_node_page_draws_within_bound(browser, tmp_path):
    path = tmp_path / "thousand.html"
    counts = write_html(random_graph(1_000, 1_500), path)
    urls, seconds = open_page(browser, path, timeout=20.0)
    assert remote_urls(urls) == []
    assert browser.execute_script("return [kgNodes.length, kgEdges.length];") == [
        counts["nodes"],
        counts["edges"],
    ]
    assert seconds < 20


def test_a_statement_several_articles_make_is_one_edge_with_every_quote(tmp_path):
    graph = build_graph()
    graph.add_edge(
        "microsoft",
        "openai",
        key="fact:msft-openai-again",
        fact_type="invests_in",
        status="announced",
        amount_usd=13e9,
        evidence=evidence("art-9", "Another paper", "Microsoft put $13 billion into OpenAI."),
    )
    counts = write_html(graph, tmp_path / "page.html")
    assert counts["edges"] == len(FACTS)
    merged = one_edge_per_statement(graph)
    (quotes,) = [
        [e["quote"] for e in attrs["evidence"]]
        for _, _, attrs in merged.edges("microsoft", data=True)
        if attrs["fact_type"] == "invests_in"
    ]
    assert sorted(quotes) == [
        "Microsoft invested $13 billion.",
        "Microsoft put $13 billion into OpenAI.",
    ]


ROLE_POOLS = (  # share of the nodes, registry type
    (0.30, "Lab"), (0.10, "CloudProvider"), (0.06, "ChipDesigner"), (0.02, "Foundry"),
    (0.07, "Investor"), (0.45, "Chip"),
)  # fmt: skip
FACT_ENDS = {
    "compute_commitment": ("Lab", "CloudProvider"),
    "invests_in": ("Investor", "Lab"),
    "uses_chip": ("Lab", "Chip"),
    "designs_chip": ("ChipDesigner", "Chip"),
    "manufactures_chip": ("Foundry", "Chip"),
}


def hub_graph(node_count: int, edge_count: int, seed: int = 0) -> nx.MultiDiGraph:
    """A graph shaped like this domain: a few big labs, providers and designers, a long tail.

    Every node takes part in at least one fact, as in a projection of the store.
    """
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    pools: dict[str, list[str]] = {}
    index = 0
    for share, kind in ROLE_POOLS:
        pool = pools.setdefault(kind, [])
        for rank in range(max(1, round(share * node_count))):
            if index == node_count:
                break
            node = f"n{index}"
            graph.add_node(
                node, label=f"{kind} {rank}", types=[kind], wikidata=None,
                aliases=[f"{kind[:3].upper()}{rank} Holdings"],
            )  # fmt: skip
            pool.append(node)
            index += 1
    unused = {kind: list(pool) for kind, pool in pools.items()}
    for number in range(edge_count):
        fact_type = sorted(FACT_ENDS)[number % len(FACT_ENDS)]
        ends = []
        for kind in FACT_ENDS[fact_type]:
            pool = pools[kind]
            if unused[kind] and rng.random() < 0.5:
                ends.append(unused[kind].pop())
                continue
            ends.append(rng.choices(pool, weights=[1 / (r + 1) for r in range(len(pool))])[0])
        graph.add_edge(
            ends[0], ends[1], key=f"fact:{number}", fact_type=fact_type,
            status=rng.choice(["announced", "announced", "in_talks", "reported", "planned"]),
            amount_usd=rng.choice([None, 1e9, 2.5e10]), capacity_gw=None, duration_years=None,
            chip=None, purpose=None, registry=False,
            evidence=evidence(f"art-{number}", f"Article {number}", f"Quote number {number}."),
        )  # fmt: skip
    graph.remove_nodes_from([node for node, degree in graph.degree if degree == 0])
    return graph


def screenshot_of_stage(driver) -> Any:
    """The network area of a screenshot as an RGB array."""
    import io

    import numpy as np
    from PIL import Image

    image = np.asarray(Image.open(io.BytesIO(driver.get_screenshot_as_png())).convert("RGB"))
    box = driver.execute_script(
        "var r = document.getElementById('mynetwork').getBoundingClientRect();"
        "return [r.left, r.top, r.right, r.bottom].map(Math.round);"
    )
    ratio = image.shape[1] / driver.execute_script("return window.innerWidth")
    left, top, right, bottom = (round(v * ratio) for v in box)
    return image[top:bottom, left:right]


def colour_share(image: Any, hex_colour: str, tolerance: int = 3) -> float:
    import numpy as np

    wanted = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])
    close = (np.abs(image.astype(int) - wanted) <= tolerance).all(axis=2)
    return float(close.mean())


def wheel_zoom_in(driver) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.actions.wheel_input import ScrollOrigin

    stage = driver.find_element("id", "mynetwork")
    ActionChains(driver).scroll_from_origin(ScrollOrigin.from_element(stage), 0, -200).perform()


def labelled_nodes(driver) -> int:
    return driver.execute_script(
        "return kgVisibleNodes.getIds().filter(function (id) {"
        "  return kgNetwork.body.nodes[id].labelModule.visible(); }).length;"
    )


def test_five_hundred_node_page_is_drawn_readable_and_searchable(browser, tmp_path):
    from kg.view import STYLE_BY_TYPE

    path = tmp_path / "five-hundred.html"
    counts = write_html(hub_graph(500, 900), path)
    nodes, edges = page_data(path)
    urls, seconds = open_page(browser, path, timeout=20.0)
    assert remote_urls(urls) == []
    assert seconds < 10, f"500-node page took {seconds:.1f} s to draw"
    assert counts == {"nodes": 500, "edges": len(edges)}
    assert browser.execute_script("return [kgNodes.length, kgEdges.length]") == [500, len(edges)]
    assert header_counts(browser) == f"500 nodes · {len(edges)} edges"

    # The drawing, compared by structure: ink on the canvas and every role's colour in it.
    stage = screenshot_of_stage(browser)
    assert 0.01 < 1 - colour_share(stage, "#ffffff", tolerance=8) < 0.6
    roles = Counter(node["kgRole"] for node in nodes)
    assert set(roles) == {"Lab", "CloudProvider", "ChipDesigner", "Foundry", "Investor", "Chip"}
    for role in roles:
        assert colour_share(stage, STYLE_BY_TYPE[role].color) > 0, role

    # Readable at the zoom that fits it all: hubs named, the long tail waiting for zoom.
    at_fit = labelled_nodes(browser)
    assert 3 <= at_fit <= 60, at_fit
    browser.execute_script("kgNetwork.moveTo({scale: 1.4})")
    wheel_zoom_in(browser)
    time.sleep(0.3)
    assert browser.execute_script("return kgNetwork.getScale()") > 1.4
    assert labelled_nodes(browser) == 500  # every label is drawable once zoomed in
    largest = browser.execute_script(
        "var scale = kgNetwork.getScale();"
        "return Math.max.apply(null, kgNodes.get().map(function (n) {"
        "  return n.font.size * scale; }));"
    )
    assert 12 < largest <= 20.01, "labels stop growing at the cap when zoomed in"
    browser.execute_script("kgNetwork.fit()")

    # Hiding a role takes its colour off the canvas and its nodes off the header's count.
    chip_colour = STYLE_BY_TYPE["Chip"].color
    chip_ink = colour_share(screenshot_of_stage(browser), chip_colour)
    browser.find_element("css selector", "input.kg-type-filter[value='Chip']").click()
    time.sleep(0.2)
    assert chip_ink > 0
    assert colour_share(screenshot_of_stage(browser), chip_colour) == 0
    chips = {node["id"] for node in nodes if node["kgRole"] == "Chip"}
    kept_edges = [edge for edge in edges if not {edge["from"], edge["to"]} & chips]
    assert header_counts(browser) == (
        f"{500 - len(chips)} of 500 nodes · {len(kept_edges)} of {len(edges)} edges shown"
    )
    browser.find_element("css selector", "input.kg-type-filter[value='Chip']").click()

    # Search by an alias and by a near-miss lands on the node and centres it.
    target = next(node for node in nodes if node["label"] == "Lab 7")
    assert submit_search(browser, "LAB7 Holdings") == "Showing Lab 7"
    assert submit_search(browser, "Lab 7 Holdngs") == (
        "No exact match for \u201cLab 7 Holdngs\u201d; showing Lab 7"
    )
    assert browser.execute_script("return kgNetwork.getSelectedNodes()") == [target["id"]]
    time.sleep(0.6)
    x, y, width, height = browser.execute_script(
        "var id = arguments[0];"
        "var point = kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id]);"
        "var box = document.getElementById('mynetwork').getBoundingClientRect();"
        "return [point.x, point.y, box.width, box.height];",
        target["id"],
    )
    assert abs(x - width / 2) < 30 and abs(y - height / 2) < 30


def test_details_panel_scrolls_inside_the_window(browser, tmp_path):
    graph = hub_graph(60, 400)
    path = tmp_path / "busy.html"
    write_html(graph, path)
    nodes, _ = page_data(path)
    busiest = max(nodes, key=lambda node: (node["kgInfo"].count("\n"), node["id"]))
    open_page(browser, path)
    text = hover_node(browser, busiest["id"])
    assert text.startswith(busiest["label"])
    top, bottom, scroll_height, client_height, overflow = browser.execute_script(
        "var panel = document.getElementById('kg-details');"
        "var box = panel.getBoundingClientRect();"
        "return [box.top, box.bottom, panel.scrollHeight, panel.clientHeight,"
        "        getComputedStyle(panel).overflowY];"
    )
    assert top >= 0 and bottom <= browser.execute_script("return window.innerHeight")
    assert scroll_height > client_height, "a long panel should need scrolling"
    assert overflow == "auto"
    browser.execute_script("document.getElementById('kg-details').scrollTop = 10000")
    assert browser.execute_script("return document.getElementById('kg-details').scrollTop") > 0


def test_edge_labels_show_for_the_selected_node_only(browser, page):
    nodes, edges = page_data(page)
    open_page(browser, page)
    assert (
        browser.execute_script(
            "return kgEdges.get().filter(function (e) { return e.label; }).length"
        )
        == 0
    )
    assert submit_search(browser, "TSMC") == "Showing TSMC"
    labelled = browser.execute_script(
        "return kgEdges.get().filter(function (e) { return e.label; })"
        ".map(function (e) { return [e.kgFact, e.label]; });"
    )
    assert labelled == [["fact:tsmc-h100", "manufactures_chip"]]
    browser.find_element("id", "kg-fit").click()
    assert (
        browser.execute_script(
            "return kgEdges.get().filter(function (e) { return e.label; }).length"
        )
        == 0
    )


def arrow_styles(figure) -> list[str]:
    from matplotlib.patches import FancyArrowPatch

    (axes,) = figure.axes
    return [
        "dashed" if patch.get_linestyle() in ("--", "dashed") else "solid"
        for patch in axes.patches
        if isinstance(patch, FancyArrowPatch)
    ]


def test_png_draws_deals_not_closed_dashed_as_the_page_does(graph, tmp_path):
    from kg.view import silicon_figure

    # Silicon arrows here: Anthropic→Trainium and Anthropic→TPU (announced), OpenAI→H100
    # (planned), and the three designers (reference facts).
    styles = arrow_styles(silicon_figure(graph))
    assert sorted(styles) == ["dashed"] + ["solid"] * 5
    graph.edges["anthropic", "trainium", "fact:anthropic-trainium"]["status"] = "in_talks"
    assert sorted(arrow_styles(silicon_figure(graph))) == ["dashed"] * 2 + ["solid"] * 4
    graph.add_edge(
        "anthropic", "trainium", key="fact:anthropic-trainium-2", fact_type="uses_chip",
        status="announced", registry=False, evidence=evidence("a", "t", "q"),
    )  # fmt: skip
    assert sorted(arrow_styles(silicon_figure(graph))) == ["dashed"] + ["solid"] * 5
    legend = silicon_figure(graph).axes[0].get_legend()
    labels = [text.get_text() for text in legend.get_texts()]
    assert "not closed: in talks, reported, planned" in labels


def test_png_colours_chip_users_by_their_role_on_the_page(graph):
    from matplotlib.colors import to_hex

    from kg.view import STYLE_BY_TYPE, node_roles, silicon_dependency_graph, silicon_figure

    figure = silicon_figure(graph)
    (axes,) = figure.axes
    (collection,) = axes.collections
    colours = {to_hex(colour) for colour in collection.get_facecolors()}
    roles = node_roles(graph)
    silicon = silicon_dependency_graph(graph)
    users = {s for s, _, kind in silicon.edges(data="kind") if kind != "designed_by"}
    assert {to_hex(STYLE_BY_TYPE[roles[user].main].color) for user in users} <= colours
    assert to_hex(STYLE_BY_TYPE["ChipDesigner"].color) in colours


def test_forty_node_page_names_every_node_at_the_first_view(browser, tmp_path):
    path = tmp_path / "forty.html"
    counts = write_html(hub_graph(40, 70), path)
    open_page(browser, path)
    assert counts["nodes"] == 40
    assert labelled_nodes(browser) == 40


def test_hovering_an_edge_shows_its_label_and_its_evidence(browser, page):
    from selenium.webdriver.common.action_chains import ActionChains

    open_page(browser, page)
    x, y = browser.execute_script(
        "var p = kgNetwork.getPositions(['openai', 'h100']);"
        "var a = kgNetwork.canvasToDOM(p.openai), b = kgNetwork.canvasToDOM(p.h100);"
        "var box = document.getElementById('mynetwork').getBoundingClientRect();"
        "return [Math.round(box.left + (a.x + b.x) / 2), Math.round(box.top + (a.y + b.y) / 2)];"
    )
    actions = ActionChains(browser)
    actions.w3c_actions.pointer_action.move_to_location(x + 30, y + 30)
    actions.w3c_actions.pointer_action.move_to_location(x, y)
    actions.perform()
    started = time.perf_counter()
    while time.perf_counter() - started < 5:
        label = browser.execute_script(
            "return kgEdges.get({filter: function (e) {"
            "  return e.kgFact === 'fact:openai-h100'; }})[0].label"
        )
        if label:
            break
        time.sleep(0.05)
    assert label == "uses_chip"
    details = browser.find_element("id", "kg-details-text").text
    assert "OpenAI plans to deploy H100 clusters." in details
    assert "status: planned" in details


def test_one_article_cannot_swell_the_page(tmp_path):
    """A long title and a long quote are clipped: what one article adds to the page is bounded."""
    from kg.view import MAX_QUOTE_CHARS, MAX_TITLE_CHARS, evidence_lines

    attrs = {"evidence": [{"title": "T" * 50_000, "quote": "q " * 50_000, "article": "a"}]}
    lines = evidence_lines(attrs, limit=3)
    assert len(lines[0]) <= MAX_QUOTE_CHARS + 2
    assert len(lines[1]) <= MAX_TITLE_CHARS + 20
    assert lines[0].endswith("\u2026\u201d")


@pytest.mark.parametrize("name", ["Alphabet", "AWS", "Amazon", "Anthropic"])
def test_focus_resolves_a_name_as_entity_does(seed_build, store, tmp_path, run_kg, name):
    from kg.questions import make_filters, resolve
    from kg.questions.projection import entity_table, organisation_of, projection
    from kg.questions.table import open_table
    from kg.view import resolve_nodes

    table = open_table(seed_build)
    graph = projection(table)
    entity = make_filters(table, entity=name).entities[0]  # what --entity NAME means
    assert entity == resolve(table, name) == resolve(store, name)
    # the library's default (the graph's own names), the fact table and the store agree
    nodes = resolve_nodes(graph, name)[0]
    assert resolve_nodes(graph, name, names=table)[0] == nodes
    assert resolve_nodes(graph, name, names=store)[0] == nodes
    # the entity itself, or for a division without facts of its own its organisation
    top = organisation_of(entity_table(table)).get(entity.id, entity.id)
    assert entity.id in nodes or top in nodes
    out = tmp_path / "focus.html"
    assert run_kg("viz", "--graph", seed_build, "--focus", name, "--out", out).code == 0
    assert set(nodes) <= {node["id"] for node in page_data(out)[0]}


def test_focus_on_alphabet_is_google(seed_build):
    from kg.questions import resolve
    from kg.questions.projection import projection
    from kg.questions.table import open_table
    from kg.view import resolve_nodes

    table = open_table(seed_build)
    assert resolve(table, "Alphabet").label == "Google"
    graph = projection(table)
    assert resolve_nodes(graph, "Alphabet") == resolve_nodes(graph, "Google")
