"""Sentence splitting and tokens with absolute character offsets (spaCy's blank English)."""

from __future__ import annotations

import html
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
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer

from kg.extract.affixes import infix_finditer, prefix_search, suffix_search
from kg.extract.patterns import DATELINE_DASHES, MONTHS, NEWS_AGENCIES

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
        rules=nlp.Defaults.tokenizer_exceptions,
        prefix_search=prefix_search(nlp.Defaults.prefixes),
        suffix_search=suffix_search(suffixes),
        infix_finditer=infix_finditer(nlp.Defaults.infixes),
        token_match=nlp.Defaults.token_match,
        url_match=nlp.Defaults.url_match,
        max_cache_size=TOKENIZER_CACHE_SIZE,
    )


# The tokenizer keeps the tokens of each run of text between spaces it has split (a look-up
# when the run comes again), but only of its first ``max_cache_size`` runs: spaCy's 10,000 are
# reached within some 200 articles, after which every new run is split by the affix rules
# again at each occurrence, at about twice the time of the whole tokenizing. The runs kept
# take some 60 bytes each.
TOKENIZER_CACHE_SIZE = 1 << 18


# The lexical attributes the project reads: the words' lower case (``EntityFinder``'s names)
# and the punctuation and white-space flags (``iter_sentences``, the Sentencizer's rule).
LEXICAL_ATTRIBUTES_READ = (LOWER, IS_PUNCT, IS_SPACE)


# Markdown and HTML markup, blanked out (same length, so offsets still point into the file).
_LIST_MARKER = r"(?:[-*+•]|\d{1,3}[.)])[ \t]"  # "- ", "• ", "1. "
_LINE_MARKUP = re.compile(rf"^[ \t]{{0,3}}(?:#{{1,6}}[ \t]+|>[ \t]?|{_LIST_MARKER}[ \t]*)", re.M)
# A Markdown table's row: "| Company: | Neysa |", "|---|---|".
_TABLE_ROW = re.compile(r"^[ \t]{0,3}\|[^\n]*\|[ \t]*$", re.M)
_LINK = re.compile(r"!?\[(?P<text>[^\]\n]*)\](?:\((?P<url>[^)\n]*)\)|\[[^\]\n]*\])")
# Every match opens on one of "<`*_": the lookahead lets the scan skip other characters fast.
_INLINE_MARKUP = re.compile(
    r"(?=[<`*_])(?:<(?:https?://|mailto:)[^>\s]+>|</?[A-Za-z][^>\n]{0,200}>|`+|"
    r"(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])|(?<!\w)_{1,3}(?=\S)|(?<=\S)_{1,3}(?!\w))"
)
# A stock ticker in brackets: after an exchange ("(NASDAQ: NVDA)", "(OTCPK:TCEHY)"), or alone
# with a space after the bracket, as financial wires write it ("( BABA)"); never "(SBG)", an
# abbreviation the rules read.
_EXCHANGES = (
    "NASDAQ|Nasdaq|NYSE|NYSE American|NYSEAMERICAN|OTCPK|OTCQX|OTCQB|OTC|TSX|TSXV|TSX-V|LSE|AIM|"
    "HKEX|HKG|SEHK|HK|TYO|TSE|KRX|KOSDAQ|KOSPI|SSE|SZSE|SHA|SHE|ASX|NSE|BSE|ETR|XETRA|EPA|AMS|"
    "FRA|SIX|TWSE|TPE|TWO|SGX|BIT|BME|STO|CPH|HEL|OSL|TASE|TADAWUL|ADX|DFM"
)
TICKER = re.compile(
    rf"\((?:\s*(?:{_EXCHANGES})\s*:\s*[A-Z0-9][A-Z0-9.\-]{{0,9}}\s*[;,]?)+\s*\)"
    r"|\(\s+[A-Z][A-Z0-9.]{1,6}\s*\)"
    r"|\((?:[A-Z]{1,6}|\d{4,6})\.[A-Z]{1,2}\)"  # Reuters' codes: "Apple (AAPL.O)", "(2330.TW)"
)
# A Reuters code written bare after a name: "Nvidia NVDA.O chips", "Aker ASA AKER.OL".
BARE_CODE = re.compile(
    r"(?<=[a-z] )[A-Z]{2,6}\.(?:O|N|OQ|T|KS|HK|SS|SZ|TW|L|PA|DE|OL|AX|SI|NS|BO)(?= )"
)
# The tickers of the field's listed companies written bare after their names, as financial
# wires do ("Nvidia Corp. NVDA, and Microsoft Corp. MSFT are investing", "Nvidia NVDA and
# Samsung"): words no article uses as a name. (Not AMD, IBM, ARM, DELL, IREN: names as well.)
BARE_TICKER = re.compile(
    r"(?<=[\w.] )(?:NVDA|MSFT|AMZN|GOOGL?|ORCL|AVGO|INTC|QCOM|CRWV|NBIS|SMCI|BABA|TCEHY|BIDU|"
    r"AAPL|TSLA|PLTR|CSCO|TSM|MRVL|BLK|MSTR|SNOW|CRM)(?=[\s,.;:])"
)
# What every match of BARE_CODE, and of BARE_CAPITALS, holds: looked for first, as a scan that
# skips to a capital or a bracket is quick, where the patterns' lookbehinds are tried at every
# character of the article.
CODE_ENDING = re.compile(r"[A-Z]\.(?:O|N|OQ|T|KS|HK|SS|SZ|TW|L|PA|DE|OL|AX|SI|NS|BO) ")
BRACKETED_CAPITALS = re.compile(r"\([A-Z]{2,5}\)")
# Lines no longer than this, in an article whose lines all are, may have been wrapped by hand.
WRAP_WIDTH = 100
MIN_WRAP_WIDTH = 40  # narrower than this, lines are headlines or list items, not wrapped prose
_TERMINAL = re.compile(r"[.!?:;\"”’)\]]\s*$")
_LIST_ITEM = re.compile(rf"[ \t]{{0,3}}{_LIST_MARKER}")
_STRUCTURE = re.compile(rf"^[ \t]{{0,3}}(?:#{{1,6}}[ \t]|>|{_LIST_MARKER}|\|)")


def plain_text(body: str) -> str:
    """``body`` with Markdown and HTML markup replaced by spaces of the same length: what the
    rules read and what quotes show, while offsets still point into the file."""

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group())

    def link(match: re.Match[str]) -> str:
        text = match.group("text")
        opening = match.start("text") - match.start()
        return " " * opening + text + " " * (len(match.group()) - opening - len(text))

    text = _LINE_MARKUP.sub(blank, body)
    if "|" in text:  # (a table's rows open on one)
        text = _TABLE_ROW.sub(_table_row, text)
    if "[" in text:  # (a link opens on one; most articles have none)
        text = _LINK.sub(link, text)
    if any(mark in text for mark in "<`*_"):  # (as every inline mark does on one of these)
        text = _INLINE_MARKUP.sub(blank, text)
    return text


def _table_row(match: re.Match[str]) -> str:
    """A Markdown table's row as a reader reads it: its rule ('|---|---|') blank, its cells
    apart ('|' read as ';'), and a label cell ending on a colon run into the cell after it
    ('| Co-Investors: | A, B, C |' reads 'Co-Investors: A, B, C')."""
    row = match.group()
    if set(row) <= set("|-: \t"):
        return " " * len(row)
    cells = row.split("|")
    out = [" " * len(cells[0])]
    for i, cell in enumerate(cells[1:], start=1):
        before = cells[i - 1].rstrip()
        first_or_last = i == 1 or i == len(cells) - 1
        out.append(" " if first_or_last or before.endswith(":") else ";")
        out.append(cell)
    return "".join(out)


def display_quote(body: str, plain: str, start: int, end: int) -> str:
    """The words of ``body[start:end]`` as a reader sees them: markup dropped, line breaks and
    runs of white space as one space."""
    original, reading = body[start:end], plain[start:end]
    if original == reading:  # no markup and no line break: the common case
        kept = original
    else:
        kept = "".join(
            ch
            for ch, seen in zip(body[start:end], plain[start:end], strict=True)
            if ch == seen or ch.isspace()
        )
    if "&" in kept and _ENTITY.search(kept):
        kept = html.unescape(kept)  # "xAI&#8217;s" reads "xAI’s"
    return re.sub(r"\s+", " ", kept).strip()


def reading_text(body: str) -> str:
    """What a reader reads: markup blanked and line breaks as spaces, offsets unchanged."""
    return plain_text(body).replace("\n", " ").replace("\r", " ")


# Upper-case letters in brackets right after a capitalised word: "Microsoft (MSFT)" or
# "SoftBank Group (SBG)", a ticker or an abbreviation (``_abbreviates`` tells them apart).
BARE_CAPITALS = re.compile(r"(?<=[A-Za-z.])[ \t]\((?P<letters>[A-Z]{2,5})\)")
UNBRACKETED_CAPITALS = re.compile(r"(?<![(\w])[A-Z]{2,5}(?![)\w])")
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w&.\-']*[ \t]+){0,5}[A-Z][\w&.\-']*$")


# Marks written after a name that say nothing of it ("NVIDIA® H100", "Meta✴"): blanked in
# what the rules read, so that "Microsoft, Meta✴, Google and Amazon" is still one list.
NAME_MARKS = "®™©℠✴✱★☆"


def without_marks(text: str) -> str:
    """``text`` with trademark and footnote marks replaced by spaces (same length). Each mark
    is looked for and replaced on its own: ``str.translate`` goes through a Python mapping at
    every character of a text beyond ASCII, many times slower."""
    if text.isascii():
        return text
    for mark in NAME_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    return text


# An HTML character reference: '&#8217;', '&#x2019;', '&nbsp;', '&amp;'.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def without_entities(text: str) -> str:
    """``text`` with each HTML character reference as the character it stands for, after spaces
    that keep its length ('xAI&#8217;s' reads 'xAI      ’s', '$2&nbsp;billion' '$2      billion'):
    pages copied as HTML source keep them."""
    if "&" not in text:
        return text

    def decoded(match: re.Match[str]) -> str:
        reference = match.group()
        char = html.unescape(reference)
        if len(char) != 1 or char == reference:
            return reference
        return " " * (len(reference) - 1) + (" " if char.isspace() else char)

    return _ENTITY.sub(decoded, text)


def without_tickers(text: str) -> str:
    """``text`` with stock tickers in brackets, or bare after a name, blanked ("Tencent
    (OTCPK:TCEHY), Alibaba ( BABA), Microsoft (MSFT) and Geely", "Nvidia NVDA and Samsung"):
    what the rules read, so that a list of companies reads as
    one and no ticker is read as a chip or a company. Quotes keep them."""
    if "." in text and CODE_ENDING.search(text):
        text = BARE_CODE.sub(lambda match: " " * len(match.group()), text)
    text = BARE_TICKER.sub(lambda match: " " * len(match.group()), text)
    if "(" not in text:
        return text
    text = TICKER.sub(lambda match: " " * len(match.group()), text)
    bracketed = list(BARE_CAPITALS.finditer(text)) if BRACKETED_CAPITALS.search(text) else []
    if not bracketed:
        return text
    unbracketed = set(UNBRACKETED_CAPITALS.findall(text))
    pieces, kept_to = [], 0
    for match in bracketed:
        if match["letters"] not in unbracketed and not _abbreviates(text, match):
            pieces += [text[kept_to : match.start()], " " * len(match.group())]
            kept_to = match.end()
    return "".join([*pieces, text[kept_to:]])


def _abbreviates(text: str, match: re.Match[str]) -> bool:
    """Whether the bracketed capitals abbreviate the capitalised words before them ('SoftBank
    Group (SBG)', 'Advanced Micro Devices (AMD)': their capitals in order, from a word's
    first); else, unless the text uses them outside brackets too (a name it goes on to use),
    they are a ticker ('Nvidia (NVDA)', 'Meta Platforms (META)')."""
    letters = match["letters"]
    run = CAPITALISED_RUN.search(text, max(0, match.start() - 80), match.start())
    if run is not None:
        words = run.group().split()
        for first, word in enumerate(words):
            if word[0] != letters[0]:
                continue
            capitals = iter(c for w in words[first:] for c in w if c.isupper())
            if all(letter in capitals for letter in letters):
                return True
    return _initials_of_words_before(text, match)


def _initials_of_words_before(text: str, match: re.Match[str]) -> bool:
    """Whether the bracketed capitals are the initials of the words right before them, written
    in lower case ('wafer-scale engines (WSE)'): a name's abbreviation, never a ticker."""
    letters = match["letters"]
    words = re.findall(r"[A-Za-z]+", text[max(0, match.start() - 60) : match.start()])
    last = words[-len(letters) :]
    return len(last) == len(letters) and "".join(w[0] for w in last).upper() == letters


def quote_at(body: str, start: int, end: int, reading: str | None = None) -> str:
    """The quote a reader is shown for ``body[start:end]`` (pass ``reading_text(body)`` when
    asking for many quotes of one long body)."""
    return display_quote(body, reading if reading is not None else reading_text(body), start, end)


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
        joins = previous is not None and not _STRUCTURE.match(line)
        if joins and wrapped:
            joins = previous[1] - previous[0] >= widest // 2  # a short line ends its paragraph
        elif joins:
            last = body[previous[0] : previous[1]]
            joins = not _TERMINAL.search(last) and line.lstrip()[:1].islower()
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
        item = _LIST_ITEM.match(body, p_start) is not None
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
