"""A cloud named as a company's provider rather than as a party to a deal: taken on as its
supplier ('OpenAI added Google Cloud as a supplier'), set off after it as its provider
('Microsoft, OpenAI's primary cloud partner'), or the source of the services it uses ('uses
cloud services from Azure')."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View


def provider_role(view: View, cue: int) -> Candidate | None:
    """The compute a provider noun at ``cue`` says its company sells: taken on as a provider,
    (a singular noun) set off after it, or (a plural) listed as a buyer's providers."""
    taken_on = _taken_on_as_provider(view, cue)
    if taken_on is not None:
        return taken_on
    if view.lowers[cue] not in P.SINGULAR_PROVIDER_NOUNS:
        return _roster_of_providers(view, cue)
    return _apposed_provider(view, cue)


def _roster_of_providers(view: View, cue: int) -> Candidate | None:
    """'Microsoft's cloud providers include Nebius and Nscale': the first provider a buyer's
    roster names (the lists of providers give the others)."""
    words = view.lowers
    verb = cue + 1
    while words[verb : verb + 1] and words[verb] in P.ROSTER_VERB_ADVERBS:
        verb += 1  # "its roster of cloud partners, which already includes"
    if words[verb : verb + 1] not in (["include"], ["includes"], ["included"], ["are"]):
        return None
    at = cue - 1
    while at > 0 and cue - at <= 4 and words[at] in QUALIFIERS_AFTER_OWNER:
        at -= 1
    if words[at] == "of" and words[at - 1] in P.PROVIDER_ROSTERS:
        at -= 2  # "Meta's roster of cloud partners"
    if words[at] not in ("'s", "’s") or at == cue - 1:
        return None  # ("Microsoft's providers include": no word says they sell compute)
    buyer = next((m for m in view.orgs(max(0, at - 6), at) if m.last == at - 1), None)
    seller = next((m for m in view.orgs(verb + 1, verb + 2) if not m.embedded), None)
    if buyer is None or seller is None or view.org(buyer) in (None, view.org(seller)):
        return None
    return Candidate(
        "compute_commitment", view.org(buyer), view.org(seller), view.sentence, "commit:deal-noun"
    )


def _taken_on_as_provider(view: View, cue: int) -> Candidate | None:
    """'OpenAI recently added Google Cloud as a supplier', 'Cohere picked Oracle as its cloud
    provider', 'Cohere added Oracle to its list of compute suppliers': the company
    taken on is the buyer's provider."""
    words = view.lowers
    at = cue - 1
    while at > 0 and cue - at <= 4 and words[at] not in ("as", "of"):
        at -= 1  # "a", "its", "its primary cloud", "computing"
    if words[at] == "of":
        roster = at - 1
        if words[roster] not in P.PROVIDER_ROSTERS or words[roster - 2 : roster] not in (
            ["to", "its"], ["to", "their"],
        ):  # fmt: skip
            return None
        at = roster - 2
    elif words[at] != "as" or not set(words[at + 1 : cue]) <= P.PROVIDER_QUALIFIERS:
        return None
    if words[cue] == "partner" and not P.COMPUTE_QUALIFIERS.intersection(words[at + 1 : cue]):
        return None  # "named Microsoft as a partner for its conference": no seller of compute
    seller = next((m for m in view.orgs(max(0, at - 5), at) if m.last == at - 1), None)
    if seller is None or seller.embedded or not view.has_type(seller, "CloudProvider"):
        return None
    verb = next((i for i in range(seller.first - 1, max(-1, seller.first - 4), -1)
                 if words[i] in P.TAKING_ON_PROVIDER), None)  # fmt: skip
    if verb is None:
        return None
    buyers = [m for m in view.orgs(0, verb) if not m.embedded and not view.possessive(m)]
    if not buyers or view.org(buyers[-1]) in (None, view.org(seller)):
        return None
    return Candidate(
        "compute_commitment", view.org(buyers[-1]), view.org(seller), view.sentence,
        "commit:deal-noun",
    )  # fmt: skip


def _apposed_provider(view: View, cue: int) -> Candidate | None:
    """'Microsoft, OpenAI's primary cloud partner,', 'Oracle (its compute provider)': the
    company the provider noun is set off after sells compute to the one it is said of."""
    words = view.lowers
    at = cue - 1
    while at > 0 and cue - at <= 4 and words[at].isalpha() and words[at] not in ("its", "their"):
        at -= 1  # "primary cloud", "exclusive compute"
    if words[at] in ("'s", "’s"):
        buyer = next((m for m in view.orgs(max(0, at - 6), at) if m.last == at - 1), None)
        opening = buyer.first - 1 if buyer is not None else -1
    else:
        buyer = next((m for m in view.orgs(at, at + 1) if m.reference), None)
        opening = at - 1
    if buyer is None or buyer.embedded or opening < 1 or words[opening] not in (",", "("):
        return None
    seller = next((m for m in view.orgs(max(0, opening - 6), opening) if m.last == opening - 1),
                  None)  # fmt: skip
    if seller is None or seller.embedded or not view.has_type(seller, "CloudProvider"):
        return None
    if view.org(seller) in (None, view.org(buyer)) or not view.org(buyer):
        return None
    return Candidate(
        "compute_commitment", view.org(buyer), view.org(seller), view.sentence, "commit:deal-noun"
    )


def services_from_a_cloud(view: View, cue: int, hi: int) -> bool:
    """'OpenAI already leverages services from Microsoft, Oracle and CoreWeave', 'uses cloud
    services from Azure': a weak verb of use whose object is a cloud's services."""
    words = view.lowers
    taken = next((i for i in range(cue + 1, min(hi, cue + 4)) if words[i] in P.SERVICES_TAKEN),
                 None)  # fmt: skip
    if taken is None or words[taken + 1 : taken + 2] != ["from"]:
        return False
    return any(
        m.first == taken + 2 and view.has_type(m, "CloudProvider")
        for m in view.orgs(taken + 2, taken + 3)
    )


# The words between a buyer's possessive and a provider noun ("Anthropic's principal cloud").
QUALIFIERS_AFTER_OWNER = P.PROVIDER_QUALIFIERS - P.POSSESSIVES


def one_of_the_buyer_s(view: View, cue: int) -> bool:
    """Whether a plural provider noun at ``cue`` follows 'one of' (or 'among') and a buyer's
    possessive, past the words that qualify a provider ('one of Anthropic's principal cloud
    providers', 'among its compute suppliers')."""
    words = view.lowers
    at = cue - 1
    while at > 0 and cue - at <= 4 and words[at] in QUALIFIERS_AFTER_OWNER:
        at -= 1
    if words[at] in ("its", "their"):
        owner: int | None = at
    elif words[at] in ("'s", "’s"):
        owner = next((m.first for m in view.orgs() if m.last == at - 1), None)
    else:
        owner = None
    return owner is not None and (
        words[max(0, owner - 2) : owner] == ["one", "of"] or words[owner - 1 : owner] == ["among"]
    )
