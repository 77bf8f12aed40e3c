"""How the page and the PNG draw things: a style per entity type, a colour per fact type."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NodeStyle:
    type: str
    title: str
    color: str
    shape: str
    glyph: str


NODE_STYLES = (
    NodeStyle("Lab", "Lab", "#4e79a7", "dot", "\u25cf"),
    NodeStyle("CloudProvider", "Cloud provider", "#f28e2b", "square", "\u25a0"),
    NodeStyle("ChipDesigner", "Chip designer", "#59a14f", "diamond", "\u25c6"),
    NodeStyle("Foundry", "Foundry", "#e15759", "hexagon", "\u2b22"),
    NodeStyle("Chip", "Chip", "#76b7b2", "triangle", "\u25b2"),
    NodeStyle("Model", "Model", "#edc948", "star", "\u2605"),
    NodeStyle("Product", "Product", "#9c755f", "dot", "\u25cf"),
    NodeStyle("DataCenter", "Data centre", "#8c8c8c", "square", "\u25a0"),
    NodeStyle("Investor", "Investor", "#b07aa1", "triangleDown", "\u25bc"),
    NodeStyle("Other", "Other", "#c8c8c8", "dot", "\u25cf"),
)
STYLE_BY_TYPE = {style.type: style for style in NODE_STYLES}
OTHER_STYLE = STYLE_BY_TYPE["Other"]

STATUSES = ("announced", "in_talks", "reported", "planned")
CLOSED_STATUSES = frozenset({"announced"})

FACT_COLORS = {
    "invests_in": "#2e8b57",
    "compute_commitment": "#1f5fbf",
    "uses_chip": "#e07b00",
    "designs_chip": "#7b3fa0",
    "manufactures_chip": "#c0392b",
}
DEFAULT_FACT_COLOR = "#888888"
