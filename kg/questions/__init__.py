"""Named questions over the graph: one record per question, answered from the fact table
(DuckDB) or from a SPARQL store through the shipped ``kg/queries/*.rq`` files.

    from kg.questions import ask
    ask(source, "silicon")          # list of dicts, as `kg query silicon --format json`

Modules: ``catalog`` (the records and ``ask``), ``facts`` (questions over fact rows),
``deals`` (deal identity, totals, conflicts), ``analysis`` (NetworkX questions), ``names``
(the one name resolver), ``filters``, ``sources`` (store or table), ``table`` (the Parquet
fact table), ``stored`` (the answers a build stores), ``queries`` (the .rq loader) and
``vocabulary``.

The names below are imported on first use, so that a reader of one light module (``kg query``
printing a kept answer through ``display``) does not load the question modules.
"""

from __future__ import annotations

import importlib
import sys
import types

_SOURCES = {
    "catalog": ("ARGUMENTS", "CATALOG", "COLUMNS", "OPTIONS", "QUESTIONS", "Question", "ask",
                "question", "question_names", "summary"),
    "deals": ("conflicts", "totals"),
    "facts": ("CHIP_KEYS", "COMMITMENT_KEYS", "INVESTMENT_KEYS", "SILICON_KEYS",
              "SILICON_PROVIDER_KEYS", "TIMELINE_KEYS", "chips", "commitments", "diff", "facts",
              "investments", "silicon", "timeline", "undated", "why"),
    "filters": ("NO_FILTERS", "Filters", "make_filters", "parse_date"),
    "names": ("resolve",),
    "queries": ("query_summary", "query_text", "shipped_queries"),
    "vocabulary": ("FACT_KEYS",),
}  # fmt: skip
_MODULE_OF = {name: module for module, names in _SOURCES.items() for name in names}

__all__ = sorted(_MODULE_OF)


def _exported(name: str) -> object:
    return getattr(importlib.import_module(f"kg.questions.{_MODULE_OF[name]}"), name)


class _Questions(types.ModuleType):
    """This package, whose ``facts`` is the question ``facts.facts`` (as it has always been),
    not the module ``kg.questions.facts`` that the import system binds here when the module
    is first imported."""

    @property
    def facts(self):
        return _exported("facts")

    @facts.setter
    def facts(self, module) -> None:
        pass  # the submodule stays reachable as sys.modules["kg.questions.facts"]

    def __getattr__(self, name: str) -> object:
        if name not in _MODULE_OF:
            raise AttributeError(f"module 'kg.questions' has no attribute '{name}'")
        value = _exported(name)
        setattr(self, name, value)
        return value

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *_MODULE_OF})


sys.modules[__name__].__class__ = _Questions
