"""The name an article used for a party: a division that acts for its organisation.

The relation rules give each fact its acting organisations (a mention of AWS acts as Amazon,
so deals are counted by the organisation). This pass then keeps on the fact the division the
article named ("AWS has entered a $38 billion agreement"): a party is named as a division when
its quotes name exactly one division acting for it and never the organisation itself
("Amazon's cloud unit AWS" keeps Amazon; a pronoun names nothing).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kg.models import Fact
from kg.registry import Registry


def named_divisions(
    facts: Iterable[Fact], named: Mapping[int, Iterable[str]], registry: Registry
) -> list[Fact]:
    """``facts`` with ``subject_as_named``/``object_as_named`` set where their quotes name a
    division of the party. ``named`` holds, by sentence start, the ids of the entities the
    sentence names by name (references such as "the company" left out)."""
    found = []
    for fact in facts:
        entities = {e for quote in fact.evidence for e in named.get(quote.start, ())}
        update = {
            "subject_as_named": _division_named(fact.subject, entities, registry),
            "object_as_named": _division_named(fact.object, entities, registry),
        }
        if fact.type == "invests_in" and update["object_as_named"] is not None:
            # money put into a division is the division's: "Other Habana investors include
            # Battery Ventures" (before Intel bought it), "Kunlunxin raised from …"
            update["object"] = update.pop("object_as_named")
        found.append(fact.model_copy(update=update))
    return found


def _division_named(party: str, entities: set[str], registry: Registry) -> str | None:
    if party in entities or party not in registry:
        return None
    divisions = {
        e for e in entities
        if e != party and e in registry and registry.get(e).parent
        and registry.organisation(e) == party
    }  # fmt: skip
    return divisions.pop() if len(divisions) == 1 else None
