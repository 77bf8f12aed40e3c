"""Moved to ``kg.questions.projection``; kept for older imports (the view and notebooks)."""

from kg.questions.projection import (  # noqa: F401
    entity_id,
    entity_table,
    organisation_of,
    projection,
)
