"""The tables of the relation rules (clauses, investments, commitments, uses, chips); those of
funding rounds, discovery and references are in ``rounds``."""

from __future__ import annotations

import re

from kg.extract.patterns.cues import DELIVER_FORMS

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
                          "having"}  # fmt: skip
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
    "provided", "poured", "pumped", "injected", "chipped", "added",
}  # fmt: skip
# "Amazon committed $4 billion to Anthropic", "pledged": money committed to a company is
# invested in it.
COMMIT_VERBS = {"commit", "commits", "committed", "committing", "pledge", "pledges", "pledged",
                "pledging"}  # fmt: skip
# Verbs whose first object is granted a stake ("grants OpenAI warrants for a 10% stake").
GRANT_VERBS = ("grant*", "give", "gives", "gave", "giving", "issu*", "offer*", "award*")
# Verbs whose direct object is the company invested in ("Nvidia has backed Lambda").
BACKING_VERBS = {"backed", "backs", "back", "backing", "funded", "funds", "financed", "bankrolled",
                 "bankrolls", "bankroll", "bankrolling"}  # fmt: skip
# Past participles not in -ed that take an agent with 'by' ("led by", "run by", "owned by").
IRREGULAR_PARTICIPLES = {"led", "run", "held", "built", "made", "driven", "taken", "known",
                         "founded", "overseen", "chosen", "seen", "shown", "written"}  # fmt: skip
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
# Verbs of building capacity for someone ("develop 10 gigawatts of infrastructure for X").
BUILD_VERBS = ("develop", "build", "deploy", "provide", "deliver", "supply", "bring")
# Nouns for who buys or uses a chip ("Meta is one of the largest buyers of Nvidia's GPUs").
CUSTOMER_NOUNS = (
    "customer", "customers", "buyer", "buyers", "purchaser", "purchasers", "user", "users",
)  # fmt: skip
CUSTOMERS_OR_CLIENTS = (*CUSTOMER_NOUNS, "clients")
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
    "exclusive", "begun", "began", "begins", "started", "starts",
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
OWNED_PARTICIPLES = ("owned", "controlled")
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
                "attracted", "got", "gets", "getting", "drew", "draws")  # fmt: skip
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
               "sets", "open*", "deploy*", "operat*", "stand", "activat*", "brought", "bring*",
               "switch*", "unveil*", "complet*")  # fmt: skip
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
# Verbs of building a site whose subject owns it ("Sharon AI will build a data center that …").
SITE_BUILDING_VERBS = {"build", "builds", "building", "built", "construct", "constructs",
                       "constructing", "constructed", "open", "opens", "opened", "opening",
                       "develop", "develops", "developing", "developed"}  # fmt: skip
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
    "add-on",
    "add‑on",
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
PAY_FORMS = ("pay", "pays", "paying", "paid")  # (not "paid off": an idiom of success)
BUY_WORDS = (
    *PAY_FORMS,
    "buy",
    "buys",
    "buying",
    "bought",
    "purchas*",
    "spend*",
    "deploy*",
    "access",
    "use",
    "uses",
    "using",
    "utiliz*",
    "tap*",
    "run*",
    "leverag*",
)
# A buyer's verbs with renting ("CoreWeave leases capacity from", "has contracted 500 MW
# from"), and with securing it.
BUY_OR_RENT_WORDS = (*BUY_WORDS, "rent*", "lease*", "leasing", "contracted")
BUY_RENT_OR_SECURE_WORDS = (*BUY_OR_RENT_WORDS, "secur*")
# ("Jane Street trains its models on CoreWeave clusters": who trains on a cloud buys from it)
BUY_RENT_SECURE_OR_TRAIN_WORDS = (
    *BUY_RENT_OR_SECURE_WORDS, "train", "trains", "trained", "training",
)  # fmt: skip
# The cues of a compute commitment: the provider's role or a verb of paying for or using.
# "in talks with CoreWeave about additional capacity": talks about compute are a deal in talks.
TALK_WORDS = {"talks", "negotiations", "negotiating", "discussions"}
# A cloud that hosts a company's work sells it compute ("Fluidstack will host Anthropic's
# workloads").
# "from Nvidia partner Crusoe", "via Microsoft-backed startup Zentrix": a title between the
# name it relates to and the one it names.
PARTNER_TITLES = {"partner", "affiliate", "subsidiary", "unit", "backer", "customer", "supplier"}
WORK_HOSTING_VERBS = ("host", "hosts", "hosting", "run", "runs", "running")
# "CoreWeave will build a 100,000-GPU cluster for OpenAI": a cloud that builds, deploys or hosts
# compute for a company sells it that compute.
BUILT_FOR_VERBS = ("build", "builds", "building", "built", "deploy", "deploys", "deploying",
                   "deployed", "host", "hosts", "hosting", "construct", "constructs",
                   "constructing", "install", "installs", "installing", "operate", "operates",
                   "operating")  # fmt: skip
# "supplying NVIDIA infrastructure": nouns of compute hardware a maker's name may qualify.
COMPUTE_HARDWARE = {"gpus", "gpu", "chips", "servers", "systems", "capacity", "compute",
                    "infrastructure", "racks", "accelerators"}  # fmt: skip
HOSTED_WORK = {"workloads", "workload", "models", "training", "inference", "clusters", "cluster",
               "compute", "supercomputer"}  # fmt: skip
# Other words between a supplier and 'to supply' ("is in advanced talks to", "has agreed to").
ABOUT_TO_WORDS = {"in", "advanced", "early", "late-stage", "agreed", "reportedly", "be", "been"}
# "talks with Google over a multibillion dollar worth of computing power": what the talks are
# about, past the words that size it, and not past a round's or a stake's words.
TALKS_ABOUT_CAPACITY = re.compile(
    r"(?:with\s+)?(?:\S+\s+){1,4}?(?:about|for|over|on)\s+"
    r"(?:(?!(?:round|funding|stake|shares|investment|raise)\b)\S+\s+){0,6}?"
    r"(?:capacity|compute|computing|servers|gpus|cloud\s+services)\b"
)
COMMITMENT_CUES = STRONG_COMMIT + BUY_WORDS + tuple(sorted(TALK_WORDS))
CAPACITY_NOUNS = {
    "compute",
    "capacity",
    "cloud",
    "infrastructure",
    "servers",
    "server",
    "computing",
    "data",
    "gpu",
    "gpus",
    "chips",
    "technologies",
    "services",
    "systems",
    "platform",
}
# Words in the name of a cloud service, not of a company ("buy Oracle Cloud Infrastructure").
CLOUD_SERVICE_WORDS = ("Cloud", "Azure", "Web Services", "AWS", "OCI", "GCP")
# Objects of a verb of buying that are compute, not chips ("unused GPU capacity").
COMPUTE_OBJECTS = {"capacity", "compute", "computing", "services", "cloud", "access",
                   "inventory", "hours", "instances", "time"}  # fmt: skip
PURCHASE_WORDS = ("buy", "buys", "buying", "bought", "purchas*", "order*", "procur*")
PURCHASE_OR_ACQUIRE_WORDS = (*PURCHASE_WORDS, "acquir*")
# "OpenAI will purchase up to 750 megawatts of capacity": verbs of taking capacity on.
CAPACITY_TAKING = (*PURCHASE_WORDS, "rent*", "lease*", "spend*", "secur*", "pay", "pays", "paying")
# A figure forecast rather than agreed ("demand is expected to surge in excess of 3 GW"): it
# is no deal's size.
FORECAST_BEFORE = re.compile(
    r"(?=[aceflps])\b(?:(?:expected|projected|anticipated|estimated|forecast|set|likely)\s+to\s+(?:surge|"
    r"reach|grow|rise|exceed|top|hit|climb|double|triple|increase|balloon|soar|jump)|"
    r"forecasts?|forecasted|could\s+reach)(?:\s+\S+){0,5}\s*$",
    re.IGNORECASE,
)
# A deal noun inside the attribution of a report ("people familiar with the deal said").
SOURCE_OF_REPORT = re.compile(
    r"(?=[bfk])\b(?:briefed\s+on|familiar\s+with|knowledge\s+of)"
    r"(?:\s+(?:the|a|an|this|that))?\s*$",
    re.IGNORECASE,
)
# Words that make an amount the first part of a deal, and words that give the whole of it.
PART_WORDS = frozenset({"initial", "first", "upfront", "up-front", "opening"})
GROWTH_VERBS = {"grow", "rise", "increase", "expand", "climb", "reach"}
WHOLE_WORDS = frozenset({"grow", "total", "totaling", "totalling", "deal", "all", "overall"})
POSSESSIVES = {"its", "their", "his", "her", "our"}
# A contract word used as a modifier of debts, not a deal ("lease obligations").
OBLIGATION_NOUNS = {"obligations", "obligation", "payments", "liabilities", "guarantees"}
DEAL_NOUNS = ("partnership*", "deal", "deals", "agreement*", "contract*", "pact", "pacts")
# "a commitment from OpenAI", "orders from Anthropic": nouns of what a buyer places with a seller.
ORDERING_NOUNS = ("commitment*", "order", "orders")
DEAL_OR_ORDER_NOUNS = (*DEAL_NOUNS, *ORDERING_NOUNS)
DEAL_OR_PARTY_NOUNS = (*DEAL_NOUNS, "provider", "supplier", "partner")  # "its cloud provider"
# Verbs of concluding such a deal ("IREN signed a contract to provide Nvidia with capacity").
SIGNING_VERBS = ("sign*", "ink*", "struck", "strikes", "entered", "enters", "won", "wins",
                 "secured", "clinched", "landed", "agreed", "reached", "reaches", "finali*",
                 "sealed", "seals", "forged", "forges", "closed", "completed")  # fmt: skip
WEAK_COMMIT = ("deploy*", "access", "use", "uses", "using", "utiliz*", "tap*", "run*", "leverag*")
# Words that may open a sentence before its fronted participle ("By securing 20,000 GPUs, …").
FRONTED_PARTICIPLE_OPENERS = {"by", "after", "while", "through", "upon", "since", "when"}
# What a company takes from a cloud when it uses one ("uses cloud services from Microsoft").
SERVICES_TAKEN = {"services", "service", "capacity", "compute", "resources", "infrastructure"}
# Words between a tenant and its noun ("OpenAI and Oracle as tenants", "X will serve as the
# anchor tenant", "X is the anchor tenant").
TENANT_LINKS = {
    "as", "its", "the", "an", "a", "anchor", "first", "main", "primary", "sole", "lead", "key",
    "is", "was", "will", "be", "serve", "serves", "become", "becomes", "became", "named",
    "signed", "on", "and", ",", "set", "to", "act", "acts", "acting", "“", "”", '"',
}  # fmt: skip
# Facilities whose owner receives the chips supplied to them ("to power Reliance's data center").
# "to host CoreWeave's GPUs": whose equipment a site is built or powered for.
HOSTING_VERBS = {"host", "house", "support", "serve", "run"}
FACILITY_NOUNS = {"center", "centre", "centers", "centres", "datacenter", "datacenters", "campus",
                  "site", "facility", "cluster", "supercomputer", "factory"}  # fmt: skip
SUPPLY_VERBS = ("supply", "supplies", "supplying", "supplied", "provide", "provides", "providing",
                "provided")  # fmt: skip
SUPPLY_VERBS += HANDOVER_VERBS + FURNISH_VERBS
SELF_USE = re.compile(
    r"\b(?:internal(?:ly)?|in\s+production|deployed\s+in(?!\s+(?:the\s+)?(?:first|second|"
    r"third|fourth|latter|early|late|mid|coming|next|(?:19|20)\d\d|q[1-4]|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b)|"
    r"its\s+(?:own\s+)?(?:data\s?cent|fleet)|"
    # the chip itself put to work: "is entering datacenter deployment", "targeted for mass
    # deployment", "already in production"
    r"(?:entering|enters|entered|for|into)\s+(?:\S+\s+){0,2}?deployment\b|"
    r"runs\s+in|running\s+in|"
    # its own models trained on them: "Huawei had trained its Pangu model on Ascend chips",
    # "Gemini is Google's largest model and it was trained using TPUs"
    r"trained\s+(?:its|their)\b|trained\s+(?:on|using|with)\b|"
    # its sites run them: "powered by its Ascend chipsets", "will feature 512 of its CS-3"
    r"(?:powered\s+by|feature|features|featuring)\s+(?:\S+\s+){0,3}?its\b|"
    # a count of them put to work: "Microsoft deployed 200,000 Maia chips", "installed only
    # about 200,000 of its Maia chips", "has deployed hundreds of thousands of MTIA chips"
    r"(?:deploy(?:ed|s|ing)?|install(?:ed|s|ing)?)\s+(?:(?:only|about|around|roughly|nearly|"
    r"some|over|more\s+than|almost)\s+)*(?:\d[\d.,]*\s*(?:million|thousand|k)?|"
    r"(?:hundreds|tens)\s+of\s+thousands|millions|thousands)\b|"
    # "Meta expects to develop and deploy up to four new generations of MTIA chips"
    r"deploy(?:ed|s|ing)?\s+(?:\S+\s+){0,4}?generations?\s+of\b|"
    # "Baidu has completed the deployment of a 30,000-card Kunlun P800 cluster"
    r"(?:deploy(?:ed|s|ing)?|deployment\s+of|brought\s+online|switched\s+on|activat(?:ed|es|ing)|"
    r"activation\s+of)\s+(?:\S+\s+){0,6}?"
    r"(?:cluster|clusters|supercomputer|supercomputers)\b)"
)
DEAL_PHASE = re.compile(
    r"\bthe\s+(?:first|initial|second)\s+(?:phase|gigawatt|stage|deployment)|"
    r"\bthe\s+(?:deal|agreement|partnership|deployment|project)\b"
)
CO_DESIGN = re.compile(r"(?:co-?develop|co-?design|design|develop|built\s+with|jointly)", re.I)
CO_DESIGN_STEMS = ("develop", "design", "built", "jointly")  # one of which each match holds
# "co-designed with Broadcom", "jointly developed with", "designed by": its designers follow.
DESIGN_VERBS = ("designed", "co-designed", "codesigned", "developed", "co-developed")
MAKE_VERBS = ("fabricat*", "manufactur*", "produc*", "built", "build*", "made", "make*", "making",
              "fabbed", "fabs")  # fmt: skip
# Nouns of a product of its own in a sentence of making that names no chip ("the mobile
# processor will also be built on Samsung's 2nm process"): not the article's chip.
OTHER_PRODUCT_NOUNS = {"processor", "processors", "soc", "socs", "phone", "phones", "smartphone",
                       "smartphones", "cpu", "cpus", "modem", "modems", "memory", "dram",
                       "hbm"}  # fmt: skip
# "depend on TSMC's foundry": the verbs before a foundry whose plants make the chips.
DEPENDING_VERBS = ("depend*", "rel*", "lean*", "turn*")
FOUNDRY_PLANT_NOUNS = {"foundry", "foundries", "fabs", "fab", "factories", "plants"}
# "uses TSMC for manufacturing": a foundry named for its making.
FOUNDRY_USED_FOR = (["for", "manufacturing"], ["for", "production"], ["for", "fabrication"])
# ", which", "—which": the opening of a relative clause set off after a name.
RELATIVE_OPENINGS = [[mark, word] for mark in (",", "—", "–") for word in ("which", "that")]
# "Groq relies on Samsung as its foundry partner", "its manufacturing partner TSMC".
FOUNDRY_ROLE = (["foundry", "partner"], ["manufacturing", "partner"], ["contract", "manufacturer"],
                ["chip", "manufacturer"], ["foundry", "for"])  # fmt: skip
# What a foundry does for a designer's chips besides making them ("TSMC is handling Tesla's AI5
# chips", "Samsung supplies Tesla's AI4 chips").
FOUNDRY_SERVICES = ("handles", "handled", "handling", "supplies", "supplied", "supplying", "fabs",
                    "fabbed", "fabbing")  # fmt: skip
MAKE_OR_SERVICE_VERBS = MAKE_VERBS + FOUNDRY_SERVICES
# The cue words of the rules that read a noun or verb of their own, named here so that the gates
# of ``kg.extract.gates`` read the same table as the rule.
# "counts Anthropic as a cloud client": words that say what kind of customer.
CLOUD_CUSTOMER_QUALIFIERS = {"cloud", "computing", "compute", "infrastructure"}
CLOUD_CUSTOMER_NOUNS = ("customer", "customers", "client", "clients", "users")  # "of Azure"
# "Microsoft accounted for 62% of its revenue": a customer's share of a cloud's revenue.
REVENUE_NOUNS = ("revenue", "revenues", "sales", "turnover")
SHARE_VERBS = {"accounted", "accounts", "account", "contributed", "contributes", "represented",
               "represents", "generated", "generates", "made", "makes", "comprised",
               "drove"}  # fmt: skip
SHARE_HEDGES = {"roughly", "about", "around", "nearly", "almost", "some", "over", "than", "more",
                "up", "approximately", "just", "an", "estimated", "for"}  # fmt: skip
# "Nebius signed up Cursor and Mistral as customers", "after securing INF Tech as a client".
SIGNING_UP_VERBS = {"signed", "signs", "signing", "secured", "secures", "securing", "landed",
                    "lands", "landing", "added", "adds", "adding", "won", "wins", "winning",
                    "onboarded", "attracted", "attracts"}  # fmt: skip
# The nouns of a provider's role ("its cloud provider"), and those of them a buyer's roster of
# providers names in the plural ("its roster of computing suppliers").
SINGULAR_PROVIDER_NOUNS = {"provider", "supplier", "partner"}
PROVIDER_NOUNS = SINGULAR_PROVIDER_NOUNS | {"providers", "suppliers"}
# "OpenAI added Google Cloud as a supplier", "picked Oracle as its cloud provider": verbs of a
# buyer taking a company on as its provider.
TAKING_ON_PROVIDER = {"added", "adds", "adding", "named", "names", "picked", "picks", "chose",
                      "chooses", "choosing", "selected", "selects", "selecting", "tapped",
                      "taps", "brought", "enlisted", "enlists"}  # fmt: skip
# "added Oracle to its list of compute suppliers": a buyer's list of its providers.
PROVIDER_ROSTERS = {"roster", "list", "lineup", "line-up", "stable", "group", "set", "number"}
PROVIDER_QUALIFIERS = {"a", "an", "its", "their", "the", "new", "second", "another", "additional",
                       "primary", "main", "key", "cloud", "compute", "computing", "infrastructure",
                       "capacity", "preferred", "strategic", "exclusive", "principal",
                       "major", "largest", "biggest"}  # fmt: skip
# "Nebius serves AI startups such as Cursor and Mistral": a cloud's customers.
SERVING_VERBS = ("serves", "serve", "served", "serving")
# "A consortium comprising Nvidia, Microsoft and xAI": a group whose members act together.
BUYING_GROUPS = {"consortium", "coalition", "group", "alliance", "syndicate"}
GROUP_MEMBERS_BEFORE = {"comprising", "including", "of", "led", "that", "made"}
# "with OpenAI and Oracle as tenants", "OpenAI will act as an off-taker"; an anchor customer too
TENANT_NOUNS = ("tenant", "tenants", "offtaker", "offtakers", "off-taker", "off-takers")
# Verbs of using a site, with the words that join them to it ("will all tap into the facility").
SITE_USE_VERBS = {
    "use", "uses", "using", "used", "tap", "taps", "tapping", "tapped", "rent", "rents",
    "renting", "rented", "lease", "leases", "leasing", "leased", "train", "trains", "training",
    "trained", "run", "runs", "running", "utilize", "utilizes", "utilizing", "utilise",
    "utilises", "utilising",
}  # fmt: skip
SET_ASIDE = {"dedicated", "devoted", "reserved"}  # "The center is devoted to Anthropic"
SITE_USE_JOINS = {"into", "on", "in", "at", "space", "capacity", "compute", "of", "models",
                  "workloads", "services"}  # fmt: skip
SITE_USER_FILLERS = {"will", "would", "all", "also", "both", "each", "can", "could", "to", "plan",
                     "plans", "are", "is", "set", "expected", "intending", "intends",
                     "planning"}  # fmt: skip
VENTURE_NOUNS = ("venture", "ventures")  # "a joint venture of Humain and AMD"
PORTFOLIO_NOUNS = ("portfolio",)  # "another Nvidia portfolio company"
INVESTED_IN_VERBS = ("invested", "invests", "investing", "backed")  # "invested in 59 startups"
# Roles a company is listed in before its role of investor ("Nvidia is a buyer, supplier, and
# a Lambda shareholder").
OTHER_ROLES = {"buyer", "supplier", "customer", "partner", "vendor", "lender", "landlord",
               "tenant", "provider", "competitor", "rival"}  # fmt: skip
# "Goldman Sachs provided a $300 million loan to Crusoe": verbs of lending, the debt they
# lend, and the words of a guarantee (a backstop lends nothing).
LENDING_VERBS = ("provid*", "extend*", "grant*", "gave", "give*", "arrang*", "structur*",
                 "offer*", "lent", "lend*", "underwrit*")  # fmt: skip
DEBT_NOUNS = {"loan", "loans", "debt", "credit", "financing", "facility", "bonds", "notes"}
GUARANTEE_WORDS = {"guarantee", "guarantees", "guaranteed", "backstop", "backstops",
                   "collateral"}  # fmt: skip
# "bringing that total contract to $22.4 billion": verbs that carry a deal's sum to a new total
# (the deal told already, not another).
RUNNING_TOTAL_VERBS = ("bring*", "brought", "taking", "takes", "took", "lift*", "rais*", "push*",
                       "boost*")  # fmt: skip
# "an extension of its Google contract": nouns of a deal grown, a deal only when what grows is
# a deal or compute (not "an extension of its Google business").
GROWTH_NOUNS = {"expansion", "extension", "top-up", "add-on", "add‑on"}
# "widening its chip supply", "the power supply": words before "supply" that make it a noun.
SUPPLY_NOUN_MARKS = {"the", "a", "an", "its", "their", "our", "'s", "’s", "chip", "gpu",
                     "power", "compute", "energy", "global", "tight", "limited"}  # fmt: skip
# "Google's backstop agreement", "a loan agreement": words before a deal noun that make it one
# of money lent or guaranteed, not of compute sold.
MONEY_DEAL_WORDS = GUARANTEE_WORDS | {"loan", "credit", "financing", "debt", "lending"}
# "the Lidl owner Schwarz Group": nouns after a name that say whose owner the next name is.
OWNER_NOUNS = {"owner", "parent"}
# "with Magnetar also reportedly in talks to invest": words between a name after "with" and
# its verb of investing.
ABSOLUTE_FILLERS = {"also", "reportedly", "in", "talks", "to", "expected", "set", "likely",
                    "poised", "planning", "said", "due", "looking", "seeking", "preparing",
                    "discussions"}  # fmt: skip
# Adverbs a sentence may open on before its participle phrase ("Already backed by A, B …").
OPENING_ADVERBS = {"already", "also", "long", "once", "both"}
# "signed investment agreements with three chip companies, namely A, B and C"
INVESTMENT_AGREEMENTS = ("agreement", "agreements", "deal", "deals")
INVESTED_IN_CUES = (*INVESTED_IN_VERBS, *INVESTMENT_AGREEMENTS)
# What opens the examples or the members of a counted group of investees.
EXAMPLE_OPENERS = {"including", "like", "namely", ":", "—", "–"}
PARTNERED_FORMS = (
    "partnered",
    "partners",
    "partnering",
)  # "has partnered with Oracle Cloud to train"
# "Cohere is partnering with CoreWeave to build this facility": building a site with a cloud.
SITE_BUILDING_VERBS = {"build", "develop", "construct"}
# "Google is partnering with MediaTek to develop its next TPU", "worked with Broadcom on".
PARTNERING_VERBS = ("partnered", "partnering", "partners", "worked", "working", "teamed",
                    "teaming", "collaborating", "collaborated")  # fmt: skip
DEVELOPING_VERBS = ("develop*", "co-develop*", "design*", "co-design*", "build", "create")
# The word before 'interest' when it means a stake ("a 20% interest in X").
SIZED_INTEREST = [[w] for w in ("%", "percent", "cent", "controlling", "minority", "majority",
                                "equity", "ownership")]  # fmt: skip
# Words between a chip's name and its verb ("the Maia chip lineup powers").
CHIP_NOUN_TAIL = {
    "chip", "chips", "lineup", "family", "accelerators", "accelerator", "gpus", "gpu",
    "processors", "series", "now", "already", "also", "will", "currently",
}  # fmt: skip
# What may stand between offered chips and 'to' ("TPUs (TPUs)—to Anthropic").
OFFERED_TO_GAP = {"(", ")", "—", "–", "-", ",", "chips", "gpus", "accelerators", "systems"}
# Hearsay between a company and 'valued' ("SSI, which sources said was recently valued").
VALUED_HEARSAY = {"sources", "people", "said", "say", "says", "reportedly", "recently"}
# Active verbs of designing whose subject designs the chip that follows ("Alchip is designing
# the Trainium 3 chip for Amazon"), and verbs of choosing a partner for a chip ("Amazon tapped
# Marvell for its Trainium chips").
DESIGNING_FORMS = ("designing", "designs", "design", "co-designing", "co-designs")
CHOOSING_FOR = ("tapped", "taps", "chose", "chooses", "selected", "selects", "picked", "picks",
                "enlisted", "enlists", "hired", "hires")  # fmt: skip

# ---- tables of round sixteen's rules ----
# "Microsoft was the first cloud to offer …": the kind the first of which a cloud was.
# Kinds of cloud company named among a list of customers ("and smaller cloud providers").
CLOUD_KIND_NOUNS = {"cloud", "clouds", "hyperscaler", "hyperscalers", "neocloud", "neoclouds"}
FIRST_OF_KIND = {"cloud", "company", "provider", "hyperscaler", "neocloud", "one"}
# "Early anchor customers are already named: …": words between a customer noun and its list.
CUSTOMER_NAMING_WORDS = {"are", "were", "is", "include", "includes", "included", "already", "now",
                         "named", "announced", "listed", "so", "far", "to", "date",
                         "being", "have", "has", "had"}  # fmt: skip
# "Customers have already included A and B", "customer wins including A and B": words between a
# customer noun and a listing verb.
LISTING_AUXILIARIES = {"have", "has", "had", "already", "also", "so", "far", "wins", "win"}
# "continue using TSMC for its RenegadeS chip": verbs of choosing a foundry for a chip.
FOUNDRY_CHOSEN = {"using", "use", "uses", "used", "tapped", "taps", "tap", "chose", "chooses",
                  "selected", "picked", "switch", "switched", "switching", "moved", "moving",
                  "turned", "turning", "relies", "rely", "relying", "relied"}  # fmt: skip
# "mass-produce its Q-7 chip with TSMC": the words between a chip and the foundry it is made
# "with" or "at".
PRODUCED_BESIDE = (["with"], ["at"], ["chip", "with"], ["chip", "at"], ["chips", "with"],
                   ["chips", "at"])  # fmt: skip
# "Zentrix added Samsung and LG as strategic investors": verbs of taking on backers.
TAKING_ON_VERBS = {"added", "adds", "adding", "welcomed", "welcomes", "welcoming", "brought",
                   "brings", "attracted", "attracts", "secured", "secures", "landed", "roped",
                   "ropes", "pulled", "pulls"}  # fmt: skip
# "another existing Crusoe investor": words between an article and a compound role.
ROLE_QUALIFIERS = {"existing", "early", "earlier", "longtime", "long-time", "previous", "prior",
                   "current", "major", "big", "key", "new", "other", "fellow"}  # fmt: skip
# "Oracle, which has a deal to provide …": the words a relative clause's verb may stand after.
RELATIVE_VERB_CHAIN = VERB_CHAIN | FINITE_AUXILIARIES | {"a", "an", "signed", "inked", "agreed"}
# "CoreWeave — which itself has large Microsoft and OpenAI contracts": the words besides the
# buyers' names that may qualify a relative clause's deal noun.
RELATIVE_DEAL_QUALIFIERS = ROLE_QUALIFIERS | {"itself", "large", "sizable", "multibillion-dollar",
                                              "multiyear", "multi-year", "and", ","}  # fmt: skip
# Marks that may open a relative clause after its antecedent (", which", "— which").
RELATIVE_OPENERS = {",", "—", "–"}
# "a European investor", "a Japanese backer": a nationality describes the role noun after it.
NATIONALITY_ENDINGS = ("an", "ese", "ish", "i", "ch")  # "European", "Japanese", "Saudi", "Dutch"

# ---- orders won, gapped clauses, letting out, loans, holdings, talks (uses.py,
# commitments.py, raisers.py, rounds.py) ----
# "Samsung picked up another order for Tesla's AI5": who wins an order supplies (uses.py).
ORDER_TAKEN_VERBS = {
    "won", "wins", "picked", "landed", "lands", "secured", "secures", "received", "receives",
    "bagged", "clinched", "took", "takes", "got",
}  # fmt: skip
# "Meta bought 173,000 … and Microsoft bought 96,000": what opens a clause that repeats the verb
# of use with a number only, and the hedges before that number (uses.py).
GAP_OPENERS = {"and", "while", "whereas", "with", ","}
NUMBER_HEDGES = {"about", "around", "roughly", "nearly", "some", "over", "another", "almost"}
# Verbs whose object goes "to" the buyer: "leased to Oracle", "rents GPUs to Microsoft".
LET_OUT_WORDS = ("lease*", "leasing", "rent*", "sublease*", "sublet*")
# "committed to invest over $10 billion into OpenAI": an investment, not compute.
INVESTING_VERBS = ("invest*", "fund", "funding", "back", "backing", "finance", "financing")
# "its investment in Amazon's AI infrastructure": money put into a cloud's capacity.
SPENDING_WORDS = ("invest*", "spend*", "spent")
BORROWER_VERBS = {"used", "taken", "drawn", "repaid"}  # "a loan … used by Crusoe"
# "with stakes in all four AI tigers, which include Zhipu AI": the companies held, no round.
INCLUDE_FORMS = {"include", "includes", "included", "including"}
HOLDING_WORDS = {"stake", "stakes", "holdings", "portfolio", "invested", "investments", "bets"}
# Nouns of money put in, before 'in' and the company it went to ("their investment in OpenAI").
STAKE_NOUNS = {"investment", "investments", "stake", "stakes", "bet", "bets", "holding",
               "holdings"}  # fmt: skip
# "Cohere also had talks with Nvidia about a potential strategic investment".
TALK_NOUNS_AND_VERBS = {"talks", "discussions", "negotiations", "negotiating", "negotiates"}
# "its flagship chip, the Rebel100,": what opens a chip's possessor, and what a sentence with a
# name in apposition to a chip noun holds (chip_phrases.py, chip_names.py).
POSSESSING_WORDS = {"its", "their", "'s", "’s", "'", "’"}
APPOSED_CHIP_NAME = re.compile(
    r"(?i:chip|accelerator|processor|gpu|silicon)s?, (?:the )?[\"“'‘]?[A-Z]"
)
# ", and the Stargate initiative, …, has outlined": a described subject opening a clause.
DETERMINERS = {"the", "a", "an", "its", "their"}
# The nouns of a standing a company takes 'as' a role ("secured its position as the first
# customer for Nvidia's Blackwell chips", "cemented its role as").
ROLE_POSITIONS = {"position", "role", "place", "status", "spot"}
# Verbs of turning to a cloud for compute ("has turned to CoreWeave for AI computing power").
TURNING_TO = ("turned", "turns", "turning", "turn")
# Words that add one sum of a deal to another ("up to $15 billion more").
ADDING_WORDS = {"more", "additional", "addition", "further", "plus", "another", "remaining"}
# "… largest shareholder is Amazon", "Microsoft is now its largest customer": the verbs that
# say what a company is, and the adverbs that may stand after them.
STATE_COPULAS = {"is", "was", "remains", "remained"}
STATE_ADVERBS = {"now", "also", "still"}
# Roles one company holds for another and never for itself ("Microsoft is its largest customer").
RELATION_ROLES = {"customer", "customers", "client", "clients", "investor", "investors", "backer",
                  "backers", "shareholder", "shareholders", "supplier", "suppliers", "tenant",
                  "tenants", "lender", "lenders", "provider", "providers"}  # fmt: skip
# "A and B are the latest tech giants to invest in C": a rank that makes the listed names the
# subject of the infinitive after it.
RANKED_AS = {"latest", "first", "newest", "last", "only", "second", "third"}
# "Since being acquired by Amazon, Annapurna Labs …": the words a fronted passive participle of
# buying may open on.
FRONTED_PASSIVE_OPENERS = (SUBORDINATORS - {"because"}) | {"being", "having", "been"}
# "infrastructure powered by Nvidia's chips": participles whose agent is no backer of a round.
NOT_BACKING_PARTICIPLES = {"powered", "built", "designed", "developed", "manufactured",
                           "produced", "fabricated", "hosted", "operated", "supplied", "used",
                           "equipped", "dominated", "reported", "announced", "published",
                           "created", "driven", "founded", "cofounded", "co-founded"}  # fmt: skip
# "a power purchase agreement", "a deal to supply its data centers with power": deals of energy.
ENERGY_WORDS = {"power", "energy", "electricity", "geothermal", "nuclear", "solar", "ppa"}
COMPUTING_WORDS = (["computing"], ["compute"], ["processing"], ["ai"])  # "computing power": compute
