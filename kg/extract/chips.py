"""designs_chip and manufactures_chip: a chip beside its designer, a foundry that makes it."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract.chip_phrases import chip_noun_end
from kg.extract.clauses import Candidate, View, list_around, list_ending, matches
from kg.extract.folded import may_hold, occurs
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    BUILT_AROUND_A_CHIP,
    BUILT_INSTEAD,
    CHOOSING_FOR,
    CO_DESIGN,
    CO_DESIGN_STEMS,
    CODENAMING,
    DEPENDING_VERBS,
    DESIGN_VERBS,
    DESIGNING_FORMS,
    DEVELOPING_VERBS,
    FOUNDRY_CHOSEN,
    FOUNDRY_PLANT_NOUNS,
    FOUNDRY_ROLE,
    FOUNDRY_USED_FOR,
    LISTED_WITH,
    MAKE_OR_SERVICE_VERBS,
    MAKE_VERBS,
    MANDATE_FILLERS,
    MANDATE_NOUNS,
    MANDATE_WINNING_VERBS,
    MODEL_NOUNS,
    OTHER_PRODUCT_NOUNS,
    PARTNER_DEVELOPING_FORMS,
    PARTNERING_VERBS,
    PARTNERSHIP_PHRASES,
    PLURAL_CHIP_NOUNS,
    PREPOSITIONS,
    PRODUCED_BESIDE,
    PRODUCT_LINE_MODIFIERS,
    QUOTES,
    RELATIVE_OPENINGS,
    TALK_WORDS,
    TALKS_GAP_WORDS,
    VERB_CHAIN,
)
from kg.extract.text import Sentence
from kg.extract.uses import customers_of_no_chip
from kg.registry import Registry


def without_family_modifiers(mentions: list[Mention], registry) -> list[Mention]:
    """'Nvidia's Blackwell B200': a family or architecture named just before one of its
    generations only qualifies it; the generation is the chip meant."""
    kept = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is None or nxt.first != m.last + 1 or not registry.get(m.entity).is_chip:
            kept.append(m)
            continue
        broad, narrow = registry.get(m.entity), registry.get(nxt.entity)
        architecture = (
            broad.family is not None
            and broad.family == narrow.family
            and not any(ch.isdigit() for ch in m.text)
            and any(ch.isdigit() for ch in narrow.name)
        )  # "Blackwell B200", "Instinct MI450", "Grace Blackwell GB300": siblings in the
        # registry, one named in words and the other by its model number
        if narrow.is_chip and (narrow.family == broad.id or architecture):
            continue
        kept.append(m)
    return kept


def designs(view: View) -> list[Candidate]:
    """A chip and its designer (by the registry) named together: 'Google's TPU', 'AWS Trainium'."""
    found = []
    chips = view.chips()
    if not chips:
        return found
    org_mentions = view.orgs()
    text = view.sentence.text
    co_design_cue = may_hold(text, CO_DESIGN_STEMS) and occurs(CO_DESIGN, text)
    for chip in chips:
        listed = view.registry.get(chip.entity).discovered  # "MTIA 400, 450 and 500", far on
        # (a discovered chip's co-designers are those its own sentence named)
        designers = view.registry.designers(
            chip.entity, include_co_designers=co_design_cue or listed
        )
        for m in org_mentions:
            org = view.org(m)
            near = m.last < chip.first + 8 and chip.first - m.last < 25
            if org in designers and (near or (listed and m.last < chip.first)):
                method = "design:embedded" if m.embedded else "design"
                line = view.names_its_designer(chip)
                found.append(
                    Candidate(
                        "designs_chip", org, chip.entity, view.sentence, method, product_line=line
                    )
                )
                if (
                    co_design_cue
                    and not m.embedded
                    and org not in view.registry.designers(chip.entity, False)
                ):
                    found += _fellow_co_designers(view, m, chip)
    return found


def _fellow_co_designers(view: View, partner: Mention, chip: Mention) -> list[Candidate]:
    """'Google is spreading its TPU development across four partners: Broadcom, MediaTek,
    Marvell and Intel': the chip designers listed with a known co-designer design it too."""
    listed = list_around(view, [m for m in view.orgs() if not m.embedded], partner)
    return [
        Candidate("designs_chip", view.org(m), chip.entity, view.sentence, "design:with")
        for m in listed
        if m is not partner and view.has_type(m, "ChipDesigner") and view.org(m)
    ]


def designed_with(view: View) -> list[Candidate]:
    """'The Ironwood TPU was co-designed with Broadcom and MediaTek', 'designed by Broadcom':
    the organisations named after the verb design the chip named before it, whether or not the
    registry knows them as its designers."""
    found: list[Candidate] = []
    text = view.sentence.text
    if "designed" not in text and "developed" not in text:
        return found  # (most sentences: no scan of their words)
    for verb in view.cue_positions(DESIGN_VERBS):
        at = verb + 1
        if view.lowers[at : at + 1] in (["together"], ["jointly"]):
            at += 1
        if view.lowers[at : at + 2] in PARTNERSHIP_PHRASES:
            at += 2  # "developed in partnership with Broadcom"
        chips = [c for c in view.chips(0, verb) if not c.embedded]
        partners = [
            m
            for m in view.orgs(at, at + 5)
            if not m.embedded and _only_descriptors(view.lowers[at + 1 : m.first])
        ]  # "designed by Broadcom", "designed by chip startup Quorix"
        if view.lowers[at : at + 1] not in (["with"], ["by"]) or not chips or not partners:
            continue
        if set(view.lowers[chips[-1].last + 1 : verb]) & MODEL_NOUNS:
            continue  # "the H20 was used to train AI models developed by DeepSeek": the models'
        designed = list_ending(view, chips[:-1], chips[-1])  # "Ironwood and Trillium TPUs"
        for m in list_around(view, [o for o in view.orgs(verb) if not o.embedded], partners[0]):
            if view.has_type(m, "Foundry") and not view.has_type(m, "ChipDesigner"):
                continue
            found += [
                Candidate("designs_chip", view.org(m), chip.entity, view.sentence, "design:with")
                for chip in designed
            ]
    return found


def designing_for(view: View) -> list[Candidate]:
    """'Alchip is reportedly designing the new Trainium 3 chip for Amazon': the subject of an
    active verb of designing designs the chip it takes; 'Amazon tapped Marvell for its Trainium
    chips': the designer chosen for a chip designs it. A foundry so named makes the chip
    instead, which the foundry rules read."""
    found: list[Candidate] = []
    for verb in view.cue_positions(DESIGNING_FORMS + CHOOSING_FOR + PARTNER_DEVELOPING_FORMS):
        lo, hi = view.clause(verb)
        chosen = view.lowers[verb] in CHOOSING_FOR
        developing = view.lowers[verb] in PARTNER_DEVELOPING_FORMS
        if chosen:
            designer = next((m for m in view.orgs(verb + 1, verb + 2) if not m.embedded), None)
            start = designer.last + 2 if designer else verb
            if designer is None or view.lowers[designer.last + 1 : start] != ["for"]:
                continue
            if not view.has_type(designer, "ChipDesigner"):
                continue  # "tapped Oracle for its GPUs": a cloud chosen, no designer
        else:
            subjects = [m for m in view.orgs(lo, verb) if not m.embedded]
            designer = subjects[-1] if subjects else None
            start = verb + 1
            if designer is None or not _subject_gap(view.lowers[designer.last + 1 : verb]):
                continue
        if view.has_type(designer, "Foundry") and not view.has_type(designer, "ChipDesigner"):
            continue
        chips = [c for c in view.chips(start, min(hi, start + 10)) if not c.embedded][:1]
        if not chips or not _only_descriptors(view.lowers[start : chips[0].first], numbered=True):
            continue
        if developing and view.lowers[chips[0].last + 1 : chips[0].last + 2] in BUILT_AROUND_A_CHIP:
            continue  # "Veltrix is building an H100 cluster": a system, not the chip
        if (
            developing
            and not view.has_type(designer, "ChipDesigner")
            and not view.entity(chips[0]).discovered
        ):
            continue  # "Crusoe is building …" a known chip: no design house; but "xAI is
            # developing a reasoning chip codenamed X1": a new chip of its own
        if view.org(designer):
            found.append(
                Candidate(
                    "designs_chip",
                    view.org(designer),  # type: ignore[arg-type]
                    chips[0].entity,
                    view.sentence,
                    "design:designing",
                )
            )
    return found


def _subject_gap(words: list[str]) -> bool:
    """The words between a designer and its verb of designing: auxiliaries and adverbs ('is
    reportedly designing'), talks ('is in talks to develop') or a mandate won ('secured the
    exclusive contract to design')."""
    if set(words) <= VERB_CHAIN:
        return True
    if words[-1:] != ["to"]:
        return False
    middle = set(words[:-1]) - VERB_CHAIN
    return middle <= TALK_WORDS | TALKS_GAP_WORDS or (
        bool(middle & MANDATE_NOUNS)
        and middle <= MANDATE_NOUNS | MANDATE_WINNING_VERBS | MANDATE_FILLERS
    )


def _only_descriptors(words: list[str], numbered: bool = False) -> bool:
    """Words that only describe the name that follows ('chip startup'; ``numbered``: also 'the
    new 3-nanometer chip, called')."""
    return all(
        (w.isalpha() or numbered and (w.isalnum() or w in {"-", ","}))
        and w not in PREPOSITIONS | {"and", "or"}
        for w in words
    )


def partnered_to_design(view: View) -> list[Candidate]:
    """'Google is partnering with MediaTek to develop its next-generation TPU', 'Tencent, which
    has partnered with Enflame to develop an AI chip called Zixiao', 'Meta worked with Broadcom
    on the latest MTIA chips': the partner named after 'with' designs the chip with the
    company that partners (a foundry named so makes it instead, which the foundry rules read)."""
    found: list[Candidate] = []
    for cue in view.cue_positions(PARTNERING_VERBS):
        if view.lowers[cue + 1 : cue + 2] != ["with"]:
            continue
        partners = [
            m
            for m in view.orgs(cue + 2, cue + 5)
            if not m.embedded and all(w.isalpha() for w in view.lowers[cue + 2 : m.first])
        ][:1]  # "partnered with chip designer MediaTek to develop"
        if not partners or view.has_type(partners[0], "Foundry"):
            continue
        partner = partners[0]
        after = partner.last + 1
        joined = view.lowers[after : after + 3]
        verb_end = after + 2
        if joined[1:3] == ["co", "-"] and after + 3 < len(view.lowers):
            joined, verb_end = ["to", "co-" + view.lowers[after + 3]], after + 4  # "to co-develop"
        if joined[:1] == ["on"]:
            start = after + 1
        elif joined[:1] == ["to"] and joined[1:2] and matches(joined[1], DEVELOPING_VERBS):
            start = verb_end
        else:
            continue
        chips = [c for c in view.chips(start, start + 8) if not c.embedded][:1]
        if not chips or view.contrasted(chips[0].first):
            continue
        chip = _codename_after(view, chips[0]) or chips[0]
        parties = [m for m in (partner, _partnering_company(view, cue)) if m is not None]
        known = view.registry.designers(chip.entity)
        if known and not known & {view.org(m) for m in parties}:
            continue  # "OpenAI partnered with Microsoft on Nvidia GPUs": another's chips
        for m in parties:
            if view.org(m):
                found.append(
                    Candidate(
                        "designs_chip", view.org(m), chip.entity, view.sentence, "design:partnered"
                    )  # fmt: skip
                )
    return found


def _partnering_company(view: View, cue: int) -> Mention | None:
    """The company before a verb of partnering: its clause's subject, or the name its
    relative clause hangs on ('Tencent, which has partnered with …')."""
    lo = view.clause(cue)[0]
    if lo >= 2 and view.lowers[lo - 2 : lo] in RELATIVE_OPENINGS:
        lo = 0
    before = [m for m in view.orgs(lo, cue) if not m.embedded and cue - m.last <= 6]
    return before[-1] if before and not view.has_type(before[-1], "Foundry") else None


def _examples_of_what_it_makes(between: list[str], verb: int) -> bool:
    """'produces the vast majority of processors that power AI services, including compute
    GPUs (such as AMD's MI250 …': the chip is an example of the chips the verb's object names."""
    ahead = range(verb + 1, min(len(between), verb + 7))
    noun = next((i for i in ahead if between[i] in PLURAL_CHIP_NOUNS), None)
    if noun is None or len(between) > 32 or ";" in between:
        return False
    rest = between[noun + 1 :]
    return "including" in rest or any(rest[i : i + 2] == ["such", "as"] for i in range(len(rest)))


def manufactures(view: View) -> list[Candidate]:
    found = []
    foundries = [m for m in view.orgs() if view.has_type(m, "Foundry")]
    if not foundries:
        return found
    previous: tuple[Mention, list[Mention]] | None = None  # the last chip and its makers
    for chip in view.chips():
        if view.contrasted(chip.first):
            continue  # "its bet to replace Nvidia AI chips, and Huawei is producing it at SMIC"
        wafer_buyers = customers_of_no_chip(view, *view.clause(chip.first))
        makers = [
            m for m in foundries if _made_by(view, m, chip) and view.org(m) not in wafer_buyers
        ]
        if not makers and previous is not None and _listed_after(view, previous[0], chip):
            makers = previous[1]  # 'to manufacture Tesla's AI chips "AI5" and "AI6"': both
        previous = (chip, makers)
        makers += [
            m
            for m in foundries
            if m not in makers
            and any(view.lowers[k.last + 1 : m.first] in LISTED_WITH for k in makers)
        ]  # "possibly produced by SMIC or TSMC": each foundry listed
        nearest = _nearest_maker(view, makers, chip)
        lo = view.clause(chip.first)[0]
        for foundry in makers:
            relative = (
                lo >= 2 and view.lowers[lo - 2 : lo] in RELATIVE_OPENINGS and foundry.last == lo - 3
            ) or (
                lo >= 1
                and view.lowers[lo - 1 : lo + 1] in RELATIVE_OPENINGS
                and foundry.last == lo - 2
            )  # "Samsung, which currently manufactures the AI4 chip", "Samsung—which builds"
            after = chip.last + 1
            noun = after
            while noun < min(len(view.lowers), after + 3) and (
                view.lowers[noun] in PRODUCT_LINE_MODIFIERS
            ):
                noun += 1  # "its Helix-2 inference accelerator, which is made by TSMC"
            after = (chip_noun_end(view.lowers, noun) if noun < len(view.lowers) else None) or after
            chip_relative = view.lowers[after : after + 2] == [",", "which"] and (
                view.clause(foundry.first)[0] == after + 2
            )  # "its Q1 neural processing unit, which is manufactured by Samsung Foundry"
            if view.clause(chip.first) != view.clause(foundry.first) and not (
                relative or chip_relative
            ):
                continue  # "Samsung will make the AI5, while TSMC makes the AI4"
            if nearest in (None, foundry):
                named = _codename_after(view, chip) or chip
                found.append(
                    Candidate(
                        "manufactures_chip",
                        view.org(foundry),
                        named.entity,
                        view.sentence,
                        "make",
                        anchor=chip.first,
                    )
                )
                client = _made_for(view, chip, after)
                if client is not None:
                    found.append(
                        Candidate(
                            "designs_chip", client, named.entity, view.sentence, "design:made-for"
                        )  # fmt: skip
                    )
    return found


def _listed_after(view: View, before: Mention, chip: Mention) -> bool:
    """Whether ``chip`` is listed right after ``before`` ('"AI5" and "AI6"', 'H100, H200')."""
    gap = [w for w in view.lowers[before.last + 1 : chip.first] if w not in QUOTES]
    return bool(gap) and set(gap) <= {",", "and", "or"}


def carried_manufacture(view: View, last_chip: str | None) -> list[Candidate]:
    """'A piece of silicon hardwired to the transformer, manufactured on TSMC's 4-nanometer
    process', 'Fabrication is expected to remain with TSMC': a sentence that names a foundry
    making something and no chip speaks of the chip the article was just speaking of."""
    if last_chip is None or view.chips() or _names_another_product(view):
        return []
    designers = view.registry.designers(last_chip)
    maker = next(
        (
            m
            for m in view.orgs()
            if view.has_type(m, "Foundry")
            and view.org(m) not in designers
            and not view.contrasted(m.first)
            and _makes_something(view, m)
        ),
        None,
    )
    if maker is None:
        return []
    return [
        Candidate("manufactures_chip", view.org(maker), last_chip, view.sentence, "make:carried")
    ]


def _names_another_product(view: View) -> bool:
    """'Samsung's Exynos 2600 mobile processor will also be built …', 'Baltra … is expected to
    be manufactured by TSMC': a name the registry lacks, or a processor noun, says the sentence
    speaks of a product of its own."""
    tokens = view.sentence.tokens
    named = {i for m in view.orgs() for i in range(m.first, m.last + 1)}
    first = tokens[0].lower if tokens else ""
    if first not in STOP_WORDS and not matches(first, MAKE_VERBS):
        return True
    return any(
        t.text[:1].isupper() and i not in named for i, t in enumerate(tokens) if i > 0
    ) or bool(set(view.lowers) & OTHER_PRODUCT_NOUNS)


def _makes_something(view: View, foundry: Mention) -> bool:
    """'manufactured on TSMC's 4-nanometer process', 'production … at TSMC', 'fabrication …
    with TSMC', 'TSMC's N3P process': the foundry's making, not its business or its shares."""
    words = view.lowers
    if words[foundry.last + 1 : foundry.last + 2] in (["'s"], ["’s"]) and any(
        q.kind == "process_node" and foundry.last < q.first <= foundry.last + 3
        for q in view.quantities
    ):
        return True
    before = words[max(0, foundry.first - 6) : foundry.first]
    return (
        before[-1:] in (["on"], ["by"], ["at"], ["with"], ["using"])
        and any(matches(w, MAKE_VERBS) for w in before)
        and not set(before) & {",", ";", "and", "but"}
    )


def _made_for(view: View, chip: Mention, after: int) -> str | None:
    """'Samsung Foundry has agreed to build ZX-3 chips for Zentrix AI': the company a foundry
    makes a chip for designs it, when nothing else is known of its designer."""
    if view.registry.designers(chip.entity) or view.lowers[after : after + 1] != ["for"]:
        return None
    clients = [m for m in view.orgs(after + 1, after + 6) if not m.embedded]
    if not clients or view.has_type(clients[0], "Foundry"):
        return None
    return view.org(clients[0])


def _nearest_maker(view: View, makers: list[Mention], chip: Mention) -> Mention | None:
    """With two foundries said to make chips in one sentence, each chip is the nearer one's
    ('DX-M1 made using Samsung's technologies; TSMC's 12nm node for its upcoming DX-V3');
    with one, no choice."""
    named = [m for m in makers if not m.reference]
    if len({view.org(m) for m in named}) < 2:
        return None
    nearest = min(named, key=lambda m: min(abs(m.first - chip.last), abs(chip.first - m.last)))
    if len(list_around(view, named, nearest)) == len(named):
        return None  # "produced by both TSMC and Samsung": each of the listed makers
    return nearest


def _codename_after(view: View, chip: Mention) -> Mention | None:
    """ "its tensor processing unit (TPU), codenamed Icefish": the chip the codename names."""
    later = [c for c in view.chips(chip.last + 1, chip.last + 12) if c.entity != chip.entity]
    if not later:
        return None
    between = view.lowers[chip.last + 1 : later[0].first]
    if "(" in between and ")" in between:  # an abbreviation in parentheses: "(TPU)"
        between = between[: between.index("(")] + between[between.index(")") + 1 :]
    words = {w for w in between if not w.endswith("ly")} - {",", "-", "(", ")"}
    return later[0] if words and words <= CODENAMING else None  # ("internally code-named")


def _made_by(view: View, foundry: Mention, chip: Mention) -> bool:
    lowers = view.lowers
    if lowers[foundry.last + 1 : foundry.last + 3] in FOUNDRY_USED_FOR and (
        abs(chip.first - foundry.first) <= 25
    ):
        return True  # "worked with Broadcom on the latest MTIA chips and uses TSMC for making"
    near_node = any(
        q.kind == "process_node" and abs(q.first - foundry.last) <= 6 for q in view.quantities
    )
    if near_node and abs(chip.first - foundry.first) <= 25:
        return True
    made_on = any(matches(w, MAKE_VERBS) for w in lowers[max(0, foundry.first - 3) : foundry.first])
    if made_on and abs(chip.first - foundry.first) <= 25:
        return True
    if foundry.first < chip.first and _foundry_chosen_for(lowers, foundry, chip):
        return True
    if abs(chip.first - foundry.first) <= 25 and (
        _called_its_foundry(lowers, foundry) or _depends_on_its_fabs(lowers, foundry)
    ):
        return True
    if chip.last < foundry.first and _produced_at(lowers, foundry, chip):
        return True
    if foundry.first < chip.first:
        between = lowers[foundry.last + 1 : chip.first]
        if between[:2] in RELATIVE_OPENINGS:
            between = between[2:]  # "Samsung, which currently manufactures the AI4 chip"
        elif between[:2] == [",", "the"] and "that" in between[3:7]:
            # "TSMC, the same Taiwanese foundry that manufactures Google's TPUs": the appositive's
            # relative clause
            between = between[between.index("that", 3) + 1 :]
        elif between[:1] == [","] and "," in between[1:8]:
            between = between[between.index(",", 1) + 1 :]  # "TSMC, Nvidia's partner, makes"
        verbs = [i for i, w in enumerate(between) if matches(w, MAKE_OR_SERVICE_VERBS)]
        if verbs and _examples_of_what_it_makes(between, verbs[0]):
            return True
        return (
            bool(verbs)
            and len(between) - verbs[0] <= 10
            and not {"that", "which", ",", ";"} & set(between)
            and not set(between[verbs[0] + 1 :]) & BUILT_INSTEAD
        )  # "will manufacture the US electric vehicle maker's next-generation AI6 chip"; not
        # "build an AI factory powered by Nvidia GPUs"
    between = lowers[chip.last + 1 : foundry.first]
    return (
        len(between) <= 12  # "manufactured by both Samsung in Texas and TSMC in Arizona"
        and any(matches(w, MAKE_VERBS) for w in between)
        and ("by" in between or "on" in between or "with" in between)
    )  # "MTIA chips, built with Broadcom and TSMC": the foundry of the partners


def _foundry_chosen_for(lowers: list[str], foundry: Mention, chip: Mention) -> bool:
    """'continue using TSMC for its RenegadeS chip', 'switched to Samsung for the Q-7': a
    foundry a company uses or turns to for a chip makes it."""
    before = lowers[max(0, foundry.first - 3) : foundry.first]
    between = lowers[foundry.last + 1 : chip.first]
    if "and" in between and between[between.index("and") - 1] != "first":
        return False  # not "for its first and second-generation MTIA chips"
    return (
        bool(FOUNDRY_CHOSEN & set(before))
        and between[:1] == ["for"]
        and len(between) <= 8
        and not {",", ";", "which", "that"} & set(between)
    )


def _depends_on_its_fabs(lowers: list[str], foundry: Mention) -> bool:
    """'Trainium chips also depend on TSMC's foundry', 'rely on Samsung's fabs': chips that
    lean on a foundry's plants are made there."""
    before = lowers[max(0, foundry.first - 2) : foundry.first]
    after = lowers[foundry.last + 1 : foundry.last + 3]
    return (
        len(after) == 2
        and after[0] in ("'s", "’s")
        and after[1] in FOUNDRY_PLANT_NOUNS
        and any(matches(w, DEPENDING_VERBS) for w in before)
    )


def _called_its_foundry(lowers: list[str], foundry: Mention) -> bool:
    """'Groq relies on Samsung as its foundry partner', 'its manufacturing partner TSMC': a
    foundry named a company's foundry for the chips of the sentence."""
    after = lowers[foundry.last + 1 : foundry.last + 6]
    before = lowers[max(0, foundry.first - 2) : foundry.first]
    return before in FOUNDRY_ROLE or any(
        after[i : i + 2] in FOUNDRY_ROLE for i in range(len(after) - 1)
    )


def _produced_at(lowers: list[str], foundry: Mention, chip: Mention) -> bool:
    """'mass-produce its Q-7 chip with TSMC', 'mass production of its Q-7 chip at Samsung': a
    verb or noun of making before the chip, and the foundry right after it with 'with' or 'at'."""
    if lowers[chip.last + 1 : foundry.first] not in PRODUCED_BESIDE:
        return False
    return any(matches(w, MAKE_VERBS) for w in lowers[max(0, chip.first - 6) : chip.first])


def designed_in_article(
    candidates: list[Candidate], first_named: dict[str, tuple[Sentence, int]], registry: Registry
) -> list[Candidate]:
    """'AMD unveiled its MI350 series. … The new flagship Instinct MI355X is liquid-cooled': a
    chip the article names whose one designer it also names is that designer's, stated where
    the chip is first named, though no sentence names both."""
    designed = {(c.subject, c.object) for c in candidates if c.type == "designs_chip"}
    organisations = {registry.organisation(e) for e in first_named}
    found = []
    for chip_id, (sentence, index) in first_named.items():
        chip = registry.get(chip_id)
        if not chip.is_chip or chip.discovered:
            continue
        designers = registry.designers(chip_id, include_co_designers=False)
        if len(designers) != 1:
            continue
        designer = registry.organisation(next(iter(designers)))
        if designer in organisations and (designer, chip_id) not in designed:
            found.append(
                Candidate(
                    "designs_chip", designer, chip_id, sentence, "design:article", anchor=index
                )
            )
    return found
