"""uses_chip: the organisations that use, buy or rely on a chip, and the purpose the text states."""

from __future__ import annotations

from functools import lru_cache

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View, list_around, list_ending, list_starting, matches
from kg.extract.folded import occurs
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    DEAL_PHASE,
    DEVELOPING,
    RELATIVE,
    SELF_USE,
)


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
    """ "Nvidia's H20 chips, which ByteDance and Alibaba bought in bulk": the companies of a
    relative clause on a chip that buy or use it."""
    found = []
    for chip in view.chips():
        at = chip.last + 1
        if view.lowers[at : at + 2] not in ([",", "which"], [",", "that"], [",", "whose"]):
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
        ] or _counted_holding(view, chip, lo)
        if not cues or view.lowers[lo] in {"if", "unless"}:
            continue
        if any(w.startswith("equivalent") for w in view.lowers[chip.last + 1 : chip.last + 4]):
            continue  # "one million H100 GPU-equivalents": a unit of compute, not the chip
        if _developed_by_its_designer(view, chip):
            continue  # "with Amazon developing Inferentia and Trainium chips, Microsoft …"
        if all(view.lowers[c] in P.CHIP_OBJECT_CUES for c in cues) and not any(
            0 < chip.first - c <= 5 for c in cues
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
        for user in users:
            if user != DEAL_BUYER and view.registry.get(user).types == ["Foundry"]:
                continue  # "TSMC manufactures using the 4nm process": a foundry makes chips
            if user in designers and not _runs_its_own(view, user):
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


def _the_site_uses(view: View, lo: int, chip: Mention) -> bool:
    """Whether the clause's subject, before the chip, is a site named again ('The facility
    will host 10,000 GPUs', 'This data center will house …')."""
    return any(
        m.reference and m.text.lower().split()[-1] in P.BUILT_SITES
        for m in view.orgs(lo, chip.first)
    )


def _counted_holding(view: View, chip: Mention, lo: int) -> list[int]:
    """'Meta has 350,000 H100 GPUs', 'xAI now has about 200,000 Nvidia GPUs': a verb of having
    with a count of the chips is their use (the position of the verb, as a cue's)."""
    for at in range(chip.first - 1, max(lo - 1, chip.first - 8), -1):
        if view.lowers[at] in P.HAVING_VERBS:
            between = [w for w in view.lowers[at + 1 : chip.first] if w not in P.COUNT_HEDGES]
            count = [w for w in between if w.replace(",", "").replace(".", "").isdigit()]
            others = [w for w in between if w not in count]
            if len(count) == 1 and len(others) <= 2 and all(w.isalpha() for w in others):
                return [at]
            return []
    return []


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
    lo = max(0, chip.first - 5)
    for m in reversed(view.orgs(lo, chip.first)):
        if m.text.lower() not in {"its", "their"} or not m.reference:
            continue
        between = view.lowers[m.last + 1 : chip.first]
        names = {i for d in view.orgs(m.last + 1, chip.first) for i in range(d.first, d.last + 1)}
        words = [w for i, w in enumerate(between, m.last + 1) if i not in names]
        if set(words) <= P.POSSESSED_FILLERS and view.org(m):
            return m
    return None


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
    own = [d for d in sorted(designers) if _runs_its_own(view, d)]
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
        buyers = [o for o in _subjects(view, chip, lo, designers) if o != nearest[1]]
        return [nearest[1], *buyers]  # "Oracle ordered GB200 chips for OpenAI's Abilene site"
    powered = _powered_owner(view, chip, hi)
    if powered is not None and (powered not in designers or _runs_its_own(view, powered)):
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
        return _subjects(view, chip, lo, designers)
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
    if said is None or after[said + 1 : said + 2] != ["that"]:
        return False
    that = m.last + 2 + said
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


def describes_another(view: View, m: Mention) -> bool:
    """'Microsoft, OpenAI's biggest investor, has acquired …': a name in the possessive that
    opens an aside about the name before it is not the aside's subject."""
    aside = view.lowers[m.last + 2 : m.last + 8]
    return (
        _opens_an_aside(view.lowers[max(0, m.first - 3) : m.first])
        and view.possessive(m)
        and "," in aside
        and all(w.isalpha() or w == "-" for w in aside[: aside.index(",")])
    )


def _opens_an_aside(before: list[str]) -> bool:
    """Whether the words before a name open an aside: the comma right before it, or a comma
    and 'one of' or 'among' (', one of Google's largest customers,')."""
    return (
        before[-1:] == [","] or before[-3:] == [",", "one", "of"] or before[-2:] == [",", "among"]
    )


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


def _subjects(view: View, chip: Mention, lo: int, designers: set[str]) -> list[str]:
    """Organisations of any kind named as the subject of a verb of use or purchase before the
    chip ("Meta and Microsoft have agreed to purchase the MI300X"); in a relative clause, the
    names it hangs on ("OpenAI and xAI, which rely on Nvidia hardware")."""
    verbs = [i for i in view.cue_positions(P.BUY_OR_USE_VERBS, lo, chip.first)]
    if not verbs:
        return _passive_user(view, chip, designers)
    verb = verbs[0]
    start = lo
    relative = lo >= 2 and view.lowers[lo - 1] in RELATIVE and view.lowers[lo - 2] == ","
    if relative:
        verb, start = lo - 2, 0
    eligible = [
        m
        for m in view.orgs(start, verb)
        if view.org(m) not in designers
        and not m.embedded
        and not _inside_chip(view, m)
        and view.lowers[m.last + 1 : m.last + 2] != ["-"]  # "Nvidia-powered": the supplier
        and not describes_another(view, m)
    ]
    appositive = _before_appositive(view, eligible, verb)
    if appositive is not None:
        return [view.org(appositive)]  # "HUMAIN, a subsidiary of the PIF, intends to buy"
    if eligible and not relative and deal_partner(view, eligible[-1]):
        # "IREN … an agreement with Dell to purchase the chips"; the partner alone buys nothing
        return [view.org(eligible[-2])] if len(eligible) > 1 else []
    if not eligible:
        return _fronted_participle_subject(view, verb, chip, designers)
    partners = [m for m in view.orgs(eligible[-1].last + 1, verb) if deal_partner(view, m)]
    if partners and view.lowers[partners[-1].last + 1 : verb] == ["to"]:
        # "Humain, a subsidiary of the PIF, announced a partnership with Nvidia to acquire"
        return [view.org(_past_aside(view, eligible))]
    between = [w for w in view.lowers[eligible[-1].last + 1 : verb] if w not in P.SHARING_ADVERBS]
    between = _past_among_the_first(between)
    if between[-1:] == [","]:
        return _participle_subjects(view, verb, designers)
    if _by_doing(between, view.lowers[verb]):
        between = []
    if len(between) > 6:
        return []
    if between[-1:] == ["to"]:
        between = between[:-1]  # "Oracle plans to deploy ...": the infinitive's subject
    if set(between) & {",", "from", "by", "with", "to", "than"} - ({","} if verb < lo else set()):
        return []
    names = [view.org(m) for m in list_ending(view, eligible[:-1], eligible[-1])]
    return list(dict.fromkeys(n for n in names if n))


def _fronted_participle_subject(
    view: View, verb: int, chip: Mention, designers: set[str]
) -> list[str]:
    """'By securing 20,000 Blackwell Ultra chips, Yotta will …', 'After buying H100s, the
    startup …': a participle opening the sentence takes the main clause's subject, named
    right after the comma that closes the phrase."""
    words = view.lowers
    if not words[verb].endswith("ing") or not set(words[:verb]) <= P.FRONTED_PARTICIPLE_OPENERS:
        return []
    comma = next((i for i in range(chip.last + 1, len(words)) if words[i] == ","), None)
    if comma is None:
        return []
    subject = next((m for m in view.orgs(comma + 1, comma + 4) if not m.embedded), None)
    if subject is None or set(words[comma + 1 : subject.first]) - {"the"}:
        return []
    org = view.org(subject)
    return [org] if org and org not in designers else []


def _by_doing(between: list[str], verb: str) -> bool:
    """'Tesla made a bold move by activating an H100 cluster', 'xAI doubled its capacity by
    adding 100,000 GPUs': a gerund after 'by' says how the main clause's subject acted, so it
    is that subject's verb however many words stand between them."""
    return (
        between[-1:] == ["by"]
        and verb.endswith("ing")
        and len(between) <= 10
        and not set(between[:-1]) & {",", "from", "by", "with", "to", "than", "for", "of"}
    )


def _participle_subjects(view: View, verb: int, designers: set[str]) -> list[str]:
    """'CoreWeave and Crusoe have leaned into this, buying Nvidia chips in bulk': a participle
    after a comma takes the main clause's subject, the names before its verb when the main
    clause names no other organisation."""
    if not view.lowers[verb].endswith("ing"):
        return []
    main = [m for m in view.orgs(0, verb - 1) if not m.embedded]
    finite = next((i for i in range(verb - 1) if view.lowers[i] in P.FINITE_AUXILIARIES), None)
    if not main or finite is None or any(m.first > finite for m in main):
        return []
    if not set(view.lowers[main[-1].last + 1 : finite]) <= {","} | P.SHARING_ADVERBS:
        return []
    names = [view.org(m) for m in list_ending(view, main[:-1], main[-1])]
    return [n for n in dict.fromkeys(names) if n and n not in designers]


def _past_among_the_first(between: list[str]) -> list[str]:
    """'will be one of the first to use', 'is expected to be among the first cloud providers
    to deploy': the words without 'one of the first' (and the plural noun after it) nor the
    'to' of a verb of intent ('expected to be'), which link the subject to its verb."""
    for phrase in (["one", "of", "the", "first"], ["among", "the", "first"]):
        for i in range(len(between) - len(phrase) + 1):
            if between[i : i + len(phrase)] == phrase:
                rest = between[i + len(phrase) :]
                nouns = rest[: rest.index("to")] if "to" in rest else []
                if len(nouns) <= 2 and all(w.isalpha() and w.endswith("s") for w in nouns):
                    rest = rest[len(nouns) :]  # "among the first cloud providers to"
                return _past_intent(between[:i]) + rest
    return between


def _past_intent(words: list[str]) -> list[str]:
    """'is expected to be': the words without the 'to' after a verb of intent or expectation."""
    return [
        w
        for i, w in enumerate(words)
        if not (w == "to" and i and words[i - 1] in P.EXPECT_VERBS | P.INTENT_WORDS)
    ]


def _past_aside(view: View, names: list[Mention]) -> Mention:
    """The subject among ``names``: the first when the others are inside an aside set off by
    commas after it, else the last."""
    first = names[0]
    after = view.lowers[first.last + 1 : names[-1].last + 12]
    if after[:1] == [","] and "," in after[1:]:
        closing = first.last + 2 + after[1:].index(",")
        if all(m.last < closing for m in names[1:]):
            return first
    return names[-1]


def deal_partner(view: View, m: Mention) -> bool:
    """Whether a name is the other party of a deal or of talks ('an agreement with Dell to
    purchase', 'in advanced negotiations with CoreWeave to lease'): the one that agreed or
    negotiates buys, not its partner."""
    return view.lowers[m.first - 1 : m.first] == ["with"] and any(
        matches(w, P.DEAL_NOUNS) or w in P.TALK_WORDS
        for w in view.lowers[max(0, m.first - 4) : m.first - 1]
    )


def _passive_user(view: View, chip: Mention, designers: set[str]) -> list[str]:
    """'Qualcomm's AI200 racks will be deployed by Humain': the agent after a passive verb of
    use or purchase that follows the chip."""
    lo, hi = view.clause(chip.first)
    for verb in view.cue_positions(P.BUY_OR_USE_VERBS, chip.last + 1, min(hi, chip.last + 6)):
        if view.lowers[verb + 1 : verb + 2] != ["by"]:
            placed = _placed_at(view, verb, hi, designers)
            if placed is not None:
                return [placed]
            continue
        agents = [m for m in view.orgs(verb + 2, verb + 4) if not m.embedded]
        if agents and (
            view.org(agents[0]) not in designers or _runs_its_own(view, view.org(agents[0]))
        ):
            return [view.org(agents[0])]  # "Maia 100 will be used by Microsoft": its own too
    return _expecting_subject(view, chip, lo, hi, designers)


def _powered_owner(view: View, chip: Mention, hi: int) -> str | None:
    """The organisation whose possession a chip, as the subject, powers ('Maia chips power
    Microsoft's Azure data centers')."""
    verb = chip.last + 1
    while verb < hi and view.lowers[verb] in P.CHIP_NOUN_TAIL:
        verb += 1
    if view.lowers[verb : verb + 1] not in (["power"], ["powers"], ["powering"]):
        return None
    owner = next((m for m in view.orgs(verb + 1, verb + 3) if not m.embedded), None)
    if owner is None or not view.possessive(owner):
        return None
    return view.org(owner)


def _runs_its_own(view: View, org: str | None) -> bool:
    """Whether a chip's designer is one that runs chips itself (a lab or a cloud), not a
    merchant that sells them."""
    return org is not None and bool({"Lab", "CloudProvider"} & set(view.registry.get(org).types))


def _placed_at(view: View, verb: int, hi: int, designers: set[str]) -> str | None:
    """'Cerebras' chips will be deployed within AWS data centers', 'installed at Microsoft's
    facilities': the organisation whose sites a passive verb of placing puts the chips in."""
    if view.lowers[verb] not in P.PLACED_PARTICIPLES or view.lowers[verb - 1] not in P.PASSIVE_BE:
        return None
    at = verb + 1
    if at >= len(view.lowers) or view.lowers[at] not in P.PLACED_AT:
        return None
    hosts = [m for m in view.orgs(at + 1, min(hi, at + 4)) if not m.embedded]
    if not hosts or view.org(hosts[0]) in designers:
        return None
    host = hosts[0]
    site = host.last + (2 if view.possessive(host, plural=True) else 1)
    ahead = view.lowers[site : site + 3]
    if set(ahead) & P.BUILT_SITES or "CloudProvider" in view.entity(host).types:
        return view.org(host)
    return None


def _expecting_subject(
    view: View, chip: Mention, lo: int, hi: int, designers: set[str]
) -> list[str]:
    """'IREN expects the GB300 processors to be deployed at its campus': the subject of a verb
    of expecting or planning whose object is the chip, put to use in the passive."""
    verbs = view.cue_positions(P.BUY_OR_USE_VERBS, chip.last + 1, min(hi, chip.last + 6))
    if not verbs or not {"be", "being"} & set(view.lowers[chip.last + 1 : verbs[0]]):
        return []
    subjects = [m for m in view.orgs(lo, chip.first) if not m.embedded]
    if not subjects or view.org(subjects[-1]) in designers:
        return []
    between = view.lowers[subjects[-1].last + 1 : chip.first]
    if not between or between[0] not in P.EXPECT_VERBS:
        return []
    if not set(between[1:]) <= P.CHIP_DETERMINERS | P.POSSESSED_FILLERS:
        return []
    return [view.org(subjects[-1])]


def _before_appositive(view: View, orgs: list[Mention], verb: int) -> Mention | None:
    """The name before ', <a description>,' that is the subject of ``verb``."""
    for m in orgs:
        after = view.lowers[m.last + 1 : verb]
        commas = [i for i, w in enumerate(after) if w == ","]
        described = after[1:2] in (["a"], ["an"], ["the"], ["its"]) or any(
            other.first == m.last + 2 and describes_another(view, other)
            for other in view.orgs(m.last + 2, m.last + 3)
        )  # ", a unit of …," or ", OpenAI's biggest investor,"
        if len(commas) == 2 and commas[0] == 0 and described and len(after) - commas[1] <= 5:
            return m
        if commas == [0] and after[1:2] in (["a"], ["an"]) and _relative_before_verb(after):
            return m  # "Nebius, a company that will deploy Nvidia hardware"
    return None


def _relative_before_verb(after: list[str]) -> bool:
    """', a company that will' before the verb: a relative clause on the appositive."""
    for i, word in enumerate(after[:8]):
        if word in {"that", "which", "who"}:
            return all(w in P.FINITE_AUXILIARIES for w in after[i + 1 :])
    return False


def _inside_chip(view: View, org: Mention) -> bool:
    return any(c.first <= org.first and org.last <= c.last for c in view.chips())


def relied_on(view: View) -> list[Candidate]:
    """'to reduce Meta's reliance on Nvidia's chips', 'its dependence on TPUs': whose reliance
    it is uses the chips, even while it means to use fewer."""
    found = []
    for cue in view.cue_positions(P.RELIANCE_NOUNS):
        if view.lowers[cue + 1 : cue + 2] != ["on"]:
            continue
        owner = next(
            (m for m in reversed(view.orgs(max(0, cue - 4), cue)) if _owns_noun(view, m, cue)),
            None,
        )
        user = view.org(owner) if owner is not None else None
        if user is None:
            continue
        for chip in view.chips(cue + 2, min(view.clause(cue)[1], cue + 9)):
            if user not in view.registry.designers(chip.entity):
                found.append(chip_use(view, user, chip, "use:reliance"))
    return found


def _owns_noun(view: View, owner: Mention, noun: int) -> bool:
    """'Meta's reliance', 'its heavy dependence': the name or pronoun owns the noun after it."""
    between = view.lowers[owner.last + 1 : noun]
    if owner.reference and owner.text.lower() in {"its", "their"}:
        return len(between) <= 1
    return view.possessive(owner, plural=True) and len(between) <= 2


def handed_over(view: View) -> list[Candidate]:
    """'authorized the export of Nvidia processors both to Humain and to G42', 'shipments of
    H100s to xAI': whoever chips are exported, shipped or sold to uses them."""
    found = []
    for cue in view.cue_positions(P.HANDOVER_NOUNS):
        if view.lowers[cue + 1 : cue + 2] != ["of"]:
            continue
        chips = view.chips(cue + 2, min(view.clause(cue)[1], cue + 9))
        if not chips:
            continue
        after = chips[-1].last + 1
        to = next((i for i in range(after, after + 3) if view.lowers[i : i + 1] == ["to"]), None)
        if to is None:
            continue
        for receiver in _receivers(view, to):
            for chip in chips:
                if receiver not in view.registry.designers(chip.entity):
                    found.append(chip_use(view, receiver, chip, "use:handed-over"))
    return found


def sent_to(view: View) -> list[Candidate]:
    """'12,000 H100 GPUs intended for Tesla have been diverted to xAI', 'the first GB200 racks
    were shipped to OpenAI': whoever chips are sent to uses them."""
    found: list[Candidate] = []
    if not P.SENDING_WORDS.intersection(view.lowers):
        return found
    for chip in view.chips():
        after = view.lowers[chip.last + 1 : chip.last + 10]
        verb = next((i for i, w in enumerate(after) if w in P.SENDING_WORDS), None)
        if verb is None or after[verb + 1 : verb + 2] != ["to"]:
            continue
        if after[verb] in P.GOING:
            if not set(after[:verb]) <= P.CHIP_NOUNS | {"each", "will", "would", "also", "then"}:
                continue  # "50,000 GPUs each will go to Samsung", not "go on to power"
        elif not set(after[:verb]) & {"were", "was", "been", "be", "are", "is", "being"}:
            continue  # a passive only: "Nvidia shipped H100s to xAI" is the supply rule's
        for receiver in _receivers(view, chip.last + 2 + verb):
            if receiver not in view.registry.designers(chip.entity):
                found.append(chip_use(view, receiver, chip, "use:sent-to"))
    return found


def won_over(view: View) -> list[Candidate]:
    """'Trainium has won over Anthropic, OpenAI, and even Apple', 'Google's TPUs lured Meta':
    the companies a chip wins over use it."""
    found: list[Candidate] = []
    for chip in view.chips():
        if chip.embedded:
            continue
        after = view.lowers[chip.last + 1 : chip.last + 6]
        verb = next((i for i, w in enumerate(after) if w in P.WINNING_OVER), None)
        if (
            verb is None
            or not set(after[:verb]) <= P.VERB_CHAIN | P.CHIP_NOUNS | P.WON_OVER_FILLERS
        ):
            continue
        at = chip.last + 1 + verb + (after[verb + 1 : verb + 2] == ["over"])
        if view.lowers[at] == "won":
            continue  # "Trainium won a contract": no user named
        for user in _receivers(view, at):
            if user not in view.registry.designers(chip.entity):
                found.append(chip_use(view, user, chip, "use:won-over"))
    return found


def _receivers(view: View, to: int) -> list[str]:
    """The organisations listed after 'to' ('to Humain and to G42', 'to xAI, Meta and Oracle')."""
    names = [m for m in view.orgs(to + 1, to + 14) if not m.embedded]
    if not names or not set(view.lowers[to + 1 : names[0].first]) <= P.RECEIVER_OPENERS:
        return []
    group = list_starting(view, names[0], names, _joins_receivers)
    return [org for org in dict.fromkeys(view.org(m) for m in group) if org]


def _joins_receivers(gap: list[str]) -> bool:
    return bool(gap) and set(gap) <= {",", "and", "to", "as", "well", "even"}


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
