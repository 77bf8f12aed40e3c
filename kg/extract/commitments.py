"""compute_commitment: a buyer of compute and the cloud or chip designer that sells it."""

from __future__ import annotations

import re

from kg.extract import patterns as P
from kg.extract.antecedents import relative_antecedent
from kg.extract.clauses import (
    Candidate,
    View,
    fronted_phrase_end,
    list_around,
    matches,
)
from kg.extract.commitment_parties import (
    after_with,
    buyer_of,
    cloud_behind_chip,
    compute_provider,
    designer_behind_chip,
    let_out_to,
    names_a_neocloud,
)
from kg.extract.committed_funds import committed_funds, more_committed
from kg.extract.deal_guards import (
    assets_bought,
    backs_a_guarantee,
    buys_a_company,
    buys_chips,
    buys_nothing_of_compute,
    chip_contract_won,
    company_bought,
    grows_a_deal,
    licenses_technology,
    names_its_chip,
    no_compute_deal,
    running_total,
    spent_on_hardware,
    supply_orders,
)
from kg.extract.figures import raised_before
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    ACQUIRING,
    BUY_WORDS,
    DEAL_NOUNS,
    PURCHASE_WORDS,
    WEAK_COMMIT,
)
from kg.extract.provider_roles import one_of_the_buyer_s, provider_role, services_from_a_cloud

# (one tuple, made once: ``matches`` knows a table by its id, and a tuple made at each ask
# filled its memory of tables with copies of this one, so the other tables were hashed anew)
_DEAL_OR_PURCHASE = (*DEAL_NOUNS, "purchas*")


def _landlord_bought(view: View, buyer: Mention, provider: Mention, cue: int, hi: int) -> bool:
    """'it has signed a lease agreement with Fluidstack at its River Bend campus': the subject
    whose site the lease is at lets it out; the party after 'with' is the tenant."""
    if buyer.first > cue or provider.first < cue or "lease" not in view.lowers[cue : cue + 6]:
        return False
    words = view.lowers[provider.last + 1 : hi]
    return any(
        words[i : i + 2] in (["at", "its"], ["at", "their"])
        and set(words[i + 2 : i + 6]) & P.BUILT_SITES
        for i in range(min(len(words), 6))
    )


def _a_maker_of_what_is_bought(view: View, provider: Mention) -> bool:
    """'TPU capacity developed with Broadcom technology': a name after 'developed with' or
    'designed by' made what is bought; it sells nothing."""
    before = view.lowers[max(0, provider.first - 2) : provider.first]
    return len(before) == 2 and before[0] in P.DESIGN_VERBS and before[1] in {"with", "by"}


def _intention(after: list[str]) -> bool:
    return len(after) == 2 and after[0] == "to" and after[1].endswith("ing")


def _one_cloud_pair(view: View, buyer: Mention, provider: Mention, by_deal: bool) -> bool:
    """'OpenAI and Oracle signed a $300 billion deal': a lab and a cloud named together, with
    the deal's size, the lab buying. A hyperscaler that builds models buys so only by a deal
    ("Nebius and Microsoft entered into a capacity agreement"), not in "Microsoft and G42
    announced an expansion of data centre capacity", a build of their own."""
    pure_cloud = names_a_neocloud(view, provider) or (
        view.is_lab(buyer) and view.has_type(provider, "CloudProvider")
    )  # "a cloud deal between OpenAI and Amazon": a hyperscaler sells to a lab that is no cloud
    if not pure_cloud and any(q.kind == "power" for q in view.quantities):
        # "AMD and Meta have announced a 6-gigawatt agreement": a designer's capacity
        pure_cloud = view.has_type(provider, "ChipDesigner") and not view.has_type(provider, "Lab")
    sized = any(q.kind in ("money", "power") for q in view.quantities)
    between = view.lowers[min(buyer.first, provider.first) - 1] == "between"
    # "an agreement between Character.ai and DigitalOcean for GPU infrastructure", "agreements
    # between Microsoft and Nebius": a model builder (a hyperscaler too) and a neocloud
    # "Nebius and Microsoft entered into a multiyear capacity agreement": capacity named, the
    # hyperscaler buys from the neocloud as a lab does
    capacity = not P.COMPUTE_QUALIFIERS.isdisjoint(view.lowers)
    buys = view.is_lab(buyer) or (
        (between or (capacity and by_deal)) and view.has_type(buyer, "Lab")
    )
    parties = {view.org(buyer), view.org(provider)}
    others = [m for m in view.orgs() if not m.embedded and view.org(m) not in parties]
    alone = not others or (
        between  # "between Microsoft and Nebius, Nscale and Lambda": neoclouds listed after
        and buyer.first < provider.first
        and all(m.first > provider.first and names_a_neocloud(view, m) for m in others)
    )
    return (sized or between) and pure_cloud and buys and alone


def _deploys_the_partner_s_chips(
    view: View, buyer: Mention, provider: Mention, cue: int, hi: int
) -> bool:
    """Whether a cloud's deal with a chip designer after 'with' is about the designer's chips
    it deploys or buys ('accelerators', 'GPUs' after the deal noun), not capacity it sells."""
    after = set(view.lowers[cue + 1 : hi])
    return (
        after_with(view, buyer)
        and buyer.first > cue
        and view.has_type(buyer, "ChipDesigner")
        and not view.has_type(buyer, "CloudProvider")
        and names_a_neocloud(view, provider)
        and bool(after & P.CHIP_NOUNS)
        and not after & P.COMPUTE_OBJECTS
    )


def _about_compute_by_name(view: View, cue: int) -> bool:
    """Whether a word of compute names what a provider or relationship noun is about ('cloud
    provider', 'compute relationships')."""
    return cue > 0 and view.lowers[cue - 1] in P.DEAL_TOPIC_WORDS


def _about_compute(view: View, text: str, lo: int, hi: int, provider: Mention) -> bool:
    """Whether a deal noun's clause speaks of compute: its words, a chip, or a cloud (not a
    lab) as the provider; asked only of a deal noun."""
    return bool(
        re.search(
            r"cloud|compute|capacity|gigawatt|\bgw\b|infrastructure|server|gpu|tpu|chip|"
            r"data cent|\$",
            text,
        )
        or view.chips(lo, hi)
        or (view.has_type(provider, "CloudProvider") and not view.has_type(provider, "Lab"))
        or _names_power(view, lo, hi)  # "a 1GW deal": a size in power is of compute
    )


def _names_power(view: View, lo: int, hi: int) -> bool:
    return any(q.kind == "power" and lo <= q.first < hi for q in view.quantities)


def _chips_committed_to(view: View, cue: int, hi: int) -> list[Mention]:
    """The chips a sum is committed 'to' ("committing this much capital to TPUs", "committed
    $21 billion to Google TPUs")."""
    to = next((i for i in range(cue + 1, min(hi, cue + 9)) if view.lowers[i] == "to"), None)
    if to is None:
        return []
    return [c for c in view.chips(to + 1, min(hi, to + 4)) if c.first <= to + 3]


def _subject_before(view: View, lo: int, cue: int) -> Mention | None:
    before = [m for m in view.orgs(lo, cue) if not m.embedded]
    return before[-1] if before and cue - before[-1].last <= 4 else None


def supply_as_noun(view: View, cue: int) -> bool:
    """'widening its chip supply beyond Nvidia-heavy systems', 'the supply of GPUs': "supply"
    as a noun after a determiner or what is supplied, no verb of supplying."""
    return (
        view.lowers[cue] in ("supply", "supplies")
        and cue > 0
        and view.lowers[cue - 1] in P.SUPPLY_NOUN_MARKS
    )


def _in_a_deal_told_before(view: View, cue: int) -> bool:
    """Whether the cue is the deal of an opening 'As part of the deal,' (or 'Under the
    agreement,'), which names no organisation."""
    words = view.lowers
    if words[:3] != ["as", "part", "of"] and words[:1] != ["under"]:
        return False
    end = words.index(",") if "," in words[:8] else -1
    return (
        0 < cue < end
        and words[cue - 1] in ("the", "this", "that")
        and not any(m.first < end for m in view.orgs())
    )


def commits(view: View, cue: int) -> Candidate | None:
    if supply_as_noun(view, cue):
        return None
    lo, hi = view.clause(cue)
    lo = _with_antecedent(view, lo, cue)
    fronted = fronted_phrase_end(view.lowers)
    if lo <= fronted < cue:
        lo = fronted + 1  # "With demand for its Azure services soaring, the company turned to
        # leasing arrangements with …": the phrase the sentence opens on names no party
    if _in_a_deal_told_before(view, cue):
        return None  # "As part of the deal, Microsoft's Brad Smith will take a seat on the G42
        # board": a deal the article told before, whose parties this sentence does not name
    word = view.lowers[cue]
    given = _given_access(view, cue)  # "AWS will give OpenAI access to GPUs": OpenAI takes it
    if word == "platform" and view.lowers[cue - 1 : cue] != ["cloud"]:
        return None  # "Nvidia's Spectrum-X platform": a product; "its cloud platform": a seller
    if word in P.RELATIONSHIP_NOUNS and not _about_compute_by_name(view, cue):
        return None  # "its compute relationships with AWS": a deal; "its relationship with": any
    if word == "partners" and not P.COMPUTE_QUALIFIERS.intersection(view.lowers[cue - 2 : cue]):
        return None  # "Meta's cloud partners include AWS": sellers; "Nvidia's partners": any
    if word in P.PROVIDER_NOUNS:
        role = provider_role(view, cue)
        if role is not None or (
            word not in P.SINGULAR_PROVIDER_NOUNS and not one_of_the_buyer_s(view, cue)
        ):
            return role  # (a plural names a provider only in a buyer's roster of them, or
            # as one of them: "Google is one of Anthropic's principal cloud providers")
    if word in P.SINGULAR_PROVIDER_NOUNS and not _about_compute_by_name(view, cue):
        return None
    if view.lowers[cue + 1 : cue + 2] and view.lowers[cue + 1] in P.OBLIGATION_NOUNS:
        return None  # "backstop $1.8 billion of Fluidstack's lease obligations": a guarantee
    if word.startswith("commitment") and _intention(view.lowers[cue + 1 : cue + 3]):
        return None  # "its commitment to expanding AI capacity": an aim, not a deal
    if word.startswith("commitment") and cue > 0 and view.lowers[cue - 1] in P.COMMITTED_NOUNS:
        return None  # "a $15 billion investment commitment by Microsoft": money put in
    if matches(word, DEAL_NOUNS) and cue > 0 and view.lowers[cue - 1] in P.MONEY_DEAL_WORDS:
        return None  # "it will use Google's backstop agreement to borrow": a guarantee
    if word in P.PAY_FORMS and view.lowers[cue + 1 : cue + 2] == ["off"]:
        return None  # "the bet paid off": it succeeded, nothing was paid
    if backs_a_guarantee(view.lowers, lo, hi):
        return None  # "committing an additional $1.4 billion to its financial backstop"
    if licenses_technology(view.lowers, lo, hi):
        return None  # "Nvidia paid $20 billion to license Groq's chip technology": a licence
    if matches(word, _DEAL_OR_PURCHASE) and no_compute_deal(view, cue):
        return None  # "a power purchase agreement with Google", "a big deal for Amazon"
    if matches(word, DEAL_NOUNS) and running_total(view, cue):
        return None  # "…, bringing that total contract to $22.4 billion": the deal told already
    if word in P.GROWTH_NOUNS and not grows_a_deal(view, cue, hi):
        return None  # "an extension of its Google business": not of a deal nor of compute
    if word.startswith("deployment") and view.lowers[cue + 1 : cue + 2] != ["of"]:
        return None  # "the backbone supporting AI deployment": deploying in general, not a deal
    if view.lowers[lo] in {"if", "unless"}:
        return None  # "If OpenAI fails to pay, ...": a condition, not a deal
    if matches(word, ("spend*", "spent")) and spent_on_hardware(view, cue):
        return None  # "to spend around $229B on servers, led by Microsoft's $31B": equipment
    if word in P.TALK_WORDS and not P.TALKS_ABOUT_CAPACITY.match(
        " ".join(view.lowers[cue + 1 : hi])
    ):
        return None  # "in talks with CoreWeave about additional capacity"; not about a round
    if word.startswith("commitment") and (funds := committed_funds(view, cue, lo)):
        return funds  # "an existing commitment of $2 billion in Anthropic": an investment
    if word in P.COMMIT_VERBS and _sum_put_in(view, cue):
        return None  # "with Amazon committing $50 billion in investment": money put in
    if word in P.COMMIT_VERBS and (committed_funds(view, cue, lo) or more_committed(view, cue)):
        return None  # "Amazon committed $4 billion to Anthropic": an investment
    if word in P.COMMIT_VERBS:
        chips = _chips_committed_to(view, cue, hi)
        if chips:  # "Anthropic is committing this much capital to TPUs": buying chips is use
            buyer = _subject_before(view, lo, cue)
            return (
                Candidate("uses_chip", view.org(buyer), chips[0].entity, view.sentence, "use")
                if buyer is not None and view.org(buyer)
                else None
            )
    if (
        view.lowers[cue + 1 : cue + 2] == ["to"]
        and view.lowers[cue + 2 : cue + 3]
        and matches(view.lowers[cue + 2], P.INVESTING_VERBS)
    ):
        return None  # "committed to invest over $10 billion into OpenAI": an investment
    if (
        word == "committed"
        and view.lowers[cue + 1 : cue + 2]
        and (view.lowers[cue + 1] in P.COMMITTED_NOUNS)
    ):
        return None  # "$10 billion in committed funding from Microsoft": an investment
    if P.SOURCE_OF_REPORT.search(view.before(cue, 4)):
        return None  # "a person briefed on the deal said": who reports it, not a deal
    if set(view.lowers[cue + 1 : cue + 8]) & (P.SHARE_WORDS | {"stake", "equity"}):
        return None  # "bought $250 million of CoreWeave shares": an investment, not compute
    if matches(word, PURCHASE_WORDS) and (
        buys_nothing_of_compute(view, cue) or buys_chips(view, cue) or company_bought(view, cue)
    ):
        return None  # "Nvidia is buying guaranteed demand"; "IREN will purchase the chips"
    if matches(word, BUY_WORDS) and assets_bought(view, cue):
        return None  # "Nvidia agreed to buy assets of Groq", "pay $20 billion for Groq's assets"
    if matches(word, BUY_WORDS) and any(
        view.lowers[v - 1] == "to" and company_bought(view, v)
        for v in view.cue_positions(ACQUIRING, cue + 1, min(hi, cue + 9))
    ):
        return None  # "Nvidia is paying $20 billion to acquire Groq": an acquisition
    if supply_orders(view, lo, hi) or chip_contract_won(view, cue):
        return None  # "secured orders to supply AI chips for China Mobile": the seller's orders
    if matches(word, DEAL_NOUNS) and buys_a_company(view, cue):
        return None  # "a $40 billion deal to buy Aligned Data Centers": an acquisition
    if matches(word, DEAL_NOUNS) and any(
        view.lowers[v - 1] == "to" and buys_chips(view, v) and not _with_a_cloud(view, cue, v)
        for v in view.cue_positions(P.PURCHASE_OR_ACQUIRE_WORDS, cue + 1, min(hi, cue + 10))
    ):
        return None  # "an agreement with Dell to purchase the chips": likewise; but "an
        # agreement with Nscale to procure 200,000 GB300 GPUs" buys a cloud's compute
    text = " ".join(view.lowers[lo:hi])
    sized = any(
        q.kind in ("money", "power")
        and lo <= q.first < hi
        and not raised_before(view.lowers, q.first, P.FUNDS_TAKEN)  # 'got $350m'
        and not any(
            matches(w, P.INVESTING_VERBS) for w in view.lowers[max(0, q.first - 2) : q.first]
        )
        for q in view.quantities
    )  # (nor 'by investing $2B in the company': an investment's sum)
    if (
        matches(word, WEAK_COMMIT)
        and not sized
        and not services_from_a_cloud(view, cue, hi)
        and not (word == "access" and cloud_behind_chip(view, cue + 1, hi, None) is not None)
        and given is None
    ):
        return None  # but "in talks to access Google TPUs": the cloud's chips are rented
    if (
        matches(word, ("spend*", "spent"))
        and not sized
        and not {"on", "with"} & set(view.lowers[cue + 1 : cue + 5])
    ):
        return None  # "Microsoft said it would slow data center spending": spending in general
    if matches(word, ("secur*", "lock*")) and not re.search(
        r"capacity|compute|gigawatt|gw|tpu|gpu", text
    ):
        return None
    if word.startswith("lock") and view.lowers[cue + 1 : cue + 2] not in (["in"], ["up"]):
        return None  # "locked in multi-gigawatt capacity", not "locked out"
    if word in P.SUPPLY_VERBS and not re.search(
        r"compute|capacity|computing|gpu|chips|infrastructure|access", text
    ):
        return None
    plo, phi = _possessed_deal(view, cue) or (lo, hi)
    from_buyer = _deal_from(view, cue, lo)
    taker = None if from_buyer else let_out_to(view, cue, plo, phi) or given
    provider_m = (
        from_buyer[1]
        if from_buyer
        else _cloud_with_partners(view, lo, cue)
        or compute_provider(view, plo, phi, taker and view.org(taker))
    )
    if provider_m is None and not matches(word, PURCHASE_WORDS):
        provider_m = cloud_behind_chip(view, lo, hi, None)  # buying chips is use, not a deal
    if provider_m is None and _names_power(view, lo, hi):
        provider_m = designer_behind_chip(view, lo, hi)
    if provider_m is None or _a_maker_of_what_is_bought(view, provider_m):
        return None
    if given is not None and not view.has_type(provider_m, "CloudProvider"):
        return None  # "gives Microsoft access to Nvidia's GB300 chips": the chips, no cloud
    if matches(word, PURCHASE_WORDS) and names_its_chip(view, provider_m):
        return None  # "Meta may buy Google's TPUs": buying chips is use
    if matches(word, DEAL_NOUNS) and not _about_compute(view, text, lo, hi, provider_m):
        return None
    antecedent = relative_antecedent(view, lo)
    if antecedent is not None and not view.is_lab(antecedent):
        antecedent = None  # (a lab a relative clause hangs on buys: "OpenAI, which has signed
        # deals with A and B"; "CoreWeave, which has deals with A" sells to them)
    buyer_m = (
        from_buyer[0]
        if from_buyer
        else taker or antecedent or buyer_of(view, plo, phi, view.org(provider_m), cue)
    )
    if buyer_m is None:
        owner = _owner_before_following(view, lo, cue, provider_m)
        if owner is None:
            return None
        buyer_m, provider_m = provider_m, owner
    if (
        _cloud_buys_power_from_designer(view, buyer_m, provider_m, lo, hi, cue)
        or _landlord_bought(view, buyer_m, provider_m, cue, hi)
        or _lets_out_to_partner(view, buyer_m, provider_m, cue)
    ):
        buyer_m, provider_m = provider_m, buyer_m
    if word in P.LEASE_NOUNS and view.possessive(buyer_m):
        return None  # "a lease for a facility built to Nvidia's reference architecture"
    buyer, provider = view.org(buyer_m), view.org(provider_m)
    if not buyer or not provider or buyer == provider or _supplies(view, buyer_m):
        return None
    if _a_source(view, buyer_m) or _a_source(view, provider_m):
        return None  # "Morgan Stanley estimates show that Nvidia has secured …": who reports
    own = [c for c in view.chips(lo, hi) if buyer in view.registry.designers(c.entity)]
    if own and view.has_type(provider_m, "CloudProvider"):
        # "Humain's partnership with Nvidia will see the deployment of 600,000 Nvidia systems":
        # the cloud buys the designer's chips; the designer buys nothing from it
        return Candidate("uses_chip", provider, own[0].entity, view.sentence, "use:from-designer")
    if _deploys_the_partner_s_chips(view, buyer_m, provider_m, cue, hi):
        return None  # "a partnership with Nvidia to deploy 600,000 of the company's
        # accelerators": the cloud buys the designer's chips (use); it sells it nothing
    if provider_m in list_around(view, view.orgs(), buyer_m) and not _one_cloud_pair(
        view, buyer_m, provider_m, by_deal=matches(word, P.DEAL_OR_ORDER_NOUNS)
    ):
        return None  # "Microsoft and Google signed a deal": who sells to whom is not said
    if view.owners(cue + 1, min(hi, cue + 11)) and not re.search(
        r"capacity|compute|gigawatt", text
    ):
        return None
    if (
        not view.has_type(provider_m, "CloudProvider")
        and not re.search(
            r"gigawatt|\bgw\b|deploy|systems|capacity|\bcompute\b|computing power|"
            r"infrastructure (?:commitments|deals|agreements|contracts)",
            text,
        )
        and not (P.BUILT_OUT.search(text) and P.BUILDS_OUT.search(text))
        and not _names_power(view, lo, hi)
    ):
        return None
    chip = commitment_chip(view, lo, hi, provider)
    by_noun = matches(word, P.DEAL_OR_PARTY_NOUNS)
    return Candidate(
        "compute_commitment",
        buyer,
        provider,
        view.sentence,
        "commit:deal-noun" if by_noun else "commit:verb",
        chip=chip,
    )


GIVING_FORMS = {"give", "gives", "giving", "gave", "grant", "grants", "granted"}


def _given_access(view: View, cue: int) -> Mention | None:
    """'AWS will give OpenAI access to Nvidia GPUs': the company given access takes it."""
    if view.lowers[cue] != "access" or cue < 2 or view.lowers[cue - 2] not in GIVING_FORMS:
        return None
    given = [m for m in view.orgs(cue - 1, cue) if not m.embedded]
    return given[0] if given else None


def _a_source(view: View, m: Mention) -> bool:
    """'Morgan Stanley estimates show that …', 'TrendForce data suggest': a firm named as the
    source of figures, no party to the deal they describe."""
    at = m.last + 1 + (view.lowers[m.last + 1 : m.last + 2] == [")"])  # "Morgan Stanley (MS)"
    after = view.lowers[at : at + 3]
    return bool(after[:1]) and after[0] in P.SOURCE_NOUNS and bool(set(after[1:]) & P.SHOWING_VERBS)


def _owner_before_following(view: View, lo: int, cue: int, partner: Mention) -> Mention | None:
    """'This Meta deal is Nebius' second contract, following a $17.4 billion agreement with
    Microsoft': a deal in a clause opened by 'following' or 'after', whose one party is named
    after 'with', is one more deal of the cloud whose deals the sentence owns ('Nebius''s)."""
    if (
        lo < 3
        or view.lowers[lo - 1] not in ("following", "after")
        or view.lowers[lo - 2] != ","
        or not matches(view.lowers[cue], DEAL_NOUNS)
        or not (partner.first > cue and after_with(view, partner))
    ):
        return None
    owners = [
        m
        for m in view.orgs(0, lo)
        if not m.embedded
        and (view.possessive(m) or view.lowers[m.last + 1 : m.last + 2] in (["’"], ["'"]))
        and names_a_neocloud(view, m)
    ]  # ("Nebius’ second contract": a name's possessive of a bare apostrophe too)
    return owners[-1] if owners and view.org(owners[-1]) != view.org(partner) else None


def _with_antecedent(view: View, lo: int, cue: int) -> int:
    """'Nvidia, which will purchase any of CoreWeave's unsold capacity', 'Oracle, which has a
    deal to provide …': the subject of a relative clause whose verb is the cue is the
    organisation just before its ', which' (or '— which')."""
    start = lo + 1 if view.lowers[lo] in ("which", "who") else lo  # (a dash leaves it in)
    if (
        start < 3
        or view.lowers[start - 1] not in ("which", "who")
        or view.lowers[start - 2] not in P.RELATIVE_OPENERS
    ):
        return lo
    sizes = {i for q in view.quantities for i in range(q.first, q.last + 1)}
    chain = [w for i, w in enumerate(view.lowers[start:cue], start) if i not in sizes]
    if (len(chain) > 4 or not set(chain) <= P.RELATIVE_VERB_CHAIN) and not _names_its_deals(
        view, start, cue
    ):
        return lo  # "Amazon, which has trailed Microsoft Azure in securing partnerships"
    named = [
        m for m in view.orgs(max(0, start - 8), start - 2) if m.last == start - 3 and not m.embedded
    ]
    return named[0].first if named else lo


def _names_its_deals(view: View, lo: int, cue: int) -> bool:
    """'which itself has large Microsoft and OpenAI contracts': a relative clause whose deal
    noun has the names of its buyers before it, after a verb and a few qualifiers."""
    named = {i for m in view.orgs(lo, cue) if not m.embedded for i in range(m.first, m.last + 1)}
    if cue - 1 not in named:
        return False
    words = [w for i, w in enumerate(view.lowers[lo:cue], lo) if i not in named]
    verbs = [w for w in words if w not in P.RELATIVE_DEAL_QUALIFIERS]
    return len(verbs) <= 3 and set(verbs) <= P.RELATIVE_VERB_CHAIN


def _deal_from(view: View, cue: int, lo: int) -> tuple[Mention, Mention] | None:
    """'CoreWeave landed a $14 billion contract from Meta': a cloud that wins a deal from a
    company sells to it (the buyer after 'from', the cloud the clause's subject)."""
    if not matches(view.lowers[cue], DEAL_NOUNS) or view.lowers[cue + 1 : cue + 2] != ["from"]:
        return None
    buyer = next((m for m in view.orgs(cue + 2, cue + 4) if not m.embedded), None)
    before = [m for m in view.orgs(lo, cue) if not m.embedded]
    if buyer is None or not before or not view.has_type(before[0], "CloudProvider"):
        return None
    return buyer, before[0]


def _cloud_with_partners(view: View, lo: int, cue: int) -> Mention | None:
    """'it already has deals with Oracle, Microsoft and Google', 'the company signed contracts
    with Meta': a cloud (a pronoun for it too) that has or signs deals with those named after
    'with' sells to them, even when they are clouds themselves."""
    if not matches(view.lowers[cue], DEAL_NOUNS) or view.lowers[cue + 1 : cue + 2] != ["with"]:
        return None
    subject = _subject_before(view, lo, cue)
    if subject is None or not names_a_neocloud(view, subject):
        return None
    partner = next((m for m in view.orgs(cue + 2, cue + 8) if after_with(view, m)), None)
    return subject if partner is not None and view.org(partner) != view.org(subject) else None


def _with_a_cloud(view: View, cue: int, verb: int) -> bool:
    """Whether the party named between a deal noun and its verb of buying is a cloud that
    designs no chips ('an agreement with Nscale to procure')."""
    return any(
        view.has_type(m, "CloudProvider") and not view.has_type(m, "ChipDesigner")
        for m in view.orgs(cue + 1, verb)
        if view.lowers[m.first - 1] == "with" and view.org(m) not in P.SERVER_MAKER_IDS
    )


def _possessed_deal(view: View, cue: int) -> tuple[int, int] | None:
    """'complementing Microsoft's parallel partnerships with IREN, CoreWeave and Nebius': a
    deal noun between its owner's possessive and 'with' and a list has its parties there, not
    elsewhere in the clause. The words from the owner to the list's end, if so."""
    if not matches(view.lowers[cue], DEAL_NOUNS) or view.lowers[cue + 1 : cue + 2] != ["with"]:
        return None
    i = cue - 1
    while i > 0 and cue - i <= 2 and view.lowers[i].isalpha() and view.lowers[i].islower():
        i -= 1  # "parallel", "recent"
    orgs = view.orgs()
    owner = next((m for m in orgs if m.last == i - 1 and not m.reference), None)
    if owner is None or view.lowers[i] not in P.POSSESSIVE_MARKS:
        return None
    listed = [m for m in orgs if m.first == cue + 2]
    if not listed:
        return None
    listed += [m for m in list_around(view, orgs, listed[0]) if m.first > listed[0].first]
    return owner.first, max(m.last for m in listed) + 1


def _supplies(view: View, m: Mention) -> bool:
    """'Pentara Systems will supply Meridian AI with 5,000 GPUs under a $400 million contract':
    the subject of a verb of supplying sells; it buys nothing under the deal."""
    if m.first > 0 and view.lowers[m.first - 1] in P.PREPOSITIONS:
        return False  # "an agreement with OpenAI to supply computing power": AWS supplies
    at = m.last + 1
    while at < len(view.lowers) and view.lowers[at] in AUXILIARIES_BEFORE_SUPPLYING:
        at += 1
    return at < len(view.lowers) and view.lowers[at] in P.SUPPLY_VERBS


# "Pentara Systems will supply …" (not "an agreement with OpenAI to supply …").
AUXILIARIES_BEFORE_SUPPLYING = P.SELLING_AUXILIARIES - {"to"}


def _sum_put_in(view: View, cue: int) -> bool:
    """'committing $50 billion in investment', 'committed $2 billion of new equity': the sum
    the verb commits is named as money put into a company."""
    money = next((q for q in view.quantities if q.kind == "money" and 0 < q.first - cue <= 4), None)
    if money is None:
        return False
    after = view.lowers[money.last + 1 : money.last + 4]
    return after[:1] in (["in"], ["of"]) and bool(set(after[1:]) & P.FUNDS_PROVIDED)


def _lets_out_to_partner(view: View, buyer: Mention, provider: Mention, cue: int) -> bool:
    """'Riot Platforms signed a 10-year lease with AMD', 'IREN signed a five-year AI cloud
    contract with Nvidia': a cloud that signs a lease, or a contract for its cloud or its
    hosting, with a company that sells no compute lets its capacity out to that company."""
    described = set(view.lowers[max(0, cue - 3) : cue])
    return (
        buyer.first < cue < provider.first
        and view.lowers[provider.first - 1] == "with"
        and view.has_type(buyer, "CloudProvider")
        and not view.has_type(provider, "CloudProvider")
        and (view.lowers[cue] in P.LEASE_NOUNS or bool(described & P.LET_OUT_DEAL_WORDS))
    )


def _cloud_buys_power_from_designer(
    view: View, buyer: Mention, provider: Mention, lo: int, hi: int, cue: int
) -> bool:
    """'Humain signed a $10 billion agreement with AMD to build 500 megawatts of capacity': a
    cloud that signs with a chip designer for power, or to build out its infrastructure, buys
    that capacity from the designer, as a lab does (OpenAI's 6 GW with AMD); not by a lease
    ('Riot signed a lease with AMD for 25 megawatts': Riot lets its site out)."""
    return (
        view.lowers[cue] not in P.LEASE_NOUNS
        and provider.first < buyer.first
        and view.lowers[buyer.first - 1] == "with"
        and view.has_type(provider, "CloudProvider")
        and not view.has_type(provider, "ChipDesigner")
        and view.has_type(buyer, "ChipDesigner")
        and not view.has_type(buyer, "CloudProvider")
        and not view.has_type(buyer, "Lab")  # (OpenAI designs chips too, and buys power)
        and (_names_power(view, lo, hi) or P.BUILT_OUT.search(" ".join(view.lowers[lo:hi])))
    )


def commitment_chip(view: View, lo: int, hi: int, provider: str) -> str | None:
    """The chip of the provider's capacity: its own, or one whose designer sells no compute of
    its own ('relies on AWS as its cloud provider and uses Google's TPUs': not AWS's)."""
    chips = [c for c in view.chips(lo, hi) if not view.contrasted(c.first)]
    own = [c for c in chips if provider in view.registry.designers(c.entity)]
    others = [c for c in chips if not _another_cloud_designs(view, c, provider)]
    return (own or others)[0].entity if own or others else None


def _another_cloud_designs(view: View, chip: Mention, provider: str) -> bool:
    return any(
        designer != provider and "CloudProvider" in view.registry.get(designer).types
        for designer in view.registry.designers(chip.entity)
    )
