"""Why a reading of investing is no investment: the investor named is only where a person
works ('backed by Intel CEO Lip-Bu Tan'), what is invested in is a designer's chips ('invest
mainly in Nvidia H200 models'), the sum buys something ('invest $40 billion to purchase
chips'), or a stake is given up ('sold its entire stake'). ``investments.invests`` asks
these."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import View, matches
from kg.extract.round_lists import person_after


def only_a_person_s_employer(view: View, party: str) -> bool:
    """Whether every mention of ``party`` says where a person works ('Intel CEO Lip-Bu Tan'),
    not who speaks for it ('Nvidia CEO Jensen Huang announced a £500 million investment')."""
    named = [m for m in view.orgs() if view.org(m) == party and not m.embedded]
    return bool(named) and all(
        (length := person_after(view, m))
        and view.lowers[m.last + length + 1 : m.last + length + 2] != []
        and view.lowers[m.last + length + 1] not in P.ANNOUNCING_FOR_A_FIRM
        for m in named
    )


def names_chips_bought(view: View, party: str, cue: int) -> bool:
    """Whether ``party``, after the verb, only names the designer of chips right after it
    ('invest mainly in Nvidia H200 and AMD MI325X models')."""
    named = [m for m in view.orgs(cue + 1) if view.org(m) == party and not m.embedded]
    return bool(named) and all(
        any(c.first == m.last + 1 for c in view.chips(m.last + 1, m.last + 2)) for m in named
    )


def spent_on_something(view: View, cue: int) -> bool:
    """'invest about $40 billion to purchase chips': a sum and then what it buys or builds, with
    no company it goes into."""
    money = [q for q in view.quantities if q.kind == "money" and 0 < q.first - cue <= 5]
    if not money:
        return False
    after = view.lowers[money[0].last + 1 : money[0].last + 3]
    if after[:1] in (["in"], ["into"]):
        return _chips_bought(view, money[0].last + 2)
    return after[:1] == ["to"] and matches(after[1] if len(after) > 1 else "", P.SPENDING_VERBS)


def _chips_bought(view: View, start: int) -> bool:
    """'invested $40 billion in Nvidia's most advanced GB200 superchips', 'in Nvidia chips':
    the sum goes into chips (a designer named only as their maker), not into a company."""
    end = next(
        (i for i in range(start, min(len(view.lowers), start + 8)) if view.lowers[i] in {",", "."}),
        min(len(view.lowers), start + 8),
    )
    if not view.chips(start, end):
        return False
    return all(m.embedded or view.possessive(m) for m in view.orgs(start, end))


def disposed_of(view: View, cue: int, lo: int) -> bool:
    """Whether a verb of selling or giving up takes the stake or shares at ``cue`` as its
    object, past a determiner and up to two modifiers ('sold its entire stake')."""
    i = cue - 1
    while i >= lo and cue - i <= 4 and view.lowers[i] not in {",", "to", "and", "which", "that"}:
        if matches(view.lowers[i], P.DISPOSAL_VERBS):
            return True
        i -= 1
    return False
