"""Every regular expression and cue-word list the extractor uses, in one package to read and
edit: ``cues`` (cue words, numbers, status, references), ``round_slots`` (funding-round slots,
purpose, product lines), ``relations`` (clauses and the relation rules), ``deal_cues`` (compute
deals, supply, design, foundries), ``relation_extras`` (relation rules added since round
sixteen), ``rounds`` (funding rounds, references), ``rule_tables`` (the rules added since
round twelve) and ``discovery`` (names the registry lacks); none over about 500 lines.
Rules import them from here.

Rules generalise over language: they name verbs, nouns and constructions of deal-making,
never phrases peculiar to one article.

A pattern that opens on a lookahead of characters ('(?=[cfs])') lists every character one of
its matches can start with: the scan then skips other positions fast.
"""

from kg.extract.patterns.cues import *  # noqa: F403
from kg.extract.patterns.deal_cues import *  # noqa: F403
from kg.extract.patterns.discovery import *  # noqa: F403
from kg.extract.patterns.relation_extras import *  # noqa: F403
from kg.extract.patterns.relations import *  # noqa: F403
from kg.extract.patterns.round_slots import *  # noqa: F403
from kg.extract.patterns.rounds import *  # noqa: F403
from kg.extract.patterns.rule_tables import *  # noqa: F403
