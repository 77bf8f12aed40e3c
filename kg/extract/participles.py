"""Participial clauses: ', leveraging Nvidia's GB300 chips' tells what the sentence's subject
does with the chips, though a comma parts the clause from its subject.

"GMI Cloud revealed plans to build a data center in Taiwan, leveraging the latest Nvidia
GB300 chips": the clause after the comma has no subject of its own; the main clause's subject,
the organisation the sentence opens on, uses the chips.
"""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View
from kg.extract.uses import chip_use


def participle_uses(view: View) -> list[Candidate]:
    found = []
    for cue in view.cue_positions(P.USE_CUES):
        if cue < 2 or view.lowers[cue - 1] != "," or not view.lowers[cue].endswith("ing"):
            continue
        subject = _subject(view, cue)
        if subject is None:
            continue
        _, hi = view.clause(cue)
        for chip in view.chips(cue + 1, min(hi, cue + P.CHIPS_AFTER_VERB + 1)):
            if chip.embedded or subject in view.registry.designers(chip.entity):
                continue
            found.append(chip_use(view, subject, chip, "use:participle"))
    return found


def _subject(view: View, cue: int) -> str | None:
    """The organisation the sentence opens on, when it is the subject of a finite verb before
    the participle (not a name after a preposition, nor one of several)."""
    orgs = [m for m in view.orgs(0, cue) if not m.embedded]
    if (
        not orgs
        or orgs[0].first > 2
        or view.lowers[orgs[0].last + 1 : orgs[0].last + 2] in ([","], ["and"], ["'s"], ["’s"])
    ):
        return None
    if any(w in P.PREPOSITIONS for w in view.lowers[: orgs[0].first]):
        return None
    return view.org(orgs[0])
