"""Time and peak memory of the projection and of every question on synthetic graphs.

Usage: python benchmarks/questions_bench.py [--sizes 10000 100000 1000000] [--seed 0]

For each size: generate a synthetic graph (benchmarks/synthetic.py), bulk-load it into an
on-disk Oxigraph store opened read-only as `kg query` opens it, then time one plain SPARQL join
(every fact with its status and article: three patterns) as the baseline, the NetworkX
projection, and each named question. Peak memory is tracemalloc's peak of Python allocations
during a second run of the same call (the store's own memory is not Python's). Prints figures
only; never part of the test run.
"""

from __future__ import annotations

import argparse
import gc
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate  # noqa: E402

from kg.questions import ask, question_names  # noqa: E402
from kg.questions.projection import projection  # noqa: E402
from kg.store import select  # noqa: E402

BASELINE_JOIN = """
PREFIX aik: <https://w3id.org/ai-infra-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?fact ?status ?article WHERE {
  ?fact aik:status ?status ; prov:wasDerivedFrom ?a .
  ?a dcterms:identifier ?article .
}
"""


def arguments(markets: int) -> dict[str, tuple[str, ...]]:
    """Positional arguments for the questions that take them: a busy lab, a far one, dates."""
    return {
        "why": ("M0 Lab 0",),
        "path": ("M0 Lab 0", f"M{markets - 1} Lab 5"),
        "diff": ("2024-06-30", "2024-12-31"),
    }


def measure(call: Callable[[], object]) -> tuple[float, float, object]:
    """(seconds, peak MiB of Python allocations, result) of a call."""
    gc.collect()
    start = time.perf_counter()
    result = call()
    seconds = time.perf_counter() - start
    del result
    gc.collect()
    tracemalloc.start()
    result = call()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, result


def size_of(result: object) -> str:
    if hasattr(result, "number_of_edges"):
        return f"{result.number_of_nodes():,} nodes / {result.number_of_edges():,} edges"
    return f"{len(result):,} rows"


def bench(triples: int, seed: int, folder: Path) -> dict[str, float]:
    data = folder / f"synthetic-{triples}.nq"
    start = time.perf_counter()
    counts = generate(triples, data, seed)
    generated = time.perf_counter() - start
    store_dir = folder / f"store-{triples}"
    start = time.perf_counter()
    writable = ox.Store(str(store_dir))
    writable.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    writable.flush()
    del writable
    loaded = time.perf_counter() - start
    store = ox.Store.read_only(str(store_dir))
    print(f"\n== {counts['triples']:,} triples: {counts['articles']:,} articles, "
          f"{counts['facts']:,} facts, {counts['entities']:,} entities, "
          f"{counts['markets']} markets ==")  # fmt: skip
    print(f"generate {generated:.1f} s, bulk load {loaded:.1f} s")
    join, join_peak, rows = measure(lambda: select(store, BASELINE_JOIN))
    print(f"{'baseline SPARQL join':22} {join:8.3f} s {join_peak:9.1f} MiB   1.0x  {size_of(rows)}")
    timings = {"join": join}
    calls: dict[str, Callable[[], object]] = {"projection": lambda: projection(store)}
    positional = arguments(counts["markets"])
    for name in question_names():
        calls[name] = lambda name=name: ask(store, name, *positional.get(name, ()))
    for name, call in calls.items():
        seconds, peak, result = measure(call)
        timings[name] = seconds
        print(f"{name:22} {seconds:8.3f} s {peak:9.1f} MiB {seconds / join:6.1f}x  "
              f"{size_of(result)}")  # fmt: skip
    timings["triples"] = counts["triples"]
    return timings


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    options.add_argument("--seed", type=int, default=0)
    parsed = options.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        results = [bench(size, parsed.seed, folder) for size in parsed.sizes]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("\nmicroseconds per 1,000 triples (flat across sizes = linear growth):")
    names = [n for n in results[0] if n != "triples"]
    print(f"{'':22}" + "".join(f"{int(r['triples']):>14,}" for r in results))
    for name in names:
        cells = "".join(f"{r[name] / r['triples'] * 1e9:>14.1f}" for r in results)
        print(f"{name:22}{cells}")
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of the whole run {peak_rss:.0f} MiB")


if __name__ == "__main__":
    main()
