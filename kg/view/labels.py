"""What the page says about a node or a fact: labels, amounts, and tooltips with the evidence."""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.view.roles import NodeRole

MAX_FACTS_PER_NODE_TOOLTIP = 20
MAX_QUOTES_PER_FACT_IN_NODE_TOOLTIP = 2
MAX_QUOTES_PER_EDGE_TOOLTIP = 10


def node_label(node: Any, attrs: dict[str, Any]) -> str:
    return str(attrs.get("label") or node)


def format_usd(amount: float) -> str:
    for threshold, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(amount) >= threshold:
            return f"${amount / threshold:.3g}{suffix}"
    return f"${amount:,.0f}"


def format_number(value: float) -> str:
    return f"{value:g}"


def edge_label(attrs: dict[str, Any]) -> str:
    parts = []
    if attrs.get("amount_usd") is not None:
        parts.append(format_usd(attrs["amount_usd"]))
    if attrs.get("capacity_gw") is not None:
        parts.append(f"{format_number(attrs['capacity_gw'])} GW")
    fact_type = str(attrs.get("fact_type") or "fact")
    return f"{fact_type} {' · '.join(parts)}" if parts else fact_type


def fact_details(attrs: dict[str, Any]) -> str:
    details = [f"status: {attrs.get('status') or 'unknown'}"]
    if attrs.get("amount_usd") is not None:
        details.append(f"amount: {format_usd(attrs['amount_usd'])}")
    if attrs.get("capacity_gw") is not None:
        details.append(f"capacity: {format_number(attrs['capacity_gw'])} GW")
    if attrs.get("duration_years") is not None:
        details.append(f"duration: {format_number(attrs['duration_years'])} years")
    if attrs.get("chip"):
        details.append(f"chip: {attrs['chip']}")
    if attrs.get("purpose"):
        details.append(f"purpose: {attrs['purpose']}")
    return " · ".join(details)


# What one quote or title may put into the page: a 2 MB article cannot make a 100 MB page.
MAX_QUOTE_CHARS = 600
MAX_TITLE_CHARS = 200


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def evidence_lines(attrs: dict[str, Any], limit: int, indent: str = "") -> list[str]:
    if attrs.get("registry"):
        return [f"{indent}Reference fact from the registry (no article)."]
    evidence = list(attrs.get("evidence") or ())
    lines = []
    for item in evidence[:limit]:
        source = _clip(item.get("title") or "untitled article", MAX_TITLE_CHARS)
        lines.append(f"{indent}\u201c{_clip(item.get('quote', ''), MAX_QUOTE_CHARS)}\u201d")
        lines.append(f"{indent}  \u2014 {source} ({item.get('article', 'unknown article')})")
    if len(evidence) > limit:
        lines.append(f"{indent}\u2026 and {len(evidence) - limit} more quotes")
    if not evidence:
        lines.append(f"{indent}No quoted evidence.")
    return lines


def fact_sentence(graph: nx.MultiDiGraph, source: Any, target: Any, attrs: dict) -> str:
    subject = node_label(source, graph.nodes[source])
    obj = node_label(target, graph.nodes[target])
    return f"{subject} {attrs.get('fact_type') or 'fact'} {obj}"


def edge_tooltip(
    graph: nx.MultiDiGraph, source: Any, target: Any, key: Any, attrs: dict[str, Any]
) -> str:
    lines = [
        fact_sentence(graph, source, target, attrs),
        fact_details(attrs),
        "",
        *evidence_lines(attrs, MAX_QUOTES_PER_EDGE_TOOLTIP),
        "",
        f"fact: {key}",
    ]
    return "\n".join(lines)


def node_tooltip(graph: nx.MultiDiGraph, node: Any, facts: list[tuple], role: NodeRole) -> str:
    attrs = graph.nodes[node]
    types = ", ".join(str(kind) for kind in attrs.get("types") or ()) or "none"
    lines = [
        node_label(node, attrs),
        f"Drawn as {role.describe()}",
        f"Registry types: {types} \u00b7 id {node}",
    ]
    if attrs.get("wikidata"):
        lines.append(f"Wikidata {attrs['wikidata']}")
    lines.append("")
    lines.append(f"{len(facts)} fact{'' if len(facts) == 1 else 's'}" + (":" if facts else ""))
    for source, target, _key, fact_attrs in facts[:MAX_FACTS_PER_NODE_TOOLTIP]:
        lines.append(f"\u2022 {fact_sentence(graph, source, target, fact_attrs)}")
        lines.append(f"  {fact_details(fact_attrs)}")
        lines.extend(evidence_lines(fact_attrs, MAX_QUOTES_PER_FACT_IN_NODE_TOOLTIP, "  "))
    if len(facts) > MAX_FACTS_PER_NODE_TOOLTIP:
        lines.append(f"\u2026 and {len(facts) - MAX_FACTS_PER_NODE_TOOLTIP} more facts")
    return "\n".join(lines)
