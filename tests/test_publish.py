"""Publishing a build (issue 12 item 11): a full disk or a crash never leaves stale or
half-written files beside the store."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest
from conftest import ARTICLES, contents, trig_text

import kg.pipeline
from kg.pipeline import HTML, SUMMARY, TRIG, build
from kg.store import open_store

NEW = "Zeta Labs is new. Microsoft invested $7 billion in Anthropic.\n"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/ai-infra-kg/ontology#Article> }"


def articles_in_store(out: Path) -> int:
    [row] = open_store(out).query(COUNT, use_default_graph_as_union=True)
    return int(row["n"].value)


@pytest.fixture
def built(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(ARTICLES, articles)
    out = tmp_path / "out"
    build(articles, out, html=False)
    return articles, out


def test_a_full_disk_leaves_no_tmp_files_and_the_previous_build(built, monkeypatch):
    articles, out = built
    before = contents(out / TRIG)
    (articles / "zz_new.txt").write_text(NEW, encoding="utf-8")
    real = Path.write_text

    def full(path, text, *args, **kwargs):
        if path.name.endswith(".tmp") or ".staging-" in str(path):
            real(path, text[: len(text) // 2], *args, **kwargs)  # part of it fits
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real(path, text, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full)
    with pytest.raises(OSError):
        build(articles, out, html=False)
    monkeypatch.undo()
    leftovers = [p for p in out.rglob("*") if p.name.endswith(".tmp") or ".staging-" in p.name]
    assert leftovers == []
    assert contents(out / TRIG) == before, "the previous build is intact"
    assert articles_in_store(out) == 5


def test_a_crash_after_the_store_is_published_leaves_no_stale_files(built, monkeypatch):
    articles, out = built
    (articles / "zz_new.txt").write_text(NEW, encoding="utf-8")

    def killed(staging, out):
        raise KeyboardInterrupt  # the process dies between the store's swap and the renames

    monkeypatch.setattr(kg.pipeline, "_publish_files", killed)
    with pytest.raises(KeyboardInterrupt):
        build(articles, out, html=True)
    monkeypatch.undo()
    assert articles_in_store(out) == 6, "the new store is live"
    for name in (TRIG, HTML, SUMMARY):
        assert not (out / name).exists(), f"the previous {name} is not left beside the new store"
    summary = build(articles, out, html=True)
    assert summary.articles == 6
    assert all((out / name).exists() for name in (TRIG, HTML, SUMMARY))
    assert "zz_new" in trig_text(out)
