"""A synthetic graph shaped like this domain, written as N-Quads with kg.rdf's own vocabulary.

The ecosystem is a set of markets. Each market has conglomerates (cloud, investor and chip
designer at once, one with a cloud division), neoclouds, labs, funds and a chip designer;
chip designers with families and generations and the foundries are shared by all markets. A
lab has a few investors, a few providers and a few chip families; articles restate those
relations (with statuses, amounts, capacities, purposes, dates) and now and then give a
different figure for the same deal, or a deal across markets. Growing the graph adds markets,
so its shape (degrees, cycles per organisation) stays the same at every size.

Usage: python benchmarks/synthetic.py TRIPLES OUT.nq [--seed N]
Records come from kg.models and triples from kg.rdf, exactly as a build makes them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg import rdf
from kg.models import Article, Entity, Evidence, Fact
from kg.registry import Registry

ARTICLES_PER_MARKET = 60
FACTS_PER_ARTICLE = (3, 7)
STATUSES = ("announced",) * 12 + ("reported",) * 4 + ("in_talks",) * 3 + ("planned",)
PURPOSES = (None, None, "inference", "training", "both")
GLOBAL_DESIGNERS = 3
FAMILIES_PER_GLOBAL_DESIGNER = 3
GENERATIONS = 3
FOUNDRIES = 4
START = dt.date(2023, 1, 1)
DAYS = 3 * 365


@dataclass
class Market:
    """The organisations of one market and the standing relations articles report on."""

    number: int
    conglomerates: list[str] = field(default_factory=list)
    neoclouds: list[str] = field(default_factory=list)
    labs: list[str] = field(default_factory=list)
    funds: list[str] = field(default_factory=list)
    chips: list[str] = field(default_factory=list)
    investments: list[tuple[str, str]] = field(default_factory=list)
    commitments: list[tuple[str, str, str | None]] = field(default_factory=list)
    uses: list[tuple[str, str]] = field(default_factory=list)


class Ecosystem:
    """The registry of a synthetic ecosystem, grown one market at a time."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.entities: list[Entity] = []
        self.registry_by_id: dict[str, Entity] = {}
        self.foundries = [self._add(f"foundry-{i}", f"Foundry {i}", ["Foundry"])
                          for i in range(FOUNDRIES)]  # fmt: skip
        self.global_chips: list[str] = []
        for d in range(GLOBAL_DESIGNERS):
            designer = self._add(f"designer-{d}", f"Designer {d}", ["ChipDesigner"])
            for f in range(FAMILIES_PER_GLOBAL_DESIGNER):
                self.global_chips += self._family(f"chip-{d}-{f}", f"Chip {d}-{f}", designer)
        self.markets: list[Market] = []

    def _add(self, entity_id: str, name: str, types: list[str], **fields) -> str:
        entity = Entity(id=entity_id, name=name, types=types, **fields)
        self.entities.append(entity)
        self.registry_by_id[entity_id] = entity
        return entity_id

    def _family(self, family_id: str, name: str, designer: str) -> list[str]:
        # One family in ten has no foundry in the registry: articles may name it.
        foundry = None if self.rng.random() < 0.1 else self.rng.choice(self.foundries)
        chips = [self._add(family_id, name, ["Chip"], designer=designer, foundry=foundry,
                           purpose=self.rng.choice(("inference", "training", "both")))]  # fmt: skip
        for g in range(1, GENERATIONS + 1):
            chips.append(self._add(f"{family_id}-g{g}", f"{name} G{g}", ["Chip"],
                                   family=family_id, process_node=f"{2 + g}nm"))  # fmt: skip
        return chips

    def add_market(self) -> Market:
        m = len(self.markets)
        market = Market(m)
        rng = self.rng
        for i in range(3):
            owner = self._add(f"m{m}-conglomerate-{i}", f"M{m} Conglomerate {i}",
                              ["CloudProvider", "Investor", "ChipDesigner"])  # fmt: skip
            market.conglomerates.append(owner)
            market.chips += self._family(f"m{m}-accel-{i}", f"M{m} Accelerator {i}", owner)
        cloud = self._add(f"m{m}-cloud", f"M{m} Cloud", ["CloudProvider"],
                          parent=market.conglomerates[0])  # fmt: skip
        market.neoclouds = [cloud] + [
            self._add(f"m{m}-neocloud-{i}", f"M{m} Neocloud {i}", ["CloudProvider"])
            for i in range(3)
        ]
        market.labs = [self._add(f"m{m}-lab-{i}", f"M{m} Lab {i}", ["Lab"]) for i in range(12)]
        market.funds = [self._add(f"m{m}-fund-{i}", f"M{m} Fund {i}", ["Investor"])
                        for i in range(4)]  # fmt: skip
        designer = self._add(f"m{m}-designer", f"M{m} Designer", ["ChipDesigner"])
        market.chips += self._family(f"m{m}-npu", f"M{m} NPU", designer)
        investors = market.conglomerates + market.funds
        providers = market.conglomerates[1:] + market.neoclouds
        chips = market.chips + self.global_chips
        for lab in market.labs:
            for investor in rng.sample(investors, rng.randint(1, 2)):
                market.investments.append((investor, lab))
            for provider in rng.sample(providers, rng.randint(2, 3)):
                chip = rng.choice(chips) if rng.random() < 0.3 else None
                market.commitments.append((lab, provider, chip))
            for chip in rng.sample(chips, rng.randint(2, 3)):
                market.uses.append((lab, chip))
        for neocloud in market.neoclouds[1:]:
            market.investments.append((rng.choice(market.conglomerates), neocloud))
            market.commitments.append((neocloud, rng.choice(market.conglomerates[1:]), None))
        if self.markets:  # a few deals across markets
            other = rng.choice(self.markets)
            market.commitments.append((rng.choice(market.labs), rng.choice(other.neoclouds), None))
            market.investments.append((rng.choice(other.conglomerates), rng.choice(market.labs)))
        self.markets.append(market)
        return market

    def registry(self) -> Registry:
        return Registry(self.entities)


class Reporter:
    """Articles about a market: each a handful of restated relations with quotes."""

    def __init__(self, rng: random.Random, ecosystem: Ecosystem) -> None:
        self.rng = rng
        self.ecosystem = ecosystem
        self.amounts: dict[tuple, float] = {}
        self.count = 0

    def articles(self, market: Market) -> Iterator[tuple[Article, list[Fact]]]:
        for _ in range(ARTICLES_PER_MARKET):
            yield self._article(market)

    def _article(self, market: Market) -> tuple[Article, list[Fact]]:
        rng = self.rng
        article_id = f"synthetic-{self.count:07d}"
        self.count += 1
        statements: dict[tuple, tuple[str, str, str, dict]] = {}
        for _ in range(rng.randint(*FACTS_PER_ARTICLE)):
            kind, subject, obj, fields = self._statement(market)
            key = (kind, subject, obj, tuple(sorted(fields.items(), key=str)))
            statements[key] = (kind, subject, obj, fields)
        sentences = [f"{s} {k.replace('_', ' ')} {o} ({i})." for i, (k, s, o, _) in
                     enumerate(statements.values())]  # fmt: skip
        body = " ".join(sentences)
        published = None
        if rng.random() < 0.8:
            published = START + dt.timedelta(days=rng.randrange(DAYS))
        article = Article(
            id=article_id,
            path=f"{article_id}.txt",
            body=body,
            content_hash=hashlib.sha256(body.encode()).hexdigest(),
            title=f"Synthetic story {self.count}",
            publisher=f"Outlet {rng.randrange(20)}",
            published=published,
        )
        facts = []
        start = 0
        for sentence, (kind, subject, obj, fields) in zip(sentences, statements.values(),
                                                         strict=True):  # fmt: skip
            evidence = Evidence(article_id=article_id, quote=sentence, start=start,
                                end=start + len(sentence))  # fmt: skip
            start += len(sentence) + 1
            event_date = None
            if published and rng.random() < 0.4:
                event_date = published - dt.timedelta(days=rng.randrange(120))
            facts.append(Fact(type=kind, subject=subject, object=obj, evidence=[evidence],
                              status=rng.choice(STATUSES), event_date=event_date,
                              confidence=0.9, **fields))  # fmt: skip
        return article, facts

    def _statement(self, market: Market) -> tuple[str, str, str, dict]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            investor, lab = rng.choice(market.investments)
            return "invests_in", investor, lab, self._money((investor, lab), 1e8, 1e10, 0.5)
        if roll < 0.45:
            buyer, provider, chip = rng.choice(market.commitments)
            fields = self._money((buyer, provider), 1e9, 1e11, 0.6)
            if rng.random() < 0.3:
                fields["capacity_gw"] = float(rng.randint(1, 10))
            if rng.random() < 0.3:
                fields["duration_years"] = float(rng.randint(2, 10))
            if chip:
                fields["chip"] = chip
            return "compute_commitment", buyer, provider, fields
        if roll < 0.80:
            lab, chip = rng.choice(market.uses)
            purpose = rng.choice(PURPOSES)
            return "uses_chip", lab, chip, {"purpose": purpose} if purpose else {}
        registry = self.ecosystem.registry_by_id
        chip = rng.choice(market.chips)
        entity = registry[chip]
        family = registry[entity.family] if entity.family else entity
        if roll < 0.9:
            return "designs_chip", family.designer, chip, {}
        foundry = entity.foundry or family.foundry or rng.choice(self.ecosystem.foundries)
        return "manufactures_chip", foundry, chip, {}

    def _money(self, pair: tuple, low: float, high: float, chance: float) -> dict:
        rng = self.rng
        if rng.random() > chance:
            return {}
        if pair not in self.amounts:
            self.amounts[pair] = float(round(rng.uniform(low, high), -8))
        amount = self.amounts[pair]
        if rng.random() < 0.05:  # a report with a different figure for the same deal
            amount = float(round(amount * rng.choice((0.1, 0.5, 2.0, 10.0)), -8))
        return {"amount_usd": amount}


def generate(target_triples: int, out: Path, seed: int = 0) -> dict[str, int]:
    """Write about ``target_triples`` quads to ``out``; counts of triples, articles, facts."""
    rng = random.Random(seed)
    ecosystem = Ecosystem(rng)
    reporter = Reporter(rng, ecosystem)
    counts = {"triples": 0, "articles": 0, "facts": 0, "markets": 0, "entities": 0}
    ontology = rdf.to_nquads([rdf.ontology_graph()])
    counts["triples"] += ontology.count("\n")
    chunks: list[str] = [ontology]
    # Registry triples are about 8% of the total, and articles 92%: grow markets until full.
    while counts["triples"] < target_triples * 0.9 or not ecosystem.markets:
        market = ecosystem.add_market()
        for article, facts in reporter.articles(market):
            text = rdf.to_nquads([rdf.article_graph(article, facts)])
            counts["triples"] += text.count("\n")
            counts["articles"] += 1
            counts["facts"] += len(facts)
            chunks.append(text)
        counts["markets"] += 1
        estimated_registry = len(ecosystem.entities) * 7
        if counts["triples"] + estimated_registry >= target_triples:
            break
    registry = rdf.to_nquads([rdf.registry_graph(ecosystem.registry())])
    counts["triples"] += registry.count("\n")
    counts["entities"] = len(ecosystem.entities)
    with out.open("w", encoding="utf-8") as handle:
        handle.write(registry)
        for chunk in chunks:
            handle.write(chunk)
    return counts


def graph_documents(path: Path) -> list[str]:
    """The file written by ``generate`` cut into one N-Quads document per named graph, as a
    build hands them to ``kg.store.write_store`` (each graph's quads are written together)."""
    documents: list[str] = []
    current, lines = None, []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            graph = line[line.rindex(" <", 0, len(line) - 3) :]
            if graph != current and lines:
                documents.append("".join(lines))
                lines = []
            current = graph
            lines.append(line)
    if lines:
        documents.append("".join(lines))
    return documents


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("triples", type=int)
    arguments.add_argument("out", type=Path)
    arguments.add_argument("--seed", type=int, default=0)
    options = arguments.parse_args()
    counts = generate(options.triples, options.out, options.seed)
    print(", ".join(f"{v:,} {k}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
