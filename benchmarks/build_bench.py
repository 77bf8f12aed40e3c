"""A whole `kg build` of N articles, each stage's share, and an incremental update of one.

Usage: python benchmarks/build_bench.py [--articles 1000] [--incremental 10000] [--no-html]

The articles are copies of the seed articles and the shared dev corpus under new names (the
copies live in a temporary folder and are deleted afterwards). Stages are timed by wrapping
kg.pipeline's functions: extraction, TriG, store, fact table, HTML page, and the headline
answers `kg build` prints (computed from the fact table, and kept for the next query). The
store loads on a thread while the TriG, the fact table and the page are written, so the
stages' shares may add up to more than 100%.
``--incremental N`` builds N articles, changes one and times the rebuild against building that
article alone (``--warm``: both with the extractor's modules already imported), then the
headline answers `kg build` prints after the update. Prints figures only; never part of the
test run.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg import pipeline  # noqa: E402
from kg.cli.commands import headline_answers  # noqa: E402

SOURCES = [REPO / "data" / "articles", Path("/work/shared/corpus/dev")]
STAGES = {
    "extraction": "_article_entries",
    "TriG": "_trig",
    "store": "_store_version",
    "fact table": "_write_fact_table",
    "HTML page": "_write_html",
}


def corpus(folder: Path, count: int) -> Path:
    """``count`` article files copied round-robin from the sources, each under a new name."""
    originals = sorted(p for source in SOURCES if source.is_dir() for p in source.glob("*.txt"))
    folder.mkdir(parents=True)
    for number in range(count):
        original = originals[number % len(originals)]
        shutil.copyfile(original, folder / f"{number:06d}-{original.name}")
    return folder


def cpu_seconds() -> float:
    """User and system seconds of this process and of its ended children (the workers)."""
    mine, theirs = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return mine.ru_utime + mine.ru_stime + theirs.ru_utime + theirs.ru_stime


def timed_build(articles: Path, out: Path, html: bool) -> tuple[float, dict[str, float]]:
    spent: dict[str, float] = defaultdict(float)
    originals = {}
    for stage, name in STAGES.items():
        original = originals[name] = getattr(pipeline, name)

        def wrapper(*args, _original=original, _stage=stage, **kwargs):
            start = time.perf_counter()
            try:
                return _original(*args, **kwargs)
            finally:
                spent[_stage] += time.perf_counter() - start

        setattr(pipeline, name, wrapper)
    try:
        start, cpu = time.perf_counter(), cpu_seconds()
        pipeline.build(articles, out, html=html)
        headline = time.perf_counter()
        for _ in headline_answers(out):
            pass
        spent["headline answers"] = time.perf_counter() - headline
        total = time.perf_counter() - start
        spent["cpu"] = cpu_seconds() - cpu
    finally:
        for name, original in originals.items():
            setattr(pipeline, name, original)
    return total, dict(spent)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=1000)
    options.add_argument("--incremental", type=int, default=0, help="articles for the update")
    options.add_argument("--no-html", action="store_true")
    options.add_argument(
        "--warm",
        action="store_true",
        help="build one article before timing the update, so that the update and the build of "
        "the article alone both find the extractor's modules imported (without it the update, "
        "timed first, pays their import: the full build extracted in worker processes)",
    )
    parsed = options.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kg-build-bench-"))
    try:
        articles = corpus(folder / "articles", parsed.articles)
        total, spent = timed_build(articles, folder / "build", not parsed.no_html)
        cpu = spent.pop("cpu")
        print(f"kg build of {parsed.articles:,} articles: {total:.2f} s, "
              f"{parsed.articles / total:.0f} articles/s")  # fmt: skip
        print(f"  processor time     {cpu:8.2f} s  (all processes; "
              f"{1000 * cpu / parsed.articles:.1f} ms an article)")  # fmt: skip
        for stage, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"  {stage:18} {seconds:8.2f} s  {100 * seconds / total:5.1f}%")
        parquet = [*(folder / "build").glob("*.parquet/*.parquet"),
                   *(folder / "build").glob("*.parquet")]  # fmt: skip
        table = sum(p.stat().st_size for p in parquet if p.is_file())
        everything = sum(p.stat().st_size for p in (folder / "build").rglob("*") if p.is_file())
        print(f"  fact table {table / 2**20:.1f} MiB of a {everything / 2**20:.1f} MiB build "
              f"folder ({100 * table / everything:.1f}%)")  # fmt: skip
        if parsed.incremental:
            many = corpus(folder / "many", parsed.incremental)
            pipeline.build(many, folder / "many-build", html=False)
            changed = sorted(many.iterdir())[0]
            if parsed.warm:
                warm = corpus(folder / "warm", 1)
                pipeline.build(warm, folder / "warm-build", html=False)
            changed.write_text(changed.read_text(encoding="utf-8") + "\nUpdated.\n", "utf-8")
            start = time.perf_counter()
            pipeline.build(many, folder / "many-build", html=False)
            update = time.perf_counter() - start
            start = time.perf_counter()
            for _ in headline_answers(folder / "many-build"):
                pass
            headline = time.perf_counter() - start
            alone = corpus(folder / "alone", 0)
            shutil.copyfile(changed, alone / changed.name)
            start = time.perf_counter()
            pipeline.build(alone, folder / "alone-build", html=False)
            single = time.perf_counter() - start
            print(f"one article changed in {parsed.incremental:,}: {update:.2f} s; that article "
                  f"alone: {single:.2f} s ({update / single:.1f}x; target <= 2x); then the "
                  f"headline answers `kg build` prints: {headline:.2f} s")  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
