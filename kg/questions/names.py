"""The one name resolver: a name or alias typed by a user to the entity it means.

The command line, the library, the server and the HTML page all resolve names here. A name
finds its entity (AWS finds AWS), and the entity carries what it rolls up: an organisation its
divisions (asking for Amazon also finds AWS's facts), a chip family its generations (Trainium
also finds Trainium3's users). An unknown name suggests the closest known ones. The name is
bound as a query value (SPARQL or DuckDB), never pasted into query text.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from kg.errors import KgError
from kg.questions.filters import Entity
from kg.questions.sources import as_source
from kg.questions.vocabulary import entity_id

Row = dict[str, object]


def resolve(store, name: str) -> Entity:
    """The entity a name or alias refers to, with the labels of what it rolls up."""
    from kg.registry import normalise_name

    source = as_source(store)
    wanted = str(name).strip()
    found = source.rows("exact_name", {"wanted": wanted})
    if len({row["entity"] for row in found}) == 1:
        return _with_members(source, str(found[0]["entity"]), str(found[0]["label"]))
    rows = source.rows("names")
    key = normalise_name(wanted)
    matches = {(r["entity"], r["label"]) for r in rows if normalise_name(str(r["name"])) == key}
    if len(matches) == 1:
        iri, label = matches.pop()
        return _with_members(source, str(iri), str(label))
    if matches:
        labels = ", ".join(sorted(label for _, label in matches))
        raise KgError(f"entity name '{wanted}' is ambiguous: {labels}")
    by_name = {normalise_name(str(r["name"])): str(r["label"]) for r in rows}
    close = difflib.get_close_matches(key, list(by_name), n=8, cutoff=0.6)
    close += [n for n in by_name if key and (n.startswith(key) or key in n.split())]
    suggestions = list(dict.fromkeys(by_name[n] for n in close))[:5]
    hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
    raise KgError(f"unknown entity '{wanted}'{hint}")


def _with_members(source, iri: str, label: str) -> Entity:
    return Entity(iri, label, tuple(members(source, entity_id(iri))))


def members(source, node: str) -> list[str]:
    """Labels of the divisions under an organisation and the generations of a chip family,
    at any depth, sorted (the fact table's engine follows them itself)."""
    if getattr(source, "kind", None) == "table":
        return [str(r["label"]) for r in source.rows("members", {"node": node})]
    children: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    for row in source.rows("entities"):
        child = entity_id(str(row["entity"]))
        labels[child] = str(row["label"])
        for key in ("parent", "family"):
            if row.get(key):
                children.setdefault(entity_id(str(row[key])), set()).add(child)
    found: set[str] = set()
    todo = [node]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found and child != node:
                found.add(child)
                todo.append(child)
    return sorted(labels[c] for c in found)


def rolled_up(entity: Entity, rows: Iterable[Row] | None = None) -> str:
    """A note saying what asking for ``entity`` included, or '' when it includes nothing.

    Given the answer's ``rows``, it also says how many of them came only through what the
    entity rolls up: rows that name a division (AWS) or generation and not the entity itself
    ("Amazon includes AWS, Annapurna Labs; 1 of 3 rows through AWS").
    """
    if not entity.includes:
        return ""
    note = f"{entity.label} includes {', '.join(entity.includes)}"
    if rows is None:
        return note
    rows = list(rows)
    members = set(entity.includes)
    through: set[str] = set()
    count = 0
    for row in rows:
        named = set(_names_in(row))
        if entity.label not in named and named & members:
            count += 1
            through |= named & members
    if count:
        note += f"; {count} of {len(rows)} rows through {', '.join(sorted(through))}"
    return note


def _names_in(row: Row) -> Iterable[str]:
    """The text values of an answer row, and of its lists (the names it may hold)."""
    for value in row.values():
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            yield from (v for v in value if isinstance(v, str))


def division_of(store, entity: Entity) -> str | None:
    """The label of the organisation ``entity`` is a division of, if any."""
    source = as_source(store)
    parents = {
        entity_id(str(r["entity"])): entity_id(str(r["parent"]))
        for r in source.rows("entities")
        if r.get("parent")
    }
    parent = parents.get(entity.id)
    if parent is None:
        return None
    labels = {entity_id(str(r["entity"])): str(r["label"]) for r in source.rows("entities")}
    return labels.get(parent, parent)
