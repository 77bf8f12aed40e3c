"""build(): load → extract → RDF → store → view; the only place that writes build files.

A build writes everything into a staging folder and moves it into place at the end, so a
failed or killed build leaves the previous one intact.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import sys
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg import rdf
from kg.curation import apply_curation
from kg.errors import KgError
from kg.extract import Extractor
from kg.load import load_articles
from kg.registry import load_registry
from kg.store import STORE_DIR, write_store

TRIG = "graph.trig"
HTML = "graph.html"
SUMMARY = "summary.json"


@dataclass
class BuildSummary:
    articles: int = 0
    facts_by_type: dict[str, int] = field(default_factory=dict)
    entities: int = 0
    warnings: list[str] = field(default_factory=list)
    discovered: list[str] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "facts_by_type": dict(sorted(self.facts_by_type.items())),
            "entities": self.entities,
            "warnings": self.warnings,
            "discovered": self.discovered,
            "outputs": self.outputs,
        }


def default_curation(articles: Path) -> Path | None:
    folder = articles.parent / "curation"
    return folder if folder.is_dir() else None


def build(
    articles: Path,
    out: Path,
    *,
    registry_file: Path | None = None,
    curation: Path | None = None,
    strict: bool = False,
    html: bool = True,
    warn: Callable[[str], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BuildSummary:
    """Build the graph of a folder of articles into ``out`` (graph.trig, store/, graph.html)."""
    summary = BuildSummary()

    def note(message: str) -> None:
        summary.warnings.append(message)
        if warn:
            warn(message)

    registry = load_registry(registry_file)
    loaded = load_articles(articles, note, strict=strict)
    curation = curation if curation is not None else default_curation(articles)
    graphs = [rdf.ontology_graph(), rdf.registry_graph(registry)]
    extractor = Extractor(registry)
    counts: Counter[str] = Counter()
    named: set[str] = set()
    for done, article in enumerate(loaded, 1):
        extracted, discovered = extractor.extract_with_entities(article)
        facts = apply_curation(extracted, article, curation, registry)
        discovered = [e for e in discovered if any(e.id in (f.subject, f.object) for f in facts)]
        summary.discovered.extend(f"{e.name} ({', '.join(e.types)}) in {article.id}"
                                  for e in discovered)  # fmt: skip
        counts.update(f.type for f in facts)
        named.update(e for f in facts for e in (f.subject, f.object, f.chip) if e)
        graphs.append(rdf.article_graph(article, facts, discovered))
        if progress:
            progress(done, len(loaded))
    summary.articles = len(loaded)
    summary.facts_by_type = dict(counts)
    summary.entities = len(named)
    out.mkdir(parents=True, exist_ok=True)
    with _build_lock(out):
        staging = out / f".staging-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        try:
            (staging / TRIG).write_text(rdf.to_trig(graphs), encoding="utf-8")
            write_store(staging / STORE_DIR, rdf.to_nquads(graphs))
            if html:
                _write_html(staging)
            summary.outputs = {
                "trig": str(out / TRIG),
                "store": str(out / STORE_DIR),
                **({"html": str(out / HTML)} if html else {}),
            }
            (staging / SUMMARY).write_text(
                json.dumps(summary.as_dict(), indent=2, sort_keys=True) + "\n", encoding="utf-8"
            )
            _publish(staging, out)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return summary


def _write_html(staging: Path) -> None:
    from kg.network import projection
    from kg.store import open_store
    from kg.view import write_html

    store = open_store(staging)
    write_html(projection(store), staging / HTML)
    del store


@contextmanager
def _build_lock(out: Path):
    lock_path = out / ".build.lock"
    with open(lock_path, "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise KgError(f"{out}: another build is writing here; try again when it ends") from None
        yield


def _publish(staging: Path, out: Path) -> None:
    """Move the staged build into place: the store by a pair of renames, files atomically."""
    new_store, live_store = staging / STORE_DIR, out / STORE_DIR
    retired = out / f".retired-{os.getpid()}"
    if live_store.exists():
        os.replace(live_store, retired)
    os.replace(new_store, live_store)
    shutil.rmtree(retired, ignore_errors=True)
    for item in sorted(staging.iterdir()):
        os.replace(item, out / item.name)


def progress_bar(done: int, total: int) -> None:
    """A one-line progress bar on a terminal; silent otherwise."""
    if not sys.stderr.isatty() or total < 2:
        return
    width = 30
    filled = width * done // total
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def load_summary(out: Path) -> dict:
    path = out / SUMMARY
    if not path.is_file():
        raise KgError(f"{out}: no build here (run 'kg build --out {out}')")
    return json.loads(path.read_text(encoding="utf-8"))
