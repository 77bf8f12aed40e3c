"""Chunks of articles: graph.trig/, facts.parquet/ and index/ hold a file per chunk, an update
writes only the changed chunks' files (linking the others from the previous version), and
whatever the history, the files are those a fresh build of the same articles writes."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import ARTICLES, contents, trig_text

from kg import splice
from kg.build_index import INDEX_DIR
from kg.cache import SETTLED_NS
from kg.pipeline import SUMMARY, TRIG, build
from kg.questions import ask
from kg.questions.table import ENTITIES_FILE, FACTS_FILE, open_table
from kg.store import store_folder

PARTS = (TRIG, FACTS_FILE, INDEX_DIR)
SAME_BYTES = (TRIG, FACTS_FILE, ENTITIES_FILE)  # index/ holds file signatures: times, inodes


@pytest.fixture
def articles(tmp_path, monkeypatch) -> Path:
    """The seed articles and a copy of each under another name, cut into chunks of about
    three."""
    monkeypatch.setattr(splice, "CHUNK_EVERY", 3)
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder, ignore=shutil.ignore_patterns("*.json"))
    for path in sorted(folder.glob("*.txt")):
        shutil.copyfile(path, folder / f"copy-{path.name}")
    # settled (changed longer than SETTLED_NS before a build): their signatures are kept
    time.sleep(2 * SETTLED_NS / 1e9)
    return folder


def inodes(out: Path) -> dict[str, int]:
    """The inode of each chunk file of the current version, by part and digest."""
    version = store_folder(out).parent
    return {
        f"{part}/{path.name.partition('-')[2]}": path.stat().st_ino
        for part in PARTS
        for path in (version / part).iterdir()
    }


def assert_as_fresh(articles: Path, out: Path, fresh: Path) -> None:
    shutil.rmtree(fresh, ignore_errors=True)
    assert build(articles, fresh, html=False).full_rebuild
    for name in SAME_BYTES:
        assert contents(out / name) == contents(fresh / name), name
    assert (out / SUMMARY).read_text().replace(str(out), "") == (fresh / SUMMARY).read_text(
    ).replace(str(fresh), "")  # fmt: skip
    assert ask(open_table(out), "facts") == ask(open_table(fresh), "facts")


def test_an_update_writes_only_the_changed_chunk(articles, tmp_path):
    out = tmp_path / "build"
    build(articles, out, html=False)
    chunks = sorted((out / TRIG).iterdir())
    assert len(chunks) >= 3, "the seed articles make several chunks (and shared.trig)"
    before = inodes(out)
    target = sorted(articles.glob("*.txt"))[-1]
    target.write_text(target.read_text(encoding="utf-8") + "\nUpdated.\n", encoding="utf-8")
    summary = build(articles, out, html=False)
    assert (summary.extracted, summary.replaced_graphs) == (1, 1)
    after = inodes(out)
    new = {name for name, inode in after.items() if before.get(name) != inode}
    assert len(new) == len(PARTS), f"one new file in each of {PARTS}: {sorted(new)}"
    assert len(after) == len(before)
    assert (out / TRIG / splice.SHARED_PART).stat().st_nlink > 1, "shared.trig is linked"
    assert_as_fresh(articles, out, tmp_path / "fresh")


def test_chunks_follow_every_change_as_a_fresh_build_makes_them(articles, tmp_path):
    """Articles removed (the first of the entities they found may be another's now), added and
    edited, one update at a time: each time the files are those of a fresh build."""
    out = tmp_path / "build"
    build(articles, out, html=False)
    files = sorted(articles.glob("*.txt"))
    steps = [
        lambda: files[0].unlink(),
        lambda: (articles / "aaa_new.txt").write_text(
            "Nvidia said OpenAI will use its Blackwell GPUs for training new models.\n"
        ),
        lambda: files[3].write_text(files[3].read_text() + "\nGoogle invests $2 billion in X.\n"),
        lambda: [path.unlink() for path in files[1:3]],
        lambda: files[0].write_bytes(files[-1].read_bytes()),
    ]
    for step in steps:
        step()
        summary = build(articles, out, html=False)
        assert not summary.full_rebuild
        assert_as_fresh(articles, out, tmp_path / "fresh")


def test_an_unchanged_build_reads_only_the_first_line_of_each_chunk_index(articles, tmp_path):
    """The first line of an index chunk holds each article's id and file signature and the
    chunk's totals; the rest (what reusing an article's outputs takes) is read only when its
    chunk is written again."""
    out = tmp_path / "build"
    build(articles, out, html=False)
    version = store_folder(out).parent
    index = json.loads((version / "index.json").read_text(encoding="utf-8"))
    for name in index["chunks"]:
        first, rest = (version / INDEX_DIR / f"{name}.json").read_text().split("\n")
        head, articles_meta = json.loads(first), json.loads(rest)
        assert set(head["articles"]) == set(articles_meta)
        assert set(head["totals"]) == {
            "facts_by_type", "entities", "discovered", "warnings", "entity_rows"
        }  # fmt: skip
    again = build(articles, out, html=False)
    assert (again.extracted, again.replaced_graphs) == (0, 0)
    assert os.readlink(out / "store") == os.path.relpath(version / "store", out)


def test_the_build_folders_links_outlive_store_only_versions(tmp_path):
    """``kg serve`` updates publish store versions without TriG or table: the version the
    build folder's graph.trig and facts.parquet link into is kept while they do."""
    from kg.serve_workers import apply_update

    articles = tmp_path / "articles"
    shutil.copytree(ARTICLES, articles, ignore=shutil.ignore_patterns("*.json"))
    out = tmp_path / "build"
    build(articles, out, html=False)
    trig = trig_text(out)
    for number in range(3):
        answer = apply_update(out, f"INSERT DATA {{ <urn:a> <urn:b> <urn:c{number}> }}")
        assert answer.status == 204, answer.body
    assert trig_text(out) == trig
    assert len(pd.read_parquet(out / FACTS_FILE)) > 0
