"""The commands besides ``kg query``: each calls one library function and prints."""

from __future__ import annotations

import argparse
import json
import sys

from kg.cli.arguments import endpoint_store
from kg.cli.output import eval_text, how_built, render
from kg.errors import KgError

HEADLINE_QUESTIONS = (
    "silicon", "exposure", "investments", "commitments", "loops", "totals", "conflicts",
)  # fmt: skip


def cmd_build(args: argparse.Namespace) -> int:
    from kg.pipeline import build, progress_bar

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
    print(f"  {how_built(summary)}")
    if summary.discovered:
        print(
            "  not in the registry (kept with lower confidence): " + "; ".join(summary.discovered)
        )
    if not args.quiet:
        for name, rows in headline_answers(args.out):
            print(f"\n== {name} ==")
            print(render(rows, "table", name))
    return 0


def headline_answers(build):
    """Each headline question's answer: the one kept with the version, else computed (and
    kept for the next reader)."""
    from kg.questions.stored import default_answers

    return default_answers(build, HEADLINE_QUESTIONS, lambda message: None)


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
    if args.write_pair_model:
        from kg.extract.pair_training import write_pair_model
        from kg.registry import load_registry

        model = write_pair_model(args.folders, args.write_pair_model, load_registry(args.registry))
        for kind, typed in model.types.items():
            used = f"at {typed.threshold:.2f}" if typed.threshold <= 1 else "not used"
            print(f"{kind:20} {used}; held out: right on {typed.right}/{typed.of}")
        print(f"wrote {args.write_pair_model}")
        return 0
    report = evaluate(args.folders, args.registry, args.gold_names_only)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print(eval_text(report))
    return 0


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
    remote = endpoint_store(args, update_url=args.update_endpoint, graph_store=args.graph_store)
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
