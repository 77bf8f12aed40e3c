"""Other names an article gives a company: an abbreviation in brackets made of its name's
capitals ('SoftBank Group (SBG)'), and a former name ('Quorix (formerly Zentrix Labs)')."""

from __future__ import annotations

from kg.extract.mentions import Mention
from kg.extract.patterns import FORMER_NAME_WORDS
from kg.extract.text import Sentence
from kg.models import Entity
from kg.registry import Registry


def bracketed_abbreviations(sentence: Sentence, registry: Registry) -> set[int]:
    """'SoftBank Group (SBG)', 'Public Investment Fund (PIF)': where upper-case letters in
    brackets follow a capitalised name and are made of that name's capitals in order."""
    if "(" not in sentence.text:
        return set()
    tokens, found = sentence.tokens, set()
    for i in range(2, len(tokens) - 1):
        text = tokens[i].text
        if tokens[i - 1].text != "(" or tokens[i + 1].text != ")" or not 2 <= len(text) <= 6:
            continue
        if not text.isalpha() or not text.isupper() or registry.lookup(text) is not None:
            continue
        first = i - 2
        while first > 0 and tokens[first - 1].text[:1].isupper() and i - first < 8:
            first -= 1
        name = sentence.text[
            tokens[first].start - sentence.start : tokens[i - 2].end - sentence.start
        ]
        capitals = iter(c for c in name if c.isupper())
        if name[:1] == text[0] and all(letter in capitals for letter in text):
            found.add(i)
    return found


def abbreviated(
    sentence: Sentence,
    abbreviations: set[int],
    mentions: list[Mention],
    found: list[tuple[Mention, Entity]],
    registry: Registry,
) -> list[tuple[Mention, Entity]]:
    """The abbreviations of named organisations, as mentions of them: the article that writes
    'SoftBank Group (SBG)' means SoftBank by 'SBG' from then on."""
    out = []
    for i in sorted(abbreviations):
        entity = _organisation_ending_at(i - 2, mentions, found, registry)
        if entity is not None:
            token = sentence.tokens[i]
            out.append((Mention(entity.id, i, i, token.start, token.end, token.text), entity))
    return out


def _organisation_ending_at(
    end: int, mentions: list[Mention], found: list[tuple[Mention, Entity]], registry: Registry
) -> Entity | None:
    """The organisation whose name (the registry's, or one found in the sentence) ends at token
    ``end``."""
    named = {m.last: registry.get(m.entity) for m in mentions if not m.reference}
    named |= {m.last: e for m, e in found}
    entity = named.get(end)
    return entity if entity is not None and entity.is_organization else None


def renamed_from(
    sentence: Sentence,
    first: int,
    mentions: list[Mention],
    found: list[tuple[Mention, Entity]],
    registry: Registry,
) -> Entity | None:
    """The organisation named just before 'formerly', 'previously known as', '(formerly'
    when a name follows them: that name is the organisation's old one."""
    i = first
    while i > 0 and sentence.tokens[i - 1].lower in FORMER_NAME_WORDS:
        i -= 1
    if i == first or i < 2 or sentence.tokens[i].lower not in ("formerly", "previously"):
        return None
    if sentence.tokens[i - 1].text not in (",", "("):
        return None
    return _organisation_ending_at(i - 2, mentions, found, registry)


def past_former_name(sentence: Sentence, last: int, runs: list[tuple[int, int]]) -> int:
    """Where the name ending at ``last`` goes on past its old name ('Quorix (formerly Zentrix
    Labs) raised'): the bracket closing the old name, or its last token."""
    tokens = sentence.tokens
    i = last + 2
    if i >= len(tokens) or tokens[last + 1].text not in (",", "(") or tokens[i].lower not in (
        "formerly", "previously",
    ):  # fmt: skip
        return last
    while i < len(tokens) and tokens[i].lower in FORMER_NAME_WORDS:
        i += 1
    old = next((b for a, b in runs if a == i), None)
    if old is None:
        return last
    bracketed = tokens[last + 1].text == "(" and old + 1 < len(tokens)
    return old + 1 if bracketed and tokens[old + 1].text == ")" else old
