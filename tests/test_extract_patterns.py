"""Each extraction rule pinned on short sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from kg.extract import Extractor
from kg.extract.quantities import find_date, find_quantities
from kg.extract.status import status_of_text
from kg.extract.text import split_sentences
from kg.models import Article
from kg.registry import load_registry


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_registry())


def article(text: str, published: dt.date | None = None) -> Article:
    return Article(
        id="sample",
        path="sample.txt",
        body=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        published=published,
    )


def facts(extractor: Extractor, text: str) -> set[tuple]:
    return {(f.type, f.subject, f.object, f.status) for f in extractor.extract(article(text))}


def the_fact(extractor: Extractor, text: str, fact_type: str):
    found = [f for f in extractor.extract(article(text)) if f.type == fact_type]
    assert len(found) == 1, found
    return found[0]


def test_investment_with_amount(extractor):
    fact = the_fact(extractor, "Nvidia agreed to invest $2 billion in Mistral AI.", "invests_in")
    assert (fact.subject, fact.object, fact.amount_usd) == ("nvidia", "mistral-ai", 2e9)
    assert fact.status == "announced"


def test_investment_noun_with_investor_before_it(extractor):
    fact = the_fact(
        extractor, "The deal follows a $4 billion Amazon investment in Anthropic.", "invests_in"
    )
    assert (fact.subject, fact.object, fact.amount_usd) == ("amazon", "anthropic", 4e9)


def test_investment_advice_is_not_an_investment(extractor):
    text = "Nvidia said this is not investment advice for OpenAI users."
    assert not [f for f in extractor.extract(article(text)) if f.type == "invests_in"]


def test_reported_investment(extractor):
    fact = the_fact(
        extractor, "SoftBank is reportedly investing $40 billion in OpenAI.", "invests_in"
    )
    assert fact.status == "reported"


def test_planned_investment(extractor):
    fact = the_fact(extractor, "Tesla plans to invest in xAI next year.", "invests_in")
    assert fact.status == "planned"


def test_announced_plans_are_announced(extractor):
    fact = the_fact(
        extractor, "AMD announced plans to invest up to $1 billion in xAI.", "invests_in"
    )
    assert fact.status == "announced"


def test_commitment_with_money_duration_and_provider_after_with(extractor):
    fact = the_fact(
        extractor,
        "OpenAI signed a $12 billion, five-year contract with CoreWeave for GPU capacity.",
        "compute_commitment",
    )
    assert (fact.subject, fact.object) == ("openai", "coreweave")
    assert (fact.amount_usd, fact.duration_years) == (12e9, 5)


def test_commitment_buyer_from_provider(extractor):
    fact = the_fact(
        extractor,
        "Microsoft agreed to buy GPU capacity worth $9.7 billion from IREN.",
        "compute_commitment",
    )
    assert (fact.subject, fact.object, fact.amount_usd) == ("microsoft", "iren", 9.7e9)


def test_commitment_in_talks_names_its_chip_and_implies_use(extractor):
    text = "Mistral AI is in early talks to rent servers powered by Google's TPUs."
    found = facts(extractor, text)
    assert ("compute_commitment", "mistral-ai", "google", "in_talks") in found
    assert ("uses_chip", "mistral-ai", "tpu", "in_talks") in found
    assert ("designs_chip", "google", "tpu", "announced") in found


def test_gigawatts_to_a_chip_designer(extractor):
    fact = the_fact(
        extractor,
        "The agreement lets xAI deploy up to 2 gigawatts of capacity using AMD's Instinct GPUs.",
        "compute_commitment",
    )
    assert (fact.subject, fact.object, fact.capacity_gw) == ("xai", "amd", 2)


def test_use_of_listed_chips_and_purpose(extractor):
    text = "Cohere trains its models on Nvidia H100 chips and Google TPUs."
    found = {(f.object, f.purpose) for f in extractor.extract(article(text))
             if f.type == "uses_chip"}  # fmt: skip
    assert found == {("h100", "training"), ("tpu", "training")}


def test_chip_a_lab_avoids_is_not_used(extractor):
    text = "Anthropic wants an alternative to Nvidia GPUs for inference."
    assert not [f for f in extractor.extract(article(text)) if f.type == "uses_chip"]


def test_model_names_its_owner_as_user(extractor):
    fact = the_fact(extractor, "Claude now runs on AWS Trainium2 chips.", "uses_chip")
    assert (fact.subject, fact.object) == ("anthropic", "trainium2")


def test_designer_named_with_chip(extractor):
    fact = the_fact(extractor, "Amazon unveiled Trainium3 on Tuesday.", "designs_chip")
    assert (fact.subject, fact.object) == ("amazon", "trainium3")


def test_division_acts_as_its_parent(extractor):
    fact = the_fact(extractor, "AWS developed Inferentia for inference.", "designs_chip")
    assert fact.subject == "amazon"


def test_foundry_and_process_node(extractor):
    fact = the_fact(extractor, "The MI355X is built on TSMC's 3nm process.", "manufactures_chip")
    assert (fact.subject, fact.object, fact.process_node) == ("tsmc", "instinct-mi355x", "3nm")


def test_foundry_verb(extractor):
    fact = the_fact(extractor, "Samsung will manufacture Tesla's AI6 chips.", "manufactures_chip")
    assert (fact.subject, fact.object) == ("samsung", "ai6")


def test_one_deal_stated_twice_is_one_fact_with_two_quotes(extractor):
    text = (
        "Nvidia will invest $5 billion in Intel.\n"
        "Analysts said the $5 billion Nvidia investment in Intel surprised investors."
    )
    fact = the_fact(extractor, text, "invests_in")
    assert len(fact.evidence) == 2


def test_two_amounts_for_one_deal_stay_two_facts(extractor):
    text = (
        "Anthropic committed to spend $3 billion on Azure.\n"
        "Anthropic committed to spend $30 billion on Azure compute."
    )
    amounts = sorted(
        f.amount_usd for f in extractor.extract(article(text)) if f.type == "compute_commitment"
    )
    assert amounts == [3e9, 30e9]


def test_reference_to_the_startup(extractor):
    text = "Anthropic builds Claude. Amazon, which has invested billions in the startup, agreed."
    found = facts(extractor, text)
    assert ("invests_in", "amazon", "anthropic", "announced") in found


def test_quotes_are_exact_slices(extractor):
    text = "Intro line.\nOpenAI signed a $38 billion deal with AWS for Nvidia GB300 capacity."
    for fact in extractor.extract(article(text)):
        for evidence in fact.evidence:
            assert text[evidence.start : evidence.end] == evidence.quote


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("a $5 billion deal", "money", 5e9),
        ("worth $1.1B in all", "money", 1.1e9),
        ("more than $100 billion", "money", 100e9),
        ("up to $6.5 billion", "money", 6.5e9),
        ("up to one gigawatt", "power", 1),
        ("5 GW of power", "power", 5),
        ("300 megawatts", "power", 0.3),
        ("over 10 years", "duration", 10),
        ("a five-year period", "duration", 5),
        ("TSMC's 3-nanometer process", "process_node", "3nm"),
    ],
)
def test_quantities(text, kind, value):
    (sentence,) = split_sentences(text)
    found = [q for q in find_quantities(sentence) if q.kind == kind]
    assert (
        found and found[0].value == pytest.approx(value)
        if kind != "process_node"
        else (found[0].value == value)
    )


def test_vague_amount_gives_no_number():
    (sentence,) = split_sentences("tens of billions of dollars")
    assert not [q for q in find_quantities(sentence) if q.kind == "money"]


def test_a_forecast_figure_is_no_deal_s_size(extractor):
    article = Article(
        id="f", path="f.txt", title="t", content_hash="0" * 64,
        body="Demand from the Google-Anthropic partnership is expected to surge to 3 gigawatts.",
    )  # fmt: skip
    found = extractor.extract(article)
    assert found and all(f.capacity_gw is None for f in found)


@pytest.mark.parametrize("text", ["HK$3 billion", "S$21.5 billion", "A$2 billion"])
def test_other_dollars_are_not_us_dollars(text):
    (sentence,) = split_sentences(text)
    assert not [q for q in find_quantities(sentence) if q.kind == "money"]


def test_an_amount_in_another_currency_is_never_a_name():
    from kg.extract.names import is_name_token

    assert not is_name_token("S$21.5") and not is_name_token("HK$3")


def test_an_expected_investment_keeps_its_amount(extractor):
    article = Article(
        id="e", path="e.txt", title="t", content_hash="0" * 64,
        body="Amazon is expected to invest another $4 billion in Anthropic.",
    )  # fmt: skip
    assert [f.amount_usd for f in extractor.extract(article)] == [4e9]


def test_a_yearly_rate_is_not_a_duration():
    (sentence,) = split_sentences("Apple pays Google about $1 billion a year")
    assert not [q for q in find_quantities(sentence) if q.kind == "duration"]


def test_share_price_is_not_a_deal_amount():
    (sentence,) = split_sentences("OpenAI can buy shares at $0.01 per share")
    assert not [q for q in find_quantities(sentence) if q.kind == "money"]


def test_dates_resolve_against_the_article_date():
    published = dt.date(2026, 5, 28)
    assert find_date("announced in November 2025", published) == dt.date(2025, 11, 1)
    assert find_date("CNBC reported May 21 that", published) == dt.date(2026, 5, 21)
    assert find_date("the talks may not close", published) is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("X is in early talks to rent Y's servers", "in_talks"),
        ("X is reportedly in talks with Y", "in_talks"),
        ("X is negotiating with Y", "in_talks"),
        ("X is seeking to raise $12 billion from Y", "in_talks"),
        ("X is nearing a deal with Y", "in_talks"),
        ("According to Bloomberg, X will buy Y", "reported"),
        ("X aims to secure capacity from Y", "planned"),
        ("X signed a deal with Y", "announced"),
    ],
)
def test_status_cues(text, status):
    assert status_of_text(text) == status


def test_unknown_organisations_in_a_list_with_a_known_lab_are_discovered(extractor):
    text = "Early customers, including OpenAI, Zephyrix and Quillmind, are using Trainium3."
    found, discovered = extractor.extract_with_entities(article(text))
    users = {f.subject for f in found if f.type == "uses_chip"}
    assert users == {"openai", "discovered-zephyrix", "discovered-quillmind"}
    assert {e.name for e in discovered} == {"Zephyrix", "Quillmind"}
    assert all(e.discovered and e.types == ["Lab"] for e in discovered)
    lower = [f.confidence for f in found if f.subject.startswith("discovered-")]
    assert lower and max(lower) < 0.9


def test_appositive_introduces_an_unknown_neocloud(extractor):
    text = "Veltrana, a Nordic neocloud, signed a $2 billion deal to supply OpenAI with compute."
    found, discovered = extractor.extract_with_entities(article(text))
    assert [e.types for e in discovered] == [["CloudProvider"]]
    assert ("compute_commitment", "openai", "discovered-veltrana") in {
        (f.type, f.subject, f.object) for f in found
    }


def test_capitalised_words_without_context_are_not_organisations(extractor):
    text = "Monday Morning Briefing: Analysts Expect Strong Demand For Chips."
    assert extractor.extract_with_entities(article(text)) == ([], [])


def test_fundraising_amount_is_the_backers_share(extractor):
    fact = the_fact(
        extractor,
        "xAI raised $20 billion in a round that included up to $2 billion from Nvidia.",
        "invests_in",
    )
    assert (fact.subject, fact.object, fact.amount_usd) == ("nvidia", "xai", 2e9)


def test_passive_backing(extractor):
    fact = the_fact(extractor, "Mistral AI is backed by Microsoft.", "invests_in")
    assert (fact.subject, fact.object) == ("microsoft", "mistral-ai")


def test_the_first_phase_of_a_deal_named_later_is_the_buyers(extractor):
    text = (
        "The first phase, powered by Nvidia's Vera Rubin platform, goes live in 2026.\n"
        "The partnership lets OpenAI deploy 10 gigawatts of Nvidia systems."
    )
    found = facts(extractor, text)
    assert ("uses_chip", "openai", "vera-rubin", "announced") in found
    assert ("compute_commitment", "openai", "nvidia", "announced") in found


def test_a_deal_phase_with_no_deal_in_the_article_names_no_user(extractor):
    text = "The first phase, powered by Nvidia's Vera Rubin platform, goes live in 2026."
    assert not [f for f in extractor.extract(article(text)) if f.type == "uses_chip"]


def test_an_agreement_with_a_cloud_is_a_commitment(extractor):
    text = (
        "Mistral AI signed a multi-year agreement with CoreWeave to access Nvidia GB200 clusters."
    )
    fact = the_fact(extractor, text, "compute_commitment")
    assert (fact.subject, fact.object, fact.chip) == ("mistral-ai", "coreweave", "gb200")


def test_the_lab_using_a_model_and_chips_is_the_user(extractor):
    text = "Apple is reportedly using Google's Gemini models and TPUs for Siri."
    fact = the_fact(extractor, text, "uses_chip")
    assert (fact.subject, fact.object, fact.status) == ("apple", "tpu", "reported")


def test_access_to_a_clouds_own_chips_is_a_commitment_to_that_cloud(extractor):
    text = (
        "Under the agreement, Cohere will access up to 500,000 TPUs, over a gigawatt of capacity."
    )
    fact = the_fact(extractor, text, "compute_commitment")
    assert (fact.subject, fact.object, fact.chip, fact.capacity_gw) == (
        "cohere",
        "google",
        "tpu",
        1,
    )


def test_the_total_of_several_agreements_is_not_a_deal_amount(extractor):
    text = (
        "CoreWeave signed a new deal with OpenAI worth $6.5 billion, bringing the total value "
        "of their agreements to $22.4 billion."
    )
    amounts = {f.amount_usd for f in extractor.extract(article(text))}
    assert 6.5e9 in amounts and 22.4e9 not in amounts


def test_a_report_about_the_deal_after_it_makes_it_reported(extractor):
    text = (
        "Google has secured a six-year cloud contract with Cohere worth $3 billion.\n"
        "Both companies declined to comment on the deal, which was first reported by Reuters."
    )
    fact = the_fact(extractor, text, "compute_commitment")
    assert fact.status == "reported"


def test_a_report_in_another_clause_does_not_touch_a_use(extractor):
    text = "Cohere has used TPUs for years, and reports say a new Google deal is near."
    fact = the_fact(extractor, text, "uses_chip")
    assert fact.status == "announced"


def test_an_amount_for_the_investment_just_named(extractor):
    text = (
        "SoftBank raised its stake with a new investment in OpenAI.\n"
        "The deal builds on an initial $2 billion investment from 2024."
    )
    amounts = {
        (f.subject, f.object, f.amount_usd)
        for f in extractor.extract(article(text))
        if f.type == "invests_in"
    }
    assert ("softbank", "openai", 2e9) in amounts


def test_no_cue_table_is_named_twice_across_the_pattern_modules():
    """The package star-imports its modules, so a table assigned in two of them silently loses
    one definition (a second WINNING_VERBS once shadowed the first)."""
    import ast
    from pathlib import Path

    import kg.extract.patterns as package

    owners: dict[str, list[str]] = {}
    for path in sorted(Path(package.__file__).parent.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign):
                targets = [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and target.id.isupper():
                    owners.setdefault(target.id, []).append(path.stem)
    assert {name: where for name, where in owners.items() if len(where) > 1} == {}
