"""Files to Article records: front matter, encodings and bad input."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import yaml
from pydantic import ValidationError

from kg.errors import KgError
from kg.models import Article, FrontMatter

ARTICLE_SUFFIXES = (".txt", ".md")
Warn = Callable[[str], None]


def article_paths(folder: Path) -> list[Path]:
    """The article files of a folder, sorted so builds are deterministic."""
    if not folder.is_dir():
        raise KgError(f"{folder}: not a folder of articles")
    return sorted(
        p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
    )


def load_articles(folder: Path, warn: Warn, strict: bool = False) -> list[Article]:
    """Read every article in ``folder``; a bad file is a warning (an error when ``strict``)."""
    articles: dict[str, Article] = {}
    for path in article_paths(folder):
        article = load_or_warn(path, warn, strict)
        if article is None:
            continue
        if article.id in articles:
            raise KgError(
                f"{path}: article id '{article.id}' is also used by {articles[article.id].path}"
            )
        articles[article.id] = article
    return list(articles.values())


def load_or_warn(path: Path, warn: Warn, strict: bool = False) -> Article | None:
    """The article at ``path``, or None after a one-line warning (an error when ``strict``)."""
    try:
        return load_article(path)
    except KgError as problem:
        if strict:
            raise
        warn(str(problem))
        return None


def load_article(path: Path) -> Article:
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise KgError(f"{path}: binary file, not an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        raise KgError(f"{path}: not UTF-8 (byte {problem.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_front_matter(text, path)
    if not body.strip():
        raise KgError(f"{path}: empty article")
    return Article(
        id=path.stem,
        path=str(path),
        body=body,
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        **meta.model_dump(),
    )


def split_front_matter(text: str, path: Path) -> tuple[FrontMatter, str]:
    """Separate a leading ``---`` YAML block from the body (which is kept byte for byte)."""
    if not text.startswith("---\n"):
        return FrontMatter(), text
    end = text.find("\n---\n", 3)
    if end == -1:
        if text.endswith("\n---"):
            end = len(text) - 4
        else:
            raise KgError(f"{path}: front matter has no closing '---' line")
    block = text[4 : end + 1]
    body = text[end + 5 :]
    try:
        data = yaml.safe_load(block) or {}
    except yaml.YAMLError as problem:
        mark = getattr(problem, "problem_mark", None)
        where = f" line {mark.line + 2}" if mark else ""
        raise KgError(f"{path}: front matter{where}: not valid YAML") from None
    if not isinstance(data, dict):
        raise KgError(f"{path}: front matter is not a mapping of fields")
    try:
        return FrontMatter(**{str(k): v for k, v in data.items()}), body
    except ValidationError as problem:
        raise KgError(f"{path}: front matter: {describe_validation(problem)}") from None


def describe_validation(problem: ValidationError) -> str:
    """The first pydantic error as 'field: message'."""
    first = problem.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "record"
    return f"'{field}' {first['msg'].lower()}"
