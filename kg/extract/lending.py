"""Lenders: a bank or fund that lends a company money takes part in its financing, as the
gold counts it ('The lender was HSBC'); the passive forms ('a loan provided by Goldman Sachs')
are read with the rounds' slots, the active ones here."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View, list_ending
from kg.extract.mentions import Mention


def lent(view: View) -> list[Candidate]:
    """'Goldman Sachs provided a $300 million loan to Crusoe', 'Apollo and Blackstone are
    structuring a $36bn private debt package aimed at financing infrastructure for Anthropic',
    'HSBC extended a credit facility to Recogni': each lender invests in the borrower."""
    found: list[Candidate] = []
    for cue in view.cue_positions(P.LENDING_VERBS):
        lo, hi = view.clause(cue)
        debt = next(
            (i for i in range(cue + 1, min(hi, cue + 9)) if view.lowers[i] in P.DEBT_NOUNS), None
        )
        if debt is None or P.GUARANTEE_WORDS & set(view.lowers[lo:hi]):
            continue  # "will guarantee a loan to Crusoe": a backstop, no money lent
        borrower = _borrower(view, debt, hi)
        lenders = _lenders(view, lo, cue)
        for lender in lenders:
            if borrower is not None and view.org(lender) not in {None, view.org(borrower)}:
                found.append(
                    Candidate(
                        "invests_in",
                        view.org(lender),
                        view.org(borrower),
                        view.sentence,
                        "invest:lent",
                        anchor=cue,
                    )  # fmt: skip
                )
    return found


def _borrower(view: View, debt: int, hi: int) -> Mention | None:
    """The company the money goes 'to' or is 'for', soon after the debt noun."""
    for i in range(debt + 1, min(hi, debt + 12)):
        if view.lowers[i] in ("to", "for"):
            named = [m for m in view.orgs(i + 1, i + 3) if not m.embedded]
            if named:
                return named[0]
    return None


def _lenders(view: View, lo: int, cue: int) -> list[Mention]:
    """The names listed as the verb's subject ('Apollo Global Management Inc and Blackstone
    Inc are structuring'), with only auxiliaries and adverbs between them and the verb."""
    before = [m for m in view.orgs(lo, cue) if not m.embedded]
    if not before:
        return []
    gap = view.lowers[before[-1].last + 1 : cue]
    gap = [w for w in gap if w not in P.CORPORATE_SUFFIXES and not w.endswith("ly")]
    if len(gap) > 3 or not set(gap) <= P.FINITE_AUXILIARIES | {"to", "agreed", "also"}:
        return []
    return list_ending(view, before[:-1], before[-1])
