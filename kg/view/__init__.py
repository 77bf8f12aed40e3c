"""Graph views: the interactive HTML page (vis-network, as pyvis ships it) and a static PNG.

Modules, along the page's path: ``subgraph`` (which facts are drawn), ``names`` (what a focus
or a search names), ``roles`` and ``styles`` (how each node and fact is drawn), ``layout``
(positions and label sizes), ``labels`` (tooltips and their evidence), ``records`` (the
vis-network records), ``template`` (the Jinja template, assets and script escaping), ``page``
(``write_html``); and ``png`` (``write_png``, the lab → chip → designer picture).
"""

from kg.view.labels import MAX_QUOTE_CHARS, MAX_TITLE_CHARS, evidence_lines
from kg.view.names import (
    closest_names,
    entity_names,
    name_similarity,
    normalise_name,
    resolve_nodes,
)
from kg.view.page import write_html
from kg.view.png import silicon_dependency_graph, silicon_figure, write_png
from kg.view.roles import node_roles
from kg.view.styles import STYLE_BY_TYPE
from kg.view.subgraph import one_edge_per_statement, select_subgraph
from kg.view.template import PYVIS_TEMPLATES_DIR

__all__ = [
    "write_html", "write_png", "select_subgraph", "resolve_nodes", "node_roles",
    "MAX_QUOTE_CHARS", "MAX_TITLE_CHARS", "PYVIS_TEMPLATES_DIR", "STYLE_BY_TYPE",
    "closest_names", "entity_names", "evidence_lines", "name_similarity", "normalise_name",
    "one_edge_per_statement", "silicon_dependency_graph", "silicon_figure",
]  # fmt: skip
