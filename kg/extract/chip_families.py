"""Which chip an article means by a family or a designer's line it names: the one generation
of the family, or the one family of the line, that it names too."""

from __future__ import annotations

from collections import Counter

from kg.extract.clauses import Candidate
from kg.registry import Registry


def collapse_family(candidates: list[Candidate], counts: Counter[str], registry: Registry) -> None:
    """An article about one generation ('Maia 200') that also says 'Maia' means that
    generation by it; one that names the family more often than the generation does not,
    and a chip named as its designer's line ('AMD chips') stays the line."""
    counts = _lines_as_their_family(candidates, counts, registry)
    generations: dict[str, list[str]] = {}
    for chip in counts:
        family = _nearest_named_family(chip, counts, registry)
        if family is not None:
            generations.setdefault(family, []).append(chip)
    for family, members in generations.items():
        if len(members) != 1 or counts[members[0]] < counts[family]:
            continue
        for c in candidates:
            if c.object == family and not c.product_line:
                c.object = members[0]
            if c.chip == family:
                c.chip = members[0]


def _nearest_named_family(chip: str, counts: Counter[str], registry: Registry) -> str | None:
    """The closest family above a chip that the article names: 'Ascend' for the Ascend 950DT,
    a variant of the Ascend 950, when the article names the family and not the 950. Past its
    own family, never a designer's line (the top of a chain: 'AMD GPUs' above Instinct above
    the MI450), which ``_lines_as_their_family`` reads."""
    family = registry.get(chip).family
    for _ in range(3):  # (the deepest chains: line, family, generation, variant)
        if family is None or family in counts:
            return family
        family = registry.get(family).family
        if family is not None and registry.get(family).family is None:
            return None
    return None


def _lines_as_their_family(
    candidates: list[Candidate], counts: Counter[str], registry: Registry
) -> Counter[str]:
    """'AMD's Instinct AI GPUs … OpenAI buys AMD's GPUs': a designer's line ('AMD GPUs') in an
    article that names one family of it ('Instinct') is that family. The mentions counted
    with the line's counted with the family."""
    merged = Counter(counts)
    with_members: frozenset[str] = frozenset()  # the families some chip is of, once asked
    for line in [c for c in counts if registry.get(c).family is None]:
        of_line = [c for c in counts if registry.get(c).family == line]
        if of_line and not with_members:
            with_members = registry.families()
        families = [c for c in of_line if c in with_members]
        if len(families) != 1:
            continue
        family = families[0]
        merged[family] += merged.pop(line)
        for c in candidates:
            if c.object == line:
                c.object = family
            if c.chip == line:
                c.chip = family
    return merged


def without_families_beside_members(
    candidates: list[Candidate],
    named: dict[int, list[str]],
    registry: Registry,
    lines: frozenset[str],
) -> list[Candidate]:
    """'Huawei's Ascend 910C … the Ascend line': a family named in a sentence that names one of
    its generations only says which family the generation is of; the sentence's design and use
    are the generation's (a designer's line, 'Nvidia GPUs', is read by ``collapse_family``)."""
    return [
        c
        for c in candidates
        if not (
            c.type in ("designs_chip", "uses_chip")
            and c.object not in lines
            and registry.get(c.object).is_chip
            and any(
                _below(chip, c.object, registry)
                for chip in named.get(c.sentence.start, ())
                if chip != c.object
            )
        )
    ]


def _below(chip: str, family: str, registry: Registry) -> bool:
    """Whether ``family`` is above ``chip`` in the registry's chain of families."""
    above = registry.get(chip).family
    for _ in range(4):  # (the deepest chains: line, family, generation, variant)
        if above is None:
            return False
        if above == family:
            return True
        above = registry.get(above).family
    return False
