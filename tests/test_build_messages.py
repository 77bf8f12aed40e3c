"""What `kg build` says and leaves behind when it cannot build, or fails midway."""

from __future__ import annotations

import shutil

import pytest
from conftest import ARTICLES

import kg.pipeline
from kg.errors import KgError
from kg.pipeline import build


def test_an_empty_articles_folder_is_an_error(tmp_path, run_kg):
    empty = tmp_path / "articles"
    empty.mkdir()
    (empty / "notes.csv").write_text("not an article\n", encoding="utf-8")
    with pytest.raises(KgError, match="no articles here"):
        build(empty, tmp_path / "build", html=False)
    result = run_kg("build", "--articles", empty, "--out", tmp_path / "build")
    assert result.code == 2 and result.err_lines == [
        f"kg: error: {empty}: no articles here (.txt or .md files); nothing to build"
    ]
    assert not (tmp_path / "build" / "store").exists()


def test_a_build_folder_inside_the_articles_folder_is_refused(tmp_path, run_kg):
    articles = tmp_path / "articles"
    shutil.copytree(ARTICLES, articles)
    result = run_kg("build", "--articles", articles, "--out", articles / "build")
    assert result.code == 2 and "is inside --articles" in result.err
    assert not (articles / "build").exists()


def test_a_failed_build_leaves_no_lock_and_no_staging_folder(tmp_path, monkeypatch):
    out = tmp_path / "build"
    build(ARTICLES, out, html=False)
    assert not (out / ".build.lock").exists(), "a finished build leaves no lock"

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.pipeline, "_write_fact_table", broken)
    (out / "summary.json").unlink()  # something to rebuild
    with pytest.raises(OSError, match="No space"):
        build(ARTICLES, out, registry_file=None, html=False, curate=False)
    assert not (out / ".build.lock").exists()
    assert not list(out.glob(".staging-*"))
    monkeypatch.undo()
    build(ARTICLES, out, html=False)
    assert (out / "summary.json").is_file() and not (out / ".build.lock").exists()
