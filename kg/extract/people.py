"""People named where organisations are expected ("led by Stripes and Peter Thiel").

A round's list may name angels beside funds; the gold reads investors as organisations, so a
name that opens on a given name ("Peter Thiel", "Elad Gil") is a person, not a discovered
investor. The given names are the first-name dictionary that ships with gender-guesser (Jörg
Michael's list, about 37,000 names), read once from its documented fixed-width layout: a gender
code in the first columns, then the name in columns 4 to 29.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from itertools import compress
from operator import and_, itemgetter

from kg.extract.patterns import COMPANY_NAME_ENDINGS
from kg.extract.places import country_names
from kg.extract.text import Sentence

NAME_COLUMNS = slice(3, 29)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-case given names (single words; compound entries such as 'Jean+Pierre' skipped)."""
    names = set()
    source = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    with source.open("rb") as lines:
        for line in lines:
            if line.startswith(b"#"):
                continue
            words = line[NAME_COLUMNS].split()
            if words and b"+" not in words[0]:
                names.add(words[0].decode("latin-1").lower())
    return frozenset(names)


def is_person_name(words: list[str]) -> bool:
    """Whether a capitalised run of two or three words reads as a person's name: a given name
    then one or two surnames ('Peter Thiel', 'Mary Meeker')."""
    if words and words[-1].lower() in COMPANY_NAME_ENDINGS:
        return False  # "Silo AI", "Grant Capital": a company, whatever its first word
    if len(words) == 2 and words[-1] in country_names():
        return False  # "Bell Canada", "Nokia Germany": a company's national arm
    return 2 <= len(words) <= 3 and words[0].lower() in given_names()


def title_length(tokens: list, i: int, titles: set[str]) -> int:
    """How many tokens the person's title at ``i`` takes: 1 ('CEO', 'cofounder'), 3 for a
    hyphenated one the tokenizer splits ('co', '-', 'founder'), 0 when ``titles`` has none."""
    if i < len(tokens) and tokens[i].lower in titles:
        return 1
    if i + 2 < len(tokens) and tokens[i + 1].text == "-":
        return 3 if "".join(t.lower for t in tokens[i : i + 3]) in titles else 0
    return 0


def joined_titles_length(tokens: list, i: int, titles: set[str]) -> int:
    """``title_length``, with two titles joined counted as one ('founder and CEO')."""
    first = title_length(tokens, i, titles)
    joined = i + first
    if first and joined + 1 < len(tokens) and tokens[joined].lower in ("and", "&"):
        second = title_length(tokens, joined + 1, titles)
        if second:
            return first + 1 + second
    return first


def titled_person_at(tokens: list, i: int, titles: set[str]) -> list | None:
    """The two tokens of a person's name when a title and that name start at ``i`` ('owner
    Thomas Tull', 'founder Jeff Bezos'), else None."""
    title = title_length(tokens, i, titles)
    if not title or i + title + 1 >= len(tokens):
        return None
    name = tokens[i + title : i + title + 2]
    return name if is_person_name([t.text for t in name]) else None


_TEXT = itemgetter(0)  # (a token's ``text``)
_FIRST_CHARACTER = itemgetter(slice(0, 1))  # (a word's ``[:1]``)


def surnames_named(sentence: Sentence, mentions: list) -> set[str]:
    """The surnames of the people a sentence names in full ('Sam Altman', 'Elon Musk'), outside
    the names of known organisations: a later 'Altman' alone is the person."""
    tokens = sentence.tokens
    capitalised = list(map(str.isupper, map(_FIRST_CHARACTER, map(_TEXT, tokens))))
    pairs = list(compress(range(len(tokens) - 1), map(and_, capitalised, capitalised[1:])))
    if not pairs:  # (two capitalised words in a row: most sentences have few, some none)
        return set()
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    return {
        tokens[i + 1].text
        for i in pairs
        if i not in taken
        and i + 1 not in taken
        and tokens[i + 1].text[1:].islower()
        and (i + 2 >= len(tokens) or not tokens[i + 2].text[:1].isupper())
        and is_person_name([tokens[i].text, tokens[i + 1].text])
    }
