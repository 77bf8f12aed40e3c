"""The other parties a list names beside a compute deal's: 'Microsoft signed deals with
Nebius, Nscale and Lambda' (fellow providers), 'Oracle signed pacts with Meta and xAI' (fellow
buyers), each with its own sum when the list gives one."""

from __future__ import annotations

from kg.extract.clauses import Candidate, View, list_around
from kg.extract.mentions import Mention


def fellow_providers(view: View, candidate: Candidate) -> list[Candidate]:
    """'Microsoft signed deals with Nebius, Nscale and Lambda': each cloud listed with the
    provider sells to the same buyer."""
    if not candidate.method.startswith(("commit:deal-noun", "commit:verb")):
        return []
    named = [m for m in view.orgs() if view.org(m) == candidate.object and not m.embedded]
    if not named:
        return []
    listed = [named[0]]
    for m in view.orgs(named[0].last + 1):
        gap = view.lowers[_past_own_sum(view, listed[-1].last + 1) : m.first]
        if gap[-2:] in (["and", "with"], ["or", "with"]):
            gap = gap[:-1]  # "deals with CoreWeave and with Google Cloud": one list
        if m.embedded or not set(gap) <= {",", "and", "or"}:
            break
        listed.append(m)
    own = {m.first: _own_sum(view, m.last + 1) for m in listed}
    if len(listed) > 1 and all(own.values()):
        # "deals with Oracle for $300 billion and with CoreWeave for $22 billion": each its own
        candidate.amount_usd, candidate.numbers_fixed = own[named[0].first], True
    return [
        Candidate(
            "compute_commitment",
            candidate.subject,
            view.org(m),
            view.sentence,
            candidate.method,
            amount_usd=own[m.first] if candidate.numbers_fixed and candidate.amount_usd else None,
            anchor=m.first,
            numbers_fixed=True,
        )  # fmt: skip
        for m in listed[1:]
        if _same_trade(view, m, named[0])
        and view.org(m) not in {None, candidate.subject, candidate.object}
    ]


def _own_sum(view: View, at: int) -> float | None:
    """The sum 'for $22 billion' or 'worth $22 billion' that token ``at`` opens, if any."""
    if view.lowers[at : at + 1] not in (["for"], ["worth"]):
        return None
    money = next((q for q in view.quantities if q.kind == "money" and q.first in (at + 1, at + 2)),
                 None)  # fmt: skip
    return float(money.value) if money is not None else None


def _past_own_sum(view: View, at: int) -> int:
    """The token after a provider's own sum ('with Oracle for $300 billion and …'), or ``at``."""
    if _own_sum(view, at) is None:
        return at
    money = next(q for q in view.quantities if q.kind == "money" and q.first in (at + 1, at + 2))
    return money.last + 1


def fellow_buyers(view: View, candidate: Candidate) -> list[Candidate]:
    """'Oracle signed pacts with Meta and xAI', 'contracts with OpenAI, xAI and Meta': each
    buyer listed with the deal's buyer buys from the same provider."""
    if not candidate.method.startswith("commit:deal-noun"):
        return []
    named = [m for m in view.orgs() if view.org(m) == candidate.subject and not m.embedded]
    if not named:
        return []
    listed = list_around(view, [m for m in view.orgs() if not m.embedded], named[0])
    first = min(listed + named[:1], key=lambda m: m.first).first
    before = view.lowers[max(0, first - 2) : first]
    if not (before[-1:] in (["with"], ["including"], ["like"], ["to"]) or before == ["such", "as"]):
        return []  # "contracts with OpenAI and xAI", "… with the who's who of AI, including …",
        # "a deal to provide computing power to Microsoft and OpenAI"
    return [
        Candidate(
            "compute_commitment",
            view.org(m),
            candidate.object,
            view.sentence,
            candidate.method,
            anchor=m.first,
            numbers_fixed=True,
        )  # fmt: skip
        for m in listed
        if view.org(m) not in {None, candidate.subject, candidate.object}
        and not view.has_type(m, "Foundry")
    ]


def _same_trade(view: View, fellow: Mention, provider: Mention) -> bool:
    """A cloud listed with the provider, or a chip designer listed with a designer that
    provides ('partnerships with Nvidia and AMD totaling 26 gigawatts')."""
    if view.has_type(fellow, "CloudProvider"):
        return True
    return (
        view.has_type(fellow, "ChipDesigner")
        and view.has_type(provider, "ChipDesigner")
        and not view.has_type(provider, "CloudProvider")
    )
