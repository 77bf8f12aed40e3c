"""Every named question on the fact table, on the Oxigraph store and on rdflib's graph.

Usage: python benchmarks/store_bench.py [--sizes 10000 100000 1000000] [--rdflib-timeout 120]

For each size, generate the domain-shaped graph (benchmarks/synthetic.py), then in one child
process per store: load it (rdflib: parse the N-Quads into a Dataset; the project: bulk load
each graph's N-Quads into an on-disk store, as a build does), and run every named question
through kg.questions. The fact table is made from the store's facts (kg.questions.table, as a
build whose table was lost makes it) and written as a build writes it: its write time and size
are the table's build-time cost (with the DuckDB copy of the Parquet files, table.duckdb, that
readers open). Each question on the table opens the table afresh (opening it is part of its
time, as it is for one `kg query`; the process's DuckDB engine, which one `kg query` also
makes once, is made by a first question asked before the timed ones, as the imports are),
and its answer is checked to be the store's.
Also: the store's size on disk, opening it for a query against re-parsing the TriG, and each
shipped .rq through the project's path (kg.store.select) against the same SPARQL on pyoxigraph
directly. Peak memory is the process's resident set sampled every 5 ms, above what it was just
before. Prints figures and ratios only; never part of the test run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


# ---------------------------------------------------------------- measuring


def resident() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def measured(call: Callable[[], object], timeout: float | None = None) -> dict:
    """Seconds and peak extra MiB of one call; seconds None if it passed ``timeout``."""
    base, peak, running = resident(), [0], [True]

    def sample() -> None:
        while running[0]:
            peak[0] = max(peak[0], resident())
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    if timeout:
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    start = time.perf_counter()
    try:
        result = call()
        seconds: float | None = time.perf_counter() - start
        rows = len(result) if hasattr(result, "__len__") else None
    except TimeoutError:
        seconds, rows = None, None
    finally:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)
        running[0] = False
        sampler.join()
    return {"seconds": seconds, "mib": max(peak[0], resident()) - base >> 20, "rows": rows}


def _alarm(signum, frame):
    raise TimeoutError


# ---------------------------------------------------------------- the two stores


class RdflibStore:
    """rdflib's in-memory Dataset behind the interface kg.store.select gives remote stores."""

    def __init__(self, dataset) -> None:
        self.dataset = dataset

    def select(self, query: str, bindings: dict | None = None) -> list[dict]:
        from rdflib import Literal, URIRef

        from kg.store import literal_value

        def value(term):
            if term is None:
                return None
            if isinstance(term, Literal):
                return literal_value(str(term), str(term.datatype or ""))
            return str(term) if isinstance(term, URIRef) else f"_:{term}"

        initial = {k: URIRef(v.value) if hasattr(v, "value") and not hasattr(v, "datatype")
                   else Literal(str(v)) for k, v in (bindings or {}).items()}  # fmt: skip
        result = self.dataset.query(query, initBindings=initial)
        names = [str(v) for v in result.vars]
        return [{n: value(row[n]) for n in names} for row in result]


def question_calls(markets: int) -> list[tuple[str, tuple]]:
    from questions_bench import arguments

    from kg.questions import ARGUMENTS, question_names

    positional = arguments(markets)
    return [(n, positional.get(n, ())) for n in question_names() if n in positional or
            ARGUMENTS.get(n, (None, 0, 0))[1] == 0]  # fmt: skip


def child_rdflib(data: Path, markets: int, timeout: float) -> dict:
    from rdflib import Dataset

    from kg.questions import ask

    dataset = Dataset(default_union=True)
    load = measured(lambda: dataset.parse(str(data), format="nquads"))
    store = RdflibStore(dataset)
    questions = {}
    for name, arguments in question_calls(markets):
        questions[name] = measured(lambda n=name, a=arguments: ask(store, n, *a), timeout)
    return {"load": load, "questions": questions}


def child_oxigraph(data: Path, trig: Path, folder: Path, markets: int) -> dict:
    import pyoxigraph as ox
    from rdflib import Dataset
    from synthetic import graph_documents

    from kg.questions import ask, query_text, shipped_queries
    from kg.store import open_store, select, write_store

    build = folder / "build"
    (build / "store").parent.mkdir(parents=True, exist_ok=True)
    documents = graph_documents(data)
    load = measured(lambda: write_store(build / "store", documents))
    disk = sum(p.stat().st_size for p in (build / "store").rglob("*") if p.is_file())
    opened = measured(lambda: open_store(build))
    reparse_ox = measured(lambda: ox.Store().bulk_load(path=str(trig), format=ox.RdfFormat.TRIG))
    reparse_rdflib = measured(lambda: Dataset().parse(str(trig), format="trig"))
    store = open_store(build)
    questions = {}
    answers = {}
    for name, arguments in question_calls(markets):
        questions[name] = measured(lambda n=name, a=arguments: ask(store, n, *a))
        answers[name] = json.dumps(ask(store, name, *arguments), sort_keys=True)
    from kg.questions.table import FactTable, rows_from_store, write_table

    version = build / "version"
    version.mkdir()
    facts, entities = rows_from_store(store)
    table_write = measured(lambda: write_table(version, facts, entities))
    # the two Parquet files and the DuckDB copy readers open (table.duckdb)
    table_mib = sum(p.stat().st_size for p in version.iterdir() if p.is_file()) / 2**20
    ask(FactTable.read(version), "investments")  # imports (DuckDB) once, as for the store
    on_table = {}
    same = {}
    for name, arguments in question_calls(markets):
        on_table[name] = measured(lambda n=name, a=arguments: ask(FactTable.read(version), n, *a))
        same[name] = json.dumps(ask(FactTable.read(version), name, *arguments),
                                sort_keys=True) == answers[name]  # fmt: skip
    paths = {}
    for name in shipped_queries():
        query = query_text(name)
        if "?entity" in query:
            continue  # needs a binding; the named question covers it

        def direct(query=query):
            result = store.query(query, use_default_graph_as_union=True)
            names = list(result.variables)
            return [[row[v] for v in names] for row in result]

        direct()  # warm the same caches for both
        paths[name] = {
            "project": measured(lambda q=query: select(store, q)),
            "direct": measured(direct),
        }
    return {
        "load": load,
        "disk_mib": disk / 2**20,
        "open": opened,
        "reparse_oxigraph": reparse_ox,
        "reparse_rdflib": reparse_rdflib,
        "questions": questions,
        "paths": paths,
        "table": on_table,
        "same": same,
        "table_write": table_write,
        "table_mib": table_mib,
    }


# ---------------------------------------------------------------- the report


def seconds(result: dict) -> str:
    return "  timed out" if result["seconds"] is None else f"{result['seconds']:9.3f} s"


def ratio(slow: dict, fast: dict, timeout: float | None = None) -> str:
    if fast["seconds"] is None:
        return "     ?"
    if slow["seconds"] is None:
        return f">{timeout / fast['seconds']:.0f}x" if timeout else "     ?"
    return f"{slow['seconds'] / max(fast['seconds'], 1e-6):6.1f}x"


def bench(size: int, seed: int, timeout: float, folder: Path) -> None:
    import pyoxigraph as ox
    from synthetic import generate

    data = folder / f"synthetic-{size}.nq"
    counts = generate(size, data, seed)
    trig = folder / f"synthetic-{size}.trig"
    with open(data, "rb") as source, open(trig, "wb") as target:
        ox.serialize(ox.parse(source, ox.RdfFormat.N_QUADS), target, ox.RdfFormat.TRIG)
    print(f"\n== {counts['triples']:,} triples: {counts['articles']:,} articles, "
          f"{counts['facts']:,} facts, {counts['entities']:,} entities ==")  # fmt: skip
    common = [str(data), str(counts["markets"])]
    ours = _child("oxigraph", *common, str(trig), str(folder / f"work-{size}"))
    theirs = _child("rdflib", *common, str(timeout))
    print(f"{'':34}{'rdflib':>13} {'MiB':>6}  {'store':>11} {'MiB':>6}  ratio")
    load_r, load_o = theirs["load"], ours["load"]
    print(f"{'load (parse / bulk load)':34}{seconds(load_r)} {load_r['mib']:6}  "
          f"{seconds(load_o)} {load_o['mib']:6}  {ratio(load_r, load_o)}")  # fmt: skip
    per_second = counts["triples"] / max(load_o["seconds"], 1e-6)
    rdflib_rate = counts["triples"] / max(load_r["seconds"], 1e-6)
    print(f"{'  triples per second':34}{rdflib_rate:13,.0f} {'':6}  {per_second:11,.0f}")
    ratios = []
    for name, on_rdflib in theirs["questions"].items():
        on_ours = ours["questions"][name]
        ratios.append(
            timeout / on_ours["seconds"]
            if on_rdflib["seconds"] is None
            else on_rdflib["seconds"] / max(on_ours["seconds"], 1e-6)
        )
        print(f"{'question ' + name:34}{seconds(on_rdflib)} {on_rdflib['mib']:6}  "
              f"{seconds(on_ours)} {on_ours['mib']:6}  {ratio(on_rdflib, on_ours, timeout)}"
              f"  ({on_ours['rows']} rows)")  # fmt: skip
    print(
        f"questions: slowest ratio {min(ratios):.1f}x, median {statistics.median(ratios):.1f}x"
        "  (targets at 1M: each >= 5x, median >= 10x; a timeout counts as its limit)"
    )
    print(f"store on disk {ours['disk_mib']:.1f} MiB")
    print(f"\n{'on the fact table':34}{'table':>11} {'MiB':>6}  {'vs store':>8}  {'vs rdflib':>9}"
          "  same answer")  # fmt: skip
    against_rdflib, times = [], []
    for name, on_table in ours["table"].items():
        on_rdflib, on_store = theirs["questions"][name], ours["questions"][name]
        fast = max(on_table["seconds"], 1e-6)
        against_rdflib.append(
            timeout / fast if on_rdflib["seconds"] is None else on_rdflib["seconds"] / fast
        )
        times.append(on_table["seconds"])
        print(f"{'question ' + name:34}{seconds(on_table)} {on_table['mib']:6}  "
              f"{ratio(on_store, on_table):>8}  {ratio(on_rdflib, on_table, timeout):>9}  "
              f"{ours['same'][name]}")  # fmt: skip
    print(
        f"table: slowest {max(times):.3f} s, median {statistics.median(times):.3f} s; "
        f"vs rdflib slowest ratio {min(against_rdflib):.1f}x, median "
        f"{statistics.median(against_rdflib):.1f}x  (targets at 1M: each <= 0.5 s and >= 10x, "
        "median <= 0.1 s)"
    )
    write = ours["table_write"]
    print(
        f"fact table: written in {seconds(write)} ({write['mib']} MiB), "
        f"{ours['table_mib']:.1f} MiB on disk ({100 * ours['table_mib'] / ours['disk_mib']:.0f}%"
        " of the store)"
    )
    opened = ours["open"]
    for label, key in (("pyoxigraph", "reparse_oxigraph"), ("rdflib", "reparse_rdflib")):
        other = ours[key]
        print(
            f"open the store {seconds(opened)} vs re-parse the TriG with {label} "
            f"{seconds(other)} ({other['mib']} MiB): {ratio(other, opened)}  (target >= 20x)"
        )
    worst = 0.0
    for name, timing in ours["paths"].items():
        cost = timing["project"]["seconds"] / max(timing["direct"]["seconds"], 1e-6)
        worst = max(worst, cost)
        print(
            f"{'  ' + name + '.rq: kg.store.select':34}{seconds(timing['project'])}  "
            f"pyoxigraph directly {seconds(timing['direct'])}  {cost:.2f}x"
        )
    print(f"project's query path: at most {worst:.2f}x pyoxigraph directly (target <= 1.5x)")


def _child(kind: str, *arguments: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, *arguments],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"{kind} child failed:\n{done.stderr}")
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        kind, data, markets, *rest = sys.argv[2:]
        if kind == "rdflib":
            result = child_rdflib(Path(data), int(markets), float(rest[0]))
        else:
            result = child_oxigraph(Path(data), Path(rest[0]), Path(rest[1]), int(markets))
        print(json.dumps(result))
        return
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    options.add_argument("--seed", type=int, default=0)
    options.add_argument(
        "--rdflib-timeout", type=float, default=120.0, help="seconds per question on rdflib"
    )
    parsed = options.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kg-store-bench-"))
    try:
        for size in parsed.sizes:
            bench(size, parsed.seed, parsed.rdflib_timeout, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
