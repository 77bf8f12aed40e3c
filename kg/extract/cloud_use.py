"""Compute bought by naming a cloud: 'Anthropic uses AWS infrastructure', 'G42 will run its
services on Microsoft Azure', 'Cohere has partnered with Oracle Cloud Infrastructure to train
its next models'; the buyer is found as the deal rules find it (``buyer_of``)."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.antecedents import relative_antecedent
from kg.extract.clauses import Candidate, View, list_around
from kg.extract.commitment_parties import buyer_of
from kg.extract.fellow_parties import fellow_subjects
from kg.extract.mentions import Mention


def _names_a_cloud(view: View, m: Mention) -> bool:
    """A cloud business ('CoreWeave') or a cloud service's name ('AWS', 'Microsoft Azure'),
    not a company that also makes chips or models ('Amazon', 'Google')."""
    if {"CloudProvider"} == set(view.entity(m).types) - {"Investor"}:
        return True
    return any(word in m.text for word in P.CLOUD_SERVICE_WORDS)


def _object_of_use(view: View, m: Mention, verb: int) -> bool:
    """The cloud is the verb's object, or listed with it ('relies on AWS and Microsoft
    Azure')."""
    listed = list_around(view, [o for o in view.orgs() if o is m or not o.embedded], m)
    first = min(listed, key=lambda o: o.first)
    before = view.lowers[first.first - 1]
    moved = before == "to" and any(
        w.startswith(P.MOVING_STEMS) for w in view.lowers[max(0, first.first - 12) : first.first]
    )  # "moved its training workloads to Google Cloud": the moving verb, not 'training'
    return first.first > verb and (
        first.first - verb <= 2 or before == "on" or moved or _on_described(view, first.first)
    )


def _mover(view: View, verb: int) -> Mention | None:
    """'G42 will migrate its data platform to Azure': the subject of a verb of moving (a
    cloud too) buys from the cloud it moves to."""
    if not view.lowers[verb].startswith(P.MOVING_STEMS):
        return None
    subject = [m for m in view.orgs(max(0, verb - 4), verb) if not m.embedded][-1:]
    if not subject or not set(view.lowers[subject[0].last + 1 : verb]) <= P.MOVER_AUXILIARIES:
        return None
    return subject[0]


def _run_on(view: View, verb: int, cloud: Mention) -> Mention | None:
    """'Falcon had run Lightning AI on cloud giant AWS': what is run on a cloud buys from it."""
    if view.lowers[verb] not in ("run", "runs", "ran", "running"):
        return None
    run = [m for m in view.orgs(verb + 1, cloud.first) if not m.embedded]
    if len(run) != 1 or view.lowers[run[0].last + 1 : run[0].last + 2] != ["on"]:
        return None
    return run[0]


def _on_described(view: View, at: int) -> bool:
    """'ran Lightning AI on cloud giant AWS': 'on' and a description of the cloud before it."""
    words = view.lowers[max(0, at - 4) : at]
    if "on" not in words:
        return False
    described = words[len(words) - words[::-1].index("on") :]
    return 0 < len(described) <= 3 and all(
        w.isalpha() and w not in P.PREPOSITIONS | P.RELATIVE for w in described
    )


def _partnered_to_compute(view: View, m: Mention) -> bool:
    """'Cohere has partnered with Oracle Cloud Infrastructure to train its next models': a
    partnership with a cloud's service for the compute of training or running models."""
    words = view.lowers
    return (
        _partner_of(view, m)
        and _names_a_cloud(view, m)
        and words[m.last + 1 : m.last + 2] == ["to"]
        and (
            words[m.last + 2 : m.last + 3] in (["train"], ["run"], ["power"], ["host"])
            or _builds_a_site(words, m.last + 2)
        )
    )


def _partner_of(view: View, m: Mention) -> bool:
    """'partnered with Oracle Cloud', 'partnering with American cloud computing firm CoreWeave':
    the cloud right after a partnering verb's 'with', or after a short description of it."""
    words = view.lowers
    at = m.first - 1
    while at > 0 and m.first - at <= 5 and words[at] != "with":
        if not words[at].isalpha() or not words[at].islower():
            return False
        at -= 1
    return words[at : at + 1] == ["with"] and at > 0 and words[at - 1] in P.PARTNERED_FORMS


def _builds_a_site(words: list[str], verb: int) -> bool:
    """'to build this facility', 'to develop a data centre in Canada': a site built together."""
    return (
        verb < len(words)
        and words[verb] in P.SITE_BUILDING_VERBS
        and bool(
            set(words[verb + 1 : verb + 5]) & (P.FACILITY_NOUNS | {"datacentre", "datacentres"})
        )
    )


def _chips_through(view: View, cloud: Mention, lo: int) -> list[int]:
    """'scale to a million Trainium2 chips via AWS', 'GPUs through CoreWeave': chips had by way
    of a cloud are its compute bought; the position of the chip stands for the verb's."""
    if cloud.first < 2 or view.lowers[cloud.first - 1] not in {"via", "through"}:
        return []
    return [
        c.first
        for c in view.chips(lo, cloud.first - 1)
        if 0 <= cloud.first - 2 - c.last <= 1 and not c.embedded
    ][-1:]


def _signed_up_for(view: View, cloud: Mention) -> list[int]:
    """'has signed up for Google Cloud services', 'signed up with CoreWeave', 'signed up for
    $17.4 billion of capacity at Nebius': a customer's sign-up with a cloud (the position of
    the verb)."""
    words = view.lowers
    at = cloud.first - (words[cloud.first - 1 : cloud.first] == ["the"])
    if at >= 3 and words[at - 2 : at] in (["up", "for"], ["up", "with"]):
        return [at - 3] if words[at - 3] in P.SIGNING_FORMS else []
    if at >= 2 and words[at - 1] in {"at", "from", "with"} and words[at - 2] in P.CAPACITY_NOUNS:
        verb = next(
            (i for i in range(at - 3, max(0, at - 14), -1) if words[i : i + 2] == ["up", "for"]),
            None,
        )
        if verb is not None and words[verb - 1] in P.SIGNING_FORMS:
            return [verb - 1]
    return []


def _its_capacity_after(view: View, m: Mention) -> bool:
    """'Amazon's AI infrastructure', 'CoreWeave's compute capacity': the cloud's own capacity
    named in its possessive."""
    after = view.lowers[m.last + 1 : m.last + 4]
    return after[:1] in (["'s"], ["’s"]) and bool(set(after[1:]) & P.CAPACITY_AFTER_CLOUD)


def _chosen_by_a_cloud(view: View, cloud: Mention, lo: int) -> list[Candidate]:
    """'Crusoe has been tapped by Oracle to build the data center': a passive verb of choosing
    makes the cloud after 'by' the buyer, and the provider it chose is the clause's subject."""
    chosen = [m for m in view.orgs(lo, cloud.first) if not m.embedded]
    if not chosen or not view.has_type(chosen[0], "CloudProvider"):
        return []
    if view.org(chosen[0]) == view.org(cloud):
        return []
    return [
        Candidate(
            "compute_commitment",
            view.org(cloud),
            view.org(chosen[0]),
            view.sentence,
            "commit:provider-compute",
        )
    ]


def _listed_after_colon(view: View, cloud: Mention) -> list[Mention]:
    """'The following AI companies also use OCI: Adept, Modal and Reka': the users listed after
    a colon that closes the verb's clause, when no organisation is its subject."""
    if view.lowers[cloud.last + 1 : cloud.last + 2] != [":"]:
        return []
    if any(not o.embedded for o in view.orgs(view.clause(cloud.first)[0], cloud.first)):
        return []
    after = [o for o in view.orgs(cloud.last + 2) if not o.embedded]
    if not after or after[0].first != cloud.last + 2:
        return []
    return list_around(view, after, after[0])


def uses_provider_compute(view: View) -> list[Candidate]:
    """'Anthropic uses AWS infrastructure', 'G42 will run its services on Microsoft Azure',
    'xAI also uses Amazon Web Services': a buyer of cloud capacity, after a verb of use, with
    the cloud as its object (followed by a capacity noun, or itself a cloud business)."""
    found = []
    for m in view.orgs():
        if not view.has_type(m, "CloudProvider") or m.reference:
            continue
        rented = any(c.first == m.last + 1 for c in view.chips())
        if rented and not m.text.lower().endswith(("cloud", "azure")):
            continue  # "AWS Trainium": the cloud names the chip's designer; but "Google Cloud
            # TPUs", "Azure GPUs" are chips rented from the cloud business named
        lo, hi = view.clause(m.first)
        verbs = view.cue_positions(P.CLOUD_USE_VERBS, lo, m.first)
        if not verbs and _its_capacity_after(view, m):
            # "Anthropic has pledged to double its investment in Amazon's AI infrastructure"
            verbs = view.cue_positions(P.SPENDING_WORDS, lo, m.first)
        bought = _chips_through(view, m, lo) or _signed_up_for(view, m) or (rented and verbs)
        verbs = verbs or bought
        partnered = not verbs and _partnered_to_compute(view, m)
        if partnered:
            verbs = [max(i for i in range(m.first) if view.lowers[i] == "with") - 1]
        if not verbs:
            continue
        nxt = view.lowers[m.last + 1] if m.last + 1 < len(view.lowers) else ""
        if (
            not partnered
            and nxt not in P.CAPACITY_AFTER_CLOUD
            and not bought
            and not _its_capacity_after(view, m)
            and not (_names_a_cloud(view, m) and _object_of_use(view, m, verbs[-1]))
        ):
            continue
        if view.lowers[m.first - 1] == "by" and verbs[-1] == m.first - 2:
            found.extend(_chosen_by_a_cloud(view, m, lo))
            continue
        listed = _listed_after_colon(view, m)
        if listed:
            found += [
                Candidate(
                    "compute_commitment",
                    view.org(b),
                    view.org(m),
                    view.sentence,
                    "commit:provider-compute",
                    anchor=b.first,
                )
                for b in listed
                if view.org(b) != view.org(m)
            ]
            continue
        if _its_own_cloud(view, m, lo, verbs[-1]):
            continue  # "the AI clusters that Microsoft will use through Azure": its own cloud
        run = _run_on(view, verbs[-1], m) or _mover(view, verbs[-1])
        buyer = run or buyer_of(view, lo, hi, view.org(m), verbs[0])
        if buyer is not None and buyer.first >= verbs[0] and not run:
            buyer = None  # "uses AWS and Google Cloud": a fellow cloud of the list is no buyer
        buyer = buyer or relative_antecedent(view, lo)
        if buyer and view.org(buyer) != view.org(m) and buyer.first < m.first:
            candidate = Candidate(
                "compute_commitment",
                view.org(buyer),
                view.org(m),
                view.sentence,
                "commit:provider-compute",
            )
            found += [candidate, *fellow_subjects(view, candidate, verbs[-1])]
    return found


def _its_own_cloud(view: View, cloud: Mention, lo: int, verb: int) -> bool:
    """Whether the verb of use's own subject, the name right before it, owns the cloud."""
    subject = next((o for o in reversed(view.orgs(lo, verb)) if not o.embedded), None)
    return (
        subject is not None
        and verb - subject.last <= 3
        and view.org(subject) == view.org(cloud)
        and subject.first != cloud.first
    )
