"""The tables of funding rounds and of references, and of the rules added since (the relation
rules' own tables are in ``relations``, discovery's in ``discovery``)."""

from __future__ import annotations

import re

from kg.extract.patterns.cues import HARDWARE_NOUNS, MONTHS
from kg.extract.patterns.relation_extras import NATIONALITY_ENDINGS

# ---- funding rounds, discovery, references ----
# A sentence speaks of a round only with one of these words.
# (the lookahead on the words' first letters lets the scan skip other positions fast, and the
# words are grouped by first letter, so a word start tries one group, not every word; only
# whether it matches is asked)
ROUND_WORDS = re.compile(
    r"(?=[rfsbipcdetloangh])\b(?:"
    r"r(?:ounds?|ais(?:e|es|ed|ing))|"
    r"f(?:unding|undrais\w*|inancing|resh\s+capital)|"
    r"new\s+capital|"
    r"l(?:oans?|enders?)|"
    r"b(?:orrow\w*|ackers?|acking|acked)|"
    r"c(?:redit\s+facilit\w+|o-?le[da]\w*|apital\s+raise|ontribut\w+\s+(?:[a-z]+\s+){0,2}\$)|"
    r"s(?:eries\s+[a-h]\d?\b|hareholders|upport\s+(?:from|of))|"
    r"i(?:nvestors?|nvestment\s+group|nvestor\s+group|nvestment\s+(?:\S+\s+){0,5}?(?:was|were)\s+led|"
    r"nvestments?\s+from)|"
    r"p(?:articipation|articipat\w+)|"
    r"debt|equity|tranche|"
    # a sum taken in from investors: "has received up to six billion dollars from Google"
    r"(?:secur|receiv|obtain|attract|pull|haul|garner|amass|scoop)\w*\s+(?:\S+\s+){0,5}?"
    r"(?:million|billion|trillion|dollars|euros|yuan|yen|won|\$\S+)\s+from\b|"
    r"(?:receiv|obtain|attract|secur)\w*\s+(?:\S+\s+){0,5}?investments?\s+from\b|"
    # "has drawn capital from Mayfield and Spark Capital"
    r"dr(?:ew|awn|aws)\s+(?:\S+\s+){0,3}?(?:capital|money|funds|funding|backing)\s+from\b|"
    # "negotiating with Nvidia and Microsoft over a $500 million investment"
    r"(?:talks|discussions|negotiat\w+)\s+with\s+(?:[^.;]|\.(?=\s+[a-z])){1,80}?\binvestment\b)",
    re.IGNORECASE,
)
# People a company's name describes ("ex-OpenAI researcher", "former Google engineer").
PERSON_NOUNS = {"researcher", "researchers", "engineer", "engineers", "executive", "executives",
                "employee", "employees", "staff", "staffer", "scientist", "scientists", "ceo",
                "cto", "founder", "founders", "cofounder", "co-founder", "chief", "head",
                "director", "manager", "veteran", "veterans", "alumni", "alum", "owner",
                "chairman", "partner", "president", "leader", "leaders", "exec", "execs",
                "officer", "officers", "architect", "architects", "alumnus", "worker",
                "workers"}  # fmt: skip
# Titles between an organisation and a person's name ("Nvidia CEO Jensen Huang").
# Titles of royalty before a person's name ("Saudi Prince al-Waleed bin Talal").
ROYAL_TITLES = {"Prince", "Princess", "Sheikh", "Sheikha", "Emir", "King", "Queen"}
# Discourse adverbs that open a sentence before a comma ("Instead, OpenAI stepped in"): never a
# company's name, though capitalised (adverbs in -ly are known by their ending).
SENTENCE_ADVERBS = {
    "instead", "meanwhile", "separately", "additionally", "today", "yesterday", "tomorrow",
    "earlier", "later", "overall", "elsewhere", "still", "now", "here", "there", "together",
    "regardless", "nonetheless", "nevertheless", "furthermore", "moreover", "besides", "also",
    "again", "then", "thus", "hence", "indeed", "otherwise", "however", "therefore", "plus",
    "yet", "so", "afterwards", "afterward", "altogether", "anyway", "meantime", "next",
}  # fmt: skip
PERSON_TITLES = {"ceo", "cfo", "cto", "coo", "founder", "co-founder", "cofounder", "founders",
                 "co-founders", "cofounders", "chairman",
                 "chairwoman", "president", "chief"}  # fmt: skip
# Tokens that end a list of participants (a subordinate clause after it: "led by A and B,
# though the company did not say …"), and that no lead-in to one holds ("investors were not
# impressed by Apple's …").
LIST_STOPS = {"which", "that", "who", "whose", "while", "whilst", "but", "whereas", "though",
              "although", "because", "unless", ";", ":", ".", "said", "not", "never"}  # fmt: skip
ROUND_LIST_GLUE = {",", "and", "&", "—", "–", "-", "as", "well", "also", "plus", "(", ")"}
DESCRIPTORS: dict[str, str] = {
    "startup": "Lab", "start-up": "Lab", "lab": "Lab", "llm": "Lab", "ai company": "Lab",
    "ai firm": "Lab", "ai developer": "Lab", "model maker": "Lab", "neocloud": "CloudProvider",
    "artificial intelligence company": "Lab", "artificial intelligence firm": "Lab",
    "artificial intelligence developer": "Lab", "artificial intelligence lab": "Lab",
    "cloud provider": "CloudProvider", "data center operator": "CloudProvider",
    "chipmaker": "ChipDesigner", "chip startup": "ChipDesigner", "chip designer": "ChipDesigner",
    "foundry": "Foundry", "investment firm": "Investor", "venture firm": "Investor",
    "fund": "Investor", "neocloud provider": "CloudProvider", "ai cloud provider":
    "CloudProvider", "gpu cloud provider": "CloudProvider", "cloud company": "CloudProvider",
    "data center company": "CloudProvider", "data centre operator": "CloudProvider",
    "semiconductor startup": "ChipDesigner", "ai chip startup": "ChipDesigner",
    "chip company": "ChipDesigner", "semiconductor company": "ChipDesigner",
    "venture capital firm": "Investor", "private equity firm": "Investor",
    "sovereign wealth fund": "Investor", "asset manager": "Investor",
    "technology developer": "Lab", "model developer": "Lab",
    "ai infrastructure provider": "CloudProvider", "infrastructure provider": "CloudProvider",
    "hyperscaler": "CloudProvider", "gpu cloud": "CloudProvider", "investment bank": "Investor",
    "pension fund": "Investor", "state fund": "Investor", "holding company": "Investor",
    "conglomerate": "Investor", "venture arm": "Investor", "investment arm": "Investor",
    "chipmaking startup": "ChipDesigner", "chipmaking company": "ChipDesigner",
    "chip firm": "ChipDesigner", "ai chipmaker": "ChipDesigner", "ai chip designer":
    "ChipDesigner", "semiconductor firm": "ChipDesigner", "chip design company": "ChipDesigner",
    "fabless chipmaker": "ChipDesigner", "ai chip company": "ChipDesigner",
    "backer": "Investor", "investor": "Investor", "venture capital fund": "Investor",
    "growth fund": "Investor", "investment manager": "Investor", "robotics company": "Lab",
    "trading firm": "Investor", "hedge fund": "Investor", "family office": "Investor",
    "investment company": "Investor", "investment group": "Investor", "investment fund": "Investor",
    "equity firm": "Investor", "wealth fund": "Investor", "asset management firm": "Investor",
    "robotics startup": "Lab", "ai venture": "Lab", "ai lab": "Lab", "research lab": "Lab",
    # companies that buy compute for their own work (the graph's users; typed as labs)
    "pharmaceutical company": "Lab", "pharmaceutical giant": "Lab", "drugmaker": "Lab",
    "drug maker": "Lab", "automaker": "Lab", "carmaker": "Lab", "cybersecurity company": "Lab",
    "electronics maker": "Lab", "electronics manufacturer": "Lab",
    # telecoms, which run clouds of their own
    "telecom operator": "CloudProvider", "telecoms operator": "CloudProvider",
    "telecom company": "CloudProvider", "telecoms company": "CloudProvider",
    "telecom giant": "CloudProvider", "telecoms giant": "CloudProvider",
    "mobile operator": "CloudProvider", "telco": "CloudProvider", "telecom": "CloudProvider",
    "telecoms": "CloudProvider",
    # miners of cryptocurrency, which host AI compute in their data centres
    "miner": "CloudProvider", "bitcoin miner": "CloudProvider", "crypto miner": "CloudProvider",
    "cryptocurrency miner": "CloudProvider",
}  # fmt: skip
# The nouns a description of a company ends on ("Dutch chip manufacturer", "its main rival").
DESCRIPTION_HEADS = frozenset(d.rsplit(" ", 1)[-1] for d in DESCRIPTORS) | {
    "manufacturer", "maker", "giant", "firm", "company", "group", "provider", "operator",
    "developer", "designer", "supplier", "rival", "competitor", "challenger", "peer", "unicorn",
    "corporation", "conglomerate", "owner", "parent", "partner",
}  # fmt: skip
# One-word descriptors ("chipmaker", "startup", "neocloud"): capitalised only because they open
# the sentence, they describe the name after them and are not part of it.
OPENING_DESCRIPTORS = frozenset(d for d in DESCRIPTORS if " " not in d) | {"startup", "start-up"}
# (a bracketed abbreviation may stand between a descriptor's words, or the blank a sentence's
# text leaves for it: "artificial intelligence (AI) company")
_BETWEEN_DESCRIPTOR_WORDS = r"(?:\s+(?:\([A-Za-z]{1,6}\)\s+)?|-)"  # ("data-center operator")
DESCRIPTOR_ALTERNATIVES = "|".join(
    sorted(
        (re.escape(d).replace(r"\ ", _BETWEEN_DESCRIPTOR_WORDS) for d in DESCRIPTORS),
        key=len,
        reverse=True,
    )
)
BRACKETED_ABBREVIATION_CHARS = 8
MAX_DESCRIPTOR_CHARS = max(map(len, DESCRIPTORS)) + BRACKETED_ABBREVIATION_CHARS
DESCRIPTOR_FIRST_WORDS = frozenset(d.split()[0] for d in DESCRIPTORS)
# The descriptors' last words: a text that ends on none holds no descriptor at its end.
DESCRIPTOR_ENDINGS = tuple(sorted({d.split()[-1] for d in DESCRIPTORS}))
_DESCRIPTOR_FIRST_LETTERS = "".join(sorted({d[0] for d in DESCRIPTORS}))
DESCRIPTOR_BEFORE = re.compile(
    rf"(?=[{_DESCRIPTOR_FIRST_LETTERS}])\b(?P<kind>{DESCRIPTOR_ALTERNATIVES})\s*$", re.IGNORECASE
)
DESCRIPTOR_AFTER = re.compile(
    rf"^\s*[,—–]\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?P<kind>{DESCRIPTOR_ALTERNATIVES})\b",
    re.IGNORECASE,
)
# "Oriole Networks, a British company with plans …": a company of a nation, described after it.
NATIONAL_COMPANY_AFTER = re.compile(
    rf"^\s*[,—–]\s*an?\s+[A-Z][a-z]+(?:{'|'.join(NATIONALITY_ENDINGS)})\s+(?:company|firm)\b"
)
# "Nuvexa Inc., a San Francisco-based developer of AI models,": a company described by what it
# makes or provides (chips are read by CHIP_MAKER_AFTER first); ``cloud`` when it sells compute.
DESCRIBED_COMPANY_AFTER = re.compile(
    r"^\s*[,—–]\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:developer|maker|provider|operator|"
    r"builder|supplier)s?\s+of\s+(?P<cloud>(?:[\w-]+\s+){0,3}?(?:cloud|gpu|compute|computing|"
    r"data[\s-]cent(?:er|re)s?)\b)?",
    re.IGNORECASE,
)
# "Nuvexa on Wednesday said …": when it was said, between a name and its verb.
WHEN_AFTER_NAME = re.compile(
    r"^\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|"
    r"this\s+week|last\s+week)(?=\s)"
)
# "Zentrix, the maker of the QX100 inference accelerator,": the maker of a chip designs chips.
CHIP_MAKER_AFTER = re.compile(
    r"^\s*[,—–]\s*(?:the|a|an)\s+(?:\w+\s+)?(?:maker|developer|designer|creator|inventor)s?\s+"
    r"of\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:chips?|accelerators?|processors?|npus?|"
    r"gpus?|tpus?|lpus?|asics?|silicon|semiconductors?)\b",
    re.IGNORECASE,
)
# "Developed by Zentrix, the Helios-8 chip …": a chip's developer named before it.
DESIGNED_PARTICIPLES = frozenset({"developed", "designed", "created"})
# "an AI chip developed by Zentrix", "accelerators designed by Zentrix": the chip's designer.
CHIP_BY_BEFORE = re.compile(
    r"\b(?:chips?|accelerators?|processors?|gpus?|npus?|asics?)\s+(?:jointly\s+)?(?:co-)?"
    rf"(?:{'|'.join(sorted(DESIGNED_PARTICIPLES | {'built'}))})\s+by\s+"
    r"(?-i:(?:[A-Z][\w.-]*\s+){1,3}and\s+)?$",  # ("co-developed by PFN and Kobe University")
    re.I,
)
CHIP_DEVELOPED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(DESIGNED_PARTICIPLES | {'built'}))})\s+by\s+$", re.I
)
# "his new company, Quanta Forge", "the startup, Acme,", "his new London-based venture, Acme,":
# a description set off by a comma before the name it introduces ("company" and "firm" alone
# name only a company here).
DESCRIPTOR_APPOSED_BEFORE = re.compile(
    r"(?=[ahit])\b(?:his|her|their|its|a|an|the)\s+(?:(?:new|latest|own|last|former|previous|first|"
    rf"young|current|[\w.-]+-based)\s+){{0,2}}"
    rf"(?P<kind>{DESCRIPTOR_ALTERNATIVES}|company|firm|venture)\s*,\s*$",
    re.IGNORECASE,
)
# a description the sentence opens on and a copula then names ("One company riding this wave
# is Acme AI", "Another startup betting on photonics was …").
DESCRIPTOR_COPULA_BEFORE = re.compile(
    r"^\s*(?:one|another|the\s+(?:latest|newest|first|last|biggest|largest))\s+(?:such\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<kind>{DESCRIPTOR_ALTERNATIVES}|company|firm)\b"
    r"[^.;:,]{0,60}?\s(?:is|was)\s*$",
    re.IGNORECASE,
)
# A capitalised word before a description and its name qualifies the name ("Dutch photonics
# startup Lumora", "Saudi AI company Humain"): it is a nationality or place, not a company.
QUALIFIES_DESCRIBED_NAME = re.compile(
    # (no verb nor preposition between: "Halvorsen Capital invested in AI startup Nuvexa")
    rf"^(?:\s+(?:AI|(?!(?:and|or|plus|with|in|into|from|by|to|for|of|at|on|as|than)\b)"
    rf"(?![a-z][\w-]*ed\b)[a-z][\w-]*)){{0,3}}?\s+(?i:{DESCRIPTOR_ALTERNATIVES})"
    r"\s+[A-Z]"  # (not "Corbel Partners and existing backer Quorum": a list goes on)
)
NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "For", "And", "But", "Or", "If", "It", "Its", "This",
    "That", "These", "Those", "As", "By", "With", "From", "To", "Of", "Under", "After",
    "Early", "Since", "While", "Although", "Because", "Until", "Whether",
    "Despite", "Amid", "Among", "Besides", "Unlike", "Though", "During", "Before", "Without",
    "Within", "Across", "Against", "Upon", "Once", "When", "Where", "Whereas", "Unless",
    "Thus", "Hence", "Instead", "Nevertheless", "Nonetheless", "Moreover", "Furthermore",
    "Additionally", "Notably",
    "Japan", "China", "Saudi", "Rs", "Rs.", "INR", "IPO", "US", "U.S.", "UK", "EU",
    "CEO", "AI", "A.I.", "LLM", "GPU", "Prince", "Princess", "Sheikh", "Sheikha", "Emir",
    "GPUs", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "Today", "Yesterday", "Tomorrow", "Series", "Seed",
    "Pre-Seed", "January", "February", "March",
    "April", "June", "July", "August", "September", "October", "November", "December",
}  # fmt: skip
# Words before "May" that make it the month ("in May", "since May", "early May").
MONTH_BEFORE = {"in", "since", "until", "by", "from", "early", "late", "mid", "last", "this",
                "next", "of", "through", "during", "before", "after", "initial", "the",
                "its", "their", "a"}  # fmt: skip
# Publishers that report deals and take no part in them ("led by IVP, Bloomberg reported").
# The agencies a dateline names ("BEIJING (Reuters) -"); news outlets too.
NEWS_AGENCIES = {"Reuters", "AP", "AFP", "Bloomberg", "Xinhua", "Yonhap", "Kyodo"}
# The dashes that close a dateline ("TORONTO --").
DATELINE_DASHES = {"--", "—", "–", "-"}
NEWS_OUTLETS = NEWS_AGENCIES | {
    "Bloomberg News", "Information", "Wall Street Journal", "WSJ", "Financial Times", "FT",
    "CNBC", "TechCrunch", "Verge", "Axios", "Semafor", "Nikkei", "Nikkei Asia", "DigiTimes",
    "DIGITIMES", "New York Times", "Washington Post", "Business Insider", "Fortune", "Forbes",
    "Associated Press", "SemiAnalysis", "Tom's Hardware", "Register", "Economist", "Guardian",
    "Insider", "Business Standard", "Economic Times", "Mint", "Caixin", "South China Morning Post",
    "SCMP", "Korea Herald", "Korea Times", "Handelsblatt", "Les Echos", "Le Monde",
    "Nikkei Business", "Yomiuri", "Asahi", "Bernama", "Al Arabiya", "The National",
    "Gulf News", "Globes", "Calcalist", "The Information", "Data Center Dynamics", "DCD",
    "The Next Platform", "HPCwire", "EE Times", "Barron's", "MarketWatch", "Seeking Alpha",
    "Benzinga", "Yahoo Finance", "Business Wire", "PR Newswire", "GlobeNewswire",
}  # fmt: skip
# An outlet that says or estimates what a fact states ("The Financial Times says Google deployed
# 1.5 million TPUs"): the fact is its report. Names as written; wire services of press releases
# relay the parties' own words and are left out.
OUTLET_VERBS = ("says", "said", "writes", "wrote", "estimates", "estimated", "reports", "reported")
OUTLET_WORDS = (*OUTLET_VERBS, "according", "per")  # one of which each match of OUTLET_SAYS holds
_REPORTING_OUTLET = (
    r"(?:"
    + "|".join(
        re.escape(o)
        for o in sorted(NEWS_OUTLETS - {"Business Wire", "PR Newswire", "GlobeNewswire"}, key=len,
                        reverse=True)
    )
    + r")"
)  # fmt: skip
# Either order: "the Financial Times reported", "…, reports the Financial Times", "…, reported
# news agency Reuters", "…, according to The Information".
OUTLET_SAYS = re.compile(
    r"(?=[A-Z])\b" + _REPORTING_OUTLET + r"\s+(?:" + "|".join(OUTLET_VERBS) + r")\b|"
    r"\b(?:reports|reported|writes|wrote|according\s+to|per)\s+(?:the\s+)?"
    r"(?:(?:news\s+agency|newspaper|outlet|publication|website)\s+)?" + _REPORTING_OUTLET + r"\b"
)  # fmt: skip
# The last word of a name that marks it as an investing organisation ("Diameter Capital Partners").
INVESTOR_SUFFIXES = {
    "Capital", "Partners", "Ventures", "Venture", "Management", "Investments", "Investment",
    "Holdings", "Fund", "Funds", "Authority", "Advisors", "Advisers", "Equity", "Group",
    "Associates", "Asset", "Securities", "Bank", "Trust", "Wealth", "Invest", "Collective",
    "Assets", "Finance", "Investors",
}  # fmt: skip
# A product's model number: a capitalised token with a digit ("WSE-3", "AI200", "SN50", "MI450").
MODEL_NUMBER = re.compile(r"(?=[^\d]*[A-Za-z])(?=.*\d)[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")
# A model number after a chip family's name ("TPU 8t", "Maia 300"), and the words after a
# bare number that make it a count or a size instead ("TPU 100 times", "Maia 2 GW").
GENERATION = re.compile(r"v?\d{1,3}[A-Za-z]{0,2}")
# "the Quasar 300 accelerator": words before a name and a model number that make it a chip's.
NUMBERED_CHIP_OPENERS = {"the", "its", "their", "a", "an", "new", "latest", "'s", "’s", "'", "’"}
# Capitalised words a number follows that name no chip ("the Gen 2 chips", "Fortune 500").
NUMBERED_NOT_A_CHIP = {
    "Gen", "Generation", "Version", "Phase", "Series", "Model", "Type", "Class", "Fortune", "Top",
    "Tier", "Level", "Stage", "Round", "Group", "Grade", "Block", "Unit", "Project", "Fab", "Line",
    "Plant", "Site", "Node",
}  # fmt: skip
# Verbs whose subject presents its own new product ("The firm announced plans for the AI250").
LAUNCH_VERBS = ("announc", "unveil", "launch", "introduc", "reveal", "debut", "show", "design",
                "co-design", "develop", "co-develop", "taped")  # fmt: skip
UNIT_AFTER_NUMBER = {"gw", "mw", "gigawatts", "megawatts", "times", "percent", "%", "million",
                     "billion", "chips", "units", "x", "nm", "nanometer", "nanometers",
                     "nanometre", "nanometres", "-"}  # fmt: skip
JOINING_WORDS = {"and", "or", "to", "with", "from", "by", "of", "in", "for"}
NAMING_WORDS = {"codenamed", "code-named", "dubbed"}
# "Zentrix makes the Q-7 accelerator", "Zentrix sells its Q-7 chips": a new name whose verb
# offers a named chip designs it (as the launch verbs do).
SELLING_VERBS = ("make", "sell", "build", "ship", "offer", "market", "suppl", "deliver", "provid")
# Nouns after a chip's own name that say it is one ("its Renegade processor", "its Aries NPU"),
# beside the chip nouns.
# Verbs whose object, a company's possessive, is what is used ("use TSMC's node"), not who acts.
USE_VERBS_BEFORE_OWNER = {"use", "uses", "using", "used", "utilize", "utilized", "utilizing", "tap"}
CHIP_NAME_ADJECTIVES = {"new", "latest", "upcoming", "next", "own", "first", "second", "third",
                        "refined", "flagship", "forthcoming", "custom", "future"}  # fmt: skip
QUOTES = {'"', "'", "“", "”", "‘", "’"}
# A capitalised name between an article and a chip noun ("the next-generation Asimov silicon
# chip", "a “Baltra” server chip"): asked of a sentence before its words are read.
NAMED_CHIP_PHRASE = re.compile(
    r"(?=[Tta])\b(?:[Tt]he|an?)\s+(?:[a-z][\w-]*\s+){0,3}[\"“'‘]?[A-Z][\w-]*[\"”'’]?\s+(?:[a-z]+\s+)?"
    r"(?:chip|processor|accelerator|NPU|ASIC|silicon)s?\b"
)
# "Zentrix's Aurora chips", "Cerebras' new Aurora accelerator": a name a possessive gives a chip.
POSSESSED_CHIP_PHRASE = re.compile(
    r"(?:['’]s|s['’])\s+(?:[a-z][\w-]*\s+){0,2}[\"“'‘]?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[\"”'’]?\s+"
    r"(?:[a-z]+\s+)?"
    r"(?:chip|processor|accelerator|GPU|NPU|LPU|ASIC|silicon|"
    r"(?:neural|tensor|language)\s+processing\s+unit)s?\b"
)
# What every match of POSSESSED_CHIP_PHRASE holds (it is case-sensitive): an apostrophe, and
# one of the nouns' stems as written.
POSSESSION_MARKS = ("'", "’")
POSSESSED_CHIP_STEMS = ("chip", "process", "accelerator", "GPU", "NPU", "LPU", "ASIC", "silicon")
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
# "its Q1 neural processing unit": the processing units spelt out that are accelerators.
PROCESSING_KINDS = {"neural", "tensor", "language", "intelligence", "intelligent"}
CHIP_NOUN_STEMS = ("chip", "processor", "accelerator", "NPU", "ASIC", "silicon")
NAMED_CHIP_NOUNS = {"processor", "npu", "npus", "asic", "asics", "lpu", "lpus", "ipu", "ipus"}
# Nouns of hardware a chip's name is given after, singular processors among them ("an AI
# processor codenamed Titan").
CHIP_NAMING_NOUNS = HARDWARE_NOUNS | NAMED_CHIP_NOUNS
# "the ChatGPT maker", "the Claude developer": a product's maker named through the product.
MAKER_NOUNS = {"maker", "makers", "developer", "creator", "owner", "company", "firm", "startup",
               "parent", "operator", "builder", "lab"}  # fmt: skip
# Nouns that end a description of the company named next ("Toronto-based artificial
# intelligence company Cohere", "a lease deal with AI cloud company Fluidstack", "crypto miner
# Core Scientific").
COMPANY_HEADS = MAKER_NOUNS | {
    "group", "provider", "business", "giant", "miner", "chipmaker", "rival", "competitor",
    "designer", "unit", "subsidiary", "champion", "unicorn", "upstart", "pioneer", "darling",
    "powerhouse", "heavyweight", "player", "leader", "specialist", "outfit", "platform",
}  # fmt: skip

# Words after a company's name that are part of it ("Meta Platforms Inc", "Microsoft Corp.").
CORPORATE_SUFFIXES = {"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc", "llc",
                      "co", "co.", "ag", "sa", "se", "nv", "holdings", "holding", "group",
                      "management", "."}  # fmt: skip
# Verbs whose object, a description ("pay the company"), is not their clause's subject.
OBJECT_BEFORE = {"pay", "pays", "paid", "paying", "supply", "supplies", "supplied", "back",
                 "backs", "backed", "acquire", "acquired", "acquires", "buy", "bought",
                 "buys"}  # fmt: skip
# Nouns after a name that make it a modifier of the name that follows ("Anthropic rival OpenAI").
RIVALS = {"rival", "rivals", "competitor", "competitors", "peer", "challenger"}
# Words before a description that make it an object, not the clause's subject.
PREPOSITIONS = {"in", "into", "for", "with", "to", "from", "of", "by", "on", "about", "at"}
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "«", "»"}
# "X, which had been an early investor", "X is a major backer of Y": the role of investor.
INVESTOR_ROLES = {"investor", "backer", "shareholder", "stakeholder", "funder", "supporter"}
# "the majority owner of Arm": an owner holding a share, as a shareholder does.
PART_OWNER_WORDS = {"majority", "minority", "part", "largest", "biggest", "controlling", "joint"}
PLURAL_ROLES = {"investors", "backers", "shareholders", "stakeholders", "funders", "participants",
                "supporters"}  # fmt: skip
ROLE_NOUNS = INVESTOR_ROLES | PLURAL_ROLES | {"participant"}  # "a backer of", "investors in"
ROLE_ARTICLES = {"an", "a", "the", "its", "their"}
ROLE_COPULAS = {"is", "was", "are", "were", "been", "be", "became", "becomes", "become",
                "becoming", "remain", "remains", "remained", "stay", "stays", "likely",
                "expected", "to", "also", "already", "long", "now", "still", "as",
                "reported", "named", "listed", "additional", "other", "existing", "early",
                "new", "counts", "counted", "announced", "confirmed", "revealed", "disclosed",
                "identified", "unveiled", "signed", "on", "came", "aboard", "board",
                "stepped", "joined", "returned"}  # fmt: skip
# A sentence that opens on the deal just named ("The round, led by ...") continues it.
CONTINUES_DEAL = re.compile(
    r"^\W*(?:(?:under|as\s+part\s+of|under\s+the\s+terms\s+of|through)\s+)?"
    r"(?:the|this|that)\s+(?:new\s+)?(?:round|deal|investment|funding|financing|raise|"
    r"agreement|transaction|tranche|contract|pact|arrangement)\b",
    re.IGNORECASE,
)
# A sentence that opens on the list of the round just told ("Participants included A and B").
PARTICIPANTS_LISTED = re.compile(
    r"^\W*(?:(?:other|new|existing|additional)\s+)?(?:participants|investors|backers|"
    r"shareholders)\s+(?:in\s+the\s+(?:round|deal|raise)\s+)?(?:include|included|including|are|"
    r"were)\b",
    re.IGNORECASE,
)
# A fact the sentence denies: "does not use", "has no plans to invest", "would not renew",
# "had not been approached about purchasing", "chose not to exercise an option".
NEGATED = re.compile(
    r"(?=[bcdflnprsw])(?:(?:\b(?:not(?!\s+only\b)|never|no\s+longer|no\s+plans?\s+to|declined\s+to|refused\s+to|ruled\s+out|"
    r"won[’']t|cannot|can[’']t)|n[’']t)\s+(?:\w+\s+){0,3}?"
    r"(?:use|using|invest|buy|rent|renew|deploy|commit|sign|purchas|back|fund|partner|lease|adopt|"
    r"exercis|"
    r"rely|order|build|make|manufactur|fabricat|produc|supply|provide|take\s+a\s+stake|"
    r"participat)\w*|"
    # what a source could not say: "could not say whether it will use", "couldn't confirm that"
    r"(?:\bnot|n[’']t|\bcannot)\s+(?:say|confirm|verify|determine|tell|know|disclose)\s+"
    r"(?:whether|if|that)\b|"
    r"\b(?:no|little)\s+interest\s+in|"
    # a company kept from buying: "banned ByteDance and Alibaba from buying", "told it to stop
    # using", "is prohibited from purchasing"
    r"\b(?:bann?|barr?|block|prohibit|forb[ai]d|restrict|prevent)\w*\s+(?:[\w,]+\s+){0,8}?"
    r"from\s+(?:buy|us|purchas|order|acquir|deploy|import|rent)\w*|"
    r"\bstop\s+(?:buy|us|purchas|order|acquir|deploy|import|rent)\w*)",
    re.IGNORECASE,
)
# The words between a company's name and its old one ("1X, previously named Halodi Robotics").
FORMER_NAME_WORDS = {"formerly", "previously", "known", "named", "called", "as"}
# Words that deny whatever a sentence says of the names it lists ("SoftBank did not").
NEGATION_WORDS = {"not", "n't", "n’t", "never", "neither", "nor", "declined", "denied"}
PUT_WORDS = {"put", "puts", "putting", "sink", "sinks", "sinking", "sank", "sunk"}
# "in 2019", "in January": an 'in' that gives a time, not the company invested in.
TEMPORAL = re.compile(
    rf"^(?:(?:early|late|mid)\s+)?(?:(?:19|20)\d\d|{MONTHS}|the\s+(?:first|second|third|fourth|"
    r"past|last|next|same)|q[1-4]|a\s+(?:year|month)|recent)\b"
)
# Things whose owner acts through them: "xAI's Colossus uses H100s" is xAI's use.
OWNED_TYPES = {"Model", "Product", "DataCenter"}
# Words just before a name that make it a company someone invests in.
INVESTED_IN = re.compile(
    r"(?=[bfiprs])\b(?:invest(?:s|ed|ing|ment|ments)?|stakes?|funding|back(?:s|ed|ing)|rounds?|"
    r"series\s+[a-h]\d?|"
    r"participat(?:es|ed|ing)|pour(?:s|ed|ing)?|put(?:s|ting)?|inject(?:s|ed|ing)?|"
    r"pump(?:s|ed|ing)?)\s+"
    r"(?:\S+\s+){0,6}?(?:\([^()]{1,80}\)\s+)?(?:in|into|for)\s+$|"  # past "(about $683m)"
    r"(?=[bfis])\b(?:backers?|investors?|shareholders?|stakeholders?|funders?)\s+(?:of|in)\s+"
    r"(?:both\s+)?$|"
    r"(?=o)\bowns?\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|some\s+)?"
    r"[\d.]+\s*(?:%|percent|per\s+cent)\s+of\s+$|"  # "owns about 14% of X"
    r"(?=c)\bcheques?\s+(?:to|for)\s+$|\bchecks?\s+(?:to|for)\s+$|"  # "wrote a check to X"
    # "backers of X", "an investor in X"
    r"(?=[cp])\b(?:commit(?:s|ted|ting)|pledg(?:e|es|ed|ing))\s+(?:\S+\s+){0,3}?[$€£]\S+\s+"
    r"(?:(?:million|billion|each)\s+){0,2}to\s+$",  # "committing $2 billion each to X"
    re.IGNORECASE,
)
INVESTED_IN_LAST_WORDS = frozenset(
    {"in", "into", "for", "of", "to", "both"}
)  # each match's last word
# Any character of one clause, where a sum's decimal point ("$1.5 billion") ends none.
IN_CLAUSE = r"(?:[^.;]|(?<=\d)\.(?=\d))"
# Verbs whose subject, named before them, takes the chips named after them ("Acme acquired
# 12,000 Nvidia GPUs"): a company, discovered if the registry lacks it.
# "Quorix's models were trained on H100 GPUs": what a company makes and runs on chips, and
# the participles that say so.
OWN_PRODUCTS = {
    "model", "models", "chatbot", "assistant", "platform", "cluster", "clusters", "supercomputer",
    "service", "services", "app", "ai", "systems", "robots",
}  # fmt: skip
PRODUCT_RUNS_ON = {"run", "served", "powered", "trained", "built", "running"}
CHIP_TAKING_VERBS = {
    "bought", "buys", "purchased", "purchases", "acquired", "acquires", "deployed", "deploys",
    "ordered", "orders", "operates", "installed", "installs", "received", "receives", "rents",
    "rented", "leases", "leased", "uses", "used", "utilizes", "utilises", "runs", "trained",
    "secured", "secures", "stockpiled", "buy", "purchase", "acquire", "deploy", "rent", "lease",
    "use", "order", "chose", "chooses", "selected", "selects", "picked", "host", "hosts",
    "hosting", "house", "houses", "using", "deploying", "buying", "renting", "running", "trains",
    "train", "switched", "switching", "relies", "rely", "relying", "relied", "install",
    "installing",
}  # fmt: skip
# What an adviser of a round is named as ("Goldman Sachs serving as placement agent").
ADVISER_NOUNS = {
    "placement",
    "agent",
    "agents",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "financial",
    "underwriter",
    "underwriters",
    "bookrunner",
    "bookrunners",
}
# "X led the wave / the charge / the way": no round led.
LED_NOT_A_ROUND = {
    "wave",
    "charge",
    "way",
    "pack",
    "market",
    "field",
    "race",
    "industry",
    "sector",
    "list",
    "trend",
    "push",
    "effort",
    "company",
    "team",
    "development",
}
# "Skild, founded in 2023 by …, is building": a name a participle aside describes as founded
# or backed is a company.
# ("Zentrix, a company backed by Brookfield": the appositive's noun before the participle)
FOUNDED_AFTER = re.compile(
    r"^(?:\s*,\s*(?:which\s+was\s+|which\s+is\s+|an?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:company|firm|startup|developer|operator|business)\s+)?|"
    r"\s+(?:is|was|has\s+been|had\s+been)\s+)"
    r"(?:co-?founded|founded|started|launched|"
    r"set\s+up|spun\s+out|backed|funded)\s+(?:\w+\s+)?(?:in|by)\s"
)
# "HCLTech is investing $150 million in …": a name before a verb of investing is an investor.
INVESTS_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})?"  # "Iliad and CMA CGM will …"
    r"\s*(?:has\s+|have\s+|had\s+|is\s+|was\s+|will\s+|would\s+|also\s+|plans\s+to\s+|"
    r"agreed\s+to\s+|each\s+|jointly\s+|together\s+|previously\s+|already\s+|recently\s+|"
    r"reportedly\s+)*(?:(?:invest(?:s|ed|ing)?|pour(?:s|ed|ing)?|"
    r"inject(?:s|ed|ing)?)\s+"
    r"(?:[$€£¥₩]|(?:up\s+to|about|around|nearly|some|an\s+additional|another)\s+[$€£¥₩]|in\s+|"
    r"\d[\d.,]*\s+(?:million|billion|trillion)\s+(?:euros?|yen|yuan|won|pounds|rupees|dollars)\b|"
    r"an?\s+undisclosed\s+(?:sum|amount)\s+in\b)|"
    r"made\s+an?\s+(?:undisclosed\s+|strategic\s+|minority\s+|equity\s+)*investment\s+in\b|"
    # "Krafton announced a strategic investment of approximately $33 million in HyperAccel"
    r"(?:announced|made|completed|confirmed)\s+an?\s+(?:[a-z-]+\s+){0,2}investment\s+of\s+"
    r"(?:(?:approximately|about|around|nearly|some|up\s+to|over|more\s+than)\s+)?[$€£¥₩])"
)
# After a name the registry lacks: it takes part in the round just told ("Zorbas also took
# part", "Zorbas and Fidelity are among the funders", "Zorbas is also an investor").
PARTICIPATES_AFTER = re.compile(
    r"^(?:,?\s+and\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?,?\s+"
    r"(?:(?:have|has|had|also|too|each|all|both|likewise|will|would)\s+)*"
    r"(?:participated\b|took\s+part\b|co-invested\b|"
    r"joined\s+(?:the|this|that)\s+(?:round|raise|financing|funding)\b|"
    r"(?:co-)?led\s+(?:the|this|that)\s+(?:\$?[\w.]+\s+){0,4}?(?:round|raise|financing|funding)\b|"
    r"joined(?=\s*[.;,]|\s+(?:as\s+well|too|in)\b)|"
    r"(?:are|were|is|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:investors|backers|funders|participants|lenders|shareholders)\b|"
    r"(?:is|was)\s+(?:also\s+)?an?\s+(?:existing\s+|early\s+|new\s+|minority\s+)?"
    r"(?:investor|backer|shareholder|lender)\b)"
)
RAISES_AFTER = re.compile(
    r"^\s*(?:,[^,]{1,80},\s*|\s[—–][^—–]{1,200}[—–]\s*|,\s*an?\s+[^,.;]{1,80}?\s(?:that|which)\s+|"
    r"\s*\([^()]{1,80}\)\s*)?"
    r"(?:(?:has|have|had|is|was|will|would|"
    r"could|may|can|just|now|"
    r"also|already|today|finally|\w+ly|(?:expected|set|poised|due|about)\s+to)\s+|"
    r"says\s+(?:that\s+)?it\s+(?:has\s+)?|"
    r"said\s+(?:on\s+\w+(?:\s+\d{1,2})?\s+)?(?:that\s+)?it\s+(?:has\s+|had\s+)?)*"
    r"(?:(?:in\s+(?:\w+\s+)?(?:talks|discussions|negotiations)(?:\s+with\s+[^.;]{1,120}?)?|seeking|looking|set|planning|poised|aiming|expected|"
    r"preparing|plans|aims|seeks)\s+to\s+raise|"
    r"rais(?:e|ed|es|ing)|secur(?:e|ed|es|ing)|clos(?:e|ed|es|ing)|land(?:ed|s|ing)|bagged|netted|"
    r"complet(?:ed|es)|finali[sz](?:ed|es)|wrapped\s+up|"
    r"snagged|nabbed|lock(?:ed|s|ing)\s+up|rak(?:ed|es|ing)\s+in|pick(?:ed|s|ing)\s+up|"
    r"announced|valued\s+at|"
    r"(?:receive|received|receives|receiving|obtain|obtained|obtains|attracted|attracts|drew|draws|"
    r"get|gets|got)"
    r"(?=\s+(?:an?\s+|nearly\s+|about\s+|some\s+|over\s+|more\s+than\s+|up\s+to\s+|almost\s+|"
    r"roughly\s+|around\s+|approximately\s+|as\s+much\s+as\s+)?(?:[$€£¥₩₹]|\d))|"
    r"(?:won|wins|gained|gains|received|receives|attracted|got|gets|announced|drawn|drew|draws)"
    r"(?=\s+(?:the\s+)?backing|\s+(?:[a-z]+\s+){0,2}(?:backing|support|investments?|funding|"
    r"financing|capital)\s+from\b))\b"
    + IN_CLAUSE
    + r"{0,40}?(?:[$€£¥₩₹]|\bfunding\b|\bfinancing\b|\brounds?\b|\bseries\s+[a-h]\d?\b|\bbacking\b|"
    r"\b(?:support|investments?|money|capital|cash)\s+from\b|"
    r"\b(?:rs\.?|rmb|inr|usd|eur|cny)\s*\d|"
    r"\d\s*(?:million|billion|trillion|crore|lakh)?\s*(?:euros?|yen|yuan|renminbi|won|pounds|rupees|crore|"
    r"dollars|francs|riyals|dirhams)\b)",
    re.IGNORECASE,
)
# The words after an amount that make it a funding round's total.
ROUND_TOTAL = re.compile(
    r"^(?:\S+\s+){0,2}?(?:series\s+\w+\s+)?(?:funding\s+|financing\s+|equity\s+)?"
    r"(?:round|raise)\b|^series\s+[a-h]\d?\b"
)
