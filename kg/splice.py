"""A build's whole-graph files made from per-article parts, reusing the previous version's.

``graph.trig`` is the header and every named graph's block in name order; each version keeps
the offset of each block in its own ``graph.trig``, so the next build copies the unchanged
blocks' byte ranges from it (in the kernel) and writes only the new blocks. The fact table is
the previous version's rows of the unchanged articles and the new articles' rows, sorted and
labelled in Arrow. A full build takes the same path with nothing to reuse, so an incremental
build writes the same bytes a full one does.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg import rdf
from kg.questions.table import (
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


# ---------------------------------------------------------------- graph.trig


def write_trig(path: Path, blocks: dict[str, str | list[int]], previous: Path | None) -> dict:
    """Write ``graph.trig`` from ``blocks`` (graph IRI → its TriG text, or [offset, length] of
    it in ``previous``); the [offset, length] of every block in the new file."""
    header = rdf.trig_header().encode("utf-8")
    placed: dict[str, list[int]] = {}
    target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    source = os.open(previous, os.O_RDONLY) if previous is not None else None
    try:
        position = _write(target, header)
        run: list[int] | None = None  # a range of the previous file still to copy

        def flush() -> None:
            nonlocal run
            if run is not None:
                _copy(source, target, run[0], run[1] - run[0])
                run = None

        for iri in sorted(blocks):
            block = blocks[iri]
            separator = 1  # "\n" before each block
            if isinstance(block, str):
                flush()
                data = block.encode("utf-8")
                _write(target, b"\n" + data)
                length = len(data)
            else:
                if source is None:
                    raise ValueError(f"no previous graph.trig holds {iri}")
                offset, length = block
                if run is not None and run[1] + 1 == offset:
                    run[1] = offset + length  # the separator between them comes along
                else:
                    flush()
                    _write(target, b"\n")
                    run = [offset, offset + length]
            placed[iri] = [position + separator, length]
            position += separator + length
        flush()  # made durable with the rest of the version when it is published
    finally:
        os.close(target)
        if source is not None:
            os.close(source)
    return placed


def _write(target: int, data: bytes) -> int:
    view = memoryview(data)
    while view:
        view = view[os.write(target, view) :]
    return len(data)


def _copy(source: int | None, target: int, offset: int, count: int) -> None:
    """``count`` bytes from ``offset`` of ``source`` appended to ``target``."""
    assert source is not None
    while count > 0:
        try:
            done = os.copy_file_range(source, target, count, offset)
        except OSError:
            done = 0
        if done <= 0:  # not on this file system: through user space
            data = os.pread(source, min(count, 1 << 24), offset)
            if not data:
                raise OSError(f"the previous graph.trig ended {count} bytes early")
            done = _write(target, data)
        offset += done
        count -= done


# ---------------------------------------------------------------- the fact table


def write_table(
    folder: Path,
    registry,
    new_facts: list[dict],
    discovered: list[dict],
    previous: Path | None,
    kept_articles: set[str],
) -> None:
    """``facts.parquet`` and ``entities.parquet`` into ``folder`` (an unpublished version).

    The facts are ``new_facts`` (rows of ``kg.questions.table.article_rows``) and the rows of
    the ``kept_articles`` in the table of the ``previous`` version folder; ``discovered`` are
    every article's new entities in article order (the first of an id wins).
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from kg.questions.deals import cues

    # The registry's entity of an id, else the first article's (in article order) to find it.
    unique: dict[str, dict] = {}
    for entity in sorted((entity_row(e, registry) for e in registry), key=lambda e: e["id"]):
        unique.setdefault(str(entity["id"]), entity)
    for entity in discovered:
        unique.setdefault(str(entity["id"]), entity)
    entities = _arrow([unique[k] for k in sorted(unique)], ENTITY_FIELDS)

    for row in new_facts:
        row["new_deal"], row["forecast"] = cues(str(row["quote"]))
    own_fields = {**OWN_FIELDS, "new_deal": "bool", "forecast": "bool"}
    parts = [_rows_table(new_facts, own_fields)]
    if previous is not None and kept_articles:
        old = pq.read_table(previous / FACTS_FILE, columns=list(own_fields))
        old = old.filter(pc.is_in(old["article"], value_set=pa.array(sorted(kept_articles))))
        parts.insert(0, old.cast(parts[0].schema))
    facts = pa.concat_tables(parts).combine_chunks()
    facts = facts.take(pc.sort_indices(facts, [("fact", "ascending"), ("start", "ascending")]))
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
    table = table.cast(_arrow([], FACT_FIELDS).schema)
    for name, data in ((FACTS_FILE, table), (ENTITIES_FILE, entities)):
        temporary = folder / f".{name}.{os.getpid()}.tmp"
        pq.write_table(data, temporary, compression="zstd")
        os.replace(temporary, folder / name)


def _rows_table(rows: list[dict], fields: dict[str, str]):
    """``rows`` as the Arrow table ``kg.questions.table._arrow`` makes of them, converted by
    Arrow itself (dates read as their ISO text, then cast): ~15x faster than value by value."""
    import pyarrow as pa

    target = _arrow([], fields).schema
    as_read = pa.schema(
        [pa.field(f.name, pa.string()) if pa.types.is_date(f.type) else f for f in target]
    )
    return pa.Table.from_pylist(rows, schema=as_read).cast(target)
