"""What a SPARQL text asks for, read before any parser sees it: nesting depth, and the
addresses that ``SERVICE`` and ``LOAD`` would make the store fetch.

The scan skips strings, IRIs and comments, so a keyword inside a literal is not taken for one.
It is deliberately cautious: a form it cannot check (``SERVICE ?var``, a prefixed name) is
refused rather than guessed at.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from kg.errors import KgError

MAX_NESTING = 64

_TOKENS = re.compile(
    r"""
      (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<comment>\#[^\n\r]*)
    | (?P<open>[{(\[])
    | (?P<close>[})\]])
    | (?P<word>[?$]?[A-Za-z_][\w.:-]*|:[\w.-]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_FETCHING = {"SERVICE", "LOAD"}


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _unescaped(text: str) -> str:
    """SPARQL's codepoint escapes are undone before parsing (so ``\\u0053ERVICE`` is SERVICE)."""

    def one(match: re.Match) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group()

    return _CODEPOINT.sub(one, text)


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) pairs, without whitespace and comments."""
    found = []
    for match in _TOKENS.finditer(_unescaped(text)):
        kind = match.lastgroup or "other"
        if kind == "comment" or (kind == "other" and match.group().isspace()):
            continue
        found.append((kind, match.group()))
    return found


def nesting(text: str) -> int:
    """The deepest nesting of ``{}``, ``()`` and ``[]`` in a query or update."""
    depth = deepest = 0
    for kind, _ in tokens(text):
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "close":
            depth = max(depth - 1, 0)
    return deepest


def check_nesting(text: str, limit: int = MAX_NESTING) -> None:
    """Refuse a query nested deeper than ``limit`` (the parser recurses once per level)."""
    depth = nesting(text)
    if depth > limit:
        raise KgError(f"the query is nested {depth} levels deep; the limit is {limit}")


def fetched_addresses(text: str) -> list[tuple[str, str | None]]:
    """(keyword, IRI or None) for each ``SERVICE`` or ``LOAD`` in the text; None when the
    target is not a plain IRI (a variable or a prefixed name)."""
    found = []
    items = tokens(text)
    for index, (kind, value) in enumerate(items):
        if kind != "word" or value.upper() not in _FETCHING:
            continue
        following = items[index + 1 : index + 3]
        if following and following[0][0] == "word" and following[0][1].upper() == "SILENT":
            following = following[1:]
        target = following[0] if following else ("other", "")
        iri = target[1][1:-1] if target[0] == "iri" else None
        found.append((value.upper(), iri))
    return found


def check_fetches(text: str, allowed_hosts: frozenset[str] | set[str]) -> None:
    """Refuse ``SERVICE``/``LOAD`` unless the target is an http(s) IRI on an allowed host."""
    for keyword, iri in fetched_addresses(text):
        if not allowed_hosts:
            raise KgError(
                f"{keyword} is off on this server: it would make the server fetch another "
                "address (start it with --allow-service HOST to allow a host)"
            )
        if iri is None:
            raise KgError(f"{keyword} needs a full <IRI> here, so its host can be checked")
        parts = urlsplit(iri)
        if parts.scheme not in ("http", "https") or (parts.hostname or "") not in allowed_hosts:
            hosts = ", ".join(sorted(allowed_hosts))
            raise KgError(f"{keyword} <{iri}> is not on an allowed host ({hosts})")
