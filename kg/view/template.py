"""The page's Jinja template: the shipped assets, vis-network from pyvis's own files, and JSON
escaped so that no label or quote can close a ``<script>``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from kg.view.styles import CLOSED_STATUSES, FACT_COLORS, NODE_STYLES, STATUSES

ASSETS_DIR = Path(__file__).parent / "assets"
PYVIS_TEMPLATES_DIR = Path(pyvis.__file__).parent / "templates"
PAGE_TEMPLATE = "page.html.j2"
VIS_NETWORK_DIR = PYVIS_TEMPLATES_DIR / "lib" / "vis-9.1.2"

SCRIPT_UNSAFE_CHARACTERS = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


@lru_cache(maxsize=1)
def page_environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader([str(ASSETS_DIR), str(PYVIS_TEMPLATES_DIR)]),
        autoescape=True,
        keep_trailing_newline=True,
    )
    environment.filters["script_json"] = script_json
    environment.filters["script_json_text"] = escape_for_script
    environment.globals.update(
        node_styles=NODE_STYLES,
        statuses=STATUSES,
        closed_statuses=CLOSED_STATUSES,
        fact_colors=sorted(FACT_COLORS.items()),
        vis_network_css=_asset(VIS_NETWORK_DIR / "vis-network.css"),
        vis_network_js=_asset(VIS_NETWORK_DIR / "vis-network.min.js"),
    )
    return environment


def _asset(path: Path) -> Markup:
    """A file put in the page as it is (newlines as ``\\n``, as Jinja writes a template's):
    vis-network's 690 KB were an ``include``, which Jinja compiled as a template in every
    process that wrote a page (a tenth of a second)."""
    return Markup(path.read_text(encoding="utf-8"))


def script_json(value: Any) -> Markup:
    return escape_for_script(json.dumps(value, sort_keys=True, separators=(",", ":")))


def escape_for_script(json_text: str) -> Markup:
    for character, escaped in SCRIPT_UNSAFE_CHARACTERS.items():
        json_text = json_text.replace(character, escaped)
    return Markup(json_text)
