"""A fact's confidence: the measured precision of the rules that found it.

``rule_precision.json`` beside this module holds, for each rule, how many of the facts it
produced on the dev corpus match the gold (regenerate it with
``kg eval FOLDER ... --write-rule-table kg/extract/rule_precision.json``). A rule's
confidence is that precision, smoothed towards one half so that a rule seen a few times is
not called certain; a fact found by several rules takes the best of them, and one naming an
entity the registry lacks is less certain. A fact the pair model guessed (``pair:<type>``,
see ``kg.extract.pairs``) has the precision that model reached on folders it was not trained
on: measured on its own training folders it would look better than it is.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from kg.extract.pairs import PAIR_METHOD, pair_model

UNMEASURED = 0.5
DISCOVERED_FACTOR = 0.75
TABLE = "rule_precision.json"


def rules_of(method: str) -> list[str]:
    """The rules named in a fact's ``method`` ('invest:verb,invest:round-list')."""
    return sorted({m for m in method.split(",") if m})


@lru_cache(maxsize=1)
def rule_table() -> dict[str, dict[str, int]]:
    text = resources.files("kg.extract").joinpath(TABLE).read_text(encoding="utf-8")
    return json.loads(text)["rules"]


def rule_confidence(rule: str) -> float:
    if rule.startswith(PAIR_METHOD):
        model = pair_model()
        typed = model.types.get(rule.removeprefix(PAIR_METHOD)) if model else None
        return typed.precision if typed else UNMEASURED
    counts = rule_table().get(rule)
    if counts is None:
        return UNMEASURED
    return round((counts["right"] + 1) / (counts["of"] + 2), 3)


@lru_cache(maxsize=4096)  # asked of every fact; the methods recur (the tables are read once)
def confidence(method: str, discovered: bool = False) -> float:
    """The confidence of a fact found by the rules in ``method``."""
    best = max((rule_confidence(r) for r in rules_of(method)), default=UNMEASURED)
    return round(best * (DISCOVERED_FACTOR if discovered else 1.0), 3)
