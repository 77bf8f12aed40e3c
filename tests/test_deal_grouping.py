"""Deals joined without comparing every pair of versions give the deals that comparing every
pair gives: the quadratic join (kept here as the reference) against ``kg.questions.deals``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.questions.deals import FIGURES, _year, deals, figure

ARTICLES = [f"a{n}" for n in range(5)]
YEARS = [None, "2025-03-01", "2026-01-15"]


def reference_deals(pair: list[dict]) -> list[list[dict]]:
    """Every pair of versions compared, in order (the rule in kg.questions.deals' docstring)."""
    kept = [v for v in pair if not v["forecast"]]
    numbered = [v for v in kept if v["amount_usd"] is not None or v["capacity_gw"] is not None]
    plain = [v for v in kept if v["amount_usd"] is None and v["capacity_gw"] is None]
    if len(numbered) < 2:
        return [group for group in (numbered, plain) if group]
    root = list(range(len(numbered)))
    members = {i: [i] for i in range(len(numbered))}
    stated = {i: {(v["article"], f): figure(v, f) for f in FIGURES if v[f] is not None}
              for i, v in enumerate(numbered)}  # fmt: skip

    def join(i: int, j: int) -> None:
        a, b = root[i], root[j]
        if a == b or any(stated[a].get(k, value) != value for k, value in stated[b].items()):
            return
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for k in members[b]:
            root[k] = a
        members[a] += members.pop(b)
        stated[a].update(stated.pop(b))

    def dates_agree(i: int, j: int) -> bool:
        x, y = _year(numbered[i]), _year(numbered[j])
        return x is None or y is None or x == y

    def fields(i: int) -> set[str]:
        return {f for f in FIGURES if numbered[i][f] is not None}

    by_figure: dict[tuple, list[int]] = {}
    for i, v in enumerate(numbered):
        for f in FIGURES:
            if v[f] is not None:
                by_figure.setdefault((f, figure(v, f)), []).append(i)
    for same in by_figure.values():
        for position, i in enumerate(same):
            for j in same[:position]:
                if root[i] != root[j] and dates_agree(i, j):
                    join(j, i)
    plainly = [i for i, v in enumerate(numbered) if not v["new"]]
    for position, i in enumerate(plainly):
        for j in plainly[:position]:
            if (root[i] != root[j] and numbered[i]["article"] != numbered[j]["article"]
                    and dates_agree(i, j) and fields(i) & fields(j)):  # fmt: skip
                join(j, i)
    found = [[numbered[k] for k in sorted(group)] for _, group in sorted(members.items())]
    if plain:
        found.append(plain)
    return found


version = st.fixed_dictionaries({
    "article": st.sampled_from(ARTICLES),
    "amount_usd": st.one_of(st.none(), st.sampled_from([1e9, 3e9, 3e10])),
    "capacity_gw": st.one_of(st.none(), st.sampled_from([1.0, 2.0])),
    "event_date": st.sampled_from(YEARS),
    "new": st.booleans(),
    "forecast": st.sampled_from([False, False, False, True]),
})  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(version, max_size=14))
def test_deals_are_those_of_comparing_every_pair(pair):
    for n, v in enumerate(pair):
        v["fact"] = f"f{n}"
    expected = [[v["fact"] for v in deal] for deal in reference_deals(pair)]
    assert [[v["fact"] for v in deal] for deal in deals(pair)] == expected


def test_many_restatements_of_two_disputed_figures_make_one_deal_with_both():
    pair = [
        {"fact": f"f{n}", "article": f"a{n}", "amount_usd": (3e9, 3e10)[n % 2],
         "capacity_gw": None, "event_date": None, "new": False, "forecast": False}
        for n in range(2000)
    ]  # fmt: skip
    (deal,) = deals(pair)
    assert len(deal) == 2000
    assert {v["amount_usd"] for v in deal} == {3e9, 3e10}
