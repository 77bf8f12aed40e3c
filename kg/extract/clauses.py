"""Sentences prepared for the relation rules: candidates, clauses, lists, numbers to cues."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from itertools import compress

from kg.extract.clause_breaks import (
    clause_breaks,
    comma_coordinated_clauses,
    coordinated_clauses,
    dashes_as_commas,
    parenthesised_clauses,
)
from kg.extract.comparisons import benchmarked, may_benchmark
from kg.extract.cue_matching import MAX_CUE_OBJECTS, cue_sets, matches
from kg.extract.folded import occurs, word_holds
from kg.extract.mentions import Mention
from kg.extract.patterns import (
    ACCOMPANYING_BEFORE_WITH,
    ACCOMPANYING_WORDS,
    CLAUSE_BREAKS,
    CONTRAST_BEFORE,
    CONTRAST_STEMS,
    CORPORATE_SUFFIXES,
    FRONTED_PHRASE_OPENERS,
    HARDWARE_NOUNS,
    LIST_GLUE,
    NAME_ENDINGS,
    OWNED_TYPES,
    PRODUCT_LINE_MODIFIERS,
    RELATIVE,
    RIVAL_NOUNS,
    SECOND_PREDICATE,
)
from kg.extract.quantities import Quantity
from kg.extract.text import Sentence, WordMemo
from kg.registry import Registry


@dataclass
class Candidate:
    """A fact found in one sentence, before statements of one fact are merged."""

    type: str
    subject: str
    object: str
    sentence: Sentence
    method: str
    amount_usd: float | None = None
    capacity_gw: float | None = None
    duration_years: float | None = None
    chip: str | None = None
    purpose: str | None = None
    process_node: str | None = None
    status: str | None = None
    numbers_fixed: bool = False  # set by the rule itself: not given the nearest numbers
    anchor: int | None = None  # the token the fact hangs on: its cue word or its chip
    product_line: bool = False  # the chip was named as its designer's line ("AMD chips")
    partner_of: Candidate | None = None  # the fact of one deal with several partners it shares


@dataclass
class View:
    """One sentence prepared for the rules."""

    sentence: Sentence
    mentions: list[Mention]
    quantities: list[Quantity]
    registry: Registry
    lowers: list[str] = field(init=False)
    breaks: list[int] = field(init=False)
    # the positions of the words of each cue table, by the table's bit
    _by_table: dict[int, list[int]] = field(init=False, default_factory=dict)
    _marked_by: object = field(init=False, default=None)  # the memory the bits are from
    # each mention with its organisation, by the mention's id (a frozen dataclass hashes
    # slowly; the mention is kept, so no other object has its id)
    _org_of: dict[int, tuple[Mention, str | None]] = field(init=False)
    _org_mentions: list[Mention] = field(init=False)
    _orgs_inside: list[Mention] = field(init=False)  # ``orgs()`` without bounds
    _chip_mentions: list[Mention] = field(init=False)
    _contrasted: dict[int, bool] = field(init=False, default_factory=dict)
    # whether the view's words hold a contrast stem at all (None: not asked yet)
    _may_contrast: bool | None = field(init=False, default=None)
    _may_benchmark: bool | None = field(init=False, default=None)
    # the positions of each cue table asked of, by the table's id (the table is kept with
    # them, so no other object has that id while the view lives)
    _asked: dict[int, tuple[tuple[str, ...], list[int]]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.lowers = self._bare_possessives(dashes_as_commas(self.sentence.lowers))
        self.breaks = sorted(
            clause_breaks(self.lowers)
            + parenthesised_clauses(self.lowers)
            + coordinated_clauses(self.lowers, self.mentions)
            + comma_coordinated_clauses(self.lowers, self.mentions)
        )
        self._org_of = {id(m): (m, self._organisation(m)) for m in self.mentions}
        self._org_mentions = [m for m in self.mentions if self._org_of[id(m)][1]]
        self._orgs_inside = [m for m in self._org_mentions if 0 <= m.first < len(self.lowers)]
        self._chip_mentions = [m for m in self.mentions if self.entity(m).is_chip]

    def _bare_possessives(self, lowers: list[str]) -> list[str]:
        """An apostrophe alone after a name ending in s, before a word in lower case, is the
        name's possessive, read as "'s" is ("Cerebras' earliest investors", "Nebius’ largest
        client"); not one inside a name ("Ontario Teachers' Pension Plan"), nor a closing quote
        (no single quote opens before it: "the 'AI factories' are")."""
        if "'" not in lowers and "’" not in lowers:
            return lowers
        tokens = self.sentence.tokens
        named = {i for m in self.mentions for i in range(m.first, m.last + 1)}
        read = lowers
        for i in range(1, len(tokens) - 1):
            mark, before, after = tokens[i], tokens[i - 1], tokens[i + 1]
            if mark.text in ("‘", "'", "’") and before.end < mark.start:
                break  # an opening quote
            if (
                mark.text in ("'", "’")
                and i not in named
                and before.text[-1:] in ("s", "S")
                and before.text[:1].isupper()
                and after.start > mark.end
                and (after.text[:1].islower() or after.text[:1].isdigit())
            ):
                if read is lowers:
                    read = lowers[:]  # (the sentence's words are shared: never changed)
                read[i] = mark.text + "s"
        return read

    def clause(self, index: int) -> tuple[int, int]:
        """Token bounds [lo, hi) of the clause that holds ``index``."""
        lo, hi = 0, len(self.lowers)
        for b in self.breaks:
            if b <= index:
                lo = b + 1
            elif b > index:
                hi = b
                break
        return lo, hi

    def entity(self, mention: Mention):
        return self.registry.get(mention.entity)

    def org(self, mention: Mention) -> str | None:
        known = self._org_of.get(id(mention))
        if known is not None:
            return known[1]
        return self._organisation(mention)  # a mention a rule made up ("the cloud behind")

    def _organisation(self, mention: Mention) -> str | None:
        entity = self.entity(mention)
        return self.registry.organisation(entity.id) if entity.is_organization else None

    def has_type(self, mention: Mention, kind: str) -> bool:
        entity = self.entity(mention)
        if kind in entity.types:
            return True
        root = self.registry.get(self.registry.organisation(entity.id))
        return kind in root.types

    def possessive(self, mention: Mention, plural: bool = False) -> bool:
        """Whether the name is followed by 's ("Nvidia's"), or with ``plural`` also by a bare
        apostrophe ("Reliance Industries' data center")."""
        after = self.lowers[mention.last + 1 : mention.last + 2]
        return after in (["'s"], ["’s"]) or plural and after in (["'"], ["’"])

    def in_compound(self, mention: Mention) -> bool:
        """Whether the name opens a hyphenated compound ('Nvidia-backed', 'NVIDIA-rival'): it
        describes the name after it and takes no part itself."""
        return self.lowers[mention.last + 1 : mention.last + 2] == ["-"]

    def is_lab(self, mention: Mention) -> bool:
        """A model builder that is not also a cloud (Amazon builds models but acts as a cloud)."""
        return self.has_type(mention, "Lab") and not self.has_type(mention, "CloudProvider")

    def org_ids(self) -> set[str]:
        """The organisations the view's mentions name (what ``org`` gives each of ``orgs``,
        with whatever bounds)."""
        return {self._org_of[id(m)][1] for m in self._org_mentions}  # type: ignore[misc]

    def chip_ids(self) -> set[str]:
        """The chips the view's mentions name (with whatever bounds)."""
        return {m.entity for m in self._chip_mentions}

    def orgs(self, lo: int = 0, hi: int | None = None) -> list[Mention]:
        if lo == 0 and hi is None:
            return self._orgs_inside[:]
        hi = len(self.lowers) if hi is None else hi
        return [m for m in self._org_mentions if lo <= m.first < hi]

    def names_its_designer(self, chip: Mention) -> bool:
        """'AMD chips', 'Nvidia server': a chip named by its designer's name and hardware
        nouns, not by a model or family name ('Microsoft Maia')."""
        inside = [
            i
            for m in self.orgs()
            if m.embedded and chip.first <= m.first and m.last <= chip.last
            for i in range(m.first, m.last + 1)
        ]
        rest = [self.lowers[i] for i in range(chip.first, chip.last + 1) if i not in inside]
        return bool(inside) and set(rest) <= LINE_WORDS

    def chips(self, lo: int = 0, hi: int | None = None) -> list[Mention]:
        hi = len(self.lowers) if hi is None else hi
        return [m for m in self._chip_mentions if lo <= m.first < hi]

    def owners(self, lo: int, hi: int) -> list[tuple[Mention, str]]:
        """Models and products in [lo, hi) with the organisation that owns them."""
        found = []
        for m in self.mentions:
            entity = self.entity(m)
            if lo <= m.first < hi and entity.owner and OWNED_TYPES & set(entity.types):
                if self.lowers[m.first - 1 : m.first] in (["its"], ["their"]):
                    continue  # "at its Abilene campus": the speaker's site of that name
                found.append((m, self.registry.organisation(entity.owner)))
        return found

    def before(self, index: int, words: int = 6) -> str:
        lo = max(0, index - words)
        return " ".join(self.lowers[lo:index])

    def contrasted(self, index: int) -> bool:
        """Whether the words before ``index`` name it as what another is compared with ('an
        alternative to Nvidia GPUs', 'rivals AWS and Azure'); several rules ask of one name."""
        known = self._contrasted.get(index)
        if known is None:
            if self._may_contrast is None:
                # the words before any index are some of all the words: where these hold no
                # stem, neither do those (and the pattern needs one)
                self._may_contrast = any(map(_HOLDS_CONTRAST_STEM.__getitem__, self.lowers))
            if self._may_contrast:
                start = _past_rival_compound(self, index)
                reach = index - start if start else 6
                words = self.lowers[max(0, index - reach) : index]  # (what ``before`` joins)
                known = any(map(_HOLDS_CONTRAST_STEM.__getitem__, words)) and occurs(
                    CONTRAST_BEFORE, self.before(index, reach)
                )
            else:
                known = False
            known = known or self.yardstick(index)
            self._contrasted[index] = known
        return known

    def yardstick(self, index: int) -> bool:
        """Whether the chip at ``index`` is what another is measured against ('equivalent to
        60,400 A100 chips'): named as a measure, not used in the sentence (the gold still
        counts its designer, named with it, as its designer)."""
        if self._may_benchmark is None:
            self._may_benchmark = may_benchmark(self.lowers)
        return self._may_benchmark and benchmarked(self.lowers, index)

    def cue_positions(self, cues: tuple[str, ...], lo: int = 0, hi: int | None = None) -> list[int]:
        known = _CUE_BITS_BY_ID.get(id(cues))
        if known is not None and self._marked_by is _CUE_WORDS:
            # (the rules ask ~20 tables a sentence: a table the words' marks know is read from
            # them straight, without the calls of ``_positions``)
            positions = self._by_table.get(known[1], NO_POSITIONS)
        else:
            positions = self._positions(cues)
        if lo == 0 and hi is None:
            return positions[:]
        hi = len(self.lowers) if hi is None else hi
        return [i for i in positions if lo <= i < hi]

    def marks(self) -> int:
        """The bits of every cue table (see ``cue_bit``) one of the view's words is one of, and
        ``CHIP_MARK`` when the view names a chip: what the gates of ``kg.extract.gates`` read."""
        words = _CUE_WORDS
        if self._marked_by is not words:
            self._by_table = _positions_by_table(map(words.__getitem__, self.lowers))
            self._marked_by = words
        return sum(self._by_table) | (CHIP_MARK if self._chip_mentions else 0)

    def _positions(self, cues: tuple[str, ...]) -> list[int]:
        known = self._asked.get(id(cues))
        if known is not None:  # the rules ask of one table many times
            return known[1]
        positions = self._table_positions(cues)
        self._asked[id(cues)] = (cues, positions)
        return positions

    def _table_positions(self, cues: tuple[str, ...]) -> list[int]:
        words, bit = _cue_words(cues)
        if bit is None:  # more tables than the memory keeps: this one word by word
            return [i for i, word in enumerate(self.lowers) if matches(word, cues)]
        if self._marked_by is not words:  # the words' tables, looked up once for all tables
            self._by_table = _positions_by_table(map(words.__getitem__, self.lowers))
            self._marked_by = words
        return self._by_table.get(bit, NO_POSITIONS)


# Whether a word holds a contrast stem, as ``lowered_holds`` reads it (the words of a sentence
# joined hold one exactly where one of them does: ``word_holds``)
_HOLDS_CONTRAST_STEM = WordMemo(partial(word_holds, words=CONTRAST_STEMS))

NO_POSITIONS: list[int] = []  # (never changed: cue_positions returns copies)


def _positions_by_table(marks: Iterable[int]) -> dict[int, list[int]]:
    """For each table's bit, the positions of the words whose marks have it (most words have
    none: only the others are gone through)."""
    found: dict[int, list[int]] = {}
    marked = list(marks)
    bits_of = _BITS_OF.__getitem__
    for i in compress(range(len(marked)), marked):
        for bit in bits_of(marked[i]):
            found.setdefault(bit, []).append(i)
    return found


class _Bits(dict):
    """For each word's marks, its bits, lowest first: worked out once (a word's marks recur
    with the word), not bit by bit at each word."""

    LIMIT = 4096  # marks remembered; then the memory starts afresh

    def __missing__(self, marks: int) -> tuple[int, ...]:
        if len(self) >= self.LIMIT:
            self.clear()
        bits = []
        rest = marks
        while rest:
            bit = rest & -rest
            bits.append(bit)
            rest ^= bit
        found = self[marks] = tuple(bits)
        return found


_BITS_OF = _Bits()


# The words of a list's gap that end the list's clause (made once, not at each gap).
CLAUSE_ENDS = frozenset(CLAUSE_BREAKS | RELATIVE)
# The words a chip named by its designer's name holds besides that name ('AMD chips').
LINE_WORDS = frozenset(HARDWARE_NOUNS | PRODUCT_LINE_MODIFIERS | {"'s", "’s"})


def words_outside_brackets(lowers: list[str], start: int, count: int, hi: int) -> list[int]:
    """The positions of the first ``count`` words from ``start`` (before ``hi``) that stand
    outside brackets: 'invest £500 million (approximately $683 million) in Nscale' reaches
    'in' as the sum alone would."""
    found: list[int] = []
    depth = 0
    for i in range(start, hi):
        word = lowers[i]
        depth += (word == "(") - (word == ")")
        if depth <= 0 and word != ")":
            depth = 0
            found.append(i)
            if len(found) == count:
                break
    return found


class _CueWords(dict):
    """For each word seen, the bits of the cue tables it is one of (a word recurs in sentence
    after sentence). A new word is looked up among the tables' whole words at once and tried
    on the prefixes of the tables that have some, not asked of each table in turn."""

    LIMIT = 100_000  # words remembered; then the memory starts afresh

    def __init__(self, tables: tuple[tuple[tuple[str, ...], int], ...]) -> None:
        super().__init__()
        self.whole_words: dict[str, int] = {}
        self.prefixed: list[tuple[tuple[str, ...], int]] = []
        for cues, bit in tables:
            exact, prefixes = cue_sets(cues)
            for word in exact:
                self.whole_words[word] = self.whole_words.get(word, 0) | bit
            if prefixes:
                self.prefixed.append((prefixes, bit))

    def __missing__(self, word: str) -> int:
        if len(self) >= self.LIMIT:
            self.clear()
        bits = self.whole_words.get(word, 0)
        for prefixes, bit in self.prefixed:
            if word.startswith(prefixes):
                bits |= bit
        self[word] = bits
        return bits


MAX_CUE_TABLES = 64  # tables the memory knows (the rules use a dozen)
_CUE_TABLES: dict[tuple[str, ...], int] = {}  # each table asked of, with its bit
_CUE_WORDS = _CueWords(())  # replaced, not changed, when a table is added
_CUE_LOCK = threading.Lock()
# The bits of the table objects asked of, by id: a table's tuple is hashed once, not at each
# ask. The objects are kept, so no other object has their id; only so many (a table built
# anew at each ask would fill it).
_CUE_BITS_BY_ID: dict[int, tuple[tuple[str, ...], int]] = {}


def _cue_words(cues: tuple[str, ...]) -> tuple[_CueWords, int | None]:
    """The memory of words' tables that knows ``cues``, and the bit of ``cues`` in it (None
    when it keeps too many tables to take another)."""
    global _CUE_WORDS
    known = _CUE_BITS_BY_ID.get(id(cues))
    if known is not None:
        return _CUE_WORDS, known[1]
    bit = _CUE_TABLES.get(cues)
    if bit is None:
        with _CUE_LOCK:
            bit = _CUE_TABLES.get(cues)
            if bit is None:
                if len(_CUE_TABLES) >= MAX_CUE_TABLES:
                    return _CUE_WORDS, None
                bit = 1 << len(_CUE_TABLES)
                # a new memory (the words remembered were not tried on this table), in place
                # before the table is listed, so that whoever finds the table finds it
                _CUE_WORDS = _CueWords((*_CUE_TABLES.items(), (cues, bit)))
                _CUE_TABLES[cues] = bit
    if len(_CUE_BITS_BY_ID) < MAX_CUE_OBJECTS:
        _CUE_BITS_BY_ID[id(cues)] = (cues, bit)
    return _CUE_WORDS, bit


def cue_bit(cues: tuple[str, ...]) -> int:
    """The bit ``View.marks`` gives a view with a word of ``cues``; 0 for a table the memory
    has no room for (a gate that asks for 0 asks nothing)."""
    return _cue_words(cues)[1] or 0


# The mark of a view that names a chip: a bit no cue table has.
CHIP_MARK = 1 << MAX_CUE_TABLES


def _past_rival_compound(view: View, index: int) -> int:
    """Where the words that may contrast a name begin, past a rival compound among the six
    words before it ('OpenAI rival Anthropic', 'a deal with Nvidia rival AMD to buy'): the
    compound describes the name after it and compares nothing in the sentence (0: none)."""
    for at in range(index - 1, max(0, index - 6), -1):
        if view.lowers[at] in RIVAL_NOUNS and any(
            m.embedded and m.last == at - 1 for m in view.orgs(max(0, at - 4), at)
        ):
            return at + 1
    return 0


def list_around(view: View, candidates: list[Mention], anchor: Mention) -> list[Mention]:
    """The anchor and the candidates listed with it ('A, B, and C', 'A (an aside), B'); a name
    in a hyphenated compound ('Reflection AI, an Nvidia-backed lab') is no item, nor one that
    owns what follows after an item that does not."""
    ordered = sorted(
        (m for m in candidates if m is anchor or not view.in_compound(m)),
        key=lambda m: m.first,
    )
    index = ordered.index(anchor)
    group = [anchor]
    for step in (-1, 1):
        current = index
        while 0 <= current + step < len(ordered):
            a, b = sorted((ordered[current], ordered[current + step]), key=lambda m: m.first)
            if not list_gap(view.lowers[a.last + 1 : b.first]) or _owns_next_phrase(view, a, b):
                break
            group.append(ordered[current + step])
            current += step
    return group


def _owns_next_phrase(view: View, item: Mention, after: Mention) -> bool:
    """'a lease with AWS and Google's stake in TeraWulf': a name after a list's item that owns
    what follows opens a new phrase (not "Oracle and Alphabet's Google", one of its units)."""
    return (
        view.possessive(after)
        and not view.possessive(item)
        and not any(m.first == after.last + 2 for m in view.orgs(after.last + 2, after.last + 3))
    )


def past_examples_opening(words: list[str], start: int, hi: int, reach: int) -> int:
    """Where the names begin past a group they are examples of ('tested by several prominent
    companies, including Anthropic', 'turned to neoclouds such as Nebius'): after its
    'including', 'like' or 'such as' within ``reach`` words of ``start``, or ``start``."""
    for i in range(start, min(hi, start + reach)):
        if words[i] in ("including", "like"):
            return i + 1
        if words[i : i + 2] == ["such", "as"]:
            return i + 2
    return start


def fronted_phrase_end(lowers: list[str], opened: bool = False) -> int:
    """The comma that closes an adverbial phrase the sentence opens on ('After relying on
    Microsoft Azure, OpenAI …'; with ``opened``, whatever word opens it), or -1; a comma
    before 'and' or 'or' closes a list item, not the phrase."""
    if not lowers or (
        not opened
        and lowers[0] not in FRONTED_PHRASE_OPENERS
        and lowers[:2] != ["much", "like"]
        and lowers[:3] != ["in", "addition", "to"]
    ):
        return -1
    depth = 0
    for i, word in enumerate(lowers[:40]):
        depth += (word == "(") - (word == ")")
        if word == "," and depth == 0:
            return -1 if lowers[i + 1 : i + 2] in (["and"], ["or"]) else i
    return -1


def list_ending(
    view: View,
    before: list[Mention],
    last: Mention,
    joins: Callable[[list[str]], bool] | None = None,
) -> list[Mention]:
    """``last`` and the names of ``before`` listed just ahead of it ('A, B and C'), in text
    order; ``joins`` says whether the words between two names keep the list going."""
    joins = joins or list_gap
    group = [last]
    start = last.first  # where the item listed last begins, its owner's possessive included
    for prev in reversed([m for m in before if m.last < last.first]):
        if prev.last + 2 == start and view.lowers[prev.last + 1] in ("'s", "’s"):
            start = prev.first  # "Nvidia and Alphabet's Google": the owner names no item
            continue
        if not joins(view.lowers[_past_name_ending(view, prev.last + 1) : start]):
            break
        group.append(prev)
        start = prev.first
    return group[::-1]


def list_starting(
    view: View,
    first: Mention,
    after: list[Mention],
    joins: Callable[[list[str]], bool] | None = None,
) -> list[Mention]:
    """``first`` and the names of ``after`` listed just behind it ('A, B and C'), in text
    order: ``list_ending`` read forwards."""
    joins = joins or list_gap
    group = [first]
    for nxt in (m for m in after if m.first > first.last):
        if not joins(view.lowers[_past_name_ending(view, group[-1].last + 1) : nxt.first]):
            break
        group.append(nxt)
    return group


def _past_name_ending(view: View, index: int) -> int:
    """The index past capitalised words ending the name before ``index`` that the registry's
    name left out ("Mubadala Investment and G42"), not a noun after it ("a $5 billion Microsoft
    investment and Anthropic's commitment")."""
    tokens = view.sentence.tokens
    while (
        index < len(tokens)
        and tokens[index].lower in NAME_ENDINGS
        and tokens[index].text[:1].isupper()
    ):
        index += 1
    return index


def accompanies(lowers: list[str], at: int) -> bool:
    """Whether the word at ``at`` names fellows after it ('alongside', 'along with')."""
    return lowers[at] in ACCOMPANYING_WORDS or (
        lowers[at] == "with" and at > 0 and lowers[at - 1] in ACCOMPANYING_BEFORE_WITH
    )


def list_gap(gap: list[str]) -> bool:
    """Whether the words between two names join them in a list."""
    if "(" in gap and ")" in gap:
        gap = gap[: gap.index("(")] + gap[gap.index(")") + 1 :]
    gap = [w for w in gap if w not in CORPORATE_SUFFIXES]  # "Meta Platforms Inc and Microsoft"
    for place_words in (1, 2):  # "Mistral AI in France and Black Forest Labs in Germany"
        if gap[:1] == ["in"] and gap[place_words + 1 : place_words + 2] in ([","], ["and"]):
            gap = gap[place_words + 1 :]
            break
    if not gap or len(gap) > 5 or not CLAUSE_ENDS.isdisjoint(gap) or "to" in gap:
        return False  # "OpenAI, the creator of ChatGPT, to purchase Oracle's capacity"; "Quorix,
        # which competes with Nvidia"
    if set(gap) <= LIST_GLUE:
        return True
    if set(gap) & SECOND_PREDICATE:
        return False  # "OpenAI and xAI, and has partnered with BlackRock": a new predicate
    return gap[0] in {",", "and"} and len([w for w in gap if w not in LIST_GLUE]) <= 3
