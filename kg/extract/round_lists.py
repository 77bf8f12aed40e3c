"""The lists of a funding round's participants: where a list begins ("led by", "participation
from", "investors include"), which names belong to it, and the names listed before a verb of
taking part ("A and B also participated")."""

from __future__ import annotations

from functools import lru_cache

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View, accompanies, list_ending, matches
from kg.extract.folded import occurs
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    ARM_NOUNS,
    DASHES,
    ITEM_GLUE,
    LIST_OF_BACKERS,
    LIST_OPENERS,
    LIST_STOPS,
    NAME_ENDINGS,
    QUOTE_MARKS,
    ROUND_LIST_GLUE,
    ROUND_WORDS,
    VEHICLE_WORDS,
)
from kg.extract.people import is_person_name, joined_titles_length


@lru_cache(maxsize=64)
def speaks_of_rounds(text: str) -> bool:
    """Whether a sentence names a funding round at all (asked by several rules of one
    sentence, and of each part of a sentence read in parts)."""
    return occurs(ROUND_WORDS, text)


def phrase_ends(lowers: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[int]:
    """Token index just after each occurrence of one of ``phrases``, by position, then by
    length. Each word is looked up once in a trie of the phrases: many phrases share their
    first word (some 200 open on 'also'), and trying each of them at every such word was
    most of the time of ``slot_starts``."""
    trie = _phrase_trie(phrases)
    ends = []
    n = len(lowers)
    for i, word in enumerate(lowers):
        node = trie.get(word)
        end = i + 1
        while node is not None:
            if None in node:  # a phrase ends here
                ends.append(end)
            if end >= n:
                break
            node = node.get(lowers[end])
            end += 1
    return ends


# The trie of each tuple of phrases asked of, by id (the tuple is kept with it, so no other
# object has that id): a tuple of hundreds of phrases hashes slowly, at every ask.
_TRIES: dict[int, tuple[tuple[tuple[str, ...], ...], dict]] = {}
MAX_TRIES = 16


def _phrase_trie(phrases: tuple[tuple[str, ...], ...]) -> dict:
    known = _TRIES.get(id(phrases))
    if known is not None:
        return known[1]
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for word in phrase:
            node = node.setdefault(word, {})
        node[None] = True
    if len(_TRIES) < MAX_TRIES:
        _TRIES[id(phrases)] = (phrases, trie)
    return trie


def slot_starts(lowers: list[str], about_a_round: bool = False) -> list[int]:
    """Where a list of round participants begins ("led by |", "participation from |")."""
    if not about_a_round and not speaks_of_rounds(" ".join(lowers)):
        return []
    starts = [s for s in phrase_ends(lowers, P.ROUND_SLOTS) if not _others_listed(lowers, s)]
    for i, word in enumerate(lowers[:-1]):
        if word in LIST_OPENERS and any(
            lowers[j] in LIST_OF_BACKERS and lowers[j + 1] not in P.NOUNS_AFTER_INVESTORS
            for j in range(max(0, i - 12), i)
        ):
            starts.append(i + 1)  # "The list of backers reads like a hall of fame: A, B, C"
    for i, word in enumerate(lowers[:-1]):
        if word == "with" and _with_participants(lowers, i):
            starts.append(i + 1)
        if word != "from":
            continue
        if _raise_verb_before(lowers, i) or (
            lowers[i - 1] in ("financing", "funding") and lowers[i - 3 : i - 1] in SERIES_BEFORE
        ):  # ("announced a series C financing from SDIC Investment, CICC Capital …")
            starts.append(i + 1)
        elif i > 0 and (lowers[i - 1] in AMOUNT_ENDS or lowers[i - 1][-1:].isdigit()):
            starts.append(i + 1)  # "the round included $750 million from Microsoft and ..."
    examples = (_examples_after(lowers, start) for start in starts)
    starts += [start for start in examples if start is not None]
    return sorted(set(starts))


def _others_listed(lowers: list[str], start: int) -> bool:
    """'Project partners named include Entergy (power), J.P. Morgan (financing)': a list that
    'include' opens after a noun of another role names no round's participants; nor does
    'investors' that modifies the noun after it ('AMD's investors document'), or that are told
    something."""
    if lowers[max(0, start - 3) : start] in ([w, "led", "by"] for w in P.FIRM_HEADS):
        return True  # "Walden International, a venture capital firm led by Lip-Bu Tan": its head
    if lowers[start - 1] == "alongside" and _fellow_recipients(lowers, start):
        return True  # "Zhipu AI, alongside Moonshot AI and MiniMax, has received backing"
    if lowers[start - 1] in LIST_OF_BACKERS:
        if lowers[start - 2 : start - 1] and lowers[start - 2] in P.TELLING_VERBS:
            return True  # "CEO Hock Tan told investors the company has three customers"
        return lowers[start : start + 1] != [] and lowers[start] in P.NOUNS_AFTER_INVESTORS
    return lowers[start - 1] in {"include", "includes", "included"} and bool(
        P.OTHER_ROLE_LISTS & set(lowers[max(0, start - 4) : start - 1])
    )


def _fellow_recipients(lowers: list[str], start: int) -> bool:
    """Whether the names from ``start`` close with a comma that a verb of receiving follows:
    companies set beside the one that receives, as receivers themselves."""
    for i in range(start, min(len(lowers) - 1, start + 15)):
        if lowers[i] != ",":
            continue
        after = [w for w in lowers[i + 1 : i + 5] if w not in P.VERB_CHAIN and not w.endswith("ly")]
        if after and after[0] in P.RECEIVING_VERBS:
            return True
    return False


def _examples_after(lowers: list[str], start: int, reach: int = 12) -> int | None:
    """Where the names begin when a slot opens on a description of them ('investors include
    a number of big names in venture capital, including A and B')."""
    for k in range(start, min(start + reach, len(lowers) - 1)):
        if lowers[k] in (".", ";"):
            return None
        if lowers[k] == "including" or lowers[k - 1 : k + 1] == ["such", "as"]:
            return k + 1 if k > start else None
        if (
            lowers[k] == ","
            and k > start
            and lowers[k - 1] in P.DESCRIBED_BACKERS
            and not lowers[k + 1].endswith(("ing", "ed"))
            and lowers[k + 1] not in P.CLAUSE_OPENERS_AFTER_COMMA
        ):
            return k + 1  # "capital from two of Silicon Valley's top investors, A and B"; not
            # "from investors, following Xanadu and Tenstorrent"
    return None


def _raise_verb_before(lowers: list[str], i: int, reach: int = 12) -> bool:
    """Whether a verb of raising stands within ``reach`` words before token ``i``, not counting
    a bracketed aside ('raised 20 billion yen ($135 million) in a Series B round from')."""
    j = i
    while j > 0 and reach > 0:
        j -= 1
        if lowers[j] == ")" and "(" in lowers[max(0, j - 10) : j]:
            j = max(k for k in range(max(0, j - 10), j) if lowers[k] == "(")
            continue
        if matches(lowers[j], P.RAISE_VERBS):
            return True
        reach -= 1
    return False


SERIES_BEFORE = [["series", c] for c in "abcdefgh"]
ROUND_NOUNS = {"round", "funding", "investment", "stake"}  # "in talks with X about a new round"


def _with_participants(lowers: list[str], i: int) -> bool:
    """'with Drive Capital and Access Industries co-leading', 'with Alphabet and GV following',
    'in talks with MGX and other investors to raise': 'with' opens a list of the round's
    participants."""
    ahead = lowers[i + 2 : i + 16]
    if lowers[i - 1 : i] in (
        ["talks"],
        ["discussions"],
        ["negotiations"],
        ["negotiating"],
        ["negotiates"],
    ):
        return any(matches(w, P.RAISE_VERBS) or w in ROUND_NOUNS for w in ahead)
    return any(
        (
            w in P.WITH_PARTICIPANTS_CLOSERS
            or (w.endswith("ing") and matches(w, P.PARTICIPATE_VERBS))
        )
        and lowers[i + 1 + k] != ","  # not "a deal with Stellantis, following a round led by"
        for k, w in enumerate(ahead)
    )


def gap_joins(gap: list[str]) -> bool:
    """Whether the words between two participants keep the list going ("and — notably — the
    venture arm of")."""
    while gap and (
        gap[0] in NAME_ENDINGS or gap[:1] == [","] and gap[1:2] and gap[1] in NAME_ENDINGS - {"."}
    ):
        # "Fidelity Management, SuperMicro", "BlackRock, Inc. and", "Samsung Securities and":
        # the rest of the first name
        gap = gap[1:] if gap[0] in NAME_ENDINGS else gap[2:]
    if gap[:1] in (["'s"], ["’s"]):  # "Nvidia, LG's venture arm, and Samsung": LG's arm
        glue = next((i for i, w in enumerate(gap) if w in {",", "and"}), 0)
        if 1 < glue <= 5 and set(gap[1:glue]) & ARM_NOUNS:
            gap = gap[glue:]
    if gap[:2] in ([",", "which"], [",", "who"]) and "," in gap[2:]:
        # "SoftBank, which put in around $500 million, and Nvidia": past the relative aside
        gap = gap[gap.index(",", 2) :]
    if not gap:
        return False
    if gap[-1] in {"of", "in"} and len(gap) > 2 and gap[-2] in P.ROLE_NOUNS:
        return False  # "Lightspeed, a backer of Snapchat": the next name is the one backed
    if gap[-3:] == ["as", "well", "as"]:
        gap = gap[:-3] or [","]  # "Sequoia and Andreessen Horowitz as well as Valor"
    if set(gap) & LIST_STOPS or len(gap) > 12:
        return False
    if "with" in gap:
        return False  # "the round in Mistral, with Nvidia joining": the company, then the list
    if set(gap) & (P.SECOND_PREDICATE | P.IRREGULAR_PARTICIPLES):
        return False  # "a neocloud backed by Nvidia, will supply Mistral": the main verb;
        # "anchored by Mubadala and known for deals with xAI": a new verb
    if any(_new_verb(gap, i) for i in range(len(gap))):
        return False  # "backed by Dell and tied into Nscale's strategy": a new verb
    return gap[0] in {",", "and", "&", "—", "–"} and (
        len(gap) <= 2
        or all(
            w in ROUND_LIST_GLUE
            or w.replace(".", "").isalpha()
            or w in {"'s", "’s"}
            or _letters_and_digits(w)
            for w in gap
        )  # "and U.S. private equity giant Silver Lake", "Greylock, 01A, Blackbird"
    )


def _new_verb(gap: list[str], i: int) -> bool:
    """Whether the word at ``i`` of a list's gap is a verb, which ends the list ('backed by Dell
    and tied into Nscale's strategy'); not 'state-owned investment bank Bpifrance', nor a
    participle before a role ('and existing backer Quorum Capital', 'returning investor')."""
    word = gap[i]
    return (
        word.endswith(("ed", "ing"))
        and word not in ("including", "based")
        and gap[i - 1 : i] != ["-"]
        and not (word in P.ROLE_PARTICIPLES and gap[i + 1 : i + 2] and gap[i + 1] in P.ROLE_NOUNS)
    )


def _the_named_item(view: View, gap: list[str], nxt: Mention) -> bool:
    """'from Kindred Capital, the NATO Innovation Fund, and Oxford Science Enterprises': a name
    right after ', the' that a comma or 'and' closes is the next item, not a description."""
    return (
        gap == [",", "the"]
        and not nxt.reference
        and view.lowers[nxt.last + 1 : nxt.last + 2] in ([","], ["and"])
    )


def _letters_and_digits(word: str) -> bool:
    """'01a', '5y': a name made of letters and digits that no rule could tell from a word."""
    return word.isalnum() and not word.isalpha() and not word.isdigit()


def _lead_in_ok(words: list[str]) -> bool:
    """The words between a slot and its first participant: descriptors only ("venture capital
    firm", "prominent VCs including", "existing investors")."""
    if words[:1] in (["in"], ["into"], ["of"]):
        return False  # "Investors in OpenAI include A and B", "backers of X": X is invested in
    if words[-1:] in (["in"], ["into"]) and P.HOLDING_WORDS & set(words):
        return False  # "the arrangement may include an equity stake in Cerebras": the company
        # held
    if words[:1] == [","] and words[1:2] in (["such"], ["including"], ["like"], ["notably"]):
        words = words[1:]  # "existing investors, such as A and B"
    group = next((k for k in range(1, len(words) - 2) if words[k : k + 2] == [",", "and"]), None)
    if group is not None and words[group - 1] in LIST_OF_BACKERS:
        words = words[group + 2 :]  # "the firm's existing shareholders, and tech firms A and B"
    words = _without_bases(words)  # "an existing investor, Manhattan-based Coatue Management",
    # "the London-based venture capital firm Plural"
    if words[-1:] == [","] and len(words) > 2:
        words = words[:-1]  # "the Japanese tech and investment powerhouse, SoftBank"
    if words[-2:] in ([",", "including"], [",", "like"]) and len(words) > 2:
        words = words[:-2]  # "backed by technology heavyweights, including Salesforce"
    return (
        len(words) <= 6
        and not set(words) & LIST_STOPS
        and all(w.isalpha() or w in {"-", "'s", "’s", "u.s.", "u.k."} for w in words)
    )


# Words after a comma that carry a closed list on ("A and B, along with C").
LIST_EXTENDERS = {"along", "together", "alongside", "joined", "including", "with"}


def _without_bases(words: list[str]) -> list[str]:
    """The words without the place of each '<place>-based' among them (a one-word place)."""
    based = {i for i in range(1, len(words) - 1) if words[i : i + 2] == ["-", "based"]}
    dropped = {j for i in based for j in (i - 1, i, i + 1)}
    return [w for k, w in enumerate(words) if k not in dropped]


# Words opening a description of the investor just listed ("Lux Capital, known for …, and").
DESCRIPTION_OPENERS = {"known", "which", "who", "best", "famous", "itself", "an", "a", "the"}


def _description_end(view: View, comma: int) -> int | None:
    """The index of the 'and' that resumes a list after a description opened at ``comma``
    ('Lux Capital, known for investing in companies like Hugging Face, and Khosla'), or None
    when the sentence goes on without one."""
    for i in range(comma + 2, min(len(view.lowers), comma + 30)):
        word = view.lowers[i]
        if word in {";", ".", "—", "–"}:
            return None
        if word == "and" and view.lowers[i - 1] == ",":
            return i
    return None


def list_from(view: View, start: int, orgs: list[Mention]) -> list[Mention]:
    """The organisations listed from token ``start`` on."""
    after = [m for m in orgs if m.first >= start]
    if after and view.possessive(after[0]):
        owned = view.lowers[after[0].last + 2 : after[0].last + 5]
        if LIST_OF_BACKERS & set(owned):
            after = after[1:]  # "the firm's existing shareholders, and A": its own backers
    if after:
        past = _past_people(view, start, after[0].first)
        if past != start and view.lowers[past] in P.CLAUSE_OPENERS:
            return []  # "backers like Peter Thiel, this massive raise elevates Etched": the
            # list ended with its people
        start = past
    if not after or not _lead_in_ok(view.lowers[start : after[0].first]):
        return []
    listed = [after[0]]
    end = after[0].last  # where the last listed name (or its vehicle) ends
    closed = False  # an 'and' has joined the last name: a comma and a name open a new clause
    for nxt in after[1:]:
        gap = view.lowers[end + 1 : nxt.first]
        if (closed and gap == [","]) or gap[-2:] == ["others", ","]:
            break  # "from Tiger Global and Samsung, EnCharge plans", "from A, B, and others,
            # EnCharge plans": the main clause's subject
        same = view.org(listed[-1]) in (view.org(nxt), view.entity(nxt).owner)
        if (same and set(gap) <= VEHICLE_WORDS | {"("}) or _names_its_arm(gap):
            # "Microsoft through their M12 venture fund", "Mitsubishi UFJ (MUFG)": one investor
            end = nxt.last + (1 if view.lowers[nxt.last + 1 : nxt.last + 2] == [")"] else 0)
            if _names_its_arm(gap) or gap in (["'s"], ["’s"]):
                listed[-1] = nxt  # "Nvidia's venture arm NVentures", "Microsoft's M12": the arm
            continue
        if gap in (["'s"], ["’s"]) and nxt.first == end + 2:
            listed[-1] = nxt  # "Micron's Intelligence Accelerated": the owner's own investor
            end = nxt.last
            continue
        if _owner_in_appositive(gap):
            end = nxt.last  # "Applied Ventures, the venture capital arm of Applied Materials,"
            continue
        if (
            len(gap) > 1
            and gap[0] == ","
            and gap[1] in DESCRIPTION_OPENERS
            and not (_the_named_item(view, gap, nxt))
        ):
            closing = _description_end(view, end + 1)
            if closing is None:
                break
            if nxt.first < closing:
                continue  # "Lux Capital, known for backing Hugging Face, and Khosla": a name
                # the investor's description gives
            gap = view.lowers[closing : nxt.first]
        if closed and _new_clause_after_comma(gap):
            break  # "from A, B, and C, marks a milestone as Ayar Labs …": the list has ended
        if gap[:1] == ["("]:  # "HongShan (formerly Sequoia China), Matrix Partners China"
            if ")" not in gap:
                continue  # a name inside the aside: not listed
            gap = gap[gap.index(")") + 1 :]
        if view.lowers[nxt.last + 1 : nxt.last + 3] in (["-", "backed"], ["-", "owned"]):
            break  # "led by HUMAIN — a PIF-backed AI company": PIF backs HUMAIN, not the round
        if view.possessive(nxt) and P.PERSON_NOUNS & set(view.lowers[nxt.last + 2 : nxt.last + 5]):
            break  # "and Georges Harik, one of Google's earliest engineers": a person's employer
        person = person_after(view, listed[-1])
        if person and nxt.first <= listed[-1].last + person:
            continue  # the person's own name
        if person:
            gap = gap[person:]  # "Nvidia CEO Jensen Huang and Accel": past the person's name
        if not gap_joins(gap) or _clause_subject(view, nxt) or _reports(view, nxt):
            break
        if len(listed) == 1 and gap == [",", "and"] and _before_a_finite_verb(view, nxt):
            break  # "OpenAI, backed by Microsoft, and Google have …": two subjects
        if nxt.reference and nxt.text.lower() in {"it", "its", "they", "them", "their"}:
            break  # "including Aker and Nokia, to help it grow": a pronoun lists nobody
        listed.append(nxt)
        end = nxt.last
        closed = gap[-1:] == ["and"]
    return [m for m in listed if not person_after(view, m) and not _people_of(view, m)]


def _new_clause_after_comma(gap: list[str]) -> bool:
    """Whether the words after a list closed by its 'and' go on past a comma with words that
    join nothing to it ("A, B, and C, marks another milestone as …"; not "A and B, as well as C",
    "A and B, along with C")."""
    return gap[:1] == [","] and len(gap) > 1 and gap[1] not in ROUND_LIST_GLUE | LIST_EXTENDERS


def _people_of(view: View, m: Mention) -> bool:
    """'Jeff Dean and the founders of Figma': the people listed invest, not the company."""
    return view.lowers[m.first - 2 : m.first] in [[w, "of"] for w in P.PEOPLE_OF]


def _owner_in_appositive(gap: list[str]) -> bool:
    """', the venture capital arm of': the next name owns the listed investor before it."""
    return (
        len(gap) <= 7
        and gap[:1] == [","]
        and gap[1:2] in (["the"], ["a"], ["an"])
        and gap[-2:-1] != []
        and gap[-2] in ARM_NOUNS
        and gap[-1] == "of"
    )


def _names_its_arm(gap: list[str]) -> bool:
    """ "Microsoft's venture capital arm M12", "Hillhouse Capital's early-stage venture capital
    arm GL Ventures": the words between a company and its own arm."""
    return (
        gap[:1] in (["'s"], ["’s"])
        and len(gap) <= 7
        and gap[-1] in ARM_NOUNS
        and all(w.isalpha() or w == "-" for w in gap[1:])
    )


def _past_people(view: View, start: int, end: int) -> int:
    """The index after people listed first ('from Elad Gil, Nat Friedman and Index Ventures'):
    the organisations' list goes on past them."""
    tokens = view.sentence.tokens
    i = start
    while i < end:
        run = i
        while run < end and tokens[run].text[:1].isupper() and tokens[run].text.isalpha():
            run += 1
        if run == i or not is_person_name([t.text for t in tokens[i:run]]):
            return i
        while run < end and view.lowers[run] in {",", "and", "&"}:
            run += 1
        i = run
    return i


def _reports(view: View, name: Mention) -> bool:
    """'led by IVP, Bloomberg reported': a name followed by a verb of reporting is the source;
    '…, Lightelligence announced on Thursday': after a comma, so is one that announces."""
    verb = view.lowers[name.last + 1 : name.last + 2]
    if verb in (["reported"], ["reports"], ["said"], ["says"], ["wrote"], ["added"], ["noted"]):
        return True
    return view.lowers[name.first - 1 : name.first] == [","] and verb in (
        ["announced"], ["announces"], ["confirmed"], ["disclosed"],
    )  # fmt: skip


def person_after(view: View, name: Mention) -> int:
    """How many tokens name a person after an organisation that only says where the person
    works ("Nvidia CEO Jensen Huang", "former Cadence CEO Lip-Bu Tan", "Stripe co-founders"):
    0 when there is none."""
    tokens = view.sentence.tokens
    i = name.last + 1
    title = joined_titles_length(tokens, i, P.PERSON_TITLES)  # ("… founder and CEO Mark Walter")
    if not title:
        return 0
    j = i + title
    while j < len(tokens) and tokens[j].text[:1].isupper() and tokens[j].lower not in P.LIST_GLUE:
        j += 1
    if j == i + title and tokens[j - 1].lower.endswith("founders"):
        return title  # the founders, unnamed
    return j - i if j > i + title else 0


def _before_a_finite_verb(view: View, name: Mention) -> bool:
    following = view.lowers[name.last + 1 : name.last + 2]
    return bool(following) and following[0] in P.FINITE_AUXILIARIES


def _clause_subject(view: View, name: Mention) -> bool:
    """Whether a name after a comma opens the main clause ("Backed by A and B, Mistral has
    raised ..."): a finite verb follows it."""
    if view.lowers[name.first - 1 : name.first] != [","]:
        return False
    following = view.lowers[name.last + 1 : name.last + 2]
    return bool(following) and (
        following[0] in P.FINITE_AUXILIARIES or matches(following[0], P.RAISE_VERBS)
    )


TALKS_OR_PLANS = P.TALK_WORDS | P.INTENT_WORDS  # (made once)


def list_before(view: View, end: int, orgs: list[Mention]) -> list[Mention]:
    """The organisations listed just before token ``end`` ("A and B are participating",
    "Tencent, a prior backer of the startup, also took part")."""
    end = _before_appositive(view.lowers, end, orgs)
    before = [m for m in orgs if m.last < end]
    if not before:
        return []
    gap = [w for w in view.lowers[before[-1].last + 1 : end] if w not in QUOTE_MARKS]
    if gap[:2] in ([",", "which"], [",", "who"]):
        gap = gap[2:]  # "the Qatar Investment Authority, which joined the round"
    if gap == [","] and (fellow := _accompanied_subject(view, before)) is not None:
        return [*list_ending(view, before[: before.index(fellow)], fellow, gap_joins), before[-1]]
    if gap[:1] == [","] and _examples_of_the_subject(view, before):
        gap = gap[1:]  # "Tech giants, including Nvidia and Google, are also participating"
    talks = gap[-1:] == ["to"] and bool(TALKS_OR_PLANS.intersection(gap))
    if len(gap) > (6 if talks else 3) or not all(w.isalpha() or w in {"-", "co"} for w in gap):
        return []  # ("A and B are also in talks to participate", "B is planning to participate")
    return list_ending(view, before[:-1], before[-1], gap_joins)


def _accompanied_subject(view: View, before: list[Mention]) -> Mention | None:
    """'Mubadala, along with US investment firm Valor, took the lead': the subject the aside
    opening on 'along with' (or 'alongside', 'together with') follows, when it names one."""
    lowers, last = view.lowers, before[-1]
    for comma in range(last.first - 1, max(0, last.first - 8), -1):
        if lowers[comma] != ",":
            continue
        if not accompanies(lowers, comma + 1) and not accompanies(lowers, comma + 2):
            return None
        return next((m for m in before if m.last == comma - 1), None)
    return None


def _examples_of_the_subject(view: View, before: list[Mention]) -> bool:
    """'Tech giants, including Nvidia, Google and Microsoft, …': the names close a list of
    examples set off after the clause's subject noun."""
    listed = list_ending(view, before[:-1], before[-1], gap_joins)
    opener = view.lowers[max(0, listed[0].first - 2) : listed[0].first]
    return opener[-1:] in (["including"], ["like"]) or opener == ["such", "as"]


def _before_appositive(lowers: list[str], end: int, orgs: list[Mention]) -> int:
    """Where an aside ', a … ,' that closes just before token ``end`` opens after a name;
    ``end`` when there is none."""
    close = end - 1
    while close > 0 and lowers[close] in P.AUXILIARIES_BEFORE_VERB:
        close -= 1
    if lowers[close] != ",":
        return end
    name_ends = {m.last for m in orgs}
    for opening in range(close - 2, max(0, close - 40), -1):
        if lowers[opening] in LIST_STOPS:
            return end
        if (
            lowers[opening] == ","
            and lowers[opening + 1] in {"a", "an", "the", "another", "both", "each", "all"}
            and opening - 1 in name_ends
        ):
            return opening
    return end


AMOUNT_ENDS = {
    "million", "billion", "trillion", "bn", "mn", "m", "b",
    # currencies written after the number ("100 billion won from the Industrial Bank")
    "won", "yen", "yuan", "euros", "euro", "pounds", "rupees", "crore", "dollars", "francs",
    "kronor", "krona", "riyals", "dirhams",
}  # fmt: skip


def item_backers(view: View, round_company: str | None) -> list[Candidate]:
    """'- Leading VC firms: Andreessen Horowitz, NEA, Radical Ventures', '- Adobe Ventures —
    Adobe has been …': a list item under a sentence about a round names the round's
    investors, after a heading's colon or before a dash, when it names nothing else there."""
    words = view.lowers
    colon = next((i for i, w in enumerate(words[:8]) if w == ":"), None)
    dash = next((i for i, w in enumerate(words) if w in DASHES), None)
    lo = colon + 1 if colon is not None else 0
    hi = dash if dash is not None and dash > lo else len(words)
    names = [m for m in view.orgs(lo, hi) if not m.embedded]
    if not names or round_company is None:
        return []
    named = {i for m in names for i in range(m.first, m.last + 1)}
    depth = 0
    for i in range(lo, hi):
        depth += (words[i] == "(") - (words[i] == ")")
        if i not in named and depth <= 0 and words[i] not in ITEM_GLUE:
            return []  # "- Nvidia's GPUs power the cluster": a sentence, not a list of names
    return [
        Candidate(
            "invests_in",
            view.org(m),
            round_company,
            view.sentence,
            "invest:list-item",
            anchor=m.first,
        )  # fmt: skip
        for m in names
        if view.org(m) != round_company
    ]


def named_after_its_role(view: View, owner: Mention) -> Mention | None:
    """'from CoreWeave's investor Coatue', 'from OpenAI backer Thrive', 'CoreWeave-backer
    Magnetar': the name after the role noun is the investor; the name before only says whom
    it backs ('Toyota Motor Corp. supplier Denso Corp.': whom it supplies)."""
    at = owner.last + 1
    if view.lowers[at : at + 1] in (["'s"], ["’s"], ["-"]):
        at += 1
    if view.lowers[at : at + 1] and view.lowers[at] in P.INVESTOR_ROLES | P.TRADE_ROLES:
        return next((m for m in view.orgs(at + 1, at + 2)), None)
    return None
