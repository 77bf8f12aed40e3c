"""Names in a sentence: runs of capitalised words that may name an organisation or a chip, and
the entities made for the names the registry lacks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract.mentions import Mention
from kg.extract.patterns import (
    COMPANY_LAST_WORDS,
    COUNTRY_PREFIXES,
    DESCRIPTOR_FIRST_WORDS,
    INVESTOR_SUFFIXES,
    LEGAL_WORDS,
    NAME_LIKE_S,
    NOT_NAMES,
    OF_NAME_HEADS,
    OPENING_DESCRIPTORS,
    QUALIFIES_DESCRIBED_NAME,
    STATE_FUND_ENDINGS,
    STATE_FUND_PREFIXES,
)
from kg.extract.text import Sentence, WordMemo
from kg.models import Entity

MAX_NAME_TOKENS = 4
# A name that ends in an investing word may be longer ("Hangzhou Municipal Construction
# Investment Group Co.", "China Merchants Group Venture Capital").
MAX_INVESTOR_NAME_TOKENS = 7
# A government body's name, which goes on with its remit ("Ministry of Science and ICT").
GOVERNMENT_HEADS = frozenset({"Ministry", "Department"})


def slug(name: str) -> str:
    """The id part of a name: its letters without accents ('Nysnø' 'nysno', 'Zürich' 'zurich')."""
    if not name.isascii():
        parts = unicodedata.normalize("NFKD", name.translate(UNDECOMPOSED_LETTERS))
        name = "".join(c for c in parts if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "entity"


# Latin letters that no decomposition takes apart into a base letter and a mark.
UNDECOMPOSED_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe",
                                      "ß": "ss", "đ": "d", "ł": "l", "Ł": "L", "ı": "i",
                                      "þ": "th", "ð": "d"})  # fmt: skip


@lru_cache(maxsize=1 << 16)  # asked of every word of every sentence; words recur
def is_name_token(text: str) -> bool:
    if not text or text in NOT_NAMES or len(text.rstrip(".")) <= 1:  # "A.", "C": a letter
        return False
    if set(text) & CURRENCY_SIGNS:  # "S$21.5", "HK$3": an amount
        return False
    if not text[0].isupper() and CAMEL_CASE.match(text) is None:  # "xAI" is a name
        return False
    return PLURAL_ACRONYM.fullmatch(text) is None  # "VCs", "GPUs": plural common nouns


CURRENCY_SIGNS = set("$€£¥₹")
INITIAL = re.compile(r"[A-Z]\.")
CAMEL_CASE = re.compile(r"[a-z]+[A-Z]")
DIGIT_LED = re.compile(r"\d+[A-Z][A-Za-z]*")
QUANTITY_TOKEN = re.compile(r"\d+(?:[KMBT]|[KMGT]W|[KMGTPE]B|[KMG]Hz|Bn|BN|MN|Mn|MWh|GWh)")
PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")  # "GPUs", "SoCs"
# words that go on a name ("Trellix AI", "Run:ai", "Shanghai Science and Technology Fund")
NAME_JOINERS = {"AI", "-", ":", "of", "&", "and"}
NUMBER_LED_AFTER = {",", "and", "&", "from", "including", "by"}  # before "360 ONE Asset"
NUMBER_LED_ENDINGS = INVESTOR_SUFFIXES | {"Industries"}  # "8090 Industries"


def name_runs(sentence: Sentence, taken: set[int]) -> list[tuple[int, int]]:
    """The runs of a sentence's words that may name something (first and last token), past
    ``taken``. A run opens only on a word with a kind (``_word_kind``): the others are skipped
    without a look until one does."""
    runs = []
    tokens = sentence.tokens
    kinds = list(map(_WORD_KINDS.__getitem__, map(itemgetter(0), tokens)))  # (their texts)
    after_run = 0  # the first word a run may open on: the word that closed a run closes only
    count = len(tokens)
    for first in compress(range(count), kinds):
        if first < after_run:
            continue
        # (a name-like word not taken is a name's word: the common case, asked here without
        # the call of ``_name_like``, which answers the same)
        if not (kinds[first] & NAME_WORD and first not in taken) and not _name_like(
            tokens, kinds, first, False, taken
        ):
            continue
        end = first + 1
        while end < count and (
            (kinds[end] & NAME_WORD and end not in taken)
            or _name_like(tokens, kinds, end, True, taken)
        ):
            end += 1
        if first == 0 and end > 1 and tokens[0].lower in OPENING_DESCRIPTORS:
            first = 1  # "Chipmaker Zentrix raised …": the descriptor a sentence opens on
        first = _with_prefix(tokens, first, end, taken)
        if (
            end - first - sum(t.text == "-" for t in tokens[first:end]) <= MAX_NAME_TOKENS
            or investor_name(tokens[first:end])
            or (end - first <= MAX_INVESTOR_NAME_TOKENS and tokens[first].text in GOVERNMENT_HEADS)
        ):  # ("Ministry of Electronics and Information Technology")
            runs.append((first, end - 1))
        after_run = end + 1
    return runs


def _with_prefix(tokens: list, first: int, end: int, taken: set[int]) -> int:
    """Where a name starts that opens on a word no name opens on alone: a country before a
    company's name ('China Merchants Bank', 'China Mobile'), two capitals before a name ('LG
    CNS', 'SK Telecom')."""
    before = first - 1
    while (
        before > 0
        and tokens[before].text == "-"
        and tokens[before - 1].end == tokens[before].start == tokens[before + 1].start - 1
        and tokens[before - 1].text[:1].isupper()
        and before - 1 not in taken
    ):
        first, before = before - 1, before - 2  # "In-Q-Tel": a capital word a hyphen joins on
    if before < 0 or before in taken or tokens[before].end == tokens[first].start:
        return first
    word = tokens[before].text
    if word in COUNTRY_PREFIXES and tokens[end - 1].text in COMPANY_LAST_WORDS:
        return before
    if (
        word in STATE_FUND_PREFIXES
        and tokens[end - 1].text in STATE_FUND_ENDINGS
        and end - first > 1
    ):
        return before  # "US Innovative Technology Fund", "UK Sovereign AI Fund": a state's own
    if len(word) == 2 and word.isupper() and word.isalpha() and word not in NOT_NAMES:
        return before
    return first


def _name_like(tokens: list, kinds: list[int], i: int, in_run: bool, taken: set[int]) -> bool:
    """Whether token ``i`` belongs to a name (``in_run``: a name's words come just before it)."""
    kind = kinds[i]
    if kind & NAME_WORD and i not in taken:
        return True
    if in_run and _state_owned(tokens, i, taken):
        return True  # "Shanghai State-owned Capital Investment": one name across the hyphen
    if in_run and i not in taken and _in_a_remit(tokens, i):
        return True  # "Ministry of SMEs and Startups": a remit's words, plural acronyms too
    if kind & MAY_JOIN or (in_run and i >= 2 and tokens[i - 1].text == ":"):
        return _part_of_a_name(tokens, i, in_run, taken)
    return False


NAME_WORD, MAY_JOIN = 1, 2


def _in_a_remit(tokens: list, i: int) -> bool:
    """Whether capitalised token ``i`` follows 'Ministry of' or 'Department of' (with the
    remit's words between): part of a government body's name."""
    for j in range(i - 1, max(0, i - 6), -1):
        if tokens[j].text == "of" and tokens[j - 1].text in GOVERNMENT_HEADS:
            return tokens[i].text[:1].isupper()
        if not (tokens[j].text[:1].isupper() or tokens[j].text in {"and", "&", ","}):
            return False
    return False


def _state_owned(tokens: list, i: int, taken: set[int]) -> bool:
    """The '-' and 'owned' of 'State-owned' inside a name, before another word of it."""
    at = i - 1 if tokens[i].text == "owned" else i
    return (
        at > 0
        and at + 2 < len(tokens)
        and tokens[at].text == "-"
        and tokens[at - 1].text == "State"
        and tokens[at + 1].text == "owned"
        and at + 2 not in taken
        and is_name_token(tokens[at + 2].text)
    )


def _word_kind(text: str) -> int:
    """NAME_WORD for a name-like word; MAY_JOIN for a word that can go on or open a name
    without being name-like ('AI', '&', 'of', '-', a digit, one or two capitals)."""
    joins = text in NAME_JOINERS or text[:1].isdigit() or (len(text) <= 2 and text[:1].isupper())
    return (NAME_WORD if is_name_token(text) else 0) | (MAY_JOIN if joins else 0)


_WORD_KINDS = WordMemo(_word_kind)  # asked of every word of every sentence; words recur


def _part_of_a_name(tokens: list, i: int, in_run: bool, taken: set[int]) -> bool:
    """Whether token ``i``, no name-like word itself, belongs to a name here (``in_run``: a
    name's words come just before it)."""
    text = tokens[i].text
    if len(text) == 2 and INITIAL.fullmatch(text) and _initials_before_name(tokens, i, taken):
        return True  # "D. E. Shaw Ventures"
    if not in_run:
        return _leads_a_name(tokens, i, taken)
    if text == "AI" and i not in taken:
        return True  # "Trellix AI": the name's last word
    if text in {"-", ":"} and 0 < i < len(tokens) - 1 and _glued(tokens, i):
        after = tokens[i + 1].text
        if text == "-" and is_name_token(after) and i + 1 not in taken:
            return True  # "High-Flyer": one name across its hyphen
        if text == ":" and _lower_word(after):
            return True  # "Run:ai": one name across its colon; not "NASDAQ:FB"
    if i >= 2 and tokens[i - 1].text == ":" and _glued(tokens, i - 1) and _lower_word(text):
        return True  # the word after that colon
    if (
        text == "of"
        and tokens[i - 1].text in OF_NAME_HEADS
        and i + 1 < len(tokens)
        and i + 1 not in taken
        and (is_name_token(tokens[i + 1].text) or _in_a_remit(tokens, i + 1))
    ):
        return True  # "Industrial Bank of Korea", "Government of Canada"
    if text == "and":  # "Shanghai Science and Technology Innovation Fund": one name
        return (
            i + 1 < len(tokens)
            and i + 1 not in taken
            and (
                (
                    tokens[i - 1].text == "Science"
                    and tokens[i + 1].text in {"Technology", "Technologies"}
                )
                or (  # "Securities and Exchange Commission": the words of one body's name
                    is_name_token(tokens[i + 1].text)
                    and i + 2 < len(tokens)
                    and tokens[i + 2].text in OF_NAME_HEADS - {"Corporation", "Fund"}
                )
                or (  # "Ministry of Electronics and Information Technology": a ministry's remit
                    i >= 3
                    and tokens[i - 2].text == "of"
                    and tokens[i - 3].text in GOVERNMENT_HEADS
                    and is_name_token(tokens[i + 1].text)
                )
            )
        )
    return text == "&" and (
        _investor_after(tokens, i + 1, taken) or _ampersand_pair(tokens, i, taken)
    )  # "BDT & MSD Partners"


def _ampersand_pair(tokens: list, i: int, taken: set[int]) -> bool:
    """'Wise & Pathfinder': an ampersand between two names no registry holds is one firm's
    name ('Nvidia & AMD' is two companies)."""
    return (
        i + 1 < len(tokens)
        and i - 1 not in taken
        and i + 1 not in taken
        and is_name_token(tokens[i + 1].text)
        and tokens[i + 1].lower not in LEGAL_WORDS  # "Lumen & Co.": the firm's suffix
    )


def _leads_a_name(tokens: list, i: int, taken: set[int]) -> bool:
    """'5Y Capital', '1X Technologies': a name led by a digit; 'T-Mobile Ventures', 'K-Scale
    Labs': by a letter and a hyphen; 'G Squared', 'X Corp': by a letter ('A' and 'I' are
    words)."""
    text = tokens[i].text
    if text.isdigit():  # "360 ONE Asset", "01 Ventures": a number listed before an investor
        return (
            (len(text) <= 3 or (len(text) == 4 and not 1900 <= int(text) <= 2099))
            and 0 < i < len(tokens) - 1
            and tokens[i - 1].lower in NUMBER_LED_AFTER
            and i + 1 not in taken
            and _investor_after(tokens, i + 1, taken)
        )
    if text[:1].isdigit():
        return (
            DIGIT_LED.fullmatch(text) is not None
            and not QUANTITY_TOKEN.fullmatch(text)
            and i + 1 < len(tokens)
            and i + 1 not in taken
            and is_name_token(tokens[i + 1].text)
        )
    if len(text) != 1 or not text.isupper() or i + 1 >= len(tokens):
        return False
    if tokens[i + 1].text == "-":
        return (
            i + 2 < len(tokens)
            and _glued(tokens, i + 1)
            and i + 2 not in taken
            and is_name_token(tokens[i + 2].text)
        )
    return (
        text not in "AI"
        and tokens[i + 1].start > tokens[i].end
        and i + 1 not in taken
        and is_name_token(tokens[i + 1].text)
    )


def _investor_after(tokens: list, i: int, taken: set[int]) -> bool:
    """Whether the capitalised words from ``i`` end, within a few words, in an investing word."""
    j = i
    while j < min(len(tokens), i + 3) and j not in taken and is_name_token(tokens[j].text):
        j += 1
    return j > i and tokens[j - 1].text in NUMBER_LED_ENDINGS


def investor_name(tokens: list) -> bool:
    """Whether a long run of capitalised words is one investor's name: it ends in an investing
    word, before any legal form."""
    words = [t.text for t in tokens]
    while words and words[-1].lower() in LEGAL_WORDS:
        words.pop()
    short_enough = len(tokens) <= MAX_INVESTOR_NAME_TOKENS
    return short_enough and bool(words) and words[-1] in INVESTOR_SUFFIXES


def _glued(tokens: list, i: int) -> bool:
    """Whether token ``i`` touches both its neighbours ('High-Flyer', 'Run:ai')."""
    return tokens[i - 1].end == tokens[i].start and tokens[i + 1].start == tokens[i].end


def _lower_word(text: str) -> bool:
    return text.isalnum() and text[0].islower()


def _initials_before_name(tokens: list, i: int, taken: set[int]) -> bool:
    j = i
    while j < len(tokens) and INITIAL.fullmatch(tokens[j].text):
        j += 1
    return j < len(tokens) and j not in taken and is_name_token(tokens[j].text)


def qualifies_described_name(after: str) -> bool:
    """Whether ``QUALIFIES_DESCRIBED_NAME`` matches ``after`` (the text after a name), searched
    only where it may: each of its matches opens on white space and has a descriptor's first
    word among the first four words (in any case; a word beyond ASCII may spell one in other
    letters)."""
    if not after[:1].isspace():
        return False
    words = after.split(None, 5)[:5]
    return any(not w.isascii() or w.lower() in DESCRIPTOR_FIRST_WORDS for w in words) and bool(
        QUALIFIES_DESCRIBED_NAME.match(after)
    )


def span_text(sentence: Sentence, first: int, last: int) -> str:
    tokens = sentence.tokens
    return sentence.text[tokens[first].start - sentence.start : tokens[last].end - sentence.start]


def new_entity(
    sentence: Sentence,
    first: int,
    last: int,
    name: str,
    kind: str,
    **fields: str | list[str] | None,
) -> tuple[Mention, Entity]:
    """A discovered entity named by tokens ``first``..``last``, and its mention."""
    entity = Entity(
        id=f"discovered-{slug(name)}", name=name, types=[kind], discovered=True, **fields
    )
    tokens = sentence.tokens
    return Mention(entity.id, first, last, tokens[first].start, tokens[last].end, name), entity


def common_word_first(sentence: Sentence, first: int, last: int) -> bool:
    """'Investors raised …', 'Startups closed …': a sentence's first word alone, capitalised
    only because it starts the sentence, is no name (a word ending in s is taken for a plural
    unless the article writes it with a capital inside a sentence too: 'Lumilens')."""
    word = sentence.tokens[first].text
    return (
        first == 0
        and first == last
        and (
            word.lower() in STOP_WORDS
            or word.endswith("s")
            and not word.endswith(NAME_LIKE_S)
            and not sentence.opening_named
        )
    )
