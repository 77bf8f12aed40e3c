"""Where a question's rows come from: a SPARQL store (local or remote) or the fact table.

A question asks its source for the rows of one shipped query by name (``facts``,
``silicon``, ``names`` …). A store answers with the ``.rq`` file of that name; the fact table
answers with SQL that gives the same rows (``kg.questions.table``). Everything a question does
after that is shared, so the two give the same answers.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from kg.questions.queries import query_text

Row = dict[str, object]


@runtime_checkable
class Source(Protocol):
    """What a question reads: the rows of a shipped query, with values bound by name."""

    kind: str

    def rows(self, name: str, bindings: dict[str, object] | None = None) -> list[Row]: ...

    def facts_of(self, facts: list[str]) -> list[Row]: ...


class StoreSource:
    """A local Oxigraph store or a remote endpoint, asked through the shipped ``.rq`` files."""

    kind = "store"

    def __init__(self, store: Any) -> None:
        self.store = store

    def rows(self, name: str, bindings: dict[str, object] | None = None) -> list[Row]:
        from kg.store import select

        return select(self.store, query_text(name), _terms(bindings))

    def facts_of(self, facts: list[str]) -> list[Row]:
        """The ``facts`` rows of some facts only (by IRI), read in batches."""
        from kg.questions.facts import for_facts
        from kg.store import select

        text = query_text("facts")
        return [
            row
            for batch in range(0, len(facts), BATCH)
            for row in select(self.store, for_facts(text, facts[batch : batch + BATCH]))
        ]


BATCH = 500
_IRI_BINDINGS = ("entity", "fact")


def _terms(bindings: dict[str, object] | None) -> dict[str, object] | None:
    """IRIs bound as named nodes (``entity``, ``fact``), everything else as literals."""
    if not bindings:
        return None
    import pyoxigraph as ox

    return {
        k: ox.NamedNode(str(v)) if k in _IRI_BINDINGS and isinstance(v, str) else v
        for k, v in bindings.items()
    }


def as_source(store: Any) -> Source:
    """A source for whatever a caller holds: a source as it is, or a store to ask by SPARQL."""
    if isinstance(store, Source):
        return store
    return StoreSource(store)
