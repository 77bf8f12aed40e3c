"""The library API for notebooks and scripts: one method per question, each a DataFrame.

    import kg
    graph = kg.open("build")                    # or kg.KnowledgeGraph.build("data/articles")
    graph.silicon(status="announced")           # the rows of `kg query silicon --status announced`
    graph.loops()
    graph.why("Anthropic", "Microsoft", known_by="2026-03-31")
    graph.sparql("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5")
    graph.to_networkx()                         # the projection: a networkx MultiDiGraph

Every question method takes the filters ``status``, ``entity``, ``as_of`` and ``known_by``
(see ``kg.questions.filters``) and gives the same rows as ``kg query NAME --format json``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pandas as pd

from kg.questions import COLUMNS, SILICON_PROVIDER_KEYS, ask
from kg.questions.filters import Entity, Filters, make_filters
from kg.questions.names import resolve, rolled_up
from kg.questions.table import FactTable
from kg.store import open_store, select

Names = str | Iterable[str] | None
Day = str | dt.date | None

FLOAT_COLUMNS = ("amount_usd", "capacity_gw", "duration_years", "share")
INTEGER_COLUMNS = ("length", "hop", "path", "source_count")


def frame(rows: list[dict], columns: Iterable[str] | None = None) -> pd.DataFrame:
    """Rows as a DataFrame: numbers as nullable numeric columns, lists and text as objects."""
    columns = list(columns) if columns is not None else list(rows[0]) if rows else []
    data = pd.DataFrame.from_records(rows, columns=columns)
    for column in data.columns:
        if column in FLOAT_COLUMNS:
            data[column] = pd.to_numeric(data[column]).astype("Float64")
        elif column in INTEGER_COLUMNS:
            data[column] = pd.to_numeric(data[column]).astype("Int64")
    return data


def records(data: pd.DataFrame) -> list[dict]:
    """A DataFrame back to plain rows (missing values as None), e.g. to compare with JSON."""
    plain = data.astype(object).where(data.notna(), None)
    return [{k: _plain(v) for k, v in row.items()} for row in plain.to_dict(orient="records")]


def _plain(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class KnowledgeGraph:
    """A built graph: named questions as DataFrames, SPARQL, and the NetworkX projection."""

    def __init__(self, store, folder: Path | None = None, table: FactTable | None = None) -> None:
        self.store = store
        self.folder = folder
        self.table = table

    @property
    def source(self):
        """What questions read: the fact table when there is one, else the store."""
        return self.table if self.table is not None else self.store

    @classmethod
    def open(cls, build: str | Path = "build") -> KnowledgeGraph:
        """The graph built into the folder ``build`` (read-only): its store and fact table."""
        folder = Path(build)
        store = open_store(folder)
        return cls(store, folder, FactTable.open(folder, store))

    @classmethod
    def build(
        cls, articles: str | Path = "data/articles", out: str | Path = "build", **options
    ) -> KnowledgeGraph:
        """Build a folder of articles into ``out`` (as `kg build`), then open the result."""
        from kg.pipeline import build

        build(Path(articles), Path(out), **options)
        return cls.open(out)

    def __repr__(self) -> str:
        return f"KnowledgeGraph({str(self.folder or self.store)!r})"

    # ------------------------------------------------------------ questions

    def ask(
        self,
        name: str,
        *args: str,
        status: Names = None,
        entity: Names = None,
        as_of: Day = None,
        known_by: Day = None,
        min_confidence: float | None = None,
        **options: object,
    ) -> pd.DataFrame:
        """Any named question by name, e.g. ``ask("why", "Anthropic")``.

        ``attrs["notes"]`` of the frame says what a name rolled up, as ``kg query`` does on
        standard error ("Amazon includes AWS …; 2 of 5 rows through AWS").
        """
        filters = self.filters(status=status, entity=entity, as_of=as_of, known_by=known_by,
                               min_confidence=min_confidence)  # fmt: skip
        rows = ask(self.source, name, *args, filters=filters, **options)
        columns = COLUMNS[name]
        if name == "silicon" and options.get("with_provider"):
            columns = (*SILICON_PROVIDER_KEYS, "sources")
        if as_of is not None:  # rows then say whether they rest on an undated fact
            columns = (*columns, "undated")
        data = frame(rows, columns)
        data.attrs["notes"] = [rolled_up(e, rows) for e in filters.entities if e.includes]
        return data

    def rows(
        self,
        name: str,
        *args: str,
        status: Names = None,
        entity: Names = None,
        as_of: Day = None,
        known_by: Day = None,
        min_confidence: float | None = None,
        **options: object,
    ) -> list[dict]:
        """The rows of a named question as plain dicts, exactly as the CLI prints them in JSON."""
        filters = self.filters(status=status, entity=entity, as_of=as_of, known_by=known_by,
                               min_confidence=min_confidence)  # fmt: skip
        return ask(self.source, name, *args, filters=filters, **options)

    def filters(self, *, status: Names = None, entity: Names = None, as_of: Day = None,
                known_by: Day = None, min_confidence: float | None = None) -> Filters:  # fmt: skip
        return make_filters(self.source, status=status, entity=entity, as_of=as_of,
                            known_by=known_by, min_confidence=min_confidence)  # fmt: skip

    def facts(self, *, with_registry: bool = False, **filters) -> pd.DataFrame:
        """Every fact articles state (and the registry's, with ``with_registry``)."""
        return self.ask("facts", with_registry=with_registry, **filters)

    def silicon(self, *, with_provider: bool = False, **filters) -> pd.DataFrame:
        """Which labs depend on which silicon, directly or through a commitment's provider."""
        return self.ask("silicon", with_provider=with_provider, **filters)

    def exposure(self, **filters) -> pd.DataFrame:
        """Per lab, the chip designers and foundries it reaches, their shares, sole suppliers."""
        return self.ask("exposure", **filters)

    def investments(self, **filters) -> pd.DataFrame:
        """Who invests in whom, how much."""
        return self.ask("investments", **filters)

    def commitments(self, **filters) -> pd.DataFrame:
        """Who has committed to buy how much compute from whom."""
        return self.ask("commitments", **filters)

    def chips(self, **filters) -> pd.DataFrame:
        """Chips articles name, with designer, foundry, process node and purpose."""
        return self.ask("chips", **filters)

    def loops(self, *, max_length: int = 4, **filters) -> pd.DataFrame:
        """Capital–compute loops, one row per hop."""
        return self.ask("loops", max_length=max_length, **filters)

    def totals(self, **filters) -> pd.DataFrame:
        """Committed dollars and gigawatts per buyer and provider, each deal counted once."""
        return self.ask("totals", **filters)

    def conflicts(self, **filters) -> pd.DataFrame:
        """Facts about one deal or chip that disagree, with their quotes."""
        return self.ask("conflicts", **filters)

    def timeline(self, **filters) -> pd.DataFrame:
        """Dated events in order."""
        return self.ask("timeline", **filters)

    def why(self, name: str, other: str | None = None, **filters) -> pd.DataFrame:
        """Every fact about an entity, or linking two, with quotes, status and titles."""
        return self.ask("why", *([name] if other is None else [name, other]), **filters)

    def path(self, origin: str, destination: str, *, max_paths: int = 5,
             with_registry: bool = False, **filters) -> pd.DataFrame:  # fmt: skip
        """Shortest paths between two entities over the fact graph, one row per hop and fact."""
        return self.ask("path", origin, destination, max_paths=max_paths,
                        with_registry=with_registry, **filters)  # fmt: skip

    def diff(self, since: Day, until: Day, **filters) -> pd.DataFrame:
        """What was added, restated or contradicted by articles published between two dates."""
        return self.ask("diff", str(since), str(until), **filters)

    # ------------------------------------------------------------ the rest

    def sparql(self, text: str, **bindings: object) -> pd.DataFrame:
        """A SELECT query's rows; keyword arguments are bound to variables as values."""
        return frame(select(self.store, text, bindings or None))

    def to_networkx(self, *, with_registry: bool = False, **filters) -> nx.MultiDiGraph:
        """The projection: entities as nodes, facts as edges with their evidence."""
        from kg.questions.projection import projection

        return projection(self.source, filters=self.filters(**filters),
                          with_registry=with_registry)  # fmt: skip

    def entity(self, name: str) -> Entity:
        """The entity a name or alias refers to (an unknown name suggests the closest)."""
        return resolve(self.source, name)


def open_graph(build: str | Path = "build") -> KnowledgeGraph:
    """The graph built into ``build``: ``kg.open("build")``."""
    return KnowledgeGraph.open(build)
