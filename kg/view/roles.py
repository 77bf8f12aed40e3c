"""The role a node is drawn in (lab, cloud provider, chip designer …), from the facts it is in."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.view.styles import NODE_STYLES, OTHER_STYLE, STYLE_BY_TYPE


def known_types(attrs: dict[str, Any]) -> list[str]:
    types = set(attrs.get("types") or ())
    return [style.type for style in NODE_STYLES if style.type in types] or [OTHER_STYLE.type]


# Which role each side of a fact gives its entity; the investee of an investment gets none.
# Buying compute makes a lab, unless the buyer also sells compute: then it is buying capacity to
# resell (Microsoft renting neocloud GPUs for Azure) and counts as a provider.
COMPUTE_BUYER = "ComputeBuyer"
ROLE_OF_FACT_SIDE = {
    ("compute_commitment", "source"): COMPUTE_BUYER,
    ("compute_commitment", "target"): "CloudProvider",
    ("invests_in", "source"): "Investor",
    ("uses_chip", "source"): "Lab",
    ("uses_chip", "target"): "Chip",
    ("designs_chip", "source"): "ChipDesigner",
    ("designs_chip", "target"): "Chip",
    ("co_designs_chip", "source"): "ChipDesigner",
    ("co_designs_chip", "target"): "Chip",
    ("manufactures_chip", "source"): "Foundry",
    ("manufactures_chip", "target"): "Chip",
}
ROLE_PHRASES = {
    "Lab": "lab (buys compute or uses chips)",
    "CloudProvider": "cloud provider (sells compute, or buys it to resell)",
    "ChipDesigner": "chip designer",
    "Foundry": "foundry",
    "Investor": "investor",
    "Chip": "chip",
}
# Types that are what a thing is, not a role it plays: a chip stays a chip.
KINDS_NOT_ROLES = ("Chip", "Model", "Product", "DataCenter")
# A tie goes to the role further up the supply chain: foundry, provider, designer, investor, lab.
ROLE_TIE_ORDER = ("Foundry", "CloudProvider", "ChipDesigner", "Investor", "Lab", "Chip")


@dataclass(frozen=True)
class NodeRole:
    """The role a node is drawn in, and how many facts give it each role in this graph."""

    main: str
    counts: tuple[tuple[str, int], ...]

    def describe(self) -> str:
        if not self.counts:
            return f"{STYLE_BY_TYPE[self.main].title} (from the registry; no fact gives a role)"
        parts = [
            f"{ROLE_PHRASES[role]} towards {count} {'entity' if count == 1 else 'entities'}"
            for role, count in self.counts
        ]
        return f"{STYLE_BY_TYPE[self.main].title} \u2014 " + "; ".join(parts)


def node_roles(graph: nx.MultiDiGraph) -> dict[Any, NodeRole]:
    """Each node's main role in this graph, from the facts it takes part in.

    A provider in compute commitments is a cloud provider, the designer of chips a chip designer,
    the source of investments an investor, a buyer of compute or user of chips a lab (a buyer
    that also provides compute, a provider). Each role counts the distinct entities the node
    plays it towards, so four articles saying Amazon designs Trainium count once (not chip
    families: the registry puts all of NVIDIA's GPUs in one). The role with most wins (ties:
    the role earlier in ``ROLE_TIE_ORDER``). Chips, models, products and data centres keep
    their type; a node no fact gives a role keeps its registry type.
    """
    partners: dict[Any, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for source, target, fact_type in graph.edges(data="fact_type"):
        for node, side, partner in ((source, "source", target), (target, "target", source)):
            role = ROLE_OF_FACT_SIDE.get((str(fact_type), side))
            if role is not None:
                partners[node][role].add(partner)
    votes = {
        node: Counter({role: len(others) for role, others in by_role.items()})
        for node, by_role in partners.items()
    }
    roles = {}
    for node, attrs in graph.nodes(data=True):
        types = known_types(attrs)
        kind = next((t for t in types if t in KINDS_NOT_ROLES), None)
        counted = Counter(votes.get(node, Counter()))
        bought = counted.pop(COMPUTE_BUYER, 0)
        if bought:
            counted["CloudProvider" if counted["CloudProvider"] else "Lab"] += bought
        ordered = sorted(
            counted.items(),
            key=lambda item: (-item[1], item[0] not in types, ROLE_TIE_ORDER.index(item[0])),
        )
        main = kind or (ordered[0][0] if ordered else types[0])
        roles[node] = NodeRole(main, tuple(ordered))
    return roles
