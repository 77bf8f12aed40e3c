"""What `kg query` prints to a terminal: article text cannot steer the terminal."""

from __future__ import annotations

import pytest

from kg.questions.display import render, table

HOSTILE = "Anthropic\x1b]0;owned\x07\x1b[2J\u202eevil\x9b31m"


@pytest.mark.parametrize(
    ("name", "row"),
    [
        ("investments", {"investor": HOSTILE, "investee": "B", "amount_usd": 5e9,
                         "status": "announced", "sources": ["a"]}),
        ("why", {"type": "invests_in", "subject": HOSTILE, "object": "B", "amount_usd": None,
                 "capacity_gw": None, "duration_years": None, "chip": None, "purpose": None,
                 "status": "announced", "event_date": None, "article": "a", "title": HOSTILE,
                 "quotes": [HOSTILE]}),
    ],
)  # fmt: skip
def test_control_characters_from_articles_are_escaped_in_tables_and_quotes(name, row):
    shown = render([row], "table", name, 200)
    for control in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert control not in shown
    assert "\\x1b" in shown
    assert "Anthropic" in shown


def test_a_wide_answer_keeps_words_whole_and_says_which_columns_it_left_out():
    row = {
        "type": "compute_commitment", "subject": "Anthropic", "object": "AWS",
        "amount_usd": 38e9, "capacity_gw": None, "duration_years": 7.0,
        "chip": "Nvidia GPUs", "purpose": None, "process_node": None, "status": "announced",
        "confidence": 0.926, "sources": ["an-article-with-a-long-identifier-2026"],
    }  # fmt: skip
    text = table([row] * 3, size=80)
    lines = text.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert "compute_commitment" in text and "Anthropic" in text and "$38B" in text
    footnote = " ".join(lines[lines.index("") + 1 :])
    # the columns empty in this answer go first, then those at the right end
    assert footnote.startswith("(left out at 80 columns: ") and "--format json" in footnote
    left_out = footnote.split(": ", 1)[1].split(";")[0].split(", ")
    assert {"capacity_gw", "purpose", "process_node", "sources"} <= set(left_out)
    assert lines[0].split() == ["type", "subject", "object", "amount_usd", "duration_years"]


def test_a_table_that_fits_leaves_nothing_out():
    text = table([{"buyer": "Anthropic", "provider": "Microsoft", "amount_usd": 30e9}], size=80)
    assert "left out" not in text and "$30B" in text
