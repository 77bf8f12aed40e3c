"""Article-level passes: what one sentence cannot settle (buyer, statuses, purposes, direction)."""

from __future__ import annotations

from collections import Counter

from kg.extract import patterns as P
from kg.extract.clauses import Candidate
from kg.extract.folded import occurs
from kg.extract.patterns import COMPUTE_QUALIFIERS
from kg.extract.text import Sentence
from kg.extract.uses import DEAL_BUYER

# How far back (characters) a sentence about "the deal" reaches: about two sentences.
REPORT_BACK_CHARS = 400


def drop_reversed_noun_deals(candidates: list[Candidate]) -> list[Candidate]:
    """A deal named only by a noun ('this partnership ... G42 with Microsoft') takes its
    direction from a verb elsewhere in the article: the reversed reading is dropped."""

    def by_noun(c: Candidate) -> bool:
        return c.method == "commit:deal-noun"

    by_verb = {
        (c.subject, c.object)
        for c in candidates
        if c.type == "compute_commitment" and not by_noun(c)
    }
    return [
        c
        for c in candidates
        if not (c.type == "compute_commitment" and by_noun(c) and (c.object, c.subject) in by_verb)
    ]


def is_the_investment(candidate: Candidate, found: list, lowers: list[str]) -> bool:
    """'Microsoft invests in G42 in a $1.5 billion deal': the deal is the investment, not a
    purchase of compute between the same two parties; a 'cloud partnership' stays one."""
    if candidate.type != "compute_commitment" or candidate.method != "commit:deal-noun":
        return False
    anchor = candidate.anchor
    if anchor is not None and set(lowers[max(0, anchor - 8) : anchor]) & COMPUTE_QUALIFIERS:
        return False
    parties = {candidate.subject, candidate.object}
    return any(c.type == "invests_in" and {c.subject, c.object} == parties for _, c in found)


def sells_a_company_bought(candidate: Candidate, found: list) -> bool:
    """'Nvidia, Microsoft, xAI and BlackRock agreed on a $40 billion deal to buy Aligned Data
    Centers', 'CoreWeave agreed to acquire Core Scientific in a deal worth $9 billion': the deal
    of a sentence that tells an acquisition is that acquisition, not a purchase of compute by or
    from its parties."""
    if candidate.type != "compute_commitment":
        return False
    parties = {candidate.subject, candidate.object}
    return any(
        c.method == "invest:acquisition" and parties & {c.subject, c.object} for _, c in found
    )


def reverses_an_earlier_stake(candidate: Candidate, found: list) -> bool:
    """'Nvidia holds shares of Nebius, giving them a stake in the company': a second reading
    of one sentence that turns the investment around is the misreading."""
    if candidate.type != "invests_in" or candidate.anchor is None:
        return False
    return any(
        c.type == "invests_in"
        and (c.subject, c.object) == (candidate.object, candidate.subject)
        and c.anchor is not None
        and c.anchor < candidate.anchor
        for _, c in found
    )


ROUND_COMPANY = "?round-company"


def name_round_company(candidates: list[Candidate], labs: Counter[str]) -> list[Candidate]:
    """'… tilted in favour of a Bengaluru-based startup. HCLTech is investing $150 million in a
    funding round led by Bessemer': a round told before its company is named is the round of
    the lab the article names most (dropped when it names none, or when that lab is itself one
    of the participants: "Early investors Tencent and ByteDance achieved returns of 35x" in an
    article naming Tencent most is about another company's round)."""
    lab = max(labs.items(), key=lambda item: (item[1], item[0]), default=(None, 0))[0]
    its_own = {id(c.sentence) for c in candidates if c.object == ROUND_COMPANY and c.subject == lab}
    kept = []
    for c in candidates:
        if c.object == ROUND_COMPANY:
            if lab is None or id(c.sentence) in its_own:
                continue
            c.object = lab
        kept.append(c)
    return kept


def drop_hardware_purchases(candidates: list[Candidate]) -> list[Candidate]:
    """Servers bought from a maker of servers ('agreed to buy $1.6 billion of Blackwell systems
    from Dell', 'a contract with Dell to supply 52,000 GPUs') are hardware owned, whose chips a
    rule reads as used: no compute bought from the maker (a maker may buy a cloud's compute:
    'Wistron is a customer of GMI Cloud')."""
    return [
        c
        for c in candidates
        if not (c.type == "compute_commitment" and c.object in P.SERVER_MAKER_IDS)
    ]


def name_deal_buyer(candidates: list[Candidate]) -> list[Candidate]:
    """'The first phase, powered by X' before the deal is named: the article's main buyer."""
    buyers = Counter(c.subject for c in candidates if c.type == "compute_commitment")
    buyer = buyers.most_common(1)[0][0] if buyers else None
    kept = []
    for c in candidates:
        if c.subject == DEAL_BUYER:
            if buyer is None:
                continue
            c.subject = buyer
        kept.append(c)
    return kept


def report_back(sentence: Sentence, candidates: list[Candidate]) -> None:
    """'..., sources said of the deal, which was first reported by X': a sentence that speaks of
    the deal it follows as unconfirmed makes that deal reported, unless its own sentence
    said a party announced it."""
    recent = []
    for c in reversed(candidates):  # in article order: stop at the first one too far back
        if sentence.start - c.sentence.end >= REPORT_BACK_CHARS:
            break
        if c.type in DEALS:
            recent.append(c)
    text = sentence.text
    if (
        not recent
        or not (occurs(P.DEAL_REFERENCE, text) and occurs(P.STATUS_CUES["reported"], text))
        or P.DEAL_ANNOUNCED.search(text)
    ):
        return
    for c in recent:
        if c.status == "announced" and not P.ANNOUNCED_OVERRIDES_PLAN.search(c.sentence.text):
            c.status = "reported"


def settle_hypotheticals(candidates: list[Candidate]) -> None:
    """A hypothetical statement takes the status the article gives the same fact elsewhere."""
    known: dict[tuple[str, str, str], Counter[str]] = {}
    for c in candidates:
        if c.status:
            known.setdefault((c.type, c.subject, c.object), Counter())[c.status] += 1
    for c in candidates:
        if c.status is None:
            counts = known.get((c.type, c.subject, c.object))
            c.status = counts.most_common(1)[0][0] if counts else "announced"


def propagate_talks(candidates: list[Candidate]) -> None:
    """A lab's use of a chip that it is only negotiating to rent is in talks too."""
    talks = {
        (c.subject, c.chip)
        for c in candidates
        if c.type == "compute_commitment" and c.status == "in_talks" and c.chip
    }
    for c in candidates:
        if (
            c.type == "uses_chip"
            and (c.subject, c.object) in talks
            and c.status == "announced"
            and not P.ALREADY_IN_USE.search(c.sentence.text)
        ):
            c.status = "in_talks"


def told_of_a_reported_round(
    candidate: Candidate, told_before: tuple[str | None, str, bool]
) -> bool:
    """'Figure AI is raising $675 million, Bloomberg reported. … Microsoft is investing $95
    million': a participant of a round an outlet reported, named later with no word of a
    party's own, is reported too; not one of a round the outlet relays as closed ('According to
    X, Crusoe has closed a $1.3 billion round'). ``told_before``: the round an earlier sentence
    told (its company, status and whether it was closed)."""
    company, status, closed = told_before
    return (
        candidate.type == "invests_in"
        and candidate.status == "announced"
        and status == "reported"
        and not closed
        and candidate.object == company
        and not P.PARTY_SAYS.search(candidate.sentence.text)
        and not P.STANDING_BACKERS.search(candidate.sentence.text)
    )


def propagate_round_report(candidates: list[Candidate]) -> None:
    """A round first told as a report ('…, Bloomberg first reported') goes on being one: its
    participants named in later sentences with no word of a party's own ('said', 'announced',
    'confirmed') are reported too."""
    reported_at: dict[str, int] = {}
    for c in candidates:
        if c.type != "invests_in":
            continue
        if c.status == "reported":
            reported_at.setdefault(c.object, c.sentence.start)
        elif (
            c.status == "announced"
            and c.sentence.start > reported_at.get(c.object, c.sentence.start)
            and c.method.startswith(("invest:round-list", "pair:carried_invest"))
            and not P.PARTY_SAYS.search(c.sentence.text)
            and not P.STANDING_BACKERS.search(c.sentence.text)
        ):
            c.status = "reported"


DEALS = ("invests_in", "compute_commitment")
