"""The entity registry: the shipped file, alias lookups, and errors that point at a line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KgError
from kg.models import ENTITY_TYPES
from kg.registry import load_registry

VALID_HEAD = """entities:
  - id: anthropic
    name: Anthropic
    types: [Lab]
"""


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def registry_file(folder: Path, extra: str) -> Path:
    path = folder / "entities.yaml"
    path.write_text(VALID_HEAD + extra, encoding="utf-8")
    return path


def load_error(path: Path) -> str:
    with pytest.raises(KgError) as problem:
        load_registry(path)
    message = str(problem.value)
    assert "\n" not in message
    return message


# ---------------------------------------------------------------- the shipped registry


def test_the_shipped_registry_is_large(registry):
    assert len(registry) >= 80


@pytest.mark.parametrize(
    ("kind", "example"),
    [
        ("Lab", "anthropic"),
        ("CloudProvider", "aws"),
        ("ChipDesigner", "nvidia"),
        ("Chip", "tpu"),
        ("Foundry", "tsmc"),
    ],
)
def test_the_registry_covers_each_kind_of_player(registry, kind, example):
    members = [e for e in registry if kind in e.types]
    assert len(members) >= 3, f"only {len(members)} {kind} entities"
    assert kind in registry.get(example).types


def test_every_entity_type_is_a_known_type(registry):
    assert {t for e in registry for t in e.types} <= set(ENTITY_TYPES)


def test_aws_acts_as_amazon(registry):
    assert registry.get("aws").parent == "amazon"
    assert registry.organisation("aws") == "amazon"
    assert registry.organisation("amazon") == "amazon"


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [
        ("amazon web services", "aws"),
        ("Amazon Web Services", "aws"),
        ("TSMC", "tsmc"),
        ("tsmc", "tsmc"),
        ("Taiwan Semiconductor Manufacturing Co.", "tsmc"),
        ("NVIDIA", "nvidia"),
        ("google tpus", "tpu"),
    ],
)
def test_lookup_by_name_or_alias_ignores_case(registry, name, entity_id):
    found = registry.lookup(name)
    assert found is not None, f"{name!r} is not found"
    assert found.id == entity_id


def test_an_unknown_name_is_not_found(registry):
    assert registry.lookup("Definitely Not A Company") is None


def test_chip_designers_follow_the_family(registry):
    assert "microsoft" in registry.designers("maia-200")
    assert "google" in registry.designers("tpu")


# ---------------------------------------------------------------- errors


def test_an_unknown_type_names_the_file_and_line(tmp_path):
    path = registry_file(tmp_path, "  - id: rocket\n    name: Rocket Co\n    types: [Spaceship]\n")
    message = load_error(path)
    assert str(path) in message
    assert "line 7" in message, "the line of the bad value, not of the entity"
    assert "rocket" in message and "types" in message


def test_a_duplicate_alias_names_the_file_and_line(tmp_path):
    path = registry_file(
        tmp_path,
        "  - id: other\n    name: Other Lab\n    types: [Lab]\n    aliases: [ANTHROPIC]\n",
    )
    message = load_error(path)
    assert str(path) in message
    assert "line 5" in message
    assert "ANTHROPIC" in message and "anthropic" in message


def test_a_duplicate_id_names_the_file_and_line(tmp_path):
    path = registry_file(tmp_path, "  - id: anthropic\n    name: Anthropic Two\n    types: [Lab]\n")
    message = load_error(path)
    assert str(path) in message and "line 5" in message


def test_a_dangling_reference_is_an_error(tmp_path):
    path = registry_file(
        tmp_path, "  - id: widget\n    name: Widget\n    types: [Chip]\n    designer: nope\n"
    )
    message = load_error(path)
    assert str(path) in message
    assert "widget" in message and "nope" in message


@pytest.mark.parametrize(
    "text",
    ["entities: [\n", "- just a list\n", "entities: 3\n", "entities:\n  - just a string\n"],
)
def test_a_malformed_registry_is_a_clear_error(tmp_path, text):
    path = tmp_path / "entities.yaml"
    path.write_text(text, encoding="utf-8")
    assert str(path) in load_error(path)


def test_a_missing_registry_is_a_clear_error(tmp_path):
    assert "cannot read" in load_error(tmp_path / "missing.yaml")


def test_kg_build_with_a_bad_registry_exits_2(tmp_path, run_kg):
    path = registry_file(tmp_path, "  - id: rocket\n    name: Rocket Co\n    types: [Spaceship]\n")
    result = run_kg("build", "--registry", path, "--out", tmp_path / "out", process=True)
    assert result.code == 2
    assert len(result.err_lines) == 1 and "Traceback" not in result.err
    assert "line 7" in result.err


# ---------------------------------------------------------------- breadth a user relies on

NOT_ACCELERATORS = (
    "Grace CPU",
    "Nvidia Grace CPU",
    "Vera CPU",
    "Graviton4",
    "Azure Cobalt",
    "Axion",
    "AMD EPYC",
    "Intel Xeon",
    "NVLink",
    "HBM3E",
    "BlueField-3",
    "Spectrum-X",
    "InfiniBand",
    "Tomahawk 6",
)
NOT_ACCELERATOR_WORDS = ("cpu", "graviton", "cobalt", "axion", "epyc", "xeon", "nvlink", "hbm")


def test_the_registry_has_breadth_of_every_kind(registry):
    minimum = {
        "Chip": 100,
        "ChipDesigner": 50,
        "CloudProvider": 40,
        "Investor": 80,
        "Lab": 50,
        "Foundry": 6,
        "DataCenter": 10,
    }
    for kind, count in minimum.items():
        members = [e for e in registry if kind in e.types]
        assert len(members) >= count, f"only {len(members)} {kind} entities"


def test_every_chip_has_a_registered_designer(registry):
    for chip in (e for e in registry if e.is_chip):
        assert registry.designers(chip.id), f"{chip.id} has no designer"
        for designer in (chip.designer, *chip.co_designers):
            if designer:
                assert "ChipDesigner" in registry.get(designer).types, (chip.id, designer)


def test_chip_families_foundries_and_nodes_are_well_formed(registry):
    for chip in (e for e in registry if e.is_chip):
        if chip.family:
            assert registry.get(chip.family).is_chip, (chip.id, chip.family)
        if chip.foundry:
            assert "Foundry" in registry.get(chip.foundry).types, (chip.id, chip.foundry)
        if chip.process_node:
            assert chip.process_node[:-2].isdigit() and chip.process_node.endswith("nm"), chip.id


def test_parents_and_owners_are_registered_organisations(registry):
    for entity in registry:
        for target in (entity.parent, entity.owner):
            if target:
                assert registry.get(target).is_organization or (
                    "DataCenter" in entity.types and "DataCenter" in registry.get(target).types
                ), (entity.id, target)
        if "DataCenter" in entity.types:
            assert entity.owner or entity.parent, f"{entity.id} has no owner"


@pytest.mark.parametrize("name", NOT_ACCELERATORS)
def test_cpus_networking_and_memory_are_known_but_not_chips(registry, name):
    found = registry.lookup(name)
    assert found is not None, f"{name!r} is not found"
    assert not found.is_chip, found.id


def test_no_chip_is_named_like_a_cpu_network_or_memory_part(registry):
    for chip in (e for e in registry if e.is_chip):
        for name in (chip.name, *chip.aliases):
            words = name.lower().replace("-", " ").split()
            assert not set(words) & set(NOT_ACCELERATOR_WORDS), (chip.id, name)


@pytest.mark.parametrize(
    "word",
    [
        "Index",
        "Benchmark",
        "Spark",
        "General",
        "Magic",
        "Figure",
        "Reflection",
        "Together",
        "Core",
        "Apollo",
        "Eclipse",
        "Insight",
        "Cipher",
        "Galaxy",
        "Modal",
        "Tiger",
        "Thinking",
    ],
)
def test_ambiguous_english_words_are_not_aliases(registry, word):
    assert registry.lookup(word) is None, f"{word!r} names {registry.lookup(word).id}"


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [
        ("a16z", "andreessen-horowitz"),
        ("Andreessen Horowitz", "andreessen-horowitz"),
        ("Cerebras WSE-3", "wse-3"),
        ("CS-3", "cs-3"),
        ("SN50", "sn50"),
        ("MI300X", "instinct-mi300x"),
        ("MI355X", "instinct-mi355x"),
        ("Blackwell Ultra", "blackwell-ultra"),
        ("GB300 NVL72", "gb300"),
        ("TPU v7", "ironwood"),
        ("Trainium3", "trainium3"),
        ("Maia 200", "maia-200"),
        ("Ascend 910C", "ascend-910c"),
        ("Gaudi 3", "gaudi-3"),
        ("AMD GPUs", "amd-gpus"),
        ("AMD Instinct", "instinct"),
        ("Nvidia GPUs", "nvidia-gpus"),
        ("Abu Dhabi's MGX", "mgx"),
        ("Public Investment Fund", "pif"),
        ("Mubadala", "mubadala"),
        ("NVentures", "nventures"),
        ("T. Rowe Price", "t-rowe-price"),
        ("JPMorgan", "jpmorgan"),
        ("J.P. Morgan", "jpmorgan"),
        ("Kleiner Perkins", "kleiner-perkins"),
        ("Benchmark Capital", "benchmark"),
        ("Index Ventures", "index-ventures"),
        ("Amazon Web Services", "aws"),
        ("OCI", "oci"),
        ("Hut 8", "hut-8"),
        ("Project Rainier", "project-rainier"),
        ("Samsung Foundry", "samsung"),
    ],
)
def test_representative_names_resolve(registry, name, entity_id):
    found = registry.lookup(name)
    assert found is not None, f"{name!r} is not found"
    assert found.id == entity_id


def test_divisions_act_for_their_parent_and_venture_arms_keep_their_own_name(registry):
    assert registry.organisation("microsoft-azure") == "microsoft"
    assert registry.organisation("oci") == "oracle"
    assert registry.organisation("google-cloud") == "google"
    assert registry.organisation("gv") == "gv" and registry.get("gv").owner == "google"
    assert "intel" in registry.designers("gaudi-3")
    assert "broadcom" in registry.designers("ironwood")


def test_every_alias_can_be_matched_in_prose(registry):
    """The extractor ignores a match in lower case ('meta', 'oracle') unless one of the entity's
    names is written so ('tensor processing units'): every alias written in lower case is still
    found in a sentence."""
    from kg.extract.mentions import EntityFinder
    from kg.extract.text import split_sentences

    finder = EntityFinder(registry)
    for entity in registry:
        for name in (entity.name, *entity.aliases):
            first = name.split()[0]
            if not first.islower() or any(ch.isdigit() for ch in first):
                continue
            sentence = split_sentences(f"Meta said it uses {name} today.")[0]
            assert entity.id in {m.entity for m in finder.find(sentence)}, (entity.id, name)


def test_every_chip_name_is_found_in_a_sentence_with_or_without_its_designer(registry):
    """A family's alias must not swallow a generation's name, nor a CPU's a chip's ('Nvidia
    Grace' in 'Nvidia Grace Blackwell'). d-Matrix is left out: the matcher reads its lower-case
    first token as a common word."""
    from kg.extract.mentions import EntityFinder
    from kg.extract.text import split_sentences

    finder = EntityFinder(registry)
    missed = []
    for chip in (e for e in registry if e.is_chip and e.designer != "d-matrix"):
        designer = registry.get(chip.designer).name if chip.designer else ""
        for name in (chip.name, *chip.aliases):
            texts = [f"Meta said it uses {name} for training."]
            if designer and not name.lower().startswith(designer.lower()):
                texts += [
                    f"It uses {designer} {name} chips.",
                    f"It uses {designer}'s {name} for inference.",
                ]
            for text in texts:
                found = finder.find(split_sentences(text)[0])
                if chip.id not in [m.entity for m in found if not m.embedded]:
                    missed.append(text)
    assert not missed, missed[:10]


def test_every_organisation_name_is_found_in_a_sentence(registry):
    """No alias of one organisation swallows another's name. Left out, for the matcher to fix:
    'd-Matrix' (a lower-case first token) and 'Character.AI' (the sentencizer splits it)."""
    from kg.extract.mentions import EntityFinder
    from kg.extract.text import split_sentences

    finder = EntityFinder(registry)
    missed = []
    for entity in (e for e in registry if not e.is_chip and e.id not in ("d-matrix",)):
        for name in (entity.name, *entity.aliases):
            if name == "Character.AI":
                continue
            for text in (f"On Monday {name} said it would invest.", f"It drew {name}, and others."):
                found = finder.find(split_sentences(text)[0])
                if entity.id not in [m.entity for m in found]:
                    missed.append(text)
    assert not missed, missed[:10]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        # duplicate keys are an error, not a silent last-wins
        (
            "  - id: rocket\n    name: Rocket Co\n    name: Other\n    types: [Lab]\n",
            "line 7: duplicate key 'name' (first given on line 6)",
        ),
        # a wrong type, in the project's words
        (
            "  - id: rocket\n    name: [Rocket]\n    types: [Lab]\n",
            "line 6: entity 'rocket': 'name' must be text",
        ),
        # deep nesting: a one-line error, never a RecursionError
        ("  - id: rocket\n    name: " + "[" * 3000 + "]" * 3000 + "\n", "nested deeper than"),
        (
            "  - id: rocket\n    name: .nan\n    types: [Lab]\n",
            "line 6: '.nan' is not a finite number",
        ),
        # a name with an invisible character would make a look-alike of another name
        (
            '  - id: rocket\n    name: "Open\\u200bAI Two"\n    types: [Lab]\n',
            "invisible characters (U+200B)",
        ),
        ('  - id: rocket\n    name: "\uff2fpen Two"\n    types: [Lab]\n', "is not in NFKC form"),
    ],
)
def test_yaml_problems_are_one_line_errors_with_the_line(tmp_path, entry, expected):
    path = registry_file(tmp_path, entry)
    message = load_error(path)
    assert message.startswith(str(path)), message
    assert expected in message, message
    assert "\n" not in message


def test_libyaml_and_the_python_parser_read_the_same_data_and_lines(tmp_path):
    """The registry, the curation files and the seeds' front matter are read by libyaml where
    PyYAML has it: the same data (and types) and the same lines as PyYAML's own parser; text
    it would read differently or refuses goes to the Python parser, whose errors users see."""
    import yaml

    from kg import yamlfile

    repo = Path(__file__).resolve().parent.parent
    texts = [(p.read_text(encoding="utf-8"), 1) for p in [repo / "data" / "entities.yaml",
             *sorted((repo / "data" / "curation").glob("*.yaml"))]]  # fmt: skip
    for path in sorted((repo / "data" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n"):  # the front matter, as kg.load cuts it
            texts.append((text[4 : text.find("\n---\n", 3) + 1], 2))
    texts.append(("a: 1\nb: [x, {c: 2.5, d: true, e: null}]\nf: '2026-01-31'\ng: 1e3\n", 1))

    def lines(node):
        yield type(node).__name__, node.tag, node.start_mark.line, node.start_mark.column
        children = node.value if not isinstance(node, yaml.ScalarNode) else []
        for child in children:
            yield from (x for part in (child if isinstance(child, tuple) else (child,))
                        for x in lines(part))  # fmt: skip

    def typed(value):
        if isinstance(value, dict):
            return {k: typed(v) for k, v in value.items()}
        if isinstance(value, list):
            return [typed(v) for v in value]
        return type(value).__name__, value

    for text, first_line in texts:
        fast = yamlfile._fast(text, "x", first_line)
        assert fast is not None
        slow = yamlfile._StrictLoader(text, "x", first_line)
        root = slow.get_single_node()
        assert typed(fast[0]) == typed(slow.construct_document(root))
        assert list(lines(fast[1])) == list(lines(root))
    for refused in ("a: 1\na: 2\n", "a: .inf\n", "a: " + "[" * 40 + "]" * 40 + "\n",
                    "a: \x07\n", "a: [1\n"):  # fmt: skip
        assert yamlfile._fast(refused, "x", 1) is None
