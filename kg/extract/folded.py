"""Whether a case-insensitive pattern occurs in a text, asked faster.

An ignore-case scan tries each character in both its cases. On an ASCII text, a pattern whose
letters are all lower case finds the same matches, at the same offsets, case-sensitively in the
lower-cased text (lower-casing ASCII keeps every offset), about twice as fast. So it does on a
text whose characters beyond ASCII have no case at all (news' curly quotes and dashes: ’ “ —):
lower-casing leaves them as they are, and either scan matches them only by themselves. A pattern's
upper-case ASCII letters are lower-cased in its twin ("GW" as "gw": either matches only what
lower-cases to "gw"). Patterns with a cased letter beyond ASCII or a part that turns
case-sensitivity off are searched as they are, and so is every text with a cased letter beyond
ASCII.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

try:
    from re import _compiler as compiler
    from re import _constants as C
    from re import _parser as parser
except ImportError:  # another Python's internals: every pattern is searched as it is
    parser = None


class _WordStart(NamedTuple):
    """A pattern that opens on a word start ('(?=[rf…])\\b…', the tables' way of naming a
    word's first letters), searched as after a character no word holds (first op a character
    class, which the scan skips to; a lookahead first made it try a match at every position) or
    at the text's start. ``whole`` matches right after such a character exactly where
    ``after_gap`` goes on past it: the word's first letter makes that a word start."""

    whole: re.Pattern[str]
    after_gap: re.Pattern[str]
    after_ascii_gap: re.Pattern[str]  # for an ASCII text: its gaps are a set of bits, quick
    opening: re.Pattern[str]

    def occurs(self, text: str) -> bool:
        after_gap = self.after_ascii_gap if text.isascii() else self.after_gap
        return after_gap.search(text) is not None or self.opening.match(text) is not None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What ``whole.finditer(text)`` gives (none of its matches is empty): each next match
        is ``whole``'s at the next word start ``after_gap`` finds, from the end of the last."""
        after_gap = self.after_ascii_gap if text.isascii() else self.after_gap
        match = self.whole.match(text)
        end = 0
        while True:
            if match is not None:
                yield match
                end = match.end()
            gap = after_gap.search(text, max(end - 1, 0))
            if gap is None:
                return
            match = self.whole.match(text, gap.start() + 1)


Twins = tuple[re.Pattern[str], re.Pattern[str] | None, _WordStart | None]
# Each pattern asked of, by id, with its case-sensitive twin or None, and the twin's word-start
# form if it has one (the pattern is kept, so no other object has its id); only so many (a
# pattern compiled anew at each ask would fill it).
_TWINS: dict[int, Twins] = {}
MAX_TWINS = 256
_LOCK = threading.Lock()


def occurs(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches anywhere in ``text`` (``pattern.search(text)`` is not None)."""
    lowered = _lowered(text)
    if lowered is not None:
        known = _TWINS.get(id(pattern))
        if known is None and len(_TWINS) < MAX_TWINS:
            known = _remember_twin(pattern)
        if known is not None and known[2] is not None:
            return known[2].occurs(lowered)
        if known is not None and known[1] is not None:
            return known[1].search(lowered) is not None
    return pattern.search(text) is not None


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when ``text`` is ASCII and, lower-cased, holds none of ``words`` (lower case):
    then an ignore-case pattern each of whose matches holds one of them has no match, and need
    not be searched. A text beyond ASCII may spell them in other letters of the same case."""
    if not text.isascii():
        return True
    return any(map(text.lower().__contains__, words))  # (no Python step per word)


def holds_as_written(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` as they are written (for a case-sensitive
    pattern each of whose matches holds one of them)."""
    return any(map(text.__contains__, words))  # (no Python step per word)


def may_end_on(text: str, words: frozenset[str]) -> bool:
    """False only when ``text`` does not end on one of ``words`` (lower case, in any case) and
    white space: then an ignore-case pattern each of whose matches ends so ('… in ') has no
    match. A last word beyond ASCII may spell them in other letters."""
    if not text[-1:].isspace():
        return False
    last = text.rsplit(None, 1)[-1:]
    return not last or not last[0].isascii() or last[0].lower() in words


def lowered_holds(text: str, words: tuple[str, ...]) -> bool:
    """False only when ``text``, lower-cased as ``occurs`` searches it, holds none of ``words``
    (lower case): then no pattern each of whose matches holds one of them matches. Unlike
    ``may_hold``, a text whose characters beyond ASCII have no case is read too; meant for a
    whole sentence, which the searches lower-case anyway (kept, not made again)."""
    lowered = _lowered(text)
    return lowered is None or any(map(lowered.__contains__, words))


def word_holds(word: str, words: tuple[str, ...]) -> bool:
    """``lowered_holds(word, words)`` for one word of a sentence, its lower case not kept (a
    memory of words asks it once a word). A text of words joined by spaces holds one of
    ``words`` (none with a space) exactly where one of its words does, and its lower case is
    None exactly where one of theirs is: ``lowered_holds`` of the text is ``any`` of its
    words'."""
    lowered = _lowered.__wrapped__(word)
    return lowered is None or any(map(lowered.__contains__, words))


def lowered_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, at the same offsets, with their groups in lower
    case or as written (for callers that read them lower-cased)."""
    lowered = _lowered(text)
    if lowered is not None:
        known = _TWINS.get(id(pattern))
        if known is None and len(_TWINS) < MAX_TWINS:
            known = _remember_twin(pattern)
        if known is not None and known[2] is not None:
            return known[2].finditer(lowered)
        if known is not None and known[1] is not None:
            return known[1].finditer(lowered)
    return pattern.finditer(text)


# Each pattern asked of by ``all_matches``, by id, with its word-start form or None (kept, as
# in ``_TWINS``).
_AS_WRITTEN: dict[int, tuple[re.Pattern[str], _WordStart | None]] = {}


def all_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``: the same matches, found faster when the pattern opens on a
    word start."""
    known = _AS_WRITTEN.get(id(pattern))
    if known is None:
        known = (pattern, _as_written_word_start(pattern))
        if len(_AS_WRITTEN) < MAX_TWINS:
            with _LOCK:
                _AS_WRITTEN[id(pattern)] = known
    return pattern.finditer(text) if known[1] is None else known[1].finditer(text)


def first_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, found faster when the pattern opens on a word start."""
    return next(all_matches(pattern, text), None)


def _as_written_word_start(pattern: re.Pattern[str]) -> _WordStart | None:
    if (
        parser is None
        or not isinstance(pattern, re.Pattern)
        or not isinstance(pattern.pattern, str)
    ):
        return None
    try:
        return _word_start(parser.parse(pattern.pattern, pattern.flags), pattern, pattern.flags)
    except (re.error, TypeError, ValueError, AttributeError):
        return None


@lru_cache(maxsize=256)  # a sentence, or a part of it, is asked of by many patterns
def _lowered(text: str) -> str | None:
    """``text`` lower-cased, if it is ASCII or its characters beyond ASCII have no case (so
    that lower-casing changes ASCII letters only); None for a text with a cased letter beyond
    ASCII, which is searched as it is."""
    lowered = text.lower()
    if text.isascii() or _caseless_beyond_ascii(text):
        return lowered
    return None


def _caseless_beyond_ascii(text: str) -> bool:
    """Whether each character of ``text`` beyond ASCII is its own lower case, upper case and
    case fold, asked of those characters at once, the runs of ASCII cut out by C code (a news
    text holds a few quote marks and dashes besides): a string's mappings are its characters'
    joined (but for a final sigma's, itself cased), and no character's mapping starts with
    itself, so a changed one shows where it stands."""
    beyond = _ASCII_RUNS.sub("", text)
    return beyond == beyond.lower() == beyond.upper() == beyond.casefold()


_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def _caseless(char: str) -> bool:
    return char.lower() == char == char.upper() == char.casefold()


def _remember_twin(pattern: re.Pattern[str]) -> Twins:
    known = (pattern, *_twins(pattern))
    with _LOCK:
        _TWINS[id(pattern)] = known  # type: ignore[assignment]
    return known  # type: ignore[return-value]


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    return _twins(pattern)[0]


def _twins(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None, _WordStart | None]:
    """The pattern's case-sensitive twin, if it has one, and the twin's word-start form."""
    twin = None
    if (
        parser is not None
        and isinstance(pattern, re.Pattern)  # not a stand-in that times it (benchmarks)
        and pattern.flags & re.IGNORECASE
        and isinstance(pattern.pattern, str)
    ):
        flags = pattern.flags & ~re.IGNORECASE
        try:
            parsed = parser.parse(pattern.pattern, pattern.flags)
            if _lower_only(parsed):
                twin = re.compile(pattern.pattern, flags)
            elif _lower_capitals(parsed) and _lower_only(parsed):
                parsed.state.flags &= ~re.IGNORECASE
                twin = compiler.compile(parsed, flags)
            if twin is not None:
                parsed.state.flags &= ~re.IGNORECASE
                return twin, _word_start(parsed, twin, flags)
        except (re.error, TypeError, ValueError, AttributeError):
            twin = None
    return twin, None


def _word_start(parsed, whole: re.Pattern[str], flags: int) -> _WordStart | None:
    """The word-start form of ``whole`` (``parsed``), if it opens on a lookahead of word
    characters and a word boundary and matches no empty text."""
    items = list(parsed.data)
    if len(items) < 3 or items[0][0] is not C.ASSERT or items[1] != (C.AT, C.AT_BOUNDARY):
        return None
    if flags & re.ASCII or parsed.getwidth()[0] == 0:
        return None  # (ASCII: its word characters are ASCII ones; not asked)
    direction, ahead = items[0][1]
    if direction != 1 or not _word_characters(ahead):
        return None
    rest = [items[0], *items[2:]]
    gap = (C.IN, [(C.CATEGORY, C.CATEGORY_NOT_WORD)])
    ascii_gap = (C.IN, [(C.NEGATE, None), *_ASCII_WORD_CHARACTERS])
    return _WordStart(
        whole,
        compiler.compile(parser.SubPattern(parsed.state, [gap, *rest]), flags),
        compiler.compile(parser.SubPattern(parsed.state, [ascii_gap, *rest]), flags),
        compiler.compile(
            parser.SubPattern(parsed.state, [(C.AT, C.AT_BEGINNING_STRING), *rest]), flags
        ),
    )


# a-z A-Z 0-9 _
_ASCII_WORD_CHARACTERS = [
    (C.RANGE, (97, 122)),
    (C.RANGE, (65, 90)),
    (C.RANGE, (48, 57)),
    (C.LITERAL, 95),
]


def _word_characters(ahead) -> bool:
    """Whether the parsed lookahead ``ahead`` is one character of a set of word characters
    ('[rfsb]', 't')."""
    if len(ahead.data) != 1:
        return False
    op, av = ahead.data[0]
    if op is C.LITERAL:
        return _word_character(av)
    if op is not C.IN:
        return False
    return all(_word_characters_only(item, value) for item, value in av)


def _word_characters_only(item, value) -> bool:
    """Whether an item of a parsed character set holds word characters only."""
    if item is C.LITERAL:
        return _word_character(value)
    if item is C.CATEGORY:
        return value in (C.CATEGORY_DIGIT, C.CATEGORY_WORD)  # \d, \w
    if item is not C.RANGE:
        return False  # a negated set, another category
    low, high = value
    return high - low < 256 and all(map(_word_character, range(low, high + 1)))


def _word_character(code: int) -> bool:
    return chr(code).isalnum() or code == 95  # what \w matches: "_" too


def _lower_capitals(items) -> bool:
    """Lower-case, in place, the upper-case ASCII letters of the parsed pattern ``items`` (its
    literals and its ranges of capitals only); whether it held any. Ignoring case, "GW" and
    "gw" match the same texts."""
    changed = False
    for index, (op, av) in enumerate(items):
        if op in (C.LITERAL, C.NOT_LITERAL) and _ascii_capital(av):
            items[index] = (op, av + 32)
            changed = True
        elif op is C.RANGE and _ascii_capital(av[0]) and _ascii_capital(av[1]):
            items[index] = (op, (av[0] + 32, av[1] + 32))
            changed = True
        elif op in (C.IN, C.ATOMIC_GROUP):
            changed |= _lower_capitals(av)
        elif op is C.SUBPATTERN:
            changed |= _lower_capitals(av[3])
        elif op is C.BRANCH:
            changed |= any([_lower_capitals(branch) for branch in av[1]])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            changed |= _lower_capitals(av[2])
        elif op in (C.ASSERT, C.ASSERT_NOT):
            changed |= _lower_capitals(av[1])
    return changed


def _ascii_capital(code: int) -> bool:
    return 65 <= code <= 90  # "A" to "Z"


def _uncased_or_lower(code: int) -> bool:
    """A character an ignore-case pattern matches on an ASCII text exactly as a case-sensitive
    one matches the text lower-cased: no case at all, or an ASCII lower-case letter."""
    char = chr(code)
    return char.lower() == char.upper() or (char.isascii() and char.islower())


def _lower_only(items) -> bool:
    """Whether every letter of the parsed pattern ``items`` is lower-case ASCII and no part of it
    turns ignore-case off (anything not known here counts as not)."""
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL):
            if not _uncased_or_lower(av):
                return False
        elif op is C.RANGE:
            low, high = av
            if high - low > 256 or not all(map(_uncased_or_lower, range(low, high + 1))):
                return False
        elif op is C.SUBPATTERN:
            if av[2] & re.IGNORECASE or not _lower_only(av[3]):
                return False
        elif op is C.BRANCH:
            if not all(_lower_only(branch) for branch in av[1]):
                return False
        elif op in (C.IN, C.ATOMIC_GROUP):
            if not _lower_only(av):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if not _lower_only(av[2]):
                return False
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if not _lower_only(av[1]):
                return False
        elif op not in (C.AT, C.CATEGORY, C.ANY, C.GROUPREF, C.NEGATE):
            return False
    return True


# Strings shorter than this say little of a text: a pattern some match of which holds none
# longer is given no words.
MIN_HELD = 3


def held_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which each match of the ignore-case ``pattern`` holds, read
    from the pattern itself (the literal runs each of its alternatives must match), or None
    when some match may hold none of at least ``MIN_HELD`` characters. A text for which
    ``lowered_holds(text, words)`` is False has no match: a quick look for a few words, where
    a scan tries every position."""
    if parser is None or not pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        held = _held(parser.parse(pattern.pattern, pattern.flags).data)
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    if not held:
        return None
    # (a string that holds another of them is found whenever that one is: not looked for)
    return tuple(sorted(w for w in held if not any(h != w and h in w for h in held)))


def _held(items) -> set[str] | None:
    """Strings one of which each match of the parsed sequence ``items`` holds, or None: of the
    runs of literals and the parts every match goes through, the one whose strings are the
    longest."""
    choices: list[set[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is C.LITERAL and (av < 128 or _caseless(chr(av))):
            run.append(chr(av).lower())  # (a cased letter beyond ASCII may match another)
            continue
        if len(run) >= MIN_HELD:
            choices.append({"".join(run)})
        run = []
        part = _held_by_part(op, av)
        if part:
            choices.append(part)
    return max(choices, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _held_by_part(op, av) -> set[str] | None:
    """What ``_held`` finds in a part every match of its sequence goes through: a group, an
    alternation (one string of each alternative), a repeat at least once."""
    if op is C.SUBPATTERN:
        return _held(av[3])
    if op is C.ATOMIC_GROUP:
        return _held(av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _held(av[2])
    if op is C.BRANCH:
        held: set[str] = set()
        for branch in av[1]:
            found = _held(branch)
            if not found:
                return None
            held |= found
        return held
    return None  # a character set, a lookaround, a boundary: no literal the match must hold
