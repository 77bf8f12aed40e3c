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
        family = registry.get(chip).family
        if family in counts:
            generations.setdefault(family, []).append(chip)
    for family, members in generations.items():
        if len(members) != 1 or counts[members[0]] < counts[family]:
            continue
        for c in candidates:
            if c.object == family and not c.product_line:
                c.object = members[0]
            if c.chip == family:
                c.chip = members[0]


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
