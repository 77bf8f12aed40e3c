"""Who invests: the organisation an investing cue names before it ('Microsoft invested …',
'A and B were among the investors') or after it ('backed by X', 'an investment from X').
"""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.backed import rival_described
from kg.extract.clauses import (
    View,
    fronted_phrase_end,
    list_ending,
)
from kg.extract.fundraising import before_appositive
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    BACKER_PARTICIPLES,
    DESCRIPTOR_BEFORE,
    JOINING_VERBS,
    LIST_GLUE,
    PREPOSITIONS,
    RECEIVING_VERBS,
    RELATIVE,
    SINGULAR_VERBS,
    SUBJECT_TO_VERB,
)
from kg.extract.people import titled_person_at
from kg.extract.round_lists import named_after_its_role


def followed_by_org(view: View, index: int, span: int = 4) -> Mention | None:
    """The organisation named soon after ``index`` ("in OpenAI competitor Anthropic" gives
    Anthropic: a name used as a modifier gives way to the head that follows it)."""
    orgs = [m for m in view.orgs(index + 1, index + 1 + span)]
    if not orgs:
        return None
    chosen = orgs[0]
    after = view.lowers[chosen.last + 1 : chosen.last + 3]
    if after[:1] == ["-"] and after[1:] and after[1] in BACKER_PARTICIPLES:
        # "into Microsoft-backed OpenAI": the company the description is of
        described = view.orgs(chosen.last + 3, chosen.last + 7)
        if described:  # ("in another Google-backed OpenAI rival, Cohere": Cohere)
            return rival_described(view, described[0]) or described[0]
    chosen = rival_described(view, chosen) or chosen
    for nxt in orgs[1:]:
        if nxt.first <= chosen.last:
            continue
        gap = view.lowers[chosen.last + 1 : nxt.first]
        if (
            0 < len(gap) <= 2
            and not set(gap)
            & (
                LIST_GLUE
                | PREPOSITIONS
                | P.CLAUSE_BREAKS
                | P.FRONTED_SUBORDINATORS
                | P.ACCOMPANYING_WORDS
            )
            and not nxt.reference
        ):  # (not "in Anthropic while Nvidia commits": a new clause's subject)
            chosen = nxt
    return chosen


def after_place(view: View, index: int) -> Mention | None:
    """ "in Abu Dhabi's G42", "in San Francisco-based Anthropic": a place before the name;
    "into UK-based AI infrastructure startup Nscale": a description ending in its noun."""
    orgs = view.orgs(index + 1, index + 9)
    if not orgs:
        return None
    end = orgs[0].first
    sized = next((q for q in view.quantities if q.last == end - 1 and q.first > index), None)
    if sized is not None:
        end = sized.first  # "by Saudi Arabia's $1 trillion Public Investment Fund"
    gap = view.sentence.tokens[index + 1 : end]
    if not gap:
        return None
    placed = gap[-1].lower in {"'s", "’s", "based", "-based"} and all(
        t.text[:1].isupper() or t.lower in {"'s", "’s", "-", "based", "-based"} for t in gap
    )
    described = all(t.text[:1].isalnum() or t.lower in {"'s", "’s", "-"} for t in gap) and (
        bool(DESCRIPTOR_BEFORE.search(" ".join(t.text for t in gap)))
        or gap[-1].lower in P.COMPANY_HEADS
    )  # "in the United Arab Emirates artificial intelligence firm G42"
    return orgs[0] if placed or described else None


def _investor_left(view: View, cue: int, lo: int) -> Mention | None:
    participle = _participle_after_comma(view, cue)
    for m in sorted(view.orgs(lo, before_appositive(view, lo, cue)), key=lambda m: -m.first):
        if participle and view.lowers[m.last + 1 : m.last + 2] in (["'s"], ["’s"]):
            continue  # "A and B recognized C's potential, investing $50 million": A and B
        if view.lowers[m.last + 1 : m.last + 2] == [":"]:
            continue  # "Anthropic: from initial investment to deep collaboration": a heading's
            # topic, not the subject of what follows
        word_before = view.lowers[m.first - 1] if m.first > 0 else ""
        infinitive_subject = word_before == "for" and view.lowers[m.last + 1 : m.last + 2] == ["to"]
        absolute = word_before == "with" and absolute_gap(view, m.last, cue)  # "with Nvidia
        # investing $2B", "with Magnetar also reportedly in talks to invest"
        if word_before in {"in", "into", "with", "to", "for"} and not (
            infinitive_subject or absolute
        ):
            continue  # 'a plan for Nvidia to invest' keeps Nvidia, the subject of 'to invest'
        if _names_a_chip(view, m):
            continue  # "Tether purchased 10,000 Nvidia H100 GPUs, acquiring a stake": the
            # chip's designer, a word of the chip's name
        if _agent_of_a_participle(view, m):
            continue  # "a market dominated by Nvidia by investing", "the firm run by its
            # founder said it would invest": not the investor
        reach = 3 if m.text.lower() in {"it", "its"} else 8
        if m.reference and cue - m.last > reach + _money_tokens(view, m.last, cue):
            continue
        if _titles_a_person(view, m):
            return None  # "Amazon's founder Jeff Bezos has invested": a person invests
        return _subject_of_second_verb(view, m, cue, lo) or m
    if lo > 0 and view.lowers[lo - 1] in RELATIVE | {","}:
        earlier = [m for m in view.orgs(0, lo - 1)]
        return earlier[-1] if earlier else None
    if view.lowers[cue].endswith("ing") and set(view.lowers[max(0, lo - 2) : lo]) & P.WHILE_WORDS:
        # "Nvidia signed a contract with CoreWeave, while investing $100 million in it": the
        # subject of the clause before
        before = view.clause(max(0, lo - 2))[0]
        subjects = [
            m
            for m in view.orgs(before, lo)
            if m.first == 0 or view.lowers[m.first - 1] not in P.PREPOSITIONS
        ]
        return subjects[0] if subjects else None
    return None


def _names_a_chip(view: View, m: Mention) -> bool:
    """Whether a chip's name follows the name at once, or past its possessive ('Nvidia H100',
    'Nvidia's H100')."""
    after = m.last + 2 if view.possessive(m) else m.last + 1
    return any(c.first == after for c in view.chips(after, after + 1))


def _agent_of_a_participle(view: View, m: Mention) -> bool:
    """'dominated by Nvidia', 'led by Jensen Huang': a name after 'by' and a past participle
    that does not invest ('backed by', 'funded by' do: the rules of passive backing read them)."""
    before = view.lowers[max(0, m.first - 2) : m.first]
    return (
        len(before) == 2
        and before[1] == "by"
        and before[0].isalpha()
        and (before[0].endswith("ed") or before[0] in P.IRREGULAR_PARTICIPLES)
        and before[0] not in P.BACKING_VERBS
    )


def _titles_a_person(view: View, m: Mention) -> bool:
    """'Amazon's founder Jeff Bezos', 'Nvidia CEO Jensen Huang': the organisation names where a
    person after it works."""
    i = m.last + 2 if view.possessive(m) else m.last + 1
    name = titled_person_at(view.sentence.tokens, i, P.PERSON_TITLES)
    return name is not None and all(t.text[:1].isupper() for t in name)


def _participle_after_comma(view: View, cue: int) -> bool:
    """', investing $50 million in the startup': a participle whose subject is its clause's."""
    return view.lowers[cue].endswith("ing") and view.lowers[cue - 1 : cue] == [","]


def _subject_of_second_verb(view: View, m: Mention, cue: int, lo: int) -> Mention | None:
    """'Blackstone owns QTS and has invested in CoreWeave': the object of the first verb is not
    the subject of the second; the clause's subject is."""
    gap = view.lowers[m.last + 1 : cue]
    if gap[:1] != ["and"] or not set(gap[1:]) <= P.FINITE_AUXILIARIES:
        return None
    if not view.lowers[cue].endswith(("ed", "s")):
        return None  # "QTS and its investment in": a noun, not a second verb
    subjects = [s for s in view.orgs(lo, m.first) if not s.embedded and not s.reference]
    if not subjects or subjects[0].first != lo or view.org(subjects[0]) == view.org(m):
        return None
    return subjects[0]


def _money_tokens(view: View, lo: int, hi: int) -> int:
    """How many tokens strictly between ``lo`` and ``hi`` belong to amounts ("Its US$1.25
    billion investment")."""
    return sum(
        max(0, min(q.last, hi - 1) - max(q.first, lo + 1) + 1)
        for q in view.quantities
        if q.kind == "money"
    )


def find_investor(view: View, cue: int, lo: int, hi: int) -> tuple[Mention | None, bool]:
    """The investor, and whether it was named after the cue ('backed by X': passive)."""
    word = view.lowers[cue]
    # "has received investment", "looking to secure big-ticket investments"
    received = set(view.lowers[max(lo, cue - 5) : cue]) & RECEIVING_VERBS
    held_in = word == "equity" and view.lowers[cue + 1 : cue + 2] == ["in"]
    if word in {"stake", "stakes"} or held_in:
        received = set()  # "Google will receive a 5.4% stake in Cipher", "receive $350 million
        # worth of equity in CoreWeave": who receives it holds it
    from_after = view.lowers[cue + 1 : cue + 2] == ["from"]  # "confirmed an investment from"
    if (
        word.startswith("invest")
        and word.endswith(("ment", "ments"))
        and not received
        and not from_after
    ):
        near = view.orgs(max(lo, cue - 3), cue)
        if near:
            return near[-1], False
    start = cue + 1
    if view.lowers[start : start + 1] == ["of"]:  # "an investment of $30 billion by SoftBank"
        sums = [q for q in view.quantities if q.kind == "money" and q.first == start + 1]
        start = sums[0].last + 1 if sums else start
    held = held_before_agent(view, start) if word.startswith("investment") else None
    start = held.last + 1 if held is not None else start  # "the investment in OpenAI by SoftBank"
    while view.lowers[start : start + 1] and view.lowers[start] in P.AGENT_ADVERBS:
        start += 1  # "funded in part by Nvidia", "backed largely by"
    after = view.lowers[start : start + 2]
    for preposition in ("by", "from"):
        if preposition in after:
            at = start + after.index(preposition)
            found = (
                followed_by_org(view, at, 3) or after_place(view, at) or _examples_after(view, at)
            )
            if found:  # "backed by Abu Dhabi's sovereign wealth fund Mubadala"
                return named_after_its_role(view, found) or found, True
    follower = view.orgs(cue + 1, cue + 2)
    if (
        follower
        and cue + 2 < hi
        and view.lowers[follower[0].last + 1 : follower[0].last + 2]
        in (["made"], ["makes"], ["in"])
        and word.endswith(("ment", "ments", "stake", "stakes"))
    ):  # "the investment Microsoft made in 2019"; not "Nvidia backed (backs) OpenAI in 2024"
        return follower[0], False
    if received:
        return None, False  # "X has received investment from Y": X is no investor
    left = _investor_left(view, cue, lo)
    if left is not None and word.startswith("invest") and word.endswith("ment"):
        near = cue - left.last - _money_tokens(view, left.last, cue) <= 10  # (past its sum)
        return (left if near else None), False
    return left, False


def held_before_agent(view: View, at: int) -> Mention | None:
    """The company a noun of investing names with 'in' right before its agent's 'by' ('the
    investment in OpenAI by SoftBank')."""
    if view.lowers[at : at + 1] not in (["in"], ["into"]):
        return None
    held = next((m for m in view.orgs(at + 1, at + 2) if not m.embedded), None)
    by = held is not None and view.lowers[held.last + 1 : held.last + 2] == ["by"]
    return held if by else None


def absolute_gap(view: View, last: int, cue: int) -> bool:
    """Whether the words between a name after 'with' and a verb of investing keep it the verb's
    subject ('with Nvidia investing', 'with Magnetar also reportedly in talks to invest')."""
    gap = view.lowers[last + 1 : cue]
    return len(gap) <= 1 or (len(gap) <= 6 and set(gap) <= P.ABSOLUTE_FILLERS)


def subject_list(view: View, investor: Mention, cue: int) -> list[Mention]:
    """'Nvidia, AMD and Cisco also invested': the names listed as the subject of the cue."""
    amounts = {i for q in view.quantities for i in range(q.first, q.last + 1)}
    gap = [view.lowers[i] for i in range(investor.last + 1, cue) if i not in amounts]
    while gap and gap[0] in {",", "etc", "etc.", "."}:
        gap = gap[1:]  # "A, B, etc., which have invested"
    if gap[:1] in (["which"], ["who"], ["that"]):
        gap = gap[1:]
    gap = [w for w in gap if not w.endswith("ly")]  # "cumulatively"
    joined = [i for i, w in enumerate(gap) if w in JOINING_VERBS or w in {"teamed", "teaming"}]
    if joined and gap[-1:] in (["in"], ["to"]) and len(gap) - joined[0] <= 8:
        gap = gap[: joined[0]]  # "Alphabet and Nvidia have joined VC firms in backing SSI"
        # or "… to back SSI", "have teamed up with several venture investors to back SSI"
    ranked = next(
        (i for i, w in enumerate(gap[:-2]) if w == "the" and gap[i + 1] in P.RANKED_AS), None
    )
    if ranked is not None and gap[-1:] == ["to"] and len(gap) - ranked <= 7:
        # "Alphabet and Nvidia are (have become) the latest tech giants to invest in SSI"
        gap = [w for w in gap[:ranked] if w not in ("become", "became")]
    participle = _participle_after_comma(view, cue)
    if investor.last >= cue or (
        not participle and (not set(gap) <= SUBJECT_TO_VERB or set(gap) & SINGULAR_VERBS)
    ):
        return [investor]  # "a venture of A, B and C that plans to invest": one subject
    # "A and B recognized C's potential, investing $50 million in it": the participle's
    # subject is the clause's, whatever its verb
    opening = fronted_phrase_end(view.lowers)
    earlier = [m for m in view.orgs(0, investor.first) if not m.embedded and m.first > opening]
    return list_ending(view, earlier, investor)


def _examples_after(view: View, at: int) -> Mention | None:
    """'Backed by industry giants like Google and Nvidia': the first company a few words of
    description give as an example after the agent's 'by'."""
    for i in range(at + 1, min(len(view.lowers), at + 6)):
        word = view.lowers[i]
        if word in {"like", "including"} or view.lowers[i - 1 : i + 1] == ["such", "as"]:
            named = view.orgs(i + 1, i + 2)
            return named[0] if named and not named[0].embedded else None
        if not word.isalpha():
            return None
    return None
