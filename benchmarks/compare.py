"""One benchmark run on two checkouts in turn, best of N each: old code against new, same run.

Usage: python benchmarks/compare.py --old DIR [--runs 3] [--cores 0,1] [--figure REGEX]
       -- SCRIPT [ARG ...]

``DIR`` is another checkout of the project (``git worktree add /tmp/old COMMIT``, or ``git
archive COMMIT | tar -x -C /tmp/old``). ``SCRIPT`` is a file under ``benchmarks/`` (such as
``build_bench.py``); it runs as ``DIR/benchmarks/SCRIPT`` and as this checkout's, alternately
(old, new, old, new, ...), each script importing its own checkout's ``kg``. ``--cores`` pins
both to those processors (``taskset``-like, through ``os.sched_setaffinity``). Each ``--figure``
is a regular expression with one group, a number of seconds in the output (default: the
whole build's seconds of ``build_bench.py``); the least of the runs is kept and the two are
printed side by side with their ratio. The machines are shared and noisy: only figures of
the same run compare. Prints figures only; never part of the test run.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_FIGURES = [
    r"kg build of [\d,]+ articles: ([\d.]+) s",
    r"one article changed in [\d,]+: ([\d.]+) s",
    r"that article alone: ([\d.]+) s",
    r"start-up ([\d.]+) s",
]


def run(checkout: Path, script: str, arguments: list[str], cores: set[int] | None) -> str:
    """The output of one run of ``script`` of ``checkout``, from that checkout's folder."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    # the script's own folder is what Python puts first on the path, not the checkout: without
    # this, both runs would import whichever ``kg`` the environment has installed
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(checkout), *filter(None, [os.environ.get("PYTHONPATH")])]
    )

    def pin() -> None:
        if cores:
            os.sched_setaffinity(0, cores)

    done = subprocess.run(
        [sys.executable, str(checkout / "benchmarks" / script), *arguments],
        cwd=checkout, env=environment, capture_output=True, text=True, check=True,
        preexec_fn=pin,
    )  # fmt: skip
    return done.stdout


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--old", type=Path, required=True, help="the other checkout")
    options.add_argument("--runs", type=int, default=3)
    options.add_argument("--cores", help="processors to pin both to, such as 0 or 0,1")
    options.add_argument("--figure", action="append", help="regex with one number group")
    options.add_argument(
        "--rate", action="store_true", help="the figures are rates (articles/s): best is largest"
    )
    options.add_argument("script")
    options.add_argument("arguments", nargs=argparse.REMAINDER)
    parsed = options.parse_args()
    cores = {int(c) for c in parsed.cores.split(",")} if parsed.cores else None
    figures = parsed.figure or DEFAULT_FIGURES
    checkouts = {"old": parsed.old.resolve(), "new": REPO}
    found: dict[str, dict[str, list[float]]] = {name: {} for name in checkouts}
    for number in range(parsed.runs):
        for name, checkout in checkouts.items():
            output = run(checkout, parsed.script, parsed.arguments, cores)
            print(f"--- run {number + 1}, {name} ({checkout})\n{output.rstrip()}", flush=True)
            for figure in figures:
                for match in re.finditer(figure, output):
                    found[name].setdefault(figure, []).append(float(match.group(1)))
    print(f"\nbest of {parsed.runs} runs each, alternating"
          f"{f', on processors {sorted(cores)}' if cores else ''}:")  # fmt: skip
    for figure in figures:
        old, new = found["old"].get(figure), found["new"].get(figure)
        if not old or not new:
            continue
        best = max if parsed.rate else min
        print(f"  {figure}\n    old {best(old):8.3f}  new {best(new):8.3f}  "
              f"new/old {best(new) / best(old):5.2f}   (all old: {old}; new: {new})")  # fmt: skip


if __name__ == "__main__":
    main()
