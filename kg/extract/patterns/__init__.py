"""Every regular expression and cue-word list the extractor uses, in one package to read and
edit: ``cues`` (cue words, numbers, status, references, funding-round slots, purpose),
``relations`` (the relation rules), ``rounds`` (funding rounds, references, the rules added
since) and ``discovery`` (names the registry lacks).
Rules import them from here.

Rules generalise over language: they name verbs, nouns and constructions of deal-making,
never phrases peculiar to one article.

A pattern that opens on a lookahead of characters ('(?=[cfs])') lists every character one of
its matches can start with: the scan then skips other positions fast.
"""

from kg.extract.patterns.cues import *  # noqa: F403
from kg.extract.patterns.discovery import *  # noqa: F403
from kg.extract.patterns.relations import *  # noqa: F403
from kg.extract.patterns.rounds import *  # noqa: F403
