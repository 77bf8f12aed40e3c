"""Strict YAML for the project's input files: one-line errors with file and line.

PyYAML's safe loader is kept for the grammar; on top of it, duplicate keys are an error (not a
silent last-wins), ``.inf``/``.nan`` are refused, nesting is bounded, and timestamps stay
text so that the records' own date checks (with their messages) apply. Pydantic's errors are
turned into the project's words, each with the line of the value it is about.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import yaml
from pydantic import ValidationError

from kg.errors import KgError, printable

MAX_DEPTH = 32


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader without timestamps, duplicate keys, non-finite numbers or deep nesting."""

    def __init__(self, stream, source: str, first_line: int = 1) -> None:
        super().__init__(stream)
        self.source, self.first_line = source, first_line
        self.depth = 0

    def file_line(self, mark) -> int:
        return mark.line + self.first_line

    def compose_node(self, parent, index):
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                where = f"{self.source} line {self.file_line(mark)}"
                raise KgError(f"{where}: nested deeper than {MAX_DEPTH}")
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            self.flatten_mapping(node)
            seen: dict[object, int] = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    hash(key)
                except TypeError:
                    raise KgError(
                        f"{self.source} line {self.file_line(key_node.start_mark)}: "
                        "a key must be text, not a list or mapping"
                    ) from None
                line = self.file_line(key_node.start_mark)
                if key in seen:
                    raise KgError(
                        f"{self.source} line {line}: duplicate key '{key}' "
                        f"(first given on line {seen[key]})"
                    )
                seen[key] = line
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_float(self, node):
        value = super().construct_yaml_float(node)
        if not math.isfinite(value):
            raise KgError(
                f"{self.source} line {self.file_line(node.start_mark)}: "
                f"'{node.value}' is not a finite number"
            )
        return value


# Dates and times stay text: the records parse them and say what is wrong with a bad one.
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_StrictLoader.add_constructor("tag:yaml.org,2002:float", _StrictLoader.construct_yaml_float)
_StrictLoader.add_constructor(
    "tag:yaml.org,2002:map", lambda loader, node: dict(loader.construct_mapping(node, deep=True))
)


# libyaml's parser where PyYAML was built with it: the same grammar, and the same constructor
# and resolver (the strict ones above), ten times faster (the registry took a quarter of a second
# at every build's start). Only text the pure-Python reader accepts character by character, not
# nested deeper than MAX_DEPTH, goes to it; whatever it refuses is parsed again in Python, whose
# errors are the ones users see.
if getattr(yaml, "__with_libyaml__", False):
    from yaml.cyaml import CParser

    class _FastStrictLoader(CParser, _StrictLoader):  # type: ignore[misc]
        """``_StrictLoader`` with libyaml's parser and composer."""

        def __init__(self, stream, source: str, first_line: int = 1) -> None:
            CParser.__init__(self, stream)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            self.source, self.first_line = source, first_line
            self.depth = 0

    _NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE
else:  # pragma: no cover (PyYAML without libyaml)
    _FastStrictLoader = None


def _fast(text: str, source: str, first_line: int) -> tuple[object, yaml.Node | None] | None:
    """``parse`` by libyaml, or None where it cannot say the same as the Python parser."""
    if _FastStrictLoader is None or _NON_PRINTABLE.search(text):
        return None
    try:
        depth = deepest = 0
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):  # libyaml's parser: no recursion
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                deepest = max(deepest, depth)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        if deepest + 1 > MAX_DEPTH:
            return None
        loader = _FastStrictLoader(text, source, first_line)
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except Exception:  # noqa: BLE001 (the Python parser reads it again and says what is wrong)
        return None
    return data, root


def parse(text: str, source: str, first_line: int = 1) -> tuple[object, yaml.Node | None]:
    """The data in ``text`` and its node tree (for lines); errors name ``source`` and the line.

    ``first_line`` is the file line the text starts on (front matter starts on line 2).
    """
    parsed = _fast(text, source, first_line)
    if parsed is not None:
        return parsed
    loader = None
    try:
        loader = _StrictLoader(text, source, first_line)
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.reader.ReaderError as problem:
        line = text.count("\n", 0, max(problem.position, 0)) + first_line
        raise KgError(
            f"{source} line {line}: not valid YAML (character U+{problem.character:04X} "
            "is not allowed)"
        ) from None
    except yaml.MarkedYAMLError as problem:
        mark = problem.problem_mark or problem.context_mark
        where = f" line {mark.line + first_line}" if mark else ""
        reason = printable((problem.problem or "not valid YAML").strip())
        raise KgError(f"{source}{where}: not valid YAML ({reason})") from None
    except yaml.YAMLError:
        raise KgError(f"{source}: not valid YAML") from None
    except RecursionError:
        raise KgError(f"{source}: nested too deeply") from None
    except (ValueError, TypeError, OverflowError) as problem:
        raise KgError(f"{source}: a value YAML cannot read ({problem})") from None
    finally:
        if loader is not None:
            loader.dispose()
    return data, root


def read(path: Path) -> tuple[object, yaml.Node | None]:
    """Read and parse a YAML file; an unreadable or non-UTF-8 file is a one-line error."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as problem:
        raise KgError(f"{path}: cannot read ({problem.strerror})") from None
    except UnicodeDecodeError as problem:
        raise KgError(f"{path}: not UTF-8 (byte {problem.start})") from None
    return parse(text, str(path))


def line_of(root: yaml.Node | None, loc: Sequence[object], first_line: int = 1) -> int | None:
    """The file line of the value at ``loc`` (a pydantic error location), or of its nearest
    enclosing value when the key is missing."""
    node, line = root, None
    for part in loc:
        if node is None:
            break
        line = node.start_mark.line + first_line
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            node = node.value[part] if 0 <= part < len(node.value) else None
        else:
            node = None
    if node is not None:
        line = node.start_mark.line + first_line
    return line


_MESSAGES = {
    "missing": "is missing",
    "extra_forbidden": "is not a field this file knows",
    "string_type": "must be text",
    "list_type": "must be a list",
    "dict_type": "must be a mapping",
    "model_type": "must be a mapping of fields",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "finite_number": "must be a finite number",
    "date_type": "must be a date (YYYY-MM-DD)",
}


def describe(problem: ValidationError) -> tuple[tuple, str]:
    """The first pydantic error as (location, "'field' what is wrong") in the project's words."""
    first = problem.errors(include_url=False)[0]
    loc = tuple(first["loc"])
    field = ".".join(str(part) for part in loc) or "record"
    kind, context = first["type"], first.get("ctx") or {}
    given = first.get("input")
    if kind in _MESSAGES:
        what = _MESSAGES[kind]
    elif kind.startswith("date") or kind.startswith("datetime"):
        reason = first["msg"].split(",", 1)[1].strip() if "," in first["msg"] else ""
        shown = f" ('{given[:40]}')" if isinstance(given, str) else ""
        reason = f" ({reason})" if "range" in reason else ""
        what = f"is not a date{shown}: write YYYY-MM-DD{reason}"
    elif kind == "literal_error":
        what = f"must be one of {context.get('expected', '')}"
    elif kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        words = {
            "greater_than_equal": "at least",
            "greater_than": "more than",
            "less_than_equal": "at most",
            "less_than": "less than",
        }
        bound = next(iter(context.values()), "")
        what = f"must be {words[kind]} {bound}"
    elif kind in ("too_short", "string_too_short"):
        what = "must not be empty"
    elif kind == "string_pattern_mismatch":
        what = f"does not match the pattern {context.get('pattern', '')}"
    elif kind == "value_error":
        what = str(context.get("error", first["msg"])).removeprefix("Value error, ")
    else:
        what = first["msg"][:1].lower() + first["msg"][1:]
    return loc, f"'{field}' {what}"
