"""Text as it arrives: hand-wrapped lines, Markdown markup, quotes a reader can use."""

from __future__ import annotations

import re
import textwrap

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import Extractor
from kg.extract.markup import BARE_TICKER, plain_text, quote_at, without_tickers
from kg.extract.text import (
    iter_sentences,
    paragraphs,
    pipeline,
    sentence_starts,
    split_sentences,
)
from kg.models import Article
from kg.registry import load_registry

PARAGRAPHS = [
    "Anthropic has agreed to spend $30 billion on Microsoft Azure compute capacity over the "
    "next five years, the companies said on Tuesday in a joint statement.",
    "Microsoft will also invest up to $5 billion in Anthropic, and Nvidia up to $10 billion, "
    "according to the announcement.",
    "The startup said it will use Google's TPUs to train its next models, while Amazon's "
    "Trainium chips will serve its customers.",
]
REGISTRY = load_registry()
EXTRACTOR = Extractor(REGISTRY)


def article(body: str) -> Article:
    return Article(id="t", path="t.md", title="t", body=body, content_hash="0" * 64)


def facts_of(body: str) -> set[tuple]:
    return {
        (f.type, f.subject, f.object, f.amount_usd, f.capacity_gw, f.status, f.purpose)
        for f in EXTRACTOR.extract(article(body))
    }


FLAT = "\n".join(PARAGRAPHS)


def test_the_flat_article_states_the_facts_the_tests_rely_on():
    found = facts_of(FLAT)
    assert ("invests_in", "microsoft", "anthropic", 5e9, None, "announced", None) in found
    assert ("invests_in", "nvidia", "anthropic", 1e10, None, "announced", None) in found
    assert any(f[:3] == ("compute_commitment", "anthropic", "microsoft") for f in found)


@settings(max_examples=15, deadline=None)
@given(width=st.integers(min_value=45, max_value=90))
def test_a_hand_wrapped_article_gives_the_facts_of_its_unwrapped_twin(width):
    wrapped = "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS)
    assert facts_of(wrapped) == facts_of(FLAT)


def test_a_wrapped_sentence_is_one_sentence_and_its_quote_reads_as_one_line():
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in PARAGRAPHS)
    sentences = split_sentences(wrapped)
    assert len(sentences) == len(split_sentences(FLAT))
    assert all("\n" not in s.quote for s in sentences)
    assert sentences[0].quote == PARAGRAPHS[0]


def test_markdown_markup_never_reaches_a_quote_while_offsets_point_into_the_file():
    markdown = (
        "# Anthropic signs with Microsoft\n\n"
        "**Anthropic** has agreed to spend $30 billion on [Microsoft Azure](https://azure.com) "
        "compute capacity over the next five years, the companies said.\n\n"
        "- Microsoft will also invest up to $5 billion in *Anthropic*.\n"
        "- Nvidia will invest up to $10 billion in `Anthropic`.\n"
    )
    facts = EXTRACTOR.extract(article(markdown))
    kinds = {(f.type, f.subject, f.object, f.amount_usd) for f in facts}
    assert ("invests_in", "microsoft", "anthropic", 5e9) in kinds
    assert ("invests_in", "nvidia", "anthropic", 1e10) in kinds
    assert any(k[:3] == ("compute_commitment", "anthropic", "microsoft") for k in kinds)
    for fact in facts:
        for evidence in fact.evidence:
            for markup in ("**", "](", "https://", "`", "# ", "- "):
                assert markup not in evidence.quote, evidence.quote
            assert evidence.quote == quote_at(markdown, evidence.start, evidence.end)
            first_word = evidence.quote.split()[0]
            assert first_word in markdown[evidence.start : evidence.end]


def test_tickers_in_brackets_are_not_read_but_stay_in_the_quote():
    text = (
        "Tencent ( OTCPK:TCEHY), Alibaba ( BABA), Geely (HKEX: 0175) and Lenovo (Nasdaq: LNVGY) "
        "all participated in Unitree's Series C round. SoftBank Group (SBG) did not."
    )
    read = without_tickers(text)
    assert len(read) == len(text)
    assert read.split()[:8] == ["Tencent", ",", "Alibaba", ",", "Geely", "and", "Lenovo", "all"]
    assert "(SBG)" in read  # an abbreviation, not a ticker
    facts, discovered = EXTRACTOR.extract_with_entities(article(text))
    known = REGISTRY.extended(discovered)
    investors = {known.get(f.subject).name for f in facts if f.type == "invests_in"}
    assert investors == {"Tencent", "Alibaba", "Geely", "Lenovo"}
    assert all("( BABA)" in f.evidence[0].quote for f in facts)


def test_every_bare_ticker_is_blanked_after_a_name():
    # (the pattern opens on a lookahead of the tickers' first letters: a ticker added with
    # another first letter would never be found)
    alternatives = re.search(r"\(\?:([A-Z|?]+)\)", BARE_TICKER.pattern)
    assert alternatives is not None
    for ticker in alternatives.group(1).replace("?", "").split("|"):
        read = without_tickers(f"Nvidia Corp. {ticker}, and Samsung")
        assert read == "Nvidia Corp. " + " " * len(ticker) + ", and Samsung", ticker


def test_format_characters_inside_words_hide_no_cue_and_stay_in_the_quote():
    """Pages keep soft hyphens and zero-width spaces inside words ('in\u00advested')."""
    plain = "Nvidia invested $2 billion in xAI."
    for hidden in (
        "Nvidia in\u00advested $2 billion in xAI.",
        "Nvidia inv\u200bested $2 billion in xAI.",
    ):
        assert facts_of(hidden) == facts_of(plain) != set()
        facts, _ = EXTRACTOR.extract_with_entities(article(hidden))
        assert facts[0].evidence[0].quote == hidden


def test_html_character_references_read_as_their_characters_in_rules_and_quotes():
    """Pages copied as HTML source keep '&#8217;' and '&nbsp;'."""
    text = "Nvidia&#8217;s investment of $2&nbsp;billion in xAI closed &amp; Meta signed 6&nbsp;GW."
    facts, _ = EXTRACTOR.extract_with_entities(article(text))
    investment = next(f for f in facts if f.type == "invests_in")
    assert investment.amount_usd == 2e9
    assert investment.evidence[0].quote.startswith("Nvidia’s investment of $2 billion in xAI")
    assert text[investment.evidence[0].start : investment.evidence[0].end].startswith(
        "Nvidia&#8217;s"
    )


def test_plain_text_keeps_every_offset():
    markdown = "A [link](http://x.y) and **bold** and `code`.\n## Head\n"
    plain = plain_text(markdown)
    assert len(plain) == len(markdown)
    assert plain.split() == ["A", "link", "and", "bold", "and", "code", ".", "Head"]


def test_numbered_citations_are_blanked_and_end_no_sentence_late():
    body = "Microsoft unveiled the chip.[3][4] Built on TSMC's process, it is fast.[12] See [1](u)."
    plain = plain_text(body)
    assert len(plain) == len(body)
    assert "[3]" not in plain and "[12]" not in plain and "1" in plain.split()  # a link stays
    texts = [s.text.strip() for s in split_sentences(plain)]
    assert texts[:2] == ["Microsoft unveiled the chip.", "Built on TSMC's process, it is fast."]


def test_lines_that_each_end_a_sentence_stay_separate_paragraphs():
    body = "Headline without a full stop\nThe first paragraph ends here.\nA second one."
    assert len(paragraphs(body)) == 3


def test_a_line_running_on_in_lower_case_joins_the_next():
    body = "Microsoft said it would invest\nin Anthropic this year.\nNext paragraph."
    assert len(paragraphs(body)) == 2


SENTENCE_PIECES = [
    "OpenAI", "said", "Mr.", "U.S.", "the MI300X.", "e.g.", "Inc.", "...", "!", "?", "!!", ".",
    "?!", ";", ":", ",", "“", "”", '"', "'", ")", "(", "$5", "bn", "。", "‼", "\n", "  ", " ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=40).map(" ".join))
def test_sentences_end_where_spacys_sentencizer_ends_them(text):
    """``iter_sentences`` applies the Sentencizer's rule to the tokenizer's arrays itself; it
    must cut where the Sentencizer does."""
    nlp = pipeline()
    doc = nlp(text)
    expected = [sent.start for sent in doc.sents]
    words = [t.text for t in doc]
    assert sentence_starts(words, [t.is_punct for t in doc]) == expected


def test_a_round_letter_ends_its_sentence_but_an_initial_does_not():
    texts = [
        s.text
        for s in split_sentences(
            "Fireworks AI raised $250 million in a Series C. The round was led by Lightspeed, "
            "with D. E. Shaw joining."
        )
    ]
    assert texts == [
        "Fireworks AI raised $250 million in a Series C.",
        "The round was led by Lightspeed, with D. E. Shaw joining.",
    ]


def test_a_bullet_character_opening_a_line_is_list_markup_and_marks_an_item():
    body = "Deals this week:\n• Microsoft will invest up to $5 billion in Anthropic.\n"
    sentences = split_sentences(body)
    assert [s.item for s in sentences] == [False, True]
    assert sentences[1].quote.startswith("Microsoft")


@pytest.mark.parametrize(
    "body,first_word",
    [
        ("TORONTO -- Kairon Semiconductor unveiled the K2.", "Kairon"),
        (
            "SAN FRANCISCO, March 3, 2026 /PRNewswire/ -- Veltrix Systems raised $5 million.",
            "Veltrix",
        ),
        ("BEIJING (Reuters) - Zhipu raised $100 million.", "Zhipu"),
        ("LONDON, Jan 5 (Reuters) - Nscale said so.", "Nscale"),
        ("AMD — the chipmaker — said so.", "AMD"),
        ("OPEC - the cartel - said so.", "OPEC"),
    ],
)
def test_a_dateline_opening_a_sentence_is_left_out_and_offsets_still_point_into_the_body(
    body, first_word
):
    sentence = next(iter_sentences(body))
    assert sentence.tokens[0].text == first_word
    assert body[sentence.start : sentence.end] == sentence.text


def test_a_bare_ticker_after_a_name_is_not_read_but_an_abbreviation_is():
    text = (
        "Quorix (QRXS) bought 9,000 of Zentrix's ZX-9 chips, and Kestrel Micro Devices (KMD) "
        "made them; Harbor Bay Systems (HBS) and the Orion fund (OFN) invested. OFN said so."
    )
    read = without_tickers(text)
    assert len(read) == len(text)
    assert "(QRXS)" not in read  # a ticker: not the capitals of 'Quorix'
    for kept in ("(KMD)", "(HBS)", "(OFN)"):  # abbreviations, or used again outside brackets
        assert kept in read
    names = {e.name for e in EXTRACTOR.extract_with_entities(article(text))[1]}
    assert "QRXS" not in names


def test_the_ticker_of_a_known_company_is_no_chip_of_it():
    facts, discovered = EXTRACTOR.extract_with_entities(
        article(
            "Google (GOOG) and Meta (META) each deployed about 1.5M of their chips this year, "
            "while Amazon (AMZN) deployed around 1.3M of its chips."
        )
    )
    assert not discovered
    assert all(f.type != "designs_chip" for f in facts)


AFFIX_PIECES = [
    ".", "..", "...", "…", ",", ";", ":", "!", "?", "'", "’", "'s", "’s", "n't", '"', "“", "”",
    "(", ")", "[", "]", "%", "$", "€", "°C", "km", "-", "—", "/", "\n", "a", "Z", "9", "MI300X",
    "~", "+", "=", ":", "<", "©", "é", "x",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(AFFIX_PIECES), max_size=8).map("".join))
def test_the_affix_searches_find_what_spacys_patterns_find(word):
    """The tokenizer's prefix, suffix and infix searches answer as spaCy's joined patterns do."""
    nlp = pipeline()
    suffixes = [*nlp.Defaults.suffixes, r"(?<=\d[A-Za-z])\.$", r"(?<=\d[A-Za-z]{2})\.$"]
    for fast, whole in (
        (nlp.tokenizer.suffix_search, spacy.util.compile_suffix_regex(suffixes).search),
        (
            nlp.tokenizer.prefix_search,
            spacy.util.compile_prefix_regex(nlp.Defaults.prefixes).search,
        ),
    ):
        found, expected = fast(word), whole(word)
        assert (found and found.span()) == (expected and expected.span())
    infixes = spacy.util.compile_infix_regex(nlp.Defaults.infixes).finditer
    assert [m.span() for m in nlp.tokenizer.infix_finditer(word)] == [
        m.span() for m in infixes(word)
    ]


def test_a_markdown_table_reads_as_its_cells():
    body = (
        "Intro line.\n| Company: | Neysa |\n|---|---|\n"
        "| Co-Investors: | TVS Capital, Nexus Venture Partners |\n| Nvidia | H100 |\n"
    )
    plain = plain_text(body)
    assert len(plain) == len(body)
    assert "|" not in plain and "-" not in plain.split("\n")[2]
    assert "Co-Investors:   TVS Capital" in plain  # a label cell runs into its value
    assert "Nvidia ; H100" in plain  # other cells stay apart
