"""Tables of the relation rules added since round sixteen (orders won, gapped clauses, letting
out, loans, holdings, talks), split from ``relations`` to keep modules short."""

from __future__ import annotations

import re

from kg.extract.patterns.cues import HARDWARE_NOUNS
from kg.extract.patterns.relations import (
    FINITE_AUXILIARIES,
    SUBORDINATORS,
    VERB_CHAIN,
)

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
                   "ropes", "pulled", "pulls", "named", "names", "listed", "lists",
                   "identified"}  # fmt: skip
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
# "Quasar is an AI chip developed by Veltrix", "Quasar, an inference accelerator built by
# Veltrix": a name described as a chip its designer made.
DEFINED_CHIP_PHRASE = re.compile(
    r"(?:\bis|\bwas|,) an? (?:[\w-]+ ){0,3}(?i:chip|accelerator|processor|gpu|npu|asic)s? "
    r"(?:jointly )?(?:co-)?(?:developed|designed|created|built) by "
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
                           "created", "driven", "founded", "cofounded", "co-founded", "joined",
                           "accompanied"}  # fmt: skip
# "a power purchase agreement", "a deal to supply its data centers with power": deals of energy.
ENERGY_WORDS = {"power", "energy", "electricity", "geothermal", "nuclear", "solar", "ppa", "fuel",
                "gas", "wind", "hydropower", "hydroelectric", "turbines"}  # fmt: skip
COMPUTING_WORDS = (["computing"], ["compute"], ["processing"], ["ai"])  # "computing power": compute

# ---- tables of round thirty-eight's rules ----
# A chip named as a comparison's yardstick (``kg.extract.comparisons``).
# Farther back than ``CONTRAST_BEFORE`` looks, with no comma or semicolon word between: the phrase
# of comparison, or a multiple or share of a measure "of" the chip.
COMPARED_BEFORE = re.compile(
    r"(?:\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|relative\s+to|versus|vs\.?"
    r"|equivalent\s+(?:to|of)|comparable\s+to|equal\s+to|on\s+par\s+with)"
    r"|(?:faster|slower|better|cheaper|higher|lower|more\s+efficient)\s+than)"
    r"(?:\s+(?![,;](?:\s|$))\S+){0,9}\s*$"
    r"|(?:\d\s*(?:x|times)|\d\s*%|percent)\s+(?:of\s+)?(?:the\s+)?(?:(?![,;]\s)\S+\s+){0,3}?"
    r"(?:performance|speed|throughput|efficiency|compute)\s+of(?:\s+(?![,;]\s)\S+){0,4}?\s*$"
)
SHARE_BEFORE = re.compile(r"(?:\d\s*%|percent)\s+of(?:\s+(?![,;](?:\s|$))\S+){0,3}\s*$")
COMPARED_MEASURES = {"performance", "speed", "throughput", "efficiency"}
BENCHMARK_REACH = 12  # words looked back
# One of which each match of COMPARED_BEFORE and SHARE_BEFORE holds, as a word (or "5x").
COMPARISON_WORDS = frozenset({"compared", "comparison", "relative", "versus", "vs", "vs.", "than",
                              "x", "times", "%", "percent", "equivalent", "comparable",
                              "equal", "par"})  # fmt: skip

# Words that, before "AI", name a field of it rather than a company ("Sovereign AI").
AI_FIELD_WORDS = frozenset({
    "sovereign", "frontier", "open", "applied", "edge", "enterprise", "consumer", "industrial",
    "embodied", "general", "artificial", "responsible", "safe", "trustworthy", "explainable",
    "creative", "agentic", "generative", "physical", "conversational", "vertical", "domain",
    "national", "public", "private", "mobile", "cloud",
})  # fmt: skip
# Words before '-backed' that say what kind of backer, not which ("State-backed Rapidus").
KINDS_OF_BACKER = frozenset({
    "state", "government", "family", "venture", "vc", "private", "public", "bank", "sovereign",
    "taxpayer", "federal", "city", "crypto", "billionaire", "founder", "employee", "investor",
    "military", "university", "angel", "pe", "equity", "debt", "community", "us", "u.s.",
})  # fmt: skip
AFTER_AI_PRODUCTS = HARDWARE_NOUNS | {"(", "chip", "pc", "pcs", "model", "models", "gpu"}

# The words of a sum between a verb and what it takes ("$500 million worth of").
SUM_WORDS = frozenset({"$", "up", "to", "about", "around", "roughly", "nearly", "over", "more",
                       "than", "million", "billion", "worth", "of", "an",
                       "additional"})  # fmt: skip

# Verbs of buying under a deal with a designer, and the words before the chips bought.
DEAL_BUYS = frozenset({"buy", "purchase", "acquire", "deploy", "use", "secure", "rent", "lease"})
BOUGHT_LINE_MODIFIERS = frozenset({"and", "current", "future", "next-generation"})

# A dollar sum in brackets after a sum in another currency, and its hedges.
FOREIGN_CURRENCY_SIGNS = frozenset("€£¥₹")
CONVERSION_HEDGES = frozenset({"about", "approximately", "around", "roughly", "some", "nearly",
                               "or", "~", "c.", "almost", "over", "approx."})  # fmt: skip

# Words of an appositive that call the sentence's subject a designer of chips.
CHIPMAKER_WORDS = frozenset({"chipmaker", "chipmakers", "chip", "semiconductor", "chips"})

# The source a sentence names after "according to".
ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+")

# "a $10 billion partnership to build out its data center infrastructure", "a collaboration
# with Nvidia to build a massive AI factory": capacity built.
BUILT_OUT = re.compile(
    r"\bbuild(?:ing)?\s+(?:out\s+)?(?:its|their|the|an?)\s+(?:\S+\s+){0,3}?"
    r"(?:infrastructure|capacity|data\s+cent(?:er|re)s?|clusters?|factor(?:y|ies)|"
    r"supercomputers?|campus(?:es)?)\b"
)
# "… to build out its infrastructure": the part of BUILT_OUT that says "out".
BUILDS_OUT = re.compile(r"\bbuild(?:ing)?\s+out\b")
# Verbs of going on or starting before another ("has to keep buying", "will continue to rent"):
# the subject of the first is the subject of the second.
ASPECT_VERBS = frozenset({"keep", "keeps", "kept", "continue", "continues", "continued", "start",
                          "starts", "started", "begin", "begins", "began"})  # fmt: skip
# Verbs and words that put off the verb after them without changing its subject ("has agreed
# to build", "is set to host", "plans to deploy").
CATENATIVES = frozenset({"agreed", "agrees", "plans", "planned", "set", "expected", "due",
                         "aims", "intends", "signed", "to"})  # fmt: skip
# Verbs of choosing a company for a job ("OpenAI has selected SB Energy to build its site").
CHOOSING_VERBS = ("selected", "selects", "select", "chose", "chosen", "chooses", "picked",
                  "picks", "tapped", "taps", "hired", "hires", "enlisted", "enlists")  # fmt: skip
# Verbs of doing work whose subject is a chip ("Meta's MTIA chips handle inference workloads").
WORK_RUNNING_VERBS = frozenset({
    "handle", "handles", "run", "runs", "power", "powers", "powering", "serve", "serves", "train",
    "trains", "process", "processes",
})  # fmt: skip
# Words between 'and' and a second predicate's verb ("…, and is also backed by Nvidia").
COORDINATED_AUXILIARIES = frozenset({"also", "is", "are", "was", "were", "has", "have", "been",
                                     "now"})  # fmt: skip
# Verbs that list what a portfolio holds ("its portfolio already includes CoreWeave and QTS").
PORTFOLIO_VERBS = frozenset({"includes", "include", "included", "spans", "comprises", "counts"})
