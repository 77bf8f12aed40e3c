"""Investments stated beside another in one sentence: a second investor with its own sum and
the verb left out ("… in Anthropic and Nvidia up to $10 billion"), a further sum from another
investor ("followed by $2 billion more from Google"), a second stake joined to the first ("a
$5B stake in Intel and a $700M investment in Nscale")."""

from __future__ import annotations

from kg.extract.clauses import Candidate, View
from kg.extract.investors import after_place, followed_by_org
from kg.extract.patterns import (
    GAPPED_FILLERS,
    OBJECTLESS_PUTTING,
)


def gapped_investments(view: View, candidate: Candidate) -> list[Candidate]:
    """'Microsoft will invest $5 billion in Anthropic and Nvidia up to $10 billion': a second
    investor with its own amount, the verb left out, invests in the same company."""
    found = []
    investee = [m for m in view.orgs() if view.org(m) == candidate.object]
    investor = [m for m in view.orgs() if view.org(m) == candidate.subject]
    ends = [investee[-1].last] if investee else []
    if investor:  # "Nvidia will invest up to $10 billion and Microsoft up to $5 billion"
        own = [q for q in view.quantities if q.kind == "money" and q.first > investor[0].last]
        ends += [own[0].last] if own else []
    seen: set[str] = set()
    for end, m in ((e, m) for e in ends for m in view.orgs(e + 1)):
        gap = view.lowers[end + 1 : m.first]
        if gap not in (["and"], [",", "and"], [","], ["while"], [",", "while"]):
            continue
        if view.org(m) in seen:
            continue
        seen.add(view.org(m))  # type: ignore[arg-type]
        money = [q for q in view.quantities if q.kind == "money" and 0 < q.first - m.last <= 4]
        between = view.lowers[m.last + 1 : money[0].first] if money else ["?"]
        if money and between and between[0] in OBJECTLESS_PUTTING:
            # "… in Mistral AI while Nvidia commits $2 billion" (not "… to Cohere")
            after = view.lowers[money[0].last + 1 : money[0].last + 2]
            own_company = after in (["to"], ["in"], ["into"]) and view.orgs(
                money[0].last + 2, money[0].last + 5
            )
            between = ["?"] if own_company else between[1:]
        if money and set(between) <= GAPPED_FILLERS and view.org(m) != candidate.object:
            found.append(
                Candidate(
                    "invests_in",
                    view.org(m),
                    candidate.object,
                    view.sentence,
                    "invest:gapped",
                    amount_usd=money[0].value,
                    numbers_fixed=True,
                    anchor=m.first,
                )  # fmt: skip
            )
    return found + _followed_by_more(view, candidate) + _second_stake(view, candidate, ends)


def _second_stake(view: View, candidate: Candidate, ends: list[int]) -> list[Candidate]:
    """'a $5B stake in Intel and a $700M investment in Nscale': the same investor's second
    holding, its noun phrase joined to the first."""
    if not ends:
        return []
    at = ends[0] + 1
    if view.lowers[at : at + 1] != ["and"]:
        return []
    at += 2 if view.lowers[at + 1 : at + 2] in (["a"], ["an"]) else 1
    money = [q for q in view.quantities if q.kind == "money" and q.first == at]
    noun = money[0].last + 1 if money else at
    if view.lowers[noun : noun + 1] not in (["investment"], ["stake"]) or view.lowers[
        noun + 1 : noun + 2
    ] not in (["in"], ["into"]):
        return []
    company = followed_by_org(view, noun + 1, 3) or after_place(view, noun + 1)
    if company is None or view.org(company) in (candidate.subject, candidate.object):
        return []
    return [
        Candidate(
            "invests_in",
            candidate.subject,
            view.org(company),  # type: ignore[arg-type]
            view.sentence,
            "invest:second-stake",
            amount_usd=money[0].value if money else None,
            numbers_fixed=True,
            anchor=noun,
        )
    ]


def _followed_by_more(view: View, candidate: Candidate) -> list[Candidate]:
    """'Amazon committed $4 billion to it, followed by $2 billion more from Google': the sum
    after 'followed by' came from the organisation after 'from', into the same company."""
    found = []
    for q in view.quantities:
        before = view.lowers[max(0, q.first - 4) : q.first]
        while before and before[-1] in {"another", "a", "further"}:
            before = before[:-1]  # "followed by another $2 billion"
        if q.kind != "money" or before[-2:] != ["followed", "by"]:
            continue
        after = view.lowers[q.last + 1 : q.last + 4]
        if "from" not in after:
            continue
        source = view.orgs(q.last + 2 + after.index("from"), q.last + 3 + after.index("from"))
        if source and view.org(source[0]) not in {candidate.object, candidate.subject}:
            found.append(
                Candidate(
                    "invests_in",
                    view.org(source[0]),
                    candidate.object,
                    view.sentence,
                    "invest:gapped",
                    amount_usd=q.value,  # type: ignore[arg-type]
                    numbers_fixed=True,
                    anchor=source[0].first,
                )  # fmt: skip
            )
    return found
