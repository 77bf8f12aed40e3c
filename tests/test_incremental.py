"""Incremental builds: one changed article replaces only its named graph, and the result is the
build that a fresh run would make; readers and killed builds never see half of one."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ARTICLES, REGISTRY, contents, kg_env

from kg.errors import KgError
from kg.pipeline import SUMMARY, TRIG, build
from kg.questions import ask
from kg.rdf import article_graph_iri
from kg.store import STORE_DIR, open_store, select, trig_files

NEW_ARTICLE = "Nvidia said OpenAI will use its Blackwell GPUs for training new models.\n"
ARTICLE_COUNT = (
    "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/ai-infra-kg/ontology#Article> }"
)


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder, ignore=shutil.ignore_patterns("*.json"))
    return folder


def quads(build_dir: Path) -> set[str]:
    """The store's quads as text; blank nodes (the ontology's lists) left out."""
    return {str(q) for q in open_store(build_dir) if "_:" not in str(q)}


def current_version(build_dir: Path) -> str:
    return os.readlink(build_dir / STORE_DIR)


def change(articles: Path) -> tuple[str, str]:
    """Edit one article, add one, remove one; the ids of the edited and the removed."""
    first, _, third, *_ = sorted(articles.glob("*.txt"))
    first.write_text(first.read_text() + "\nGoogle invests $2 billion in Anthropic.\n")
    (articles / "new_article.txt").write_text(NEW_ARTICLE)
    third.unlink()
    return first.stem, third.stem


def test_an_incremental_build_is_the_build_a_fresh_run_makes(articles, tmp_path):
    out = tmp_path / "build"
    build(articles, out, html=False)
    edited, removed = change(articles)
    summary = build(articles, out, html=False)
    assert not summary.full_rebuild
    assert summary.extracted == 2, "only the new and the edited article are extracted"
    assert (summary.replaced_graphs, summary.removed_graphs) == (2, 1)
    fresh = tmp_path / "fresh"
    build(articles, fresh, html=False)
    assert contents(out / TRIG) == contents(fresh / TRIG)
    assert (out / SUMMARY).read_text().replace(str(out), "") == (fresh / SUMMARY).read_text(
    ).replace(str(fresh), "")  # fmt: skip
    assert quads(out) == quads(fresh)
    graphs = {g.value for g in open_store(out).named_graphs()}
    assert str(article_graph_iri(removed)) not in graphs
    assert str(article_graph_iri("new_article")) in graphs


def test_a_removed_articles_facts_disappear_with_it(articles, tmp_path):
    out = tmp_path / "build"
    build(articles, out, html=False)
    sources = {s for row in ask(open_store(out), "facts") for s in row["sources"]}
    gone = sorted(sources)[0]
    (articles / f"{gone}.txt").unlink()
    build(articles, out, html=False)
    store = open_store(out)
    assert gone not in {s for row in ask(store, "facts") for s in row["sources"]}
    left = select(store, f"SELECT ?p WHERE {{ <{article_graph_iri(gone)}> ?p ?o }} LIMIT 1")
    assert not left
    assert gone not in json.dumps(ask(store, "silicon"))


def test_an_unchanged_build_keeps_the_store_and_extracts_nothing(articles, tmp_path):
    out = tmp_path / "build"
    build(articles, out, html=False)
    version, trig = current_version(out), contents(out / TRIG)
    summary = build(articles, out, html=False)
    assert (summary.extracted, summary.replaced_graphs, summary.full_rebuild) == (0, 0, False)
    assert current_version(out) == version
    assert contents(out / TRIG) == trig


def test_a_curation_file_rebuilds_only_its_article(articles, tmp_path):
    out, curation = tmp_path / "build", tmp_path / "curation"
    curation.mkdir()
    build(articles, out, curation=curation, html=False)
    target = sorted(articles.glob("*.txt"))[1].stem
    (curation / f"{target}.yaml").write_text(
        "reject:\n  - type: uses_chip\n    subject: Anthropic\n    object: Maia 200\n"
    )
    summary = build(articles, out, curation=curation, html=False)
    assert (summary.extracted, summary.full_rebuild) == (1, False)


def test_a_registry_change_rebuilds_everything(articles, tmp_path):
    out = tmp_path / "build"
    build(articles, out, html=False)
    registry = tmp_path / "entities.yaml"
    registry.write_text(REGISTRY.read_text() + "\n# a comment changes the registry's bytes\n")
    summary = build(articles, out, registry_file=registry, html=False)
    assert summary.full_rebuild and summary.extracted == 5


def test_a_build_can_wait_for_the_one_running(articles, tmp_path):
    out = tmp_path / "build"
    out.mkdir()
    lock = open(out / ".build.lock", "w")  # noqa: SIM115 (released by the thread)
    fcntl.flock(lock, fcntl.LOCK_EX)
    releaser = threading.Timer(1.0, lock.close)
    releaser.start()
    started = time.monotonic()
    with pytest.raises(KgError, match="another build is writing here"):
        build(articles, out, html=False)
    build(articles, out, html=False, wait=True)
    assert time.monotonic() - started >= 0.9
    assert trig_files(out)


def test_readers_see_the_old_graph_or_the_new_one_never_half(articles, tmp_path):
    """A reader process counts articles in a loop while builds switch between 5 and 105."""
    out = tmp_path / "build"
    build(articles, out, html=False)
    more = tmp_path / "more"
    shutil.copytree(articles, more)
    for number in range(100):
        (more / f"extra_{number:03}.txt").write_text(f"Story {number}. {NEW_ARTICLE}")
    build(more, out, html=False)  # extract the extra articles once; later builds reuse them
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(out)],
        env=kg_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        for folder in (articles, more) * 3:
            build(folder, out, html=False)
    finally:
        time.sleep(0.2)
        reader.terminate()
        seen = reader.communicate(timeout=30)[0].split()
    assert len(seen) > 10, "the reader read during the builds"
    assert set(seen) <= {"5", "105"}, f"a reader saw half a build: {sorted(set(seen))}"


READER = f"""
import sys
from pathlib import Path
from kg.store import open_store, select
while True:
    rows = select(open_store(Path(sys.argv[1])), {ARTICLE_COUNT!r})
    print(rows[0]["n"], flush=True)
"""


@pytest.mark.parametrize(
    "stage, when",
    [
        ("write_store", "after"),
        ("replace_graphs", "after"),
        ("publish_version", "before"),
        ("publish_version", "after"),
        ("_publish_files", "before"),
    ],
)
def test_a_build_killed_midway_leaves_a_whole_store(articles, tmp_path, stage, when):
    """Killed (as by SIGKILL: no cleanup) at each step, a build leaves the previous store or,
    once the new one is published, the new one; never a mix, and never the previous build's
    files beside the new store. The next build puts all right."""
    out = tmp_path / "build"
    build(articles, out, html=False)
    before = (ask(open_store(out), "facts"), contents(out / TRIG))
    change(articles)
    fresh = tmp_path / "fresh"
    build(articles, fresh, html=False)
    registry = tmp_path / "entities.yaml"
    registry.write_text(REGISTRY.read_text() + "\n# forces a full build\n")
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_BUILD, str(articles), str(out), stage, when, str(registry)],
        env=kg_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == 9, killed.stderr
    if stage in ("publish_version", "_publish_files"):
        # The previous files are removed just before the store's swap (issue 12 item 11):
        # a kill from then on leaves no stale graph.trig beside a new store.
        assert not (out / TRIG).exists()
    else:
        assert contents(out / TRIG) == before[1]
    answer = ask(open_store(out), "facts")
    if (stage, when) in {("publish_version", "after"), ("_publish_files", "before")}:
        assert answer == ask(open_store(fresh), "facts"), "the new store, whole"
    else:
        assert answer == before[0], "the previous store, whole"
    build(articles, out, html=False)
    assert contents(out / TRIG) == contents(fresh / TRIG)
    assert quads(out) == quads(fresh)
    assert not list(out.glob(".staging-*"))
    assert len(list((out / ".versions").iterdir())) <= 2


KILLED_BUILD = """
import os, sys
from pathlib import Path
import kg.pipeline
articles, out, stage, when, registry = sys.argv[1:]
original = getattr(kg.pipeline, stage)
def then_die(*args, **kwargs):
    if when == "after":
        original(*args, **kwargs)
    os._exit(9)
setattr(kg.pipeline, stage, then_die)
kg.pipeline.build(Path(articles), Path(out), html=False,
                  registry_file=Path(registry) if stage == "write_store" else None)
"""


def test_kg_build_twice_says_nothing_changed(run_kg, articles, tmp_path):
    out = tmp_path / "build"
    first = run_kg("build", "--articles", articles, "--out", out, "--quiet", "--no-html")
    assert first.code == 0 and "full build" in first.out
    trig = contents(out / TRIG)
    second = run_kg("build", "--articles", articles, "--out", out, "--quiet", "--no-html")
    assert second.code == 0 and "no article changed" in second.out
    assert contents(out / TRIG) == trig


def test_an_incremental_build_writes_the_bytes_of_a_full_build(articles, tmp_path):
    """graph.trig, both Parquet files, the page and the summary of an update (an article
    edited, one added, one removed) are byte for byte those of a clean full build."""
    out = tmp_path / "build"
    build(articles, out)
    change(articles)
    (articles / "another.txt").write_text(f"Another story. {NEW_ARTICLE}")
    summary = build(articles, out)
    assert not summary.full_rebuild and summary.extracted == 3
    fresh = tmp_path / "fresh"
    assert build(articles, fresh).full_rebuild
    for name in (TRIG, "facts.parquet", "entities.parquet", "graph.html"):
        assert contents(out / name) == contents(fresh / name), name
    assert (out / SUMMARY).read_text().replace(str(out), "") == (fresh / SUMMARY).read_text(
    ).replace(str(fresh), "")  # fmt: skip
    assert quads(out) == quads(fresh)
    again = build(articles, out)
    assert (again.extracted, again.replaced_graphs) == (0, 0)
    assert contents(out / "facts.parquet") == contents(fresh / "facts.parquet")


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(articles, tmp_path):
    """Unchanged files are known by their size, times and inode; the change time gives away
    an edit whose size and modification time were put back."""
    out = tmp_path / "build"
    old = time.time() - 60
    for path in articles.glob("*.txt"):
        os.utime(path, (old, old))
    build(articles, out, html=False)
    unchanged = build(articles, out, html=False)  # now the files' signatures are kept
    assert unchanged.extracted == 0
    target = sorted(articles.glob("*.txt"))[0]
    text = target.read_text()
    target.write_text(text.replace("a", "e", 1) if "a" in text else text + " ")
    os.utime(target, (old, old))
    summary = build(articles, out, html=False)
    assert (summary.extracted, summary.replaced_graphs) == (1, 1)
    fresh = tmp_path / "fresh"
    build(articles, fresh, html=False)
    assert contents(out / TRIG) == contents(fresh / TRIG)
    assert contents(out / "facts.parquet") == contents(fresh / "facts.parquet")


def test_a_published_file_edited_in_place_is_not_reused(articles, tmp_path):
    """graph.trig in the build folder is a hard link to the version's copy that the next build
    copies blocks from: edited in place, it is not trusted, and the build starts afresh."""
    out = tmp_path / "build"
    build(articles, out, html=False)
    with open(trig_files(out)[-1], "a", encoding="utf-8") as published:
        published.write("# edited by hand\n")
    change(articles)
    summary = build(articles, out, html=False)
    assert summary.full_rebuild
    fresh = tmp_path / "fresh"
    build(articles, fresh, html=False)
    assert contents(out / TRIG) == contents(fresh / TRIG)


def test_the_code_in_the_cache_key_is_the_code_this_process_loaded(monkeypatch, tmp_path):
    """The package's sources are read into the cache key once per process: a source file
    edited while a process runs (an engineer at work, a package upgraded under a server) does
    not give the entries the old code makes the new code's key. The registry is read anew."""
    from kg import cache

    before = cache.context_key(None)

    def edited(self, *args):
        raise AssertionError(f"the sources were read again ({self})")

    monkeypatch.setattr(Path, "rglob", edited)
    assert cache.context_key(None) == before
    registry = tmp_path / "entities.yaml"
    registry.write_text(REGISTRY.read_text() + "\n# a change\n")
    assert cache.context_key(registry) != before
