"""Discovery of organisations the registry lacks, from the way news text introduces them.

A capitalised name counts as an organisation only in a context that says so: a descriptor
before it ("AI startup Decart", "neocloud Nscale"), an appositive after it ("Humain, a Saudi AI
company,"), or a list that also names a known lab ("Anthropic, Karakuri, and Decart").
Discovered entities are kept with lower confidence and reported by the build.
"""

from __future__ import annotations

import unicodedata

from confusable_homoglyphs import confusables
from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract.aliases import abbreviated, bracketed_abbreviations, past_former_name, renamed_from
from kg.extract.arms import (
    acts_through_namesake,
    in_round_list,
    listed_affiliate,
    namesake_of_the_vehicle_before,
    venture_arm,
)
from kg.extract.buyers import takes_chips, takes_compute
from kg.extract.chip_makers import chip_maker_subject, possessing_chip_maker
from kg.extract.chip_names import (
    designed_by_discovered,
    discover_chips,
)
from kg.extract.mentions import Mention
from kg.extract.name_guards import (
    a_month,
    adverb_before_comma,
    after_a_version,
    generic_name,
    magnitude_after_number,
    modifies_a_noun,
    only_title_words,
    owner_of_the_next_name,
    place_and_field,
    qualifies_a_person,
    title_case,
)
from kg.extract.name_kinds import (
    cloud_named,
    company_shaped,
    descriptor_kind,
    kind_from_context,
)
from kg.extract.names import (
    common_word_first,
    is_name_token,
    name_runs,
    new_entity,
    qualifies_described_name,
)
from kg.extract.patterns import (
    ACQUIRED_AFTER,
    AMPERSAND_TERMS,
    BACKED_POSSESSOR_AFTER,
    BACKER_COMPOUND_AFTER,
    BACKERS_AFTER,
    BUYS_COMPUTE_AFTER,
    CHIP_NAMING_NOUNS,
    CLOUD_SERVICES_AFTER,
    COMPOUND_DESCRIBED_AFTER,
    COMPUTE_SOLD_AFTER,
    CORPORATE_SUFFIXES,
    CUSTOMER_OF_AFTER,
    CUSTOMERS_AFTER,
    DEAL_AFTER,
    DESCRIBED_COMPANY_AFTER,
    DESCRIPTOR_AFTER,
    DESCRIPTOR_BEFORE,
    DEVELOPS_CHIPS_AFTER,
    DOCUMENT_ABBREVIATIONS,
    EVENT_NOUNS,
    FOUNDED_AFTER,
    FOUNDER_AFTER,
    HOSTS_WORK_AFTER,
    INVESTOR_SUFFIXES,
    INVESTS_AFTER,
    JOINT_VENTURE_AFTER,
    KIN_NOUNS,
    KIND_ABBREVIATIONS,
    LEASES_SITE_AFTER,
    LEGAL_FORM,
    LEGAL_FORM_AFTER,
    LEGAL_WORDS,
    MAX_DESCRIPTOR_CHARS,
    NATIONAL_COMPANY_AFTER,
    NEWS_OUTLETS,
    OFFICER_TITLES,
    PARTICIPATES_AFTER,
    PERSON_DESCRIPTORS,
    PERSON_TITLES,
    PLACE_PREPOSITIONS,
    RAISES_AFTER,
    REGISTRY_SHORTENED_ENDINGS,
    ROUND_SAID_AFTER,
    ROYAL_TITLES,
    SENTENCE_ADVERBS,
    SHORTENED_ENDINGS,
    STOCK_TICKERS,
    TRAINS_MODELS_AFTER,
    WHEN_AFTER_NAME,
)
from kg.extract.people import is_person_name
from kg.extract.places import is_place
from kg.extract.round_lists import slot_starts
from kg.extract.text import Sentence
from kg.models import Entity
from kg.registry import Registry


def discover(
    sentence: Sentence,
    mentions: list[Mention],
    registry: Registry,
    surnames: set[str] | frozenset[str] = frozenset(),
) -> list[tuple[Mention, Entity]]:
    """Organisations named in ``sentence`` that the registry lacks, with a type from context
    (never a name in ``surnames``: the surname of a person the article named in full)."""
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    runs = name_runs(sentence, taken)
    names_taken = len(taken)
    maker = chip_maker_subject(sentence, registry, taken, runs) or possessing_chip_maker(
        sentence, registry, taken, runs
    )
    if maker is None:
        found: list[tuple[Mention, Entity]] = discover_chips(
            sentence, mentions, registry, taken, runs
        )
    else:  # "DeepX, known for its DX-M1 AI accelerator, …": its chips need it as their designer
        taken |= set(range(maker[0].first, maker[0].last + 1))
        found = [maker] + discover_chips(
            sentence, mentions + [maker[0]], registry.extended([maker[1]]), taken
        )
    taken |= {i for m, _ in found for i in range(m.first, m.last + 1)}
    abbreviations = bracketed_abbreviations(sentence, registry)
    taken |= abbreviations
    if len(taken) > names_taken:  # (the runs again only when discovery took some of their words)
        runs = name_runs(sentence, taken)
    if not runs:  # (half the sentences: no name left to ask about, only abbreviations)
        found += abbreviated(sentence, abbreviations, mentions, found, registry)
        return designed_by_discovered(found)
    labs = [m for m in mentions if "Lab" in registry.get(m.entity).types]
    chip_firsts = {m.first for m in mentions if registry.get(m.entity).is_chip} | {
        m.first for m, e in found if e.is_chip
    }
    words = sentence.lowers
    slots: list[int] | None = None  # where round lists start, found when first needed
    headline: bool | None = None  # whether the sentence is a title-case headline, likewise
    company_lists: set[tuple[int, int]] | None = None  # likewise, the names listed together
    cloud_firsts: set[int] | None = None  # likewise, where the clouds the sentence names start
    for first, last in runs:
        tokens = sentence.tokens[first : last + 1]
        name = sentence.text[tokens[0].start - sentence.start : tokens[-1].end - sentence.start]
        if _looks_like_a_registry_name(name, registry):
            continue  # "ОpenAI" in Cyrillic letters: never a second OpenAI
        if name.removeprefix("The ") in NEWS_OUTLETS or words[max(0, first - 2) : first] == [
            "according",
            "to",
        ]:
            continue  # a publisher reporting the deal ("according to Data Centre Dynamics")
        if all(t.lower in LEGAL_WORDS for t in tokens):
            continue  # "Co., Ltd.", "Limited": a legal form, never a name of its own
        if len(tokens) > 1 and tokens[-1].text in EVENT_NOUNS:
            continue  # "the U.S.–Saudi Investment Forum": where a deal was announced, no party
        if name in AMPERSAND_TERMS:
            continue  # "invest heavily in R&D": research, not a firm
        if magnitude_after_number(sentence, first):
            continue  # "Nvidia's $100 B Investment:": the sum's 'billion', then a label
        if any(t.lower in OFFICER_TITLES for t in tokens[:-1]):
            continue  # "Chief Executive Wes Cummins" after "Applied Digital": a company's officer
        if first == 0 and words[last + 1 : last + 2] == [":"]:
            continue  # "Strategic Investments: Huang confirmed …": a heading, not a name
        if _after_a_ticker(sentence, first):
            continue  # "Microsoft (MSFT, Financials)": the stock's sector
        if words[last + 1 : last + 2] in (["family"], ["families"]):
            continue  # "backed by the Hiranandani family": people, not an organisation
        if modifies_a_noun(sentence, first, last):
            continue  # "an Internet tech giant": a word that describes the noun after it
        arm = first - 1 in taken and venture_arm(sentence, first, last, mentions, registry)
        if arm:
            found.append(arm)  # "Bosch Ventures": the company's venture arm, its own investor
            continue
        if len(tokens) == 1 and tokens[0].text in INVESTOR_SUFFIXES:
            continue  # "BMW i Ventures": a suffix left over, never a name of its own
        if first - 1 in taken and slots is None:
            slots = slot_starts(words)
        affiliate = first - 1 in taken and listed_affiliate(
            sentence, first, last, mentions, registry, runs, taken, slots or []
        )
        if affiliate:
            found.append(affiliate)  # "from SK Networks, Hanwha …": a known group's company
            continue
        if first - 1 in taken and all(
            t.text in INVESTOR_SUFFIXES or t.lower in CORPORATE_SUFFIXES for t in tokens
        ):
            continue  # "Fidelity Management": the rest of a known name, not a new one
        after = _after(sentence, past_former_name(sentence, last, runs))
        renamed = renamed_from(sentence, first, mentions, found, registry)
        if renamed is not None:  # "1X, previously named Halodi Robotics": 1X by its old name
            mention = Mention(renamed.id, first, last, tokens[0].start, tokens[-1].end, name)
            found.append((mention, renamed))
            continue
        founded = _founded_company(sentence, first, last, after)
        opening = founded or first == 0 and BACKERS_AFTER.match(after) is not None
        # ("Skild's previous round": a short name opening the sentence, by what follows it)
        adverb = name.lower() in SENTENCE_ADVERBS and after[:1] == ","
        # ('"Together, we are committed …"': the word, not Together AI)
        known = registry.lookup(name) or (
            None if adverb else _short_name_of(name, first, registry, opening)
        )
        if known is not None:
            if known.is_chip and not known.discovered:
                continue  # "Grace Blackwell GB300": a family name the mentions dropped
            if known.discovered or known.name != name:  # named again, or by its short name
                mention = Mention(known.id, first, last, tokens[0].start, tokens[-1].end, name)
                found.append((mention, known))
            continue
        if name in surnames:
            continue  # "Altman's rival", after "Sam Altman": a person
        if name == "May" and a_month(sentence, first):
            continue  # "a round in May 2024": the month
        if first == last == 0 and (name.endswith("ly") or adverb_before_comma(sentence)):
            continue  # "Recently, the UK startup Fluidstack …": an adverb opening the sentence
        if first > 0 and sentence.tokens[first - 1].lower in PERSON_TITLES:
            continue  # "former Google CEO Eric Schmidt": a person
        if acts_through_namesake(after, tokens[-1].text) or namesake_of_the_vehicle_before(
            sentence, first, last, mentions
        ):
            continue  # "Bezos through Bezos Expeditions": a person and the vehicle named for them
        if any(t.text in ROYAL_TITLES for t in sentence.tokens[max(0, first - 3) : first]):
            continue  # "Saudi Prince al-Waleed bin Talal": a person
        if name in KIND_ABBREVIATIONS:
            continue  # "led by VC firms Jane Street and …": a kind of firm ("Norrsken VC" stays)
        if name in DOCUMENT_ABBREVIATIONS:
            continue  # "Under the MOU, Samsung and AMD …": a document
        if sentence.tokens[last + 1 : last + 2] and sentence.tokens[last + 1].lower in KIN_NOUNS:
            continue  # "the Winklevoss twins", "the Collison brothers": people
        if (
            is_place(name)
            or after[:6].lower() in ("-based", " based")
            or (first > 0 and is_place(f"{sentence.tokens[first - 1].text} {name}"))
        ):
            continue  # "San Francisco-based Anthropic": a place; "Saudi Arabia's": a place
            # whose first word, a nation's adjective, the name was read without
        if after_a_version(sentence, first) or only_title_words(sentence, first, last):
            continue  # "Gemini 1.5 Pro": a product's tier; "Chief Scientist": a person's title
        if owner_of_the_next_name(sentence, last):
            continue  # "the Lidl owner Schwarz Group": a name saying whose owner the next is
        if place_and_field(sentence, first, last, after):
            continue  # "French AI champion Mistral": a nation and a field describing a name
        if qualifies_a_person(sentence, last):
            continue  # "former Legendary Entertainment owner Thomas Tull": a person's past
        if (
            _owns_the_next_name(sentence, last, taken) and not TRAINS_MODELS_AFTER.match(after)
        ) or qualifies_described_name(after):
            continue  # "Singapore's Temasek": a place or owner qualifying a known name
        kind = kind_from_context(sentence, first, last, after, labs, founded) or _listed_after_new(
            sentence, first, found
        )
        buys = (
            kind is None
            and takes_chips(words, first, last, chip_firsts)
            and not common_word_first(sentence, first, last)
        )  # ("Companies buying Nvidia GPUs …": a common noun opening the sentence)
        if kind is None and not buys and cloud_firsts is None:
            cloud_firsts = {
                m.first
                for m in mentions
                if not m.embedded and "CloudProvider" in registry.get(m.entity).types
            } | {
                f
                for f, end in runs
                if cloud_named(sentence, end) and company_shaped(sentence, f, end)
            }  # (asked only of a name no other context gave a kind; "… with Veltrix Cloud",
            # a cloud by its name, counts before its turn comes)
        if (
            kind is None
            and not buys
            and takes_compute(words, first, last, cloud_firsts)  # type: ignore[arg-type]
            and not common_word_first(sentence, first, last)
        ):
            if headline is None:
                headline = title_case(sentence)
            buys = not headline  # ("Anthropic Is in Talks to Run Claude on Azure": a title)
        if buys:
            kind = "Lab"  # "Cassava Technologies, having acquired 12,000 Nvidia GPUs, …"
        shaped = kind is None and company_shaped(sentence, first, last)
        if shaped and headline is None:
            headline = title_case(sentence)
        if shaped and headline:
            continue  # "Hardware-Focused Investments": a heading's words, shaped like a name
        if shaped:
            kind = "Lab"  # (a cloud when its name ends in "Cloud", below)
        if kind is None and company_lists is None:
            orgs = [
                m for m in mentions if not m.reference and registry.get(m.entity).is_organization
            ]
            company_lists = _company_lists(sentence, words, runs, orgs)
        in_list = kind is None and (first, last) in (company_lists or ())
        if in_list:
            kind = "Lab"  # "Ericsson, AstraZeneca, SAAB, SEB and Wallenberg Investments have …"
        named = [t.text for t in tokens]
        while len(named) > 2 and named[-1].lower() in CORPORATE_SUFFIXES:
            named.pop()  # "Entrada Ventures LLC": the suffix after the investing word
        head = named[named.index("of") - 1] if "of" in named[1:-1] else named[-1]
        suffixed = head in INVESTOR_SUFFIXES and len(named) > 1  # "Industrial Bank of Korea"
        if not suffixed and slots is None:
            slots = slot_starts(words)
        listed = suffixed or in_round_list(sentence, first, runs, taken, slots or [])
        if listed and headline is None:
            headline = title_case(sentence)
        listed = listed and not headline
        if (
            (listed or kind)
            and not suffixed
            and is_person_name([t.text for t in tokens])
            and not _described_before(sentence, first)
        ):
            continue  # "led by Stripes and Peter Thiel", "investors such as Reid Hoffman"
        if (kind is None and listed) or (suffixed and kind == "Lab" and not buys):
            kind = "Investor"  # "Shunwei Capital Partners" listed with labs: its suffix decides
        elif kind is None or (
            first == 0
            and not DESCRIPTOR_AFTER.match(after)
            and not NATIONAL_COMPANY_AFTER.match(after)
            and not DESCRIBED_COMPANY_AFTER.match(after)
            and not RAISES_AFTER.match(after)
            and not ROUND_SAID_AFTER.match(after)
            and not BACKER_COMPOUND_AFTER.match(after)
            and not FOUNDER_AFTER.match(after)
            and not founded
            and not INVESTS_AFTER.match(after)
            and not PARTICIPATES_AFTER.match(after)
            and not BACKERS_AFTER.match(after)
            and not ACQUIRED_AFTER.match(after)
            and not JOINT_VENTURE_AFTER.match(after)
            and not DEAL_AFTER.match(after)
            and not TRAINS_MODELS_AFTER.match(after)
            and not COMPUTE_SOLD_AFTER.match(after)
            and not BUYS_COMPUTE_AFTER.match(after)
            and not CUSTOMERS_AFTER.match(after)
            and not BACKED_POSSESSOR_AFTER.match(after)
            and not DEVELOPS_CHIPS_AFTER.match(after)
            and not CLOUD_SERVICES_AFTER.match(after)
            and not LEASES_SITE_AFTER.match(after)
            and not HOSTS_WORK_AFTER.match(after)
            and not COMPOUND_DESCRIBED_AFTER.match(after)
            and not CUSTOMER_OF_AFTER.match(after)
            and not buys
            and not shaped
            and not in_list
        ):
            continue
        if kind == "Lab" and cloud_named(sentence, last):
            kind = "CloudProvider"  # "GMI Cloud", "Kestrel Compute signed a deal with Microsoft"
        if generic_name(name) or name in STOCK_TICKERS:
            continue  # ("Amazon.com, Inc. AMZN": the ticker of a name just given)
        found.append(new_entity(sentence, first, last, LEGAL_FORM.sub("", name), kind))
    found += abbreviated(sentence, abbreviations, mentions, found, registry)
    found += _chips_of_new_names(sentence, mentions, registry, taken, found)
    return designed_by_discovered(found)


def _chips_of_new_names(
    sentence: Sentence,
    mentions: list[Mention],
    registry: Registry,
    taken: set[int],
    found: list[tuple[Mention, Entity]],
) -> list[tuple[Mention, Entity]]:
    """'Korvex unveiled Tern, its second-generation accelerator', 'Korvex said its Tern
    processor would ship': chips named beside a company found in this sentence, which the
    chip names looked for before it was known could not tie to a designer."""
    new_orgs = [(m, e) for m, e in found if e.is_organization]
    if not new_orgs or CHIP_NAMING_NOUNS.isdisjoint(sentence.lowers):
        return []
    held = taken | {i for m, _ in found for i in range(m.first, m.last + 1)}
    return discover_chips(
        sentence,
        mentions + [m for m, _ in new_orgs],
        registry.extended([e for _, e in new_orgs]),
        held,
    )


def _after_a_ticker(sentence: Sentence, first: int) -> bool:
    """Whether a name follows '(' and a stock ticker and a comma ('(MSFT, Financials)')."""
    if (
        first < 3
        or sentence.tokens[first - 3].text != "("
        or sentence.tokens[first - 1].text != ","
    ):
        return False
    ticker = sentence.tokens[first - 2].text
    return ticker.isalpha() and ticker.isupper() and 1 < len(ticker) <= 5


def _after(sentence: Sentence, last: int) -> str:
    """The text after a name, past its legal form and when something was said ('Nuvexa Inc.
    on Wednesday said …')."""
    after = LEGAL_FORM_AFTER.sub("", sentence.text[sentence.tokens[last].end - sentence.start :])
    return WHEN_AFTER_NAME.sub("", after)


def _described_before(sentence: Sentence, first: int) -> bool:
    """'U.S. investment fund Davidson Kempner': a company noun just before the name says it is
    no person, whatever its first word."""
    before = sentence.text[: sentence.tokens[first].start - sentence.start]
    start = max(0, len(before.rstrip()) - MAX_DESCRIPTOR_CHARS)
    match = DESCRIPTOR_BEFORE.search(before, start)
    return match is not None and descriptor_kind(match) not in PERSON_DESCRIPTORS


def _listed_after_new(
    sentence: Sentence, first: int, found: list[tuple[Mention, Entity]]
) -> str | None:
    """'acquisitions of startups Dexa and Runwell': a name joined by 'and' or a comma to a
    company just discovered is one of the same kind."""
    for mention, entity in reversed(found):
        if mention.last < first and not entity.is_chip:
            gap = [t.lower for t in sentence.tokens[mention.last + 1 : first]]
            if gap in ([","], ["and"], [",", "and"], ["&"]):
                return entity.types[0]
            return None
    return None


def _founded_company(sentence: Sentence, first: int, last: int, after: str) -> bool:
    """'Skild, founded in 2023 by …', 'Skild was backed early by Amazon': a company, unless a
    place ('a centre in Heilbronn, which is backed by …') or a person."""
    if not FOUNDED_AFTER.match(after):
        return False
    if first > 0 and sentence.tokens[first - 1].lower in PLACE_PREPOSITIONS:
        return False
    return not is_person_name([t.text for t in sentence.tokens[first : last + 1]])


def _short_name_of(
    name: str, first: int, registry: Registry, opening: bool = False
) -> Entity | None:
    """'the latest round of funding for Scale': a name written without the 'AI' that ends it
    ('Scale AI'), inside a sentence where its capital says it is a name (``opening``: the
    context after a sentence's first word says so)."""
    if " " in name or not registry.opens_a_name(name):
        return None
    entity = registry.lookup(f"{name} AI")
    if entity is not None and entity.is_organization and (first > 0 or opening):
        return entity
    for ending in SHORTENED_ENDINGS:  # "Veltrix" after "Veltrix Systems" was discovered
        entity = registry.lookup(f"{name} {ending}")
        if entity is not None and entity.discovered and entity.is_organization:
            return entity
    if name.lower() in STOP_WORDS:
        return None
    for ending in REGISTRY_SHORTENED_ENDINGS:  # "Galaxy" for Galaxy Digital
        entity = registry.lookup(f"{name} {ending}")
        if entity is not None and entity.is_organization:
            return entity
    return None


def _owns_the_next_name(sentence: Sentence, last: int, taken: set[int]) -> bool:
    tokens = sentence.tokens
    return (
        last + 2 < len(tokens)
        and tokens[last + 1].lower in {"'s", "’s"}
        and (last + 2 in taken or is_name_token(tokens[last + 2].text))
        and tokens[last + 2].lower not in {"series", "seed"}  # "Zentrix's Series B": its round
    )


def _company_lists(
    sentence: Sentence, words: list[str], runs: list[tuple[int, int]], orgs: list[Mention]
) -> set[tuple[int, int]]:
    """The names that stand in a list of three or more joined only by commas and 'and', one of
    them an organisation the registry knows or a name ending in an investing word ('Ericsson,
    AstraZeneca, SAAB, SEB and Wallenberg Investments')."""
    known = {(m.first, m.last) for m in orgs} | {
        (a, b) for a, b in runs if b > a and sentence.tokens[b].text in INVESTOR_SUFFIXES
    }
    listed: set[tuple[int, int]] = set()
    chain: list[tuple[int, int]] = []
    for item in sorted(set(runs) | known) + [(len(words), len(words))]:
        gap = words[chain[-1][1] + 1 : item[0]] if chain else []
        if chain and gap and set(gap) <= {",", "and", "&"} and len(gap) <= 2:
            chain.append(item)
            continue
        if len(chain) >= 3 and known.intersection(chain):
            listed.update(chain)
        chain = [item]
    return listed


def latin_skeleton(name: str) -> str:
    """``name`` with letters of other scripts that look like Latin ones replaced by them, after
    NFKC and without format characters ('ОpenАI' in Cyrillic letters gives 'OpenAI')."""
    folded = "".join(
        ch for ch in unicodedata.normalize("NFKC", name) if unicodedata.category(ch) != "Cf"
    )
    if folded.isascii():
        return folded
    found = confusables.is_confusable(folded, greedy=True, preferred_aliases=["latin"]) or []
    swaps = {item["character"]: item["homoglyphs"][0]["c"] for item in found if item["homoglyphs"]}
    return "".join(swaps.get(ch, ch) for ch in folded)


def _looks_like_a_registry_name(name: str, registry: Registry) -> bool:
    """Whether a name that is not itself in the registry reads as one that is."""
    if name.isascii():
        return False
    skeleton = latin_skeleton(name)
    return skeleton != name and registry.lookup(skeleton) is not None
