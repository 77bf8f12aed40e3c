"""Sentence splitting and tokens with absolute character offsets (spaCy's blank English); what the
rules read of the text comes from ``kg.extract.markup``."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from operator import add, itemgetter, not_
from typing import NamedTuple

import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer

from kg.extract.affixes import infix_finditer, prefix_search, suffix_search
from kg.extract.markup import (
    LINE_STRUCTURE,
    LIST_ITEM,
    MIN_WRAP_WIDTH,
    TERMINAL_PUNCT,
    WRAP_WIDTH,
    display_quote,
    reading_text,
    without_entities,
    without_marks,
    without_tickers,
)
from kg.extract.patterns import DATELINE_DASHES, HYPHENED_CUE_NOUNS, MONTHS, NEWS_AGENCIES

# spaCy refuses texts over its max_length; paragraphs longer than this are cut at white space.
CHUNK_CHARS = 20_000
# Rules look at pairs of names within a sentence; a run-on "sentence" is cut so work stays linear.
MAX_SENTENCE_TOKENS = 120


class Token(NamedTuple):
    """A word with its offsets into the article body (a tuple: sentences make many)."""

    text: str
    lower: str
    start: int
    end: int


class _KeptOnFirstRead:
    """A method read as an attribute, its answer kept in the instance's ``__dict__`` at the first
    read (which the instance's own value then shadows): ``functools.cached_property`` without
    the lock it takes at each first read in this Python (3.11), once per sentence here."""

    def __init__(self, method: Callable) -> None:
        self.method, self.__doc__ = method, method.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.method(instance)
        return value


@dataclass
class Sentence:
    """A sentence: its tokens carry offsets into the whole article body. ``text`` is what the
    rules read (markup blanked, same length); ``quote`` what a reader is shown."""

    start: int
    end: int
    text: str
    paragraph: int
    tokens: list[Token] = field(default_factory=list)
    quote: str = ""
    item: bool = False  # the first sentence of a list item ("- Leading VC firms: A, B")
    # whether the article also writes the sentence's first word with a capital inside a
    # sentence, as a name is written ("Lumilens raised …" where "… said Lumilens" follows)
    opening_named: bool = False

    def __post_init__(self) -> None:
        if not self.quote:
            self.quote = self.text

    @_KeptOnFirstRead
    def lowers(self) -> list[str]:
        """The tokens' lower-case words, made once for the rules that read them (shared: never
        changed)."""
        return list(map(itemgetter(1), self.tokens))  # (each token's ``lower``)

    def drop_tokens(self) -> None:
        """Let the tokens go: a kept candidate holds the sentence's text, not its tokens."""
        self.tokens = []
        self.__dict__.pop("lowers", None)


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """A blank English pipeline with a rule-based sentencizer: no model is downloaded.
    ``iter_sentences`` runs only its tokenizer and applies the sentencizer's rule itself."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.add_pipe("sentencizer")
    # Each word the vocabulary first meets is given every lexical attribute, each by a Python
    # function; only those read here are worked out (the others stay unset).
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {a: getters[a] for a in LEXICAL_ATTRIBUTES_READ if a in getters}
    return nlp


TOKENIZER = "kg.extract.Tokenizer.v1"


@spacy.registry.tokenizers(TOKENIZER)
def _tokenizer_factory() -> Callable[[Language], Tokenizer]:
    """spaCy's own tokenizer with this module's rules, the one the blank pipeline is made with:
    made in its place, it would be made twice (the default's special cases loaded and its
    affix patterns compiled for nothing, a sixth of a second at each start)."""
    return _tokenizer


def _tokenizer(nlp: Language) -> Tokenizer:
    # A full stop after a model number ending in a letter ("the MI300X.") ends the sentence;
    # spaCy keeps it on the token, as it does for initials ("J.").
    # Citation markers glued to a sentence's full stop ("… Banking Corporation.4,3 The") are
    # split off, so the sentence ends there and the name does not take them.
    suffixes = [
        *nlp.Defaults.suffixes,
        r"(?<=\d[A-Za-z])\.$",
        r"(?<=\d[A-Za-z]{2})\.$",
        r"(?<=[a-z]{3}\.)\d{1,3}(?:,\d{1,3})*$",
    ]
    return Tokenizer(
        nlp.vocab,
        rules={**nlp.Defaults.tokenizer_exceptions, **_whole_words(HYPHENED_CUE_NOUNS)},
        prefix_search=prefix_search(nlp.Defaults.prefixes),
        suffix_search=suffix_search(suffixes),
        infix_finditer=infix_finditer(nlp.Defaults.infixes),
        token_match=nlp.Defaults.token_match,
        url_match=nlp.Defaults.url_match,
        max_cache_size=TOKENIZER_CACHE_SIZE,
    )


def _whole_words(nouns: frozenset[str]) -> dict[str, list[dict[int, str]]]:
    """Special cases that keep each hyphened noun one token ("add-on", "Top-ups"), as the cue
    tables name it; spaCy splits a hyphen between letters."""
    forms = {f for n in nouns for f in (n, n + "s")}
    return {w: [{ORTH: w}] for f in forms for w in (f, f.capitalize())}


# The tokenizer keeps the tokens of each run of text between spaces it has split (a look-up
# when the run comes again), but only of its first ``max_cache_size`` runs: spaCy's 10,000 are
# reached within some 200 articles, after which every new run is split by the affix rules
# again at each occurrence, at about twice the time of the whole tokenizing. The runs kept
# take some 60 bytes each.
TOKENIZER_CACHE_SIZE = 1 << 18


# The lexical attributes the project reads: the words' lower case (``EntityFinder``'s names)
# and the punctuation and white-space flags (``iter_sentences``, the Sentencizer's rule).
LEXICAL_ATTRIBUTES_READ = (LOWER, IS_PUNCT, IS_SPACE)


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph. Articles put a paragraph on a line; a line that runs on
    into the next (no closing punctuation, the next starting in lower case) is joined to it, and
    in a hand-wrapped article (every line short) the lines between blank lines are one
    paragraph, except after a short line or where Markdown starts a heading, list item or
    quote."""
    lines, start = [], 0
    for line in body.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    widest = max(b - a for a, b in lines)
    wrapped = MIN_WRAP_WIDTH <= widest <= WRAP_WIDTH
    spans: list[list[int]] = []
    previous: tuple[int, int] | None = None  # the line before, unless it was blank
    for a, b in lines:
        line = body[a:b]
        if not line.strip():
            previous = None
            continue
        joins = previous is not None and not LINE_STRUCTURE.match(line)
        if joins and wrapped:
            joins = previous[1] - previous[0] >= widest // 2  # a short line ends its paragraph
        elif joins:
            last = body[previous[0] : previous[1]]
            joins = not TERMINAL_PUNCT.search(last) and line.lstrip()[:1].islower()
        if joins:
            spans[-1][1] = b
        else:
            spans.append([a, b])
        previous = (a, b)
    return [(a, b) for a, b in spans]


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
    """Every sentence of ``body`` (see ``iter_sentences``)."""
    return list(iter_sentences(body))


# spaCy's Sentencizer ends a sentence at one of these characters standing as a token.
SENTENCE_PUNCT = frozenset(Sentencizer.default_punct_chars)


class _Glued:
    """Whether token ``k`` follows token ``k - 1`` with no space, asked of few tokens only."""

    __slots__ = ("offsets", "lengths")

    def __init__(self, offsets: list[int], lengths: list[int]) -> None:
        self.offsets, self.lengths = offsets, lengths

    def __getitem__(self, k: int) -> bool:
        return k > 0 and self.offsets[k] == self.offsets[k - 1] + self.lengths[k - 1]


def sentence_starts(
    words: list[str], punct: list[bool] | list[int], glued: list[bool] | _Glued | None = None
) -> list[int]:
    """The indices of the tokens that start a sentence: spaCy's Sentencizer rule (a sentence
    ends at a token that is one of its punctuation characters, and the next starts at the first
    token after it that is not punctuation), read from plain lists instead of a ``Doc``'s tokens.
    ``glued`` says which tokens follow the previous one with no space: 'Pony.ai' goes on.

    Only the words whose last character may end a sentence, and the words after one until the
    next sentence starts, are read: any other word changes nothing."""
    starts = [0] if words else []
    seen_period = False
    may_end = _may_end(words)
    following = 0  # the first of ``may_end`` not read yet
    i = may_end[0] if may_end else len(words)
    while i < len(words):
        seen_period = _read_word(words, punct, glued, i, seen_period, starts)
        while following < len(may_end) and may_end[following] <= i:
            following += 1
        if seen_period:
            i += 1
        else:
            i = may_end[following] if following < len(may_end) else len(words)
    return starts


def _read_word(
    words: list[str],
    punct: list[bool] | list[int],
    glued: list[bool] | _Glued | None,
    i: int,
    seen_period: bool,
    starts: list[int],
) -> bool:
    """The Sentencizer's rule at word ``i``: whether a sentence has ended and the next not yet
    started after it (``seen_period``, as it was before the word); a start found is added to
    ``starts``."""
    word = words[i]
    if seen_period and glued is not None and glued[i] and (word[:1].islower() or word.isupper()):
        seen_period = False  # "Pony.ai", "Character.AI": a name with a full stop inside
    if word == "." and _inside_abbreviation(words, i, glued):
        return seen_period  # "Tencent, ByteDance, etc., which have invested": the list goes on
    is_in_punct_chars = word in SENTENCE_PUNCT or (
        word[-1:] == "."
        and (_ends_with_round_letter(words, i) or _ends_with_company_suffix(words, i))
    )
    if seen_period and not punct[i] and not is_in_punct_chars:
        starts.append(i)
        return False
    return seen_period or is_in_punct_chars


# The last characters of the words that may end a sentence: its punctuation characters (each a
# word of one character) and the full stop a word keeps ('Series C.', 'Inc.').
ENDING_CHARACTERS = SENTENCE_PUNCT | {"."}
_LAST_CHARACTER = itemgetter(slice(-1, None))  # (a word's ``[-1:]``)


def _may_end(words: list[str]) -> list[int]:
    """The indices of the words whose last character is one of ``ENDING_CHARACTERS``."""
    ending = map(ENDING_CHARACTERS.__contains__, map(_LAST_CHARACTER, words))
    return list(compress(range(len(words)), ending))


ABBREVIATIONS = frozenset({"etc", "e.g", "i.e", "vs", "approx", "incl", "esp"})


def _inside_abbreviation(words: list[str], i: int, glued: list[bool] | _Glued | None) -> bool:
    """Whether the full stop at ``i`` closes an abbreviation the sentence goes on after ('etc.,',
    'e.g. Nvidia'): glued to it, and followed by punctuation or a lower-case word."""
    if i == 0 or words[i - 1].lower() not in ABBREVIATIONS or (glued is not None and not glued[i]):
        return False
    following = words[i + 1] if i + 1 < len(words) else ""
    return following[:1] in {",", ";", ")"} or following[:1].islower()


def _ends_with_round_letter(words: list[str], i: int) -> bool:
    """'... in a Series C. The round ...': spaCy keeps the full stop on the letter, as for an
    initial, but after 'Series' and before a capital it ends the sentence."""
    return (
        len(words[i]) == 2
        and words[i][1] == "."
        and words[i][0].isupper()
        and i > 0
        and words[i - 1].lower() == "series"
        and i + 1 < len(words)
        and words[i + 1][:1].isupper()
    )


COMPANY_ABBREVIATIONS = frozenset({"Inc.", "Corp.", "Ltd.", "Co.", "Plc.", "Bhd.", "L.P."})
# Words that open a sentence and never continue a company's name ("… SK Hynix Inc. They …").
SENTENCE_OPENERS = frozenset({
    "The", "They", "It", "Its", "This", "That", "These", "Those", "He", "She", "We", "In", "On",
    "At", "But", "And", "However", "Meanwhile", "Last", "Earlier", "Separately", "Also", "A",
    "An", "Both", "Shares", "According",
})  # fmt: skip


def _ends_with_company_suffix(words: list[str], i: int) -> bool:
    """'... memory maker SK Hynix Inc. They joined ...': spaCy keeps the full stop on the
    abbreviation, but before a word that only opens a sentence it ends one."""
    if words[i] not in COMPANY_ABBREVIATIONS or i + 1 >= len(words):
        return False
    following = words[i + 1]
    after = words[i + 2] if i + 2 < len(words) else ""
    opens_a_clause = (
        following[:1].isupper()
        and following[1:].islower()
        and following.isalpha()
        and after.isalpha()
        and after.islower()
    )  # "… Tencent Holdings Ltd. Existing backers …", not "Apple Inc. CEO Tim Cook"
    return following in SENTENCE_OPENERS or opens_a_clause


class WordMemo(dict):
    """A function of one word with its answers kept: ``memo[word]`` is ``function(word)``. Meant
    to be mapped over a sentence's words (``map(memo.__getitem__, words)``): a word seen before
    is a dict look-up, with no Python call and, unlike ``lru_cache``, no order to keep."""

    __slots__ = ("function", "limit")

    def __init__(self, function: Callable[[str], object], limit: int = 1 << 16) -> None:
        super().__init__()
        self.function, self.limit = function, limit

    def __missing__(self, word: str) -> object:
        if len(self) >= self.limit:  # (then the memory starts afresh)
            self.clear()
        answer = self[word] = self.function(word)
        return answer


def index_of(offsets: list[int], offset: int) -> int | None:
    """The index of ``offset`` in the increasing ``offsets`` (the starts or ends of a
    sentence's tokens), or None."""
    i = bisect_left(offsets, offset)
    return i if i < len(offsets) and offsets[i] == offset else None


# What ``Token(...)`` does, without a Python call per word (an article has thousands).
_new_tuple = tuple.__new__


def _lower(word: str) -> str:
    """A word's lower case, without format characters: 'in\u00advested' (a soft hyphen) is
    'invested'."""
    if word.isascii():
        return word.lower()
    return "".join(ch for ch in word if unicodedata.category(ch) != "Cf").lower() or word.lower()


# Each word's lower case, kept: a word seen before gets the same string as the last time, whose
# hash the look-ups of the rules (word sets, tries, memories) have worked out already, rather
# than a new string to hash again at its first look-up.
_LOWER = WordMemo(_lower)


def _tokens(words: list[str], offsets: list[int], base: int) -> list[Token]:
    """A chunk's words as tokens, their offsets from ``base`` (the chunk's start), made by
    mapping C functions over the columns: no Python step per word."""
    starts = list(map(base.__add__, offsets))
    ends = list(map(add, starts, map(len, words)))
    rows = zip(words, map(_LOWER.__getitem__, words), starts, ends, strict=True)
    tokens = list(map(_new_tuple, repeat(Token), rows))
    if "–" in words:
        _en_dashes_in_compounds(tokens)
    return tokens


def _en_dashes_in_compounds(tokens: list[Token]) -> None:
    """'San Francisco–based', 'US–China': an en dash glued to the words on both sides joins a
    compound, as a hyphen does (read as '-'); one with a space beside it sets off a clause."""
    for i in range(1, len(tokens) - 1):
        dash = tokens[i]
        if dash.text == "–" and tokens[i - 1].end == dash.start and tokens[i + 1].start == dash.end:
            tokens[i] = Token(dash.text, "-", dash.start, dash.end)


DASHES = frozenset("-–—")
GLUED_DASH = re.compile(r"[-–—][A-Z]")  # where a word may start with a glued dash


def _dash_apart(
    words: list[str], offsets: list[int], punct: list[int], space: list[int]
) -> tuple[list[str], list[int], list[int], list[int]]:
    """'(Reuters) -Scale AI said': a dash glued to the name after a dateline, a token of its own,
    so that the name is read as written."""
    columns: tuple[list, list, list, list] = ([], [], [], [])
    for word, offset, is_punct, is_space in zip(words, offsets, punct, space, strict=True):
        if word[:1] in DASHES and word[1:2].isupper():
            rows = [(word[0], offset, 1, 0), (word[1:], offset + 1, 0, 0)]
        else:
            rows = [(word, offset, is_punct, is_space)]
        for row in rows:
            for column, value in zip(columns, row, strict=True):
                column.append(value)
    return columns


# the words a dateline may hold: months and agencies ("March 3", "(Reuters)")
DATED_WORDS = set(MONTHS.split("|")) | {agency.lower() for agency in NEWS_AGENCIES}


def _past_dateline(tokens: list[Token]) -> int:
    """The index after a dateline that opens a sentence ('TORONTO --', 'SAN FRANCISCO, March
    3, 2026 /PRNewswire/ --', 'BEIJING (Reuters) -'), so the sentence's subject opens it;
    0 when there is none ('AMD — the chipmaker — said' has none)."""
    if not tokens or not (tokens[0].text.isalpha() and tokens[0].text.isupper()):
        return 0
    if len(tokens[0].text) < 3:
        return 0
    capitals, dated = 0, False
    for i, token in enumerate(tokens[:16]):
        text = token.text
        if text in DATELINE_DASHES and i > 0:
            if text == "--" or dated or capitals > 1:
                return i + 1
            return 0
        if text.isalpha() and text.isupper():
            capitals += 1
        elif text in {",", "(", ")", "."} or text.isdigit():
            dated = dated or text == "("
        elif text.lower().rstrip(".") in DATED_WORDS or "/" in text:
            dated = True  # "March 3", "/PRNewswire/", "(Reuters)"
        else:
            return 0
    return 0


def iter_sentences(body: str) -> Iterator[Sentence]:
    """The sentences of an article body, markup blanked and wrapped lines read whole: a
    sentence's text is ``plain_text(body)[start:end]`` with line breaks as spaces.

    Only spaCy's tokenizer runs; its tokens are read as arrays of offsets and flags (no
    ``Token`` objects) and cut into sentences by ``sentence_starts``, the Sentencizer's rule."""
    tokenizer = pipeline().tokenizer
    shown = reading_text(body)
    text = without_tickers(without_marks(without_entities(shown)))
    for number, (p_start, p_end) in enumerate(paragraphs(body)):
        item = LIST_ITEM.match(body, p_start) is not None
        pieces = [c for r in _readable(p_start, p_end, text) for c in _chunks(*r, text)]
        for c_start, c_end in pieces:
            chunk = text[c_start:c_end]
            columns = tokenizer(chunk).to_array([IDX, LENGTH, IS_PUNCT, IS_SPACE]).T.tolist()
            offsets, lengths, punct, space = columns
            words = list(map(chunk.__getitem__, map(slice, offsets, map(add, offsets, lengths))))
            if GLUED_DASH.search(chunk):
                words, offsets, punct, space = _dash_apart(words, offsets, punct, space)
                lengths = [len(w) for w in words]
            starts = sentence_starts(words, punct, _Glued(offsets, lengths))
            chunk_tokens = _tokens(words, offsets, c_start)
            words_kept = list(map(not_, space)) if any(space) else None  # (white space goes)
            for s_first, s_end in zip(starts, [*starts[1:], len(words)], strict=True):
                tokens = chunk_tokens[s_first:s_end]
                if words_kept is not None:
                    tokens = list(compress(tokens, words_kept[s_first:s_end]))
                tokens = tokens[_past_dateline(tokens) :] or tokens
                for first in range(0, len(tokens), MAX_SENTENCE_TOKENS):
                    piece = tokens[first : first + MAX_SENTENCE_TOKENS]
                    start, end = piece[0].start, piece[-1].end
                    quote = display_quote(body, shown, start, end)
                    yield Sentence(start, end, text[start:end], number, piece, quote, item)
                    item = False


# A capitalised word after a word in lower case (or a comma) and a space: inside a sentence.
_CAPITALISED_INSIDE = re.compile(r"(?<=[a-z,;:] )[A-Z][\w-]*")


def capitalised_inside(body: str) -> frozenset[str]:
    """The words the text writes with a capital inside its sentences: names, unlike words
    capitalised only because they open a sentence ('Investors', 'Startups')."""
    return frozenset(_CAPITALISED_INSIDE.findall(body))
