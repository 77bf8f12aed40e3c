"""The build cache: one entry per article (its facts as TriG, its counts and table rows), keyed
by what the extraction read, so an unchanged article is never extracted twice; and the
signature of an article's file, which says it is unchanged without reading it."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from contextlib import suppress
from functools import cache
from importlib import metadata
from pathlib import Path

from kg import rdf
from kg.errors import KgError
from kg.resources import ontology_path, registry_path
from kg.store import MANIFEST, VERSIONS_DIR

# The layout of an entry; a change makes every older entry a miss.
CACHE_FORMAT = 6


def context_key(registry_file: Path | None) -> str:
    """What every article's graph depends on: registry, ontology, code and library versions."""
    digest = hashlib.sha256(f"kg-build {CACHE_FORMAT}\n".encode())
    for path in (registry_file or registry_path(), ontology_path()):
        digest.update(path.read_bytes())
    digest.update(_code())
    return digest.hexdigest()


@cache
def _code() -> bytes:
    """The package's source files and the libraries' versions, read once per process: the
    code this process runs. (Read at every build, a file edited while a process runs gave the
    entries its old code made the new code's key, and a later process reused them.)"""
    package = Path(__file__).resolve().parent
    parts = [
        str(source.relative_to(package)).encode() + b"\0" + source.read_bytes()
        for source in sorted([*package.rglob("*.py"), *package.rglob("*.json")])
    ]
    for library in ("rdflib", "spacy", "pydantic"):
        with suppress(metadata.PackageNotFoundError):
            parts.append(f"{library} {metadata.version(library)}\n".encode())
    parts.append(sys.version.encode())
    return b"".join(parts)


def article_key(context: str, path: Path, raw: bytes, curation: Path | None) -> str:
    """The cache key of an article: the bytes that are extracted, never a later read."""
    digest = hashlib.sha256(context.encode())
    digest.update(b"\0" + path.name.encode() + b"\0" + raw)
    correction = curation / f"{path.stem}.yaml" if curation else None
    if correction is not None and correction.is_file():
        try:
            digest.update(b"\0curation\0" + correction.read_bytes())
        except OSError as problem:
            raise KgError(f"{correction}: cannot read ({problem.strerror})") from None
    return digest.hexdigest()


# A file changed less than this long before a build read it may change again within the same
# tick of the file system's clock without changing its times: its signature is not kept.
SETTLED_NS = 100_000_000


def file_signature(
    path: Path | str, curation: Path | None, folder: int | None = None
) -> tuple | None:
    """What says an article's file and its curation file are as they were: names, sizes,
    modification and change times (in ns), inodes. ``path`` is a file's name when ``folder``
    is the descriptor of its open folder (no path is made of it: 10,000 took a tenth of an
    update of one article in 10,000)."""
    try:
        if folder is None:
            path = Path(path)
            name, stem = path.name, path.stem
            stat = os.stat(path)
        else:
            name = str(path)
            stem = name[: name.rfind(".")] if "." in name else name
            stat = os.stat(name, dir_fd=folder)
        parts: list = [name, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]
        correction = curation / f"{stem}.yaml" if curation else None
        if correction is not None and correction.exists():
            fixed = correction.stat()
            parts += [str(correction), fixed.st_size, fixed.st_mtime_ns, fixed.st_ctime_ns,
                      fixed.st_ino]  # fmt: skip
        else:
            parts.append(str(correction))
    except OSError:
        return None
    return tuple(parts)


def settled_signature(signature: tuple | None, settled: int) -> list | None:
    """``signature`` as the index keeps it, or None when its file changed too recently."""
    if signature is None or any(t >= settled for t in signature[2:4] + signature[7:9]):
        return None
    return list(signature)


def entry_path(cache: Path, key: str, suffix: str) -> Path:
    return cache / key[:2] / f"{key}{suffix}"


def read_entry(cache: Path, key: str) -> dict | None:
    """An entry: a JSON line, then its TriG text."""
    try:
        first, _, rest = (
            entry_path(cache, key, ".entry").read_text(encoding="utf-8").partition("\n")
        )
        entry = json.loads(first)
    except (OSError, ValueError):
        return None
    if entry.get("format") != CACHE_FORMAT or entry.get("key") != key:
        return None
    entry.setdefault("trig", rest)
    if "table" in entry:
        entry["entity_rows"] = entry["table"]["entities"]
    return entry


def trig_document(entry: dict) -> str:
    """An entry's named graphs as a TriG document (the prefixes, then each graph's block), as
    the store loads them: the same quads as their N-Quads, a third of the text to parse."""
    trig = entry["trig"]
    if isinstance(trig, dict):  # the shared entry: a block per graph
        trig = "\n".join(trig[name] for name in sorted(trig))
    elif not isinstance(trig, str):  # a block in a published graph.trig, not in memory
        raise KgError(f"cache entry {entry['key']}: its TriG is not at hand")
    return f"{rdf.trig_header()}\n{trig}"


def write_entry(cache: Path, entry: dict) -> None:
    """One file per entry: a JSON line of all but the TriG text (or with it, when it is not a
    text), then the TriG text. Written under a temporary name and renamed: never seen
    half-written."""
    meta = {k: v for k, v in entry.items() if k != "trig"}
    trig = entry["trig"]
    if isinstance(trig, str):
        text = json.dumps(meta, ensure_ascii=False) + "\n" + trig
    else:
        text = json.dumps({**meta, "trig": trig}, ensure_ascii=False) + "\n"
    path = entry_path(cache, entry["key"], ".entry")
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        try:
            temporary.write_text(text, encoding="utf-8")
        except FileNotFoundError:  # the entry's folder is made once, when first needed
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)  # a full disk leaves no half-written file
        raise


def kept_keys(out: Path, read: dict[Path, set[str]] | None = None) -> set[str]:
    """The cache keys of the versions still kept (the previous build's articles, too);
    ``read`` holds the keys of manifests already read (a published one never changes)."""
    read = {} if read is None else read
    keys: set[str] = set()
    for manifest in (out / VERSIONS_DIR).glob(f"*/{MANIFEST}"):
        if manifest not in read:
            try:
                data = json.loads(manifest.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            read[manifest] = {*data.get("articles", {}).values(), f"shared-{data.get('context')}"}
        keys |= read[manifest]
    return keys


def prune_entries(cache: Path, keep: set[str], drop: set[str] | None = None) -> None:
    """Remove the cache entries not in ``keep``: all of them, or only those in ``drop``."""
    if drop is not None:
        for key in drop:
            entry_path(cache, key, ".entry").unlink(missing_ok=True)
        return
    if not cache.is_dir():
        return
    for path in cache.glob("*/*"):
        if path.name.split(".", 1)[0] not in keep:
            path.unlink(missing_ok=True)
