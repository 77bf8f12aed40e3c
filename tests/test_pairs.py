"""The pair model: a learned second opinion on entity pairs the rules left unlinked.

The sentences are written here; the tiny models are built by hand so that each test pins one
behaviour (a guess where no rule links the pair, never where one does, the held-out precision
as confidence), and the shipped model is checked as data."""

from __future__ import annotations

import json

import pytest

from kg.extract import Extractor
from kg.extract.confidence import confidence
from kg.extract.pair_training import MIN_PRECISION, examples, fit, smoothed, write_pair_model
from kg.extract.pairs import (
    CARRIED,
    CARRIED_INVESTOR,
    PAIR_METHOD,
    PairModel,
    TypeModel,
    pair_model,
    stem,
)
from kg.models import Article
from kg.registry import load_registry

REGISTRY = load_registry()


def article(text: str) -> Article:
    return Article(id="case", path="case.txt", title="t", body=text, content_hash="0" * 64)


def hand_model(weight: float = 10.0) -> PairModel:
    """Guesses a use wherever 'frobnicate' stands between a company and a chip."""
    uses = TypeModel(bias=-5, weights={"b=frobnicat": weight}, threshold=0.5,
                     precision=0.6, right=6, of=10)  # fmt: skip
    return PairModel(trained_on=["hand"], types={"uses_chip": uses})


def extractor_with(model: PairModel | None) -> Extractor:
    extractor = Extractor(REGISTRY, guess_pairs=False)
    extractor.guessed_types = model.used_types() if model else {}
    return extractor


def test_a_pair_no_rule_links_is_guessed():
    facts = extractor_with(hand_model()).extract(article("Anthropic frobnicates H100 chips."))
    guessed = [f for f in facts if f.method == PAIR_METHOD + "uses_chip"]
    assert [(f.subject, f.object) for f in guessed] == [("anthropic", "h100")]
    assert guessed[0].confidence == confidence(PAIR_METHOD + "uses_chip")
    assert guessed[0].evidence[0].quote == "Anthropic frobnicates H100 chips."


def test_no_guess_below_the_threshold_or_without_a_model():
    text = "Anthropic frobnicates H100 chips."
    assert not extractor_with(hand_model(weight=1.0)).extract(article(text))
    assert not extractor_with(None).extract(article(text))


def test_a_pair_a_rule_already_links_is_not_guessed_again():
    text = "Anthropic uses H100 chips and frobnicates them daily."
    facts = extractor_with(hand_model()).extract(article(text))
    assert {(f.type, f.method) for f in facts} == {("uses_chip", "use")}


def test_a_chip_named_as_the_alternative_is_never_guessed():
    text = "Anthropic frobnicates an alternative to H100 chips."
    assert not extractor_with(hand_model()).extract(article(text))


def test_a_pronoun_is_left_to_the_rules():
    text = "Anthropic was founded in 2021. It frobnicates H100 chips."
    facts = extractor_with(hand_model()).extract(article(text))
    assert not [f for f in facts if f.method.startswith(PAIR_METHOD)]


def test_pair_guesses_keep_their_status():
    text = "Anthropic reportedly frobnicates H100 chips, people familiar with the matter said."
    (fact,) = extractor_with(hand_model()).extract(article(text))
    assert fact.status == "reported"


def test_inflections_share_a_feature():
    assert {stem(w) for w in ("invests", "invested", "investing")} == {"invest"}
    assert stem("uses") == "uses"  # too short to cut


def test_fit_weighs_the_word_that_separates_the_labels_and_is_deterministic(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    body = ""
    facts = []
    for i, (verb, used) in enumerate([("runs on", True), ("praises", False)] * 4):
        sentence = f"Anthropic {verb} H100 chips in week {i}. "
        body += sentence
        if used:
            facts.append({"type": "uses_chip", "subject": "Anthropic", "object": "H100",
                          "status": "announced", "evidence": sentence.strip()})  # fmt: skip
    (folder / "a.txt").write_text(body, encoding="utf-8")
    gold = {"article": "a.txt", "entities": [], "facts": facts}
    (folder / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    found = [e for e in examples(folder, REGISTRY) if e.pair.model == "uses_chip"]
    assert [e.label for e in found] == [True, False] * 4
    bias, weights = fit(found)
    assert weights["b=" + stem("runs")] > 0 > weights["b=" + stem("praises")]
    assert fit(found) == (bias, weights)


def test_the_written_model_is_the_same_file_twice(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a.txt").write_text("Anthropic runs on H100 chips.", encoding="utf-8")
    gold = {"article": "a.txt", "entities": [], "facts": [
        {"type": "uses_chip", "subject": "Anthropic", "object": "H100", "status": "announced",
         "evidence": "Anthropic runs on H100 chips."}]}  # fmt: skip
    (folder / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    write_pair_model([folder], first, REGISTRY)
    write_pair_model([folder], second, REGISTRY)
    assert first.read_bytes() == second.read_bytes()
    model = PairModel.model_validate_json(first.read_text(encoding="utf-8"))
    assert model.trained_on == ["gold"]
    assert all(typed.threshold > 1 for typed in model.types.values())  # too little to use


def test_the_shipped_model_uses_each_type_only_where_it_held_up():
    model = pair_model()
    assert model is not None and model.trained_on
    used = {kind: typed for kind, typed in model.types.items() if typed.threshold <= 1}
    assert used, "the shipped model guesses nothing"
    for typed in used.values():
        assert typed.weights
        assert typed.precision >= MIN_PRECISION
        assert typed.precision == smoothed(typed.right, typed.of)
    for typed in model.types.values():
        if typed.threshold > 1:
            assert not typed.weights  # an unused type ships no weights


@pytest.mark.parametrize("discovered", [False, True])
def test_a_guess_s_confidence_is_the_held_out_precision(discovered):
    model = pair_model()
    kind, typed = next((k, t) for k, t in model.types.items() if t.threshold <= 1)
    expected = round(typed.precision * (0.75 if discovered else 1.0), 3)
    assert confidence(PAIR_METHOD + kind, discovered=discovered) == expected


def carried_model() -> PairModel:
    """Carries a chip to the company the last sentence opened on."""
    carried = TypeModel(bias=-5, weights={"from=subject": 10}, threshold=0.5,
                        precision=0.6, right=6, of=10)  # fmt: skip
    return PairModel(trained_on=["hand"], types={CARRIED: carried})


def test_chips_of_a_sentence_without_a_company_go_to_the_one_just_spoken_of():
    text = (
        "CoreWeave signed a lease for a campus in Texas last week. "
        "The new hall will hold 18,400 Nvidia GB300 GPUs."
    )
    facts = extractor_with(carried_model()).extract(article(text))
    carried = [(f.type, f.subject, f.object) for f in facts if f.method == PAIR_METHOD + CARRIED]
    assert carried == [("uses_chip", "coreweave", "gb300")]  # never their designer, Nvidia


@pytest.mark.parametrize(
    "text",
    [
        # a company that only sells chips carries no rival's chips
        "AMD signed a lease for a campus in Texas last week. "
        "The new hall will hold 18,400 Nvidia GB300 GPUs.",
        # a sentence naming another company carries nothing
        "CoreWeave signed a lease for a campus in Texas last week. "
        "Oracle said the hall will hold 18,400 Nvidia GB300 GPUs.",
    ],
)
def test_chips_are_not_carried_to_a_chip_seller_nor_past_another_company(text):
    facts = extractor_with(carried_model()).extract(article(text))
    assert not [f for f in facts if f.method == PAIR_METHOD + CARRIED]


def test_a_sentence_naming_many_entities_is_left_to_the_rules():
    chips = sorted(e.name for e in REGISTRY if e.is_chip and e.name.isalnum())[:20]
    text = f"Anthropic frobnicates {', '.join(chips)} chips."
    facts = extractor_with(hand_model()).extract(article(text))
    assert not [f for f in facts if f.method.startswith(PAIR_METHOD)]


def carried_investor_model() -> PairModel:
    """Carries an organisation to the round the article told wherever 'frobnicated' stands in
    its sentence."""
    carried = TypeModel(bias=-5, weights={"w=frobnicat": 10}, threshold=0.5,
                        precision=0.6, right=6, of=10)  # fmt: skip
    return PairModel(trained_on=["hand"], types={CARRIED_INVESTOR: carried})


def carried_investments(text: str) -> list[tuple[str, str, str, str]]:
    facts = extractor_with(carried_investor_model()).extract(article(text))
    method = PAIR_METHOD + CARRIED_INVESTOR
    return [(f.type, f.subject, f.object, f.status) for f in facts if f.method == method]


def test_organisations_of_a_sentence_without_the_round_s_company_go_to_its_round():
    text = (
        "Zentrix raised $40 million in a Series A round led by Accel. Sequoia frobnicated as well."
    )
    assert carried_investments(text) == [
        ("invests_in", "sequoia", "discovered-zentrix", "announced")
    ]


def test_a_carried_investor_takes_the_status_of_a_round_in_talks():
    text = (
        "Zentrix is in talks to raise $40 million in a round led by Accel, people familiar "
        "with the matter said. Sequoia frobnicated as well."
    )
    assert carried_investments(text) == [
        ("invests_in", "sequoia", "discovered-zentrix", "in_talks")
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Sequoia frobnicated in Zentrix as well.",  # the sentence names the round's company
        "Sequoia.",  # a name alone heads what follows
        "Sequoia frobnicated, Index did not.",  # a sentence that denies
        "Morgan Stanley, acting as placement agent, frobnicated.",  # an adviser of the round
        "Frobnicated: an early backer of companies such as Snapchat.",  # whom a backer backs
        "Frobnicated: the venture arm of Samsung.",  # an arm's owner
    ],
)
def test_no_investor_is_carried_where_the_sentence_names_the_company_or_nothing_else(second):
    text = f"Zentrix raised $40 million in a Series A round led by Accel. {second}"
    assert carried_investments(text) == []


def test_no_investor_is_carried_before_the_article_tells_a_round():
    assert carried_investments("Sequoia frobnicated as well. Accel did too.") == []


def test_no_guess_in_a_clause_that_denies():
    body = "Apple trained two models. Neither model was trained on Nvidia H100s."
    article = Article(id="case", path="case.txt", title="t", body=body, content_hash="0" * 64)
    facts = Extractor(REGISTRY).extract(article)
    assert not [f for f in facts if f.type == "uses_chip"]
