"""What kind of organisation the words around an unknown name make it: a lab, a cloud, a chip
designer or an investor (or none), read from its descriptor, its verbs and its company-shaped
ending."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract import patterns as P
from kg.extract.folded import may_end_on
from kg.extract.mentions import Mention
from kg.extract.names import (
    common_word_first,
)
from kg.extract.patterns import (
    ACQUIRED_AFTER,
    ACQUIRED_BEFORE,
    ACQUIRED_STEMS,
    ADJECTIVE_ENDINGS,
    BACKED_OBJECT_BEFORE,
    BACKED_POSSESSOR_AFTER,
    BACKER_COMPOUND_AFTER,
    BACKERS_AFTER,
    BUYS_COMPUTE_AFTER,
    CALLED_COMPANY_BEFORE,
    CHIP_BY_BEFORE,
    CHIP_DEVELOPED_BEFORE,
    CHIP_MAKER_AFTER,
    CHIP_NOUN_AHEAD,
    CHOSEN_TO_BUILD_AFTER,
    CLOUD_NAME_ENDINGS,
    CLOUD_SERVICES_AFTER,
    COMPANY_SHAPED_ENDINGS,
    COMPOUND_DESCRIBED_AFTER,
    COMPUTE_FOR_AFTER,
    COMPUTE_PARTNER_BEFORE,
    COMPUTE_SOLD_AFTER,
    COUNTED_AMONG_AFTER,
    COUNTED_AS_BACKER_AFTER,
    COUNTED_BEFORE,
    CUSTOMER_LIST_BEFORE,
    CUSTOMER_OF_AFTER,
    CUSTOMERS_AFTER,
    DEAL_AFTER,
    DESCRIBED_COMPANY_AFTER,
    DESCRIPTOR_AFTER,
    DESCRIPTOR_APPOSED_BEFORE,
    DESCRIPTOR_BEFORE,
    DESCRIPTOR_COPULA_BEFORE,
    DESCRIPTOR_ENDINGS,
    DESCRIPTORS,
    DEVELOPS_CHIPS_AFTER,
    FOUNDER_AFTER,
    FRONTED_BACKING_BEFORE,
    HOSTED_BEFORE,
    HOSTED_WORK_AFTER,
    HOSTS_WORK_AFTER,
    INVESTED_IN,
    INVESTED_IN_LAST_WORDS,
    INVESTS_AFTER,
    JOINT_VENTURE_AFTER,
    LEASES_SITE_AFTER,
    LISTED_ITEM_END,
    MAX_DESCRIPTOR_CHARS,
    NATIONAL_COMPANY_AFTER,
    OWN_SALE_ENDINGS,
    PAID_BEFORE,
    PAID_FOR_COMPUTE_AFTER,
    PARTICIPATES_AFTER,
    PRODUCT_AFTER,
    PURCHASED_AFTER,
    PURCHASER_BEFORE,
    RAISES_AFTER,
    RENTED_FROM_BEFORE,
    RESEARCH_CENTRE_ENDINGS,
    ROLE_COMPOUND_AFTER,
    ROLE_COMPOUND_BEFORE,
    ROUND_SAID_AFTER,
    SALE_FORMS,
    SALE_OF_BEFORE,
    SOLD_TO_AFTER,
    SOLD_UNIT_AFTER,
    SUPPLIED_BEFORE,
    SUPPLIED_TO_BEFORE,
    SUPPLIED_WITH_AFTER,
    TRAINS_MODELS_AFTER,
    TURNED_TO_FOR_COMPUTE,
    VALUED_AT_AFTER,
    VALUED_BEFORE,
)
from kg.extract.text import Sentence


def descriptor_kind(match: re.Match[str]) -> str:
    """The descriptor a pattern matched, as DESCRIPTORS spells it: one space between its words,
    and no bracketed abbreviation among them ("artificial intelligence (AI) company", "data-center
    operator")."""
    kind = match.group("kind").lower()
    if kind not in DESCRIPTORS:
        kind = kind.replace("-", " ")
    words = kind.split()
    return " ".join(w for w in words if not w.startswith("("))


def _may_end_on_a_descriptor(stripped: str) -> bool:
    """False only when ``stripped`` (white space cut from its end) is ASCII and ends on no
    descriptor's last word, in any case, as each match of DESCRIPTOR_BEFORE does: then the
    pattern is not searched. A text beyond ASCII may spell them in other letters."""
    return not stripped.isascii() or stripped.lower().endswith(DESCRIPTOR_ENDINGS)


def kind_from_context(
    sentence: Sentence, first: int, last: int, after: str, labs: list[Mention], founded: bool
) -> str | None:
    """The kind of organisation the context makes a name (``after``: the text after it;
    ``founded``: whether that text introduces it as founded or backed)."""
    before = sentence.text[: sentence.tokens[first].start - sentence.start]
    # a descriptor before the name ends where the white space before it starts: it is looked
    # for in the last characters only (the longest descriptor's), not in the whole sentence
    stripped = before.rstrip()  # (asked of several times below)
    descriptor_start = max(0, len(stripped) - MAX_DESCRIPTOR_CHARS)
    if CHIP_MAKER_AFTER.match(after):
        return "ChipDesigner"  # "Zentrix, the maker of the QX100 inference accelerator,"
    if CHIP_DEVELOPED_BEFORE.search(before[-24:]) and CHIP_NOUN_AHEAD.match(after):
        return "ChipDesigner"  # "Developed by Zentrix, the Helios-8 chip …"
    if CHIP_BY_BEFORE.search(before[-80:]):
        return "ChipDesigner"  # "Quasar is an AI chip developed by Zentrix"
    match = (
        DESCRIPTOR_BEFORE.search(before, descriptor_start)
        if _may_end_on_a_descriptor(stripped)
        else None
    ) or DESCRIPTOR_AFTER.match(after)
    if match:
        return DESCRIPTORS[descriptor_kind(match)]
    if NATIONAL_COMPANY_AFTER.match(after):
        return "Lab"  # "Oriole Networks, a British company with plans for …"
    described = DESCRIBED_COMPANY_AFTER.match(after)
    if described:  # "Nuvexa, a San Francisco-based developer of AI models,"
        return "CloudProvider" if described.group("cloud") else "Lab"
    apposed = DESCRIPTOR_APPOSED_BEFORE.search(before) if stripped.endswith(",") else None
    if apposed:
        return DESCRIPTORS.get(descriptor_kind(apposed), "Lab")
    named = DESCRIPTOR_COPULA_BEFORE.match(before) if stripped[-3:] in (" is", "was") else None
    if named:
        return DESCRIPTORS.get(descriptor_kind(named), "Lab")
    tail = before[-40:]
    if ("called" in tail or "named" in tail or "dubbed" in tail) and CALLED_COMPANY_BEFORE.search(
        tail
    ):
        return "Lab"  # "a new company called “Acme Model Works”"
    if labs and _listed_with(sentence, first, last, labs):
        return "Lab"
    if (
        first > 1
        and sentence.tokens[first - 1].lower in ("based", "backed", "funded")
        and sentence.tokens[first - 2].lower == "-"
    ):
        return "Lab"  # "Palo Alto-based Modular": a place's company; "Nvidia-backed Lumora"
    acquired = any(map(before.__contains__, ACQUIRED_STEMS)) and ACQUIRED_BEFORE.search(before)
    if (acquired and not PRODUCT_AFTER.match(after)) or ACQUIRED_AFTER.match(after):
        return "Lab"  # "AMD is acquiring Silo AI", "Silo AI was acquired by AMD"
    if stripped.endswith(SALE_FORMS) and SOLD_TO_AFTER.match(after):
        return "Lab"  # "he sold Nervana Systems to Intel"
    if stripped.endswith(P.CHOOSING_VERBS) and CHOSEN_TO_BUILD_AFTER.match(after):
        return "CloudProvider"  # "OpenAI selected Halvorsen Energy to build its data center"
    if stripped.endswith(OWN_SALE_ENDINGS) and SOLD_UNIT_AFTER.match(after):
        return "Lab"  # "sell its Aligned Data Centres business to a consortium"
    if (
        CLOUD_SERVICES_AFTER.match(after) or LEASES_SITE_AFTER.match(after)
    ) and not common_word_first(sentence, first, last):
        return "CloudProvider"  # "HyperScale Nexus provides cloud services with its H100s"
    if (
        TURNED_TO_FOR_COMPUTE.search(before[-16:]) and COMPUTE_FOR_AFTER.match(after)
    ) or HOSTS_WORK_AFTER.match(after):
        return "CloudProvider"  # "Veltrix turned to Halden for additional compute"
    if CUSTOMER_OF_AFTER.match(after) and not common_word_first(sentence, first, last):
        return "Lab"  # "Veltrix is now Nebius's largest customer"
    if COMPOUND_DESCRIBED_AFTER.match(after):
        return "Lab"  # "Helix, a new KKR-led venture,"
    if first < 9 and FRONTED_BACKING_BEFORE.match(before):
        return "Lab"  # "With Nvidia's backing, Brennor has grown"
    if SALE_OF_BEFORE.search(before[-90:]) or (
        PURCHASED_AFTER.match(after) and PURCHASER_BEFORE.search(before[-30:])
    ):
        return "Lab"  # "the sale of ZT Systems' plants to Sanmina", "Qualcomm's Nuvia purchase"
    if may_end_on(before, INVESTED_IN_LAST_WORDS) and INVESTED_IN.search(before):
        return "Lab"  # "a 51 per cent stake in Altera", "invested $2 billion in Qubafo"
    if (
        ("customers" in before or "clients" in before)
        and CUSTOMER_LIST_BEFORE.search(before[-300:])
        and LISTED_ITEM_END.match(after)
    ):
        return "Lab"  # "anchor customers include Trend Micro (cybersecurity), Wistron and …"
    if (
        "among" in after
        and COUNTED_AMONG_AFTER.match(after)
        and COUNTED_BEFORE.search(before[-200:])
    ):
        return "Lab"  # "Kestrel Cloud counts Trend Micro and Wistron among its customers"
    if (RAISES_AFTER.match(after) or ROUND_SAID_AFTER.match(after)) and not common_word_first(
        sentence, first, last
    ):
        return "Lab"  # "Acme AI has raised $100 million"
    if FOUNDER_AFTER.match(after) and not common_word_first(sentence, first, last):
        return "Lab"  # "Acme AI founder and CEO Jane Doe"
    if founded:
        return "Lab"  # "Skild, founded in 2023 by former Meta researchers, …"
    if BACKERS_AFTER.match(after):
        return (
            "Lab"  # "Sapeon's shareholders include SK Telecom": a company with backers or a round
        )
    if ROLE_COMPOUND_AFTER.match(after) and ROLE_COMPOUND_BEFORE.search(before[-40:]):
        return "Lab"  # "Atreides, another existing Zentrix investor,": a company with backers
    if JOINT_VENTURE_AFTER.match(after):
        return "Lab"  # "Start Campus is a joint venture between …"
    if VALUED_BEFORE.search(before[-12:]) and VALUED_AT_AFTER.match(after):
        return "Lab"  # "The round values Nuvexa at $2 billion"
    if SUPPLIED_BEFORE.search(before[-14:]) and SUPPLIED_WITH_AFTER.match(after):
        return "Lab"  # "CoreWeave will provide Nuvexa with GPU capacity"
    if INVESTS_AFTER.match(after) and not common_word_first(sentence, first, last):
        return "Investor"  # "HCLTech is investing $150 million in …"
    if PARTICIPATES_AFTER.match(after) and not common_word_first(sentence, first, last):
        return "Investor"  # "Zorbas also took part", "Zorbas is among the investors"
    if (
        COMPUTE_SOLD_AFTER.match(after)
        and (first == 0 or COMPUTE_PARTNER_BEFORE.search(before[-60:]))
        and not common_word_first(sentence, first, last)
    ):
        return "CloudProvider"  # "a deal with Fluxon for GPU capacity"
    if BACKED_POSSESSOR_AFTER.match(after) and not common_word_first(sentence, first, last):
        return "Lab"  # "Meridian AI's largest shareholder"
    if COUNTED_AS_BACKER_AFTER.match(after) and COUNTED_BEFORE.search(before[-80:]):
        return "Investor"  # "which counts Dunmore Investment Authority as a backer"
    if DEVELOPS_CHIPS_AFTER.match(after) and not common_word_first(sentence, first, last):
        return "ChipDesigner"  # "Korvex is developing a new inference chip called Tern"
    if HOSTED_BEFORE.search(before[-10:]) and HOSTED_WORK_AFTER.match(after):
        return "Lab"  # "a deal to host Brennor's AI workloads"
    if SUPPLIED_TO_BEFORE.search(before[-120:]) and not common_word_first(sentence, first, last):
        return "Lab"  # "will provide 500 megawatts of AI capacity to Brennor"
    if CUSTOMERS_AFTER.match(after) and not common_word_first(sentence, first, last):
        return "Lab"  # "Qorvant Cloud's customers include …" (a cloud by its name's ending)
    if BUYS_COMPUTE_AFTER.match(after) and not common_word_first(sentence, first, last):
        return "Lab"  # "Meridian AI has secured 200 megawatts of capacity from Qorvant Cloud"
    if PAID_BEFORE.search(before[-8:]) and PAID_FOR_COMPUTE_AFTER.match(after):
        return "CloudProvider"  # "agreed to pay Qorvant $1.2 billion … for access to GPUs"
    if BACKER_COMPOUND_AFTER.match(after) and sentence.tokens[first].lower not in P.KINDS_OF_BACKER:
        return "Investor"  # "Halvorsen-backed Fjordmind"; not "State-backed Rapidus"
    if BACKED_OBJECT_BEFORE.search(before[-70:]):
        return "Lab"  # "Orrin Ventures has backed Qorvant"
    if "from" in before[-8:] and RENTED_FROM_BEFORE.search(before[-120:]):
        return "CloudProvider"  # "Zentrix will rent 20,000 H200 GPUs from Qorvant Cloud"
    if TRAINS_MODELS_AFTER.match(after) and not common_word_first(sentence, first, last):
        return "Lab"  # "Zyphra trained its ZAYA1 model on AMD's MI300X GPUs"
    if DEAL_AFTER.match(after) and not common_word_first(sentence, first, last):
        return "Lab"  # "Acme signed a $500 million deal with CoreWeave"
    return None


def company_shaped(sentence: Sentence, first: int, last: int) -> bool:
    """'GMI Cloud', 'Foo Robotics', 'Bar Technologies', 'Meridian AI': a short name whose last
    word only a company's name ends in, and whose first word is no common word or adjective
    ('Physical Robotics' is a field)."""
    tail = " ".join(t.text for t in sentence.tokens[max(first, last - 1) : last + 1])
    if 0 < last - first < 5 and tail in RESEARCH_CENTRE_ENDINGS:
        return True  # "Barcelona Supercomputing Center", "Sandia National Laboratories"
    ending = sentence.tokens[last].text
    shaped = ending in COMPANY_SHAPED_ENDINGS or cloud_named(sentence, last) or ending == "AI"
    if not 0 < last - first < 3 or not shaped:
        return False
    head = sentence.tokens[first].text.lower()
    if ending == "AI" and not _lab_shaped(sentence, head, last):
        return False  # "Sovereign AI": a field; "Blackwell AI chips", "Ryzen AI (…)": products
    return head not in STOP_WORDS and not head.endswith(ADJECTIVE_ENDINGS)


def cloud_named(sentence: Sentence, last: int) -> bool:
    """'GMI Cloud', 'Kestrel Compute', 'Najm Data Centers': a name whose ending makes it a
    cloud or a data-centre operator's."""
    tokens = sentence.tokens
    ending = tokens[last].text
    if ending in CLOUD_NAME_ENDINGS or ending in {"Datacenters", "Datacentres"}:
        return True
    return ending in {"Centers", "Centres"} and last > 0 and tokens[last - 1].text == "Data"


def _lab_shaped(sentence: Sentence, head: str, last: int) -> bool:
    """'Meridian AI': a name of letters before 'AI', no field of AI and no product's name
    (followed by a chip noun or a bracket)."""
    after = sentence.tokens[last + 1].lower if last + 1 < len(sentence.tokens) else ""
    return head.isalpha() and head not in P.AI_FIELD_WORDS and after not in P.AFTER_AI_PRODUCTS


def _listed_with(sentence: Sentence, first: int, last: int, labs: list[Mention]) -> bool:
    """Whether the name sits in a comma list next to a known lab or another listed name."""
    words = sentence.lowers
    glue = {",", "and", "&", "(", ")"}
    before = words[first - 1] if first > 0 else ""
    after = words[last + 1] if last + 1 < len(words) else ""
    if before not in glue and after not in glue:
        return False
    window = range(max(0, first - 30), min(len(words), last + 31))
    return any(m.first in window for m in labs) and (
        "including" in words[max(0, first - 25) : first] or "such" in words[:first]
    )
