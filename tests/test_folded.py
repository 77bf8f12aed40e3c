"""The faster search of case-insensitive patterns (``kg.extract.folded``) finds exactly what
the patterns find, at the same offsets, on text in any mix of cases."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import patterns as P
from kg.extract.folded import (
    _caseless,
    _lowered,
    _twins,
    all_matches,
    held_words,
    lowered_holds,
    lowered_matches,
    may_end_on,
    may_hold,
    occurs,
)
from kg.extract.names import qualifies_described_name

TABLED = [(f"{name}[{key}]", pattern) for name, table in vars(P).items()
          if isinstance(table, dict) for key, pattern in table.items()]  # fmt: skip
IGNORE_CASE = sorted(
    (name, value)
    for name, value in [*vars(P).items(), *TABLED]
    if isinstance(value, re.Pattern) and value.flags & re.IGNORECASE
)
WORDS = ["raised", "Series", "B", "round", "led", "by", "Accel", "$", "1.5", "billion", "in",
         "talks", "with", "Nvidia", "GPUs", "the", "funding", "reportedly", "plans", "to",
         "not", "use", "deal", "worth", "Inc.", ",", "said", "it", "had", "secured", "fresh",
         "capital", "É", "über", "5", "GW", "MW", "gigawatts", "US", "dollars", "7nm"]  # fmt: skip


def _case(word: str, upper: bool) -> str:
    return word.upper() if upper else word


def _searched_alike(named, words) -> None:
    """The faster search finds what the pattern finds, at the same offsets."""
    _, pattern = named
    text = " ".join(_case(w, upper) for w, upper in words)
    assert occurs(pattern, text) == (pattern.search(text) is not None)
    spans = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in lowered_matches(pattern, text)] == spans


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), min_size=1, max_size=14),
    st.sampled_from(IGNORE_CASE),
)
def test_a_pattern_occurs_where_it_matches(words, named):
    _searched_alike(named, words)


def test_patterns_with_capitals_find_every_case():
    capital = re.compile(r"\b(?:Zentrix|[A-C]\d)\b", re.IGNORECASE)
    for text in ("ZENTRIX raised", "zentrix raised", "ZenTrix", "b2", "B2"):
        assert occurs(capital, text)
    assert not occurs(capital, "D2 raised")
    exact = re.compile(r"[A-Z]\w+ raised")
    assert not occurs(exact, "zentrix raised")


# Each pattern searched only where ``may_hold`` finds one of its words, with those words.
GATED = [
    (P.NOT_A_DEAL_AMOUNT_BEFORE, P.NOT_A_DEAL_AMOUNT_WORDS),
    (P.DEAL_S_AIM, P.DEAL_S_AIM_VERBS),
    (P.CO_DESIGN, P.CO_DESIGN_STEMS),
]
GATE_TEXTS = [
    "its revenue is about ",
    "OpenAI, now worth about ",
    "the company's market capitalization of ",
    "Options to buy up to ",
    "which valued the startup at roughly ",
    "a total value of its agreements to ",
    "The Deal Aims to deploy 750 MW",
    "the partnership seeks to build",
    "chips co-developed with Broadcom",
    "DESIGNED by the two",
    "built with Marvell",
    "jointly",
]


def test_a_gated_pattern_matches_only_where_its_words_are():
    for pattern, words in GATED:
        for text in GATE_TEXTS:
            if pattern.search(text) or pattern.search(text.upper()):
                assert may_hold(text, words) and may_hold(text.upper(), words), (pattern, text)


def test_may_hold_is_false_only_for_ascii_texts_without_the_words():
    assert not may_hold("raised $1 billion", ("worth",))
    assert may_hold("net WORTH of", ("worth",))
    assert may_hold("café", ("worth",))  # beyond ASCII: searched


CASELESS_WORDS = [*WORDS[:-2], "’s", "—", "“Nvidia”", "€2", "…", "Microsoft’s"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(CASELESS_WORDS), st.booleans()), min_size=1, max_size=14),
    st.sampled_from(IGNORE_CASE),
)
def test_caseless_characters_beyond_ascii_are_searched_lower_cased_alike(words, named):
    _searched_alike(named, words)


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_a_text_is_lower_cased_only_when_every_character_beyond_ascii_has_no_case(text):
    caseless = all(map(_caseless, {c for c in text if not c.isascii()}))
    assert (_lowered(text) is not None) == caseless
    unencodable = f"{text}\ud800"  # a lone surrogate (caseless): asked character by character
    assert (_lowered(unencodable) is not None) == caseless


def test_no_character_beyond_ascii_maps_to_a_text_starting_with_itself():
    """What lets ``_caseless_beyond_ascii`` compare whole texts: a character its mappings
    change shows a different character where it stands."""
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        for mapped in (char.lower(), char.upper(), char.casefold()):
            assert mapped == char or mapped[0] != char


def test_a_word_start_is_found_wherever_the_pattern_finds_it():
    """The patterns that open on '(?=[…])\\b' are asked in their word-start form: after a
    character no word holds, or at the text's start; never inside a word."""
    pattern = re.compile(r"(?=[rf])\b(?:rounds?|funding)\b", re.IGNORECASE)
    assert _twins(pattern)[1] is not None
    texts = ["round", "Round led", "a round", "(round)", "“funding”", "x-round", "éround", "around",
             "refunding", "new_round", "5round", "\u00a0round", "ROUNDS", "roundup"]  # fmt: skip
    for text in texts:
        assert occurs(pattern, text) == (pattern.search(text) is not None), text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from([*WORDS, "invested", "into", "IN", "of", "backers", "For"]),
                       st.booleans()), min_size=1, max_size=10),
    st.sampled_from(["", " ", "  ", "\n", "\u00a0", "\u2003"]),
)  # fmt: skip
def test_invested_in_matches_only_where_the_text_ends_on_its_last_words(words, ending):
    text = " ".join(_case(w, upper) for w, upper in words) + ending
    if P.INVESTED_IN.search(text):
        assert may_end_on(text, P.INVESTED_IN_LAST_WORDS)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*WORDS, "acquired", "bought", "purchase", "takeover", "acquisition",
                              "of", "Texas-based", "buys", "Acquired"]), min_size=1, max_size=10)
)  # fmt: skip
def test_acquired_before_matches_only_where_its_stems_are(words):
    text = " ".join(words) + " "
    if P.ACQUIRED_BEFORE.search(text):
        assert any(stem in text for stem in P.ACQUIRED_STEMS)


AS_WRITTEN = sorted(
    (name, value) for name, value in [*vars(P).items(), *TABLED] if isinstance(value, re.Pattern)
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from([*WORDS, "these", "chips", "new", "this", "processor"]),
                       st.booleans()), min_size=1, max_size=14),
    st.sampled_from(AS_WRITTEN),
)  # fmt: skip
def test_all_matches_are_the_pattern_s_own(words, named):
    """``all_matches`` finds a pattern's matches (spans and groups), word start or not."""
    _, pattern = named
    text = " ".join(_case(w, upper) for w, upper in words)
    expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in all_matches(pattern, text)] == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from([*WORDS, "rivals", "compared", "than", "from", "switched",
                                        "away", "unlike", "Instead", "of", "Reliance", "on", "2"]),
                       st.booleans()), min_size=1, max_size=8),
)  # fmt: skip
def test_contrast_before_matches_only_where_its_stems_are(words):
    text = " ".join(_case(w, upper) for w, upper in words)
    if P.CONTRAST_BEFORE.search(text):
        assert lowered_holds(text, P.CONTRAST_STEMS)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from([*WORDS, "startup", "AI", "company", "fund", "chip",
                                        "Temasek", "sovereign", "wealth", "'s", "start-up"]),
                       st.booleans()), min_size=1, max_size=8),
    st.sampled_from(["", " ", "\u00a0", ", "]),
)  # fmt: skip
def test_a_described_name_is_qualified_where_the_pattern_says(words, opening):
    after = opening + " ".join(_case(w, upper) for w, upper in words)
    assert qualifies_described_name(after) == bool(P.QUALIFIES_DESCRIBED_NAME.match(after))


REPORT_PIECES = [
    "Reportedly", "reports said", "sources", "SOURCES SAID", "according to", "people", "familiar",
    "with", "the", "matter", "Omdia", "estimates", "estimated", "was", "is", "said", "to",
    "rumoured", "insiders", "declined to comment", "Nvidia", "bought", "chips", ",", ".", "’s",
    "person", "briefed", "it is learnt that", "citing", "unnamed", "Rumored", "thought", "a",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(REPORT_PIECES), max_size=12).map(" ".join))
def test_the_words_held_by_a_pattern_are_in_each_text_it_matches(text):
    """A text in which no word ``held_words`` reads from a pattern occurs has no match of it."""
    for pattern in (*P.STATUS_CUES.values(), P.SITE_NOUN, P.DATE, P.CALLED_OFF):
        words = held_words(pattern)
        assert words is not None
        if pattern.search(text):
            assert lowered_holds(text, words)


def test_no_words_are_read_from_a_pattern_some_match_of_which_holds_none():
    assert held_words(re.compile(r"(?:reported|\w+ly)", re.I)) is None
    assert held_words(re.compile(r"reports?|said", re.I)) == ("report", "said")
    assert held_words(re.compile(r"İnc", re.I)) is None  # ('İ' matches 'i' ignoring case)
    assert held_words(re.compile(r"reported")) is None  # (not ignoring case: not asked)
