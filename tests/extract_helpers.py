"""One extractor over the shipped registry, and the facts it reads in a text written here, for
the tests of constructions (`test_extract_rules`, `test_paraphrases`)."""

from __future__ import annotations

from kg.extract import Extractor
from kg.models import Article
from kg.registry import load_registry

REGISTRY = load_registry()
EXTRACTOR = Extractor(REGISTRY)


def extract(text: str):
    article = Article(id="case", path="case.txt", title="t", body=text, content_hash="0" * 64)
    return EXTRACTOR.extract_with_entities(article)


def facts(text: str) -> set[tuple]:
    """(type, subject, object) by name in lower case: registry names or discovered ones."""
    found, discovered = extract(text)
    known = REGISTRY.extended(discovered)
    return {
        (f.type, known.get(f.subject).name.lower(), known.get(f.object).name.lower()) for f in found
    }
