"""Named questions over the graph: one record per question, answered from the fact table
(DuckDB) or from a SPARQL store through the shipped ``kg/queries/*.rq`` files.

    from kg.questions import ask
    ask(source, "silicon")          # list of dicts, as `kg query silicon --format json`

Modules: ``catalog`` (the records and ``ask``), ``facts`` (questions over fact rows),
``deals`` (deal identity, totals, conflicts), ``analysis`` (NetworkX questions), ``names``
(the one name resolver), ``filters``, ``sources`` (store or table), ``table`` (the Parquet
fact table), ``queries`` (the .rq loader) and ``vocabulary``.
"""

from kg.questions.catalog import (
    ARGUMENTS,
    CATALOG,
    COLUMNS,
    OPTIONS,
    QUESTIONS,
    Question,
    ask,
    question,
    question_names,
    summary,
)
from kg.questions.deals import conflicts, totals
from kg.questions.facts import (
    CHIP_KEYS,
    COMMITMENT_KEYS,
    INVESTMENT_KEYS,
    SILICON_KEYS,
    SILICON_PROVIDER_KEYS,
    TIMELINE_KEYS,
    chips,
    commitments,
    diff,
    facts,
    investments,
    silicon,
    timeline,
    undated,
    why,
)
from kg.questions.filters import NO_FILTERS, Filters, make_filters, parse_date
from kg.questions.names import resolve
from kg.questions.queries import query_summary, query_text, shipped_queries
from kg.questions.vocabulary import FACT_KEYS

__all__ = [
    "CHIP_KEYS", "COMMITMENT_KEYS", "INVESTMENT_KEYS", "SILICON_KEYS", "TIMELINE_KEYS",
    "ARGUMENTS", "CATALOG", "COLUMNS", "FACT_KEYS", "NO_FILTERS", "OPTIONS", "QUESTIONS",
    "SILICON_PROVIDER_KEYS", "Filters", "Question", "ask", "chips", "commitments", "conflicts",
    "diff", "facts", "investments", "make_filters", "parse_date", "query_summary", "query_text",
    "question", "question_names", "resolve", "shipped_queries", "silicon", "summary",
    "timeline", "totals", "undated", "why",
]  # fmt: skip
