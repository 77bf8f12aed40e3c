"""Investors named after the organisations behind them: a company's venture or financial arm
('Bosch Ventures', 'Samsung Securities'), a group's company in a round's list ('SK Networks'),
and the person a vehicle is named for ('Bezos through Bezos Expeditions')."""

from __future__ import annotations

from collections import defaultdict

from kg.extract.mentions import Mention
from kg.extract.names import new_entity
from kg.extract.patterns import (
    ARM_SUFFIXES,
    CORPORATE_SUFFIXES,
    FINANCE_ARM_SUFFIXES,
    FINANCE_FIRM_WORDS,
    FUND_NAME_WORDS,
    FUND_WORDS,
    INVESTING_ARM,
    INVESTOR_SUFFIXES,
    LIST_STOPS,
    ROUND_LIST_GLUE,
)
from kg.extract.text import Sentence
from kg.models import Entity
from kg.registry import Registry


def venture_arm(
    sentence: Sentence, first: int, last: int, mentions: list[Mention], registry: Registry
) -> tuple[Mention, Entity] | None:
    """'Saudi Aramco Ventures', 'Bosch Ventures': a known company's name and then a word of
    venture investing name its venture arm, an investor of its own that the company owns; so
    do words of finance after a company that does not itself invest ('Samsung Securities',
    'Kakao Investment'; 'Fidelity Management' stays Fidelity), and the name of one of its funds
    ('Blue Owl Managed Funds', 'Samsung Catalyst Fund')."""
    words = [t.text for t in sentence.tokens[first : last + 1]]
    fund = words[-1] in FUND_WORDS and all(w in FUND_NAME_WORDS for w in words[:-1])
    if not fund and any(w not in INVESTOR_SUFFIXES for w in words):
        return None
    parent = next((m for m in mentions if m.last == first - 1 and not m.reference), None)
    if parent is None or parent.embedded:
        return None
    company = registry.get(parent.entity)
    financial = words[0] in FINANCE_ARM_SUFFIXES and not _a_finance_firm(company)
    if not company.is_organization or not (words[0] in ARM_SUFFIXES or financial or fund):
        return None
    return _investing_arm(sentence, parent, last, registry)


def _a_finance_firm(company: Entity) -> bool:
    """An investor some name of which is a finance firm's ('Fidelity Investments', 'Coatue
    Management'): its name and a word of finance are the firm itself, where a corporate
    that invests ('Lenovo', known as 'Lenovo Group') and such a word name its arm ('Lenovo
    Capital')."""
    names = (company.name, *company.aliases)
    return "Investor" in company.types and any(
        word in FINANCE_FIRM_WORDS for name in names for word in name.split()
    )


def _investing_arm(
    sentence: Sentence, parent: Mention, last: int, registry: Registry
) -> tuple[Mention, Entity]:
    """The investor named by a known company's name and the words after it, up to ``last``,
    owned by that company."""
    start = sentence.tokens[parent.first].start - sentence.start
    name = sentence.text[start : sentence.tokens[last].end - sentence.start]
    owner = registry.organisation(parent.entity)
    return new_entity(sentence, parent.first, last, name, "Investor", owner=owner)


def listed_affiliate(
    sentence: Sentence,
    first: int,
    last: int,
    mentions: list[Mention],
    registry: Registry,
    runs: list[tuple[int, int]],
    taken: set[int],
    slots: list[int],
) -> tuple[Mention, Entity] | None:
    """'raised $72 million from SK Networks, Hanwha …': in a round's list, a known group's
    name and then capitalised words name one of the group's companies, an investor of its own
    (the list would otherwise stop at the words the registry does not know)."""
    parent = next((m for m in mentions if m.last == first - 1 and not m.reference), None)
    if (
        parent is None
        or parent.embedded
        or sentence.tokens[first].start != (sentence.tokens[parent.last].end + 1)
    ):
        return None
    company = registry.get(parent.entity)
    if company.is_chip or not company.is_organization:
        return None
    if not in_round_list(sentence, parent.first, runs, taken, slots):
        return None
    return _investing_arm(sentence, parent, last, registry)


def in_round_list(
    sentence: Sentence, first: int, runs: list[tuple[int, int]], taken: set[int], slots: list[int]
) -> bool:
    """Whether a name stands in a list of a round's participants ("led by Greenoaks, with
    participation from Accel"): after a slot, with only names, list glue, a few lower-case
    descriptors and places' possessives ("Japan's Kestrel") between."""
    words = sentence.lowers
    names = taken | {i for a, b in runs for i in range(a, b + 1)}
    for start in slots:
        if not 0 <= first - start <= 30:
            continue
        between = [
            i for i in range(start, first) if i not in names and words[i] not in CORPORATE_SUFFIXES
        ]  # "Marvell Technology Group Ltd. and Entrada Ventures"
        if (
            all(words[i] in ROUND_LIST_GLUE | {"'s", "’s"} or words[i].isalpha() for i in between)
            and not {words[i] for i in between} & LIST_STOPS
            and sum(words[i].isalpha() for i in between) <= 8
        ):
            return True
    return False


def acts_through_namesake(after: str, surname: str) -> bool:
    """Whether the text after a name goes on 'through (via) <the same name> …'."""
    for link in (" through ", " via ", " (through ", " (via "):
        if after.startswith(link) and after[len(link) :].startswith(surname + " "):
            return True
    return False


def namesake_of_the_vehicle_before(
    sentence: Sentence, first: int, last: int, mentions: list[Mention]
) -> bool:
    """'Bezos Expeditions, Bezos's own venture capital firm': a one-word name that opens the
    name of the organisation just before it is the person that organisation is named for."""
    if first != last or first < 2 or sentence.tokens[first - 1].text != ",":
        return False
    before = next((m for m in mentions if m.last == first - 2 and m.last > m.first), None)
    return before is not None and sentence.tokens[before.first].text == sentence.tokens[first].text


def investing_arms(registry: Registry) -> dict[str, str]:
    """Each organisation that owns exactly one investor in the registry, with that investor
    ('intel' -> 'intel-capital'): the arm a description of its venture arm means."""
    arms: dict[str, list[str]] = defaultdict(list)
    for entity in registry:
        if entity.owner and "Investor" in entity.types and not entity.discovered:
            arms[entity.owner].append(entity.id)
    return {owner: ids[0] for owner, ids in arms.items() if len(ids) == 1}


def described_arms(sentence: Sentence, named: list[Mention], arms: dict[str, str]) -> list[Mention]:
    """'a round that included Intel's investment fund', 'from Intel's venture capital arm':
    the company's possessive and a description of its investing arm name the arm the registry
    knows, unless the arm's own name follows ("Microsoft's venture arm M12")."""
    tokens = sentence.tokens
    result = []
    for m in named:
        arm = None if m.reference or m.embedded else arms.get(m.entity)
        span = _arm_description(sentence, m) if arm else None
        if span is None or any(o.first == span + 1 for o in named):
            result.append(m)
            continue
        text = sentence.text[
            tokens[m.first].start - sentence.start : tokens[span].end - sentence.start
        ]
        result.append(Mention(arm, m.first, span, m.start, tokens[span].end, text))  # type: ignore[arg-type]
    return result


def _arm_description(sentence: Sentence, m: Mention) -> int | None:
    """The last token of 'venture arm', 'investment fund' … after the mention's possessive."""
    words = sentence.lowers
    if words[m.last + 1 : m.last + 2] not in (["'s"], ["’s"]):
        return None
    ahead = words[m.last + 2 : m.last + 7]
    found = INVESTING_ARM.match(" ".join(ahead))
    if found is None:
        return None
    return m.last + 1 + len(found.group().split())
