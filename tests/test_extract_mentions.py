"""References in sentences: the quick scan finds what the plain list of phrases finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.patterns import ORG_REFERENCES
from kg.extract.references import _reference_pattern

PIECES = [*ORG_REFERENCES, "The", "THE", "It", "ITS", "item", "bits", "its'", "-", ",", " ", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20).map(" ".join))
def test_the_reference_scan_finds_what_the_phrase_list_finds(text):
    words = sorted(ORG_REFERENCES, key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
    expected = [(m.span(), m.group()) for m in plain.finditer(text)]
    assert [(m.span(), m.group()) for m in _reference_pattern().finditer(text)] == expected
