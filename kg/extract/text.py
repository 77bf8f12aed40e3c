"""Sentence splitting and tokens with absolute character offsets (spaCy's blank English)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.language import Language

# spaCy refuses texts over its max_length; paragraphs longer than this are cut at white space.
CHUNK_CHARS = 20_000
# Rules look at pairs of names within a sentence; a run-on "sentence" is cut so work stays linear.
MAX_SENTENCE_TOKENS = 120


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    start: int
    end: int


@dataclass
class Sentence:
    """A sentence: its tokens carry offsets into the whole article body."""

    start: int
    end: int
    text: str
    paragraph: int
    tokens: list[Token] = field(default_factory=list)


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """A blank English pipeline with a rule-based sentencizer: no model is downloaded."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: articles put one paragraph on a line."""
    spans = []
    for match in re.finditer(r"[^\n]+", body):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def _chunks(start: int, end: int, body: str) -> list[tuple[int, int]]:
    """Cut an over-long paragraph at white space so spaCy never sees more than CHUNK_CHARS."""
    pieces = []
    while end - start > CHUNK_CHARS:
        cut = body.rfind(" ", start + CHUNK_CHARS // 2, start + CHUNK_CHARS)
        if cut <= start:
            cut = start + CHUNK_CHARS
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


# spaCy's suffix search is quadratic in the length of a run without white space ("!!!!…"):
# such runs hold no names, so they are left out of what spaCy sees.
LONG_RUN = re.compile(r"\S{200,}")


def _readable(start: int, end: int, body: str) -> list[tuple[int, int]]:
    """The parts of [start, end) between runs of over 200 characters without white space."""
    parts, cursor = [], start
    for run in LONG_RUN.finditer(body, start, end):
        if run.start() > cursor:
            parts.append((cursor, run.start()))
        cursor = run.end()
    if cursor < end:
        parts.append((cursor, end))
    return parts


def split_sentences(body: str) -> list[Sentence]:
    nlp = pipeline()
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraphs(body)):
        pieces = [c for r in _readable(p_start, p_end, body) for c in _chunks(*r, body)]
        for c_start, c_end in pieces:
            doc = nlp(body[c_start:c_end])
            for sent in doc.sents:
                tokens = [
                    Token(t.text, t.lower_, c_start + t.idx, c_start + t.idx + len(t.text))
                    for t in sent
                    if not t.is_space
                ]
                for first in range(0, len(tokens), MAX_SENTENCE_TOKENS):
                    piece = tokens[first : first + MAX_SENTENCE_TOKENS]
                    start, end = piece[0].start, piece[-1].end
                    sentences.append(Sentence(start, end, body[start:end], number, piece))
    return sentences
