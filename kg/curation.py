"""Per-article corrections: reject an extracted fact, or add a missed one with its exact quote."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kg import yamlfile
from kg.errors import KgError
from kg.models import Article, Evidence, Fact, FactAttributes, FactType
from kg.registry import Registry


class Rejection(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: FactType
    subject: str
    object: str


class Addition(FactAttributes):
    """A missed fact, with the quote that states it (names may be aliases)."""

    quote: str = Field(min_length=1)


class Curation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reject: list[Rejection] = []
    add: list[Addition] = []


def load_curation(path: Path) -> Curation:
    """Read a curation file; anything wrong is a one-line error naming the file and line."""
    data, root = yamlfile.read(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise KgError(f"{path}: a curation file is a mapping with 'reject' and 'add' lists")
    try:
        return Curation(**{str(k): v for k, v in data.items()})
    except ValidationError as problem:
        loc, what = yamlfile.describe(problem)
        line = yamlfile.line_of(root, loc)
        raise KgError(f"{path}{f' line {line}' if line else ''}: {what}") from None


def apply_curation(
    facts: list[Fact], article: Article, folder: Path | None, registry: Registry
) -> list[Fact]:
    """The article's facts after its curation file (``<folder>/<article id>.yaml``), if any."""
    if folder is None:
        return facts
    path = folder / f"{article.id}.yaml"
    if not path.is_file():
        return facts
    curation = load_curation(path)
    rejected = [
        (r.type, _party(registry, r.subject, path), _party(registry, r.object, path))
        for r in curation.reject
    ]
    kept = [f for f in facts if not any(_rejects(r, f) for r in rejected)]
    for addition in curation.add:
        start = article.body.find(addition.quote)
        if start == -1:
            raise KgError(
                f"{path}: quote not found verbatim in article '{article.id}': "
                f"{addition.quote[:60]!r}"
            )
        quote = Evidence(
            article_id=article.id,
            quote=addition.quote,
            start=start,
            end=start + len(addition.quote),
        )
        fields = addition.model_dump(exclude={"quote"})
        (subject, subject_as_named), (obj, object_as_named) = (
            _party(registry, addition.subject, path), _party(registry, addition.object, path)
        )  # fmt: skip
        fields.update(
            subject=subject,
            object=obj,
            subject_as_named=subject_as_named,
            object_as_named=object_as_named,
            chip=_entity(registry, addition.chip, path) if addition.chip else None,
        )
        added = Fact(**fields, evidence=[quote], method="curation", curated=True)
        kept = [_with_curated(f, added) if f.key() == added.key() else f for f in kept]
        if not any(f.curated and f.key() == added.key() for f in kept):
            kept.append(added)
    return kept


def _with_curated(extracted: Fact, added: Fact) -> Fact:
    """One fact where the extractor found what a curator added by hand (the same key, so the
    same node in the graph): the curator's fields and confidence, both quotes."""
    evidence = sorted({e.start: e for e in [*added.evidence, *extracted.evidence]}.values(),
                      key=lambda e: e.start)  # fmt: skip
    return added.model_copy(update={"evidence": evidence})


Party = tuple[str, str | None]  # (the acting organisation, the division named for it or None)


def _party(registry: Registry, name: str, path: Path) -> Party:
    """A party as a curation names it: a division ("AWS") acts as its organisation (Amazon),
    as extracted facts have it, and is kept as the name the fact was stated with."""
    entity = _entity(registry, name, path)
    if not registry.get(entity).is_organization:
        return entity, None
    acting = registry.organisation(entity)
    return acting, (entity if acting != entity else None)


def _rejects(rejection: tuple[str, Party, Party], fact: Fact) -> bool:
    """Whether a rejection names this fact: its type and acting parties; a rejection naming a
    division ("OpenAI, AWS") takes only the facts stated with that division's name."""
    kind, (subject, subject_division), (obj, object_division) = rejection
    return (
        (kind, subject, obj) == (fact.type, fact.subject, fact.object)
        and subject_division in (None, fact.subject_as_named)
        and object_division in (None, fact.object_as_named)
    )


def _entity(registry: Registry, name: str, path: Path) -> str:
    entity = registry.lookup(name) or (registry.get(name) if name in registry else None)
    if entity is None:
        raise KgError(f"{path}: '{name}' is not a registry entity or alias")
    return entity.id
