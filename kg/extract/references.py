"""References: pronouns and definite descriptions ('it', 'the startup', 'the French
startup', 'these chips') found in a sentence for the antecedents to resolve, and 'the ChatGPT
maker' read as the product's owner."""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

from kg.extract.folded import all_matches, holds_as_written, lowered_matches
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    ALLOTTED_CHIPS,
    COUNTED_CHIPS,
    DEMONSTRATIVE,
    DESCRIBED_CHIP,
    DESCRIBED_CHIPS,
    EXPLETIVE_ADJECTIVES,
    MAKER_NOUNS,
    ORG_REFERENCES,
    OWNED_TYPES,
    PLURAL_ORG_REFERENCES,
)
from kg.extract.text import Sentence, index_of
from kg.registry import Registry


@lru_cache(maxsize=4)
def _reference_pattern() -> re.Pattern[str]:
    words = sorted(ORG_REFERENCES, key=len, reverse=True)
    # the lookahead on the phrases' first letters lets the scan skip other positions fast
    first_letters = "".join(sorted({re.escape(w[0]) for w in words}))
    # 'the ' is read once for all the descriptions ('the (?:company|startup|…)'), not once for
    # each: the same matches, unless another phrase ('the') could match where one of them does
    described = [w.removeprefix("the ") for w in words if w.startswith("the ")]
    others = [w for w in words if not w.startswith("the ")]
    if described and not any(f"the {d}".startswith(o) for o in others for d in described):
        # "this firm", "that company": a demonstrative points back as "the" does
        alternatives = ["(?:the|this|that) (?:" + "|".join(re.escape(w) for w in described) + ")"]
        alternatives += [re.escape(w) for w in others]
    else:
        alternatives = [re.escape(w) for w in words]
    return re.compile(
        rf"(?=[{first_letters}])\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _described_reference_pattern() -> re.Pattern[str]:
    """'the French startup', 'the San Francisco-based company', 'this Australian firm': a
    description with a place or nationality before its noun; the noun gives the reference ('the
    startup')."""
    nouns = sorted(
        (w.split()[1] for w in ORG_REFERENCES if w.startswith("the ") and len(w.split()) == 2),
        key=len,
        reverse=True,
    )
    return re.compile(
        r"(?=[Tt])\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:[A-Z][\w.&'’]*|[a-z]+[A-Z][\w.&'’]*|based|backed|led|owned|funded)"
        r"[\s-]+){1,4}(?P<noun>" + "|".join(re.escape(n) for n in nouns) + r")\b"
    )


def find_references(sentence: Sentence) -> list[tuple[int, int, str]]:
    """Token spans (first, last, phrase) of pronouns and definite descriptions; a described
    one ('the French startup') under its plain phrase ('the startup')."""
    found: list[tuple[int, int, str]] = []
    matches = [
        (m, DEMONSTRATIVE.sub("the ", m.group().lower()))
        for m in lowered_matches(_reference_pattern(), sentence.text)
    ]
    if "he " in sentence.text or "his " in sentence.text or "hat " in sentence.text:
        matches += [
            (m, f"the {m.group('noun')}")
            for m in all_matches(_described_reference_pattern(), sentence.text)
            if ORG_REFERENCES[f"the {m.group('noun')}"] != "Chip"
        ]  # "the Braga chip": a chip's name, not a description of the last chip
    if "hese" in sentence.text or "hose" in sentence.text:  # ("these", "those": the pattern's)
        matches += [(m, "the chips") for m in all_matches(DESCRIBED_CHIPS, sentence.text)]
    text = sentence.text
    if " to " in text and holds_as_written(text, ALLOTTED_NOUNS):  # (the pattern's)
        matches += [(m, "the chips") for m in ALLOTTED_CHIPS.finditer(text)]
    if holds_as_written(text, COUNTED_NOUNS):
        matches += [(m, "the chips") for m in COUNTED_CHIPS.finditer(text)]
    if ("he " in text or "his " in text) and holds_as_written(text, DESCRIBED_CHIP_NOUNS):
        # ("the", "this" and a chip noun: the pattern's, as written)
        matches += [(m, "the new chip") for m in all_matches(DESCRIBED_CHIP, text)]
    if not matches:
        return found
    starts = list(map(itemgetter(2), sentence.tokens))  # (increasing: a token per offset)
    ends = list(map(itemgetter(3), sentence.tokens))
    for match, phrase in matches:
        first = index_of(starts, sentence.start + match.start())
        last = index_of(ends, sentence.start + match.end())
        if first is not None and last is not None and not _expletive(sentence, phrase, last):
            found.append((first, last, phrase))
    return sorted(set(found))


# The words, as written, one of which each match of ALLOTTED_CHIPS or DESCRIBED_CHIP holds
ALLOTTED_NOUNS = ("GPUs", "chips", "units", "accelerators")
COUNTED_NOUNS = ("GPUs", "units", "accelerators")
DESCRIBED_CHIP_NOUNS = ("chip", "accelerator", "processor", "silicon")


def _expletive(sentence: Sentence, phrase: str, last: int) -> bool:
    """'making it easier for developers to use AMD's hardware': an 'it' that stands for the
    clause after it, not for a company; 'both companies' ambitions', whose owners are
    nobody's party."""
    after = [t.lower for t in sentence.tokens[last + 1 : last + 3]]
    if phrase in PLURAL_ORG_REFERENCES:  # "both companies' ambitions": no party of the facts
        return bool(after) and after[0] in {"'", "’", "'s", "’s"}
    return phrase == "it" and bool(after) and after[0] in EXPLETIVE_ADJECTIVES


def owner_references(sentence: Sentence, named: list[Mention], registry: Registry) -> list[Mention]:
    """Mentions with each 'the <product> maker', 'the maker of <product>' or 'the company
    behind <product>' replaced by the product's owner, as a reference."""
    tokens = sentence.tokens
    result = []
    for m in named:
        entity = registry.get(m.entity)
        span = _maker_span(tokens, m) if entity.owner and OWNED_TYPES & set(entity.types) else None
        if span is None:
            result.append(m)
            continue
        a, b = tokens[span[0]], tokens[span[1]]
        text = sentence.text[a.start - sentence.start : b.end - sentence.start]
        owner = registry.organisation(entity.owner)  # type: ignore[arg-type]
        result.append(Mention(owner, span[0], span[1], a.start, b.end, text, True))
    return result


def _maker_span(tokens: list, m: Mention) -> tuple[int, int] | None:
    """The tokens of 'the ChatGPT maker' or 'the maker of (the) Claude' around a product."""
    words = [t.lower for t in tokens]
    if (
        m.first > 0
        and words[m.first - 1] == "the"
        and words[m.last + 1 : m.last + 2]
        and (words[m.last + 1] in MAKER_NOUNS)
    ):
        return m.first - 1, m.last + 1
    i = m.first - 1
    if i > 0 and words[i] == "the":
        i -= 1
    if (
        i >= 2
        and words[i] in {"of", "behind"}
        and words[i - 1] in MAKER_NOUNS
        and (words[i - 2] == "the")
    ):
        return i - 2, m.last
    return None
