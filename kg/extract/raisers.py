"""The company a sentence says raises a round: the one whose round it is ("Databricks' Series
K round"), the subject of "raised" past asides and intentions, companies raising together, or
the company an appositive before the list describes."""

from __future__ import annotations

import re

from kg.extract import patterns as P
from kg.extract.clauses import View, list_around, matches
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    LIST_OF_BACKERS,
)
from kg.extract.round_lists import (
    slot_starts,
    speaks_of_rounds,
)


def _possessive_round(view: View, orgs: list[Mention]) -> Mention | None:
    """ "Databricks' $1 billion Series K round", "OpenAI's new funding round"."""
    owners = _possessive_rounds(view, orgs)
    return owners[0] if owners else None


def _possessive_rounds(view: View, orgs: list[Mention]) -> list[Mention]:
    owners = []
    for m in orgs:
        nxt = view.lowers[m.last + 1 : m.last + 2]
        if m.reference and m.text.lower() == "it":
            continue  # "It's hoped that Mistral's round …": 'it is', no owner
        if nxt and nxt[0] in {"'s", "’s", "'", "’"}:
            ahead = " ".join(view.lowers[m.last + 2 : m.last + 9])
            if P.INVESTING_ARM.match(ahead):
                continue  # "Microsoft's venture arm M12 joined the round": M12 invests
            if any(o.first == m.last + 2 for o in orgs):
                continue  # "Alphabet's Google participated in that funding": Google's part
            if re.search(
                r"\b(?:round|funding|financing|raise|investment|series|backers|investors|loan)\b",
                ahead,
            ):
                owners.append(m)
    return owners


def coordinated_rounds(view: View, orgs: list[Mention], raiser: str) -> list[str]:
    """'took part in xAI's $6 billion round and OpenAI's $6.6 billion round': the companies
    of the rounds joined by 'and' after the first."""
    owners = _possessive_rounds(view, orgs)
    first = next((m for m in owners if view.org(m) == raiser), None)
    if first is None:
        return []
    return [
        view.org(m)
        for m in owners
        if m.first > first.last and "and" in view.lowers[first.last + 1 : m.first]
    ]  # type: ignore[misc]


def raising_together(view: View, orgs: list[Mention], raiser: str, taken: set[str]) -> list[str]:
    """'Zhipu AI and Baichuan AI also received funding from Alibaba': the companies listed
    with the raiser as the subject of its verb."""
    own = [m for m in orgs if view.org(m) == raiser and not m.reference]
    if len(own) != 1:
        return []
    group = list_around(view, [m for m in orgs if not m.embedded], own[0])
    after = max(m.last for m in group) + 1
    if view.lowers[after : after + 1] in (["–"], ["—"]):
        after += 1  # "– Zhipu AI and Baichuan AI – also received"
    if not _raises_after_auxiliaries(view.lowers, after) and not any(
        matches(w, P.RAISE_VERBS) for w in view.lowers[after : after + 2]
    ):
        return []
    return [o for o in dict.fromkeys(view.org(m) for m in group) if o and o not in taken]


def raiser_of(
    view: View, orgs: list[Mention], investors: set[str], round_company: str | None = None
) -> str | None:
    """The company raising the round a sentence lists investors of (``round_company``: the one
    the article's round is of, if known)."""
    candidates = [
        m for m in orgs if view.org(m) not in investors and view.entity(m).types != ["Investor"]
    ]  # a fund that only invests raises no round in the news this reads
    found = _raiser_by_its_verb(view, candidates)
    if found:
        return found
    for m in candidates:
        if _participle_follows(view.lowers, m.last + 1):
            return view.org(m)  # "The startup, backed by Nvidia and Sequoia, plans …"
    described = described_before_slot(view, candidates)
    if described is not None:
        return described
    for m in candidates:
        if _valued_before(view, m):
            # "the round, which valued the company at $300 billion": with no company named
            # beside its investors, the article's round's company, which "the company" stands
            # for however the reference was resolved
            named = any(not c.reference for c in candidates)
            return round_company if m.reference and round_company and not named else view.org(m)
    opened = _after_opening_with(view, candidates)
    if opened is not None:
        return opened
    for i, word in enumerate(view.lowers):
        borrowed = (
            word == "to" or word == "by" and view.lowers[i - 1] in P.BORROWER_VERBS
        ) and bool({"loan", "loans"} & set(view.lowers[max(0, i - 12) : i]))
        if borrowed:
            inside = [m for m in candidates if i < m.first <= i + 6]
            if inside and _describes(view.lowers[i + 1 : inside[0].first]):
                return view.org(inside[0])  # "a $300 million loan from Goldman Sachs to Crusoe",
                # "The loan, provided by Goldman Sachs, will be used by Crusoe"
        if i > 0 and (
            (
                word in {"in", "into", "for"}
                and matches(
                    view.lowers[_past_a_sum(view, _past_a_time(view.lowers, i - 1))],
                    P.ROUND_OR_INVESTMENT,
                )
                and view.lowers[i - 2 : i] != ["for", "investing"]  # "known for investing in"
            )
            or (word in {"of", "in"} and view.lowers[i - 1] in P.PLURAL_ROLES)
            or (word == "of" and view.lowers[i - 1] in P.ACQUISITION_NOUNS)
        ):  # "the round for Quorix", "drew A and B as new backers of Quorix", "took part in
            # the acquisition of Quorix alongside A"
            inside = [m for m in candidates if i < m.first <= i + 9]
            if inside and _describes(view.lowers[i + 1 : inside[0].first]):
                return view.org(inside[0])
    return None


def _their_people(lowers: list[str], m: Mention) -> bool:
    """'Former Google TPU engineers secure $500 million': a company named for the people who
    left it raises nothing."""
    after = lowers[m.last + 1 : m.last + 3]
    return any(w in P.PERSON_NOUNS and (w.endswith("s") or w == "alumni") for w in after)


def _past_a_sum(view: View, index: int) -> int:
    """The word before 'of at least $300 million' ending at ``index`` ('a round of at least
    $300 million in Tenstorrent'), or ``index`` itself."""
    money = next((q for q in view.quantities if q.kind == "money" and q.last == index), None)
    if money is None:
        return index
    i = money.first - 1
    while i > 0 and view.lowers[i] in P.AMOUNT_HEDGES:
        i -= 1
    return i - 1 if i > 0 and view.lowers[i] == "of" else index


def _past_a_time(lowers: list[str], index: int) -> int:
    """The word before 'in recent months' ending at ``index`` ('a funding round in recent
    months in Moonshot AI'), or ``index`` itself."""
    if lowers[index] not in {"months", "weeks", "days", "years"}:
        return index
    opening = next((i for i in range(index - 1, max(-1, index - 4), -1) if lowers[i] == "in"), None)
    if opening is None or not P.TEMPORAL.match(" ".join(lowers[opening + 1 : index + 1])):
        return index
    return opening - 1


def _after_opening_with(view: View, candidates: list[Mention]) -> str | None:
    """'With $100 million in new funding from Tiger Global and RTX, EnCharge plans to …': the
    company that opens the main clause after a phrase of funding is the one that raised it
    (the phrase's own investors are not among ``candidates``)."""
    if view.lowers[:1] != ["with"]:
        return None
    following = next((m for m in candidates if view.lowers[m.first - 1] == ","), None)
    if following is None or following.first > 26:
        return None
    if not speaks_of_rounds(" ".join(view.lowers[: following.first])):
        return None
    return view.org(following)


def _valued_before(view: View, m: Mention) -> bool:
    return view.lowers[m.first - 1 : m.first] in (["valued"], ["valuing"], ["values"])


def _valued_after(lowers: list[str], index: int) -> bool:
    """'valued', 'was valued', ', which sources said was recently valued' at ``index``."""
    words = lowers[index : index + 9]
    if words[:2] in ([",", "which"], [",", "that"]):
        words = words[2:]
    if "valued" not in words[:6]:
        return False
    return set(words[: words.index("valued")]) <= P.VERB_CHAIN | P.VALUED_HEARSAY


def _participle_follows(lowers: list[str], index: int) -> bool:
    """', backed by', 'was founded in 2023 by …', ', which is funded by': a participle of
    founding or backing whose subject is the name before ``index``."""
    words = lowers[index : index + 5]
    while words and words[0] in {",", "which", "was", "is", "has", "had", "been", "also"}:
        words = words[1:]
    return bool(words) and words[0] in P.FOUNDING_PARTICIPLES


def described_before_slot(view: View, candidates: list[Mention]) -> str | None:
    """'Kunlunxin, a chip design company with significant backing from Baidu': the company
    an appositive describes is the one its backers back."""
    found = description_with_backers(view, candidates)
    return found[0] if found else None


def description_with_backers(view: View, candidates: list[Mention]) -> tuple[str, int] | None:
    """The company an appositive describes as backed ('HUMAIN, a full-stack AI provider backed
    by PIF'), and where the list of its backers starts."""
    for start in slot_starts(view.lowers):
        before = [m for m in candidates if m.last < start]
        if not before:
            continue
        gap = view.lowers[before[-1].last + 1 : start]
        described = gap[1:2] in (["a"], ["an"]) or bool({"'s", "’s"} & set(gap[2:5]))
        if gap[:1] == [","] and described and len(gap) <= 12 and "," not in gap[1:]:
            return view.org(before[-1]), start  # ", a chip design company", ", Saudi Arabia's
            # startup"; not past the description's end ("Constructor Capital, a venture firm
            # specializing in deep tech, with contributions from …": the round's)
        named = before[-1]
        if (
            gap[:1] == [","]
            and len(gap) <= 5
            and gap[1:2] in (["with"], ["backed"], ["funded"], ["supported"])
            and view.lowers[named.first - 1 : named.first] == [","]
            and view.lowers[named.first - 2 : named.first - 1] in [[w] for w in COMPANY_NOUNS]
        ):
            return view.org(named), start  # "launched a new company, Humain, with backing from"
    return None


COMPANY_NOUNS = ("company", "firm", "startup", "start-up", "venture", "entity")


def named_before_backed_by(view: View, candidates: list[Mention]) -> str | None:
    """'sealed with the AI Infrastructure Partnership backed by investors including KIA and
    Temasek': the name a list of backers hangs on, right before 'backed by'."""
    for start in slot_starts(view.lowers):
        before = [m for m in candidates if m.last < start][-1:]
        if (
            before
            and view.lowers[before[0].last + 1 : before[0].last + 3] in BACKED_BY
            and view.lowers[before[0].first - 1 : before[0].first] in (["the"], ["a"], ["an"])
        ):
            return view.org(before[0])
    return None


BACKED_BY = (["backed", "by"], ["funded", "by"], ["supported", "by"])


def _describes(gap: list[str]) -> bool:
    """The words between 'round for' and a name: a description ("the one-year-old", "her new
    company,")."""
    if gap[-1:] == [","]:
        gap = gap[:-1]
    return len(gap) <= 2 or all(
        (w.isalnum() or w == "-") and w not in P.PREPOSITIONS and w != "and" for w in gap
    )


def _round_for(view: View, candidates: list[Mention]) -> str | None:
    """'closed a seed round for her new company, Quanta Forge': the company a round is for,
    whoever else the sentence names before it."""
    for i, word in enumerate(view.lowers):
        if (
            word == "for"
            and i > 0
            and (matches(view.lowers[i - 1], P.ROUND_FOR_NOUNS) or _sized_round_before(view, i))
        ):
            inside = [m for m in candidates if i < m.first <= i + 9]
            if inside and _describes(view.lowers[i + 1 : inside[0].first]):
                return view.org(inside[0])
    return None


def _sized_round_before(view: View, i: int) -> bool:
    """'a financing round of at least US$600 million | for': a round and its size before
    ``i``."""
    return any(
        q.kind == "money"
        and q.last == i - 1
        and any(matches(w, P.ROUND_FOR_NOUNS) for w in view.lowers[max(0, q.first - 5) : q.first])
        for q in view.quantities
    )


def _raiser_by_its_verb(view: View, candidates: list[Mention]) -> str | None:
    """The company a sentence names as raising: its round ('Databricks' Series K'), or the
    subject of 'raised', 'counts ... among its backers', 'announced a Series B'."""
    candidates = [
        m
        for m in candidates
        if view.lowers[m.first - 1 : m.first] not in (["by"], ["from"])
        and not view.in_compound(m)
        and not _their_people(view.lowers, m)
    ]  # "It is backed by Nvidia and raised …, led by General Catalyst": not Nvidia's round;
    # "NVIDIA-rival Cerebras announced a Series H": a name in a compound describes the next
    owner = _possessive_round(view, candidates)
    if owner is not None:
        return view.org(owner)
    beneficiary = _round_for(view, candidates)
    if beneficiary is not None:
        return beneficiary
    for m in candidates:
        if _valued_after(view.lowers, m.last + 1):
            return view.org(m)  # "Hugging Face was valued at $4.5 billion in a round …"
        if _valued_before(view, m) and not m.reference:
            return view.org(m)  # "A 2023 funding round valued AI21 at $1.4 billion"
        if _has_backers(view.lowers, m.last + 1) or _has_backers(
            view.lowers, past_appositive(view.lowers, m.last + 1)
        ):
            return view.org(m)  # "Rebellions has some big investors, including …"
        if view.possessive(m, plural=True) and LIST_OF_BACKERS & set(
            view.lowers[m.last + 2 : m.last + 5]
        ):
            return view.org(m)  # "Sapeon's shareholders include SK Telecom"
    for m in candidates:
        after = [w for w in view.lowers[m.last + 1 : m.last + 6] if w not in {"now", "also"}][:3]
        if (after[:1] in (["counts"], ["count"]) and after[1:2] != ["among"]) or after in (
            [",", "which", "counts"],
            [",", "which", "count"],
        ):
            return view.org(m)  # "Cohere counts Oracle and Salesforce among its backers"; not
            # "Amazon counts among its biggest backers", where Amazon is the one counted
    own_rounds = _listed_before_relative(view, candidates)
    candidates = [m for m in candidates if m not in own_rounds]
    for m in candidates:
        after = past_appositive(view.lowers, m.last + 1)
        ahead = view.lowers[after : after + 4]
        if ahead[:1] == [","] and after == m.last + 1:
            after = _past_plain_aside(view, after)  # "Mistral AI, barely a month old, has raised"
            ahead = view.lowers[after : after + 4]
        if (
            any(matches(w, P.RAISE_VERBS) for w in ahead)
            or _says_it_raised(view, after)
            or _raises_after_auxiliaries(view.lowers, after)
        ) and not _gets_a_holding(view, after):
            return view.org(m)
    for m in candidates:
        after = past_appositive(view.lowers, m.last + 1)
        ahead = view.lowers[after : after + 16]
        rounds_ahead = [
            i
            for i, w in enumerate(ahead)
            if w in P.ROUND_NAMES or w in P.RECEIVED_NOUNS and ahead[i + 1 : i + 2] == ["from"]
        ]  # "Nscale announced a Series B", "Zhipu announced financial backing from Alibaba"
        if rounds_ahead and set(ahead[: rounds_ahead[0]]) & (
            P.ROUND_CLOSE_VERBS | P.RECEIVING_VERBS
        ):
            return view.org(m)  # "Nscale announced a $1.1 billion Series B led by ...", "Moonshot
            # is targeting a valuation of $10 billion in an expansion of a funding round backed by"
    return None


def _gets_a_holding(view: View, after: int) -> bool:
    """'OpenAI receiving $350 million worth of equity in CoreWeave': what the company gets is a
    holding in another, which it invests in; it raises nothing."""
    ahead = view.lowers[after : after + 10]
    return any(
        w in P.HOLDING_NOUNS
        and ahead[i + 1 : i + 2] == ["in"]
        and view.orgs(after + i + 2, after + i + 3)
        for i, w in enumerate(ahead)
    )


def _past_plain_aside(view: View, comma: int) -> int:
    """The index after ', barely a month old,' opening at ``comma``: a short aside naming no
    organisation (``comma`` itself when there is none)."""
    closing = next(
        (i for i in range(comma + 2, min(len(view.lowers), comma + 10)) if view.lowers[i] == ","),
        None,
    )
    if closing is None or view.orgs(comma, closing):
        return comma
    if any(comma < q.first < closing for q in view.quantities):
        return comma  # "Acme, $2 billion richer, ..." is no plain aside
    return closing + 1


def _listed_before_relative(view: View, candidates: list[Mention]) -> list[Mention]:
    """'startups including OpenAI, Cohere and StabilityAI, who raised large rounds': each
    company of a list a relative clause follows raised its own round; none is the round the
    article speaks of."""
    found: list[Mention] = []
    for m in candidates:
        if view.lowers[m.last + 1 : m.last + 3] not in ([",", "who"], [",", "which"]):
            continue
        group = list_around(view, candidates, m)
        if len(group) > 1:
            found += group
    return found


def _raises_after_auxiliaries(lowers: list[str], index: int) -> bool:
    """'Aleph Alpha, may have just raised …': a verb of raising after a comma and auxiliaries."""
    i = index + 1 if lowers[index : index + 1] == [","] else index
    while i < len(lowers) and lowers[i] in P.FINITE_AUXILIARIES | P.AUXILIARY_ADVERBS:
        i += 1
    i = _past_intention(lowers, i)
    return i > index and i < len(lowers) and matches(lowers[i], P.RAISE_VERBS)


def _past_intention(lowers: list[str], i: int) -> int:
    """The index after 'in advanced talks to', 'set to', 'looking to' at ``i``: a round still
    to come is raised by the same company."""
    if lowers[i : i + 1] == ["in"]:
        to = next((j for j in range(i + 1, min(len(lowers), i + 4)) if lowers[j] == "to"), None)
        if to is not None and "talks" in lowers[i + 1 : to]:
            return to + 1
        talks = lowers[i + 1 : i + 3]
        if talks[-1:] == ["with"] and set(talks) & {"talks", "discussions", "negotiations"}:
            # "in talks with MGX and other investors to raise": past the partners named
            ahead = lowers[i + 3 : i + 17]
            to = next((j for j, w in enumerate(ahead[:-1]) if w == "to"), None)
            if to is not None and matches(ahead[to + 1], P.RAISE_VERBS):
                return i + 3 + to + 1
    if lowers[i : i + 1] and lowers[i] in P.INTENT_WORDS and lowers[i + 1 : i + 2] == ["to"]:
        return i + 2
    return i


def _has_backers(lowers: list[str], index: int) -> bool:
    """'has some big investors', ', whose backers include': the name before owns the backers;
    'has support from key players', 'drew backing from': it receives the backing."""
    if _receives_backing(lowers[index : index + 8]):
        return True
    words = lowers[index : index + 6]
    if words[:1] not in (["has"], ["have"], ["had"], [","]) or words[:2] == [",", "and"]:
        return False
    if words[0] == "," and words[1:2] != ["whose"]:
        return False
    noun = next((i for i, w in enumerate(words) if w in LIST_OF_BACKERS), None)
    return noun is not None and all(w.isalpha() for w in words[1:noun])


def _receives_backing(words: list[str]) -> bool:
    """'has support from', 'enjoys the backing of', 'drew strategic investment from'."""
    if not words or words[0] not in P.BACKING_RECEIVED_VERBS:
        return False
    noun = next((i for i, w in enumerate(words) if w in P.BACKING_RECEIVED_NOUNS), None)
    return (
        noun is not None
        and all(w.isalpha() for w in words[1:noun])
        and words[noun + 1 : noun + 2] in (["from"], ["of"])
    )


def _says_it_raised(view: View, index: int) -> bool:
    """'Vantari said on Tuesday it had raised ...': the speaker raised."""
    words = view.lowers[index : index + 10]
    if not words or words[0] not in P.REPORTING_VERBS or "it" not in words:
        return False
    after_it = words[words.index("it") + 1 : words.index("it") + 4]
    return any(matches(w, P.RAISE_VERBS) for w in after_it)


def past_appositive(lowers: list[str], index: int) -> int:
    """The index after ', an inference startup,', '— a New York-based startup —', ', whose
    software makes videos from a few words,' or ', co-founded by LeCun after he left Meta,'
    when one starts at ``index``, past a corporate suffix the name left ('Runway AI Inc.,
    whose …')."""
    while lowers[index : index + 1] and lowers[index] in P.CORPORATE_SUFFIXES - {"."}:
        index += 1
    mark = lowers[index : index + 1]
    opener = lowers[index + 1 : index + 2]
    if opener == ["co"] and lowers[index + 2 : index + 3] == ["-"]:
        opener = lowers[index + 3 : index + 4]  # "co-founded", in three words
    if mark in ([","], ["—"], ["–"]) and (
        opener in (["a"], ["an"], ["the"], ["whose"])
        or bool(opener)
        and opener[0] in P.FOUNDING_PARTICIPLES | P.BASED_PARTICIPLES
    ):
        reach = 32 if mark == [","] else 48  # a dash aside may hold commas of its own
        closing = next((i for i in range(index + 2, min(len(lowers), index + reach))
                        if lowers[i] == mark[0]), None)  # fmt: skip
        if closing is not None:
            return closing + 1
    return index


def described_in_aside(view: View, m: Mention, lo: int = 0) -> Mention | None:
    """The name whose aside holds ``m``: 'HUMAIN' for the fund in 'HUMAIN, a subsidiary of
    Saudi Arabia's Public Investment Fund,'."""
    return next(
        (
            o
            for o in view.orgs(lo, m.first)
            if o.last < m.first < past_appositive(view.lowers, o.last + 1)
        ),
        None,
    )


def raising_company(view: View) -> str | None:
    """The company a sentence says raises a round ('Fireworks AI raised $250 million in a
    Series C'), if it says so."""
    if not speaks_of_rounds(view.sentence.text):
        return None
    return _raiser_by_its_verb(
        view, [m for m in view.orgs() if not m.embedded and view.entity(m).types != ["Investor"]]
    )
