"""The entity registry: known organisations and chips, their aliases, types and structure."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from kg import yamlfile
from kg.errors import KgError
from kg.models import Entity
from kg.resources import registry_path

_REFERENCES = ("parent", "family", "designer", "foundry", "owner")


@lru_cache(maxsize=1 << 14)  # every name a sentence may hold is looked up; names recur
def normalise_name(name: str) -> str:
    """The form names are compared in: case, curly quotes, dots and spacing folded."""
    name = name.replace("’", "'").replace("‘", "'").lower().replace(".", "").replace(",", "")
    return " ".join(name.split())  # runs of white space as one space, none at the ends


class Registry:
    """Entities by id and by every name they go by."""

    def __init__(self, entities: Iterable[Entity], source: str = "registry") -> None:
        self.source = source
        self._by_id: dict[str, Entity] = {}
        self._by_name: dict[str, str] = {}
        self._first_words: set[str] = set()  # the first word of each name of several words
        self._organisations: dict[str, str] = {}  # organisation()'s answers, until an add
        self._families: set[str | None] = set()  # each entity's family (None: it has none)
        self._shared = False  # whether the tables above may be another registry's too
        for entity in entities:
            self.add(entity)

    def add(self, entity: Entity, line: int | None = None) -> None:
        where = f"{self.source}" + (f" line {line}" if line else "")
        if entity.id in self._by_id:
            raise KgError(f"{where}: entity id '{entity.id}' is defined twice")
        self._own_tables()
        for name in (entity.name, *entity.aliases):
            key = normalise_name(name)
            owner = self._by_name.get(key)
            if owner is not None and owner != entity.id:
                raise KgError(f"{where}: alias '{name}' of '{entity.id}' already names '{owner}'")
            self._name(key, entity.id)
        self._by_id[entity.id] = entity
        self._organisations.clear()  # a new parent may change them
        self._families.add(entity.family)

    def extended(self, entities: Iterable[Entity]) -> Registry:
        """A copy that also knows ``entities`` (an article's discovered organisations). The two
        share their tables until either changes (``_own_tables``): most articles discover
        nothing, and copying the tables for each was a cost of its own."""
        copy = Registry([], source=self.source)
        copy._by_id, copy._by_name = self._by_id, self._by_name
        copy._first_words, copy._families = self._first_words, self._families
        copy._organisations = self._organisations  # (the same answers, while the tables are)
        copy._shared = self._shared = True
        for entity in entities:
            if entity.id not in copy._by_id:
                copy.add(entity)
        return copy

    def add_alias(self, name: str, entity_id: str) -> None:
        """Let ``name`` also name ``entity_id`` (an abbreviation an article defines), unless it
        already names something."""
        key = normalise_name(name)
        if key not in self._by_name:
            self._own_tables()
            self._name(key, entity_id)

    def _own_tables(self) -> None:
        """Copies of the tables, made before a change when another registry may share them."""
        if self._shared:
            self._by_id = dict(self._by_id)
            self._by_name = dict(self._by_name)
            self._first_words = set(self._first_words)
            self._families = set(self._families)
            self._organisations = dict(self._organisations)
            self._shared = False

    def _name(self, key: str, entity_id: str) -> None:
        self._by_name[key] = entity_id
        if " " in key:
            self._first_words.add(key.partition(" ")[0])

    def opens_a_name(self, word: str) -> bool:
        """Whether some name of several words opens on ``word`` (no white space in it): when
        not, no name of ``word`` and further words is known, whatever they are."""
        head = normalise_name(word)
        return not head or head in self._first_words

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def __iter__(self) -> Iterator[Entity]:
        return iter(sorted(self._by_id.values(), key=lambda e: e.id))

    def __len__(self) -> int:
        return len(self._by_id)

    def families(self) -> frozenset[str]:
        """The ids some entity names as its family (kept as entities are added, not gathered
        from every entity at each ask)."""
        return frozenset(self._families)

    def get(self, entity_id: str) -> Entity:
        return self._by_id[entity_id]

    def lookup(self, name: str) -> Entity | None:
        """The entity a surface name refers to, if any."""
        entity_id = self._by_name.get(normalise_name(name))
        return self._by_id[entity_id] if entity_id else None

    def names(self) -> Iterator[tuple[str, str]]:
        """Every (surface name, entity id) pair."""
        for entity in self:
            for name in (entity.name, *entity.aliases):
                yield name, entity.id

    def organisation(self, entity_id: str) -> str:
        """The organisation that acts for a division: AWS acts as Amazon, Azure as Microsoft."""
        found = self._organisations.get(entity_id)
        if found is not None:  # asked of every mention by every rule
            return found
        seen = {entity_id}
        entity = self._by_id[entity_id]
        while entity.parent and entity.parent in self._by_id and entity.parent not in seen:
            seen.add(entity.parent)
            entity = self._by_id[entity.parent]
        self._organisations[entity_id] = entity.id
        return entity.id

    def designers(self, chip_id: str, include_co_designers: bool = True) -> set[str]:
        """The organisations that design a chip or the family it belongs to."""
        found: set[str] = set()
        seen: set[str] = set()
        current: str | None = chip_id
        while current and current in self._by_id and current not in seen:
            seen.add(current)
            chip = self._by_id[current]
            co_designers = chip.co_designers if include_co_designers else []
            found.update(d for d in (chip.designer, *co_designers) if d)
            current = chip.family
        return {self.organisation(d) for d in found if d in self._by_id}

    def check_references(self) -> None:
        for entity in self:
            for field in _REFERENCES:
                target = getattr(entity, field)
                if target and target not in self._by_id:
                    raise KgError(
                        f"{self.source}: entity '{entity.id}': {field} '{target}' is not an entity"
                    )
            for target in entity.co_designers:
                if target not in self._by_id:
                    raise KgError(
                        f"{self.source}: entity '{entity.id}': co_designer '{target}' "
                        "is not an entity"
                    )


_LOADED: dict[tuple[str, bytes], Registry] = {}  # the last registry read, by path and bytes


def load_registry(path: Path | None = None) -> Registry:
    """Read and validate the registry YAML; errors name the file and line.

    The same file with the same bytes is parsed once per process (a build and its page both
    read it); each caller gets its own copy.
    """
    path = path or registry_path()
    try:
        memo_key = (str(Path(path).resolve()), Path(path).read_bytes())
    except OSError:
        memo_key = None
    if memo_key is not None and memo_key in _LOADED:
        return _LOADED[memo_key].extended([])
    registry = _parse_registry(Path(path))
    if memo_key is not None:
        _LOADED.clear()
        _LOADED[memo_key] = registry
        return registry.extended([])
    return registry


def _parse_registry(path: Path) -> Registry:
    data, root = yamlfile.read(path)
    items = _entity_items(data, root, path)
    registry = Registry([], source=str(path))
    for index, (item, node) in enumerate(items):
        line = node.start_mark.line + 1
        if not isinstance(item, dict):
            raise KgError(f"{path} line {line}: an entity must be a mapping")
        try:
            entity = Entity(**{str(k): v for k, v in item.items()})
        except ValidationError as problem:
            loc, what = yamlfile.describe(problem)
            at = yamlfile.line_of(root, ("entities", index, *loc)) or line
            name = item.get("id", "?")
            raise KgError(f"{path} line {at}: entity '{name}': {what}") from None
        _check_names(entity, path, line)
        registry.add(entity, line)
    registry.check_references()
    return registry


def _check_names(entity: Entity, path: Path, line: int) -> None:
    """A registry name is plain text: no invisible characters, already in NFKC form."""
    for name in (entity.name, *entity.aliases):
        hidden = [c for c in name if unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs")]
        if hidden or not name.strip():
            shown = ", ".join(f"U+{ord(c):04X}" for c in hidden) or "only spaces"
            raise KgError(
                f"{path} line {line}: entity '{entity.id}': name {name!r} holds invisible "
                f"characters ({shown})"
            )
        if unicodedata.normalize("NFKC", name) != name:
            raise KgError(
                f"{path} line {line}: entity '{entity.id}': name {name!r} is not in NFKC form "
                f"(write {unicodedata.normalize('NFKC', name)!r})"
            )


def _entity_items(
    data: object, root: yaml.Node | None, path: Path
) -> list[tuple[object, yaml.Node]]:
    if not isinstance(data, dict) or not isinstance(root, yaml.MappingNode):
        raise KgError(f"{path}: the registry must be a mapping with an 'entities' list")
    entities = data.get("entities")
    node = next((v for k, v in root.value if k.value == "entities"), None)
    if not isinstance(entities, list) or not isinstance(node, yaml.SequenceNode):
        raise KgError(f"{path}: the registry has no 'entities' list")
    return list(zip(entities, node.value, strict=True))
