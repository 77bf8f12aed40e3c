"""The command line's arguments: one subcommand each, with its help and examples."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg import __version__

DEFAULT_ARTICLES = Path("data/articles")
DEFAULT_OUT = Path("build")


def _examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="kg",
        description="Build and query a knowledge graph of the AI compute race from news articles.",
        epilog=_examples("kg build", "kg query silicon", "kg query commitments --format json"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    main.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = main.add_subparsers(dest="command", metavar="COMMAND")

    build = _command(
        commands,
        "build",
        "Build the graph from a folder of articles.",
        "kg build",
        "kg build --articles my/articles --out my/build --strict",
    )
    build.add_argument(
        "--articles",
        type=Path,
        default=DEFAULT_ARTICLES,
        help="folder of .txt/.md articles (default: data/articles)",
    )
    build.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="build folder (default: build)"
    )
    build.add_argument(
        "--registry", type=Path, help="entity registry YAML (default: the shipped one)"
    )
    build.add_argument("--curation", type=Path, help="folder of per-article curation YAML files")
    build.add_argument(
        "--strict", action="store_true", help="a bad article is an error, not a warning"
    )
    build.add_argument("--quiet", action="store_true", help="print no headline answers")
    build.add_argument(
        "--wait", action="store_true", help="wait for a build already running here, not refuse"
    )
    build.add_argument("--no-html", action="store_true", help="write no graph.html")

    query = _command(
        commands,
        "query",
        "Ask a named question, or run a SPARQL query.",
        "kg query silicon",
        "kg query silicon --as-of 2026-03-31 --known-by 2026-03-31 --with-provider",
        "kg query exposure --entity Anthropic --status announced",
        "kg query loops --max-length 3 --format json",
        "kg query why Anthropic Microsoft",
        "kg query path OpenAI TSMC --with-registry",
        "kg query diff 2025-09-01 2025-12-31",
        "kg query facts --with-registry --format csv",
        "kg query my-question.rq",
        "kg query --sparql 'SELECT * WHERE { ?s ?p ?o } LIMIT 5'",
        "kg query --list",
    )
    query.add_argument("name", nargs="?", help="question name or a .rq file")
    query.add_argument(
        "arguments",
        nargs="*",
        metavar="ARG",
        help="why ENTITY [OTHER]; path FROM TO; diff SINCE UNTIL (dates YYYY-MM-DD, YYYY-MM, YYYY)",
    )
    query.add_argument("--sparql", help="a SPARQL SELECT, ASK or CONSTRUCT query")
    query.add_argument(
        "--graph", type=Path, default=DEFAULT_OUT, help="build folder (default: build)"
    )
    _endpoint_arguments(query, "ask a SPARQL endpoint (URL) instead of the build's store")
    query.add_argument(
        "--format",
        type=str.lower,
        choices=("table", "json", "csv"),
        default="table",
        help="table (fits the terminal), json (the contract) or csv (lists as JSON arrays)",
    )
    query.add_argument(
        "--with-registry",
        action="store_true",
        help="facts: include what only the registry states; path: follow its chip suppliers too",
    )
    query.add_argument(
        "--with-provider", action="store_true", help="silicon: add the provider in between"
    )
    query.add_argument(
        "--max-length", type=_at_least(1), help="loops: longest cycle in hops (default 4)"
    )
    query.add_argument(
        "--max-paths", type=_at_least(1), help="path: how many shortest paths (default 5)"
    )
    query.add_argument("--list", action="store_true", help="list the named questions")
    filters = query.add_argument_group("filters (every named question)")
    filters.add_argument(
        "--status",
        action="append",
        metavar="STATUS",
        help="use only facts with this status: announced, in_talks, reported, planned (repeat)",
    )
    filters.add_argument(
        "--entity",
        action="append",
        metavar="NAME",
        help="keep rows that name this entity, its divisions or its chip generations (repeat)",
    )
    filters.add_argument(
        "--min-confidence",
        type=float,
        metavar="X",
        help="use only facts extracted with at least this confidence (0 to 1)",
    )
    filters.add_argument(
        "--as-of",
        metavar="DATE",
        help="what was in effect on DATE, by the facts' own dates: facts dated later are left "
        "out, facts without a date are kept",
    )
    filters.add_argument(
        "--known-by",
        metavar="DATE",
        help="what had been published by DATE, by the articles' dates: facts from articles "
        "without a date count as unknown and are left out",
    )

    validate = _command(
        commands,
        "validate",
        "Check a build against the SHACL shapes.",
        "kg validate",
        "kg validate --graph my/build",
    )
    validate.add_argument("--graph", type=Path, default=DEFAULT_OUT, help="build folder")

    evaluate = _command(
        commands,
        "eval",
        "Score extraction against gold files beside the articles.",
        "kg eval data/articles",
        "kg eval ../shared/corpus/dev --json",
        "kg eval dev/ heldout/          (each folder scored, then both together)",
    )
    evaluate.add_argument(
        "folders",
        nargs="*",
        type=Path,
        default=[DEFAULT_ARTICLES],
        help="folders of articles with *.gold.json beside them; two or more are also scored "
        "one by one, side by side",
    )
    evaluate.add_argument("--json", action="store_true", help="print the full report as JSON")
    evaluate.add_argument(
        "--write-rule-table",
        type=Path,
        metavar="FILE",
        help="measure each extraction rule's precision on these folders and write the table "
        "that gives facts their confidence (kg/extract/rule_precision.json)",
    )
    evaluate.add_argument(
        "--write-pair-model",
        type=Path,
        metavar="FILE",
        help="train the model that scores entity pairs no rule linked on these folders' gold "
        "and write it (kg/extract/pair_model.json)",
    )
    evaluate.add_argument("--registry", type=Path, help="entity registry YAML")
    evaluate.add_argument(
        "--gold-names-only",
        action="store_true",
        help="match names on the gold files' own aliases only, not the registry's (as a "
        "scorer that has never seen this registry would)",
    )

    viz = _command(
        commands,
        "viz",
        "Write the interactive HTML graph (or a PNG picture).",
        "kg viz",
        "kg viz --focus Anthropic --depth 2 --out anthropic.html",
        "kg viz --status announced",
        "kg viz --png docs/silicon.png",
    )
    viz.add_argument("--graph", type=Path, default=DEFAULT_OUT, help="build folder")
    viz.add_argument("--out", type=Path, help="HTML file (default: <graph>/graph.html)")
    viz.add_argument("--focus", help="only the neighbourhood of this entity")
    viz.add_argument("--depth", type=int, default=1, help="hops around --focus (default 1)")
    viz.add_argument("--status", action="append", help="keep only facts with this status")
    viz.add_argument("--png", type=Path, help="write a PNG of the lab–silicon graph instead")
    _store_commands(commands)
    return main


def _endpoint_arguments(command: argparse.ArgumentParser, endpoint_help: str) -> None:
    command.add_argument("--endpoint", metavar="URL", help=endpoint_help)
    command.add_argument(
        "--default-graph",
        metavar="IRI",
        help="the endpoint's union graph if it is not the default (Fuseki: urn:x-arq:UnionGraph)",
    )
    command.add_argument(
        "--user", help="user for the endpoint; the password is read from $KG_ENDPOINT_PASSWORD"
    )


def _store_commands(commands) -> None:
    serve = _command(
        commands,
        "serve",
        "Serve the build as a SPARQL 1.1 endpoint on this machine.",
        "kg serve",
        "kg serve --port 8000 --timeout 10",
        "kg serve --allow-update",
        "curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' "
        "http://127.0.0.1:7878/sparql",
    )
    serve.add_argument("--graph", type=Path, default=DEFAULT_OUT, help="build folder")
    serve.add_argument("--host", default="127.0.0.1", help="address (default: 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=7878, help="port (default: 7878; 0: any)")
    serve.add_argument("--timeout", type=_positive, default=30.0, help="seconds per query (30)")
    serve.add_argument(
        "--max-result-mb", type=_positive, default=50.0, help="largest answer in MB (50)"
    )
    serve.add_argument(
        "--read-timeout",
        type=_positive,
        default=10.0,
        help="seconds a client has to send a whole request (10)",
    )
    serve.add_argument(
        "--max-memory-mb",
        type=_positive,
        default=2000.0,
        help="memory one query may use, in MB; past it the query is stopped (2000)",
    )
    serve.add_argument(
        "--workers", type=_at_least(1), default=2, help="queries at once (default: 2)"
    )
    serve.add_argument(
        "--allow-update",
        action="store_true",
        help="accept SPARQL Update with the token printed at start-up ($KG_SERVE_TOKEN sets it)",
    )
    serve.add_argument(
        "--allow-service",
        action="append",
        default=[],
        metavar="HOST",
        help="let SERVICE and LOAD fetch from this host (repeat; off by default)",
    )
    serve.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer requests addressed to this host name (repeat)",
    )
    serve.add_argument("--quiet", action="store_true", help="log no requests")

    push = _command(
        commands,
        "push",
        "Load every named graph of the build into a triple store (replacing each one).",
        "kg push --endpoint http://127.0.0.1:8890/sparql-auth --user dba",
        "kg push --endpoint http://localhost:3030/kg/sparql "
        "--update-endpoint http://localhost:3030/kg/update",
        "kg push --endpoint http://127.0.0.1:8890/sparql "
        "--graph-store http://127.0.0.1:8890/sparql-graph-crud-auth --user dba",
    )
    push.add_argument("--graph", type=Path, default=DEFAULT_OUT, help="build folder")
    _endpoint_arguments(push, "the server's SPARQL endpoint (URL)")
    push.add_argument(
        "--update-endpoint", metavar="URL", help="SPARQL Update URL if not --endpoint"
    )
    push.add_argument(
        "--graph-store", metavar="URL", help="write through this Graph Store Protocol URL instead"
    )
    push.add_argument(
        "--force", action="store_true", help="resend every graph, even those the server holds"
    )

    export = _command(
        commands,
        "export",
        "Write the build's graph as TriG, N-Quads, Turtle, N-Triples or JSON-LD.",
        "kg export --format ttl --out graph.ttl",
        "kg export --format nq > graph.nq",
        "kg export --format jsonld --out graph.jsonld",
    )
    export.add_argument("--graph", type=Path, default=DEFAULT_OUT, help="build folder")
    export.add_argument(
        "--format",
        choices=("trig", "nq", "ttl", "nt", "jsonld"),
        default="ttl",
        help="trig and nq keep the named graphs; ttl, nt and jsonld hold their union (default ttl)",
    )
    export.add_argument("--out", type=Path, help="file to write (default: standard output)")


def _command(commands, name: str, description: str, *examples: str) -> argparse.ArgumentParser:
    return commands.add_parser(
        name,
        help=description,
        description=description,
        epilog=_examples(*examples),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def endpoint_store(args: argparse.Namespace, **writing: str | None):
    """The remote endpoint the arguments name."""
    from kg.remote import RemoteStore

    return RemoteStore(args.endpoint, user=args.user, default_graph=args.default_graph, **writing)


def _at_least(minimum: int):
    """An argparse type: a whole number no smaller than ``minimum``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{value} is less than {minimum}")
        return value

    return parse


def _port(text: str) -> int:
    value = _at_least(0)(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port (0-65535)")
    return value


def _positive(text: str) -> float:
    import math

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number")
    return value
