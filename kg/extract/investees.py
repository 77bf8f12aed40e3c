"""The companies a holder is said to invest in other than by a verb of investing: a joint
venture and its partners, a portfolio's companies, a company founded together, and investees
listed after 'including'; and the fellow investees of an investment ('in A and B')."""

from __future__ import annotations

from itertools import takewhile

from kg.extract import patterns as P
from kg.extract.acquisitions import held_whole
from kg.extract.clauses import (
    Candidate,
    View,
    accompanies,
    list_ending,
    list_gap,
    list_starting,
    matches,
)
from kg.extract.mentions import Mention
from kg.extract.raisers import past_appositive


def joint_venture(view: View) -> list[Candidate]:
    """'Stargate is a joint venture by Oracle, OpenAI and SoftBank', 'Humain AI, a joint venture
    of Humain and AMD,': each partner of a joint venture holds part of it."""
    found = []
    for cue in view.cue_positions(P.VENTURE_NOUNS):
        if view.lowers[cue - 1 : cue] != ["joint"] or cue < 2:
            continue
        link = view.lowers[cue + 1 : cue + 3]
        start = _past_venture_maker(view.lowers, cue + 1) or cue + 2
        if link[:1] not in (["by"], ["of"], ["between"], ["among"], ["from"], ["involving"]) and (
            start == cue + 2
        ):
            continue
        venture = _named_as(view, cue - 1)
        partners = [m for m in view.orgs(start, start + 6) if not m.embedded][:1]
        if venture is None or not partners or not _describes_partner(view, start, partners[0]):
            continue
        later = list(takewhile(lambda m: not m.embedded, view.orgs(partners[0].last + 1)))
        group = list_starting(view, partners[0], later)
        found += _partners_hold(view, group, venture)
    return found


# "a joint venture formed by", "created by", "owned by": participles whose agents are partners.
VENTURE_MAKERS = {"formed", "owned", "created", "established", "launched", "founded", "co-owned"}


def _past_venture_maker(words: list[str], at: int) -> int | None:
    """Where the partners start after a participle of making the venture and its 'by' ('formed
    by', ', owned equally by'), or None."""
    at += words[at : at + 1] == [","]
    if words[at : at + 1] == [] or words[at] not in VENTURE_MAKERS:
        return None
    at += 1
    while words[at : at + 1] and words[at].endswith("ly"):
        at += 1  # "owned equally by", "jointly"
    return at + 1 if words[at : at + 1] == ["by"] else None


def portfolio_companies(view: View) -> list[Candidate]:
    """'CoreWeave, another Nvidia portfolio company', 'CoreWeave is a portfolio company of
    Magnetar', 'Nvidia portfolio company CoreWeave': the investor holds part of the company."""
    found = []
    for cue in view.cue_positions(P.PORTFOLIO_NOUNS):
        if view.lowers[cue + 1 : cue + 2] not in (["company"], ["companies"]):
            found += _portfolio_includes(view, cue)
            continue
        before = [m for m in view.orgs(max(0, cue - 2), cue) if m.last == cue - 1]
        after_of = [
            m
            for m in view.orgs(cue + 3, cue + 6)
            if view.lowers[cue + 2] == "of" and not m.embedded
        ][:1]
        investor = (before or after_of or [None])[0]
        investee = _described_by(view, before[0].first if before else cue)
        if investee is None and before:
            named = [m for m in view.orgs(cue + 2, cue + 3) if not m.embedded]
            investee = view.org(named[0]) if named else None
        if investor is None or investee is None or view.org(investor) in (None, investee):
            continue
        found.append(
            Candidate(
                "invests_in",
                view.org(investor),  # type: ignore[arg-type]
                investee,
                view.sentence,
                "invest:portfolio",
                anchor=cue,
            )  # fmt: skip
        )
    return found


def _portfolio_includes(view: View, cue: int) -> list[Candidate]:
    """'Blackstone's AI infrastructure portfolio already includes CoreWeave, QTS and AirTrunk',
    'a firm whose portfolio includes …': the holder of the portfolio invests in each name."""
    words = view.lowers
    verb = next(
        (i for i in range(cue + 1, min(len(words), cue + 4)) if words[i] in P.PORTFOLIO_VERBS), None
    )
    names = [m for m in view.orgs(verb + 1, verb + 3) if not m.embedded] if verb else []
    if not names:
        return []
    holder = None
    for i in range(cue - 1, max(-1, cue - 6), -1):
        if words[i] in ("'s", "’s"):
            owners = [m for m in view.orgs(0, i) if m.last == i - 1 and not m.embedded]
            holder = owners[0] if owners else None
            break
        if words[i] == "whose":
            holder = _head_of_aside(view, i)
            break
    if holder is None:
        return []
    investor = view.org(holder)
    return [
        Candidate(
            "invests_in", investor, view.org(m), view.sentence, "invest:portfolio", anchor=m.first
        )  # fmt: skip
        for m in list_starting(
            view, names[0], [n for n in view.orgs(names[0].first) if not n.embedded]
        )
        if view.org(m) not in (None, investor)
    ]


def _head_of_aside(view: View, at: int) -> Mention | None:
    """The name an aside opening on a dash or comma describes ('Blackstone — a firm whose …')."""
    for i in range(at - 1, max(-1, at - 14), -1):
        if view.lowers[i] in (",", "—", "–"):
            heads = [m for m in view.orgs(0, i) if m.last == i - 1 and not m.embedded]
            return heads[0] if heads else None
    return None


def _described_by(view: View, start: int) -> str | None:
    """The organisation a noun phrase starting at ``start`` describes: 'X, (a|another) …' or
    'X is (a|another) …'."""
    i = start
    while i > 0 and view.lowers[i - 1] in ("a", "an", "another", "one", "of", "the", "its"):
        i -= 1
    if i == start or i < 2 or view.lowers[i - 1] not in (",", "is", "was", "became", "as"):
        return None
    named = [m for m in view.orgs(0, i - 1) if m.last == i - 2 and not m.embedded]
    return view.org(named[0]) if named else None


def _describes_partner(view: View, start: int, partner: Mention) -> bool:
    """Only a short description before the first partner ('between U.S. investment fund
    Davidson Kempner and …')."""
    gap = view.lowers[start : partner.first]
    return len(gap) <= 2 or (len(gap) <= 5 and all(w.replace(".", "").isalpha() for w in gap))


def _partners_hold(view: View, partners: list[Mention], venture: str) -> list[Candidate]:
    """Each partner of a venture holds part of it."""
    return [
        Candidate(
            "invests_in",
            view.org(m),
            venture,
            view.sentence,
            "invest:joint-venture",
            anchor=m.first,
        )  # fmt: skip
        for m in partners
        if view.org(m) not in {None, venture}
    ]


def founded_together(view: View) -> list[Candidate]:
    """'SoftBank, NEC, Honda and Sony established a new company called Acme Model Works':
    each founder holds part of the company they set up together."""
    found = []
    for cue in view.cue_positions(P.FOUNDING_VERBS):
        made = view.lowers[cue + 1 : cue + 7]
        called = next((i for i, w in enumerate(made) if w in {"called", "named"}), None)
        if called is None or not set(made[:called]) & P.NEW_COMPANY_NOUNS:
            continue
        company = [m for m in view.orgs(cue + 2 + called, cue + 5 + called) if not m.embedded]
        founders = [m for m in view.orgs(view.clause(cue)[0], cue) if not m.embedded]
        if not company or not founders or founders[-1].last + 1 != cue:
            continue  # the founders' list ends right before the verb
        venture = view.org(company[0])
        if venture is not None:
            found += _partners_hold(view, list_ending(view, founders[:-1], founders[-1]), venture)
    return found


def _named_as(view: View, joint: int) -> str | None:
    """The organisation a 'joint venture' phrase describes: 'X is a joint venture', 'X, a joint
    venture'."""
    article = joint - 1
    if view.lowers[article : article + 1] not in (["a"], ["the"]):
        return None
    for m in reversed([m for m in view.mentions if article - 9 <= m.first < article]):
        gap = view.lowers[m.last + 1 : article]
        if gap in ([","], ["is"], ["was"], [",", "now"], ["is", "also"]) or _set_up_as(gap):
            return held_whole(view, m)
    return None


def _set_up_as(gap: list[str]) -> bool:
    """'X was set up as a joint venture', 'X was first announced in 2025 as a joint venture':
    a short predicate of making the venture, ending on 'as'."""
    return 2 < len(gap) <= 7 and gap[0] in {"is", "was"} and gap[-1] == "as" and "," not in gap


def fellow_investees(view: View, candidate: Candidate, cue: int) -> list[Candidate]:
    """'MGX holds stakes in OpenAI and xAI', 'invested in Mistral, Cohere and Aleph Alpha':
    the companies listed after the investee are invested in too."""
    investee = next(
        (m for m in view.orgs(cue + 1) if view.org(m) == candidate.object and not m.embedded), None
    )
    if investee is None:
        return []
    found, last = [], investee
    clause = view.clause(investee.first)
    for nxt in view.orgs(investee.last + 1):
        if nxt.embedded or nxt.reference:
            continue
        if view.clause(nxt.first) != clause:
            break  # ', shortly after the government took a stake in …'
        gap = view.lowers[last.last + 1 : nxt.first]
        if set(gap) & P.JOINING_VERBS or any(accompanies(gap, i) for i in range(len(gap))):
            break  # "invested in Tenstorrent, joining Samsung", "in Anthropic, along with
            # Nvidia": a fellow holder, no investee
        if gap[-1:] == ["by"]:
            break  # "invest in CoreWeave, backed by Nvidia": the agent of a participle
        own_sum = _own_sum_in(view, last.last + 1, nxt.first)
        if own_sum is None and (
            not (list_gap(gap) or _described_item(gap)) or _opens_a_clause(view, nxt)
        ):
            break
        if any(q.kind == "money" and 0 < q.first - nxt.last <= 4 for q in view.quantities):
            break  # "$5 billion in Anthropic and Nvidia up to $10 billion": a gapped investor
        last = nxt
        if view.org(nxt) not in {None, candidate.subject, candidate.object}:
            found.append(
                Candidate("invests_in", candidate.subject, view.org(nxt), view.sentence,
                          "invest:listed-investee", amount_usd=own_sum,  # type: ignore[arg-type]
                          numbers_fixed=True, anchor=nxt.first)
            )  # fmt: skip
    return found


def _own_sum_in(view: View, lo: int, hi: int) -> float | None:
    """'$30 billion in OpenAI and $2 billion in data center startup Nscale': the sum the words
    between two investees give the second, when they are 'and', a sum, 'in' and a description."""
    gap = view.lowers[lo:hi]
    money = [q for q in view.quantities if q.kind == "money" and lo < q.first and q.last < hi]
    if gap[:1] not in ([","], ["and"]) or len(money) != 1:
        return None
    rest = view.lowers[money[0].last + 1 : hi]
    described = rest[1:]
    if rest[:1] not in (["in"], ["into"]) or len(described) > 6:
        return None
    if not all(w.isalpha() and w not in P.PREPOSITIONS | P.RELATIVE for w in described):
        return None  # "in OpenAI and $2 billion in data center startup Nscale"
    if set(view.lowers[lo + 1 : money[0].first]) - {"and", "another", "a", "further"}:
        return None
    return money[0].value


def _described_item(gap: list[str]) -> bool:
    """', the graphics processing unit cloud provider Lambda and AI search engine Perplexity':
    each item of a list of companies described by a noun phrase of its own before its name."""
    words = [w for w in gap if w not in P.LIST_GLUE]
    return (
        gap[:1] in ([","], ["and"])
        and 0 < len(words) <= 7
        and len(gap) <= 9
        and not set(gap) & P.CLAUSE_BREAKS
        and all(w.isalpha() and w not in P.PREPOSITIONS and w not in P.RELATIVE for w in words)
    )


def _opens_a_clause(view: View, name: Mention) -> bool:
    """'…in OpenAI, and xAI raised …': a name its own verb follows starts a new clause."""
    following = view.lowers[name.last + 1 : name.last + 2]
    return bool(following) and (
        following[0] in P.FINITE_AUXILIARIES | P.REPORTING_VERBS | {"'s", "’s", "-"}
        or matches(following[0], P.RAISE_VERBS + P.INVEST_CUES)
        or following[0].isalpha()
        and following[0].endswith("ed")
    )


def _unknown_names_only(view: View, lo: int, hi: int) -> bool:
    """Whether the words from ``lo`` to ``hi`` are nothing, or names the registry lacks listed
    before the first known one ('namely Xinyaohui, Enflame and Biren')."""
    tokens = view.sentence.tokens[lo:hi]
    return not tokens or (
        tokens[-1].text == "," and all(t.text == "," or t.text[:1].isupper() for t in tokens)
    )


def _backs_examples(view: View, cue: int) -> bool:
    """'Google has also backed crypto-mining converts like Hut 8 and TeraWulf': a verb of
    backing whose object is a described group of companies."""
    # ("has backing from key players, including Alibaba": it receives, backs no examples)
    return view.lowers[cue] in P.BACKING_VERBS and view.lowers[cue + 1 : cue + 2] not in (
        ["by"], ["in"], ["from"], ["of"],
    )  # fmt: skip


def investees_including(view: View) -> list[Candidate]:
    """'Nvidia has invested in 59 AI startups this year, including Perplexity AI and Figure
    AI', 'signed investment agreements with three chip companies, namely A, B and C': the
    companies given as examples or members of a counted group are the investor's investees."""
    found: list[Candidate] = []
    for cue in view.cue_positions(P.INVESTED_IN_CUES):
        if view.lowers[cue] in P.INVESTMENT_AGREEMENTS:
            if view.lowers[cue - 1 : cue] != ["investment"] or view.lowers[cue + 1 : cue + 2] != [
                "with"
            ]:
                continue
        elif view.lowers[cue + 1 : cue + 2] != ["in"] and not _backs_examples(view, cue):
            continue
        after = cue + (1 if view.lowers[cue + 1 : cue + 2] != ["in"] else 2)
        opener = next(
            (i for i in range(after, min(len(view.lowers), cue + 14))
             if view.lowers[i] in P.EXAMPLE_OPENERS
             or view.lowers[i : i + 2] == ["such", "as"]),
            None,
        )  # fmt: skip
        if view.orgs(after, min(after + 3, opener if opener is not None else after + 3)):
            continue  # "invested in OpenAI", not "backing players like CoreWeave"
        if opener is None:
            found += _bracketed_examples(view, cue, after)  # "companies building models
            continue  # (Cohere, Mistral), scaling cloud platforms (CoreWeave, Lambda)"
        if set(view.lowers[after:opener]) & P.LIST_STOPS:
            continue
        start = opener + (2 if view.lowers[opener] == "such" else 1)
        names = [m for m in view.orgs(start) if not m.embedded]
        investors = [
            m
            for m in view.orgs(0, cue)
            if not m.embedded
            and (cue - m.last <= 4 or cue - past_appositive(view.lowers, m.last + 1) <= 4)
        ]
        investors = [m for m in investors if not m.reference] or investors  # ("Alibaba, the
        # Chinese e-commerce giant, is …": the name, not the description)
        if not names or not investors or not _unknown_names_only(view, start, names[0].first):
            continue
        investor = view.org(investors[-1])
        for company in list_starting(view, names[0], names):
            if view.org(company) != investor:
                found.append(
                    Candidate(
                        "invests_in",
                        investor,  # type: ignore[arg-type]
                        view.org(company),  # type: ignore[arg-type]
                        view.sentence,
                        "invest:examples",
                        anchor=company.first,
                    )
                )
    return found


def _bracketed_examples(view: View, cue: int, after: int) -> list[Candidate]:
    """'Nvidia has invested in companies building large language models (Cohere, Perplexity),
    scaling cloud platforms (CoreWeave, Lambda) and …': the names in brackets after each
    description of the companies invested in are its investees."""
    words = view.lowers
    if words[after : after + 1] not in (["companies"], ["startups"], ["firms"], ["start-ups"]):
        return []
    investors = [m for m in view.orgs(0, cue) if not m.embedded and cue - m.last <= 4]
    if not investors:
        return []
    investor = view.org(investors[-1])
    found = []
    for opening in (i for i in range(after, len(words)) if words[i] == "("):
        closing = next((j for j in range(opening, len(words)) if words[j] == ")"), None)
        if closing is None:
            break
        inside = [m for m in view.orgs(opening + 1, closing) if not m.embedded]
        names = {i for m in inside for i in range(m.first, m.last + 1)}
        if not inside or not all(
            i in names or words[i] in {",", "and", "&"} for i in range(opening + 1, closing)
        ):
            continue  # brackets that hold anything else ("(about $2 billion)") list no one
        found += [
            Candidate(
                "invests_in",
                investor,
                view.org(m),
                view.sentence,
                "invest:examples",
                anchor=m.first,
            )  # fmt: skip
            for m in inside
            if view.org(m) not in (None, investor)
        ]
    return found


def checks_written(view: View) -> list[Candidate]:
    """'SoftBank wrote a $500 million check to Brennor', 'is writing a check for Brennor': the
    writer of a check to a company invests in it; 'With Nvidia's backing, Brennor has grown':
    the company the fronted phrase leads into is backed by the possessor."""
    words = view.lowers
    pairs: list[tuple[Mention, Mention]] = []
    for cue in view.cue_positions(P.CHECK_NOUNS):
        if not set(words[max(0, cue - 6) : cue]) & P.WRITING_VERBS:
            continue
        if words[cue + 1 : cue + 2] not in (["to"], ["for"]):
            continue
        investee = next((m for m in view.orgs(cue + 2, cue + 4) if not m.embedded), None)
        writers = [m for m in view.orgs(view.clause(cue)[0], cue) if not m.embedded]
        if investee is not None and writers:
            pairs.append((writers[-1], investee))
    fronted = _fronted_backing(view)
    pairs += [fronted] if fronted is not None else []
    return [
        Candidate("invests_in", view.org(a), view.org(b), view.sentence, "invest:check")  # type: ignore[arg-type]
        for a, b in pairs
        if view.org(a) != view.org(b)
    ]


def _fronted_backing(view: View) -> tuple[Mention, Mention] | None:
    """'With Nvidia's backing, Brennor has grown': the backer and the company after the comma."""
    words = view.lowers
    if words[:1] != ["with"] or words[2:3] not in (["'s"], ["’s"]) or not view.orgs(1, 2):
        return None
    comma = next((i for i in range(3, min(len(words), 8)) if words[i] == ","), None)
    if comma is None or not set(words[3:comma]) & P.FRONTED_BACKING_NOUNS:
        return None
    backed = next((m for m in view.orgs(comma + 1, comma + 2) if not m.embedded), None)
    return (view.orgs(1, 2)[0], backed) if backed is not None else None
