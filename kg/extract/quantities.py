"""Normalisation of money, power, duration, process nodes and dates found in a sentence."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache, partial
from operator import attrgetter

from dateutil import parser as date_parser

from kg.extract import patterns as P
from kg.extract.folded import all_matches, lowered_holds, lowered_matches, may_hold, occurs
from kg.extract.patterns import (
    DATE,
    DEAL_WITH_PARTY_WORTH,
    NOT_A_DEAL_AMOUNT,
    NOT_A_DEAL_AMOUNT_BEFORE,
    NOT_A_DEAL_AMOUNT_WORDS,
    NUMBER_WORDS,
    QUANTITIES,
    QUANTITY_WORDS,
    SCALES,
)
from kg.extract.patterns.cues import NUMBER_FIRST
from kg.extract.text import Sentence


@dataclass(frozen=True)
class Quantity:
    """A normalised number in a sentence: kind is money (USD), power (GW), duration (years)
    or process_node; ``first``/``last`` are token indices."""

    kind: str
    value: float | str
    first: int
    last: int


def parse_number(text: str) -> float:
    text = text.lower().replace(",", "")
    return float(NUMBER_WORDS[text]) if text in NUMBER_WORDS else float(text)


def _token_span(sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The first and last token that overlap ``start``..``end``: the tokens are in order and
    apart, so those ending after ``start`` follow those that do not, and those starting before
    ``end`` come first; the overlapping ones lie between."""
    tokens = sentence.tokens
    first = bisect_right(tokens, start, key=_token_end)
    last = bisect_left(tokens, end, key=_token_start) - 1
    return (first, last) if first <= last else None


_token_start, _token_end = attrgetter("start"), attrgetter("end")


# A pattern that opens on a number ("5", "five") is slow to scan: every word is tried as a
# number word. What follows the number ("GW", "years") is quick to look for, and any text the
# whole pattern matches in contains a match of it, so a sentence without one is skipped. An
# optional separator right after the number is left out of the check too (what follows it must
# match on its own), so the check can start on the unit's letters.
_OPTIONAL_SEPARATOR = r"(?:\s|-)?"


# The checks made so far, by the id of their pattern (kept, so that no other object has its
# id): a pattern hashes slowly, and the check is asked for each kind in each sentence.
_CHECKS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
MAX_CHECKS = 64


def _after_number(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The part of ``pattern`` after its opening number, if it opens on one."""
    known = _CHECKS.get(id(pattern))
    if known is None:
        known = (pattern, _rest_after_number(pattern))
        if len(_CHECKS) < MAX_CHECKS:
            _CHECKS[id(pattern)] = known
    return known[1]


def _rest_after_number(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    if not pattern.pattern.startswith(NUMBER_FIRST):
        return None
    rest = pattern.pattern[len(NUMBER_FIRST) :]
    rest = rest.removeprefix(_OPTIONAL_SEPARATOR) or rest
    try:
        return re.compile(rest, pattern.flags)
    except re.error:  # it refers back to the number
        return None


def find_quantities(sentence: Sentence) -> list[Quantity]:
    found: list[Quantity] = []
    text = sentence.text
    for kind, pattern in QUANTITIES.items():
        if kind in QUANTITY_WORDS and not lowered_holds(text, QUANTITY_WORDS[kind]):
            continue
        rest = _after_number(pattern)
        if rest is not None and not occurs(rest, text):
            continue
        for match in lowered_matches(pattern, text):  # (``_value`` reads them in any case)
            value = _value(kind, match, text)
            if value is None:
                continue
            span = _token_span(
                sentence, sentence.start + match.start(), sentence.start + match.end()
            )
            if span:
                found.append(
                    Quantity(kind.removesuffix("_words").removesuffix("_name"), value, *span)
                )
    return sorted(
        map(partial(_with_its_conversion, sentence), found), key=lambda q: (q.first, q.kind)
    )


def _with_its_conversion(sentence: Sentence, q: Quantity) -> Quantity:
    """'€1.3 billion (approximately $1.5 billion)': the sum in dollars given in brackets after
    a sum in another currency spans both, so that the rules read one sum where the text has."""
    if q.kind != "money":
        return q
    words = [t.text.lower() for t in sentence.tokens]
    opening = q.first - 1 - (q.first > 0 and words[q.first - 1] in P.CONVERSION_HEDGES)
    if opening < 1 or words[opening] != "(" or words[q.last + 1 : q.last + 2] != [")"]:
        return q
    for first in range(opening - 1, max(-1, opening - 4), -1):
        if words[first][:1] in P.FOREIGN_CURRENCY_SIGNS:
            return Quantity(q.kind, q.value, first, q.last + 1)
    return q


def _not_a_deal_amount_before(before: str) -> bool:
    """Whether ``NOT_A_DEAL_AMOUNT_BEFORE`` matches; not searched for in a text that cannot
    hold a match (it backtracks over the words before the sum at each of its letters)."""
    return (
        may_hold(before, NOT_A_DEAL_AMOUNT_WORDS)
        and NOT_A_DEAL_AMOUNT_BEFORE.search(before) is not None
    )


def _value(kind: str, match: re.Match[str], text: str) -> float | str | None:
    if kind == "process_node_name":
        return match.group("name") or match.group("intel")
    number = parse_number(match.group("num"))
    if kind in ("money", "money_words"):
        before = text[: match.start()]
        if NOT_A_DEAL_AMOUNT.match(text[match.end() :]) or (
            _not_a_deal_amount_before(before) and not DEAL_WITH_PARTY_WORTH.search(before)
        ):
            return None
        scale = (match.group("scale") or "").lower()
        return round(number * SCALES.get(scale, 1.0), 2)  # "$8.3m": 8300000.0, no float residue
    if kind == "power":
        unit = match.group("unit").lower()
        return number / 1000 if unit.startswith(("mw", "megawatt")) else number
    if kind == "duration":
        if re.fullmatch(r"an?\s\S+", match.group(), re.IGNORECASE):
            return None  # "$1 billion a year": a rate, not a one-year term
        return number if 0 < number <= 50 else None
    if kind == "process_node":
        return f"{match.group('num')}nm"
    return None


@lru_cache(maxsize=64)  # asked for each fact, often of the same sentence
def find_date(text: str, reference: dt.date | None) -> dt.date | None:
    """The first month-and-year or month-and-day date in ``text``, resolved against the article
    date (so "May 21" in an article of 2026 is 2026-05-21; a day after it is the year before)."""
    for match in all_matches(DATE, text):
        year = match.group("year")
        day = match.group("day")
        if not (year or day) or (not year and not reference):
            continue
        default = dt.datetime(int(year) if year else reference.year, 1, 1)  # type: ignore[union-attr]
        try:
            parsed = date_parser.parse(
                f"{match.group('month')} {day or 1} {default.year}", default=default
            ).date()
        except (ValueError, OverflowError):
            continue
        if not year and reference and parsed > reference:
            parsed = parsed.replace(year=parsed.year - 1)
        return parsed
    return None
