"""Chips that reach a company other than by its buying them: a reliance on them ('Meta's
reliance on Nvidia's chips'), a handover ('shipments of H100s to xAI'), chips sent to it ('sent
the first DGX B200 to OpenAI') or won over from another ('won Meta over to its TPUs'). The
company they reach uses them."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View, list_starting
from kg.extract.mentions import Mention
from kg.extract.uses import chip_use


def relied_on(view: View) -> list[Candidate]:
    """'to reduce Meta's reliance on Nvidia's chips', 'its dependence on TPUs': whose reliance
    it is uses the chips, even while it means to use fewer."""
    found = []
    for cue in view.cue_positions(P.RELIANCE_NOUNS):
        if view.lowers[cue + 1 : cue + 2] != ["on"]:
            continue
        owner = next(
            (m for m in reversed(view.orgs(max(0, cue - 4), cue)) if _owns_noun(view, m, cue)),
            None,
        )
        user = view.org(owner) if owner is not None else None
        if user is None:
            continue
        for chip in view.chips(cue + 2, min(view.clause(cue)[1], cue + 9)):
            if user not in view.registry.designers(chip.entity):
                found.append(chip_use(view, user, chip, "use:reliance"))
    return found


def _owns_noun(view: View, owner: Mention, noun: int) -> bool:
    """'Meta's reliance', 'its heavy dependence': the name or pronoun owns the noun after it."""
    between = view.lowers[owner.last + 1 : noun]
    if owner.reference and owner.text.lower() in {"its", "their"}:
        return len(between) <= 1
    return view.possessive(owner, plural=True) and len(between) <= 2


def handed_over(view: View) -> list[Candidate]:
    """'authorized the export of Nvidia processors both to Humain and to G42', 'shipments of
    H100s to xAI': whoever chips are exported, shipped or sold to uses them."""
    found = []
    for cue in view.cue_positions(P.HANDOVER_NOUNS):
        if view.lowers[cue + 1 : cue + 2] != ["of"]:
            continue
        chips = view.chips(cue + 2, min(view.clause(cue)[1], cue + 9))
        if not chips:
            continue
        after = chips[-1].last + 1
        to = next((i for i in range(after, after + 3) if view.lowers[i : i + 1] == ["to"]), None)
        if to is None:
            continue
        for receiver in _receivers(view, to):
            for chip in chips:
                if receiver not in view.registry.designers(chip.entity):
                    found.append(chip_use(view, receiver, chip, "use:handed-over"))
    return found


def sent_to(view: View) -> list[Candidate]:
    """'12,000 H100 GPUs intended for Tesla have been diverted to xAI', 'the first GB200 racks
    were shipped to OpenAI': whoever chips are sent to uses them."""
    found: list[Candidate] = []
    if not P.SENDING_WORDS.intersection(view.lowers):
        return found
    for chip in view.chips():
        after = view.lowers[chip.last + 1 : chip.last + 10]
        verb = next((i for i, w in enumerate(after) if w in P.SENDING_WORDS), None)
        if verb is None or after[verb + 1 : verb + 2] != ["to"]:
            continue
        if after[verb] in P.GOING:
            if not set(after[:verb]) <= P.CHIP_NOUNS | {"each", "will", "would", "also", "then"}:
                continue  # "50,000 GPUs each will go to Samsung", not "go on to power"
        elif not set(after[:verb]) & {"were", "was", "been", "be", "are", "is", "being"}:
            continue  # a passive only: "Nvidia shipped H100s to xAI" is the supply rule's
        for receiver in _receivers(view, chip.last + 2 + verb):
            if receiver not in view.registry.designers(chip.entity):
                found.append(chip_use(view, receiver, chip, "use:sent-to"))
    return found


def won_over(view: View) -> list[Candidate]:
    """'Trainium has won over Anthropic, OpenAI, and even Apple', 'Google's TPUs lured Meta':
    the companies a chip wins over use it."""
    found: list[Candidate] = []
    for chip in view.chips():
        if chip.embedded:
            continue
        after = view.lowers[chip.last + 1 : chip.last + 6]
        verb = next((i for i, w in enumerate(after) if w in P.WINNING_OVER), None)
        if (
            verb is None
            or not set(after[:verb]) <= P.VERB_CHAIN | P.CHIP_NOUNS | P.WON_OVER_FILLERS
        ):
            continue
        at = chip.last + 1 + verb + (after[verb + 1 : verb + 2] == ["over"])
        if view.lowers[at] == "won":
            continue  # "Trainium won a contract": no user named
        for user in _receivers(view, at):
            if user not in view.registry.designers(chip.entity):
                found.append(chip_use(view, user, chip, "use:won-over"))
    return found


def _receivers(view: View, to: int) -> list[str]:
    """The organisations listed after 'to' ('to Humain and to G42', 'to xAI, Meta and Oracle')."""
    names = [m for m in view.orgs(to + 1, to + 14) if not m.embedded]
    if not names or not set(view.lowers[to + 1 : names[0].first]) <= P.RECEIVER_OPENERS:
        return []
    group = list_starting(view, names[0], names, _joins_receivers)
    return [org for org in dict.fromkeys(view.org(m) for m in group) if org]


def _joins_receivers(gap: list[str]) -> bool:
    return bool(gap) and set(gap) <= {",", "and", "to", "as", "well", "even"}
