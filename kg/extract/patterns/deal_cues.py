"""Cue tables of compute deals, supply, chip design and foundries, and a cloud's customers,
split from ``relations`` to keep modules short."""

from __future__ import annotations

import re

from kg.extract.patterns.relations import (
    FURNISH_VERBS,
    HANDOVER_VERBS,
    STRONG_COMMIT,
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
LEASE_NOUNS = ("lease", "leases")  # a lease's landlord lets out; its tenant buys
DEAL_NOUNS = ("partnership*", "deal", "deals", "agreement*", "contract*", "pact", "pacts",
              "memorandum", "mou", *LEASE_NOUNS)  # fmt: skip
# "a commitment from OpenAI", "orders from Anthropic": nouns of what a buyer places with a seller.
ORDERING_NOUNS = ("commitment*", "order", "orders")
DEAL_OR_ORDER_NOUNS = (*DEAL_NOUNS, *ORDERING_NOUNS)
# Words before a deal noun that make it one for a cloud's capacity or hosting ("an AI cloud
# contract with Nvidia"): the cloud signing it lets its capacity out.
LET_OUT_DEAL_WORDS = frozenset({"cloud", "hosting", "colocation", "lease"})
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
    "signed", "on", "and", ",", "set", "to", "act", "acts", "acting", "serving", "served",
    "largest", "biggest", "initial", "“", "”", '"',
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
    r"its\s+(?:own\s+)?(?:[\w-]+\s+)?(?:data\s?cent|fleet)|"  # ("in its Iowa data centers")
    # the chip itself put to work: "is entering datacenter deployment", "targeted for mass
    # deployment", "already in production"
    r"(?:entering|enters|entered|for|into)\s+(?:\S+\s+){0,2}?deployment\b|"
    r"runs\s+in|running\s+in|"
    # the designer's verb of use with its chip: "Meta uses its in-house MTIA chips for ranking"
    r"(?:uses|used|using|relies\s+on|relied\s+on|relying\s+on)\s+(?:its|their)\b|"
    # or puts them to work: "Meta deploys its MTIA chips", "has run workloads on its own TPUs",
    # "Baidu is testing its latest Kunlun P800 chip"
    r"(?:deploy|test)(?:s|ed|ing)?\s+(?:its|their)\b|"
    r"(?:run|runs|ran|running)\s+(?:\S+\s+){0,4}?on\s+(?:its|their)\b|"
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
PROVIDER_NOUNS = SINGULAR_PROVIDER_NOUNS | {"providers", "suppliers", "partners"}
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
INVESTED_IN_VERBS = (
    "invested",
    "invests",
    "investing",
    "investments",
    "backed",
    "backs",
    "backing",
)  # "invested in 59 startups"
# Roles a company is listed in before its role of investor ("Nvidia is a buyer, supplier, and
# a Lambda shareholder").
OTHER_ROLES = {"buyer", "supplier", "customer", "partner", "vendor", "lender", "landlord",
               "tenant", "provider", "competitor", "rival"}  # fmt: skip
# "Goldman Sachs provided a $300 million loan to Crusoe": verbs of lending, the debt they
# lend, and the words of a guarantee (a backstop lends nothing).
LENDING_VERBS = ("provid*", "extend*", "grant*", "gave", "give*", "arrang*", "structur*",
                 "offer*", "lent", "lend*", "underwrit*", "suppl*", "led", "lead", "leads",
                 "leading", "loaned")  # fmt: skip
# "will lend Crusoe $500 million": verbs of lending whose sum needs no debt noun beside it.
LEND_FORMS = ("lend", "lends", "lent", "lending", "loaned")
DEBT_NOUNS = {"loan", "loans", "debt", "credit", "financing", "facility", "bonds", "notes"}
# Words of a sentence that speaks of debt rather than equity ("other global lenders are
# participating as underwriters").
LENDER_WORDS = {"lender", "lenders", "underwriter", "underwriters", "underwriting", "loan",
                "loans", "debt", "bonds", "bondholders", "credit"}  # fmt: skip
GUARANTEE_WORDS = {"guarantee", "guarantees", "guaranteed", "backstop", "backstops",
                   "collateral"}  # fmt: skip
# "bringing that total contract to $22.4 billion": verbs that carry a deal's sum to a new total
# (the deal told already, not another).
RUNNING_TOTAL_VERBS = ("bring*", "brought", "taking", "takes", "took", "lift*", "rais*", "push*",
                       "boost*")  # fmt: skip
# "an extension of its Google contract": nouns of a deal grown, a deal only when what grows is
# a deal or compute (not "an extension of its Google business").
# Hyphened nouns the cue tables name, read as one word (see ``kg.extract.text``).
HYPHENED_CUE_NOUNS = frozenset({"top-up", "add-on"})
GROWTH_NOUNS = {"expansion", "extension", *HYPHENED_CUE_NOUNS}
# "widening its chip supply", "the power supply": words before "supply" that make it a noun.
SUPPLY_NOUN_MARKS = {"the", "a", "an", "its", "their", "our", "'s", "’s", "chip", "gpu",
                     "power", "compute", "energy", "global", "tight", "limited"}  # fmt: skip
# "Google's backstop agreement", "a loan agreement": words before a deal noun that make it one
# of money lent or guaranteed, not of compute sold.
MONEY_DEAL_WORDS = GUARANTEE_WORDS | {"loan", "credit", "financing", "debt", "lending"}
# "the Lidl owner Schwarz Group": nouns after a name that say whose owner the next name is.
OWNER_NOUNS = {"owner", "parent"}
# "G42's U.S. subsidiary Core42": the named unit, not its parent, is the party.
UNIT_NOUNS = {"subsidiary", "unit", "affiliate", "division"}
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
# "Bell Canada opened its first AI Fabric site, a facility powered by Groq's LPUs": its site.
SITE_OPENING_VERBS = {"opened", "opens", "launched", "launches", "built", "builds", "unveiled",
                      "unveils", "operates", "runs"}  # fmt: skip
# "Google is partnering with MediaTek to develop its next TPU", "worked with Broadcom on".
PARTNERING_VERBS = ("partnered", "partnering", "partners", "worked", "working", "teamed",
                    "teaming", "collaborating", "collaborated", "talks", "discussions")  # fmt: skip
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
# "Marvell is in talks to develop a new TPU for Google", "MediaTek is building Zebrafish": a
# chip designer's verbs of making a chip that are its design work (said of others, use or
# building a system).
PARTNER_DEVELOPING_FORMS = ("develop", "develops", "developing", "co-develop", "co-develops",
                            "co-developing", "building", "builds")  # fmt: skip
# What a verb of building makes when a chip name only describes it ("an H100 cluster").
BUILT_AROUND_A_CHIP = [[w] for w in ("cluster", "clusters", "server", "servers", "system",
                                     "systems", "racks", "supercomputer", "instances", "cloud",
                                     "data", "platform", "-")]  # fmt: skip
# "MediaTek secured the exclusive contract to design Triggerfish": a mandate won to design.
MANDATE_NOUNS = {"contract", "contracts", "deal", "order", "orders", "mandate", "job", "work"}
MANDATE_FILLERS = {"the", "a", "an", "exclusive"}
# "Marvell is in (active) talks to develop": the words around the talks before the verb.
TALKS_GAP_WORDS = {"in", "active", "advanced", "early"}
MANDATE_WINNING_VERBS = {"won", "wins", "secured", "secures", "landed", "lands", "got", "gets",
                         "bagged", "clinched", "clinches"}  # fmt: skip
CHOOSING_FOR = ("tapped", "taps", "chose", "chooses", "selected", "selects", "picked", "picks",
                "enlisted", "enlists", "hired", "hires", "mandated", "mandates")  # fmt: skip
