"""Asides: a relative clause set between commas inside the main clause.

"CoreWeave, which is backed by Nvidia, signed a $14 billion deal with Meta" states two facts
in one sentence, and the rules, which read clauses as runs of words, would take the deal's
subject and amount into the aside. The sentence is read as two: the name with its aside
("CoreWeave, which is backed by Nvidia") and the main clause without it ("CoreWeave signed a
$14 billion deal with Meta"). Both keep the whole sentence as their quote and offsets.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import compress
from operator import itemgetter

from kg.extract import patterns as P
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    FINITE_AUXILIARIES,
    PARTICIPLE_ASIDES,
    PREPOSITIONS,
    RELATIVE,
    REPORTING_VERBS,
)
from kg.extract.quantities import Quantity
from kg.extract.text import Sentence, Token

Part = tuple[Sentence, list[Mention], list[Quantity]]


_LOWER = itemgetter(1)  # (a token's ``lower``)
ASIDE_OPENERS = frozenset({",", "—", "–"})


def aside_bounds(tokens: list[Token]) -> tuple[int, int] | None:
    """Token indices of the comma that opens ', which|who ...' and of the comma that closes
    it, where the main clause's verb follows the closing comma; None if there is no aside."""
    lowers = list(map(_LOWER, tokens))
    # (an aside opens on a comma or a dash: only those with three words after them are gone
    # through; one opened by a dash is closed by one)
    for opening in compress(range(len(lowers) - 3), map(ASIDE_OPENERS.__contains__, lowers)):
        closer = "," if lowers[opening] == "," else lowers[opening]
        i = opening + 1
        if lowers[i] in PREPOSITIONS and lowers[i + 1] in RELATIVE:
            i += 1  # ", in which Nvidia holds a stake,"
        i = _past_appositive_head(lowers, i)
        if lowers[i] not in RELATIVE and not (
            lowers[i] in PARTICIPLE_ASIDES and lowers[i + 1] == "by"
        ):
            continue  # ", which …," or ", backed by …," or ", a neocloud backed by …,"
        depth = 0
        for j in range(i + 1, len(lowers) - 1):
            word = lowers[j]
            if word in {"(", "["}:
                depth += 1
            elif word in {")", "]"}:
                depth -= 1
            elif word == closer and depth <= 0 and _resumes_main_clause(tokens, j + 1):
                return opening, j
            elif word in {";", "—", "–", "--"}:
                break
        return None
    return None


def _past_appositive_head(lowers: list[str], i: int) -> int:
    """', a neocloud backed by Nvidia,': the index of the participle after an appositive's
    article and a few words of its noun, or ``i`` when none follows."""
    if lowers[i] not in ("a", "an"):
        return i
    for j in range(i + 2, min(len(lowers) - 1, i + 8)):
        if lowers[j] in PARTICIPLE_ASIDES and lowers[j + 1] == "by":
            return j
        if not lowers[j].replace("-", "").isalpha() and lowers[j] != "-":  # "a Yandex spin - off"
            break  # ("a Yandex spin-off backed by": the hyphen is a word of its own)
    return i


def _resumes_main_clause(tokens: list[Token], index: int) -> bool:
    """Whether the words after a comma read as the main clause: its finite verb ('signed',
    'will', 'plans', 'said'), or a name and then its verb ('Unlike OpenAI, which relies on
    Nvidia, Anthropic uses TPUs'), not the next item of a list or a new phrase."""
    if tokens[index].text[:1].isupper():
        following = [t.text for t in tokens[index + 1 : index + 5]]
        verb = next((w for w in following if w.islower() or not w.isalpha()), None)
        return verb is not None and _finite_verb(verb)
    return _finite_verb(tokens[index].text)


def _finite_verb(word: str) -> bool:
    if not word.isalpha() or not word.islower():
        return False
    if word in FINITE_AUXILIARIES or word in REPORTING_VERBS:
        return True
    if word.endswith("ed"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "ous", "us", "is"))


def _converted_sum(tokens: list, quantities: list[Quantity], opening: int, closing: int) -> bool:
    """Whether a bracket only restates, in another currency, the dollar sum just before it
    ('a $300 million (2.14bn yuan) round'); a dollar sum in the bracket is the one the rules
    read ('€1.3 billion (approximately $1.5 billion)')."""
    before = next(
        (
            q
            for q in quantities
            if q.kind == "money"
            and {t.lower for t in tokens[q.last + 1 : opening]} <= {"-", "plus"}
        ),
        None,
    )  # ("$300m-plus (2.14bn yuan)")
    if before is None or not any("$" in t.text for t in tokens[before.first : before.last + 1]):
        return False
    inside = [t.lower for t in tokens[opening + 1 : closing]]
    return (
        bool(inside)
        and not any("$" in w for w in inside)
        and any(w in P.CURRENCY_WORDS for w in inside)
        and all(any(c.isdigit() for c in w) or w in P.RESTATING_WORDS for w in inside)
    )


def without_empty_brackets(
    sentence: Sentence, mentions: list[Mention], quantities: list[Quantity]
) -> Part:
    """The sentence without the brackets that hold no name, no amount and no common word, such
    as a date ("SoftBank yesterday (Aug. 18) announced …"): they are no part of its clauses,
    and the rules, which measure how far a name is from its verb in words, would count them."""
    tokens = sentence.tokens
    if not any(t.text == "(" for t in tokens):
        return sentence, mentions, quantities
    dropped: list[tuple[int, int]] = []
    for opening, token in enumerate(tokens):
        if token.text != "(":
            continue
        closing = next((j for j in range(opening + 1, min(len(tokens), opening + 12))
                        if tokens[j].text in {"(", ")"}), None)  # fmt: skip
        if closing is None or tokens[closing].text != ")":
            continue
        if _converted_sum(tokens, quantities, opening, closing):
            dropped.append((opening, closing))  # "$300 million (2.14bn yuan)": the same sum
            continue
        if (
            any(opening < m.last and m.first < closing for m in mentions)
            or any(opening < q.last and q.first < closing for q in quantities)
            or any(t.text.isalpha() and t.text.islower() for t in tokens[opening + 1 : closing])
        ):
            continue  # "(which is also an investor)": words of a clause
        dropped.append((opening, closing))
    for opening, closing in reversed(dropped):
        shift = closing + 1 - opening
        sentence = replace(
            sentence, tokens=sentence.tokens[:opening] + sentence.tokens[closing + 1 :]
        )
        mentions = [_shifted(m, opening, closing, shift) for m in mentions]
        quantities = [_shifted(q, opening, closing, shift) for q in quantities]
    return sentence, mentions, quantities


def split_aside(
    sentence: Sentence, mentions: list[Mention], quantities: list[Quantity]
) -> list[Part]:
    """The sentence as the rules read it: whole, or as its aside and its main clause."""
    sentence, mentions, quantities = without_empty_brackets(sentence, mentions, quantities)
    bounds = aside_bounds(sentence.tokens)
    if bounds is None:
        return [(sentence, mentions, quantities)]
    opening, closing = bounds
    opener = sentence.tokens[opening]
    # a dash that opens an aside is read as the comma it stands for ("G42 — which counts
    # Microsoft as an investor — is waiting"), whose rules are written for commas
    as_comma = opener._replace(text=",", lower=",")
    aside = (
        replace(
            sentence,
            tokens=sentence.tokens[:opening] + [as_comma] + sentence.tokens[opening + 1 : closing],
        ),
        [m for m in mentions if m.last < closing],
        [q for q in quantities if q.last < closing],
    )
    lowers = [t.lower for t in sentence.tokens[:2]]
    if lowers[0] in PARTICIPLE_ASIDES and lowers[1:] == ["by"]:
        closing -= 1  # "Backed by Nvidia, which holds 6%, CoreWeave runs …": the fronted phrase
        # and its comma stay before the main clause
    elif sentence.tokens[closing + 1].text[:1].isupper():
        opening = 0  # "Unlike OpenAI, which relies on Nvidia, Anthropic uses TPUs": the
        # fronted phrase and its aside are read together, the main clause alone
    shift = closing + 1 - opening
    main = (
        replace(sentence, tokens=sentence.tokens[:opening] + sentence.tokens[closing + 1 :]),
        [_shifted(m, opening, closing, shift) for m in mentions if _outside(m, opening, closing)],
        [_shifted(q, opening, closing, shift) for q in quantities if _outside(q, opening, closing)],
    )
    return [aside, main]


def _outside(item: Mention | Quantity, opening: int, closing: int) -> bool:
    return item.last < opening or item.first > closing


def _shifted(item, opening: int, closing: int, shift: int):
    if item.first < opening:
        return item
    return replace(item, first=item.first - shift, last=item.last - shift)
