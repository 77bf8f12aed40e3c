"""Cue words, numbers, status, references, funding-round slots and purpose: the tables the
rules read to find what a sentence states and how certain it is."""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUM = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|{_NUMBER_WORD})"
# A number opening a pattern, with a lookahead on its first characters that lets the scan skip
# other positions fast.
_NUMBER_FIRST_CHARS = "".join(sorted({word[0] for word in NUMBER_WORDS}))
NUMBER_FIRST = rf"(?=[\d{_NUMBER_FIRST_CHARS}])\b(?P<num>{_NUM})"

SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "t": 1e12,
}  # fmt: skip

QUANTITIES: dict[str, re.Pattern[str]] = {
    # "$5 billion", "$1.1B", "US$ 38 bn", "USD 10 billion", "a $1.5-billion deal"; not "HK$3
    # billion" or "S$21.5"
    "money": re.compile(
        r"(?=[$u])(?:US\$|USD\s?|(?<![A-Za-z])\$)\s?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
        r"(?:[-–]\d+(?:\.\d+)?(?=\s*(?:trillion|billion|million|bn)\b))?"  # "$5-10 billion": $5bn
        r"(?:(?:\s+|-)?(?P<scale>trillion|billion|million|thousand|bn|tn|mln|mn|[BMKT])\b)?",
        re.IGNORECASE,
    ),
    # "5 billion dollars", "a two-billion-dollar investment"
    "money_words": re.compile(
        rf"{NUMBER_FIRST}[\s-](?P<scale>trillion|billion|million)[\s-](?:US\s)?dollars?\b",
        re.IGNORECASE,
    ),
    # "5 GW", "one gigawatt", "1.5-gigawatt", "300 megawatts"
    "power": re.compile(
        rf"{NUMBER_FIRST}(?:\s+|-)?(?P<unit>gigawatts?|GW|megawatts?|MW)\b", re.IGNORECASE
    ),
    # "over 10 years", "a five-year period", "seven-year agreement"
    "duration": re.compile(rf"{NUMBER_FIRST}(?:\s|-)(?:years?|yrs?)\b(?!\s+ago)", re.IGNORECASE),
    # "3nm", "3-nanometer", "2 nm"
    "process_node": re.compile(
        r"(?=\d)\b(?P<num>\d+(?:\.\d+)?)(?:\s|-)?(?:nm|nanometers?|nanometres?)\b", re.IGNORECASE
    ),
    # a foundry's named process: "Intel 18A", "TSMC's 4N process", "SMIC's N+2 process",
    # "Samsung's SF4X technology"
    "process_node_name": re.compile(
        r"\b(?P<name>1[048]A|2[01]A|N[2-7][A-Z]?|N\+[1-3]|[3-5]N[A-Z]?|SF[2-4][A-Z]?)"
        r"(?=\s+(?:process|node|technology|manufacturing|fabrication)\b)"
        r"|(?<=Intel )(?P<intel>1[048]A|2[01]A)\b"
    ),
}
# A word each match of a quantity pattern holds (lower case): a sentence holding none of them
# has no match, and is not scanned (a quick look for a few words, where a scan tries every word).
QUANTITY_WORDS = {
    "money": ("$", "usd"),
    "money_words": ("illion",),
    "power": ("gw", "gigawatt", "mw", "megawatt"),
    "duration": ("year", "yr"),
    "process_node": ("nm", "nanomet"),
    "process_node_name": ("process", "node", "technology", "manufactur", "fabricat", "intel "),
}

# Words around a number that say it is not the size of a deal.
NOT_A_DEAL_AMOUNT = re.compile(
    r"^\s*(?:per\s+share|a\s+share|price\s+target|in\s+(?:annual\s+)?revenue|"
    r"in\s+sales|of\s+revenue|in\s+profit|valuation)",
    re.IGNORECASE,
)
NOT_A_DEAL_AMOUNT_BEFORE = re.compile(
    r"(?=[cmoprstvw])(?:(?:revenue|revenues|sales|profits?|valuation|valued the company|"
    # "OpenAI, now worth about $500 billion": a company's value; not "a deal worth about"
    r"(?<!deal\s)(?<!deals\s)(?<!contract\s)(?<!agreement\s)(?<!pact\s)(?<!order\s)"
    r"(?<!partnership\s)(?<!investment\s)(?<!commitment\s)worth\s+about|"
    # ("an all-stock deal worth $9 billion" is the deal's price, paid in shares)
    r"market value|market cap(?:italization)?|(?<!-)(?<!all\s)stock|shares)\s+(?:\w+\s+){0,4}|"
    r"valu(?:e|es|ing)\s+(?:\w+\s+){1,3}at\s+(?:about\s+|roughly\s+|around\s+)?|"
    r"\boptions?\s+(?:\S+\s+){0,8}|"
    # "a discount from Friday's closing price of $92.98": a share's price
    r"(?:closing|opening|share|stock|issue|offer(?:ing)?|trading)\s+price\s+(?:of\s+|at\s+)?|"
    r"total\s+(?:value|worth)\s+of\s+(?:\w+\s+){0,3}(?:agreements|contracts|deals)\s+to\s+)$",
    re.IGNORECASE,
)
# A word each match of NOT_A_DEAL_AMOUNT_BEFORE holds (lower case): a text holding none of them
# has no match, and the pattern's backtracking over the words before a sum is not tried.
NOT_A_DEAL_AMOUNT_WORDS = (
    "revenue", "sales", "profit", "valu", "worth", "market", "stock", "shares", "option", "total",
    "price",
)  # fmt: skip
# "an agreement with Meta worth about $3 billion": the deal's worth, not Meta's.
DEAL_WITH_PARTY_WORTH = re.compile(
    r"(?:deal|agreement|contract|pact|partnership|order|commitment)s?\s+with\s+"
    r"(?:[A-Z][\w.&'’-]*\s+){1,4}worth\s+about\s*$"
)

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
DATE = re.compile(
    rf"(?=[adfjmnos])\b(?P<month>{MONTHS})\.?(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)

# ---- cue words: a token's lower-case text, matched by prefix where the key ends in '*' ----

# Headline verbs of getting money ("Fjordmind lands $60 million from …").
HEADLINE_GETTING_VERBS = ("lands", "landed", "bags", "bagged", "nets", "netted", "snags",
                          "snagged", "nabs", "nabbed", "closes", "closed", "collects",
                          "collected", "scores", "scored", "grabs", "grabbed", "pockets",
                          "pocketed")  # fmt: skip

INVEST_CUES = (
    "investor", "shareholder", "stakeholder", "funder", "shareholders", "stakeholders",
    "funders", "owner",
    "invest*", "stake", "stakes", "interest", "backer", "backers", "back", "backed", "backing",
    "supporter", "supporters",
    "backs", "funding",
    "funded", "financed", "finance", "finances", "financing", "drew", "draws", "round",
    "rais*",
    "pour", "poured", "pours", "pouring", "pump", "pumps", "pumped", "pumping", "inject",
    "injects", "injecting", "injected", "plow", "plows", "plowing", "plowed", "ploughed", "put",
    "puts",
    "putting", "secured", "secures", "securing", "received", "receives", "receiving", "obtained",
    "attracted", "got", "gets", "getting", "shares", "stock", "equity", "commit",
    "commits", "committed", "committing", "pledge", "pledges", "pledged", "pledging",
    "bankroll", "bankrolls", "bankrolled", "bankrolling", "sink", "sinks", "sinking", "sank",
    "sunk", "infuse", "infuses", "infused", "infusing", *HEADLINE_GETTING_VERBS,
)  # fmt: skip
# Verbs that say use only with the chip as their object ("Apple is testing Trainium2 chips",
# "the facility will deliver 100,000 GPUs"; not "the testing methodology", "a benchmark for
# evaluating the PPU", "its silicon can deliver better economics").
DELIVER_FORMS = ("deliver", "delivers", "delivered", "delivering")
CHIP_OBJECT_CUES = {
    "testing", "tested", "evaluating", "evaluated", "trialing", "trialling", "piloting",
    *DELIVER_FORMS,
}  # fmt: skip
# Buying up chips in a hurry ("ByteDance snapped up A800 chips") is buying them.
SNAPPING = ("snapped", "snaps", "snapping", "gobbled", "scooped")
# "Meta has 350,000 H100s": a verb of having, with a count of the chips it has.
HAVING_VERBS = {"has", "have", "had", "having"}
# "signed up for Google Cloud services": a customer's sign-up with a cloud.
SIGNING_FORMS = ("sign", "signs", "signed", "signing")
# "Parkway Venture Capital investing $100 million": a participle of putting a sum in.
SUM_PARTICIPLES = {"investing", "providing", "contributing", "putting", "committing", "injecting",
                   "pledging", "adding"}  # fmt: skip
# "a million Trainium2 chips via AWS": chips had by way of a cloud.
BY_WAY_OF = ("via", "through")
# "scale its operations to a million Trainium2 chips": growing to a count of chips uses them.
GROWING_VERBS = {"scale", "scales", "scaled", "scaling", "expand", "expands", "expanded",
                 "expanding", "grow", "grows", "grew", "growing", "ramp", "ramps", "ramped",
                 "ramping"}  # fmt: skip
COUNT_HEDGES = {"about", "around", "roughly", "some", "nearly", "almost", "over", "more", "than",
                "up", "to", "approximately", "an", "estimated", "at", "least", "now", "already",
                "million", "thousand"}  # fmt: skip
# Holding or hosting chips is using them ("xAI has amassed 200,000 H100s", "the site will host",
# "the cluster comprises 4,600 GPUs").
HOLDING_CUES = (
    "owns", "owned", "amass*", "stockpil*", "hoard*", "host", "hosts", "hosting", "hosted",
    "feature", "features", "featuring", "comprise", "comprises", "comprising", "contain",
    "contains", "containing", "packs", "consist", "consists", "consisting", "composed",
)  # fmt: skip
# Chips a company gains or brings into service ("added 5,000 H200s", "brought 100,000 H100s
# online", "will get 10,000 GPUs", "upgrade the cluster with H200s", "integrate Blackwell").
GAINING_CUES = (
    "add", "adds", "added", "adding", "bring", "brings", "brought", "bringing", "get", "gets",
    "got", "getting", "upgrad*", "commissioned", "commissions", "commissioning", "integrat*",
    "retain", "retains", "retained", "retaining",
)  # fmt: skip
# "Midjourney switched from Nvidia GPUs to Google TPUs": the chips it moves to are used.
SWITCHING_VERBS = ("switch*", "moved", "moving", "migrat*", "shifted", "shifting", "transition*")
USE_CUES = (
    "use", "uses", "used", "using", "run", "runs", "running", "ran", "powered", "powering",
    "power", "powers", "equipped", "based", "deploy*", "train", "trains", "trained", "training",
    "rent*", "access", "spans", "span", "rely", "relies", "relied", "relying", "tethered", "built",
    "adopt*",
    "tap*", "infrastructure", "portfolio", "handle", "handling", "handles", "serve*", "serving",
    "delivery", "deliveries",
    "utiliz*", "utilis*", "secur*", "on", "buy", "buys", "bought", "buying", "purchas*", "order*",
    "receiv*", "install*", "customer", "customers", "acquir*", "pay", "pays", "paid", "paying",
    "implement", "implements", "implemented", "implementing", "draw", "draws", "drawing", "drew",
    "house", "houses", "housed", "interest", "split", "spread", "spreads", "spreading", "spend",
    "spends", "spending", "spent", "operates", "operating", "operated", "building", "leverag*",
    "allocat*", "allot*",
    "harness", "harnesses", "harnessing", "harnessed", "employ", "employs", "employing",
    "employed", "procur*", "introduce", "introduces", "introducing", "activat*", *SNAPPING,
    *HOLDING_CUES, *GAINING_CUES, *sorted(CHIP_OBJECT_CUES), *SWITCHING_VERBS,
)  # fmt: skip

# Chips named only as the thing a lab avoids or is compared with: not a use.
CONTRAST_BEFORE = re.compile(
    r"(?=[abcdeilmprstuw])(?:alternatives?\s+to|(?:predecessor|successor)s?\s+(?:to|of)|than(?!\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?"
    r"(?:[$€£¥]?\s?\d|a\s+(?:million|billion|thousand|hundred|dozen|day|week|month|year|decade)|half|"
    r"one|two|three|four|five|ten|twenty|hundreds|thousands|millions|dozens))|"
    r"(?:reduc|cut|lessen|lower|end|break|curb|limit|diversif|decreas|minimi[sz]|shed|wean|"
    r"escap)\w*\s+(?:\S+\s+){0,3}?(?:reliance|dependen(?:ce|cy))\s+on|"
    r"(?:sanctions|restrictions|curbs|controls|bans?|limits)\s+on|(?:superior|inferior)\s+to|"
    r"instead\s+of|"
    r"rather\s+than|compared\s+(?:to|with)|rivals?|competitors?|battl(?:e|es|ing)|"
    r"compet(?:e|es|ed|ing|itive)\s+(?:\w+ly\s+)?(?:edge\s+)?(?:with|against|over)|"
    r"replac(?:e|es|ed|ing)|challeng(?:e|es|ed|ing|ers?)|"
    r"similar\s+to|akin\s+to|reduce\s+\w+\s+reliance\s+on|unlike|"
    r"without\s+(?:\S+\s+){0,2}?(?:relying|depending|using|needing)\s+(?:\w+ly\s+)?on|"
    r"(?:primarily|mainly|largely|chiefly)\s+over|"
    r"(?:is|are|was|were)\s+like)(?:\s+(?:the\s+)?(?:performance|speed|capabilities|power)\s+of)?"
    r"(?:\s+\S+){0,4}\s*$|"  # ("rival the performance of Nvidia's GB200")
    r"(?:away\s+|(?:switch|shift|mov|migrat|transition)(?:ed|ing|es|s|e)?\s+(?:\S+\s+){0,4}?)from"
    r"(?:\s+(?!to\b|into\b|onto\b)\S+){0,4}\s*$",
    re.IGNORECASE,
)
# A stem each match of CONTRAST_BEFORE holds (lower case).
CONTRAST_STEMS = (
    "than", "from", "alternative", "reliance", "dependen", "instead", "compar", "rival", "compet",
    "sanction", "restriction", "curbs", "controls", "ban", "limits", "superior", "inferior",
    "battl", "replac", "similar", "akin", "unlike", "predecessor", "successor", "like",
    "challeng", "without", "over",
)  # fmt: skip

# ---- status: how certain the statement is (GOLD_FORMAT.md) ----
STATUS_CUES: dict[str, re.Pattern[str]] = {
    "in_talks": re.compile(
        r"(?=[acdefhilnpstuw])\b(?:in\s+(?:early(?:-stage)?\s+|advanced\s+|preliminary\s+)?talks|"
        r"early-stage\s+talks|negotiat\w*|"
        r"in\s+(?:early(?:-stage)?\s+|advanced\s+|preliminary\s+|serious\s+)?discussions?|discussing|"
        r"(?:held|holding|had|having)\s+(?:early\s+|preliminary\s+|advanced\s+)?"
        r"(?:talks|discussions)\s+(?:to|with|about|over|on)|"
        r"(?:the\s+)?talks\s+(?:with|between|about|over|on)|"
        r"(?:funding|fundraising|investment|financing|deal|supply|partnership)\s+talks|"
        r"close\s+to\s+(?:finali[sz]ing|signing|sealing|striking|reaching|clinching|securing|"
        r"raising|closing|landing)|"
        r"about\s+to\s+(?:close|finali[sz]e|sign|seal|complete|strike|clinch)|"
        r"(?:seeking|looking)\s+to\s+(?:rent|buy|secure|lease|raise)|"
        r"(?:is|was|are|were)\s+seeking\s+(?:up\s+to\s+|about\s+|around\s+|as\s+much\s+as\s+)?"
        r"(?:\$|€|£)|"
        r"near(?:s|ing)?\s+(?:a\s+|an\s+)?(?:[\w$.,-]+\s+){0,4}?"
        r"(?:deal|agreement|fundraise|funding\s+round|investment)|"
        r"under\s+discussion|"
        r"close\s+to\s+(?:a\s+|an\s+)?"
        r"(?:deal|agreement)|closing\s+in\s+on|pending\s+(?:deal|agreement|investment)|"
        r"hammering\s+out|finali[sz]ing\s+(?:a\s+|the\s+|an\s+)?(?:[\w$.,-]+\s+){0,4}?"
        r"(?:deal|agreement|terms|investment|contract)|"
        r"(?:the|a|an)\s+proposed\s+(?:deal|agreement|investment|contract|transaction))\b",
        re.IGNORECASE,
    ),
    "planned": re.compile(
        r"(?=[acehimopsvw])\b(?:plans?\s+to|planning\s+to|planned\s+to|aims?\s+to|intends?\s+to|wants?\s+to|seeks?\s+to|"
        r"is\s+considering|(?:will|would|to)\s+explore|mull(?:s|ing|ed)?|"
        r"(?:is|are|was|were)\s+(?:looking|preparing)\s+to|prepares?\s+to|(?:an?|its|their)\s+(?:objective|goal|ambition)\s+(?:of|to)|"
        r"are\s+considering|considering|(?:will|would|may|might|could)\s+consider|will\s+vote|vote\s+on\s+whether|weighing|"
        r"exploring|evaluating|hopes?\s+to|would\s+like\s+to|expected\s+to\s+(?:invest|commit|sign|adopt|use|buy|deploy|purchase|take|join|participate|rent|lease|lead|co-lead)|"
        r"(?<!%\s)(?<!percent\s)(?<!controlling\s)(?<!minority\s)(?<!majority\s)(?<!equity\s)"
        r"interest\s+in|"
        r"expects?\s+(?:\S+\s+){0,5}?to\s+be\s+(?:deployed|installed|delivered|used|online|operational))\b",
        re.IGNORECASE,
    ),
    "reported": re.compile(
        r"(?=[\w'’])\b(?:reportedly|allegedly|anonymous\s+sources|"
        r"(?:is|are|was|were)\s+(?:estimated|believed|thought|rumou?red)\s+to|sources\s+who\s+(?:say|said)|"
        r"(?:the|a|an|its|their|[’']s)\s+reported(?=\s+(?:[$€£\d]|(?:deal|contract|agreement|"
        r"investment|talks|plans?)\b))|widely\s+reported|"
        r"according\s+to(?!\s+(?:the\s+|an?\s+)?(?:official|company|companies|its|their|"
        r"joint|announcement|statement|filing|press|release|(?:\w+\s+)?(?:statement|filing)))|"
        r"(?:is|are|was|were)\s+(?:also\s+|now\s+)?said\s+to|"
        r"(?:people|persons?|sources?|insiders?)\s+familiar|(?:a\s+)?(?:person|people|sources?)\s+(?:briefed|with\s+knowledge)|"
        r"(?:one\s+of\s+)?the\s+(?:people|persons?)\s+(?:said|says|added)|"
        r"(?:said|says|added|according\s+to)\s+(?:the|two|three|several)\s+(?:people|persons|sources)\b|"
        r"\b(?:two|three|four|several)\s+(?:people|persons|sources)\s+(?:said|say|says|told|added)\b|sources?\s+(?:have\s+)?(?:said|say|says|told|confirmed|revealed|indicated|added)|reports?\s+(?:said|say|this|that|put|emerged|indicate|suggest|(?:have\s+|had\s+)?(?:cited|named|suggested|indicated))|"
        r"(?:in|from)\s+an?\s+(?:new\s+|recent\s+|separate\s+)?report\s+(?:from|by)|"
        r"was\s+reported|were\s+reported|has\s+been\s+reported|reported\s+(?:at|to|that)|"
        r"insiders|familiar\s+with\s+the\s+matter|unconfirmed|declined\s+to\s+comment|"
        r"it\s+is\s+(?:understood|learned|learnt)\s+that|"
        # an analyst's figure: "Omdia estimates Meta bought", "…, Omdia analysts estimated"
        r"(?:analysts?|researchers?|(?!(?:has|have|had|it|we|they|company|an|a|the)\b)\w+)\s+"
        r"(?:estimates|estimated)(?!\s+to\b)|estimates\s+(?:by|from)|"
        r"analysts\s+(?:\w+\s+){0,4}?estimate\s+that|reports?\s+(?:reveals?|revealed|shows?|showed)|"
        r"(?:first\s+|as\s+)reported\s+by|sources\s+close\s+to|citing\s+(?:people|sources|unnamed|a\s+person|"
        r"documents|an?\s+(?:unnamed|anonymous))|(?:reported|reports)(?=\s*(?:[,.;]|$)))\b",
        re.IGNORECASE,
    ),
}
# A named source that reports ("China Money Network reported this week", "Bloomberg reported on
# Monday that"): the name is matched with its case; whether it is a party is asked of the fact.
NAMED_REPORTER = re.compile(
    r"(?=[A-Z])\b((?:[A-Z][\w&.'’-]*\s+){1,4})reported\s+(?:this|last|on|earlier|late|over|"
    r"yesterday|today|that|in\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December))\b"
)
NOT_A_REPORTER = {"It", "We", "They", "He", "She", "The", "This", "That", "Company", "Which"}
# A party's own announcement overrides a plan word ("announced plans to invest"), and so does
# a plan to announce what is done ("its new funding, which the company plans to announce").
ANNOUNCED_OVERRIDES_PLAN = re.compile(
    r"(?=[acpsu])\b(?:announced|announces|signed|agreed|unveiled|confirmed|said\s+it\s+will|"
    r"plans?\s+to\s+(?:formally\s+)?(?:announce|unveil|disclose|reveal))\b",
    re.IGNORECASE,
)
# A newspaper's own scoop of talks is in_talks, not reported: talks beat a report word.
HYPOTHETICAL = re.compile(
    r"(?=[cimpsw])\b(?:if\s+(?:the|a)\s+(?:deal|talks|negotiations|discussions)|would|could|might|"
    r"potential(?:ly)?|should\s+the)\b",
    re.IGNORECASE,
)

# Chip designers long past their start: "the startup" never points back to one of them, while
# it may to a young designer ("Hyundai invested $50 million in the startup": Tenstorrent).
ESTABLISHED_DESIGNERS = {"nvidia", "amd", "intel", "qualcomm", "broadcom", "marvell", "arm",
                         "mediatek", "apple", "ibm"}  # fmt: skip
# Companies no article calls 'the startup'.
ESTABLISHED_COMPANIES = ESTABLISHED_DESIGNERS | {
    "microsoft", "amazon", "google", "alphabet", "meta", "oracle", "samsung", "softbank",
    "tencent", "alibaba", "baidu", "bytedance", "huawei", "tsmc", "dell", "hpe", "cisco",
    "supermicro", "sk-hynix", "foxconn",
}  # fmt: skip
# The descriptions that call a company young, whatever it does.
STARTUP_REFERENCES = frozenset({"the startup", "the start-up", "the ai startup", "the ai start-up",
                                "the unicorn", "the ai unicorn"})  # fmt: skip

# Pronouns and definite descriptions that point back to an organisation or a chip.
# References to the two organisations the last sentence named ("Nvidia will provide its GH200
# to the two companies"): each fact said of them is said of both.
PLURAL_ORG_REFERENCES = frozenset({
    "the two companies", "both companies", "the two firms", "both firms", "the two groups",
    "the pair", "the duo",
})  # fmt: skip
ORG_REFERENCES = {
    "it": None, "its": None, "the company": None, "the firm": None, "the group": None,
    "the startup": "Lab", "the ai startup": "Lab", "the lab": "Lab", "the ai lab": "Lab",
    "the ai company": "Lab", "the chipmaker": "ChipDesigner", "the chip maker": "ChipDesigner",
    "the chip designer": "ChipDesigner", "the cloud provider": "CloudProvider",
    "the cloud giant": "CloudProvider", "the hyperscaler": "CloudProvider",
    "the chip": "Chip", "the chips": "Chip", "the accelerator": "Chip", "the processor": "Chip",
    "the gpus": "Chip", "the accelerators": "Chip", "the processors": "Chip", "the gpu": "Chip",
    "the supercomputer": "DataCenter", "the cluster": "DataCenter", "the data center":
    "DataCenter", "the data centre": "DataCenter", "the facility": "DataCenter",
    "the campus": "DataCenter", "the site": "DataCenter", "the hub": "DataCenter",
    "the center": "DataCenter", "the centre": "DataCenter", "the ai factory": "DataCenter",
    "the facilities": "DataCenter", "the data centers": "DataCenter",
    "the data centres": "DataCenter", "these facilities": "DataCenter",
    "this facility": "DataCenter", "the new facility": "DataCenter", "the factory":
    "DataCenter", "the project": "DataCenter", "these data centers": "DataCenter",
    "these data centres": "DataCenter", "the new data center": "DataCenter",
    "the new data centre": "DataCenter",
    "the neocloud": "CloudProvider", "the cloud startup": "CloudProvider",
    "the cloud company": "CloudProvider", "the data center operator": "CloudProvider",
    "the chip startup": "ChipDesigner", "the chip giant": "ChipDesigner",
    "the chip company": "ChipDesigner", "the chipmaking giant": "ChipDesigner",
    "the social media giant": "Lab", "the ai firm": "Lab", "the ai developer": "Lab",
    "the new chip": "Chip", "the tech giant": None, "the maker": None, "the developer": None,
    "the creator": None, "the parent": None, "such chips": "Chip", "such semiconductors": "Chip",
    "such processors": "Chip", "such accelerators": "Chip", "these chips": "Chip",
    "those chips": "Chip", "the semiconductors": "Chip", "these gpus": "Chip",
    "those gpus": "Chip", "these accelerators": "Chip", "these processors": "Chip",
    "the infrastructure provider": "CloudProvider", "the ai infrastructure provider":
    "CloudProvider", "the ai cloud provider": "CloudProvider", "the gpu cloud provider":
    "CloudProvider", "the data center company": "CloudProvider", "the model maker": "Lab",
    "the chatbot maker": "Lab", "the model developer": "Lab", "the ai research lab": "Lab",
    "the nonprofit": None, "the conglomerate": None, "the telco": None, "the operator": None,
    **dict.fromkeys(PLURAL_ORG_REFERENCES, "Pair"),
    "the unicorn": "Lab", "the ai unicorn": "Lab", "the fund": "Investor",
    "the hedge fund": "Investor", "the investor": "Investor", "the investment firm": "Investor",
    "the venture firm": "Investor", "the chip firm": "ChipDesigner",
    "the chip developer": "ChipDesigner", "the semiconductor company": "ChipDesigner",
    "the semiconductor firm": "ChipDesigner", "the ai chip startup": "ChipDesigner",
    "the ai chipmaker": "ChipDesigner", "the gpu maker": "ChipDesigner",
    "the cloud firm": "CloudProvider", "the gpu cloud": "CloudProvider",
    "the start-up": "Lab", "the ai start-up": "Lab", "the ai giant": "Lab",
    "the ai powerhouse": "Lab", "the ai pioneer": "Lab", "the artificial intelligence company":
    "Lab", "the artificial intelligence firm": "Lab", "the artificial intelligence startup":
    "Lab", "the artificial intelligence powerhouse": "Lab", "the ai hyperscaler":
    "CloudProvider", "the data centre operator": "CloudProvider", "the chip specialist":
    "ChipDesigner", "the semiconductor designer": "ChipDesigner", "the software giant": None,
    "the search giant": None, "the e-commerce giant": None, "the technology giant": None,
    "the tech titan": None, "the tech behemoth": None,
    "we": "Speaker", "our": "Speaker", "us": "Speaker",
    "the latter": "Latter", "the former": "Former",
}  # fmt: skip

# Words after a sentence-opening "And" that are no verb of the last sentence's subject.
NOT_ELIDED_VERBS = {
    "the", "a", "an", "it", "its", "they", "their", "them", "he", "she", "we", "our", "you",
    "that", "this", "these", "those", "then", "so", "yet", "now", "there", "here", "in", "on",
    "at", "for", "with", "while", "when", "if", "as", "after", "before", "since", "of", "to",
    "by", "from", "not", "no", "all", "both", "each", "some", "many", "most", "other", "others",
    "one", "two", "three", "more", "less", "what", "which", "who", "how", "why", "where",
}  # fmt: skip

# "Crusoe is building a campus in Abilene": who builds, develops or runs a site owns it until
# another is named; "the facility will house 100,000 GPUs" is then that owner's use.
# (no lookahead on the first letters: each word opens on a letter of its own, which the scan
# skips to itself; a lookahead first would have it try a match at every position)
SITE_NOUN = re.compile(r"(?:cent(?:er|re)|campus|facilit|site|cluster|supercomputer|factory)", re.I)
SITE_BUILT = re.compile(
    r"(?=[bcdow])\b(?:build|builds|building|built|develop|develops|developing|operat(?:e|es|ed|ing)|"
    r"construct(?:s|ed|ing)?|open(?:s|ed|ing)?|own|owns|with\s+a\s+new)\s+(?:\S+\s+){0,6}?"
    r"(?:data\s+cent(?:er|re)s?|campus|facility|site|"
    r"cluster|supercomputer|ai\s+factory)\b",
    re.IGNORECASE,
)

# "The deal aims to deploy 750 MW": the aim of a deal made, not a plan without one.
DEAL_S_AIM = re.compile(
    r"(?=[acdp])\b(?:deal|agreement|partnership|contract|pact)\s+(?:aims|plans|intends|seeks)\s+to\b",
    re.I,
)
DEAL_S_AIM_VERBS = ("aims", "plans", "intends", "seeks")  # one of which each match holds

# Who speaks as "we": a press release's company ("Lambda today announced …", "About Lambda")
# or the company of a quote's speaker ("…," said Jane Doe, CEO of Lambda).
PRESS_ANNOUNCEMENT = re.compile(
    r"\b(?:today\s+(?:announced|announces|unveiled|unveils|launched|launches|introduced"
    r"|introduces|reported|reports|said|closed|completed|signed|entered)"
    r"|(?:announced|announces|unveiled|unveils|launched|launches|introduced|introduces)"
    r"\s+today)\b"
)
RELEASE_DATELINE = re.compile(
    r"/\s*PRNewswire\s*/|Business\s*Wire|GLOBE\s*NEWSWIRE|ACCESSWIRE", re.I
)
ABOUT_SECTION = re.compile(r"^[ \t#*]*About\s+(?P<name>[A-Z][^\n]{0,60}?)[ \t*:]*$", re.M)
QUOTE_ATTRIBUTION = {"said", "says", "added", "adds", "noted", "notes", "explained", "commented"}
CLOSING_ATTRIBUTION = {"said", "says", "announced", "confirmed", "disclosed", "stated"}


# A use stated as already happening is not downgraded to "in talks" by talks elsewhere.
ALREADY_IN_USE = re.compile(
    r"(?=[afh])\b(?:has|have|had)\s+(?:\w+\s+)?(?:used|run|deployed|relied)|\balready\b|\bfor\s+years\b",
    re.IGNORECASE,
)

# A sentence that opens on a deal named before it ("The deal could give OpenAI 750 MW", "The
# total contract value is $9.7 billion").
DEAL_OPENING = re.compile(
    r"\s*(?:(?:valued|worth|priced)\s+[^,]{1,40},\s*)?"  # "Valued at over $10 billion, the deal"
    r"(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|contract|pact)\b",
    re.I,
)
# "Their new supply contract: up to $14.2 billion": the deal of the two companies just named.
THEIR_DEAL = re.compile(r"\s*their\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|contract|pact)\b", re.I)
# "The partners: Lambda and Iren": the companies of the deals the last sentence named.
PARTNERS_LIST = re.compile(
    r"\s*the\s+(?:two\s+|three\s+|four\s+|new\s+)?(?:partners|providers|counterparties)"
    r"\s*(?::|are\b|were\b|include\b)",
    re.I,
)
# A sentence that is only a deal's name ("A $23 billion deal with Nscale, a UK startup."): the
# deal of the company the article was speaking of.
DEAL_FRAGMENT = re.compile(
    r"\s*(?i:an?)\s+(?:\S+\s+){0,4}?(?i:deal|agreement|contract|partnership)\s+with\s+[A-Z]"
    r"[^;]*$",
)
# The nouns a sentence refers back to a deal by ("the deal", "the agreement").
_REFERRED_DEAL_NOUNS = "deal|agreement|contract|partnership|investment|transaction|pact"
# A sentence that speaks of a deal named before it.
DEAL_REFERENCE = re.compile(rf"(?=t)\bthe\s+(?:{_REFERRED_DEAL_NOUNS})\b", re.IGNORECASE)
# A deal spoken of again, a few words between ("The record-breaking contract highlights …").
RESTATED_DEAL = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){{0,2}}?(?:{_REFERRED_DEAL_NOUNS}|commitment)\b"
)
# "OIA announced the deal through the state news agency, according to Reuters": an outlet relays
# what a party announced of the deal; it is no report of it.
DEAL_ANNOUNCED = re.compile(
    r"(?=[acu])\b(?:announced|confirmed|unveiled)\s+the\s+"
    r"(?:deal|agreement|contract|partnership|investment|transaction|pact)\b",
)

# Nouns that, after a chip designer's name, mean its accelerators ("Nvidia hardware").
HARDWARE_NOUNS = {
    "gpu", "gpus", "chip", "chips", "microchips", "processors", "accelerators", "accelerator",
    "hardware", "systems", "servers", "server", "silicon", "superchips", "graphics",
    "semiconductors",
}  # fmt: skip
# A model number of capitals and digits, also written with a space between them ("GB 200";
# not one capital: "A 30 percent").
SPACED_MODEL_NUMBER = re.compile(r"^([A-Z]{2,3})(\d{2,4}[A-Z]?)$")
# The nouns among them that name chips, not the machines around them.
CHIP_NOUNS = {"gpu", "gpus", "chip", "chips", "microchips", "processors", "accelerators",
              "accelerator", "silicon", "superchips", "semiconductors"}  # fmt: skip
# Nouns that make a chip noun before them a modifier: "GPU clusters" are clusters.
COMPOUND_HEADS = {"cluster", "clusters", "capacity", "servers", "instances", "fleet", "fleets",
                  "farms", "cloud", "infrastructure", "resources", "hours"}  # fmt: skip
# Words after a verb of making that say something else is made or put to use ("build an AI
# factory powered by Nvidia GPUs").
BUILT_INSTEAD = {"factory", "facility", "center", "centre", "centers", "centres", "campus",
                 "cluster", "supercomputer", "plant", "powered", "equipped", "running", "using",
                 "with"}  # fmt: skip
# Nouns after a chip noun that make the phrase a place or a business ("its Texas chip plant").
# Words after a product's name that say which tier of it is meant ("A4X Max", "B300 Ultra").
TIER_WORDS = {"max", "ultra", "pro", "plus", "mini", "lite"}
NOT_A_CHIP_AFTER = {"plant", "plants", "factory", "factories", "fab", "fabs", "business",
                    "unit", "division", "startup", "maker", "makers", "designer", "venture",
                    "deal", "deals", "export", "exports", "sales", "supply", "infiniband",
                    "networking", "ethernet", "switch", "switches", "interconnect",
                    "network", "networks", "fabric", "virtual", "vm", "vms", "instance",
                    "instances", "machines", "model", "models", "llm", "training", "modem",
                    "modems", "cpu", "cpus", "smartphone", "smartphones", "phone",
                    "phones"}  # fmt: skip
# Words right before a model number that make it another thing's: a funding round ("Series
# C-2"), a server line ("Dell PowerEdge XE9680L").
NOT_A_CHIP_BEFORE = {"series", "poweredge", "proliant", "thinksystem", "thinkagile", "primergy"}
# Nouns of an appositive that make a model number a model's name ("ZAYA1, a foundation model").
MODEL_NOUNS = {"model", "models", "llm", "llms", "chatbot", "assistant"}
PLURAL_CHIP_NOUNS = {"gpus", "chips", "microchips", "processors", "accelerators", "superchips",
                     "semiconductors"}  # fmt: skip
# Words allowed between a designer's name and that noun without a possessive ("Nvidia AI chips").
PRODUCT_LINE_MODIFIERS = {
    "ai", "data", "center", "centre", "datacenter", "gpu", "graphics", "-", "high-end",
    "high-performance", "advanced", "latest", "new", "newest", "next-generation", "custom",
    "cutting-edge", "cutting", "edge", "top-end", "flagship", "powerful", "leading",
    "pricey", "coveted", "scarce", "own", "inference", "training", "accelerated", "powered",
    "based",
}  # fmt: skip
