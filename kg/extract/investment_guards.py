"""Why a reading of investing is no investment: the investor named is only where a person
works ('backed by Intel CEO Lip-Bu Tan'), or what is invested in is a designer's chips
('invest mainly in Nvidia H200 models'). ``investments.invests`` asks these of what it found."""

from __future__ import annotations

from kg.extract.clauses import View
from kg.extract.round_lists import person_after


def only_a_person_s_employer(view: View, party: str) -> bool:
    """Whether every mention of ``party`` says where a person works ('Intel CEO Lip-Bu Tan')."""
    named = [m for m in view.orgs() if view.org(m) == party and not m.embedded]
    return bool(named) and all(person_after(view, m) for m in named)


def names_chips_bought(view: View, party: str, cue: int) -> bool:
    """Whether ``party``, after the verb, only names the designer of chips right after it
    ('invest mainly in Nvidia H200 and AMD MI325X models')."""
    named = [m for m in view.orgs(cue + 1) if view.org(m) == party and not m.embedded]
    return bool(named) and all(
        any(c.first == m.last + 1 for c in view.chips(m.last + 1, m.last + 2)) for m in named
    )
