"""What the argument parser and `kg query --sparql` refuse before any work (issue 12 item 11)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "args",
    [
        ("serve", "--port", "99999"),
        ("serve", "--port", "-1"),
        ("serve", "--workers", "0"),
        ("serve", "--timeout", "nan"),
        ("serve", "--max-memory-mb", "-5"),
        ("query", "path", "openai", "nvidia", "--max-paths", "-1"),
        ("query", "loops", "--max-length", "0"),
    ],
)
def test_the_parser_refuses_impossible_numbers(run_kg, args):
    result = run_kg(*args)
    assert result.code == 2
    assert "Traceback" not in result.err
    assert any(args[-2] in line for line in result.err_lines), result.err


def test_a_deeply_nested_query_is_refused_before_the_parser(run_kg, seed_build):
    query = "SELECT * WHERE " + "{" * 20000 + "}" * 20000
    result = run_kg("query", "--graph", seed_build, "--sparql", query, process=True)
    assert result.code == 2, "refused, not a crash (a segfault exits with -11)"
    assert result.err_lines == ["kg: error: the query is nested 20000 levels deep; the limit is 64"]


def test_discovered_names_reach_the_terminal_escaped(tmp_path, run_kg):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Zorblax\x1b[2J Robotics invested $5 billion in Anthropic.\n", encoding="utf-8"
    )
    result = run_kg("build", "--articles", folder, "--out", tmp_path / "out", process=True)
    assert result.code == 0, result.err
    assert "\x1b" not in result.out and "\x1b" not in result.err
