"""Where a build folder keeps its versions: the link ``store`` to the current one's store under
``.versions/``. Apart from ``kg.store`` so that a reader of the fact table finds the current
version without importing pyoxigraph."""

from __future__ import annotations

from pathlib import Path

from kg.errors import KgError

STORE_DIR = "store"
VERSIONS_DIR = ".versions"


def store_folder(build: Path) -> Path:
    """The folder of the build's current store version (the link resolved once)."""
    link = build / STORE_DIR
    if not link.exists():
        raise KgError(f"{build}: no graph built here (run 'kg build --out {build}' first)")
    return link.resolve()
