"""Filters every question takes: status, entities, and two clocks kept apart.

``as_of`` is the world's clock: a fact's own date (``aik:eventDate``); facts without one are
kept. ``known_by`` is the reader's clock: the publication date of the article that states the
fact (``dcterms:issued``); facts from undated articles count as unknown and are left out.
Reference facts from the registry are timeless and pass both clocks.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kg.errors import KgError
from kg.models import STATUSES
from kg.registry import normalise_name
from kg.store import select

Row = dict[str, object]

ENTITY_BASE = "https://w3id.org/ai-infra-kg/id/"

# ?wanted is bound to the name as typed; it is matched by a triple pattern, so the query works
# whether an endpoint binds values before evaluation or joins them with a VALUES block.
_EXACT_NAME = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?entity ?label ?wanted WHERE {
  VALUES ?name { skos:prefLabel skos:altLabel }
  ?entity ?name ?wanted ; skos:prefLabel ?label .
  FILTER(STRSTARTS(STR(?entity), "https://w3id.org/ai-infra-kg/id/"))
}
"""
_ALL_NAMES = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?entity ?label ?name WHERE {
  { ?entity skos:prefLabel ?name } UNION { ?entity skos:altLabel ?name }
  ?entity skos:prefLabel ?label .
  FILTER(STRSTARTS(STR(?entity), "https://w3id.org/ai-infra-kg/id/"))
}
"""
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date(text: str | dt.date | None, what: str = "date") -> dt.date | None:
    """A date from ``YYYY-MM-DD``; ``YYYY-MM`` and ``YYYY`` mean the last day of that period."""
    if text is None or isinstance(text, dt.date):
        return text
    match = _DATE.match(str(text).strip())
    try:
        if not match:
            raise ValueError
        year, month, day = match.groups()
        if day:
            return dt.date(int(year), int(month), int(day))
        if month:
            return dt.date(int(year), int(month), calendar.monthrange(int(year), int(month))[1])
        return dt.date(int(year), 12, 31)
    except ValueError:
        raise KgError(f"{what} '{text}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None


@dataclass(frozen=True)
class Entity:
    """An entity a user named, resolved to its IRI and canonical label."""

    iri: str
    label: str

    @property
    def id(self) -> str:
        return self.iri.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Filters:
    """Which facts a question may use, and which answer rows it keeps."""

    status: frozenset[str] = frozenset()
    entities: tuple[Entity, ...] = ()
    as_of: dt.date | None = None
    known_by: dt.date | None = None

    def keeps(self, status: object, event_date: object, published: object) -> bool:
        """Whether an article's fact passes the status filter and both clocks."""
        if self.status and status not in self.status:
            return False
        if self.known_by and (published is None or str(published) > self.known_by.isoformat()):
            return False
        return not (self.as_of and event_date and str(event_date) > self.as_of.isoformat())

    def keeps_row(self, row: Row) -> bool:
        return self.keeps(row.get("status"), row.get("event_date"), row.get("published"))

    def facts(self, rows: Iterable[Row]) -> list[Row]:
        return [row for row in rows if self.keeps_row(row)]

    def mentions(self, rows: Iterable[Row], fields: Sequence[str]) -> list[Row]:
        """Answer rows that name one of the filter's entities in one of ``fields``."""
        if not self.entities:
            return list(rows)
        labels = {e.label for e in self.entities}
        return [row for row in rows if labels & set(_names(row, fields))]


def _names(row: Row, fields: Sequence[str]) -> Iterable[str]:
    for field in fields:
        value = row.get(field)
        if isinstance(value, list):
            yield from (str(v) for v in value)
        elif value is not None:
            yield str(value)


NO_FILTERS = Filters()


def make_filters(
    store,
    *,
    status: str | Iterable[str] | None = None,
    entity: str | Iterable[str] | None = None,
    as_of: str | dt.date | None = None,
    known_by: str | dt.date | None = None,
) -> Filters:
    """Filters from user input: statuses checked, dates parsed, entity names resolved."""
    statuses = frozenset([status] if isinstance(status, str) else status or ())
    unknown = sorted(statuses - set(STATUSES))
    if unknown:
        raise KgError(f"unknown status '{unknown[0]}'; known: {', '.join(STATUSES)}")
    names = [entity] if isinstance(entity, str) else list(entity or ())
    return Filters(
        status=statuses,
        entities=tuple(resolve(store, name) for name in names),
        as_of=parse_date(as_of, "--as-of"),
        known_by=parse_date(known_by, "--known-by"),
    )


def resolve(store, name: str) -> Entity:
    """The entity a name or alias refers to; an unknown name suggests the closest known ones.

    The name is bound as a SPARQL value, never pasted into the query text.
    """
    wanted = str(name).strip()
    found = select(store, _EXACT_NAME, {"wanted": wanted})
    if len({row["entity"] for row in found}) == 1:
        return Entity(str(found[0]["entity"]), str(found[0]["label"]))
    rows = select(store, _ALL_NAMES)
    key = normalise_name(wanted)
    matches = {(r["entity"], r["label"]) for r in rows if normalise_name(str(r["name"])) == key}
    if len(matches) == 1:
        iri, label = matches.pop()
        return Entity(str(iri), str(label))
    if matches:
        labels = ", ".join(sorted(label for _, label in matches))
        raise KgError(f"entity name '{wanted}' is ambiguous: {labels}")
    by_name = {normalise_name(str(r["name"])): str(r["label"]) for r in rows}
    close = difflib.get_close_matches(key, list(by_name), n=8, cutoff=0.6)
    close += [n for n in by_name if key and (n.startswith(key) or key in n.split())]
    suggestions = list(dict.fromkeys(by_name[n] for n in close))[:5]
    hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
    raise KgError(f"unknown entity '{wanted}'{hint}")
