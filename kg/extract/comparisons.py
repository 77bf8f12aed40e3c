"""A chip named as the yardstick of a comparison ('150 watts, compared to the 1,200 watts
consumed by Nvidia's H100', '80% of Nvidia's A100 performance', 'three times faster than the
third-generation Amazon Trainium'): a benchmark, not a chip anyone is said to use."""

from __future__ import annotations

from kg.extract.patterns import (
    BENCHMARK_REACH,
    COMPARED_BEFORE,
    COMPARED_MEASURES,
    COMPARISON_WORDS,
    SHARE_BEFORE,
)


def benchmarked(lowers: list[str], index: int) -> bool:
    """Whether the chip named at ``index`` is what another is measured against."""
    before = " ".join(lowers[max(0, index - BENCHMARK_REACH) : index])
    if COMPARED_BEFORE.search(before):
        return True
    after = set(lowers[index + 1 : index + 4])
    return bool(after & COMPARED_MEASURES) and SHARE_BEFORE.search(before) is not None


def may_benchmark(lowers: list[str]) -> bool:
    """False only when no word of a sentence can open a comparison that ``benchmarked`` reads
    (asked once a sentence: most have none, and then no chip of it is looked back from)."""
    return not COMPARISON_WORDS.isdisjoint(lowers) or any(
        w[-1:] == "x" and w[-2:-1].isdigit() for w in lowers
    )  # ("5x the FP4 performance of Blackwell")
