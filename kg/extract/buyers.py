"""Discovery's evidence that a name the registry lacks is a company that buys or runs compute:
it is the subject of a verb that takes the chips named after it ('Acme deployed 4,000 H200
GPUs'), of one that takes what a cloud named after it sells ('Acme is renting servers from
Lambda'), or it owns a site that holds chips ('Acme's data center in Texas houses …')."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.cue_matching import matches
from kg.extract.patterns import (
    AUXILIARY_ADVERBS,
    CHIP_ORDER_NOUNS,
    CHIP_TAKING_VERBS,
    COMPUTE_TAKING_VERBS,
    FINITE_AUXILIARIES,
    OWN_PRODUCTS,
    PLACE_PREPOSITIONS,
    PRODUCT_RUNS_ON,
    SITE_HOLDING,
    SITE_OPENING,
    SITE_WORDS,
    SPEND_FORMS,
    VERB_CHAIN,
)

# The tables the rules below read together, made once (not a new set at each name or word).
AUXILIARIES = frozenset(FINITE_AUXILIARIES | AUXILIARY_ADVERBS)
VERB_CHAIN_HAVING = frozenset(AUXILIARIES | VERB_CHAIN | {"having"})
COMPUTE_TAKING = frozenset(COMPUTE_TAKING_VERBS | PRODUCT_RUNS_ON)
CHIP_TAKING = frozenset(CHIP_TAKING_VERBS | PRODUCT_RUNS_ON)
NOT_A_SUBJECT_AFTER = frozenset(PLACE_PREPOSITIONS | {"the", "by"})
OF_NAME_HEADS_LOWER = frozenset(head.lower() for head in P.OF_NAME_HEADS)


def _site_holds_chips(lowers: list[str], after: int, chip_firsts: set[int]) -> bool:
    """'Acme's data center in Texas houses 50,000 Blackwell GPUs', 'Acme opened a new AI
    cluster in Oslo featuring 4,000 H200 GPUs': the name owns a site holding the chips."""
    i = after
    while i < len(lowers) and lowers[i] in VERB_CHAIN_HAVING:
        i += 1  # "Acme plans to build a 1-gigawatt AI campus powered by Nvidia chips"
    if lowers[i : i + 1] == [] or lowers[i] not in SITE_OPENING:
        return False
    site = next(
        (j for j in range(i + 1, min(len(lowers), i + 8)) if lowers[j] in SITE_WORDS | {"site"}),
        None,
    )
    if site is not None and lowers[site + 1 : site + 3] in ([",", "a"], [",", "an"]):
        site = next(  # "opened its first AI Fabric site, a 7 MW facility powered by …"
            (j for j in range(site + 3, min(len(lowers), site + 8)) if lowers[j] in SITE_WORDS),
            site,
        )
    if site is None:
        return False
    holding = next(
        (j for j in range(site + 1, min(len(lowers), site + 6)) if lowers[j] in SITE_HOLDING), None
    )
    if holding is None or set(lowers[site + 1 : holding]) & {",", ";", "and", "which", "that"}:
        return False
    return any(holding < chip <= holding + 5 for chip in chip_firsts)


def _orders_chips(lowers: list[str], verb: int, chip_firsts: set[int]) -> bool:
    """'placed an order for 5,000 GB200 chips', 'expects to receive its first shipment of
    MI355X chips': a verb whose object orders the chips named after 'of' or 'for'."""
    for j in range(verb + 1, min(len(lowers), verb + 7)):
        if lowers[j] in CHIP_ORDER_NOUNS and lowers[j + 1 : j + 2] in (["of"], ["for"]):
            return any(j + 1 < chip <= j + 5 for chip in chip_firsts)
        if lowers[j] in {",", ";", "and", "which", "that"}:
            return False
    return False


def takes_compute(lowers: list[str], first: int, last: int, cloud_firsts: set[int]) -> bool:
    """Whether the name is the subject of renting, buying or contracting what a cloud named
    soon after the verb sells ('Zentrix is renting servers from Lambda', 'Zentrix signed a
    $2 billion agreement to rent GPUs from CoreWeave', 'Zentrix relies on Microsoft Azure')."""
    if first > 0 and lowers[first - 1] in {"with", "to"}:
        return _a_cloud_s_partner(lowers, first, cloud_firsts)  # "a deal with Zentrix to rent":
        # not the subject; "Veltrix Cloud signed a $3 billion deal with Zentrix": its buyer
    return takes_chips(lowers, first, last, cloud_firsts, COMPUTE_TAKING, reach=16)


def _a_cloud_s_partner(lowers: list[str], first: int, cloud_firsts: set[int]) -> bool:
    """'Veltrix Cloud signed a $3 billion deal with Brennor': the name a cloud that opens the
    sentence signs a deal with."""
    return (
        0 in cloud_firsts
        and lowers[first - 1] == "with"
        and any(matches(lowers[i], P.DEAL_NOUNS) for i in range(max(0, first - 4), first - 1))
    )


def takes_chips(
    lowers: list[str],
    first: int,
    last: int,
    chip_firsts: set[int],
    verbs: frozenset[str] | set[str] = CHIP_TAKING,
    reach: int = 5,
) -> bool:
    """Whether the name is the subject of buying, deploying or running the chips named just
    after the verb ('Acme, having recently acquired 12,000 Nvidia GPUs', 'Acme deployed …'),
    or opens a sentence whose participle clause does ('Acme has begun …, having acquired …')."""
    if not chip_firsts or (
        first > 0
        and lowers[first - 1] in NOT_A_SUBJECT_AFTER
        and not (lowers[first - 1] == "the" and _named_of_a_place(lowers, first, last))
    ):
        return False  # "its AI factory in Windhoek, having acquired …": a place; "the SPV";
        # not "The University of Texas bought …"
    if _site_holds_chips(lowers, last + 1, chip_firsts):
        return True  # "Acme's data center in Texas houses", "Acme opened a cluster featuring"
    starts = [last + 1]
    if lowers[last + 1 : last + 3] in ([",", "which"], [",", "who"]):
        starts.append(last + 3)  # "Veltrix, which operates 5,000 H100 GPUs, is raising"
    if first == 0:
        starts += [i + 1 for i in range(2, len(lowers)) if lowers[i - 1 : i + 1] == [",", "having"]]
    for i in starts:
        i = _past_relative(lowers, i)  # "Veltrix, which builds AI agents, is running … on"
        if lowers[i : i + 1] in (["'s"], ["’s"]):
            product = next(
                (j for j in (i + 1, i + 2) if lowers[j : j + 1] and lowers[j] in OWN_PRODUCTS), None
            )
            if product is not None:
                i = product + 1  # "Quorix's (video) models were trained on 2,048 H100 GPUs"
        if lowers[i : i + 1] == [","]:
            i += 1
        if lowers[i : i + 1] == ["to"]:
            continue  # "begging Jensen to buy Nvidia GPUs": the object of another verb
        i = _past_one_of_the_first(lowers, i)  # "is one of the first universities to buy"
        while i < len(lowers) and lowers[i] in VERB_CHAIN_HAVING:
            i += 1  # "Quorix plans to purchase", "Quorix is set to deploy"
        if lowers[i : i + 1] in (["said"], ["says"], ["announced"]) and lowers[i + 1 : i + 2] == [
            "it"
        ]:
            i += 2  # "Quorix said it will rent 2,000 H100 GPUs", "announced it will deploy"
        elif lowers[i : i + 1] in (["said"], ["says"]) and lowers[i + 1 : i + 2] == ["its"]:
            i += 3 if lowers[i + 2 : i + 3] and lowers[i + 2] in OWN_PRODUCTS else 1
            # "Quorix said its models are trained on Google's TPUs"
        while i < len(lowers) and lowers[i] in VERB_CHAIN_HAVING:
            i += 1
        if i < len(lowers) and lowers[i] in verbs:
            end = _past_sum(lowers, i + 1)  # "will buy $500 million worth of Korvex's chips"
            with_ = next((j for j in range(i + 2, i + 7) if lowers[j : j + 1] == ["with"]), None)
            if with_ is not None and not {",", "and"} & set(lowers[i + 1 : with_]):
                end = max(end, with_ + 1)  # "deployed an Nvidia DGX SuperPOD with B200 systems"
            return any(i < chip <= max(i + reach, end + 2) for chip in chip_firsts)
        if _orders_chips(lowers, i, chip_firsts):
            return True
        if i < len(lowers) and lowers[i] in SPEND_FORMS:
            on = next((j for j in range(i + 1, min(len(lowers), i + 9)) if lowers[j] == "on"), None)
            return on is not None and any(on < chip <= on + 3 for chip in chip_firsts)
            # "Veltrix plans to spend $2 billion on Nvidia chips"
    return False


def _past_one_of_the_first(lowers: list[str], i: int) -> int:
    """After 'is one of the first universities to' (or 'among the first companies to'): where
    the verb the name is the subject of starts; ``i`` itself when no such phrase opens there."""
    if lowers[i : i + 1] not in (["is"], ["was"], ["became"]):
        return i
    to = next((j for j in range(i + 1, min(len(lowers), i + 9)) if lowers[j] == "to"), None)
    between = lowers[i + 1 : to] if to is not None else []
    opens = between[:3] == ["one", "of", "the"] or between[:2] == ["among", "the"]
    return to + 1 if opens and all(w.isalpha() for w in between) else i


def _named_of_a_place(lowers: list[str], first: int, last: int) -> bool:
    """'University of Texas', 'Bank of Korea': an institution's name, which 'the' opens."""
    return lowers[first + 1 : first + 2] == ["of"] and lowers[first] in OF_NAME_HEADS_LOWER


def _past_sum(lowers: list[str], i: int) -> int:
    """The index after a sum that opens at ``i`` ('$500 million worth of', 'up to 10,000')."""
    j = i
    while j < min(len(lowers), i + 8) and (
        lowers[j] in P.SUM_WORDS or lowers[j].replace(",", "").replace(".", "").isdigit()
    ):
        j += 1
    return j


def _past_relative(lowers: list[str], i: int) -> int:
    """The comma closing a relative clause ', which builds AI agents,' that starts at ``i``
    (``i`` itself when none does)."""
    if lowers[i : i + 2] not in ([",", "which"], [",", "who"]):
        return i
    return next((j for j in range(i + 2, min(len(lowers), i + 20)) if lowers[j] == ","), i)
