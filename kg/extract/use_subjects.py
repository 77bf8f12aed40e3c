"""Who uses the chips a clause names when no lab is named beside them: the subject of a verb of
use or purchase before the chip ('Meta and Microsoft have agreed to purchase the MI300X'), of a
participle ('…, buying Nvidia chips in bulk'; 'By securing 20,000 chips, Yotta …'), of a
passive ('are used by OpenAI'), the owner a site is powered for, or the company the site is
placed at."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import View, list_ending, matches, past_examples_opening
from kg.extract.mentions import Mention
from kg.extract.patterns import RELATIVE


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


def subjects(
    view: View, chip: Mention, lo: int, designers: set[str], holding: list[int] | None = None
) -> list[str]:
    """Organisations of any kind named as the subject of a verb of use or purchase before the
    chip ("Meta and Microsoft have agreed to purchase the MI300X"), or of one of having a count
    of it (``holding``: "Samsung has 50,000 GPUs"); in a relative clause, the names it hangs on
    ("OpenAI and xAI, which rely on Nvidia hardware")."""
    verbs = view.cue_positions(P.BUY_OR_USE_VERBS, lo, chip.first) or holding or []
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
    appositive = before_appositive(view, eligible, verb)
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
    between = _past_its_division(_past_among_the_first(between))
    if between[-1:] == [","]:
        return _participle_subjects(view, verb, designers)
    if _by_doing(between, view.lowers[verb]):
        between = []
    if len(between) > 6:
        return []
    if between[-1:] and between[-1] in P.ASPECT_VERBS:
        between = between[:-1]  # "Google has to keep buying Nvidia's chips"
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


def _past_its_division(between: list[str]) -> list[str]:
    """'SoftBank's telecommunications unit will …': the words without the possessive and the
    division it names (the company acts through its unit)."""
    if between[:1] not in (["'s"], ["’s"]):
        return between
    for i in range(2, min(5, len(between))):
        if between[i] in P.ARM_NOUNS:
            return between[i + 1 :]
    return between


def _past_among_the_first(between: list[str]) -> list[str]:
    """'will be one of the first to use', 'is expected to be among the first cloud providers
    to deploy': the words without 'one of the first' (and the plural noun after it) nor the
    'to' of a verb of intent ('expected to be'), which link the subject to its verb."""
    for phrase in (
        ["one", "of", "the", "first"],
        ["among", "the", "first"],
        ["be", "the", "first"],
    ):
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
    for verb in view.cue_positions(P.PASSIVE_USE_VERBS, chip.last + 1, min(hi, chip.last + 6)):
        if view.lowers[verb + 1 : verb + 2] != ["by"]:
            placed = _placed_at(view, verb, hi, designers)
            if placed is not None:
                return [placed]
            continue
        start = past_examples_opening(view.lowers, verb + 2, hi, reach=6)
        agents = [m for m in view.orgs(start, start + 2) if not m.embedded]
        if agents and (
            view.org(agents[0]) not in designers or runs_its_own(view, view.org(agents[0]))
        ):
            return [view.org(agents[0])]  # "Maia 100 will be used by Microsoft": its own too
    return _expecting_subject(view, chip, lo, hi, designers)


def powered_owner(view: View, chip: Mention, hi: int) -> str | None:
    """The organisation whose possession a chip, as the subject, powers or does work for ('Maia
    chips power Microsoft's Azure data centers', 'MTIA chips handle inference workloads across
    Meta's apps'), or that possesses the chip doing it ('Meta's MTIA chips run inference')."""
    verb = chip.last + 1
    while verb < hi and view.lowers[verb] in P.CHIP_NOUN_TAIL:
        verb += 1
    if view.lowers[verb : verb + 1] == [","] and view.lowers[verb + 1 : verb + 2] == ["which"]:
        verb += 1
    if view.lowers[verb : verb + 1] in (["that"], ["which"]):
        verb += 1  # "the TPUs that power Google's AI infrastructure"
    if view.lowers[verb : verb + 1] == [] or view.lowers[verb] not in P.WORK_RUNNING_VERBS:
        return None
    owner = next((m for m in view.orgs(verb + 1, verb + 7) if not m.embedded), None)
    if owner is not None and view.possessive(owner) and "," not in view.lowers[verb : owner.first]:
        return view.org(owner)
    possessor = [m for m in view.orgs(max(0, chip.first - 3), chip.first) if view.possessive(m)]
    return view.org(possessor[-1]) if possessor and possessor[-1].last + 2 == chip.first else None


def runs_its_own(view: View, org: str | None) -> bool:
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


def before_appositive(view: View, orgs: list[Mention], verb: int) -> Mention | None:
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
