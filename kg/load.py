"""Files to Article records: front matter, encodings and bad input."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from kg import yamlfile
from kg.errors import KgError
from kg.models import Article, FrontMatter

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_ARTICLE_BYTES = 10_000_000  # larger files are left out with a warning
Warn = Callable[[str], None]


def article_paths(folder: Path, warn: Warn | None = None, strict: bool = False) -> list[Path]:
    """The article files of a folder, sorted so builds are deterministic (``article_names``)."""
    return [folder / name for name in article_names(folder, warn, strict)]


def article_names(folder: Path, warn: Warn | None = None, strict: bool = False) -> list[str]:
    """The names of the article files of a folder, sorted so builds are deterministic.

    A link whose target is outside the folder is left out (with a warning; an error when
    ``strict``): an article folder never publishes a file from elsewhere.
    """
    if not folder.is_dir():
        raise KgError(f"{folder}: not a folder of articles")
    root = folder.resolve()
    names = []
    # Named entries sorted by name (the order of sorted paths in one folder) and typed from
    # the directory listing: no stat per file but for links, and no path made of each name.
    with os.scandir(folder) as listing:
        found = sorted((e for e in listing if e.name.lower().endswith(ARTICLE_SUFFIXES)),
                       key=lambda e: e.name)  # fmt: skip
    for item in found:
        if _suffix(item.name).lower() not in ARTICLE_SUFFIXES:
            continue
        if item.is_symlink():
            path = folder / item.name
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):
                _problem(KgError(f"{path}: a broken or looping link; skipped"), warn, strict)
                continue
            if not target.is_relative_to(root):
                _problem(
                    KgError(f"{path}: a link to a file outside the articles folder; skipped"),
                    warn,
                    strict,
                )
                continue
        if item.is_file():
            names.append(item.name)
    return names


def _suffix(name: str) -> str:
    """``Path(name).suffix``, without making a path of each of a large folder's names."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _problem(problem: KgError, warn: Warn | None, strict: bool) -> None:
    if strict:
        raise problem
    if warn is not None:
        warn(str(problem))


def load_articles(folder: Path, warn: Warn, strict: bool = False) -> list[Article]:
    """Read every article in ``folder``; a bad file is a warning (an error when ``strict``)."""
    articles: dict[str, Article] = {}
    for path in article_paths(folder, warn, strict):
        article = load_or_warn(path, warn, strict)
        if article is None:
            continue
        if article.id in articles:
            _problem(duplicate_id(path, article.id, articles[article.id].path), warn, strict)
            continue
        articles[article.id] = article
    return list(articles.values())


def duplicate_id(path: Path, article_id: str, first: str) -> KgError:
    return KgError(f"{path}: article id '{article_id}' is also used by {first}; skipped")


def load_or_warn(path: Path, warn: Warn, strict: bool = False) -> Article | None:
    """The article at ``path``, or None after a one-line warning (an error when ``strict``);
    what it was read without is warned about too."""
    try:
        article = load_article(path)
    except KgError as problem:
        _problem(problem, warn, strict)
        return None
    for note in article.notes:
        _problem(KgError(note), warn, strict)
    return article


def read_article_bytes(path: Path) -> bytes:
    """The bytes of an article file; a file that cannot be read is a one-line KgError."""
    try:
        with open(path, "rb") as file:
            raw = file.read(MAX_ARTICLE_BYTES + 1)  # never more than the limit in memory
    except FileNotFoundError:
        raise KgError(f"{path}: vanished while the build was reading the folder") from None
    except IsADirectoryError:
        raise KgError(f"{path}: a folder, not an article") from None
    except OSError as problem:
        raise KgError(f"{path}: cannot read ({problem.strerror or problem})") from None
    if len(raw) > MAX_ARTICLE_BYTES:
        raise KgError(f"{path}: larger than the {MAX_ARTICLE_BYTES:,} bytes an article may have")
    return raw


def load_article(path: Path) -> Article:
    """The article at ``path``; anything wrong with it is a one-line KgError."""
    return article_from_bytes(path, read_article_bytes(path))


def article_from_bytes(path: Path, raw: bytes) -> Article:
    """The article these bytes (read from ``path``) hold."""
    if b"\x00" in raw:
        raise KgError(f"{path}: binary file, not an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        raise KgError(f"{path}: not UTF-8 (byte {problem.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body, notes = split_front_matter(text, path)
    if not body.strip():
        raise KgError(f"{path}: empty article")
    return Article(
        id=path.stem,
        path=str(path),
        body=body,
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        notes=notes,
        **meta.model_dump(),
    )


def split_front_matter(text: str, path: Path) -> tuple[FrontMatter, str, tuple[str, ...]]:
    """Separate a leading ``---`` YAML block from the body (which is kept byte for byte), with
    the notes of what was read past.

    Fields the project does not use (``author``, ``tags``...) are left out; ``date`` is read
    as ``published`` when there is no ``published``. A date that is no date ("approx. March
    2026") costs only the date: the article is read without one, and a note says so.
    """
    opening = _OPENING_LINE.match(text)
    if opening is None:
        return FrontMatter(), text, ()
    closing = _CLOSING_LINE.search(text, opening.end() - 1)
    if closing is None:
        raise KgError(f"{path}: front matter has no closing '---' line")
    block = text[opening.end() : closing.start() + 1]
    body = text[closing.end() :]
    source = f"{path}: front matter"
    try:
        data, root = yamlfile.parse(block, str(path), first_line=2)
    except KgError:
        data, root = _plain_fields(block), None
        if data is None:
            raise
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise KgError(f"{source} is not a mapping of fields")
    fields = {str(k): v for k, v in data.items()}
    misread = [
        n for n in TEXT_FIELDS if n in fields and not isinstance(fields[n], str | list | dict)
    ]
    plain = _plain_fields(block) if misread else None  # (read again only for such a field)
    for name in misread:
        if plain and plain.get(name) is not None:
            fields[name] = plain[name]  # "title: #1 AI chipmaker …" (a comment), "title: Yes"
    if "published" not in fields and "date" in fields:
        fields["published"] = fields["date"]
        root = _renamed(root, "date", "published")
    try:
        return FrontMatter(**fields), body, ()
    except ValidationError as problem:
        loc, what = yamlfile.describe(problem)
        line = yamlfile.line_of(root, loc, first_line=2)
        where = f" line {line}" if line else ""
        message = f"{path}{where}: front matter: {what}"
        if not _only_the_date(problem):
            raise KgError(message) from None
    fields.pop("published")
    return FrontMatter(**fields), body, (f"{message}; read without a date",)


def _only_the_date(problem: ValidationError) -> bool:
    return all(tuple(e["loc"]) == ("published",) for e in problem.errors(include_url=False))


# The lines that open and close a front matter: '---', or '...' closing it (as YAML and Pandoc
# allow), with any spaces an editor left after them.
_OPENING_LINE = re.compile(r"---[ \t]*\n")
_CLOSING_LINE = re.compile(r"\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_PLAIN_FIELD = re.compile(r"(?P<key>[A-Za-z_][\w-]*):(?:[ \t]+(?P<value>.*))?")
TEXT_FIELDS = ("title", "publisher", "url")
_NULLS = {"~", "null", "Null", "NULL"}
# Values that are YAML's structures, never a headline's text: a list or mapping that is not a
# bracketed tag before words ('[Exclusive] Meta …', '{Update}: …'), a '!!' tag, an anchor
# ('&x'), an alias ('*x', not '*Exclusive* …').
_YAML_STRUCTURE = re.compile(
    r"(?![\[{][^\[\]{}]+[\]}][ \t:]+\S)[\[{]|!!|&\w|\*(?![^*\s][^*]*\*[ \t:]+\S)\w"
)


def _plain_fields(block: str) -> dict[str, str | None] | None:
    """A front matter read as one ``key: text`` field a line, for headlines that are no valid
    YAML or that YAML reads as something else: a colon in a value ('title: The Gamble: Inside
    …'), a quote inside a quoted one ('title: "Nvidia's "big" bet"'), a tag ('[Exclusive]',
    '*Exclusive*', '@Nvidia'), a '#' ('#1 AI chipmaker'), 'Yes'. A quoted value loses its
    outer quotes. None for anything else (an indented or nested line, a line that is no field,
    a key given twice, a key with no value)."""
    fields: dict[str, str | None] = {}
    for line in block.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        match = _PLAIN_FIELD.fullmatch(line.rstrip())
        value = match["value"].strip() if match and match["value"] else None
        if not value or match["key"] in fields or _YAML_STRUCTURE.match(value):
            return None
        if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[match["key"]] = None if value in _NULLS else value
    return fields


def _renamed(root, old: str, new: str):
    """The node tree with mapping key ``old`` read as ``new`` (for error lines)."""
    import yaml

    if not isinstance(root, yaml.MappingNode):
        return root
    value = [
        (yaml.ScalarNode(k.tag, new, k.start_mark, k.end_mark) if k.value == old else k, v)
        for k, v in root.value
    ]
    return yaml.MappingNode(root.tag, value, root.start_mark, root.end_mark)


def describe_validation(problem: ValidationError) -> str:
    """The first pydantic error as "'field' what is wrong", in the project's words."""
    return yamlfile.describe(problem)[1]
