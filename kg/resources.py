"""Where the files shipped with the package live: ontology, registry, queries."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def _shipped(installed: str, checkout: str) -> Path:
    """A file from the wheel's ``_resources`` or, in a source checkout, from the top level."""
    inside = Path(str(resources.files("kg").joinpath("_resources", installed)))
    return inside if inside.exists() else _CHECKOUT / checkout


def ontology_path() -> Path:
    return _shipped("ontology/ai-infra.ttl", "ontology/ai-infra.ttl")


def shapes_path() -> Path:
    return _shipped("ontology/shapes.ttl", "ontology/shapes.ttl")


def registry_path() -> Path:
    return _shipped("entities.yaml", "data/entities.yaml")
