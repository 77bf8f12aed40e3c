"""How long `kg query` takes to start: the interpreter and its imports, before any work.

Usage: python benchmarks/startup_bench.py [--graph BUILD] [--runs 10]

Builds the seed articles into a temporary folder (or uses ``--graph``), then times, best of
``--runs`` in fresh processes:

- the interpreter alone (``python -c pass``);
- ``kg query --help`` (the command line parsed, nothing asked);
- start-up: the interpreter importing every module ``kg query chips`` imports (found with
  ``-X importtime``), without running the question: the answer the build stored is printed,
  so DuckDB is not among them;
- the whole ``kg query chips`` on the build, as JSON and as a terminal table, and as JSON with
  a filter that keeps every fact (``--min-confidence 0``: the answer computed on the fact table
  with DuckDB, as every option that changes the answer has it);

and lists the modules that took longest to import. Children run with their bytecode cached
(``PYTHONDONTWRITEBYTECODE`` unset, one run first), as an installed package runs: without it
Python compiles every module of ``kg`` from source at each start. Prints figures only; never
part of the test run (target: start-up <= 0.15 s).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def best(command: list[str], runs: int) -> float:
    """The least wall-clock seconds of ``runs`` runs of a command (it must succeed), after
    one run that writes its bytecode."""
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=ENVIRONMENT)  # fmt: skip
        times.append(time.perf_counter() - start)
    return min(times[1:])


def imported(command: list[str]) -> list[tuple[str, int]]:
    """(module, cumulative µs) of each module a command imports at the top level, in order."""
    done = subprocess.run(
        [PYTHON, "-X", "importtime", *command],
        capture_output=True, text=True, check=True, env=ENVIRONMENT,
    )  # fmt: skip
    found = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "imported package" in line:
            continue
        _, cumulative, name = line.removeprefix("import time:").split("|")
        if not name.startswith("  "):  # top level: one space before the name
            found.append((name.strip(), int(cumulative)))
    return found


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--graph", type=Path, help="a build folder (default: build the seeds)")
    options.add_argument("--runs", type=int, default=10)
    parsed = options.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kg-startup-bench-"))
    try:
        build = parsed.graph
        if build is None:
            build = folder / "build"
            subprocess.run(
                [PYTHON, "-m", "kg", "build", "--articles", str(REPO / "data" / "articles"),
                 "--out", str(build), "--no-html", "--quiet"],
                check=True, stdout=subprocess.DEVNULL,
            )  # fmt: skip
        query = ["-m", "kg", "query", "chips", "--graph", str(build)]
        # the first ask computes the answer (DuckDB) and keeps it: the modules are those of
        # the asks after it, which print the kept answer
        subprocess.run([PYTHON, *query, "--format", "json"], check=True,
                       stdout=subprocess.DEVNULL, env=ENVIRONMENT)  # fmt: skip
        modules = imported([*query, "--format", "json"])
        importing = "; ".join(f"import {name}" for name, _ in modules)
        figures = {
            "interpreter (python -c pass)": best([PYTHON, "-c", "pass"], parsed.runs),
            "kg query --help": best([PYTHON, "-m", "kg", "query", "--help"], parsed.runs),
            "start-up: interpreter + imports of kg query chips": best(
                [PYTHON, "-c", importing], parsed.runs
            ),
            "kg query chips --format json (whole)": best(
                [PYTHON, *query, "--format", "json"], parsed.runs
            ),
            "kg query chips (whole, terminal table)": best([PYTHON, *query], parsed.runs),
            "kg query chips --min-confidence 0 (computed, json)": best(
                [PYTHON, *query, "--min-confidence", "0", "--format", "json"], parsed.runs
            ),
        }
        print(f"best of {parsed.runs} runs, {os.cpu_count()} cores")
        for label, seconds in figures.items():
            print(f"{label:52} {seconds:6.3f} s")
        startup = figures["start-up: interpreter + imports of kg query chips"]
        print(f"start-up {startup:.3f} s (target <= 0.15 s)")
        print("\nslowest imports of kg query chips --format json (cumulative, -X importtime):")
        for name, micros in sorted(modules, key=lambda m: -m[1])[:8]:
            print(f"  {name:40} {micros / 1000:7.1f} ms")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
