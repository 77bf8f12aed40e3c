"""Chips a cloud holds as its fleet: the chips it offers, provides or delivers.

"Google Cloud already offers its TPUs for rent", "CoreWeave will provide a cluster of Nvidia
GB300 systems": a cloud that offers chips runs them (GOLD_FORMAT's use), whoever rents them.
"""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View
from kg.extract.uses import chip_use

OFFER_VERBS = ("offer", "offers", "offered", "offering", "provide", "provides", "provided",
               "providing", "deliver", "delivers", "delivering", "delivered")  # fmt: skip
CHIPS_WITHIN = 8  # words between the verb and the chips


def cloud_offers(view: View) -> list[Candidate]:
    found = []
    for cue in view.cue_positions(OFFER_VERBS):
        lo, hi = view.clause(cue)
        before = [m for m in view.orgs(lo, cue) if not m.embedded]
        if not before or cue - before[-1].last > 3 or not _a_cloud(view, before[-1]):
            continue  # the cloud, right before its verb ("Google Cloud already offers")
        cloud = view.org(before[-1])
        for chip in view.chips(cue + 1, min(hi, cue + CHIPS_WITHIN + 1)):
            if not chip.embedded and not P.CONTRAST_BEFORE.search(view.before(chip.first)):
                found.append(chip_use(view, cloud, chip, "use:offered"))  # type: ignore[arg-type]
    return found


def _a_cloud(view: View, mention) -> bool:
    return view.has_type(mention, "CloudProvider")
