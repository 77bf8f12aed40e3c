"""SHACL validation of a build with pySHACL."""

from __future__ import annotations

from pathlib import Path

from pyshacl import validate
from rdflib import Dataset, Graph

from kg.resources import shapes_path
from kg.store import trig_files


def validate_build(build: Path) -> tuple[bool, str]:
    """Whether the build's graph conforms to the shapes, and a readable report."""
    data = Dataset()
    for path in trig_files(build):
        data.parse(path, format="trig")
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    shapes = Graph().parse(shapes_path(), format="turtle")
    conforms, _, text = validate(union, shacl_graph=shapes, inference="none", advanced=True)
    return conforms, "The graph conforms to the shapes." if conforms else text
