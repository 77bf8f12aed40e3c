"""A sum committed to a company ('Amazon committed $4 billion to Anthropic'): an investment in
it, unless the company sells compute or the sum buys it."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View
from kg.extract.mentions import Mention
from kg.extract.patterns import AMOUNT_HEDGES, OBJECT_MARKERS


def committed_funds(view: View, cue: int, lo: int, topic: str | None = None) -> Candidate | None:
    """'Amazon committed $4 billion to Anthropic', 'Google has a commitment of $2 billion in
    Anthropic': a sum committed to a company that sells no compute is an investment in it;
    'Amazon committed an additional $4 billion', the sum named as more of what it put in
    before, is one in the company it invested in before (``topic``)."""
    noun = view.lowers[cue].startswith("commitment")  # "a commitment of $2 billion in X"
    hedges = AMOUNT_HEDGES | {"of"} if noun else AMOUNT_HEDGES
    money = [
        q
        for q in view.quantities
        if q.kind == "money"
        and 0 < q.first - cue <= 5  # "committed up to an additional $25 billion to"
        and set(view.lowers[cue + 1 : q.first]) <= hedges
    ]
    if not money:
        return None
    investor = [
        m
        for m in view.orgs(lo, cue)
        if not m.embedded and (m.first == 0 or view.lowers[m.first - 1] not in OBJECT_MARKERS)
    ]  # "Nvidia committed $100 billion to OpenAI …, pledged $5 billion to Intel": Nvidia
    end = money[0].last + (
        view.lowers[money[0].last + 1 : money[0].last + 2] in (["directly"], ["each"])
    )
    after = view.lowers[end + 1 : end + 3]
    if after[:1] == ["to"] or (noun and after[:1] == ["in"]):
        start = end + 2 + (view.lowers[end + 2 : end + 3] == ["the"])
        investee = view.orgs(start, start + 1)  # "committed $7 billion directly to the Stargate"
        if investee and investee[0].embedded:  # "to OpenAI rival Anthropic": the rival
            investee = [m for m in view.orgs(investee[0].last + 1, investee[0].last + 4)][:1]
    elif after == [",", "and"]:  # "Amazon has committed $8 billion, and Google $3 billion into X"
        investee = _shared_investee(view, money[0].last + 3)
    elif topic is not None and investor and more_committed(view, cue):
        holder = view.org(investor[-1])
        return (
            None
            if holder in (None, topic)
            else Candidate("invests_in", holder, topic, view.sentence, "invest:committed")
        )
    else:
        return None
    if not investee or not investor or view.has_type(investee[0], "CloudProvider"):
        return None
    if view.org(investee[0]) == view.org(investor[-1]) or _for_compute(view, investee[0].last):
        return None
    return Candidate(
        "invests_in",
        view.org(investor[-1]),
        view.org(investee[0]),
        view.sentence,
        "invest:committed",
    )


def more_committed(view: View, cue: int) -> bool:
    """Whether the sum a verb of committing at ``cue`` takes is told as more of an earlier one
    ('committed an additional $4 billion', 'another', 'a further') and ends its clause: no
    company it goes to is named, and it is no purchase of compute."""
    money = next((q for q in view.quantities if q.kind == "money" and 0 < q.first - cue <= 5), None)
    if money is None or not P.ADDING_WORDS & set(view.lowers[cue + 1 : money.first]):
        return False
    after = view.lowers[money.last + 1 : money.last + 2]
    return not after or after[0] in {",", ".", ";", "in", "this", "last", "later"}


def _for_compute(view: View, at: int) -> bool:
    """'committed $300 billion to Nvidia, AMD and Oracle for computing capacity': the sum buys
    compute from the companies it is committed to; it is no stake in them."""
    hi = view.clause(at)[1]
    words = view.lowers[at + 1 : hi]
    return any(
        words[i] == "for" and words[i + 1 : i + 2] and words[i + 1] in P.CAPACITY_NOUNS
        for i in range(len(words))
    )


def _shared_investee(view: View, start: int) -> list[Mention]:
    """The company after 'in'/'into' in the coordinated clause that follows ``start``."""
    for i in range(start, min(len(view.lowers), start + 16)):
        if view.lowers[i] in {"in", "into"}:
            return view.orgs(i + 1, i + 2)
    return []
