"""The fact table's files: its rows made from a build's records, written as Parquet, and the
DuckDB copy readers open (``kg.questions.table`` reads them).

``facts.parquet`` is a folder of Parquet files, one per chunk of articles
(``kg.splice.chunk_entries``), which sort in article order; each holds its articles' rows
sorted by fact and quote. Readers read them all as one table (``facts.parquet/*.parquet``):
pandas and Polars take the folder, DuckDB the glob. ``entities.parquet`` is one file.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
import shutil
import threading
from collections.abc import Iterable
from pathlib import Path

from kg.questions.queries import query_text
from kg.questions.vocabulary import ONTOLOGY, entity_id

Row = dict[str, object]

FACTS_FILE = "facts.parquet"
ENTITIES_FILE = "entities.parquet"
# 2: the parties as the article named them (``…_as_named``); 3: ``facts.parquet`` a folder
TABLE_FORMAT = 3
WIKIDATA = "http://www.wikidata.org/entity/"

FACT_FIELDS: dict[str, str] = {
    "fact": "string", "type": "string", "article": "string", "title": "string",
    "published": "date", "quote": "string", "start": "int", "end": "int", "status": "string",
    "confidence": "float", "method": "string", "curated": "bool", "event_date": "date",
    "amount_usd": "float", "capacity_gw": "float", "duration_years": "float",
    "chip_id": "string", "chip": "string", "purpose": "string", "process_node": "string",
    "subject_id": "string", "subject": "string", "subject_types": "list",
    "subject_parent": "string", "object_id": "string", "object": "string",
    "object_types": "list", "object_parent": "string", "subject_as_named_id": "string",
    "subject_as_named": "string", "object_as_named_id": "string", "object_as_named": "string",
    "discovered": "bool",
    "new_deal": "bool", "forecast": "bool",
}  # fmt: skip
ENTITY_FIELDS: dict[str, str] = {
    "id": "string", "label": "string", "types": "list", "aliases": "list", "parent": "string",
    "family": "string", "designer": "string", "co_designers": "list", "foundry": "string",
    "process_node": "string", "purpose": "string", "wikidata": "string", "discovered": "bool",
    "registry": "bool",
}  # fmt: skip


# ---------------------------------------------------------------- rows from records


def article_rows(article, facts: Iterable, discovered: Iterable) -> dict:
    """What one article gives the table (cached with the article): facts and new entities."""
    from kg import rdf

    rows: dict[tuple, Row] = {}
    for fact in facts:
        iri = str(rdf.fact_iri(fact))
        for evidence in fact.evidence:
            # Facts alike but for purpose or date share one node (and its IRI) in the RDF,
            # which then holds both values: the table keeps a row for each, as SPARQL gives.
            key = (iri, evidence.start, evidence.end, fact.purpose or "", str(fact.event_date))
            rows[key] = {
                "fact": iri,
                "type": fact.type,
                "article": article.id,
                "title": article.title,
                "published": article.published.isoformat() if article.published else None,
                "quote": evidence.quote,
                "start": evidence.start,
                "end": evidence.end,
                "status": fact.status,
                "confidence": fact.confidence,
                "method": fact.method,
                "curated": fact.curated,
                "event_date": fact.event_date.isoformat() if fact.event_date else None,
                "amount_usd": fact.amount_usd,
                "capacity_gw": fact.capacity_gw,
                "duration_years": fact.duration_years,
                "chip_id": fact.chip,
                "purpose": fact.purpose,
                "process_node": fact.process_node,
                "subject_id": fact.subject,
                "object_id": fact.object,
                "subject_as_named_id": fact.parties_as_named[0],
                "object_as_named_id": fact.parties_as_named[1],
            }
    return {
        "facts": [rows[k] for k in sorted(rows)],
        "entities": [entity_row(e, None) for e in discovered],
    }


def entity_row(entity, registry) -> Row:
    """An entity as the table holds it; the registry's designer and foundry fall back to the
    family's, as the registry graph states them (``registry`` is None for discovered ones)."""

    def family_value(field: str) -> str | None:
        if registry is None or not entity.family or entity.family not in registry:
            return None
        return getattr(registry.get(entity.family), field)

    in_registry = registry is not None
    return {
        "id": entity.id,
        "label": entity.name,
        "types": sorted(entity.types),
        "aliases": sorted(entity.aliases),
        "parent": entity.parent,
        "family": entity.family,
        "designer": (entity.designer or family_value("designer")) if in_registry else None,
        "co_designers": sorted(entity.co_designers) if in_registry else [],
        "foundry": (entity.foundry or family_value("foundry")) if in_registry else None,
        "process_node": entity.process_node,
        "purpose": entity.purpose,
        "wikidata": entity.wikidata,
        "discovered": entity.discovered,
        "registry": in_registry,
    }


def labelled(facts: list[Row], entities: list[Row]) -> list[Row]:
    """Fact rows with the labels, types and parents of their parties and chip, and the labels
    of the parties as the article named them."""
    from kg.questions.deals import cues

    by_id = {e["id"]: e for e in entities}
    out = []
    for row in facts:
        subject, obj = by_id.get(row["subject_id"], {}), by_id.get(row["object_id"], {})
        chip = by_id.get(row["chip_id"], {}) if row.get("chip_id") else {}
        out.append(
            {
                **row,
                "subject": subject.get("label", row["subject_id"]),
                "subject_types": subject.get("types", []),
                "subject_parent": subject.get("parent"),
                "object": obj.get("label", row["object_id"]),
                "object_types": obj.get("types", []),
                "object_parent": obj.get("parent"),
                **{
                    f"{side}_as_named": by_id.get(row[f"{side}_as_named_id"], {}).get(
                        "label", row[f"{side}_as_named_id"]
                    )
                    for side in ("subject", "object")
                },
                "chip": chip.get("label", row.get("chip_id")) if row.get("chip_id") else None,
                "discovered": bool(subject.get("discovered") or obj.get("discovered")),
                # whether the quote calls its figure another deal, or is a forecast
                "new_deal": cues(str(row["quote"]))[0],
                "forecast": cues(str(row["quote"]))[1],
            }
        )
    return out


# ---------------------------------------------------------------- writing


def _arrow(rows: list[Row], fields: dict[str, str]):
    import pyarrow as pa

    kinds = {
        "string": pa.string(), "date": pa.date32(), "int": pa.int64(), "float": pa.float64(),
        "bool": pa.bool_(), "list": pa.list_(pa.string()),
    }  # fmt: skip
    columns = {}
    for name, kind in fields.items():
        values = [row.get(name) for row in rows]
        if kind == "date":
            values = [dt.date.fromisoformat(v) if isinstance(v, str) else v for v in values]
        if kind == "list":
            values = [list(v or []) for v in values]
        columns[name] = pa.array(values, type=kinds[kind])
    return pa.table(columns, metadata={"kg_table_format": str(TABLE_FORMAT)})


def write_table(folder: Path, facts: list[Row], entities: list[Row]) -> None:
    """Write the table into ``folder`` (a store version): its facts as one file in
    ``facts.parquet/`` (it replaces what was there), and its entities."""
    import pyarrow.parquet as pq

    unique: dict[str, Row] = {}
    for entity in sorted(entities, key=lambda e: (not e["registry"], e["id"])):
        unique.setdefault(str(entity["id"]), entity)
    entity_rows = [unique[k] for k in sorted(unique)]
    fact_rows = sorted(labelled(facts, entity_rows), key=lambda r: (r["fact"], r["start"]))
    temporary = folder / f".{FACTS_FILE}.{os.getpid()}.tmp"
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir()
    pq.write_table(_arrow(fact_rows, FACT_FIELDS), temporary / "00000-rebuilt.parquet",
                   compression="zstd")  # fmt: skip
    target = folder / FACTS_FILE
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target)
    target.unlink(missing_ok=True)
    os.replace(temporary, target)
    temporary = folder / f".{ENTITIES_FILE}.{os.getpid()}.tmp"
    pq.write_table(_arrow(entity_rows, ENTITY_FIELDS), temporary, compression="zstd")
    os.replace(temporary, folder / ENTITIES_FILE)
    _write_copy(folder, _identity(folder))  # the copy readers open (not needed to read)


TABLES = (("facts", FACTS_FILE, FACT_FIELDS), ("entities", ENTITIES_FILE, ENTITY_FIELDS))
COPY_FILE = "table.duckdb"
# 2: the derived columns of the facts (``DERIVED_FACT_FIELDS``)
COPY_FORMAT = 2
# The order of the facts readers see: by fact and quote (each row is one of these).
FACT_ORDER = 'fact, start, "end", article, purpose, event_date'
# Columns the readers' tables add to each fact row, found once when the table is loaded
# rather than by each question: whether the row is its fact's only one (most are: a fact's
# versions are then its rows as they are, without grouping) and whether its quote may state
# a figure as a part of another (``deals.PART_CUE_SUPERSET``).
DERIVED_FACT_FIELDS = ("only_row", "part_cue")


def with_derived(facts: str) -> str:
    """SQL: the rows of ``facts`` (a table or a table function) with the derived columns, in
    ``FACT_ORDER``; its one parameter is ``deals.PART_CUE_SUPERSET``."""
    return (
        f"SELECT *, count(*) OVER (PARTITION BY fact) = 1 AS only_row, "
        f"coalesce(regexp_matches(quote, ?), false) AS part_cue FROM {facts} "
        f"ORDER BY {FACT_ORDER}"
    )


def table_files(folder: Path) -> dict[str, list[Path]]:
    """The Parquet files of each table of a version folder (``facts``: its chunks, in order).
    Raises FileNotFoundError when a table is missing, NotADirectoryError when ``facts.parquet``
    is not a folder (a table from before chunks)."""
    chunks = sorted(p for p in (folder / FACTS_FILE).iterdir() if p.name.endswith(".parquet"))
    if not chunks:
        raise FileNotFoundError(folder / FACTS_FILE)
    entities = folder / ENTITIES_FILE
    if not entities.is_file():
        raise FileNotFoundError(entities)
    return {"facts": chunks, "entities": [entities]}


def facts_glob(build: Path) -> str:
    """The glob DuckDB reads a build folder's (or version folder's) whole fact table with."""
    return str(Path(build) / FACTS_FILE / "*.parquet")


def _identity(folder: Path) -> str:
    """What the DuckDB copy must have been made from: the Parquet files (names, sizes and
    mtimes, as a hard link keeps them), this table format and this DuckDB. Raises
    FileNotFoundError when a table is missing."""
    import duckdb

    parts = [f"format {TABLE_FORMAT}.{COPY_FORMAT}", f"duckdb {duckdb.__version__}"]
    for files in table_files(folder).values():
        for path in files:
            found = path.stat()
            parts.append(f"{path.relative_to(folder)} {found.st_size} {found.st_mtime_ns}")
    return "; ".join(parts)


def load_tables(connection, folder: Path) -> None:
    """Both tables of a version folder copied into a DuckDB connection (the facts in
    ``FACT_ORDER``, with their derived columns)."""
    from kg.questions.deals import PART_CUE_SUPERSET

    files = table_files(folder)
    connection.execute(
        f"CREATE TABLE facts AS {with_derived('read_parquet(?)')}",
        [PART_CUE_SUPERSET, [str(p) for p in files["facts"]]],
    )
    connection.execute(
        "CREATE TABLE entities AS SELECT * FROM read_parquet(?)",
        [[str(p) for p in files["entities"]]],
    )


def _write_copy(folder: Path, identity: str) -> bool:
    """Load the Parquet files once into ``table.duckdb`` beside them (written to a temporary
    name, then renamed). False when it cannot be written (a read-only folder, a bad file)."""
    import duckdb

    temporary = folder / f".{COPY_FILE}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        connection = duckdb.connect(str(temporary))
        try:
            load_tables(connection, folder)
            connection.execute("CREATE TABLE made_from AS SELECT ? AS identity", [identity])
        finally:
            connection.close()
        os.replace(temporary, folder / COPY_FILE)
        return True
    except (OSError, duckdb.Error):
        for leftover in (temporary, Path(f"{temporary}.wal")):
            leftover.unlink(missing_ok=True)
        return False


# One in-memory DuckDB database per process, which every table read from a copy attaches to
# (a connection of its own, the copy attached read-only under a name of its own): making a
# DuckDB database takes ~15 ms (its catalog of built-in functions), as much as the smaller
# questions' queries; attaching a file takes ~1 ms. One thread: at 1M triples the facts are
# one row group (DuckDB parallelises a scan by row groups of 122,880 rows), where a second
# thread only adds hand-offs (measured 5-10% slower), and no DuckDB thread stays in a process
# that may fork build workers.
_ENGINE: list = []
_ENGINE_LOCK = threading.Lock()
_ATTACHED = itertools.count()


def _engine():
    import duckdb

    with _ENGINE_LOCK:
        if not _ENGINE or _ENGINE[0][0] != os.getpid():
            _ENGINE[:] = [(os.getpid(), duckdb.connect(config={"threads": 1}))]
        return _ENGINE[0][1]


def _detach(connection, name: str) -> None:
    """Close a table's connection and detach its copy from the engine (when the table goes)."""
    import duckdb

    try:
        connection.close()
        with _ENGINE_LOCK:
            if _ENGINE and _ENGINE[0][0] == os.getpid():
                _ENGINE[0][1].execute(f"DETACH DATABASE IF EXISTS {name}")
    except duckdb.Error:
        pass  # the engine is gone (the process is ending)


def _open_copy(folder: Path, identity: str):
    """A connection to the version's DuckDB copy (attached read-only, so it stays readable
    after a later build prunes the folder) and what closes it, or None if the copy is missing
    or not of these files."""
    import duckdb

    path = folder / COPY_FILE
    if not path.is_file():
        return None
    engine = _engine()
    with _ENGINE_LOCK:
        connection = engine.cursor()
    name = f"version_{next(_ATTACHED)}"
    try:
        connection.execute(f"ATTACH ? AS {name} (READ_ONLY)", [str(path)])
        connection.execute(f"USE {name}")
        found = connection.execute("SELECT identity FROM made_from").fetchall()
    except duckdb.Error:
        _detach(connection, name)
        return None
    if found != [(identity,)]:
        _detach(connection, name)
        return None
    return connection, functools.partial(_detach, connection, name)


def rows_from_store(store) -> tuple[list[Row], list[Row]]:
    """The table's rows read back from a store (for a build whose table is missing)."""
    from kg.store import select

    entities: dict[str, Row] = {}

    def entity(iri: str) -> Row:
        return entities.setdefault(entity_id(iri), {
            "id": entity_id(iri), "label": None, "types": set(), "aliases": set(),
            "parent": None, "family": None, "designer": None, "co_designers": set(),
            "foundry": None, "process_node": None, "purpose": None, "wikidata": None,
            "discovered": False, "registry": False,
        })  # fmt: skip

    for row in select(store, query_text("table_entities")):
        found = entity(str(row["entity"]))
        found["label"] = row["label"]
        if row["type"]:
            found["types"].add(str(row["type"]).removeprefix(ONTOLOGY))
        if row["alias"]:
            found["aliases"].add(row["alias"])
        for key in ("parent", "family"):
            if row[key]:
                found[key] = entity_id(str(row[key]))
        if row["wikidata"]:
            found["wikidata"] = str(row["wikidata"]).removeprefix(WIKIDATA)
        for key in ("process_node", "purpose"):
            if row[key] is not None:
                found[key] = row[key]
        found["discovered"] = found["discovered"] or bool(row["discovered"])
        found["registry"] = found["registry"] or bool(row["in_registry"])
    for row in select(store, query_text("registry_facts")):
        found = entity(str(row["o"]))
        supplier = entity_id(str(row["s"]))
        if row["type"] == "designs_chip":
            found["designer"] = supplier
        elif row["type"] == "co_designs_chip":
            found["co_designers"].add(supplier)
        else:
            found["foundry"] = supplier
    listed = [
        {**e, **{k: sorted(e[k]) for k in ("types", "aliases", "co_designers")}}
        for e in entities.values()
        if e["label"] is not None
    ]
    facts = [
        {**row, "subject_id": entity_id(str(row["s"])), "object_id": entity_id(str(row["o"])),
         "subject_as_named_id": entity_id(str(row["subject_as_named"] or row["s"])),
         "object_as_named_id": entity_id(str(row["object_as_named"] or row["o"])),
         "chip_id": entity_id(str(row["chip_id"])) if row["chip_id"] else None,
         "curated": bool(row["curated"])}
        for row in select(store, query_text("table_facts"))
    ]  # fmt: skip
    return facts, listed
