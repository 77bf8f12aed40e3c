"""A designer's product line named by its words: "Nvidia GPUs", "Nvidia's latest AI chips", "AMD
sells chips to Oracle", "Nvidia was seeing demand for its AI chips" (GOLD_FORMAT: a designer's
product line counts as a chip)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import patterns as P
from kg.extract.patterns import (
    AFTER_OWN_CHIPS,
    CHIP_NOUNS,
    HARDWARE_NOUNS,
    MADE_BY,
    OWN_CHIP_MODIFIERS,
    PRODUCT_LINE_MODIFIERS,
    SELLER_SAYS,
    SELLING_AUXILIARIES,
    SOLD_BEFORE_CHIP_NOUN,
    SUPPLY_VERBS,
)
from kg.registry import Registry, normalise_name

if TYPE_CHECKING:
    from kg.extract.mentions import Mention


def product_lines(registry: Registry) -> dict[str, str]:
    """Each designer's product line: the chip without a family that one of its names calls
    '<designer> <hardware noun>' ('Nvidia GPUs', 'AMD accelerators')."""
    lines: dict[str, str] = {}
    for entity in registry:
        if not entity.is_chip or entity.family or not entity.designer:
            continue
        designer = registry.organisation(entity.designer)
        heads = {
            normalise_name(n)
            for e in registry
            if e.id == designer or (e.parent and registry.organisation(e.id) == designer)
            for n in (e.name, *e.aliases)
        }
        for name in (entity.name, *entity.aliases):
            words = normalise_name(name).split()
            if len(words) < 2 or words[-1] not in HARDWARE_NOUNS:
                continue
            for cut in range(1, len(words)):
                head, middle = " ".join(words[:cut]), words[cut:-1]
                if head in heads and all(w in PRODUCT_LINE_MODIFIERS for w in middle):
                    lines.setdefault(designer, entity.id)
    return lines


def chips_it_sells(tokens, last: int, taken: set[int]) -> int | None:
    """The bare chip noun a designer is said to sell, ship or supply right after its name
    ('Nvidia sells chips to CoreWeave', 'AMD also supplies its GPUs to Oracle')."""
    i = last + 1
    if tuple(t.lower for t in tokens[i : i + 2]) in SELLER_SAYS:
        i += 2  # "AMD said it would sell …"
    while i < len(tokens) and tokens[i].lower in SELLING_AUXILIARIES:
        i += 1  # "Nvidia will also supply", "Nvidia isn't just selling"
    if i >= len(tokens) or tokens[i].lower not in SUPPLY_VERBS:
        return None
    # "sell up to $60 billion in AI chips", "supply 200 megawatts of its chips"
    end = _past(tokens, i + 1, 8, SOLD_BEFORE_CHIP_NOUN)
    return _chip_noun_at(tokens, end, taken)


def chips_bought_under_its_deal(tokens, first: int, last: int, taken: set[int]) -> int | None:
    """The bare chip noun bought under a deal with a designer ('signed a deal with Nvidia to
    buy current and future AI chips', 'an agreement with AMD to deploy its GPUs')."""
    if first == 0 or tokens[first - 1].lower != "with":
        return None
    i = last + 1
    if i + 1 >= len(tokens) or tokens[i].lower != "to" or tokens[i + 1].lower not in P.DEAL_BUYS:
        return None
    i = _past(tokens, i + 2, 6, BEFORE_BOUGHT_CHIPS)
    if any(t.lower in {"custom", "own"} for t in tokens[last + 3 : i]):
        return None  # "with Broadcom to deploy custom accelerators": the buyer's own design
    return _chip_noun_at(tokens, i, taken)


def _past(tokens, i: int, most: int, words: frozenset[str] | set[str]) -> int:
    """The index after up to ``most`` tokens from ``i`` that are ``words`` or numbers."""
    stop = min(len(tokens), i + most)
    while i < stop and (
        tokens[i].lower in words or tokens[i].lower.replace(".", "").replace(",", "").isdigit()
    ):
        i += 1
    return i


def _chip_noun_at(tokens, i: int, taken: set[int]) -> int | None:
    return i if i < len(tokens) and i not in taken and tokens[i].lower in CHIP_NOUNS else None


# What may stand between a verb of buying under a designer's deal and the chip noun.
BEFORE_BOUGHT_CHIPS = SOLD_BEFORE_CHIP_NOUN | P.BOUGHT_LINE_MODIFIERS

# "Alibaba-made chips": the participles of MADE_BY a designer's name is hyphened to.
MAKER_PARTICIPLES = frozenset(MADE_BY - {"manufactured", "supplied"})


def hardware_noun_after(tokens, last: int, taken: set[int]) -> int | None:
    """The token index of a hardware noun right after a name, or after its possessive and up
    to three modifiers ("Nvidia's latest AI chips"); None when other words intervene."""
    i = last + 1
    if i < len(tokens) and tokens[i].lower in {"corp", "corp.", "inc", "inc."}:
        i += 1  # "Nvidia Corp (NVDA) GPUs", its ticker blanked
    if i < len(tokens) and tokens[i].lower == ")" and last > 0 and tokens[last - 1].lower == "(":
        i += 1  # "Advanced Micro Devices (AMD) graphics processors"
    possessive = i < len(tokens) and tokens[i].lower in {"'s", "’s", "'", "’"}
    if possessive:
        i += 1
    step, steps = 0, 4 if possessive else 2
    while step < steps:
        if i >= len(tokens) or i in taken:
            return None
        word = tokens[i].lower
        if word == "-":
            i += 1  # "high-performance", "Nvidia-powered": the hyphen is no word of its own
            if i < len(tokens) and tokens[i].lower in MAKER_PARTICIPLES and step == 0:
                i += 1  # "Alibaba-made chips", "Nvidia-designed accelerators"
                step += 1
            continue
        if word in HARDWARE_NOUNS:
            return i
        lower_case = tokens[i].text[:1].islower()  # "Cerebras' Aurora chips": a name, not a line
        if step == 3 or not (
            word in PRODUCT_LINE_MODIFIERS or (possessive and word.isalpha() and lower_case)
        ):
            return None
        i += 1
        step += 1
    return None


def its_own_chips(
    registry: Registry,
    lines: dict[str, str],
    tokens,
    lowers: list[str],
    named: list[Mention],
    taken: set[int],
) -> list[tuple[str, int]]:
    """'Nvidia was seeing demand for its AI chips', 'Huawei is racing to rival Nvidia with
    its AI chips', 'Nvidia, whose chips power …': a chip noun after 'its' ('whose') names the
    product line of the designer the sentence names first (its subject; the name 'whose'
    follows), unless a named chip is set beside the noun. Only a
    seller of chips: a cloud's or a lab's "own chips" are in-house silicon (GOLD_FORMAT)."""
    found = []
    for i in (i for i, word in enumerate(lowers) if word in ("its", "whose")):
        end = i + 1
        while end < min(len(tokens), i + 5) and tokens[end].lower in OWN_CHIP_MODIFIERS:
            end += 1
        if end >= len(tokens) or end in taken or tokens[end].lower not in CHIP_NOUNS:
            continue
        after = tokens[end + 1].lower if end + 1 < len(tokens) else ""
        relative = lowers[i] == "whose"  # ("whose chips power …": its verb follows)
        if (
            (after.isalpha() and after not in AFTER_OWN_CHIPS and not relative)
            or after == ","
            or (end + 1) in taken
        ):
            continue  # "its GPU clusters", "its chip roadmap", "its latest chip, Trainium3"
        before = [m for m in named if m.last < i and not m.embedded]
        if not before:
            continue
        # the sentence's subject, as a rule; the name a relative 'whose' follows ("Nvidia, an
        # existing investor whose chips power OpenAI's models")
        owner = (
            max(before, key=lambda m: m.first)
            if lowers[i] == "whose"
            else min(before, key=lambda m: m.first)
        )
        kinds = registry.get(owner.entity).types
        if "ChipDesigner" not in kinds or {"CloudProvider", "Lab"} & set(kinds):
            continue  # a cloud's or a lab's "own chips" are in-house silicon no name identifies
        if any(t.lower == "own" for t in tokens[i + 1 : end]):
            continue
        line = lines.get(registry.organisation(owner.entity))
        if line is not None:
            found.append((line, end))
            taken.add(end)
    return found
