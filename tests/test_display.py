"""What `kg query` prints to a terminal: article text cannot steer the terminal."""

from __future__ import annotations

import pytest

from kg.questions.display import render

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
