"""The default answers a build stores: printed by `kg query NAME` byte for byte as the computed
ones, never read when an option changes the answer, computed again (with a one-line warning)
when missing or unreadable, and always of the same version as the fact table and the store."""

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
from kg.questions.stored import ANSWERS_DIR, DEFAULT_FORM, answers_current
from kg.questions.table import FactTable, open_table
from kg.versions import store_folder

FORMATS = ("json", "table", "csv")
POISON = [{"poisoned": "the stored answer was read"}]


def version_of(build_dir: Path) -> Path:
    return store_folder(build_dir).parent


def answer_file(build_dir: Path, name: str) -> Path:
    return version_of(build_dir) / ANSWERS_DIR / f"{name}.json"


def computed(run_kg, build_dir: Path, name: str, fmt: str, monkeypatch) -> str:
    """What `kg query NAME` prints when it computes the answer (no stored one looked for)."""
    with monkeypatch.context() as patched:
        patched.setattr(stored, "stored_answer", lambda *args: None)
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


def poison(build_dir: Path) -> None:
    """Every stored answer's rows replaced, its stamps kept (as if it were the real one)."""
    for name in DEFAULT_FORM:
        path = answer_file(build_dir, name)
        found = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({**found, "rows": POISON}), encoding="utf-8")


# ---------------------------------------------------------------- the same output


def test_the_build_stores_every_default_answer_as_the_table_gives_it(seed_build):
    table = open_table(seed_build)
    assert answers_current(version_of(seed_build))
    for name in DEFAULT_FORM:
        found = json.loads(answer_file(seed_build, name).read_text(encoding="utf-8"))
        assert found["rows"] == ask(table, name), name


@pytest.mark.parametrize("name", DEFAULT_FORM)
def test_a_stored_answer_prints_as_the_computed_one_in_every_format(
    run_kg, seed_build, monkeypatch, name
):
    monkeypatch.setenv("COLUMNS", "100")
    for fmt in FORMATS:
        result = read_without_the_table(run_kg, seed_build, name, "--format", fmt)
        assert result.code == 0 and result.err == "", result.err
        assert result.out == computed(run_kg, seed_build, name, fmt, monkeypatch), (name, fmt)


def test_kg_query_with_a_stored_answer_imports_no_heavy_library(seed_build):
    heavy = ("duckdb", "pyarrow", "pandas", "networkx", "pyoxigraph", "rich")
    script = (
        "import sys; from kg.cli import main\n"
        f"code = main(['query', 'chips', '--graph', {str(seed_build)!r}, '--format', 'json'])\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules), code, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", script], env=kg_env(), capture_output=True,
                          text=True, timeout=60, check=True)  # fmt: skip
    assert done.stderr.strip() == "[] 0"
    assert json.loads(done.stdout) == ask(open_table(seed_build), "chips")


# ---------------------------------------------------------------- when it is not read


@pytest.mark.parametrize(
    "problem, text, said",
    [
        ("missing", None, "is missing"),
        ("not JSON", "{not json", "is unreadable"),
        ("rows not rows", json.dumps({"format": 1, "rows": [1, 2]}), "is unreadable"),
        ("not an object", "[]", "is unreadable"),
    ],
)
def test_a_missing_or_corrupt_answer_is_computed_after_one_warning(
    run_kg, build_copy, monkeypatch, problem, text, said
):
    path = answer_file(build_copy, "totals")
    path.unlink()
    if text is not None:
        path.write_text(text, encoding="utf-8")
    for fmt in FORMATS:
        result = run_kg("query", "totals", "--graph", build_copy, "--format", fmt)
        assert result.code == 0
        assert len(result.err_lines) == 1 and said in result.err_lines[0], result.err
        assert str(path) in result.err_lines[0]
        assert result.out == computed(run_kg, build_copy, "totals", fmt, monkeypatch)


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


def test_rows_that_json_would_change_are_never_stored(run_kg, build_copy, monkeypatch):
    folder = version_of(build_copy)
    assert stored.write_answers(folder, lambda name: [{"pair": (1, 2)}]) == []
    assert answers_current(folder)
    for name in ("chips", "totals"):
        result = run_kg("query", name, "--graph", build_copy, "--format", "json")
        assert (result.code, result.err) == (0, "")
        assert result.out == computed(run_kg, build_copy, name, "json", monkeypatch)
    assert stored.write_answers(folder) == list(DEFAULT_FORM)


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
    assert answers_current(version_of(out))
    result = read_without_the_table(run_kg, out, "commitments", "--format", "json")
    assert result.out == before
    assert result.out == computed(run_kg, out, "commitments", "json", monkeypatch)
    build(articles, out, html=False)  # the next build publishes them all
    result = read_without_the_table(run_kg, out, "commitments", "--format", "json")
    assert any(r["provider"] == "Oracle" for r in json.loads(result.out))
    assert result.out == computed(run_kg, out, "commitments", "json", monkeypatch)


KILLED_AFTER_ANSWERS = """
import os, sys
from pathlib import Path
import kg.pipeline
original = kg.pipeline.refresh_answers
def then_die(*args, **kwargs):
    original(*args, **kwargs)
    os._exit(9)
kg.pipeline.refresh_answers = then_die
kg.pipeline.build(Path(sys.argv[1]), Path(sys.argv[2]), html=False)
"""


def test_a_build_killed_after_storing_its_answers_publishes_none_of_them(
    run_kg, tmp_path, monkeypatch
):
    """Killed as by SIGKILL right after the new version's answers are written: the current
    version keeps its own answers, table and store, each answer what its table computes."""
    articles, out = built_articles(tmp_path)
    before = {name: answer_file(out, name).read_bytes() for name in DEFAULT_FORM}
    (articles / "extra.txt").write_text(EXTRA_DEAL, encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", KILLED_AFTER_ANSWERS, articles, out],
                            env=kg_env(), capture_output=True, text=True, timeout=120)  # fmt: skip
    assert killed.returncode == 9, killed.stderr
    assert {name: answer_file(out, name).read_bytes() for name in DEFAULT_FORM} == before
    table = open_table(out)
    for name in DEFAULT_FORM:
        assert json.loads(before[name])["rows"] == ask(table, name), name
    result = read_without_the_table(run_kg, out, "commitments", "--format", "json")
    assert not any(r["provider"] == "Oracle" for r in json.loads(result.out))


def test_a_build_that_changes_nothing_stores_answers_a_version_lacks(tmp_path):
    articles, out = built_articles(tmp_path)
    version = version_of(out)
    shutil.rmtree(version / ANSWERS_DIR)  # as a build from before stored answers left it
    summary = build(articles, out, html=False)
    assert not summary.replaced_graphs and version_of(out) == version
    assert answers_current(version)


def test_kg_build_prints_the_headline_answers_it_stored_or_computes_them(build_copy):
    from kg.cli.commands import HEADLINE_QUESTIONS, headline_answers

    table = open_table(build_copy)
    expected = [(name, ask(table, name)) for name in HEADLINE_QUESTIONS]
    assert list(headline_answers(build_copy)) == expected
    shutil.rmtree(version_of(build_copy) / ANSWERS_DIR)
    assert list(headline_answers(build_copy)) == expected
