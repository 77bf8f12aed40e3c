"""Discovery of a chip's designer the registry lacks: the company a sentence opens on that
launches, describes or owns a chip ('DeepX, known for its DX-M1 AI accelerator, …', 'Zentrix
unveiled the new Q-7 accelerator')."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.chip_names import possesses_a_chip
from kg.extract.chip_phrases import chip_noun_end, described_as_chip
from kg.extract.mentions import Mention
from kg.extract.names import common_word_first, new_entity, span_text
from kg.extract.patterns import (
    ANNOUNCING_ADVERBS,
    LAUNCH_VERBS,
    NAMING_AFTER_NOUN,
    POSSESSIVE_MARKS,
    SELLING_VERBS,
)
from kg.extract.people import is_person_name
from kg.extract.places import is_place
from kg.extract.text import Sentence
from kg.models import Entity
from kg.registry import Registry


def chip_maker_subject(
    sentence: Sentence, registry: Registry, taken: set[int], runs: list[tuple[int, int]]
) -> tuple[Mention, Entity] | None:
    """'DeepX, known for its DX-M1 AI accelerator, …', 'Mobilint, while still producing its
    Aries NPU, …': a name the registry lacks that opens the sentence whose 'its' names a chip
    (a model number or a name before a chip noun) is that chip's designer. ``runs``: the
    sentence's ``name_runs`` past ``taken``."""
    tokens = sentence.tokens
    if 0 in taken or not runs or runs[0][0] != 0:
        return None
    launched = _launches_described_chip(sentence, runs)
    if (" its " not in sentence.text and not launched) or not tokens[0].text[:1].isalnum():
        return None
    last = runs[0][1]
    name = sentence.text[: tokens[last].end - sentence.start]
    words = sentence.lowers
    known = registry.lookup(name)
    after = last + 1
    while after < len(words) and words[after] in ANNOUNCING_ADVERBS:
        after += 1  # "Kairon Semiconductor today unveiled"
    following = words[after] if after < len(words) else ""
    if (
        not (
            following in {",", "is", "has", "will", "plans"}
            or following.startswith(LAUNCH_VERBS + SELLING_VERBS)
        )
        or (known is not None and not (known.discovered and known.is_organization))
        or is_place(name)
        or is_person_name([t.text for t in tokens[: last + 1]])
        or common_word_first(sentence, 0, last)
    ):
        return None
    its = [i for i in range(last + 1, len(words)) if words[i] == "its"]
    if (
        not any(_names_a_chip(words, i + 1, runs) for i in its)
        and not launched
        and not _its_chip_apposed(words, runs[1:])
    ):
        return None
    if known is not None:  # met earlier in the article as a company of another kind
        return Mention(known.id, 0, last, tokens[0].start, tokens[last].end, name), known
    return new_entity(sentence, 0, last, name, "ChipDesigner")


def possessing_chip_maker(
    sentence: Sentence, registry: Registry, taken: set[int], runs: list[tuple[int, int]]
) -> tuple[Mention, Entity] | None:
    """'Zentrix's Aurora chips are made by TSMC': a name the registry lacks whose possessive
    opens a chip's name is that chip's designer. ``runs``: the sentence's ``name_runs`` past
    ``taken``."""
    tokens, words = sentence.tokens, sentence.lowers
    possessors = [
        (first, last)
        for first, last in runs
        if last + 1 < len(words) and words[last + 1] in POSSESSIVE_MARKS
    ]  # looked for first: few sentences have one, and the pattern is slow to search
    if not possessors or not possesses_a_chip(sentence.text):
        return None
    for first, last in possessors:
        name = span_text(sentence, first, last)
        known = registry.lookup(name)
        if (
            (known is not None and not (known.discovered and known.is_organization))
            or is_place(name)
            or is_person_name([t.text for t in tokens[first : last + 1]])
            or common_word_first(sentence, first, last)
            or not _names_a_chip(words, last + 2, runs)
        ):
            continue
        if known is not None:  # met earlier in the article
            return Mention(
                known.id, first, last, tokens[first].start, tokens[last].end, name
            ), known
        return new_entity(sentence, first, last, name, "ChipDesigner")
    return None


def _its_chip_apposed(words: list[str], runs: list[tuple[int, int]]) -> bool:
    """'unveiled the K2, its second-generation AI inference accelerator': a name and then an
    appositive that calls it the subject's chip."""
    for _, last in runs:
        if words[last + 1 : last + 3] != [",", "its"]:
            continue
        for i in range(last + 3, min(len(words), last + 9)):
            if chip_noun_end(words, i) is not None:
                return True
            if not (words[i].isalpha() or words[i] == "-"):
                break
    return False


def _launches_described_chip(sentence: Sentence, runs: list[tuple[int, int]]) -> bool:
    """'Zentrix unveiled Quill, a new inference chip', 'Zentrix unveiled the new Q-7
    accelerator': the sentence's first name (of its ``name_runs``) launches a name that an
    appositive describes as a chip, or that a chip noun follows."""
    words = sentence.lowers
    if len(runs) < 2 or runs[0][0] != 0:
        return False
    verb = runs[0][1] + 1
    chipmaker = False
    if words[verb : verb + 1] == [","]:  # "Korvex, a chipmaker based in Austin, unveiled …"
        close = next((i for i in range(verb + 2, min(len(words), verb + 12)) if words[i] == ","), 0)
        chipmaker = bool(close) and bool(P.CHIPMAKER_WORDS & set(words[verb + 1 : close]))
        verb = close + 1 if chipmaker else verb
    if verb >= len(words) or not words[verb].startswith(LAUNCH_VERBS + SELLING_VERBS):
        return False
    later = [(f, e) for f, e in runs if f > verb]
    if not later:
        return False
    first, last = later[0]
    if chipmaker and first in (verb + 1, verb + 2):
        return any(c.isdigit() for c in sentence.tokens[last].text)  # "… unveiled the KX-2"
    if first in (verb + 1, verb + 2) and described_as_chip(words, last):
        return True
    if _chips_including(words, verb + 1, first):
        return True
    return words[verb + 1 : verb + 2] in (["the"], ["a"], ["an"], ["its"]) and _names_a_chip(
        words, verb + 2, later
    )


def _chips_including(words: list[str], start: int, name: int) -> bool:
    """'Zentrix designs AI inference chips, including the Q-7': a plural chip noun a few words
    after the verb, then 'including', 'such as' or 'like' right before a name."""
    nouns = [i for i in range(start, min(len(words), start + 5)) if chip_noun_end(words, i)]
    if not nouns or not all(w.isalpha() or w == "-" for w in words[start : nouns[0]]):
        return False
    opener = words[chip_noun_end(words, nouns[0]) : name]  # type: ignore[misc]
    if opener[:1] == [","]:
        opener = opener[1:]
    if opener[-1:] == ["the"]:
        opener = opener[:-1]
    return opener in (["including"], ["like"], ["such", "as"])


def _names_a_chip(words: list[str], start: int, runs: list[tuple[int, int]]) -> bool:
    """Whether the words after 'its' name a chip: past its modifiers, a model number or a
    name, then a chip noun ('its DX-M1 AI accelerator', 'its upcoming DX-V3 chip')."""
    firsts = {first for first, _ in runs}
    end = min(len(words), start + 6)
    while start < end and start not in firsts and (words[start] == "-" or words[start].isalpha()):
        noun_end = chip_noun_end(words, start)
        if noun_end is not None:  # "its second-generation inference chip, called Quill"
            after = noun_end + (1 if words[noun_end : noun_end + 1] == [","] else 0)
            if words[after : after + 1] and words[after] in NAMING_AFTER_NOUN:
                return after + 1 in firsts
            if after > noun_end and words[after : after + 1] == ["the"]:
                after += 1
            if after > noun_end and after in firsts:
                return True  # "its first chip, Warboy,": the name in apposition
        start += 1  # "its ultra-low-power Regulus chip": past the modifiers, written in parts
    for index, (first, last) in enumerate(runs):
        if first == start:
            # "its Aries NPU", "its DX-M1 AI accelerator", "its Q1 neural processing unit"
            if any(chip_noun_end(words, i) for i in range(first + 1, min(len(words), last + 3))):
                return True
            following = runs[index + 1][0] if index + 1 < len(runs) else None
            joined = words[last + 1 : following] if following is not None else []
            # "its accelerators": the names listed before one chip noun
            return joined in ([","], ["and"], ["or"], [",", "and"]) and _names_a_chip(
                words, following, runs[index + 1 :]
            )
    return False
