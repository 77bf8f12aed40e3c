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
