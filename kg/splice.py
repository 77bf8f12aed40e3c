"""A build's whole-graph files made of chunks of articles, reusing the previous version's.

The articles (in article order) are cut into chunks whose bounds depend on the articles' ids
alone (``chunk_entries``), and ``graph.trig/`` and ``facts.parquet/`` hold a file per chunk
(``graph.trig/`` also ``shared.trig``: the ontology and the registry). A chunk of the same
articles as one of the previous version's is that version's file, hard-linked; the others are
written from their articles' new outputs and the unchanged articles' blocks and rows in the
previous version's files. A full build takes the same path with nothing to reuse, so an
incremental build writes the same bytes a full one does, and its cost follows the chunks that
changed.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from pathlib import Path

from kg import rdf
from kg.questions.table_files import (
    ENTITIES_FILE,
    ENTITY_FIELDS,
    FACT_FIELDS,
    FACTS_FILE,
    TABLE_FORMAT,
    _arrow,
    entity_row,
)

TRIG = "graph.trig"
# The columns that come from one article alone (the rest are looked up in the entity table).
LABELS = ("subject", "subject_types", "subject_parent", "object", "object_types",
          "object_parent", "subject_as_named", "object_as_named", "chip", "discovered")  # fmt: skip
OWN_FIELDS = {k: v for k, v in FACT_FIELDS.items() if k not in LABELS}


# ---------------------------------------------------------------- chunks

# A chunk of articles starts at each article whose id hashes to 0 modulo this: chunks of this
# many articles on average, whose bounds depend on the articles' ids alone (an article added or
# removed moves no other chunk's bounds), so the same articles always make the same chunks.
CHUNK_EVERY = 128


def chunk_entries(entries: list[dict]) -> list[tuple[str, list[dict]]]:
    """``entries`` (in article order) cut into chunks; each chunk's digest (of its articles'
    keys, so a chunk of the same articles has the same digest in every build) and entries."""
    chunks: list[list[dict]] = []
    for entry in entries:
        if not chunks or _starts_chunk(entry["id"]):
            chunks.append([])
        chunks[-1].append(entry)
    return [(_digest(e["key"] for e in chunk), chunk) for chunk in chunks]


def _starts_chunk(article: str) -> bool:
    return zlib.crc32(article.encode("utf-8")) % CHUNK_EVERY == 0


def _digest(keys) -> str:
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()[:24]


def chunk_name(number: int, digest: str) -> str:
    """A chunk's file name (less its suffix): its number first, so the files sort in article
    order, then its digest."""
    return f"{number:05d}-{digest}"


def chunk_files(folder: Path, part: str = FACTS_FILE, suffix: str = ".parquet") -> dict:
    """The chunk files of a version folder's ``part`` (``facts.parquet``, ``graph.trig``,
    ``index``), by digest."""
    try:
        names = os.listdir(folder / part)
    except OSError:
        return {}
    return {n.partition("-")[2][: -len(suffix)]: folder / part / n for n in names
            if n.endswith(suffix) and "-" in n}  # fmt: skip


# ---------------------------------------------------------------- graph.trig

SHARED_PART = "shared.trig"


def write_trig(
    folder: Path,
    shared: dict[str, str],
    chunks: list[tuple[str, list[dict]]],
    previous: Path | None,
) -> dict[str, list[int]]:
    """``graph.trig/`` into ``folder``: ``shared.trig`` (the ``shared`` blocks, by graph IRI)
    and a file per chunk: the TriG header, then each article's block, in article order. An
    article's block is its entry's ``trig`` text, or the ``trig_at`` = [offset, length] of it
    in the previous version's file of its ``chunk``. The [offset, length] of every article's
    block in its chunk's file, by key."""
    target = folder / TRIG
    target.mkdir()
    header = rdf.trig_header().encode("utf-8")
    before = chunk_files(previous, TRIG, ".trig") if previous is not None else {}
    if previous is not None and (previous / TRIG / SHARED_PART).is_file():
        os.link(previous / TRIG / SHARED_PART, target / SHARED_PART)
    else:
        blocks = [b"\n" + shared[iri].encode("utf-8") for iri in sorted(shared)]
        _write_file(target / SHARED_PART, b"".join([header, *blocks]))
    placed: dict[str, list[int]] = {}
    sources: dict[str, int] = {}  # the previous files read from, open
    try:
        for number, (digest, chunk) in enumerate(chunks):
            name = chunk_name(number, digest) + ".trig"
            if digest in before:
                os.link(before[digest], target / name)
                placed.update((e["key"], e["trig_at"]) for e in chunk if "trig_at" in e)
                continue
            data = bytearray(header)
            for entry in chunk:
                if "trig" in entry:
                    block = entry["trig"].encode("utf-8")
                else:
                    block = _block(before, sources, entry)
                data += b"\n"
                placed[entry["key"]] = [len(data), len(block)]
                data += block
            _write_file(target / name, data)
    finally:
        for descriptor in sources.values():
            os.close(descriptor)
    return placed


def _block(before: dict[str, Path], sources: dict[str, int], entry: dict) -> bytes:
    """An unchanged article's block, read from the previous version's file of its chunk."""
    digest = entry.get("chunk") or ""
    if digest not in before:
        raise ValueError(f"no previous graph.trig chunk holds {entry['id']}")
    if digest not in sources:
        sources[digest] = os.open(before[digest], os.O_RDONLY)
    offset, length = entry["trig_at"]
    data = os.pread(sources[digest], length, offset)
    if len(data) != length:
        raise ValueError(f"{before[digest]}: ended before {entry['id']}'s block")
    return data


def _write_file(path: Path, data: bytes | bytearray) -> None:
    """A new file of an unpublished version (made durable when the version is published)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
    finally:
        os.close(descriptor)


# ---------------------------------------------------------------- the fact table


def write_table(
    folder: Path,
    registry,
    chunks: list[tuple[str, list[dict]]],
    discovered: list[dict],
    previous: Path | None,
) -> None:
    """``facts.parquet/`` (a file per chunk of articles) and ``entities.parquet`` into
    ``folder`` (an unpublished version).

    Each chunk's file holds its articles' rows, sorted. A chunk of the same articles as one of
    the ``previous`` version folder's is that file, hard-linked, unless an entity its rows
    name is labelled differently now; a new chunk takes the rows of its new articles from
    their entries (``table``) and those of the others from the previous version's files. The
    entities are the registry's and the ``discovered`` ones, every article's new ones in
    article order (the first of an id wins).
    """
    entities = _entities(registry, discovered)
    before = chunk_files(previous) if previous is not None else {}
    relabel = _relabelled(previous, entities) if before else None
    target = folder / FACTS_FILE
    target.mkdir()
    if relabel == set():  # the same entities: the same file
        os.link(previous / ENTITIES_FILE, folder / ENTITIES_FILE)
    else:
        _write_parquet(entities, folder / ENTITIES_FILE)
    for number, (digest, chunk) in enumerate(chunks or [(_digest(()), [])]):
        name = chunk_name(number, digest) + ".parquet"
        old = before.get(digest)
        if old is not None and relabel is not None and not (relabel and _names_any(old, relabel)):
            os.link(old, target / name)
            continue
        _write_parquet(_chunk_table(chunk, entities, before), target / name)


def _write_parquet(data, path: Path) -> None:
    import pyarrow.parquet as pq

    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(data, temporary, compression="zstd")
    os.replace(temporary, path)


def _entities(registry, discovered: list[dict]):
    """The entity table: the registry's entities, then those first found by an article."""
    unique: dict[str, dict] = {}
    for entity in sorted((entity_row(e, registry) for e in registry), key=lambda e: e["id"]):
        unique.setdefault(str(entity["id"]), entity)
    for entity in discovered:
        unique.setdefault(str(entity["id"]), entity)
    return _arrow([unique[k] for k in sorted(unique)], ENTITY_FIELDS)


def _relabelled(previous: Path, entities) -> set[str] | None:
    """The ids whose entity row differs from the ``previous`` version's (None, for all of
    them, when that cannot be read): the chunks naming them are labelled anew."""
    import pyarrow.parquet as pq

    try:
        old = pq.read_table(previous / ENTITIES_FILE)
    except (OSError, ValueError):
        return None
    if old.equals(entities):
        return set()
    before = {row["id"]: row for row in old.to_pylist()}
    now = {row["id"]: row for row in entities.to_pylist()}
    return {i for i in before.keys() | now.keys() if before.get(i) != now.get(i)}


ID_COLUMNS = ("subject_id", "object_id", "subject_as_named_id", "object_as_named_id", "chip_id")


def _names_any(path: Path, ids: set[str]) -> bool:
    """Whether a chunk file's rows name any of ``ids`` (any at all, when it cannot be read)."""
    import pyarrow.parquet as pq

    try:
        data = pq.read_table(path, columns=list(ID_COLUMNS))
    except (OSError, ValueError):
        return True
    named = {v for column in ID_COLUMNS for v in data[column].unique().to_pylist()}
    return bool(named & ids)


def _chunk_table(chunk: list[dict], entities, before: dict[str, Path]):
    """The fact table's rows of a chunk's articles, sorted and labelled."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from kg.questions.deals import cues

    own_fields = {**OWN_FIELDS, "new_deal": "bool", "forecast": "bool"}
    new_facts = [row for e in chunk if "table" in e for row in e["table"]["facts"]]
    for row in new_facts:
        row["new_deal"], row["forecast"] = cues(str(row["quote"]))
    parts = [_rows_table(new_facts, own_fields)]
    kept: dict[str, set[str]] = {}  # previous chunk file → the articles taken from it
    for entry in chunk:
        if "table" not in entry:
            kept.setdefault(entry.get("chunk") or "", set()).add(entry["id"])
    for digest, articles in sorted(kept.items()):
        if digest not in before:
            raise ValueError(f"no previous chunk {digest!r} holds {sorted(articles)[:3]}")
        old = pq.read_table(before[digest], columns=list(own_fields))
        old = old.filter(pc.is_in(old["article"], value_set=pa.array(sorted(articles))))
        parts.append(old.cast(parts[0].schema))
    facts = pa.concat_tables(parts).combine_chunks()
    # every row is one (fact, quote offsets, article, purpose, date): a total order
    order = [(k, "ascending") for k in ("fact", "start", "end", "article", "purpose",
                                         "event_date")]  # fmt: skip
    facts = facts.take(pc.sort_indices(facts, order))
    return _labelled(facts, own_fields, entities)


def _labelled(facts, own_fields: dict[str, str], entities):
    """Own columns of fact rows with their parties' and chip's labels, types and parents."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = {name: facts[name] for name in own_fields}
    ids = entities["id"]
    nothing = len(ids)  # the index of a row of nulls appended to each looked-up column

    def look_up(column: str, key: str):
        where = pc.fill_null(pc.index_in(facts[key], value_set=ids), nothing)
        values = entities[column].combine_chunks()
        blank = pa.array([[] if column == "types" else None], type=values.type)
        return pa.concat_arrays([values, blank]).take(where)

    for side in ("subject", "object"):
        columns[side] = pc.coalesce(look_up("label", f"{side}_id"), facts[f"{side}_id"])
        columns[f"{side}_types"] = look_up("types", f"{side}_id")
        columns[f"{side}_parent"] = look_up("parent", f"{side}_id")
        named = f"{side}_as_named_id"
        columns[f"{side}_as_named"] = pc.coalesce(look_up("label", named), facts[named])
    columns["chip"] = pc.coalesce(look_up("label", "chip_id"), facts["chip_id"])
    found = [pc.fill_null(look_up("discovered", f"{s}_id"), False) for s in ("subject", "object")]
    columns["discovered"] = pc.or_(*found)
    table = pa.table(
        {name: columns[name] for name in FACT_FIELDS},
        metadata={"kg_table_format": str(TABLE_FORMAT)},
    )
    return table.cast(_arrow([], FACT_FIELDS).schema)


def _rows_table(rows: list[dict], fields: dict[str, str]):
    """``rows`` as the Arrow table ``kg.questions.table._arrow`` makes of them, converted by
    Arrow itself (dates read as their ISO text, then cast): ~15x faster than value by value."""
    import pyarrow as pa

    target = _arrow([], fields).schema
    as_read = pa.schema(
        [pa.field(f.name, pa.string()) if pa.types.is_date(f.type) else f for f in target]
    )
    return pa.Table.from_pylist(rows, schema=as_read).cast(target)
