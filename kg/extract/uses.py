"""uses_chip: the organisations that use, buy or rely on a chip, and the purpose the text states."""

from __future__ import annotations

from functools import lru_cache

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View, list_around, matches
from kg.extract.deal_guards import chip_contract_won, licenses_technology
from kg.extract.folded import occurs
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    DEAL_PHASE,
    DEVELOPING,
    SELF_USE,
)
from kg.extract.use_subjects import describes_another, powered_owner, runs_its_own, subjects


@lru_cache(maxsize=64)  # asked for each fact of a sentence, often of the same text
def purpose_of(text: str) -> str | None:
    """The purpose a sentence states for a chip: training, inference or both; None when it
    states none (deploying or running a chip is not a purpose)."""
    training = occurs(P.PURPOSE_TRAINING, text) and not occurs(P.NOT_FOR_TRAINING, text)
    inference = occurs(P.PURPOSE_INFERENCE, text) or occurs(P.NOT_FOR_TRAINING, text)
    if training and inference:
        return "both"
    return "training" if training else "inference" if inference else None


def _most_specific(view: View, chips: list[Mention]) -> list[Mention]:
    """'Nvidia GPUs, including the GB200 and GB300': the generations, not the family."""
    named = {c.entity for c in chips}
    return [
        c for c in chips if not any(view.registry.get(other).family == c.entity for other in named)
    ]


# Stands for the buyer of the article's deal until the article has named one.
DEAL_BUYER = "?deal-buyer"


def bought_in_relative(view: View) -> list[Candidate]:
    """ "Nvidia's H20 chips, which ByteDance and Alibaba bought in bulk", "a tranche of Nvidia
    chips that SpaceX had purchased": the companies of a relative clause on a chip that buy or
    use it."""
    found = []
    for chip in view.chips():
        at = chip.last + 1
        if view.lowers[at : at + 1] in (["which"], ["that"]):
            at -= 1  # (a restrictive clause, no comma before it)
        elif view.lowers[at : at + 2] not in ([",", "which"], [",", "that"], [",", "whose"]):
            continue
        after = [m for m in view.orgs(at + 2, at + 10) if not m.embedded]
        if not after or after[0].first != at + 2:
            continue
        group = list_around(view, after, after[0])
        verb = group[-1].last + 1
        words = view.lowers[verb : verb + 3]
        if not any(matches(w, P.BUY_OR_USE_VERBS) for w in words[:2]):
            continue
        designers = view.registry.designers(chip.entity)
        found.extend(
            Candidate(
                "uses_chip", view.org(m), chip.entity, view.sentence, "use:relative", anchor=m.first
            )  # fmt: skip
            for m in group
            if view.org(m) not in designers
        )
    return found


def _developed_by_its_designer(view: View, chip: Mention) -> bool:
    """Whether the chip is the object of its own designer's verb of making ('Amazon developing
    Inferentia and Trainium chips'), listed or not: the designer's work, nobody's use."""
    designers = view.registry.designers(chip.entity)
    for m in view.orgs(max(0, chip.first - 8), chip.first):
        if view.org(m) not in designers:
            continue
        between = view.lowers[m.last + 1 : chip.first]
        if (
            between[:1]
            and between[0] in DEVELOPING
            and set(between[1:])
            <= {"its", "own", "new", "in-house", "and", ",", "the", "custom", "next-generation"}
            | {view.lowers[c.first] for c in view.chips(m.last + 1, chip.first)}
        ):
            return True
    return False


def _tried_by(words: list[str], chip: Mention, cue: int) -> bool:
    """'Trainium 2 is being tested by Anthropic': a verb of trying out after the chip, in the
    passive, with its agent."""
    return 0 < cue - chip.last <= 5 and words[cue + 1 : cue + 2] == ["by"]


def uses(
    view: View, deal_buyer: str | None = None, site_client: str | None = None
) -> list[Candidate]:
    found = []
    for chip in _most_specific(view, view.chips()):
        if view.contrasted(chip.first):
            continue
        lo, hi = view.clause(chip.first)
        cues = [
            c
            for c in view.cue_positions(P.USE_CUES, lo, hi)
            if view.lowers[max(0, c - 2) : c] != ["in", "-"]  # "in-house chips": no verb
            and not _order_taken(view.lowers, c)
            and not _delivery_not_taken(view.lowers, c)
            and not _uses_a_process(view.lowers, c, chip.first)
            and not _uses_money(view.lowers, c)
            and not _relative_of_unnamed(view, c)
            and not chip_contract_won(view, c)
        ] or _counted_holding(view, chip, lo)
        if (
            not cues
            or view.lowers[lo] in {"if", "unless"}
            or licenses_technology(view.lowers, lo, hi)
        ):
            continue  # (a licence of a chip's technology is no use of the chip)
        if any(w.startswith("equivalent") for w in view.lowers[chip.last + 1 : chip.last + 4]) or (
            view.lowers[chip.last + 1 : chip.last + 2] == ["scale"]
        ):
            continue  # "one million H100 GPU-equivalents", "50 million units of H100 scale
            # computing power": a unit of compute, not the chip
        if _developed_by_its_designer(view, chip):
            continue  # "with Amazon developing Inferentia and Trainium chips, Microsoft …"
        if all(view.lowers[c] in P.CHIP_OBJECT_CUES for c in cues) and not any(
            0 < chip.first - c <= 5 or _tried_by(view.lowers, chip, c) for c in cues
        ):
            continue  # "testing methodology", "a benchmark for evaluating Alibaba's PPU"
        designers = view.registry.designers(chip.entity)
        users = _users(view, chip, lo, hi, designers)
        clause_text = " ".join(view.lowers[lo:hi])
        if SELF_USE.search(clause_text):
            users += _designer_as_subject(view, lo, hi, designers) or _own_chip_as_subject(
                view, chip, lo, hi, designers
            )
        if not users and DEAL_PHASE.search(clause_text):
            users = [deal_buyer or DEAL_BUYER]
        users += [u for u in _gapped_users(view, chip) + _gap_subject(view, chip) if u not in users]
        users = [u for u in users if not _subject_of_another_gap(view, u, chip)]
        if site_client and site_client not in users and _the_site_uses(view, lo, chip):
            users.append(site_client)  # "a data center for OpenAI … The facility will host …"
        hoped = customers_of_no_chip(view, lo, hi)
        for user in users:
            if user in hoped:
                continue  # "samples to potential customers such as LG": none uses it yet
            if user != DEAL_BUYER and view.registry.get(user).types == ["Foundry"]:
                continue  # "TSMC manufactures using the 4nm process": a foundry makes chips
            if user in designers and not runs_its_own(view, user):
                continue  # "The deployment will utilize Qualcomm's AI200": a merchant sells them
            found.append(
                Candidate(
                    "uses_chip",
                    user,
                    chip.entity,
                    view.sentence,
                    "use",
                    purpose=purpose_of(clause_text),
                    anchor=chip.first,
                    product_line=view.names_its_designer(chip),
                )
            )
    return found


def customers_of_no_chip(view: View, lo: int, hi: int) -> set[str]:
    """The companies a clause names after 'potential customers' (or prospective, future …), or
    after a foundry's customers ('joining 3nm customers with Apple and Qualcomm', 'TSMC
    customers such as MediaTek'): they buy wafers, not the accelerator the clause names."""
    hoped: set[str] = set()
    for cue in view.cue_positions(P.CUSTOMERS_OR_CLIENTS, lo, hi):
        if cue > 0 and (
            customers_sought(view.lowers, cue)
            or P.PROCESS_NODE_WORD.fullmatch("".join(view.lowers[max(0, cue - 2) : cue]))
            or any(
                view.registry.get(view.org(m)).types == ["Foundry"] for m in view.orgs(cue - 2, cue)
            )
        ):
            sellers = {view.org(m) for m in view.orgs(cue - 2, cue)}  # never its own customer
            hoped.update(
                o
                for m in view.orgs(cue + 1, min(hi, cue + 14))
                if (o := view.org(m)) not in sellers
            )  # ("a TSMC customer, with its WSE-3 manufactured on TSMC's 5nm process")
    return hoped


def customers_sought(lowers: list[str], cue: int) -> bool:
    """'samples to potential customers', 'AMD hopes to win customers such as Meta': customers
    hoped for, none won yet."""
    before = lowers[max(0, cue - 4) : cue]
    return (cue > 0 and lowers[cue - 1] in P.HOPED_FOR) or (
        bool(P.SEEKING_VERBS & set(before)) and bool(P.WINNING_VERBS & set(before))
    )


def _the_site_uses(view: View, lo: int, chip: Mention) -> bool:
    """Whether the clause's subject, before the chip, is a site named again ('The facility
    will host 10,000 GPUs', 'This data center will house …')."""
    return any(
        m.reference and m.text.lower().split()[-1] in P.BUILT_SITES
        for m in view.orgs(lo, chip.first)
    )


def _counted_holding(view: View, chip: Mention, lo: int) -> list[int]:
    """'Meta has 350,000 H100 GPUs', 'xAI now has about 200,000 Nvidia GPUs': a verb of having
    with a count of the chips is their use (the position of the verb, as a cue's); so is
    growing to a count of them ('plans to scale its operations to a million Trainium2 chips'),
    or a count after 'with' ('Naver is starting with 50,000 Blackwell GPUs')."""
    grown = _grown_to_count(view, chip, lo)
    if grown:
        return grown
    for at in range(chip.first - 1, max(lo - 1, chip.first - 8), -1):
        if view.lowers[at] in P.HAVING_VERBS or (
            view.lowers[at] == "with"
            and "to" not in view.lowers[at + 1 : chip.first]
            and not [
                m
                for m in view.orgs(at + 1, chip.first)
                if not m.embedded and view.org(m) not in view.registry.designers(chip.entity)
            ]
        ):  # (not "a deal with Microsoft to supply 200,000 Nvidia chips")
            between = [w for w in view.lowers[at + 1 : chip.first] if w not in P.COUNT_HEDGES]
            count = [w for w in between if _is_count(w)]
            others = [w for w in between if w not in count and w not in {"of", "the"}]
            # ("50,000 of the latest")
            if len(count) == 1 and len(others) <= 2 and all(w.isalpha() for w in others):
                return [at]
            return []
    return []


def _is_count(word: str) -> bool:
    """'50,000', '1.5': a number written in figures."""
    return word.replace(",", "").replace(".", "").isdigit()


def _grown_to_count(view: View, chip: Mention, lo: int) -> list[int]:
    """The verb of 'scale (its operations) to over a million Trainium2 chips', 'expand to
    100,000 GPUs': a verb of growing, then 'to' and a count right before the chip."""
    words = view.lowers
    to = next(
        (i for i in range(chip.first - 1, max(lo, chip.first - 6) - 1, -1) if words[i] == "to"),
        None,
    )
    if to is None:
        return []
    count = [w for w in words[to + 1 : chip.first] if w not in P.COUNT_HEDGES and w != "a"]
    if len(count) > 1 or (count and not _is_count(count[0])):
        return []
    if not count and not {"million", "thousand"} & set(words[to + 1 : chip.first]):
        return []
    verbs = [i for i in range(max(lo, to - 4), to) if words[i] in P.GROWING_VERBS]
    return verbs[-1:]


def _delivery_not_taken(lowers: list[str], cue: int) -> bool:
    """'Meta took delivery of its first GB200 systems' uses them; 'the delivery of chips to
    Meta' names no user before it."""
    return lowers[cue] in {"delivery", "deliveries"} and (
        cue == 0 or lowers[cue - 1] not in DELIVERY_TAKEN
    )


DELIVERY_TAKEN = frozenset(P.TAKE_FORMS | {"first", "accepted", "accepts"})


def _uses_a_process(lowers: list[str], cue: int, chip: int) -> bool:
    """'a chip codenamed X1, using TSMC's 3-nanometer process': what is used is a foundry's
    process, named after the verb and before the chip (or after a verb that follows it)."""
    end = chip if cue < chip else cue + 7
    return lowers[cue] in {"using", "uses", "use", "used"} and bool(
        P.PROCESS_WORDS & set(lowers[cue + 1 : end])
    )


def _uses_money(lowers: list[str], cue: int) -> bool:
    """'The startup will use the funding to manufacture the chip': what is used is money."""
    after = lowers[cue + 1 : cue + 4]
    return lowers[cue] in {"use", "uses", "used", "using"} and bool(
        after
        and set(after[1:] if after[0] in {"the", "its", "this", "that", "new"} else after)
        & P.MONEY_USED_NOUNS
    )


def _relative_of_unnamed(view: View, cue: int) -> bool:
    """'offered credits to Chinese startups that previously relied on H100s': a verb of use in
    a relative clause on unnamed companies (a plural common noun) is theirs, no named one's."""
    words = view.lowers
    rel = next(
        (i for i in range(cue - 1, max(0, cue - 4), -1) if words[i] in {"that", "who"}), None
    )
    if rel is None or not all(w.isalpha() for w in words[rel + 1 : cue]) or view.orgs(rel, cue):
        return False  # (not "reports that Meta may buy Google's TPUs": Meta is named)
    before = words[rel - 1]
    if "among" in words[max(0, rel - 5) : rel - 1]:
        return False  # "Alibaba is among Chinese firms that stockpiled H20 chips": one of them
    named = any(m.first <= rel - 1 <= m.last for m in view.mentions)
    return not named and before.isalpha() and before.endswith("s") and before not in {"its", "this"}


def _order_taken(lowers: list[str], cue: int) -> bool:
    """'Samsung picked up another order for Tesla's AI5 chip': the company that wins an order
    supplies the chips (makes them); it does not use them."""
    return lowers[cue] in {"order", "orders"} and bool(
        P.ORDER_TAKEN_VERBS & set(lowers[max(0, cue - 4) : cue])
    )


def _subject_of_another_gap(view: View, user: str, chip: Mention) -> bool:
    """'Google deployed 1.5 million TPUs, Meta 1.5 million MTIA chips and Amazon 1.3 million
    Trainium chips': each gapped clause's company uses its own chips, not the other clauses'.
    Whether every mention of ``user`` is the subject of a clause other than the one that holds
    ``chip``: a later clause (a number right after the name), or an earlier one (another
    clause, opened by a name and a number, comes between it and the chip)."""
    named = [m for m in view.orgs() if view.org(m) == user and not m.embedded]

    def in_another(m: Mention) -> bool:
        if m.first > chip.last:
            return _number_after(view, m)
        between = view.chips(m.last + 1, chip.first)
        return bool(between) and any(
            _number_after(view, o) and view.org(o) != user
            for o in view.orgs(between[0].last + 1, chip.first)
            if not o.embedded
        )

    return bool(named) and all(in_another(m) for m in named)


def _gap_subject(view: View, chip: Mention) -> list[str]:
    """', Meta 1.5 million MTIA chips': the company that opens a gapped clause (after a comma
    or 'and', a number right after it) uses the chip the clause names."""
    before = [m for m in view.orgs(0, chip.first) if not m.embedded]
    if not before:
        return []
    last = before[-1]
    opens = view.lowers[last.first - 1 : last.first] in ([","], ["and"])
    if not (opens and _number_after(view, last)) or chip.first - last.last > 5:
        return []
    return [view.org(last)] if view.org(last) else []


def _number_after(view: View, m: Mention) -> bool:
    """Whether a number follows the name right away ('Meta 1.5 million MTIA chips')."""
    after = view.lowers[m.last + 1 : m.last + 2]
    return bool(after) and after[0][:1].isdigit()


def _gapped_users(view: View, chip: Mention) -> list[str]:
    """'Meta bought 173,000 of AMD's MI300 chips and Microsoft bought 96,000': a later clause
    that repeats the verb of use with only a number for its object uses the same chip."""
    found = []
    lowers = view.lowers
    for org in view.orgs(chip.last + 1):
        at = org.last + 1
        if lowers[org.first - 1] not in P.GAP_OPENERS or not matches(
            lowers[at] if at < len(lowers) else "", P.BUY_OR_USE_VERBS
        ):
            continue
        number = at + 2 if lowers[at + 1 : at + 2] and lowers[at + 1] in P.NUMBER_HEDGES else at + 1
        if number >= len(lowers) or not lowers[number][:1].isdigit():
            continue
        after = lowers[number + 1 : number + 2]
        ends = not after or after[0] in {".", ",", ";", "and", "of", "units", "chips"}
        if ends and not view.chips(at, number + 3):  # "bought 15 percent of …": no chips
            found.append(view.org(org))
    return [f for f in found if f]


def used_by_pronoun(view: View) -> list[Candidate]:
    """'… its SN50 accelerators (SoftBank will deploy them in Japan)': a clause of its own
    whose 'them' is the chip named just before it."""
    found = []
    for cue in view.cue_positions(P.USE_CUES):
        lo, hi = view.clause(cue)
        if view.lowers[cue + 1 : cue + 2] not in (["them"], ["it"]) or view.chips(lo, hi):
            continue
        earlier = [c for c in view.chips(0, lo) if not c.embedded]
        users = [m for m in view.orgs(lo, cue) if not m.embedded]
        if not earlier or not users or len(view.lowers[users[-1].last + 1 : cue]) > 3:
            continue
        user, chip = view.org(users[-1]), earlier[-1]
        if user in view.registry.designers(chip.entity):
            continue
        found.append(
            Candidate(
                "uses_chip",
                user,
                chip.entity,
                view.sentence,
                "use:pronoun",
                anchor=cue,
                product_line=view.names_its_designer(chip),
            )
        )
    return found


def possessed(view: View) -> list[Candidate]:
    """'allocated more of its existing Nvidia server resources', 'its fleet of AMD MI300X
    GPUs': chips an organisation's possessive names as its own are chips it uses."""
    found = []
    for chip in view.chips():
        pronoun = _possessor(view, chip)
        designers = view.registry.designers(chip.entity)
        if pronoun is None or view.org(pronoun) in designers:
            continue
        lo = view.clause(chip.first)[0]
        if any(view.org(m) in designers for m in view.orgs(lo, pronoun.first) if not m.reference):
            continue  # "Samsung will supply HBM to Nvidia for its Rubin GPUs": the designer's
        if not designers and view.entity(chip).discovered:
            # "Zentrix raised $50 million to develop its Q-7 chip": a chip known only as a new
            # company's own is its design
            found.append(
                Candidate(
                    "designs_chip",
                    view.org(pronoun),
                    chip.entity,
                    view.sentence,  # type: ignore[arg-type]
                    "design:possessed",
                )  # fmt: skip
            )
            continue
        found.append(chip_use(view, view.org(pronoun), chip, "use:possessed"))
    return found


def _possessor(view: View, chip: Mention) -> Mention | None:
    """The 'its'/'their' a few words before ``chip`` (past adjectives, a fleet or cluster 'of',
    the designer's name), resolved to an organisation."""
    lo = max(0, chip.first - 9)
    for m in reversed(view.orgs(lo, chip.first)):
        pronoun = m.text.lower() in {"its", "their"} and m.reference
        if not pronoun and not view.possessive(m):
            continue
        between = view.lowers[m.last + 1 : chip.first]
        names = {i for d in view.orgs(m.last + 1, chip.first) for i in range(d.first, d.last + 1)}
        words = [w for i, w in enumerate(between, m.last + 1) if i not in names]
        if pronoun and len(between) <= 4 and set(words) <= P.POSSESSED_FILLERS and view.org(m):
            return m
        if not pronoun and _holding_named(words) and view.org(m):
            return m  # "Hyundai's allotment of 50,000 Nvidia Blackwell GPUs"
    return None


def _holding_named(words: list[str]) -> bool:
    """ "'s allotment of 50,000", "'s fleet of": a noun of chips held, after a named possessive."""
    words = [w for w in words if w not in {"'s", "’s", "'", "’"} and not w[:1].isdigit()]
    return (
        bool(set(words) & P.HELD_CHIP_NOUNS)
        and set(words) <= P.POSSESSED_FILLERS | P.HELD_CHIP_NOUNS
    )


def _designer_as_subject(view: View, lo: int, hi: int, designers: set[str]) -> list[str]:
    """'Microsoft deploys Maia in its data centers': the designer that is the clause's subject
    uses its own chip; 'Meta will use Google's TPUs in its data centers' leaves Google out.
    With no organisation before the verb, the first one named in the clause."""
    cues = view.cue_positions(P.USE_CUES, lo, hi)
    subjects = [m for m in view.orgs(lo, cues[0] if cues else hi) if not m.embedded]
    named = subjects or view.orgs(lo, hi)  # "Maia is deployed in Microsoft's data centers"
    if not named or view.org(named[0]) not in designers:
        return []
    if not subjects and _possesses_a_chip(view, named[0]):
        return []  # "The model was trained using Huawei's Ascend 910B chip": whose is not said
    return [view.org(named[0])]


def _own_chip_as_subject(
    view: View, chip: Mention, lo: int, hi: int, designers: set[str]
) -> list[str]:
    """'The MTIA 400 is entering datacenter deployment', 'The MTIA 300, already in production,
    handles ranking': a chip that opens a clause naming no organisation, put to work, is used by
    its designer when that designer runs its own chips (a lab or a cloud, not a merchant)."""
    if any(not m.embedded for m in view.orgs(lo, hi)):
        return []
    start = min(c.first for c in list_around(view, view.chips(lo, hi), chip))
    while start > lo and view.lowers[start - 1] in P.CHIP_DETERMINERS | {"both", "new", "latest"}:
        start -= 1  # ("Both the MTIA 450 and MTIA 500 are targeted for mass deployment")
    if start > lo and view.lowers[start - 1] not in {",", ";", "and", "but", "while"}:
        return []
    own = [d for d in sorted(designers) if runs_its_own(view, d)]
    return own if len(own) == 1 else []


def _possesses_a_chip(view: View, m: Mention) -> bool:
    """'Huawei's Ascend 910B', "Huawei's AI chips": a name in the possessive right before a chip
    it names, or inside a product line's name."""
    if m.reference:
        return False
    chips = view.chips()
    if any(c.first <= m.first and m.last <= c.last for c in chips):
        return True
    return view.possessive(m) and any(c.first == m.last + 2 for c in chips)


def _users(view: View, chip: Mention, lo: int, hi: int, designers: set[str]) -> list[str]:
    holder = _named_holder(view, chip, designers)
    if holder is not None:
        return [holder]  # "to host CoreWeave's Nvidia GPUs": CoreWeave's chips, not the host's
    owners = [(m, o) for m, o in view.owners(lo, hi) if abs(m.first - chip.first) <= 8]
    cues = view.cue_positions(P.USE_CUES, lo, hi)
    subject_labs = [m for m in view.orgs(lo, cues[0]) if view.is_lab(m)] if cues else []
    if owners and subject_labs and all(m.first > cues[0] for m, _ in owners):
        owners = []  # "Apple is using Google's Gemini and TPUs": the lab, not Gemini's owner
    if owners:
        nearest = min(owners, key=lambda pair: abs(pair[0].first - chip.first))
        buyers = [o for o in subjects(view, chip, lo, designers) if o != nearest[1]]
        return [nearest[1], *buyers]  # "Oracle ordered GB200 chips for OpenAI's Abilene site"
    powered = powered_owner(view, chip, hi)
    if powered is not None and (powered not in designers or runs_its_own(view, powered)):
        return [powered]  # "the Maia chip powers Microsoft's AI infrastructure"
    labs = [
        m
        for m in view.orgs(lo, hi)
        if view.is_lab(m)
        and not m.embedded
        and view.org(m) not in designers
        and not view.contrasted(m.first)
        and not (
            m.last + 1 < len(view.lowers)
            and view.lowers[m.last + 1] in {"'s", "’s"}
            and m.last + 2 == chip.first
        )
        and not describes_another(view, m)
        and not _rented_to(view, chip, m, designers)
        and not listed_after_from(view, m)
    ]
    if not labs:
        return subjects(view, chip, lo, designers, _counted_holding(view, chip, lo))
    free = [
        m
        for m in labs
        if (m.first == 0 or view.lowers[m.first - 1] not in P.PREPOSITIONS)
        and m.text.lower() not in P.POSSESSIVES
    ]
    labs = free or labs  # "Anthropic relies on AWS as its cloud and uses Google's TPUs": not AWS
    listed = [
        m
        for m in view.orgs(lo, hi)
        if m in labs
        or (
            view.org(m) not in designers
            and not m.embedded
            and not m.reference
            and not view.contrasted(m.first)
            and not describes_another(view, m)
        )
    ]
    nearest = min(labs, key=lambda m: abs(m.first - chip.first))
    group = list_around(view, listed, nearest)
    return sorted(
        {view.org(m) for m in group}, key=lambda org: [view.org(m) for m in group].index(org)
    )


def listed_after_from(view: View, m: Mention) -> bool:
    """'access to AI models from OpenAI, Anthropic and others': labs listed after 'from' are
    where a thing comes from, not users of the clause's chip."""
    orgs = [o for o in view.orgs() if not o.embedded]
    if m not in orgs:
        return False
    group = list_around(view, orgs, m)
    first = min(o.first for o in group)
    return view.lowers[first - 1 : first] == ["from"]


def reports_another_s_act(view: View, m: Mention) -> bool:
    """'The Commerce Department confirmed that Humain and G42 are approved to acquire …': a
    name whose verb of saying opens a 'that' clause with another organisation as its subject
    reports what that one does."""
    after = view.lowers[m.last + 1 : m.last + 5]
    said = next((i for i, w in enumerate(after) if w in P.REPORTING_VERBS), None)
    if said is None:
        return False
    that = m.last + 1 + said  # "… said Nscale will deploy": the clause with no 'that'
    if after[said + 1 : said + 2] == ["that"]:
        that += 1
    return any(not o.embedded and o.first <= that + 3 for o in view.orgs(that + 1, that + 4))


def _rented_to(view: View, chip: Mention, m: Mention, designers: set[str]) -> bool:
    """'CoreWeave is buying Nvidia chips in bulk and renting them out to giants like OpenAI':
    the company the chips are rented or sold to is the named buyer's customer, not the buyer
    (with no buyer named, 'These entities purchase Nvidia GPUs and lease them to xAI', the
    chips are the customer's to use)."""
    between = view.lowers[chip.last + 1 : m.first]
    if "to" not in between or not any(matches(w, P.RENTING_OUT) for w in between):
        return False
    return any(view.org(b) not in designers for b in view.orgs(0, chip.first) if not b.embedded)


def _named_holder(view: View, chip: Mention, designers: set[str]) -> str | None:
    """The organisation whose possessive names the chips a site is to host ('to host
    CoreWeave's Nvidia GPUs'), when it is not their designer."""
    for m in view.orgs(max(0, chip.first - 5), chip.first):
        if m.embedded or m.reference or not view.possessive(m, plural=True):
            continue
        between = view.lowers[m.last + 2 : chip.first]
        hosted = P.HOSTING_VERBS & set(view.lowers[max(0, m.first - 3) : m.first])
        if hosted and len(between) <= 2 and all(w.isalpha() or w == "-" for w in between):
            org = view.org(m)
            return org if org not in designers else None
    return None


def chip_use(view: View, user: str, chip: Mention, rule: str) -> Candidate:
    return Candidate(
        "uses_chip",
        user,
        chip.entity,
        view.sentence,
        rule,
        anchor=chip.first,
        product_line=view.names_its_designer(chip),
    )
