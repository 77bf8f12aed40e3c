"""spaCy's affix searches for the tokenizer, with the same answers found faster.

spaCy joins its prefix rules as '^rule|^rule|…' and its suffix rules as 'rule$|rule$|…', and
asks ``search`` of each word it has not met before: a search tries every position of the word
and every rule there. A prefix can only start at the word's start, so ``match`` finds the same
one. A suffix rule of a fixed width can only match that far from the word's end, and one no
wider than a few characters at the word's last few: those rules are tried there only, and the
few of unbounded width ('\\.\\.+') from the start, the leftmost match winning.
The infix rules each take punctuation or a symbol: a word of ASCII letters and digits, most of
those the tokenizer meets, holds none. Rules this module cannot read for certain (a '|' outside
brackets, flags, compiled patterns) leave the searches as spaCy makes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from re import _constants as C
from re import _parser as parser

import spacy

Search = Callable[[str], "re.Match[str] | None"]
MAX_REACH = 64  # a suffix rule wider than this is searched from the word's start


def prefix_search(rules: Sequence[str]) -> Search:
    """What ``compile_prefix_regex(rules).search`` finds."""
    pattern = spacy.util.compile_prefix_regex(rules)
    return pattern.match if _readable(rules) else pattern.search


def suffix_search(rules: Sequence[str]) -> Search:
    """What ``compile_suffix_regex(rules).search`` finds: the same span (the tokenizer reads
    no more of it)."""
    if not _readable(rules):
        return spacy.util.compile_suffix_regex(rules).search
    fixed: dict[int, list[str]] = {}  # the rules of each fixed width
    varying: list[str] = []  # of a bounded width that varies
    unbounded: list[str] = []
    for rule in (r for r in rules if r.strip()):
        narrowest, widest = parser.parse(rule).getwidth()
        if narrowest == widest:
            fixed.setdefault(widest, []).append(rule)
        else:
            (varying if widest <= MAX_REACH else unbounded).append(rule)
    reach = max((parser.parse(rule).getwidth()[1] for rule in varying), default=0)
    return _SuffixSearch(
        _LastCharacterRules(fixed.pop(1, [])),
        [(width, spacy.util.compile_suffix_regex(group)) for width, group in fixed.items()],
        spacy.util.compile_suffix_regex(varying) if varying else None,
        reach,
        spacy.util.compile_suffix_regex(unbounded) if unbounded else None,
        list(rules),
    )


def infix_finditer(rules: Sequence[str]) -> Callable[[str], Iterable[re.Match[str]]]:
    """What ``compile_infix_regex(rules).finditer`` finds. When no rule can take an ASCII letter
    or digit (each takes punctuation or a symbol, the letters and digits around it only looked
    at) nor match an empty text, a word of ASCII letters and digits only has no infix: it is
    not searched."""
    pattern = spacy.util.compile_infix_regex(rules)
    pieces = [parser.parse(rule) for rule in rules if rule.strip()] if _readable(rules) else []
    if not pieces or not all(p.getwidth()[0] > 0 and _takes_no_ascii_alnum(p) for p in pieces):
        return pattern.finditer
    return _InfixFinditer(pattern.finditer)


class _InfixFinditer:
    __slots__ = ("finditer",)

    def __init__(self, finditer: Callable[[str], Iterator[re.Match[str]]]) -> None:
        self.finditer = finditer

    def __call__(self, word: str) -> Iterable[re.Match[str]]:
        if word.isalnum() and word.isascii():
            return ()
        return self.finditer(word)


def _takes_no_ascii_alnum(items) -> bool:
    """Whether no character the parsed pattern ``items`` consumes can be an ASCII letter or
    digit (lookarounds consume none; anything not known here counts as able to)."""
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        if op is C.LITERAL:
            if _ascii_alnum(av):
                return False
        elif op is C.IN:
            if not all(_set_item_without_ascii_alnum(item, value) for item, value in av):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if not _takes_no_ascii_alnum(av[2]):
                return False
        elif op is C.SUBPATTERN:
            if av[1] or av[2] or not _takes_no_ascii_alnum(av[3]):
                return False  # (flags set or cleared inside: not read here)
        elif op is C.BRANCH:
            if not all(_takes_no_ascii_alnum(branch) for branch in av[1]):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _takes_no_ascii_alnum(av):
                return False
        else:
            return False
    return True


def _set_item_without_ascii_alnum(item, value) -> bool:
    if item is C.LITERAL:
        return not _ascii_alnum(value)
    if item is C.RANGE:
        low, high = value
        return not any(low <= end and start <= high for start, end in _ASCII_ALNUM_RANGES)
    return False  # a category, a negation


_ASCII_ALNUM_RANGES = ((48, 57), (65, 90), (97, 122))  # 0-9 A-Z a-z


def _ascii_alnum(code: int) -> bool:
    return any(start <= code <= end for start, end in _ASCII_ALNUM_RANGES)


class _SuffixSearch:
    """The leftmost suffix of the rules: a rule of a fixed width can only match that far from
    the word's end, and is tried there alone; a rule of a bounded width is searched from as
    far; the others from the word's start. Where two match from one start they end together
    (at the word's end), so the span is the same whichever the joined pattern would report.
    A word ending in a line break, where '$' may match before it, is searched as spaCy does
    (the tokenizer never asks of one)."""

    __slots__ = ("last_character", "fixed", "varying", "reach", "unbounded", "rules", "_whole")

    def __init__(
        self,
        last_character: _LastCharacterRules,
        fixed: list[tuple[int, re.Pattern[str]]],
        varying: re.Pattern[str] | None,
        reach: int,
        unbounded: re.Pattern[str] | None,
        rules: list[str],
    ) -> None:
        self.last_character = last_character
        self.fixed, self.varying, self.reach, self.unbounded = fixed, varying, reach, unbounded
        self.rules = rules
        self._whole: re.Pattern[str] | None = None

    def __call__(self, word: str) -> re.Match[str] | None:
        if word.endswith("\n"):
            if self._whole is None:
                self._whole = spacy.util.compile_suffix_regex(self.rules)
            return self._whole.search(word)
        length = len(word)
        found = None
        if length:
            pattern = self.last_character[word[-1]]
            found = pattern.match(word, length - 1) if pattern is not None else None
        for width, pattern in self.fixed:
            if width <= length:
                match = pattern.match(word, length - width)
                if match is not None and (found is None or match.start() < found.start()):
                    found = match
        if self.varying is not None:
            match = self.varying.search(word, max(0, length - self.reach))
            if match is not None and (found is None or match.start() < found.start()):
                found = match
        if self.unbounded is not None:
            match = self.unbounded.search(word)
            if match is not None and (found is None or match.start() < found.start()):
                found = match
        return found


class _LastCharacterRules(dict):
    """The rules one character wide that may take a given last character, joined (None for
    none): most words end on a letter, which no such rule of spaCy's takes. Joined once for
    each set of rules, whatever characters share it."""

    def __init__(self, rules: list[str]) -> None:
        super().__init__()
        self.rules = [(rule, parser.parse(rule)) for rule in rules]
        self.joined: dict[tuple[str, ...], re.Pattern[str] | None] = {}

    def __missing__(self, character: str) -> re.Pattern[str] | None:
        code = ord(character)
        taking = tuple(rule for rule, parsed in self.rules if _may_take(parsed, code))
        if taking not in self.joined:
            self.joined[taking] = spacy.util.compile_suffix_regex(taking) if taking else None
        pattern = self[character] = self.joined[taking]
        return pattern


def _may_take(items, code: int) -> bool:
    """Whether a character the parsed pattern ``items`` consumes may be ``code`` (anything not
    read here may)."""
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        if op is C.LITERAL:
            taken = av == code
        elif op is C.NOT_LITERAL:
            taken = av != code
        elif op is C.IN:
            taken = _in_set(av, code)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            taken = _may_take(av[2], code)
        elif op is C.SUBPATTERN:
            taken = _may_take(av[3], code)
        elif op is C.BRANCH:
            taken = any(_may_take(branch, code) for branch in av[1])
        elif op is C.ATOMIC_GROUP:
            taken = _may_take(av, code)
        else:
            return True  # any character, a category, a reference
        if taken:
            return True
    return False


def _in_set(items, code: int) -> bool:
    """Whether a parsed character set may hold ``code``."""
    negated, held = False, False
    for item, value in items:
        if item is C.NEGATE:
            negated = True
        elif item is C.LITERAL:
            held = held or value == code
        elif item is C.RANGE:
            held = held or value[0] <= code <= value[1]
        else:
            return True  # a category: may
    return held != negated


def _readable(rules: Sequence[str]) -> bool:
    """Whether every rule is a text with no '|' outside brackets and no flags: then each is
    one branch of the joined pattern, and the joined pattern's anchors hold for all of it."""
    return all(isinstance(rule, str) and _one_branch(rule) for rule in rules)


def _one_branch(rule: str) -> bool:
    plain = rule
    for construct in ("(?:", "(?=", "(?!", "(?<=", "(?<!"):
        plain = plain.replace(construct, "(")
    if "(?" in plain:
        return False  # flags, named groups or another construct not read here
    depth, in_class, escaped = 0, False, False
    for char in rule:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
    return True
