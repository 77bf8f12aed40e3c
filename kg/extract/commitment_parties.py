"""The parties of a compute commitment: the cloud or chip designer that sells it and the
company that buys it, among the organisations of the deal's clause."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import View, list_around, matches
from kg.extract.deal_guards import names_its_chip
from kg.extract.mentions import Mention
from kg.extract.patterns import DEAL_NOUNS


def _parties(view: View, lo: int, hi: int) -> list[Mention]:
    """The organisations of a clause that can be a deal's party: not a rival named beside it
    ("a boon for Google Cloud as it battles rivals AWS and Azure")."""
    orgs = [m for m in view.orgs(lo, hi) if not _set_aside(view, m)]
    rivals = [m for m in orgs if view.contrasted(m.first)]
    rivals += [m for r in rivals for m in list_around(view, orgs, r)]
    return [m for m in orgs if m not in rivals]


def _set_aside(view: View, m: Mention) -> bool:
    """A name that only says whose rival, parent or former employee the next name is ('Nvidia
    rival AMD', "G42's subsidiary Core42"): set aside like a designer inside a chip's name, but
    with no chip around it."""
    return m.embedded and not any(c.first <= m.first and m.last <= c.last for c in view.chips())


def compute_provider(view: View, lo: int, hi: int, buyer: str | None) -> Mention | None:
    orgs = [m for m in _parties(view, lo, hi) if view.org(m) != buyer and not _ordering(view, m)]
    for m in orgs:
        if m.first > 0 and view.lowers[m.first - 1] in {"from", "through", "via"}:
            titled = next((n for n in orgs if n.first == m.last + 2), None)
            if titled is not None and view.lowers[m.last + 1] in P.PARTNER_TITLES:
                return titled  # "from Nvidia partner Crusoe": the partner named after its title
            return m
    for m in orgs:
        if view.lowers[m.first - 1 : m.first] == ["on"] and view.cue_positions(
            P.CLOUD_USE_VERBS, lo, m.first
        ):
            return m  # "G42 will run its services on Microsoft Azure"
        if view.lowers[m.first - 1 : m.first] == ["of"] and view.lowers[
            m.last + 1 : m.last + 2
        ] in (["compute"], ["computing"], ["capacity"]):
            return m  # "deploying 500 megawatts of AMD compute capacity": AMD's
    clouds = [
        m for m in orgs if view.has_type(m, "CloudProvider") and "Lab" not in view.entity(m).types
    ]
    clouds = clouds or [m for m in orgs if view.has_type(m, "CloudProvider")]
    clouds.sort(key=lambda m: m.reference)  # a name outranks a pronoun
    if clouds:
        return clouds[0]
    designers = [m for m in orgs if view.has_type(m, "ChipDesigner") and not view.is_lab(m)]
    if designers:
        return designers[0]
    return None


def _ordering(view: View, m: Mention) -> bool:
    """'a commitment from OpenAI', 'an order from Nvidia', 'an order worth at least $6.3
    billion from Nvidia': the one the deal comes from buys."""
    if view.lowers[m.first - 1 : m.first] != ["from"] or m.first < 2:
        return False
    at = m.first - 2
    sizes = [q for q in view.quantities if q.kind == "money" and q.last == at]
    if sizes:  # past "worth at least $6.3 billion"
        at = sizes[0].first - 1
        while at > 0 and view.lowers[at] in P.AMOUNT_HEDGES | {"worth", "valued"}:
            at -= 1
    return matches(view.lowers[at], P.ORDERING_NOUNS)


def cloud_behind_chip(view: View, lo: int, hi: int, buyer: str | None) -> Mention | None:
    """'Anthropic will access up to one million TPUs': the cloud that designs the chip sells it."""
    for chip in view.chips(lo, hi):
        clouds = sorted(
            d
            for d in view.registry.designers(chip.entity, include_co_designers=False)
            if d != buyer and "CloudProvider" in view.registry.get(d).types
        )
        if len(clouds) == 1:
            return Mention(clouds[0], chip.first, chip.last, chip.start, chip.end, chip.text,
                           embedded=True)  # fmt: skip
    return None


def names_a_neocloud(view: View, m: Mention) -> bool:
    return view.has_type(m, "CloudProvider") and not view.has_type(m, "Lab")


def designer_behind_chip(view: View, lo: int, hi: int) -> Mention | None:
    """'Meta agreed to deploy its MI450 GPUs in a 6-gigawatt deal': capacity bought from the
    chip's designer is a commitment to it (buying chips alone is use)."""
    for chip in view.chips(lo, hi):
        designers = sorted(view.registry.designers(chip.entity, include_co_designers=False))
        if len(designers) == 1:
            return Mention(designers[0], chip.first, chip.last, chip.start, chip.end, chip.text,
                           embedded=True)  # fmt: skip
    return None


def let_out_to(view: View, cue: int, lo: int, hi: int) -> Mention | None:
    """'The facility will be leased to Oracle', 'CoreWeave will lease GPUs to Microsoft': the
    buyer is who the thing goes to."""
    if not matches(view.lowers[cue], P.LET_OUT_WORDS):
        return None
    return next(
        (
            m
            for m in _parties(view, lo, hi)
            if cue < m.first <= cue + 12
            and view.lowers[m.first - 1] == "to"
            and not m.embedded
            and "," not in view.lowers[cue + 1 : m.first]
        ),  # (past "the campus's 400MW capacity under construction")
        None,
    )


def buyer_of(
    view: View, lo: int, hi: int, provider: str | None, cue: int | None = None
) -> Mention | None:
    orgs = [
        m
        for m in _parties(view, lo, hi)
        if view.org(m) != provider
        and not m.embedded
        and not names_its_chip(view, m)
        and not _describes_a_thing(view, m)
    ]
    ordering = [m for m in orgs if _ordering(view, m)]
    if ordering:
        return ordering[0]
    partners = _partners_of_each_deal(view, orgs)
    if cue in partners and len(partners) > 1:
        return partners[cue]  # "a $17 billion deal with Microsoft and a $3 billion deal with Meta"
    labs = [m for m in orgs if view.is_lab(m) and not _listed_as_customers(view, orgs, m)]
    if labs:
        return labs[0]
    for m in orgs:
        window = view.lowers[m.last + 1 : m.last + 12]
        if any(matches(w, P.BUY_OR_RENT_WORDS) for w in window) and "from" in window:
            return m
    if orgs and view.has_type(orgs[0], "Lab"):
        return orgs[0]
    if cue is not None and matches(view.lowers[cue], P.BUY_RENT_SECURE_OR_TRAIN_WORDS):
        subjects = [m for m in orgs if m.last < cue and cue - m.last <= 8]
        gap = view.lowers[subjects[-1].last + 1 : cue] if subjects else []
        if len(gap) > 2 and gap[0] == gap[-1] == "," and "," not in gap[1:-1]:
            gap = []  # "Jane Street, itself a shareholder, trains on …": an aside
        if gap[-1:] == ["to"] and len(gap) <= 3 and all(w.isalpha() for w in gap):
            gap = gap[:-1]  # "Nvidia agreed to lease": the infinitive's subject
        if gap[:2] in ([",", "which"], [",", "who"]) and set(gap[2:]) <= P.RELATIVE_VERB_CHAIN:
            gap = gap[2:]  # "Nvidia, which will purchase any of CoreWeave's unsold capacity"
        if subjects and not set(gap) & {",", "from", "by", "with", "to", "of", "for"}:
            return subjects[-1]  # "Humain plans to build 200 MW using Qualcomm's processors"
    if cue is not None and matches(view.lowers[cue], DEAL_NOUNS) and provider is not None:
        partners = [m for m in orgs if after_with(view, m)]
        if (
            partners
            and _only_the_partners(view, orgs, partners[0])
            and view.registry.get(provider).types != ["Lab"]
        ):
            return partners[0]  # "CoreWeave signed a capacity agreement with Nvidia"
    return None


def _listed_as_customers(view: View, orgs: list[Mention], m: Mention) -> bool:
    """'to expand its offerings to cloud customers, including Anthropic, Apple and GitLab':
    a company listed as someone's customers after the deal's parties, not the deal's buyer."""
    first = min(list_around(view, orgs, m), key=lambda o: o.first).first
    before = [w for w in view.lowers[max(0, first - 4) : first] if w != ","]
    opener = 2 if before[-2:] == ["such", "as"] else 1
    return (opener == 2 or before[-1:] in (["including"], ["like"])) and bool(
        before[-opener - 1 : -opener] and matches(before[-opener - 1], P.CLOUD_CUSTOMER_NOUNS)
    )


def _only_the_partners(view: View, orgs: list[Mention], partner: Mention) -> bool:
    """Whether the clause's other organisations are the partner after 'with' and those
    listed with it ("Crusoe has deals with Oracle, Microsoft and Alphabet's Google": each a
    buyer)."""
    listed = {view.org(m) for m in list_around(view, orgs, partner)}
    return {view.org(m) for m in orgs} <= listed


def _partners_of_each_deal(view: View, orgs: list[Mention]) -> dict[int, Mention]:
    """The organisation right after 'with' after each deal noun of the sentence, by the
    noun's position."""
    at = {m.first: m for m in orgs}
    return {
        cue: at[cue + 2]
        for cue in view.cue_positions(DEAL_NOUNS)
        if view.lowers[cue + 1 : cue + 2] == ["with"] and cue + 2 in at
    }


def after_with(view: View, m: Mention) -> bool:
    """'with Nvidia', 'with AI cloud company Fluidstack': the deal's other party, named at once
    or after a description of it."""
    if view.lowers[m.first - 1 : m.first] == ["with"]:
        return True
    if any(  # "with G42's U.S. subsidiary Core42"
        view.lowers[o.first - 1] == "with" and _set_aside(view, o)
        for o in view.orgs(max(1, m.first - 6), m.first)
    ):
        return True
    before = view.lowers[max(0, m.first - 6) : m.first]
    if "with" not in before:
        return False
    described = before[len(before) - before[::-1].index("with") :]
    return (
        bool(described)
        and all(w.isalpha() for w in described)
        and (described[-1] in P.COMPANY_HEADS or described[-1] in P.DESCRIPTORS)
    )


def _describes_a_thing(view: View, m: Mention) -> bool:
    """'OpenAI-powered tools', 'Nvidia-based servers': a name glued to a participle describes
    what follows, and buys nothing (not 'the OpenAI-Oracle deal', whose names are parties)."""
    after = view.sentence.tokens[m.last + 2 : m.last + 3]
    return (
        view.in_compound(m) and bool(after) and after[0].text.isalpha() and after[0].text.islower()
    )
