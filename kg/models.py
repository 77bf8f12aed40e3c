"""Pydantic records for everything that crosses a stage boundary: articles, entities, facts."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

FactType = Literal[
    "invests_in", "compute_commitment", "uses_chip", "designs_chip", "manufactures_chip"
]
Status = Literal["announced", "in_talks", "reported", "planned"]
Purpose = Literal["inference", "training", "both"]
EntityType = Literal[
    "Lab",
    "CloudProvider",
    "ChipDesigner",
    "Foundry",
    "Investor",
    "Chip",
    "Model",
    "Product",
    "DataCenter",
]

FACT_TYPES: tuple[str, ...] = FactType.__args__  # type: ignore[attr-defined]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
ENTITY_TYPES: tuple[str, ...] = EntityType.__args__  # type: ignore[attr-defined]
ORGANIZATION_TYPES = frozenset({"Lab", "CloudProvider", "ChipDesigner", "Foundry", "Investor"})

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Article(Record):
    """One news article: its body is the text that evidence offsets point into."""

    id: str
    path: str
    body: str
    content_hash: str
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    url: str | None = None
    # What the loader read past, one line each ("… 'published' is not a date …; read without
    # it"): the article is kept, and whoever loads it warns.
    notes: tuple[str, ...] = ()


MAX_FIELD_CHARS = 1000  # a front-matter field (title, publisher, url) is one line of text


_DATE_THEN_REMARK = re.compile(r"(?P<day>\d{4}-\d{2}-\d{2})\s+[(\[]")


class FrontMatter(Record):
    """The YAML block at the top of an article file; every field is optional.

    Other fields (``author``, ``tags``...) are ignored: they never cost an article.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    url: str | None = None

    @field_validator("title", "publisher", "url", mode="before")
    @classmethod
    def _text(cls, value: object) -> object:
        """YAML reads `title: 2026` as a number: a scalar is kept as its text."""
        if isinstance(value, int | float | bool | dt.date):
            return str(value)
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            raise ValueError(f"is longer than {MAX_FIELD_CHARS:,} characters")
        return value

    @field_validator("published", mode="before")
    @classmethod
    def _day(cls, value: object) -> object:
        """A timestamp ('2026-05-21T10:30:00Z') gives its date, and so does a date with a
        remark after it ('2024-09-29 (updated 2024-09-30)')."""
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, str) and len(value.strip()) > 10:
            try:
                return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
            except ValueError:
                remark = _DATE_THEN_REMARK.match(value.strip())
                return remark["day"] if remark else value
        return value


class Entity(Record):
    """A registry entry (or an entity discovered in text, with ``discovered`` set)."""

    id: str
    name: str = Field(min_length=1)
    types: list[EntityType] = Field(min_length=1)
    aliases: list[str] = []
    parent: str | None = None
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    family: str | None = None
    designer: str | None = None
    co_designers: list[str] = []
    foundry: str | None = None
    process_node: str | None = None
    purpose: Purpose | None = None
    owner: str | None = None
    discovered: bool = False

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError(f"'{value}' is not a lowercase slug (a-z, 0-9, -)")
        return value

    @property
    def is_organization(self) -> bool:
        return not ORGANIZATION_TYPES.isdisjoint(self.types)

    @property
    def is_chip(self) -> bool:
        return "Chip" in self.types


class Evidence(Record):
    """A quote and where it stands: ``start``/``end`` index the article body, and ``quote`` is
    that span as a reader sees it (``kg.extract.markup.display_quote``): the exact text, except
    that Markdown or HTML markup is dropped and line breaks read as spaces."""

    article_id: str
    quote: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(gt=0)

    @model_validator(mode="after")
    def _span(self) -> Evidence:
        if self.end - self.start < len(self.quote):
            raise ValueError("quote is longer than the span its offsets give")
        return self


class FactAttributes(Record):
    """What a fact says beyond its two parties: the numbers, chip, purpose, process node."""

    type: FactType
    subject: str
    object: str
    status: Status
    amount_usd: float | None = Field(default=None, ge=0)
    capacity_gw: float | None = Field(default=None, ge=0)
    duration_years: float | None = Field(default=None, ge=0)
    chip: str | None = None
    purpose: Purpose | None = None
    process_node: str | None = None


class Fact(FactAttributes):
    """One statement an article makes, with the evidence for it."""

    evidence: list[Evidence] = Field(min_length=1)
    event_date: dt.date | None = None
    confidence: float = Field(default=1.0, ge=0, le=1)
    method: str = "rule"
    curated: bool = False
    # The party as the article named it, when that is a division acting for the party (AWS
    # for Amazon): ``subject`` and ``object`` stay the acting organisations, which deals are
    # counted by; None when the article named the party itself.
    subject_as_named: str | None = None
    object_as_named: str | None = None

    @property
    def article_id(self) -> str:
        return self.evidence[0].article_id

    @property
    def parties_as_named(self) -> tuple[str, str]:
        """The (subject, object) ids as the article named them."""
        return self.subject_as_named or self.subject, self.object_as_named or self.object

    def key(self) -> tuple:
        """What makes two statements the same fact within one article (a division named for
        a party makes another fact; without one the key is what it always was)."""
        key: tuple = (
            self.type,
            self.subject,
            self.object,
            self.amount_usd,
            self.capacity_gw,
            self.duration_years,
            self.chip,
            self.process_node,
            self.status,
        )
        if self.subject_as_named or self.object_as_named:
            key += (self.subject_as_named, self.object_as_named)
        return key
