"""The `kg` command: a thin layer over the library; each command calls one function and prints.

Modules: ``arguments`` (the parser), ``query`` (``kg query``), ``commands`` (the others) and
``output`` (what they print); ``main`` here runs one and turns errors into messages.
"""

from __future__ import annotations

import importlib
import os
import sys

from kg.cli.arguments import parser
from kg.cli.output import render
from kg.errors import KgError

__all__ = ["COMMANDS", "HEADLINE_QUESTIONS", "main", "parser", "render"]


# Each command's function, by module: imported when the command runs, so that ``kg query``
# does not load the other commands' modules.
COMMANDS = {
    "build": "commands.cmd_build",
    "query": "query.cmd_query",
    "validate": "commands.cmd_validate",
    "eval": "commands.cmd_eval",
    "viz": "commands.cmd_viz",
    "serve": "commands.cmd_serve",
    "push": "commands.cmd_push",
    "export": "commands.cmd_export",
}


def command(name: str):
    """The function that runs the command ``name``."""
    module, function = COMMANDS[name].split(".")
    return getattr(importlib.import_module(f"kg.cli.{module}"), function)


def __getattr__(name: str):
    if name == "HEADLINE_QUESTIONS":
        from kg.cli.commands import HEADLINE_QUESTIONS

        return HEADLINE_QUESTIONS
    raise AttributeError(f"module 'kg.cli' has no attribute '{name}'")


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not args.command:
        parser().print_help()
        return 0
    try:
        return command(args.command)(args)
    except BrokenPipeError:
        # The reader closed the pipe (kg query … | head): end quietly, and keep Python from
        # complaining when it flushes standard output on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KgError as problem:
        print(f"kg: error: {problem}", file=sys.stderr)
        return 2
    except OSError as problem:
        where = f"{problem.filename}: " if problem.filename else ""
        print(f"kg: error: {where}{problem.strerror or problem}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
