"""uses_chip from customers: "with Humain as its first customer", "Meta is one of Nvidia's
largest customers", "customers such as Apple and Anthropic"."""

from __future__ import annotations

import re

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View, list_around
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    COMPUTE_SUPPLIED,
    CUSTOMER_ADJECTIVES,
    CUSTOMER_GAP,
    ROLE_ARTICLES,
    ROLE_COPULAS,
    ROLE_POSITIONS,
)
from kg.extract.uses import customers_sought


def customers(view: View, lines: dict[str, str], last_chip: str | None = None) -> list[Candidate]:
    """'with Humain as its first customer', 'Meta is a launch customer for the MI450': the
    customer uses the chip the sentence names before the word; 'Meta is one of Nvidia's
    largest customers' names the designer's product line (``lines``: designer to line);
    'Google won customers including Apple' the chip the article spoke of last."""
    found = []
    for cue in view.cue_positions(P.CUSTOMERS_OR_CLIENTS):
        if customers_sought(view.lowers, cue):
            continue  # "samples to potential customers such as LG": none is one yet
        listed = _customers_listed_after(view, cue) or _customers_such_as(view, cue, last_chip)
        if listed:
            found.extend(listed)
            continue
        chips = [c for c in view.chips(0, cue) if not c.embedded]
        chips = chips or [c for c in view.chips(cue + 1, cue + 8) if not c.embedded][:1]
        holder = customer_named(view, cue)
        if not chips:
            found.extend(_designer_s_customer(view, cue, lines))
        if not chips or holder is None:
            continue
        chip = chips[-1]
        if view.org(holder) in view.registry.designers(chip.entity):
            continue
        found.append(
            Candidate(
                "uses_chip",
                view.org(holder),
                chip.entity,
                view.sentence,
                "use:customer",
                anchor=cue,
            )  # fmt: skip
        )
    return found


def _designer_s_customer(view: View, cue: int, lines: dict[str, str]) -> list[Candidate]:
    """'Meta is one of Nvidia's largest customers', 'Baidu has been a substantial Nvidia
    customer': the customer uses the product line of the designer whose customer it is; a
    cloud's customers buy its capacity instead."""
    owners = [
        m
        for m in view.orgs(max(0, cue - 4), cue)
        if view.possessive(m)
        and set(view.lowers[m.last + 2 : cue]) <= CUSTOMER_ADJECTIVES
        or m.last == cue - 1
    ]
    if not owners:
        return _won_as_customer(view, cue, lines)
    if view.has_type(owners[-1], "CloudProvider"):
        return []
    line = lines.get(view.org(owners[-1]))  # type: ignore[arg-type]
    before = [m for m in view.orgs(0, owners[-1].first) if not m.embedded]
    if line is None or not before:
        return []
    gap = set(view.lowers[before[-1].last + 1 : owners[-1].first])
    if not gap or not gap <= ROLE_COPULAS | ROLE_ARTICLES | CUSTOMER_ADJECTIVES | CUSTOMER_GAP:
        return []
    return [_line_use(view, before[-1], line, cue)]


def _won_as_customer(view: View, cue: int, lines: dict[str, str]) -> list[Candidate]:
    """'Cambricon secured ByteDance as a major client': the customer a chip designer won uses
    the designer's product line."""
    holder = customer_named(view, cue)
    if holder is None or view.lowers[holder.last + 1 : holder.last + 2] != ["as"]:
        return []
    designers = [m for m in view.orgs(0, holder.first) if not m.embedded]
    if not designers or view.has_type(designers[-1], "CloudProvider"):
        return []
    line = lines.get(view.org(designers[-1]))  # type: ignore[arg-type]
    gap = view.lowers[designers[-1].last + 1 : holder.first]
    subject = len(gap) <= 3 or designers[-1].first == 0  # (or the sentence's subject, past a
    # first verb: "Cambricon achieved fortyfold growth and secured ByteDance")
    if line is None or not (gap and subject and gap[-1] in P.TAKING_ON_VERBS | P.WON_VERBS):
        return []
    return [_line_use(view, holder, line, cue)]


def _line_use(view: View, customer: Mention, line: str, cue: int) -> Candidate:
    """A designer's customer using the designer's product line."""
    return Candidate(
        "uses_chip",
        view.org(customer),  # type: ignore[arg-type]
        line,
        view.sentence,
        "use:customer",
        anchor=cue,
        product_line=True,
    )


def _customers_such_as(view: View, cue: int, last_chip: str | None) -> list[Candidate]:
    """'customers including Apple as well as startups like Anthropic', 'a range of clients,
    from tech firms like Apple to companies such as Anthropic': each named customer uses the
    chip of the sentence, or the one the article spoke of last."""
    words = view.lowers
    lo, hi = view.clause(cue)
    chips = [c for c in view.chips(lo, hi) if not c.embedded]
    chip = chips[-1].entity if chips else last_chip
    owners = [m for m in view.orgs(max(0, cue - 4), cue) if view.possessive(m)]
    if chip is None or any(view.has_type(m, "CloudProvider") for m in owners):
        return []  # "Lambda's other customers include Amazon": they buy its capacity
    if not chips and _speaks_of_capacity(view, cue + 1):
        return []  # "offerings to cloud customers, including Anthropic": capacity, no chip
    named: list[Mention] = []
    for i in range(cue + 1, min(hi, cue + 16)):
        if words[i] in P.INCLUDE_FORMS or words[i] == "like" or words[i : i + 2] == ["such", "as"]:
            after = [m for m in view.orgs(i + 1, hi) if not m.embedded]
            if after and after[0].first <= i + 5:
                named += [m for m in list_around(view, after, after[0]) if m not in named]
    designers = view.registry.designers(chip)
    if not chips and _a_cloud_s_clients(view, named, designers):
        return []  # "With clients like A and B, Fluidstack aims …": they rent its capacity
    return [
        Candidate("uses_chip", view.org(m), chip, view.sentence, "use:customer", anchor=m.first)
        for m in named
        if view.org(m) not in designers and not view.possessive(m)  # "(LG's AI arm)"
    ]


def _a_cloud_s_clients(view: View, named: list[Mention], designers: set[str]) -> bool:
    """Whether the sentence opens on 'With clients like …' and its main clause's subject, right
    after the list, is a cloud that did not design the chip."""
    if view.lowers[:1] != ["with"] or not named:
        return False
    last = named[-1]
    after = [m for m in named if view.lowers[m.first - 1] == "and"]
    if after and after[0] is not last:
        last = after[0]  # "A and B, Fluidstack …": the list ends at the name 'and' joins
    comma = last.last + 1
    return view.lowers[comma : comma + 1] == [","] and any(
        m.first == comma + 1 and view.has_type(m, "CloudProvider") and view.org(m) not in designers
        for m in view.orgs(comma + 1, comma + 2)
    )


def _speaks_of_capacity(view: View, hi: int) -> bool:
    """Whether the sentence up to ``hi`` (the customer noun) speaks of cloud or computing
    capacity ('cloud customers', 'providing GPU computing power, with clients including'): its
    customers rent capacity, and a chip the article named before is not theirs. Words after the
    noun are the customers themselves ('customers including Meta and smaller cloud providers')."""
    return re.search(COMPUTE_SUPPLIED, " ".join(view.lowers[:hi])) is not None


def _customers_listed_after(view: View, cue: int) -> list[Candidate]:
    """'Customers for the MI355X include Oracle and Crusoe', 'AMD scored wins with Vultr and
    Oracle for its MI300X': the chip after the noun, its customers listed after the verb."""
    words = view.lowers
    lo, hi = view.clause(cue)
    chips = [c for c in view.chips(cue + 1, min(hi, cue + 6)) if not c.embedded]
    if not chips or words[cue + 1] not in ("for", "of"):
        return []
    verb = next((i for i in range(chips[0].last + 1, min(hi, chips[0].last + 4))
                 if words[i] in P.CUSTOMER_COPULAS), None)  # fmt: skip
    if verb is None:
        return []
    after = [m for m in view.orgs(verb + 1, hi) if not m.embedded]
    if not after or after[0].first > verb + 2:
        return []
    chip = chips[0].entity
    return [
        Candidate("uses_chip", view.org(m), chip, view.sentence, "use:customer", anchor=cue)
        for m in list_around(view, after, after[0])
        if view.org(m) not in view.registry.designers(chip)
    ]


def customer_named(view: View, cue: int) -> Mention | None:
    """The organisation a sentence calls a customer: 'X as its first customer', 'X is a key
    customer', 'X, an early customer'."""
    words = view.lowers
    article = next(
        (i for i in range(cue - 1, max(-1, cue - 4), -1) if words[i] in ROLE_ARTICLES), None
    )
    if article is None:
        return None
    before = [m for m in view.orgs(0, article) if not m.embedded]
    if not before:
        return None
    gap = words[before[-1].last + 1 : article]
    if gap[:1] == [","] and gap[1:2] in (["a"], ["an"], ["the"]) and "," in gap[1:]:
        gap = gap[len(gap) - gap[::-1].index(",") :]  # "Lumora, an AI lab, is a customer"
    linking = set(gap) - {","}
    if 2 <= len(gap) <= 6 and gap[-1] == "as" and gap[-2] in ROLE_POSITIONS:
        return before[-1]  # "has secured its position as the first customer"
    if gap in (["as"], [","]) or (
        len(gap) <= 4
        and linking
        and linking
        <= ROLE_COPULAS | {"will", "has", "have", "had", "one", "of", "among", "reportedly"}
    ):
        return before[-1]
    return None
