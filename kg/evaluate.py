"""Score extraction against gold files (GOLD_FORMAT.md): precision, recall, F1 and every field."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.extract import Extractor
from kg.extract.confidence import rules_of
from kg.extract.pairs import PAIR_METHOD
from kg.load import load_articles
from kg.models import FACT_TYPES
from kg.registry import Registry, load_registry, normalise_name


def _plain(name: str) -> str:
    name = normalise_name(name)
    name = re.sub(r"'s\b", "", name)
    name = re.sub(r"\b(?:inc|corp|corporation|co|ltd|llc|plc)\b", "", name)
    return re.sub(r"[^a-z0-9]+", " ", name).strip()


@dataclass
class Names:
    """Lenient name matching: one gold file's aliases, the registry's aliases, case and
    punctuation. Aliases are per article: one article may call Maia 200 'Maia', another not.
    Without a registry, only the gold's own aliases count (as a scorer that has never seen
    ours matches names)."""

    registry: Registry | None
    gold_aliases: dict[str, set[str]] = field(default_factory=dict)
    # The gold's names as written: the registry looks names up as written, and the plain form
    # loses what tells some apart ("Fidelity Management & Research Company").
    gold_written: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def for_gold(cls, registry: Registry | None, entities: list[dict]) -> Names:
        names = cls(registry)
        for entity in entities:
            written = {entity["name"], *entity.get("aliases", [])}
            key = _plain(entity["name"])
            names.gold_aliases.setdefault(key, set()).update(_plain(form) for form in written)
            names.gold_written.setdefault(key, set()).update(written)
        return names

    def exact(self, predicted: str, gold: str) -> bool:
        return _plain(predicted) == _plain(gold)

    def same(self, predicted: str, gold: str) -> bool:
        p, g = _plain(predicted), _plain(gold)
        if p == g or p in self.gold_aliases.get(g, ()):
            return True
        if self.registry is None:
            return False
        ours = self.registry.lookup(predicted)
        if ours is None:
            return False
        forms = self.gold_written.get(g, set()) | self.gold_aliases.get(g, {g}) | {gold}
        return any(
            (e := self.registry.lookup(form)) is not None and e.id == ours.id for form in forms
        )


def _close(a: object, b: object) -> bool:
    if a is None or b is None:
        return False
    return abs(float(a) - float(b)) <= 0.01 * max(abs(float(b)), 1e-9)  # type: ignore[arg-type]


# The fields scored on matched facts, and the fact types each one belongs to. Numbers count
# where the gold gives them; the others count wherever the gold or the prediction has a value,
# so a purpose the quote does not state is wrong, not "close".
NUMBER_FIELDS = ("amount_usd", "capacity_gw", "duration_years")
TEXT_FIELDS = {
    "status": FACT_TYPES,
    "purpose": ("uses_chip",),
    "chip": ("compute_commitment",),
    "process_node": ("manufactures_chip",),
    "event_date": FACT_TYPES,
}


def _field_right(field: str, predicted: object, gold: object, names: Names) -> bool:
    if field in NUMBER_FIELDS:
        return _close(predicted, gold)
    if predicted is None or gold is None:
        return predicted is None and gold is None
    if field == "chip":
        return names.same(str(predicted), str(gold))
    if field == "process_node":
        return _plain(str(predicted)).replace(" ", "") == _plain(str(gold)).replace(" ", "")
    return str(predicted) == str(gold)


def _scored_fields(fact: dict, row: dict) -> list[str]:
    fields = [f for f in NUMBER_FIELDS if fact.get(f) is not None]
    for name, types in TEXT_FIELDS.items():
        if fact["type"] not in types:
            continue
        if name == "event_date" and "event_date" not in fact:
            continue  # the gold does not date its facts
        if name == "status" or fact.get(name) is not None or row.get(name) is not None:
            fields.append(name)
    return fields


@dataclass
class Matching:
    """Gold facts paired with predicted rows, article by article."""

    matched: list[tuple[str, dict, dict, Names]] = field(default_factory=list)  # article, gold, row
    missed: list[tuple[str, dict]] = field(default_factory=list)
    unmatched: list[tuple[str, dict]] = field(default_factory=list)


def match(
    predicted: list[dict], gold: dict[str, dict], registry: Registry, gold_names_only: bool = False
) -> Matching:
    """Pair each gold fact with the predicted row of its article that agrees on type, direction
    and names, preferring the one whose fields agree most; each row serves one gold fact
    (``gold_names_only``: names match on the gold's own aliases, never the registry's)."""
    result = Matching()
    by_article: dict[str, list[dict]] = {}
    for row in predicted:
        for article in row["sources"]:
            if article in gold:
                by_article.setdefault(article, []).append(row)
    for article, gold_file in sorted(gold.items()):
        names = Names.for_gold(None if gold_names_only else registry, gold_file.get("entities", []))
        available = list(by_article.get(article, []))
        for fact in gold_file["facts"]:
            candidates = [
                row
                for row in available
                if row["type"] == fact["type"]
                and _party_named(names, row, "subject", fact["subject"])
                and _party_named(names, row, "object", fact["object"])
            ]
            if not candidates:
                result.missed.append((article, fact))
                continue
            best = max(
                candidates,
                key=lambda r: sum(
                    _field_right(f, r.get(f), fact.get(f), names) for f in _scored_fields(fact, r)
                ),
            )
            available.remove(best)
            result.matched.append((article, fact, best, names))
        result.unmatched.extend((article, row) for row in available)
    return result


def _party_named(names: Names, row: dict, role: str, gold: str) -> bool:
    """Whether a row's party is the gold's: the organisation that acts, or the division of it
    the article named ("a deal with Amazon Web Services" acts as Amazon; a gold may name
    either)."""
    division = row.get(f"{role}_as_named")
    return names.same(row[role], gold) or (division is not None and names.same(division, gold))


def score(
    predicted: list[dict], gold: dict[str, dict], registry: Registry, gold_names_only: bool = False
) -> dict:
    """``predicted``: fact rows with their ``sources``; ``gold``: gold files by article id."""
    per_type = {t: {"tp": 0, "fp": 0, "fn": 0} for t in FACT_TYPES}
    attributes = {f: [0, 0] for f in (*NUMBER_FIELDS, *TEXT_FIELDS)}
    wrong = []
    matching = match(predicted, gold, registry, gold_names_only)
    for article, fact, best, names in matching.matched:
        per_type[fact["type"]]["tp"] += 1
        for f in _scored_fields(fact, best):
            right = _field_right(f, best.get(f), fact.get(f), names)
            attributes[f][1] += 1
            attributes[f][0] += right
            if not right:
                wrong.append({"article": article, "type": fact["type"],
                              "subject": fact["subject"], "object": fact["object"],
                              "field": f, "predicted": best.get(f), "gold": fact.get(f),
                              "evidence": fact.get("evidence")})  # fmt: skip
    misses = []
    for article, fact in matching.missed:
        per_type[fact["type"]]["fn"] += 1
        misses.append({"article": article, **fact})
    false_positives = []
    for article, row in matching.unmatched:
        per_type[row["type"]]["fp"] += 1
        fields = {k: v for k, v in row.items() if k != "quotes"}
        false_positives.append(
            {"article": article, **fields, "evidence": row.get("quotes", {}).get(article, "")}
        )
    return _report(per_type, attributes, misses, false_positives, wrong)


def rule_precision(predicted: list[dict], gold: dict[str, dict], registry: Registry) -> dict:
    """For each extraction rule, how many of the facts it produced match the gold: a fact
    found by several rules counts for each of them. The pair model's guesses are measured
    where it is trained (``kg.extract.pair_training``), on folders it did not see."""
    counts: dict[str, list[int]] = {}
    matching = match(predicted, gold, registry)
    outcomes = [(row, 1) for _, _, row, _ in matching.matched]
    outcomes += [(row, 0) for _, row in matching.unmatched]
    for row, right in outcomes:
        for rule in rules_of(row["method"]):
            if rule.startswith(PAIR_METHOD):
                continue
            tally = counts.setdefault(rule, [0, 0])
            tally[0] += right
            tally[1] += 1
    return {rule: {"right": r, "of": n} for rule, (r, n) in sorted(counts.items())}


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def _report(per_type, attributes, misses, false_positives, wrong) -> dict:
    total = {k: sum(v[k] for v in per_type.values()) for k in ("tp", "fp", "fn")}
    return {
        "overall": _prf(**total),
        "by_type": {t: _prf(**v) for t, v in per_type.items()},
        "attributes": {
            f: {"right": r, "of": n, "accuracy": round(r / n, 4) if n else None}
            for f, (r, n) in attributes.items()
        },
        "attribute_errors": wrong,
        "misses": misses,
        "false_positives": false_positives,
    }


def load_gold(folder: Path) -> dict[str, dict]:
    gold = {}
    for path in sorted(folder.glob("*.gold.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as problem:
            raise KgError(f"{path}: not a readable gold file ({problem})") from None
        gold[Path(data.get("article", path.name)).stem] = data
    return gold


def _warn(message: str) -> None:
    print(f"kg: warning: {message}", file=sys.stderr)


def predicted_rows(folder: Path, registry: Registry) -> list[dict]:
    """The facts the extractor takes from each article of ``folder``, one row per fact, named
    by label as the graph names them."""
    rows = []
    extractor = Extractor(registry)
    for article in load_articles(folder, warn=_warn):
        facts, discovered = extractor.extract_with_entities(article)
        known = registry.extended(discovered)
        for fact in facts:
            row = fact.model_dump(include={"type", "status", "purpose", "process_node",
                                           *NUMBER_FIELDS})  # fmt: skip
            row |= {
                "subject": known.get(fact.subject).name,
                "object": known.get(fact.object).name,
                "subject_as_named": _name_or_none(known, fact.subject_as_named),
                "object_as_named": _name_or_none(known, fact.object_as_named),
                "chip": known.get(fact.chip).name if fact.chip in known else fact.chip,
                "event_date": fact.event_date.isoformat() if fact.event_date else None,
                "confidence": fact.confidence,
                "method": fact.method,
                "sources": [article.id],
                "quotes": {article.id: fact.evidence[0].quote},
            }
            rows.append(row)
    return rows


def _name_or_none(known: Registry, entity: str | None) -> str | None:
    return known.get(entity).name if entity is not None and entity in known else None


def evaluate(
    folders: list[Path], registry_file: Path | None = None, gold_names_only: bool = False
) -> dict:
    """Score the extraction of each folder's articles against the gold files beside them: one
    report per folder (``folders``) and one over all of them (the top level)."""
    registry = load_registry(registry_file)
    predicted: list[dict] = []
    gold: dict[str, dict] = {}
    per_folder = {}
    for folder in folders:
        folder_gold = load_gold(folder)
        if not folder_gold:
            raise KgError(f"{folder}: no *.gold.json files to score against")
        rows = predicted_rows(folder, registry)
        per_folder[str(folder)] = {
            k: v
            for k, v in score(rows, folder_gold, registry, gold_names_only).items()
            if k in SUMMARY_KEYS
        }
        gold.update(folder_gold)
        predicted.extend(rows)
    return {**score(predicted, gold, registry, gold_names_only), "folders": per_folder}


SUMMARY_KEYS = ("overall", "by_type", "attributes")


def write_rule_table(folders: list[Path], out: Path, registry_file: Path | None = None) -> dict:
    """Measure each rule's precision on ``folders`` and write the table of
    ``kg.extract.confidence`` (sorted keys, so the file is the same for the same corpus)."""
    registry = load_registry(registry_file)
    predicted: list[dict] = []
    gold: dict[str, dict] = {}
    for folder in folders:
        gold.update(load_gold(folder))
        predicted.extend(predicted_rows(folder, registry))
    table = {
        "measured_on": sorted(Path(f).name for f in folders),
        "articles": len(gold),
        "rules": rule_precision(predicted, gold, registry),
    }
    out.write_text(json.dumps(table, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return table
