"""invests_in: 'X invested $N in Y', 'Y, backed by X', 'Y raised $N from X', gapped investors."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.backed import after_opening_phrase, backed_compound
from kg.extract.clauses import (
    Candidate,
    View,
    list_around,
    matches,
    words_outside_brackets,
)
from kg.extract.committed_funds import committed_funds
from kg.extract.fundraising import fundraising, funds_from
from kg.extract.holdings import (
    backing_for,
    granted_stake,
    granting_verb,
    investor_role,
    named_as_backers,
    provided_with_funds,
    recipient_word,
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
from kg.extract.investors import (
    absolute_gap,
    after_place,
    find_investor,
    followed_by_org,
    held_before_agent,
    subject_list,
)
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    ANALOGY,
    BACKING_VERBS,
    CAPACITY_NOUNS,
    COMMIT_VERBS,
    DEAL_WORDS,
    FUNDING_VERB_FORMS,
    FUNDRAISING,
    GUARANTEED,
    INVESTOR_ROLES,
    NOT_A_DEAL_NOUN,
    OTHER_OWNERS,
    PLURAL_ROLES,
    PUT_WORDS,
    RECEIVING_VERBS,
    SECURE_WORDS,
    SHARE_WORDS,
    TEMPORAL,
)
from kg.extract.places import place_names
from kg.extract.rounds import backs_a_thing


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
    if (word in PLURAL_ROLES or word in INVESTOR_ROLES) and (
        named_as := named_as_backers(view, cue)
    ) is not None:
        return named_as  # "with MGX as new shareholders", "with Intel as a strategic backer"
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
    funds_as_verb = word in FUNDING_VERB_FORMS and _back_as_verb(view, cue)
    if word in ("finance", "finances") and not funds_as_verb:
        return None  # "to finance the build-out": financing a thing, not a company
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
        and recipient_word(view.lowers, cue) is not None
        and P.GIVING_VERBS & set(view.lowers[lo:cue])
    ):
        return backing_for(view, cue, lo)  # "Toyota provided $8.3m in funding for PFN"
    if word in {"funding", "financing"} and (found := provided_with_funds(view, cue, lo)):
        return found  # "Google will provide Anthropic with $1 billion in funding"
    if word in PUT_WORDS and not _money_then_in(view, cue):
        return None  # "put $10 billion in OpenAI" invests; "put pressure on" does not
    if following in NOT_A_DEAL_NOUN or word.startswith(("investor", "investigat")):
        return None
    if (
        word.startswith("investment")
        and view.lowers[cue - 1 : cue] in (["in"], ["of"])
        and view.lowers[cue + 1 : cue + 2] not in (["in"], ["into"], ["from"], ["by"], ["of"])
    ):
        return None  # "prompting a surge in investments to develop …": investing in general
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
    if word == "financing" and not funds_as_verb:
        return None  # "a $29 billion financing for a data center": the lenders' rules read it
    if matches(word, FUNDRAISING) and not funds_as_verb:
        return fundraising(view, cue, lo, hi, topic_lab)
    named_before = _investee_named_before(view, cue, lo)
    if named_before is not None:
        return named_before
    investor, passive = find_investor(view, cue, lo, hi)
    if investor is None or (
        ANALOGY.search(view.before(investor.first, 3))
        and not (passive and "by" in view.lowers[max(0, investor.first - 6) : investor.first])
    ):
        return None  # ("like Nvidia, Google backs …": an analogy; "backed by giants like
        # Google and Nvidia": examples of the agents)
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


def _bracketed(lowers: list[str], at: int, end: int) -> bool:
    """Whether the word at ``at`` stands inside a bracket closed before ``end``: 'Rebellions
    (after its merger with Sapeon) backed by Samsung' backs Rebellions, not the aside."""
    opened = max((i for i in range(at) if lowers[i] == "("), default=-1)
    return (
        opened > max((i for i in range(at) if lowers[i] == ")"), default=-1)
        and ")" in lowers[at:end]
    )


def _subject_of_coordinated_passive(view: View, cue: int, left: list[Mention]) -> Mention | None:
    """'Mistral AI is seen as a rival to OpenAI and Google DeepMind, and is also backed by
    Nvidia': a second predicate ('and is backed') shares the sentence's subject, not the name
    just before it."""
    i = cue - 1
    while i > 0 and view.lowers[i] in P.COORDINATED_AUXILIARIES:
        i -= 1
    if i == cue - 1 or view.lowers[i] != "and" or left[0].first > 2:
        return None
    return left[0] if left[0] is not left[-1] else None


def _backs_an_idea(lowers: list[str], cue: int) -> bool:
    """Whether what is backed is a plan, bid or call ('backed Mistral AI's plan'), not a
    company: the possessive's noun within the next few words; or an undertaking between
    companies ('a joint venture between A and B')."""
    after = lowers[cue + 1 : cue + 7]
    owned = next((i for i, w in enumerate(after) if w in ("'s", "’s")), None)
    if owned is not None and bool(set(after[owned + 1 : owned + 3]) & P.BACKED_IDEAS):
        return True
    # "backed a partnership between xAI and Palantir": an undertaking, not its parties
    return any(
        w == "between" and after[i - 1] in P.JOINT_UNDERTAKINGS for i, w in enumerate(after) if i
    )


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


def _vehicle_tied_to(view: View, at: int) -> Mention | None:
    """'invest up to $2 billion in a special-purpose vehicle (SPV) connected to Elon Musk's
    xAI': the company that the vehicle a sum goes 'in' is tied to."""
    words = view.lowers
    end = min(at + 6, len(words))
    noun = next((j for j in range(at + 1, end) if words[j] in P.VEHICLE_NOUNS), None)
    if noun is None:
        return None
    after = noun + 1
    if words[after : after + 1] == ["("]:  # "(SPV)"
        after = next(
            (j + 1 for j in range(after, min(after + 5, len(words))) if words[j] == ")"), after
        )
    if words[after : after + 1] == [] or words[after] not in P.TIED_WORDS:
        return None
    if words[after + 1 : after + 2] not in (["to"], ["with"]):
        return None
    return followed_by_org(view, after + 1, 4)


def _investee(
    view: View, cue: int, hi: int, investor: Mention, passive: bool
) -> tuple[Mention | None, bool]:
    """The company invested in, and whether the article's topic may stand in for it."""
    if passive:
        held = held_before_agent(view, cue + 1)
        if held is not None and held.last < investor.first:
            return held, False  # "the $30 billion investment in OpenAI by SoftBank"
        into = view.lowers[investor.last + 1 : investor.last + 2] in (["in"], ["into"])
        named_into = followed_by_org(view, investor.last + 1, 3) if into else None
        if named_into is not None and named_into is not investor:
            return named_into, False  # "an investment from Nvidia in Thinking Machines Lab"
        aside = [m for m in view.orgs(0, cue) if m.last == cue - 2 and not m.embedded]
        if aside and view.lowers[cue - 1] == "," and aside[0] is not investor:
            return aside[0], False  # "led by HUMAIN, backed by Saudi Arabia's PIF,": the name
            # the participle's aside follows, though a 'by' comes before it
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
            and not _bracketed(view.lowers, m.first, cue)
        ]  # "led by Fidelity and included investments from BlackRock": Fidelity invests too;
        # "HCLTech is investing …, with strategic investment from Nvidia": both invest;
        # "founded by former Meta researchers and backed by Amazon": the people are Meta's
        if left and (subject := _subject_of_coordinated_passive(view, cue, left)) is not None:
            return subject, False
        if left:
            return left[-1], False
        return after_opening_phrase(view, cue, investor), False
    if view.lowers[cue] in BACKING_VERBS:
        direct = view.orgs(cue + 1, cue + 2) or [
            after_place(view, cue) or _described_object(view, cue)
        ]
        if direct[0] is not None and direct[0] is not investor:
            return direct[0], False  # "Nvidia has backed Lambda", "backed AI cloud firm Lambda"
        described = _described_before(view, investor, cue)
        if described is not None:
            return described, False
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
            found = (
                _apposed_name(view, i)
                or followed_by_org(view, i, 3)
                or after_place(view, i)
                or _vehicle_tied_to(view, i)
            )
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
    absolute = _named_after_with(view, investor) and absolute_gap(view, investor.last, cue)
    return None, alone or absolute  # "xAI is raising $20 billion, with Nvidia investing $2 billion"


def _described_before(view: View, investor: Mention, cue: int) -> Mention | None:
    """'Reflection AI, an open-model lab Nvidia backed with an $800M investment': the name
    whose description the investor and its verb close (a relative clause without 'that')."""
    words = view.lowers
    if not set(words[investor.last + 1 : cue]) <= {"has", "had", "have", "also", "once"}:
        return None
    article = next(
        (
            i
            for i in range(investor.first - 1, max(0, investor.first - 8), -1)
            if not (words[i].isalpha() or words[i] == "-") or words[i] in ("a", "an")
        ),
        None,
    )
    if article is None or words[article] not in ("a", "an") or article == investor.first - 1:
        return None
    if words[article - 1 : article] != [","] or investor.first - article < 2:
        return None
    if words[investor.first - 1] not in P.DESCRIPTION_HEADS:
        return None
    return next((m for m in view.orgs(0, article - 1) if m.last == article - 2), None)


def _described_object(view: View, cue: int) -> Mention | None:
    """'backed quantum computing pioneer Quantinuum': a verb's object named after a few
    lower-case words of description that end on a noun for a company."""
    words = view.lowers
    j = cue + 1
    while j < min(len(words), cue + 6) and words[j].isalpha() and words[j].islower():
        j += 1
    if j == cue + 1 or words[j - 1] not in P.COMPANY_HEADS:
        return None
    named = view.orgs(j, j + 1)
    return named[0] if named and not named[0].embedded else None


def _apposed_name(view: View, at: int) -> Mention | None:
    """'into its main competitor, OpenAI', 'in the Paris-based lab, Mistral': a description
    after the preposition, then the name it describes set off by a comma."""
    words = view.lowers
    if words[at + 1 : at + 2] not in (["its"], ["the"], ["their"], ["a"]):
        return None
    for comma in range(at + 3, min(len(words) - 1, at + 9)):
        if words[comma] == ",":
            named = view.orgs(comma + 1, comma + 2)
            between = words[at + 2 : comma]
            if (
                named
                and not named[0].embedded
                and all(w.isalpha() or w == "-" for w in between)
                and between[-1] in P.DESCRIPTION_HEADS
            ):
                return named[0]
            return None
    return None


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
