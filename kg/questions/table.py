"""The fact table: one Parquet row per fact and quote, written beside each store version.

A build writes ``facts.parquet`` (every field of every fact: status, confidence, method,
dates, quote and offsets, the labels, ids, types and parents of its parties, and the ids and
labels of the parties as the article named them: ``subject_as_named`` is AWS where the
article said AWS and ``subject`` is Amazon, the organisation it acts for) and
``entities.parquet`` (every entity's label, aliases, types, parent, family and the registry's
designer, co-designers and foundry) from the same ``Fact`` records that make the RDF, into the
store's version folder. The link swap that publishes the store publishes them too, so a reader
never sees a table from one build and a store from another.

``FactTable`` answers a question's queries by name with DuckDB SQL giving the same rows as the
``.rq`` file of that name gives on the store. A missing or unreadable table is rebuilt from the
store, with a one-line warning.
"""

from __future__ import annotations

import sys
import threading
import weakref
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.questions.table_files import (  # noqa: F401 (the table's files, read and written there)
    COPY_FILE,
    DERIVED_FACT_FIELDS,
    ENTITIES_FILE,
    ENTITY_FIELDS,
    FACT_FIELDS,
    FACTS_FILE,
    TABLE_FORMAT,
    TABLES,
    Row,
    _arrow,
    _identity,
    _open_copy,
    _write_copy,
    article_rows,
    entity_row,
    facts_glob,
    labelled,
    load_tables,
    rows_from_store,
    with_derived,
    write_table,
)
from kg.questions.table_sql import DATE_COLUMNS, disputed, filter_sql, in_order, words
from kg.questions.vocabulary import ENTITY_BASE, entity_id

# ---------------------------------------------------------------- reading


class FactTable:
    """A build's fact table, asked by query name with SQL (values bound as parameters)."""

    kind = "table"

    def __init__(self, connection, folder: Path | None = None, release=None) -> None:
        self.folder = folder
        self.connection = connection  # holds the tables ``facts`` and ``entities``
        # closes the connection (and detaches the copy it reads) once the table is gone
        self.close = weakref.finalize(self, release or connection.close)
        self._cache: dict[str, list[Row]] = {}
        self._lock = threading.Lock()
        self._no_nul: bool | None = None

    @classmethod
    def from_arrow(cls, facts, entities, folder: Path | None = None) -> FactTable:
        """A table held in memory (when a rebuilt one cannot be written back)."""
        import duckdb

        from kg.questions.deals import PART_CUE_SUPERSET

        connection = duckdb.connect()
        for name, data in (("facts", facts), ("entities", entities)):
            connection.register(f"{name}_arrow", data)
        connection.execute(f"CREATE TABLE facts AS {with_derived('facts_arrow')}",
                           [PART_CUE_SUPERSET])  # fmt: skip
        connection.execute("CREATE TABLE entities AS SELECT * FROM entities_arrow")
        return cls(connection, folder)

    @classmethod
    def open(cls, build: Path, store: Any = None) -> FactTable:
        """The table of the build's current version; rebuilt from its store if unreadable."""
        from kg.versions import store_folder  # (kg.store imports pyoxigraph: not needed here)

        folder = store_folder(build).parent
        try:
            return cls.read(folder)
        except (OSError, ValueError, KgError) as problem:
            reason = "missing" if isinstance(problem, FileNotFoundError) else "unreadable"
            print(
                f"kg: warning: {folder / FACTS_FILE} is {reason}; rebuilt it from the store",
                file=sys.stderr,
            )
            from kg.store import open_store

            facts, entities = rows_from_store(store or open_store(build))
            try:
                write_table(folder, facts, entities)
                return cls.read(folder)
            except OSError:
                return cls.from_arrow(_arrow(labelled(facts, entities), FACT_FIELDS),
                                      _arrow(entities, ENTITY_FIELDS), folder)  # fmt: skip

    @classmethod
    def read(cls, folder: Path) -> FactTable:
        """The table in a version folder, read by DuckDB (pyarrow is not needed to read it).

        Opened from the version's DuckDB copy of the two Parquet files (``table.duckdb``,
        made once per version: by the build, or by the first reader) in milliseconds; loaded
        from the Parquet files when that copy cannot be had.
        """
        import duckdb

        identity = _identity(folder)
        opened = _open_copy(folder, identity)
        if opened is None and _write_copy(folder, identity):
            opened = _open_copy(folder, identity)
        connection, release = opened or (None, None)
        if connection is None:
            connection = duckdb.connect()
            try:
                # Copied into DuckDB, not a view over the files: a reader (a notebook, the
                # server) may outlive the version's files, which later builds prune.
                load_tables(connection, folder)
            except duckdb.Error as problem:
                raise KgError(f"{folder / FACTS_FILE}: {problem}".splitlines()[0]) from None
        table = cls(connection, folder, release)
        for name, file, fields in TABLES:
            found = connection.execute(f"SELECT * FROM {name} LIMIT 0").description
            derived = DERIVED_FACT_FIELDS if name == "facts" else ()
            if [d[0] for d in found] != [*fields, *derived]:
                table.close()
                raise KgError(f"{folder / file}: its columns are not this version's")
        return table

    def __repr__(self) -> str:
        return f"FactTable({str(self.folder)!r})"

    def sql(self, text: str, parameters: list | None = None, lists: tuple[str, ...] = (),
            sets: tuple[str, ...] = ()) -> list[Row]:  # fmt: skip
        """Rows of a SQL query over the tables ``facts`` and ``entities``, with values as the
        store gives them: whole numbers as int, dates as ISO text. The columns named in
        ``lists`` are made by ``listed`` and come back as Python lists, those in ``sets`` by
        ``listed`` with ``distinct`` and come back as sorted lists."""
        with self._lock:  # one connection: its registered tables are its own
            result = self.connection.execute(text, parameters or [])
            names = [d[0] for d in result.description]
            kinds = [str(d[1]) for d in result.description]
            values = result.fetchall()
        numbers = [names[i] for i, kind in enumerate(kinds) if kind in ("DOUBLE", "FLOAT")]
        others = [(names[i], _converter(k)) for i, k in enumerate(kinds) if _converter(k)]
        rows = [dict(zip(names, row, strict=True)) for row in values]
        # The few columns that need it are converted in the rows made (tens of thousands of
        # rows at 1M triples): transposing to columns and back cost a quarter more.
        for name in numbers:
            for row in rows:
                value = row[name]
                if value is not None and value.is_integer():
                    row[name] = int(value)
        for name, convert in others:
            for row in rows:
                if row[name] is not None:
                    row[name] = convert(row[name])
        for name in lists:
            if name in names:
                for row in rows:
                    row[name] = _as_list(row[name])
        for name in sets:
            if name in names:
                for row in rows:
                    value = row[name]
                    if not isinstance(value, str):
                        row[name] = _as_list(value)
                    elif "\0" in value:
                        row[name] = sorted(value.split("\0"))
                    else:
                        row[name] = [value] if value else []
        return rows

    def listed(self, values: str, distinct: bool = True, order: str | None = None,
               where: str | None = None, one_row: bool = False) -> str:  # fmt: skip
        """SQL aggregating a group's non-empty text ``values`` into a list: distinct (sorted
        by ``sql``, which is told so by ``sets``: sorting a few values per group in Python
        takes a fifth of what DuckDB's ``list_sort`` did), or (``distinct=False``) all of
        them in the order of ``order``. Fetched as one NUL-joined string, split by ``sql``
        (DuckDB hands a list column to Python an order of magnitude slower than a string).
        Only quotes are free text that might hold a NUL (they are checked: a build refuses
        such articles): article ids are file names, statuses and purposes fixed words.
        ``one_row``: the same for a group of one row, made without aggregating.
        """
        kept = f"({values}) <> ''" + (f" AND ({where})" if where else "")
        if one_row:
            as_list = values == "quote" and not self._quotes_nul_free()
            return f"CASE WHEN {kept} THEN {f'[{values}]' if as_list else values} END"
        # list_sort(list_distinct(…)): DuckDB's list(DISTINCT … ORDER BY …) is ~5x slower
        listed = (f"list_sort(list_distinct(list({values}) FILTER ({kept})))" if distinct
                  else f"list({values} ORDER BY {order}) FILTER ({kept})")  # fmt: skip
        if values == "quote" and not self._quotes_nul_free():
            return listed
        if distinct:
            # Most groups hold one value (one article, one status): given as it is, without
            # making, sorting and joining a list (a third of a grouping query's time)
            one = f"min({values}) FILTER ({kept})"
            several = f"list_distinct(list({values}) FILTER ({kept}))"
            return (f"CASE WHEN {one} = max({values}) FILTER ({kept}) THEN {one} "
                    f"ELSE array_to_string({several}, chr(0)) END")  # fmt: skip
        return f"string_agg({values}, chr(0) ORDER BY {order}) FILTER ({kept})"

    def _quotes_nul_free(self) -> bool:
        if self._no_nul is None:
            with self._lock:
                self._no_nul = not self.connection.execute(
                    "SELECT bool_or(contains(quote, chr(0))) FROM facts"
                ).fetchall()[0][0]
        return self._no_nul

    def filtered(self, name: str, filters) -> list[Row]:
        """The rows of ``name`` whose facts pass ``filters`` (conditions bound as values)."""
        from kg.questions.table_sql import SQL

        where, parameters = filter_sql(filters)
        if where == "TRUE":
            return self.rows(name)
        return self.sql(f"SELECT * FROM ({SQL[name][0]}) AS q WHERE {where}", parameters)

    def grouped(self, name: str, keys: tuple[str, ...], filters, confidence: bool,
                published_after: str | None = None) -> list[Row]:  # fmt: skip
        """The rows of ``name`` that pass ``filters`` (and were published after a date, when
        given), grouped over articles in DuckDB: as ``kg.questions.facts.grouped`` makes them
        from the store's rows, in the same order."""
        from kg.questions.table_sql import GROUPABLE, SQL

        where, parameters = filter_sql(filters)
        if published_after is not None:
            where += " AND published > CAST(? AS DATE)"
            parameters.append(published_after)
        best = "max(confidence) AS confidence, " if confidence else ""
        flag = ", bool_or(event_date IS NULL) AS undated" if filters.flags_undated else ""
        # dates as ISO text from DuckDB itself, not converted one by one in Python
        chosen = [f"CAST({k} AS VARCHAR) AS {k}" if k in DATE_COLUMNS else k for k in keys]
        text = (
            f"SELECT {', '.join(chosen)}, {best}"
            f"{self.listed('article')} AS sources{flag} "
            f"FROM ({GROUPABLE.get(name, SQL[name][0])}) AS q WHERE {where} "
            f"GROUP BY {', '.join(keys)} ORDER BY {', '.join(in_order(k) for k in keys)}"
        )
        rows = self.sql(text, parameters, sets=("sources",))
        if confidence:
            for row in rows:
                if isinstance(row["confidence"], float):
                    row["confidence"] = round(row["confidence"], 4)
        return rows

    def merged(self, name: str, keys: tuple[str, ...], filters) -> list[Row]:
        """The rows of ``name`` passing ``filters`` merged over ``keys`` (``silicon``): the
        distinct purposes stated (sorted), statuses, articles (sorted) and whether any of
        them has no date of its own; in the order ``sort_key`` gives (the keys are text)."""
        from kg.questions.table_sql import GROUPABLE, SQL

        where, parameters = filter_sql(filters)
        return self.sql(
            f"SELECT {', '.join(keys)}, {self.listed('purpose')} AS purpose, "
            f"{self.listed('status')} AS status, {self.listed('article')} AS sources, "
            "bool_or(event_date IS NULL) AS undated "
            f"FROM ({GROUPABLE.get(name, SQL[name][0])}) AS q WHERE {where} "
            f"GROUP BY {', '.join(keys)} ORDER BY {', '.join(in_order(k) for k in keys)}",
            parameters,
            sets=("purpose", "status", "sources"),
        )

    def diff_rows(self, filters, start: str, keys: tuple[str, ...]) -> tuple[list[Row], list[Row]]:
        """``diff``'s two sides from the facts passing ``filters``: those published after
        ``start``, grouped over articles by ``keys``; and, distinct, the compared fields,
        status and article of those published by ``start`` about the same (type, subject,
        object) (the parties that act, as ``subject_acts_as`` and ``object_acts_as``), the
        only earlier facts a later one is compared with."""
        from kg.questions.vocabulary import COMPARED_FIELDS

        later = self.grouped("facts", keys, filters, False, published_after=start)
        where, parameters = filter_sql(filters)
        prior = self.sql(
            f"WITH kept AS (SELECT * FROM facts WHERE {where}) "
            "SELECT DISTINCT type, subject AS subject_acts_as, object AS object_acts_as, status, "
            f"article, {', '.join(COMPARED_FIELDS)} "
            "FROM kept SEMI JOIN (SELECT DISTINCT type, subject, object FROM kept "
            "  WHERE published > CAST(? AS DATE)) USING (type, subject, object) "
            "WHERE published <= CAST(? AS DATE)",
            [*parameters, start, start],
        )
        return later, prior

    def rows(self, name: str, bindings: dict[str, object] | None = None) -> list[Row]:
        """The rows the ``.rq`` file ``name`` gives on the store, from the table."""
        from kg.questions.table_sql import SQL

        if name not in SQL:
            raise KgError(f"the fact table cannot answer '{name}'")
        text, parameters = SQL[name]
        values = [_bound(p, (bindings or {}).get(p)) for p in parameters]
        if not parameters:
            if name not in self._cache:
                self._cache[name] = self.sql(text)
            return [dict(row) for row in self._cache[name]]
        return self.sql(text, values)

    def versions(self, filters, types: tuple[str, ...] | None = None,
                 disagreeing: bool = False) -> list[Row]:  # fmt: skip
        """One row per fact and article with its quotes in order of offset (``deals``).

        ``disagreeing`` keeps only the (type, subject, object) that can hold a conflict
        (``deals.conflicts``): whose facts give two values of a field in two articles, or a
        firm and an unsigned status, or deals that also stand the other way round.
        """
        from kg.questions.deals import FIRM, UNSIGNED
        from kg.questions.vocabulary import COMPARED_FIELDS, DEAL_FACTS

        where, parameters = filter_sql(filters)
        if types:
            where += f" AND type IN ({', '.join('?' for _ in types)})"
            parameters += list(types)
        kept = "kept"
        narrowed = ""
        if disagreeing:
            kept = "chosen"
            narrowed = f""", parties AS (SELECT DISTINCT type, subject, object FROM kept),
              candidates AS (
                SELECT type, subject, object FROM kept GROUP BY type, subject, object
                HAVING {" OR ".join(disputed(f) for f in COMPARED_FIELDS)}
                    OR (bool_or(status IN {words(FIRM)}) AND bool_or(status IN {words(UNSIGNED)}))
                UNION SELECT type, subject, object FROM parties k SEMI JOIN parties r
                  ON r.type = k.type AND r.subject = k.object AND r.object = k.subject
                  WHERE k.type IN {words(DEAL_FACTS)}
              ), chosen AS (
                SELECT * FROM kept SEMI JOIN candidates USING (type, subject, object))"""
        # The quotes' cues come folded per version (``deals.versions`` reads ``new`` and
        # ``forecast``): two booleans fetched instead of a list of pairs; ``parts`` is false
        # where no quote can state a part of a deal (``deals.mark_parts`` skips them). A fact
        # with one row (most) is its version as it is: only the others are grouped (an
        # aggregate in order of offset costs DuckDB a sort per group).
        columns = "fact, type, subject, object, status, {}, article, amount_usd, capacity_gw, "
        return self.sql(
            # ``kept`` is read again rather than copied whole (every column of every row)
            f"WITH kept AS NOT MATERIALIZED (SELECT * FROM facts WHERE {where}){narrowed} "
            f"SELECT {columns.format('CAST(event_date AS VARCHAR) AS event_date, purpose')}"
            f"duration_years, {self.listed('quote', one_row=True)} AS quotes, new_deal AS new, "
            "forecast AND coalesce(quote, '') <> '' AS forecast, part_cue AS parts "
            f"FROM {kept} WHERE only_row UNION ALL "
            f"SELECT {columns.format('CAST(min(event_date) AS VARCHAR), min(purpose)')}"
            f"duration_years, {self.listed('quote', distinct=False, order='start')}, "
            "bool_or(new_deal), "
            "bool_and(forecast) AND bool_or(coalesce(quote, '') <> ''), bool_or(part_cue) "
            f"FROM {kept} WHERE NOT only_row GROUP BY fact, type, subject, object, status, "
            "article, amount_usd, capacity_gw, duration_years",
            parameters,
            lists=("quotes",),
        )

    def pairs(self, filters, types: tuple[str, ...], figures: bool = True) -> list[Row]:
        """Facts aggregated per (subject, object, type, chip) (``projection.pair_edges``);
        without ``figures``, ``amounts`` and ``capacities`` are left empty."""
        where, parameters = filter_sql(filters)
        where += f" AND type IN ({', '.join('?' for _ in types)})"
        # The figures as NUL-joined text too (DuckDB writes a double as the shortest text
        # that reads back as the same double), a group's one figure as it is
        stated = "".join(
            f"CASE WHEN min({f}) = max({f}) THEN CAST(min({f}) AS VARCHAR) "
            f"ELSE array_to_string(list_sort(list_distinct(list({f}))), chr(0)) END AS {key}, "
            for f, key in (("amount_usd", "amounts"), ("capacity_gw", "capacities"))
            if figures
        )
        rows = self.sql(
            "SELECT subject_id AS s, object_id AS o, type, chip_id, "
            f"{self.listed('status')} AS status, {self.listed('article')} AS sources, {stated}"
            "bool_or(event_date IS NULL) AS undated "
            f"FROM facts WHERE {where} GROUP BY subject_id, object_id, type, chip_id "
            "ORDER BY s, o, type, chip_id",
            [*parameters, *types],
            sets=("status", "sources"),
        )
        for row in rows:
            for key in ("amounts", "capacities"):
                row[key] = [_whole(float(v)) for v in row[key].split("\0")] if row.get(key) else []
        return rows

    def pair_ends(self, filters, types: tuple[str, ...]) -> list[tuple[str, str]]:
        """The (subject, object) ids of the facts passing ``filters`` (``pair_ends``)."""
        where, parameters = filter_sql(filters)
        where += f" AND type IN ({', '.join('?' for _ in types)})"
        with self._lock:
            return self.connection.execute(
                f"SELECT DISTINCT subject_id, object_id FROM facts WHERE {where} "
                "ORDER BY subject_id, object_id",
                [*parameters, *types],
            ).fetchall()

    def first_quotes(self, facts: list[str]) -> dict[str, str]:
        """Each fact's quote of least offset, in one query (``path``)."""
        rows = self.sql(
            "SELECT fact, arg_min(quote, start) AS quote FROM facts "
            "WHERE fact IN (SELECT unnest(?)) GROUP BY fact",
            [list(facts)],
        )
        return {str(r["fact"]): r["quote"] for r in rows}

    def facts_of(self, facts: list[str]) -> list[Row]:
        from kg.questions.table_sql import FACTS_OF

        return self.sql(FACTS_OF, [list(facts)])


def _converter(kind: str):
    """How a value of this DuckDB type (never None) becomes what the store gives, for types
    other than DOUBLE (whole ones become int): decimals likewise, dates as ISO text; None
    when it needs nothing."""
    if kind.startswith("DECIMAL"):
        return lambda value: int(value) if float(value).is_integer() else value
    if kind == "DATE":
        return lambda value: value.isoformat()
    return None


def _whole(value: float) -> int | float:
    return int(value) if value.is_integer() else value


def _as_list(value) -> list:
    """A value made by ``FactTable.listed`` (NUL-joined text, a list or None) as a list."""
    if isinstance(value, str):
        return value.split("\0") if value else []
    return list(value or [])


def _bound(name: str, value: object) -> object:
    """A bound value: entity and fact IRIs as the table keys them."""
    if name in ("entity", "node"):
        return entity_id(str(value))
    if isinstance(value, list):
        return [str(v) for v in value]
    return None if value is None else str(value)


def entity_iri(entity: str) -> str:
    return ENTITY_BASE + entity


def open_table(build: Path) -> FactTable:
    """The fact table of a build folder (``kg query``, ``kg.open`` and the headline answers)."""
    return FactTable.open(Path(build))
