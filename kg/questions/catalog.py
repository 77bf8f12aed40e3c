"""The named questions: one record per question, and ``ask`` to answer any of them by name."""

from __future__ import annotations

import difflib
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from kg.errors import KgError
from kg.questions import analysis, deals
from kg.questions.facts import (
    CHIP_KEYS,
    COMMITMENT_KEYS,
    DIFF_KEYS,
    INVESTMENT_KEYS,
    SILICON_KEYS,
    TIMELINE_KEYS,
    WHY_KEYS,
    chips,
    commitments,
    diff,
    facts,
    investments,
    silicon,
    timeline,
    why,
)
from kg.questions.filters import NO_FILTERS, Filters
from kg.questions.queries import query_summary
from kg.questions.vocabulary import FACT_KEYS

Row = dict[str, object]


@dataclass(frozen=True)
class Question:
    """A named question: what it answers, its arguments, options, columns and where it runs.

    ``query`` names the shipped ``.rq`` file whose rows it reads (the portable form that
    ``kg query --endpoint`` runs anywhere); ``function`` computes the answer from them.
    """

    name: str
    function: Callable[..., list[Row]]
    columns: tuple[str, ...]
    summary: str
    query: str | None = None
    usage: str = ""
    fewest: int = 0
    most: int = 0
    options: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()


def _q(name: str, function, columns, summary: str = "", **more) -> Question:
    summary = summary or query_summary(more.get("query") or name)
    return Question(name=name, function=function, columns=tuple(columns), summary=summary,
                    usage=more.pop("usage", name), **more)  # fmt: skip


_ALL = [
    _q("facts", facts, (*FACT_KEYS, "confidence", "sources"), query="facts",
       options=("with_registry",)),
    _q("silicon", silicon, (*SILICON_KEYS, "sources"), query="silicon",
       options=("with_provider",)),
    _q("exposure", analysis.exposure, analysis.EXPOSURE_KEYS,
       "Per lab, the chip designers and foundries it reaches through its chips.",
       query="projection"),
    _q("investments", investments, (*INVESTMENT_KEYS, "sources"), query="investments"),
    _q("commitments", commitments, (*COMMITMENT_KEYS, "sources"),
       query="commitments"),
    _q("chips", chips, (*CHIP_KEYS, "sources"), query="chips"),
    _q("loops", analysis.loops, analysis.LOOP_KEYS,
       "Capital–compute loops: cycles of investments and compute commitments.",
       query="projection", options=("max_length",)),
    _q("totals", deals.totals, deals.TOTAL_KEYS,
       "Committed dollars and gigawatts per buyer and provider; each deal counted once.",
       query="facts"),
    _q("conflicts", deals.conflicts, deals.CONFLICT_KEYS,
       "Versions of one deal that disagree across articles, with their quotes.", query="facts"),
    _q("timeline", timeline, (*TIMELINE_KEYS, "sources"), query="timeline"),
    _q("why", why, WHY_KEYS,
       "Every fact about an entity, or linking two, with quotes, status and article titles.",
       query="why", usage="why ENTITY [OTHER]", fewest=1, most=2),
    _q("path", analysis.path, analysis.PATH_KEYS,
       "How two entities connect: shortest paths over the fact graph, each hop's facts.",
       query="projection", usage="path FROM TO", fewest=2, most=2,
       options=("max_paths", "with_registry")),
    _q("diff", diff, DIFF_KEYS,
       "What articles published between two dates added, restated or contradicted.",
       query="facts", usage="diff SINCE UNTIL", fewest=2, most=2),
]  # fmt: skip
CATALOG: dict[str, Question] = {q.name: q for q in _ALL}

# The older views of the catalog, kept for callers that read them.
QUESTIONS: dict[str, Callable[..., list[Row]]] = {n: q.function for n, q in CATALOG.items()}
ARGUMENTS: dict[str, tuple[str, int, int]] = {
    n: (q.usage, q.fewest, q.most) for n, q in CATALOG.items() if q.most
}
OPTIONS: dict[str, tuple[str, ...]] = {n: q.options for n, q in CATALOG.items() if q.options}
COLUMNS: dict[str, tuple[str, ...]] = {n: q.columns for n, q in CATALOG.items()}


def question_names() -> list[str]:
    return sorted(CATALOG)


def summary(name: str) -> str:
    return question(name).summary


def question(name: str) -> Question:
    """The record of a named question; an unknown name suggests the closest."""
    if name in CATALOG:
        return CATALOG[name]
    close = difflib.get_close_matches(str(name).lower(), list(CATALOG), n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]}?" if close else ""
    raise KgError(f"unknown question '{name}'{hint} (known: {', '.join(question_names())})")


def ask(
    store, name: str, *args: str, filters: Filters = NO_FILTERS, **options: object
) -> list[Row]:
    """The rows of a named question, as ``kg query NAME ARGS`` prints them in JSON.

    ``store`` is a source: the fact table (``kg.questions.table``), a local Oxigraph store or a
    remote endpoint (both asked through the shipped ``.rq`` files).
    """
    found = question(name)
    if not found.fewest <= len(args) <= found.most:
        raise KgError(f"usage: kg query {found.usage}")
    unknown = sorted(set(options) - set(found.options))
    if unknown:
        raise KgError(f"'{name}' takes no option '{unknown[0]}'")
    with collector_paused():
        return found.function(store, *args, filters=filters, **options)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a question runs.

    A question makes hundreds of thousands of small rows, sets and lists, none of them
    cycles; each allocation burst set off collections that walked them all again (10–55% of
    the time of the Python-heavy questions at 1M triples). Reference counting still frees
    everything; the collector runs again once the question is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
