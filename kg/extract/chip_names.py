"""Discovery of chips the registry lacks: a model number beside a designer or a hardware noun
("Cerebras' WSE-3", "the AI250 chip", "DX-M1"), a family with a new model number ("TPU 8t"), a
name given to a chip ("its TPU, codenamed Icefish", "its Renegade processor")."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from kg.extract.chip_phrases import (
    CHIP_NOUN_PARTS,
    apposed_to_its_chip,
    chip_noun_end,
    chip_noun_heads,
    described_as_chip,
    hardware_after,
    its_named_chip,
    listed_after_chip_noun,
    maker_after_description,
    model_number_at,
    named_chip_noun_after,
    past_modifiers,
)
from kg.extract.mentions import Mention, closing_bracket
from kg.extract.name_guards import title_case
from kg.extract.names import name_runs, new_entity, span_text
from kg.extract.patterns import (
    APPOSED_CHIP_NAME,
    CHIP_NAMING_NOUNS,
    CHIP_NOUN_STEMS,
    CHIP_SITE_NOUNS,
    DEFINED_CHIP_PHRASE,
    DESIGNED_PARTICIPLES,
    GENERATION,
    HARDWARE_KIND_NAMES,
    JOINING_WORDS,
    LAUNCH_VERBS,
    MEASURE_OR_FORMAT,
    MODEL_NOUNS,
    MODEL_NUMBER,
    NAMED_CHIP_NOUNS,
    NAMED_CHIP_PHRASE,
    NAMING_WORDS,
    NEWS_OUTLETS,
    NOT_A_CHIP_AFTER,
    NOT_A_CHIP_BEFORE,
    NUMBERED_CHIP_OPENERS,
    NUMBERED_NOT_A_CHIP,
    POSSESSED_CHIP_PHRASE,
    POSSESSED_CHIP_STEMS,
    POSSESSION_MARKS,
    POSSESSIVE_MARKS,
    QUOTE_ATTRIBUTION,
    QUOTES,
    REPORTING_VERBS,
    SINGULAR_CHIP_NOUNS,
    STOCK_TICKERS,
    TIER_WORDS,
    UNIT_AFTER_NUMBER,
)
from kg.extract.places import DEMONYMS, is_place
from kg.extract.text import Sentence, WordMemo
from kg.models import Entity
from kg.registry import Registry


def designed_by_discovered(
    found: list[tuple[Mention, Entity]],
) -> list[tuple[Mention, Entity]]:
    """'Chip startup Quillon unveiled the QX-9 accelerator': a new chip with no known designer
    is designed by the new chip designer named before it."""
    result = []
    for mention, entity in found:
        if entity.is_chip and entity.designer is None:
            makers = [
                e.id for m, e in found if "ChipDesigner" in e.types and m.last < mention.first
            ]
            if makers:
                entity = entity.model_copy(update={"designer": makers[-1]})
        result.append((mention, entity))
    return result


def possesses_a_chip(text: str) -> bool:
    """Whether ``POSSESSED_CHIP_PHRASE`` occurs in ``text``; searched only when the text holds
    what each match does (most sentences do not, and the search tries every position)."""
    return (
        any(map(text.__contains__, POSSESSION_MARKS))
        and any(map(text.__contains__, POSSESSED_CHIP_STEMS))
        and POSSESSED_CHIP_PHRASE.search(text) is not None
    )


def discover_chips(
    sentence: Sentence,
    mentions: list[Mention],
    registry: Registry,
    taken: set[int],
    runs: list[tuple[int, int]] | None = None,
) -> list[tuple[Mention, Entity]]:
    """Accelerators the registry lacks, from a model number beside a chip designer or a hardware
    noun ("Cerebras' WSE-3", "the AI250 chip", "SN50 dataflow accelerators"), or a name given
    to a chip ("its TPU, codenamed Icefish"). ``runs``, if given, are ``name_runs(sentence,
    taken)``, which the caller has read already."""
    tokens = sentence.tokens
    other_names = _other_names_of_chips(sentence, mentions, registry)
    if other_names - taken:
        taken, runs = taken | other_names, None  # (the runs again, without those words)
    found: list[tuple[Mention, Entity]] = _new_generations(sentence, mentions, registry, taken)
    found += _numbered_chips(sentence, mentions, registry, taken)
    grown = taken | {i for m, _ in found for i in range(m.first, m.last + 1)}
    if len(grown) > len(taken):
        runs = None  # a new generation took words of the names
    taken = grown
    words: list[str] = []
    designers: list[Mention] = []
    has_hardware = False
    text = sentence.text
    if (
        "(" in text
        or ", a" in text
        or " its " in text
        or _named_chip_phrase(text)
        or possesses_a_chip(text)
        or (", " in text and APPOSED_CHIP_NAME.search(text) is not None)  # (its comma)
        or (" by " in text and DEFINED_CHIP_PHRASE.search(text) is not None)
    ):
        words = sentence.lowers  # a chip described or listed by name
        designers = [m for m in mentions if _designs_chips(registry, m.entity)]
        has_hardware = bool(set(words) & CHIP_NAMING_NOUNS) or any(
            registry.get(m.entity).is_chip for m in mentions
        )
        found += _described_chips(sentence, designers, mentions, registry, taken, runs)
        taken = taken | {i for m, _ in found for i in range(m.first, m.last + 1)}
    for i in compress(range(len(tokens)), map(_CAPITALISED.__getitem__, map(_TEXT, tokens))):
        token = tokens[i]
        if i in taken:
            continue
        model = _MODEL_NUMBER[token.text]
        # (a word that gives a name comes right before it: other words are not asked further)
        # (past an opening quote mark: 'codenamed "Titan"')
        before = i - 2 if i > 1 and tokens[i - 1].text in QUOTES else i - 1
        named_here = before >= 0 and tokens[before].lower in NAMING_CONTEXT
        coordinated = (
            i > 1
            and tokens[i - 1].lower in ("and", "or")
            and any(m.last == i - 2 for m, _ in found)
        )  # "chips codenamed Braga and Clea": a name coordinated with one just given
        if not (model or named_here or coordinated or _apposed_to_chip_noun(tokens, i)):
            continue  # (most words: what follows would find no name-giving context either)
        its_chip = named_here and _its_chip_noun_before(tokens, i)
        apposed = _apposed_to_chip_noun(tokens, i)
        after_naming = (
            apposed
            or coordinated
            or named_here
            and (
                tokens[before].lower in NAMING_WORDS
                or (
                    tokens[i - 1].lower == "named"
                    and [t.lower for t in tokens[max(0, i - 3) : i - 1]] == ["code", "-"]
                )
                or its_chip
                or _called_after_chip_noun(tokens, i)
            )
        )
        if not (model or after_naming):
            continue
        if not words:  # the sentence's context, worked out once a word may be a chip's name
            words = sentence.lowers
            designers = [m for m in mentions if _designs_chips(registry, m.entity)]
            has_hardware = bool(set(words) & CHIP_NAMING_NOUNS) or any(
                registry.get(m.entity).is_chip for m in mentions
            )
        named = after_naming and has_hardware
        if not (named or model) or registry.lookup(token.text) is not None:
            continue
        after = words[i + 1 : i + 3]
        if after[:1] and after[0] in TIER_WORDS:
            after = after[1:]  # "A4X Max virtual machines": a tier of what the name names
        if (
            after[:1]
            and after[0] in NOT_A_CHIP_AFTER
            or _apposed_model(words, i)
            or (words[i - 1 : i] and words[i - 1] in NOT_A_CHIP_BEFORE)
        ):
            continue  # "Quantum-X800 InfiniBand networking": a switch, not an accelerator
        if after_naming and CPU_WORDS & set(words[max(0, i - 5) : i]):
            continue  # "its 6th Gen EPYC CPU, code-named Venice": a CPU, not an accelerator
        if "parameters" in words[i + 1 : i + 9] or MODEL_NOUNS & set(words[i + 1 : i + 4]):
            continue  # "GPT-4.5 … has 1.8 trillion parameters", "its R2 large language model"
        announcing = _announcing_designers(designers, i, words)
        designer = _designer_before(designers, i, words) or (announcing[0] if announcing else None)
        if designer is None and apposed:
            designer = _possessive_owner(mentions, registry, tokens, i - 3)
        if designer is None and its_chip:
            designer = next((m for m in designers if m.last < i and not m.embedded), None)
        if designer is None and named:
            designer = _owner_of_its_named_chip(mentions, registry, words, i)
        if designer is None and named:
            earlier = [m for m in designers if m.last < i and not m.embedded]
            designer = earlier[0] if len(earlier) == 1 else None  # "Chip startup Recogni will
            # … market the chip, called Scorpio": the one chip designer the sentence names
        if not (
            named
            or designer
            or hardware_after(words, i)
            or described_as_chip(words, i)
            or _designed_by_after(words, i)
        ):
            continue
        designer_id = registry.organisation(designer.entity) if designer else None
        if named:
            designer_id = _designer_of_chip_before(mentions, registry, i) or designer_id
        if coordinated and designer_id is None:
            designer_id = next(e.designer for m, e in found if m.last == i - 2)
        first = _hyphenated_start(tokens, i, taken)
        last = i + (token.text.isalpha() and model_number_at(sentence, i + 1, taken))
        name = span_text(sentence, first, last)  # ("the Zhenwu 810E": its model number too)
        if (first < i or last > i) and registry.lookup(name) is not None:
            continue
        fellows = [  # "OpenAI and Broadcom are co-developing a processor codenamed Titan"
            registry.organisation(m.entity)
            for m in announcing[1:]
            if designer is announcing[0] and registry.organisation(m.entity) != designer_id
        ]
        found.append(
            _new_chip(sentence, first, last, name, designer=designer_id, co_designers=fellows)
        )
    # "the company's processors, The Information reports": a news outlet reports, it is no
    # chip, nor is a nation's adjective ("Chinese"), a kind of processor ("its CPU side") or
    # a place ("its Austin chip lab")
    headline = bool(found) and title_case(sentence)
    return [
        (m, e)
        for m, e in found
        if not (headline and m.first > 0 and tokens[m.first - 1].lower in CHIP_NAMING_NOUNS)
        # ("Microsoft Recalibrates Its AI Chip Roadmap": a headline's noun after 'Chip')
        and e.name not in NEWS_OUTLETS
        and e.name not in DEMONYMS
        and e.name not in HARDWARE_KIND_NAMES
        and not MEASURE_OR_FORMAT.fullmatch(e.name)
        and not (is_place(e.name) and _names_a_chip_site(sentence.lowers, m.last))
    ]


def _names_a_chip_site(words: list[str], last: int) -> bool:
    """'its Austin chip lab', 'the Phoenix chip plant': a chip noun that only describes the
    site after it, a place's name before them."""
    return words[last + 2 : last + 3] != [] and words[last + 2] in CHIP_SITE_NOUNS


def _owner_of_its_named_chip(
    mentions: list[Mention], registry: Registry, words: list[str], i: int
) -> Mention | None:
    """'OpenAI is building its first custom chip, code-named Titan': the organisation whose 'its'
    opens the chip noun phrase that names the chip (a lab's own chip is its design)."""
    its = next((j for j in range(i - 1, max(-1, i - 9), -1) if words[j] == "its"), None)
    if its is None or not any(chip_noun_end(words, j) for j in range(its + 1, i)):
        return None
    owners = [
        m
        for m in mentions
        if m.last < its and not m.embedded and registry.get(m.entity).is_organization
    ]
    return owners[-1] if owners and not _only_a_foundry(registry, owners[-1]) else None


# The words right before a name that may give it to a chip: a naming word, "called" or "named",
# a singular chip noun, the comma after one ("its second chip, Renegade"), or "the" after any of
# them ("called the QX900").
NAMING_CONTEXT = frozenset(NAMING_WORDS | SINGULAR_CHIP_NOUNS | {"named", "called", ",", "the"})


def _other_names_of_chips(
    sentence: Sentence, mentions: list[Mention], registry: Registry
) -> set[int]:
    """The words in brackets right after a chip the registry knows: its other name ('the RNGD
    (Renegade)'), never a chip of its own."""
    if "(" not in sentence.text:
        return set()
    inside: set[int] = set()
    for m in mentions:
        end = closing_bracket(sentence.tokens, m.last + 1)
        if end is not None and registry.get(m.entity).is_chip:
            inside.update(range(m.last + 2, end))
    return inside


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


_CAPITALISED = WordMemo(_capitalised, 1 << 14)  # asked of every word
_TEXT = itemgetter(0)  # (a token's ``text``)


def _apposed_model(words: list[str], i: int) -> bool:
    """'ZAYA1, a significant AI foundation model developed on AMD GPUs': a model's name."""
    if words[i + 1 : i + 3] not in ([",", "a"], [",", "an"], [",", "the"]):
        return False
    described = words[i + 3 : i + 9]
    end = described.index(",") if "," in described else len(described)
    return bool(MODEL_NOUNS & set(described[:end]))


def _named_chip_phrase(text: str) -> bool:
    """Whether a sentence may name a chip between an article and a chip noun (the substrings
    first: the pattern is asked of every sentence)."""
    return (
        any(map(text.__contains__, CHIP_NOUN_STEMS)) and NAMED_CHIP_PHRASE.search(text) is not None
    )


def _called_after_chip_noun(tokens: list, i: int) -> bool:
    """'its own AI chip, called Zeta-1': a name that 'called' or 'named' gives a chip noun just
    before it (not 'a startup called Zentrix')."""
    if i > 3 and tokens[i - 1].lower == "the":
        i -= 1  # "an inference accelerator called the QX900"
    if i < 3 or tokens[i - 1].lower not in ("called", "named"):
        return False
    noun = tokens[i - 3] if tokens[i - 2].text == "," else tokens[i - 2]
    return noun.lower in CHIP_NAMING_NOUNS  # not "so-called AI", "a chip company called Touch"


def _apposed_to_chip_noun(tokens: list, i: int) -> bool:
    """ "MetaX's flagship processor, the C600,": a name set beside a chip noun."""
    return (
        i >= 3
        and tokens[i - 1].lower == "the"
        and tokens[i - 2].text == ","
        and tokens[i - 3].lower in CHIP_NAMING_NOUNS
    )


def _possessive_owner(
    mentions: list[Mention], registry: Registry, tokens: list, noun: int
) -> Mention | None:
    """The organisation named in the possessive a few words before a chip noun ("MetaX's
    flagship general-purpose processor")."""
    owners = [
        m
        for m in mentions
        if m.last < noun <= m.last + 6
        and tokens[m.last + 1].lower in POSSESSIVE_MARKS
        and registry.get(m.entity).is_organization
    ]
    return owners[-1] if owners else None


def _its_chip_noun_before(tokens: list, i: int) -> bool:
    """'its AI chip ATOM', 'its new accelerator Gaudi', 'its second chip, Renegade': a name right
    after a singular chip noun that 'its' opens."""
    if i >= 3 and tokens[i - 1].text == ",":
        i -= 1  # "its second chip, Renegade,"
    return (
        i >= 2
        and tokens[i - 1].lower in SINGULAR_CHIP_NOUNS
        and "its" in [t.lower for t in tokens[max(0, i - 5) : i - 1]]
    )


def _hyphenated_start(tokens: list, i: int, taken: set[int]) -> int:
    """'DX-M1', written as 'DX', '-', 'M1': where a model number's hyphenated name begins."""
    first = i
    while (
        first >= 2
        and tokens[first - 1].text == "-"
        and first - 2 not in taken
        and tokens[first - 2].text[:1].isupper()
        and tokens[first - 2].end == tokens[first - 1].start
        and tokens[first - 1].end == tokens[first].start
    ):
        first -= 2
    return first


def _new_chip(
    sentence: Sentence, first: int, last: int, name: str, **fields: str | list[str] | None
) -> tuple[Mention, Entity]:
    return new_entity(sentence, first, last, name, "Chip", **fields)


def _new_generations(
    sentence: Sentence, mentions: list[Mention], registry: Registry, taken: set[int]
) -> list[tuple[Mention, Entity]]:
    """'TPU 8t', 'Maia 300': a chip family followed by a model number the registry does not
    know is a new generation of that family, by the family's designer."""
    tokens, found = sentence.tokens, []
    for m in mentions:
        family = registry.get(m.entity)
        after = m.last + 1
        if not family.is_chip or m.embedded or after >= len(tokens):
            continue
        if family.family and any(ch.isdigit() for ch in family.name):
            continue  # "H100 80" is no generation of H100; "Ascend 990C" is one of Ascend,
            # though Ascend is itself of Huawei's line of chips
        last = after
        while (
            last + 1 < len(tokens)
            and tokens[last + 1].start == tokens[last].end
            and (tokens[last + 1].text.isalnum())
        ):
            last += 1  # "8t" is read as "8" and "t"
        model = span_text(sentence, after, last)
        if (
            after in taken
            or not GENERATION.fullmatch(model)
            or model.isdigit()
            and (last + 1 < len(tokens) and tokens[last + 1].lower in UNIT_AFTER_NUMBER)
        ):
            continue  # "TPU 100 times", "Maia 2 GW": a number, not a model
        name = span_text(sentence, m.first, last)
        if registry.lookup(name) is None:
            found.append(
                _new_chip(sentence, m.first, last, name, family=family.id, designer=family.designer)
            )
        for first in _elided_generations(tokens, last + 1, taken):
            elided = f"{family.name} {tokens[first].text}"
            if registry.lookup(elided) is None:
                found.append(
                    _new_chip(
                        sentence, first, first, elided, family=family.id, designer=family.designer
                    )  # fmt: skip
                )
    return found


def _numbered_chips(
    sentence: Sentence, mentions: list[Mention], registry: Registry, taken: set[int]
) -> list[tuple[Mention, Entity]]:
    """'the Quasar 300 accelerator', "Qualcomm's Zephyr 3 chips": a capitalised name that the
    registry lacks, a model number and a chip noun name a new chip, when an article, a
    possessive or its designer comes before them (not 'About 300 chips')."""
    tokens, words, found = sentence.tokens, sentence.lowers, []
    if CHIP_NOUN_PARTS.isdisjoint(words):
        return found  # (each name needs a chip noun after it: most sentences hold none)
    designers: list[Mention] | None = None
    for i in range(1, len(tokens) - 2):
        text = tokens[i].text
        if not (text[0].isupper() and text.isalpha()) or text in NUMBERED_NOT_A_CHIP:
            continue
        if i in taken or i + 1 in taken or not GENERATION.fullmatch(tokens[i + 1].text):
            continue
        noun = i + 3 if words[i + 2] == "ai" and i + 3 < len(words) else i + 2
        if chip_noun_end(words, noun) is None:
            continue
        if designers is None:
            designers = [m for m in mentions if _designs_chips(registry, m.entity)]
        designer = _designer_before(designers, i, words)
        if designer is None and words[i - 1] not in NUMBERED_CHIP_OPENERS:
            continue
        name = span_text(sentence, i, i + 1)
        if registry.lookup(text) is not None or registry.lookup(name) is not None:
            continue
        owner = registry.organisation(designer.entity) if designer else None
        found.append(_new_chip(sentence, i, i + 1, name, designer=owner))
    return found


def _elided_generations(tokens: list, index: int, taken: set[int]) -> list[int]:
    """'MTIA 400, 450, and 500': the bare model numbers listed after a family's generation,
    whose family name the list leaves out."""
    found = []
    i = index
    while i + 1 < len(tokens) and tokens[i].lower in {",", "and", "or"}:
        while i < len(tokens) and tokens[i].lower in {",", "and", "or"}:
            i += 1
        if i >= len(tokens) or i in taken or not tokens[i].text.isdigit():
            break
        if not GENERATION.fullmatch(tokens[i].text) or (
            i + 1 < len(tokens) and tokens[i + 1].lower in UNIT_AFTER_NUMBER
        ):
            break
        found.append(i)
        i += 1
    return found


def _described_chips(
    sentence: Sentence,
    designers: list[Mention],
    mentions: list[Mention],
    registry: Registry,
    taken: set[int],
    runs: list[tuple[int, int]] | None = None,
) -> list[tuple[Mention, Entity]]:
    """Chips a sentence describes as chips: 'MatX One, an LLM-optimised accelerator', and the
    names in parentheses after an accelerator noun ('AI accelerators for edge workloads (Europa
    and Metis)'); their designer is the chip designer the sentence names before them, or for
    'its <name> chip' the company whose chip it is (``runs``: as for ``discover_chips``)."""
    if runs is not None and not runs:
        return []  # (no name to look at: the loop below would find none)
    orgs = [m for m in mentions if registry.get(m.entity).is_organization]
    if not designers and not orgs:
        return []  # a chip's designer is one of these: with none, no name is looked at
    words = sentence.lowers
    runs = name_runs(sentence, taken) if runs is None else runs
    names = {i for a, b in runs for i in range(a, b + 1)}
    found = []
    for first, last in runs:
        before = [m for m in designers if m.last < first]
        apposed = apposed_to_its_chip(words, first)
        if not before and (apposed or its_named_chip(words, first, last)):
            before = [m for m in orgs if m.last < first]  # "Mobilint … its Regulus chip"
        possessor = _possessor_of_named_chip(words, first, last, orgs)
        if possessor is not None:
            before = [possessor]  # "Zentrix's Aurora chips", "Meta's Artemis chip"
        maker = None if before else maker_after_description(words, last, orgs)
        if maker is not None:
            before = [maker]  # "Quasar, an AI chip developed by Veltrix"
        if not before:
            continue
        if words[last] == "ai" and last > first:
            last -= 1  # "its DX-M1 AI accelerator": the name before the field's abbreviation
        if words[last] in NAMED_CHIP_NOUNS and last > first:
            last -= 1  # "its Aries NPU": the name before the chip noun written in capitals
        if before[-1].last == first - 1 and not before[-1].reference:
            first = before[-1].first  # "MatX One": the designer's name starts the chip's
        if words[last + 1 : last + 2] == ["-"] and last > first:
            last -= 1  # "MatX One LLM-optimised accelerator": the last word modifies the noun
        if model_number_at(sentence, last + 1, taken):
            last += 1  # "its next flagship, Siyuan 890, …": the number is part of the name
        its_own = its_named_chip(words, first, last)
        if not (
            possessor is not None
            or maker is not None
            or described_as_chip(words, last)
            or listed_after_chip_noun(words, first, names)
            or its_own
            or apposed
            or named_chip_noun_after(words, first, last)
        ):
            continue
        if first == last and sentence.tokens[first].text in STOCK_TICKERS:
            continue  # "Nvidia Corporation's NVDA chips": the maker's ticker, not a chip's name
        if words[last + 1 : last + 2] and words[last + 1] in SPEAKING_WORDS:
            continue  # "… 18,000 of Nvidia's latest AI chips, Amin added": who speaks
        name = span_text(sentence, first, last)
        known = registry.lookup(name)
        if known is not None and known.is_chip and known.discovered:
            # "its Mach-1 AI chips" after an earlier sentence found Mach-1: the same chip again
            tokens = sentence.tokens
            start, end = tokens[first].start, tokens[last].end
            found.append((Mention(known.id, first, last, start, end, name), known))
        if known is None:
            if its_own:  # "continue using TSMC for its RenegadeS chip": never the foundry's
                before = [m for m in before if not _only_a_foundry(registry, m)]
                if not before:
                    continue
            named = [m for m in before if not m.reference]
            subject = [m for m in orgs if m.first == 0] if its_own else []
            if subject and not _root_types(registry, subject[0].entity) & CHIP_OWNER_TYPES:
                # "Qatar Investment Authority joins a round for chip maker Positron, backing
                # its Atlas processor": an investor's 'its' is the chip company it backs
                designers_named = [m for m in named if _designs_chips(registry, m.entity)]
                subject = [] if designers_named else subject
                named = designers_named or named
            # "FuriosaAI, which used Samsung's process for its Warboy chip", "The company … its
            # RenegadeS chip": the subject's chip, whatever kind of company it is
            owner = (subject or named or before)[0 if subject else -1] if its_own else before[-1]
            designer = registry.organisation(owner.entity)
            found.append(_new_chip(sentence, first, last, name, designer=designer))
    return found


# Words of a CPU before a code name ("its 6th Gen EPYC CPU, code-named Venice").
CPU_WORDS = frozenset({"cpu", "cpus", "epyc", "xeon", "ryzen", "graviton", "cobalt"})

# The kinds of company that own a chip they call 'its' (an investor's 'its' is another's).
CHIP_OWNER_TYPES = frozenset({"ChipDesigner", "Lab", "CloudProvider", "Foundry"})

# Verbs after a name that make it the speaker ("…, Amin added"), made once.
SPEAKING_WORDS = frozenset(QUOTE_ATTRIBUTION | REPORTING_VERBS)


def _only_a_foundry(registry: Registry, m: Mention) -> bool:
    types = _root_types(registry, m.entity)
    return "Foundry" in types and "ChipDesigner" not in types


def _possessor_of_named_chip(
    words: list[str], first: int, last: int, orgs: list[Mention]
) -> Mention | None:
    """The organisation whose possessive opens a name that a chip noun heads ('Zentrix's Aurora
    chips', 'Cerebras' new Aurora accelerator')."""
    opening = past_modifiers(words, first - 1, 2)
    if opening < 1 or words[opening] not in POSSESSIVE_MARKS or not chip_noun_heads(words, last):
        return None
    owner = next((m for m in orgs if m.last == opening - 1 and not m.reference), None)
    return owner


def _designer_of_chip_before(mentions: list[Mention], registry: Registry, index: int) -> str | None:
    """'its tensor processing unit (TPU), codenamed Icefish': the named chip's designer."""
    chips = [m for m in mentions if m.last < index and registry.get(m.entity).is_chip]
    if not chips:
        return None
    designers = registry.designers(chips[-1].entity, include_co_designers=False)
    return next(iter(designers)) if len(designers) == 1 else None


def _designs_chips(registry: Registry, entity_id: str) -> bool:
    """Whether "ChipDesigner" is among ``_root_types(registry, entity_id)``, asked without
    building its two sets (the entity's own types first, then its organisation's)."""
    return (
        "ChipDesigner" in registry.get(entity_id).types
        or "ChipDesigner" in registry.get(registry.organisation(entity_id)).types
    )


def _root_types(registry: Registry, entity_id: str) -> set[str]:
    return set(registry.get(entity_id).types) | set(
        registry.get(registry.organisation(entity_id)).types
    )


def _designer_before(designers: list[Mention], index: int, words: list[str]) -> Mention | None:
    """The chip designer named just before a model number ("Cerebras' WSE-3", "its next-gen")."""
    for m in designers:
        if m.last >= index:
            continue
        gap = words[m.last + 1 : index]
        possessive = bool(gap) and gap[0] in {"'s", "’s", "'", "’"}
        if not gap or (possessive and len(gap) <= 3 and not set(gap) & JOINING_WORDS):
            return m
    return None


def _designed_by_after(words: list[str], index: int) -> bool:
    """'The QX900, designed by chip startup Quorix,', 'the QX900 was developed by Quorix': a
    model number a passive verb of design follows."""
    ahead = [w for w in words[index + 1 : index + 5] if w not in {",", "was", "is", "being"}]
    return bool(ahead) and ahead[0] in DESIGNED_PARTICIPLES and ahead[1:2] == ["by"]


def _announcing_designers(designers: list[Mention], index: int, words: list[str]) -> list[Mention]:
    """'The firm also announced plans for a next-generation AI250 chip', 'OpenAI and Broadcom
    are co-developing a processor codenamed Titan': the chip designers that are the subject
    of a verb of unveiling before the model number, the first and the others listed with it."""
    before = [m for m in designers if m.last < index and not m.embedded]
    if not before:
        return []
    subjects = [before[0]]
    for m in before[1:]:
        if words[subjects[-1].last + 1 : m.first] in (["and"], [","], [",", "and"]):
            subjects.append(m)
    if len(subjects) > 1:
        between = [w for w in words[subjects[-1].last + 1 : index] if w not in ("co", "-")]
        if any(w.startswith(LAUNCH_VERBS) for w in between[:3]):
            return subjects
    between = words[before[0].last + 1 : index]
    if between[:1] == [","] and "," in between[2:10]:
        between = between[between.index(",", 2) + 1 :]  # "Korvex, a chipmaker in Austin, unveiled"
    if len(between) <= 12 and any(w.startswith(LAUNCH_VERBS) for w in between[:4]):
        return [before[0]]
    return []


@lru_cache(maxsize=1 << 14)  # asked of every capitalised word
def _is_model_number(text: str) -> bool:
    """'WSE-3', 'AI250', 'MI300X'; not a year, quarter or code."""
    return MODEL_NUMBER.fullmatch(text) is not None and not _is_year_or_code(text)


_MODEL_NUMBER = WordMemo(_is_model_number, 1 << 14)  # asked of every capitalised word


def _is_year_or_code(text: str) -> bool:
    """'2026', 'Q3', 'H1', 'FY25', 'COVID-19' are not products, nor are a foundry's process
    names ('N3P', 'N6', 'SF2', '18A') or a filing's form ('S-1', '10-K')."""
    return bool(
        re.fullmatch(
            r"(?:Q[1-4]|H[12]|FY\d{2,4}|CY\d{2,4})|\d+|[A-Z]+-19|\d+[A-Za-z]{1,2}|N\d{1,2}[A-Z]?|SF\d[A-Z]?"
            r"|[SF]-[1-4]|10-[KQ]|8-K|20-F",  # (a filing's form: "filed a new Form S-1")
            text,
        )
    )
