"""The build of the seed articles: shapes, golden answers, exact quotes, determinism, safety."""

from __future__ import annotations

import fcntl
import shutil
import signal
import subprocess
import time
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import ARTICLES, ONTOLOGY, contents, kg_command, kg_env, trig_text
from rdflib import RDF, BNode, Dataset, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV

import kg.pipeline
from kg.errors import KgError
from kg.load import load_article
from kg.pipeline import build
from kg.questions import ask, facts
from kg.rdf import AIK, OA, ONTOLOGY_GRAPH
from kg.store import open_store, select, trig_files
from kg.validate import validate_build

RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
ARTICLE_3B = "001_6292011fe963481c"
ARTICLE_30B = "003_3cdf6ac4bee65db7"

BAD_INVESTMENT = """
<https://w3id.org/ai-infra-kg/graph/article/forged> {
    <https://w3id.org/ai-infra-kg/fact/forged/1> a aik:Investment ;
        aik:investor <https://w3id.org/ai-infra-kg/id/microsoft> ;
        aik:investee <https://w3id.org/ai-infra-kg/id/anthropic> ;
        aik:status aik:announced ;
        prov:wasDerivedFrom <https://w3id.org/ai-infra-kg/article/001_6292011fe963481c> ;
        aik:amountUSD -5000000000.0 .
}
"""


# ---------------------------------------------------------------- helpers


def read_trig(build_dir: Path) -> Dataset:
    """graph.trig as an rdflib Dataset whose triple methods see every named graph."""
    data = Dataset(default_union=True)
    data.parse(data=trig_text(build_dir), format="trig")
    return data


def rows_where(rows: list[dict], **fields) -> list[dict]:
    return [r for r in rows if all(r.get(k) == v for k, v in fields.items())]


def sources_of(rows: list[dict]) -> set[str]:
    return {source for row in rows for source in row["sources"]}


def silicon_answer(build_dir: Path) -> list[dict]:
    store = open_store(build_dir)
    try:
        return ask(store, "silicon")
    finally:
        del store


def fewer_articles(folder: Path, drop: str) -> Path:
    """A copy of the seed articles without one of them."""
    target = folder / "articles"
    target.mkdir()
    for path in ARTICLES.iterdir():
        if not path.name.startswith(drop):
            shutil.copy(path, target / path.name)
    return target


def write_bad_registry(folder: Path) -> Path:
    path = folder / "entities.yaml"
    path.write_text(
        "entities:\n  - id: anthropic\n    name: Anthropic\n    types: [Spaceship]\n",
        encoding="utf-8",
    )
    return path


def rdflib_quads(build: Path) -> list[tuple]:
    data = Dataset()
    data.parse(data=trig_text(build), format="trig")
    return [tuple(rdflib_term(t) for t in (s, p, o, g)) for s, p, o, g in data.quads((None,) * 4)]


def rdflib_term(term) -> object:
    if isinstance(term, Graph):
        term = term.identifier
    if isinstance(term, BNode):
        return "_:"
    if isinstance(term, Literal):
        datatype = RDF_LANG_STRING if term.language else str(term.datatype or XSD_STRING)
        return ("literal", str(term), datatype, term.language or "")
    return str(term)


def oxigraph_quads(build: Path) -> list[tuple]:
    return [
        tuple(oxigraph_term(t) for t in (q.subject, q.predicate, q.object, q.graph_name))
        for q in ox.parse(trig_text(build).encode("utf-8"), format=ox.RdfFormat.TRIG)
    ]


def oxigraph_term(term) -> object:
    if isinstance(term, ox.BlankNode):
        return "_:"
    if isinstance(term, ox.Literal):
        return ("literal", term.value, term.datatype.value, term.language or "")
    if isinstance(term, ox.DefaultGraph):
        return "default graph"
    return term.value


# ---------------------------------------------------------------- shapes


def test_seed_build_conforms_to_the_shapes(seed_build, run_kg):
    conforms, report = validate_build(seed_build)
    assert conforms, report
    result = run_kg("validate", "--graph", seed_build)
    assert result.code == 0, result.err
    assert "conforms" in result.out


def test_a_graph_that_breaks_the_shapes_is_reported(build_copy, run_kg):
    with open(trig_files(build_copy)[-1], "a", encoding="utf-8") as trig:
        trig.write(BAD_INVESTMENT)
    conforms, report = validate_build(build_copy)
    assert not conforms
    assert "fact/forged/1" in report, "the report names the offending fact"
    assert "evidence quote" in report, "the report says the evidence is missing"
    assert "non-negative" in report, "the report says the amount is negative"
    result = run_kg("validate", "--graph", build_copy)
    assert result.code == 1
    assert "fact/forged/1" in result.out


def test_validating_a_folder_without_a_build_is_a_clear_error(tmp_path, run_kg):
    result = run_kg("validate", "--graph", tmp_path)
    assert result.code == 2
    assert str(tmp_path) in result.err and "kg build" in result.err


# ---------------------------------------------------------------- golden answers


def test_anthropic_depends_on_tpu_trainium_and_nvidia_gpus(store):
    chips = {r["chip"] for r in rows_where(ask(store, "silicon"), lab="Anthropic")}
    assert {"TPU", "Trainium", "Nvidia GPUs"} <= chips


def test_microsoft_designs_maia_200(store):
    assert rows_where(facts(store), type="designs_chip", subject="Microsoft", object="Maia 200")


def test_tsmc_manufactures_maia_200_on_3nm(store):
    made = rows_where(facts(store), type="manufactures_chip", subject="TSMC", object="Maia 200")
    assert made
    assert {r["process_node"] for r in made} == {"3nm"}


def test_microsoft_invests_5_billion_in_anthropic(store):
    stakes = rows_where(ask(store, "investments"), investor="Microsoft", investee="Anthropic")
    assert 5e9 in {r["amount_usd"] for r in stakes}


def test_both_anthropic_azure_commitments_keep_their_own_source(store):
    deals = rows_where(ask(store, "commitments"), buyer="Anthropic", provider="Microsoft")
    three = rows_where(deals, amount_usd=3e9)
    thirty = rows_where(deals, amount_usd=30e9)
    assert three, "the $3B commitment is missing"
    assert thirty, "the $30B commitment is missing"
    assert sources_of(three) == {ARTICLE_3B}
    assert sources_of(thirty) == {ARTICLE_30B}


def test_conflicts_show_both_anthropic_microsoft_amounts(store):
    conflicts = rows_where(
        ask(store, "conflicts"),
        type="compute_commitment",
        subject="Anthropic",
        object="Microsoft",
        field="amount_usd",
    )
    assert len(conflicts) == 1
    versions = {v["value"]: v for v in conflicts[0]["versions"]}
    assert {3e9, 30e9} <= set(versions)
    assert ARTICLE_3B in versions[3e9]["sources"]
    assert ARTICLE_30B in versions[30e9]["sources"]
    assert all(v["quotes"] for v in versions.values()), "every version shows its quote"


# ---------------------------------------------------------------- evidence


def test_every_quote_is_the_article_body_at_its_offsets(seed_build):
    data = read_trig(seed_build)
    bodies = {}
    checked = 0
    for node in set(data.subjects(RDF.type, AIK.Evidence)):
        article = data.value(node, PROV.wasDerivedFrom)
        article_id = str(data.value(article, DCTERMS.identifier))
        if article_id not in bodies:
            source = str(data.value(article, AIK.sourceFile))
            bodies[article_id] = load_article(ARTICLES / source).body
        start, end = int(data.value(node, OA.start)), int(data.value(node, OA.end))
        quote = str(data.value(node, OA.exact))
        assert bodies[article_id][start:end] == quote, f"{node}: quote is not at {start}-{end}"
        checked += 1
    assert checked >= 20
    assert len(bodies) == 5, "every seed article contributes evidence"


# ---------------------------------------------------------------- the TriG file


def test_two_builds_are_byte_identical(tmp_path, monkeypatch):
    outputs = []
    for name in ("first", "second"):
        place = tmp_path / name
        place.mkdir()
        monkeypatch.chdir(place)
        build(ARTICLES, Path("build"), html=False)
        outputs.append(place / "build")
    first, second = outputs
    for name in (kg.pipeline.TRIG, kg.pipeline.SUMMARY):
        assert contents(first / name) == contents(second / name), f"{name} differs"


def test_an_articles_block_written_from_its_records_is_the_block_of_its_terms():
    """The build writes each article's TriG straight from its facts (``article_block``): the
    same text as its rdflib terms written by ``trig_block``, for the seeds (curated, too) and
    a fact and a discovered entity with every field."""
    import datetime as dt

    from kg import rdf
    from kg.curation import apply_curation
    from kg.extract import Extractor
    from kg.models import Entity, Evidence, Fact
    from kg.registry import load_registry

    registry = load_registry()
    extractor = Extractor(registry)
    cases = []
    for path in sorted(ARTICLES.glob("*.txt")):
        article = load_article(path)
        found, discovered = extractor.extract_with_entities(article)
        curated = apply_curation(found, article, ARTICLES.parent / "curation", registry)
        cases.append((article, curated, discovered))
    article = cases[0][0]
    every_field = Fact(
        type="compute_commitment", subject="anthropic", object="microsoft", status="in_talks",
        amount_usd=3e10, capacity_gw=1.25, duration_years=0.5, chip="maia-200",
        purpose="training", process_node="3nm", event_date=dt.date(2026, 1, 31),
        confidence=0.875, method="curation", curated=True, subject_as_named="claude",
        object_as_named="azure",
        evidence=[Evidence(article_id=article.id, quote='"q"\u2028\\', start=3, end=9),
                  Evidence(article_id=article.id, quote="another", start=0, end=7)],
    )  # fmt: skip
    entity = Entity(
        id="new-lab", name="New Lab", types=["Lab", "Investor"], aliases=["NL"],
        parent="microsoft", wikidata="Q42", designer="nvidia", co_designers=["broadcom"],
        foundry="tsmc", process_node="3nm", purpose="inference", owner="microsoft",
        discovered=True,
    )  # fmt: skip
    cases.append((article, [every_field], [entity]))
    assert any(curated for _, curated, _ in cases[:-1] if any(f.curated for f in curated))
    for article, found, discovered in cases:
        block = rdf.trig_block(rdf.article_triples(article, found, discovered))
        identifier = str(rdf.article_graph_iri(article.id))
        assert rdf.article_block(article, found, discovered) == (identifier, block)


def test_rdflib_and_oxigraph_read_the_same_quads(seed_build):
    ours, theirs = rdflib_quads(seed_build), oxigraph_quads(seed_build)
    assert len(ours) == len(theirs)
    assert set(ours) == set(theirs)
    assert len(ours) > 1000


def test_the_ontology_graph_in_the_trig_is_the_ontology_file(seed_build):
    published = read_trig(seed_build).graph(ONTOLOGY_GRAPH)
    source = Graph().parse(ONTOLOGY, format="turtle")
    assert len(published) == len(source)
    assert isomorphic(published, source)


def test_the_store_holds_the_facts_and_amounts_of_the_trig(seed_build, store):
    data = read_trig(seed_build)
    in_trig = {str(f): Decimal(str(a)) for f, a in data.subject_objects(AIK.amountUSD)}
    stored = select(store, f"SELECT ?f ?a WHERE {{ ?f <{AIK.amountUSD}> ?a }}")
    assert in_trig == {r["f"]: Decimal(str(r["a"])) for r in stored}
    facts_in_trig = {str(f) for f in data.subjects(AIK.status, None)}
    facts_in_store = select(store, f"SELECT DISTINCT ?f WHERE {{ ?f <{AIK.status}> ?s }}")
    assert facts_in_trig == {r["f"] for r in facts_in_store}


# ---------------------------------------------------------------- failures leave the last build


def test_a_build_with_an_invalid_registry_leaves_the_previous_build(build_copy, tmp_path):
    before = contents(build_copy / kg.pipeline.TRIG)
    answer = silicon_answer(build_copy)
    with pytest.raises(KgError, match="Spaceship|types"):
        build(ARTICLES, build_copy, registry_file=write_bad_registry(tmp_path), html=False)
    assert contents(build_copy / kg.pipeline.TRIG) == before
    assert silicon_answer(build_copy) == answer


def test_a_build_failing_while_writing_leaves_the_previous_build(build_copy, tmp_path, monkeypatch):
    before = contents(build_copy / kg.pipeline.TRIG)
    answer = silicon_answer(build_copy)
    fewer = fewer_articles(tmp_path, drop=ARTICLE_30B)

    def broken_view(*args, **kwargs) -> None:
        raise KgError("the page could not be written")

    monkeypatch.setattr(kg.pipeline, "_write_html", broken_view)
    with pytest.raises(KgError, match="page could not be written"):
        build(fewer, build_copy, html=True)
    assert contents(build_copy / kg.pipeline.TRIG) == before
    assert silicon_answer(build_copy) == answer
    assert not list(build_copy.glob(".staging-*")), "the failed build left its staging folder"
    monkeypatch.undo()
    build(fewer, build_copy, html=False)
    assert ARTICLE_30B not in sources_of(silicon_answer(build_copy)), "the next build works"


def kill_build(out: Path, when: float | str) -> None:
    """Start `kg build` into ``out`` and SIGKILL it after ``when`` seconds, or as soon as it
    starts writing (``when == "writing"``: its staging folder appears)."""
    left_before = set(out.glob(".staging-*"))
    process = subprocess.Popen(
        kg_command("build", "--articles", ARTICLES, "--out", out, "--quiet"),
        env=kg_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        if when == "writing":
            deadline = time.monotonic() + 60
            while process.poll() is None and time.monotonic() < deadline:
                if set(out.glob(".staging-*")) - left_before:
                    break
                time.sleep(0.002)
        else:
            time.sleep(when)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)


@pytest.mark.parametrize("when", [0.5, 1.5, "writing"])
def test_a_killed_build_leaves_the_previous_build(build_copy, when):
    before = contents(build_copy / kg.pipeline.TRIG)
    answer = silicon_answer(build_copy)
    kill_build(build_copy, when)
    assert contents(build_copy / kg.pipeline.TRIG) == before
    assert silicon_answer(build_copy) == answer
    build(ARTICLES, build_copy, html=False)
    assert contents(build_copy / kg.pipeline.TRIG) == before, "the next build works"
    assert not list(build_copy.glob(".staging-*")), "the next build clears what was left"


def test_a_second_build_at_once_is_refused(build_copy):
    before = contents(build_copy / kg.pipeline.TRIG)
    with open(build_copy / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(KgError, match="another build") as refused:
            build(ARTICLES, build_copy, html=False)
    assert str(build_copy) in str(refused.value)
    assert contents(build_copy / kg.pipeline.TRIG) == before


def test_articles_extracted_on_several_processes_give_the_same_build(tmp_path, monkeypatch):
    """Many articles spread over worker processes; the build is byte-identical to one made in
    a single process, and an article that fails in a worker is still a one-line warning."""
    import kg.pipeline

    folder = tmp_path / "articles"
    folder.mkdir()
    for n, path in enumerate(sorted(ARTICLES.glob("*.txt")) * 3):
        (folder / f"copy{n:02d}.txt").write_bytes(path.read_bytes())
    (folder / "zbad.txt").write_bytes(b"OpenAI uses\x00 TPUs.\n")
    (folder / "zundated.txt").write_bytes(b"---\npublished: 2026-02-30\n---\nOpenAI uses TPUs.\n")
    builds = {}
    for mode, threshold in (("one", 10**9), ("many", 2)):
        monkeypatch.setattr(kg.pipeline, "PARALLEL_FROM", threshold)
        notes: list[str] = []
        summary = build(folder, tmp_path / mode, html=False, warn=notes.append)
        assert summary.extracted == 16  # the undated article too
        assert len(notes) == 2 and "zbad.txt" in notes[0] and "binary" in notes[0]
        assert "zundated.txt" in notes[1] and "read without a date" in notes[1]
        builds[mode] = contents(tmp_path / mode / kg.pipeline.TRIG)
    assert builds["one"] == builds["many"]
