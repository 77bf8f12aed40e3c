"""invests_in: 'X invested $N in Y', 'Y, backed by X', 'Y raised $N from X', gapped investors."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.backed import after_opening_phrase, backed_compound, rival_described
from kg.extract.clauses import (
    Candidate,
    View,
    fronted_phrase_end,
    list_around,
    list_ending,
    matches,
    words_outside_brackets,
)
from kg.extract.committed_funds import committed_funds
from kg.extract.fundraising import before_appositive, fundraising, funds_from
from kg.extract.holdings import (
    backing_for,
    granted_stake,
    granting_verb,
    investor_role,
    named_as_backers,
    provided_with_funds,
    role_of_subject,
    shares_held,
    sold_to,
    stake_in,
    with_backing,
)
from kg.extract.investment_guards import (
    disposed_of,
    names_chips_bought,
    only_a_person_s_employer,
    spent_on_something,
)
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    ANALOGY,
    BACKER_PARTICIPLES,
    BACKING_VERBS,
    CAPACITY_NOUNS,
    COMMIT_VERBS,
    DEAL_WORDS,
    DESCRIPTOR_BEFORE,
    FUNDRAISING,
    GUARANTEED,
    INVESTOR_ROLES,
    JOINING_VERBS,
    LIST_GLUE,
    NOT_A_DEAL_NOUN,
    OTHER_OWNERS,
    PLURAL_ROLES,
    PREPOSITIONS,
    PUT_WORDS,
    RECEIVING_VERBS,
    RELATIVE,
    SECURE_WORDS,
    SHARE_WORDS,
    SINGULAR_VERBS,
    SUBJECT_TO_VERB,
    TEMPORAL,
)
from kg.extract.people import titled_person_at
from kg.extract.places import place_names
from kg.extract.round_lists import named_after_its_role
from kg.extract.rounds import backs_a_thing


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
        absolute = word_before == "with" and _absolute_gap(view, m.last, cue)  # "with Nvidia
        # investing $2B", "with Magnetar also reportedly in talks to invest"
        if word_before in {"in", "into", "with", "to", "for"} and not (
            infinitive_subject or absolute
        ):
            continue  # 'a plan for Nvidia to invest' keeps Nvidia, the subject of 'to invest'
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


def _plural_possessor(view: View, cue: int) -> bool:
    """'startups’ investments': the investments of a group the sentence names by a common noun,
    not of the clause's subject."""
    return (
        cue > 1
        and view.lowers[cue - 1] in {"'", "’"}
        and view.lowers[cue - 2].endswith("s")
        and view.lowers[cue - 2].isalpha()
        and not any(m.last == cue - 2 for m in view.orgs(cue - 4, cue))
    )


def _money_then_in(view: View, cue: int) -> bool:
    money = [q for q in view.quantities if q.kind == "money" and 0 < q.first - cue <= 2]
    return bool(money) and view.lowers[money[0].last + 1 : money[0].last + 2] in (["in"], ["into"])


def _quantity_tokens(view: View, lo: int, hi: int) -> int:
    """How many tokens strictly between ``lo`` and ``hi`` belong to amounts or shares ('a $2
    billion stake', 'a 7% stake')."""
    in_amounts = {i for q in view.quantities for i in range(q.first, q.last + 1)}
    return sum(
        i in in_amounts or view.lowers[i] in P.PERCENT_WORDS or view.lowers[i][:1].isdigit()
        for i in range(lo + 1, hi)
    )


def _money_tokens(view: View, lo: int, hi: int) -> int:
    """How many tokens strictly between ``lo`` and ``hi`` belong to amounts ("Its US$1.25
    billion investment")."""
    return sum(
        max(0, min(q.last, hi - 1) - max(q.first, lo + 1) + 1)
        for q in view.quantities
        if q.kind == "money"
    )


def invests(view: View, cue: int, topic_lab: str | None) -> Candidate | None:
    """'X invested $N in Y', 'X's investment in Y', 'Y, backed by X', 'Y raised $N from X',
    'X is leading the round' (Y: the company the article is about); never a person named by
    the company they work for ('backed by Intel CEO Lip-Bu Tan'), nor money put into a
    designer's chips ('invest mainly in Nvidia H200 models')."""
    candidate = _invests(view, cue, topic_lab)
    if candidate is None or candidate.type != "invests_in":
        return candidate
    if only_a_person_s_employer(view, candidate.subject) or names_chips_bought(
        view, candidate.object, cue
    ):
        return None
    return candidate


def _invests(view: View, cue: int, topic_lab: str | None) -> Candidate | None:
    lo, hi = view.clause(cue)
    word = view.lowers[cue]
    if word == "interest":
        if view.lowers[cue - 1 : cue] not in P.SIZED_INTEREST:
            return None  # "interest in AI", "interest rates"
        word = "stake"  # "purchased a 20% interest in Northern Data"
    following = view.lowers[cue + 1] if cue + 1 < len(view.lowers) else ""
    if word in PLURAL_ROLES and (named_as := named_as_backers(view, cue)) is not None:
        return named_as
    if word == "owner":
        if view.lowers[cue - 1 : cue] not in [[w] for w in P.PART_OWNER_WORDS]:
            return None  # "Facebook owner Meta", "the owner of Arm": a parent, not a stake
        return investor_role(view, cue, topic_lab)  # "SoftBank is the majority owner of Arm"
    if word in INVESTOR_ROLES or (word in PLURAL_ROLES and role_of_subject(view, cue)):
        return investor_role(view, cue, topic_lab)
    if word in PLURAL_ROLES:
        return None  # "with backers like Sequoia", "Stepfun's backers include Tencent": a list
        # of backers, which the rounds read; a role noun is no verb with a subject and object
    if word == "back" and not _back_as_verb(view, cue):
        return None  # "back in 2023", "come back": no verb of backing
    if word == "backed" and view.lowers[cue - 1 : cue] == ["-"]:
        return backed_compound(view, cue)
    if word.endswith("ed") and view.lowers[cue - 1 : cue] in (["a"], ["an"], ["the"]):
        return None  # "functions as a financed wager on …": a participle used as an adjective
    if word.startswith("back") and GUARANTEED & set(view.lowers[cue + 1 : cue + 7]):
        return None  # "Nvidia backed CoreWeave's $2.3 billion loan": a guarantee, no stake
    if word.startswith(("back", "support")) and _backs_an_idea(view.lowers, cue):
        return None  # "The French government backed Mistral's plan to build …": support
    if word in P.PARTICIPLE_ASIDES and _aside_after_a_thing(view, cue):
        return None  # "a contract backlog of $455 billion, backed by OpenAI and Meta"
    if word == "backing" and (
        (found := backing_for(view, cue, lo) or with_backing(view, cue, lo)) is not None
        or view.lowers[cue - 1 : cue] not in (["is"], ["are"], ["in"], ["been"], ["was"], ["were"])
    ):
        return found  # "provides backing for DeepSeek"; not "Nvidia is backing SSI"
    if (
        word in {"funding", "financing"}
        and view.lowers[cue + 1 : cue + 2] in (["for"], ["to"])
        and P.GIVING_VERBS & set(view.lowers[lo:cue])
    ):
        return backing_for(view, cue, lo)  # "Toyota provided $8.3m in funding for PFN"
    if word in {"funding", "financing"} and (found := provided_with_funds(view, cue, lo)):
        return found  # "Google will provide Anthropic with $1 billion in funding"
    if word in PUT_WORDS and not _money_then_in(view, cue):
        return None  # "put $10 billion in OpenAI" invests; "put pressure on" does not
    if following in NOT_A_DEAL_NOUN or word.startswith(("investor", "investigat")):
        return None
    if word.startswith("investment") and cue > 0 and view.lowers[cue - 1] in P.SPENDING_MODIFIERS:
        return None  # "the immense capital investment required", "Microsoft's infrastructure
        # investments reached $37.5 billion": spending on what it builds, not a stake
    if word.startswith("investment") and (
        view.lowers[cue - 1 : cue] == ["short-term"]
        or view.lowers[cue - 3 : cue - 1] == ["short", "-"]
    ):
        return None  # "$60.6 billion in cash and short-term investments": treasury holdings
    if word.startswith("invest") and spent_on_something(view, cue):
        return None  # "Oracle will invest $40 billion to purchase 400,000 GB200 chips": spending
    if (word in {"stake", "stakes"} or word in SHARE_WORDS) and disposed_of(view, cue, lo):
        return sold_to(view, cue, lo)  # "SoftBank sold its entire stake in Nvidia": a holding
        # given up; "Mistral sold small stakes to Nvidia": the buyer invests
    if word in {"stake", "stakes"} and (verb := granting_verb(view, cue, lo)) is not None:
        return granted_stake(view, cue, verb)
    if (
        word in {"stake", "stakes"}
        and not stake_in(view.lowers[cue + 1 : cue + 14])
        and "in which" not in view.before(cue, 6 + _quantity_tokens(view, max(0, cue - 9), cue))
    ):
        return None
    if cue > 0 and view.lowers[cue - 1] in OTHER_OWNERS or _plural_possessor(view, cue):
        return None  # "their investment", "AI startups' investments, including OpenAI"
    if word in SHARE_WORDS:
        if view.lowers[0] in {"if", "unless"}:
            return None  # "If successful, OpenAI may acquire up to 160 million shares of AMD"
        return shares_held(view, cue, lo)
    if word in COMMIT_VERBS:
        return committed_funds(view, cue, lo, topic_lab)
    if word == "investing" and view.lowers[max(0, cue - 1) : cue] == ["by"] and cue - 1 == lo:
        return _fronted_by_investing(view, cue)
    if word in SECURE_WORDS:
        return fundraising(view, cue, lo, hi, topic_lab) if funds_from(view, cue, hi) else None
    if matches(word, FUNDRAISING):
        return fundraising(view, cue, lo, hi, topic_lab)
    named_before = _investee_named_before(view, cue, lo)
    if named_before is not None:
        return named_before
    investor, passive = _investor(view, cue, lo, hi)
    if investor is None or ANALOGY.search(view.before(investor.first, 3)):
        return None
    if (
        passive
        and view.lowers[cue + 1 : cue + 2] == ["by"]
        and backs_a_thing(view, cue + 2, view.orgs())
    ):
        return None  # "the Stargate initiative backed by Abu Dhabi investor MGX": no company
    investee, use_topic = _investee(view, cue, hi, investor, passive)
    investee_org = view.org(investee) if investee else (topic_lab if use_topic else None)
    if not investee_org or investee_org == view.org(investor):
        return None
    return Candidate("invests_in", view.org(investor), investee_org, view.sentence, "invest:verb")


def _backs_an_idea(lowers: list[str], cue: int) -> bool:
    """Whether what is backed is a plan, bid or call ('backed Mistral AI's plan'), not a
    company: the possessive's noun within the next few words."""
    after = lowers[cue + 1 : cue + 7]
    owned = next((i for i, w in enumerate(after) if w in ("'s", "’s")), None)
    return owned is not None and bool(set(after[owned + 1 : owned + 3]) & P.BACKED_IDEAS)


def _back_as_verb(view: View, cue: int) -> bool:
    """'Alphabet and Nvidia back SSI', 'joined investors to back SSI': 'back' as a verb, after
    its subject, 'to' or an auxiliary, with a company as its object."""
    before = view.lowers[cue - 1] if cue > 0 else ""
    after_subject = any(m.last == cue - 1 for m in view.orgs())
    if not (after_subject or before in P.VERB_CHAIN):
        return False
    return any(m.first == cue + 1 for m in view.orgs())


def _fronted_by_investing(view: View, cue: int) -> Candidate | None:
    """'By investing $2 billion in Nebius, Nvidia secured supply': the investor is the main
    clause's subject after the comma that closes the phrase."""
    comma = next((i for i in range(cue + 1, len(view.lowers)) if view.lowers[i] == ","), None)
    if comma is None:
        return None
    investee = next(
        (
            followed_by_org(view, i, 3) or after_place(view, i)
            for i in range(cue + 1, comma)
            if view.lowers[i] in {"in", "into"}
        ),
        None,
    )
    investor = next((m for m in view.orgs(comma + 1, comma + 3) if not m.embedded), None)
    if investee is None or investor is None or view.org(investee) == view.org(investor):
        return None
    return Candidate(
        "invests_in", view.org(investor), view.org(investee), view.sentence, "invest:fronted"
    )


def _investor(view: View, cue: int, lo: int, hi: int) -> tuple[Mention | None, bool]:
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
    after = view.lowers[cue + 1 : cue + 3]
    for preposition in ("by", "from"):
        if preposition in after:
            at = cue + 1 + after.index(preposition)
            found = followed_by_org(view, at, 3) or after_place(view, at)
            if found:  # "backed by Abu Dhabi's sovereign wealth fund Mubadala"
                return named_after_its_role(view, found) or found, True
    follower = view.orgs(cue + 1, cue + 2)
    if (
        follower
        and cue + 2 < hi
        and view.lowers[follower[0].last + 1 : follower[0].last + 2]
        in (["made"], ["makes"], ["in"])
        and not word.endswith("ed")
    ):  # "the investment Microsoft made in 2019"; not "Nvidia backed OpenAI in 2024"
        return follower[0], False
    if received:
        return None, False  # "X has received investment from Y": X is no investor
    left = _investor_left(view, cue, lo)
    if left is not None and word.startswith("invest") and word.endswith("ment"):
        near = cue - left.last - _money_tokens(view, left.last, cue) <= 10  # (past its sum)
        return (left if near else None), False
    return left, False


def _investee_named_before(view: View, cue: int, lo: int) -> Candidate | None:
    """'a $100 billion OpenAI investment', "Microsoft's $13 billion OpenAI investment": a lab
    named right before the noun of an investment, not as its owner ('s), is the one invested
    in; the investor is the company (no lab) named before it in the clause. Another company
    named there is the investor itself ('a $5 billion Microsoft investment'), which the other
    rules read."""
    if view.lowers[cue] not in P.STAKE_NOUNS:
        return None
    held = next((m for m in view.orgs(lo, cue) if m.last == cue - 1 and not m.embedded), None)
    if held is None or view.possessive(held) or not view.is_lab(held):
        return None  # (not "a $5 billion Microsoft investment": the investor's own)
    owners = [m for m in view.orgs(lo, held.first) if not m.embedded]
    if not owners or view.is_lab(owners[-1]) or view.org(owners[-1]) in (None, view.org(held)):
        return None
    return Candidate(
        "invests_in", view.org(owners[-1]), view.org(held), view.sentence, "invest:verb"
    )


def _announced_from(view: View, m: Mention, cue: int) -> bool:
    """'Anthropic confirmed an investment from Google': the company that tells of an investment
    from another, by a verb and an article alone, is the one invested in."""
    between = view.lowers[m.last + 1 : cue]
    return (
        view.lowers[cue + 1 : cue + 2] == ["from"]
        and 2 <= len(between) <= 3
        and between[0].endswith("ed")
        and all(w.isalpha() for w in between)
        and "and" not in between
    )


def _aside_after_a_thing(view: View, cue: int) -> bool:
    """Whether ', backed by …' follows a sum or a word no organisation's name ends on: the
    aside describes that thing, not a company."""
    if view.lowers[cue - 1 : cue] != [","] or view.lowers[cue + 1 : cue + 2] != ["by"]:
        return False
    before = cue - 2
    if any(m.last == before for m in view.mentions):
        return False  # "Zentrix AI, backed by Nvidia,"
    word = view.sentence.tokens[before].text if before >= 0 else ""
    return any(q.first <= before <= q.last for q in view.quantities) or (
        word.isalpha() and word.islower()
    )  # "of $455 billion, backed by"; "a contract reserve, backed by"


def _investee(
    view: View, cue: int, hi: int, investor: Mention, passive: bool
) -> tuple[Mention | None, bool]:
    """The company invested in, and whether the article's topic may stand in for it."""
    if passive:
        left = [
            m
            for m in view.orgs(0, cue)
            if m is not investor
            and view.lowers[m.first - 1 : m.first] not in (["by"], ["from"])
            and (
                not any(w.startswith("invest") for w in view.lowers[m.last + 1 : m.last + 4])
                or set(view.lowers[m.last + 1 : m.last + 4]) & RECEIVING_VERBS
                or _announced_from(view, m, cue)
            )
            and not set(view.lowers[m.last + 1 : m.last + 3]) & P.PERSON_NOUNS
        ]  # "led by Fidelity and included investments from BlackRock": Fidelity invests too;
        # "HCLTech is investing …, with strategic investment from Nvidia": both invest;
        # "founded by former Meta researchers and backed by Amazon": the people are Meta's
        if left:
            return left[-1], False
        return after_opening_phrase(view, cue, investor), False
    if view.lowers[cue] in BACKING_VERBS:
        direct = view.orgs(cue + 1, cue + 2) or [after_place(view, cue)]
        if direct[0] is not None and direct[0] is not investor:
            return direct[0], False  # "Nvidia has backed Lambda", "backed AI cloud firm Lambda"
    for i in words_outside_brackets(view.lowers, cue + 1, 9, hi):
        if (
            view.lowers[i] in {"in", "into"}
            and _a_place_itself(view, i + 1)
            and after_place(view, i) is None  # "in U.K. data center startup Nscale"
        ):
            return None, False  # "to invest $1 billion in Ohio for AMD-powered ...": a place
        if view.lowers[i] in {"in", "into"} and view.lowers[i + 1 : i + 2] == ["it"]:
            return _it_before(view, investor, cue), False
        if view.lowers[i] in {"in", "into"} and not TEMPORAL.match(
            " ".join(view.lowers[i + 1 : i + 3])
        ):
            found = followed_by_org(view, i, 3) or after_place(view, i)
            if found is None:
                return None, bool(DEAL_WORDS & set(view.lowers[i + 1 : i + 6]))
            if _its_infrastructure(view.lowers, found.last):
                return None, False  # "its investment in Amazon's AI infrastructure": spending
            return found, False
    if view.lowers[investor.last + 1 : investor.last + 3] == [",", "which"]:
        return None, True  # "Nvidia, which invested about $100 million": in the round's company
    which = next(
        (i for i in range(cue - 1, max(-1, cue - 9), -1) if view.lowers[i] == "which"), None
    )
    if which is not None and cue - which - _quantity_tokens(view, which, cue) <= 5:
        # "CoreWeave, in which Nvidia holds a 7% stake": the name 'which' stands for
        preceding = view.orgs(0, max(0, which - 1))
        return (preceding[-1] if preceding else None), False
    listed = {view.org(m) for m in list_around(view, view.orgs(), investor)}
    with_clause = next(
        (i for i in range(cue + 1, hi) if view.lowers[i - 1 : i + 1] == [",", "with"]), hi
    )  # "are also investing, with AI startup Preferred Networks providing technology"
    if any(matches(w, P.INVEST_CUES) for w in view.lowers[with_clause:hi]):
        with_clause = hi  # ", with both backing Anthropic's next funding round": the same deal
    labs = [
        m
        for m in view.orgs(cue + 1, with_clause)
        if view.is_lab(m) and view.org(m) != view.org(investor) and view.org(m) not in listed
    ]
    if labs:
        return labs[0], False
    subjects = {view.org(m) for m in subject_list(view, investor, cue)}
    alone = all(view.org(m) in subjects for m in view.orgs(*view.clause(cue)))
    absolute = _named_after_with(view, investor) and _absolute_gap(view, investor.last, cue)
    return None, alone or absolute  # "xAI is raising $20 billion, with Nvidia investing $2 billion"


def _it_before(view: View, investor: Mention, cue: int) -> Mention | None:
    """'Nvidia signed a contract with CoreWeave, while investing $100 million in it': 'it' is
    the one company the sentence named before, other than the investor."""
    others = {view.org(m): m for m in view.orgs(0, cue) if view.org(m) != view.org(investor)}
    return next(iter(others.values())) if len(others) == 1 else None


def _named_after_with(view: View, m: Mention) -> bool:
    """'with Nvidia', 'with CoreWeave-backer Magnetar': a name after 'with', or after a title
    that follows it."""
    words = view.lowers
    if words[m.first - 1 : m.first] == ["with"]:
        return True
    return (
        m.first > 0
        and words[m.first - 1] in P.INVESTOR_ROLES
        and "with" in words[max(0, m.first - 5) : m.first - 1]
    )


def _absolute_gap(view: View, last: int, cue: int) -> bool:
    """Whether the words between a name after 'with' and a verb of investing keep it the verb's
    subject ('with Nvidia investing', 'with Magnetar also reportedly in talks to invest')."""
    gap = view.lowers[last + 1 : cue]
    return len(gap) <= 1 or (len(gap) <= 6 and set(gap) <= P.ABSOLUTE_FILLERS)


def _a_place_itself(view: View, index: int) -> bool:
    """'in Ohio for …': a place named for itself, not one that qualifies a company ('in Abu
    Dhabi's G42', 'into Dutch photonics startup Lumora')."""
    tokens = view.sentence.tokens
    return (
        index < len(tokens)
        and tokens[index].text in place_names()
        and view.lowers[index + 1 : index + 2] not in (["'s"], ["’s"], ["-"], ["-based"])
        and not any(m.first == index for m in view.orgs())  # "in Northern Data": a company
    )


def _its_infrastructure(lowers: list[str], last: int) -> bool:
    """Whether a possessive name is followed by compute it owns ("Amazon's AI infrastructure")."""
    if lowers[last + 1 : last + 2] not in (["'s"], ["’s"]):
        return False
    return bool(set(lowers[last + 2 : last + 6]) & (CAPACITY_NOUNS - {"platform", "technologies"}))


def subject_list(view: View, investor: Mention, cue: int) -> list[Mention]:
    """'Nvidia, AMD and Cisco also invested': the names listed as the subject of the cue."""
    amounts = {i for q in view.quantities for i in range(q.first, q.last + 1)}
    gap = [view.lowers[i] for i in range(investor.last + 1, cue) if i not in amounts]
    while gap and gap[0] in {",", "etc", "etc.", "."}:
        gap = gap[1:]  # "A, B, etc., which have invested"
    if gap[:1] in (["which"], ["who"], ["that"]):
        gap = gap[1:]
    gap = [w for w in gap if not w.endswith("ly")]  # "cumulatively"
    joined = [i for i, w in enumerate(gap) if w in JOINING_VERBS]
    if joined and gap[-1:] in (["in"], ["to"]) and len(gap) - joined[0] <= 6:
        gap = gap[: joined[0]]  # "Alphabet and Nvidia have joined VC firms in backing SSI"
        # or "… to back SSI"
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
