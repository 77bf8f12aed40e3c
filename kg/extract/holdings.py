"""invests_in from holdings and roles: shares and stakes held or granted, 'a backer of Y', joint
ventures, and the companies listed after an investee."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View, list_ending, matches
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    ACQUIRE_WORDS,
    GRANT_VERBS,
    PLURAL_ROLES,
    ROLE_ARTICLES,
    ROLE_COPULAS,
    ROLE_QUALIFIERS,
    SHARE_WORDS,
    STAKE_SIZE_WORDS,
    TAKING_ON_VERBS,
    TITLE_DESCRIPTORS,
)


def granting_verb(view: View, cue: int, lo: int) -> int | None:
    """Where a verb of granting opens the phrase of a stake ("gives Nvidia a 4% stake")."""
    verbs = [i for i in range(max(lo, cue - 10), cue) if matches(view.lowers[i], GRANT_VERBS)]
    return verbs[-1] if verbs and view.orgs(verbs[-1] + 1, verbs[-1] + 2) else None


def granted_stake(view: View, cue: int, verb: int) -> Candidate | None:
    """'The deal gives Nvidia a 4% stake in Intel': the organisation granted the stake invests
    in the company it is a stake of (named after 'in', else the one granting). Warrants for a
    stake ('grants OpenAI warrants for up to a 10% stake') are a right to buy one later: no
    investment yet, and no other reading of the stake either."""
    if any(w.startswith(("warrant", "option")) for w in view.lowers[verb:cue]):
        return None
    grantee = view.orgs(verb + 1, verb + 2)
    after = view.lowers[cue + 1 : cue + 2] == ["in"] and view.orgs(cue + 2, cue + 6)
    granter = [m for m in view.orgs(0, verb) if view.org(m) != view.org(grantee[0])]
    company = after[0] if after else (granter[-1] if granter else None)
    if company is None or view.org(company) == view.org(grantee[0]):
        return None
    return Candidate(
        "invests_in", view.org(grantee[0]), view.org(company), view.sentence, "invest:granted"
    )


def _to_after_own_unit(view: View, start: int) -> int | None:
    """Where 'to' follows a stake's 'in' that names no company ('in a venture that controls a
    plant in Ireland to'), or None when a company, a comma or nothing of the kind comes first."""
    if view.lowers[start : start + 1] not in (["a"], ["its"], ["their"]):
        return None
    for i in range(start, min(len(view.lowers), start + 16)):
        if view.lowers[i] in {",", ";"} or (view.orgs(i, i + 1) and view.lowers[i] != "its"):
            return None
        if view.lowers[i] == "to" and view.lowers[i - 1] not in ("plans", "agreed", "expected"):
            return i
    return None


def sold_to(view: View, cue: int, lo: int) -> Candidate | None:
    """'Mistral sold small stakes to companies like Nvidia', 'Zhipu will sell a 5% stake to
    Tencent': the buyer of a stake the company sells in itself invests in it (a stake sold
    'in' another company is a holding given up: no fact here)."""
    to = cue + 1
    if view.lowers[to : to + 1] == ["in"]:
        to = _to_after_own_unit(view, cue + 2)  # "a stake in a venture that controls a plant
        # in Ireland to Apollo": a part of the seller's own business
    if to is None or view.lowers[to : to + 1] != ["to"]:
        return None
    at = to + 1
    while at < len(view.lowers) and at - cue <= 6 and not view.orgs(at, at + 1):
        if view.lowers[at] not in P.BUYER_KIND_WORDS:
            return None  # "sold stakes to raise cash": no buyer named
        at += 1
    buyers = [m for m in view.orgs(at, at + 1) if not m.embedded]
    sellers = [m for m in view.orgs(lo, cue) if not m.embedded] or [
        m for m in view.orgs(0, lo) if not m.embedded
    ][:1]  # "Mistral raised $600 million, while also committing to sell small stakes to …"
    if not buyers or not sellers or view.org(buyers[0]) == view.org(sellers[0]):
        return None
    return Candidate(
        "invests_in",
        view.org(buyers[0]),
        view.org(sellers[0]),
        view.sentence,
        "invest:sold-to",
        anchor=buyers[0].first,
    )


def stake_in(after: list[str]) -> bool:
    """'stake in X', 'stake of up to 10% in X', 'stakes worth $2 billion in X'."""
    if "in" not in after:
        return False
    between = _without_aside(after[: after.index("in")])
    return all(w in STAKE_SIZE_WORDS or w[:1].isdigit() or w in {"$", "%"} for w in between)


ASIDE_MARKS = {"-": "-", "—": "—", "–": "–", "(": ")"}


def _without_aside(words: list[str]) -> list[str]:
    """The words without one aside between dashes or brackets ('of $135 billion - or 27% -')."""
    for i, word in enumerate(words):
        closing = ASIDE_MARKS.get(word)
        if closing and closing in words[i + 1 :]:
            return words[:i] + words[words.index(closing, i + 1) + 1 :]
    return words


def shares_held(view: View, cue: int, lo: int) -> Candidate | None:
    """'Google will receive warrants to acquire 41 million shares of TeraWulf': an organisation
    that acquires or holds shares of another invests in it; 'Nvidia, which holds 7.7 million
    shares of Applied Digital and 24.2 million shares of CoreWeave': in each."""
    compound = [m for m in view.orgs(lo, cue) if m.last == cue - 1 and not m.embedded]
    if compound and _counted(view, compound[0].first):
        investee = compound  # "warrants to buy up to 160 million AMD shares"
    elif view.lowers[cue + 1 : cue + 2] in (["of"], ["in"]):
        investee = view.orgs(cue + 2, cue + 4)
    else:
        return None
    holder = _share_holder(view, cue, lo)
    earlier = [i for i in range(lo, cue) if view.lowers[i] in SHARE_WORDS]
    if holder is None and earlier and "and" in view.lowers[earlier[-1] : cue]:
        holder = _share_holder(view, earlier[-1], lo)
    if not investee or holder is None or view.org(holder) == view.org(investee[0]):
        return None
    amounts = [q.value for q in view.quantities if q.kind == "money" and cue - 3 <= q.last < cue]
    return Candidate(
        "invests_in",
        view.org(holder),
        view.org(investee[0]),
        view.sentence,
        "invest:shares",
        amount_usd=amounts[0] if amounts else None,  # type: ignore[arg-type]
        numbers_fixed=True,
    )


def _counted(view: View, index: int) -> bool:
    """Whether a number of millions, a percentage or a sum comes right before ``index`` ('160
    million AMD shares', '10% of Zentrix shares', '$5 billion of Intel stock' are not 'some
    analysts' shares')."""
    return (
        any(q.last in (index - 1, index - 2) and q.kind != "money" for q in view.quantities)
        or view.lowers[index - 1 : index] in (["million"], ["billion"])
        or (  # "$250 million of CoreWeave shares", "$5 billion in Intel stock": a sum of them
            view.lowers[index - 1 : index] in (["of"], ["in"])
            and any(q.last == index - 2 and q.kind == "money" for q in view.quantities)
        )
    )


def _share_holder(view: View, cue: int, lo: int) -> Mention | None:
    """Who acquires or holds the shares named at ``cue``: the subject of a verb of acquiring
    shortly before, or the name a ', which holds …' clause hangs on."""
    if not any(matches(w, ACQUIRE_WORDS) for w in view.lowers[max(lo, cue - 8) : cue]):
        return None
    subjects = [
        m
        for m in view.orgs(lo, cue)
        if not m.embedded
        and (not view.possessive(m) or _own_undertaking(view, m))
        and view.lowers[m.first - 1 : m.first] not in (["of"], ["in"])
    ]  # "Google will backstop Fluidstack's lease ... and receive warrants": Google; "OpenAI's
    # commitment to acquire 160 million shares of AMD": OpenAI
    if not subjects and lo >= 2 and view.lowers[lo - 2 : lo] == [",", "which"]:
        subjects = [m for m in view.orgs(0, lo - 2) if m.last == lo - 3]  # "Nvidia, which holds"
    return subjects[0] if subjects else None


def _own_undertaking(view: View, m: Mention) -> bool:
    """'OpenAI's commitment to acquire', 'Google's right to buy': a possessive name whose
    undertaking the verb of acquiring after 'to' states (it acquires)."""
    words = view.lowers[m.last + 2 : m.last + 6]
    return (
        len(words) > 2
        and words[0] in P.UNDERTAKING_NOUNS
        and words[1] == "to"
        and matches(words[2], ACQUIRE_WORDS)
    )


def role_of_subject(view: View, cue: int) -> bool:
    """'A and B are (among the) investors in C', not 'investors poured money into C'."""
    before = view.lowers[max(0, cue - 4) : cue]
    if {"are", "were", "among", "remain", "become", "became"} & set(before):
        return True  # "A and B are likely to remain the main backers of C", "have become"
    wider = view.lowers[max(0, cue - 7) : cue]
    one_of = any(wider[i : i + 2] == ["one", "of"] for i in range(len(wider) - 1))
    if one_of:  # "is one of Anthropic's backers", "one of the investors in Anthropic"
        return (
            _possessive_role(view, cue) is not None
            or view.lowers[cue + 1 : cue + 2] in (["in"], ["of"], ["for"])
            or bool({"its", "their"} & set(wider))  # "Microsoft, one of its largest investors"
        )
    # "Microsoft, OpenAI's biggest investors, has …": a plural set off after one name
    return wider[-1:] in (["biggest"], ["largest"]) and _possessive_role(view, cue) is not None


def _held_by_aside(view: View, holder: Mention) -> Mention | None:
    """'CoreWeave, in which Nvidia is an investor,', 'CoreWeave rents out Nvidia GPUs (Nvidia
    is also an investor)': the company the aside naming the holder hangs on."""
    words = view.lowers
    if words[max(0, holder.first - 3) : holder.first] == [",", "in", "which"]:
        return next(
            (
                m
                for m in view.orgs(0, holder.first)
                if m.last == holder.first - 4 and not m.embedded
            ),
            None,
        )
    if words[holder.first - 1 : holder.first] == ["("]:
        return next(
            (m for m in view.orgs(0, 1) if not (m.embedded or m.reference) and m != holder), None
        )
    return None


def investor_role(view: View, cue: int, topic_lab: str | None) -> Candidate | None:
    """'Google, which had been an early investor', 'Amazon is a major backer of Anthropic',
    'Nvidia, an investor in xAI,': an organisation said to hold the role of investor."""
    words = view.lowers
    hyphened = _hyphened_backer(view, cue)
    if hyphened is not None:
        return hyphened
    titled = _titled_backer(view, cue, topic_lab)
    if titled is not None:
        return titled
    possessed = _possessive_role(view, cue)
    if possessed is not None:
        return possessed
    compound = next((m for m in view.orgs(max(0, cue - 4), cue) if m.last == cue - 1), None)
    article = next(
        (i for i in range(cue - 1, max(-1, cue - 5), -1) if words[i] in ROLE_ARTICLES), None
    )
    opening = compound.first - 1 if compound is not None else -1
    while opening > 0 and words[opening] in ROLE_QUALIFIERS:
        opening -= 1  # "another existing Crusoe investor"
    if compound is not None and words[opening] in ROLE_ARTICLES | {"another"}:
        article = opening  # "Nvidia, a Lambda shareholder,": Lambda's
    else:
        compound = None
    if article is None and words[cue] in PLURAL_ROLES:
        article = cue  # "A and B are investors in C", "are major investors in C"
        while article > 0 and words[article - 1] in P.ROLE_QUALIFIERS:
            article -= 1
    if article is None:
        return None
    holder = None
    before = [
        m
        for m in view.orgs(0, article)
        if not m.embedded or words[m.last + 1 : m.last + 2] == [","]
    ]  # "chips from AMD, which is also an investor": the designer inside the product line
    if before:
        gap = words[before[-1].last + 1 : article]
        linking = [
            w
            for w in gap
            if w not in P.ROLE_LINK_FILLERS
            and not w.endswith("ly")  # "is simultaneously a buyer, supplier, and a … shareholder"
            and w not in P.OTHER_ROLES | {"a", "an", "and"}
        ]
        listed_roles = [w for w in gap if w in P.OTHER_ROLES]
        if (
            len(gap) - 3 * len(listed_roles) <= 5
            and set(linking) <= ROLE_COPULAS
            and (linking or _apposed(gap))
        ) or (gap[-2:] == ["to", "become"] and len(gap) <= 12 and "," not in gap):
            holder = before[-1]  # (or what it did "to become" one: "AustralianSuper committed
            # $1.5 billion to become a minority owner in DataBank")
        elif holder is None:
            holder = _coordinated_subject(view, before, article)
    if holder is None:
        return None
    after = [
        m
        for m in view.orgs(cue + 1, cue + 4)
        if words[m.first - 1] in {"in", "of", "to"} and not m.embedded
    ]  # (not "an investor in Nvidia rival Cerebras": Cerebras, described after)
    if not after and words[cue + 1 : cue + 2] in (["in"], ["of"]):
        described = next((m for m in view.orgs(cue + 2, cue + 7) if not m.embedded), None)
        between = words[cue + 2 : described.first] if described else []
        if described and len(between) <= 4 and all(w.isalpha() or w == "-" for w in between):
            after = [described]  # "the largest shareholder of British chip designer Arm"
    if compound is not None:
        after = [compound]
    investee = view.org(after[0]) if after else topic_lab
    fellows = {view.org(m) for m in list_ending(view, before[:-1], holder)}
    others = {view.org(m) for m in view.orgs()} - fellows - {investee}  # "A and B are investors"
    named = {view.org(m) for m in view.orgs() if not m.embedded}
    held = None if after else _held_by_aside(view, holder)
    if held is not None:
        investee = view.org(held)
    elif not after and others and not (topic_lab in named and topic_lab != view.org(holder)):
        # "a cloud deal with Google, which had been an early investor": in the lab it names
        # (unless it names the company the article's round is of: "… is betting on Lambda
        # after it inked a pact with Microsoft (NVIDIA is also an investor)": in Lambda)
        labs = {
            view.org(m)
            for m in view.orgs()
            if view.has_type(m, "Lab") and not view.has_type(m, "CloudProvider")
        } - {view.org(holder)}
        investee = labs.pop() if len(labs) == 1 and holder.first > 0 else None
        earlier = {view.org(m) for m in view.orgs(0, holder.first) if not m.embedded}
        if investee is None and words[cue + 1 : cue + 3] == ["in", "the"] and len(earlier) == 1:
            investee = earlier.pop()  # "TensorWave buys from AMD, an investor in the company"
    opener = [m for m in view.orgs(0, holder.first) if m.first == 0 and not m.embedded]
    if not after and opener and holder.first > 1 and words[holder.first - 1] == "with":
        if view.org(opener[0]) == view.org(holder):
            return None
        return Candidate(  # "CoreWeave, now public, with Nvidia still a major shareholder,
            "invests_in",  # …": the sentence's subject is held (no sum of the sentence's is
            view.org(holder),  # the holding's)
            view.org(opener[0]),
            view.sentence,
            "invest:role",
            numbers_fixed=True,
        )
    if not investee or investee == view.org(holder) or (not after and investee in fellows):
        return None  # "SoftBank, NEC and Sony are the core shareholders": not of SoftBank
    return Candidate("invests_in", view.org(holder), investee, view.sentence, "invest:role")


def _coordinated_subject(view: View, before: list[Mention], article: int) -> Mention | None:
    """'Founders Fund, which has invested in Crusoe since 2019 and was also an early backer of
    OpenAI': a role after 'and was' belongs to the name that opens the sentence, the subject
    of the first predicate."""
    words = view.lowers
    at = article - 1
    while at > 0 and words[at] in {"also", "long", "already", "once", "previously"}:
        at -= 1
    if words[at] == "been":
        at -= 1
    if at < 1 or words[at] not in {"was", "is", "has", "had"} or words[at - 1] != "and":
        return None
    subject = before[0] if before else None
    if subject is None or subject.first != 0:
        return None
    following = words[subject.last + 1 : subject.last + 2]
    return (
        subject if following and following[0] in {",", "has", "have", "had", "is", "was"} else None
    )


def named_as_backers(view: View, cue: int) -> Candidate | None:
    """'Khazna, majority-owned by G42 with MGX and Silver Lake as new minority shareholders':
    the names listed after 'with' and before 'as … shareholders' back the sentence's subject."""
    words = view.lowers
    at = cue - 1
    while at >= 0 and cue - at <= 3 and words[at].isalpha() and words[at] != "as":
        at -= 1  # "new minority", "strategic"
    if at < 0 or words[at] != "as":
        return None  # (a sentence that opens on its role noun has no 'as' before it)
    last = next((m for m in view.orgs(max(0, at - 6), at) if m.last == at - 1), None)
    if last is None or last.embedded:
        return None
    listed = list_ending(view, [m for m in view.orgs(0, last.first) if not m.embedded], last)
    opener = words[listed[0].first - 1 : listed[0].first]
    if opener != ["with"] and not (opener and opener[0] in TAKING_ON_VERBS):
        return None  # "with MGX as new shareholders", "Zentrix added Samsung and LG as …"
    subject = next((m for m in view.orgs(0, listed[0].first) if not m.embedded), None)
    if subject is None or view.org(subject) in {view.org(m) for m in listed}:
        return None
    return Candidate("invests_in", view.org(last), view.org(subject), view.sentence, "invest:role")


def _possessive_role(view: View, cue: int) -> Candidate | None:
    """'ASML became Mistral AI's largest shareholder', 'Microsoft, OpenAI's biggest investor,',
    'Google is one of Anthropic's largest backers': the company whose role the possessive
    names is invested in by the subject it describes."""
    words = view.lowers
    head = cue
    if words[cue - 2 : cue - 1] and words[cue - 1] == "and" and words[cue - 2] in P.OTHER_ROLES:
        head = cue - 2  # "OpenAI's most significant infrastructure partner and investor"
    at = head - 1
    reach = 2 if head == cue else 3
    while at >= 0 and head - at <= reach and words[at].isalpha() and words[at] not in ROLE_COPULAS:
        at -= 1  # "largest", "biggest early"
    if at < 0 or words[at] not in ("'s", "’s"):
        return None  # (a role noun that opens the sentence has no possessive before it)
    investee = next((m for m in view.orgs(max(0, at - 6), at) if m.last == at - 1), None)
    if investee is None or investee.embedded or investee.reference:
        return None  # "one of the company's founding investors": left to the references
    named_after = _named_after_copula(view, cue) or _named_in_apposition(view, cue)
    if named_after is not None and not view.orgs(0, investee.first):
        holder, invested = view.org(named_after), view.org(investee)
        if holder and invested and holder != invested:  # "OpenAI's biggest backer is Microsoft"
            return Candidate("invests_in", holder, invested, view.sentence, "invest:role")
        return None
    holders = [m for m in view.orgs(0, investee.first) if not m.embedded]
    if not holders:
        return None
    gap = words[holders[-1].last + 1 : investee.first]
    linking = [w for w in gap if w not in {",", "one", "of", "among"}]
    if len(gap) > 5 or not set(linking) <= ROLE_COPULAS or not (linking or _apposed(gap)):
        return None
    holder, invested = view.org(holders[-1]), view.org(investee)
    if not holder or not invested or holder == invested:
        return None
    return Candidate("invests_in", holder, invested, view.sentence, "invest:role")


def _named_after_copula(view: View, cue: int) -> Mention | None:
    """The company a role noun is said to be ('… largest shareholder is Amazon', '… remains
    Microsoft'), named right after the copula."""
    words = view.lowers
    at = cue + 1
    if at >= len(words) or words[at] not in P.STATE_COPULAS:
        return None
    at += 1
    if at < len(words) and words[at] in P.STATE_ADVERBS:
        at += 1
    return next((m for m in view.orgs(at, at + 1) if m.first == at and not m.embedded), None)


def _named_in_apposition(view: View, cue: int) -> Mention | None:
    """The company a role noun names when the name is set off after it ('Cerebras' largest
    investor, Benchmark Capital, put in …', 'one of OpenAI's earliest backers, Khosla
    Ventures, …'): one name between commas, or closing the sentence."""
    words = view.lowers
    if words[cue + 1 : cue + 2] != [","]:
        return None
    named = next((m for m in view.orgs(cue + 2, cue + 3) if m.first == cue + 2), None)
    if named is None or named.embedded:
        return None
    closing = words[named.last + 1 : named.last + 2]
    return named if closing in ([","], ["."], []) else None


def _hyphened_backer(view: View, cue: int) -> Candidate | None:
    """'CoreWeave-backer Magnetar': the name after the compound backs the name before it."""
    if cue < 2 or view.lowers[cue - 1] != "-":
        return None
    backed = [m for m in view.orgs(max(0, cue - 5), cue - 1) if m.last == cue - 2]
    backer = view.orgs(cue + 1, cue + 2)
    if not backed or not backer or view.org(backed[0]) == view.org(backer[0]):
        return None
    return Candidate(
        "invests_in", view.org(backer[0]), view.org(backed[0]), view.sentence, "invest:role"
    )  # type: ignore[arg-type]


def backing_for(view: View, cue: int, lo: int) -> Candidate | None:
    """'High-Flyer, a Chinese investment firm, provides financial backing for DeepSeek': the
    clause's subject backs the company after 'for' or 'to'."""
    to = recipient_word(view.lowers, cue)
    if to is None:
        return None
    investee = [m for m in view.orgs(to + 1, to + 4) if not m.embedded]
    if not investee and "including" in view.lowers[to + 1 : to + 10]:
        # "provided funding or guarantees to several neocloud firms, including CoreWeave"
        including = view.lowers.index("including", to + 1)
        investee = [m for m in view.orgs(including + 1, including + 2) if not m.embedded]
    investor = [m for m in view.orgs(lo, cue) if not m.embedded]
    if not investee or not investor or view.org(investor[0]) == view.org(investee[0]):
        return None
    return Candidate("invests_in", view.org(investor[0]), view.org(investee[0]), view.sentence,
                     "invest:verb", anchor=cue)  # fmt: skip


def recipient_word(words: list[str], cue: int) -> int | None:
    """The 'for' or 'to' naming who receives the funding noun at ``cue``, right after it or
    after a second noun it is coordinated with ('funding or guarantees to')."""
    if words[cue + 1 : cue + 2] in (["for"], ["to"]):
        return cue + 1
    if words[cue + 1 : cue + 2] in (["or"], ["and"]) and words[cue + 3 : cue + 4] in (
        ["for"],
        ["to"],
    ):
        return cue + 3
    return None


def provided_with_funds(view: View, cue: int, lo: int) -> Candidate | None:
    """'Google will provide Anthropic with $1 billion in funding': the subject of the verb of
    providing backs the company it provides with money."""
    words = view.lowers
    verb = next(
        (i for i in range(cue - 1, max(lo, cue - 10) - 1, -1) if words[i] in P.PROVIDING_FORMS),
        None,
    )
    if verb is None:
        return None
    investee = [m for m in view.orgs(verb + 1, verb + 2) if not m.embedded]
    if not investee or words[investee[0].last + 1 : investee[0].last + 2] != ["with"]:
        return None
    investor = [m for m in view.orgs(lo, verb) if not m.embedded and not view.possessive(m)]
    if not investor or view.org(investor[-1]) == view.org(investee[0]):
        return None
    amounts = [q.value for q in view.quantities if q.kind == "money" and verb < q.first < cue]
    return Candidate("invests_in", view.org(investor[-1]), view.org(investee[0]), view.sentence,
                     "invest:verb", amount_usd=amounts[0] if amounts else None,  # type: ignore[arg-type]
                     anchor=cue)  # fmt: skip


def with_backing(view: View, cue: int, lo: int) -> Candidate | None:
    """'SambaNova landed $350 million with Intel backing', 'with Nvidia's backing': the
    company that raised the sum before it has the backer named after 'with' as an investor."""
    backer = next(
        (
            m
            for m in view.orgs(lo, cue)
            if m.last == cue - 1 or (m.last == cue - 2 and view.possessive(m))
        ),
        None,
    )
    if backer is None or view.lowers[backer.first - 1 : backer.first] != ["with"]:
        return None
    sums = [q for q in view.quantities if q.kind == "money" and lo <= q.first < backer.first]
    raisers = [m for m in view.orgs(lo, sums[-1].first) if not m.embedded] if sums else []
    if not raisers or view.org(raisers[-1]) == view.org(backer):
        return None  # (the company named last before the sum: "with MatX securing $500 million,
        # and SambaNova landing $350 million with Intel backing")
    return Candidate("invests_in", view.org(backer), view.org(raisers[-1]), view.sentence,
                     "invest:verb", anchor=cue, numbers_fixed=True)  # fmt: skip
    # (the sum is the round's, not the backer's own)


def _titled_backer(view: View, cue: int, topic_lab: str | None = None) -> Candidate | None:
    """'relying on backer Microsoft's data centers', 'its largest investor, venture capital
    firm DSC Investment': the role noun names the organisation right after it, which invests
    in the lab the sentence speaks of (or the company whose investor 'its' says it is)."""
    words = view.lowers
    start = cue + 1
    if words[start : start + 1] == [","]:
        start += 1
    after = [m for m in view.orgs(start, start + 6) if not m.embedded]
    if not after or not set(words[start : after[0].first]) <= TITLE_DESCRIPTORS:
        return None
    before = cue - 1
    while before > 0 and view.sentence.tokens[before].text[:1].isupper():
        before -= 1  # past a place or name qualifying the role: "Abu Dhabi investor"
    if words[before] in {"by", "from", "with"}:
        return None  # "backed by Abu Dhabi investor MGX": the backing phrase's own rules
    if _place_s_role(view, cue):
        return None  # "…, Singapore's state investor Temasek": no company's investor
    if words[cue - 1 : cue] == ["its"] or words[cue - 2 : cue - 1] == ["its"]:
        owners = [m for m in view.orgs(max(0, cue - 3), cue) if m.reference]
        investee = view.org(owners[-1]) if owners else None
    else:
        labs = [m for m in view.orgs(0, cue) if view.is_lab(m) and not m.embedded]
        if labs and set(words[labs[-1].last + 1 : cue]) <= LISTING_WORDS:
            return None  # "Accel and Saab, as well as new backer BDT": a fellow backer
        if labs and _titled_as_backers(view, labs[-1]):
            return None  # "Early investors Tencent and ByteDance …, while earliest investor X"
        investee = view.org(labs[-1]) if labs else None
        if investee is None and not view.orgs(0, cue):
            investee = topic_lab  # "Early investors Tencent and ByteDance achieved returns"
    holder = view.org(after[0])
    if not investee or investee == holder:
        return None
    return Candidate("invests_in", holder, investee, view.sentence, "invest:role")


LISTING_WORDS = {",", "and", "as", "well", "plus", "new", "existing", "other"}


def _place_s_role(view: View, cue: int) -> bool:
    """Whether the role noun belongs to something that is no organisation of the sentence
    ("Singapore's state investor", "Abu Dhabi's wealth fund"), one or two words before it."""
    for at in (cue - 1, cue - 2):
        if at > 0 and view.lowers[at] in ("'s", "’s"):
            return not any(m.first <= at - 1 <= m.last for m in view.orgs(0, at))
    return False


def _titled_as_backers(view: View, name: Mention) -> bool:
    """Whether ``name`` stands in a list a role noun titles ('Early investors Tencent and
    ByteDance'): a holder itself, not the company held."""
    earlier = [m for m in view.orgs(0, name.first) if not m.embedded]
    opening = list_ending(view, earlier, name)[0].first
    return opening > 0 and view.lowers[opening - 1] in P.ROLE_NOUNS


def _apposed(gap: list[str]) -> bool:
    """'Microsoft, an investor in OpenAI,', 'Microsoft (an investor in OpenAI)', 'Microsoft, one
    of OpenAI's largest investors,': a role set off after the name by a comma or a bracket."""
    return gap[:1] in ([","], ["("]) and all(w in {",", "(", "one", "of", "among"} for w in gap)
