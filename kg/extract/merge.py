"""One fact per deal and article: statements merged with every quote; two versions stay two."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg.extract import patterns as P
from kg.extract.clauses import Candidate
from kg.extract.confidence import confidence
from kg.extract.quantities import find_date
from kg.extract.settle import DEALS
from kg.models import Article, Evidence, Fact

MERGED_FIELDS = ("amount_usd", "capacity_gw", "duration_years", "chip")


@dataclass
class _Cluster:
    """Statements of one fact; ``values`` holds the one value each field has among them."""

    members: list[Candidate] = field(default_factory=list)
    values: dict[str, object] = field(default_factory=dict)
    statuses: set[str | None] = field(default_factory=set)

    def add(self, candidate: Candidate) -> None:
        self.members.append(candidate)
        self.statuses.add(candidate.status)
        for name in MERGED_FIELDS:
            if getattr(candidate, name) is not None:
                self.values.setdefault(name, getattr(candidate, name))

    def agrees(self, candidate: Candidate, same_status: bool) -> bool:
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


def _home(candidate: Candidate, clusters: list[_Cluster]) -> _Cluster | None:
    """The cluster a statement joins: one of its own status, or for a statement without
    numbers, any cluster without numbers ('talks to rent' and 'a deal would' are one deal), or
    else the one version with numbers, if there is one, when the statement speaks of the deal
    again ('the contract', 'this deal'): restated without its figures and in other words of
    certainty, it is that deal, not a second version of it."""
    clusters = clusters[-MAX_CLUSTERS_SCANNED:]
    for cluster in clusters:
        if cluster.agrees(candidate, same_status=True):
            return cluster
    if candidate.type in DEALS and not _numbers(candidate):
        for cluster in clusters:
            if (
                not cluster.numbered
                and cluster.agrees(candidate, same_status=False)
                and not _done_and_talked(candidate, cluster)
            ):
                return cluster
        sized = [
            c
            for c in clusters
            if c.numbered
            and c.agrees(candidate, same_status=False)
            and c.statuses | {candidate.status} <= {"announced", "reported"}
        ]  # (talks and plans stay versions of their own)
        if len(sized) == 1 and P.RESTATED_DEAL.search(candidate.sentence.text):
            # "The record-breaking contract highlights …" after "a $300 billion contract"
            candidate.status = sized[0].members[0].status  # a restatement adds a quote, no vote
            return sized[0]
    return None


def _done_and_talked(candidate: Candidate, cluster: _Cluster) -> bool:
    """A stake taken and a stake still talked about are two investments ('backed it last
    year', 'in talks to invest again'); a compute deal restated without a status cue is not."""
    statuses = cluster.statuses | {candidate.status}
    return candidate.type == "invests_in" and {"announced", "in_talks"} <= statuses


def _numbers(c: Candidate) -> int:
    return sum(getattr(c, n) is not None for n in ("amount_usd", "capacity_gw", "duration_years"))


def merge(candidates: list[Candidate], article: Article, discovered: set[str]) -> list[Fact]:
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
        _fact(c.members, article, discovered)
        for clusters in groups.values()
        for c in _parts_folded(clusters)
    ]
    return sorted(facts, key=lambda f: (f.evidence[0].start, f.type, f.subject, f.object))


def _parts_folded(clusters: list[_Cluster]) -> list[_Cluster]:
    """'A pact that could total $27 billion': '$12 billion of dedicated capacity' and 'an
    option to purchase up to $15 billion more' are its parts, not two more versions of it. Two
    different amounts of one deal that add up to a third fold into it as quotes without sums."""
    amounts = {c.values["amount_usd"]: c for c in clusters if c.values.get("amount_usd")}
    if len(amounts) < 3 or len(amounts) > MAX_CLUSTERS_SCANNED:
        return clusters
    for total, whole in sorted(amounts.items(), reverse=True):
        for part, cluster in amounts.items():
            rest = total - part
            other = next((c for a, c in amounts.items() if a < total and a != part
                          and abs(a - rest) <= 0.01 * total), None)  # fmt: skip
            if part < total and other is not None and _added_up(cluster, other):
                for folded in (cluster, other):
                    for member in folded.members:
                        member.amount_usd = None
                        whole.members.append(member)
                return [c for c in clusters if c is not cluster and c is not other]
    return clusters


def _added_up(part: _Cluster, other: _Cluster) -> bool:
    """A part stated as added to the other ('up to $15 billion more', 'in addition'); two
    reports of one deal ('Reuters said $3 billion … Bloomberg said $7 billion') are not parts."""
    return any(
        P.ADDING_WORDS & set(re.findall(r"[a-z]+", c.sentence.text.lower()))
        for c in part.members + other.members
    )


def _first(cluster: list[Candidate], name: str):
    for c in sorted(cluster, key=lambda c: c.sentence.start):
        value = getattr(c, name)
        if value is not None:
            return value
    return None


def _purpose(cluster: list[Candidate]) -> str | None:
    """The purposes the article states for one use, together: training in one sentence and
    serving in another is both."""
    stated = {c.purpose for c in cluster if c.purpose}
    if "both" in stated or {"training", "inference"} <= stated:
        return "both"
    return stated.pop() if stated else None


def _fact(cluster: list[Candidate], article: Article, discovered: set[str]) -> Fact:
    by_position = sorted(cluster, key=lambda c: c.sentence.start)
    evidence: dict[int, Evidence] = {}
    for c in by_position:
        s = c.sentence
        if s.start not in evidence:
            evidence[s.start] = Evidence(
                article_id=article.id, quote=s.quote, start=s.start, end=s.end
            )
    # a sentence votes once, however many rules read the fact in it
    statuses = Counter(status for _, status in {(c.sentence.start, c.status) for c in cluster})
    top = max(statuses.values())
    status = next(c.status for c in by_position if statuses[c.status] == top)
    if status == "reported" and statuses["in_talks"] == top:
        status = "in_talks"  # a report of the deal, and of its talks: the talks say more
    if status != "announced" and any(
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
        purpose=_purpose(cluster),
        process_node=_first(cluster, "process_node"),
        event_date=find_date(head.sentence.text, article.published),
        method=method,
        confidence=confidence(method, discovered=bool(named & discovered)),
    )
