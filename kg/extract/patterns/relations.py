"""The tables of the relation rules (clauses, investments, commitments, uses, chips); those of
funding rounds, discovery and references are in ``rounds``."""

from __future__ import annotations

import re

from kg.extract.patterns.cues import DELIVER_FORMS, HEADLINE_GETTING_VERBS

# ---- relation rules (clauses, investments, commitments, uses, chips) ----
# After a comma these open an adjunct with its own event (", following Amazon's unveiling of").
ADJUNCT_OPENERS = {"following"}
# Words after which a name is the object of a phrase, not the subject of the verb that follows.
OBJECT_MARKERS = frozenset({"to", "in", "into", "for", "from", "with", "by", "of"})
# The words of a share given as a percentage ("a 7% stake", "7 per cent").
PERCENT_WORDS = frozenset({"%", "percent", "per", "cent"})
# Words a sentence opens an adverbial phrase on, closed by a comma before the main clause
# ("After relying on Microsoft Azure, OpenAI …"): the names in it are none of the main
# clause's subjects.
FRONTED_PHRASE_OPENERS = {"after", "before", "while", "since", "besides", "despite", "following",
                          "under", "unlike", "like", "amid", "beyond", "through",
                          "having", "with", "by"}  # fmt: skip
CLAUSE_BREAKS = {";", "—", "–", "--", "but", "while", "whereas", "although", "though"}
RELATIVE = {"which", "who", "whose"}
# "The investment comes as OpenAI and Oracle team up …": 'as' after a verb of coming opens a
# clause of its own, with its own subject and event.
COMING_VERBS = {"comes", "came", "come", "coming"}
# After a comma (and an adverb of time) these open a clause with its own subject and event
# (", shortly after the US government took a stake in …"), when a subject follows them.
SUBORDINATORS = {"after", "before", "when", "since", "until", "once", "because"}
# Words that open a subordinate clause at a sentence's start ("As Nebius has …, Nvidia …").
FRONTED_SUBORDINATORS = SUBORDINATORS | {"as", "while", "although", "though", "whereas"}
# ", while investing $100 million in it": words that open a participle of the sentence's subject.
WHILE_WORDS = {"while", "whilst", "besides", "alongside"}
TIME_ADVERBS = {"shortly", "just", "soon", "days", "weeks", "months", "years", "only", "long"}
SUBJECT_OPENERS = {"the", "a", "an", "its", "their", "it", "they", "he", "she", "this", "that"}
# A pair of dashes around examples ("every company – from A to B – turns to TSMC") ends no
# clause: the words after the first dash that open such examples (DASHES: in ``rounds``).
DASHED_EXAMPLE_OPENERS = {"from", "including", "such", "like", "notably", "especially"}
# "Microsoft – a major investor and partner – and Nvidia": a description between two dashes.
DASHED_APPOSITIVE_OPENERS = {"a", "an", "the", "its", "their", "his", "her", "one"}
# Words between a holder and its role that link nothing ("Google, which had been among …",
# "MGX was named as one of the backers of …").
ROLE_LINK_FILLERS = {",", "(", "which", "who", "has", "have", "had", "among", "will", "would",
                     "one", "of", "both"}  # fmt: skip
# Foundries listed with the one that makes a chip ("produced by SMIC or TSMC").
LISTED_WITH = (["or"], ["and"], [","], [",", "and"], [",", "or"])
# The magnitude letter of a sum written apart ("$100 B"), never a name's first word.
MAGNITUDE_LETTERS = {"B", "M", "K", "T", "Bn", "BN", "Mn", "MN"}
# Participles that open an aside like a relative pronoun (", backed by Nvidia,").
PARTICIPLE_ASIDES = {"backed", "funded", "owned", "controlled", "financed"}
# "Microsoft-backed OpenAI", "the Amazon-backed startup": a name that only says who stands
# behind the company named or described after it.
BACKER_PARTICIPLES = {"backed", "led", "owned", "funded"}
# Words that open a main clause after an aside ("X, which ..., will invest"), see asides.py.
FINITE_AUXILIARIES = {
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "shall", "should", "does", "did", "do", "also", "recently", "now", "then",
}  # fmt: skip
# The finite verbs after a name that make it a clause's subject ("and Lilly will implement").
CLAUSE_VERBS = {"will", "would", "has", "have", "had", "is", "are", "was", "were", "plans"}
# "Nebius signed a contract with Microsoft, Oracle signed an agreement with OpenAI, and ASML
# invested in Mistral": finite verbs of the field's events, each opening a clause of its own
# after a comma and a name when the clause before has one too.
EVENT_VERBS = CLAUSE_VERBS | {
    "signed", "invested", "raised", "agreed", "announced", "struck", "inked", "bought",
    "acquired", "led", "secured", "committed", "unveiled", "launched", "won", "landed",
    "ordered", "closed", "completed", "said", "reported", "confirmed", "revealed", "disclosed",
}  # fmt: skip
# Auxiliaries that open a second predicate after "and" ("has signed a deal and has also been
# in talks"): a new clause for status.
SECOND_PREDICATE = {"has", "have", "had", "is", "was", "are", "were", "will", "would", "can",
                    "could", "may", "might", "should", "must"}  # fmt: skip
# Verbs of a party's intention that open a second predicate after "and" ("and aims to").
INTENTION_VERBS = {"aims", "plans", "intends", "hopes", "seeks", "wants", "expects"}
REPORTING_VERBS = {"said", "says", "told", "announced", "confirmed", "added"}
LIST_GLUE = {",", "and", "&", "+", "or", "(", ")", "as", "well", "including"}
NOT_A_DEAL_NOUN = {
    "fund",
    "funds",
    "vehicle",
    "arm",
    "manager",
    "house",
    "company",
    "advice",
    "goals",
    "goal",
    "bank",
    "banks",
    "banking",
    "firm",
    "firms",
    "strategy",
    "thesis",
    "requires",
    "decisions",
    "opportunity",
    "opportunities",
    "case",
    "cycle",
}
DEAL_WORDS = {"equity", "round", "deal", "funding", "raise", "company", "startup", "firm"}
ANALOGY = re.compile(r"\b(?:similar\s+to|like|unlike|as\s+with|just\s+as)\s*$")
GAPPED_FILLERS = {"up", "to", "about", "around", "nearly", "another", "an", "additional", "as",
                  "much", "roughly", "some", "almost", "more", "than", "over"}  # fmt: skip
# The second investor's own verb, with no company after it ("… in Mistral AI while Nvidia
# commits $2 billion"): the first clause's company is the one invested in.
OBJECTLESS_PUTTING = {"commits", "committed", "invests", "invested", "pledges", "pledged",
                      "puts", "put", "adds", "added", "contributes", "contributed"}  # fmt: skip
# Words between a verb and its amount ("raising at least $25 billion").
AMOUNT_HEDGES = GAPPED_FILLERS | {"at", "least", "a", "further"}
FUNDRAISING = ("rais*", "round", "rounds", "funding")
# "Blue Owl is also financing Meta's data center", "will finance Crusoe": funding words read as
# a verb only between a subject or auxiliary and a company (else a noun or a thing financed).
FUNDING_VERB_FORMS = {"finance", "finances", "financing", "funding"}
# The words between a sum taken in and its investor ("$10 billion in committed funding from").
FUNDS_FROM = {"in", "of", "committed", "new", "fresh", "equity", "funding", "financing",
              "investment", "investments", "capital", "from"}  # fmt: skip
# "Toyota provided $8.3m in funding for Preferred Networks": verbs of giving funding.
GIVING_VERBS = {"provided", "provides", "provide", "providing", "gave", "gives", "give",
                "extended", "extends", "offered", "offers", "granted", "grants"}  # fmt: skip
# "committed funding", "committed capital": the adjective, no verb of committing.
COMMITTED_NOUNS = {"funding", "capital", "investment", "investments", "equity", "financing"}
# "SoftBank, which put in around $500 million": verbs of a participant's own sum.
PUTTING_IN = {
    "put", "puts", "invested", "invests", "contributed", "contributes", "committed", "commits",
    "provided", "poured", "pumped", "injected", "chipped", "added", "shelled", "forked",
    "ponied", "plowed", "ploughed", "sank", "plunked",
}  # fmt: skip
# "Amazon committed $4 billion to Anthropic", "pledged": money committed to a company is
# invested in it.
COMMIT_VERBS = {"commit", "commits", "committed", "committing", "pledge", "pledges", "pledged",
                "pledging"}  # fmt: skip
# Verbs whose first object is granted a stake ("grants OpenAI warrants for a 10% stake").
GRANT_VERBS = ("grant*", "give", "gives", "gave", "giving", "issu*", "offer*", "award*")
# Verbs whose direct object is the company invested in ("Nvidia has backed Lambda").
BACKING_VERBS = {"backed", "backs", "back", "backing", "funded", "funds", "financed", "bankrolled",
                 "bankrolls", "bankroll", "bankrolling", "finance", "finances", "financing",
                 "funding"}  # fmt: skip
# Verbs whose subject means to put the chip that is their object to use ("IREN expects the
# GB300 processors to be deployed").
EXPECT_VERBS = {"expects", "expected", "expect", "plans", "planned", "plan", "wants", "want",
                "intends", "intend", "needs", "need", "hopes", "hope"}  # fmt: skip
# Words before a chip its user owns ("all its GPUs", "these GPUs").
CHIP_DETERMINERS = {"the", "its", "their", "these", "those", "some", "all", "a", "an"}
# Words between 'its' and a chip it owns ("its existing fleet of Nvidia GPUs").
POSSESSED_FILLERS = {
    "existing", "own", "current", "new", "latest", "fleet", "fleets", "cluster", "clusters",
    "of", "installed", "base", "growing", "vast", "huge", "large",
}  # fmt: skip
# Nouns of chips a company holds, after its name's possessive ("Hyundai's allotment of 50,000
# Blackwell GPUs", "Meta's fleet of H100s").
HELD_CHIP_NOUNS = {"allotment", "allocation", "share", "fleet", "fleets", "cluster", "clusters",
                   "stockpile", "inventory", "order", "orders", "purchase", "purchases",
                   "shipment", "shipments"}  # fmt: skip
# Verbs of building capacity for someone ("develop 10 gigawatts of infrastructure for X").
BUILD_VERBS = ("develop", "build", "deploy", "provide", "deliver", "supply", "bring")
# Nouns for who buys or uses a chip ("Meta is one of the largest buyers of Nvidia's GPUs").
CUSTOMER_NOUNS = (
    "customer", "customers", "buyer", "buyers", "purchaser", "purchasers", "user", "users",
)  # fmt: skip
CUSTOMERS_OR_CLIENTS = (*CUSTOMER_NOUNS, "client", "clients")
# Words that may stand between "stake" and "in" ("a stake of up to 10% in AMD").
STAKE_SIZE_WORDS = {
    "of", "up", "to", "about", "around", "roughly", "nearly", "almost", "some", "worth",
    "valued", "at", "per", "cent", "percent", "billion", "million", "a", "an",
}  # fmt: skip
# Words that may stand between a listed subject and its verb ("Nvidia and AMD also invested").
# Words between a subject and the verb they lead to: auxiliaries, adverbs of time and manner,
# and phrases of intent or negotiation ("SoftBank and Nvidia are in discussions to invest",
# "Meta intends to acquire").
VERB_CHAIN = {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "may", "might", "to", "also", "each", "both", "all", "jointly", "together", "too", "already",
    "previously", "reportedly", "recently", "officially", "later", "then", "first", "now",
    "plan", "plans", "planned", "planning", "intend", "intends", "intended", "aims", "aiming",
    "seeks", "seeking", "want", "wants", "hopes", "hoping", "expected", "set", "poised",
    "slated", "looking", "moving", "moved", "preparing", "agreed", "agrees", "in", "talks",
    "discussions", "negotiations", "advanced", "early", "final", "late-stage", "preliminary",
    "exclusive", "begun", "began", "begins", "started", "starts", "commit", "committed",
    "committing", "pledged", "pledging", "promised", "going", "ready", "willing", "prepared",
    "likely",
}  # fmt: skip
# Verb forms a list of subjects never takes ("a venture of A, B and C that plans to invest").
SINGULAR_VERBS = {"is", "was", "has", "plans", "intends", "aims", "seeks", "wants", "hopes",
                  "agrees"}  # fmt: skip
SUBJECT_TO_VERB = VERB_CHAIN | {
    "taken", "take", "took", "made", "make", "hold", "holds", "held", "acquired", "bought",
    "buy", "acquire", "a", "an", "new", "minority", "majority", "equity", "small", "large",
    "sizable", "sizeable", "announced", "announce", "unveiled", "joint", "combined", "receive",
    "receives", "received", "gain", "gains", "gained", "obtain", "obtains", "obtained",
}  # fmt: skip
# "A and B have joined other firms in backing X": the names before it are the verb's subjects.
JOINING_VERBS = {"joined", "join", "joins", "joining"}
# "potential customers such as LG": words that make a role one hoped for, not held.
HOPED_FOR = {"potential", "prospective", "possible", "would-be", "future", "target"}
# "Major investors in Zhipu AI include …": who holds the company, not who joined the round told
# before.
STANDING_BACKERS = re.compile(
    r"\b(?:investors|backers|shareholders)\s+(?:in|of)\s+"
    r"(?!the\s+(?:round|raise|funding|financing|deal|investment)\b)"
)
# "a startup backed by Alibaba": participles that describe a company by who funds it.
BACKING_PARTICIPLES = {"backed", "funded", "financed", "supported", "owned", "bankrolled"}
# A party's own word in a sentence: what it says is announced, whatever reported it before.
PARTY_SAYS = re.compile(
    r"\b(?:said|says|announced|announces|announcing|confirmed|confirms|disclosed|unveiled|"
    r"statement|press release|blog post|website)\b"
)
# "to license Groq's chip technology": what a licence is for.
LICENSED_THINGS = {"technology", "technologies", "tech", "ip", "patents", "designs", "design",
                   "architecture", "intellectual"}  # fmt: skip
# "sold small stakes to companies like Nvidia": words between "to" and the buyers named.
BUYER_KIND_WORDS = {"companies", "firms", "investors", "groups", "partners", "strategic",
                    "backers", "like", "such", "as", "including", "the", "a", "an", "several",
                    "tech", "technology", "big", "major", "existing", "new"}  # fmt: skip
# The registry's makers of servers and racks: what is bought from them is hardware, not compute.
SERVER_MAKER_IDS = frozenset(
    {"dell", "supermicro", "hpe", "lenovo", "foxconn", "quanta", "wistron", "inventec", "celestica"}
)
# A foundry's process, lower case, as the two words before a noun ("3 nm", "18 a") or one
# ("the 18a"): its customers buy wafers.
PROCESS_NODE_WORD = re.compile(r"(?:[a-z]+|^)\d{1,2}(?:nm|a)")
# "invested $5 billion in Anthropic, along with Nvidia": words that name a fellow investor.
ACCOMPANYING_WORDS = {"alongside"}
ACCOMPANYING_BEFORE_WITH = {"along", "together"}
# "Vantage is part-owned by DigitalBridge", "the PIF-owned Humain": the owner invests.
OWNED_PARTICIPLES = ("owned", "controlled", "founded", "co-founded", "cofounded", "established")
# Words between an owned company and its participle: how much, and since when.
OWNED_LINKS = {
    "is", "was", "are", "were", "has", "have", "had", "been", "being", "which", "that", ",",
    "now", "currently", "also", "still", "partly", "partially", "wholly", "jointly", "majority",
    "minority", "part", "fully", "largely", "mostly", "indirectly", "ultimately", "-", "co", "%",
    "percent", "per", "cent", "about", "roughly", "around", "nearly", "some", "almost",
}  # fmt: skip
# "Blackstone owns QTS", "SoftBank, which controls Arm": one company owning another.
OWNING_VERBS = ("owns", "controls")
OWNER_LINKS = {",", "which", "that", "also", "now", "still", "already", "effectively"}
# "Samsung, SK Group and Hyundai plan to each introduce 50,000 GPUs": adverbs between a listed
# subject and its verb.
SHARING_ADVERBS = {"each", "jointly", "together", "also"}
# "Participants included Sequoia and Vy Capital": the names after it are the verb's objects.
LISTING_VERBS = {"included", "include", "includes", "comprised", "featured", "were", "are"}
# "warrants to acquire 41 million shares of TeraWulf", "bought $2 billion of stock in Intel".
SHARE_WORDS = {"shares", "stock", "equity"}
ACQUIRE_WORDS = (
    "acquir*", "buy", "buys", "bought", "buying", "purchas*", "receiv*", "take", "takes", "took",
    "taking", "hold", "holds", "held", "holder", "holders", "own", "owns", "owned", "warrant*",
)  # fmt: skip
# Verbs of taking in a sum, which name an investment only with the sum and "from" the investor
# ("secured $1.7 billion from ASML", "has received up to six billion dollars from Google").
SECURE_WORDS = ("secured", "secures", "securing", "received", "receives", "receiving", "obtained",
                "attracted", "got", "gets", "getting", "drew", "draws",
                *HEADLINE_GETTING_VERBS)  # fmt: skip
# What a company secures that is not money put into it ("secured $10 billion of capacity").
NOT_FUNDS = {
    "capacity", "compute", "computing", "chips", "gpus", "contract", "contracts", "deal", "deals",
    "order", "orders", "credits", "power", "servers", "access", "supply", "loan", "loans", "debt",
}  # fmt: skip
# "their investment", "his stake": owned by someone who is not an organisation named here.
OTHER_OWNERS = {"their", "his", "her", "our", "your", "my"}
# Verbs of handing goods over: chips shipped or sold by their own designer are the buyer's use.
SENDING_VERBS = {"send", "sends", "sending", "sent"}  # what is sent follows the verb
HANDOVER_VERBS = (
    "ship", "ships", "shipping", "shipped", *DELIVER_FORMS, "sell", "sells", "selling", "sold",
    *sorted(SENDING_VERBS),
)  # fmt: skip
# "to furnish Ooredoo's datacenters with thousands of GPUs": supplying, the receiver first.
FURNISH_VERBS = ("furnish", "furnishes", "furnished", "furnishing")
# Nouns of goods handed over ("the export of Nvidia processors to G42"): the receiver uses them.
HANDOVER_NOUNS = ("export", "exports", "shipment", "shipments", "sale", "sales", "delivery",
                  "deliveries")  # fmt: skip
# Participles of chips sent to someone ("have been diverted to xAI"): the receiver uses them.
SENT_PARTICIPLES = {"diverted", "shipped", "sent", "delivered", "allocated", "redirected", "sold",
                    "supplied", "exported", "rerouted"}  # fmt: skip
# "50,000 GPUs each will go to Samsung": chips that go to a company are sent to it.
GOING = {"go", "goes", "went"}
SENDING_WORDS = SENT_PARTICIPLES | GOING
# "Trainium has won over Anthropic, OpenAI and Apple": a chip's verbs of winning its users.
WINNING_OVER = ("won", "wins", "winning", "lured", "lures", "luring")
WON_OVER_FILLERS = {"“", "”", '"', "also"}  # 'has “won over”', 'has also won over'
# The words before the first of the companies chips are sent to or win over ("to both A and B").
RECEIVER_OPENERS = {"the", "both"} | WON_OVER_FILLERS
# "buying Nvidia chips and renting them out to OpenAI": verbs of passing chips on to customers.
RENTING_OUT = ("rent*", "leas*", "sell*", "resell*", "sold", "resold")
# "Meta's reliance on Nvidia's chips": what an organisation relies on, it uses.
RELIANCE_NOUNS = ("reliance", "dependence", "dependency")
# What a company builds that the chips after it are built into ("an AI hub powered by …").
BUILT_SITES = {
    "supercomputer", "supercomputers", "cluster", "clusters", "center", "centers", "centre",
    "centres", "datacenter", "datacenters", "factory", "factories", "hub", "hubs", "facility",
    "facilities", "campus", "campuses", "infrastructure", "system", "systems", "computer",
    "supercluster", "superclusters", "fleet", "fleets",
}  # fmt: skip
# Verbs of making such a site, and the words that join the site to its chips.
SITE_MAKING = ("build*", "develop*", "construct*", "establish*", "creat*", "launch*", "set",
               "sets", "open*", "deploy*", "operat*", "stand", "stands", "standing", "stood",
               "activat*", "brought", "bring*",
               "switch*", "unveil*", "complet*", "power", "powers", "powering", "equip*",
               "outfit*")  # fmt: skip
BUILT_WITH = {("using",), ("powered", "by"), ("equipped", "with"), ("featuring",),
              ("packed", "with"), ("based", "on"), ("built", "on"), ("running",), ("with",),
              ("built", "with"), ("driven", "by"), ("fitted", "with"), ("housing",),
              ("to", "house"), ("hosting",), ("to", "host"), ("consisting", "of"),
              ("comprising",), ("comprised", "of"), ("made", "up", "of"), ("containing",),
              ("that", "will", "use"), ("which", "will", "use"), ("of",),
              *((relative, *verb) for relative in ("that", "which")
                for verb in (("will", "house"), ("will", "host"), ("houses",), ("hosts",),
                             ("aims", "to", "house"), ("aims", "to", "host"),
                             ("is", "expected", "to", "house"), ("is", "expected", "to", "host"),
                             ("will", "eventually", "house"), ("will", "eventually", "host")))
}  # fmt: skip
# "Cerebras' chips will be deployed within AWS data centers": chips placed in a company's sites
PLACED_PARTICIPLES = {"deployed", "installed", "housed", "hosted", "placed", "located", "used",
                      "utilized", "utilised", "employed"}  # fmt: skip
PASSIVE_BE = {"be", "been", "being", "is", "are", "was", "were"}
# The copula before a participle of taking part ("were involved in the round").
BARE_COPULAS = frozenset(PASSIVE_BE - {"be", "being"})
PLACED_AT = {"in", "at", "within", "inside", "across", "into"}
# Participles of an aside naming who runs a site ("The cluster, operated by CoreWeave, …").
SITE_OPERATED = {"operated", "run", "owned", "built", "developed", "managed"}
# Words between a company's site and its chips that say the site runs them ("Oracle's
# supercluster project is powered by Nvidia chips", "the xAI supercluster, which has 100,000
# Nvidia chips"): the verbs, and the words allowed around them.
SITE_RUNS_VERBS = {
    "powered", "uses", "use", "utilizes", "utilises", "runs", "run", "houses", "house",
    "features", "contains", "comprises", "consists", "has", "have", "hosts", "host", "equipped",
    "based", "packed", "built", "includes", "include", "including", "featuring", "housing",
    "containing", "running", "using",
}  # fmt: skip
SITE_OWNER_TYPES = {"Lab", "CloudProvider"}  # named before a site noun: whose site it is
SITE_RUNS_FILLERS = {
    ",", "which", "that", "is", "was", "are", "will", "be", "currently", "now", "already",
    "by", "on", "of", "with", "more", "than", "over", "about", "up", "to", "nearly", "some",
    "around", "approximately", "roughly", "initially", "reportedly", "also", "project",
    "projects", "expansion", "site", "thousand", "million", "tens", "hundreds", "thousands",
    "'s", "’s", "platform", "architecture", "specifically", "namely", "the", "in",
}  # fmt: skip
BUILT_WITH_FIRST = {phrase[0] for phrase in BUILT_WITH}
# What a sum invested "to" do buys or builds ("invest $40 billion to purchase chips"): spending.
SPENDING_VERBS = ("purchas*", "buy", "build", "construct", "expand", "acquire", "develop",
                  "upgrade", "deploy")  # fmt: skip
# Words between a company and its verb of raising ("Mistral, may have just raised").
AUXILIARY_ADVERBS = {"just", "already", "reportedly", "finally", "officially", "quietly", "been"}
# "its compute relationships with AWS and Google Cloud": a relationship is a deal only when a
# word of compute says what it is about (these words before a singular provider noun too).
RELATIONSHIP_NOUNS = ("relationship", "relationships")
DEAL_TOPIC_WORDS = {"cloud", "compute", "computing", "training", "infrastructure", "capacity"}
STRONG_COMMIT = (
    *RELATIONSHIP_NOUNS,
    "provider",
    "providers",
    "supplier",
    "suppliers",
    "platform",
    "partner",
    "partners",
    "add-on",
    "expansion",
    "extension",
    "top-up",
    "commit*",
    "agreement*",
    "deal",
    "deals",
    "contract*",
    "partnership*",
    "pact",
    "pacts",
    "memorandum",
    "mou",
    "order",
    "orders",
    "rent*",
    "lease*",
    "leasing",
    "secur*",
    "locked",
    "locks",
    "locking",
    "supply",
    "supplies",
    "supplied",
    "supplying",
    "provide",
    "provides",
    "provided",
    "providing",
    *HANDOVER_VERBS,
    *FURNISH_VERBS,
)
