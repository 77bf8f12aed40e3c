"""Deals a sentence carries on from earlier ones: 'The deal …', 'The partners: …', 'Their …'."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View, matches
from kg.extract.history import History, acts_as
from kg.extract.mentions import Mention
from kg.extract.patterns import PLURAL_DEALS
from kg.registry import Registry


def continue_deal(view: View, candidate: Candidate, history: History) -> None:
    """A sentence that opens on the deal just named and says nothing of its own certainty
    keeps the deal's status ("... a source told Reuters. The round, led by X, ...")."""
    text = view.sentence.text
    if (
        candidate.status == "announced"
        and history.last_deal_status
        and P.CONTINUES_DEAL.search(text)
        and not P.ANNOUNCED_OVERRIDES_PLAN.search(text)
    ):
        candidate.status = history.last_deal_status
    history.last_deal_status = candidate.status


def same_investment(view: View, cue: int, history: History) -> Candidate | None:
    """'This new investment, building on an initial $4 billion investment': a sentence that
    names no other company but gives an amount speaks of the investment just before it."""
    if history.last_investment is None or not view.lowers[cue].endswith("ment"):
        return None
    if view.lowers[cue + 1 : cue + 2] and view.lowers[cue + 1] in P.NOT_A_DEAL_NOUN:
        return None  # "the $40 billion investment firm": an institution, not a deal
    if {view.org(m) for m in view.orgs()} - set(history.last_investment):
        return None
    if not any(q.kind == "money" and 0 < q.first - cue <= 4 or abs(q.last - cue) <= 3
               for q in view.quantities):  # fmt: skip
        return None
    investor, investee = history.last_investment
    return Candidate("invests_in", investor, investee, view.sentence, "invest:same-deal")


def same_commitment(view: View, history: History, registry: Registry) -> list[Candidate]:
    """'The deal could give OpenAI up to 750 megawatts over three years': a sentence that
    opens on the deal and names no other company gives the last deal's numbers; 'Their
    new supply contract: up to $14.2 billion' gives those of the two companies just named."""
    pair = history.last_commitment
    if P.THEIR_DEAL.match(view.sentence.text):
        pair = _pair_named_before(history, registry) or pair
    elif P.DEAL_FRAGMENT.match(view.sentence.text):  # "A $23 billion deal with Nscale."
        clouds = [m for m in view.orgs() if view.has_type(m, "CloudProvider")]
        subject = history.previous_subject
        if not clouds or subject in (None, view.org(clouds[0])):
            return []
        pair = (subject, view.org(clouds[0]))  # type: ignore[assignment]
    elif not P.DEAL_OPENING.match(view.sentence.text):
        return _buyer_goes_on(view, pair)
    if pair is None or {view.org(m) for m in view.orgs()} - set(pair):
        return []
    anchor = next(i for i, w in enumerate(view.lowers) if matches(w, P.DEAL_NOUNS))
    clause = view.clause(anchor)
    if (
        not any(
            q.kind in ("power", "duration", "money") and clause[0] <= q.first < clause[1]
            for q in view.quantities
        )
        or set(view.lowers[anchor : clause[1]]) & P.REPORTING_VERBS
    ):
        return []  # "The deal … comes days after it said it would plough $2.9 billion into"
    return _same_deal(view, pair, anchor)


def _same_deal(view: View, pair: tuple[str, str], anchor: int) -> list[Candidate]:
    buyer, provider = pair
    return [
        Candidate(
            "compute_commitment", buyer, provider, view.sentence, "commit:same-deal", anchor=anchor
        )
    ]


def _buyer_goes_on(view: View, pair: tuple[str, str] | None) -> list[Candidate]:
    """'OpenAI signed a deal with Cerebras. OpenAI will purchase up to 750 megawatts of
    computing capacity over three years': the last deal's buyer, opening a sentence that names
    no other company, buying sized capacity, states that deal's numbers."""
    if pair is None:
        return []
    orgs = [m for m in view.orgs() if not m.embedded]
    if not orgs or orgs[0].first > 1 or {view.org(m) for m in orgs} != {pair[0]}:
        return []
    verbs = view.cue_positions(P.CAPACITY_TAKING)
    if not verbs or not P.COMPUTE_OBJECTS & set(view.lowers[verbs[0] : verbs[0] + 10]):
        return []
    if any(orgs[0].last < m.first < verbs[0] for m in view.mentions):
        return []  # "OpenAI has said Stargate aims to secure 10 gigawatts": Stargate's aim
    if not any(q.kind in ("power", "money") and q.first > verbs[0] for q in view.quantities):
        return []
    return _same_deal(view, pair, verbs[0])


def listed_partners(view: View, history: History) -> list[Candidate]:
    """'Microsoft had announced two more partnerships. The partners: Lambda, a GPU cloud
    provider, and Iren': each cloud listed sells to the company that made the deals."""
    buyer = history.deals_of
    if buyer is None or not P.PARTNERS_LIST.match(view.sentence.text):
        return []
    return [
        _partner_deal(view, buyer, m)
        for m in view.orgs()
        if not m.embedded and view.org(m) != buyer and view.has_type(m, "CloudProvider")
    ]


def _partner_deal(view: View, buyer: str, cloud: Mention, amount: float | None = None) -> Candidate:
    return Candidate(
        "compute_commitment",
        buyer,
        view.org(cloud),  # type: ignore[arg-type]
        view.sentence,
        "commit:partners",
        anchor=cloud.first,
        numbers_fixed=True,
        amount_usd=amount,
    )


def contracts_listed(view: View, history: History) -> list[Candidate]:
    """'Microsoft has signed $60 billion of deals. Additional contracts include up to $19.4
    billion with Nebius, over $10 billion with CoreWeave': each sum 'with' a cloud is a
    deal of the company the last sentence spoke of."""
    buyer = history.deals_of or history.previous_subject
    if buyer is None or not view.cue_positions(PLURAL_DEALS):
        return []
    customers = (
        _customers_listed(view, buyer) if acts_as(view.registry.get(buyer), "CloudProvider") else []
    )
    if customers:
        return customers
    others = {
        view.org(m) for m in view.orgs() if not m.embedded and not view.has_type(m, "CloudProvider")
    } - {buyer}
    found = []
    for m in view.orgs():
        if m.embedded or not view.has_type(m, "CloudProvider") or view.org(m) == buyer:
            continue
        amount = _sum_with(view, m, reach=3)
        if amount is not None:
            found.append(_partner_deal(view, buyer, m, amount))
    if others - {c.object for c in found}:
        return []  # another company in the sentence may be the one that contracts
    return found


def _sum_with(view: View, m: Mention, reach: int) -> float | None:
    """The sum before a 'with' that stands up to ``reach`` words before the name ('$19.4
    billion with Nebius', '$14.2B with Meta')."""
    at = next((i for i in range(m.first - 1, max(-1, m.first - 1 - reach), -1)
               if view.lowers[i] == "with"), None)  # fmt: skip
    sums = [q for q in view.quantities if q.kind == "money" and at and q.last == at - 1]
    return sums[0].value if sums else None


def _customers_listed(view: View, cloud: str) -> list[Candidate]:
    """'CoreWeave reported its results. New contracts include $14.2B with Meta, an additional
    $6.5B with OpenAI': each sum 'with' a company that sells no compute is that company's
    deal with the cloud the last sentence spoke of."""
    found = []
    for m in view.orgs():
        if m.embedded or view.has_type(m, "CloudProvider") or view.org(m) in (None, cloud):
            continue
        amount = _sum_with(view, m, reach=1)
        if amount is not None:
            found.append(
                Candidate(
                    "compute_commitment",
                    view.org(m),
                    cloud,
                    view.sentence,
                    "commit:partners",  # type: ignore[arg-type]
                    anchor=m.first,
                    numbers_fixed=True,
                    amount_usd=amount,
                )  # fmt: skip
            )
    return found


def _pair_named_before(history: History, registry: Registry) -> tuple[str, str] | None:
    """The two companies the last sentence named, when one of them sells compute and the
    other does not: the buyer and the cloud that 'their' deal is between."""
    if len(history.previous_orgs) != 2:
        return None
    clouds = [o for o in history.previous_orgs if acts_as(registry.get(o), "CloudProvider")]
    if len(clouds) != 1:
        return None
    buyer = next(o for o in history.previous_orgs if o != clouds[0])
    return buyer, clouds[0]
