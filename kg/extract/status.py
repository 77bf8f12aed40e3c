"""Status from the language around a fact: in talks, planned, reported or announced."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract import patterns as P
from kg.extract.clauses import fronted_phrase_end
from kg.extract.folded import held_words, lowered_holds, lowered_matches, may_hold, occurs

if TYPE_CHECKING:
    from kg.extract.clauses import Candidate, View

# Who designs a chip is stated as a fact even in a report of something else ("Nvidia's H100,
# which OpenAI reportedly uses"); who makes one is often what is reported or planned ("Samsung
# is said to make the AI5", "plans to use TSMC's 3nm process"): its sentence says how certain.
CERTAIN_TYPES = ("designs_chip",)
# Not a status: a deal the sentence says was dropped, or a fact it denies, gives no fact.
CALLED_OFF = "called_off"


def status_of(view: View, candidate: Candidate) -> str | None:
    """How certain the sentence makes the fact: talks beat a report word ("reportedly in talks"
    is in talks), a report beats a plan it reports ("reportedly considering"), and a party's
    announcement beats a plan word ("announced plans to invest").
    A hypothetical with no cue of its own ("a deal would ...") is None: the article decides."""
    if candidate.type in CERTAIN_TYPES:
        return "announced"
    if candidate.method == "invest:backed-compound" and candidate.anchor is not None:
        # "Poolside, an Nvidia-backed AI startup, is planning …": the backing is stated as a fact
        near = view.sentence.tokens[max(0, candidate.anchor - 3) : candidate.anchor + 3]
        return status_of_text(" ".join(t.text for t in near))  # "reportedly Nvidia-backed";
        # not "the Journal reports that Nvidia-backed Poolside is …"
    described = _backers_in_a_description(view, candidate)
    if described is not None:
        return status_of_text(described)
    text = scope(view, candidate.anchor)
    if _calls_off(text) or _denied(view, candidate):  # "denied it is in talks to buy chips"
        return CALLED_OFF
    status = status_of_text(text)
    if status == "planned" and candidate.method == "commit:customer":
        return "announced"  # "aims to meet demand from clients like A and B": clients already
    if status == "announced" and reported_by_another(view, {candidate.subject, candidate.object}):
        return "reported"
    if status == "reported" and "ccording to" in text:  # ("According to", "according to")
        status = _unless_a_party_says(view, text, {candidate.subject, candidate.object})
    if status == "in_talks" and occurs(P.TALKS_ENDED, view.sentence.text):
        return CALLED_OFF
    if status == "announced" and _hypothetical(text):
        return None
    return status


def _backers_in_a_description(view: View, candidate: Candidate) -> str | None:
    """The words of an appositive that describes a company as backed ('Moonshot AI, a startup
    backed by Alibaba, is closing a round, according to people familiar'), when the fact's
    investor is named in it: a standing fact, as certain as the description's own words."""
    if candidate.type != "invests_in" or candidate.anchor is None:
        return None
    words = view.lowers
    at = candidate.anchor
    by = next((i for i in range(at - 1, max(0, at - 3), -1) if words[i] == "by"), None)
    if by is None or words[by - 1] not in P.BACKING_PARTICIPLES:
        return None
    opening = next((i for i in range(by - 2, max(0, by - 14), -1) if words[i] == ","), None)
    if opening is None or words[opening + 1 : opening + 2] not in (["a"], ["an"], ["the"]):
        return None
    closing = next((i for i in range(at, min(len(words), at + 12)) if words[i] == ","), None)
    if closing is None or not words[closing + 1 : closing + 2] or not words[closing + 1].isalpha():
        return None
    tokens = view.sentence.tokens
    return view.sentence.text[
        tokens[opening].start - view.sentence.start : tokens[closing].start - view.sentence.start
    ]


def reported_by_another(view: View, parties: set[str | None]) -> bool:
    """'…, China Money Network reported this week': a source other than the fact's parties
    reports it ('CoreWeave reported on Tuesday that it signed' is the party's own word)."""
    text = view.sentence.text
    if "reported" not in text:
        return False
    for match in P.NAMED_REPORTER.finditer(text):
        name = match.group(1).split()
        if name[-1] in P.NOT_A_REPORTER:
            continue
        start, end = view.sentence.start + match.start(1), view.sentence.start + match.end(1)
        named = [m for m in view.mentions if m.start < end and m.end > start]
        if not any(view.org(m) in parties for m in named):
            return True
    return False


def _unless_a_party_says(view: View, text: str, parties: set[str | None]) -> str:
    """'According to OpenAI, Amazon will invest $50 billion': the source is a party to the
    fact, whose word is its announcement; the status of the rest of the text otherwise."""
    for match in P.ACCORDING_TO.finditer(text):
        start = view.sentence.start + match.end()  # (``text`` opens where the sentence does)
        named = [m for m in view.mentions if m.start == start]
        if any(view.org(m) in parties for m in named):
            return status_of_text(text[: match.start()] + " " + text[match.end() :])
    return "reported"


def status_of_round(view: View, company: str) -> str:
    """How certain the sentence that names a round makes it: its own words, or a source other
    than the company that reports it ('…, China Money Network reported this week')."""
    status = status_of_text(view.sentence.text)
    if status == "announced" and reported_by_another(view, {company}):
        return "reported"
    return status


def _denied(view: View, candidate: Candidate) -> bool:
    """Whether a negation governs the fact: 'does not use' before its chip, 'has no plans to
    invest' at its cue, with no comma between ('Apple, which does not use X, relies on Y'
    denies X only)."""
    if candidate.anchor is None:
        return False
    if candidate.type == "uses_chip" and view.lowers[
        max(0, candidate.anchor - 2) : candidate.anchor
    ] in (["are", "not"], ["is", "not"], ["were", "not"], ["was", "not"]):
        return True  # "The chips at the center of the deal are not Nvidia GPUs"
    sentence = view.sentence
    at = sentence.tokens[candidate.anchor].start - sentence.start
    for start, end in _negations(sentence.text):
        between = sentence.text[end:at] if end < at else ""
        if start <= at and len(between) <= 60 and not set(between) & {",", ";", "—"}:
            return True
    return False


@lru_cache(maxsize=64)  # asked for each fact of a sentence, often of the same words
def _calls_off(text: str) -> bool:
    return occurs(P.CALLED_OFF, text)


@lru_cache(maxsize=64)  # likewise
def _hypothetical(text: str) -> bool:
    return occurs(P.HYPOTHETICAL, text)


@lru_cache(maxsize=64)  # asked for each fact of a sentence
def _negations(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(match.span() for match in lowered_matches(P.NEGATED, text))


def scope(view: View, anchor: int | None) -> str:
    """The part of the sentence whose cues speak of the fact at ``anchor``: up to the end of
    its clause, where ', and' starts a new one ("X has used TPUs for years, and reports put
    the new deal at $200 billion": the report is not about the use) and so does 'and has'
    ("Meta has signed a deal … and has also been in talks to buy"), and never past the
    view's last word (an aside read apart ends at its closing comma)."""
    tokens = view.sentence.tokens
    if anchor is None:
        return view.sentence.text
    fronted = _fronted_participle_end(view)
    if anchor < fronted:  # "Backed by Nvidia, the company plans to build …": the backing is
        return view.sentence.text[: tokens[fronted].start - view.sentence.start]  # no plan
    inside = _in_dash_aside(tokens, anchor)
    i = anchor
    while i < len(tokens) - 2:
        i += 1
        if tokens[i].text in DASHES:
            closing = _closing_dash(tokens, i)
            if inside:  # the aside's closing dash: the main clause goes on after it
                inside = False
                continue
            if closing is not None:
                i = closing  # "has invested in three—A, B and C—as reported by X": past it
                continue
        if inside:
            continue  # a list inside the aside ("—A, B, and C—") ends no clause
        if (
            tokens[i].text in {";", "—", "–"}
            or (
                tokens[i].text == ","
                and tokens[i + 1].lower in {"and", "but", "while", "who"}
                and not _last_item_of_a_list(view, i + 2)
            )
            or (
                tokens[i].lower == "and"
                and tokens[i + 1].lower in P.SECOND_PREDICATE | P.INTENTION_VERBS
            )  # ("will deploy 18,000 GB300 chips and aims to deliver 500 MW": a second aim)
        ):
            return view.sentence.text[: tokens[i].start - view.sentence.start]
    return view.sentence.text[: tokens[-1].end - view.sentence.start] if tokens else ""


def _fronted_participle_end(view: View) -> int:
    """The comma that closes a participle phrase the sentence opens on ('Backed by Nvidia and
    an investment group, the company plans …', 'Using Nvidia's chips, FPT hopes …'), or -1."""
    lowers = view.lowers
    if not lowers or not lowers[0].endswith(("ed", "ing")) or lowers[0] in P.SECOND_PREDICATE:
        return -1
    end = fronted_phrase_end(lowers, opened=True)
    return end if end > 0 else -1


DASHES = frozenset({"—", "–"})
DASH_ASIDE_REACH = 16  # tokens a dash-enclosed aside may span


def _closing_dash(tokens: list, opening: int) -> int | None:
    """The dash that closes an aside opened at ``opening`` within a few words, if any."""
    reach = range(opening + 1, min(len(tokens) - 1, opening + DASH_ASIDE_REACH))
    return next((j for j in reach if tokens[j].text in DASHES), None)


def _in_dash_aside(tokens: list, anchor: int) -> bool:
    """Whether the word at ``anchor`` stands inside a dash-enclosed aside."""
    for k in range(anchor, max(-1, anchor - DASH_ASIDE_REACH), -1):
        if tokens[k].text in DASHES:
            closing = _closing_dash(tokens, k)
            return closing is not None and closing > anchor
    return False


def _last_item_of_a_list(view: View, first: int) -> bool:
    """'… include A, B, and C, according to reports': a name after the comma and 'and' that
    ends its clause is the last item of a list, not the subject of a new clause."""
    named = next((m for m in view.mentions if m.first == first and not m.embedded), None)
    return named is not None and view.lowers[named.last + 1 : named.last + 2] in ([","], ["."], [])


@lru_cache(maxsize=64)  # asked for each fact of a sentence, often of the same words
def status_of_text(text: str) -> str:
    if occurs(P.STATUS_CUES["in_talks"], text):
        return "in_talks"
    reported = (_reported(text) or _outlet_says(text)) and not occurs(P.PARTIES_CONFIRMED, text)
    if reported and not (
        P.RELAYED_ANNOUNCEMENT.search(text) and not _reported_beside_the_outlet(text)
    ):
        return "reported"
    if occurs(P.STATUS_CUES["planned"], _without_deal_s_aim(text)) and not occurs(
        P.ANNOUNCED_OVERRIDES_PLAN, text
    ):
        return "planned"
    return "announced"


def _reported_beside_the_outlet(text: str) -> bool:
    """Whether a report cue remains once the parties' announcement and the outlet relaying it
    are taken out ("…, the companies announced, according to Reuters" is announced)."""
    rest = P.OUTLET_SAYS.sub(" ", P.RELAYED_ANNOUNCEMENT.sub(" ", text))
    return P.STATUS_CUES["reported"].search(rest) is not None


# The words one of which each report cue holds, read from its pattern: most sentences hold
# none, and the pattern, which tries a word before 'estimates' at every word, is not searched.
REPORT_CUE_WORDS = held_words(P.STATUS_CUES["reported"])


def _outlet_says(text: str) -> bool:
    """Whether a news outlet says or reports what ``text`` states (its verbs are looked for
    first: the pattern of outlets is tried at every capital otherwise)."""
    return any(word in text for word in P.OUTLET_WORDS) and P.OUTLET_SAYS.search(text) is not None


def _reported(text: str) -> bool:
    """Whether a report cue occurs in ``text``."""
    if REPORT_CUE_WORDS is not None and not lowered_holds(text, REPORT_CUE_WORDS):
        return False
    return occurs(P.STATUS_CUES["reported"], text)


def _without_deal_s_aim(text: str) -> str:
    """``text`` with each deal's aim ("The deal aims to") blanked out: a plan it states is the
    deal's, not a plan of its parties."""
    if not may_hold(text, P.DEAL_S_AIM_VERBS):
        return text
    return P.DEAL_S_AIM.sub(" ", text)
