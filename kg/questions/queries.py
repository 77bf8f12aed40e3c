"""The SPARQL files shipped in ``kg/queries``: loaded by name, listed from the folder.

Question queries carry a ``#+ summary:`` line; helper queries (the steps a question is made
of, such as the names of entities) carry ``#+ helper: true`` as well and are not listed.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from kg.errors import KgError


@cache
def query_text(name: str) -> str:
    """The SPARQL of a shipped query, read from the package."""
    path = resources.files("kg").joinpath("queries", f"{name}.rq")
    if not path.is_file():
        raise KgError(f"unknown query '{name}'; known: {', '.join(shipped_queries())}")
    return path.read_text(encoding="utf-8")


def _header(name: str, key: str) -> str:
    for line in query_text(name).splitlines():
        if line.startswith(f"#+ {key}:"):
            return line.removeprefix(f"#+ {key}:").strip()
    return ""


def query_summary(name: str) -> str:
    """The one-line summary in a shipped query's ``#+ summary:`` header."""
    return _header(name, "summary")


def all_queries() -> list[str]:
    """Every shipped query, helpers included."""
    folder = resources.files("kg").joinpath("queries")
    return sorted(p.name.removesuffix(".rq") for p in folder.iterdir() if p.name.endswith(".rq"))


def shipped_queries() -> list[str]:
    """The shipped queries a user runs (helpers left out)."""
    return [name for name in all_queries() if _header(name, "helper") != "true"]
