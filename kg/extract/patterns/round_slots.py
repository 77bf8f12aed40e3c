"""Cue tables of funding rounds' slots, of a fact's purpose, of the product lines a designer's
words name ("its AI chips", "sell … chips") and of generations glued to a family's name
("Trainium3 and 4"), split from ``cues`` to keep modules short."""

from __future__ import annotations

import re

from kg.extract.patterns.cues import (
    DELIVER_FORMS,
    GAINING_CUES,
    HOLDING_CUES,
    PRODUCT_LINE_MODIFIERS,
    SNAPPING,
)

# ---- funding rounds (kg/extract/rounds.py) ----
# Phrases after which a round's participants are listed ("led by A, with participation from B").
ROUND_SLOTS = tuple(
    tuple(phrase.split())
    for phrase in (
        "led by", "co-led by", "co - led by", "jointly led by", "spearheaded by", "headed by",
        "followed by", "backed early by", "also backed by", "led jointly by", "backed again by",
        "backed once again by", "again backed by", "once again backed by", "support from",
        "the support of", "the backing of",
        "anchored by", "to invest , including", "to participate , including", "participation from",
        "participation by", "participation of", "backed by", "funded by", "financed by",
        "joined by", "supported by", "participated by", "participated in by",
        "investors include", "investors included",
        "investors including", "investors such as", "backers include", "backers included",
        "backers including", "backers such as", "investors like", "participants include",
        "participants included", "investors are", "investors were", "other investors",
        "new investors", "existing investors", "investors", "backers", "also drew", "drew",
        "came from", "comes from", "also came from",
        "included", "includes", "include", "also included", "contributions from",
        "contribution from", "funding from", "backing from", "capital from", "investment from",
        "attracted", "also attracted", "brought in", "counts", "count", "alongside",
        "firms such as", "firms including", "firms like", "funds such as", "funds including",
        "funds like", "roped in", "pulled in", "reeled in",
        "backers , including", "investors , including", "backers , such as",
        "investors , such as",
        "institutions such as", "institutions including", "entrants include",
        "entrants included", "entrants including", "shareholders include",
        "shareholders including", "shareholders like", "shareholders such as", "backers like",
        "loan from", "loans from", "loan by", "loans by", "lent by", "credit facility from",
        "loan provided by", "loans provided by", "loan , provided by", "financing provided by",
        "debt provided by", "credit provided by", "facility provided by",
        "debt financing from", "lenders such as", "lenders including", "lenders include",
        "lenders included", "lenders like", "lenders , including", "banks such as",
        "banks including", "lenders were", "lenders are", "lender was", "lender is",
        "lender will be", "round are", "round were",
    )
)  # fmt: skip
# "Also participating were A and B", "Leading the round was C": the participants after the verb.
ROUND_SLOTS += tuple(
    (*verb.split(), *what.split(), be)
    for verb in ("participating", "also participating", "joining", "also joining", "leading",
                 "co-leading", "investing", "also investing")
    for what in ("", "in the round", "the round", "in the funding", "the funding",
                 "in the financing", "the financing", "in the raise", "in the investment",
                 "the investment", "the round of funding", "the round of financing",
                 "the funding round", "the financing round", "the seed round", "this round",
                 "them", "it")
    for be in ("was", "were", "is", "are")
)  # fmt: skip
# "Microsoft's venture arm M12": the arm invests; the possessive names no round's company.
INVESTING_ARM = re.compile(
    r"(?:(?:corporate|strategic)\s+)?(?:venture(?:\s+capital)?|investment|investing|vc)\s+"
    r"(?:arm|unit|fund|division|subsidiary|group)\b"
)
# "SoftBank headed a $676 million round", "spearheaded the round", "anchored the round": verbs
# of leading, that take a round as their object (not "headed to Paris").
HEADING_VERBS = {"headed", "heads", "heading", "spearheaded", "spearheads", "spearheading",
                 "anchored", "anchors", "anchoring"}  # fmt: skip
# Verbs whose subject takes part in a round ("A and B are participating", "C co-led").
PARTICIPATE_VERBS = (
    "lead", "led", "leads", "leading", "co-lead", "co-led", "co-leads", "co-leading",
    "participat*", "joined",
    "joins", "join", "joining", "contribut*", "chipped", "fund", *sorted(HEADING_VERBS),
)  # fmt: skip
# "Samsung's investment group commits $5 million", "Align Ventures providing $90 million":
# verbs of putting a sum into a round, read only with the sum right after them ("Amazon
# committed $4 billion" after its investment restates a plan, not a participant's own sum).
SUM_PUT_IN_VERBS = {
    "commits", "committing", "pledges", "pledged", "pledging", "provides",
    "provided", "providing", "put", "puts", "putting", "chipped", "chips", "injects", "injected",
    "injecting", "shelled", "shells", "forked", "forks", "ponied",
}  # fmt: skip
# After "with" and a list, words that make it the round's other participants ("with Alphabet
# and GV following", "with Nvidia also investing").
WITH_PARTICIPANTS_CLOSERS = {"following", "investing"}
TAKE_FORMS = {"take", "takes", "took", "taking", "taken"}  # "took part in the round"
# "A and B are providing the funding": backers named before it take part in the round.
PROVIDING_FORMS = {"provide", "provides", "provided", "providing", "supplied", "supplying"}
FUNDS_PROVIDED = {"funding", "financing", "capital", "money", "investment", "cash", "funds"}
# "A and B have confirmed their investments": verbs of a backer's own part in a round.
CONFIRMING_VERBS = {"confirmed", "confirm", "confirms", "made", "completed", "finalized",
                    "finalised"}  # fmt: skip
# Nouns after an amount that make it a round's total ("joined a $2 billion seed round").
ROUND_NOUNS = {"round", "series", "funding", "seed", "raise", "financing"}
# What one joins when one takes part in a round ("joined the round"; not "joined the frenzy").
ROUND_JOINED = ROUND_NOUNS | {
    "investment", "deal", "syndicate", "consortium", "investors", "effort", "fundraise",
    "fundraising", "rounds", "tranche", "offering", "placement", "debt", "equity", "portion",
    "loan", "loans",
}  # fmt: skip
# Verbs between a cloud's customers and their names ("Lambda's customers include Amazon").
CUSTOMER_COPULAS = {"is", "was", "remains", "are", "were", "include", "includes", "included"}
# Words between a customer noun and its copula ("are also major customers", "are both clients").
CUSTOMER_ADVERBS = {"also", "both", "all", "major", "key", "big", "large", "notable", "longtime",
                    "existing", "other", "paying", "important", "among", "the"}  # fmt: skip
# "Nebius counts Microsoft and Meta among its customers": verbs of a cloud naming customers.
COUNTING_VERBS = {"counts", "count", "counted", "lists", "listed", "names", "named"}
# "Sakana AI has signed up as SoftBank's first customer", "X became Lambda's biggest customer".
BECOMING_CUSTOMER = {"is", "was", "remains", "became", "become", "becomes", "will", "be", "has",
                     "have", "had", "been", "signed", "up", "as", "also", "now", "one", "of",
                     "among", ","}  # fmt: skip
# Verbs whose subject announces its own round ("Nscale announced a $1.1 billion Series B").
ROUND_CLOSE_VERBS = {
    "announced", "announces", "closed", "closes", "completed", "completes", "unveiled",
    "finalized", "finalised", "finalizes", "finalises", "launched", "opened", "extended",
    "signed", "secured", "obtained", "arranged", "expanding", "expands", "expanded", "extending",
    "extends", "targeting", "targets",
}  # fmt: skip
# What such a verb closes ("Nscale announced a Series B", "Crusoe signed a credit facility").
# Words of a round's own lists (its leads, participants, advisers), which the rounds read.
ROUND_LIST_WORDS = frozenset({"round", "series", "led", "co-led", "participation", "seed"})
ROUND_NAMES = {"series", "round", "funding", "loan", "facility", "financing"}
# Verbs whose subject is the company raising money.
RAISE_VERBS = (
    "rais*", "borrow*", "secure", "secures", "secured", "securing", "closed", "closes", "landed",
    "lands", "bagged", "nabbed", "seek*", "netted", "nets", "snagged", "snags", "locked", "locks",
    "raked", "rakes", "receive", "received", "receives", "receiving", "pulled", "pulls", "hauled",
    "hauls", "scooped", "scoops", "garnered", "garners", "amassed", "roped", "ropes",
    "closing", "landing", "bagging", "nabbing", "netting", "snagging", "locking", "raking",
    "pulling", "hauling", "scooping", "garnering", "amassing",
)  # fmt: skip
# Verbs before a sum a company took in ("SambaNova got $350m", "picked up $350m").
FUNDS_TAKEN = RAISE_VERBS + ("got", "gets", "picked", "picks", "drew", "attracted")
# Verbs whose subject uses or buys the chip named after them (buying chips is use).
BUY_OR_USE_VERBS = (
    "use", "uses", "used", "using", "run", "runs", "running", "rely", "relies", "relied",
    "relying", "adopt*", "deploy*", "buy", "buys", "bought", "buying", "purchas*", "order*",
    "receiv*", "train", "trains", "trained", "training", "utiliz*", "utilis*", "tap*", "rent*",
    "spend", "spends", "spending", "spent", "draw", "draws", "drawing", "drew",
    "lease*", "leasing", "acquir*", "install*", "powered", "operate", "operates", "operated",
    "operating", "equipped", "pay", "pays",
    "paid", "paying", "house", "houses", "housed", "interest", "access", "reliant", "dependent",
    "tethered",
    "offer", "offers", "offering", "offered", "procur*", "introduce", "introduces",
    "introducing", "activat*", "implement", "implements", "implemented", "implementing",
    "leverag*", "harness", "harnesses", "harnessed", "harnessing", "employ", "employs",
    "employed", "employing", "secur*",
    *SNAPPING, *HOLDING_CUES, *GAINING_CUES, *DELIVER_FORMS,
)  # fmt: skip
# "Trainium 2 is being tested by Anthropic", "undergoing testing by several companies": trying
# the chip out, said of the chip in the passive, is using it.
PASSIVE_USE_VERBS = (*BUY_OR_USE_VERBS, "tested", "testing", "evaluated", "trialed", "trialled",
                     "piloted")  # fmt: skip
# Verbs whose object is a cloud the subject buys capacity from ("G42 will run ... on Azure").
CLOUD_USE_VERBS = (
    "use", "uses", "using", "used", "spans", "span", "rent*", "run", "runs", "running", "ran",
    "portfolio", "tap*", "host*", "migrat*", "mov*", "shift*", "train", "trains", "trained",
    "training", "chose",
    "choos*", "select*", "pick*", "relies", "rely", "relying", "leverag*", "utiliz*", "utilis*",
    "harness", "harnesses", "harnessing", "employ", "employs", "employing", "relied", "lean",
    "leans", "leaned", "leaning", "depend", "depends", "depended", "depending",
)  # fmt: skip
# Verbs of moving work to a cloud ("G42 will migrate its data platform to Azure"), and the
# words between such a verb and its subject.
MOVING_STEMS = ("mov", "migrat", "shift")
MOVER_AUXILIARIES = {"will", "would", "to", "plans", "also", "has", "had", "is"}
CAPACITY_AFTER_CLOUD = {"compute", "infrastructure", "capacity", "servers", "cloud", "clusters",
                        "cluster", "instances", "hardware", "supercomputers"}  # fmt: skip
# A deal called off or denied gives no fact.
CALLED_OFF = re.compile(
    r"(?=[acdemnprstw])\b(?:drop(?:s|ped)?\s+(?:its\s+|their\s+)?plans?|scrap(?:s|ped)|call(?:s|ed)?\s+off|"
    r"(?:would|could|might)\s+otherwise|"  # "compute that would otherwise have gone to Nvidia"
    r"walk(?:s|ed)?\s+away|abandon(?:s|ed)?|pull(?:s|ed)?\s+out|ended\s+(?:the\s+)?talks|"
    r"talks\s+(?:have\s+)?(?:ended|collapsed|broke\s+down)|den(?:y|ies|ied)|refut\w+|"
    r"no\s+longer|not\s+(?:in\s+talks|planning|considering)|"
    r"(?:dismiss|reject)(?:s|es|ed)?\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:reports?|claims?))\b",
    re.IGNORECASE,
)
# Talks that ended, wherever the sentence says so ("was in discussion with Oracle about a
# deal, but talks broke down"): the talks of the deal the sentence names.
TALKS_ENDED = re.compile(
    r"(?=[dnt])\b(?:talks|negotiations|discussions)\s+(?:have\s+|had\s+)?(?:since\s+)?"
    r"(?:ended|collapsed|broke\s+down|fell\s+(?:apart|through)|stalled|were\s+called\s+off)\b",
    re.IGNORECASE,
)
# "..., the companies announced, according to Reuters": a party's announcement relayed by a
# newspaper is announced, not a report.
RELAYED_ANNOUNCEMENT = re.compile(
    r"\b(?:the\s+(?:two\s+)?compan(?:y|ies)|both\s+compan\w+|the\s+firms?)\s+"
    r"(?:announced|confirmed|said)\b",
)
# The parties themselves confirmed what others first reported: announced.
PARTIES_CONFIRMED = re.compile(
    r"(?=[hw])\b(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+|since\s+|later\s+)?"
    r"(?:confirmed|announced)\s+by\s+(?:both|the)\s+(?:two\s+)?compan",
    re.IGNORECASE,
)

# ---- purpose: only what the sentence states ----
PURPOSE_TRAINING = re.compile(
    r"(?=[pt])\b(?:pre-?)?train(?:s|ed|ing)?\b(?!\s+(?:station|wreck|models?|networks?|weights))",
    re.IGNORECASE,
)
PURPOSE_INFERENCE = re.compile(
    r"(?=[dfhioprst])(?:\binferenc\w*|\b(?:serv(?:e|es|ed|ing)|run(?:s|ning)?|"
    r"deploy(?:s|ed|ing)?|host(?:s|ed|ing)?|power(?:s|ed|ing)?)\s+(?:\S+\s+){0,4}?"
    r"(?:models?|chatbots?|assistants?|copilot|chatgpt|services?|products?|apps?|features?|"
    r"responses|queries|requests|"
    r"production\s+workloads|demand)\b|"
    # "to train and deploy Claude": what is trained is then served.
    r"\btrain(?:s|ed|ing)?\s+and\s+(?:deploy|serv|run)\w*|"
    r"\bdemand\s+for\s+(?:\S+\s+){0,3}?(?:models?|chatbots?|assistants?|services?|products?|apps?)\b|"
    # "used to cut the costs of the Copilot AI tool": a product that users run is served
    r"\b(?:for|of)\s+(?:the|its|their)\s+(?:\S+\s+){0,3}?(?:tool|app|assistant|chatbot|copilot)s?\b)",
    re.IGNORECASE,
)
NOT_FOR_TRAINING = re.compile(r"(?=n)\bnot\s+(?:\w+\s+){0,2}(?:for\s+)?train", re.IGNORECASE)
# What a chip is made for, said of the chip itself.
CHIP_PURPOSE = re.compile(
    r"(?=[abdfgimopt])(?:(?:built|designed|optimi[sz]ed|tailored|made|aimed|geared|intended|meant|purpose-built|"
    r"focused|dedicated)\s+(?:\w+\s+){0,3}?(?:for|at|on)\s+(?:\w+\s+){0,3}?"
    r"(?P<purpose>inference|training)|"
    r"\b(?P<purpose2>inference|training)[- ](?:chips?|accelerators?|processors?|gpus?|silicon))",
    re.IGNORECASE,
)
# Adjectives after an 'it' that stands for a clause ("making it easier for developers to …").
EXPLETIVE_ADJECTIVES = {
    "easier", "harder", "possible", "impossible", "difficult", "easy", "hard", "cheaper",
    "clear", "likely", "unlikely", "necessary", "simpler", "faster",
}  # fmt: skip
# A chip's rack written as one word, its NVLink domain glued to the chip's name ("GB300NVL72").
RACK_SUFFIX = re.compile(r"([a-z]+\d+[a-z]*?)nvl\d+")

# Words that may follow "its chips" when the chips are the noun, not a modifier of the next one
# (not "from": "to rent its own chips from CoreWeave" is capacity rented).
AFTER_OWN_CHIPS = frozenset(
    {"to", "for", "in", "and", "or", "with", "at", "by", "on", "that", "which", "as",
     "into", "over", "across", "through", "under", "than", "are", "is", "were", "was", "will",
     "would", "could", "can", "remain", "remains", "have", "has"}
)  # fmt: skip
OWN_CHIP_MODIFIERS = frozenset(PRODUCT_LINE_MODIFIERS | {"artificial", "intelligence"})
# A chip's family glued to its generation's number ("Trainium3").
GLUED_GENERATION = re.compile(r"([A-Za-z][A-Za-z-]*[A-Za-z])(\d{1,3})")
# What may stand between a designer and its verb of selling ("AMD said it would also sell").
SELLER_SAYS = frozenset({("said", "it"), ("says", "it"), ("announced", "it")})
SELLING_AUXILIARIES = frozenset(
    {"also", "now", "already", "will", "would", "could", "can", "to", "is", "isn't", "n't",
     "not", "just", "only", "plans", "agreed", "has", "had", "been", "continues", "still"}
)  # fmt: skip
# What may stand between a verb of selling and the chip noun: a determiner, the line's
# modifiers, the words of a quantity sold ("sell up to $60 billion in AI chips").
SOLD_BEFORE_CHIP_NOUN = frozenset(
    {"its", "more", "the", "up", "to", "$", "billion", "million", "bn", "worth", "of", "in",
     "megawatts", "gigawatts", "mw", "gw", "units", "about", "around", "nearly", "over", "than",
     "roughly"}
    | PRODUCT_LINE_MODIFIERS
)  # fmt: skip
# "Zhipu has support from key players, including Alibaba": verbs and nouns by which a company
# receives backing from those named after them.
BACKING_RECEIVED_VERBS = {"has", "have", "had", "received", "receives", "enjoys", "enjoyed",
                          "drew", "draws", "drawn", "gained", "gains", "won", "wins", "got",
                          "gets"}  # fmt: skip
BACKING_RECEIVED_NOUNS = {"backing", "support", "funding", "investment", "investments",
                          "financing", "capital"}  # fmt: skip
# The plural nouns that close a description of the investors a comma then names ("from two
# of Silicon Valley's most disciplined investors, Mayfield and Spark Capital").
DESCRIBED_BACKERS = {"investors", "backers", "firms", "funds", "players", "names", "institutions",
                     "shareholders", "lenders", "banks"}  # fmt: skip
CLAUSE_OPENERS_AFTER_COMMA = {"and", "but", "or", "which", "who", "whose", "while", "with",
                              "as", "after", "before", "since", "though", "although",
                              "so"}  # fmt: skip
