"""Whether a word is one of a cue table's words, a table asked of often known by its id."""

from __future__ import annotations

from functools import lru_cache


def matches(word: str, cues: tuple[str, ...]) -> bool:
    """Whether a lower-case word is one of the cues ('invest*' matches by prefix)."""
    known = _CUE_SETS_BY_ID.get(id(cues))
    exact, prefixes = known[1] if known is not None else _remember_cue_sets(cues)
    return word in exact or word.startswith(prefixes)


# Each table asked of by ``matches``, by id, with its words and prefixes: a table's tuple
# hashes at every ask of a cache keyed by it (a table of a hundred words, slowly), its id does
# not. The tables are kept, so no other object has their ids; only so many (a table built
# anew at each ask would fill it).
_CUE_SETS_BY_ID: dict[int, tuple[tuple[str, ...], tuple[frozenset[str], tuple[str, ...]]]] = {}


def _remember_cue_sets(cues: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    sets = cue_sets(cues)
    if len(_CUE_SETS_BY_ID) < MAX_CUE_OBJECTS:
        _CUE_SETS_BY_ID[id(cues)] = (cues, sets)
    return sets


MAX_CUE_OBJECTS = 256


@lru_cache(maxsize=128)
def cue_sets(cues: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A cue table as whole words and prefixes ('invest*')."""
    exact = frozenset(c for c in cues if not c.endswith("*"))
    return exact, tuple(c[:-1] for c in cues if c.endswith("*"))
