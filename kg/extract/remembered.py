"""What a sentence leaves for the ones after it: its speaker, the site it says is built and
for whom, the organisation it opens on, and the organisations, labs and chips it speaks of."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.antecedents import object_of_phrase
from kg.extract.clauses import View
from kg.extract.folded import first_match, occurs
from kg.extract.history import History, acts_as
from kg.extract.mentions import Mention
from kg.extract.places import is_place
from kg.extract.speakers import remember_speaker
from kg.registry import Registry

# Deals named in the plural: the sentence speaks of the deals of the subject before it.
PLURAL_DEAL_NOUNS = frozenset({"partnerships", "deals", "agreements", "contracts"})


def remember(view: View, history: History, registry: Registry) -> None:
    """Keeps in ``history`` what the sentence of ``view`` named: its speaker, the site it
    builds and for whom, its subject, the organisations and chips it spoke of."""
    remember_speaker(view, history, registry)
    text = view.sentence.text
    orgs = [m for m in view.mentions if registry.get(m.entity).is_organization]
    # (a site's builders are among the organisations: with none, the patterns are not asked)
    built = first_match(P.SITE_BUILT, text) if orgs and occurs(P.SITE_NOUN, text) else None
    if built:
        at = view.sentence.start + built.start()
        verb = next((i for i, t in enumerate(view.sentence.tokens) if t.start >= at), 0)
        named = [
            m
            for m in view.mentions
            if m.end <= at and not m.embedded and registry.get(m.entity).is_organization
        ]
        builders = [
            m for m in named if not P.REPORTING_VERBS & set(view.lowers[m.last + 1 : verb])
        ] or named  # "Nvidia and Foxconn announced a partnership to develop a supercomputer":
        # with no other name after the verb of saying, those who announce it build it
        if builders:  # "Nscale and Aker are building": the first of the builders
            history.site_owner = registry.organisation(_site_builder(builders, registry).entity)
            history.site_client = _built_for(view, built.end(), registry)
            if not any("DataCenter" in registry.get(m.entity).types for m in view.mentions):
                # "… OpenAI's Stargate UK. CoreWeave is investing, with a new data center in
                # Scotland. This facility will …": the site told last, not the one named
                history.last_of_type.pop("DataCenter", None)
    if orgs and not object_of_phrase(view.lowers, orgs[0].first):
        history.subject = registry.get(registry.organisation(orgs[0].entity))
    elif _opens_on_a_place(view, orgs):
        history.subject = None  # "… the United States has been taking measures. Last year,
        # it imposed restrictions on Nvidia's sales": 'it' is the country, no company
    own = [m for m in orgs if not m.embedded and not m.reference]
    referred = [m for m in orgs if m.reference and not m.embedded]
    if not own and len({m.entity for m in referred}) == 1:
        own = referred[:1]  # "The company first focuses on …": the sentence goes on about it
    history.opened_on = registry.get(registry.organisation(own[0].entity)) if own else None
    history.previous_orgs = list(dict.fromkeys(registry.organisation(m.entity) for m in orgs))
    plural_deals = not PLURAL_DEAL_NOUNS.isdisjoint(view.lowers)  # (no set of the words made)
    history.deals_of = history.previous_subject if plural_deals else None
    for m in view.mentions:
        entity = registry.get(m.entity)
        if m.embedded and "Lab" in entity.types and not entity.is_chip:
            continue  # "ex-OpenAI researcher", "Google TPU": no lab the article speaks of
        if view.contrasted(m.first):
            continue  # "an alternative to Nvidia's processors", "compete directly with
            # OpenAI's GPTs": not the chip or company spoken of
        for kind in entity.types:
            if acts_as(entity, kind):
                history.last_of_type[kind] = (
                    entity.id if kind == "Chip" else registry.organisation(entity.id)
                )
        if "Lab" in entity.types:
            history.lab_counts[entity.id] += 1
        if entity.is_organization and entity.types != ["Investor"] and not m.embedded:
            history.company_counts[registry.organisation(entity.id) or entity.id] += 1
        if entity.is_chip and not m.reference:
            history.chip_mentions[entity.id] += 1


def _opens_on_a_place(view: View, orgs: list[Mention]) -> bool:
    """Whether the sentence's subject, before any organisation, is a place ('Conversely, the
    United States has been …', 'China views AI as …')."""
    tokens = view.sentence.tokens
    start = 0
    if "," in view.lowers[:3]:
        start = view.lowers.index(",") + 1  # past an opening adverb
    if view.lowers[start : start + 1] == ["the"]:
        start += 1
    end = orgs[0].first if orgs else len(tokens)
    return any(
        is_place(" ".join(t.text for t in tokens[start:stop]))
        for stop in range(start + 1, min(end, start + 4) + 1)
    )


def _built_for(view: View, end: int, registry: Registry) -> str | None:
    """'a deal to build a data center for OpenAI': the organisation right after 'for' that
    follows the site noun, whom the site is built for."""
    at = view.sentence.start + end
    tokens = view.sentence.tokens
    after = next((i for i, t in enumerate(tokens) if t.start >= at), len(tokens))
    if view.lowers[after : after + 1] != ["for"]:
        return None
    client = next((m for m in view.mentions if m.first == after + 1 and not m.embedded), None)
    if client is None or not registry.get(client.entity).is_organization:
        return None
    return registry.organisation(client.entity)


def _site_builder(builders: list[Mention], registry: Registry) -> Mention:
    """The first of a site's builders, past a chip designer named with a company that is none
    ('Nvidia and Foxconn will develop an AI factory supercomputer': the chips are Nvidia's,
    the site Foxconn's)."""
    others = [m for m in builders if "ChipDesigner" not in registry.get(m.entity).types]
    return others[0] if others else builders[0]
