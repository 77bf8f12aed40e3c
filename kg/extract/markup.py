"""What the rules read of an article: Markdown and HTML markup, character references, name
marks and stock tickers blanked out, each to the same length, so that offsets still point into
the file; and the quote a reader is shown for a span of it."""

from __future__ import annotations

import html
import re

# Markdown and HTML markup, blanked out (same length, so offsets still point into the file).
_LIST_MARKER = r"(?:[-*+•]|\d{1,3}[.)])[ \t]"  # "- ", "• ", "1. "
_LINE_MARKUP = re.compile(rf"^[ \t]{{0,3}}(?:#{{1,6}}[ \t]+|>[ \t]?|{_LIST_MARKER}[ \t]*)", re.M)
# A Markdown table's row: "| Company: | Neysa |", "|---|---|".
_TABLE_ROW = re.compile(r"^[ \t]{0,3}\|[^\n]*\|[ \t]*$", re.M)
_LINK = re.compile(r"!?\[(?P<text>[^\]\n]*)\](?:\((?P<url>[^)\n]*)\)|\[[^\]\n]*\])")
# A numbered citation marker after a sentence or a name ("… trained models.[3] Built on"):
# blanked, so the full stop before it ends the sentence.
_CITATION = re.compile(r"\[\d{1,3}(?:[,–-]\s?\d{1,3})*\](?!\()")
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
    r"|\([A-Z][A-Z0-9.]{0,6}, Financial\)"  # GuruFocus's: "Nvidia's (NVDA, Financial) GPUs"
)
# A Reuters code written bare after a name: "Nvidia NVDA.O chips", "Aker ASA AKER.OL".
BARE_CODE = re.compile(
    r"(?<=[a-z] )[A-Z]{2,6}\.(?:O|N|OQ|T|KS|HK|SS|SZ|TW|L|PA|DE|OL|AX|SI|NS|BO)(?= )"
)
# The tickers of the field's listed companies written bare after their names, as financial
# wires do ("Nvidia Corp. NVDA, and Microsoft Corp. MSFT are investing", "Nvidia NVDA and
# Samsung"): words no article uses as a name. (Not AMD, IBM, ARM, DELL, IREN: names as well.)
# (The lookahead on the tickers' first letters spares the lookbehind at the other characters.)
BARE_TICKER = re.compile(
    r"(?=[ABCGIMNOPQST])(?<=[\w.] )"
    r"(?:NVDA|MSFT|AMZN|GOOGL?|ORCL|AVGO|INTC|QCOM|CRWV|NBIS|SMCI|BABA|TCEHY|BIDU|"
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
TERMINAL_PUNCT = re.compile(r"[.!?:;\"”’)\]]\s*$")
LIST_ITEM = re.compile(rf"[ \t]{{0,3}}{_LIST_MARKER}")
LINE_STRUCTURE = re.compile(rf"^[ \t]{{0,3}}(?:#{{1,6}}[ \t]|>|{_LIST_MARKER}|\|)")


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
    if "[" in text:  # (a link or a citation opens on one; most articles have none)
        text = _LINK.sub(link, _CITATION.sub(blank, text))
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
    return " ".join(kept.split())  # (runs of white space as one space, none at the ends)


def reading_text(body: str) -> str:
    """What a reader reads: markup blanked and line breaks as spaces, offsets unchanged."""
    return plain_text(body).replace("\n", " ").replace("\r", " ")


# Upper-case letters in brackets right after a capitalised word: "Microsoft (MSFT)" or
# "SoftBank Group (SBG)", a ticker or an abbreviation (``_abbreviates`` tells them apart).
# Chips' own acronyms, never a ticker in brackets ("Google (TPU), Meta (MTIA)").
CHIP_ACRONYMS = {"TPU", "MTIA", "GPU", "LPU", "NPU", "IPU", "XPU", "DPU", "RDU", "WSE", "APU"}
BARE_CAPITALS = re.compile(r"(?<=[A-Za-z.])[ \t]\((?P<letters>[A-Z]{2,5})\)")
# (the lookahead on a capital spares the lookbehind at the other characters)
UNBRACKETED_CAPITALS = re.compile(r"(?=[A-Z])(?<![(\w])[A-Z]{2,5}(?![)\w])")
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w&.\-']*[ \t]+){0,5}[A-Z][\w&.\-']*$")


# Marks written after a name that say nothing of it ("NVIDIA® H100", "Meta✴"): blanked in
# what the rules read, so that "Microsoft, Meta✴, Google and Amazon" is still one list.
NAME_MARKS = "®™©℠✴✱★☆"


# Hyphens other than U+002D ("five‑year", "add‑on"), read as the plain one.
HYPHEN_VARIANTS = "\u2010\u2011"


def without_marks(text: str) -> str:
    """``text`` with trademark and footnote marks replaced by spaces, and the other hyphens by
    '-' (same length). Each is looked for and replaced on its own: ``str.translate`` goes
    through a Python mapping at every character of a text beyond ASCII, many times slower."""
    if text.isascii():
        return text
    for mark in NAME_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    for hyphen in HYPHEN_VARIANTS:
        if hyphen in text:
            text = text.replace(hyphen, "-")
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
        if (
            match["letters"] not in unbracketed
            and match["letters"] not in CHIP_ACRONYMS
            and not _abbreviates(text, match)
        ):
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
