"""Plain paraphrases of every fact type, each with several pairs of registry entities, and the
same facts told of companies the registry lacks.

A rule written for one article's sentence should read the ordinary ways of saying the same
thing; these templates are that check, written here and never taken from an article. A
paraphrase the extractor does not read yet is not listed (the closing notes name them).
"""

from __future__ import annotations

import pytest
from extract_helpers import REGISTRY, facts

INVESTMENTS = [
    "{a} invested $2 billion in {b}.",
    "{a} has invested in {b}.",
    "{a} is investing $1 billion in {b}.",
    "{a} will invest up to $5 billion in {b}.",
    "{a} plans to invest $3 billion in {b}.",
    "{b} received $2 billion from {a}.",
    "{b} raised $2 billion from {a}.",
    "{b} is backed by {a}.",
    "{b}, which is backed by {a}, said on Monday it would expand.",
    "{a}-backed {b} said it would expand.",
    "{a} led a $600 million round in {b}.",
    "{b} raised $600 million in a round led by {a}.",
    "{b} raised $600 million. The round was led by {a}.",
    "{a} took a stake in {b}.",
    "{a} acquired a 10% stake in {b}.",
    "{a} owns a stake in {b}.",
    "{a} is a major shareholder in {b}.",
    "{a} and Google are major investors in {b}.",
    "{b} counts {a} among its investors.",
    "{b}'s investors include {a} and Google.",
    "{a} poured $2 billion into {b}.",
    "{a} put $2 billion into {b}.",
    "{a} committed $2 billion to {b}.",
    "{a}'s $2 billion investment in {b} was announced on Monday.",
    "{b} secured $2 billion in funding from {a}.",
    "{b} closed a $2 billion funding round with participation from {a}.",
    "{a} participated in {b}'s $2 billion round.",
    "{a} joined {b}'s latest funding round.",
    "{b} landed a $2 billion investment from {a}.",
    "{a} agreed to invest $2 billion in {b}.",
    "{a} is among the backers of {b}.",
    "{a} backs {b}.",
    "{a} has backed {b} since 2023.",
    "{b} announced a $2 billion investment from {a}.",
    "{a} is reportedly in talks to invest in {b}.",
    "{b} is in talks to raise money from {a}.",
    "{a} co-led {b}'s $2 billion Series C.",
    "{b} got $2 billion from {a}.",
    "{a} made a $2 billion investment in {b}.",
    "{a} funded {b}.",
    "{a} financed {b} with $2 billion.",
    "{b} drew $2 billion from {a}.",
    "{b}, which is funded by {a}, said on Monday it would expand.",
]
USES = [
    "{a} uses {b} chips.",
    "{a} trains its models on {b} chips.",
    "{a} bought 10,000 {b} chips.",
    "{a} will deploy {b} accelerators.",
    "{a} is buying {b} chips.",
    "{a} ordered 50,000 {b}s.",
    "{a} relies on {b} chips to train its models.",
    "{a} plans to use {b} chips.",
    "{a} purchased thousands of {b} chips.",
    "{a}'s models run on {b} chips.",
    "{a} has deployed {b} chips in its data centers.",
    "{b} chips power {a}'s models.",
    "{a} signed a deal to buy {b} chips.",
    "{a} will get access to {b} chips.",
    "{a} is one of the largest buyers of {b} chips.",
    "{a} agreed to buy {b} chips worth $10 billion.",
    "{a} acquired 20,000 {b} chips.",
    "{a} will receive {b} chips.",
    "{a} built a cluster of {b} chips.",
    "{a} trained the model on {b} chips.",
    "{a} has secured 100,000 {b} chips.",
    "{a}, which uses {b} chips, said on Monday it would expand.",
    "The {b} chips will be used by {a}.",
    "{a} is training on {b}.",
]
COMMITMENTS = [
    "{a} signed a $10 billion deal with {b} for computing capacity.",
    "{a} agreed to buy $10 billion of compute from {b}.",
    "{a} will pay {b} $10 billion for cloud capacity.",
    "{a} signed a five-year cloud contract with {b}.",
    "{b} will provide {a} with computing capacity.",
    "{b} signed a $10 billion contract to supply {a} with compute.",
    "{a} committed to spend $10 billion on {b}'s cloud.",
    "{a} will rent servers from {b}.",
    "{a} has agreed to purchase $30 billion of capacity from {b}.",
    "{a} inked a $10 billion agreement with {b} for AI infrastructure.",
    "{b} landed a $10 billion contract from {a}.",
    "{b} won a $10 billion cloud deal with {a}.",
    "{a} is a customer of {b}.",
    "{a} will lease capacity from {b}.",
    "{a} expanded its contract with {b} by $10 billion.",
    "{a} is in talks with {b} about renting computing capacity.",
    "{b} will host {a}'s models.",
    "{a} struck a deal with {b} worth $10 billion over five years.",
    "Under the deal, {a} will buy compute from {b}.",
    "{a} will spend $10 billion on {b} cloud services.",
]
DESIGNS = [
    "{a} designs the {b}.",
    "{a} unveiled the {b}.",
    "{a}'s {b} chip is faster.",
    "{a} launched its {b} chip.",
    "The {b}, designed by {a}, is faster.",
    "{a} developed the {b}.",
    "{a} announced the {b} accelerator.",
    "{a} said its {b} chips would ship next year.",
    "{a} introduced {b} chips.",
    "{a} makes the {b} chip.",
]
MANUFACTURING = [
    "{a} manufactures the {b}.",
    "{a} makes the {b} chips.",
    "The {b} is made by {a}.",
    "The {b} is manufactured by {a} on its 3nm process.",
    "{a} will produce the {b}.",
    "{a} builds the {b} chips.",
    "{a} won the order to make the {b}.",
    "The {b} is fabricated at {a}.",
    "{a} is the foundry for the {b}.",
    "{a} will fabricate {b} chips.",
]
INVESTED = [("Nvidia", "Mistral AI"), ("SoftBank", "OpenAI"), ("Amazon", "Anthropic")]
USED = [("Meta", "H100"), ("OpenAI", "Instinct MI450"), ("Anthropic", "TPU")]
BOUGHT_FROM = [("OpenAI", "Oracle"), ("Meta", "CoreWeave"), ("Anthropic", "Microsoft")]
DESIGNED = [("AMD", "Instinct MI450"), ("Google", "TPU"), ("Amazon", "Trainium")]
MADE = [("TSMC", "Instinct MI450"), ("Samsung", "TPU"), ("TSMC", "Trainium")]
KINDS = [
    ("invests_in", INVESTMENTS, INVESTED),
    ("uses_chip", USES, USED),
    ("compute_commitment", COMMITMENTS, BOUGHT_FROM),
    ("designs_chip", DESIGNS, DESIGNED),
    ("manufactures_chip", MANUFACTURING, MADE),
]
CASES = [
    pytest.param(kind, template, a, b, id=f"{kind}: {template} [{a}/{b}]")
    for kind, templates, pairs in KINDS
    for template in templates
    for a, b in pairs
]


@pytest.mark.parametrize("kind, template, a, b", CASES)
def test_a_plain_paraphrase_gives_its_fact(kind, template, a, b):
    assert (kind, _name(a), _name(b)) in facts(template.format(a=a, b=b))


# The same facts told of names the registry lacks, where the sentence alone must say what the
# name is: a description, a round, a valuation, a chip noun, a verb of design.
UNKNOWN = [
    ("invests_in", "Halvorsen Capital", "Nuvexa", [
        "Nuvexa, an AI startup based in Paris, has raised $200 million in a Series B round led "
        "by Halvorsen Capital.",
        "Paris-based AI startup Nuvexa said on Tuesday it had raised $200 million from investors "
        "including Halvorsen Capital and Sequoia.",
        "Halvorsen Capital led the $200 million round in Nuvexa, according to a statement.",
        "Nuvexa raised $200 million. The round was led by Halvorsen Capital, with participation "
        "from Sequoia and Nvidia.",
        "Nuvexa has raised $200 million, led by Halvorsen Capital, to build its models.",
        "AI startup Nuvexa is in talks to raise $200 million from Halvorsen Capital, people "
        "familiar with the matter said.",
        "Investment firm Halvorsen Capital has invested $200 million in Nuvexa, a French AI "
        "startup.",
        "Nuvexa's backers include Halvorsen Capital and Sequoia.",
        "The funding round, which was led by Halvorsen Capital, values Nuvexa at $2 billion.",
        "Halvorsen Capital, an existing investor, also took part in Nuvexa's round.",
        "Nuvexa closed a $200 million Series B. Halvorsen Capital led the round.",
        "The startup Nuvexa announced on Monday a $200 million funding round co-led by Halvorsen "
        "Capital and Sequoia.",
        "Nuvexa, which is backed by Halvorsen Capital, is building a new model.",
        "Halvorsen Capital has poured $200 million into French startup Nuvexa.",
        "Existing investors Halvorsen Capital and Sequoia also participated in Nuvexa's round.",
    ]),
    ("uses_chip", "Nuvexa", "H100", [
        "Nuvexa, a French AI startup, trains its models on Nvidia H100 GPUs.",
        "French startup Nuvexa has bought 4,000 Nvidia H100 GPUs, the company said.",
        "Nuvexa plans to deploy 10,000 H100 GPUs in its new data center in France.",
        "The AI startup Nuvexa, which develops large language models, relies on H100 chips from "
        "Nvidia.",
        "Nuvexa raised $200 million and will spend most of it on Nvidia's H100 chips.",
    ]),
    ("compute_commitment", "Nuvexa", "CoreWeave", [
        "French AI startup Nuvexa signed a $500 million deal with CoreWeave for computing "
        "capacity.",
        "CoreWeave will provide Nuvexa with GPU capacity under a five-year contract worth $500 "
        "million.",
        "Nuvexa, a French AI startup, will rent Nvidia GPUs from CoreWeave.",
        "CoreWeave signed a multiyear contract with AI startup Nuvexa.",
    ]),
    ("compute_commitment", "Nuvexa", "Brightline Compute", [
        "French AI startup Nuvexa signed a $500 million deal with neocloud Brightline Compute for "
        "GPU capacity.",
        "Brightline Compute, a GPU cloud provider, will supply Nuvexa with computing capacity "
        "under a $500 million contract.",
        "Nuvexa has agreed to buy $500 million of computing capacity from Brightline Compute, a "
        "neocloud.",
    ]),
    ("designs_chip", "Quorix", "QX900", [
        "Chip startup Quorix unveiled the QX900, an inference accelerator.",
        "Quorix, a Californian chipmaker, said its QX900 chip would ship next year.",
        "The QX900 chip, designed by chip startup Quorix, targets inference.",
        "The QX900 was developed by chip startup Quorix.",
    ]),
    ("manufactures_chip", "TSMC", "QX900", [
        "Quorix's QX900 accelerator will be made by TSMC.",
        "Chip startup Quorix said TSMC would produce its QX900 chips.",
    ]),
    ("uses_chip", "Nuvexa", "QX900", [
        "Chip startup Quorix said French AI startup Nuvexa had ordered 1,000 of its QX900 chips.",
    ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "kind, subject, obj, text",
    [
        pytest.param(kind, subject, obj, text, id=text[:60])
        for kind, subject, obj, texts in UNKNOWN
        for text in texts
    ],
)
def test_a_paraphrase_about_unknown_names_gives_its_fact(kind, subject, obj, text):
    assert (kind, _name(subject), _name(obj)) in facts(text)


def _name(name: str) -> str:
    """A registry entity's own name in lower case, as ``facts`` gives it; a discovered one keeps
    the text's spelling."""
    known = REGISTRY.lookup(name)
    return (known.name if known is not None else name).lower()
