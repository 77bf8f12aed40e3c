"""spaCy's affix searches for the tokenizer, with the same answers found faster.

spaCy joins its prefix rules as '^rule|^rule|…' and its suffix rules as 'rule$|rule$|…', and
asks ``search`` of each word it has not met before: a search tries every position of the word
and every rule there. A prefix can only start at the word's start, so ``match`` finds the same
one. A suffix rule no wider than a few characters can only match at the word's last few: those
rules are searched from there, and the few of unbounded width ('\\.\\.+') from the start, the
leftmost match of the rules winning (the first rule's on a tie), as in the joined pattern.
Rules this module cannot read for certain (a '|' outside brackets, flags, compiled patterns)
leave the searches as spaCy makes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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
    whole = spacy.util.compile_suffix_regex(rules)
    if not _readable(rules):
        return whole.search
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
    try:
        parser.parse(rule)
    except re.error:
        return False
    return True
