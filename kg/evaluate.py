"""Score a build against gold files (GOLD_FORMAT.md): precision, recall, F1, attribute accuracy."""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.models import FACT_TYPES
from kg.pipeline import build
from kg.questions import facts, query_text
from kg.registry import Registry, load_registry, normalise_name
from kg.store import open_store, select

NUMBER_FIELDS = ("amount_usd", "capacity_gw", "duration_years")


def _plain(name: str) -> str:
    name = normalise_name(name)
    name = re.sub(r"'s\b", "", name)
    name = re.sub(r"\b(?:inc|corp|corporation|co|ltd|llc|plc)\b", "", name)
    return re.sub(r"[^a-z0-9]+", " ", name).strip()


@dataclass
class Names:
    """Lenient name matching: one gold file's aliases, the registry's aliases, case and
    punctuation. Aliases are per article: one article may call Maia 200 'Maia', another not."""

    registry: Registry
    gold_aliases: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def for_gold(cls, registry: Registry, entities: list[dict]) -> Names:
        names = cls(registry)
        for entity in entities:
            forms = {_plain(entity["name"]), *(_plain(a) for a in entity.get("aliases", []))}
            names.gold_aliases.setdefault(_plain(entity["name"]), set()).update(forms)
        return names

    def exact(self, predicted: str, gold: str) -> bool:
        return _plain(predicted) == _plain(gold)

    def same(self, predicted: str, gold: str) -> bool:
        p, g = _plain(predicted), _plain(gold)
        if p == g or p in self.gold_aliases.get(g, ()):
            return True
        ours = self.registry.lookup(predicted)
        if ours is None:
            return False
        forms = self.gold_aliases.get(g, {g})
        return any(
            (e := self.registry.lookup(form)) is not None and e.id == ours.id for form in forms
        )


def _close(a: object, b: object) -> bool:
    if a is None or b is None:
        return False
    return abs(float(a) - float(b)) <= 0.01 * max(abs(float(b)), 1e-9)  # type: ignore[arg-type]


def score(predicted: list[dict], gold: dict[str, dict], registry: Registry) -> dict:
    """``predicted``: rows of the facts question; ``gold``: gold files by article id."""
    per_type = {t: {"tp": 0, "fp": 0, "fn": 0} for t in FACT_TYPES}
    attributes = {f: [0, 0] for f in (*NUMBER_FIELDS, "status")}
    misses, false_positives, wrong = [], [], []
    pairs = [(row, article) for row in predicted for article in row["sources"] if article in gold]
    by_article: dict[str, list[dict]] = {}
    for row, article in pairs:
        by_article.setdefault(article, []).append(row)
    for article, gold_file in sorted(gold.items()):
        names = Names.for_gold(registry, gold_file.get("entities", []))
        available = list(by_article.get(article, []))
        for fact in gold_file["facts"]:
            candidates = [
                row
                for row in available
                if row["type"] == fact["type"]
                and names.same(row["subject"], fact["subject"])
                and names.same(row["object"], fact["object"])
            ]
            if not candidates:
                per_type[fact["type"]]["fn"] += 1
                misses.append({"article": article, **fact})
                continue
            best = max(
                candidates,
                key=lambda r: (
                    sum(_close(r[f], fact.get(f)) for f in NUMBER_FIELDS)
                    + (r["status"] == fact.get("status"))
                ),
            )
            available.remove(best)
            per_type[fact["type"]]["tp"] += 1
            for f in (*NUMBER_FIELDS, "status"):
                if fact.get(f) is None:
                    continue
                right = best["status"] == fact[f] if f == "status" else _close(best[f], fact[f])
                attributes[f][1] += 1
                attributes[f][0] += right
                if not right:
                    wrong.append({"article": article, "type": fact["type"],
                                  "subject": fact["subject"], "object": fact["object"],
                                  "field": f, "predicted": best[f], "gold": fact[f],
                                  "evidence": fact.get("evidence")})  # fmt: skip
        for row in available:
            per_type[row["type"]]["fp"] += 1
            quote = row.get("quotes", {}).get(article, "")
            fields = {k: v for k, v in row.items() if k != "quotes"}
            false_positives.append({"article": article, **fields, "evidence": quote})
    return _report(per_type, attributes, misses, false_positives, wrong)


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


def _quotes(store) -> dict[tuple[str, str, str, str], str]:
    """The first quote of each (type, subject, object, article)."""
    found: dict[tuple[str, str, str, str], tuple[int, str]] = {}
    for row in select(store, query_text("facts")):
        key = (row["type"], row["subject"], row["object"], row["article"])
        if key not in found or row["start"] < found[key][0]:
            found[key] = (row["start"], row["quote"])
    return {key: quote for key, (_, quote) in found.items()}


def load_gold(folder: Path) -> dict[str, dict]:
    gold = {}
    for path in sorted(folder.glob("*.gold.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as problem:
            raise KgError(f"{path}: not a readable gold file ({problem})") from None
        gold[Path(data.get("article", path.name)).stem] = data
    return gold


def evaluate(folders: list[Path], registry_file: Path | None = None) -> dict:
    """Build each folder's articles in a scratch folder and score them against the gold."""
    registry = load_registry(registry_file)
    predicted: list[dict] = []
    gold: dict[str, dict] = {}
    for folder in folders:
        folder_gold = load_gold(folder)
        if not folder_gold:
            raise KgError(f"{folder}: no *.gold.json files to score against")
        gold.update(folder_gold)
        with tempfile.TemporaryDirectory() as scratch:
            build(
                folder,
                Path(scratch),
                registry_file=registry_file,
                curate=False,
                html=False,
            )
            store = open_store(Path(scratch))
            quotes = _quotes(store)
            for row in facts(store):
                key = (row["type"], row["subject"], row["object"])
                predicted.append(
                    {**row, "quotes": {a: quotes.get((*key, a), "") for a in row["sources"]}}
                )
            del store
    return score(predicted, gold, registry)
