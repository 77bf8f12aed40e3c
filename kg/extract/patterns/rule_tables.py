"""Tables of the rules added since round twelve (moved from the modules that read them), split
from ``rounds`` to keep modules short."""

from __future__ import annotations

import re

from kg.extract.patterns.relations import DEAL_TOPIC_WORDS, HANDOVER_NOUNS, VERB_CHAIN
from kg.extract.patterns.rounds import (
    CORPORATE_SUFFIXES,
    INVESTOR_SUFFIXES,
    NAMING_WORDS,
)

# ---- tables of this round's rules (moved here from the modules that read them) ----
# Words that give a chip its name ("its TPU, codenamed Icefish", "a chip called Braga").
CODENAMING = NAMING_WORDS | {"called", "named", "code"}  # ("code-named", in three words)
# What a supplier supplies when it is capacity, not chips ("supply Microsoft with GPU capacity").
COMPUTE_SUPPLIED = r"compute|capacity|computing|infrastructure|servers|cloud|gigawatt"
# Verbs of an infinitive of purpose after what is supplied ("… to Deutsche Telekom to build an
# AI cloud"): what they name is made with the supply.
PURPOSE_VERBS = {"build", "create", "establish", "set", "develop", "launch", "construct", "form"}
# "paying $20 billion to acquire Groq": a verb of buying a company after the sum.
ACQUIRING = ("acquir*", "buy", "purchase", "take")
# Verbs and nouns of buying a whole company ("AMD is acquiring Silo AI", "Google's purchase of
# DeepMind"), and the words between the buyer and its verb.
# "He sold Nervana Systems to Intel": a company sold to another is bought by it.
SALE_FORMS = ("sell", "sells", "sold", "selling")
# "SoftBank sold its entire stake in Nvidia", "is offloading shares of CoreWeave": a holding
# given up, no investment.
DISPOSAL_VERBS = (*SALE_FORMS, "divest*", "offload*", "unload*", "dump*", "cash*", "exit*")
ACQUISITION_WORDS = (
    "acquire", "acquires", "acquired", "acquiring", "acquisition", "acquisitions", "buy", "buys",
    "bought", "buying", "purchase", "purchased", "purchases", "takeover", "buyout", "sale",
    *SALE_FORMS,
)  # fmt: skip
# Words before "investment" that make it spending on what a company builds or buys, not a
# stake in another ("capital investment", "infrastructure investments", "data center investment").
SPENDING_MODIFIERS = {"capital", "infrastructure", "capex", "hardware", "equipment", "center",
                      "centre", "facility", "facilities"}  # fmt: skip
# Participles that end in neither -ed nor -ing: a new verb after a list ("backed by a fund
# anchored by Mubadala and known for deals with xAI": xAI is no backer).
IRREGULAR_PARTICIPLES = {"known", "seen", "grown", "built", "made", "taken", "given", "held",
                         "spun", "won", "run", "thought", "set"}  # fmt: skip
# Nouns of a party's undertaking before 'to' and a verb ("OpenAI's commitment to acquire shares").
UNDERTAKING_NOUNS = {"commitment", "agreement", "pledge", "plan", "plans", "right", "option",
                     "promise", "obligation", "offer", "decision", "move"}  # fmt: skip
# Nouns of buying a company that investors take part in like a round ("took part in the
# acquisition of Aligned Data Centers alongside BlackRock": each invests in the company bought).
ACQUISITION_NOUNS = {"acquisition", "purchase", "takeover", "buyout"}
# Words that make a subject's buying its own purpose ("have teamed up to acquire", "agreed on
# a deal to buy", "formed a consortium to acquire").
JOINT_BUYING_WORDS = {
    "teamed", "team", "joined", "join", "forces", "consortium", "partnered", "deal", "agreement",
    "agreed", "plans", "planning", "plan", "seeks", "seeking", "sought", "offered", "offering",
    "paying", "pay", "pays", "bid", "bidding", "moved", "moving", "talks", "set",
}  # fmt: skip
# Words between a company and 'acquired by' ("was later acquired by", ", acquired by").
PASSIVE_AUXILIARIES = {
    "was", "were", "is", "has", "had", "been", "being", "be", "will", ",", "later", "eventually",
    "since", "then", "recently", "subsequently",
}  # fmt: skip
# Last words of a name that make it a company's, never a person's ("Silo AI").
COMPANY_NAME_ENDINGS = {
    "ai", "labs", "lab", "technologies", "technology", "systems", "computing", "robotics",
    "capital", "ventures", "partners", "group", "holdings", "inc", "inc.", "corp", "corp.",
    "ltd", "ltd.", "llc", "investments", "fund", "semiconductor", "networks", "cloud",
    "global", "equity", "management", "invest", "growth", "advisors", "asset",
    # institutions ("Georgia Tech", "Stanford University"), whatever their first word
    "tech", "university", "institute", "college", "laboratory", "laboratories", "bank",
    "foundation", "authority", "agency", "council", "holding", "corporation", "company",
    "industries", "enterprises", "trust", "investment", "securities", "financial", "clinic",
    "hospital", "health", "healthcare", "digital", "data", "energy", "mining", "telecom",
    "communications", "motors", "bancorp", "insurance",
}  # fmt: skip
# The last words of names that only companies carry ("GMI Cloud", "Figure Robotics").
COMPANY_SHAPED_ENDINGS = {
    "Technologies", "Labs", "Robotics", "Semiconductor", "Semiconductors", "Cloud",
    "Electronics", "Microsystems", "Dynamics",
}  # fmt: skip
# Words that end companies' names and name no company alone ("Labs", "Venture Capital").
GENERIC_NAME_WORDS = INVESTOR_SUFFIXES | COMPANY_SHAPED_ENDINGS | {
    "Industrial", "Incubator", "Sciences", "Science", "Technology", "Systems", "Industries",
    "Industry", "International", "Research",
}  # fmt: skip
# "China Merchants Bank", "China Mobile": a country that opens a company's name ending so.
COUNTRY_PREFIXES = {"China", "Japan", "Korea", "Saudi", "India", "Taiwan"}
# A state's initials before the name of one of its funds or agencies ("US Innovative Technology
# Fund", "UK Sovereign AI Fund"); before other names they only say where ("US chipmaker").
STATE_FUND_PREFIXES = {"US", "U.S.", "UK", "EU"}
STATE_FUND_ENDINGS = {"Fund", "Funds", "Authority", "Agency", "Corporation", "Bank"}
COMPANY_LAST_WORDS = INVESTOR_SUFFIXES | COMPANY_SHAPED_ENDINGS | {
    "Mobile", "Telecom", "Unicom", "Grid", "Power", "Steel", "Airlines", "Motors",
    "Corporation", "Company",
}  # fmt: skip
ADJECTIVE_ENDINGS = ("ive", "al", "ic", "ed", "ing", "ous", "ble", "ent", "ant", "ary", "less")
BUYING_AUXILIARIES = VERB_CHAIN | {
    "completed", "finalized", "announced", "it", "offered", "offers", "and",
}  # fmt: skip
# "Additional contracts include $19.4 billion with Nebius": deals listed with their sums.
PLURAL_DEALS = ("agreements", "contracts", "deals")
# A run of these alone ("Co., Ltd.", "Limited") is no name.
LEGAL_WORDS = CORPORATE_SUFFIXES | {"limited", "company", "llc", "l.p.", "lp", "sas", "gmbh", "spa",
                                    "bv", "kk", "asa"}  # fmt: skip
# Business abbreviations written with an ampersand like a firm's name ("invest in R&D").
AMPERSAND_TERMS = {"R&D", "M&A", "P&L", "Q&A", "D&I", "F&B", "O&M", "E&P", "S&T", "T&Cs"}
# A legal form after a name ("Entrada Ventures LLC"): part of the mention, not of the name.
LEGAL_FORMS = (
    r",?\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Corp\.?|Co\.|Plc|PLC|L\.P\.|SAS|SA|S\.A\.|AG|SE|NV|N\.V\.|"
    r"GmbH|ASA|AB|SpA|S\.p\.A\.|KK|K\.K\.|Pvt\.?(?:\s+Ltd\.?)?|Pte\.?(?:\s+Ltd\.?)?|"
    r"Private\s+Limited|B\.V\.|BV)"
)
LEGAL_FORM = re.compile(LEGAL_FORMS + "$")
# The same right after a name the capitals left out ("Zentrix Inc. raised"): what the text
# says of the company starts after it.
LEGAL_FORM_AFTER = re.compile("^" + LEGAL_FORMS + r"(?![\w.])")
# Words between a role noun and the name it titles ("backer Microsoft", "investor, South Korean
# venture capital firm DSC Investment").
TITLE_DESCRIPTORS = {
    "venture", "capital", "firm", "fund", "investment", "group", "giant", "company", "south",
    "korean", "japanese", "chinese", "saudi", "emirati", "american", "french", "german", "british",
    "sovereign", "wealth", "private", "equity", "tech", "chipmaker", "the",
}  # fmt: skip
# "Nvidia will own roughly 4% of Intel": verbs of holding a share of a company.
OWN_VERBS = {"own", "owns", "owned", "owning", "hold", "holds", "held", "holding", "control",
             "controls"}  # fmt: skip
OWN_CUES = tuple(sorted(OWN_VERBS))
# "backed Mistral's plan": what one backs as an idea, without money in the company.
BACKED_IDEAS = {"plan", "plans", "proposal", "proposals", "bid", "bids", "call", "calls",
                "decision", "push", "effort", "efforts", "idea", "move", "strategy",
                "ambition", "ambitions", "vision", "approach", "case", "application"}  # fmt: skip
# What one backs without taking a stake ("Nvidia backed CoreWeave's loan").
GUARANTEED = {"loan", "loans", "debt", "lease", "leases", "obligations", "bonds", "financing"}
# "The list of backers reads like a hall of fame: A, B, C": a list after these opens.
LIST_OF_BACKERS = {"backers", "investors", "shareholders", "participants", "funders", "backer",
                   "investor", "funder"}  # fmt: skip
LIST_OPENERS = {":", "—", "–", "--"}
# Words that open a clause of its own after a list's people ("…, Peter Thiel, this raise …").
CLAUSE_OPENERS = {"this", "these", "those", "that", "it", "which", "who"}
# "Microsoft through their M12 venture fund": an investor named with its vehicle.
VEHICLE_WORDS = {"through", "its", "their", "the", "via", "'s", "’s"}  # "Alphabet's Google"
# The rest of a listed name ("Samsung Securities and", "BlackRock, Inc. and").
NAME_ENDINGS = (
    CORPORATE_SUFFIXES
    | {w.lower() for w in INVESTOR_SUFFIXES}
    | {"technology", "technologies", "systems", "limited", "holding"}
)
# "a cloud partnership with an investor" stays a compute deal, not the investment.
COMPUTE_QUALIFIERS = DEAL_TOPIC_WORDS - {"training"}
# "one of Nvidia's largest customers".
CUSTOMER_ADJECTIVES = {"largest", "biggest", "top", "major", "key", "main", "largest-ever",
                       "anchor", "first", "early", "new", "important", "single"}  # fmt: skip
# Words between a customer and the designer whose customer it is ("Meta is one of Nvidia's",
# "Baidu has long been a substantial Nvidia customer").
# (besides ROLE_COPULAS and ROLE_ARTICLES)
CUSTOMER_GAP = {"one", "of", "among", ",", "will", "has", "have", "had", "substantial",
                "significant", "big", "large", "longtime", "long-time", "loyal", "notable",
                "prominent"}  # fmt: skip
# "with Amazon developing Inferentia and Trainium chips": a designer's own work.
DEVELOPING = {"developing", "develops", "developed", "creating", "creates", "created",
              "designing", "designs", "designed", "building", "builds"}  # fmt: skip


# "Index Ventures, an existing backer, is set to co-lead": words between an aside and its verb.
AUXILIARIES_BEFORE_VERB = {
    "also", "both", "each", "set", "to", "will", "would", "is", "are", "was", "were",
    "expected", "poised", "likely", "slated", "reportedly", "has", "have",
}  # fmt: skip

# ", backed by", "was founded in 2023 by": participles whose subject is the company named before.
FOUNDING_PARTICIPLES = {
    "backed", "funded", "financed", "founded", "co-founded", "cofounded", "started", "launched",
    "incubated", "seeded",
}  # fmt: skip

# Participles of where a company sits, which open an aside about it (", based in Paris,").
BASED_PARTICIPLES = {"based", "headquartered"}

# Nouns of a round before "for" and the company it is for ("a seed round for Quanta Forge").
ROUND_FOR_NOUNS = ("round", "funding", "financing", "fundrais*")
# A round or an investment before "in" and the company it is in ("a funding round in Mistral").
ROUND_OR_INVESTMENT = ("invest*", *ROUND_FOR_NOUNS)
# "A and B established a new company called X": verbs of founding together, and what they found.
FOUNDING_VERBS = ("established", "founded", "formed", "launched", "created", "set")
NEW_COMPANY_NOUNS = {"company", "firm", "venture", "entity", "startup", "lab"}
# "a new company called “X”": a name the words before it introduce as a company's.
CALLED_COMPANY_BEFORE = re.compile(
    r"\b(?:company|firm|venture|entity|startup|lab)\s+(?:(?:is|was|will\s+be)\s+)?"
    r"(?:called|named|dubbed)\s+[\"“']?$"
)
# "set to", "looking to", "aims to" before "raise": a round still to come.
INTENT_WORDS = {
    "set", "seeking", "looking", "planning", "plans", "plan", "aims", "aiming", "expected",
    "poised", "preparing", "seeks", "hoping", "trying", "moving", "about",
}  # fmt: skip
# Nouns of buying between a chip noun and its seller ("GPU purchases from Nvidia and AMD").
PURCHASE_NOUNS = set(HANDOVER_NOUNS) | {"purchases", "purchase", "orders", "order", "supply"}
# Verbs after which a chip designer's name stands for its chips ("Ant still uses Nvidia").
USES_A_NAME = {"uses", "use", "using", "used", "adopted", "adopts", "adopting"}
USES_A_NAME_PHRASES = {
    (verb, particle)
    for verb in ("relies", "rely", "relying", "relied", "depends", "depend", "depending",
                 "depended", "runs", "run", "running", "ran", "trained", "train", "training",
                 "switched", "switching", "switch", "moved", "turned", "reliant", "dependent",
                 "leans", "lean", "leaning", "leaned", "tethered")
    for particle in ("on", "to")
}  # fmt: skip
# What may follow the name so used: the end of its noun phrase ("uses Nvidia for training").
NAME_USED_ENDS = {".", ",", ";", ":", ")", "—", "–", "for", "to", "in", "and", "or", "as",
                  "since", "instead", "over", "at", "while", "because", "rather", "but", "from",
                  "on", "with", "until"}  # fmt: skip
# Participles that name a hardware noun's maker after it ("chips developed by Nvidia").
# "110,000 graphics processing units from Nvidia": the GPU spelt out before 'from'.
SPELT_OUT_GPUS = ["graphics", "processing", "units"]
MADE_BY = {"made", "developed", "designed", "built", "produced", "manufactured", "supplied",
           "provided"}  # fmt: skip
# "this firm", "that company": a demonstrative points back as "the" does.
DEMONSTRATIVE = re.compile(r"^th(?:is|at) ")
# Nouns of rivalry: the company before one only says whose rival the name after it is ("Tesla
# robotics rival Apptronik"); a list they open names no round's participants ("alongside
# competitors OpenAI, Anthropic and Google").
RIVAL_NOUNS = {"rival", "rivals", "competitor", "competitors", "challenger", "challengers", "peer",
               "peers"}  # fmt: skip
# "These high-performance chips", "the new accelerators": chips named before, described by
# lower-case words only (a capitalised word would name them: "the Nvidia chips").
DESCRIBED_CHIPS = re.compile(
    r"(?=[Tt])\b(?:[Tt]hese|[Tt]hose)\s+(?:[a-z][a-z-]*\s+){1,3}(?:chips|gpus|GPUs|accelerators"
    r"|processors)\b"
)
# "Of the total, 50,000 GPUs each will go to Samsung": a number of chips handed out points
# back to the chips last named.
ALLOTTED_CHIPS = re.compile(
    r"(?<![\w,.])\d[\d,.]*\s+(?:GPUs|chips|units|accelerators)(?=(?:\s+each)?\s+(?:will|would|are|were|is|"
    r"was|to)\s+(?:(?:also|then|reportedly)\s+)?(?:go|be\s+(?:supplied|allocated|delivered|sent|"
    r"shipped|distributed|given)|(?:supplied|allocated|delivered|sent|shipped|distributed|given))\s+"
    r"to\b)"
)
# "Naver Cloud will operate 60,000 GPUs", "packing tens of thousands of high-end GPUs": a
# count of bare chip nouns points back to the chips last named (GOLD_FORMAT: the designer's
# product line when the article names the designer and no model).
COUNTED_CHIPS = re.compile(
    r"(?<![\w,.$])(?:\d[\d,.]*(?:\s+(?:million|thousand))?|(?:tens|hundreds)\s+of\s+thousands"
    r"\s+of|thousands\s+of|millions\s+of)\s+(?:[a-z][a-z-]*\s+){0,2}(?:GPUs|units|accelerators)\b"
)
# Words of a chip's newness or kind between "the" and a chip noun that make the phrase point
# back to the chip last named ("TSMC will produce the new chip", "this specialized silicon").
CHIP_REFERENCE_ADJECTIVES = {"new", "latest", "upcoming", "next-generation", "new-generation",
                             "specialized", "specialised", "custom", "in-house", "advanced",
                             "proprietary", "same", "forthcoming", "flagship"}  # fmt: skip
DESCRIBED_CHIP = re.compile(
    r"(?=[Tt])\b(?:[Tt]he|[Tt]his)\s+(?:(?:"
    + "|".join(sorted(CHIP_REFERENCE_ADJECTIVES))
    + r")\s+){1,2}(?:chips?|accelerators?|processors?|silicon)\b(?![-\w])"
    r"(?!\s+(?:factory|factories|plant|plants|market|markets|industry|business|sector|maker|"
    r"makers|startup|company|firm|war|shortage|supply|exports?|sales|stocks?)\b)"
)

# Institutions whose names go on with "of" and a place ("Bank of China", "University of Tokyo").
OF_NAME_HEADS = {
    "Bank", "Authority", "Fund", "University", "Government", "Institute", "Ministry",
    "Department", "Corporation", "Agency", "Council", "Bureau", "Commission", "Office",
}  # fmt: skip

# Chip nouns a chip's name may follow ("its AI chip ATOM").
SINGULAR_CHIP_NOUNS = {"chip", "accelerator", "processor", "npu", "asic", "gpu"}

# Verbs of a cloud that offers chips ("Google Cloud already offers its TPUs for rent").
OFFER_VERBS = ("offer", "offers", "offered", "offering", "provide", "provides", "provided",
               "providing", "deliver", "delivers", "delivering", "delivered")  # fmt: skip
CHIPS_AFTER_VERB = 8  # words between a verb (or a participle) and the chips it takes

# A list item's heading and glue ("- Leading VC firms: A, B and C", "- Adobe Ventures — …"),
# and an investor's arm that keeps a list going ("Nvidia, LG's venture arm, and Samsung").
DASHES = {"—", "–", "--"}
ARM_NOUNS = {"arm", "unit", "fund", "vehicle", "division", "subsidiary"}
# Roles of trade between two companies, written between their names ("Toyota supplier Denso").
TRADE_ROLES = {"supplier", "customer", "partner", "client", "rival"}
ITEM_GLUE = {",", "and", "&", ".", "(", ")"}

# ---- round tables of round thirteen (from rounds.py, round_lists.py and investments.py) ----
# "Zhipu announced financial backing from Alibaba", "Substrate has attracted support from":
# what a company receiving a round is said to receive, and the verbs of receiving it.
RECEIVED_NOUNS = {"backing", "investment", "investments", "support"}
# Verbs whose subject takes the investment named after them ("received investment from X",
# "looking to secure investments").
RECEIVING_VERBS = {
    "attracted", "attracts", "received", "receives", "receive", "receiving", "drew", "draws",
    "won", "wins", "gained", "gains", "got", "gets", "enjoys", "enjoyed", "secure", "secures",
    "secured", "securing", "obtained", "seek", "seeks", "seeking",
}  # fmt: skip
# "cited A, B and C among those involved": the round's participants
THOSE_IN_IT = [["those", w] for w in ("involved", "participating", "investing", "backing")]
# "Jeff Dean and the founders of Figma": people named by the company they belong to.
PEOPLE_OF = {
    "founder", "founders", "co-founder", "co-founders", "cofounders", "ceo", "ceos",
    "executives", "executive", "employees", "alumni", "chairman", "president",
}  # fmt: skip
# "Lightspeed, an early backer of Snapchat, led the round": forms of leading a round.
LEAD_FORMS = {"led", "lead", "leading", "leads"}
# A round told as done ("has closed a $1.3 billion Series E", "raised $600 million").
CLOSED_ROUND = re.compile(r"\b(?:closed|closes|completed|completes|raised|secured|landed)\b")
# Things, not companies, that a sentence may say are backed ("The project, backed by PIF,", "the
# campus is funded by Blackstone"): their backers invest in no company spoken of.
BACKED_THINGS = {
    "project", "projects", "initiative", "initiatives", "plan", "plans", "programme", "program",
    "campus", "facility", "facilities", "site", "sites", "centre", "center", "centres", "centers",
    "cluster", "supercomputer", "factory", "factories", "effort", "efforts", "expansion",
    "buildout", "build-out", "hub", "park", "zone", "scheme", "deal", "agreement", "loan",
    "financing", "bond", "bonds", "debt", "infrastructure",
}  # fmt: skip
# Groups an investor joins that are no round ("has joined a consortium backed by Microsoft").
GROUPS_JOINED = {"consortium", "group", "alliance", "coalition", "partnership", "club", "board",
                 "initiative", "effort", "programme", "program", "network"}  # fmt: skip

# ---- tables of rounds forty-two to forty-four ----
# A number format or a unit of speed is no chip ("data formats such as FP8 and Huawei's own
# HiF8", "the first PetaOP processor").
MEASURE_OR_FORMAT = re.compile(
    r"(?:[A-Z][a-z]?)?(?:FP|F|INT|BF|TF|MX)\d{1,2}\w?|(?:Peta|Tera|Exa|Giga|Zetta)[A-Za-z]*"
)
# Participles that describe an investor's role ("existing backer", "returning investor"); not
# verbs such as "featuring backers like …".
ROLE_PARTICIPLES = {"existing", "returning", "leading", "founding", "participating", "remaining",
                    "continuing", "committed", "established", "seasoned", "renowned"}  # fmt: skip
# Undertakings between companies, which backing them does not make an investment in either
# ("backed a partnership between xAI and Palantir").
JOINT_UNDERTAKINGS = BACKED_THINGS | {"partnership", "venture", "collaboration", "alliance"}
# What a company receiving money gets when it invests instead of raising ("receiving $350
# million worth of equity in CoreWeave").
HOLDING_NOUNS = {"equity", "shares", "stock", "stake", "warrants"}
# A nation's abbreviation before a description ("from U.S. chipmaker Nvidia").
NATION_ABBREVIATIONS = {"u.s.", "us", "u.k.", "uk", "eu"}

# ---- tables of round forty-five ----
# The words of finance that name a finance firm ("Fidelity Investments"), not the groups and
# holdings corporates are too ("Lenovo Group": "Lenovo Capital" is its arm).
FINANCE_FIRM_WORDS = INVESTOR_SUFFIXES - {"Group", "Holdings", "Bank", "Trust"}
# Sites a chip noun may describe ("its Austin chip lab"): the name before them is a place's.
CHIP_SITE_NOUNS = {"lab", "labs", "plant", "plants", "factory", "factories", "fab", "fabs",
                   "facility", "facilities", "campus", "hub", "site"}  # fmt: skip
# Verbs of winning a customer ("Cambricon secured ByteDance as a major client").
WON_VERBS = {"won", "wins", "signed", "signs", "counts", "counted", "lists", "listed"}
# Verbs of using what another owns ("signed an agreement to use its infrastructure").
RENTING_VERBS = {"use", "using", "rent", "renting", "access", "accessing", "lease", "leasing"}
# A vehicle an investment goes into, and the words that tie it to a company ("a special-purpose
# vehicle connected to xAI").
VEHICLE_NOUNS = {"vehicle", "spv", "entity", "fund"}
TIED_WORDS = {"tied", "connected", "linked", "related", "dedicated"}
# Verbs of running work whose object may come between them and "on" and the chips' designer
# ("Meta runs Llama 4 inference on Cerebras").
RUNS_WORK_ON = {"runs", "run", "running", "ran", "trains", "train", "trained", "training",
                "serves", "serve", "served", "serving"}  # fmt: skip
# The words of a sum restated in another currency in brackets ("$300m-plus (2.14bn yuan)").
CURRENCY_WORDS = {"yuan", "rmb", "euros", "euro", "yen", "won", "rupees", "pounds", "dirhams",
                  "riyals", "eur", "cny", "jpy", "krw", "inr", "gbp", "€", "£", "¥", "₩",
                  "₹"}  # fmt: skip
RESTATING_WORDS = CURRENCY_WORDS | {"about", "around", "approximately", "roughly", "nearly",
                                    "some", "million", "billion", "trillion", "bn", "m",
                                    "or"}  # fmt: skip
# "developed in partnership with Broadcom": the words between a verb of design and its "with".
PARTNERSHIP_PHRASES = (["in", "partnership"], ["in", "collaboration"], ["in", "cooperation"])
# A foundry's process named after a verb of use ("using TSMC's 3-nanometer process").
PROCESS_WORDS = {"process", "processes", "node", "nodes", "nanometer", "nanometre", "nm"}
# Nouns of other roles than a backer's before "include" ("project partners named include").
OTHER_ROLE_LISTS = {"partners", "customers", "clients", "suppliers", "tenants", "users",
                    "vendors", "advisers", "advisors", "competitors", "rivals",
                    "peers"}  # fmt: skip
# Words between a passive participle and its agent ("funded in part by", "backed largely by").
AGENT_ADVERBS = {"in", "part", "partly", "largely", "mainly", "primarily", "jointly",
                 "partially", "heavily", "chiefly", "mostly", "also"}  # fmt: skip
# "AMD hopes to win customers such as Meta": customers sought (a verb of seeking, then one of
# winning them over).
SEEKING_VERBS = {"hopes", "hope", "hoping", "aims", "aim", "aiming", "seeks", "seek", "seeking",
                 "wants", "want", "trying", "tries", "looking", "looks"}  # fmt: skip
WINNING_VERBS = {"win", "attract", "court", "woo", "lure", "land", "sign", "find"}
# Kinds of deal that buy no compute ("a licensing deal with Character.AI").
OTHER_DEAL_KINDS = {"licensing", "license", "licence", "distribution", "advertising", "content",
                    "marketing", "search", "talent", "acquihire", "acqui-hire"}  # fmt: skip
# Nouns that "investors" modifies ("AMD's investors document", "an investors day"): no list.
NOUNS_AFTER_INVESTORS = {"document", "documents", "day", "presentation", "call", "deck",
                         "meeting", "relations", "update", "letter", "conference", "briefing",
                         "report", "note", "pressure", "concerns", "sentiment"}  # fmt: skip
# Verbs by which a firm's officer speaks for the firm ("Nvidia CEO Jensen Huang announced a
# £500 million investment in Nscale": Nvidia's).
ANNOUNCING_FOR_A_FIRM = {"announced", "announces", "unveiled", "unveils", "pledged", "pledges",
                         "confirmed", "confirms"}  # fmt: skip
# Nouns of a firm whose leader "led by" names ("a venture capital firm led by Lip-Bu Tan").
FIRM_HEADS = ("firm", "company", "fund", "startup", "start-up", "group", "team", "consortium")
# Verbs whose object "investors" are an audience, no list of a round's backers ("told investors").
TELLING_VERBS = {"told", "tell", "tells", "telling", "assured", "reassured", "warned", "informed",
                 "reminded", "updated", "showed", "promised", "pitched", "urged"}  # fmt: skip
# Words between a buyer's roster of providers and its verb ("cloud partners, which already
# include").
ROSTER_VERB_ADVERBS = {",", "which", "that", "already", "also", "now", "currently"}
# "will use the funding to build its chip": money put to use, no chip used.
MONEY_USED_NOUNS = {"funding", "funds", "money", "proceeds", "capital", "cash", "financing",
                    "investment", "raise", "round", "loan"}  # fmt: skip
# "SoftBank wrote a $500 million check to Brennor": a check written to a company funds it.
CHECK_NOUNS = ("check", "checks", "cheque", "cheques")
WRITING_VERBS = {"wrote", "write", "writes", "writing", "written", "cut", "cuts", "cutting"}
# "With Nvidia's backing, Brennor has grown" (not "With FPT's partnership"): money given.
FRONTED_BACKING_NOUNS = {"backing", "investment", "funding", "financing"}
# Verbs whose object is a company bought, never a backer listed after them.
BUYING_FORMS = {"acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying",
                "purchase", "purchases", "purchased", "purchasing"}  # fmt: skip
# "Morgan Stanley estimates show that …": a firm as the source of the figures it names.
SOURCE_NOUNS = {"estimates", "estimate", "analysts", "analyst", "data", "research", "figures",
                "calculations", "forecasts", "survey", "report", "reports"}  # fmt: skip
SHOWING_VERBS = {"show", "shows", "showed", "suggest", "suggests", "suggested", "indicate",
                 "indicates", "indicated", "estimate", "say", "says", "said"}  # fmt: skip
