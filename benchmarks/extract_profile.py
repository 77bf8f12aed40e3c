"""Where extraction time goes: the stages' share of a whole extraction, and the slowest patterns.

Usage: python benchmarks/extract_profile.py [ARTICLE_DIR ...]   (default: data/articles)

Each stage's figure is the best of several passes over the corpus (the machine may be shared).
Stages: sentence splitting, entity finding (registry names), discovery of unknown names, numbers;
the rules are what remains of a whole extraction. Patterns: the time one pass of extraction spends
in each compiled pattern of ``kg.extract.patterns``, as the rules call it (timing wrappers are put
in place of the patterns for that pass, then taken out; they add about a microsecond a call, and
a wrapped pattern is searched as written, never by ``kg.extract.folded``'s faster lower-case
twin, so the figures of the ignore-case patterns are an upper bound).
Prints figures only; never part of the test run.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kg.extract import Extractor
from kg.extract import patterns as P
from kg.extract.discover import discover
from kg.extract.quantities import find_quantities
from kg.extract.text import split_sentences
from kg.load import load_articles
from kg.registry import load_registry

PASSES = 7


def best(work: Callable[[], object], passes: int = PASSES) -> float:
    fastest = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        work()
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


class Timed:
    """A compiled pattern that adds up the time spent in it."""

    def __init__(self, name: str, pattern: re.Pattern[str]) -> None:
        self.name, self.wrapped = name, pattern
        self.pattern, self.flags = pattern.pattern, pattern.flags
        self.seconds, self.calls = 0.0, 0

    def _timed(self, method: str, *args, **kwargs):
        start = time.perf_counter()
        result = getattr(self.wrapped, method)(*args, **kwargs)
        if method == "finditer":
            result = iter(list(result))
        self.seconds += time.perf_counter() - start
        self.calls += 1
        return result

    def __getattr__(self, method: str):
        return lambda *args, **kwargs: self._timed(method, *args, **kwargs)


def time_patterns(work: Callable[[], object]) -> list[Timed]:
    """Run ``work`` once with every pattern of ``kg.extract.patterns`` timed, wherever a module
    of ``kg.extract`` holds it."""
    timed: dict[int, Timed] = {}
    for name, value in vars(P).items():
        if isinstance(value, re.Pattern):
            timed[id(value)] = Timed(name, value)
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, re.Pattern):
                    timed[id(item)] = Timed(f"{name}[{key}]", item)
    modules = [m for n, m in sys.modules.items() if n.startswith("kg.extract")]
    swapped = []  # (namespace, key, original)
    for module in modules:
        for key, value in list(vars(module).items()):
            if id(value) in timed:
                swapped.append((vars(module), key, value))
            elif isinstance(value, dict) and any(id(v) in timed for v in value.values()):
                swapped += [(value, k, v) for k, v in value.items() if id(v) in timed]
    for namespace, key, original in swapped:
        namespace[key] = timed[id(original)]
    try:
        work()
    finally:
        for namespace, key, original in swapped:
            namespace[key] = original
    return sorted(timed.values(), key=lambda t: -t.seconds)


def main(folders: list[Path]) -> None:
    extractor = Extractor(load_registry())
    articles = [a for folder in folders for a in load_articles(folder, lambda _: None)]
    for article in articles:  # warm spaCy's caches and the matcher
        extractor.extract(article)
    sentences = [s for a in articles for s in split_sentences(a.body)]
    found = [extractor.finder.find(s) for s in sentences]
    registry = extractor.registry.extended([])
    total = best(lambda: [extractor.extract(a) for a in articles])
    stages = {
        "sentences": best(lambda: [split_sentences(a.body) for a in articles]),
        "entity finding": best(lambda: [extractor.finder.find(s) for s in sentences]),
        "discovery": best(
            lambda: [discover(s, m, registry) for s, m in zip(sentences, found, strict=True)]
        ),
        "numbers": best(lambda: [find_quantities(s) for s in sentences]),
    }
    stages["rules and the rest"] = max(0.0, total - sum(stages.values()))
    print(f"{len(articles)} articles, {len(sentences)} sentences: {total * 1000:.1f} ms a pass, "
          f"{len(articles) / total:.1f} articles/s")  # fmt: skip
    for stage, seconds in stages.items():
        print(f"  {stage:<20} {seconds * 1000:7.1f} ms  {seconds / total:5.0%}")
    timed = time_patterns(lambda: [extractor.extract(a) for a in articles])
    print(f"time in patterns during one pass: {sum(t.seconds for t in timed) * 1000:.1f} ms; "
          "the slowest:")  # fmt: skip
    for pattern in timed[:12]:
        print(f"  {pattern.name:<32} {pattern.seconds * 1000:7.2f} ms  {pattern.calls:6d} calls")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or [Path("data/articles")])
