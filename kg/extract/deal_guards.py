"""What a word of dealing says when it is no compute commitment: money spent on servers, an
acquisition of a company or of its assets, chips bought (their use), a seller's orders, a
guarantee or a deal's running total told again. ``commits`` asks these before it looks for the
parties."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import View, matches
from kg.extract.mentions import Mention


def grows_a_deal(view: View, cue: int, hi: int) -> bool:
    """Whether what an expansion or extension grows ('of its contract with', 'of data centre
    capacity') is a deal or compute; one told before the noun ('a $6.5 billion contract
    expansion') counts too; one sized as a rate ("Google's 34% expansion") is a business's
    growth."""
    if view.lowers[cue - 1 : cue] in (["%"], ["percent"], ["cent"]):
        return False
    if view.lowers[cue + 1 : cue + 2] != ["of"]:
        return True
    grown = view.lowers[cue + 2 : min(hi, cue + 8)]
    return any(
        matches(w, P.DEAL_NOUNS) or w in P.COMPUTE_OBJECTS or w in P.CAPACITY_NOUNS for w in grown
    )


def no_compute_deal(view: View, cue: int) -> bool:
    """Whether a deal noun names something other than a deal for compute: a deal of energy
    ('a power purchase agreement with Google', 'a deal to supply its data centers with power'),
    one of another kind ('a licensing deal') or the idiom ('This is a big deal for Amazon')."""
    words, start = view.lowers, max(0, cue - 3)
    before = [w for w in words[max(0, cue - 4) : cue] if w not in P.QUOTES][-2:]
    after = [w for w in words[cue + 1 : cue + 3] if w not in P.QUOTES][:1]
    if before in (["a", "big"], ["no", "big"], ["a", "huge"]) and (
        after in (["for"], ["because"], ["."], [","], [])
    ):
        return True  # (in quotes too: 'was a "big deal" for the startup')
    if any(
        words[i] in P.ENERGY_WORDS and words[i - 1 : i] not in P.COMPUTING_WORDS
        for i in range(start, cue)
    ):
        return True  # (not "a computing power deal")
    if P.OTHER_DEAL_KINDS & set(words[start:cue]):
        return True  # "a licensing deal with Character.AI", "a distribution agreement"
    after = words[cue + 1 : cue + 12]
    verb = next((i for i, w in enumerate(after) if w in ("supply", "power")), None)
    if verb is None or "with" not in after[verb:]:
        return False
    supplied = after.index("with", verb) + 1  # ("a deal to power its data centers with fuel
    # cells": energy)
    return after[supplied : supplied + 1] != [] and after[supplied] in P.ENERGY_WORDS


def running_total(view: View, cue: int) -> bool:
    """Whether the deal noun is in a phrase that carries a deal's sum to its new total
    ('bringing that total contract to', 'taking the total value of the deal to')."""
    before = view.lowers[max(0, cue - 6) : cue]
    if "total" not in before:
        return False
    at = before.index("total")
    return any(matches(w, P.RUNNING_TOTAL_VERBS) for w in before[max(0, at - 3) : at])


def supply_orders(view: View, lo: int, hi: int) -> bool:
    """Whether the clause [lo, hi) speaks of orders to supply, deliver or provide (the words
    of the clause are gone through only when the sentence has 'order' or 'orders')."""
    words = view.lowers
    return ("order" in words or "orders" in words) and any(
        words[i] in ("order", "orders")
        and {"supply", "deliver", "provide"} & set(words[i + 1 : i + 4])
        for i in range(lo, hi)
    )


def chip_contract_won(view: View, cue: int) -> bool:
    """'MediaTek secured the exclusive contract for Google's next TPU', 'Samsung won an order
    for Tesla's AI5': a chip house that wins the work on a chip supplies it; it buys no
    compute and uses no chip."""
    if view.lowers[cue] in P.MANDATE_NOUNS:  # the cue may be the contract itself
        cue = next(
            (
                i
                for i in range(cue - 1, max(-1, cue - 4), -1)
                if view.lowers[i] in P.MANDATE_WINNING_VERBS
            ),
            cue,
        )
    if view.lowers[cue] not in P.MANDATE_WINNING_VERBS:
        return False
    mandate = next(
        (
            i
            for i in range(cue + 1, cue + 5)
            if view.lowers[i : i + 1] and view.lowers[i] in P.MANDATE_NOUNS
        ),
        None,
    )
    if mandate is None or view.lowers[mandate + 1 : mandate + 2] != ["for"]:
        return False
    subject = next((m for m in view.orgs(0, cue) if m.last == cue - 1), None)
    return (
        subject is not None
        and (view.has_type(subject, "ChipDesigner") or view.has_type(subject, "Foundry"))
        and not view.has_type(subject, "CloudProvider")
        and not view.has_type(subject, "Lab")
    )


def spent_on_hardware(view: View, cue: int) -> bool:
    """'spend around $229B on servers', 'spent $10 billion on Nvidia chips': money for
    equipment bought, not compute rented from anyone."""
    words = view.lowers[cue + 1 : cue + 10]
    if "on" not in words:
        return False
    on = words.index("on")
    return bool(set(words[on + 1 : on + 4]) & P.HARDWARE_NOUNS) and not any(
        cue + on + 1 < m.first <= cue + on + 3 and view.has_type(m, "CloudProvider")
        for m in view.orgs()
    )


def buys_nothing_of_compute(view: View, cue: int) -> bool:
    """'Nvidia is buying guaranteed demand': a verb of buying whose object is neither compute,
    chips, capacity nor a sum."""
    after = range(cue + 1, min(len(view.lowers), cue + 6))
    return not (
        {view.lowers[i] for i in after}
        & (P.COMPUTE_OBJECTS | P.HARDWARE_NOUNS | {"gpu", "gigawatts"})
        or any(cue < q.first <= cue + 5 for q in view.quantities)
        or any(cue < m.first <= cue + 5 for m in view.mentions)
    )


def assets_bought(view: View, cue: int) -> bool:
    """Whether a company's assets are what the verb buys ('buy assets of Groq', 'pay $20
    billion for Groq's assets'): an acquisition, not compute."""
    words = view.lowers[cue + 1 : cue + 9]
    if "assets" not in words:
        return False
    at = cue + 1 + words.index("assets")
    return any(
        (m.first == at + 2 and view.lowers[at + 1] == "of") or m.last + 2 == at
        for m in view.orgs(cue + 1, at + 4)
    )


def buys_a_company(view: View, cue: int) -> bool:
    """'a deal to buy Aligned Data Centers', 'an agreement to acquire the chipmaker': the
    object of the deal's verb of buying is an organisation, not its chips or capacity."""
    return any(
        company_bought(view, verb)
        for verb in view.cue_positions(P.PURCHASE_OR_ACQUIRE_WORDS, cue + 1, cue + 4)
    )


def company_bought(view: View, verb: int) -> bool:
    """Whether the object of a verb of buying is an organisation ("buy Aligned Data Centers"),
    not its chips ("buy Nvidia chips") or capacity."""
    bought = [
        m for m in view.orgs(verb + 1, verb + 3) if view.lowers[m.first - 1] not in P.PREPOSITIONS
    ]  # "an order from Nvidia": Nvidia orders, it is not bought
    return bool(bought) and not (
        names_its_chip(view, bought[0])
        or set(view.lowers[bought[0].last + 1 : bought[0].last + 5])
        & (P.COMPUTE_OBJECTS | P.HARDWARE_NOUNS | P.CAPACITY_NOUNS)
        or any(word in bought[0].text for word in P.CLOUD_SERVICE_WORDS)
    )  # "purchase Oracle Cloud Infrastructure (OCI) capacity": the cloud's capacity


def buys_chips(view: View, cue: int) -> bool:
    """Whether the verb's object is chips ("purchase the chips", "buy 18,000 GB300 GPUs"), not
    capacity or cloud services."""
    after = view.lowers[cue + 1 : cue + 6]
    if set(after) & P.COMPUTE_OBJECTS:
        return False
    object_chip = any(cue < c.first <= cue + 5 for c in view.chips())
    return object_chip or bool(set(after[:4]) & P.CHIP_NOUNS)


def names_its_chip(view: View, org: Mention) -> bool:
    """'Nvidia H100', 'Google's TPUs': a designer's name that only says whose chip follows."""
    possessive = view.possessive(org)
    follows = org.last + (2 if possessive else 1)
    return any(
        c.first == follows and view.org(org) in view.registry.designers(c.entity)
        for c in view.chips()
    )


def licenses_technology(words: list[str], lo: int, hi: int) -> bool:
    """Whether the clause licenses technology ('paid $20 billion to license Groq's chip
    technology', 'a licensing deal for its designs'): a licence buys rights, neither compute
    nor chips to use."""
    if " licens" not in " " + " ".join(words[lo:hi]):  # (a word starting so, found by C code)
        return False
    return any(
        words[i].startswith("licens") and not P.LICENSED_THINGS.isdisjoint(words[i + 1 : i + 6])
        for i in range(lo, hi)
    )


def backs_a_guarantee(words: list[str], lo: int, hi: int) -> bool:
    """Whether the clause's money goes to a guarantee ('committing an additional $1.4 billion
    to its financial backstop', 'increasing its guarantee of the lease'): the guarantor buys no
    compute."""
    # (a word starting so, found by C code: a sentence's words hold no white space)
    clause = " " + " ".join(words[lo:hi])
    return " backstop" in clause or " guarantee" in clause
