"""The tables of the discovery of names the registry lacks: what before or after a name says
it is an organisation, and of which kind ("Acme signed a $500 million deal with CoreWeave",
"a deal with Fluxon for GPU capacity", "customers include Trend Micro")."""

from __future__ import annotations

import re

from kg.extract.patterns.relation_extras import ROLE_QUALIFIERS
from kg.extract.patterns.rounds import CHIP_TAKING_VERBS, IN_CLAUSE
from kg.extract.patterns.rule_tables import ACQUISITION_NOUNS, FRONTED_BACKING_NOUNS

# What a buyer of compute pays for or is given ("for access to GB300 chips", "for compute"),
# and the work a cloud hosts for another ("Veltrix's training clusters").
_COMPUTE_BOUGHT = r"(?:capacity|compute|computing|GPUs|chips|servers|cloud)\b"
_HOSTED_WORK = (
    r"(?:[\w-]+\s+){0,2}?(?:workloads?|models?|training|inference|clusters?|servers|GPUs)\b"
)

# Any character of one phrase (no comma, semicolon or full stop), where a number's comma or
# decimal point ("20,000", "$1.2 billion") ends none.
IN_PHRASE = r"(?:[^,;.]|(?<=\d)[,.](?=\d))"

# What comes before a company bought whole ("acquiring Silo AI", "the acquisition of chip
# startup Deci", "its purchase of UK-based DeepMind").
# A noun of equipment after a name that was bought ("purchased a SuperPod system"): the name
# is a product's, not a company's.
PRODUCT_AFTER = re.compile(
    r"^\s+(?:systems?|servers?|clusters?|supercomputers?|platforms?|chips?|GPUs?|units?|racks?|"
    r"nodes?|machines?|accelerators?)\b"
)
ACQUIRED_BEFORE = re.compile(
    r"(?=[abpt])\b(?:acquir(?:e|es|ed|ing)|bought|buys|purchased|(?:acquisitions?|purchase|takeover)\s+of)\s+"
    r"(?:(?:the\s+)?(?:[a-z]+\s+){0,3}|[A-Z][\w.]*-based\s+(?:[a-z]+\s+){0,3})$"
)
ACQUIRED_STEMS = ("acqui", "bought", "buys", "purchase", "takeover")  # one in each match
# A company sold to another ("he sold Nervana Systems to Intel"): after it, "to" and the buyer
# (before it, one of rounds' SALE_FORMS).
SOLD_TO_AFTER = re.compile(r"^\s+to\s+[A-Z]")
# A business of the seller's sold whole ("sell its Aligned Data Centres business to …"): the
# words before the name, and after it the kind of business and "to".
OWN_SALE_ENDINGS = tuple(f"{verb} {owner}" for verb in ("sell", "sells", "sold", "selling")
                         for owner in ("its", "their"))  # fmt: skip
SOLD_UNIT_AFTER = re.compile(
    r"^\s+(?:business|unit|division|subsidiary|operations?|arm)\s+(?:for\s+\S+\s+)?to\b"
)
# What follows a company bought or owned by another ("Quanta Forge was acquired by Databricks",
# "Acme, acquired by AMD", "Acme, which Intel bought in 2016", "Acme is jointly owned by"): the
# name before it is a company's.
ACQUIRED_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:(?:was|were|has|had|been|is|being|will|be|later|eventually|since|"
    r"subsequently|agreed|agrees|to|set|expected)\s+)*(?:acquired|bought|purchased|taken\s+over|"
    r"(?:(?:jointly|wholly|majority|partly|part|[\d.]+\s?(?:%|percent|per\s+cent))[\s-])?"
    r"(?:owned|controlled))\s+by\b|"
    r"^\s+(?:(?:has|had|agreed|agrees|to|will)\s+)*sell\w*\s+itself\s+to\b|"
    r"^\s*,\s*which\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\s+(?:later\s+|eventually\s+)?"
    r"(?:acquired|bought|purchased|took\s+over)\b"
)
# What follows a company that raises money ("Acme AI has raised $100 million", "Acme, a chip
# startup, closed a $50 million Series A"): the name before it is an organisation's.
# "Lightning AI founder and CEO William Falcon": a name before the title of a person it names.
FOUNDER_AFTER = re.compile(
    r"^\s+(?:co-?founder|founder|chief\s+executive|CEO)(?:\s+and\s+(?:CEO|chief\s+executive))?"
    r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+"
)
# Prepositions before an unknown capitalised name that make it likely a place ("a centre in
# Heilbronn, which is backed by …", "its AI factory in Windhoek, having acquired …").
PLACE_PREPOSITIONS = {"in", "at", "near", "from", "of"}
# Descriptions that fit a person as well as a firm ("early Spotify investor Shakil Khan"): no
# proof that a person-shaped name is an organisation.
PERSON_DESCRIPTORS = {"investor", "backer", "founder", "co-founder", "angel investor"}
# "Start Campus is a joint venture between …", "Zentrix, a joint venture of …": a company.
JOINT_VENTURE_AFTER = re.compile(
    r"^\s*(?:,\s*|\s+(?:is|was)\s+)(?:a|the)\s+(?:new\s+)?joint\s+venture\b", re.IGNORECASE
)
# "Meta signed a $3 billion deal with Fluxon for GPU capacity", "Fluxon will provide Meta with
# compute capacity": a new name that sells compute is a cloud.
COMPUTE_PARTNER_BEFORE = re.compile(
    r"\b(?:deal|agreement|contract|pact)\s+(?:worth\s+[^,;]{1,30}?\s+)?with\s+$", re.IGNORECASE
)
COMPUTE_SOLD_AFTER = re.compile(
    r"^\s+(?:for|to\s+(?:provide|supply|rent|lease|host|deliver))\s+(?:[\w$.,-]+\s+){0,5}?"
    r"(?:GPU\s+|AI\s+|cloud\s+|computing\s+)?(?:capacity|compute|computing\s+power|cloud\s+"
    r"services|GPUs|servers)\b|"
    r"^\s+(?:will\s+|would\s+|has\s+agreed\s+to\s+|agreed\s+to\s+)?(?:provide|supply|provides|"
    r"supplies|provided|supplied)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+with\s+(?:[\w$.,-]+\s+){0,4}?"
    r"(?:GPU\s+|AI\s+|cloud\s+|computing\s+)?(?:capacity|compute|computing\s+power)\b|"
    # "Qorvant struck a deal with Brightline and other firms to supply data center capacity"
    r"^\s+(?:has\s+|have\s+)?(?:signed|inked|struck|reached)\s+(?:\S+\s+){0,5}?"
    r"(?:agreement|deal|contract|pact)\s+with\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?"
    r"(?:\s+and\s+(?:\S+\s+){0,3}?\S+)?\s+to\s+(?:provide|supply|deliver)\s+(?:\S+\s+){0,4}?"
    r"(?:capacity|compute|computing\s+power)\b|"
    # "Qorvant signed a multiyear agreement to supply Brightline with GPU capacity"
    r"^\s+(?:has\s+|have\s+)?(?:signed|inked|struck|reached|won)\s+(?:\S+\s+){0,5}?"
    r"(?:agreement|deal|contract|pact)\s+to\s+(?:provide|supply|deliver)\s+(?:\S+\s+){0,4}?"
    r"with\s+(?:[\w$.,-]+\s+){0,4}?(?:GPU\s+|AI\s+|cloud\s+|computing\s+)?"
    r"(?:capacity|compute|computing\s+power)\b|"
    # "Qorvant will host Brightline's training workloads"
    r"^\s+(?:will\s+|would\s+|to\s+)?(?:host|hosts|hosting)\s+(?:\S+\s+){0,3}?"
    r"(?:workloads?|training|inference)\b",
    re.IGNORECASE,
)
# "Zyphra trained its ZAYA1 model on …", "Zyphra's ZAYA1 model was trained on …", "Domyn is
# developing its national AI model": a name that trains, builds or owns a model is a lab's.
TRAINS_MODELS_AFTER = re.compile(
    r"^\s+(?:(?:has|had|also|first|reportedly|will|would|plans\s+to|is\s+set\s+to)\s+)*"
    r"(?:train|trained|trains|pre-trained|pretrained)\s+"
    r"(?:its|their|a|an|the)\s+|"
    r"^['’]s?\s+(?:[\w.-]+\s+){0,2}?(?:model|models|LLM|LLMs|chatbot)\s+(?:(?:is|was|were|are|has"
    r"|have|had|been)\s+)*(?:trained|pre-trained|pretrained|served|developed|built)\b|"
    r"^\s+(?:(?:is|are|was|were|has|have|also|will|plans\s+to|to)\s+)*(?:developing|develops|developed"
    r"|building|builds|training|run|runs|running)\s+(?:its|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:AI\s+)?(?:model|models"
    r"|LLM|LLMs|large\s+language\s+models?|foundation\s+models?)\b|"
    # "Nuvexa builds large language models for banks": the present of its trade
    r"^\s+(?:develops|builds|trains)\s+(?:[\w-]+\s+){0,2}?(?:AI\s+)?(?:models|LLMs|"
    r"language\s+models|foundation\s+models)\b"
)
# "Acme signed a $500 million deal with CoreWeave", "Acme became the latest customer of
# Crusoe", "Acme has committed to spend $3 billion on CoreWeave's cloud": a party to a deal
# with a named company is a company.
DEAL_AFTER = re.compile(
    r"^\s*(?:,[^,]{1,60},\s*)?(?:(?:has|have|had|will|would|also|just|now|recently|today|"
    r"reportedly|is|are|was|were)\s+)*"
    r"(?:(?:signed|signs|inked|inks|struck|strikes|sealed|seals|reached|reaches|entered\s+into|"
    r"enters\s+into|announced|announces|finalized|finalised)\s+(?:" + IN_CLAUSE + r"{0,60}?\s)?"
    r"(?:deal|agreement|contract|pact|partnership)\s+(?:worth\s+" + IN_CLAUSE + r"{0,30}?\s)?with|"
    r"(?:become|becomes|became|is|was)\s+(?:the\s+|a\s+|an\s+)(?:\w+\s+){0,2}"
    r"(?:customer|client|tenant)\s+of|"
    r"(?:tapped|taps|chose|chooses|selected|selects|picked|picks)(?=\s+[A-Z][\w-]*(?:\s+[A-Z]"
    r"[\w-]*)*\s+(?:for|as|to)\s+(?:its\s+|a\s+|an\s+|the\s+)?(?:[\w,-]+\s+){0,3}?"
    r"(?:cloud|compute|computing|capacity|gpus?|cluster|infrastructure|provider|partner)\b)|"
    r"(?:partnered|partners)\s+with(?=\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+to\s+"
    r"(?:train|run|power|host)\b)|"
    r"(?:committed|commits|agreed|agrees|plans)\s+to\s+(?:spend|pay)\s+" + IN_CLAUSE + r"{0,40}?\s+"
    r"(?:on|for|to|from|with)(?:\s+[a-z][\w-]*){0,3}?(?:\s+(?:from|with))?|"
    # "Under the deal, Veltrix Cloud will supply Microsoft with Nvidia GB300 capacity"
    r"(?:supply|supplies|supplied|provide|provides|provided)(?=\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    r"\s+with\s+(?:[\w,-]+\s+){0,4}?(?:capacity|compute|computing|gpus?|GPUs?|chips|servers|"
    r"infrastructure)\b)|"
    # "Veltrix AI has agreed to buy $2 billion of computing capacity from CoreWeave"
    r"(?:(?:agreed|agrees|plans|is\s+set|is\s+expected)\s+to\s+)?(?:buy|purchase|rent|lease|"
    r"bought|purchased|rented|leased|buys|purchases|rents|leases)\s+" + IN_CLAUSE + r"{0,60}?"
    r"(?:capacity|compute|computing|servers|gpus|GPUs|cloud\s+services)\s+"
    r"(?:" + IN_CLAUSE + r"{0,20}?\s)?from|"
    # "Halden has won a $1.2 billion contract to provide compute to Veltrix"
    r"(?:won|wins|secured|secures|landed|lands)\s+(?:an?\s+)?" + IN_CLAUSE + r"{0,40}?"
    r"(?:contract|deal|agreement)\s+to\s+(?:provide|supply|deliver)\s+(?:\S+\s+){0,4}?(?:to|for)|"
    # "Veltrix is paying Halden $50 million a month for access to GB300 chips"
    r"(?:paying|pays|paid|pay)(?=\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+" + IN_CLAUSE + r"{0,40}?"
    r"for\s+(?:access\s+to\s+)?(?:\S+\s+){0,3}?" + _COMPUTE_BOUGHT + ")|"
    # "Veltrix turned to Halden for additional compute"
    r"(?:turned|turns|turning)\s+to(?=\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+for\s+(?:\S+\s+){0,2}?"
    + _COMPUTE_BOUGHT
    + "))"
    r"\s+[A-Z]"
)
# "Sapeon's shareholders include …": a name whose backers are listed is a company.
# "a Zentrix investor", "another existing Zentrix backer": the name a role noun is compounded
# with after an article is the company invested in.
ROLE_COMPOUND_AFTER = re.compile(r"^\s+(?:investor|backer|shareholder|stakeholder)\b")
ROLE_COMPOUND_BEFORE = re.compile(
    r"\b(?:an?|another)\s+(?:(?:" + "|".join(sorted(ROLE_QUALIFIERS)) + r")\s+)?$", re.IGNORECASE
)
BACKERS_AFTER = re.compile(
    r"^\s*(?:['’]s|,\s+whose)\s+(?:\w+\s+){0,2}?(?:shareholders|investors|backers|funders)\s+"
    r"(?:now\s+|also\s+|already\s+)?(?:include|are)|"
    r"^\s*['’]s\s+(?:\S+\s+){0,4}?(?:series\s+[a-h]\s+)?(?:funding\s+)?round\s+(?:was|is)\s+"
    r"(?:co-?)?led\b|"  # "Zentrix's $50 million round was led by Sequoia"
    # "Sequoia led Zentrix's $130 million Series C round", "Zentrix's seed round drew Sequoia"
    r"^\s*['’]s\s+(?:\S+\s+){0,4}?(?i:(?:(?:series\s+[a-h]|seed|funding|financing|growth)\s+)?"
    r"round\b(?!\s+of\s+(?!funding|financing|investment))|"
    r"series\s+[a-h]\b|(?:latest\s+)?fundraise\b)|"
    r"^\s+(?:also\s+)?counts\s+[^.;]{1,150}?\s+among\s+its\s+(?:\w+\s+)?"
    r"(?:shareholders|investors|backers|funders)\b|"  # "Zentrix counts Sequoia among its backers"
    r"^\s+(?:also\s+)?counts\s+[^.;]{1,80}?\s+as\s+(?:an?\s+|its\s+)?(?:\w+\s+)?"
    r"(?:shareholder|investor|backer|funder)\b|"  # "Zentrix counts Nvidia as a shareholder"
    r"^\s+(?:has\s+|had\s+|also\s+)*(?:received|got|won|landed|attracted)\s+(?:an?\s+)?"
    r"(?:\S+\s+){0,5}?(?:investment|funding|backing|financing)\s+(?:\S+\s+){0,4}?from\b|"
    r"^\s*,\s+in\s+which\s+[^,.;]{1,60}?\s+(?:has\s+|have\s+|had\s+)?(?:invested|holds|owns)\b|"
    r"^\s+(?:has\s+|had\s+|also\s+)*sold\s+(?:\S+\s+){0,3}?(?:shares|stakes?|equity)\s+to\b|"
    r"^\s*['’]s\s+(?:\w+\s+){0,2}?(?:funding|financing|capital|money)\s+(?:came|comes)\s+from\b"
)

# "Kestrel Cloud counts Trend Micro, Wistron and VAST Data among its customers": each name
# between "counts" and "among its customers" is a company (a customer, discovered if unknown).
COUNTED_BEFORE = re.compile(r"\bcount(?:s|ed)?\s+(?:[^.;]{0,150}?(?:,|\band)\s+)?$")
COUNTED_AMONG_AFTER = re.compile(
    r"^(?:\s*(?:,|\band\b)[^.;]{0,150}?)?\s+among\s+(?:its|their)\s+(?:\w+\s+){0,2}?"
    r"(?:customers|clients|users|tenants)\b"
)

# Before a name listed as a customer ("customers include Trend Micro (cybersecurity), Wistron
# and …"): a company, discovered if unknown.
CUSTOMER_LIST_BEFORE = re.compile(
    r"(?=[cut])\b(?:customers|clients|users|tenants)\s+(?:(?:include|included|including|such\s+as|"
    r"like|are)\s+|(?:(?:are|were|already|now|named|so|far)\b\s*)*:\s*(?:among\s+them\s*)?,?\s*)"
    r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*(?:\s*\([^()]{1,40}\))?"
    r"\s*(?:,\s*(?:and\s+)?|and\s+))*$"
)
# What may follow an item of a list: list glue, an aside or the sentence's end (not "Big Tech
# player Apple": a name that describes the noun after it).
LISTED_ITEM_END = re.compile(r"\s*(?:[,(.;:]|and\b|or\b|as\s+well\b|$)")
# The last word of an unknown company's name that makes it a cloud ("GMI Cloud", "Kestrel
# Compute").
CLOUD_NAME_ENDINGS = {"Cloud", "Compute"}
ARM_SUFFIXES = {"Ventures", "Venture"}  # "Bosch Ventures", "Samsung Venture Investment"
# Words of finance after the name of a company that does not invest, naming its financial
# arm ("Samsung Securities", "Kakao Investment", "Hanwha Asset Management").
FINANCE_ARM_SUFFIXES = {"Securities", "Investment", "Investments", "Capital", "Asset", "Assets"}
# Words that name one of an investor's funds before the word for a fund ("Blue Owl Managed
# Funds", "Samsung Catalyst Fund", "SoftBank Vision Fund"): a fund that invests in its own name.
FUND_NAME_WORDS = {"Managed", "Private", "Global", "Strategic", "Growth", "Innovation",
                   "Infrastructure", "Credit", "Opportunities", "Catalyst", "Vision", "Emerging",
                   "Technology", "Alternative", "Sovereign"}  # fmt: skip
FUND_WORDS = {"Fund", "Funds"}
# "Veltrix plans to spend $2 billion on Nvidia chips": an unknown name spending on chips.
SPEND_FORMS = {"spend", "spends", "spent", "spending"}
# What a company does with a cloud's compute: "Zentrix is renting servers from Lambda",
# "Zentrix tapped Crusoe", "Zentrix relies on Microsoft Azure".
COMPUTE_TAKING_VERBS = CHIP_TAKING_VERBS | SPEND_FORMS | {
    "signed", "signs", "inked", "inks", "struck", "tapped", "taps", "contracted", "committed",
    "expanded", "extended", "extends", "relies", "rely", "relied", "get", "gets", "got",
    "gained", "agreed", "agrees", "partnered", "turned", "turns",
}  # fmt: skip
# "Zentrix opened a new AI cluster featuring 4,000 H200 GPUs": a site, the verb that gives
# it to a name, and the words that fill it with chips.
SITE_WORDS = {
    "cluster", "clusters", "supercomputer", "supercomputers", "center", "centre", "centers",
    "centres", "datacenter", "datacenters", "facility", "facilities", "campus", "factory",
}  # fmt: skip
SITE_OPENING = {
    "opened", "opens", "launched", "launches", "unveiled", "unveils", "built", "builds",
    "completed", "completes", "activated", "inaugurated", "debuted", "'s", "’s", "building",
    "build", "opening", "open", "launching", "launch", "operates", "operate", "operating",
    "expanded", "expands", "expanding", "upgraded", "upgrades", "upgrading", "commissioned",
    "commissions",
}  # fmt: skip
SITE_HOLDING = {
    "featuring", "features", "with", "housing", "houses", "containing", "contains", "running",
    "runs", "using", "uses", "hosts", "hosting", "powered", "equipped", "packed", "of", "house",
    "host", "run", "use", "hold", "holds", "built", "based",
}  # fmt: skip
# "Zentrix placed an order for 5,000 GB200 chips", "… its first shipment of MI355X chips".
CHIP_ORDER_NOUNS = {"order", "orders", "shipment", "shipments", "delivery", "deliveries"}
# "Neurophos", "Kairos", "Cerebras": endings in -s of one-word names, no plurals.
NAME_LIKE_S = ("os", "us", "is", "as", "ss")
# "Veltrix" after "Veltrix Systems": the last words a discovered name is named again without.
SHORTENED_ENDINGS = ("AI", "Systems", "Technologies", "Labs", "Robotics", "Computing", "Inc.",
                     "Data Centers", "Data Centres", "Cloud", "Semiconductor", "Networks",
                     "Intelligence", "Compute", "Infrastructure")  # fmt: skip
# "Galaxy" for Galaxy Digital, "Cipher" for Cipher Mining: the last words a known company's
# name is written without.
REGISTRY_SHORTENED_ENDINGS = ("Digital", "Mining", "Energy", "Technologies", "Technology",
                              "Holdings", "Systems", "Data Centers", "Data Centres",
                              "Scientific")  # fmt: skip
# "its second-generation inference chip, called Quill": words naming a chip after its noun.
NAMING_AFTER_NOUN = {"called", "named", "dubbed", "codenamed", "the"}
# "Kairon Semiconductor today unveiled": words between a name and its verb of launching.
ANNOUNCING_ADVERBS = {"today", "recently", "also", "officially", "formally", "publicly", "has"}
# "Developed by Zentrix, the Helios-8 chip": a chip noun in the phrase after the developer.
CHIP_NOUN_AHEAD = re.compile(
    r"^\s*,\s*(?:the|its|a|an)\s+(?:[\w-]+\s+){0,3}?(?:chips?|accelerators?|processors?|npus?|"
    r"gpus?|tpus?|lpus?|asics?)\b",
    re.IGNORECASE,
)
# "Investment Forum", "AI Summit": the last word of an event's name.
EVENT_NOUNS = {"Forum", "Summit", "Conference", "Congress", "Expo", "Festival", "Awards",
               "Week", "Fair", "Symposium", "Hackathon"}  # fmt: skip
# "Barcelona Supercomputing Center", "Sandia National Laboratories": research centres.
RESEARCH_CENTRE_ENDINGS = {
    f"{kind} {place}"
    for kind in ("Supercomputing", "Computing", "Research", "Computer")
    for place in ("Center", "Centre")
} | {"National Laboratory", "National Laboratories", "National Lab", "Research Institute"}
# The words of a person's title written in capitals ("Jeff Dean, Chief Scientist, Google
# DeepMind"): a name made only of them is nobody's company.
TITLE_WORDS = {"chief", "scientist", "executive", "officer", "president", "vice", "senior",
               "director", "head", "founder", "co-founder", "chairman", "chairwoman", "managing",
               "partner", "general", "manager", "technology", "operating", "financial",
               "engineer", "fellow", "principal", "lead", "research"}  # fmt: skip
# Titles of a company's officers inside a run of capitalised words ("Lambda Chief Executive
# Stephen Balaban"): the run names a person, not an organisation.
OFFICER_TITLES = {"chief", "ceo", "cfo", "cto", "coo", "president", "chairman", "chairwoman",
                  "founder", "co-founder", "cofounder"}  # fmt: skip
# Registry names that are also ordinary English words ("reliance on Nvidia", "a runway of two
# years", "the venture arm"): in an article written wholly in lower case they stay words.
COMMON_WORD_NAMES = {"ascend", "arm", "cobalt", "colossus", "cursor", "dojo", "etched",
                     "fidelity", "hopper", "instinct", "lambda", "mythic", "positron", "rebel",
                     "reliance", "runway", "tether", "thrive", "valor", "vantage", "volta",
                     "citadel", "corsair", "pentagon", "together", "scale", "character",
                     "inflection", "reflection", "essential", "perplexity", "gemini", "titan",
                     "cantor", "rainier", "ironwood", "wormhole", "grok", "codex", "sora",
                     "copilot", "metis"}  # fmt: skip
# Words of the field written in capitals, restored in such an article ("ai", "gpus", "ceo").
CAPITALISED_TERMS = {"ai": "AI", "gpu": "GPU", "gpus": "GPUs", "cpu": "CPU", "cpus": "CPUs",
                     "tpu": "TPU", "tpus": "TPUs", "ceo": "CEO", "cfo": "CFO", "cto": "CTO",
                     "llm": "LLM", "llms": "LLMs", "ipo": "IPO", "uk": "UK", "uae": "UAE",
                     "eu": "EU", "u.s": "U.S", "u.k": "U.K", "asic": "ASIC",
                     "asics": "ASICs", "hbm": "HBM"}  # fmt: skip

# Kinds of processor, never one product's name ("AMD on its CPU side"): a chip the registry lacks
# is never named by one of them alone.
HARDWARE_KIND_NAMES = frozenset(
    kind + plural
    for kind in ("CPU", "GPU", "NPU", "DPU", "XPU", "APU", "ASIC", "FPGA", "SoC", "HBM")
    for plural in ("", "s")
)

# "The round values Nuvexa at $2 billion": a company with a valuation.
VALUED_BEFORE = re.compile(r"\b(?:values|valued|valuing|value)\s+$", re.IGNORECASE)
VALUED_AT_AFTER = re.compile(
    r"^\s+at\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|more\s+than\s+|over\s+)?[$€£¥₩]"
)
# "CoreWeave will provide Nuvexa with GPU capacity": the company supplied with compute buys it.
SUPPLIED_BEFORE = re.compile(
    r"\b(?:provide|provides|provided|providing|supply|supplies|supplied|supplying|furnish|"
    r"furnishes|furnished)\s+$",
    re.IGNORECASE,
)
SUPPLIED_WITH_AFTER = re.compile(
    r"^\s+with\s+(?:[\w$.,-]+\s+){0,4}?(?:capacity|compute|computing\s+power|GPUs|chips|"
    r"accelerators|servers)\b"
)
# The stock tickers of the field's listed companies that are no word of their names: written
# bare beside a name ("Nvidia Corporation's NVDA chips"), they name no chip.
STOCK_TICKERS = {"NVDA", "INTC", "AVGO", "MSFT", "GOOGL", "GOOG", "AMZN", "ORCL", "TSM", "QCOM",
                 "MRVL", "SMCI", "CRWV", "NBIS", "AAPL", "TSLA", "BABA", "BIDU", "TCEHY", "MU",
                 "CSCO", "ANET", "CRDO", "ALAB", "WULF", "APLD", "CORZ"}  # fmt: skip
# "will rent 20,000 Nvidia H200 GPUs from", "accelerators rented from": the name after 'from' rents
# out compute (a site leased from a landlord is not compute).
RENTED_FROM_BEFORE = re.compile(
    r"(?:\b(?:rent|rents|renting|rented|lease|leases|leasing|leased)\b" + IN_PHRASE + r"{0,70}?"
    r"\b(?:capacity|compute|computing|gpus?|chips|servers|accelerators|instances|clusters?)\s+"
    r"|\b(?:capacity|compute|gpus|chips|servers|accelerators|instances)\s+(?:rented|leased)\s+"
    r"|\b(?:secur|buy|bought|purchas|procur|contract|order)\w*\b" + IN_PHRASE + r"{0,70}?"
    r"\b(?:capacity|compute|computing\s+power)\s+)"
    r"from\s*$",
    re.IGNORECASE,
)
# "agreed to pay Qorvant $1.2 billion over four years for access to Blackwell GPUs": the name
# paid for compute sells it.
PAID_BEFORE = re.compile(r"\b(?:pay|pays|paying|paid)\s+$", re.IGNORECASE)
PAID_FOR_COMPUTE_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,7}?for\s+(?:access\s+to\s+)?(?:\S+\s+){0,3}?" + _COMPUTE_BOUGHT
)
# "Orrin Ventures has backed Qorvant": the name a backing verb takes is a company.
BACKED_OBJECT_BEFORE = re.compile(
    r"\b(?:backed|funded|financed|bankrolled)\s+(?:(?:[a-z-]+\s+){0,4}?(?:startup|start-up|pioneer|"
    r"developer|maker|company|firm|provider|lab|specialist|upstart|designer|unicorn)\s+)?$"
)  # ("Orrin Ventures has backed Qorvant", "backed quantum computing pioneer Qorvant")
# "Meridian AI has secured 200 megawatts of capacity from …": the subject buys compute.
BUYS_COMPUTE_AFTER = re.compile(
    r"^\s+(?:(?:has|have|had|will|is|are|also|now|recently)\s+)*(?:secured|signed|rented|"
    r"leased|bought|purchased|contracted|reserved|agreed\s+to\s+(?:rent|lease|buy))\s+"
    + IN_PHRASE
    + r"{0,60}?\b(?:capacity|compute|computing\s+power|GPUs)\s+"
    r"(?:from|with)\b"
)
# A company with customers, or one that is a customer: "Qorvant Cloud's customers include",
# "Qorvant Cloud counts Meridian AI among its customers", "Meridian AI is one of Qorvant Cloud's
# biggest customers".
CUSTOMERS_AFTER = re.compile(
    r"^(?:['’]s\s+(?:\w+\s+){0,2}?(?:customers?|clients?|tenants?)\b"
    r"|\s+counts\s+[^.;]{0,150}?\s+among\s+its\s+(?:\w+\s+){0,2}?(?:customers|clients|tenants)\b"
    r"|\s+(?:is|was|became|has\s+become|remains)\s+(?:one\s+of\s+|an?\s+|the\s+)?"
    r"(?:[A-Z][\w&.-]*\s+){0,3}?[A-Z][\w&.-]*['’]s\s+(?:\w+\s+){0,2}?"
    r"(?:customers?|clients?|tenants?)\b)"
)
# "Meridian AI's largest shareholder", "Meridian AI, which counts X as a backer": a company
# whose backers are spoken of.
BACKED_POSSESSOR_AFTER = re.compile(
    r"^['’]s\s+(?:\w+\s+){0,2}?(?:shareholders?|investors?|backers?|funders?|stakeholders?)\b"
    r"|^\s*,\s+(?:which|who)\s+counts\s+[^.;]{0,80}?\s+as\s+(?:an?\s+|its\s+)?(?:\w+\s+){0,2}?"
    r"(?:backers?|investors?|shareholders?)\b"  # "Meridian AI, which counts X as a backer"
)
# "which counts Dunmore Investment Authority as a backer": a name counted as an investor.
COUNTED_AS_BACKER_AFTER = re.compile(
    r"^\s+as\s+(?:an?\s+|its\s+)?(?:\w+\s+){0,2}?(?:backers?|investors?|shareholders?|funders?)\b"
)
# "Korvex is developing a new inference chip called Tern": a name that designs chips.
DEVELOPS_CHIPS_AFTER = re.compile(
    r"^\s+(?:(?:is|was|has|have|had|been|will|also|now|recently)\s+)*(?:developing|designing|"
    r"developed|designed|unveiled|unveils|unveiling|launched|launches|introduced|introduces|"
    r"taped\s+out|tapes\s+out)\s+(?:its\s+|a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:chips?|accelerators?|processors?|NPUs?|ASICs?)\b"
)
# "will provide 500 megawatts of AI capacity to Brennor", "is leasing its campus to Brennor":
# the name compute or a campus goes to buys it.
SUPPLIED_TO_BEFORE = re.compile(
    r"\b(?:provide|provides|provided|providing|supply|supplies|supplied|supplying|deliver|"
    r"delivers|delivered|delivering|lease|leases|leased|leasing|rent|rents|rented|renting|sell|"
    r"sells|sold|selling)\b" + IN_PHRASE + r"{0,60}?\b(?:capacity|compute|"
    r"computing\s+power|GPUs|chips|servers|campus|data\s+cent(?:er|re)s?|infrastructure)\s+to\s+$"
)
# "to host Brennor's AI workloads": the name whose work a cloud hosts buys compute.
HOSTED_BEFORE = re.compile(r"\bhost(?:s|ed|ing)?\s+$")
HOSTED_WORK_AFTER = re.compile(r"^['’]s\s+" + _HOSTED_WORK)
# "Fjordmind said the round was led by …": the company speaking of its round.
ROUND_SAID_AFTER = re.compile(
    r"^\s+(?:said|says|announced|confirmed)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:the|its)\s+"
    r"(?:[\w$.,-]+\s+){0,4}?(?:round|funding|financing|raise)\b"
)
# "Halvorsen-backed Fjordmind": the name before '-backed' invests.
BACKER_COMPOUND_AFTER = re.compile(r"^\s?-\s?(?:backed|funded|financed|owned|led)\b")
# Nouns of kin after a family name ("the Winklevoss twins"): people, not a firm.
KIN_NOUNS = {"twins", "brothers", "sisters", "siblings", "couple", "family's"}
# A company chosen to build or run a site ("selected Halvorsen Energy to build and operate its
# data center"): it sells that site's compute.
CHOSEN_TO_BUILD_AFTER = re.compile(
    r"^\s+to\s+(?:build|develop|operate|run|host)\b(?:\s+and\s+\w+)?\s+(?:its|a|an|the|their)\b"
)
# Capitalised abbreviations of a kind of firm, never a firm alone ("VC firms Jane Street and …").
KIND_ABBREVIATIONS = {"VC", "VCs", "PE"}
# Capitalised abbreviations of a document, a measure or a kind of chip, never a firm ("Under
# the MOU, Samsung", "hyperscaler ASIC programs").
DOCUMENT_ABBREVIATIONS = {"MOU", "MoU", "MOUs", "LOI", "NDA", "IPO", "IPOs", "TCO", "CAGR", "EPS",
                          "ASIC", "ASICs", "SoC", "SoCs", "HBM", "DRAM", "NAND"}  # fmt: skip
# "the sale of Korvex's server unit to Halvorsen": the company sold and the buyer are firms.
SALE_OF_BEFORE = re.compile(r"\bsale\s+of\s+(?:the\s+)?$|\bsale\s+of\s+[^.;]{1,60}?\bto\s+$")
# "Qualcomm's 2021 Korvex purchase": a name just before a noun of buying, after an owner.
PURCHASED_AFTER = re.compile(r"^\s+(?:" + "|".join(sorted(ACQUISITION_NOUNS)) + r")\b")
PURCHASER_BEFORE = re.compile(r"['’]s\s+(?:\d{4}\s+|[$€£]\S+\s+(?:million|billion)\s+)?$")
# "Korvex provides cloud services with 30,000 H100s", "Korvex offers GPU compute": a cloud.
CLOUD_SERVICES_AFTER = re.compile(
    r"^\s+(?:(?:now|also|will|which)\s+)?(?:provides|offers|sells|rents|runs)\s+(?:\S+\s+){0,2}?"
    r"(?:cloud|GPU|compute|computing|AI\s+infrastructure)\s+(?:services|capacity|instances)\b"
)
# "Ionic Digital will lease its Cedarvale campus to Nscale": the lessor of a site or capacity.
LEASES_SITE_AFTER = re.compile(
    r"^\s+(?:(?:will|has|have|had|agreed|agrees|to|also|plans)\s+)*(?:lease|leases|leased|leasing|"
    r"rent|rents|rented|renting)\s+(?:its|their|the|a)\s+(?:\S+\s+){0,4}?(?:campus|data\s+"
    r"cent(?:er|re)s?|facility|facilities|site|capacity)\s+to\b"
)
# "With Nvidia's backing, Brennor has grown": the name the fronted phrase of backing leads into.
FRONTED_BACKING_BEFORE = re.compile(
    r"^\s*With\s+[\w.&-]+(?:\s+[\w.&-]+)?['’]s\s+(?:\w+\s+)?(?:"
    + "|".join(sorted(FRONTED_BACKING_NOUNS))
    + r")\s*,\s*$"
)
# "Veltrix is now Nebius's largest customer", "… said Veltrix had become its biggest client":
# a name said to be a company's customer is a company (the one buying).
CUSTOMER_OF_AFTER = re.compile(
    r"^\s+(?:is|was|has\s+become|had\s+become|became|becomes|remains|will\s+become)\s+"
    r"(?:now\s+|also\s+|already\s+)?(?:(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s?|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:customer|client|tenant)\b",
    re.IGNORECASE,
)
# "Veltrix turned to Halden for additional compute": the name turned to sells compute.
TURNED_TO_FOR_COMPUTE = re.compile(r"\b(?:turned|turns|turning)\s+to\s+$")
COMPUTE_FOR_AFTER = re.compile(r"^\s+for\s+(?:\S+\s+){0,2}?" + _COMPUTE_BOUGHT)
# "Halden will host Veltrix's training clusters": the host of another's work sells compute.
HOSTS_WORK_AFTER = re.compile(
    r"^\s+(?:(?:will|would|also|now|is|to)\s+)*(?:host|hosts|hosted|hosting)\s+[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*)*['’]s\s+" + _HOSTED_WORK
)
# "Helix, a new KKR-led venture,", "Quellon, an Nvidia-backed startup": a company so described.
COMPOUND_DESCRIBED_AFTER = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:new\s+)?[\w.&]+(?:\s+[\w.&]+)?\s?-\s?(?:led|backed|owned|funded)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:venture|startup|start-up|company|firm|consortium|platform|provider|"
    r"developer|operator|maker)\b"
)
