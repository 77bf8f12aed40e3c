"""Where a sentence's clauses end: breaking words, dashes, brackets and coordinated clauses."""

from __future__ import annotations

from collections.abc import Container
from itertools import compress

from kg.extract.cue_matching import matches
from kg.extract.mentions import Mention
from kg.extract.names import CURRENCY_SIGNS
from kg.extract.patterns import (
    ADJUNCT_OPENERS,
    CLAUSE_BREAKS,
    CLAUSE_VERBS,
    COMING_VERBS,
    DASHED_APPOSITIVE_OPENERS,
    DASHED_EXAMPLE_OPENERS,
    DASHES,
    DEAL_OR_ORDER_NOUNS,
    DETERMINERS,
    EVENT_VERBS,
    FINITE_AUXILIARIES,
    RELATIVE,
    SUBJECT_OPENERS,
    SUBORDINATORS,
    TIME_ADVERBS,
)

# The words that may end a clause (most sentences have none: their words are not gone through).
BREAK_WORDS = frozenset(CLAUSE_BREAKS | RELATIVE | ADJUNCT_OPENERS | SUBORDINATORS | {"as"})


def clause_breaks(lowers: list[str]) -> list[int]:
    """The words that end a clause: 'but', ';', ', which', ', following', ', shortly after
    the government took …'."""
    if BREAK_WORDS.isdisjoint(lowers):
        return []
    paired = _paired_dashes(lowers)
    return [
        i
        for i in indices_in(lowers, BREAK_WORDS)  # (each kind of break is one of its words)
        if (
            lowers[i] in CLAUSE_BREAKS
            and i not in paired
            and not _sum_follows(lowers, i)
            and not _not_only_but_also(lowers, i)
        )
        or (lowers[i] in RELATIVE and i > 0 and lowers[i - 1] in {",", "after"})
        or (lowers[i] in ADJUNCT_OPENERS and i > 0 and lowers[i - 1] == ",")
        or (lowers[i] in SUBORDINATORS and _subordinate_clause(lowers, i))
        or (lowers[i] == "as" and i > 0 and lowers[i - 1] in COMING_VERBS)
    ]


def _not_only_but_also(lowers: list[str], i: int) -> bool:
    """Whether 'but' at ``i`` is the second half of 'not only … but also': it joins two
    objects of one verb, and ends no clause."""
    return (
        lowers[i] == "but"
        and lowers[i + 1 : i + 2] == ["also"]
        and "only" in lowers[max(0, i - 12) : i]
        and "not" in lowers[max(0, i - 13) : i]
    )


def _sum_follows(lowers: list[str], i: int) -> bool:
    """Whether a dash at ``i`` opens a sum that restates what comes before it ('an investment
    from Google -- $10 billion in cash'): the sum belongs to that clause."""
    after = lowers[i + 1 : i + 2]
    return bool(after) and lowers[i] in DASHES and after[0][:1] in CURRENCY_SIGNS


def indices_in(words: list[str], table: Container[str]) -> list[int]:
    """The positions of the words that are in ``table``, found by C code (no Python step per
    word: most words of a sentence are in no table)."""
    return list(compress(range(len(words)), map(table.__contains__, words)))


def _dash_pair(lowers: list[str]) -> tuple[int, int] | None:
    """The two dashes of a sentence that holds exactly two, with more than a word between."""
    dashes = indices_in(lowers, DASHES) if not DASHES.isdisjoint(lowers) else []
    return (dashes[0], dashes[1]) if len(dashes) == 2 and dashes[1] - dashes[0] > 2 else None


def _paired_dashes(lowers: list[str]) -> set[int]:
    """The two dashes of a sentence that holds exactly two around examples ('every company –
    from Nvidia's H100 to Google's TPUs – turns to TSMC') or around a deal named again ('the
    agreement—a three-year commitment to buy 750 megawatts—is …'): what they hold belongs to
    the clause around them, and the dashes end no clause."""
    pair = _dash_pair(lowers)
    if pair is None:
        return set()
    opener = pair[0] + 1
    head = lowers[opener + 1 : min(opener + 5, pair[1])]
    if pair[1] - pair[0] <= 4:
        return set(pair)  # "Nebius—yes, Nebius—signed a $3 billion deal": a short interjection
    if lowers[opener] in DASHED_EXAMPLE_OPENERS or (
        lowers[opener] in DASHED_APPOSITIVE_OPENERS
        and any(matches(w, DEAL_OR_ORDER_NOUNS) for w in head)
    ):
        return set(pair)
    return set()


def dashes_as_commas(lowers: list[str]) -> list[str]:
    """The words, with the two dashes around a description set off like a comma's ('Microsoft
    – a major investor – and Nvidia') read as commas: the rules of appositives read both."""
    pair = _dash_pair(lowers)
    if (
        pair is None
        or pair[1] - pair[0] > 12
        or lowers[pair[0] + 1] not in DASHED_APPOSITIVE_OPENERS
    ):
        return lowers
    commas = lowers[:]
    commas[pair[0]] = commas[pair[1]] = ","
    return commas


def _subordinate_clause(lowers: list[str], i: int) -> bool:
    """Whether the conjunction at ``i`` opens a clause of its own: after a comma (and an
    adverb of time: 'shortly', 'days'), before a subject ('the', 'it'), not a participle
    (', after raising $1 billion' goes on with the same subject)."""
    before = i - 1
    while before > 0 and lowers[before] in TIME_ADVERBS:
        before -= 1
    return (
        before >= 0
        and lowers[before] == ","
        and i + 1 < len(lowers)
        and lowers[i + 1] in SUBJECT_OPENERS
    )


def parenthesised_clauses(lowers: list[str]) -> list[int]:
    """The brackets around a clause of its own ("… accelerators (SoftBank will deploy them)"),
    not around a ticker or a short name ("Amazon Web Services (AWS) will …")."""
    bounds: list[int] = []
    if "(" not in lowers:
        return bounds
    for i in indices_in(lowers, ("(",)):
        if ")" not in lowers[i + 1 : i + 30]:
            continue
        close = lowers.index(")", i + 1)
        if set(lowers[i + 2 : min(close, i + 5)]) & FINITE_AUXILIARIES:
            bounds += [i, close]
    return bounds


def coordinated_clauses(lowers: list[str], mentions: list[Mention]) -> list[int]:
    """'Los Alamos will deploy Vera Rubin and pharmaceutical company Lilly will implement a
    SuperPOD': an 'and' between two clauses, each a name and its own finite verb, ends the
    first ('Microsoft and Nvidia will invest' is one subject: no verb comes before its 'and')."""
    if "and" not in lowers or CLAUSE_VERBS.isdisjoint(lowers):
        return []
    starts = {m.first: m for m in mentions if not m.embedded}
    breaks: list[int] = []
    for i in indices_in(lowers, ("and",)):
        start = max([b + 1 for b in breaks] + [0])
        for j in range(i - 1, start - 1, -1):
            if lowers[j] == "," or lowers[j] in CLAUSE_BREAKS:
                start = j + 1
                break
        if CLAUSE_VERBS.isdisjoint(lowers[start:i]):
            continue
        subject = next((starts[j] for j in range(i + 1, i + 5) if j in starts), None)
        if subject is None or not all(w.isalpha() for w in lowers[i + 1 : subject.first]):
            continue  # (only words that describe the name may come before it)
        if lowers[subject.last + 1 : subject.last + 2] and lowers[subject.last + 1] in CLAUSE_VERBS:
            breaks.append(i)
    return breaks + _described_subject_clauses(lowers, breaks)


def comma_coordinated_clauses(lowers: list[str], mentions: list[Mention]) -> list[int]:
    """'Nebius signed a contract with Microsoft for $17.4 billion, Oracle signed an agreement
    with OpenAI for $300 billion, and ASML invested …': a comma (and 'and') before a name and
    its own finite verb ends the clause before it, when that clause has a verb too ('Microsoft,
    Nvidia and Amazon invested' is one subject; 'A will invest $5B, and B $10B' has no verb)."""
    if "," not in lowers or EVENT_VERBS.isdisjoint(lowers):
        return []
    starts = {m.first: m for m in mentions if not m.embedded}
    breaks: list[int] = []
    start = 0
    for i in indices_in(lowers, (",",)):
        subject = starts.get(i + 1 + (lowers[i + 1 : i + 2] == ["and"]))
        if (
            subject is not None
            and lowers[subject.last + 1 : subject.last + 2]
            and lowers[subject.last + 1] in EVENT_VERBS
            and not EVENT_VERBS.isdisjoint(lowers[start:i])
        ):
            breaks.append(i)
            start = i + 1
    return breaks


def _described_subject_clauses(lowers: list[str], breaks: list[int]) -> list[int]:
    """'Meta has committed $600 billion to data centers, and the Stargate initiative, involving
    SoftBank and Oracle, has outlined $500 billion': ', and' with a described subject and a
    verb of its own after a clause with a verb ends that clause (a list's last item, 'with A,
    B, and the fund MGX', has no verb after it)."""
    found = []
    for i in indices_in(lowers, ("and",)):
        if lowers[i - 1 : i] != [","] or lowers[i + 1 : i + 2] == []:
            continue
        if lowers[i + 1] not in DETERMINERS or i in breaks:
            continue
        start = max([b + 1 for b in breaks + found if b < i] + [0])
        ahead = lowers[i + 2 : i + 30]
        ahead = ahead[: ahead.index(".")] if "." in ahead else ahead
        if not CLAUSE_VERBS.isdisjoint(lowers[start:i]) and not CLAUSE_VERBS.isdisjoint(ahead):
            found.append(i)
    return found
