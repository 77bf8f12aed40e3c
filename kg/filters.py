"""Moved to ``kg.questions.filters`` and ``kg.questions.names``; kept for older imports."""

from kg.questions.filters import (  # noqa: F401
    ENTITY_BASE,
    NO_FILTERS,
    Entity,
    Filters,
    make_filters,
    parse_date,
)
from kg.questions.names import resolve  # noqa: F401
