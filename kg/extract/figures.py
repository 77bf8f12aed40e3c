"""Which of a sentence's figures go with which fact: a sum, a capacity or a term sized by the
cue it follows, a deal's whole amount rather than a part grown into it."""

from __future__ import annotations

from kg.extract.clauses import Candidate, View
from kg.extract.cue_matching import matches
from kg.extract.folded import occurs
from kg.extract.patterns import (
    AMOUNT_HEDGES,
    CLAUSE_VERBS,
    DEAL_NOUNS,
    FORECAST_BEFORE,
    GROWTH_VERBS,
    PART_WORDS,
    RAISE_VERBS,
    ROUND_TOTAL,
    WHOLE_WORDS,
)
from kg.extract.quantities import Quantity


def assign_quantities(view: View, triggers: dict[int, str]) -> dict[int, dict[str, float | str]]:
    """Give each number to the nearest cue of a fact type that can carry it, in its clause."""
    carriers = {
        "money": ("invests_in", "compute_commitment"),
        "power": ("compute_commitment",),
        "duration": ("compute_commitment",),
        "process_node": ("manufactures_chip",),
    }
    assigned: dict[int, dict[str, float | str]] = {}
    nearest: dict[tuple[int, str], int] = {}  # each cue's figure of a kind: the nearest one
    for quantity in view.quantities:
        if quantity.kind == "money" and ROUND_TOTAL.match(
            " ".join(view.lowers[quantity.last + 1 : quantity.last + 5])
        ):
            continue  # "Databricks' $1 billion Series K round": the round's, not one party's
        if (
            quantity.kind == "money"
            and raised_before(view.lowers, quantity.first)
            and not any(
                matches(w, DEAL_NOUNS) for w in view.lowers[quantity.last + 1 : quantity.last + 5]
            )
        ):
            continue  # "xAI is raising $20 billion, with Nvidia investing $2 billion"; not
            # "CoreWeave secured a $14.2 billion deal with Meta", "a $9.7 billion AI cloud
            # contract"
        if occurs(
            FORECAST_BEFORE, " ".join(view.lowers[max(0, quantity.first - 7) : quantity.first])
        ):
            continue
        if quantity.kind == "money" and _sizes_a_name(view, quantity):
            continue  # "Saudi Arabia's $1 trillion Public Investment Fund": the fund's size
        lo, hi = view.clause(quantity.first)
        best: tuple[int, int] | None = None
        for position, fact_type in triggers.items():
            if fact_type not in carriers[quantity.kind] or not lo <= position < hi:
                continue
            distance = min(abs(position - quantity.first), abs(position - quantity.last))
            if best is None or distance < best[0]:
                best = (distance, position)
        if best is not None and best[0] < nearest.get((best[1], quantity.kind), len(view.lowers)):
            # ("its stake reached $8 billion - surpassing Google's $3 billion investment")
            nearest[best[1], quantity.kind] = best[0]
            assigned.setdefault(best[1], {})[quantity.kind] = quantity.value
    return assigned


def _sizes_a_name(view: View, quantity: Quantity) -> bool:
    """Whether a sum stands right before a company's name that ends its phrase: the sum is
    the company's size ('$1 trillion Public Investment Fund (PIF)'), not a deal's, as it is
    before a deal's noun ('a $10 billion OpenAI investment')."""
    named = next((m for m in view.orgs() if m.first == quantity.last + 1), None)
    if named is None:
        return False
    after = view.lowers[named.last + 1 : named.last + 2]
    return not after or not after[0].isalpha() or after[0] in CLAUSE_VERBS


def raised_before(lowers: list[str], first: int, verbs: tuple[str, ...] = RAISE_VERBS) -> bool:
    """Whether a verb of raising comes just before an amount ("raising at least $25 billion",
    "SambaNova got $350m"), past the hedges between them."""
    i = first - 1
    while i >= 0 and first - i <= 4 and lowers[i] in AMOUNT_HEDGES:
        i -= 1
    return i >= 0 and matches(lowers[i], verbs)


def whole_deal_amount(view: View, amount: float) -> float:
    """'Its $1.25 billion investment, which could grow to $4 billion', 'a $4bn deal, which
    included a $1.25bn initial investment': the amount of the whole deal, when the sentence
    gives what the amount a fact got grows to, or calls it a first part and gives the whole."""
    money = [q for q in view.quantities if q.kind == "money"]
    part = next((q for q in money if q.value == amount), None)
    if part is None:
        return amount
    grown = [q for q in money if q.value > amount and _grows_to(view, q)]
    wholes = grown or [
        q for q in money if q.value > amount and _near(view, part, PART_WORDS)
        and _near(view, q, WHOLE_WORDS)
    ]  # fmt: skip
    return max((q.value for q in wholes), default=amount)  # type: ignore[return-value]


def _grows_to(view: View, quantity: Quantity) -> bool:
    """'which could grow to $4 billion'."""
    before = view.lowers[max(0, quantity.first - 2) : quantity.first]
    return len(before) == 2 and before[1] == "to" and before[0] in GROWTH_VERBS


def _near(view: View, quantity: Quantity, words: frozenset[str]) -> bool:
    around = view.lowers[max(0, quantity.first - 3) : quantity.first]
    around += view.lowers[quantity.last + 1 : quantity.last + 3]
    return bool(words & set(around))


def node_of(view: View, candidate: Candidate, nodes: list) -> str | None:
    """The process node in the clause of the foundry's mention ('Samsung ... on its 3-nanometer
    process, while TSMC makes the AI4': TSMC gets none)."""
    foundries = [m for m in view.orgs() if view.org(m) == candidate.subject]
    clauses = {view.clause(m.first) for m in foundries}
    inside = [q for q in nodes if view.clause(q.first) in clauses]
    return str(inside[0].value) if inside else None
