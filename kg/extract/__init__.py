"""Text to facts with exact evidence: sentences, entities, numbers, relations, status, merging.

The stages, one module each: ``text`` (sentences), ``mentions`` and ``discover`` (entities),
``quantities`` (numbers and dates), ``clauses`` with ``investments``, ``rounds``,
``commitments``, ``uses`` and ``chips`` (the relation rules, one module per fact type),
``status``, ``settle`` (article-level passes), ``merge`` and ``confidence``; ``extractor``
runs them; ``patterns`` holds every cue table.
"""

from kg.extract.extractor import Extractor
from kg.extract.text import split_sentences

__all__ = ["Extractor", "split_sentences"]
