"""Whether the words around a name describe it as a chip: a chip noun heading its phrase
("its Sohu chip", "a 'Baltra' server chip"), an apposition ("its flagship chip, the Rebel100"),
a description after it (", an LLM-optimised accelerator"), a list in brackets after a chip noun."""

from __future__ import annotations

from kg.extract.mentions import Mention
from kg.extract.patterns import (
    CHIP_NAME_ADJECTIVES,
    CHIP_NOUNS,
    COMPOUND_HEADS,
    DESIGNED_PARTICIPLES,
    GENERATION,
    HARDWARE_NOUNS,
    MODEL_NOUNS,
    NAMED_CHIP_NOUNS,
    NOT_A_CHIP_AFTER,
    POSSESSING_WORDS,
    PROCESSING_KINDS,
    QUOTES,
    UNIT_AFTER_NUMBER,
)
from kg.extract.text import Sentence

# The one-word chip nouns (the union made once, not at each ask).
CHIP_NOUN_WORDS = frozenset(CHIP_NOUNS | NAMED_CHIP_NOUNS)
# The words one of which starts or continues every chip noun ``chip_noun_end`` finds.
CHIP_NOUN_PARTS = CHIP_NOUN_WORDS | {"processing"}


def described_as_chip(words: list[str], last: int) -> bool:
    """', an LLM-optimised accelerator' after a name."""
    after = words[last + 1 : last + 8]
    if after[:1] != [","] or after[1:2] not in (["a"], ["an"]):
        return False
    nouns = [i for i, w in enumerate(after) if w in CHIP_NOUNS]
    if not nouns or "," in after[1 : nouns[0]]:
        return False
    head = words[last + 1 + nouns[0] + 1 : last + 1 + nouns[0] + 2]
    return not head or head[0] not in COMPOUND_HEADS | NOT_A_CHIP_AFTER  # "a chip designer"


def apposed_to_its_chip(words: list[str], first: int) -> bool:
    """'its flagship chip, the Rebel100,', 'Zentrix's newest accelerator, "Quill"': a name in
    apposition to a company's chip noun."""
    i = first - 1
    while i >= 0 and words[i] in QUOTES:
        i -= 1
    if i >= 0 and words[i] == "the":
        i -= 1
    if i < 1 or words[i] != "," or words[i - 1] not in CHIP_NOUNS:
        return _its_chip_noun_after(words, first)
    return bool(POSSESSING_WORDS & set(words[max(0, i - 5) : i - 1]))


def _its_chip_noun_after(words: list[str], first: int) -> bool:
    """'unveiled Tern, its second-generation inference accelerator': a name a description of
    the company's own chip follows, set off by a comma."""
    j = first + 1
    while j < len(words) and words[j] not in {",", ".", ";"}:
        j += 1  # (past the name's own words)
    if j - first > 3 or words[j : j + 2] != [",", "its"]:
        return False
    ahead = words[j + 2 : j + 8]
    end = next((k for k, w in enumerate(ahead) if w in {",", ".", ";"}), len(ahead))
    return end > 0 and ahead[end - 1] in CHIP_NOUNS  # the description's head ("its chip
    # supplier" is a company)


def its_named_chip(words: list[str], first: int, last: int) -> bool:
    """'its MatX One LLM-optimised accelerator', 'its Sohu chip': a name between 'its' and a
    chip noun that heads the phrase."""
    opening = past_modifiers(words, first - 1, 2)
    if words[opening : opening + 1] != ["its"]:
        return False
    for i in range(last + 1, min(len(words), last + 6)):
        if words[i] in {"and", "or", ","}:
            return False  # "its Training and Inference Accelerator": a longer name's first word
        if words[i] in MODEL_NOUNS and words[i + 1 : i + 2] != ["-"]:
            return False  # "its Pangu Pro MoE model on Ascend chips": a model's name (not
            # "its MatX Two LLM-optimised accelerator")
        end = chip_noun_end(words, i)
        if end is not None:
            return words[end : end + 1] == [] or words[end] not in COMPOUND_HEADS | NOT_A_CHIP_AFTER
        if not words[i].replace("-", "").isalpha() and words[i] != "-":
            return False
    return False


def named_chip_noun_after(words: list[str], first: int, last: int) -> bool:
    """'the next-generation Asimov silicon chip', 'a "Baltra" server chip': a name between an
    article and the chip noun that heads the phrase (its designer named before it)."""
    opening = first - 1
    while opening >= 0 and words[opening] in QUOTES:
        opening -= 1
    opening = past_modifiers(words, opening, 3)
    if opening < 0 or words[opening] not in {"the", "a", "an"}:
        return False
    return chip_noun_heads(words, last)


def chip_noun_heads(words: list[str], last: int) -> bool:
    """Whether a chip noun heads the phrase after a name, past a quote and one more noun."""
    i = last + 1
    while i < len(words) and words[i] in QUOTES:
        i += 1
    if words[i : i + 2] in (["data", "center"], ["data", "centre"]):
        i += 1  # "the Crescent Island data center GPU": two words, one noun
    for j in range(i, min(len(words), i + 2)):
        end = chip_noun_end(words, j)
        if end is not None:
            return words[end : end + 1] == [] or words[end] not in COMPOUND_HEADS | (
                NOT_A_CHIP_AFTER
            )
        if not words[j].isalpha() or not words[j].islower():
            return False
    return False


def chip_noun_end(words: list[str], i: int) -> int | None:
    """The index after a chip noun starting at ``i``: one word ('chips', 'NPU') or a processing
    unit spelt out ('neural processing unit'); None when none starts there."""
    if words[i] in CHIP_NOUN_WORDS:
        return i + 1
    if words[i] in PROCESSING_KINDS and words[i + 1 : i + 3] in (
        ["processing", "unit"],
        ["processing", "units"],
    ):
        return i + 3
    return None


def past_modifiers(words: list[str], index: int, most: int) -> int:
    """The index before up to ``most`` adjectives ending at ``index`` ('first-generation',
    'ultra-low-power', written as words and hyphens)."""
    count = 0
    while index > 0 and count < most:
        if _modifier(words[index]):
            index -= 1
        elif words[index - 1] == "-" and words[index].isalpha():
            while index > 1 and words[index - 1] == "-" and words[index - 2].isalpha():
                index -= 2  # "ultra - low - power"
            index -= 1
        else:
            break
        count += 1
    return index


def _modifier(word: str) -> bool:
    """An adjective before a chip's name ('first-generation', 'new', 'ultra-low-power')."""
    return ("-" in word and word.replace("-", "").isalpha()) or word in CHIP_NAME_ADJECTIVES


def listed_after_chip_noun(words: list[str], first: int, names: set[int]) -> bool:
    """'accelerators aimed at edge workloads (Europa and Metis)': names, and nothing else, in
    parentheses that follow a chip noun with no name between."""
    glue = {"and", ",", "or"}
    opening = next((i for i in range(first - 1, max(-1, first - 8), -1) if words[i] == "("), None)
    closing = next((i for i in range(first, min(len(words), first + 12)) if words[i] == ")"), None)
    if opening is None or closing is None:
        return False
    if words[opening - 1] in NOT_A_CHIP_AFTER or set(words[closing + 1 : closing + 2]) & (
        NOT_A_CHIP_AFTER
    ):
        return False  # "GPUs with InfiniBand (IB) network": a network's abbreviation
    if words[opening - 1] in {"'s", "’s", "'", "’"}:
        return False  # "chips as it competes with Microsoft's (MSFT) Azure": a ticker
    if not all(i in names or words[i] in glue for i in range(opening + 1, closing)):
        return False
    nouns = [i for i in range(max(0, opening - 7), opening) if words[i] in CHIP_NOUNS]
    return bool(nouns) and not any(i in names for i in range(nouns[-1], opening))


def hardware_after(words: list[str], index: int) -> bool:
    return any(w in HARDWARE_NOUNS for w in words[index + 1 : index + 3])


def model_number_at(sentence: Sentence, i: int, taken: set[int]) -> bool:
    """Whether token ``i`` is a model number that ends a chip's name ('Siyuan 890'), not a
    count or size ('Siyuan 890 units', '3 GW')."""
    tokens = sentence.tokens
    if i >= len(tokens) or i in taken or not GENERATION.fullmatch(tokens[i].text):
        return False
    if not any(ch.isdigit() for ch in tokens[i].text):
        return False
    return not (i + 1 < len(tokens) and tokens[i + 1].lower in UNIT_AFTER_NUMBER)


def maker_after_description(words: list[str], last: int, orgs: list[Mention]) -> Mention | None:
    """'Quasar, an AI chip developed by Veltrix', 'Quasar is an inference accelerator built by
    chip startup Veltrix': the designer that a description of the name as a chip gives."""
    at = last + 1
    if words[at : at + 2] not in ([",", "a"], [",", "an"], ["is", "a"], ["is", "an"],
                                  ["was", "a"], ["was", "an"]):  # fmt: skip
        return None
    noun = next((i for i in range(at + 2, min(len(words), at + 6)) if words[i] in CHIP_NOUNS), None)
    if noun is None:
        return None
    verb = noun + 1
    if words[verb : verb + 1] == ["jointly"]:
        verb += 1
    if words[verb : verb + 2] == ["co", "-"]:
        verb += 2  # "co-developed by"
    if words[verb : verb + 2] not in ([p, "by"] for p in (*DESIGNED_PARTICIPLES, "built")):
        return None
    return next((m for m in orgs if verb + 2 <= m.first <= verb + 5), None)
