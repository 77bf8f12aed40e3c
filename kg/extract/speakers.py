"""Who 'we' is (a press release's company, a quote's speaker) and whom an 'And …' goes on with."""

from __future__ import annotations

import re

from kg.extract import patterns as P
from kg.extract.clauses import View
from kg.extract.folded import occurs
from kg.extract.history import History
from kg.extract.mentions import Mention
from kg.extract.text import Sentence
from kg.registry import Registry


def about_section(body: str, registry: Registry) -> str | None:
    """The company a press release's closing 'About Lambda' section describes."""
    for match in P.ABOUT_SECTION.finditer(body):
        company = company_named(match["name"], registry)
        if company is not None:
            return company
    return None


def company_named(name: str | None, registry: Registry) -> str | None:
    """The registry organisation ``name`` names (a publisher that is a company speaks for
    it: a company's blog or newsroom)."""
    entity = registry.lookup(name.strip()) if name else None
    if entity is None or not entity.is_organization:
        return None
    return registry.organisation(entity.id)


def speaker(
    sentence: Sentence, named: list[Mention], first: int, history: History, registry: Registry
) -> str | None:
    """Who 'we' is: the company of the quote's speaker in this sentence, else of the last
    quote in this paragraph, else the company the press release speaks for; nobody in
    an article that is no press release and quotes nobody's company."""
    if sentence.tokens[first].text in ("US", "U.S."):
        return None
    speaker = quote_company(sentence, named, registry)
    if speaker is None and history.quote_speaker:
        paragraph, company = history.quote_speaker
        speaker = company if paragraph == sentence.paragraph else None
    return speaker or history.announcer


_ATTRIBUTION_FIRST = "".join(sorted({word[0] for word in P.QUOTE_ATTRIBUTION}))
ATTRIBUTION = re.compile(
    rf"(?=[{_ATTRIBUTION_FIRST}])\b(?:{'|'.join(sorted(P.QUOTE_ATTRIBUTION))})\b", re.I
)


def quote_company(sentence: Sentence, named: list[Mention], registry: Registry) -> str | None:
    """'"…," said Jane Doe, CEO of Lambda' or 'Lambda CEO Jane Doe said': the company
    nearest the verb of saying, after it or just before it with no quote mark between."""
    words = sentence.lowers
    if P.QUOTE_ATTRIBUTION.isdisjoint(words) or P.QUOTE_MARKS.isdisjoint(words):
        return None
    if not occurs(ATTRIBUTION, sentence.text):
        return None
    verb = max(i for i, w in enumerate(words) if w in P.QUOTE_ATTRIBUTION)
    orgs = [
        m
        for m in named
        if registry.get(m.entity).is_organization
        and not m.reference
        and (
            0 < m.first - verb <= 15
            or (0 < verb - m.last <= 6 and not set(words[m.last : verb]) & P.QUOTE_MARKS)
        )
    ]
    if not orgs:
        return None
    nearest = min(orgs, key=lambda m: abs(m.first - verb))
    return registry.organisation(nearest.entity)


def closing_attribution(view: View) -> str | None:
    """', Nscale said in a statement on Thursday': the organisation whose words the sentence
    reports in a closing attribution after a comma."""
    words = view.lowers
    for m in reversed(view.orgs()):
        if words[m.first - 1 : m.first] != [","] or m.embedded:
            continue
        if words[m.last + 1 : m.last + 2] and words[m.last + 1] in P.CLOSING_ATTRIBUTION:
            return view.org(m)
    return None


def remember_speaker(view: View, history: History, registry: Registry) -> None:
    """Keeps the company of this sentence's quoted speaker, and the company that a press
    release's opening ('Lambda today announced', a dateline) names first as its "we"."""
    speaker = quote_company(view.sentence, view.mentions, registry)
    if speaker is not None:
        history.quote_speaker = (view.sentence.paragraph, speaker)
    text = view.sentence.text
    if history.announcer is not None:
        return
    lowered = text.lower()
    if "today" not in lowered and "wire" not in lowered:
        return  # both patterns need one of the two words
    match = P.PRESS_ANNOUNCEMENT.search(text)
    if match is None and not P.RELEASE_DATELINE.search(text):
        return
    before = view.sentence.start + (match.start() if match else len(text))
    orgs = [
        m
        for m in view.mentions
        if m.start < before and not m.reference and registry.get(m.entity).is_organization
    ]
    if orgs:
        history.announcer = registry.organisation(orgs[0].entity)


def elided_subject(sentence: Sentence, named: list[Mention], history: History) -> list[Mention]:
    """ "- It will spend $30 billion on Azure, / - And contract up to 1 gigawatt": a
    sentence opening on 'And' and a verb goes on with the last sentence's subject, which
    stands where 'And' is."""
    tokens = sentence.tokens
    if (
        len(tokens) < 3
        or tokens[0].lower != "and"
        or not tokens[1].text.isalpha()
        or not tokens[1].text.islower()
        or tokens[1].lower in P.NOT_ELIDED_VERBS
        or history.subject is None
        or not history.subject.is_organization
        or any(m.first == 0 for m in named)
    ):
        return []
    first = tokens[0]
    return [Mention(history.subject.id, 0, 0, first.start, first.end, first.text, True)]
