"""What a cloud holds and whom it serves: the chips it offers, and its customers.

"Google Cloud already offers its TPUs for rent", "CoreWeave will provide a cluster of Nvidia
GB300 systems": a cloud that offers chips runs them (GOLD_FORMAT's use), whoever rents them.
"Other users of the OCI Supercluster include Adept and Reka", "CoreWeave's largest customer is
Microsoft": a cloud's customers buy its compute.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import takewhile

from kg.extract import patterns as P
from kg.extract.clauses import (
    Candidate,
    View,
    list_around,
    list_ending,
    list_starting,
    past_examples_opening,
)
from kg.extract.customers import customer_named
from kg.extract.mentions import Mention
from kg.extract.use_subjects import before_appositive
from kg.extract.uses import chip_use


def _clouds_acting(view: View, verbs: tuple[str, ...]) -> Iterator[tuple[int, int, str]]:
    """(verb, end of its clause, cloud) for each of ``verbs`` whose clause names a cloud right
    before it ('Google Cloud already offers', 'Nebius serves', 'CoreWeave will build')."""
    for cue in view.cue_positions(verbs):
        lo, hi = view.clause(cue)
        cloud = _cloud_before_verb(view, lo, cue)
        if cloud is not None:
            yield cue, hi, cloud


def cloud_offers(view: View) -> list[Candidate]:
    found = []
    for cue, hi, cloud in _clouds_acting(view, P.OFFER_VERBS):
        for chip in view.chips(cue + 1, min(hi, cue + P.CHIPS_AFTER_VERB + 1)):
            if not chip.embedded and not view.contrasted(chip.first):
                found.append(chip_use(view, cloud, chip, "use:offered"))
                found.extend(_offered_to(view, cloud, chip, hi))
    return found


def _offered_to(view: View, cloud: str, chip: Mention, hi: int) -> list[Candidate]:
    """'Google will provide up to one million TPUs to Anthropic': the company the chips go to
    uses them and buys the compute from the cloud."""
    to = next(
        (i for i in range(chip.last + 1, min(hi, chip.last + 6)) if view.lowers[i] == "to"),
        None,
    )
    if to is None:
        return []
    named = {i for c in view.chips(chip.last + 1, to) for i in range(c.first, c.last + 1)}
    gap = {
        w for i, w in enumerate(view.lowers[chip.last + 1 : to], chip.last + 1) if i not in named
    }
    if not gap <= P.OFFERED_TO_GAP:
        return []
    taker = next((m for m in view.orgs(to + 1, to + 2) if not m.embedded), None)
    if taker is None or view.org(taker) in {None, cloud}:
        return []
    return [
        chip_use(view, view.org(taker), chip, "use:offered"),  # type: ignore[arg-type]
        Candidate(
            "compute_commitment",
            view.org(taker),  # type: ignore[arg-type]
            cloud,
            view.sentence,
            "commit:offered",
            chip=chip.entity,
        ),
    ]


def _cloud_before_verb(view: View, lo: int, cue: int) -> str | None:
    """The cloud the clause names right before its verb ('Google Cloud already offers',
    'Fluidstack will host')."""
    before = [m for m in view.orgs(lo, cue) if not m.embedded][-1:]
    if not before or not view.has_type(before[0], "CloudProvider"):
        return None
    gap = view.lowers[before[0].last + 1 : cue]
    if "," in gap and before_appositive(view, before, cue) is not None:
        gap = gap[len(gap) - gap[::-1].index(",") :]  # "Nscale, a developer of AI data
        # centers, has agreed to build": the words after the description
    if len(gap) > 2 and gap[:3] in (["was", "the", "first"], ["is", "the", "first"]):
        gap = gap[3:]  # "Microsoft was the first cloud to offer"
        gap = gap[1:] if gap[:1] and gap[0] in P.FIRST_OF_KIND else gap
    gap = [w for w in gap if w not in P.CATENATIVES]  # "has agreed to build", "plans to host"
    return view.org(before[0]) if len(gap) <= 2 else None


def cloud_customers(view: View, last_cloud: str | None = None) -> list[Candidate]:
    """'OpenAI has been a major customer of Microsoft Azure': a cloud's customer buys its
    compute; a list of customers whose sentence names no one else ('Early anchor customers
    include A and B') is of the cloud the article named last (``last_cloud``)."""
    found = []
    for cue in view.cue_positions(P.CLOUD_CUSTOMER_NOUNS):
        clouds, holders = (
            _counted_among(view, cue) or _signed_up_as(view, cue) or _clients_listed(view, cue)
        )
        if holders and not clouds and last_cloud and _names_the_customers(view, cue):
            found += _sales(view, holders, last_cloud, "commit:customer")
            continue
        if not holders:
            clouds, holders = _customers_by_copula(view, cue)
            if holders and not clouds and last_cloud:
                found += _sales(view, holders, last_cloud, "commit:customer")
                continue  # "Microsoft and Nvidia are clients too": of the cloud spoken of
        if holders or view.lowers[cue] in {"clients", "users"}:
            pass  # "Nebius counts Microsoft and Meta among its customers", "clients like A"
        elif compound := [m for m in view.orgs(max(0, cue - 4), cue) if m.last == cue - 1]:
            # "OpenAI is also a CoreWeave customer": the cloud named in the compound
            clouds = [m for m in compound if view.has_type(m, "CloudProvider")]
            holder = customer_named(view, compound[0].first) if clouds else None
            holders = [holder] if holder else []
        elif (bought := _customer_for_capacity(view, cue)) is not None:
            holder, cloud = bought  # "and OpenAI will be the main customer for this computing
            found += _sales(view, [holder], cloud, "commit:customer")  # power" (Oracle's)
            continue
        elif view.lowers[cue + 1 : cue + 2] == ["of"]:
            clouds = [m for m in view.orgs(cue + 2, cue + 4) if view.has_type(m, "CloudProvider")]
            holder = customer_named(view, cue)
            if clouds and holder:  # "a customer of AWS and Google Cloud": of each cloud listed
                listed = [m for m in view.orgs(cue + 2, view.clause(cue)[1]) if not m.embedded]
                for cloud in sorted(list_around(view, listed, clouds[0]), key=lambda m: m.first):
                    if view.has_type(cloud, "CloudProvider"):
                        found += _sales(view, [holder], view.org(cloud), "commit:customer")
            continue
        else:
            clouds, holders = _possessive_customer(view, cue)
        if clouds:
            found += _sales(view, holders, view.org(clouds[0]), "commit:customer")
    return found


def _customer_for_capacity(view: View, cue: int) -> tuple[Mention, str] | None:
    """'Oracle is building a campus …, and OpenAI will be the main customer for all this
    computing power': the customer for capacity buys it from the cloud named before it in the
    sentence."""
    if view.lowers[cue + 1 : cue + 2] != ["for"]:
        return None
    if not P.CAPACITY_NOUNS & set(view.lowers[cue + 2 : cue + 6]):
        return None
    holder = customer_named(view, cue)
    if holder is None:
        return None
    clouds = [
        m
        for m in view.orgs(0, holder.first)
        if view.has_type(m, "CloudProvider") and not m.embedded
    ]
    if not clouds or view.org(clouds[-1]) == view.org(holder):
        return None
    return holder, view.org(clouds[-1])  # type: ignore[return-value]


def _sales(
    view: View, buyers: list[Mention], cloud: str | None, method: str, anchor: int | None = None
) -> list[Candidate]:
    """The compute ``cloud`` sells to each of ``buyers`` (anchored on each buyer's name unless
    ``anchor`` is given), none to the cloud itself."""
    return [
        Candidate(
            "compute_commitment",
            view.org(m),
            cloud,
            view.sentence,
            method,  # type: ignore[arg-type]
            anchor=m.first if anchor is None else anchor,
        )  # fmt: skip
        for m in buyers
        if view.org(m) not in (None, cloud)
    ]


def _bought_for(view: View, start: int, cloud: str) -> Mention | None:
    """The company named at token ``start``, right after 'for', that compute is for (not the
    cloud itself, nor a possessive: "for OpenAI's Stargate" is the project's)."""
    buyer = next((m for m in view.orgs(start, start + 1) if not m.embedded), None)
    if buyer is None or view.org(buyer) in (None, cloud) or view.possessive(buyer):
        return None
    return buyer


def hosted_workloads(view: View) -> list[Candidate]:
    """'Fluidstack will host Anthropic's workloads', 'Nebius hosts training runs for Mistral': a
    cloud that hosts a company's work sells it compute."""
    found = []
    for cue, hi, cloud in _clouds_acting(view, P.WORK_HOSTING_VERBS):
        after = view.lowers[cue + 1 : cue + 8]
        work = next((i for i, w in enumerate(after) if w in P.HOSTED_WORK), None)
        if work is None:
            continue
        chips = {c.first for c in view.chips(cue + 1, cue + 1 + work)}
        client = [
            m
            for m in view.orgs(cue + 1, min(hi, cue + work + 5))
            if (view.possessive(m) and m.last < cue + 1 + work and m.last + 2 not in chips)
            or view.lowers[m.first - 1 : m.first] == ["for"]
        ]  # (not "runs Nvidia's GB200 clusters": the chips' designer)
        found += _sales(view, client[:1], cloud, "commit:hosted", anchor=cue)
    return found


def built_for(view: View) -> list[Candidate]:
    """'CoreWeave will build a 100,000-GPU cluster for OpenAI', 'Nscale will deploy 200,000
    Nvidia GPUs for Microsoft': compute a cloud builds, deploys or hosts for a company is
    compute it sells that company."""
    found = []
    for cue, hi, cloud in _clouds_acting(view, P.BUILT_FOR_VERBS):
        words = view.lowers
        at = next((i for i in range(cue + 1, min(hi, cue + 12)) if words[i] == "for"), None)
        if at is None:
            continue
        obj = words[cue + 1 : at]
        if not (
            view.chips(cue + 1, at)
            or set(obj) & (P.COMPUTE_OBJECTS | P.BUILT_SITES)
            or any(w.endswith("-gpu") for w in obj)
        ):
            continue
        buyer = _bought_for(view, at + 2 if words[at + 1 : at + 2] == ["the"] else at + 1, cloud)
        if buyer is not None:
            found += _sales(view, [buyer], cloud, "commit:built-for", anchor=cue)
    return found


def chosen_to_build(view: View) -> list[Candidate]:
    """'OpenAI has selected SB Energy to build and operate its 1.2 GW data center site': the
    company chosen to build or run a buyer's site sells it that site's compute, whatever else
    the registry knows it as."""
    found = []
    words = view.lowers
    for cue in view.cue_positions(P.CHOOSING_VERBS):
        chosen = [m for m in view.orgs(cue + 1, cue + 2) if not m.embedded and not m.reference]
        if not chosen or words[chosen[0].last + 1 : chosen[0].last + 2] != ["to"]:
            continue
        at = chosen[0].last + 2
        verbs = 0
        while at < len(words) and (words[at] in P.BUILT_FOR_VERBS or words[at] == "and"):
            verbs += words[at] != "and"
            at += 1  # "to build and operate"
        site = next(
            (i for i in range(at, min(len(words), at + 8)) if words[i] in P.BUILT_SITES), None
        )
        if not verbs or site is None or set(words[at:site]) & {",", ";", "for", "with"}:
            continue
        if view.has_type(chosen[0], "ChipDesigner") and not view.has_type(
            chosen[0], "CloudProvider"
        ):
            continue  # "BNY has tapped Nvidia to build an AI factory": its chips, not its cloud
        buyer = [m for m in view.orgs(view.clause(cue)[0], cue) if not m.embedded][-1:]
        if buyer and view.org(buyer[0]) != view.org(chosen[0]):
            found += _sales(view, buyer, view.org(chosen[0]), "commit:built-for", anchor=cue)
    return found


def site_for(view: View) -> list[Candidate]:
    """'Project Rainier, Amazon's cluster for Anthropic', 'the Abilene site, operated by Crusoe
    for OpenAI': a cloud's site for a company, or one a cloud operates for it, sells it
    compute."""
    found = []
    words = view.lowers
    for cue in (i for i, w in enumerate(words) if w in P.BUILT_SITES or w in P.SITE_OPERATED):
        if words[cue] in P.SITE_OPERATED:
            if words[cue + 1 : cue + 2] != ["by"]:
                continue
            clouds = [m for m in view.orgs(cue + 2, cue + 3) if not m.embedded]
            at = clouds[0].last + 1 if clouds else cue
        else:
            clouds = [m for m in view.orgs(max(0, cue - 4), cue) if view.possessive(m)]
            at = cue + 1
        if not clouds or not view.has_type(clouds[-1], "CloudProvider"):
            continue
        cloud = view.org(clouds[-1])
        buyer = _bought_for(view, at + 1, cloud) if words[at : at + 1] == ["for"] else None  # type: ignore[arg-type]
        if buyer is not None:
            found += _sales(view, [buyer], cloud, "commit:site-for", anchor=cue)
    return found


def _counted_among(view: View, cue: int) -> tuple[list[Mention], list[Mention]] | None:
    """'Nebius counts Microsoft and Meta among its customers': the cloud that counts, and the
    companies it counts."""
    words = view.lowers
    its = next((i for i in range(cue - 1, max(0, cue - 4), -1) if words[i] in ("its", "their")), 0)
    if words[its - 1 : its] != ["among"] or not all(w.isalpha() for w in words[its + 1 : cue]):
        return None  # "among its customers", "among its biggest customers"
    verb = next(
        (i for i in range(its - 2, max(-1, its - 15), -1) if words[i] in P.COUNTING_VERBS), None
    )
    if verb is None:
        return None
    clouds = [m for m in view.orgs(0, verb) if view.has_type(m, "CloudProvider") and not m.embedded]
    holders = [m for m in view.orgs(verb + 1, its - 1) if not m.embedded]
    return (clouds[-1:], holders) if clouds and holders else None


def _names_the_customers(view: View, cue: int) -> bool:
    """'Early anchor customers include A and B', 'Customers so far: A and B', 'to meet demand
    from clients like A and B': a sentence naming the customers of no one it names."""
    words = view.lowers
    naming = P.CUSTOMER_NAMING_WORDS - {"include", "includes", "included"}
    opener = next((i for i in range(cue + 1, min(len(words), cue + 6)) if words[i] not in naming),
                  None)  # fmt: skip
    listing = opener is not None and words[opener] in {"include", "includes", "included", ":"}
    return (
        words[cue] != "customer"
        and (listing or (_listed_after(view, cue) and not _lists_clouds(view, cue)))
        # "demand from major clients like A and B"
        and not view.orgs(0, cue)
        and not view.chips(0, cue)
    )


def _colon_after(words: list[str], cue: int) -> int | None:
    """'Early anchor customers are already named: among them, A, B and C': the colon that opens
    the list of a customer noun (after a few words of naming at most)."""
    for i in range(cue + 1, min(len(words), cue + 6)):
        if words[i] == ":":
            return i + 2 if words[i + 1 : i + 3] == ["among", "them"] else i
        if words[i] not in P.CUSTOMER_NAMING_WORDS:
            return None
    return None


def _signed_up_as(view: View, cue: int) -> tuple[list[Mention], list[Mention]] | None:
    """'Nebius has signed up start-ups like Cursor and Mistral as customers', 'after securing
    INF Tech as a client', 'counts OpenAI as a customer': the cloud before the verb, the
    companies between it and 'as'."""
    words = view.lowers
    at = cue - 1
    while at > 0 and (
        words[at] in P.CUSTOMER_ADJECTIVES
        or words[at] in P.ROLE_ARTICLES
        or words[at] in P.CLOUD_CUSTOMER_QUALIFIERS
    ):
        at -= 1
    if words[at - 3 : at + 1] in ([b, "an", "investment", "and"] for b in ("both", "as")):
        at -= 3 if words[at - 3] == "as" else 4  # "as both an investment and a cloud client"
    if words[at] != "as":
        return None
    verb = next(
        (
            i
            for i in range(at - 1, max(-1, at - 16), -1)
            if words[i] in P.SIGNING_UP_VERBS or words[i] in P.COUNTING_VERBS
        ),
        None,
    )
    if verb is None:
        return None
    holders = [m for m in view.orgs(verb + 1, at) if not m.embedded]
    clouds = [m for m in view.orgs(0, verb) if view.has_type(m, "CloudProvider") and not m.embedded]
    if not holders or not clouds:
        return None
    return clouds[-1:], list_around(view, holders, holders[-1])


def served_companies(view: View) -> list[Candidate]:
    """'Nebius serves AI startups such as Cursor, Black Forest Labs and Mistral': the companies
    a cloud serves, listed after 'such as', 'like' or 'including', buy its compute."""
    found = []
    for cue, hi, cloud in _clouds_acting(view, P.SERVING_VERBS):
        opener = next((i for i in range(cue + 1, min(hi, cue + 13)) if _listed_after(view, i - 1)),
                      None)  # fmt: skip
        if opener is None or set(view.lowers[cue + 1 : opener]) & (P.CLAUSE_BREAKS | P.RELATIVE):
            continue  # (the served may be described at length: "startups, AI firms and
            # digital-focused companies such as Mistral")
        start = opener + (2 if view.lowers[opener] == "such" else 1)
        listed = [m for m in view.orgs(start, start + 4) if not m.embedded][:1]
        if not listed:
            continue
        later = [m for m in view.orgs(listed[0].last + 1, hi) if not m.embedded]
        found += _sales(view, list_starting(view, listed[0], later), cloud, "commit:customer")
    return found


def _lists_clouds(view: View, cue: int, reach: int = 20) -> bool:
    """'customers including Meta, Google and smaller cloud providers': clouds among the
    customers buy chips, not capacity from the cloud the article named last."""
    return bool(set(view.lowers[cue + 1 : cue + reach]) & P.CLOUD_KIND_NOUNS)


def _listed_after(view: View, cue: int) -> bool:
    """'customers like A and B', 'clients such as A', 'users include A'."""
    after = view.lowers[cue + 1 : cue + 3]
    return after[:1] in (["like"], ["including"], ["include"], ["included"]) or after == [
        "such",
        "as",
    ]


def _listing_verb(view: View, cue: int, of_what: bool) -> int | None:
    """Where the list after a customer noun begins: past 'of' and what the customers use ('Other
    users of the OCI Supercluster include'), or past an auxiliary or adverb ('Customers have
    already included A and B')."""
    if of_what:
        reach = range(cue + 2, min(len(view.lowers), cue + 9))
        return next((i for i in reach if _listed_after(view, i - 1)), None)
    return next(
        (
            i
            for i in range(cue + 1, cue + 4)
            if set(view.lowers[cue + 1 : i]) <= P.LISTING_AUXILIARIES and _listed_after(view, i - 1)
        ),
        None,
    )


def _past_a_kind(view: View, start: int) -> int:
    """Where the names of a list begin past a kind of company that opens it ('clients
    including leading AI labs like OpenAI and Anthropic'): after its 'like' or 'such as'."""
    words = view.lowers[start : start + 6]
    if any(m.first == start for m in view.orgs(start, start + 1)):
        return start
    for i, word in enumerate(words):
        if word == "like" or words[i : i + 2] == ["such", "as"]:
            kind = words[:i]
            if kind and all(w.isalpha() or w == "-" for w in kind):
                return start + i + (2 if word == "such" else 1)
            break
    return start


def _clients_listed(view: View, cue: int) -> tuple[list[Mention], list[Mention]]:
    """'CoreWeave serves major clients like Microsoft and OpenAI', 'Other users of the OCI
    Supercluster include Adept and Reka': the cloud is the one the sentence names before the
    list (its subject, or the owner of what is used); the listed companies are its customers."""
    of_what = view.lowers[cue + 1 : cue + 2] == ["of"]
    verb = _listing_verb(view, cue, of_what)
    if verb is None:
        verb = _colon_after(view.lowers, cue)
    if verb is None:
        return [], []
    start = _past_a_kind(view, verb + (2 if view.lowers[verb] == "such" else 1))
    listed = [m for m in view.orgs(start, start + 4) if not m.embedded][:1]
    if not listed:
        return [], []
    later = list(
        takewhile(
            lambda m: not m.embedded, (m for m in view.orgs(listed[0].last + 1) if not m.reference)
        )
    )  # (not "Microsoft (its largest), OpenAI": the reference inside the aside)
    group = list_starting(view, listed[0], later)
    before = view.orgs(cue + 2, verb) if of_what else view.orgs(0, cue)  # "users of the OCI …"
    if view.lowers[0] == "with" and group and not before:
        group, before = _fronted_list_and_subject(view, group)
    clouds = [
        m for m in before if view.has_type(m, "CloudProvider") and not m.embedded and m not in group
    ][:1]
    return clouds, group


def _fronted_list_and_subject(
    view: View, group: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """'With clients like A and B, Fluidstack aims …': the list ends at the comma after the
    name that 'and' joins; the name right after that comma is the main clause's subject."""
    for n, m in enumerate(group[1:], 1):
        if view.lowers[m.first - 1] == "and" and view.lowers[m.last + 1 : m.last + 2] == [","]:
            subject = [s for s in view.orgs(m.last + 2, m.last + 3) if s.first == m.last + 2]
            return group[: n + 1], subject
    return group, []


def _possessive_customer(view: View, cue: int) -> tuple[list[Mention], list[Mention]]:
    """'CoreWeave's largest customer is Microsoft', 'Microsoft is CoreWeave's biggest customer',
    'Lambda's other customers include Amazon and Microsoft', 'CoreWeave's biggest customer,
    Microsoft, …'."""
    owners = [
        m
        for m in view.orgs(max(0, cue - 6), cue)
        if view.has_type(m, "CloudProvider")
        and (view.possessive(m) or (m.reference and view.lowers[m.first] in ("its", "their")))
    ]  # ("Microsoft is its largest customer": 'its' is the cloud spoken of)
    at = owners[0].first if owners else cue
    speaking = _speaking_cloud(view, cue) if not owners or owners[0].reference else None
    if speaking is not None:  # (before what 'its' was resolved to)
        owners, at = [speaking[0]], speaking[1]
    if not owners:
        return [], []
    after = view.lowers[cue + 1 : cue + 2]
    holders = view.orgs(cue + 2, cue + 4) if after and after[0] in P.CUSTOMER_COPULAS else []
    if after == [","] and not holders:  # "CoreWeave's biggest customer, Microsoft, accounted"
        apposed = view.orgs(cue + 2, cue + 3)
        if apposed and view.lowers[apposed[0].last + 1 : apposed[0].last + 2] in ([","], []):
            return owners[:1], apposed
    if holders:
        named = [m for m in view.orgs(cue + 2) if not m.reference]  # not "(its largest)"
        return owners[:1], list_around(view, named, holders[0])
    before = view.orgs(max(0, at - 7), at)
    gap = view.lowers[before[-1].last + 1 : at] if before else []
    holders = before[-1:] if set(gap) <= P.BECOMING_CUSTOMER and gap else []
    return owners[:1], holders


def _speaking_cloud(view: View, cue: int) -> tuple[Mention, int] | None:
    """'Nebius said Veltrix had become its largest customer': 'its' is the cloud that speaks
    (the cloud, and where the 'its' stands)."""
    its = [i for i in range(max(0, cue - 3), cue) if view.lowers[i] in ("its", "their")]
    if not its:
        return None
    speaker = next(
        (
            m
            for m in view.orgs(0, cue)
            if view.has_type(m, "CloudProvider")
            and not m.embedded
            and view.lowers[m.last + 1 : m.last + 2] != []
            and view.lowers[m.last + 1] in P.REPORTING_VERBS
        ),
        None,
    )
    return None if speaker is None else (speaker, its[-1])


def turned_to(view: View) -> list[Candidate]:
    """'Microsoft has also turned to CoreWeave for additional AI computing power': the company
    that turns to a cloud for compute buys it (relying on one is a verb of cloud use)."""
    found = []
    for cue in view.cue_positions(P.TURNING_TO):
        lo, hi = view.clause(cue)
        if view.lowers[cue + 1 : cue + 2] != ["to"]:
            continue
        start = past_examples_opening(view.lowers, cue + 2, hi, reach=4)
        clouds = [m for m in view.orgs(start, start + 2) if view.has_type(m, "CloudProvider")]
        if clouds and start > cue + 2:  # "turned to neoclouds such as Nebius and Nscale for …"
            clouds = list_around(view, view.orgs(start), clouds[0])
        if not clouds or view.lowers[clouds[-1].last + 1 : clouds[-1].last + 2] != ["for"]:
            continue
        wanted = view.lowers[clouds[-1].last + 2 : min(hi, clouds[-1].last + 7)]
        if not P.COMPUTE_QUALIFIERS.intersection(wanted) and "power" not in wanted:
            continue
        buyers = [m for m in view.orgs(lo, cue) if not m.embedded and not view.possessive(m)]
        for cloud in clouds:
            found += _sales(view, buyers[-1:], view.org(cloud), "commit:turned-to", anchor=cue)
    return found


def _customers_by_copula(view: View, cue: int) -> tuple[list[Mention], list[Mention]]:
    """'Microsoft and Nvidia are customers of CoreWeave', 'Microsoft and Nvidia are clients
    too': the companies a plural customer noun is said of, right before its copula, and the
    cloud named after 'of' (none when the sentence names no other company)."""
    words = view.lowers
    if words[cue] not in ("customers", "clients"):
        return [], []
    at = cue - 1
    while at > 0 and words[at] in P.CUSTOMER_ADVERBS:
        at -= 1
    if words[at] not in ("are", "were", "remain"):
        return [], []
    last = next((m for m in view.orgs(max(0, at - 4), at) if m.last == at - 1), None)
    if last is None or last.embedded or last.reference:
        return [], []
    holders = list_ending(view, [m for m in view.orgs(0, last.first) if not m.embedded], last)
    if len(holders) < 2 or view.lowers[holders[0].first - 1 : holders[0].first] not in ([], [","]):
        return [], []  # a list that is the clause's subject, not "… sold to A and B are …"
    if words[cue + 1 : cue + 2] == ["of"]:
        clouds = [m for m in view.orgs(cue + 2, cue + 4) if view.has_type(m, "CloudProvider")]
        return (clouds[:1], holders) if clouds else ([], [])
    others = [m for m in view.orgs() if m not in holders and not m.embedded]
    tail = words[cue + 1 :]
    return ([], holders) if not others and tail[:1] in (["too"], ["."]) else ([], [])


def revenue_customers(view: View, last_cloud: str | None = None) -> list[Candidate]:
    """'Microsoft, which accounted for 62% of its revenue', 'Meta made up 20% of CoreWeave's
    sales': a company that brings a cloud a share of its revenue buys its compute (the cloud
    is the one named as the revenue's owner, or the one spoken of)."""
    words = view.lowers
    found = []
    for cue in view.cue_positions(P.REVENUE_NOUNS):
        at = cue - 1
        owner = next((m for m in view.orgs(max(0, at - 4), cue) if m.last in (at, at - 1)), None)
        if owner is not None:
            at = owner.first - 1
        if words[at : at + 1] != ["of"] or words[at - 1 : at] not in (["%"], ["percent"]):
            continue
        verb = at - 3
        while verb > 0 and words[verb] in P.SHARE_HEDGES:
            verb -= 1  # "roughly", "about", "more than"
        if words[verb : verb + 1] == ["for"]:
            verb -= 1
        if verb < 1 or words[verb] not in P.SHARE_VERBS:
            continue
        link = verb - 1
        while link > 0 and words[link] in {"which", "who", ",", "alone", "also"}:
            link -= 1
        customer = next((m for m in view.orgs(max(0, link - 6), link + 1) if m.last == link), None)
        if customer is None and words[link] == ")":
            customer = next((m for m in view.orgs(max(0, link - 8), link) if m.last < link), None)
        if customer is None or customer.embedded:
            continue
        cloud = view.org(owner) if owner is not None else last_cloud
        if owner is not None and owner.reference and cloud == view.org(customer):
            cloud = last_cloud  # "Microsoft, which accounted for 62% of its revenue": not its own
        elif owner is not None and not view.has_type(owner, "CloudProvider"):
            continue
        if not cloud:
            continue
        found += _sales(view, [customer], cloud, "commit:customer", anchor=cue)
    return found


def signed_on_users(view: View, last_cloud: str | None = None) -> list[Candidate]:
    """'Ten companies including Siemens and Perplexity have signed on to use the AI
    infrastructure': each company listed as the subject of signing on (or up) to use a cloud's
    infrastructure buys its compute; the cloud is one named after the verb, or the one the
    article spoke of last."""
    words = view.lowers
    found: list[Candidate] = []
    for cue in view.cue_positions(P.SIGNING_FORMS):
        if words[cue + 1 : cue + 3] not in (["on", "to"], ["up", "to"]):
            continue
        if words[cue + 3 : cue + 4] not in (["use"], ["rent"], ["access"], ["tap"]):
            continue
        ahead = words[cue + 4 : cue + 9]
        if not set(ahead) & (P.CAPACITY_NOUNS | {"platform", "services", "service"}):
            continue
        clouds = [m for m in view.orgs(cue + 4, cue + 9) if view.has_type(m, "CloudProvider")]
        cloud = view.org(clouds[0]) if clouds else last_cloud
        lo = view.clause(cue)[0]
        subjects = [m for m in view.orgs(lo, cue) if not m.embedded]
        if cloud is None or not subjects:
            continue
        listed = list_ending(view, subjects[:-1], subjects[-1])
        found += _sales(
            view, [m for m in listed if view.org(m) != cloud], cloud, "commit:signed-on"
        )
    return found
