"""spaCy's affix searches for the tokenizer, with the same answers found faster.

spaCy joins its prefix rules as '^rule|^rule|…' and its suffix rules as 'rule$|rule$|…', and
asks ``search`` of each word it has not met before: a search tries every position of the word
and every rule there. A prefix can only start at the word's start, so ``match`` finds the same
one. A suffix rule no wider than a few characters can only match at the word's last few: those
rules are searched from there, and the few of unbounded width ('\\.\\.+') from the start, the
leftmost match of the rules winning (the first rule's on a tie), as in the joined pattern.
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
    """What ``compile_suffix_regex(rules).search`` finds."""
    if not _readable(rules):
        return spacy.util.compile_suffix_regex(rules).search
    groups: list[tuple[list[str], int | None]] = []  # runs of rules, with their reach or None
    for rule in (r for r in rules if r.strip()):
        widest = parser.parse(rule).getwidth()[1]
        reach = widest + 1 if widest <= MAX_REACH else None  # (+1: '$' before a '\n')
        if groups and (groups[-1][1] is None) == (reach is None):
            groups[-1][0].append(rule)
            if reach is not None:
                groups[-1] = (groups[-1][0], max(groups[-1][1] or 0, reach))
        else:
            groups.append(([rule], reach))
    compiled = [(spacy.util.compile_suffix_regex(group), reach) for group, reach in groups]
    return _SuffixSearch(compiled)


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
    """The leftmost suffix of several groups of rules, in the rules' order."""

    __slots__ = ("groups",)

    def __init__(self, groups: list[tuple[re.Pattern[str], int | None]]) -> None:
        self.groups = groups

    def __call__(self, word: str) -> re.Match[str] | None:
        found = None
        for pattern, reach in self.groups:
            start = 0 if reach is None else max(0, len(word) - reach)
            match = pattern.search(word, start)
            if match is not None and (found is None or match.start() < found.start()):
                found = match
        return found


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
