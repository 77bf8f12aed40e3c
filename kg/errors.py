"""The one exception type the CLI turns into a one-line message instead of a traceback."""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, line/paragraph separators and bidirectional overrides: what a
# terminal acts on instead of showing (a file name or article text can hold any of them).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe to write to a terminal on one line: control characters are escaped."""
    return _UNPRINTABLE.sub(lambda m: _escape(m.group()), text)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class KgError(Exception):
    """A problem the user can act on; the message names the file and what is wrong.

    The message is kept to one printable line, whatever file names or text it quotes.
    """

    def __init__(self, message: object = "") -> None:
        super().__init__(printable(str(message)))
