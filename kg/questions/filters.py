"""Filters every question takes: status, confidence, entities, and two clocks kept apart.

``as_of`` is the world's clock: a fact's own date (``aik:eventDate``); facts without one are
kept, counted (``Filters.undated``) and flagged: with ``as_of`` every answer row gains a
column ``undated``, true when the row rests on at least one fact without a date. ``known_by``
is the reader's clock: the publication date of the article that states the fact
(``dcterms:issued``); facts from undated articles count as unknown and are left out.
Reference facts from the registry are timeless and pass both clocks. ``min_confidence`` keeps
facts whose extraction confidence (0–1) is at least it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kg.errors import KgError
from kg.questions.vocabulary import ENTITY_BASE, STATUSES, entity_id

Row = dict[str, object]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date(text: str | dt.date | None, what: str = "date") -> dt.date | None:
    """A date from ``YYYY-MM-DD``; ``YYYY-MM`` and ``YYYY`` mean the last day of that period.

    Every date a user gives (``--as-of``, ``--known-by``, ``diff``'s two dates) is read here,
    so a bare year means the same everywhere: its last day.
    """
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
    """An entity a user named, resolved to its IRI and canonical label.

    ``includes`` are the labels of what the entity rolls up: its divisions (AWS for Amazon)
    and, for a chip family, its generations (Trainium3 for Trainium).
    """

    iri: str
    label: str
    includes: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return entity_id(self.iri)

    @property
    def labels(self) -> set[str]:
        return {self.label, *self.includes}


@dataclass(frozen=True)
class Filters:
    """Which facts a question may use, and which answer rows it keeps."""

    status: frozenset[str] = frozenset()
    entities: tuple[Entity, ...] = ()
    as_of: dt.date | None = None
    known_by: dt.date | None = None
    min_confidence: float | None = None

    def keeps(self, status: object, event_date: object, published: object,
              confidence: object = None) -> bool:  # fmt: skip
        """Whether an article's fact passes the status and confidence filters and both clocks."""
        if self.status and status not in self.status:
            return False
        low = self.min_confidence
        if low is not None and confidence is not None and float(confidence) < low:  # type: ignore[arg-type]
            return False
        if self.known_by and (published is None or str(published) > self.known_by.isoformat()):
            return False
        return not (self.as_of and event_date and str(event_date) > self.as_of.isoformat())

    def keeps_row(self, row: Row) -> bool:
        return self.keeps(row.get("status"), row.get("event_date"), row.get("published"),
                          row.get("confidence"))  # fmt: skip

    def facts(self, rows: Iterable[Row]) -> list[Row]:
        return [row for row in rows if self.keeps_row(row)]

    @property
    def flags_undated(self) -> bool:
        """Whether answer rows carry the column ``undated`` (when the ``as_of`` clock is set)."""
        return self.as_of is not None

    def undated(self, rows: Iterable[Row]) -> int:
        """How many of ``rows`` the ``as_of`` clock kept only because they carry no date."""
        if not self.as_of:
            return 0
        return sum(1 for row in rows if row.get("event_date") is None)

    def labels(self) -> set[str]:
        return {label for e in self.entities for label in e.labels}

    def mentions(self, rows: Iterable[Row], fields: Sequence[str]) -> list[Row]:
        """Answer rows that name one of the filter's entities (or what it rolls up)."""
        if not self.entities:
            return list(rows)
        labels = self.labels()
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
    min_confidence: float | str | None = None,
) -> Filters:
    """Filters from user input: statuses checked, dates parsed, entity names resolved."""
    from kg.questions.names import resolve

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
        min_confidence=_confidence(min_confidence),
    )


def _confidence(value: float | str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 1:
        raise KgError(f"--min-confidence '{value}' is not a number from 0 to 1")
    return number


def resolve(store, name: str) -> Entity:
    """The entity a name or alias refers to (see ``kg.questions.names.resolve``)."""
    from kg.questions.names import resolve as resolve_name

    return resolve_name(store, name)


__all__ = ["ENTITY_BASE", "NO_FILTERS", "Entity", "Filters", "make_filters", "parse_date",
           "resolve"]  # fmt: skip
