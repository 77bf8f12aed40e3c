"""Numbers in sentences: skipping sentences that cannot hold a quantity, and scanning them
lower-cased, changes nothing found."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import quantities
from kg.extract.patterns import QUANTITIES
from kg.extract.quantities import _after_number, find_quantities
from kg.extract.text import split_sentences

WORDS = [
    "5", "1.5", "1,000", "five", "a", "an", "hundred", "twenty", "$", "US$", "USD", "billion",
    "bn", "B", "million", "dollars", "US", "GW", "gigawatt", "megawatts", "MW", "-", "years",
    "year", "yrs", "ago", "nm", "3-nanometer", "per", "share", "revenue", "Nvidia", "said", ",",
    "NM", "2nm", "Nanometres", "usd", "Us$", "BILLION", "“", "’", "Intel", "18A", "N3", "4N",
    "SF4X", "process", "node", "technology", "Process", "TSMC's",
]  # fmt: skip


def test_the_slow_patterns_are_the_ones_skipped():
    """The patterns that open on a number word are the ones given a quick check."""
    checked = {kind for kind, pattern in QUANTITIES.items() if _after_number(pattern)}
    assert {"power", "duration", "money_words"} <= checked


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_the_quick_check_never_hides_a_quantity(words):
    text = " ".join(words).replace(" - ", "-")
    for sentence in split_sentences(text):
        found = find_quantities(sentence)
        with (
            patch.object(quantities, "_after_number", lambda pattern: None),
            patch.dict(quantities.QUANTITY_WORDS, clear=True),
            patch.object(
                quantities, "lowered_matches", lambda pattern, text: pattern.finditer(text)
            ),
        ):
            assert found == find_quantities(sentence)  # the same as scanning every sentence


def test_a_share_s_price_is_no_deal_amount():
    sentence = split_sentences(
        "Nvidia bought the stock at a discount from Friday's closing price of $92.98, "
        "investing $2 billion."
    )[0]
    assert [q.value for q in find_quantities(sentence) if q.kind == "money"] == [2e9]
