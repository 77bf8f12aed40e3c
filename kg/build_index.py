"""A build version's index: what the next build needs to reuse each article's outputs.

``index.json`` lists the version's chunks of articles (``kg.splice``) and the size and time of
the files a later build reads; ``index/`` holds a file per chunk, linked from the previous
version when its articles and their file signatures are unchanged. Its first line holds each
article's id and file signature and the chunk's totals (facts by type, entities, discoveries
and the rows of the entities its articles found): all an update reads of an unchanged chunk.
The second holds what reusing each article's outputs takes (its counts, new entities, and the
offset of its block in the chunk's TriG file), read only when its chunk is written again.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from kg import splice
from kg.cache import CACHE_FORMAT
from kg.errors import printable
from kg.questions.table_files import ENTITIES_FILE, FACTS_FILE
from kg.store import store_folder

if TYPE_CHECKING:
    from kg.pipeline import BuildSummary

INDEX = "index.json"
INDEX_DIR = "index"
TRIG = splice.TRIG
# What a version's index keeps of each article: all a later build needs to reuse its outputs.
INDEXED = ("id", "facts_by_type", "entities", "discovered", "entity_rows", "warnings", "file")


def complete(
    chunks: list[tuple[str, list[dict]]], previous: Path | None, before: dict[str, dict]
) -> None:
    """The entries of reused articles in chunks whose files are written again (new chunks, and
    chunks whose index changes) completed from the previous version's index."""
    wanted: dict[str, list[dict]] = {}  # previous chunk → its articles' entries to complete
    for digest, chunk in chunks:
        if digest in before and all(e.get("file_was") == e["file"] for e in chunk):
            continue
        for entry in chunk:
            if "file_was" in entry and "facts_by_type" not in entry:
                wanted.setdefault(entry["chunk"], []).append(entry)
    for digest, entries in wanted.items():
        name = before[digest]["name"]
        text = (previous / INDEX_DIR / f"{name}.json").read_text(encoding="utf-8")
        articles = json.loads(text.partition("\n")[2])
        for entry in entries:
            entry.update((k, v) for k, v in articles[entry["key"]].items() if k != "file")


def summarise(
    summary: BuildSummary, chunks: list[tuple[str, list[dict]]], before: dict[str, dict]
) -> list[dict]:
    """The summary's counts, summed over the chunks' totals (a chunk of the previous version
    has its totals in its index: its articles are not gone through again); each chunk's
    totals."""
    counts: Counter[str] = Counter()
    named: set[str] = set()
    found = []
    for digest, chunk in chunks:
        totals = before[digest]["totals"] if digest in before else chunk_totals(chunk)
        found.append(totals)
        counts.update(totals["facts_by_type"])
        named.update(totals["entities"])
        summary.discovered.extend(totals["discovered"])
        summary.articles += len(chunk)
    summary.facts_by_type = dict(counts)
    summary.entities = len(named)
    return found


def chunk_totals(chunk: list[dict]) -> dict:
    """What a chunk's articles add to the summary (facts by type, entities, discoveries) and to
    the entity table (the rows of the entities they found, the first of each id)."""
    counts: Counter[str] = Counter()
    named: set[str] = set()
    discovered = []
    warnings = []
    rows: dict[str, dict] = {}
    for entry in chunk:
        counts.update(entry["facts_by_type"])
        named.update(entry.get("entities", ()))
        discovered.extend(printable(d) for d in entry.get("discovered", ()))
        warnings.extend(entry.get("warnings", ()))
        for row in entry.get("entity_rows", ()):
            rows.setdefault(str(row["id"]), row)
    return {"facts_by_type": dict(sorted(counts.items())), "entities": sorted(named),
            "discovered": discovered, "warnings": warnings,
            "entity_rows": list(rows.values())}  # fmt: skip


def index_chunks(
    version: Path,
    chunks: list[tuple[str, list[dict]]],
    placed: dict[str, list[int]],
    totals: list[dict],
    previous: Path | None,
) -> None:
    """``index/``: a file per chunk with what the next build needs to reuse each of its
    articles' outputs, and the chunk's totals. A chunk of the previous version whose
    articles' file signatures are as they were is that version's file, linked."""
    target = version / INDEX_DIR
    target.mkdir()
    before = splice.chunk_files(previous, INDEX_DIR, ".json") if previous is not None else {}
    for number, ((digest, chunk), found) in enumerate(zip(chunks, totals, strict=True)):
        name = splice.chunk_name(number, digest) + ".json"
        old = before.get(digest)
        if old is not None and all("file_was" in e and e["file"] == e["file_was"] for e in chunk):
            os.link(old, target / name)
            continue
        # A first line read by every build (each article's id and file signature, the
        # chunk's totals), then what only a build writing the chunk again reads.
        files = {e["key"]: [e["id"], e.get("file")] for e in chunk}
        articles = {}
        for e in chunk:
            meta = {k: e[k] for k in INDEXED if e.get(k) or k in ("id", "facts_by_type")}
            articles[e["key"]] = {**meta, "trig_at": placed[e["key"]]}
        first = json.dumps({"articles": files, "totals": found}, separators=(",", ":"))
        text = first + "\n" + json.dumps(articles, separators=(",", ":"))
        (target / name).write_text(text, encoding="utf-8")


def write_index(version: Path, chunks: list[tuple[str, list[dict]]]) -> None:
    """The version's index: its chunks (``index/`` holds their articles), and the size and
    time of the files a later build reuses them from (a file changed since is not used)."""
    files = json.dumps(file_stamps(version), separators=(",", ":"))
    names = [splice.chunk_name(n, digest) for n, (digest, _) in enumerate(chunks)]
    text = (f'{{"format":{json.dumps(CACHE_FORMAT)},"files":{files},'
            f'"chunks":{json.dumps(names)}}}')  # fmt: skip
    (version / INDEX).write_text(text, encoding="utf-8")


def file_stamps(version: Path) -> dict[str, list[int]]:
    """Size and modification time of the version's files that a later build reads: the
    chunks of ``graph.trig/``, ``facts.parquet/`` and ``index/``, and ``entities.parquet``."""
    stamps = {}
    paths = [version / ENTITIES_FILE, version / TRIG / splice.SHARED_PART]
    for part, suffix in ((TRIG, ".trig"), (FACTS_FILE, ".parquet"), (INDEX_DIR, ".json")):
        paths += splice.chunk_files(version, part, suffix).values()
    for path in sorted(paths):
        stat = os.stat(path)
        stamps[str(path.relative_to(version))] = [stat.st_size, stat.st_mtime_ns]
    return stamps


def previous_index(
    out: Path, context: str, manifest: dict | None
) -> tuple[Path | None, dict[str, dict], dict[str, dict]]:
    """The current version's folder, its articles by key (their id, file signature and the
    digest of their ``chunk``) and its chunks (their file ``name`` and ``totals``) by digest,
    when a build can reuse them."""
    nothing: tuple = (None, {}, {})
    if manifest is None or manifest.get("context") != context:
        return nothing
    folder = store_folder(out).parent
    try:
        index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
        if index.get("format") != CACHE_FORMAT or index.get("files") != file_stamps(folder):
            return nothing  # e.g. a chunk of graph.trig edited in place: its link here changed
        articles: dict[str, dict] = {}
        totals: dict[str, dict] = {}
        for name in index["chunks"]:
            digest = name.partition("-")[2]
            with open(folder / INDEX_DIR / f"{name}.json", encoding="utf-8") as chunk_file:
                chunk = json.loads(chunk_file.readline())
            totals[digest] = {"name": name, "totals": chunk["totals"]}
            for key, (article, signature) in chunk["articles"].items():
                articles[key] = {"id": article, "file": signature, "chunk": digest}
    except (OSError, ValueError, KeyError, TypeError):
        return nothing
    return folder, articles, totals
