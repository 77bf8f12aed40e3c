"""The default answers kept with a version once asked: never computed by the build, printed by
`kg query NAME` byte for byte as the computed ones, never read when an option changes the
answer, computed again when missing, stale or unreadable (with a one-line warning for the
last), and always of the same version as the fact table and the store."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXTRA_DEAL, built_articles, kg_env, rebuild_killed_before_publishing

import kg.questions.stored as stored
from kg.cli.arguments import parser
from kg.cli.query import _default_form
from kg.pipeline import build
from kg.questions import OPTIONS, ask
from kg.questions.stored import ANSWERS_DIR, DEFAULT_FORM, default_answers, keep_answer, kept_answer
from kg.questions.table import FactTable, open_table
from kg.versions import store_folder

FORMATS = ("json", "table", "csv")
POISON = [{"poisoned": "the stored answer was read"}]


def version_of(build_dir: Path) -> Path:
    return store_folder(build_dir).parent


def answer_file(build_dir: Path, name: str) -> Path:
    return version_of(build_dir) / ANSWERS_DIR / f"{name}.json"


def computed(run_kg, build_dir: Path, name: str, fmt: str, monkeypatch) -> str:
    """What `kg query NAME` prints when it computes the answer (no kept one looked for, none
    kept)."""
    with monkeypatch.context() as patched:
        patched.setattr(stored, "kept_answer", lambda *args: None)
        patched.setattr(stored, "keep_answer", lambda *args: False)
        result = run_kg("query", name, "--graph", build_dir, "--format", fmt)
    assert result.code == 0 and result.err == "", result.err
    return result.out


def read_without_the_table(run_kg, build_dir: Path, *args: object):
    """`kg query ARGS`, failing if the fact table is opened."""

    def opened(*args, **kwargs):
        raise AssertionError("the fact table was opened")

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(FactTable, "open", opened)
        return run_kg("query", *args, "--graph", build_dir)


def never_warned(message: str) -> None:
    raise AssertionError(f"warned: {message}")


def ask_all(build_dir: Path) -> dict[str, list]:
    """Every default answer of the build, as `kg query NAME` gives it (kept once asked)."""
    return dict(default_answers(build_dir, DEFAULT_FORM, never_warned))


def all_kept(build_dir: Path) -> bool:
    folder = version_of(build_dir)
    return all(isinstance(kept_answer(folder, n, never_warned), list) for n in DEFAULT_FORM)


@pytest.fixture(scope="module")
def asked_build(tmp_path_factory, seed_build) -> Path:
    """A copy of the seed build whose every default answer has been asked for once."""
    target = tmp_path_factory.mktemp("asked") / "build"
    shutil.copytree(seed_build, target, symlinks=True)
    ask_all(target)
    return target


def poison(build_dir: Path) -> None:
    """Every kept answer's rows replaced, its stamps kept (as if it were the real one)."""
    ask_all(build_dir)
    for name in DEFAULT_FORM:
        path = answer_file(build_dir, name)
        found = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({**found, "rows": POISON}), encoding="utf-8")


# ---------------------------------------------------------------- the same output


def test_the_build_computes_no_answer_and_the_first_ask_keeps_each_as_the_table_gives_it(
    tmp_path,
):
    articles, out = built_articles(tmp_path)
    assert not (version_of(out) / ANSWERS_DIR).exists()
    table = open_table(out)
    assert ask_all(out) == {name: ask(table, name) for name in DEFAULT_FORM}
    assert all_kept(out)
    for name in DEFAULT_FORM:
        found = json.loads(answer_file(out, name).read_text(encoding="utf-8"))
        assert found["rows"] == ask(table, name), name


@pytest.mark.parametrize("name", DEFAULT_FORM)
def test_a_kept_answer_prints_as_the_computed_one_in_every_format(
    run_kg, asked_build, monkeypatch, name
):
    monkeypatch.setenv("COLUMNS", "100")
    for fmt in FORMATS:
        result = read_without_the_table(run_kg, asked_build, name, "--format", fmt)
        assert result.code == 0 and result.err == "", result.err
        assert result.out == computed(run_kg, asked_build, name, fmt, monkeypatch), (name, fmt)


def test_kg_query_keeps_the_answer_it_computed_for_the_next_query(run_kg, build_copy):
    first = run_kg("query", "totals", "--graph", build_copy, "--format", "json")
    assert (first.code, first.err) == (0, "")
    again = read_without_the_table(run_kg, build_copy, "totals", "--format", "json")
    assert (again.code, again.err, again.out) == (0, "", first.out)


def test_kg_query_with_a_kept_answer_imports_no_heavy_library(asked_build):
    heavy = ("duckdb", "pyarrow", "pandas", "networkx", "pyoxigraph", "rich")
    script = (
        "import sys; from kg.cli import main\n"
        f"code = main(['query', 'chips', '--graph', {str(asked_build)!r}, '--format', 'json'])\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules), code, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", script], env=kg_env(), capture_output=True,
                          text=True, timeout=60, check=True)  # fmt: skip
    assert done.stderr.strip() == "[] 0"
    assert json.loads(done.stdout) == ask(open_table(asked_build), "chips")


# ---------------------------------------------------------------- when it is not read


@pytest.mark.parametrize(
    "problem, text",
    [
        ("not JSON", "{not json"),
        ("rows not rows", json.dumps({"format": 1, "rows": [1, 2]})),
        ("not an object", "[]"),
    ],
)
def test_a_corrupt_answer_is_computed_after_one_warning_and_replaced(
    run_kg, build_copy, monkeypatch, problem, text
):
    ask_all(build_copy)
    path = answer_file(build_copy, "totals")
    path.write_text(text, encoding="utf-8")
    result = run_kg("query", "totals", "--graph", build_copy, "--format", "json")
    assert result.code == 0
    assert len(result.err_lines) == 1 and "is unreadable" in result.err_lines[0], result.err
    assert str(path) in result.err_lines[0]
    assert result.out == computed(run_kg, build_copy, "totals", "json", monkeypatch)
    for fmt in FORMATS:
        result = read_without_the_table(run_kg, build_copy, "totals", "--format", fmt)
        assert (result.code, result.err) == (0, "")
        assert result.out == computed(run_kg, build_copy, "totals", fmt, monkeypatch)


def test_a_missing_answer_is_computed_without_a_word(run_kg, build_copy, monkeypatch):
    ask_all(build_copy)
    answer_file(build_copy, "totals").unlink()
    for fmt in FORMATS:
        result = run_kg("query", "totals", "--graph", build_copy, "--format", fmt)
        assert (result.code, result.err) == (0, "")
        assert result.out == computed(run_kg, build_copy, "totals", fmt, monkeypatch)
    assert answer_file(build_copy, "totals").exists()


def test_an_unwritable_version_answers_all_the_same(run_kg, build_copy, monkeypatch):
    """A build folder the reader may not write to (another user's, a read-only mount)."""
    shutil.rmtree(version_of(build_copy) / ANSWERS_DIR, ignore_errors=True)
    monkeypatch.setattr(stored.os, "replace", lambda *args: (_ for _ in ()).throw(PermissionError))
    for name in ("totals", "chips"):
        expected = json.dumps(ask(open_table(build_copy), name))
        assert json.dumps(stored.default_answer(build_copy, name, never_warned)) == expected
    assert not any((version_of(build_copy) / ANSWERS_DIR).glob("*.json"))


def test_an_answer_of_other_code_or_another_table_is_computed_without_a_word(
    run_kg, build_copy, monkeypatch
):
    poison(build_copy)
    assert "poisoned" in read_without_the_table(run_kg, build_copy, "chips").out
    expected = computed(run_kg, build_copy, "chips", "json", monkeypatch)
    with monkeypatch.context() as patched:
        patched.setattr(stored, "code_stamp", lambda: "kg upgraded since the build")
        result = run_kg("query", "chips", "--graph", build_copy, "--format", "json")
    assert (result.code, result.err, result.out) == (0, "", expected)
    entities = version_of(build_copy) / "entities.parquet"
    os.utime(entities, ns=(entities.stat().st_atime_ns, entities.stat().st_mtime_ns + 10**9))
    result = run_kg("query", "chips", "--graph", build_copy, "--format", "json")
    assert (result.code, result.out) == (0, expected)


def test_rows_that_json_would_change_are_never_kept(run_kg, build_copy, monkeypatch):
    folder = version_of(build_copy)
    for name in ("chips", "totals"):
        assert not keep_answer(folder, name, [{"pair": (1, 2)}])
        assert answer_file(build_copy, name).exists()  # marked: computed at each query
    for name in ("chips", "totals"):
        for _ in range(2):
            result = run_kg("query", name, "--graph", build_copy, "--format", "json")
            assert (result.code, result.err) == (0, "")
            assert result.out == computed(run_kg, build_copy, name, "json", monkeypatch)
    table = open_table(build_copy)
    assert all(keep_answer(folder, name, ask(table, name)) for name in DEFAULT_FORM)


def answer_changing(name: str) -> list[list[str]]:
    """Each filter, and each option the question takes, as `kg query` is given them."""
    given = [["--status", "announced"], ["--entity", "Anthropic"], ["--as-of", "2026-06"],
             ["--known-by", "2026-06"], ["--min-confidence", "0.5"],
             ["--min-confidence", "0"]]  # fmt: skip
    flags = {"with_registry": ["--with-registry"], "with_provider": ["--with-provider"],
             "max_length": ["--max-length", "3"], "max_paths": ["--max-paths", "2"]}  # fmt: skip
    return given + [flags[option] for option in OPTIONS.get(name, ())]


@pytest.mark.parametrize("name", DEFAULT_FORM)
def test_an_option_that_changes_the_answer_never_reads_the_stored_one(run_kg, build_copy, name):
    poison(build_copy)
    for options in answer_changing(name):
        result = run_kg("query", name, *options, "--graph", build_copy, "--format", "json")
        assert result.code == 0, (options, result.err)
        assert "poisoned" not in result.out, options


@pytest.mark.parametrize(
    "args",
    [
        ["chips", "--endpoint", "http://localhost:1/sparql"],
        ["chips", "--min-confidence", "0"],
        ["chips", "--sparql", "ASK {}"],
        ["--list"],
        ["chips", "extra"],
        ["why", "Anthropic"],
        ["chips.rq"],
    ],
)
def test_endpoints_sparql_and_arguments_never_read_a_stored_answer(args):
    assert not _default_form(parser().parse_args(["query", *args]))


def test_the_default_form_reads_it_whatever_the_format_or_build_folder(tmp_path):
    for fmt in FORMATS:
        given = ["query", "loops", "--format", fmt, "--graph", str(tmp_path)]
        assert _default_form(parser().parse_args(given))


# ---------------------------------------------------------------- one version with the table


def test_a_build_killed_before_publishing_leaves_the_old_answers_with_the_old_table(
    run_kg, tmp_path, monkeypatch
):
    articles, out = built_articles(tmp_path)
    before = run_kg("query", "commitments", "--graph", out, "--format", "json").out
    rebuild_killed_before_publishing(articles, out, monkeypatch)
    assert isinstance(kept_answer(version_of(out), "commitments", never_warned), list)
    result = read_without_the_table(run_kg, out, "commitments", "--format", "json")
    assert result.out == before
    assert result.out == computed(run_kg, out, "commitments", "json", monkeypatch)
    build(articles, out, html=False)  # the next build publishes the new version
    result = run_kg("query", "commitments", "--graph", out, "--format", "json")
    assert any(r["provider"] == "Oracle" for r in json.loads(result.out))
    assert result.out == computed(run_kg, out, "commitments", "json", monkeypatch)
    again = read_without_the_table(run_kg, out, "commitments", "--format", "json")
    assert again.out == result.out


def test_an_update_reads_no_answer_kept_for_the_version_before(run_kg, tmp_path, monkeypatch):
    """The answers kept with a version stay with its table: the next version starts with none,
    and its first query answers from its own table."""
    articles, out = built_articles(tmp_path)
    old = version_of(out)
    before = ask_all(out)
    (articles / "extra.txt").write_text(EXTRA_DEAL, encoding="utf-8")
    build(articles, out, html=False)
    assert version_of(out) != old and not (version_of(out) / ANSWERS_DIR).exists()
    assert not any(r["provider"] == "Oracle" for r in before["commitments"])
    result = run_kg("query", "commitments", "--graph", out, "--format", "json")
    assert any(r["provider"] == "Oracle" for r in json.loads(result.out))
    assert result.out == computed(run_kg, out, "commitments", "json", monkeypatch)


def test_a_build_that_changes_nothing_keeps_the_answers_kept(tmp_path):
    articles, out = built_articles(tmp_path)
    kept = ask_all(out)
    version = version_of(out)
    summary = build(articles, out, html=False)
    assert not summary.replaced_graphs and version_of(out) == version
    assert all_kept(out) and ask_all(out) == kept


def test_kg_build_prints_the_headline_answers_it_stored_or_computes_them(build_copy):
    from kg.cli.commands import HEADLINE_QUESTIONS, headline_answers

    table = open_table(build_copy)
    expected = [(name, ask(table, name)) for name in HEADLINE_QUESTIONS]
    assert list(headline_answers(build_copy)) == expected
    assert all(isinstance(kept_answer(version_of(build_copy), n, never_warned), list)
               for n in HEADLINE_QUESTIONS)  # fmt: skip
    shutil.rmtree(version_of(build_copy) / ANSWERS_DIR)
    assert list(headline_answers(build_copy)) == expected
