"""The `kg` command: a thin layer over the library; each command calls one function and prints.

Modules: ``arguments`` (the parser), ``query`` (``kg query``), ``commands`` (the others) and
``output`` (what they print); ``main`` here runs one and turns errors into messages.
"""

from __future__ import annotations

import os
import sys

from kg.cli.arguments import parser
from kg.cli.commands import (
    HEADLINE_QUESTIONS,
    cmd_build,
    cmd_eval,
    cmd_export,
    cmd_push,
    cmd_serve,
    cmd_validate,
    cmd_viz,
)
from kg.cli.output import render
from kg.cli.query import cmd_query
from kg.errors import KgError

__all__ = ["COMMANDS", "HEADLINE_QUESTIONS", "main", "parser", "render"]


COMMANDS = {
    "build": cmd_build,
    "query": cmd_query,
    "validate": cmd_validate,
    "eval": cmd_eval,
    "viz": cmd_viz,
    "serve": cmd_serve,
    "push": cmd_push,
    "export": cmd_export,
}


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not args.command:
        parser().print_help()
        return 0
    try:
        return COMMANDS[args.command](args)
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
