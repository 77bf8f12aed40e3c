"""The names the question side shares: the IRI base, statuses, fact fields and output formats.

One place for lists that used to be typed again in several modules.
"""

from __future__ import annotations

# The same tuples as kg.models' Literal types (a test checks it): kept here as well so that
# `kg query` starts without importing pydantic.
FACT_TYPES: tuple[str, ...] = (
    "invests_in", "compute_commitment", "uses_chip", "designs_chip", "manufactures_chip",
)  # fmt: skip
STATUSES: tuple[str, ...] = ("announced", "in_talks", "reported", "planned")

BASE = "https://w3id.org/ai-infra-kg/"
ENTITY_BASE = BASE + "id/"
ONTOLOGY = BASE + "ontology#"
REGISTRY_GRAPH = BASE + "graph/registry"

__all__ = [
    "BASE",
    "CHIP_FACTS",
    "COMPARED_FIELDS",
    "DEAL_FACTS",
    "ENTITY_BASE",
    "FACT_KEYS",
    "FACT_TYPES",
    "FORMATS",
    "NUMERIC_FIELDS",
    "ONTOLOGY",
    "REGISTRY_GRAPH",
    "STATUSES",
]

# The order statuses are listed in: firmest first.
STATUS_ORDER = {status: rank for rank, status in enumerate(STATUSES)}
NUMERIC_FIELDS = ("amount_usd", "capacity_gw", "duration_years")
COMPARED_FIELDS = (*NUMERIC_FIELDS, "purpose")
DEAL_FACTS = ("invests_in", "compute_commitment")
CHIP_FACTS = ("uses_chip", "designs_chip", "manufactures_chip")
FACT_KEYS = (
    "type", "subject", "object", "amount_usd", "capacity_gw", "duration_years", "chip",
    "purpose", "process_node", "status",
)  # fmt: skip
# Output formats of `kg query` (matched without regard to case).
FORMATS = ("table", "json", "csv")


def entity_id(iri: str) -> str:
    """The id of an entity IRI (its last path segment)."""
    return iri.rsplit("/", 1)[-1]
