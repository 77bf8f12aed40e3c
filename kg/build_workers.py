"""Extraction workers of a build: one article's cache entry, in this process or in worker
processes (one per core; forked from this one where that is safe, else spawned), each holding
its own extractor."""

from __future__ import annotations

import gc
import multiprocessing
import pickle
import threading
import zlib
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

from kg import rdf
from kg.cache import CACHE_FORMAT
from kg.curation import apply_curation
from kg.errors import KgError
from kg.load import article_from_bytes
from kg.questions.table import article_rows


def extract_in_pool(missing: list, curation, registry, workers: int, meanwhile=None):
    """Each article's (index, entry or error), in order, extracted by ``workers`` processes;
    ``meanwhile`` runs here once they have all started (been forked)."""
    first: list[tuple[int, dict | KgError]] = []
    if _can_fork():
        # Forked workers inherit this process's extractor: spaCy is imported and the matchers
        # built once, not once per worker (a spawned worker spends ~2 s of a core on that).
        start_worker(curation, registry)
        # So they inherit what an extractor makes at its first article (the patterns' lower-case
        # twins compiled, the place names read: ~0.2 s of a core), made here once with the
        # first article's entry.
        first.append(extract_item(missing[0]))
        missing = missing[1:]
        fork = multiprocessing.get_context("fork")
        # A build pauses the garbage collector; a worker's extractions leave cycles.
        pool = ProcessPoolExecutor(workers, mp_context=fork, initializer=_start_forked_worker)
    else:
        # The registry goes compressed: a spawned worker reads its arguments only once it has
        # imported the main module, and until then a write larger than the pipe's buffer (64
        # KiB; the registry pickles to ~130 KB) holds this process, which starts the workers
        # in turn.
        packed = zlib.compress(pickle.dumps(registry, protocol=pickle.HIGHEST_PROTOCOL))
        spawn = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(workers, mp_context=spawn, initializer=_start_packed_worker,
                                   initargs=(curation, packed))  # fmt: skip
    with pool:
        outcomes = pool.map(extract_item, missing, chunksize=8)  # starts every worker
        if meanwhile is not None:
            meanwhile()
        yield from first
        yield from outcomes


def _can_fork() -> bool:
    """Whether worker processes can be forked safely: a POSIX system, and no other thread in
    this process (a thread holding a lock at the fork would leave it held in the child for
    ever; a server taking updates has threads, and spawns)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


_WORKER: dict = {}
# Allocations between a worker's young collections (Python's default: 700). An extraction
# allocates thousands of objects, nearly all freed by their counts; at 700 a worker collected
# about once an article, 1.5-2% of its time, and at this some 50 times less often, 0.4%.
WORKER_COLLECTION_THRESHOLD = 10_000


def _start_forked_worker() -> None:
    """The collector back on in a forked worker, with what it inherited (spaCy, the registry, the
    extractor: over 120,000 objects, and whatever the build allocated while the collector was
    paused) frozen: no collection walks them again, nor writes to their pages, which the
    parent's memory would then copy. (Unfrozen, the collections took ~0.55 ms an article.)"""
    gc.freeze()
    gc.set_threshold(WORKER_COLLECTION_THRESHOLD)
    gc.enable()


def _start_packed_worker(curation, packed: bytes) -> None:
    start_worker(curation, pickle.loads(zlib.decompress(packed)))
    gc.freeze()  # spaCy's and the registry's objects, never collected: never walked again
    gc.set_threshold(WORKER_COLLECTION_THRESHOLD)


def start_worker(curation, registry) -> None:
    from kg.extract import Extractor

    _WORKER.update(extractor=Extractor(registry), curation=curation, registry=registry)


def extract_item(item: tuple) -> tuple[int, dict | KgError]:
    """One article's cache entry, or the one-line error that says why it has none."""
    index, path, key, raw = item
    try:
        article = article_from_bytes(path, raw)
        entry = _extract(_WORKER["extractor"], article, _WORKER["curation"], _WORKER["registry"],
                         key)  # fmt: skip
    except KgError as failure:
        return index, failure
    except Exception as failure:  # one article's failure never stops the others
        reason = f"{type(failure).__name__}: {failure}"
        return index, KgError(f"{path}: could not be extracted ({reason})")
    return index, entry


def _extract(extractor, article, curation, registry, key: str) -> dict:
    extracted, discovered = extractor.extract_with_entities(article)
    facts = apply_curation(extracted, article, curation, registry)
    discovered = [e for e in discovered if any(e.id in (f.subject, f.object) for f in facts)]
    graph, trig = rdf.article_block(article, facts, discovered)
    return {
        "format": CACHE_FORMAT,
        "key": key,
        "id": article.id,
        "graph": graph,
        "trig": trig,
        "facts_by_type": dict(sorted(Counter(f.type for f in facts).items())),
        "entities": sorted({e for f in facts for e in (f.subject, f.object, f.chip) if e}),
        "discovered": [f"{e.name} ({', '.join(e.types)}) in {article.id}" for e in discovered],
        "warnings": list(article.notes),
        "table": article_rows(article, facts, discovered),
    }
