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
    rejected = {
        (r.type, _entity(registry, r.subject, path), _entity(registry, r.object, path))
        for r in curation.reject
    }
    kept = [f for f in facts if (f.type, f.subject, f.object) not in rejected]
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
        fields.update(
            subject=_entity(registry, addition.subject, path),
            object=_entity(registry, addition.object, path),
            chip=_entity(registry, addition.chip, path) if addition.chip else None,
        )
        kept.append(Fact(**fields, evidence=[quote], method="curation", curated=True))
    return kept


def _entity(registry: Registry, name: str, path: Path) -> str:
    entity = registry.lookup(name) or (registry.get(name) if name in registry else None)
    if entity is None:
        raise KgError(f"{path}: '{name}' is not a registry entity or alias")
    return entity.id
