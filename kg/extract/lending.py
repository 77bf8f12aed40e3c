"""Lenders: a bank or fund that lends a company money takes part in its financing, as the
gold counts it ('The lender was HSBC'); the passive forms ('a loan provided by Goldman Sachs')
are read with the rounds' slots, the active ones here."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View, list_around, list_ending
from kg.extract.mentions import Mention


def lent(view: View) -> list[Candidate]:
    """'Goldman Sachs provided a $300 million loan to Crusoe', 'Apollo and Blackstone are
    structuring a $36bn private debt package aimed at financing infrastructure for Anthropic',
    'HSBC extended a credit facility to Recogni', 'Blue Owl arranged a credit package for
    Oracle and OpenAI', 'Halden will lend Crusoe $500 million', 'the loan to Crusoe was
    underwritten by JPMorgan and Mizuho': each lender invests in each borrower."""
    found: list[Candidate] = []
    for cue in view.cue_positions(P.LENDING_VERBS):
        lo, hi = view.clause(cue)
        if P.GUARANTEE_WORDS & set(view.lowers[lo:hi]):
            continue  # "will guarantee a loan to Crusoe": a backstop, no money lent
        if view.lowers[cue + 1 : cue + 2] == ["by"]:
            lenders = _lenders_after_by(view, cue, hi)
            debt = next(
                (i for i in range(cue - 1, lo - 1, -1) if view.lowers[i] in P.DEBT_NOUNS), None
            )
        else:
            lenders = _lenders(view, lo, cue)
            debt = next(
                (i for i in range(cue + 1, min(hi, cue + 9)) if view.lowers[i] in P.DEBT_NOUNS),
                None,
            )
            if debt is None and view.lowers[cue] in P.LEND_FORMS:
                debt = next(
                    (
                        q.last
                        for q in view.quantities
                        if q.kind == "money" and cue < q.first <= cue + 6
                    ),
                    None,
                )  # "will lend Crusoe $500 million": the sum stands for the loan
        if debt is None:
            continue
        borrowers = _borrowers(view, cue, debt, hi)
        amounts = [
            q.value
            for q in view.quantities
            if q.kind == "money" and min(cue, debt) < q.first < max(cue, debt)
        ]
        for lender in lenders:
            for borrower in borrowers:
                if view.org(lender) in {None, view.org(borrower)}:
                    continue
                found.append(
                    Candidate(
                        "invests_in",
                        view.org(lender),
                        view.org(borrower),
                        view.sentence,
                        "invest:lent",
                        amount_usd=amounts[0] if amounts and len(lenders) == 1 else None,  # type: ignore[arg-type]
                        numbers_fixed=True,
                        anchor=cue,
                    )  # fmt: skip
                )
    return found


def _borrowers(view: View, cue: int, debt: int, hi: int) -> list[Mention]:
    """The companies the money goes 'to' or is 'for', soon after the debt noun ('a credit
    package for Oracle and OpenAI'), or the first object of a verb of lending ('lend Crusoe
    $500 million')."""
    if view.lowers[cue] in P.LEND_FORMS:
        direct = [m for m in view.orgs(cue + 1, cue + 2) if not m.embedded]
        if direct and debt > direct[0].last:
            return list_around(view, view.orgs(cue + 1, hi), direct[0])
    for i in range(debt + 1, min(hi, debt + 12)):
        if view.lowers[i] in ("to", "for"):
            named = [m for m in view.orgs(i + 1, i + 3) if not m.embedded]
            if named:
                return list_around(view, view.orgs(i + 1, hi), named[0])
    return []


def _lenders_after_by(view: View, cue: int, hi: int) -> list[Mention]:
    """'… was underwritten by JPMorgan Chase, Goldman Sachs and Mizuho Bank': the names
    listed right after 'by'."""
    first = [m for m in view.orgs(cue + 2, cue + 3) if not m.embedded]
    if not first:
        return []
    return list_around(view, view.orgs(cue + 2, hi), first[0])


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
