"""build(): load → extract → RDF → store → view; the only place that writes build files.

A build is incremental: each article is keyed by its file name, its bytes and its curation
file, and what it produced (its named graph as TriG, which the store loads, its fact counts
and table rows) is cached under ``.cache/`` by that key. Only new or changed articles are
extracted again, and the store gets a new version in which only their named graphs (and those
of removed articles) are replaced. A change to the registry, the ontology or the code
rebuilds everything.

Everything is written beside the live build and published at the end (the store by swapping
a link, files by renames), so a failed or killed build leaves the previous one intact.
"""

from __future__ import annotations

import fcntl
import gc
import importlib
import json
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg import build_index, build_workers, rdf, splice
from kg.cache import (
    CACHE_FORMAT,
    SETTLED_NS,
    article_key,
    context_key,
    file_signature,
    kept_keys,
    prune_entries,
    read_entry,
    settled_signature,
    trig_document,
    write_entry,
)
from kg.errors import KgError, printable
from kg.load import (
    ARTICLE_SUFFIXES,
    article_names,
    duplicate_id,
    read_article_bytes,
)
from kg.questions.table import ENTITIES_FILE, FACTS_FILE
from kg.registry import load_registry
from kg.store import (
    STORE_DIR,
    VERSIONS_DIR,
    current_manifest,
    fsync_dir,
    new_version,
    prune_versions,
    publish_version,
    replace_graphs,
    store_folder,
    write_store,
)

TRIG = splice.TRIG
HTML = "graph.html"
SUMMARY = "summary.json"
CACHE_DIR = ".cache"


@dataclass
class BuildSummary:
    articles: int = 0
    facts_by_type: dict[str, int] = field(default_factory=dict)
    entities: int = 0
    warnings: list[str] = field(default_factory=list)
    discovered: list[str] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    # How the store was brought up to date (not part of summary.json, which stays the same
    # whichever way the same articles were built).
    extracted: int = 0
    replaced_graphs: int = 0
    removed_graphs: int = 0
    full_rebuild: bool = True

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
    curate: bool = True,
    strict: bool = False,
    html: bool = True,
    warn: Callable[[str], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    wait: bool = False,
) -> BuildSummary:
    """Build the graph of a folder of articles into ``out`` (graph.trig, store/, graph.html).

    Only articles that are new or changed since the last build are extracted, and only their
    named graphs are replaced in the store. ``curate=False`` leaves out every curation (the
    extractor's own output, as `kg eval` scores it). With ``wait``, a build that finds another one
    writing to ``out`` waits for it to end instead of refusing.
    """
    summary = BuildSummary()

    def note(message: str) -> None:
        message = printable(message)
        summary.warnings.append(message)
        if warn:
            warn(message)

    _check_folders(articles, out)
    out.mkdir(parents=True, exist_ok=True)
    with build_lock(out, wait=wait), _collector_paused():
        _clean_leftovers(out)
        registry = load_registry(registry_file)
        if not curate:
            curation = None
        elif curation is None:
            curation = default_curation(articles)
        context = context_key(registry_file)
        cache = out / CACHE_DIR
        manifest = current_manifest(out)
        previous, reusable, totals = build_index.previous_index(out, context, manifest)
        entries = _article_entries(
            articles, curation, registry, context, cache, strict, note, progress, summary,
            reusable, meanwhile=lambda: _import_outputs(html),
        )  # fmt: skip
        shared = _shared_entry(registry, context, cache)
        chunks = splice.chunk_entries(entries)
        build_index.complete(chunks, previous, totals)
        totals = build_index.summarise(summary, chunks, totals)
        # what articles were read without (a date that is none), at every build that keeps them
        for message in (m for chunk in totals for m in chunk.get("warnings", ())):
            if strict:
                raise KgError(message)
            note(message)
        staging = out / f".staging-{os.getpid()}"
        staging.mkdir()
        version: Path | None = None
        read_manifests: dict[Path, set[str]] = {}  # versions never change: each read once
        cached_before = kept_keys(out, read_manifests)
        try:
            version, load = _plan_store(out, context, shared, entries, summary, previous, manifest)
            # The store loads (in Oxigraph, without the GIL) and the fact table is written (in
            # Arrow, mostly without it) while this thread sums up and writes graph.trig and the
            # index: the fact table and the page do not read the store.
            with ThreadPoolExecutor(2) as background:
                loading = background.submit(_store_version, load) if load else None
                tabling = background.submit(
                    _write_fact_table, version, registry, chunks, totals, staging, out, previous
                )
                placed = _trig(version, previous, shared, chunks, staging, out)
                if version is not None:
                    build_index.index_chunks(version, chunks, placed, totals, previous)
                if html:  # the page's modules (networkx, pyvis) imported while the table is written
                    importlib.import_module("kg.view")
                tabling.result()  # the index stamps the table's files; the page reads them
                if version is not None:
                    build_index.write_index(version, chunks)
                if html:
                    _write_html(staging, version / STORE_DIR if version else store_folder(out))
                if loading is not None:
                    loading.result()
            summary.outputs = {
                "trig": str(out / TRIG),
                "store": str(out / STORE_DIR),
                **({"html": str(out / HTML)} if html else {}),
            }
            (staging / SUMMARY).write_text(
                json.dumps(summary.as_dict(), indent=2, sort_keys=True) + "\n", encoding="utf-8"
            )
            if version is not None:
                manifest = {
                    "format": CACHE_FORMAT,
                    "context": context,
                    "articles": {e["id"]: e["key"] for e in entries},
                }
                # The previous build's files go first: a crash between the store's swap and
                # the renames leaves no stale graph.trig, page or summary beside a new store.
                _retire_files(staging, out)
                publish_version(out, version, manifest, previous)
                version = None
            _publish_files(staging, out)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            if version is not None:
                shutil.rmtree(version, ignore_errors=True)
        prune_versions(out)
        if summary.extracted or summary.replaced_graphs or summary.removed_graphs:
            keep = {shared["key"], *(e["key"] for e in entries)}
            keep |= kept_keys(out, read_manifests)
            # A full build sweeps the whole cache (entries a killed build wrote, too); an
            # incremental one removes only what the versions it pruned held.
            prune_entries(cache, keep, None if summary.full_rebuild else cached_before - keep)
    return summary


# ---------------------------------------------------------------- what changed


def _article_entries(
    folder,
    curation,
    registry,
    context,
    cache,
    strict,
    note,
    progress,
    summary,
    reusable=None,
    meanwhile: Callable[[], None] | None = None,
) -> list[dict]:
    """Every good article's cache entry, extracting the ones not cached under their key.

    An article the current version holds under the same key is taken from that version's
    index (``reusable``, by key) without reading its cache entry: its outputs are reused.

    Each file is read once: its key and its article come from the same bytes. A file that
    cannot be read, parsed or extracted is a one-line warning (an error when ``strict``).
    ``meanwhile`` runs in this process while worker processes extract, if they do.
    """

    def problem(message: KgError) -> None:
        if strict:
            raise message
        note(str(message))

    seen: dict[str, str] = {}
    entries: list[dict | None] = []
    missing: list[tuple[int, Path, str, bytes]] = []
    names = article_names(folder, note, strict)
    paths: list[Path | None] = [None] * len(names)  # made only for the articles read
    reusable = reusable or {}
    # An article whose file (and curation file) has the same name, size, times and inode as
    # when the current version read it has the same key: it is not read again.
    known = {tuple(m["file"]): key for key, m in reusable.items() if m.get("file")}
    settled = time.time_ns() - SETTLED_NS
    listing = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        signatures = [file_signature(name, curation, listing) for name in names]
    finally:
        os.close(listing)
    for number, (name, signature) in enumerate(zip(names, signatures, strict=True)):
        key = known.get(signature) if signature else None
        if key is not None:
            entries.append(_reused(key, reusable[key], signature))
            continue
        path = paths[number] = folder / name
        try:
            raw = read_article_bytes(path)
            key = article_key(context, path, raw, curation)
        except KgError as failure:
            problem(failure)
            entries.append(None)
            continue
        entry = _reused(key, reusable[key], None) if key in reusable else read_entry(cache, key)
        if entry is not None:
            entry["file"] = settled_signature(signature, settled)
        entries.append(entry)
        if entry is None:
            missing.append((len(entries) - 1, path, key, raw))
    extracted = _extract_missing(missing, curation, registry, meanwhile)
    for done, (index, outcome) in enumerate(extracted, 1):
        if isinstance(outcome, KgError):
            problem(outcome)
            continue
        entries[index] = outcome
        write_entry(cache, outcome)
        outcome["entity_rows"] = outcome["table"]["entities"]
        outcome["file"] = settled_signature(file_signature(paths[index], curation), settled)
        summary.extracted += 1
        if progress:
            progress(done, len(missing))
    good = []
    for name, entry in zip(names, entries, strict=True):
        if entry is None:
            continue
        if entry["id"] in seen:
            problem(duplicate_id(folder / name, entry["id"], str(folder / seen[entry["id"]])))
            continue
        seen[entry["id"]] = name
        good.append(entry)
    return good


def _reused(key: str, meta: dict, signature: tuple | None) -> dict:
    """An article's entry from the current version's index: its id, ``chunk`` and
    ``file_was`` (the signature there); the rest of what the index holds of it is read only
    if its chunk is written again (``kg.build_index.complete``)."""
    return {**meta, "key": key, "file": list(signature) if signature else None,
            "file_was": meta.get("file")}  # fmt: skip


# Below this many articles to extract, one process is faster than starting workers.
PARALLEL_FROM = 64


def _extract_missing(missing: list, curation, registry, meanwhile=None):
    """(index, cache entry or KgError) for each article to extract, in order: on one process per
    core when there are many articles and several cores (running ``meanwhile`` here once they
    have started), else (or when worker processes cannot be started) in this process."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    workers = min(cores or 1, 8)
    done = 0
    if not missing:
        return  # nothing to extract: no extractor to start (it takes spaCy's import)
    if workers > 1 and len(missing) >= PARALLEL_FROM:
        try:
            pool = build_workers.extract_in_pool(missing, curation, registry, workers, meanwhile)
            for outcome in pool:
                yield outcome
                done += 1
            return
        except (OSError, BrokenProcessPool):
            pass  # no worker processes to be had here: the rest in this one
    build_workers.start_worker(curation, registry)
    for item in missing[done:]:
        outcome = build_workers.extract_item(item)
        gc.collect(0)  # the cycles one extraction leaves, while the collector is paused
        yield outcome


_PAUSED = {"builds": 0, "resume": False}
_PAUSING = threading.Lock()


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector paused while builds run (in any thread), then as it was.

    A build allocates many small objects (an entry per article, the index) and few cycles, and
    each full collection walks every object of the process (spaCy's and the registry's too): it
    took a quarter of an update of one article in 10,000. Extraction leaves cycles: collected
    after each article here, and by the collector of each worker process.
    """
    with _PAUSING:
        if _PAUSED["builds"] == 0:
            _PAUSED["resume"] = gc.isenabled()
            gc.disable()
        _PAUSED["builds"] += 1
    try:
        yield
    finally:
        with _PAUSING:
            _PAUSED["builds"] -= 1
            if _PAUSED["builds"] == 0 and _PAUSED["resume"]:
                gc.enable()


def _import_outputs(html: bool) -> None:
    """Import what writing the outputs takes (pyarrow, which imports pandas at its first array;
    DuckDB; the page's networkx, pyvis and Jinja: 750 modules, ~1.5 s of a core) while the
    workers extract and this process would only wait for them. Imported after the extraction,
    they held up the fact table, and the page that waits for it."""
    try:
        import duckdb  # noqa: F401
        import pyarrow
        import pyarrow.parquet  # noqa: F401

        pyarrow.array([], type=pyarrow.string())
        if html:
            importlib.import_module("kg.view")
    except Exception:  # noqa: BLE001 (only a head start: the output that needs it says why)
        pass


def _shared_entry(registry, context: str, cache: Path) -> dict:
    """The ontology and registry graphs, cached under the context key."""
    key = "shared-" + context
    entry = read_entry(cache, key)
    if entry is None:
        graphs = [rdf.ontology_graph(), rdf.registry_graph(registry)]
        entry = {
            "format": CACHE_FORMAT,
            "key": key,
            "graphs": [str(g.identifier) for g in graphs],
            "trig": {str(g.identifier): rdf.trig_block(g) for g in graphs},
        }
        write_entry(cache, entry)
    return entry


# ---------------------------------------------------------------- outputs


def _trig(
    version: Path | None,
    previous: Path | None,
    shared: dict,
    chunks: list[tuple[str, list[dict]]],
    staging: Path,
    out: Path,
) -> dict[str, list[int]]:
    """``graph.trig/`` into the new version (unchanged chunks' files linked from the previous
    version's), and a symbolic link to it in ``staging``; where each article's block is in
    its chunk's file, by key."""
    folder = version if version is not None else previous
    placed = {}
    if version is not None:  # else nothing changed: the current version's files stand
        placed = splice.write_trig(version, shared["trig"], chunks, previous)
    os.symlink(os.path.relpath(folder / TRIG, out), staging / TRIG)
    return placed


def _plan_store(
    out: Path,
    context: str,
    shared: dict,
    entries: list[dict],
    summary: BuildSummary,
    previous: Path | None = None,
    manifest: dict | None = None,
) -> tuple[Path | None, Callable[[], None] | None]:
    """The new version's folder and what fills its store, or (None, None) when the current
    version holds the build's graphs (``manifest`` is the current version's)."""
    if previous is None or manifest is None or manifest.get("context") != context:
        version = new_version(out)
        summary.full_rebuild = True
        summary.replaced_graphs = len(entries) + len(shared["graphs"])
        documents = [shared, *entries]
        return version, lambda: write_store(
            version / STORE_DIR, map(trig_document, documents), syntax="trig"
        )
    summary.full_rebuild = False
    before: dict[str, str] = manifest.get("articles", {})
    now = {e["id"]: e for e in entries}
    changed = [e for e in entries if before.get(e["id"]) != e["key"]]
    removed = sorted(set(before) - set(now))
    summary.replaced_graphs = len(changed)
    summary.removed_graphs = len(removed)
    if not changed and not removed:
        return None, None
    based = new_version(out, base=store_folder(out))
    drop = [str(rdf.article_graph_iri(i)) for i in [*removed, *(e["id"] for e in changed)]]
    return based, lambda: replace_graphs(
        based / STORE_DIR, drop, map(trig_document, changed), syntax="trig"
    )


def _store_version(load: Callable[[], None]) -> None:
    """Fill the new version's store (a bulk load, or the changed graphs replaced)."""
    load()


def _check_folders(articles: Path, out: Path) -> None:
    """Refuse an articles folder with no articles, and a build folder inside it."""
    if not articles.is_dir():
        raise KgError(f"{articles}: no such folder of articles")
    if out.resolve().is_relative_to(articles.resolve()):
        raise KgError(
            f"--out {out} is inside --articles {articles}: the build would be read as articles; "
            "choose a build folder outside it"
        )
    if not any(
        item.name.lower().endswith(ARTICLE_SUFFIXES) and item.is_file()
        for item in os.scandir(articles)
    ):
        raise KgError(f"{articles}: no articles here (.txt or .md files); nothing to build")


def _write_fact_table(
    version: Path | None,
    registry,
    chunks: list[tuple[str, list[dict]]],
    totals: list[dict],
    staging: Path,
    out: Path,
    previous: Path | None = None,
) -> None:
    """The fact table, into the new store version (published with it by the same link swap),
    and links to it in the build folder for pandas, Polars and DuckDB users (a symbolic link to
    the folder ``facts.parquet``, a hard link to ``entities.parquet``). The chunks of articles
    unchanged since the previous version are its files, linked."""
    folder = version if version is not None else store_folder(out).parent
    if version is not None or not (folder / FACTS_FILE).is_dir():
        discovered = [row for found in totals for row in found["entity_rows"]]
        splice.write_table(folder, registry, chunks, discovered, previous)
    os.symlink(os.path.relpath(folder / FACTS_FILE, out), staging / FACTS_FILE)
    os.link(folder / ENTITIES_FILE, staging / ENTITIES_FILE)


def _write_html(staging: Path, store_dir: Path) -> None:
    from kg.questions.projection import projection
    from kg.questions.table import FactTable
    from kg.view import write_html

    write_html(projection(FactTable.read(store_dir.parent)), staging / HTML)


def _publish_files(staging: Path, out: Path) -> None:
    """Rename each staged file into place (the summary last: it marks a finished build)."""
    for item in sorted(staging.iterdir(), key=lambda p: (p.name == SUMMARY, p.name)):
        os.replace(item, out / item.name)


def _retire_files(staging: Path, out: Path) -> None:
    """Remove the published files the staged ones will replace (the summary first)."""
    for item in sorted(staging.iterdir(), key=lambda p: (p.name != SUMMARY, p.name)):
        (out / item.name).unlink(missing_ok=True)
    fsync_dir(out)


def _clean_leftovers(out: Path) -> None:
    """What a killed build left: staging folders and link files (the lock is ours now)."""
    for item in out.glob(".staging-*"):
        shutil.rmtree(item, ignore_errors=True)
    for item in out.glob(".store-link-*"):
        item.unlink(missing_ok=True)
    for item in _cache_leftovers(out / CACHE_DIR):
        os.unlink(item)
    if (out / VERSIONS_DIR).is_dir() and (out / STORE_DIR).is_symlink():
        prune_versions(out)


def _cache_leftovers(cache: Path):
    """The temporary files a killed build left in the cache (listed with ``os.scandir``: a
    glob of the cache's 256 folders took as long as the rest of an update's clean-up)."""
    try:
        folders = [e.path for e in os.scandir(cache) if e.is_dir(follow_symlinks=False)]
    except OSError:
        return
    for folder in folders:
        with os.scandir(folder) as listing:
            yield from [e.path for e in listing if e.name.endswith(".tmp")]


# ---------------------------------------------------------------- locking and progress


@contextmanager
def build_lock(out: Path, wait: bool = False):
    """Hold ``out/.build.lock``: one writer at a time (a build, or a server taking updates).

    The file is removed when the writer ends (so a finished or failed build leaves none), while
    still held: a writer that was waiting on the removed file finds it gone and locks anew.
    """
    lock_path = out / ".build.lock"
    while True:
        lock = open(lock_path, "a")  # noqa: SIM115 (closed below, after the unlink)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            raise KgError(
                f"{out}: another build is writing here; try again when it ends "
                "(or pass --wait to wait for it)"
            ) from None
        try:
            current = os.stat(lock_path).st_ino == os.fstat(lock.fileno()).st_ino
        except FileNotFoundError:
            current = False
        if current:
            break
        lock.close()
    try:
        yield
    finally:
        lock_path.unlink(missing_ok=True)
        lock.close()


_build_lock = build_lock


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
