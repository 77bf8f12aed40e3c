"""Facts from sites: capacity a company builds for another, a campus's tenants, the chips a
company's site is built with or runs."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import (
    Candidate,
    View,
    fronted_phrase_end,
    list_ending,
    list_starting,
    matches,
)
from kg.extract.mentions import Mention
from kg.extract.raisers import described_in_aside
from kg.extract.uses import chip_use


def capacity_for(view: View) -> list[Candidate]:
    """'a plan for Nvidia to invest $100 billion in OpenAI and develop 10 gigawatts of
    computing infrastructure for the AI firm': capacity a company builds for another."""
    found = []
    for q in view.quantities:
        if q.kind != "power" or not matches(view.lowers[max(0, q.first - 1)], P.BUILD_VERBS):
            continue
        after = view.lowers[q.last + 1 : q.last + 9]
        if "for" not in after:
            continue
        at = q.last + 1 + after.index("for")
        buyers = [m for m in view.orgs(at + 1, at + 5) if not m.embedded]
        builders = [m for m in view.orgs(0, q.first) if not m.embedded and not m.reference]
        if not buyers or not builders:
            continue
        builder, buyer = view.org(builders[0]), view.org(buyers[0])
        if buyers[0].reference:  # "for the AI firm": the lab the sentence named
            labs = [view.org(m) for m in view.orgs() if view.is_lab(m) and view.org(m) != builder]
            buyer = labs[0] if labs else buyer
        if buyer and builder and buyer != builder:
            found.append(
                Candidate(
                    "compute_commitment",
                    buyer,
                    builder,
                    view.sentence,
                    "commit:built-for",
                    capacity_gw=q.value,  # type: ignore[arg-type]
                    numbers_fixed=True,
                    anchor=q.first,
                )
            )
    return found


def _links_a_tenant(view: View, lo: int, cue: int) -> bool:
    """Whether the words from ``lo`` to the tenant noun at ``cue`` join the name before them to
    it ('is the sole AI/HPC tenant'), past an aside on the name ('CoreWeave, a cloud company
    that raised $1.5 billion in a March IPO, is the sole tenant')."""
    tokens = view.sentence.tokens
    words = view.lowers
    if words[lo : lo + 1] == [","] and "," in words[lo + 1 : cue]:
        closing = words.index(",", lo + 1)
        if closing - lo <= 16 and words[lo + 1 : lo + 2] in (["a"], ["an"], ["the"]):
            lo = closing + 1
    return all(
        words[i] in P.TENANT_LINKS or words[i] == "/" or tokens[i].text.isupper()
        for i in range(lo, cue)
    )


def tenants(view: View) -> list[Candidate]:
    """'a campus in Texas, with OpenAI and Oracle as tenants', 'CoreWeave will serve as anchor
    tenant for our campus': a tenant rents capacity from the campus's developer, the first
    other organisation of the sentence."""
    found = []
    cues = list(view.cue_positions(P.TENANT_NOUNS))
    cues += [i for i in view.cue_positions(P.CUSTOMER_NOUNS) if view.lowers[i - 1] == "anchor"]
    for cue in sorted(cues):
        lo, hi = view.clause(cue)
        before = [m for m in view.orgs(lo, cue) if not m.embedded]
        holders = []
        if before and _links_a_tenant(view, before[-1].last + 1, cue):
            holders = list_ending(view, before[:-1], before[-1])
            if view.lowers[before[-1].first - 1] == "with":
                holders = [before[-1]]  # "operated by CoreWeave, with Cohere serving as the
                # anchor tenant": the tenant alone, the name before it is the landlord
        named = {view.org(m) for m in holders}
        fronted = fronted_phrase_end(view.lowers)  # "Much like Meta's site, X's will …"
        landlords = [
            m
            for m in view.orgs()
            if view.org(m) not in named and not m.embedded and m.first > fronted
        ]
        if not holders or not landlords:
            continue
        landlord = view.org(landlords[0])
        found.extend(
            Candidate(
                "compute_commitment",
                view.org(m),
                landlord,
                view.sentence,
                "commit:tenant",
                anchor=m.first,
            )  # fmt: skip
            for m in holders
        )
    return found


def built_with(view: View) -> list[Candidate]:
    """'Yotta will develop one of Asia's largest AI hubs powered by 20,736 Blackwell Ultra
    GPUs', 'SoftBank is working with Nvidia to build a supercomputer using Grace Blackwell':
    who builds a site uses the chips it is built with (not their designer beside it)."""
    found: list[Candidate] = []
    if not P.BUILT_SITES.intersection(view.lowers):
        return found
    chips = view.chips()
    for chip in chips:
        # a chip listed after another ("across Nvidia's Grace-Blackwell, Vera-Rubin, and Vera
        # platforms") is joined to the site through the list's first
        site = _site_built_with(view, list_ending(view, chips, chip)[0].first)
        if site is None:
            continue
        verb = next(
            (i for i in range(site - 1, max(-1, site - 13), -1)
             if matches(view.lowers[i], P.SITE_MAKING)),
            None,
        )  # fmt: skip
        if verb is None:
            continue
        designers = view.registry.designers(chip.entity)
        makers = [
            m
            for m in view.orgs(max(0, verb - 16), verb)
            if not m.embedded
            and view.org(m) not in designers
            and view.lowers[m.first - 1 : m.first] not in (["by"], ["from"], ["for"])
        ]
        if not makers:
            continue
        head = described_in_aside(view, makers[0])
        if head is not None and not head.embedded:
            makers = [head]  # "HUMAIN, a subsidiary of Saudi Arabia's PIF, … to develop"
        for user in dict.fromkeys(view.org(m) for m in list_starting(view, makers[0], makers)):
            if user and view.registry.get(user).types != ["Foundry"]:
                found.append(chip_use(view, user, chip, "use:built-with"))
    return found


def _site_built_with(view: View, first: int) -> int | None:
    """The site noun that a joining phrase just before a chip ('hubs powered by', 'a
    supercomputer in Japan using') ties it to."""
    for start in range(first - 1, max(-1, first - 12), -1):
        if view.lowers[start] not in P.BUILT_WITH_FIRST:
            continue
        for phrase in P.BUILT_WITH:
            if tuple(view.lowers[start : start + len(phrase)]) != phrase:
                continue
            between = view.lowers[start + len(phrase) : first]
            if set(_without_up_to(between)) & {",", ";", "and", "to", "than"}:
                return None
            # the site may carry a place ("a factory in Batam, Indonesia, which aims to host")
            return next(
                (i for i in range(start - 1, max(-1, start - 10), -1)
                 if view.lowers[i] in P.BUILT_SITES),
                None,
            )  # fmt: skip
    return None


def _without_up_to(words: list[str]) -> list[str]:
    """The words without an 'up to' or a 'more than' that bounds a number ('to host up to
    170,000 GPUs', 'a factory with more than 50,000 GPUs')."""
    return [
        w
        for i, w in enumerate(words)
        if not (w == "to" and words[i - 1 : i] == ["up"])
        and not (w == "than" and words[i - 1 : i] in (["more"], ["fewer"], ["less"]))
    ]


def site_runs(view: View) -> list[Candidate]:
    """'Oracle's supercluster project is powered by Nvidia chips', 'the Memphis xAI
    supercluster, which currently has 100,000 Nvidia chips': the company whose site (its
    possessive or its name before the site noun) runs chips uses them."""
    found: list[Candidate] = []
    if not P.BUILT_SITES.intersection(view.lowers):
        return found
    named = {i for q in view.quantities for i in range(q.first, q.last + 1)}
    named |= {i for m in view.mentions for i in range(m.first, m.last + 1)}
    for chip in view.chips():
        owner = _site_owner_before(view, chip, named)
        if owner is not None and owner not in view.registry.designers(chip.entity):
            found.append(chip_use(view, owner, chip, "use:site-runs"))
    return found


def _operated_by(view: View, site: int, chip: int) -> str | None:
    """'The cluster, operated by CoreWeave, contains 8,192 H100 GPUs': the organisation an
    aside after the site noun says runs or built it."""
    words = view.lowers
    if (
        words[site + 1 : site + 2] != [","]
        or words[site + 2 : site + 3] == []
        or (words[site + 2] not in P.SITE_OPERATED or words[site + 3 : site + 4] != ["by"])
    ):
        return None
    operators = [m for m in view.orgs(site + 4, site + 6) if not m.embedded and m.first < chip]
    return view.org(operators[0]) if operators else None


def _a_place_after_in(view: View, i: int) -> bool:
    """Whether token ``i`` is a capitalised place name right after 'in' ('in Munich')."""
    return (
        i > 0
        and view.lowers[i - 1] == "in"
        and view.sentence.tokens[i].text[:1].isupper()
        and not any(m.first <= i <= m.last for m in view.orgs())
    )


def _builds(between: list[str]) -> int:
    """How many words open ``between`` that say its subject builds what follows ('will build a',
    'is constructing a'), or 0."""
    for j, word in enumerate(between[:4]):
        if word in P.SITE_BUILDING_VERBS or word in P.SITE_OPENING_VERBS:
            k = j + 1
            while k < len(between) and between[k] in {"a", "an", "the", "its", "new", "first"}:
                k += 1
            return k if all(w in P.FINITE_AUXILIARIES or w == "to" for w in between[:j]) else 0
    return 0


def _site_owner_before(view: View, chip: Mention, named: set[int]) -> str | None:
    """The lab or cloud whose site the words before ``chip`` say runs it; ``named``: the
    tokens of numbers and names, which may stand between."""
    i = chip.first - 1
    verbs = 0
    while i >= 0 and i >= chip.first - 12:
        word = view.lowers[i]
        if word in P.BUILT_SITES:
            break
        if word in P.SITE_RUNS_VERBS:
            verbs += 1
        elif word in P.SITE_OPERATED and view.lowers[i + 1 : i + 2] == ["by"]:
            pass  # "The cluster, operated by CoreWeave, contains …"
        elif _a_place_after_in(view, i):
            i -= 1  # "Deutsche Telekom's AI factory in Munich is equipped with …": its place
        elif (
            word not in P.SITE_RUNS_FILLERS
            and i not in named
            and not word.replace(",", "").replace(".", "").isdigit()
        ):
            return None
        i -= 1
    if (
        i >= 0
        and view.lowers[i + 1 : i + 2] in (["of"], ["with"])
        or view.lowers[i + 1 : i + 3]
        == [
            ",",
            "with",
        ]
    ):
        verbs += 1  # "Mistral's cluster of 10,000 H100s", "its supercomputer, with 4,000 GPUs"
    if i < 0 or view.lowers[i] not in P.BUILT_SITES or not verbs:
        return None
    i = _site_it_describes(view.lowers, i)
    operator = _operated_by(view, i, chip.first)
    if operator is not None:
        return operator
    owners = [m for m in view.orgs(max(0, i - 8), i) if not m.embedded]
    if not owners:
        return None
    owner = owners[-1]
    if owner.reference and owner.last == i:
        return view.org(owner)  # "The supercomputer will be built on GB200 chips": its owner's
    between = view.lowers[owner.last + 1 : i]
    built = _builds(between)
    if between[:1] in (["'s"], ["’s"]):
        between = between[1:]
    elif built:
        between = between[built:]  # "Sharon AI will build a data center that …"
    elif not P.SITE_OWNER_TYPES & set(view.entity(owner).types):
        return None  # "HPE Cray XD supercomputers": the maker's name, not the owner's
    if len(between) > 3 or not all(w.isalpha() or w == "-" for w in between):
        return None  # "Oracle's Zeta-scale supercluster": a few modifiers at most
    return view.org(owner)


def _site_it_describes(words: list[str], site: int) -> int:
    """'opened its first AI Fabric site, a 7 MW facility powered by …': the site noun an
    appositive ('a 7 MW facility') describes, whose owner is named before it."""
    comma = next((j for j in range(site - 1, max(-1, site - 6), -1) if words[j] == ","), None)
    if comma is None or words[comma + 1 : comma + 2] not in (["a"], ["an"]):
        return site
    return comma - 1 if comma > 0 and words[comma - 1] in P.BUILT_SITES | {"site"} else site


def site_users(view: View) -> list[Candidate]:
    """'OpenAI, Mistral AI, and xAI will all tap into the facility', 'Anthropic will train on
    the Colossus 2 cluster', 'The center is devoted to Anthropic': who uses a company's site
    (named, or referred to as 'the facility') buys compute from that company."""
    found: list[Candidate] = []
    for site in view.mentions:
        owner = _owner_of_site(view, site) if _names_a_site(view, site) else None
        if owner is None:
            continue
        users = _users_before(view, site)
        dedicated = _dedicated_to(view, site)
        users += [dedicated] if dedicated is not None else []
        found.extend(
            Candidate(
                "compute_commitment",
                view.org(m),
                owner,
                view.sentence,
                "commit:site-use",
                anchor=m.first,
            )
            for m in users
            if view.org(m) not in (None, owner)
        )
    return found


def _users_before(view: View, site: Mention) -> list[Mention]:
    """The companies listed as the subject of a verb of using just before the site ('OpenAI
    and xAI will all tap into')."""
    verb = site.first - 1
    while verb >= 0 and view.lowers[verb] in P.SITE_USE_JOINS | {"the", "its", "their"}:
        verb -= 1
    if verb < 1 or view.lowers[verb] not in P.SITE_USE_VERBS:
        return []
    subject = verb - 1
    while subject >= 0 and view.lowers[subject] in P.SITE_USER_FILLERS:
        subject -= 1
    last = next(
        (m for m in view.orgs(0, subject + 1) if m.last == subject and not m.embedded), None
    )
    return list_ending(view, view.orgs(0, last.first), last) if last is not None else []


def _dedicated_to(view: View, site: Mention) -> Mention | None:
    """'The center is devoted to Anthropic', 'a campus dedicated to OpenAI': the company a
    site is set aside for."""
    i = site.last + 1
    while view.lowers[i : i + 1] and view.lowers[i] in P.SITE_RUNS_FILLERS - {"by", "of", "with"}:
        i += 1
    if view.lowers[i : i + 2] not in [[w, p] for w in P.SET_ASIDE for p in ("to", "for")]:
        return None
    return next((m for m in view.orgs(i + 2, i + 4) if not m.embedded), None)


def _owner_of_site(view: View, site: Mention) -> str | None:
    """Whose site it is: the company its possessive names ('SpaceX's', 'its' after SpaceX),
    else the owner the registry knows (sites change hands)."""
    if site.reference:
        return view.org(site)
    possessor = next((m for m in view.mentions if m.last == site.first - 1 and m.reference), None)
    if possessor is None and view.lowers[site.first - 1 : site.first] in (["'s"], ["’s"]):
        possessor = next((m for m in view.orgs() if m.last == site.first - 2), None)
    if possessor is not None and view.org(possessor):
        return view.org(possessor)
    owner = view.entity(site).owner
    return view.registry.organisation(owner) if owner else None


def _names_a_site(view: View, m: Mention) -> bool:
    """A site by its name ('Colossus 2') or by a reference to one ('the facility')."""
    if m.reference:
        return view.lowers[m.last] in P.BUILT_SITES | {"site"}
    return "DataCenter" in view.entity(m).types
