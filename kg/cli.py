"""The `kg` command: a thin layer over the library; each command calls one function and prints."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from kg import __version__
from kg.errors import KgError

DEFAULT_ARTICLES = Path("data/articles")
DEFAULT_OUT = Path("build")
HEADLINE_QUESTIONS = (
    "silicon", "exposure", "investments", "commitments", "loops", "totals", "conflicts",
)  # fmt: skip


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
    evaluate.add_argument("--registry", type=Path, help="entity registry YAML")

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


# ---------------------------------------------------------------- output


def render(rows: list[dict], fmt: str, name: str | None = None) -> str:
    from kg.questions.display import render as render_rows

    return render_rows(rows, fmt, name)


def _cell(value: object) -> str:
    from kg.questions.display import cell

    return cell("", value)


# ---------------------------------------------------------------- commands


def cmd_build(args: argparse.Namespace) -> int:
    from kg.pipeline import build, progress_bar
    from kg.questions import ask
    from kg.questions.table import open_table

    summary = build(
        args.articles,
        args.out,
        registry_file=args.registry,
        curation=args.curation,
        strict=args.strict,
        html=not args.no_html,
        warn=lambda message: print(f"warning: {message}", file=sys.stderr),
        progress=progress_bar,
        wait=args.wait,
    )
    facts = sum(summary.facts_by_type.values())
    by_type = ", ".join(f"{n} {t}" for t, n in sorted(summary.facts_by_type.items()))
    print(
        f"Built {summary.articles} articles: {facts} facts ({by_type}); "
        f"{summary.entities} entities; {len(summary.warnings)} warnings."
    )
    for kind, path in summary.outputs.items():
        print(f"  {kind}: {path}")
    print(f"  {_how_built(summary)}")
    if summary.discovered:
        print(
            "  not in the registry (kept with lower confidence): " + "; ".join(summary.discovered)
        )
    if not args.quiet:
        table = open_table(args.out)
        for name in HEADLINE_QUESTIONS:
            print(f"\n== {name} ==")
            print(render(ask(table, name), "table", name))
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from kg.questions import ask, make_filters, question, question_names, summary
    from kg.questions.table import open_table

    if args.list:
        for name in question_names():
            print(f"{name:12} {summary(name)}")
        return 0
    if not args.name and not args.sparql:
        raise KgError("name a question (kg query --list shows them) or give --sparql")
    if args.sparql or args.name.endswith(".rq"):
        from kg.store import open_store, run  # pyoxigraph: only for SPARQL

        store = _store(args) if args.endpoint else open_store(args.graph)
        _no_question_flags(args)
        text = args.sparql or _read(Path(args.name))
        result = run(store, text)
        if isinstance(result, bool):
            print(json.dumps(result) if args.format == "json" else str(result).lower())
        elif isinstance(result, str):
            print(result, end="")
        else:
            print(render(result, args.format))
        return 0
    question(args.name)  # an unknown name fails here, before the build is opened
    options = _question_options(args)
    # Named questions run on the build's fact table; on an endpoint, through the .rq files.
    store = _store(args) if args.endpoint else open_table(args.graph)
    filters = make_filters(store, status=args.status, entity=args.entity, as_of=args.as_of,
                           known_by=args.known_by, min_confidence=args.min_confidence)  # fmt: skip
    rows = ask(store, args.name, *args.arguments, filters=filters, **options)
    for note in _notes(store, filters, rows, _named(store, args)):
        print(f"kg: note: {note}", file=sys.stderr)
    print(render(rows, args.format, args.name))
    return 0


def _named(store, args: argparse.Namespace) -> tuple:
    """The entities a question's own arguments name (``why A B``)."""
    from kg.questions.names import resolve

    return tuple(resolve(store, name) for name in args.arguments) if args.name == "why" else ()


def _notes(store, filters, rows: list[dict], named: tuple = ()) -> list[str]:
    """What an answer included or left out without saying so in its rows: what a name rolled
    up and how many rows came through it (a division's, for a parent), what a clock kept."""
    from kg.questions import undated
    from kg.questions.names import division_of, rolled_up

    notes = [rolled_up(e, rows) for e in (*named, *filters.entities) if e.includes]
    kept = undated(store, filters)
    if kept:
        notes.append(f"--as-of kept {kept} facts that carry no date of their own")
    if not rows:
        for entity in filters.entities:
            parent = division_of(store, entity)
            if parent:
                notes.append(f"{entity.label} is a division of {parent}; ask for {parent} "
                             "to include its parent's facts")  # fmt: skip
        if filters.entities:
            names = ", ".join(e.label for e in filters.entities)
            notes.append(f"no answer row names {names} with these filters")
        if filters.known_by:
            notes.append("--known-by leaves out facts from articles without a date")
        if filters.status:
            notes.append(f"only facts with status {', '.join(sorted(filters.status))} were used")
    return notes


QUESTION_FLAGS = {
    "with_registry": "--with-registry",
    "with_provider": "--with-provider",
    "max_length": "--max-length",
    "max_paths": "--max-paths",
}


def _question_options(args: argparse.Namespace) -> dict[str, object]:
    """The question-specific options given, checked against what the question takes."""
    from kg.questions import OPTIONS

    given = {k: getattr(args, k) for k in QUESTION_FLAGS if getattr(args, k) not in (None, False)}
    for key in given:
        if key not in OPTIONS.get(args.name, ()):
            raise KgError(f"{QUESTION_FLAGS[key]} does not apply to '{args.name}'")
    return given


def _no_question_flags(args: argparse.Namespace) -> None:
    flags = [*QUESTION_FLAGS, "status", "entity", "as_of", "known_by", "min_confidence"]
    given = [f for f in flags if getattr(args, f) not in (None, False)]
    if given or args.arguments:
        what = f"--{given[0].replace('_', '-')}" if given else f"'{args.arguments[0]}'"
        raise KgError(f"{what} applies to named questions, not to SPARQL queries")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as problem:
        raise KgError(f"{path}: cannot read query ({problem.strerror})") from None


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import validate_build

    conforms, report = validate_build(args.graph)
    print(report)
    return 0 if conforms else 1


def cmd_eval(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate

    if args.write_rule_table:
        from kg.evaluate import write_rule_table

        table = write_rule_table(args.folders, args.write_rule_table, args.registry)
        for rule, counts in table["rules"].items():
            print(f"{rule:28} right on {counts['right']}/{counts['of']}")
        print(f"wrote {args.write_rule_table}")
        return 0
    report = evaluate(args.folders, args.registry)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print(_eval_text(report))
    return 0


def _eval_text(report: dict) -> str:
    lines = []
    if len(report.get("folders", {})) > 1:
        lines += ["folder                                    precision  recall  f1     tp  fp  fn"]
        for name, folder in report["folders"].items():
            s = folder["overall"]
            lines.append(
                f"{name[-40:]:40}  {s['precision']:9.3f}  {s['recall']:6.3f}  {s['f1']:.3f}"
                f"  {s['tp']:3} {s['fp']:3} {s['fn']:3}"
            )
        lines.append("")
    lines.append("type                 precision  recall  f1     tp  fp  fn")
    for name, s in [*report["by_type"].items(), ("overall", report["overall"])]:
        lines.append(
            f"{name:20} {s['precision']:9.3f}  {s['recall']:6.3f}  {s['f1']:.3f}"
            f"  {s['tp']:3} {s['fp']:3} {s['fn']:3}"
        )
    lines.append("")
    for name, a in report["attributes"].items():
        accuracy = "n/a" if a["accuracy"] is None else f"{a['accuracy']:.3f}"
        lines.append(f"{name:15} right on {a['right']}/{a['of']} matched facts ({accuracy})")
    for e in report.get("attribute_errors", []):
        lines.append(
            f"  [{e['article']}] {e['type']} {e['subject']} -> {e['object']}: {e['field']} "
            f"{_cell(e['predicted']) or 'none'}, gold {_cell(e['gold'])}"
        )
    for title, key, quote in (
        ("misses", "misses", "evidence"),
        ("false positives", "false_positives", "evidence"),
    ):
        lines.append(f"\n{title} ({len(report[key])}):")
        for item in report[key]:
            where = item.get(quote) if quote else ""
            lines.append(
                f"  [{item['article']}] {item['type']} {item['subject']} -> "
                f"{item['object']} ({item.get('status')}) {where or ''}"
            )
    return "\n".join(lines)


def cmd_viz(args: argparse.Namespace) -> int:
    from kg.questions.projection import projection
    from kg.store import open_store
    from kg.view import write_html, write_png

    store = open_store(args.graph)
    graph = projection(store)
    if args.png:
        write_png(projection(open_store(args.graph), with_registry=True), args.png)
        print(f"wrote {args.png}")
        return 0
    out = args.out or args.graph / "graph.html"
    counts = write_html(
        graph,
        out,
        focus=args.focus,
        depth=args.depth,
        statuses=set(args.status) if args.status else None,
        names=store,  # --focus resolved as --entity is
    )
    print(f"wrote {out} ({counts['nodes']} nodes, {counts['edges']} edges)")
    return 0


def _how_built(summary) -> str:
    if summary.full_rebuild:
        return f"full build: extracted {summary.extracted} articles"
    if not summary.replaced_graphs and not summary.removed_graphs:
        return "no article changed: the store is as it was"
    return (
        f"incremental: extracted {summary.extracted} articles, replaced "
        f"{summary.replaced_graphs} and removed {summary.removed_graphs} named graphs"
    )


def _store(args: argparse.Namespace, **writing: str | None):
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


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.serve import Limits, serve

    limits = Limits(
        timeout=args.timeout,
        max_result_bytes=int(args.max_result_mb * 1_000_000),
        max_memory_bytes=int(args.max_memory_mb * 1_000_000),
        read_timeout=args.read_timeout,
    )
    serve(
        args.graph,
        args.host,
        args.port,
        workers=args.workers,
        limits=limits,
        allow_update=args.allow_update,
        allow_service=args.allow_service,
        allow_hosts=args.allow_host,
        token_ready=lambda token: print(
            f"Update token (send 'Authorization: Bearer TOKEN'): {token}", flush=True
        ),
        log=None if args.quiet else lambda line: print(line, file=sys.stderr, flush=True),
        ready=lambda url: print(
            f"Serving {args.graph} at {url} ({'read-write' if args.allow_update else 'read-only'})"
            "; Ctrl-C stops",
            flush=True,
        ),
    )
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from kg.remote import push
    from kg.store import open_store

    if not args.endpoint:
        raise KgError("give the server's SPARQL endpoint with --endpoint URL")
    remote = _store(args, update_url=args.update_endpoint, graph_store=args.graph_store)
    report = push(open_store(args.graph), remote, force=args.force)
    print(
        f"Pushed {report.graphs} named graphs ({report.triples} triples) to {args.endpoint}; "
        f"{report.unchanged} already there unchanged"
    )
    if report.dropped:
        print(f"Dropped {len(report.dropped)} graphs the build no longer has")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kg.store import export_build

    if args.out is None:
        export_build(args.graph, args.format, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return 0
    temporary = args.out.with_name(args.out.name + ".part")
    with open(temporary, "wb") as output:
        count = export_build(args.graph, args.format, output)
    temporary.replace(args.out)
    print(f"wrote {args.out} ({count} statements)", file=sys.stderr)
    return 0


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


if __name__ == "__main__":
    sys.exit(main())
