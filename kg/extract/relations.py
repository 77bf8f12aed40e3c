"""Relation rules for the five fact types, over the mentions and numbers of one sentence.

Each rule looks for a cue word (a verb or noun of investing, committing, using, designing or
making) and finds the parties by their entity types and their place around the cue, so that
the rules carry over to articles nobody here has read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract import patterns as P
from kg.extract.mentions import Mention
from kg.extract.quantities import Quantity
from kg.extract.text import Sentence
from kg.registry import Registry

CLAUSE_BREAKS = {";", "—", "–", "--", "but", "while", "whereas", "although", "though"}
RELATIVE = {"which", "who"}
LIST_GLUE = {",", "and", "&", "+", "or", "(", ")", "as", "well", "including"}


@dataclass
class Candidate:
    """A fact found in one sentence, before statements of one fact are merged."""

    type: str
    subject: str
    object: str
    sentence: Sentence
    method: str
    amount_usd: float | None = None
    capacity_gw: float | None = None
    duration_years: float | None = None
    chip: str | None = None
    purpose: str | None = None
    process_node: str | None = None
    status: str | None = None
    numbers_fixed: bool = False  # set by the rule itself: not given the nearest numbers
    anchor: int | None = None  # the token the fact hangs on: its cue word or its chip


@dataclass
class View:
    """One sentence prepared for the rules."""

    sentence: Sentence
    mentions: list[Mention]
    quantities: list[Quantity]
    registry: Registry
    lowers: list[str] = field(init=False)
    breaks: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.lowers = [t.lower for t in self.sentence.tokens]
        self.breaks = [
            i
            for i, w in enumerate(self.lowers)
            if w in CLAUSE_BREAKS
            or (w in RELATIVE and i > 0 and self.lowers[i - 1] in {",", "after"})
        ]

    def clause(self, index: int) -> tuple[int, int]:
        """Token bounds [lo, hi) of the clause that holds ``index``."""
        lo, hi = 0, len(self.lowers)
        for b in self.breaks:
            if b <= index:
                lo = b + 1
            elif b > index:
                hi = b
                break
        return lo, hi

    def entity(self, mention: Mention):
        return self.registry.get(mention.entity)

    def org(self, mention: Mention) -> str | None:
        entity = self.entity(mention)
        return self.registry.organisation(entity.id) if entity.is_organization else None

    def has_type(self, mention: Mention, kind: str) -> bool:
        entity = self.entity(mention)
        if kind in entity.types:
            return True
        root = self.registry.get(self.registry.organisation(entity.id))
        return kind in root.types

    def is_lab(self, mention: Mention) -> bool:
        """A model builder that is not also a cloud (Amazon builds models but acts as a cloud)."""
        return self.has_type(mention, "Lab") and not self.has_type(mention, "CloudProvider")

    def orgs(self, lo: int = 0, hi: int | None = None) -> list[Mention]:
        hi = len(self.lowers) if hi is None else hi
        return [m for m in self.mentions if lo <= m.first < hi and self.org(m)]

    def chips(self, lo: int = 0, hi: int | None = None) -> list[Mention]:
        hi = len(self.lowers) if hi is None else hi
        return [m for m in self.mentions if lo <= m.first < hi and self.entity(m).is_chip]

    def owners(self, lo: int, hi: int) -> list[tuple[Mention, str]]:
        """Models and products in [lo, hi) with the organisation that owns them."""
        found = []
        for m in self.mentions:
            entity = self.entity(m)
            if lo <= m.first < hi and entity.owner and {"Model", "Product"} & set(entity.types):
                found.append((m, self.registry.organisation(entity.owner)))
        return found

    def before(self, index: int, words: int = 6) -> str:
        lo = max(0, index - words)
        return " ".join(self.lowers[lo:index])

    def cue_positions(self, cues: tuple[str, ...], lo: int = 0, hi: int | None = None) -> list[int]:
        hi = len(self.lowers) if hi is None else hi
        return [i for i in range(lo, hi) if matches(self.lowers[i], cues)]


def matches(word: str, cues: tuple[str, ...]) -> bool:
    """Whether a lower-case word is one of the cues ('invest*' matches by prefix)."""
    return _cue_pattern(cues).fullmatch(word) is not None


@lru_cache(maxsize=64)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    parts = [re.escape(c[:-1]) + ".*" if c.endswith("*") else re.escape(c) for c in cues]
    return re.compile("|".join(parts), re.DOTALL)


# ---------------------------------------------------------------- numbers to cues


def assign_quantities(view: View, triggers: dict[int, str]) -> dict[int, dict[str, float | str]]:
    """Give each number to the nearest cue of a fact type that can carry it, in its clause."""
    carriers = {
        "money": ("invests_in", "compute_commitment"),
        "power": ("compute_commitment",),
        "duration": ("compute_commitment",),
        "process_node": ("manufactures_chip",),
    }
    assigned: dict[int, dict[str, float | str]] = {}
    for quantity in view.quantities:
        lo, hi = view.clause(quantity.first)
        best: tuple[int, int] | None = None
        for position, fact_type in triggers.items():
            if fact_type not in carriers[quantity.kind] or not lo <= position < hi:
                continue
            distance = min(abs(position - quantity.first), abs(position - quantity.last))
            if best is None or distance < best[0]:
                best = (distance, position)
        if best is not None:
            assigned.setdefault(best[1], {}).setdefault(quantity.kind, quantity.value)
    return assigned


# ---------------------------------------------------------------- invests_in


def _followed_by_org(view: View, index: int, span: int = 4) -> Mention | None:
    """The organisation named soon after ``index`` ("in OpenAI competitor Anthropic" gives
    Anthropic: a name used as a modifier gives way to the head that follows it)."""
    orgs = [m for m in view.orgs(index + 1, index + 1 + span)]
    if not orgs:
        return None
    chosen = orgs[0]
    for nxt in orgs[1:]:
        gap = view.lowers[chosen.last + 1 : nxt.first]
        if 0 < len(gap) <= 2 and not set(gap) & LIST_GLUE:
            chosen = nxt
    return chosen


def _after_place(view: View, index: int) -> Mention | None:
    """ "in Abu Dhabi's G42", "in San Francisco-based Anthropic": a place before the name."""
    orgs = view.orgs(index + 1, index + 7)
    if not orgs:
        return None
    gap = view.sentence.tokens[index + 1 : orgs[0].first]
    if (
        gap
        and gap[-1].lower in {"'s", "’s", "based", "-based"}
        and all(
            t.text[:1].isupper() or t.lower in {"'s", "’s", "-", "based", "-based"} for t in gap
        )
    ):
        return orgs[0]
    return None


def _investor_left(view: View, cue: int, lo: int) -> Mention | None:
    for m in sorted(view.orgs(lo, cue), key=lambda m: -m.first):
        word_before = view.lowers[m.first - 1] if m.first > 0 else ""
        if word_before in {"in", "into", "with", "to", "for"}:
            continue
        if m.reference and cue - m.last > (3 if m.text in {"it", "its"} else 8):
            continue
        return m
    if lo > 0 and view.lowers[lo - 1] in RELATIVE | {","}:
        earlier = [m for m in view.orgs(0, lo - 1)]
        return earlier[-1] if earlier else None
    return None


NOT_A_DEAL_NOUN = {
    "advice",
    "goals",
    "goal",
    "bank",
    "banks",
    "banking",
    "firm",
    "firms",
    "strategy",
    "thesis",
    "requires",
    "decisions",
    "opportunity",
    "opportunities",
    "case",
    "cycle",
}
DEAL_WORDS = {"equity", "round", "deal", "funding", "raise", "company", "startup", "firm"}
ANALOGY = re.compile(r"\b(?:similar\s+to|like|unlike|as\s+with|just\s+as)\s*$")


def invests(view: View, cue: int, topic_lab: str | None) -> Candidate | None:
    """'X invested $N in Y', 'X's investment in Y', 'Y, backed by X', 'Y raised $N from X',
    'X is leading the round' (Y: the company the article is about)."""
    lo, hi = view.clause(cue)
    word = view.lowers[cue]
    following = view.lowers[cue + 1] if cue + 1 < len(view.lowers) else ""
    if following in NOT_A_DEAL_NOUN or word.startswith(("investor", "investigat")):
        return None
    if word in {"stake", "stakes"} and "in" not in view.lowers[cue + 1 : cue + 3]:
        return None
    if cue > 0 and view.lowers[cue - 1] in OTHER_OWNERS:
        return None
    if matches(word, FUNDRAISING):
        return _fundraising(view, cue, lo, hi, topic_lab)
    investor, passive = _investor(view, cue, lo, hi)
    if investor is None or ANALOGY.search(view.before(investor.first, 3)):
        return None
    investee, use_topic = _investee(view, cue, hi, investor, passive)
    investee_org = view.org(investee) if investee else (topic_lab if use_topic else None)
    if not investee_org or investee_org == view.org(investor):
        return None
    return Candidate("invests_in", view.org(investor), investee_org, view.sentence, "invest:verb")


def gapped_investments(view: View, candidate: Candidate) -> list[Candidate]:
    """'Microsoft will invest $5 billion in Anthropic and Nvidia up to $10 billion': a second
    investor with its own amount, the verb left out, invests in the same company."""
    found = []
    investee = [m for m in view.orgs() if view.org(m) == candidate.object]
    if not investee:
        return found
    orgs = view.orgs(investee[-1].last + 1)
    for m in orgs:
        gap = view.lowers[investee[-1].last + 1 : m.first]
        if gap not in (["and"], [",", "and"], [","], ["while"], [",", "while"]):
            continue
        money = [q for q in view.quantities if q.kind == "money" and 0 < q.first - m.last <= 4]
        between = view.lowers[m.last + 1 : money[0].first] if money else ["?"]
        if money and set(between) <= GAPPED_FILLERS and view.org(m) != candidate.object:
            found.append(
                Candidate(
                    "invests_in",
                    view.org(m),
                    candidate.object,
                    view.sentence,
                    "invest:gapped",
                    amount_usd=money[0].value,
                    numbers_fixed=True,
                    anchor=m.first,
                )  # fmt: skip
            )
    return found


GAPPED_FILLERS = {"up", "to", "about", "around", "nearly", "another", "an", "additional", "as",
                  "much", "roughly", "some", "almost", "more", "than", "over"}  # fmt: skip
FUNDRAISING = ("raise*", "round", "rounds", "funding")
# "their investment", "his stake": owned by someone who is not an organisation named here.
OTHER_OWNERS = {"their", "his", "her", "our", "your", "my"}


def _fundraising(view: View, cue: int, lo: int, hi: int, topic_lab: str | None) -> Candidate | None:
    """'Y raised $N ... from X' or 'X is leading the round'."""
    backers = [
        m for m in view.orgs(cue + 1, hi) if view.lowers[m.first - 1] in {"from", "by", "including"}
    ]
    leader = None
    if re.search(r"\b(?:led|lead|leading|leads)\b", view.before(cue, 4)):
        left = view.orgs(lo, cue)
        leader = left[-1] if left else None
    raiser_mentions = [m for m in view.orgs(lo, cue) if m is not leader]
    raiser = view.org(raiser_mentions[-1]) if raiser_mentions else topic_lab
    investor = leader or (backers[0] if backers else None)
    if investor is None or not raiser or view.org(investor) == raiser:
        return None
    listed = len(_list_around(view, view.orgs(investor.first), investor)) > 1
    amounts = [
        q.value
        for q in view.quantities
        if q.kind == "money" and 0 <= investor.first - q.last <= 3 and not listed
    ]
    return Candidate(
        "invests_in",
        view.org(investor),
        raiser,
        view.sentence,
        "invest:raised-from",
        amount_usd=amounts[0] if amounts else None,  # type: ignore[arg-type]
        numbers_fixed=True,
    )


def _investor(view: View, cue: int, lo: int, hi: int) -> tuple[Mention | None, bool]:
    """The investor, and whether it was named after the cue ('backed by X': passive)."""
    word = view.lowers[cue]
    if word.startswith("invest") and word.endswith(("ment", "ments")):
        near = view.orgs(max(lo, cue - 3), cue)
        if near:
            return near[-1], False
    after = view.lowers[cue + 1 : cue + 3]
    for preposition in ("by", "from"):
        if preposition in after:
            found = _followed_by_org(view, cue + after.index(preposition), 3)
            if found:
                return found, True
    follower = view.orgs(cue + 1, cue + 2)
    if follower and cue + 2 < hi and view.lowers[follower[0].last + 1] in {"made", "makes", "in"}:
        return follower[0], False
    left = _investor_left(view, cue, lo)
    if left is not None and word.startswith("invest") and word.endswith("ment"):
        return (left if cue - left.last <= 10 else None), False
    return left, False


def _investee(
    view: View, cue: int, hi: int, investor: Mention, passive: bool
) -> tuple[Mention | None, bool]:
    """The company invested in, and whether the article's topic may stand in for it."""
    if passive:
        left = [m for m in view.orgs(0, cue) if m is not investor]
        return (left[-1] if left else None), False
    for i in range(cue + 1, min(hi, cue + 10)):
        if view.lowers[i] in {"in", "into"}:
            found = _followed_by_org(view, i, 3) or _after_place(view, i)
            if found is None:
                return None, bool(DEAL_WORDS & set(view.lowers[i + 1 : i + 6]))
            return found, False
    if "which" in view.before(cue, 5):
        preceding = view.orgs(0, max(0, cue - 5))
        return (preceding[-1] if preceding else None), False
    listed = {view.org(m) for m in _list_around(view, view.orgs(), investor)}
    labs = [
        m
        for m in view.orgs(cue + 1, hi)
        if view.is_lab(m) and view.org(m) != view.org(investor) and view.org(m) not in listed
    ]
    if labs:
        return labs[0], False
    alone = all(view.org(m) == view.org(investor) for m in view.orgs())
    return None, alone


# ---------------------------------------------------------------- compute_commitment

STRONG_COMMIT = (
    "provider",
    "partner",
    "add-on",
    "add‑on",
    "expansion",
    "extension",
    "top-up",
    "commit*",
    "agreement*",
    "deal",
    "deals",
    "contract*",
    "partnership*",
    "pact",
    "rent*",
    "lease*",
    "secur*",
    "supply",
    "supplying",
    "provide",
    "provides",
    "providing",
)
BUY_WORDS = (
    "pay",
    "pays",
    "paying",
    "paid",
    "buy",
    "buys",
    "buying",
    "bought",
    "purchase*",
    "spend*",
    "deploy*",
    "access",
    "use",
    "uses",
    "using",
    "utilize*",
    "tap*",
    "run*",
)
CAPACITY_NOUNS = {
    "compute",
    "capacity",
    "cloud",
    "infrastructure",
    "servers",
    "server",
    "computing",
    "data",
    "gpu",
    "gpus",
    "chips",
    "technologies",
    "services",
    "systems",
    "platform",
}


def _provider(view: View, lo: int, hi: int, buyer: str | None) -> Mention | None:
    orgs = [m for m in view.orgs(lo, hi) if view.org(m) != buyer]
    for m in orgs:
        if m.first > 0 and view.lowers[m.first - 1] == "from":
            return m
    for m in orgs:
        if view.lowers[m.first - 1 : m.first] == ["on"] and view.cue_positions(
            P.CLOUD_USE_VERBS, lo, m.first
        ):
            return m  # "G42 will run its services on Microsoft Azure"
    clouds = [
        m for m in orgs if view.has_type(m, "CloudProvider") and "Lab" not in view.entity(m).types
    ]
    clouds = clouds or [m for m in orgs if view.has_type(m, "CloudProvider")]
    clouds.sort(key=lambda m: m.reference)  # a name outranks a pronoun
    if clouds:
        return clouds[0]
    designers = [m for m in orgs if view.has_type(m, "ChipDesigner") and not view.is_lab(m)]
    if designers:
        return designers[0]
    return None


def _cloud_behind_chip(view: View, lo: int, hi: int, buyer: str | None) -> Mention | None:
    """'Anthropic will access up to one million TPUs': the cloud that designs the chip sells it."""
    for chip in view.chips(lo, hi):
        clouds = sorted(
            d
            for d in view.registry.designers(chip.entity, include_co_designers=False)
            if d != buyer and "CloudProvider" in view.registry.get(d).types
        )
        if len(clouds) == 1:
            return Mention(clouds[0], chip.first, chip.last, chip.start, chip.end, chip.text,
                           embedded=True)  # fmt: skip
    return None


def _buyer(
    view: View, lo: int, hi: int, provider: str | None, cue: int | None = None
) -> Mention | None:
    orgs = [m for m in view.orgs(lo, hi) if view.org(m) != provider and not m.embedded]
    labs = [m for m in orgs if view.is_lab(m)]
    if labs:
        return labs[0]
    for m in orgs:
        window = view.lowers[m.last + 1 : m.last + 12]
        if any(matches(w, BUY_WORDS + ("rent*", "lease*")) for w in window) and "from" in window:
            return m
    if orgs and view.has_type(orgs[0], "Lab"):
        return orgs[0]
    if cue is not None and matches(view.lowers[cue], BUY_WORDS + ("rent*", "lease*", "secur*")):
        subjects = [m for m in orgs if m.last < cue and cue - m.last <= 8]
        gap = view.lowers[subjects[-1].last + 1 : cue] if subjects else []
        if subjects and not set(gap) & {",", "from", "by", "with", "to", "of", "for"}:
            return subjects[-1]  # "Humain plans to build 200 MW using Qualcomm's processors"
    return None


PURCHASE_WORDS = ("buy", "buys", "buying", "bought", "purchase*", "order*")
DEAL_NOUNS = ("partnership*", "deal", "deals", "agreement*", "contract*", "pact")
WEAK_COMMIT = ("deploy*", "access", "use", "uses", "using", "utilize*", "tap*", "run*")


def commits(view: View, cue: int) -> Candidate | None:
    lo, hi = view.clause(cue)
    word = view.lowers[cue]
    if word in {"provider", "partner"} and view.lowers[cue - 1 : cue] != ["cloud"]:
        return None
    text = " ".join(view.lowers[lo:hi])
    sized = any(q.kind in ("money", "power") and lo <= q.first < hi for q in view.quantities)
    if matches(word, WEAK_COMMIT) and not sized:
        return None
    if matches(word, ("secur*",)) and not re.search(r"capacity|compute|gigawatt|gw|tpu|gpu", text):
        return None
    if matches(word, ("provide", "provides", "providing", "supply", "supplying")) and not re.search(
        r"compute|capacity|computing|gpu|chips|infrastructure|access", text
    ):
        return None
    provider_m = _provider(view, lo, hi, None)
    if provider_m is None and not matches(word, PURCHASE_WORDS):
        provider_m = _cloud_behind_chip(view, lo, hi, None)  # buying chips is use, not a deal
    if provider_m is None:
        return None
    about_compute = (
        re.search(
            r"cloud|compute|capacity|gigawatt|\bgw\b|infrastructure|server|gpu|tpu|chip|"
            r"data cent|\$",
            text,
        )
        or view.chips(lo, hi)
        or (view.has_type(provider_m, "CloudProvider") and not view.has_type(provider_m, "Lab"))
    )
    if matches(word, DEAL_NOUNS) and not about_compute:
        return None
    buyer_m = _buyer(view, lo, hi, view.org(provider_m), cue)
    if buyer_m is None:
        return None
    buyer, provider = view.org(buyer_m), view.org(provider_m)
    if not buyer or not provider or buyer == provider:
        return None
    if provider_m in _list_around(view, view.orgs(), buyer_m):
        return None
    if view.owners(cue + 1, min(hi, cue + 11)) and not re.search(
        r"capacity|compute|gigawatt", text
    ):
        return None
    if not view.has_type(provider_m, "CloudProvider") and not re.search(
        r"gigawatt|\bgw\b|deploy|systems|capacity", text
    ):
        return None
    chip = _commitment_chip(view, lo, hi, provider)
    by_noun = matches(word, DEAL_NOUNS + ("provider", "partner"))
    return Candidate(
        "compute_commitment",
        buyer,
        provider,
        view.sentence,
        "commit:deal-noun" if by_noun else "commit:verb",
        chip=chip,
    )


SUPPLY_VERBS = ("supply", "supplies", "supplying", "provide", "provides", "providing")


def supplies(view: View, cue: int) -> list[Candidate]:
    """'Oracle, CoreWeave and Nebius will supply Microsoft with GPU capacity': the providers are
    the listed subjects, the buyer the organisation right after the verb."""
    lo, hi = view.clause(cue)
    text = " ".join(view.lowers[lo:hi])
    if not re.search(r"compute|capacity|computing|gpu|chips|infrastructure|servers|cloud", text):
        return []
    buyers = [m for m in view.orgs(cue + 1, min(hi, cue + 3)) if not m.embedded]
    subjects = [m for m in view.orgs(lo, cue) if not m.embedded and cue - m.last <= 4]
    if not buyers or not subjects:
        return []
    providers = [subjects[-1]]
    for prev in reversed(view.orgs(lo, subjects[-1].first)):
        if not _list_gap(view.lowers[prev.last + 1 : providers[-1].first]):
            break
        providers.append(prev)
    buyer = view.org(buyers[0])
    return [
        Candidate("compute_commitment", buyer, view.org(p), view.sentence, "commit:supply")
        for p in reversed(providers)
        if view.org(p) not in {None, buyer}
    ]


def _commitment_chip(view: View, lo: int, hi: int, provider: str) -> str | None:
    chips = [c for c in view.chips(lo, hi) if not P.CONTRAST_BEFORE.search(view.before(c.first))]
    if not chips:
        return None
    own = [c for c in chips if provider in view.registry.designers(c.entity)]
    return (own or chips)[0].entity


def uses_provider_compute(view: View) -> list[Candidate]:
    """'Anthropic uses AWS infrastructure', 'G42 will run its services on Microsoft Azure',
    'xAI also uses Amazon Web Services': a buyer of cloud capacity, after a verb of use, with
    the cloud as its object (followed by a capacity noun, or itself a cloud business)."""
    found = []
    for m in view.orgs():
        if not view.has_type(m, "CloudProvider") or m.reference:
            continue
        if any(c.first == m.last + 1 for c in view.chips()):
            continue  # "AWS Trainium": the cloud names the chip's designer
        lo, hi = view.clause(m.first)
        verbs = view.cue_positions(P.CLOUD_USE_VERBS, lo, m.first)
        if not verbs:
            continue
        nxt = view.lowers[m.last + 1] if m.last + 1 < len(view.lowers) else ""
        pure_cloud = {"CloudProvider"} == set(view.entity(m).types) - {"Investor"}
        object_of_verb = m.first - verbs[-1] <= 2 or view.lowers[m.first - 1] == "on"
        if nxt not in P.CAPACITY_AFTER_CLOUD and not (pure_cloud and object_of_verb):
            continue
        buyer = _buyer(view, lo, hi, view.org(m), verbs[0])
        if buyer and view.org(buyer) != view.org(m) and buyer.first < m.first:
            found.append(
                Candidate(
                    "compute_commitment",
                    view.org(buyer),
                    view.org(m),
                    view.sentence,
                    "commit:provider-compute",
                )
            )
    return found


# ---------------------------------------------------------------- uses_chip


def purpose_of(text: str) -> str | None:
    """The purpose a sentence states for a chip: training, inference or both; None when it
    states none (deploying or running a chip is not a purpose)."""
    training = bool(P.PURPOSE_TRAINING.search(text)) and not P.NOT_FOR_TRAINING.search(text)
    inference = bool(P.PURPOSE_INFERENCE.search(text)) or bool(P.NOT_FOR_TRAINING.search(text))
    if training and inference:
        return "both"
    return "training" if training else "inference" if inference else None


def purpose_near(view: View, chip: Mention, window: int = 8) -> str | None:
    """The purpose stated within a few words of a chip's name ("Maia 200 is built for
    inference", "an inference chip", "to train its models on Trainium")."""
    tokens = view.sentence.tokens
    a = tokens[max(0, chip.first - window)].start - view.sentence.start
    b = tokens[min(len(tokens) - 1, chip.last + window)].end - view.sentence.start
    return purpose_of(view.sentence.text[a:b])


SELF_USE = re.compile(
    r"\b(?:internal(?:ly)?|in\s+production|deployed\s+in|its\s+(?:own\s+)?(?:data\s?cent|fleet)|"
    r"runs\s+in|running\s+in)"
)
DEAL_PHASE = re.compile(
    r"\bthe\s+(?:first|initial|second)\s+(?:phase|gigawatt|stage|deployment)|"
    r"\bthe\s+(?:deal|agreement|partnership|deployment|project)\b"
)


def _most_specific(view: View, chips: list[Mention]) -> list[Mention]:
    """'Nvidia GPUs, including the GB200 and GB300': the generations, not the family."""
    named = {c.entity for c in chips}
    return [
        c for c in chips if not any(view.registry.get(other).family == c.entity for other in named)
    ]


# Stands for the buyer of the article's deal until the article has named one.
DEAL_BUYER = "?deal-buyer"


def uses(view: View, deal_buyer: str | None = None) -> list[Candidate]:
    found = []
    for chip in _most_specific(view, view.chips()):
        if P.CONTRAST_BEFORE.search(view.before(chip.first)):
            continue
        lo, hi = view.clause(chip.first)
        if not view.cue_positions(P.USE_CUES, lo, hi) or view.lowers[lo] in {"if", "unless"}:
            continue
        designers = view.registry.designers(chip.entity)
        users = _users(view, chip, lo, hi, designers)
        clause_text = " ".join(view.lowers[lo:hi])
        if SELF_USE.search(clause_text):
            users += [view.org(m) for m in view.orgs(lo, hi) if view.org(m) in designers][:1]
        if not users and DEAL_PHASE.search(clause_text):
            users = [deal_buyer or DEAL_BUYER]
        for user in users:
            found.append(
                Candidate(
                    "uses_chip",
                    user,
                    chip.entity,
                    view.sentence,
                    "use",
                    purpose=purpose_of(clause_text),
                    anchor=chip.first,
                )
            )
    return found


def _users(view: View, chip: Mention, lo: int, hi: int, designers: set[str]) -> list[str]:
    owners = [(m, o) for m, o in view.owners(lo, hi) if abs(m.first - chip.first) <= 8]
    cues = view.cue_positions(P.USE_CUES, lo, hi)
    subject_labs = [m for m in view.orgs(lo, cues[0]) if view.is_lab(m)] if cues else []
    if owners and subject_labs and all(m.first > cues[0] for m, _ in owners):
        owners = []  # "Apple is using Google's Gemini and TPUs": the lab, not Gemini's owner
    if owners:
        nearest = min(owners, key=lambda pair: abs(pair[0].first - chip.first))
        return [nearest[1]]
    labs = [
        m
        for m in view.orgs(lo, hi)
        if view.is_lab(m)
        and view.org(m) not in designers
        and not P.CONTRAST_BEFORE.search(view.before(m.first))
        and not (
            m.last + 1 < len(view.lowers)
            and view.lowers[m.last + 1] in {"'s", "’s"}
            and m.last + 2 == chip.first
        )
    ]
    if not labs:
        return _subjects(view, chip, lo, designers)
    listed = [
        m
        for m in view.orgs(lo, hi)
        if m in labs or (view.org(m) not in designers and not m.embedded and not m.reference)
    ]
    nearest = min(labs, key=lambda m: abs(m.first - chip.first))
    group = _list_around(view, listed, nearest)
    return sorted(
        {view.org(m) for m in group}, key=lambda org: [view.org(m) for m in group].index(org)
    )


def _subjects(view: View, chip: Mention, lo: int, designers: set[str]) -> list[str]:
    """Organisations of any kind named as the subject of a verb of use or purchase before the
    chip ("Meta and Microsoft have agreed to purchase the MI300X"); in a relative clause, the
    names it hangs on ("OpenAI and xAI, which rely on Nvidia hardware")."""
    verbs = [i for i in view.cue_positions(P.BUY_OR_USE_VERBS, lo, chip.first)]
    if not verbs:
        return []
    verb = verbs[0]
    start = lo
    if lo >= 2 and view.lowers[lo - 1] in RELATIVE and view.lowers[lo - 2] == ",":
        verb, start = lo - 2, 0
    eligible = [
        m
        for m in view.orgs(start, verb)
        if view.org(m) not in designers and not m.embedded and not _inside_chip(view, m)
    ]
    if not eligible or verb - eligible[-1].last > 7:
        return []
    between = view.lowers[eligible[-1].last + 1 : verb]
    if set(between) & {",", "from", "by", "with", "to", "than"} - ({","} if verb < lo else set()):
        return []
    group = [eligible[-1]]
    for prev in reversed(eligible[:-1]):
        if not _list_gap(view.lowers[prev.last + 1 : group[-1].first]):
            break
        group.append(prev)
    names = [view.org(m) for m in reversed(group)]
    return list(dict.fromkeys(n for n in names if n))


def _inside_chip(view: View, org: Mention) -> bool:
    return any(c.first <= org.first and org.last <= c.last for c in view.chips())


def _list_around(view: View, candidates: list[Mention], anchor: Mention) -> list[Mention]:
    """The anchor and the candidates listed with it ('A, B, and C', 'A (an aside), B')."""
    ordered = sorted(candidates, key=lambda m: m.first)
    index = ordered.index(anchor)
    group = [anchor]
    for step in (-1, 1):
        current = index
        while 0 <= current + step < len(ordered):
            a, b = sorted((ordered[current], ordered[current + step]), key=lambda m: m.first)
            if not _list_gap(view.lowers[a.last + 1 : b.first]):
                break
            group.append(ordered[current + step])
            current += step
    return group


def _list_gap(gap: list[str]) -> bool:
    """Whether the words between two names join them in a list."""
    if "(" in gap and ")" in gap:
        gap = gap[: gap.index("(")] + gap[gap.index(")") + 1 :]
    if not gap or len(gap) > 5:
        return False
    if set(gap) <= LIST_GLUE:
        return True
    return gap[0] in {",", "and"} and len([w for w in gap if w not in LIST_GLUE]) <= 3


# ---------------------------------------------------------------- designs_chip, manufactures_chip


CO_DESIGN = re.compile(r"co-?develop|co-?design|design|develop|built\s+with|jointly", re.I)


def designs(view: View) -> list[Candidate]:
    """A chip and its designer (by the registry) named together: 'Google's TPU', 'AWS Trainium'."""
    found = []
    org_mentions = view.orgs()
    co_design_cue = bool(CO_DESIGN.search(view.sentence.text))
    for chip in view.chips():
        designers = view.registry.designers(chip.entity, include_co_designers=co_design_cue)
        for m in org_mentions:
            org = view.org(m)
            if org in designers and m.last < chip.first + 8 and chip.first - m.last < 25:
                method = "design:embedded" if m.embedded else "design"
                found.append(Candidate("designs_chip", org, chip.entity, view.sentence, method))
    return found


MAKE_VERBS = ("fabricat*", "manufactur*", "produc*", "built", "build*", "made", "make*")


def manufactures(view: View) -> list[Candidate]:
    found = []
    foundries = [m for m in view.orgs() if view.has_type(m, "Foundry")]
    if not foundries:
        return found
    for chip in view.chips():
        for foundry in foundries:
            if _made_by(view, foundry, chip):
                found.append(
                    Candidate(
                        "manufactures_chip", view.org(foundry), chip.entity, view.sentence, "make"
                    )
                )
    return found


def _made_by(view: View, foundry: Mention, chip: Mention) -> bool:
    lowers = view.lowers
    near_node = any(
        q.kind == "process_node" and abs(q.first - foundry.last) <= 6 for q in view.quantities
    )
    if near_node and abs(chip.first - foundry.first) <= 25:
        return True
    made_on = any(matches(w, MAKE_VERBS) for w in lowers[max(0, foundry.first - 3) : foundry.first])
    if made_on and abs(chip.first - foundry.first) <= 25:
        return True
    if foundry.first < chip.first:
        between = lowers[foundry.last + 1 : chip.first]
        verbs = [i for i, w in enumerate(between) if matches(w, MAKE_VERBS)]
        return bool(verbs) and len(between) - verbs[0] <= 6 and not {"that", "which"} & set(between)
    between = lowers[chip.last + 1 : foundry.first]
    return (
        len(between) <= 8
        and any(matches(w, MAKE_VERBS) for w in between)
        and ("by" in between or "on" in between)
    )
