"""Capitals for an article written wholly in lower case.

The rules and the name finder read capitals: a sentence starts with one, a name is written
with them ('meta' in lower case is a word, 'Meta' the company). Some sites print whole
articles in lower case; read as they are, they name nobody. Such an article is read with its
sentences' first letters, the registry's names and the field's capitalised terms restored.
Only the case of letters changes, so every offset still points into the original text, and
the quotes are taken from the original again afterwards.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.markup import display_quote, reading_text
from kg.extract.patterns import CAPITALISED_TERMS, COMMON_WORD_NAMES
from kg.models import Fact
from kg.registry import Registry

# Fewer capitals than one in this many letters: the writer does not use them.
LETTERS_PER_CAPITAL = 400
MIN_LETTERS = 200
OPENING_CHARS = 1000  # the capitals of an article's opening often decide it has its own
WORD = re.compile(r"\w+(?:[.&-]\w+)*")  # "amazon.com", "at&t"; "amazon’s" is "amazon" and "s"
SENTENCE_OPENING = re.compile(r"(?:^|(?<=[.!?])[\"”’)]?\s+|\n\s*)(?P<letter>[a-z])", re.MULTILINE)


def restored_case(body: str, registry: Registry) -> str | None:
    """``body`` with its capitals restored, or None when it has capitals of its own."""
    if sum(map(str.isupper, body[:OPENING_CHARS])) * LETTERS_PER_CAPITAL > len(body):
        return None  # (the common case, decided by the article's opening alone)
    capitals = sum(map(str.isupper, body))
    if capitals * LETTERS_PER_CAPITAL > len(body):
        return None  # (decided without counting the letters)
    letters = sum(map(str.isalpha, body))
    if letters < MIN_LETTERS or capitals * LETTERS_PER_CAPITAL > letters:
        return None
    chars = list(body)
    names = _names_by_first_word(registry)
    words = list(WORD.finditer(body))
    i = 0
    while i < len(words):
        i += _restore_name(body, chars, words, i, names)
    for match in SENTENCE_OPENING.finditer(body):
        chars[match.start("letter")] = match["letter"].upper()
    restored = "".join(chars)
    return restored if len(restored) == len(body) else None


def with_original_quotes(facts: list[Fact], body: str) -> list[Fact]:
    """The facts with their quotes taken from ``body`` as written (the offsets are the same)."""
    shown = reading_text(body)
    return [
        fact.model_copy(
            update={
                "evidence": [
                    e.model_copy(update={"quote": display_quote(body, shown, e.start, e.end)})
                    for e in fact.evidence
                ]
            }
        )
        for fact in facts
    ]


def _restore_name(
    body: str, chars: list[str], words: list[re.Match], i: int, names: dict[str, list]
) -> int:
    """Restore the longest name that starts at word ``i``; the number of words it takes."""
    for length, written in names.get(words[i][0].lower(), ()):
        if i + length <= len(words):
            start, end = words[i].start(), words[i + length - 1].end()
            if body[start:end].lower() == written.lower():
                chars[start:end] = written
                return length
    term = CAPITALISED_TERMS.get(words[i][0].lower())
    if term is not None:
        chars[words[i].start() : words[i].end()] = term
    return 1


@lru_cache(maxsize=4)
def _names_by_first_word(registry: Registry) -> dict[str, list[tuple[int, str]]]:
    """The registry's names written with capitals, by their first word in lower case, longest
    first (common words left out)."""
    found: dict[str, set[tuple[int, str]]] = {}
    for name, _ in registry.names():
        written = name.rstrip(".")  # "Amazon.com Inc." as "amazon.com inc" reads
        words = WORD.findall(written)
        if (
            not words
            or written.islower()
            or written.lower() in COMMON_WORD_NAMES
            or len(written.lower()) != len(written)
        ):
            continue
        found.setdefault(words[0].lower(), set()).add((len(words), written))
    return {k: sorted(v, key=lambda n: (-n[0], n[1])) for k, v in found.items()}
