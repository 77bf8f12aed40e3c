"""Text to facts with exact evidence: sentences, entities, numbers, relations, status, merging."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.extract import patterns as P
from kg.extract import relations as R
from kg.extract.confidence import confidence
from kg.extract.discover import discover
from kg.extract.mentions import EntityFinder, Mention, find_references, owner_references
from kg.extract.quantities import find_date, find_quantities
from kg.extract.rounds import rounds
from kg.extract.status import CALLED_OFF, status_of
from kg.extract.text import Sentence, iter_sentences, split_sentences
from kg.models import Article, Entity, Evidence, Fact
from kg.registry import Registry

__all__ = ["Extractor", "split_sentences"]

# How far back (characters) a sentence about "the deal" reaches: about two sentences.
REPORT_BACK_CHARS = 400


@dataclass
class _History:
    """What earlier sentences named, for resolving 'it', 'the company', 'the chip'."""

    paragraph: int = -1
    previous_subject: str | None = None
    deal_buyer: str | None = None
    last_investment: tuple[str, str] | None = None
    chip_mentions: Counter[str] = field(default_factory=Counter)
    last_of_type: dict[str, str] = field(default_factory=dict)
    lab_counts: Counter[str] = field(default_factory=Counter)
    chip_purposes: dict[str, set[str]] = field(default_factory=dict)


class Extractor:
    """Extracts the facts of an article; build one per registry and reuse it."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.finder = EntityFinder(registry)

    def extract(self, article: Article) -> list[Fact]:
        return self.extract_with_entities(article)[0]

    def extract_with_entities(self, article: Article) -> tuple[list[Fact], list[Entity]]:
        """The article's facts, and the organisations it names that the registry lacks
        (only those that take part in a fact)."""
        history = _History()
        candidates: list[R.Candidate] = []
        discovered: dict[str, Entity] = {}
        registry = self.registry.extended([])  # this article's: the registry and its discoveries
        for sentence in iter_sentences(article.body):
            if sentence.paragraph != history.paragraph:
                history.paragraph = sentence.paragraph
            mentions = self._mentions(sentence, history)
            new = discover(sentence, mentions, registry)
            if new:
                for _, entity in new:
                    if entity.id not in discovered and registry.lookup(entity.name) is None:
                        discovered[entity.id] = entity
                        registry.add(entity)
                mentions = sorted(mentions + [m for m, _ in new], key=lambda m: m.first)
            view = R.View(sentence, mentions, find_quantities(sentence), registry)
            found = self._candidates(view, history)
            if not any(c.type in DEALS for c in found):
                _report_back(sentence, candidates)
            candidates.extend(found)
            self._remember(view, history, registry)
            sentence.tokens = []  # kept candidates hold the sentence's text, not its tokens
        candidates = _drop_reversed_noun_deals(_name_deal_buyer(candidates))
        _purpose_from_article(candidates, history.chip_purposes)
        self._collapse_family(candidates, history.chip_mentions, registry)
        _settle_hypotheticals(candidates)
        _propagate_talks(candidates)
        facts = _merge(candidates, article, set(discovered))
        used = {e for f in facts for e in (f.subject, f.object, f.chip)}
        return facts, [discovered[i] for i in sorted(discovered) if i in used]

    @staticmethod
    def _collapse_family(
        candidates: list[R.Candidate], counts: Counter[str], registry: Registry
    ) -> None:
        """An article about one generation ('Maia 200') that also says 'Maia' means that
        generation by it; one that names the family more often than the generation does not."""
        generations: dict[str, list[str]] = {}
        for chip in counts:
            family = registry.get(chip).family
            if family in counts:
                generations.setdefault(family, []).append(chip)
        for family, members in generations.items():
            if len(members) != 1 or counts[members[0]] < counts[family]:
                continue
            for c in candidates:
                if c.object == family:
                    c.object = members[0]
                if c.chip == family:
                    c.chip = members[0]

    # ------------------------------------------------------------ per sentence

    def _mentions(self, sentence: Sentence, history: _History) -> list[Mention]:
        named = owner_references(sentence, self.finder.find(sentence), self.registry)
        taken = {i for m in named for i in range(m.first, m.last + 1)}
        resolved = []
        for first, last, phrase in find_references(sentence):
            if taken & set(range(first, last + 1)):
                continue
            entity = self._antecedent(sentence, named, first, last, phrase, history)
            if entity:
                tokens = sentence.tokens
                resolved.append(
                    Mention(
                        entity,
                        first,
                        last,
                        tokens[first].start,
                        tokens[last].end,
                        phrase,
                        reference=True,
                    )
                )
        return sorted(named + resolved, key=lambda m: m.first)

    def _antecedent(
        self,
        sentence: Sentence,
        named: list[Mention],
        first: int,
        last: int,
        phrase: str,
        history: _History,
    ) -> str | None:
        kind = P.ORG_REFERENCES[phrase]
        for m in named:
            entity = self.registry.get(m.entity)
            if (
                0 < m.first - last <= 3
                and entity.owner
                and {"Model", "Product"} & set(entity.types)
            ):
                return self.registry.organisation(entity.owner)
        if kind == "Chip":
            return history.last_of_type.get("Chip")
        if kind is not None:
            same_sentence = [
                m
                for m in named
                if m.last < first and self._acts_as(self.registry.get(m.entity), kind)
            ]
            if same_sentence:
                return self.registry.organisation(same_sentence[-1].entity)
        if kind is None:
            earlier = [
                m for m in named if m.last < first and self.registry.get(m.entity).is_organization
            ]
            if earlier:
                return self.registry.organisation(earlier[0].entity)
            return history.previous_subject
        return history.last_of_type.get(kind)

    def _candidates(self, view: R.View, history: _History) -> list[R.Candidate]:
        found: list[tuple[int | None, R.Candidate]] = []
        topic = self._topic_lab(history)
        seen: set[tuple[str, str, str]] = set()
        round_of = history.last_investment[1] if history.last_investment else topic
        for cue in view.cue_positions(P.INVEST_CUES):
            candidate = R.invests(view, cue, round_of) or self._same_investment(view, cue, history)
            if candidate:
                found.append((cue, candidate))
                history.last_investment = (candidate.subject, candidate.object)
                found.extend((c.anchor, c) for c in R.gapped_investments(view, candidate))
        for cue in view.cue_positions(R.STRONG_COMMIT + R.BUY_WORDS):
            supplied = R.supplies(view, cue) if view.lowers[cue] in R.SUPPLY_VERBS else []
            candidate = None if supplied else R.commits(view, cue)
            found.extend((cue, c) for c in supplied + ([candidate] if candidate else []))
        for candidate in rounds(view, round_of):
            found.append((candidate.anchor, candidate))
        for candidate in (
            R.uses_provider_compute(view)
            + R.uses(view, history.deal_buyer)
            + R.designs(view)
            + R.manufactures(view)
        ):
            found.append((None, candidate))
        triggers = {cue: c.type for cue, c in found if cue is not None and not c.numbers_fixed}
        numbers = R.assign_quantities(view, triggers)
        nodes = [q for q in view.quantities if q.kind == "process_node"]
        result: list[R.Candidate] = []
        for cue, candidate in found:
            values = numbers.get(cue, {}) if cue is not None else {}
            if not candidate.numbers_fixed:
                candidate.amount_usd = values.get("money")  # type: ignore[assignment]
                candidate.capacity_gw = values.get("power")  # type: ignore[assignment]
                candidate.duration_years = values.get("duration")  # type: ignore[assignment]
            if candidate.type == "manufactures_chip" and nodes:
                candidate.process_node = str(nodes[0].value)
            if candidate.anchor is None:
                candidate.anchor = cue
            candidate.status = status_of(view, candidate)
            if candidate.status == CALLED_OFF or _is_the_investment(candidate, found):
                continue
            key = (candidate.type, candidate.subject, candidate.object)
            numbered = any(
                v is not None
                for v in (candidate.amount_usd, candidate.capacity_gw, candidate.duration_years)
            )
            if key in seen and not numbered:
                continue
            seen.add(key)
            result.append(candidate)
            if candidate.type == "compute_commitment":
                history.deal_buyer = candidate.subject
            if candidate.type == "compute_commitment" and candidate.chip:
                result.append(
                    R.Candidate(
                        "uses_chip",
                        candidate.subject,
                        candidate.chip,
                        view.sentence,
                        "use:commitment",
                        status=candidate.status,
                        purpose=R.purpose_of(view.sentence.text),
                    )
                )
        return result

    @staticmethod
    def _acts_as(entity: Entity, kind: str) -> bool:
        """'The startup' means a model builder, not a cloud that also builds models."""
        return kind in entity.types and not (kind == "Lab" and "CloudProvider" in entity.types)

    @staticmethod
    def _same_investment(view: R.View, cue: int, history: _History) -> R.Candidate | None:
        """'This new investment, building on an initial $4 billion investment': a sentence that
        names no other company but gives an amount speaks of the investment just before it."""
        if history.last_investment is None or not view.lowers[cue].endswith("ment"):
            return None
        if {view.org(m) for m in view.orgs()} - set(history.last_investment):
            return None
        if not any(q.kind == "money" and abs(q.last - cue) <= 3 for q in view.quantities):
            return None
        investor, investee = history.last_investment
        return R.Candidate("invests_in", investor, investee, view.sentence, "invest:same-deal")

    def _topic_lab(self, history: _History) -> str | None:
        if history.last_of_type.get("Lab"):
            return history.last_of_type["Lab"]
        common = history.lab_counts.most_common(1)
        return common[0][0] if common else None

    def _remember(self, view: R.View, history: _History, registry: Registry) -> None:
        orgs = [m for m in view.mentions if registry.get(m.entity).is_organization]
        if orgs:
            history.previous_subject = registry.organisation(orgs[0].entity)
        for m in view.mentions:
            entity = registry.get(m.entity)
            for kind in entity.types:
                if self._acts_as(entity, kind):
                    history.last_of_type[kind] = (
                        entity.id if kind == "Chip" else registry.organisation(entity.id)
                    )
            if "Lab" in entity.types:
                history.lab_counts[entity.id] += 1
            if entity.is_chip and not m.reference:
                history.chip_mentions[entity.id] += 1
                purpose = R.purpose_near(view, m)
                if purpose:
                    history.chip_purposes.setdefault(entity.id, set()).add(purpose)


def _purpose_from_article(candidates: list[R.Candidate], purposes: dict[str, set[str]]) -> None:
    """A use whose sentence states no purpose takes the one the article states for the chip
    ("Maia 200, an accelerator built for inference"), when the article states only one."""
    for c in candidates:
        stated = purposes.get(c.object, set())
        if c.type == "uses_chip" and c.purpose is None and stated:
            c.purpose = (
                "both"
                if {"training", "inference"} <= stated or "both" in stated
                else (next(iter(stated)))
            )


def _drop_reversed_noun_deals(candidates: list[R.Candidate]) -> list[R.Candidate]:
    """A deal named only by a noun ('this partnership ... G42 with Microsoft') takes its
    direction from a verb elsewhere in the article: the reversed reading is dropped."""

    def by_noun(c: R.Candidate) -> bool:
        return c.method == "commit:deal-noun"

    by_verb = {
        (c.subject, c.object)
        for c in candidates
        if c.type == "compute_commitment" and not by_noun(c)
    }
    return [
        c
        for c in candidates
        if not (c.type == "compute_commitment" and by_noun(c) and (c.object, c.subject) in by_verb)
    ]


def _is_the_investment(candidate: R.Candidate, found: list) -> bool:
    """'Microsoft invests in G42 in a $1.5 billion deal': the deal is the investment, not a
    purchase of compute between the same two parties."""
    if candidate.type != "compute_commitment" or candidate.method != "commit:deal-noun":
        return False
    parties = {candidate.subject, candidate.object}
    return any(c.type == "invests_in" and {c.subject, c.object} == parties for _, c in found)


def _name_deal_buyer(candidates: list[R.Candidate]) -> list[R.Candidate]:
    """'The first phase, powered by X' before the deal is named: the article's main buyer."""
    buyers = Counter(c.subject for c in candidates if c.type == "compute_commitment")
    buyer = buyers.most_common(1)[0][0] if buyers else None
    kept = []
    for c in candidates:
        if c.subject == R.DEAL_BUYER:
            if buyer is None:
                continue
            c.subject = buyer
        kept.append(c)
    return kept


def _report_back(sentence: Sentence, candidates: list[R.Candidate]) -> None:
    """'..., sources said of the deal, which was first reported by X': a sentence that speaks of
    the deal it follows as unconfirmed makes that deal reported, unless its own sentence
    said a party announced it."""
    text = sentence.text
    if not (P.DEAL_REFERENCE.search(text) and P.STATUS_CUES["reported"].search(text)):
        return
    recent = []
    for c in reversed(candidates):  # in article order: stop at the first one too far back
        if sentence.start - c.sentence.end >= REPORT_BACK_CHARS:
            break
        if c.type in DEALS:
            recent.append(c)
    for c in recent:
        if c.status == "announced" and not P.ANNOUNCED_OVERRIDES_PLAN.search(c.sentence.text):
            c.status = "reported"


def _settle_hypotheticals(candidates: list[R.Candidate]) -> None:
    """A hypothetical statement takes the status the article gives the same fact elsewhere."""
    known: dict[tuple[str, str, str], Counter[str]] = {}
    for c in candidates:
        if c.status:
            known.setdefault((c.type, c.subject, c.object), Counter())[c.status] += 1
    for c in candidates:
        if c.status is None:
            counts = known.get((c.type, c.subject, c.object))
            c.status = counts.most_common(1)[0][0] if counts else "announced"


def _propagate_talks(candidates: list[R.Candidate]) -> None:
    """A lab's use of a chip that it is only negotiating to rent is in talks too."""
    talks = {
        (c.subject, c.chip)
        for c in candidates
        if c.type == "compute_commitment" and c.status == "in_talks" and c.chip
    }
    for c in candidates:
        if (
            c.type == "uses_chip"
            and (c.subject, c.object) in talks
            and c.status == "announced"
            and not P.ALREADY_IN_USE.search(c.sentence.text)
        ):
            c.status = "in_talks"


DEALS = ("invests_in", "compute_commitment")
MERGED_FIELDS = ("amount_usd", "capacity_gw", "duration_years", "chip")


@dataclass
class _Cluster:
    """Statements of one fact; ``values`` holds the one value each field has among them."""

    members: list[R.Candidate] = field(default_factory=list)
    values: dict[str, object] = field(default_factory=dict)
    statuses: set[str | None] = field(default_factory=set)

    def add(self, candidate: R.Candidate) -> None:
        self.members.append(candidate)
        self.statuses.add(candidate.status)
        for name in MERGED_FIELDS:
            if getattr(candidate, name) is not None:
                self.values.setdefault(name, getattr(candidate, name))

    def agrees(self, candidate: R.Candidate, same_status: bool) -> bool:
        """No number or chip differs; a deal keeps one status unless ``same_status`` is off."""
        for name in MERGED_FIELDS:
            mine, theirs = self.values.get(name), getattr(candidate, name)
            if mine is not None and theirs is not None and mine != theirs:
                return False
        return not same_status or candidate.type not in DEALS or self.statuses == {candidate.status}

    @property
    def numbered(self) -> bool:
        return any(name in self.values for name in MERGED_FIELDS[:3])


# A statement is compared with at most this many versions of its fact (the latest): an article
# restating one deal with a thousand amounts stays linear, at worst splitting a version in two.
MAX_CLUSTERS_SCANNED = 32


def _home(candidate: R.Candidate, clusters: list[_Cluster]) -> _Cluster | None:
    """The cluster a statement joins: one of its own status, or for a statement without
    numbers, any cluster without numbers ('talks to rent' and 'a deal would' are one deal)."""
    clusters = clusters[-MAX_CLUSTERS_SCANNED:]
    for cluster in clusters:
        if cluster.agrees(candidate, same_status=True):
            return cluster
    if candidate.type in DEALS and not _numbers(candidate):
        for cluster in clusters:
            if not cluster.numbered and cluster.agrees(candidate, same_status=False):
                return cluster
    return None


def _numbers(c: R.Candidate) -> int:
    return sum(getattr(c, n) is not None for n in ("amount_usd", "capacity_gw", "duration_years"))


def _merge(candidates: list[R.Candidate], article: Article, discovered: set[str]) -> list[Fact]:
    """One deal stated several times becomes one fact with several quotes; two amounts for one
    deal stay two facts, each with its own quote."""
    groups: dict[tuple[str, str, str], list[_Cluster]] = {}
    ordered = sorted(enumerate(candidates), key=lambda pair: (-_numbers(pair[1]), pair[0]))
    for _, candidate in ordered:
        clusters = groups.setdefault((candidate.type, candidate.subject, candidate.object), [])
        home = _home(candidate, clusters)
        if home is None:
            home = _Cluster()
            clusters.append(home)
        home.add(candidate)
    facts = [
        _fact(c.members, article, discovered) for clusters in groups.values() for c in clusters
    ]
    return sorted(facts, key=lambda f: (f.evidence[0].start, f.type, f.subject, f.object))


def _first(cluster: list[R.Candidate], name: str):
    for c in sorted(cluster, key=lambda c: c.sentence.start):
        value = getattr(c, name)
        if value is not None:
            return value
    return None


def _fact(cluster: list[R.Candidate], article: Article, discovered: set[str]) -> Fact:
    by_position = sorted(cluster, key=lambda c: c.sentence.start)
    evidence: dict[int, Evidence] = {}
    for c in by_position:
        s = c.sentence
        evidence.setdefault(
            s.start, Evidence(article_id=article.id, quote=s.quote, start=s.start, end=s.end)
        )
    statuses = Counter(c.status for c in by_position)
    top = max(statuses.values())
    status = next(c.status for c in by_position if statuses[c.status] == top)
    if any(
        c.type == "uses_chip"
        and c.status == "announced"
        and P.ALREADY_IN_USE.search(c.sentence.text)
        for c in by_position
    ):
        status = "announced"  # "has used TPUs for years" outweighs reports of new deals
    head = by_position[0]
    method = ",".join(sorted({c.method for c in cluster}))
    named = {head.subject, head.object, _first(cluster, "chip")}
    return Fact(
        type=head.type,
        subject=head.subject,
        object=head.object,
        status=status,
        evidence=list(evidence.values()),
        amount_usd=_first(cluster, "amount_usd"),
        capacity_gw=_first(cluster, "capacity_gw"),
        duration_years=_first(cluster, "duration_years"),
        chip=_first(cluster, "chip"),
        purpose=_first(cluster, "purpose"),
        process_node=_first(cluster, "process_node"),
        event_date=find_date(head.sentence.text, article.published),
        method=method,
        confidence=confidence(method, discovered=bool(named & discovered)),
    )
