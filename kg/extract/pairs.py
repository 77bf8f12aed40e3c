"""A learned second opinion on the entity pairs of a sentence that no rule links.

The rules read constructions; news writes the same relation in more ways than rules list.
Every pair of entities named in one sentence (an organisation and a chip, or two
organisations) is described by the words around and between them, their types and their
distance, and a logistic model per fact type, trained on gold (``kg.extract.pair_training``),
scores it. One more model (``CARRIED``) pairs the chips of a sentence that names no company
but their designers with the companies the article was just speaking of. A pair that no rule
linked anywhere in the article and that scores above its model's threshold becomes a fact
whose method is ``pair:<model>``; its confidence is the precision the model reached on gold
folders it was not trained on.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Set
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat

from pydantic import BaseModel, ConfigDict

from kg.extract.clauses import Candidate, View, list_around
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    ARM_NOUNS,
    CHECK_NOUNS,
    INVEST_CUES,
    NEGATION_WORDS,
    PARTICIPATE_VERBS,
    ROLE_NOUNS,
    ROUND_NAMES,
)
from kg.extract.round_lists import person_after
from kg.extract.rounds import serves_as_adviser
from kg.extract.status import CALLED_OFF, status_of
from kg.extract.use_subjects import deal_partner, describes_another
from kg.extract.uses import listed_after_from, purpose_of, reports_another_s_act
from kg.registry import Registry

MODEL_FILE = "pair_model.json"
PAIR_METHOD = "pair:"

# fact type -> whether its object is a chip (else an organisation)
PAIR_TYPES = {
    "uses_chip": True,
    "designs_chip": True,
    "manufactures_chip": True,
    "invests_in": False,
    "compute_commitment": False,
}
# A sentence that names chips and no organisation ("The facility will house 18,400 GB300
# GPUs") pairs them with the companies the article was just speaking of.
CARRIED = "carried_use"
# A sentence that names organisations and not the company whose round the article is telling
# ("Sequoia and Accel also took part") pairs each with that company.
CARRIED_INVESTOR = "carried_invest"
MODELS = [*PAIR_TYPES, CARRIED, CARRIED_INVESTOR]
FACT_TYPE = {CARRIED: "uses_chip", CARRIED_INVESTOR: "invests_in"} | {k: k for k in PAIR_TYPES}
KEPT_PUNCTUATION = {",", ";", ":", "(", ")", "—", "–", "-"}
DISTANCES = (1, 2, 3, 5, 8, 12, 20)
SUFFIXES = ("ing", "ed", "es", "s")
CHIP, ORG = "<chip>", "<org>"
PRONOUNS = {"it", "its", "they", "their", "them"}
# A sentence naming more entities is a list the rules read; pairing them all would grow with
# the square of its length.
MAX_NAMED = 16
Ruled = tuple[set[str], set[str]]  # the subjects and the objects the rules gave one fact type


@dataclass(frozen=True)
class Pair:
    """Two entities, as one of the models relates them (``model``: a fact type, or
    ``CARRIED``)."""

    model: str
    subject: str
    object: str
    anchor: int  # the object's first token
    features: tuple[str, ...]


class TypeModel(BaseModel):
    """One model's weights, the threshold it is used at and what it measured there."""

    model_config = ConfigDict(extra="forbid")

    bias: float
    weights: dict[str, float]
    threshold: float  # above 1: the type is not guessed at all
    precision: float  # smoothed, on unlinked pairs of folders the model was not trained on
    right: int
    of: int

    def probability(self, features: tuple[str, ...]) -> float:
        score = self.bias + sum(map(self.weights.get, features, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


class PairModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    trained_on: list[str]
    types: dict[str, TypeModel]

    def used_types(self) -> dict[str, TypeModel]:
        return {kind: typed for kind, typed in self.types.items() if typed.threshold <= 1}


@lru_cache(maxsize=1)
def pair_model() -> PairModel | None:
    """The model shipped with the package, or None before one was trained."""
    path = resources.files("kg.extract").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return PairModel.model_validate_json(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1 << 14)  # asked of every word between every pair; words recur
def stem(word: str) -> str:
    """'invests', 'invested', 'investing' -> 'invest': inflections share a feature."""
    for suffix in SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _distance(tokens: int) -> str:
    return f"dist={next((d for d in DISTANCES if tokens <= d), 99)}"


def _word(view: View, index: int, names: dict[int, str]) -> str:
    return names.get(index) or view.lowers[index]


def _entity_features(view: View, tag: str, mention: Mention) -> list[str]:
    entity = view.entity(mention)
    types = set(entity.types)
    if entity.is_organization:
        types |= set(view.registry.get(view.registry.organisation(entity.id)).types)
    found = [f"{tag}type={kind}" for kind in sorted(types)]
    if mention.reference:
        found.append(f"{tag}ref")
    if entity.discovered:
        found.append(f"{tag}new")
    return found


def pair_features(
    view: View, subject: Mention, obj: Mention, names: dict[int, str], norgs: str
) -> list[str]:
    """The words between the two names (stemmed, other names as <org>/<chip>), three words on
    either side, their order and distance, whether one clause holds both, and the entities'
    types: what every fact type's model reads of a pair (``norgs``: the sentence's count of
    organisations, the same for all its pairs)."""
    first, second = (subject, obj) if subject.first < obj.first else (obj, subject)
    found = ["bias", "order=" + ("so" if first is subject else "os")]
    found.append(_distance(second.first - first.last))
    same_clause = view.clause(first.first) == view.clause(second.first)
    found.append("clause=" + ("same" if same_clause else "apart"))
    found += _entity_features(view, "s", subject) + _entity_features(view, "o", obj)
    between = [
        word
        for word in (_word(view, i, names) for i in range(first.last + 1, second.first))
        if word.isalpha() or word in KEPT_PUNCTUATION or word in (CHIP, ORG)
    ]
    found += sorted({"b=" + stem(w) for w in between})
    found += sorted({f"bb={a}_{b}" for a, b in zip(between, between[1:], strict=False)})
    if len(between) <= 4:
        found.append("bseq=" + "_".join(between))
    found.append(f"borgs={min(between.count(ORG), 3)}")
    found.append(f"bchips={min(between.count(CHIP), 3)}")
    for k in (1, 2, 3):
        if first.first - k >= 0:
            found.append(f"l{k}=" + _word(view, first.first - k, names))
        if second.last + k < len(view.lowers):
            found.append(f"r{k}=" + _word(view, second.last + k, names))
    for tag, m in (("s", subject), ("o", obj)):
        if m.first > 0:
            found.append(f"{tag}l=" + _word(view, m.first - 1, names))
        if m.last + 1 < len(view.lowers):
            found.append(f"{tag}r=" + _word(view, m.last + 1, names))
    found.append(norgs)
    return found


def _organisations_feature(view: View) -> str:
    return f"norgs={min(len({view.org(m) for m in view.orgs()}), 5)}"


def _role_features(subject: str, obj: str, ruled: Ruled) -> list[str]:
    """Whether a rule gave the subject, or the object, this fact type with another entity."""
    subjects, objects = ruled
    return ["sruled"] * (subject in subjects) + ["oruled"] * (obj in objects)


def _closest(these: list[Mention], those: list[Mention]) -> tuple[Mention, Mention]:
    return min(
        ((a, b) for a in these for b in those),
        key=lambda ab: (abs(ab[0].first - ab[1].first), ab[0].first),
    )


def _enumerated_chips(view: View) -> set[str]:
    """Chips named in a list of three or more ('their own solutions: Maia, MTIA, TPU, Trainium
    and Inferentia'): an enumeration, whose items the model is not asked to pair."""
    chips = [m for m in view.mentions if view.entity(m).is_chip and not m.embedded]
    found: set[str] = set()
    for m in chips:
        if m.entity in found:
            continue  # (a list is read once, from its first chip)
        listed = list_around(view, chips, m)
        if len(listed) >= 3:
            found.update(c.entity for c in listed)
    return found


def sentence_pairs(
    view: View,
    ruled: list[Candidate],
    kinds: Iterable[str] = PAIR_TYPES,
    linked: Set[frozenset[str]] = frozenset(),
) -> list[Pair]:
    """Every ordered pair of entities the sentence names, for every fact type of ``kinds`` it
    could be, each entity at the mention nearest the other; ``ruled``: the facts the rules
    found in it. A chip or company named as what another is compared with ('an alternative to
    Nvidia GPUs') is no one's partner here, nor is an object a rule gave to a company of its own
    clause, and a pronoun is left to the rules that resolve it. The pairs of ``linked`` (each
    as the set of its two entities) are left out: their features are not worked out."""
    names: dict[int, str] = {}
    orgs: dict[str, list[Mention]] = {}
    chips: dict[str, list[Mention]] = {}
    for m in view.mentions:
        entity = view.entity(m)
        if entity.is_chip:
            chips.setdefault(entity.id, []).append(m)
        elif (org := view.org(m)) is not None and m.text.lower() not in PRONOUNS:
            orgs.setdefault(org, []).append(m)
        else:
            continue
        names.update(dict.fromkeys(range(m.first, m.last + 1), CHIP if entity.is_chip else ORG))
    if len(orgs) + len(chips) > MAX_NAMED:
        return []
    roles = {kind: _roles(ruled, kind) for kind in kinds}
    enumerated = _enumerated_chips(view)
    shared: dict[tuple[str, str], tuple[int, list[str]] | None] = {}
    norgs = _organisations_feature(view)
    pairs = []
    for subject, subject_mentions in orgs.items():
        for kind in roles:
            if kind == "uses_chip" and all(
                describes_another(view, m)
                or deal_partner(view, m)
                or listed_after_from(view, m)
                or reports_another_s_act(view, m)
                for m in subject_mentions
            ):
                continue  # "Anthropic, one of Google's largest customers, will adopt …", "Meta
                # is in talks with Lambda to rent H200s", "to serve models from OpenAI", "X
                # confirmed that Humain will buy": an aside, a deal's other party, where
                # something comes from, who reports another's act
            objects = chips if PAIR_TYPES[kind] else orgs
            for obj, object_mentions in objects.items():
                if obj == subject or obj in enumerated or frozenset((subject, obj)) in linked:
                    continue
                if (subject, obj) not in shared:
                    a, b = _closest(subject_mentions, object_mentions)
                    contrasted = view.contrasted(b.first)
                    shared[subject, obj] = (
                        None if contrasted else (b.first, pair_features(view, a, b, names, norgs))
                    )
                if (found := shared[subject, obj]) is None:
                    continue
                anchor, features = found
                own = _role_features(subject, obj, roles[kind])
                if "oruled" in own and "clause=apart" in features:
                    continue  # a rule gave the object to a company of its own clause
                pairs.append(Pair(kind, subject, obj, anchor, tuple(features + own)))
    return pairs


def _roles(ruled: list[Candidate], kind: str) -> Ruled:
    return {c.subject for c in ruled if c.type == kind}, {c.object for c in ruled if c.type == kind}


def guesses(
    view: View,
    ruled: list[Candidate],
    used: dict[str, TypeModel],
    linked: Set[frozenset[str]] = frozenset(),
) -> list[tuple[Pair, float]]:
    """The sentence's pairs that score at or above the threshold of their type, one of the
    model's ``used`` types (none of the pairs in ``linked``)."""
    found: list[tuple[Pair, float]] = []
    kinds = [kind for kind in used if kind in PAIR_TYPES]
    chips_only = all(PAIR_TYPES[kind] for kind in kinds)
    if not kinds or not view.orgs() or (chips_only and not view.chips()):
        return found
    for pair in sentence_pairs(view, ruled, kinds, linked):
        typed = used[pair.model]
        probability = typed.probability(pair.features)
        if probability >= typed.threshold:
            found.append((pair, probability))
    return found


def carried_pairs(view: View, spoken_of: dict[str, list[str]]) -> list[Pair]:
    """In a sentence that names chips and no organisation but their designers, each chip with
    each company the article was speaking of (``spoken_of``: company -> how: 'subject' of the
    last sentence, 'site' owner, 'topic' lab), unless it designs that chip."""
    chips = view.chips()
    if not chips or not spoken_of or len(chips) > MAX_NAMED:
        return []
    designers = {chip.entity: view.registry.designers(chip.entity) for chip in chips}
    any_designer = set().union(*designers.values())
    if any(view.org(m) not in any_designer for m in view.orgs()):
        return []
    lowers = view.lowers
    opening = [f"f{k}=" + stem(w) for k, w in enumerate(lowers[:3], 1)]
    pairs = []
    for chip in chips:
        if chip.embedded or view.contrasted(chip.first):
            continue
        lo = view.clause(chip.first)[0]
        around = opening + sorted({"b=" + stem(w) for w in lowers[lo : chip.first] if w.isalpha()})
        for k in (1, 2, 3):
            if chip.first - k >= 0:
                around.append(f"l{k}=" + lowers[chip.first - k])
            if chip.last + k < len(lowers):
                around.append(f"r{k}=" + lowers[chip.last + k])
        number = any(w[:1].isdigit() for w in lowers[max(0, chip.first - 3) : chip.first])
        around += ["number"] * number + [f"nchips={min(len(chips), 3)}"]
        for company, ways in spoken_of.items():
            if company in designers[chip.entity]:
                continue
            entity = view.registry.get(company)
            if _sells_chips_only(entity.types):
                continue  # "Nvidia … models trained on Ascend NPUs": a rival's chips
            own = ["bias"] + [f"from={way}" for way in ways]
            own += [f"stype={kind}" for kind in sorted(entity.types)]
            own += ["snew"] * bool(entity.discovered)
            pairs.append(Pair(CARRIED, company, chip.entity, chip.first, tuple(own + around)))
    return pairs


def _sells_chips_only(types: list[str]) -> bool:
    """Whether an organisation designs or makes chips and runs no models or cloud of its own."""
    return bool({"ChipDesigner", "Foundry"} & set(types)) and not {"Lab", "CloudProvider"} & set(
        types
    )


BUYING_TYPES = {"compute_commitment", "uses_chip"}


# Words of investing or taking part, one of which a sentence that carries a round's investors holds.
CARRYING_CUES = (INVEST_CUES, PARTICIPATE_VERBS, CHECK_NOUNS)


def carried_investors(view: View, company: str | None, ruled: list[Candidate]) -> list[Pair]:
    """In a sentence that names organisations and not ``company``, the company whose round the
    article last told, each organisation with it as a possible investor of that round. What
    the model reads: the sentence's words, the words around the organisation, whether it
    stands in a list, its types, and whether the rules found investors of that round in the
    sentence (``ruled``: the sentence's facts). Never the round's adviser, the company a
    backer backs, an arm's owner, the employer in a person's title, or a company the rules found
    invested in or an investor the rules found backing another, and no one from a sentence that
    denies ('SoftBank did not')."""
    if company is None or not NEGATION_WORDS.isdisjoint(view.lowers):
        return []
    if (
        len({m.entity for m in view.orgs()}) > 2
        and not any(view.cue_positions(cues) for cues in CARRYING_CUES)
        and ROUND_NAMES.isdisjoint(view.lowers)
    ):
        return []  # "Everyone knows Cambricon, and you may also know Moore Threads, …": a
        # list of companies with no word of investing, taking part or a round is no round's
        # (one or two names may still be: "Sequoia chipped in as well")
    orgs = view.orgs()
    firsts: dict[str, Mention] = {}
    for m in orgs:
        org = view.org(m)
        if org == company:
            return []
        if org is not None and not m.embedded and m.text.lower() not in PRONOUNS:
            firsts.setdefault(org, m)
    for org, m in list(firsts.items()):
        after = m.last + 1 + (view.lowers[m.last + 1 : m.last + 2] == [","])
        if (
            serves_as_adviser(view.lowers, after, orgs)
            or view.contrasted(m.first)  # "Unlike Nvidia, which …, Tenstorrent …"
            or _backed_here(view.lowers, m.first)
            or person_after(view, m)  # 'former Cadence CEO Lip-Bu Tan' names where he worked
        ):
            del firsts[org]
        elif any(c.type == "invests_in" and c.object == org for c in ruled):
            del firsts[org]  # invested in here ('an investment in OpenAI'), no one's investor
        elif any(
            c.type == "invests_in" and c.subject == org and c.object != company for c in ruled
        ):
            del firsts[org]  # the backer of another company here ('Backed by Nvidia, which
            # holds 6%, CoreWeave runs …'): that one's investor
        elif any(c.type in BUYING_TYPES and c.subject == org for c in ruled):
            del firsts[org]  # a buyer here ('… will also supply Anthropic with Azure capacity')
    if not firsts or len(firsts) > MAX_NAMED:
        return []
    names = {i: ORG for m in orgs for i in range(m.first, m.last + 1)}
    names.update({i: CHIP for m in view.chips() for i in range(m.first, m.last + 1)})
    lowers = view.lowers
    words = {stem(w) for i, w in enumerate(lowers) if w.isalpha() and i not in names}
    if not words:  # a name alone ("NVIDIA.") heads what follows
        return []
    shared = [f"f{k}=" + stem(w) for k, w in enumerate(lowers[:3], 1)]
    shared += sorted("w=" + w for w in words)
    shared += ["money"] * any(q.kind == "money" for q in view.quantities)
    shared.append(f"norgs={min(len(firsts), 5)}")
    if any(c.type == "invests_in" and c.object == company for c in ruled):
        shared.append("ruled")
    pairs = []
    for org, m in firsts.items():
        own = ["bias"] + _entity_features(view, "s", m)
        for k in (1, 2, 3):
            if m.first - k >= 0:
                own.append(f"l{k}=" + _word(view, m.first - k, names))
            if m.last + k < len(lowers):
                own.append(f"r{k}=" + _word(view, m.last + k, names))
        beside = {lowers[i] for i in (m.first - 1, m.last + 1) if 0 <= i < len(lowers)}
        listed = beside & {",", "and"}
        own += ["listed"] * bool(listed) + ["opens"] * (m.first == 0)
        pairs.append(Pair(CARRIED_INVESTOR, org, company, m.first, tuple(own + shared)))
    return pairs


def _backed_here(lowers: list[str], first: int) -> bool:
    """'an early backer of companies such as Snapchat': the name is one a backer backs;
    'the venture capital arm of Applied Materials': one that owns a listed investor."""
    return any(
        lowers[i] in ROLE_NOUNS | ARM_NOUNS and lowers[i + 1] in ("of", "in")
        for i in range(max(0, first - 10), first - 1)
    )


def carried_guesses(
    view: View,
    spoken_of: dict[str, list[str]],
    round_company: str | None,
    ruled: list[Candidate],
    used: dict[str, TypeModel],
) -> list[tuple[Pair, float]]:
    scored = []
    if (typed := used.get(CARRIED)) is not None:
        scored += [
            (pair, typed.probability(pair.features)) for pair in carried_pairs(view, spoken_of)
        ]
    if (typed := used.get(CARRIED_INVESTOR)) is not None:
        scored += [
            (pair, typed.probability(pair.features))
            for pair in carried_investors(view, round_company, ruled)
        ]
    return [(pair, p) for pair, p in scored if p >= used[pair.model].threshold]


def guessed_candidates(
    view: View,
    ruled: list[Candidate],
    spoken_of: dict[str, list[str]],
    round_company: str | None,
    used: dict[str, TypeModel],
    linked: Set[frozenset[str]] = frozenset(),
) -> list[Candidate]:
    """The sentence's guesses of the ``used`` models, with the status the sentence gives them
    (none that the sentence calls off, and none in a clause that denies: 'Neither model was
    trained using Nvidia H100s'). No guess is made of a pair of ``linked`` (the pairs the
    rules related somewhere in the article, each as the set of its two entities: ``unlinked``
    drops every guess of them)."""
    found = []
    carried = carried_guesses(view, spoken_of, round_company, ruled, used)
    for pair, _ in guesses(view, ruled, used, linked) + carried:
        if frozenset((pair.subject, pair.object)) in linked or _denied(view, pair.anchor):
            continue
        candidate = _candidate(view, pair)
        candidate.status = status_of(view, candidate)
        if candidate.status != CALLED_OFF:
            found.append(candidate)
    return found


def _denied(view: View, anchor: int | None) -> bool:
    lo, hi = view.clause(anchor) if anchor is not None else (0, len(view.lowers))
    return not NEGATION_WORDS.isdisjoint(view.lowers[lo:hi])


def _candidate(view: View, pair: Pair) -> Candidate:
    fact_type = FACT_TYPE[pair.model]
    purpose = None
    if fact_type == "uses_chip":  # "The AFM-server model was trained on 8192 TPUv4 chips"
        lo, hi = view.clause(pair.anchor) if pair.anchor is not None else (0, len(view.lowers))
        purpose = purpose_of(" ".join(view.lowers[lo:hi]))
    return Candidate(
        fact_type,
        pair.subject,
        pair.object,
        view.sentence,
        PAIR_METHOD + pair.model,
        numbers_fixed=True,
        anchor=pair.anchor,
        purpose=purpose,
    )


def unlinked(
    guessed: list[Candidate], ruled: list[Candidate], registry: Registry
) -> list[Candidate]:
    """The guesses about pairs no rule related in any way (one candidate per fact). A venture
    arm and its owner are one party here: 'Microsoft, through its M12 fund' is one investment."""

    def parties(subject: str, obj: str) -> set[frozenset[str]]:
        owner = registry.get(subject).owner if subject in registry else None
        return {frozenset((subject, obj))} | ({frozenset((owner, obj))} if owner else set())

    linked = set().union(*(parties(c.subject, c.object) for c in ruled))
    kept: dict[tuple[str, str, str], Candidate] = {}
    for candidate in guessed:
        if not parties(candidate.subject, candidate.object) & linked:
            kept.setdefault((candidate.type, candidate.subject, candidate.object), candidate)
    return list(kept.values())
