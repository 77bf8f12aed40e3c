"""The gates of the relation rules (``kg.extract.gates``) skip a rule only where it would have
found nothing: every rule is also asked where its gate stays shut, on the sentences written in
the rule tests and the articles of the repository."""

from __future__ import annotations

import ast
from pathlib import Path

from test_extract_rules import EXTRACTOR, extract

import kg.extract.extractor as extractor_module
from kg.extract import gates
from kg.load import load_articles

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
RULE_TESTS = Path(__file__).resolve().parent / "test_extract_rules.py"


def written_sentences() -> list[str]:
    """Every string of the rule tests that reads as text: a capital and a space."""
    tree = ast.parse(RULE_TESTS.read_text(encoding="utf-8"))
    return sorted({
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and " " in node.value and any(ch.isupper() for ch in node.value)
    })  # fmt: skip


def test_a_shut_gate_skips_only_a_rule_that_finds_nothing(monkeypatch):
    skipped: list[tuple[str, str]] = []  # (rule, sentence) that found something behind a shut gate
    opened: set[str] = set()  # the rules that found something through their gate

    def every_rule_asked(view, extra):
        marks = view.marks()
        for rule, gate in gates.RELATION_RULES:
            found = rule(view, *extra.get(rule, ()))
            if found and not gate.opens(marks):
                skipped.append((rule.__name__, view.sentence.text))
            elif found:
                opened.add(rule.__name__)
        return gates.relation_candidates(view, extra)

    monkeypatch.setattr(extractor_module, "relation_candidates", every_rule_asked)
    for text in written_sentences():
        extract(text)
    for article in load_articles(ARTICLES, lambda _: None):
        EXTRACTOR.extract(article)
    assert skipped == []
    assert len(opened) == len(gates.RELATION_RULES)  # each rule finds something through its gate
