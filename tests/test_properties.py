"""Properties of the extractor on arbitrary text: it never fails and every quote is exact."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import lru_cache

import pytest
from conftest import REPO, kg_env
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.extract import Extractor
from kg.extract.markup import quote_at
from kg.models import FACT_TYPES, STATUSES, Article
from kg.registry import Registry, load_registry

HASH = "0" * 64
GLUE = [
    "invested $5 billion in", "uses", "signed a deal with", "will spend $30 billion on",
    "is in talks to rent", "designs", "manufactures", "runs its models on", "bought", "and",
    "committed to buy 1 GW of compute from", "for inference", "for training", "over five years",
    "it", "the company", "the chip", "reportedly", "plans to", "announced", "according to",
    "3nm", "$", "billion", "million", "GW", "percent", "'s", "—", "“", "”", "(", ")",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", ". ", ", ", "\n", "\n\n", "\t", "  ", "; ", "! ", "? "]
EXAMPLES = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
BIG_BOUND_SECONDS = 90
PUNCTUATION_BOUND_SECONDS = 10
SENTENCES = [
    "Microsoft invested $5 billion in Anthropic.",
    "Anthropic uses Google TPUs for training.",
    "Anthropic committed to buy $30 billion of Azure compute capacity.",
    "TSMC manufactures Maia 200 on its 3nm process.",
    "Nothing else happened that day, analysts said.",
]
# Runs in a child process so that a pathological slowdown ends the test, not the suite.
EXTRACT_FILE_SCRIPT = """
import json, sys
from pathlib import Path
from kg.extract import Extractor
from kg.extract.markup import quote_at, reading_text
from kg.models import Article
from kg.registry import load_registry

body = Path(sys.argv[1]).read_text(encoding="utf-8")
reading = reading_text(body)
article = Article(id="big", path=sys.argv[1], body=body, content_hash="0" * 64)
facts = Extractor(load_registry()).extract(article)
spans = [(e.start, e.end, e.quote) for f in facts for e in f.evidence]
bad = [(a, b) for a, b, quote in spans if quote_at(body, a, b, reading) != quote]
print(json.dumps({"chars": len(body), "types": sorted({f.type for f in facts}), "bad": bad[:5]}))
"""


@lru_cache(maxsize=1)
def registry() -> Registry:
    return load_registry()


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor(registry())


def registry_names() -> list[str]:
    return sorted({name for name, _ in registry().names()})


def numbers() -> st.SearchStrategy[str]:
    amount = st.one_of(
        st.integers(min_value=0, max_value=10**13).map(str),
        st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda x: f"{x:.2f}"),
        st.integers(min_value=-1000, max_value=1000).map(lambda n: f"{n:,}"),
    )
    unit = st.sampled_from(["", " billion", " million", " trillion", "bn", " GW", " MW", "%"])
    return st.tuples(st.sampled_from(["", "$", "US$", "€"]), amount, unit).map("".join)


def clauses() -> st.SearchStrategy[str]:
    """'<name> <deal words> [<number>] <name>': the shape the extractor looks for."""
    name = st.sampled_from(registry_names())
    return st.tuples(name, st.sampled_from(GLUE), st.one_of(st.just(""), numbers()), name).map(
        " ".join
    )


def words() -> st.SearchStrategy[str]:
    return st.one_of(
        clauses(),
        clauses(),
        st.sampled_from(registry_names()),
        st.sampled_from(registry_names()).map(str.upper),
        st.sampled_from(registry_names()).map(str.lower),
        st.sampled_from(GLUE),
        numbers(),
        st.text(max_size=12),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=6),
    )


@st.composite
def bodies(draw) -> str:
    """Text made of registry names, deal words, numbers and noise, with any spacing."""
    pieces = draw(st.lists(st.tuples(words(), st.sampled_from(SEPARATORS)), max_size=60))
    return "".join(word + separator for word, separator in pieces)


def article(body: str) -> Article:
    return Article(id="prop", path="prop.txt", body=body, content_hash=HASH)


def extract_all(body: str):
    """The facts and the discovered entities (if this extractor discovers any)."""
    ex = extractor()
    if hasattr(ex, "extract_with_entities"):
        return ex.extract_with_entities(article(body))
    return ex.extract(article(body)), []


def check_facts(body: str, facts, discovered) -> None:
    known = {e.id for e in registry()} | {e.id for e in discovered}
    for fact in facts:
        assert fact.type in FACT_TYPES
        assert fact.status in STATUSES
        assert fact.subject in known and fact.object in known, (fact.subject, fact.object)
        assert fact.chip is None or fact.chip in known
        for amount in (fact.amount_usd, fact.capacity_gw, fact.duration_years):
            assert amount is None or amount >= 0
        assert fact.evidence
        for evidence in fact.evidence:
            assert 0 <= evidence.start < evidence.end <= len(body)
            assert quote_at(body, evidence.start, evidence.end) == evidence.quote


# ---------------------------------------------------------------- properties


@EXAMPLES
@given(bodies())
def test_extraction_of_deal_like_text_never_fails_and_quotes_exactly(body):
    facts = extractor().extract(article(body))
    check_facts(body, facts, extract_all(body)[1])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
@example("STAKEHOLDER")  # a role noun opening the text: no possessive before it
@example("SHAREHOLDERS")  # a plural role noun opening the text: no "as" before it
def test_extraction_of_any_text_never_fails(body):
    facts, discovered = extract_all(body)
    check_facts(body, facts, discovered)


@pytest.mark.parametrize(
    "body",
    [
        "",
        "\n\n\n",
        "Microsoft",
        "$5 billion",
        "Microsoft invested $5 billion in Anthropic.",
        "Microsoft invested $-5 billion in Anthropic.",
        "Microsoft invested $5 billion in Anthropic" + "!" * 300,
        "ANTHROPIC USES GOOGLE TPUS.\r\nanthropic uses trainium.\u2028Nvidia\u00a0GPUs",
        "🤖 Anthropic 🤝 Microsoft: $30 billion 💸 for Azure compute.",
    ],
)
def test_extraction_of_awkward_text(body):
    facts, discovered = extract_all(body)
    check_facts(body, facts, discovered)


def test_a_deal_sentence_gives_a_fact_with_its_quote():
    body = "Microsoft invested $5 billion in Anthropic.\n"
    facts, _ = extract_all(body)
    stakes = [f for f in facts if f.type == "invests_in"]
    assert [(f.subject, f.object, f.amount_usd) for f in stakes] == [
        ("microsoft", "anthropic", 5e9)
    ]
    assert stakes[0].evidence[0].quote == body.strip()


def repeated(sentences: list[str], chars: int, joiner: str) -> str:
    """Sentences repeated (round robin) until the text is ``chars`` long."""
    parts, size = [], 0
    while size < chars:
        parts.append(sentences[len(parts) % len(sentences)])
        size += len(parts[-1]) + len(joiner)
    return joiner.join(parts)


def extract_in_child(path, bound: float) -> dict:
    """Extract the article at ``path`` in a child process; fail if it takes over ``bound`` s."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", EXTRACT_FILE_SCRIPT, str(path)],
            cwd=REPO,
            env=kg_env(),
            capture_output=True,
            text=True,
            timeout=bound,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"extracting {path.name} did not finish within {bound} s")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_huge_article_finishes_with_exact_quotes(tmp_path):
    path = tmp_path / "huge.txt"
    paragraphs = repeated([" ".join(SENTENCES)], 1_000_000, "\n")
    enormous_line = repeated(SENTENCES, 1_000_000, " ")
    path.write_text(paragraphs + "\n" + enormous_line + "\n", encoding="utf-8")
    report = extract_in_child(path, BIG_BOUND_SECONDS)
    assert report["chars"] >= 2_000_000
    assert report["bad"] == []
    assert {"invests_in", "uses_chip", "manufactures_chip"} <= set(report["types"])


def test_a_long_run_of_punctuation_does_not_stall_extraction(tmp_path):
    # spaCy's suffix search is quadratic on a run like "!!!!…"; 12 KB once took ~20 s.
    path = tmp_path / "shouting.txt"
    path.write_text(SENTENCES[0] + " Wow" + "!" * 12_000 + "\n" + SENTENCES[1] + "\n")
    report = extract_in_child(path, PUNCTUATION_BOUND_SECONDS)
    assert report["bad"] == []
    assert {"invests_in", "uses_chip"} <= set(report["types"])


def test_a_deal_restated_sentence_after_sentence_stays_linear(tmp_path):
    # Each "the deal" sentence once rescanned every earlier statement: 3 MB did not finish in
    # 300 s. Linear, 1.5 MB takes a few seconds; quadratic, it would take many minutes.
    path = tmp_path / "restated.txt"
    opening = "OpenAI signed a $10 billion deal to rent compute from CoreWeave. "
    restated = repeated(["The deal was reportedly signed."], 1_500_000, " ")
    path.write_text(opening + restated + "\n", encoding="utf-8")
    report = extract_in_child(path, BIG_BOUND_SECONDS)
    assert report["bad"] == []
    assert report["types"] == ["compute_commitment"]


def test_a_new_name_in_every_sentence_stays_linear(tmp_path):
    # Every discovered name was once copied into a new registry per sentence.
    path = tmp_path / "startups.txt"
    letters = "bcdfghjklmnprstvz"
    sentences = [
        f"AI startup Q{letters[i % 17]}{letters[i // 17 % 17]}{letters[i // 289 % 17]}"
        f"{letters[i // 4913 % 17]}a raised $5 million from Sequoia."
        for i in range(12_000)
    ]
    path.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    report = extract_in_child(path, BIG_BOUND_SECONDS)
    assert report["bad"] == []
    assert report["types"] == ["invests_in"]


# ---------------------------------------------------------------- what the build writes


def _quads_from_rdflib(text: str, fmt: str) -> set[tuple]:
    from rdflib import Dataset, Literal

    data = Dataset()
    data.parse(data=text, format=fmt)
    found = set()
    for s, p, o, g in data.quads((None, None, None, None)):
        value = (
            (str(o), str(o.datatype or ""), o.language or "") if isinstance(o, Literal) else str(o)
        )
        found.add((str(s), str(p), value, str(g.identifier if hasattr(g, "identifier") else g)))
    return found


def _quads_from_oxigraph(text: str, fmt) -> set[tuple]:
    import pyoxigraph as ox

    found = set()
    for quad in ox.parse(text.encode("utf-8"), fmt):
        o = quad.object
        if isinstance(o, ox.Literal):
            datatype = "" if o.datatype.value.endswith("#string") else o.datatype.value
            value = (o.value, datatype if not o.language else "", o.language or "")
        else:
            value = o.value
        found.add((quad.subject.value, quad.predicate.value, value, quad.graph_name.value))
    return found


def _quads_of(graph) -> set[tuple]:
    from rdflib import Literal

    found = set()
    for s, p, o in graph:
        if isinstance(o, Literal):
            value = (str(o), str(o.datatype or ""), o.language or "")
        else:
            value = str(o)
        found.add((str(s), str(p), value, str(graph.identifier)))
    return found


# Every character class that broke graph.trig (issue 12 item 6), mixed with ordinary text.
AWKWARD = (
    "\u2028\u2029\u0085\u000b\u000c\u001c\u001d\u001e\u001f\u0001\u007f\u009f"
    "\ufeff\ufffe\uffff\"'\\\n\r\t <>{}@#.;,^_:"
)
ARTICLE_TEXT = st.text(
    alphabet=st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(AWKWARD)),
    min_size=1,
    max_size=60,
)


@given(title=ARTICLE_TEXT, quote=ARTICLE_TEXT, name=ARTICLE_TEXT, file_name=ARTICLE_TEXT)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_article_text_gives_trig_and_nquads_that_rdflib_and_oxigraph_read_back(
    title, quote, name, file_name
):
    import pyoxigraph as ox

    from kg import rdf
    from kg.models import Entity, Evidence, Fact

    article = Article(
        id="x", path=f"articles/{file_name}", body=quote, content_hash=HASH, title=title,
        publisher=title, url=quote,
    )  # fmt: skip
    fact = Fact(
        type="invests_in", subject="microsoft", object="anthropic", status="announced",
        evidence=[Evidence(article_id="x", quote=quote, start=0, end=len(quote))],
    )  # fmt: skip
    discovered = Entity(id="found-one", name=name, types=["Lab"], discovered=True)
    graph = rdf.article_graph(article, [fact], [discovered])
    expected = _quads_of(graph)
    trig = rdf.to_trig([graph])
    block = rdf.trig_block(rdf.article_triples(article, [fact], [discovered]))
    assert rdf.article_block(article, [fact], [discovered]) == (str(graph.identifier), block)
    nquads = rdf.to_nquads([graph])
    assert _quads_from_rdflib(trig, "trig") == expected
    assert _quads_from_oxigraph(trig, ox.RdfFormat.TRIG) == expected
    assert _quads_from_rdflib(nquads, "nquads") == expected
    assert _quads_from_oxigraph(nquads, ox.RdfFormat.N_QUADS) == expected
    for line in trig.splitlines() + nquads.splitlines():
        assert line == line.strip("\u2028\u2029\u0085\x0b\x0c\x1c\x1d\x1e"), "one statement a line"


def test_a_build_of_awkward_text_is_read_back_by_export_and_validate(tmp_path, run_kg):
    folder = tmp_path / "articles"
    folder.mkdir()
    sentence = f"Microsoft invested $5 billion in Anthropic, {AWKWARD} it said."
    (folder / "odd.txt").write_text(
        f'---\ntitle: "Line\\u2028sep\\u0085next\\x0bvt\\x0cff\\x1cfs"\n---\n{sentence}\n',
        encoding="utf-8",
    )
    assert run_kg("build", "--articles", folder, "--out", tmp_path / "out", "--no-html").code == 0
    exported = run_kg("export", "--graph", tmp_path / "out", "--format", "nq")
    assert exported.code == 0, exported.err
    assert "\u2028" in exported.out or "\\u2028" in exported.out
    checked = run_kg("validate", "--graph", tmp_path / "out")
    assert checked.code == 0, checked.err
