"""Backing told in a phrase: 'an Nvidia-backed startup' (the name before '-backed' invests in
the company the phrase describes) and a sentence opening on 'Backed by A, B and C, X …' (the
backers invest in its subject)."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View, list_starting
from kg.extract.mentions import Mention


def backed_compound(view: View, cue: int) -> Candidate | None:
    """'Poolside, an Nvidia-backed AI startup,', 'the Nvidia-backed startup Quellon': the
    company named before '-backed' invests in the one the phrase describes."""
    investor = [m for m in view.orgs(max(0, cue - 4), cue - 1) if m.last == cue - 2]
    if not investor:
        return None
    article = next(
        (i for i in range(investor[0].first - 1, max(-1, investor[0].first - 3), -1)
         if view.lowers[i] in {"a", "an", "the"}),
        None,
    )  # fmt: skip
    described = []
    if article is not None and view.lowers[article - 1 : article] in ([","], ["—"], ["–"], ["("]):
        # "Poolside, an Nvidia-backed AI startup,", "CoreWeave, the Nvidia-backed AI cloud
        # provider,": the name the appositive follows
        described = [m for m in view.orgs(0, article - 1) if m.last == article - 2]
    elif article and view.lowers[article - 1] in P.ROLE_COPULAS | {"as"}:
        # "Nscale is an Nvidia-backed company", "reports on Nscale as an Nvidia-backed firm"
        described = [m for m in view.orgs(max(0, article - 5), article - 1) if not m.embedded][-1:]
    if not described:
        described = [m for m in view.orgs(cue + 1, cue + 9) if not m.embedded][:1]
        if described and not _describes_a_kind(view.lowers[cue + 1 : described[0].first]):
            described = []  # "the Nvidia-backed AI data center operator CoreWeave"
        if described and (rival := rival_described(view, described[0])) is not None:
            described = [rival]  # "another Google-backed OpenAI rival, Cohere": Cohere
    if not described or view.org(described[0]) == view.org(investor[0]):
        return None
    return Candidate(
        "invests_in", view.org(investor[0]), view.org(described[0]), view.sentence,
        "invest:backed-compound", anchor=cue,
    )  # fmt: skip


def rival_described(view: View, name: Mention) -> Mention | None:
    """'OpenAI rival Cohere', 'Anthropic rival and ChatGPT creator OpenAI', 'an OpenAI
    competitor, Mistral': a name used to say whose rival the next one is gives way to it."""
    if view.lowers[name.last + 1 : name.last + 2] and view.lowers[name.last + 1] in P.RIVALS:
        later = view.orgs(name.last + 2, name.last + 9)
        return later[0] if later else None
    return None


def _describes_a_kind(words: list[str]) -> bool:
    """The words between '-backed' and a name: a kind of company ("AI data center operator")."""
    if set(words) & {"and", "or", ",", "&"}:
        return False  # "Microsoft-backed Inflection AI and Google": a list, not a description
    if set(words) & (P.FINITE_AUXILIARIES | P.PREPOSITIONS):
        return False  # "the Nvidia-backed startup is merging with Voltage Park": a clause
    return len(words) <= 4 or all(
        (w.isalpha() or w in {"-", "(", ")"}) and w not in P.PREPOSITIONS and not w.endswith("ed")
        for w in words
    )


def after_opening_phrase(view: View, cue: int, investor: Mention) -> Mention | None:
    """'Backed by Nvidia, CoreWeave signed ...': the subject after a sentence's opening
    participle phrase is the company backed."""
    if not _opens_the_sentence(view.lowers[:cue]):
        return None
    last = _last_backer(view, list_starting(view, investor, view.orgs()))
    if "," not in view.lowers[last.last + 1 :]:
        return None
    comma = view.lowers.index(",", last.last + 1)
    if (
        view.lowers[comma + 1 : comma + 2] in (["which"], ["who"])
        and "," in view.lowers[comma + 1 :]
    ):
        comma = view.lowers.index(",", comma + 1)  # "Backed by Nvidia, which holds 6%, CoreWeave"
    after = view.orgs(comma + 1, comma + 2)
    return after[0] if after else None


def _last_backer(view: View, listed: list[Mention]) -> Mention:
    """The last of the backers listed after 'Backed by': the one after the list's 'and' ('Backed
    by A, B and C, X …'); without one, the first ('Backed by A, X signed …')."""
    joined = [
        m
        for before, m in zip(listed, listed[1:], strict=False)
        if {"and", "&"} & set(view.lowers[before.last + 1 : m.first])
    ]
    return joined[-1] if joined else listed[0]


def _opens_the_sentence(words: list[str]) -> bool:
    """Whether the words before a participle leave it opening the sentence ('Backed by',
    'Already backed by', 'Also backed by')."""
    return len(words) <= 1 and all(
        not w.isalpha() or w.endswith("ly") or w in P.OPENING_ADVERBS for w in words
    )
