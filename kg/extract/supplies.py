"""compute_commitment and uses_chip from supplying: "Oracle, CoreWeave and Nebius will supply
Microsoft with GPU capacity", "Nvidia will supply GB300 chips to Humain"."""

from __future__ import annotations

import re

from kg.extract import patterns as P
from kg.extract.antecedents import relative_antecedent
from kg.extract.clauses import Candidate, View, list_around, list_ending, matches
from kg.extract.commitments import commitment_chip, supply_as_noun
from kg.extract.mentions import Mention
from kg.extract.patterns import ABOUT_TO_WORDS, COMPUTE_SUPPLIED
from kg.extract.use_subjects import runs_its_own


def _signed_to(gap: list[str]) -> bool:
    """'IREN signed a five-year, $3.4 billion cloud services contract to provide Nvidia with
    capacity': the company that signed the deal is the subject of the verb after it."""
    return (
        len(gap) <= 16
        and "with" not in gap  # "signed an agreement with Microsoft to supply": Microsoft buys
        and gap[-1:] == ["to"]
        and any(matches(w, P.DEAL_NOUNS) for w in gap[-4:-1])
        and any(matches(w, P.SIGNING_VERBS) for w in gap[:4])
    )


def _about_to(gap: list[str]) -> bool:
    """'Google is in advanced talks to supply TPUs to Meta', 'has agreed to supply': words of
    talks, plans or agreement between the subject and its verb."""
    return (
        len(gap) <= 8
        and gap[-1:] == ["to"]
        and set(gap[:-1]) <= P.TALK_WORDS | P.INTENT_WORDS | P.FINITE_AUXILIARIES | ABOUT_TO_WORDS
    )


def supplies(view: View, cue: int, lines: dict[str, str]) -> list[Candidate]:
    """'Oracle, CoreWeave and Nebius will supply Microsoft with GPU capacity': the providers are
    the listed subjects, the buyer the organisation right after the verb or after 'to'. Chips
    supplied by a company that is no cloud, with no capacity named, are the buyer's use; chips
    a designer supplies unnamed ('Nvidia has supplied Meta with GPUs') are its product line
    (``lines``: designer to line)."""
    if supply_as_noun(view, cue):
        return []
    lo, hi = view.clause(cue)
    capacity = re.search(COMPUTE_SUPPLIED, " ".join(view.lowers[lo : _purpose_at(view, cue, hi)]))
    chips = view.chips(lo, hi)
    if view.lowers[cue] in P.SENDING_VERBS:  # what is sent comes before whom it is sent to:
        to = next((i for i in range(cue + 1, hi) if view.lowers[i] == "to"), hi)
        chips = view.chips(cue + 1, to)  # "sent the first DGX B200 to OpenAI", not "sent a
        if not chips:  # letter to OpenAI about its plans for the H100"
            return []
    if not capacity and not chips and not P.CHIP_NOUNS & set(view.lowers[lo:hi]):
        return []
    chip_firsts = {c.first for c in view.chips()}
    buyers = [
        m
        for m in view.orgs(cue + 1, min(hi, cue + 3))
        if not m.embedded
        and m.text.lower() not in P.POSSESSIVES
        and m.last + 1 not in chip_firsts  # "supply 104,000 Nvidia GB300 GPUs": the designer's
        and (m.last + 1 >= len(view.lowers) or view.lowers[m.last + 1] not in P.COMPUTE_HARDWARE)
    ]  # "supplying NVIDIA infrastructure, including GB200 systems": a maker's name, no buyer
    buyers = buyers or _described_buyer(view, cue, hi) or _recipient(view, cue, hi)
    subjects = [
        m
        for m in view.orgs(lo, cue)
        if not m.embedded
        and (
            cue - m.last <= 4
            or _signed_to(view.lowers[m.last + 1 : cue])
            or _about_to(view.lowers[m.last + 1 : cue])
        )
        and not _contract_partner(view, m, cue)
    ]
    if not subjects and (antecedent := relative_antecedent(view, lo)) is not None:
        subjects = [antecedent]  # "leased to Oracle, which provides the cloud services to OpenAI"
    if not buyers or not subjects:
        return []
    if view.possessive(buyers[0], plural=True):
        # "to power Reliance's one-gigawatt data center": the size is the site's, not supplied
        capacity = re.search(COMPUTE_SUPPLIED, " ".join(view.lowers[lo : buyers[0].first]))
    providers = list_ending(view, view.orgs(lo, subjects[-1].first), subjects[-1])
    receivers = list(dict.fromkeys(view.org(b) for b in buyers))
    own_chips = (
        chips
        and view.lowers[cue] in P.HANDOVER_VERBS
        and all(view.org(p) in view.registry.designers(c.entity) for p in providers for c in chips)
    )  # "Google is selling its TPUs to Meta": the chips, not capacity in Google's cloud
    designers_only = all(
        view.has_type(p, "ChipDesigner") and not view.has_type(p, "CloudProvider")
        for p in providers
    )  # "Nvidia is supplying GPU systems to Yotta": the designer's chips, bought
    if (designers_only or not capacity) and (
        own_chips or not any(view.has_type(p, "CloudProvider") for p in providers)
    ):
        supplied = [(c.entity, c.first) for c in chips] or _lines_supplied(
            view, cue, hi, providers, lines
        )
        return [  # "Nvidia will supply GB300 chips to Humain": buying chips is use
            Candidate("uses_chip", buyer, chip, view.sentence, "use:supplied", anchor=at)
            for buyer in receivers
            for chip, at in supplied
            if buyer not in view.registry.designers(chip) or runs_its_own(view, buyer)
        ]  # ("Samsung supplies Tesla's AI4 chips": a lab's own chips, made for it, it uses)
    return [
        Candidate(
            "compute_commitment",
            buyer,
            view.org(p),
            view.sentence,
            "commit:supply",
            chip=commitment_chip(view, lo, hi, view.org(p)),
        )
        for buyer in receivers
        for p in providers
        if view.org(p) not in {None, buyer}
    ] + _designer_s_chips_in_capacity(view, cue, hi, providers, receivers, lines)


def _purpose_at(view: View, cue: int, hi: int) -> int:
    """Where the purpose of what is supplied begins ('10,000 AI chips to Deutsche Telekom | to
    build an industrial AI cloud'): the capacity it names is built with the supply, not
    supplied."""
    words = view.lowers
    return next(
        (i for i in range(cue + 2, hi - 1) if words[i] == "to" and words[i + 1] in P.PURPOSE_VERBS),
        hi,
    )


def _designer_s_chips_in_capacity(
    view: View,
    cue: int,
    hi: int,
    providers: list[Mention],
    receivers: list[str | None],
    lines: dict[str, str],
) -> list[Candidate]:
    """'AMD agreed to supply OpenAI with GPUs totaling six gigawatts': capacity bought from a
    chip designer that is no cloud is a commitment, and the designer's chips it names (or its
    product line, for a bare chip noun) are the buyer's use as well."""
    designers = [
        p
        for p in providers
        if view.has_type(p, "ChipDesigner") and not view.has_type(p, "CloudProvider")
    ]
    if not designers or len(designers) < len(providers):
        return []
    chips = [(c.entity, c.first) for c in view.chips(cue + 1, hi)]
    supplied = chips or _lines_supplied(view, cue, hi, designers, lines)
    return [
        Candidate("uses_chip", buyer, chip, view.sentence, "use:supplied", anchor=at)
        for buyer in receivers
        for chip, at in supplied
        if buyer and buyer not in view.registry.designers(chip)
    ]


def _contract_partner(view: View, m: Mention, cue: int) -> bool:
    """'a contract with Microsoft to provide …': the contract's other party provides nothing;
    but in 'with Samsung set to supply its chips to Naver' (a name, a word of intent and the
    verb) the name after 'with' is the supplier."""
    if view.lowers[cue - 1] != "to" or view.lowers[m.first - 1 : m.first] != ["with"]:
        return False
    intent = view.lowers[m.last + 1 : cue - 1]
    return not (intent and set(intent) <= P.INTENT_WORDS)


def _lines_supplied(
    view: View, cue: int, hi: int, providers: list[Mention], lines: dict[str, str]
) -> list[tuple[str, int]]:
    """The designers' product lines, when a bare chip noun after the verb is what they supply."""
    noun = next((i for i in range(cue + 1, hi) if view.lowers[i] in P.CHIP_NOUNS), None)
    if noun is None:
        return []
    found = [lines.get(view.org(p) or "") for p in providers]
    return [(line, noun) for line in dict.fromkeys(found) if line]


def _described_buyer(view: View, cue: int, hi: int) -> list[Mention]:
    """'to furnish Qatari telecom Ooredoo's datacenters with GPUs': the buyer after a short
    description of it."""
    for m in view.orgs(cue + 3, min(hi, cue + 5)):
        between = view.lowers[cue + 1 : m.first]
        if m.embedded or not all(w.isalpha() and w not in P.PREPOSITIONS for w in between):
            return []
        if between[-1] in P.OPENING_DESCRIPTORS:  # "telecom", "neocloud", "startup"
            return [m]
    return []


def _names_the_maker(view: View, m: Mention) -> bool:
    """'access to 116,000 Nvidia GB300 GPUs', 'to 50,000 AMD GPUs': a name right before a chip
    or a hardware noun says whose the hardware is, not who receives it."""
    after = m.last + 1
    return any(c.first == after for c in view.chips()) or (
        after < len(view.lowers) and view.lowers[after] in P.COMPUTE_HARDWARE
    )


def _recipient(view: View, cue: int, hi: int) -> list[Mention]:
    """'Groq will supply its LPUs to Humain', 'shipping MI300X to Oracle and Vultr': the
    organisations after 'to'."""
    for i in range(cue + 1, min(hi, cue + 14)):
        if view.lowers[i] == "to" and view.lowers[i - 1] != "up":  # (not "up to one million")
            found = [
                m
                for m in view.orgs(i + 1, i + 5)
                if not m.embedded
                and not _names_the_maker(view, m)
                and (
                    not view.possessive(m, plural=True)
                    or P.FACILITY_NOUNS & set(view.lowers[m.last + 2 : m.last + 7])
                    or view.lowers[i + 1] in P.HOSTING_VERBS
                )
            ]  # "access to Nvidia's GB300": whose chips, not who receives them; but "to power
            # Reliance's data center", "to host CoreWeave's GPUs": the owner receives them
            if not found:
                return []
            listed = [m for m in view.orgs(found[0].first, hi) if not m.embedded]
            return list_around(view, listed, found[0])
    return []
