"""Text to facts with exact evidence: sentences, entities, numbers, relations, status, merging.

The stages, one module each: ``text`` (sentences), ``mentions``, ``references`` and
``discover`` (entities; with ``names``, ``name_guards`` for capitals that name no organisation,
``arms`` for investors named after their owners, ``chip_makers`` for designers and
``chip_names`` with ``chip_phrases`` for chips the registry lacks), ``quantities`` (numbers and
dates), ``clauses`` with ``investments`` (and ``holdings``, ``investees``, ``fundraising``,
``committed_funds``), ``rounds``, ``commitments`` (and ``commitment_parties``, ``deal_guards``,
``sites``, ``provider_roles``), ``uses`` (and ``use_subjects``, ``handovers``) and ``chips``
(the relation rules, one module per fact type), ``continued_deals`` and ``speakers`` (what a
sentence carries on from earlier ones), ``status``, ``settle`` (article-level passes),
``merge`` and ``confidence``; ``extractor`` runs them over a ``history`` of earlier sentences
(what each leaves there: ``remembered``), asking each relation rule only of the sentences
``gates`` lets through, and reads a chip family or line named beside one of its generations or
families as that one (``chip_families``); ``clauses`` prepares each sentence for the rules,
with ``clause_breaks`` (where its clauses end) and ``cue_matching`` (whether a word is one of a
cue table's); ``patterns`` holds every cue table.
"""

from kg.extract.extractor import Extractor
from kg.extract.text import split_sentences

__all__ = ["Extractor", "split_sentences"]
