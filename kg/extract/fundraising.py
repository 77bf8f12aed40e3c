"""Money raised from investors: 'Y raised $N from X', 'Y secured $N from X', 'X is leading the
round' (Y: the company before the verb, or the one the article is about)."""

from __future__ import annotations

import re

from kg.extract import patterns as P
from kg.extract.antecedents import relative_antecedent
from kg.extract.clauses import Candidate, View, list_around, list_ending
from kg.extract.mentions import Mention
from kg.extract.patterns import DASHES, NOT_FUNDS
from kg.extract.raisers import described_in_aside
from kg.extract.round_lists import named_after_its_role


def fundraising(view: View, cue: int, lo: int, hi: int, topic_lab: str | None) -> Candidate | None:
    """'Y raised $N ... from X' or 'X is leading the round'."""
    after = view.orgs(cue + 1, hi)
    backers = [m for m in after if _names_a_backer(view.lowers, m.first)]
    if backers and backers[0] is not after[0] and view.lowers[backers[0].first - 1] == "including":
        backers = []  # "With this funding, Mistral has eclipsed startups' rounds, including OpenAI"
    leader, leaders, end = None, [], cue
    if re.search(r"\b(?:led|lead|leading|leads)\b", view.before(cue, 4)):
        verb = next(
            (i for i in range(cue, max(lo, cue - 5), -1) if view.lowers[i] in P.LEAD_FORMS), cue
        )
        end = before_appositive(view, lo, verb)
        left = view.orgs(lo, end)
        leader = left[-1] if left else None
        leaders = list_ending(view, left[:-1], leader) if leader else []
    talking: list[Mention] = []
    if leader is None and (opening := _talks_opening(view, cue, lo)) is not None:
        talking, end = view.orgs(opening + 1, cue - 1), opening
    raiser_mentions = [
        m
        for m in view.orgs(lo, end)
        if m not in leaders
        and view.lowers[m.first - 1 : m.first] not in (["by"], ["from"])
        and not any(w.startswith("invest") for w in view.lowers[m.last + 1 : m.last + 4])
        and described_in_aside(view, m, lo) is None
        and not _describes_a_noun(view, m)
    ]  # "It is backed by Nvidia and raised $600 million": it raised; "HCLTech is investing
    # $150 million in a round led by Bessemer": HCLTech invests, it raises nothing
    if not raiser_mentions and DASHES & set(view.lowers[max(0, lo - 1) : lo + 1]):
        raiser_mentions = [
            m for m in view.orgs(0, lo) if set(view.lowers[m.last + 1 : m.last + 2]) & DASHES
        ]  # "Rebellions – an AI chip startup founded in 2020 – received $15 million from X"
    if not raiser_mentions and (antecedent := relative_antecedent(view, lo)) is not None:
        raiser_mentions = [antecedent]  # "SSI, which was valued at $32bn in a round led by G"
    described = _appositive_head(view, lo, cue)
    if described is not None:
        raiser_mentions = [described]  # "… from Anthropic, a rival supported by funding from X"
    raiser = view.org(raiser_mentions[-1]) if raiser_mentions else topic_lab
    named = leader or (backers[0] if backers else None) or (talking[-1] if talking else None)
    if named is not None and view.possessive(named):
        # "from Microsoft's M12": the arm the owner's possessive names
        named = next(iter(view.orgs(named.last + 2, named.last + 3)), named)
    investor = named and (named_after_its_role(view, named) or named)
    if investor is None or not raiser or view.org(investor) == raiser:
        return None
    listed = len(list_around(view, view.orgs(named.first), named)) > 1
    amounts = [
        q.value
        for q in view.quantities
        if q.kind == "money"
        and not listed
        and (
            0 <= named.first - q.last <= 3
            or 0 < named.first - q.last <= 7
            and set(view.lowers[q.last + 1 : named.first]) <= P.FUNDS_FROM
        )  # "received $10 billion in committed funding from Microsoft"
    ]
    return Candidate(
        "invests_in",
        view.org(investor),
        raiser,
        view.sentence,
        "invest:raised-from",
        amount_usd=amounts[0] if amounts else None,  # type: ignore[arg-type]
        numbers_fixed=True,
    )


def funds_from(view: View, cue: int, hi: int) -> bool:
    """'secured $1.7 billion from ASML', 'secures 600 million euros in funding from X': an
    amount of money and the investor it came from, not capacity or a contract secured."""
    words = view.lowers[cue + 1 : min(hi, cue + 16)]
    if "from" not in words:
        return False
    before_from = words[: words.index("from")]
    has_amount = any(w[:1].isdigit() or w in {"$", "€", "£"} for w in before_from[:6]) or any(
        q.kind == "money" and cue < q.first <= cue + 6 for q in view.quantities
    )  # "up to six billion dollars", "a substantial investment of $1.5 billion"
    return has_amount and not set(before_from) & NOT_FUNDS


def _talks_opening(view: View, cue: int, lo: int) -> int | None:
    """'Mistral is in talks with investors and Abu Dhabi's MGX to raise $1 billion': the
    'with' before the organisations a company raising money is in talks with (the last of
    them invests; the rounds' lists extend it to the others)."""
    if view.lowers[cue - 1 : cue] != ["to"]:
        return None
    return next(
        (
            i
            for i in range(cue - 2, lo, -1)
            if view.lowers[i] == "with" and view.lowers[i - 1] in P.TALK_WORDS
        ),
        None,
    )


def _appositive_head(view: View, lo: int, cue: int) -> Mention | None:
    """'Anthropic, a key OpenAI rival supported by funding from Google': the name an
    indefinite description before the cue describes (the last such before it)."""
    heads = [
        m
        for m in view.orgs(lo, cue)
        if not m.embedded and view.lowers[m.last + 1 : m.last + 3] in ([",", "a"], [",", "an"])
    ]
    return heads[-1] if heads else None


def _describes_a_noun(view: View, m: Mention) -> bool:
    """'Anthropic, a key OpenAI rival supported by funding from Google': a name inside an
    indefinite description, before its noun, says what the description is, not who raises."""
    after = view.lowers[m.last + 1 : m.last + 2]
    return (
        bool(after)
        and after[0].isalpha()
        and not after[0].endswith(("ed", "s"))
        and after[0] not in P.FINITE_AUXILIARIES
        and bool({"a", "an"} & set(view.lowers[max(0, m.first - 3) : m.first]))
    )


def _names_a_backer(lowers: list[str], first: int) -> bool:
    """'from X', 'including X', 'led by X', 'from both X and Y': not 'a statement by X'."""
    if lowers[first - 1] in {"both", "either"} and first > 1:
        first -= 1
    before = lowers[first - 1]
    if before == "by":  # ("led by", not "powered by": P.NOT_BACKING_PARTICIPLES)
        return (
            first > 1
            and lowers[first - 2].endswith("ed")
            and lowers[first - 2] not in P.NOT_BACKING_PARTICIPLES
        )
    if before in P.DESCRIPTION_HEADS:  # "from Dutch chip manufacturer ASML"
        described = next(
            (i for i in range(first - 2, max(0, first - 6), -1) if not lowers[i].isalpha()), None
        )
        opening = first - 6 if described is None else described
        return any(lowers[i] in {"from", "including"} for i in range(max(0, opening), first - 1))
    return before in {"from", "including"}


def before_appositive(view: View, lo: int, cue: int) -> int:
    """'Lightspeed, an early backer of Snapchat and Stability AI, led the round', 'GV,
    Google's venture arm, backed it': where the appositive between the subject and its verb
    opens (``cue`` when there is none)."""
    lowers = view.lowers
    if lowers[cue - 1 : cue] != [","]:
        return cue
    opening = next((i for i in range(cue - 2, lo - 1, -1) if lowers[i] == ","), None)
    if opening is None or opening == lo:
        return cue
    if lowers[opening + 1 : opening + 2] in (["a"], ["an"], ["the"]):
        return opening
    owner = next((m for m in view.orgs(opening + 1, opening + 2) if m.first == opening + 1), None)
    if owner is not None and view.possessive(owner) and view.orgs(lo, opening):
        return opening
    return cue
