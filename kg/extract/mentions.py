"""Entity recognition: registry names and aliases found in sentences, plus references."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from itertools import compress

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extract.folded import occurs
from kg.extract.patterns import (
    CHIP_NOUNS,
    COMPOUND_HEADS,
    CONTRAST_BEFORE,
    DETERMINERS,
    GLUED_GENERATION,
    HARDWARE_NOUNS,
    MADE_BY,
    NAME_USED_ENDS,
    NATION_ABBREVIATIONS,
    OWNER_NOUNS,
    PERSON_NOUNS,
    PLURAL_CHIP_NOUNS,
    PURCHASE_NOUNS,
    RACK_SUFFIX,
    RIVAL_NOUNS,
    RUNS_WORK_ON,
    SPACED_MODEL_NUMBER,
    SPELT_OUT_GPUS,
    UNIT_AFTER_NUMBER,
    UNIT_NOUNS,
    USES_A_NAME,
    USES_A_NAME_PHRASES,
)
from kg.extract.places import DEMONYMS
from kg.extract.product_lines import (
    chips_bought_under_its_deal,
    chips_it_sells,
    hardware_noun_after,
    its_own_chips,
    product_lines,
)
from kg.extract.text import Sentence, pipeline
from kg.models import Entity
from kg.registry import Registry, normalise_name


@dataclass(frozen=True)
class Mention:
    """An entity named in a sentence: token span [first, last] and character span."""

    entity: str
    first: int
    last: int
    start: int
    end: int
    text: str
    reference: bool = False  # "the company", "its": resolved from an earlier mention
    embedded: bool = False  # a designer named inside a chip's name


def _org_prefix(name: str, org_names: dict[str, str]) -> tuple[str, str] | None:
    """('AWS', 'Trainium') for 'AWS Trainium': a chip name that starts with an organisation."""
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        head = normalise_name(" ".join(words[:cut]))
        if head in org_names:
            return org_names[head], " ".join(words[cut:])
    return None


def _surface_forms(name: str, entity: Entity, registry: Registry, orgs: dict[str, str]) -> set[str]:
    """The forms a name is matched in. 'AWS Trainium' is left to match as two names (so the
    designer is seen); 'Nvidia GPUs' stays one name and gains "Nvidia's GPUs"; a chip's
    two-word name is also matched hyphenated ('Grace-Blackwell')."""
    if not entity.is_chip:
        return {name} | _possessive_forms(name, entity, registry)
    prefixed = _org_prefix(name, orgs)
    if prefixed and name != entity.name:
        rest = registry.lookup(prefixed[1]) or registry.lookup(prefixed[1].removesuffix("s"))
        if rest is not None and rest.id == entity.id:
            return set()
    forms = {name}
    if prefixed:
        head = name[: len(name) - len(prefixed[1])].strip()
        forms |= {f"{head}'s {prefixed[1]}", f"{head}’s {prefixed[1]}"}
    words = name.split()
    if len(words) == 2 and all(w.isalpha() and w[0].isupper() for w in words):
        forms.add("-".join(words))  # "Grace-Blackwell", "Vera-Rubin"
    forms |= {SPACED_MODEL_NUMBER.sub(r"\1 \2", f) for f in forms}  # "GB 200", "MI 300X"
    forms |= {form + "s" for form in forms if not form.endswith("s")}
    return forms


def _possessive_forms(name: str, entity: Entity, registry: Registry) -> set[str]:
    """'OpenAI's Startup Fund': an organisation named after its owner, by its possessive."""
    holder = entity.owner or entity.parent
    if name != entity.name or not holder or holder not in registry:
        return set()
    head = registry.get(holder).name
    rest = name.removeprefix(head + " ")
    if rest == name or not rest[:1].isupper():
        return set()
    return {f"{head}'s {rest}", f"{head}’s {rest}"}


class EntityFinder:
    """Every registry name, matched case-insensitively, longest match first: what a spaCy
    PhraseMatcher on LOWER followed by ``filter_spans`` finds, read from a trie of the names'
    lower-case tokens (no ``Doc`` is made per sentence)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        nlp = pipeline()
        self.org_names = {
            normalise_name(name): entity_id
            for name, entity_id in registry.names()
            if registry.get(entity_id).is_organization
        }
        patterns: dict[str, list] = {}
        for name, entity_id in registry.names():
            entity = registry.get(entity_id)
            for form in _surface_forms(name, entity, registry, self.org_names):
                patterns.setdefault(entity_id, []).append(nlp.make_doc(form))
        # The trie: a node is a dict from a lower-case word to the next node; the labels of the
        # names that end at a node are under the key None, in the order spaCy's matcher
        # reports them.
        self._trie: dict = {}
        for entity_id, docs in sorted(patterns.items()):
            for doc in docs:
                node = self._trie
                for token in doc:
                    node = node.setdefault(token.lower_, {})
                labels = node.setdefault(None, [])
                if entity_id not in labels:
                    labels.append(entity_id)
        self._order_shared_names(nlp, patterns)
        self.product_lines = product_lines(registry)
        self.line_ids = frozenset(self.product_lines.values())

    def _order_shared_names(self, nlp, patterns: dict[str, list]) -> None:
        """Names that two entities share (after case folding) are reported in the order a
        PhraseMatcher holding them reports them: its own, not the registry's."""

        def walk(node: dict, words: tuple[str, ...]):
            for word, child in node.items():
                if word is None:
                    if len(child) > 1:
                        yield words, child
                else:
                    yield from walk(child, (*words, word))

        for words, labels in list(walk(self._trie, ())):
            matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
            for entity_id in sorted(labels):
                docs = [d for d in patterns[entity_id] if tuple(t.lower_ for t in d) == words]
                matcher.add(entity_id, docs)
            doc = Doc(nlp.vocab, words=list(words))
            order = [nlp.vocab.strings[k] for k, a, b in matcher(doc) if (a, b) == (0, len(words))]
            labels[:] = order

    def _matches(self, lowers: list[str]) -> list[tuple[str, int, int]]:
        """(label, start, end) of every name in ``lowers``, longest first where they overlap:
        spaCy's PhraseMatcher and ``filter_spans``."""
        trie = self._trie
        found = []
        n = len(lowers)
        for start in compress(range(n), map(trie.__contains__, lowers)):  # a name's first word
            node = trie[lowers[start]]
            end = start + 1
            while True:
                labels = node.get(None)
                if labels is not None:
                    found.extend((label, start, end) for label in labels)
                if end >= n:
                    break
                node = node.get(lowers[end])
                if node is None:
                    break
                end += 1
        if not found:
            return found
        # spacy.util.filter_spans: the (first) longest of overlapping spans wins
        ordered = sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        result = []
        seen: set[int] = set()
        for match in ordered:
            if match[1] not in seen and match[2] - 1 not in seen:
                result.append(match)
                seen.update(range(match[1], match[2]))
        return sorted(result, key=lambda m: m[1])

    def find(self, sentence: Sentence) -> list[Mention]:
        tokens = sentence.tokens
        if sentence.text.isascii():  # (then so is every word, and its matching form is itself)
            lowers = sentence.lowers
        else:
            lowers = [
                t.lower if t.text.isascii() else matching_form(t.text).lower() for t in tokens
            ]
        if "nvl" in sentence.text.lower():
            lowers = [_without_rack_suffix(w) for w in lowers]
        mentions = []
        for entity_id, first, end in self._matches(lowers):
            first_token = tokens[first]
            entity = self.registry.get(entity_id)
            if _lowercase_common_word(first_token.text, entity) or _negated(lowers, first):
                continue
            last_token = tokens[end - 1]
            mentions.append(
                Mention(
                    entity=entity_id,
                    first=first,
                    last=end - 1,
                    start=first_token.start,
                    end=last_token.end,
                    text=sentence.text[
                        first_token.start - sentence.start : last_token.end - sentence.start
                    ],
                    embedded=_former_employer(lowers, first, end)
                    or _rival_named_after(tokens, end),
                )
            )
            if entity.is_chip:
                mentions.extend(self._embedded_org(sentence, first, end))
                mentions.extend(self._elided_generations(sentence, first, end))
        named = self._without_architectures_of_models(_without_titles_of_names(tokens, mentions))
        return self._with_product_lines(sentence, named)

    def _without_architectures_of_models(self, mentions: list[Mention]) -> list[Mention]:
        """'GB200 NVL72 Blackwell GPUs', 'Blackwell B200': an architecture named beside a model of
        the same designer describes that model; the model is the chip."""
        chips = [m for m in mentions if not m.embedded and self.registry.get(m.entity).is_chip]
        if len(chips) < 2:
            return mentions
        dropped = set()
        for a, b in zip(chips, chips[1:], strict=False):
            designers = {self.registry.get(m.entity).designer for m in (a, b)}
            if b.first - a.last != 1 or len(designers) != 1:
                continue
            model_a, model_b = (any(c.isdigit() for c in m.text) for m in (a, b))
            if model_a != model_b:
                dropped.add(id(b) if model_a else id(a))
        return [m for m in mentions if id(m) not in dropped]

    def _elided_generations(self, sentence: Sentence, first: int, end: int) -> list[Mention]:
        """'MTIA 400, 450, and 500': numbers listed after a chip named by a family and a number
        name the family's other generations, when the registry holds them."""
        tokens = sentence.tokens
        glued = GLUED_GENERATION.fullmatch(tokens[first].text) if end - first == 1 else None
        if glued is not None:
            family = glued.group(1)  # "Trainium3 and 4"
        elif end - first < 2 or not _generation_number(tokens[end - 1].text):
            return []
        else:
            family = " ".join(t.text for t in tokens[first : end - 1])
        found = []
        i = _past_bracket(tokens, end)  # "the TPU v7 (codenamed Ironwood), v8, and v9"
        while True:
            j = i
            while j < len(tokens) and tokens[j].lower in {",", "and", "or"}:
                j += 1  # ", 450, and 500"
            if j == i or j == len(tokens) or not _generation_number(tokens[j].text):
                break
            entity = self.registry.lookup(f"{family} {tokens[j].text}")
            if entity is None or not entity.is_chip:
                break
            found.append(Mention(entity.id, j, j, tokens[j].start, tokens[j].end, tokens[j].text))
            i = j + 1
        return found + self._generations_named_later(tokens, i, family)

    def _generations_named_later(self, tokens, start: int, family: str) -> list[Mention]:
        """'the Ascend 950 in 2026, followed by the 960 in 2027 and the 970 in 2028': a bare
        number that 'the' opens later in the sentence is the family's generation of that
        number, when the registry holds one."""
        found = []
        for j in range(max(start, 1), len(tokens)):
            if tokens[j - 1].lower != "the" or not tokens[j].text.isdigit():
                continue
            if j + 1 < len(tokens) and tokens[j + 1].lower in UNIT_AFTER_NUMBER:
                continue  # "the 300 chips", "the 10 percent"
            entity = self.registry.lookup(f"{family} {tokens[j].text}")
            if entity is not None and entity.is_chip:
                found.append(
                    Mention(entity.id, j, j, tokens[j].start, tokens[j].end, tokens[j].text)
                )
        return found

    def _with_product_lines(self, sentence: Sentence, named: list[Mention]) -> list[Mention]:
        """'Nvidia hardware', "Nvidia's latest AI chips", 'AMD processors': a designer followed by
        a hardware noun names the designer's product line (GOLD_FORMAT's convention); the
        designer stays, as a name embedded in the chip's."""
        if not named:
            return named
        taken = {i for m in named for i in range(m.first, m.last + 1)}
        tokens = sentence.tokens
        sources = self._listed_after_from(tokens, sentence.lowers, named)
        used = _named_as_used(tokens, named)
        result = []
        for m in named:
            line = self.product_lines.get(self.registry.organisation(m.entity))
            own = self.registry.get(m.entity).types
            cloud = "CloudProvider" in own
            listed = bool(sources) and m in sources  # (a mention hashes slowly; most have none)
            if listed and sources[m] not in CHIP_NOUNS and cloud:
                line = None  # "rented servers from AWS": a cloud's machines, not its chips
            if line and used and m in used and own[0] == "ChipDesigner":
                listed = True  # "Ant still uses Nvidia for AI development"; "runs on Cerebras"
                # (a chipmaker's cloud; not a cloud's own chips: "runs on Microsoft")
            if line and listed:  # "chips from Amazon, Google and Nvidia"
                result.append(Mention(line, m.first, m.last, m.start, m.end, m.text))
                result.append(
                    Mention(m.entity, m.first, m.last, m.start, m.end, m.text, embedded=True)
                )
                continue
            designer = self.registry.organisation(m.entity)
            line = None if m.embedded else self.product_lines.get(designer)
            end = hardware_noun_after(tokens, m.last, taken) if line else None
            sold = chips_it_sells(tokens, m.last, taken) if line and end is None else None
            if sold is None and line and end is None and "ChipDesigner" in own and not cloud:
                sold = chips_bought_under_its_deal(tokens, m.first, m.last, taken)
            if sold is not None:  # "Nvidia sells chips to CoreWeave": its line, where it is said
                result.append(m)
                a = tokens[sold]
                result.append(Mention(line, sold, sold, a.start, a.end, a.text))
                taken.add(sold)
                continue
            if end is not None and "CloudProvider" in own and "ChipDesigner" not in own:
                chips = tokens[end].lower in CHIP_NOUNS and not (
                    end + 1 < len(tokens) and tokens[end + 1].lower in COMPOUND_HEADS
                )
                end = end if chips else None  # a cloud's servers, "Azure's own GPU clusters"
            if line is None or end is None:
                result.append(m)
                continue
            a, b = tokens[m.first], tokens[end]
            text = sentence.text[a.start - sentence.start : b.end - sentence.start]
            result.append(Mention(line, m.first, end, a.start, b.end, text))
            result.append(Mention(m.entity, m.first, m.last, m.start, m.end, m.text, embedded=True))
            taken.update(range(m.last + 1, end + 1))
        if "its" in sentence.lowers or "whose" in sentence.lowers:  # (most sentences have none:
            # their words are not gone through)
            result += [
                Mention(line, at, at, tokens[at].start, tokens[at].end, tokens[at].text)
                for line, at in its_own_chips(
                    self.registry, self.product_lines, tokens, sentence.lowers, result, taken
                )
            ]
        return self._coordinated_lines(tokens, result)

    def _coordinated_lines(self, tokens, mentions: list[Mention]) -> list[Mention]:
        """'Huawei and Cambricon AI chips', 'AMD or Nvidia GPUs': a designer coordinated with
        the designer of a plural product line names its own line too."""
        ordered = sorted(mentions, key=lambda m: (m.first, m.embedded))
        for i in range(len(ordered) - 2, -1, -1):
            m = ordered[i]
            later = [n for n in ordered[i + 1 :] if not n.embedded and n.first > m.last]
            if m.embedded or not later:
                continue
            line, nxt = self.product_lines.get(self.registry.organisation(m.entity)), later[0]
            if (
                line is None
                or nxt.entity not in self.line_ids  # (the lines' ids: product_lines' values)
                or nxt.last == nxt.first
                or tokens[nxt.last].lower not in PLURAL_CHIP_NOUNS
            ):
                continue  # (the words between are read only for a line before a plural line)
            gap = {t.lower for t in tokens[m.last + 1 : nxt.first]}
            if (
                not gap
                or not gap <= {",", "and", "or", "&"}
                or "ChipDesigner" not in self.registry.get(m.entity).types
            ):
                continue
            ordered[i] = Mention(line, m.first, m.last, m.start, m.end, m.text)
            ordered.insert(
                i + 1, Mention(m.entity, m.first, m.last, m.start, m.end, m.text, embedded=True)
            )
        return ordered

    @staticmethod
    def _listed_after_from(tokens, lowers: list[str], named: list[Mention]) -> dict[Mention, str]:
        """Organisations listed after '<hardware noun> from' ("chips from Amazon and Google") or
        '<hardware noun> made by' ("chips developed by Nvidia"), with that noun (``lowers``:
        the tokens' lower-case words; they are gone through only for a 'from' or a 'by' the
        sentence has)."""
        found: dict[Mention, str] = {}
        if "from" not in lowers and "by" not in lowers:
            return found
        ordered = sorted((m for m in named if not m.embedded), key=lambda m: m.first)
        froms = [i for i in range(1, len(tokens) - 1) if lowers[i] == "from"]
        named_at = {i for m in named for i in range(m.first, m.last + 1)}
        hardware = [(f - 1, f + 1) for f in froms if tokens[f - 1].lower in HARDWARE_NOUNS]
        hardware += [  # "graphics processing units (GPUs) from Nvidia": the abbreviation
            (f - 2, f + 1)
            for f in froms
            if f >= 3
            and tokens[f - 1].lower == ")"
            and tokens[f - 3].lower == "("
            and tokens[f - 2].lower in HARDWARE_NOUNS
        ]
        hardware += [  # "110,000 graphics processing units from Nvidia": the noun spelt out
            (f - 1, f + 1) for f in froms if f >= 3 and lowers[f - 3 : f] == SPELT_OUT_GPUS
        ]
        hardware += [  # "GPU purchases from Nvidia and AMD": the hardware before its purchase
            (f - 1, f + 1)
            for f in froms
            if f >= 2
            and tokens[f - 1].lower in PURCHASE_NOUNS
            and tokens[f - 2].lower.removesuffix("s") in HARDWARE_NOUNS | {"gpu", "chip"}
        ]
        hardware += [  # "chips developed by Nvidia", "the crucial chips made by Nvidia"
            (b - 2, b + 1)
            for b in range(2, len(tokens) - 1)
            if lowers[b] == "by"
            and tokens[b - 1].lower in MADE_BY
            and tokens[b - 2].lower in HARDWARE_NOUNS
        ]
        for i, position in hardware:
            noun = "gpus" if lowers[i - 2 : i + 1] == SPELT_OUT_GPUS else tokens[i].lower
            if i - 1 in named_at or occurs(
                CONTRAST_BEFORE, " ".join(t.lower for t in tokens[max(0, i - 6) : i])
            ):
                continue  # "Grace Blackwell chips from Nvidia", "competing with chips from Nvidia"
            opening = position
            for m in ordered:
                if m.first < position:
                    continue
                words = [t.lower for t in tokens[position : m.first]]
                if position == opening and _examples_opened(words):
                    words = []  # "GPUs from external partners, including Nvidia"
                elif position == opening and _one_describing_noun(words):
                    words = []  # "accelerators provided by rivals MetaX and Biren"
                if m.first != position and words and not set(words) <= {",", "and", "&", "or"}:
                    break
                if [t.lower for t in tokens[m.last + 1 : m.last + 3]][:1] == ["-"]:
                    break  # "chips from Microsoft-backed CoreWeave": who backs the seller
                found[m] = noun
                position = m.last + 1
        return found

    def _embedded_org(self, sentence: Sentence, first: int, end: int) -> list[Mention]:
        """The designer named inside a chip's name ('Nvidia' in 'Nvidia GPUs')."""
        for cut in range(end - 1, first, -1):
            words = " ".join(t.text for t in sentence.tokens[first:cut])
            org = self.org_names.get(normalise_name(words))
            if org:
                a, b = sentence.tokens[first], sentence.tokens[cut - 1]
                return [Mention(org, first, cut - 1, a.start, b.end, words, embedded=True)]
        return []


def _generation_number(text: str) -> bool:
    """'450', 'v8': the number that tells a family's generations apart."""
    return text.isdigit() or (text[:1] == "v" and text[1:].isdigit())


def closing_bracket(tokens, at: int) -> int | None:
    """The index of the ')' that closes a short bracketed aside opening at ``at`` ('(codenamed
    Ironwood)', '(Renegade)'), or None when none opens there."""
    if at >= len(tokens) or tokens[at].text != "(":
        return None
    return next((i for i in range(at + 1, min(len(tokens), at + 6)) if tokens[i].text == ")"), None)


def _past_bracket(tokens, at: int) -> int:
    """The index after a short bracketed aside that opens at ``at``, or ``at`` itself."""
    close = closing_bracket(tokens, at)
    return at if close is None else close + 1


def _one_describing_noun(words: list[str]) -> bool:
    """'rivals', 'chipmaker', 'U.S. chipmaker': one lower-case noun describing the names after
    it, after the nation's adjective if any."""
    while len(words) > 1 and words[0] in NATIONAL_WORDS:
        words = words[1:]
    return len(words) == 1 and words[0].isalpha() and words[0] not in DETERMINERS


# What a nation's adjective is, in lower case ("U.S. chipmaker Nvidia", "Chinese rival Huawei").
NATIONAL_WORDS = frozenset({d.lower() for d in DEMONYMS} | NATION_ABBREVIATIONS)


APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def matching_form(text: str) -> str:
    """The form a word is matched in: NFKC, without format characters, so a zero-width space
    or a full-width letter inside 'Open\u200bAI' does not hide the name, and with the plain
    apostrophe for a curly one ('Qatar’s sovereign wealth fund')."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKC", text).translate(APOSTROPHES)
    return "".join(ch for ch in folded if unicodedata.category(ch) != "Cf") or text


def _former_employer(lowers: list[str], first: int, end: int) -> bool:
    """'ex-OpenAI researcher', 'former Google engineer': a company that only says where a
    person worked is no party to the sentence's facts."""
    before = lowers[max(0, first - 2) : first]
    return (before == ["ex", "-"] or before[-1:] == ["former"]) and (
        end < len(lowers) and lowers[end] in PERSON_NOUNS
    )


def _rival_named_after(tokens: list, end: int) -> bool:
    """'Tesla robotics rival Apptronik', 'Nvidia rival AMD', 'the Lidl owner Schwarz Group',
    "G42's U.S. subsidiary Core42": a company that only says whose rival, owner or parent the
    name after it is, no party to the sentence's facts."""
    if tokens[end : end + 1] and tokens[end].lower in ("'s", "’s"):
        end += 1
    for i in range(end, min(len(tokens) - 1, end + 3)):
        word = tokens[i].lower
        if word in RIVAL_NOUNS or (i == end and word in OWNER_NOUNS) or word in UNIT_NOUNS:
            return tokens[i + 1].text[:1].isupper()
        if word == "u.s.":
            continue
        if not word.isalpha() or not tokens[i].text.islower():
            return False
    return False


def _without_titles_of_names(tokens: list, mentions: list[Mention]) -> list[Mention]:
    """'Chinese search giant Baidu': a description the registry knows as a company's name
    ('search giant') stands for that company only when no name follows it."""
    firsts = {m.first for m in mentions}
    return [
        m
        for m in mentions
        if not (
            " " in m.text
            and m.text.islower()
            and (
                m.last + 1 in firsts
                or tokens[m.last + 1 : m.last + 2]
                and tokens[m.last + 1].text[:1].isupper()
            )
        )
    ]


def _negated(lowers: list[str], first: int) -> bool:
    """'non-Nvidia chips': everything but the name, which is no party."""
    return lowers[max(0, first - 2) : first] == ["non", "-"]


def _lowercase_common_word(text: str, entity: Entity) -> bool:
    """'meta', 'oracle' or the 'scale AI' of 'large-scale AI' in lower case is a word, not the
    company; a name written in lower case ('d-Matrix') is matched as written."""
    if not text.islower() or any(ch.isdigit() for ch in text):
        return False
    return not any(name.startswith(text) for name in (entity.name, *entity.aliases))


def _named_as_used(tokens, named: list[Mention]) -> set[Mention]:
    """Companies named right after a verb of use, as their chips are ('still uses Nvidia for
    AI development', 'relies on AMD'), not as an owner ('uses Nvidia's GPUs') or a modifier
    ('uses Nvidia hardware')."""
    found = set()
    for m in named:
        if m.embedded or m.first == 0:
            continue
        after = tokens[m.last + 1].lower if m.last + 1 < len(tokens) else "."
        if after not in NAME_USED_ENDS:
            continue  # "uses Nvidia's GPUs", "Nvidia gear", "Nvidia Corp's design"
        before = tuple(t.lower for t in tokens[max(0, m.first - 2) : m.first])
        if before[-1] in USES_A_NAME or before in USES_A_NAME_PHRASES:
            found.add(m)
        elif before[-1] == "on" and any(
            t.lower in RUNS_WORK_ON for t in tokens[max(0, m.first - 6) : m.first - 1]
        ):
            found.add(m)  # "Meta runs Llama 4 inference on Cerebras"
    return found


def _without_rack_suffix(word: str) -> str:
    """'gb300nvl72' read as 'gb300': a rack of a chip, its NVLink size glued to the chip's name
    ('GB300NVL72'), names the chip."""
    glued = RACK_SUFFIX.fullmatch(word)
    return glued.group(1) if glued else word


def _examples_opened(words: list[str]) -> bool:
    """'external partners, including', 'vendors such as': a description of the sellers that
    opens the list of them."""
    if words[-1:] in (["including"], ["like"]):
        described = words[:-1]
    elif words[-2:] == ["such", "as"]:
        described = words[:-2]
    else:
        return False
    described = described[:-1] if described[-1:] == [","] else described
    return 0 < len(described) <= 4 and all(w.isalpha() for w in described)
