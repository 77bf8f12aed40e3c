"""The embedded Oxigraph store kept beside each build, SPARQL over it, and its exports.

A build folder holds its store as a symbolic link ``store`` to one immutable version under
``.versions/``. A build writes a new version (a fresh bulk load, or a hard-linked copy of the
current one with some named graphs replaced) and publishes it by swapping the link, which is
atomic: a reader opens the old version or the new one, never half of each. Readers resolve the
link once and open that version read-only; the previous version is kept for readers still on it.

``select`` and ``run`` take either a local store or a remote endpoint (``kg.remote``), so
every named question runs unchanged on both.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg.errors import KgError
from kg.versions import STORE_DIR, VERSIONS_DIR, store_folder

MANIFEST = "manifest.json"
LOAD_THREADS = 8  # bulk loads run side by side; more rarely helps
KEEP_RETIRED = 1  # versions kept after the current one, for readers that opened them
LINKED_FILES = ("graph.trig", "facts.parquet")  # links in the build folder into a version

PREFIXES = {
    "aik": "https://w3id.org/ai-infra-kg/ontology#",
    "dcterms": "http://purl.org/dc/terms/",
    "oa": "http://www.w3.org/ns/oa#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "wd": "http://www.wikidata.org/entity/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
# Formats of `kg export`: the dataset keeps each triple's named graph; the others hold the
# union of all graphs (each triple once).
EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


DATASET_FORMATS = ("trig", "nq")

# ---------------------------------------------------------------- writing and opening


def write_store(folder: Path, documents: Iterable[str], syntax: str = "nq") -> None:
    """Bulk-load a build's documents (N-Quads, or TriG with ``syntax="trig"``) into a new
    store at ``folder``.

    Oxigraph's bulk loader sorts and writes its index files on one thread per call, so the
    documents are shared out over one call per processor, run side by side (the loader
    releases the GIL), then merged into one sorted run. A document is never split, so each of
    its blank nodes stays one node; documents loaded together must not share a blank node
    label (a build's never do).
    """
    usable = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    cores = len(usable) if usable else os.cpu_count() or 1  # the cores this process may use
    batches = _balanced(list(documents), min(cores, LOAD_THREADS))
    store = ox.Store(str(folder))
    with ThreadPoolExecutor(max_workers=len(batches)) as pool:
        loads = [pool.submit(store.bulk_load, "".join(b), EXPORT_FORMATS[syntax]) for b in batches]
        for load in loads:
            load.result()
    if len(batches) > 1:
        store.optimize()  # merge the loads' overlapping files: each lookup would read them all
    store.flush()
    del store


def _balanced(documents: list[str], count: int) -> list[list[str]]:
    """``documents`` shared out into at most ``count`` batches of about equal length."""
    batches: list[list[str]] = [[] for _ in range(max(count, 1))]
    sizes = [0] * len(batches)
    for document in sorted(documents, key=len, reverse=True):
        smallest = sizes.index(min(sizes))
        batches[smallest].append(document)
        sizes[smallest] += len(document)
    return [b for b in batches if b] or [[]]


def replace_graphs(
    folder: Path, drop: list[str], documents: Iterable[str], syntax: str = "nq"
) -> None:
    """In the unpublished store at ``folder``, drop the graphs ``drop`` and add ``documents``
    (N-Quads, or TriG with ``syntax="trig"``)."""
    store = ox.Store(str(folder))
    if drop:
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{iri}>" for iri in drop))
    text = "".join(documents)
    if text:
        store.load(text.encode("utf-8"), EXPORT_FORMATS[syntax])
    store.flush()
    del store


def open_store(build: Path) -> ox.Store:
    """The build's current store, read-only; it stays usable while later builds publish."""
    folder = store_folder(build)
    if not folder.is_dir():
        raise KgError(f"{build}: no graph built here (run 'kg build --out {build}' first)")
    try:
        return ox.Store.read_only(str(folder))
    except OSError as problem:
        raise KgError(f"{folder}: cannot open the store ({problem})") from None


def current_manifest(build: Path) -> dict | None:
    """What the current version holds (written by the build), or None for an unknown store."""
    link = build / STORE_DIR
    if not link.is_symlink():
        return None
    path = link.resolve().parent / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def new_version(build: Path, base: Path | None = None) -> Path:
    """A new version folder under ``.versions``; its store a hard-linked copy of ``base``.

    RocksDB never changes a table file (``*.sst``) once written, so the copy links them and
    copies only the small manifest and log files: copying costs the same at any store size.
    """
    versions = build / VERSIONS_DIR
    versions.mkdir(parents=True, exist_ok=True)
    folder = versions / f"{time.time_ns():020d}-{os.getpid()}"
    folder.mkdir()
    if base is not None:
        target = folder / STORE_DIR
        target.mkdir()
        for item in sorted(base.iterdir()):
            if item.name == "LOCK" or item.name.startswith("LOG"):
                continue
            if item.suffix == ".sst":
                os.link(item, target / item.name)
            else:
                shutil.copy2(item, target / item.name)
    return folder


def publish_version(build: Path, folder: Path, manifest: dict, durable: Path | None = None) -> None:
    """Make ``folder`` the build's current version: write its manifest, make it durable, swap
    the link. ``durable`` is a published version whose files ``folder`` may hold hard links
    to: those are durable already (only the folders holding the new links are synced)."""
    (folder / MANIFEST).write_text(json.dumps(manifest, sort_keys=True) + "\n", encoding="utf-8")
    _fsync_tree(folder, _inodes(durable) if durable is not None else set())
    link = build / STORE_DIR
    if link.exists() and not link.is_symlink():  # a store from before versions, or a copy
        os.replace(link, build / VERSIONS_DIR / f"{time.time_ns():020d}-legacy")
    temporary = build / f".store-link-{os.getpid()}"
    temporary.unlink(missing_ok=True)
    os.symlink(os.path.relpath(folder / STORE_DIR, build), temporary)
    os.replace(temporary, link)
    fsync_dir(build)


def prune_versions(build: Path) -> None:
    """Remove versions other than the current one and the ``KEEP_RETIRED`` before it.

    Call it only while holding the build lock: any version not current is then abandoned
    (a killed build's) or retired.
    """
    versions = build / VERSIONS_DIR
    if not versions.is_dir():
        return
    link = build / STORE_DIR
    current = link.resolve().parent if link.is_symlink() else None
    older = sorted(
        (v for v in versions.iterdir() if v != current and v.is_dir()),
        key=lambda v: v.name,
        reverse=True,
    )
    published = [v for v in older if (v / MANIFEST).is_file()]
    keep = set(published[:KEEP_RETIRED])
    # The build folder's links into a version's files (graph.trig/, facts.parquet/) keep it
    # too: a store-only version (``kg serve`` updates) publishes none of its own.
    for name in LINKED_FILES:
        if (build / name).is_symlink():
            keep.add((build / name).resolve().parent)
    for version in older:
        if version not in keep:
            shutil.rmtree(version, ignore_errors=True)


def _fsync_tree(folder: Path, durable: set[tuple[int, int]]) -> None:
    """Sync every file under ``folder`` but those whose (device, inode) is in ``durable``,
    then every folder (each sync of a file commits the file system's journal: an update
    that links most of its files from the previous version syncs only the few it wrote)."""
    for item in folder.rglob("*"):
        if item.is_dir():
            continue
        found = item.lstat()
        if (found.st_dev, found.st_ino) in durable or not item.is_file():
            continue
        with open(item, "rb") as handle:
            os.fsync(handle.fileno())
    for item in [*(p for p in folder.rglob("*") if p.is_dir()), folder]:
        fsync_dir(item)


def _inodes(folder: Path) -> set[tuple[int, int]]:
    """The (device, inode) of every file under ``folder``."""
    found = set()
    for item in folder.rglob("*"):
        try:
            stat = item.lstat()
        except OSError:
            continue
        found.add((stat.st_dev, stat.st_ino))
    return found


def fsync_dir(folder: Path) -> None:
    """Make a folder's entries (renames, new files) durable."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# ---------------------------------------------------------------- SPARQL


def python_value(term: object) -> object:
    """An Oxigraph term as a plain Python value: IRIs as text, numbers as numbers."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return literal_value(term.value, term.datatype.value if term.datatype else "")
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def literal_value(text: str, datatype: str) -> object:
    """A literal's lexical form and datatype IRI as a plain Python value."""
    if datatype.endswith(("#decimal", "#double", "#float")):
        number = Decimal(text)
        return int(number) if number == number.to_integral_value() else float(number)
    if datatype.endswith(("#integer", "#nonNegativeInteger", "#int", "#long")):
        return int(text)
    if datatype.endswith("#boolean"):
        return text in ("true", "1")  # Virtuoso answers booleans as 1 and 0
    if datatype.endswith("#date"):
        return dt.date.fromisoformat(text[:10]).isoformat()
    return text


def select(store: Any, query: str, bindings: dict[str, object] | None = None) -> list[dict]:
    """Run a SELECT with values bound as terms (never pasted into the query text).

    ``store`` is a local Oxigraph store or a remote endpoint (``kg.remote.RemoteStore``);
    both answer over the union of all graphs and give the same plain Python values.
    """
    if not isinstance(store, ox.Store):
        return store.select(query, bindings)
    substitutions = {ox.Variable(k): _term(v) for k, v in (bindings or {}).items()}
    try:
        result = store.query(query, use_default_graph_as_union=True, substitutions=substitutions)
    except SyntaxError as problem:
        raise KgError(f"SPARQL syntax error: {problem}") from None
    except RuntimeError as problem:  # e.g. a bound variable the query does not select
        raise KgError(f"cannot bind {', '.join(bindings or {})}: {problem}") from None
    if not isinstance(result, ox.QuerySolutions):
        raise KgError("expected a SELECT query")
    names = [v.value for v in result.variables]
    return [{n: python_value(row[n]) for n in names} for row in result]


def run(store: Any, query: str):
    """Any SPARQL query: SELECT rows, an ASK boolean, or CONSTRUCT triples as N-Triples text.

    A query nested deeper than the parser can take is refused before it is parsed.
    """
    from kg.sparql_text import check_nesting

    check_nesting(query)
    if not isinstance(store, ox.Store):
        return store.run(query)
    try:
        result = store.query(query, use_default_graph_as_union=True)
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            return [{n: python_value(row[n]) for n in names} for row in result]
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        return ox.serialize(result, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    except SyntaxError as problem:
        raise KgError(f"SPARQL syntax error: {problem}") from None
    except (OSError, RuntimeError, ValueError) as problem:
        raise KgError(f"SPARQL query failed: {problem}") from None


def term(value: object) -> ox.NamedNode | ox.Literal:
    """A Python value as the RDF term a query is bound to (text becomes a plain literal)."""
    return _term(value)


def _term(value: object) -> ox.NamedNode | ox.Literal:
    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float | Decimal):
        text = format(Decimal(repr(value)) if isinstance(value, float) else value, "f")
        return ox.Literal(text, datatype=ox.NamedNode(_XSD + "decimal"))
    return ox.Literal(str(value))


_XSD = "http://www.w3.org/2001/XMLSchema#"


# ---------------------------------------------------------------- exports


def export(quads: ox.Store | Iterable[ox.Quad], fmt: str, output: BinaryIO) -> int:
    """Write ``quads`` (a store, or quads) in ``fmt`` (a key of EXPORT_FORMATS) to ``output``;
    the number of statements written.

    ``trig`` and ``nq`` keep the named graphs; ``ttl``, ``nt`` and ``jsonld`` hold the union
    graph. Statements are sorted, so one graph always exports to the same bytes.
    """
    if fmt not in EXPORT_FORMATS:
        raise KgError(f"unknown export format '{fmt}'; known: {', '.join(EXPORT_FORMATS)}")
    rdf_format = EXPORT_FORMATS[fmt]
    if fmt in DATASET_FORMATS:
        statements: list = sorted(quads, key=_quad_key)
    else:
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
        statements = sorted(triples, key=_triple_key)
    prefixes = None if rdf_format in (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES) else PREFIXES
    ox.serialize(statements, output, rdf_format, prefixes=prefixes)
    return len(statements)


def trig_files(build: Path) -> list[Path]:
    """The TriG files of a build's ``graph.trig``: a folder of them (one per chunk of
    articles, and ``shared.trig``), each a whole TriG document; their concatenation is one."""
    trig = build / "graph.trig"
    if trig.is_dir():
        files = sorted(p for p in trig.iterdir() if p.name.endswith(".trig"))
        if files:
            return files
    elif trig.is_file():  # a build from before chunks
        return [trig]
    raise KgError(f"{build}: no graph.trig here (run 'kg build --out {build}' first)")


def read_trig(build: Path) -> str:
    """A build's whole graph as one TriG document (its ``graph.trig`` files, concatenated)."""
    return "".join(p.read_text(encoding="utf-8") for p in trig_files(build))


def export_build(build: Path, fmt: str, output: BinaryIO) -> int:
    """Export a build's graph, read from its ``graph.trig``.

    Not from the store: Oxigraph stores every integer type (``xsd:nonNegativeInteger`` of the
    quote offsets) as ``xsd:integer``, and an export should say what the build said.
    """

    def quads():
        for path in trig_files(build):  # a blank node never spans two files (nor two graphs)
            with open(path, "rb") as source:
                yield from ox.parse(source, ox.RdfFormat.TRIG)

    trig_files(build)  # no build here: said before the export begins
    return export(_stable_blank_nodes(quads()), fmt, output)


def _stable_blank_nodes(quads: Iterable[ox.Quad]) -> Iterable[ox.Quad]:
    """Blank nodes named by order of appearance (the parser names them at random)."""
    names: dict[ox.BlankNode, ox.BlankNode] = {}

    def stable(term):
        if isinstance(term, ox.BlankNode):
            return names.setdefault(term, ox.BlankNode(f"b{len(names)}"))
        return term

    for quad in quads:
        yield ox.Quad(stable(quad.subject), quad.predicate, stable(quad.object), quad.graph_name)


def _triple_key(triple: ox.Triple) -> tuple[str, str, str]:
    return (str(triple.subject), str(triple.predicate), str(triple.object))


def _quad_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    return (str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object))
