"""Status from the language around a fact: in talks, planned, reported or announced."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import patterns as P

if TYPE_CHECKING:
    from kg.extract.relations import Candidate, View

CERTAIN_TYPES = ("designs_chip", "manufactures_chip")


def status_of(view: View, candidate: Candidate) -> str | None:
    """How certain the sentence makes the fact: talks beat a report word ("reportedly in talks"
    is in talks), a report beats a plan it reports ("reportedly considering"), and a party's
    announcement beats a plan word ("announced plans to invest").
    A hypothetical with no cue of its own ("a deal would ...") is None: the article decides."""
    if candidate.type in CERTAIN_TYPES:
        return "announced"
    status = status_of_text(view.sentence.text)
    if status == "announced" and P.HYPOTHETICAL.search(view.sentence.text):
        return None
    return status


def status_of_text(text: str) -> str:
    if P.STATUS_CUES["in_talks"].search(text):
        return "in_talks"
    if P.STATUS_CUES["reported"].search(text):
        return "reported"
    if P.STATUS_CUES["planned"].search(text) and not P.ANNOUNCED_OVERRIDES_PLAN.search(text):
        return "planned"
    return "announced"
