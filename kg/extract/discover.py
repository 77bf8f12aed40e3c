"""Discovery of organisations the registry lacks, from the way news text introduces them.

A capitalised name counts as an organisation only in a context that says so: a descriptor
before it ("AI startup Decart", "neocloud Nscale"), an appositive after it ("Humain, a Saudi AI
company,"), or a list that also names a known lab ("Anthropic, Karakuri, and Decart").
Discovered entities are kept with lower confidence and reported by the build.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from confusable_homoglyphs import confusables
from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract.mentions import Mention
from kg.extract.patterns import (
    ACQUIRED_BEFORE,
    AUXILIARY_ADVERBS,
    BACKERS_AFTER,
    CHIP_NAME_ADJECTIVES,
    CHIP_NOUNS,
    CHIP_TAKING_INFINITIVES,
    CHIP_TAKING_VERBS,
    COMPOUND_HEADS,
    CORPORATE_SUFFIXES,
    DESCRIPTOR_AFTER,
    DESCRIPTOR_BEFORE,
    DESCRIPTORS,
    FINITE_AUXILIARIES,
    FOUNDED_AFTER,
    FOUNDER_AFTER,
    GENERATION,
    HARDWARE_NOUNS,
    INVESTED_IN,
    INVESTOR_SUFFIXES,
    INVESTS_AFTER,
    JOINING_WORDS,
    LAUNCH_VERBS,
    LEGAL_FORM,
    LEGAL_WORDS,
    LIST_STOPS,
    MODEL_NUMBER,
    NAMED_CHIP_NOUNS,
    NAMING_WORDS,
    NEWS_OUTLETS,
    NOT_A_CHIP_AFTER,
    NOT_NAMES,
    PERSON_NOUNS,
    PERSON_TITLES,
    PLACE_PREPOSITIONS,
    QUALIFIES_DESCRIBED_NAME,
    RAISES_AFTER,
    ROUND_LIST_GLUE,
    ROYAL_TITLES,
    UNIT_AFTER_NUMBER,
)
from kg.extract.people import is_person_name
from kg.extract.places import is_place
from kg.extract.rounds import slot_starts
from kg.extract.text import Sentence
from kg.models import Entity
from kg.registry import Registry

MAX_NAME_TOKENS = 4
# A name that ends in an investing word may be longer ("Hangzhou Municipal Construction
# Investment Group Co.", "China Merchants Group Venture Capital").
MAX_INVESTOR_NAME_TOKENS = 7


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "entity"


@lru_cache(maxsize=1 << 16)  # asked of every word of every sentence; words recur
def _is_name_token(text: str) -> bool:
    if not text or text in NOT_NAMES or len(text.rstrip(".")) <= 1:  # "A.", "C": a letter
        return False
    if set(text) & CURRENCY_SIGNS:  # "S$21.5", "HK$3": an amount
        return False
    if not text[0].isupper() and CAMEL_CASE.match(text) is None:  # "xAI" is a name
        return False
    return PLURAL_ACRONYM.fullmatch(text) is None  # "VCs", "GPUs": plural common nouns


CURRENCY_SIGNS = set("$€£¥₹")
INITIAL = re.compile(r"[A-Z]\.")
CAMEL_CASE = re.compile(r"[a-z]+[A-Z]")
DIGIT_LED = re.compile(r"\d+[A-Z][A-Za-z]*")
PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")  # "GPUs", "SoCs"


def _name_runs(sentence: Sentence, taken: set[int]) -> list[tuple[int, int]]:
    runs, first = [], None
    tokens = sentence.tokens
    for i, token in enumerate(tokens + [None]):  # type: ignore[list-item]
        name_like = token is not None and i not in taken and _is_name_token(token.text)
        initial = token is not None and len(token.text) == 2 and INITIAL.fullmatch(token.text)
        if initial and not name_like:  # (the length first: this is asked of every word)
            name_like = _initials_before_name(tokens, i, taken)  # "D. E. Shaw Ventures"
        if token is not None and token.text == "AI" and first is not None and i not in taken:
            name_like = True  # "Trellix AI": the name's last word
        if (
            token is not None
            and token.text == "-"
            and first is not None
            and i + 1 < len(tokens)
            and tokens[i - 1].end == token.start
            and tokens[i + 1].start == token.end
            and _is_name_token(tokens[i + 1].text)
            and i + 1 not in taken
        ):
            name_like = True  # "High-Flyer": one name across its hyphen
        if (
            token is not None
            and token.text == ":"
            and first is not None
            and i + 1 < len(tokens)
            and tokens[i - 1].end == token.start
            and tokens[i + 1].start == token.end
            and tokens[i + 1].text.isalnum()
            and tokens[i + 1].text[0].islower()
        ):
            name_like = True  # "Run:ai": one name across its colon; not "NASDAQ:FB", a ticker
        elif (
            token is not None
            and first is not None
            and i >= 2
            and tokens[i - 1].text == ":"
            and tokens[i - 1].end == token.start
            and tokens[i - 2].end == tokens[i - 1].start
            and token.text.isalnum()
            and token.text[0].islower()
        ):
            name_like = True  # the word after that colon
        if (
            not name_like
            and first is None
            and token is not None
            and token.text[:1].isdigit()
            and DIGIT_LED.fullmatch(token.text)
            and i + 1 < len(tokens)
            and tokens[i + 1].text in INVESTOR_SUFFIXES
        ):
            name_like = True  # "5Y Capital", "8VC Partners": a name led by a digit
        if name_like and first is None:
            first = i
        elif not name_like and first is not None:
            if i - first <= MAX_NAME_TOKENS or _investor_name(tokens[first:i]):
                runs.append((first, i - 1))
            first = None
    return runs


def _investor_name(tokens: list) -> bool:
    """Whether a long run of capitalised words is one investor's name: it ends in an investing
    word, before any legal form."""
    words = [t.text for t in tokens]
    while words and words[-1].lower() in LEGAL_WORDS:
        words.pop()
    short_enough = len(tokens) <= MAX_INVESTOR_NAME_TOKENS
    return short_enough and bool(words) and words[-1] in INVESTOR_SUFFIXES


def _initials_before_name(tokens: list, i: int, taken: set[int]) -> bool:
    j = i
    while j < len(tokens) and INITIAL.fullmatch(tokens[j].text):
        j += 1
    return j < len(tokens) and j not in taken and _is_name_token(tokens[j].text)


def discover(
    sentence: Sentence, mentions: list[Mention], registry: Registry
) -> list[tuple[Mention, Entity]]:
    """Organisations named in ``sentence`` that the registry lacks, with a type from context."""
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    labs = [m for m in mentions if "Lab" in registry.get(m.entity).types]
    orgs = [m for m in mentions if not m.reference and registry.get(m.entity).is_organization]
    found: list[tuple[Mention, Entity]] = discover_chips(sentence, mentions, registry, taken)
    taken |= {i for m, _ in found for i in range(m.first, m.last + 1)}
    runs = _name_runs(sentence, taken)
    chip_firsts = {m.first for m in mentions if registry.get(m.entity).is_chip} | {
        m.first for m, e in found if e.is_chip
    }
    slots: list[int] | None = None  # where round lists start, found when first needed
    headline: bool | None = None  # whether the sentence is a title-case headline, likewise
    for first, last in runs:
        tokens = sentence.tokens[first : last + 1]
        name = sentence.text[tokens[0].start - sentence.start : tokens[-1].end - sentence.start]
        if _looks_like_a_registry_name(name, registry):
            continue  # "ОpenAI" in Cyrillic letters: never a second OpenAI
        if name.removeprefix("The ") in NEWS_OUTLETS:
            continue  # a publisher reporting the deal
        if all(t.lower in LEGAL_WORDS for t in tokens):
            continue  # "Co., Ltd.", "Limited": a legal form, never a name of its own
        if first - 1 in taken and all(
            t.text in INVESTOR_SUFFIXES or t.lower in CORPORATE_SUFFIXES for t in tokens
        ):
            continue  # "Fidelity Management": the rest of a known name, not a new one
        opening = first == 0 and _founded_company(sentence, first, last, _after(sentence, last))
        known = registry.lookup(name) or _short_name_of(name, first, registry, opening)
        if known is not None:
            if known.is_chip and not known.discovered:
                continue  # "Grace Blackwell GB300": a family name the mentions dropped
            if known.discovered or known.name != name:  # named again, or by its short name
                mention = Mention(known.id, first, last, tokens[0].start, tokens[-1].end, name)
                found.append((mention, known))
            continue
        if first == last == 0 and name.endswith("ly"):
            continue  # "Recently, the UK startup Fluidstack …": an adverb opening the sentence
        if first > 0 and sentence.tokens[first - 1].lower in PERSON_TITLES:
            continue  # "former Google CEO Eric Schmidt": a person
        if any(t.text in ROYAL_TITLES for t in sentence.tokens[max(0, first - 3) : first]):
            continue  # "Saudi Prince al-Waleed bin Talal": a person
        after = _after(sentence, last)
        if is_place(name) or after[:6].lower() in ("-based", " based"):
            continue  # "San Francisco-based Anthropic": a place
        if _qualifies_a_person(sentence, last):
            continue  # "former Legendary Entertainment owner Thomas Tull": a person's past
        if _owns_the_next_name(sentence, last, taken) or QUALIFIES_DESCRIBED_NAME.match(after):
            continue  # "Singapore's Temasek": a place or owner qualifying a known name
        kind = _kind(sentence, first, last, after, labs) or _listed_after_new(
            sentence, first, found
        )
        buys = kind is None and _takes_chips(sentence, first, last, chip_firsts)
        if buys:
            kind = "Lab"  # "Cassava Technologies, having acquired 12,000 Nvidia GPUs, …"
        in_list = kind is None and _in_company_list(sentence, first, last, runs, orgs)
        if in_list:
            kind = "Lab"  # "Ericsson, AstraZeneca, SAAB, SEB and Wallenberg Investments have …"
        named = [t.text for t in tokens]
        while len(named) > 2 and named[-1].lower() in CORPORATE_SUFFIXES:
            named.pop()  # "Entrada Ventures LLC": the suffix after the investing word
        suffixed = named[-1] in INVESTOR_SUFFIXES and len(named) > 1
        if not suffixed and slots is None:
            slots = slot_starts([t.lower for t in sentence.tokens])
        listed = suffixed or _in_round_list(sentence, first, runs, taken, slots or [])
        if listed and headline is None:
            headline = _title_case(sentence)
        listed = listed and not headline
        if (listed or kind) and not suffixed and is_person_name([t.text for t in tokens]):
            continue  # "led by Stripes and Peter Thiel", "investors such as Reid Hoffman"
        if (kind is None and listed) or (suffixed and kind == "Lab"):
            kind = "Investor"  # "Shunwei Capital Partners" listed with labs: its suffix decides
        elif kind is None or (
            first == 0
            and not DESCRIPTOR_AFTER.match(after)
            and not RAISES_AFTER.match(after)
            and not FOUNDER_AFTER.match(after)
            and not _founded_company(sentence, first, last, after)
            and not INVESTS_AFTER.match(after)
            and not BACKERS_AFTER.match(after)
            and not buys
            and not in_list
        ):
            continue
        found.append(_new_entity(sentence, first, last, LEGAL_FORM.sub("", name), kind))
    return _designed_by_discovered(found)


def _designed_by_discovered(
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


def _after(sentence: Sentence, last: int) -> str:
    return sentence.text[sentence.tokens[last].end - sentence.start :]


def _kind(sentence: Sentence, first: int, last: int, after: str, labs: list[Mention]) -> str | None:
    """The kind of organisation the context makes a name (``after``: the text after it)."""
    before = sentence.text[: sentence.tokens[first].start - sentence.start]
    for pattern, text in ((DESCRIPTOR_BEFORE, before), (DESCRIPTOR_AFTER, after)):
        match = pattern.search(text) if pattern is DESCRIPTOR_BEFORE else pattern.match(text)
        if match:
            return DESCRIPTORS[match.group("kind").lower()]
    if labs and _listed_with(sentence, first, last, labs):
        return "Lab"
    if (
        first > 1
        and sentence.tokens[first - 1].lower == "based"
        and sentence.tokens[first - 2].lower == "-"
    ):
        return "Lab"  # "Palo Alto-based Modular": a place's company
    if ACQUIRED_BEFORE.search(before):
        return "Lab"  # "AMD is acquiring Silo AI", "acquisitions of startups Deci and Run:ai"
    if INVESTED_IN.search(before):
        return "Lab"  # "a 51 per cent stake in Altera", "invested $2 billion in Qubafo"
    if RAISES_AFTER.match(after) and not _common_word_first(sentence, first, last):
        return "Lab"  # "Acme AI has raised $100 million"
    if FOUNDER_AFTER.match(after) and not _common_word_first(sentence, first, last):
        return "Lab"  # "Acme AI founder and CEO Jane Doe"
    if _founded_company(sentence, first, last, after):
        return "Lab"  # "Skild, founded in 2023 by former Meta researchers, …"
    if BACKERS_AFTER.match(after):
        return "Lab"  # "Sapeon's shareholders include SK Telecom": a company with backers
    if INVESTS_AFTER.match(after) and not _common_word_first(sentence, first, last):
        return "Investor"  # "HCLTech is investing $150 million in …"
    return None


def _listed_after_new(
    sentence: Sentence, first: int, found: list[tuple[Mention, Entity]]
) -> str | None:
    """'acquisitions of startups Dexa and Runwell': a name joined by 'and' or a comma to a
    company just discovered is one of the same kind."""
    for mention, entity in reversed(found):
        if mention.last < first and not entity.is_chip:
            gap = [t.lower for t in sentence.tokens[mention.last + 1 : first]]
            if gap in ([","], ["and"], [",", "and"], ["&"]):
                return entity.types[0]
            return None
    return None


def _takes_chips(sentence: Sentence, first: int, last: int, chip_firsts: set[int]) -> bool:
    """Whether the name is the subject of buying, deploying or running the chips named just
    after the verb ('Acme, having recently acquired 12,000 Nvidia GPUs', 'Acme deployed …'),
    or opens a sentence whose participle clause does ('Acme has begun …, having acquired …')."""
    lowers = [t.lower for t in sentence.tokens]
    if not chip_firsts or (first > 0 and lowers[first - 1] in PLACE_PREPOSITIONS | {"the"}):
        return False  # "its AI factory in Windhoek, having acquired …": a place; "the SPV"
    starts = [last + 1]
    if first == 0:
        starts += [i + 1 for i in range(2, len(lowers)) if lowers[i - 1 : i + 1] == [",", "having"]]
    for i in starts:
        if lowers[i : i + 1] == [","]:
            i += 1
        while i < len(lowers) and lowers[i] in FINITE_AUXILIARIES | AUXILIARY_ADVERBS | {"having"}:
            i += 1
        if lowers[i : i + 1] in (["said"], ["says"]) and lowers[i + 1 : i + 2] == ["it"]:
            i += 2  # "Quorix said it will rent 2,000 H100 GPUs"
            while i < len(lowers) and lowers[i] in FINITE_AUXILIARIES | AUXILIARY_ADVERBS:
                i += 1
        if i < len(lowers) and lowers[i] in CHIP_TAKING_VERBS | CHIP_TAKING_INFINITIVES:
            return any(i < chip <= i + 5 for chip in chip_firsts)
    return False


def _qualifies_a_person(sentence: Sentence, last: int) -> bool:
    """Whether a title and a person's name follow the name ('… owner Thomas Tull')."""
    tokens = sentence.tokens
    if last + 3 >= len(tokens) or tokens[last + 1].lower not in PERSON_TITLES | PERSON_NOUNS:
        return False
    return is_person_name([t.text for t in tokens[last + 2 : last + 4]])


def _founded_company(sentence: Sentence, first: int, last: int, after: str) -> bool:
    """'Skild, founded in 2023 by …', 'Skild was backed early by Amazon': a company, unless a
    place ('a centre in Heilbronn, which is backed by …') or a person."""
    if not FOUNDED_AFTER.match(after):
        return False
    if first > 0 and sentence.tokens[first - 1].lower in PLACE_PREPOSITIONS:
        return False
    return not is_person_name([t.text for t in sentence.tokens[first : last + 1]])


def _short_name_of(
    name: str, first: int, registry: Registry, opening: bool = False
) -> Entity | None:
    """'the latest round of funding for Scale': a name written without the 'AI' that ends it
    ('Scale AI'), inside a sentence where its capital says it is a name (``opening``: the
    context after a sentence's first word says so)."""
    if (first == 0 and not opening) or " " in name:
        return None
    entity = registry.lookup(f"{name} AI")
    return entity if entity is not None and entity.is_organization else None


def _owns_the_next_name(sentence: Sentence, last: int, taken: set[int]) -> bool:
    tokens = sentence.tokens
    return (
        last + 2 < len(tokens)
        and tokens[last + 1].lower in {"'s", "’s"}
        and (last + 2 in taken or _is_name_token(tokens[last + 2].text))
    )


def _common_word_first(sentence: Sentence, first: int, last: int) -> bool:
    """'Investors raised …', 'Startups closed …': a sentence's first word alone, capitalised
    only because it starts the sentence, is no name."""
    word = sentence.tokens[first].text
    return first == 0 and first == last and (word.lower() in STOP_WORDS or word.endswith("s"))


def _in_company_list(
    sentence: Sentence,
    first: int,
    last: int,
    runs: list[tuple[int, int]],
    orgs: list[Mention],
) -> bool:
    """Whether the name is one of three or more names joined only by commas and 'and', one of
    them an organisation the registry knows ('Ericsson, AstraZeneca, SAAB, SEB and Wallenberg
    Investments')."""
    words = [t.lower for t in sentence.tokens]
    known = {(m.first, m.last) for m in orgs} | {
        (a, b) for a, b in runs if b > a and sentence.tokens[b].text in INVESTOR_SUFFIXES
    }  # a name ending in an investing word is an organisation too
    items = sorted(set(runs) | known)
    at = items.index((first, last)) if (first, last) in items else None
    if at is None:
        return False

    def joined(a: tuple[int, int], b: tuple[int, int]) -> bool:
        gap = words[a[1] + 1 : b[0]]
        return bool(gap) and set(gap) <= {",", "and", "&"} and len(gap) <= 2

    lo = hi = at
    while lo > 0 and joined(items[lo - 1], items[lo]):
        lo -= 1
    while hi + 1 < len(items) and joined(items[hi], items[hi + 1]):
        hi += 1
    chain = items[lo : hi + 1]
    return len(chain) >= 3 and any(item in known for item in chain)


def _listed_with(sentence: Sentence, first: int, last: int, labs: list[Mention]) -> bool:
    """Whether the name sits in a comma list next to a known lab or another listed name."""
    words = [t.lower for t in sentence.tokens]
    glue = {",", "and", "&", "(", ")"}
    before = words[first - 1] if first > 0 else ""
    after = words[last + 1] if last + 1 < len(words) else ""
    if before not in glue and after not in glue:
        return False
    window = range(max(0, first - 30), min(len(words), last + 31))
    return any(m.first in window for m in labs) and (
        "including" in words[max(0, first - 25) : first] or "such" in words[:first]
    )


def latin_skeleton(name: str) -> str:
    """``name`` with letters of other scripts that look like Latin ones replaced by them, after
    NFKC and without format characters ('ОpenАI' in Cyrillic letters gives 'OpenAI')."""
    folded = "".join(
        ch for ch in unicodedata.normalize("NFKC", name) if unicodedata.category(ch) != "Cf"
    )
    if folded.isascii():
        return folded
    found = confusables.is_confusable(folded, greedy=True, preferred_aliases=["latin"]) or []
    swaps = {item["character"]: item["homoglyphs"][0]["c"] for item in found if item["homoglyphs"]}
    return "".join(swaps.get(ch, ch) for ch in folded)


def _looks_like_a_registry_name(name: str, registry: Registry) -> bool:
    """Whether a name that is not itself in the registry reads as one that is."""
    if name.isascii():
        return False
    skeleton = latin_skeleton(name)
    return skeleton != name and registry.lookup(skeleton) is not None


def _title_case(sentence: Sentence) -> bool:
    """A headline in title case ('Backed by Tier 1 Counterparties') capitalises common words:
    capitals there say nothing about names."""
    words = [t.text for t in sentence.tokens if t.text.isalpha() and len(t.text) > 3]
    share = sum(w[0].isupper() for w in words) / max(1, len(words))
    if len(words) < 4 or share <= 0.6:
        return False
    # a prose sentence full of names ("The round for Orbital Compute was led by Hexal Capital.")
    # ends like prose and writes its common words in lower case; a headline does neither
    ends_like_prose = sentence.tokens[-1].text in {".", "!", "?"}
    capitalised_common = any(w[0].isupper() and w.lower() in STOP_WORDS for w in words[1:])
    return capitalised_common or not ends_like_prose


def _in_round_list(
    sentence: Sentence, first: int, runs: list[tuple[int, int]], taken: set[int], slots: list[int]
) -> bool:
    """Whether a name stands in a list of a round's participants ("led by Greenoaks, with
    participation from Accel"): after a slot, with only names, list glue and a few lower-case
    descriptors between."""
    words = [t.lower for t in sentence.tokens]
    names = taken | {i for a, b in runs for i in range(a, b + 1)}
    for start in slots:
        if not 0 <= first - start <= 30:
            continue
        between = [
            i for i in range(start, first) if i not in names and words[i] not in CORPORATE_SUFFIXES
        ]  # "Marvell Technology Group Ltd. and Entrada Ventures"
        if (
            all(words[i] in ROUND_LIST_GLUE or words[i].isalpha() for i in between)
            and not {words[i] for i in between} & LIST_STOPS
            and sum(words[i].isalpha() for i in between) <= 8
        ):
            return True
    return False


def discover_chips(
    sentence: Sentence, mentions: list[Mention], registry: Registry, taken: set[int]
) -> list[tuple[Mention, Entity]]:
    """Accelerators the registry lacks, from a model number beside a chip designer or a hardware
    noun ("Cerebras' WSE-3", "the AI250 chip", "SN50 dataflow accelerators"), or a name given
    to a chip ("its TPU, codenamed Icefish")."""
    tokens = sentence.tokens
    found: list[tuple[Mention, Entity]] = _new_generations(sentence, mentions, registry, taken)
    taken = taken | {i for m, _ in found for i in range(m.first, m.last + 1)}
    words: list[str] = []
    designers: list[Mention] = []
    has_hardware = False
    text = sentence.text
    if "(" in text or ", a" in text or " its " in text:  # a chip described or listed by name
        words = [t.lower for t in tokens]
        designers = [m for m in mentions if "ChipDesigner" in _root_types(registry, m.entity)]
        has_hardware = bool(set(words) & HARDWARE_NOUNS) or any(
            registry.get(m.entity).is_chip for m in mentions
        )
        found += _described_chips(sentence, designers, registry, taken)
        taken = taken | {i for m, _ in found for i in range(m.first, m.last + 1)}
    for i, token in enumerate(tokens):
        if i in taken or not token.text[:1].isupper():
            continue
        model = _is_model_number(token.text)
        after_naming = i > 0 and (
            tokens[i - 1].lower in NAMING_WORDS
            or [t.lower for t in tokens[max(0, i - 3) : i]] == ["code", "-", "named"]
        )
        if not (model or after_naming):
            continue
        if not words:  # the sentence's context, worked out once a word may be a chip's name
            words = [t.lower for t in tokens]
            designers = [m for m in mentions if "ChipDesigner" in _root_types(registry, m.entity)]
            has_hardware = bool(set(words) & HARDWARE_NOUNS) or any(
                registry.get(m.entity).is_chip for m in mentions
            )
        named = after_naming and has_hardware
        if not (named or model) or registry.lookup(token.text) is not None:
            continue
        if words[i + 1 : i + 2] and words[i + 1] in NOT_A_CHIP_AFTER:
            continue  # "Quantum-X800 InfiniBand networking": a switch, not an accelerator
        designer = _designer_before(designers, i, words) or _announcing_designer(
            designers, i, words
        )
        if not (named or designer or _hardware_after(words, i)):
            continue
        designer_id = registry.organisation(designer.entity) if designer else None
        if named:
            designer_id = _designer_of_chip_before(mentions, registry, i) or designer_id
        first = _hyphenated_start(tokens, i, taken)
        name = _span_text(sentence, first, i)
        if first < i and registry.lookup(name) is not None:
            continue
        found.append(_new_chip(sentence, first, i, name, designer=designer_id))
    return found


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


def _span_text(sentence: Sentence, first: int, last: int) -> str:
    tokens = sentence.tokens
    return sentence.text[tokens[first].start - sentence.start : tokens[last].end - sentence.start]


def _new_chip(
    sentence: Sentence, first: int, last: int, name: str, **fields: str | None
) -> tuple[Mention, Entity]:
    return _new_entity(sentence, first, last, name, "Chip", **fields)


def _new_entity(
    sentence: Sentence, first: int, last: int, name: str, kind: str, **fields: str | None
) -> tuple[Mention, Entity]:
    """A discovered entity named by tokens ``first``..``last``, and its mention."""
    entity = Entity(
        id=f"discovered-{slug(name)}", name=name, types=[kind], discovered=True, **fields
    )
    tokens = sentence.tokens
    return Mention(entity.id, first, last, tokens[first].start, tokens[last].end, name), entity


def _new_generations(
    sentence: Sentence, mentions: list[Mention], registry: Registry, taken: set[int]
) -> list[tuple[Mention, Entity]]:
    """'TPU 8t', 'Maia 300': a chip family followed by a model number the registry does not
    know is a new generation of that family, by the family's designer."""
    tokens, found = sentence.tokens, []
    for m in mentions:
        family = registry.get(m.entity)
        after = m.last + 1
        if not family.is_chip or family.family or m.embedded or after >= len(tokens):
            continue
        last = after
        while (
            last + 1 < len(tokens)
            and tokens[last + 1].start == tokens[last].end
            and (tokens[last + 1].text.isalnum())
        ):
            last += 1  # "8t" is read as "8" and "t"
        model = _span_text(sentence, after, last)
        if (
            after in taken
            or not GENERATION.fullmatch(model)
            or model.isdigit()
            and (last + 1 < len(tokens) and tokens[last + 1].lower in UNIT_AFTER_NUMBER)
        ):
            continue  # "TPU 100 times", "Maia 2 GW": a number, not a model
        name = _span_text(sentence, m.first, last)
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
    sentence: Sentence, designers: list[Mention], registry: Registry, taken: set[int]
) -> list[tuple[Mention, Entity]]:
    """Chips a sentence describes as chips: 'MatX One, an LLM-optimised accelerator', and the
    names in parentheses after an accelerator noun ('AI accelerators for edge workloads (Europa
    and Metis)'); their designer is the chip designer the sentence names before them."""
    words = [t.lower for t in sentence.tokens]
    runs = _name_runs(sentence, taken)
    names = {i for a, b in runs for i in range(a, b + 1)}
    found = []
    for first, last in runs:
        before = [m for m in designers if m.last < first]
        if not before:
            continue
        if words[last] == "ai" and last > first:
            last -= 1  # "its DX-M1 AI accelerator": the name before the field's abbreviation
        if before[-1].last == first - 1 and not before[-1].reference:
            first = before[-1].first  # "MatX One": the designer's name starts the chip's
        if words[last + 1 : last + 2] == ["-"] and last > first:
            last -= 1  # "MatX One LLM-optimised accelerator": the last word modifies the noun
        its_own = _its_named_chip(words, first, last)
        if not (
            _described_after(words, last) or _listed_after_chip_noun(words, first, names) or its_own
        ):
            continue
        name = _span_text(sentence, first, last)
        if registry.lookup(name) is None:
            named = [m for m in before if not m.reference]
            subject = [m for m in named if m.first == 0]
            # "FuriosaAI, which used Samsung's process for its Warboy chip": the subject's chip
            owner = (subject or named or before)[0 if subject else -1] if its_own else before[-1]
            designer = registry.organisation(owner.entity)
            found.append(_new_chip(sentence, first, last, name, designer=designer))
    return found


def _described_after(words: list[str], last: int) -> bool:
    """', an LLM-optimised accelerator' after a name."""
    after = words[last + 1 : last + 8]
    if after[:1] != [","] or after[1:2] not in (["a"], ["an"]):
        return False
    nouns = [i for i, w in enumerate(after) if w in CHIP_NOUNS]
    return bool(nouns) and "," not in after[1 : nouns[0]]


def _its_named_chip(words: list[str], first: int, last: int) -> bool:
    """'its MatX One LLM-optimised accelerator', 'its Sohu chip': a name between 'its' and a
    chip noun that heads the phrase."""
    opening = first - 1
    while opening > 0 and first - opening <= 2 and _modifier(words[opening]):
        opening -= 1  # "its first-generation Warboy chip", "its ultra-low-power Regulus chip"
    if words[opening : opening + 1] != ["its"]:
        return False
    for i in range(last + 1, min(len(words), last + 6)):
        if words[i] in {"and", "or", ","}:
            return False  # "its Training and Inference Accelerator": a longer name's first word
        if words[i] in CHIP_NOUNS | NAMED_CHIP_NOUNS:
            return (
                words[i + 1 : i + 2] == [] or words[i + 1] not in COMPOUND_HEADS | NOT_A_CHIP_AFTER
            )
        if not words[i].replace("-", "").isalpha() and words[i] != "-":
            return False
    return False


def _modifier(word: str) -> bool:
    """An adjective before a chip's name ('first-generation', 'new', 'ultra-low-power')."""
    return ("-" in word and word.replace("-", "").isalpha()) or word in CHIP_NAME_ADJECTIVES


def _listed_after_chip_noun(words: list[str], first: int, names: set[int]) -> bool:
    """'accelerators aimed at edge workloads (Europa and Metis)': names, and nothing else, in
    parentheses that follow a chip noun with no name between."""
    glue = {"and", ",", "or"}
    opening = next((i for i in range(first - 1, max(-1, first - 8), -1) if words[i] == "("), None)
    closing = next((i for i in range(first, min(len(words), first + 12)) if words[i] == ")"), None)
    if opening is None or closing is None:
        return False
    if not all(i in names or words[i] in glue for i in range(opening + 1, closing)):
        return False
    nouns = [i for i in range(max(0, opening - 7), opening) if words[i] in CHIP_NOUNS]
    return bool(nouns) and not any(i in names for i in range(nouns[-1], opening))


def _designer_of_chip_before(mentions: list[Mention], registry: Registry, index: int) -> str | None:
    """'its tensor processing unit (TPU), codenamed Icefish': the named chip's designer."""
    chips = [m for m in mentions if m.last < index and registry.get(m.entity).is_chip]
    if not chips:
        return None
    designers = registry.designers(chips[-1].entity, include_co_designers=False)
    return next(iter(designers)) if len(designers) == 1 else None


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


def _announcing_designer(designers: list[Mention], index: int, words: list[str]) -> Mention | None:
    """'The firm also announced plans for a next-generation AI250 chip': the chip designer
    that is the subject of a verb of unveiling before the model number."""
    before = [m for m in designers if m.last < index and not m.embedded]
    if not before:
        return None
    between = words[before[0].last + 1 : index]
    return (
        before[0]
        if len(between) <= 12 and any(w.startswith(LAUNCH_VERBS) for w in between[:4])
        else None
    )


def _hardware_after(words: list[str], index: int) -> bool:
    return any(w in HARDWARE_NOUNS for w in words[index + 1 : index + 3])


@lru_cache(maxsize=1 << 14)  # asked of every capitalised word
def _is_model_number(text: str) -> bool:
    """'WSE-3', 'AI250', 'MI300X'; not a year, quarter or code."""
    return MODEL_NUMBER.fullmatch(text) is not None and not _is_year_or_code(text)


def _is_year_or_code(text: str) -> bool:
    """'2026', 'Q3', 'H1', 'FY25', 'COVID-19' are not products."""
    return bool(re.fullmatch(r"(?:Q|H|FY|CY)\d{1,4}|\d+|[A-Z]+-19|\d+[A-Za-z]{1,2}", text))
