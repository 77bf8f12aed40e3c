"""The other parties a list names beside a deal's: 'Microsoft signed deals with Nebius, Nscale
and Lambda' (fellow providers), 'Oracle signed pacts with Meta and xAI' (fellow buyers), each
with its own sum when the list gives one; 'Nvidia, AMD and Cisco also invested' (fellow
holders), with sums given 'respectively'; 'Meta and xAI rent capacity from CoreWeave' (fellow
subjects); 'joining Samsung and AFW Partners in the round' (holders the investor joins)."""

from __future__ import annotations

import re

from kg.extract.clauses import (
    Candidate,
    View,
    accompanies,
    fronted_phrase_end,
    list_around,
    list_ending,
    matches,
)
from kg.extract.investment_guards import person_after
from kg.extract.investors import subject_list
from kg.extract.mentions import Mention
from kg.extract.patterns import INVESTOR_ROLES, JOINING_VERBS, ORDERING_NOUNS, ROUND_LIST_WORDS
from kg.extract.quantities import Quantity


def fellow_providers(view: View, candidate: Candidate, cue: int | None = None) -> list[Candidate]:
    """'Microsoft signed deals with Nebius, Nscale and Lambda': each cloud listed with the
    provider sells to the same buyer. The provider's name read is the one nearest the deal's
    cue: a list it heads elsewhere in the sentence ('risks for CoreWeave, Lambda and Nebius —
    including … contract structures') is not the deal's."""
    if not candidate.method.startswith(("commit:deal-noun", "commit:verb")):
        return []
    named = [m for m in view.orgs() if view.org(m) == candidate.object and not m.embedded]
    if not named:
        return []
    if cue is not None:
        named.sort(key=lambda m: abs(m.first - cue))
    listed = [named[0]]
    for m in view.orgs(named[0].last + 1):
        gap = view.lowers[_past_own_sum(view, listed[-1].last + 1) : m.first]
        if gap[-2:] in (["and", "with"], ["or", "with"]):
            gap = gap[:-1]  # "deals with CoreWeave and with Google Cloud": one list
        if m.embedded or not set(gap) <= {",", "and", "or"}:
            break
        listed.append(m)
    for m in reversed(view.orgs(0, named[0].first)):
        # "deals with Nvidia, Broadcom, Oracle …": the names listed before the provider read
        if m.embedded or not set(view.lowers[m.last + 1 : listed[0].first]) <= {",", "and", "or"}:
            break
        listed.insert(0, m)
    own = {m.first: _own_sum(view, m.last + 1) for m in listed}
    if len(listed) > 1 and all(own.values()):
        # "deals with Oracle for $300 billion and with CoreWeave for $22 billion": each its own
        candidate.amount_usd, candidate.numbers_fixed = own[named[0].first], True
    each_own = candidate.numbers_fixed and candidate.amount_usd
    found = []
    for m in listed:
        if m is named[0] or view.org(m) in {None, candidate.subject, candidate.object}:
            continue
        if _same_trade(view, m, named[0]):
            amount = own[m.first] if each_own else None
            found.append(_fellow(candidate, view, m, candidate.subject, view.org(m), amount))
        elif _capacity_from_a_designer(view, m, candidate):
            fellow = _fellow(candidate, view, m, candidate.subject, view.org(m))  # type: ignore[arg-type]
            fellow.partner_of = candidate  # one deal with both: its figures are each partner's
            found.append(fellow)
    return found


def _fellow(
    candidate: Candidate,
    view: View,
    m: Mention,
    subject: str,
    obj: str,
    amount: float | None = None,
) -> Candidate:
    """The candidate's fact again between other parties, one of them the organisation ``m``
    names (its anchor)."""
    return Candidate(candidate.type, subject, obj, view.sentence, candidate.method,
                     amount_usd=amount, anchor=m.first, numbers_fixed=True)  # fmt: skip


def _own_money(view: View, at: int) -> Quantity | None:
    """The sum 'for $22 billion' or 'worth $22 billion' that token ``at`` opens, if any."""
    if view.lowers[at : at + 1] not in (["for"], ["worth"]):
        return None
    return next((q for q in view.quantities if q.kind == "money" and q.first in (at + 1, at + 2)),
                None)  # fmt: skip


def _own_sum(view: View, at: int) -> float | None:
    money = _own_money(view, at)
    return float(money.value) if money is not None else None


def _past_own_sum(view: View, at: int) -> int:
    """The token after a provider's own sum ('with Oracle for $300 billion and …'), or ``at``."""
    money = _own_money(view, at)
    return at if money is None else money.last + 1


def fellow_buyers(view: View, candidate: Candidate) -> list[Candidate]:
    """'Oracle signed pacts with Meta and xAI', 'contracts with OpenAI, xAI and Meta': each
    buyer listed with the deal's buyer buys from the same provider; so does each one listed
    after a verb of supply ('CoreWeave leases chips to Anthropic, Apple and Mistral')."""
    by_verb = candidate.method.startswith("commit:verb")
    if not (by_verb or candidate.method.startswith("commit:deal-noun")):
        return []
    named = [
        m
        for m in view.orgs()
        if view.org(m) == candidate.subject and not m.embedded and not (by_verb and m.reference)
    ]
    if not named:
        return []
    listed = list_around(view, [m for m in view.orgs() if not m.embedded], named[0])
    first = min(listed + named[:1], key=lambda m: m.first).first
    described = first
    while (
        first - described < 3
        and described > 1
        and view.lowers[described - 1].isalpha()
        and (view.lowers[described - 1] not in {"with", "to", "from", "including", "like", "as"})
    ):
        described -= 1  # "contracts with tech titans Microsoft and Meta": past the description
    if view.lowers[described - 1 : described] in (["with"], ["to"]):
        first = described
    before = view.lowers[max(0, first - 2) : first]
    ordered = before[-1:] == ["from"] and matches(before[0], ORDERING_NOUNS)
    if ordered:
        return [  # "Azure commitments from OpenAI and Anthropic": each one orders
            _fellow(candidate, view, m, view.org(m), candidate.object)  # type: ignore[arg-type]
            for m in listed
            if view.org(m) not in {None, candidate.subject, candidate.object}
        ]
    if by_verb and before[-1:] != ["to"]:
        return []  # "signed with A and B" after a verb: A and B may be its providers
    if not (before[-1:] in (["with"], ["including"], ["like"], ["to"]) or before == ["such", "as"]):
        return []  # "contracts with OpenAI and xAI", "… with the who's who of AI, including …",
        # "a deal to provide computing power to Microsoft and OpenAI"
    return [
        _fellow(candidate, view, m, view.org(m), candidate.object)
        for m in listed
        if view.org(m) not in {None, candidate.subject, candidate.object}
        and not view.has_type(m, "Foundry")
    ]


def fellow_subjects(view: View, candidate: Candidate, verb: int) -> list[Candidate]:
    """'Meta, OpenAI and xAI rent capacity from CoreWeave', 'Adept and Modal also use OCI':
    the names listed with the buyer as the subject of the verb buy from the same provider."""
    opening = fronted_phrase_end(view.lowers)
    orgs = [m for m in view.orgs(0, verb) if not m.embedded and m.first > opening]
    named = [m for m in orgs if view.org(m) == candidate.subject and not m.reference]
    if not named:
        return []
    last = max(list_around(view, orgs, named[0]), key=lambda m: m.first)
    listed = subject_list(view, last, verb)
    if len(listed) < 2 or named[0] not in listed:
        return []
    return [
        _fellow(candidate, view, m, view.org(m), candidate.object)  # type: ignore[arg-type]
        for m in listed
        if view.org(m) not in {None, candidate.subject, candidate.object}
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


def _capacity_from_a_designer(view: View, fellow: Mention, candidate: Candidate) -> bool:
    """A chip designer listed with the provider in a deal for capacity ('a partnership with
    Google and Broadcom to secure 3.5 gigawatts'): the capacity is bought from it too."""
    capacity = (
        candidate.capacity_gw
        or any(q.kind == "power" for q in view.quantities)
        or COMPUTE_DEALS.search(view.sentence.text) is not None
    )
    return bool(capacity) and view.has_type(fellow, "ChipDesigner")


# "$1.4 trillion in infrastructure commitments through deals with Nvidia, Broadcom, Oracle":
# deals said to be for compute or infrastructure, whoever sells it.
COMPUTE_DEALS = re.compile(r"\b(?:infrastructure|compute|computing)\s+(?:commitments|deals)\b")


def fellow_holders(view: View, candidate: Candidate, cue: int) -> list[Candidate]:
    """'MGX and Microsoft are among the backers of xAI', 'Nvidia, AMD and Cisco also invested':
    the names listed with the investor a rule found invest too."""
    if candidate.method == "invest:sold-to":  # "sold small stakes to Nvidia and Microsoft"
        buyer = next(m for m in view.orgs() if m.first == candidate.anchor)
        later = [m for m in view.orgs(buyer.first) if not m.embedded]
        return [
            _fellow(candidate, view, m, view.org(m), candidate.object)
            for m in list_around(view, later, buyer)
            if view.org(m) not in {None, candidate.object, candidate.subject}
        ]
    if candidate.method == "invest:raised-from":
        # "supported by funding from Google and Amazon"; the lists of a round, with its leads,
        # participants and advisers, are the rounds' to read
        if not ROUND_LIST_WORDS.isdisjoint(view.lowers):
            return []
        after = view.orgs(cue)
        named = next((m for m in after if view.org(m) == candidate.subject), None)
        later = [m for m in after if not m.embedded]
        return [
            _fellow(candidate, view, m, view.org(m), candidate.object)
            for m in (list_around(view, later, named) if named else [])
            if view.org(m) not in {None, candidate.object, candidate.subject}
            and not person_after(view, m)  # "from Accel, Nvidia CEO Jensen Huang and Sequoia"
        ]
    if candidate.method not in ("invest:role", "invest:verb"):
        return []
    if candidate.method == "invest:role" and view.lowers[cue] in INVESTOR_ROLES:
        return []  # "Google and Amazon (which is also an investor)": one holder
    holders = [m for m in view.orgs() if view.org(m) == candidate.subject and not m.embedded]
    if not holders:
        return []
    if candidate.method == "invest:verb" and holders[0].first > cue:
        # "a new $15 billion investment from Microsoft and Nvidia": the investors named after
        # the noun, listed (the holder last, as the fellows are those before it)
        listed = [*_plainly_listed_after(view, holders[0]), holders[0]]
    elif candidate.method == "invest:verb":
        listed = subject_list(view, holders[-1], cue)
    else:
        earlier = [m for m in view.orgs(0, holders[0].first) if not m.embedded]
        listed = list_ending(view, earlier, holders[0])
    own = each_sum(view, cue)
    return [
        _fellow(candidate, view, m, view.org(m), candidate.object, own)
        for m in listed[:-1]
        if view.org(m) not in {None, candidate.object, candidate.subject}
    ]


def _plainly_listed_after(view: View, first: Mention) -> list[Mention]:
    """The names listed after ``first`` with nothing but commas and 'and' between ('from
    Microsoft and Nvidia'; not 'PIF and chaired by Crown Prince …', nor 'OpenAI, backed by
    Microsoft, and Google have long been rivals')."""
    listed: list[Mention] = []
    last = first
    for m in view.orgs(first.last + 1):
        if m.embedded:
            continue
        gap = view.lowers[last.last + 1 : m.first]
        if not set(gap) <= {",", "and", "&"} or (not listed and gap == [",", "and"]):
            break  # (", and" after the first name closes an aside: "backed by Microsoft, and")
        listed.append(m)
        last = m
    return listed


def each_sum(view: View, cue: int) -> float | None:
    """'A and B have each invested $50 million', 'invested $50 million each': the sum after the
    verb is each investor's own."""
    words = view.lowers
    money = next((q for q in view.quantities if q.kind == "money" and 0 < q.first - cue <= 3), None)
    if money is None:
        return None
    each = "each" in words[max(0, cue - 3) : cue] or words[money.last + 1 : money.last + 2] == [
        "each"
    ]
    return float(money.value) if each else None


def joined_holders(view: View, candidate: Candidate) -> list[Candidate]:
    """'Bezos has invested in Tenstorrent, joining Samsung and AFW Partners among others in its
    Series D', 'Fidelity joined Samsung and AFW Partners in the round', 'Microsoft invested
    $5 billion in Anthropic, along with Nvidia': the investors that an investor joins or goes
    along with hold a stake in the same company."""
    if candidate.type != "invests_in":
        return []
    subject = next((m for m in view.orgs() if view.org(m) == candidate.subject), None)
    if subject is None:
        return []
    for at, word in enumerate(view.lowers):
        if (word not in JOINING_VERBS and not accompanies(view.lowers, at)) or at <= subject.last:
            continue
        first = next((m for m in view.orgs(at + 1, at + 2) if not m.embedded), None)
        if first is None:
            continue
        listed = [m for m in list_around(view, view.orgs(), first) if m.first > at]
        end = max(m.last for m in listed) + 1
        if view.lowers[end : end + 1] not in (["in"], ["among"], ["as"], [","], ["."]):
            continue  # "joining Samsung's foundry business": not a list of holders
        return [
            _fellow(candidate, view, m, view.org(m), candidate.object)  # type: ignore[arg-type]
            for m in listed
            if view.org(m) not in {None, candidate.subject, candidate.object}
        ]
    return []


def respective_amounts(view: View, found: list[Candidate]) -> None:
    """'Microsoft and Nvidia will invest up to $5 billion and $10 billion respectively in
    Anthropic': the sums in the order of their investors."""
    found_at = view.cue_positions(("respectively",))
    if not found_at:
        return
    at = found_at[0]
    lo = view.clause(at)[0]
    sums = [q for q in view.quantities if q.kind == "money" and lo <= q.first and q.last < at]
    by_object: dict[str, list[Candidate]] = {}
    for c in found:
        if c.type == "invests_in":
            by_object.setdefault(c.object, []).append(c)
    before_sums = view.orgs(0, sums[0].first) if sums else []
    position = {view.org(m): m.first for m in before_sums}  # (each one's last mention before
    # the sums: "spend $30 billion on Microsoft's Azure, while Nvidia and Microsoft will invest")
    for group in by_object.values():
        if len(group) < 2 or len(group) != len(sums):
            continue
        ordered = sorted(group, key=lambda c: position.get(c.subject, 0))
        for candidate, amount in zip(ordered, sums, strict=True):
            candidate.amount_usd = amount.value  # type: ignore[assignment]
