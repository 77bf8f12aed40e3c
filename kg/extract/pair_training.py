"""Training the pair model of ``kg.extract.pairs`` on folders of articles with gold facts.

A pair is a positive example of a fact type when the article's gold holds that fact between
the two entities and quotes it in an evidence that overlaps the pair's sentence. Each type gets
an L2-regularised logistic regression, fitted by full-batch Adam (numpy, deterministic). The
threshold a type is used at is chosen by leaving one folder out at a time: the lowest at which
the pairs no rule linked, scored by a model that never saw their folder, were right at least
``MIN_PRECISION`` of the time (smoothed towards one half, as rules' precision is).
Run it through ``kg eval FOLDER ... --write-pair-model FILE``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.evaluate import Names, load_gold
from kg.extract.extractor import Extractor
from kg.extract.pairs import FACT_TYPE, MODELS, Pair, PairModel, TypeModel
from kg.load import load_articles
from kg.registry import Registry

MIN_PRECISION = 0.55
MIN_RIGHT = 5
THRESHOLDS = [round(0.15 + 0.05 * i, 2) for i in range(16)]  # 0.15 … 0.90
INVERSE_L2 = 0.3  # as scikit-learn's C: larger fits the training pairs more closely
MIN_FEATURE_COUNT = 2
STEPS, RATE = 400, 0.05
MIN_WEIGHT = 0.005  # smaller weights change no probability by more than a rounding


@dataclass
class Example:
    folder: str
    article: str
    pair: Pair
    label: bool  # the gold states this fact in this sentence
    in_gold: bool  # the gold states this fact somewhere in the article
    linked: bool  # a rule linked the two entities somewhere in the article


def examples(folder: Path, registry: Registry) -> list[Example]:
    """The pairs of every article of ``folder`` that has gold, labelled."""
    gold = load_gold(folder)
    extractor = Extractor(registry, guess_pairs=False)
    found: list[Example] = []
    for article in load_articles(folder, warn=lambda _message: None):
        if article.id not in gold:
            continue
        seen: list[tuple[Pair, int, int, str, str]] = []
        facts, _ = extractor.extract_with_entities(article, seen_pairs=seen)
        names = Names.for_gold(registry, gold[article.id].get("entities", []))
        stated = []
        for fact in gold[article.id]["facts"]:
            evidence = fact.get("evidence", "")
            at = article.body.find(evidence) if evidence else -1
            stated.append((fact, at, at + len(evidence)))
        linked = {frozenset((f.subject, f.object)) for f in facts}
        for pair, start, end, subject, obj in seen:
            agreeing = [
                (lo, hi)
                for fact, lo, hi in stated
                if fact["type"] == FACT_TYPE[pair.model]
                and names.same(subject, fact["subject"])
                and names.same(obj, fact["object"])
            ]
            label = any(0 <= lo < end and hi > start for lo, hi in agreeing)
            found.append(
                Example(
                    folder.name,
                    article.id,
                    pair,
                    label,
                    bool(agreeing),
                    frozenset((pair.subject, pair.object)) in linked,
                )
            )
    return found


def fit(pairs: list[Example]) -> tuple[float, dict[str, float]]:
    """Bias and feature weights of a logistic regression on ``pairs``."""
    import numpy as np

    counts = Counter(f for e in pairs for f in set(e.pair.features) if f != "bias")
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows, columns = [], []
    for row, e in enumerate(pairs):
        kept = sorted({index[f] for f in e.pair.features if f in index})
        rows += [row] * len(kept)
        columns += kept
    row_of, column_of = np.array(rows, dtype=np.int64), np.array(columns, dtype=np.int64)
    labels = np.array([e.label for e in pairs], dtype=np.float64)
    n, width = len(pairs), len(vocabulary)
    weights, bias = np.zeros(width), 0.0
    moment, second = np.zeros(width + 1), np.zeros(width + 1)
    for step in range(1, STEPS + 1):
        score = np.bincount(row_of, weights=weights[column_of], minlength=n) + bias
        error = 1.0 / (1.0 + np.exp(-np.clip(score, -30, 30))) - labels
        gradient = np.empty(width + 1)
        gradient[:width] = np.bincount(column_of, weights=error[row_of], minlength=width)
        gradient[:width] += weights / INVERSE_L2
        gradient[width] = error.sum()
        gradient /= n
        moment = 0.9 * moment + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient**2
        update = RATE * (moment / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
        weights -= update[:width]
        bias -= float(update[width])
    pairs_of = zip(vocabulary, weights.tolist(), strict=True)
    return round(bias, 3), {f: round(w, 3) for f, w in pairs_of if abs(w) >= MIN_WEIGHT}


def _held_out_scores(kind: str, found: list[Example]) -> dict[tuple, tuple[float, bool]]:
    """For each fact an unlinked pair of ``kind`` would give, per article: the best probability
    a model trained without its folder gave it, and whether the gold holds the fact."""
    typed = [e for e in found if e.pair.model == kind]
    best: dict[tuple, tuple[float, bool]] = {}
    for folder in sorted({e.folder for e in typed}):
        training = [e for e in typed if e.folder != folder]
        if not any(e.label for e in training):
            continue
        bias, weights = fit(training)
        model = TypeModel(bias=bias, weights=weights, threshold=0.0, precision=0, right=0, of=0)
        for e in typed:
            if e.folder != folder or e.linked:
                continue
            key = (e.folder, e.article, e.pair.subject, e.pair.object)
            probability = model.probability(e.pair.features)
            if key not in best or probability > best[key][0]:
                best[key] = (probability, e.in_gold)
    return best


def smoothed(right: int, of: int) -> float:
    """A precision drawn towards one half, as the rule table's: a few guesses prove little."""
    return round((right + 1) / (of + 2), 3)


def type_model(kind: str, found: list[Example]) -> TypeModel:
    scores = _held_out_scores(kind, found)
    threshold, right, of = 2.0, 0, 0
    for candidate in THRESHOLDS:
        chosen = [in_gold for p, in_gold in scores.values() if p >= candidate]
        if sum(chosen) >= MIN_RIGHT and smoothed(sum(chosen), len(chosen)) >= MIN_PRECISION:
            threshold, right, of = candidate, sum(chosen), len(chosen)
            break
    bias, weights = fit([e for e in found if e.pair.model == kind]) if of else (0.0, {})
    precision = smoothed(right, of) if of else 0.0
    return TypeModel(
        bias=bias, weights=weights, threshold=threshold, precision=precision, right=right, of=of
    )


def write_pair_model(folders: list[Path], out: Path, registry: Registry) -> PairModel:
    found = [e for folder in folders for e in examples(folder, registry)]
    model = PairModel(
        trained_on=sorted(f.name for f in folders),
        types={kind: type_model(kind, found) for kind in MODELS},
    )
    text = json.dumps(model.model_dump(), indent=1, sort_keys=True)
    out.write_text(text + "\n", encoding="utf-8")
    return model
