"""invests_in from acquisitions: a company bought whole is held by its buyer ('AMD is acquiring
Silo AI', 'Nvidia's $7 billion purchase of Mellanox', 'DeepMind, which Google bought')."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View, list_ending, list_starting
from kg.extract.mentions import Mention


def acquisitions(view: View) -> list[Candidate]:
    """'AMD is acquiring Silo AI', 'Nvidia's $7 billion purchase of Mellanox', 'Google's
    purchase of UK-based DeepMind': a company bought whole is held by its buyer (an investment
    of the whole company, with the price when one is given)."""
    found = []
    for cue in view.cue_positions(P.ACQUISITION_WORDS):
        word = view.lowers[cue]
        if word == "sale" and view.lowers[cue + 1 : cue + 2] == ["of"]:
            buyer, bought = _sale_of_to(view, cue)  # "the sale of ZT Systems' plants to Sanmina"
        elif view.lowers[cue + 1 : cue + 2] == ["of"]:  # the noun: "its purchase of"
            bought = _object_company(view, cue + 1)
            buyer = _noun_owner(view, cue) or _verb_subject(view, cue, noun=True)
        elif (compound := _compound_purchase(view, cue)) is not None:
            buyer, bought = compound  # "Qualcomm's 2021 Nuvia purchase"
        elif word.startswith(("acquisition", "takeover")) or word == "sale":
            continue
        elif word in P.SALE_FORMS and view.lowers[cue + 1 : cue + 3] == ["itself", "to"]:
            bought = _verb_subject(view, cue)  # "Brennor agreed to sell itself to AMD"
            buyer = next((m for m in view.orgs(cue + 3, cue + 4) if not m.embedded), None)
        elif word in P.SALE_FORMS:
            bought = _object_company(view, cue)
            buyer = _sold_to(view, bought) if bought and not bought.reference else None
            if buyer is None and bought and not bought.reference:
                group = _group_named_at(view, _after_to(view, bought))
                buyer = group[-1] if group else None  # "sell its Aligned business to a
                # consortium including Nvidia, Microsoft and BlackRock": each member buys
        elif view.lowers[cue + 1 : cue + 2] == ["by"]:  # "Run:ai was acquired by Nvidia"
            bought, buyer = _passive_subject(view, cue), _object_company(view, cue + 1)
        elif (relative := _after_relative(view, cue)) is not None:
            buyer, bought = relative  # "DeepMind, which Google bought"
        else:
            bought = _object_company(view, cue)
            buyer = _verb_subject(view, cue) or _participle_subject(view, cue)
        members = _consortium_members(view, cue) if bought else []
        if buyer is not None and (buyer not in members or _named_before_group(view, members)):
            members = []  # (but "A consortium of Nvidia, BlackRock and Microsoft acquired": each
            # member, not the nearest alone; "Nvidia is joining a group that includes …": the
            # joiner too, below)
        if not members and buyer is None and bought is not None:
            members = _they_who_said(view, cue)  # "A, B and C said they will acquire X"
        if not members and word in P.SALE_FORMS and buyer is not None:
            members = _group_named_at(view, _after_to(view, bought))
        if not members and buyer is not None and bought is not None:
            members = _joined_group(view, buyer, cue)
        if members:  # "A consortium comprising Nvidia, Microsoft and xAI announced the
            buyer = members[-1]  # acquisition of Aligned": each member buys
        if bought is None or buyer is None or _a_person(view, bought):
            continue
        if bought.first < cue:  # "Run:ai and Deci were acquired by Nvidia"
            listed = list_ending(
                view, [m for m in view.orgs(0, bought.first) if not m.embedded], bought
            )
        else:
            listed = list_starting(
                view, bought, [m for m in view.orgs(bought.first) if not m.embedded]
            )
        buyers = members or _buyers_listed(view, buyer, cue)
        for one in buyers:
            for company in listed:
                if held_whole(view, company) != view.org(one):
                    found.append(
                        _acquisition(view, cue, one, company, len(listed) == len(buyers) == 1)
                    )
    return found


def _compound_purchase(view: View, cue: int) -> tuple[Mention, Mention] | None:
    """'Qualcomm's 2021 Nuvia purchase', "Nvidia's Mellanox acquisition": the company named
    just before the noun, not as an owner, is bought by the owner before it."""
    if view.lowers[cue] not in P.ACQUISITION_NOUNS:
        return None
    bought = next((m for m in view.orgs(max(0, cue - 2), cue) if m.last == cue - 1), None)
    if bought is None or bought.embedded or view.possessive(bought, plural=True):
        return None
    buyer = _noun_owner(view, bought.first)
    if buyer is None or buyer.reference or view.org(buyer) == view.org(bought):
        return None
    return buyer, bought


def _sale_of_to(view: View, cue: int) -> tuple[Mention | None, Mention | None]:
    """'the sale of ZT Systems' manufacturing operations to Sanmina': the company whose
    business is sold, and the buyer after 'to'."""
    sold = next((m for m in view.orgs(cue + 2, cue + 4) if not m.embedded), None)
    if sold is None or view.chips(cue + 2, sold.last + 3):
        return None, None
    to = next(
        (i for i in range(sold.last + 1, sold.last + 6) if view.lowers[i : i + 1] == ["to"]), None
    )
    buyers = view.orgs(to + 1, to + 2) if to is not None else []
    if not buyers or buyers[0].embedded or set(view.lowers[sold.last + 1 : to]) & P.LIST_STOPS:
        return None, None
    return buyers[0], sold


def _a_person(view: View, bought: Mention) -> bool:
    """'acquired Varun Mohan, the CEO of Windsurf, and his team': a person hired, no company
    bought."""
    after = [w for w in view.lowers[bought.last + 1 : bought.last + 4] if w not in {",", "the"}]
    return (
        view.lowers[bought.last + 1 : bought.last + 2] == [","]
        and bool(after)
        and (after[0] in P.PERSON_NOUNS)
    )


def _buyers_listed(view: View, buyer: Mention, cue: int) -> list[Mention]:
    """'BlackRock, Nvidia, Microsoft and xAI have teamed up to acquire': every name of the list
    that ends on the buyer buys, when the list opens the sentence or follows a comma ('On Oct.
    15, Nvidia, Microsoft, xAI and BlackRock agreed on a deal to buy')."""
    if buyer.last >= cue:
        return [buyer]
    listed = list_ending(view, [m for m in view.orgs(0, buyer.first) if not m.embedded], buyer)
    opens = listed[0].first == 0 or view.lowers[listed[0].first - 1] == ","
    return listed if opens else [buyer]


def _passive_subject(view: View, cue: int) -> Mention | None:
    """The company before 'was acquired by' or ', acquired by' (past an appositive: 'Her last
    company, MosaicML, was acquired by')."""
    before = [m for m in view.orgs(view.clause(cue)[0], cue) if not m.embedded]
    if not before:
        return _fronted_passive_subject(view, cue)
    gap = view.lowers[before[-1].last + 1 : cue]
    if gap[-2:] in (["of", "being"], ["to", "being"]) and len(gap) <= 9:
        # "Deci AI is in an earlier stage of being acquired by Nvidia": its first verb is enough
        gap = [w for w in gap[:2] if w != ","][:1]
    if not set(gap) <= P.PASSIVE_AUXILIARIES | P.BUYING_AUXILIARIES or len(gap) > 5:
        return None  # "was acquired by", "agreed to be acquired by"
    return before[-1]


def _sold_to(view: View, sold: Mention) -> Mention | None:
    """'sold Nervana Systems to Intel': the company just after the 'to' after the one sold."""
    if view.lowers[sold.last + 1 : sold.last + 2] != ["to"]:
        return None
    buyers = view.orgs(sold.last + 2, sold.last + 3)
    return buyers[0] if buyers and not buyers[0].embedded else None


def _fronted_passive_subject(view: View, cue: int) -> Mention | None:
    """'Since being acquired by Amazon in 2015, Annapurna Labs has …': a passive participle
    opening the sentence is of the main clause's subject, the name just after its comma."""
    if not set(view.lowers[:cue]) <= P.FRONTED_PASSIVE_OPENERS:
        return None
    comma = next((i for i in range(cue + 2, len(view.lowers)) if view.lowers[i] == ","), None)
    after = view.orgs(comma + 1, comma + 3) if comma is not None else []
    return after[0] if after and after[0].first == comma + 1 and not after[0].embedded else None


def _after_relative(view: View, cue: int) -> tuple[Mention, Mention] | None:
    """'DeepMind, which Google bought in 2014': the buyer between 'which' and the verb, the
    company bought before the comma."""
    buyers = [m for m in view.orgs(max(0, cue - 4), cue) if not m.embedded]
    if not buyers or buyers[-1].last != cue - 1 or buyers[-1].first < 3:
        return None
    if view.lowers[buyers[-1].first - 2 : buyers[-1].first] not in ([",", "which"], [",", "that"]):
        return None
    bought = [m for m in view.orgs(0, buyers[-1].first) if m.last == buyers[-1].first - 3]
    return (buyers[-1], bought[0]) if bought and not bought[0].embedded else None


def _acquisition(view: View, cue: int, buyer: Mention, bought: Mention, priced: bool) -> Candidate:
    money = [
        q.value
        for q in view.quantities
        if priced
        and q.kind == "money"
        and (
            _priced_before(view, q.last, cue)
            or 0 < q.first - bought.last <= 3
            or (q.first > cue and view.lowers[q.first - 1] == "for")  # "acquired by X for $1bn"
            or (q.first > cue and _deal_worth(view, cue, q.first))
        )
    ]
    return Candidate(
        "invests_in",
        view.org(buyer),  # type: ignore[arg-type]
        held_whole(view, bought),
        view.sentence,
        "invest:acquisition",
        amount_usd=money[0] if money else None,  # type: ignore[arg-type]
        numbers_fixed=True,
        anchor=cue,
    )


def _deal_worth(view: View, cue: int, money: int) -> bool:
    """'acquire Core Scientific in an all-stock deal worth approximately $9 billion': the price of
    the deal that follows the verb in its clause."""
    words = view.lowers[cue:money]
    return (
        len(words) <= 14
        and bool(set(words) & {"deal", "transaction", "acquisition", "takeover"})
        and bool(set(words[-3:]) & {"worth", "valued", "valuing"})
        and not set(words) & {",", ";"}
    )


def held_whole(view: View, bought: Mention) -> str:
    """The company bought or owned: itself when it belongs to its buyer's group ('Google
    acquired DeepMind', 'Kunlunxin, which is controlled by Baidu'), otherwise its
    organisation."""
    owner = view.org(bought)
    entity = view.entity(bought)
    if owner != bought.entity and entity.types != ["CloudProvider"] and not entity.is_chip:
        return bought.entity
    return owner  # type: ignore[return-value]


def _priced_before(view: View, last: int, cue: int) -> bool:
    """'a $9bn all-stock acquisition': the price just before the noun, past its adjectives."""
    between = view.lowers[last + 1 : cue]
    return 0 <= len(between) <= 4 and all(w.isalpha() or w == "-" for w in between)


def _object_company(view: View, at: int) -> Mention | None:
    """The company right after a verb of buying or 'of' ('acquiring chip startup Graphcore'):
    not its stake, shares or chips."""
    names = [m for m in view.orgs(at + 1, at + 10) if not m.embedded]
    if len(names) > 1 and names[0].reference and names[1].first == names[0].last + 1:
        names = names[1:]  # "acquire the chip startup Rivos": the name the description opens
    elif len(names) > 1 and _describes_company(view.lowers[names[0].last + 1 : names[1].first]):
        names = names[1:]  # "acquire Bitcoin miner Core Scientific": the name described
    if not names:
        return None
    between = _outside_brackets(view.lowers[at + 1 : names[0].first])
    if between in (["100", "%", "of"], ["100", "percent", "of"], ["all", "of"]):
        return names[0]  # "acquire 100% of Aligned Data Centers": the company whole
    if set(between) & (P.SHARE_WORDS | {"stake", "stakes", "%", "percent", "per", "cent"}):
        return None
    if between[-2:] == ["assets", "of"] and set(between[:-2]) <= {"the", "some", "certain", "key"}:
        return names[0]  # "buy assets of Groq": the company's business, bought whole
    if between and between not in (["its"], ["their"]) and not _describes_company(between):
        return None  # "buy capacity from Nebius": the company is not what is bought
    if view.chips(at + 1, names[0].last + 3):
        return None  # "acquired 12,000 Nvidia GPUs": chips, not the company
    if view.possessive(names[0], plural=True):
        if _assets_after(view, names[0]):
            return names[0]  # "buy Groq's assets"
        return None  # "bought Nvidia's chips", "buy OpenAI's shares"
    return names[0]


def _assets_after(view: View, m: Mention) -> bool:
    """ "Groq's assets": a company's business named by its possessive."""
    return view.lowers[m.last + 2 : m.last + 3] == ["assets"]


def _outside_brackets(words: list[str]) -> list[str]:
    """The words not in brackets ('artificial intelligence (AI) chip startup')."""
    kept, depth = [], 0
    for word in words:
        depth += (word == "(") - (word == ")")
        if depth == 0 and word != ")":
            kept.append(word)
    return kept


def _describes_company(words: list[str]) -> bool:
    """'chip startup', 'UK - based', 'crypto miner': a description ending in a company noun."""
    if not words or len(words) > 5 or set(words) & P.PREPOSITIONS:
        return False  # (no words: two names side by side, "01.AI 01.AI")
    if "based" in words:
        return True
    head = words[-1].removesuffix("s") if words[-1].endswith("s") else words[-1]
    return bool({words[-1], head} & (P.COMPANY_HEADS | set(P.DESCRIPTORS)))


def _noun_owner(view: View, cue: int) -> Mention | None:
    """'Nvidia's $7 billion purchase of', 'its acquisition of': the possessive before the noun."""
    for m in reversed(view.orgs(max(0, cue - 6), cue)):
        if view.possessive(m, plural=True) or m.text.lower() in {"its", "their"}:
            between = view.lowers[m.last + 1 : cue]
            if len(between) <= 5:
                return m
    return None


def _buys_jointly(gap: list[str]) -> bool:
    """'have teamed up to', 'agreed on a $40 billion deal to', 'formed a consortium to': the
    subject's own purpose, said in a few words before 'to acquire'."""
    return (
        0 < len(gap) <= 10
        and gap[-1] == "to"
        and not set(gap) & {",", "which", "that", "who", "help", "helping", "helped"}
        and bool(set(gap) & P.JOINT_BUYING_WORDS)
    )


def _consortium_members(view: View, cue: int) -> list[Mention]:
    """The members of a buying group that opens the clause ('A consortium comprising Nvidia,
    Microsoft, BlackRock and xAI has announced the acquisition of')."""
    lo = view.clause(cue)[0]
    groups = (_group_named_at(view, i, cue) for i in range(lo, min(cue, lo + 4)))
    return next((members for members in groups if members), [])


def _named_before_group(view: View, members: list[Mention]) -> bool:
    """Whether the clause names a company before the group's members ('Nvidia is joining a
    group that includes Microsoft')."""
    lo = view.clause(members[0].first)[0]
    return any(not m.embedded for m in view.orgs(lo, members[0].first))


def _they_who_said(view: View, cue: int) -> list[Mention]:
    """'MGX, BlackRock and GIP have announced that they will acquire Aligned': 'they', the
    subject of the verb of buying, are the companies listed before the verb of saying."""
    words = view.lowers
    they = cue - 1
    while they > 0 and words[they] in P.VERB_CHAIN and words[they] != "they":
        they -= 1
    if words[they] != "they":
        return []
    said = they - 1 - (words[they - 1 : they] == ["that"])
    if said < 1 or words[said] not in P.REPORTING_VERBS:
        return []
    speakers = [m for m in view.orgs(0, said) if not m.embedded]
    if not speakers:
        return []
    listed = list_ending(view, speakers[:-1], speakers[-1])
    return listed if len(listed) > 1 and listed[0].first == 0 else []


def _group_named_at(view: View, at: int | None, end: int | None = None) -> list[Mention]:
    """The members of a buying group named at ``at`` ('a consortium including Nvidia, Microsoft
    and BlackRock', 'a group of investors comprising …'), listed before ``end``."""
    if at is None:
        return []
    words = view.lowers
    i = at + (words[at : at + 1] in (["a"], ["an"], ["the"]))
    if words[i : i + 1] == [] or words[i] not in P.BUYING_GROUPS:
        return []
    i += 1
    if words[i : i + 2] == ["of", "investors"]:
        i += 2
    if words[i : i + 1] == [] or words[i] not in P.GROUP_MEMBERS_BEFORE:
        return []
    first = next((m for m in view.orgs(i + 1, i + 4) if not m.embedded), None)
    if first is None:
        return []
    return list_starting(view, first, [m for m in view.orgs(first.first, end) if not m.embedded])


def _after_to(view: View, sold: Mention) -> int | None:
    """Where the buyer is named after 'to' that follows what is sold ('its Aligned Data
    Centres business to …')."""
    for i in range(sold.last + 1, min(len(view.lowers), sold.last + 4)):
        if view.lowers[i] == "to":
            return i + 1
    return None


def _joined_group(view: View, buyer: Mention, cue: int) -> list[Mention]:
    """'Nvidia joining a group that includes Microsoft, BlackRock and xAI to acquire Aligned':
    the one who joins and each member of the group buy."""
    for i in range(max(0, buyer.first - 16), buyer.first):
        if view.lowers[i] not in ("joining", "joined", "joins", "join"):
            continue
        joiner = [m for m in view.orgs(0, i) if not m.embedded and m.last >= i - 2]
        if joiner and view.lowers[cue - 1 : cue] == ["in"] and buyer.first <= i + 3:
            # "MGX, Nvidia and Microsoft joined BlackRock's GIP in buying Aligned": the joiners
            # buy with the one they join
            before = [m for m in view.orgs(0, i) if not m.embedded]
            return list_ending(view, before, joiner[-1]) + [buyer]
        j = i + 1 + (view.lowers[i + 1 : i + 2] in (["a"], ["an"], ["the"]))
        if view.lowers[j : j + 1] == [] or view.lowers[j] not in P.BUYING_GROUPS:
            continue
        members = [m for m in view.orgs(j + 1, cue) if not m.embedded]
        if joiner and members and buyer in members:
            return joiner + list_starting(view, members[0], members)
    return []


def _participle_subject(view: View, cue: int) -> Mention | None:
    """'Bit Digital has been expanding into HPC, acquiring Enovum for $46 million': a
    participle after a comma buys for the company the sentence opens on."""
    if view.lowers[cue - 1 : cue] != [","] or not view.lowers[cue].endswith("ing"):
        return None
    opening = next((m for m in view.orgs(0, cue) if not m.embedded), None)
    if opening is None or opening.first != 0:
        return None
    if any(view.org(m) != view.org(opening) for m in view.orgs(opening.last + 1, cue)):
        return None  # "Dell expanded, helping xAI, acquiring …": not Dell's alone to say
    return opening


def _verb_subject(view: View, cue: int, noun: bool = False) -> Mention | None:
    """The buyer named before the verb ('SoftBank agreed to acquire', 'AMD is acquiring'), or
    before the phrase of its noun ('CoreWeave is pressing ahead with a $9bn acquisition of')."""
    lo = view.clause(cue)[0]
    before = [m for m in view.orgs(lo, cue) if not m.embedded]
    if not before:
        return None
    subject = before[0] if noun else before[-1]
    gap = _outside_brackets(view.lowers[subject.last + 1 : cue])  # "SoftBank Group (SBG) has"
    while gap and gap[0] in P.CORPORATE_SUFFIXES:
        gap = gap[1:]  # "Intel Corp is in talks to buy"
    if noun:
        if subject.first != lo or len(gap) > 12 or set(gap) & {",", "which", "that", "by"}:
            return None
    elif (len(gap) > 6 or not set(gap) <= P.BUYING_AUXILIARIES) and not _buys_jointly(gap):
        return None
    if subject.first > 0 and view.lowers[subject.first - 1] in P.PREPOSITIONS:
        return None  # "taking a stake in OpenAI and acquiring …": OpenAI buys nothing
    return subject
