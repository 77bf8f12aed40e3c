"""Where each node sits (seeded force-directed, or a sunflower for very large graphs) and how
big its label is, so the page needs no physics in the browser."""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import numpy as np

FORCE_LAYOUT_MAX_NODES = 2000
GRAVITY = np.float32(0.3)
NODE_SPACING_PX = 160
LABEL_DRAW_THRESHOLD_PX = 8
LABEL_READABLE_PX = 12
LABEL_MAX_SCREEN_PX = 20
LABELS_AT_FIT = 25
ALL_LABELS_UP_TO_NODES = 50
NOMINAL_STAGE_PX = 800


def layout_half_width(node_count: int) -> float:
    """Half the layout's width in canvas pixels: room for ``NODE_SPACING_PX`` around a node."""
    return NODE_SPACING_PX * math.sqrt(node_count) / 2 + 200


def label_sizes(graph: nx.MultiDiGraph, ordered_nodes: list) -> dict[Any, int]:
    """Font sizes (canvas pixels) that name the best-connected nodes first as the reader zooms.

    Up to ``ALL_LABELS_UP_TO_NODES`` nodes, all are named; above, the ``LABELS_AT_FIT``
    best-connected nodes are readable at the zoom that fits the graph in
    a stage of ``NOMINAL_STAGE_PX``; the others' labels appear in order of connections, the last
    at zoom 1. vis-network skips a label smaller than ``LABEL_DRAW_THRESHOLD_PX`` on screen; the
    page caps one at ``LABEL_MAX_SCREEN_PX`` as the reader zooms in.
    """
    count = len(ordered_nodes)
    fit_scale = min(1.0, NOMINAL_STAGE_PX / (2 * layout_half_width(max(count, 1))))
    named_at_fit = count if count <= ALL_LABELS_UP_TO_NODES else LABELS_AT_FIT
    by_connections = sorted(ordered_nodes, key=lambda node: (-graph.degree(node), str(node)))
    tail = max(1, count - named_at_fit)
    sizes = {}
    for rank, node in enumerate(by_connections):
        if rank < named_at_fit:
            sizes[node] = math.ceil(LABEL_READABLE_PX / fit_scale)
        else:
            appears_at = fit_scale ** (1 - (rank - named_at_fit + 1) / tail)
            sizes[node] = math.ceil(LABEL_DRAW_THRESHOLD_PX / appears_at)
    return sizes


def layout_positions(graph: nx.MultiDiGraph, ordered_nodes: list) -> dict[Any, tuple[int, int]]:
    if not ordered_nodes:
        return {}
    if len(ordered_nodes) <= FORCE_LAYOUT_MAX_NODES:
        unit_positions = force_directed_layout(graph, ordered_nodes)
    else:
        unit_positions = sunflower_layout(graph, ordered_nodes)
    half_width = layout_half_width(len(ordered_nodes))
    pixels = np.rint(unit_positions * half_width).astype(int)
    return {node: (int(x), int(y)) for node, (x, y) in zip(ordered_nodes, pixels, strict=True)}


def force_directed_layout(graph: nx.MultiDiGraph, ordered_nodes: list) -> np.ndarray:
    """Fruchterman-Reingold with gravity, seeded; returns positions scaled into [-1, 1]."""
    count = len(ordered_nodes)
    index = {node: position for position, node in enumerate(ordered_nodes)}
    adjacency = np.zeros((count, count), dtype=np.float32)
    for source, target in graph.edges():
        if source != target:
            adjacency[index[source], index[target]] = 1.0
            adjacency[index[target], index[source]] = 1.0
    positions = np.random.default_rng(0).random((count, 2), dtype=np.float32) - 0.5
    ideal_distance = np.float32(1.0 / math.sqrt(count))
    iterations = max(15, min(100, 20_000 // count))
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    x, y = positions[:, 0].copy(), positions[:, 1].copy()
    for _ in range(iterations):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        distance = np.maximum(np.sqrt(dx * dx + dy * dy), np.float32(0.01))
        force = ideal_distance**2 / (distance * distance) - adjacency * (distance / ideal_distance)
        step_x = (dx * force).sum(axis=1) - GRAVITY * x
        step_y = (dy * force).sum(axis=1) - GRAVITY * y
        length = np.maximum(np.sqrt(step_x * step_x + step_y * step_y), np.float32(0.01))
        x += step_x * (temperature / length)
        y += step_y * (temperature / length)
        temperature -= cooling
    positions = np.column_stack((x, y))
    connected = adjacency.any(axis=1)
    return scaled_to_unit(pulled_in(positions.astype(np.float64), connected))


def pulled_in(positions: np.ndarray, connected: np.ndarray) -> np.ndarray:
    """Unconnected nodes drift far out and shrink the rest when the view fits: bring them near."""
    centred = positions - positions.mean(axis=0)
    radius = np.sqrt((centred**2).sum(axis=1))
    inner = radius[connected] if connected.sum() >= 10 else radius
    limit = 1.15 * float(np.quantile(inner, 0.9)) if len(inner) >= 10 else float("inf")
    if not math.isfinite(limit) or limit <= 0:
        return centred
    factor = np.where(radius > limit, limit / np.maximum(radius, 1e-12), 1.0)
    return centred * factor[:, None]


def sunflower_layout(graph: nx.MultiDiGraph, ordered_nodes: list) -> np.ndarray:
    """Hubs in the centre, the rest on a golden-angle spiral: O(n) for very large graphs."""
    by_degree = sorted(
        range(len(ordered_nodes)), key=lambda i: (-graph.degree(ordered_nodes[i]), i)
    )
    rank = np.empty(len(ordered_nodes))
    rank[by_degree] = np.arange(len(ordered_nodes))
    radius = np.sqrt(rank + 0.5)
    angle = rank * math.pi * (3 - math.sqrt(5))
    return scaled_to_unit(np.column_stack((radius * np.cos(angle), radius * np.sin(angle))))


def scaled_to_unit(positions: np.ndarray) -> np.ndarray:
    centred = positions.astype(np.float64) - positions.mean(axis=0)
    extent = float(np.abs(centred).max())
    return centred / extent if extent > 0 else centred
