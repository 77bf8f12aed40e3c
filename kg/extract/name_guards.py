"""Why a capitalised run names no organisation: a month, a title, a product's tier, words that
describe the noun or name after them, a sum's magnitude letter, a headline's capitals."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract.patterns import (
    ADJECTIVE_ENDINGS,
    GENERIC_NAME_WORDS,
    MAGNITUDE_LETTERS,
    MONTH_BEFORE,
    NATIONALITY_ENDINGS,
    OWNER_NOUNS,
    PERSON_NOUNS,
    PERSON_TITLES,
    SENTENCE_ADVERBS,
    TITLE_WORDS,
)
from kg.extract.people import titled_person_at
from kg.extract.places import is_place
from kg.extract.text import Sentence


def generic_name(name: str) -> bool:
    """A name that names no one company: only the words companies' names end on ('Labs',
    'Venture Capital', 'Industrial Fund Management')."""
    return all(w in GENERIC_NAME_WORDS for w in name.split())


def a_month(sentence: Sentence, first: int) -> bool:
    """Whether 'May' is the month: before a day or year, or after a word that dates."""
    tokens = sentence.tokens
    after = tokens[first + 1].text if first + 1 < len(tokens) else ""
    before = tokens[first - 1].lower if first > 0 else ""
    return after[:1].isdigit() or before in MONTH_BEFORE


def modifies_a_noun(sentence: Sentence, first: int, last: int) -> bool:
    """Whether a capitalised word between 'a' or 'an' and a lower-case word describes that
    word ('an Internet tech giant', 'a European investor') rather than naming a company."""
    tokens = sentence.tokens
    describes = (
        first > 0
        and tokens[first - 1].lower in ("a", "an")
        and last + 1 < len(tokens)
        and tokens[last + 1].text.isalpha()
        and tokens[last + 1].text.islower()
    )
    if describes and tokens[last + 1].lower in {"investor", "backer", "shareholder"}:
        # "a Zentrix investor" names the company backed; "a European investor" describes one
        head = tokens[first].lower
        return head in STOP_WORDS or head.endswith(ADJECTIVE_ENDINGS + NATIONALITY_ENDINGS)
    return describes


def after_a_version(sentence: Sentence, first: int) -> bool:
    """'Gemini 1.5 Pro', 'Llama 3 Max': a word after a product's name and version number."""
    tokens = sentence.tokens
    return (
        first >= 2
        and tokens[first - 1].text.replace(".", "").isdigit()
        and tokens[first - 2].text[:1].isupper()
    )


def only_title_words(sentence: Sentence, first: int, last: int) -> bool:
    """'Chief Scientist', 'Senior Vice President': a person's title, written in capitals."""
    return all(t.lower in TITLE_WORDS for t in sentence.tokens[first : last + 1])


def owner_of_the_next_name(sentence: Sentence, last: int) -> bool:
    tokens = sentence.tokens
    return (
        last + 2 < len(tokens)
        and tokens[last + 1].lower in OWNER_NOUNS
        and tokens[last + 2].text[:1].isupper()
    )


def place_and_field(sentence: Sentence, first: int, last: int, after: str) -> bool:
    """'French AI' before a lower-case noun ('French AI champion Mistral', 'Bengaluru
    AI-infrastructure startup Simplismart'): two words that describe the name after them, not
    a company's name."""
    words = sentence.tokens[first : last + 1]
    return (
        len(words) == 2
        and words[1].text == "AI"
        and is_place(words[0].text)
        and after[:1] in (" ", "-")
        and after[1:2].islower()
    )


def magnitude_after_number(sentence: Sentence, first: int) -> bool:
    """Whether the run opens on the magnitude letter of a sum written apart ('$100 B')."""
    tokens = sentence.tokens
    return (
        first > 0
        and tokens[first].text in MAGNITUDE_LETTERS
        and tokens[first - 1].text[-1:].isdigit()
    )


def qualifies_a_person(sentence: Sentence, last: int) -> bool:
    """Whether a title and a person's name follow the name ('… owner Thomas Tull')."""
    return titled_person_at(sentence.tokens, last + 1, PERSON_WORDS) is not None


PERSON_WORDS = PERSON_TITLES | PERSON_NOUNS  # (made once, not at each name)


def title_case(sentence: Sentence) -> bool:
    """A headline in title case ('Backed by Tier 1 Counterparties') capitalises common words:
    capitals there say nothing about names."""
    words = [t.text for t in sentence.tokens if t.text.isalpha() and len(t.text) > 3]
    share = sum(w[0].isupper() for w in words) / max(1, len(words))
    if len(words) < 4 or share <= 0.6:
        return False
    # a prose sentence full of names ("The round for Orbital Compute was led by Hexal Capital.")
    # ends like prose and writes its common words in lower case; a headline does neither
    ends_like_prose = sentence.tokens[-1].text in {".", "!", "?"}
    capitalised_common = any(w[0].isupper() and w.lower() in STOP_WORDS for w in words[1:])
    return capitalised_common or not ends_like_prose


def adverb_before_comma(sentence: Sentence) -> bool:
    """'Instead, OpenAI stepped in': the sentence opens on a discourse adverb and a comma."""
    tokens = sentence.tokens
    return len(tokens) > 1 and tokens[1].text == "," and tokens[0].lower in SENTENCE_ADVERBS
