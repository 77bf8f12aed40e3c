"""Funding rounds: one ``invests_in`` per organisation that takes part in a round.

Participants are found by the constructions news text uses to list them, not by their names:
the list after "led by", "participation from", "backed by", "investors include", and the
subject of "led", "co-led", "participated", "joined". The company raising is the one whose
round it is ("Databricks' Series K round"), the one that "raised", or the company the last
investment was about ("The round, led by ...").
"""

from __future__ import annotations

import re
from itertools import takewhile

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View, list_starting, matches
from kg.extract.mentions import Mention
from kg.extract.names import CURRENCY_SIGNS
from kg.extract.patterns import (
    LIST_OF_BACKERS,
)
from kg.extract.raisers import (
    coordinated_rounds,
    description_with_backers,
    named_before_backed_by,
    raiser_of,
    raising_together,
)
from kg.extract.round_lists import (
    list_before,
    list_from,
    named_after_its_role,
    slot_starts,
    speaks_of_rounds,
)

BARE_VERBS = {"lead", "co-lead", "join", "fund"}
BEFORE_BARE_VERB = [
    [w] for w in ("to", "will", "would", "could", "may", "might", "can", "also", "helped", "help")
]  # "agreed to lead", "has helped fund": the verb, not the noun ("the fund")


def rounds(view: View, fallback: str | None, after_round: bool = False) -> list[Candidate]:
    """One candidate per participant of the rounds this sentence names (``after_round``: the
    article has just described a round, which a sentence opening on "The deal" continues)."""
    text = view.sentence.text
    speaks = speaks_of_rounds(text)
    if not (after_round or speaks):
        return []  # (the verbs of taking part below are looked for only when they may count)
    orgs = [
        m
        for m in view.orgs()
        if not m.embedded
        and named_after_its_role(view, m) is None
        and m.text.lower() not in P.POSSESSIVES  # "counts big names among its investors"
    ]
    rivals = _named_as_rivals(view, orgs)
    orgs = [m for m in orgs if m not in rivals]
    if not orgs:
        return []
    those_in_it = _among_those_in_it(view.lowers)
    joined = _took_part(view.lowers) + _own_investments(view) + those_in_it
    continues = after_round and (
        P.CONTINUES_DEAL.match(text) is not None
        or bool(joined)
        or _leads_with_a_sum(view)
        or P.PARTICIPANTS_LISTED.match(text) is not None
    )
    if not (continues or speaks):
        return []  # "The deal, led by Fidelity, …" after a round: the round's
    participants: dict[str, int] = {}
    amounts: dict[str, float] = {}
    of_something_else: set[str] = set()  # "the initiative backed by MGX": not the round's
    raised_by: dict[str, str] = {}  # participants of a list whose own clause names its raiser
    for start in slot_starts(view.lowers, continues):
        if _lists_holdings(view.lowers, start):
            continue
        listed = [
            m
            for m in list_from(view, start, orgs)
            if not _invested_in(view, m)
            and not (m.first and view.lowers[m.first - 1] in P.BUYING_FORMS)
        ]  # (not "investors have agreed to acquire Aligned": the company bought)
        own = _subject_of_raising(view, start, orgs)
        if own is not None:
            raised_by.update((view.org(m), own) for m in listed if view.org(m) != own)  # type: ignore[misc]
        if backs_a_thing(view, start, orgs):
            of_something_else.update(view.org(m) for m in listed)  # type: ignore[misc]
        shared = len(listed) > 1 and not any(
            q.kind == "money"
            and (
                listed[0].last < q.first < listed[-1].first
                or (q.first == listed[-1].last + 2 and view.lowers[listed[-1].last + 1] == "(")
            )
            for q in view.quantities
        )  # "$50 million from Accel and Sequoia": the sum of both, no one's own; but "Accel
        # and Lux ($40 million)": Lux's own
        for m in listed:
            participants.setdefault(view.org(m), start)
            if not shared:
                _own_amount(view, m, None, amounts)
    for at in view.cue_positions(P.PARTICIPATE_VERBS) + joined:
        verb = view.lowers[at]
        i = at - 2 if view.lowers[at - 2 : at] == ["co", "-"] else at  # "co-led", in three words
        if verb in BARE_VERBS and view.lowers[i - 1 : i] not in BEFORE_BARE_VERB:
            continue  # "ex-Apple AI lead": the noun, not "agreed to (co-)lead"
        if verb.startswith("join") and _joins_something_else(view.lowers, at):
            continue  # "AMD also joined the frenzy": no round
        if verb in P.HEADING_VERBS and not _a_round_after(view, at):
            continue  # "the CEO headed to Paris": no round led
        if verb.startswith(("participat", "contribut")) and _in_something_else(view.lowers, at):
            continue  # "Meta and Google raced to participate in the AI battle": no round
        if verb in P.TAKE_FORMS and _in_something_else(view.lowers, at + 1):
            continue  # "took part in the summit"
        if (
            view.lowers[at + 1 : at + 2] == ["the"]
            and view.lowers[at + 2 : at + 3]
            and (view.lowers[at + 2] in P.LED_NOT_A_ROUND)
        ):
            continue  # "MatX led the wave with a $500m Series B": MatX raised it
        if view.lowers[at + 1 : at + 2] != ["by"]:
            listed = list_before(view, i, orgs)
            each = bool(listed) and "each" in view.lowers[listed[-1].last + 1 : i]
            for m in listed:
                participants.setdefault(view.org(m), i)
                _own_amount(view, m, i if len(listed) == 1 or each else None, amounts)
            if not listed and view.lowers[i - 1] == "," and verb.endswith("ing"):
                # "SoftBank led a $40 billion round in OpenAI, contributing $30 billion": the
                # participle's subject is the participant the sentence opened on
                opener = next((m for m in orgs if view.org(m) in participants), None)
                if opener is not None and opener.first == view.clause(opener.first)[0]:
                    _own_amount(view, opener, i, amounts)
                elif (
                    opener is None
                    and orgs
                    and orgs[0].first == 0
                    and view.has_type(orgs[0], "Investor")
                ):  # "Accel doubled down on Cohere, leading its Series B": the opening investor
                    participants.setdefault(view.org(orgs[0]), i)
    backers_before = _among_backers(view.lowers, those_in_it)
    for i in backers_before:
        for m in list_before(view, i, orgs):
            participants.setdefault(view.org(m), i)
    participants.pop(None, None)  # type: ignore[arg-type]
    for m in orgs:  # "with Goldman Sachs and JPMorgan serving as placement agents"
        if view.org(m) in participants and serves_as_adviser(view.lowers, m.last + 1, orgs):
            participants.pop(view.org(m))
    if not participants:
        return []
    description = description_with_backers(view, orgs)
    if description is not None and description[0] in participants:
        described, backers_start = description
        if participants[described] == backers_start:
            return []  # "Kunlunxin, a company with backing from Baidu", Kunlunxin acting as Baidu
        # "led by HUMAIN, a full-stack AI provider backed by PIF, and joined by AMD Ventures":
        # the backers the description lists back the company it describes, not the round
        raised_by.update(
            (investor, described) for investor, at in participants.items() if at == backers_start
        )
    raiser = raiser_of(view, orgs, set(participants), fallback)
    if raiser is None:
        raiser = named_before_backed_by(view, [m for m in orgs if view.org(m) not in participants])
    if raiser is None and (
        any(view.lowers[i] == "," for i in backers_before)  # ", both of which are investors"
        or _raised_after_and(view.lowers)
        or _talks_with(view.lowers)
    ):
        raiser = _sentence_subject(view, orgs, set(participants))
    if raiser is None:
        raiser = _enlisting_subject(view, orgs, set(participants))
    if raiser is None and "rounds" not in view.lowers:  # "took part in 26 rounds": no one round
        named = {view.org(m) for m in orgs if not m.reference and not view.possessive(m, True)}
        raiser = None if fallback in participants and fallback in named else fallback
        # "Existing backers, including Alibaba, Tencent and 5Y Capital": a backer is no raiser
        for investor in of_something_else:
            participants.pop(investor, None)
    if not raiser:
        return []
    raisers = [raiser] + coordinated_rounds(view, orgs, raiser)
    raisers += raising_together(view, orgs, raiser, set(participants) | set(raisers))
    pairs = [
        (investor, company)
        for company in raisers
        for investor in participants
        if investor != company and raised_by.get(investor, raiser) == raiser
    ] + [
        (investor, company)
        for investor, company in raised_by.items()
        if company != raiser and investor in participants
    ]  # a list whose own clause names its raiser backs that raiser
    return [
        Candidate(
            "invests_in",
            investor,
            company,
            view.sentence,
            "invest:round-list",
            amount_usd=amounts.get(investor) if company == raiser else None,
            anchor=participants[investor],
            numbers_fixed=True,
        )
        for investor, company in pairs
    ]


def _named_as_rivals(view: View, orgs: list[Mention]) -> list[Mention]:
    """'alongside competitors OpenAI, Anthropic and Google': a list a noun of rivalry opens
    names no round's participants."""
    openers = [m for m in orgs if m.first > 0 and view.lowers[m.first - 1] in P.RIVAL_NOUNS]
    return [r for m in openers for r in list_starting(view, m, orgs)]


def _leads_with_a_sum(view: View) -> bool:
    """'SoftBank leads with up to $30 billion': a verb of taking part with the sum put in,
    after a round the article told."""
    return any(
        view.lowers[at + 1 : at + 2] == ["with"]
        and any(q.kind == "money" and at + 1 < q.first <= at + 4 for q in view.quantities)
        for at in view.cue_positions(P.PARTICIPATE_VERBS)
    )


def _subject_of_raising(view: View, start: int, orgs: list[Mention]) -> str | None:
    """'OpenAI has received $10 billion from Microsoft, while Anthropic has received $6 billion
    from Google and Amazon': the company just before the verb of taking money in that opens a
    list ('raise' itself is left to the sentence's raiser, found by its verb)."""
    verbs = [
        i
        for i in range(max(0, start - 14), start)
        if matches(view.lowers[i], P.RAISE_VERBS) and not view.lowers[i].startswith("raise")
    ]
    if not verbs:
        return None
    before = [
        m
        for m in orgs
        if m.last < verbs[-1]
        and verbs[-1] - m.last <= 3
        and set(view.lowers[m.last + 1 : verbs[-1]]) <= P.VERB_CHAIN
    ]  # not "Anthropic, the OpenAI rival, closed": a name in the subject's description
    return view.org(before[-1]) if before else None


def serves_as_adviser(lowers: list[str], index: int, orgs: list[Mention]) -> bool:
    """Whether a name (or the list it ends or opens) is followed by 'serving as', 'acting as'
    or 'as placement agents': an adviser of the round, not a participant."""
    later = [m for m in orgs if m.first >= index]
    i = index
    for m in later:  # past the rest of the list ("Goldman Sachs and JPMorgan serving as")
        if set(lowers[i : m.first]) <= {",", "and", "&"}:
            i = m.last + 1
        else:
            break
    return lowers[i : i + 2] in (["serving", "as"], ["acting", "as"], ["acted", "as"]) or (
        lowers[i : i + 1] == ["as"] and bool(set(lowers[i + 1 : i + 4]) & P.ADVISER_NOUNS)
    )


def backs_a_thing(view: View, start: int, orgs: list[Mention]) -> bool:
    """Whether 'backed by' (or 'funded by', 'supported by', 'anchored by') follows a noun that
    is no company: 'the Stargate initiative backed by MGX' says who backs the initiative, 'a
    fund anchored by Mubadala' who backs the fund."""
    verb = start - 2
    if verb < 0 or view.lowers[verb] not in P.PARTICIPLE_ASIDES | {"supported", "anchored"}:
        return False
    if verb == 0:  # "Backed by Dell, the agreement underlines …": the subject after the comma
        comma = next((i for i in range(start, len(view.lowers)) if view.lowers[i] == ","), None)
        return comma is not None and not any(comma < m.first <= comma + 3 for m in orgs)
    before = view.lowers[verb - 1]
    linking = P.FINITE_AUXILIARIES | P.AUXILIARY_ADVERBS | {"been", "be", "being"}
    if before == "," or before in linking or before.endswith("ly"):
        head = verb - 1  # "The project, backed by PIF,", "the project is backed by PIF"
        while head > 0 and (
            view.lowers[head] in linking | {","} or view.lowers[head].endswith("ly")
        ):
            head -= 1
        return view.lowers[head] in P.BACKED_THINGS and not any(m.last == head for m in orgs)
    return before.isalpha() and not any(m.last == verb - 1 for m in orgs)


def _joins_something_else(lowers: list[str], verb: int) -> bool:
    """Whether 'joined' has an object that is no round ("joined the frenzy", "joined Nvidia")."""
    after = lowers[verb + 1 : verb + 3]
    if after[:1] not in (["the"], ["a"], ["an"]):
        return False
    if after[1:] and after[1] in P.GROUPS_JOINED:
        return True  # "joined a consortium backed by Microsoft … to invest": the group, no round
    return not P.ROUND_JOINED & set(lowers[verb + 2 : verb + 9])


def _invested_in(view: View, m: Mention) -> bool:
    """'This includes their investment in OpenAI': a name after an investment noun and 'in' is
    what was invested in, not a participant the list names."""
    before = view.lowers[max(0, m.first - 2) : m.first]
    return before[-1:] in (["in"], ["into"]) and bool(before[:1]) and before[0] in P.STAKE_NOUNS


def _in_something_else(lowers: list[str], verb: int) -> bool:
    """Whether 'participate in' or 'contribute to' has an object that is no round ("participate
    in the AI battle", "contributed to the growth")."""
    if lowers[verb + 1 : verb + 2] not in (["in"], ["to"]):
        return False
    object_words = list(takewhile(lambda w: w not in {",", ";", "."}, lowers[verb + 2 : verb + 12]))
    # ("participated in Elon Musk's xAI $6 billion funding round": the round after its sum)
    return not (P.ROUND_JOINED | P.ACQUISITION_NOUNS) & set(object_words)


def _among_backers(lowers: list[str], those_in_it: list[int]) -> list[int]:
    """Where 'among' opens a company's backers ("A, B and C are among Moore Threads'
    investors", "Tencent is also among the backers of Zhipu"), where ', both of which are
    investors' follows them, or those in it (``those_in_it``: where 'among those involved'
    begins)."""
    listing = {
        i
        for i, word in enumerate(lowers)
        if word == "among"
        and LIST_OF_BACKERS & set(lowers[i + 1 : i + 6])
        and lowers[i - 1 : i] not in (["it"], ["them"])  # "placing it among investors in labs"
        and not _counts_others(lowers, i)
        or word == ","
        and _all_of_which_back(lowers[i + 1 : i + 8])
    }
    return sorted(listing.union(those_in_it))


def _a_round_after(view: View, at: int) -> bool:
    """Whether the object of the verb at ``at`` is a round ('headed a $676 million round',
    'spearheaded the Series B'), within a few words."""
    return any(w in P.ROUND_NOUNS for w in view.lowers[at + 1 : at + 7])


def _counts_others(lowers: list[str], among: int) -> bool:
    """'SambaNova counts big names among its investors': a verb of counting with an object of
    its own before 'among', whose subject is the company backed, not a backer ('Amazon counts
    among its backers' has none)."""
    before = lowers[max(0, among - 8) : among - 1]
    return any(w in P.COUNTING_VERBS for w in before)


def _lists_holdings(lowers: list[str], start: int) -> bool:
    """'with stakes in all four AI tigers, which include Zhipu AI and MiniMax', 'backed by
    investments in Arm, Ampere and OpenAI': what an 'include' after a holding lists, or a slot
    opening on holdings, are the companies held, not a round's participants."""
    if lowers[start : start + 1] and lowers[start] in P.HOLDING_WORDS:
        return lowers[start + 1 : start + 2] == ["in"]
    if lowers[start - 1] not in P.INCLUDE_FORMS:
        return False
    before = lowers[max(0, start - 12) : start - 1]
    return bool(P.HOLDING_WORDS & set(before)) and not LIST_OF_BACKERS & set(before)


def _raised_after_and(lowers: list[str]) -> bool:
    """'Zhipu is China's largest AI start-up …, and previously raised funds from Alibaba': a
    verb of raising whose subject is the sentence's, left out after 'and'."""
    for i, word in enumerate(lowers):
        if word != "and":
            continue
        after = lowers[i + 1 : i + 3]
        verb = next((j for j, w in enumerate(after) if matches(w, P.RAISE_VERBS)), None)
        if verb is not None and all(
            w.endswith("ly") or w in {"also", "has", "had", "have"} for w in after[:verb]
        ):
            return True
    return False


def _talks_with(lowers: list[str]) -> bool:
    """'Cohere also had talks with Nvidia about a potential strategic investment': the names
    after 'talks with' are the would-be investors of the company the sentence opens on."""
    return any(
        word == "with" and lowers[i - 1 : i] and lowers[i - 1] in P.TALK_NOUNS_AND_VERBS
        for i, word in enumerate(lowers)
    )


def _enlisting_subject(view: View, orgs: list[Mention], investors: set[str]) -> str | None:
    """'Meta tapped PIMCO and Blue Owl Capital to lead a $29 billion financing': the company
    that enlists the round's investors raises the money."""
    for m in orgs:
        verb = m.last + 1
        if view.org(m) in investors or verb >= len(view.lowers):
            continue
        if view.lowers[verb] not in P.CHOOSING_FOR:
            continue
        enlisted = [n for n in orgs if verb < n.first <= verb + 6]
        if enlisted and view.org(enlisted[0]) in investors:
            return view.org(m)
    return None


def _sentence_subject(view: View, orgs: list[Mention], investors: set[str]) -> str | None:
    """'Anthropic relies on Google and Amazon, both of which are investors': the company the
    sentence opens on, when it is none of the backers."""
    first = orgs[0] if orgs else None
    if first is None or view.org(first) in investors or first.embedded:
        return None
    if first.first > 1 and view.lowers[first.first - 1] != ",":
        return None  # (after a fronted phrase: "As a part of the negotiations, Cohere …")
    return view.org(first)


def _all_of_which_back(words: list[str]) -> bool:
    """'…, both of which are investors', 'all of whom are also backers': the names before
    back the company the sentence is about."""
    if words[:1] not in (["both"], ["all"], ["each"]) or words[1:3] not in (
        ["of", "which"],
        ["of", "whom"],
    ):
        return False
    rest = [w for w in words[3:] if w not in {"also", "already", "existing", "early", "major"}]
    return rest[:1] in (["are"], ["were"], ["is"]) and bool(LIST_OF_BACKERS & set(rest[1:2]))


def _among_those_in_it(lowers: list[str]) -> list[int]:
    """Where 'among those involved' begins: the names before it took part in the round."""
    if "among" not in lowers:
        return []
    return [
        i for i, w in enumerate(lowers) if w == "among" and lowers[i + 1 : i + 3] in P.THOSE_IN_IT
    ]


def _took_part(lowers: list[str]) -> list[int]:
    """Where "took part" / "take part" / "took the lead in" / "committed to the financing" /
    "were involved in the round" begins: a participation verb of several words."""
    if not {"part", "lead", "committed", "involved"} & set(lowers):
        return []
    return (
        _involved_in_a_round(lowers)
        + [
            i - 1
            for i, word in enumerate(lowers)
            if word == "part" and lowers[i - 1 : i] and lowers[i - 1] in P.TAKE_FORMS
        ]
        + [
            i - 2
            for i, word in enumerate(lowers)
            if word == "lead"
            and lowers[i + 1 : i + 2] == ["in"]
            and lowers[i - 1 : i] == ["the"]
            and lowers[i - 2 : i - 1]
            and lowers[i - 2] in P.TAKE_FORMS
        ]
        + [
            i
            for i, word in enumerate(lowers)
            if word == "committed"
            and lowers[i + 1 : i + 3] in (["to", "the"], ["to", "this"], ["to", "that"])
            and lowers[i + 3 : i + 4]
            and lowers[i + 3] in P.ROUND_JOINED
        ]
    )


def _involved_in_a_round(lowers: list[str]) -> list[int]:
    """'HongShan and ZhenFund were involved in Moonshot AI's seed funding' (not 'involved in
    talks'): where the participation begins, at its copula."""
    starts = []
    for i, word in enumerate(lowers):
        if word != "involved" or lowers[i + 1 : i + 2] != ["in"]:
            continue
        if P.ROUND_JOINED & set(lowers[i + 2 : i + 7]):
            starts.append(i - 1 if lowers[i - 1 : i] and lowers[i - 1] in P.BARE_COPULAS else i)
    return starts


MAKE_FORMS = frozenset({"made", "make", "makes"})  # "made additional investments"


def _own_investments(view: View) -> list[int]:
    """Where 'have confirmed their investments' begins: backers named before it take part in
    the round the article speaks of."""
    lowers = view.lowers
    sums = _sums_put_in(view)
    if (
        P.CONFIRMING_VERBS.isdisjoint(lowers)
        and MAKE_FORMS.isdisjoint(lowers)
        and P.PROVIDING_FORMS.isdisjoint(lowers)
    ):
        return sums
    confirmed = [
        i
        for i, word in enumerate(lowers[:-2])
        if word in P.CONFIRMING_VERBS
        and lowers[i + 1] in {"their", "its"}
        and lowers[i + 2] in {"investment", "investments", "participation", "commitments"}
    ]
    return (
        sums
        + confirmed
        + [
            i
            for i, word in enumerate(lowers[:-2])
            if word in MAKE_FORMS
            and lowers[i + 1] in {"additional", "further", "follow-on", "fresh"}
            and lowers[i + 2] in {"investment", "investments"}
        ]
        + [
            i
            for i, word in enumerate(lowers[:-2])
            if word in P.PROVIDING_FORMS
            and lowers[i + 1] in {"the", "most", "much", "all"}
            and lowers[i + 2] in P.FUNDS_PROVIDED
        ]
    )  # "Existing shareholders A and B also made additional investments"; "A and B are
    # providing the funding"


def _sums_put_in(view: View) -> list[int]:
    """Where 'commits $5 million', 'is providing $90 million', 'put in $20 million' begins: a
    verb of putting money in, with its sum right after, no company after it and no words of
    compute in the sentence ('committed $300 billion to Oracle' is another deal); the backers
    named before it take part in the round the article speaks of, with that sum."""
    lowers = view.lowers
    found: list[int] = []
    if P.SUM_PUT_IN_VERBS.isdisjoint(lowers) or re.search(P.COMPUTE_SUPPLIED, view.sentence.text):
        return found  # "committed $300 billion, over five years, for computing power": a deal
    for i, word in enumerate(lowers[:-2]):
        if word not in P.SUM_PUT_IN_VERBS:
            continue
        at = i + 2 if lowers[i + 1] in ("in", "out", "over", "up") else i + 1  # "put in",
        # "chipped in", "shelled out", "forked over", "ponied up"
        if lowers[at : at + 2] == ["up", "to"]:
            at += 2
        elif lowers[at : at + 2] in (["about", "$"], ["around", "$"]):
            at += 1
        if (
            lowers[at : at + 1]
            and lowers[at][:1] in CURRENCY_SIGNS
            and not any(not m.embedded for m in view.orgs(at, _phrase_end(view, at)))
        ):
            found.append(i)
    return found


def _phrase_end(view: View, at: int) -> int:
    """Where the phrase from ``at`` ends: at the next comma or semicolon, or its clause's end."""
    end = view.clause(at)[1]
    return next((i for i in range(at, end) if view.lowers[i] in {",", ";"}), end)


def _own_amount(view: View, m: Mention, verb: int | None, amounts: dict[str, float]) -> None:
    """The sum one participant put in: '$750 million from Microsoft', 'SoftBank contributed
    $30 billion' (a verb with a single subject)."""
    for q in view.quantities:
        if q.kind != "money":
            continue
        from_it = view.lowers[m.first - 1 : m.first] in (["from"], ["by"]) and (
            q.last == m.first - 2
            or q.last == m.first - 3
            and view.lowers[m.first - 2] in {"loan", "facility"}
        )  # "$750 million from Microsoft", "the $300 million loan from Goldman Sachs"
        by_verb = (
            verb is not None
            and 0 < q.first - verb <= 4
            and set(view.lowers[verb + 1 : q.first]) <= P.AMOUNT_HEDGES | P.PART_WORDS | {"with"}
            and not P.ROUND_NOUNS & set(view.lowers[q.last + 1 : q.last + 3])
        )  # "SoftBank contributed $30 billion", "leads with up to $30 billion"; not "Nvidia
        # joined a $2 billion seed round"
        if (
            from_it
            or by_verb
            or _put_in_by_relative(view, m, q.first)
            or _sum_right_after(view, m, q)
        ):
            amounts.setdefault(view.org(m), q.value)  # type: ignore[arg-type]


def _sum_right_after(view: View, m: Mention, q) -> bool:
    """'Parkway Venture Capital investing $100 million', 'Tamarack ($27 million)', 'joined by
    Microsoft with a $95 million investment': a participant's own sum right after its name,
    in brackets or after a participle of putting money in or 'with'."""
    words = [w for w in view.lowers[m.last + 1 : q.first] if w not in P.AMOUNT_HEDGES]
    if words and words[0] in P.SUM_PARTICIPLES:
        words = words[1:] if words[1:2] != ["in"] else words[2:]
    elif words[:1] == ["with"]:
        words = words[2:] if words[1:2] == ["a"] else words[1:]
    elif words == ["("]:
        words = []
    else:
        return False
    return not words and not P.ROUND_NOUNS & set(view.lowers[q.last + 1 : q.last + 3])


def _put_in_by_relative(view: View, m: Mention, money: int) -> bool:
    """'SoftBank, which put in around $500 million,': the sum a relative clause after the
    participant says it put in."""
    words = view.lowers[m.last + 1 : money]
    if words[:2] != [",", "which"] or len(words) > 7:
        return False
    rest = [w for w in words[2:] if w not in P.AMOUNT_HEDGES and w not in {"in", "also", "has"}]
    return len(rest) == 1 and rest[0] in P.PUTTING_IN
