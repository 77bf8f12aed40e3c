"""The query workers of `kg serve`: processes that run queries and updates within limits.

Queries run in a small pool of worker processes, each with the store open read-only, so a
query past the time or memory limit is stopped by ending its worker (Oxigraph cannot cancel a
query) and the server goes on. Results are serialised by Oxigraph into a buffer that refuses to
grow past the result-size limit. Each worker looks at the build's ``store`` link before every
query and moves to a newer version when a build has published one. An update runs in a process
of its own on a new store version, published like a build's.
"""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import os
import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path

RESULT_TYPES = {  # SELECT and ASK
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {  # CONSTRUCT and DESCRIBE
    "text/turtle": "TURTLE",
    "application/x-turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "text/plain": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML",
    "application/ld+json": "JSON_LD",
}
CONTENT_TYPES = {
    "JSON": "application/sparql-results+json",
    "XML": "application/sparql-results+xml",
    "CSV": "text/csv; charset=utf-8",
    "TSV": "text/tab-separated-values; charset=utf-8",
    "TURTLE": "text/turtle; charset=utf-8",
    "N_TRIPLES": "application/n-triples",
    "RDF_XML": "application/rdf+xml",
    "JSON_LD": "application/ld+json",
}


@dataclass(frozen=True)
class Limits:
    """What one request may cost: seconds of query time, bytes of result, bytes of request."""

    timeout: float = 30.0
    max_result_bytes: int = 50_000_000
    max_request_bytes: int = 1_000_000
    queue_wait: float = 60.0  # how long a request waits for a free worker
    max_memory_bytes: int = 2_000_000_000  # resident memory of one query worker
    read_timeout: float = 10.0  # to send a whole request (headers and body), however slowly
    express_timeout: float = 2.0  # a query run beside busy workers gets this long


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes

    @classmethod
    def text(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode())


# ---------------------------------------------------------------- worker processes


class _ResultTooLarge(Exception):
    pass


class _LimitedBuffer(io.RawIOBase):
    """A write-only buffer that fails once it would hold more than ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit, self.size, self.over, self.parts = limit, 0, False, []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            self.over = True
            raise _ResultTooLarge()
        self.parts.append(bytes(data))
        return len(data)


def choose_format(accept: str, offered: dict[str, str], default: str) -> str | None:
    """The format a client's Accept header prefers among ``offered``; None if none fits."""
    if not accept.strip():
        return default
    choices = []
    for position, item in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        choices.append((-quality, position, media.lower()))
    for negative_quality, _, media in sorted(choices):
        if negative_quality >= 0:
            continue
        if media in offered:
            return offered[media]
        if media in ("*/*", "*") or (media.endswith("/*") and any(
            m.startswith(media[:-1]) and f == default for m, f in offered.items()
        )):  # fmt: skip
            return default
    return None


def execute(store, request: dict) -> Answer:
    """Run one query on ``store`` and serialise it as the client asked, within the size limit."""
    import pyoxigraph as ox

    options: dict = {}
    if request.get("default_graphs"):
        options["default_graph"] = [ox.NamedNode(g) for g in request["default_graphs"]]
    else:
        options["use_default_graph_as_union"] = True
    if request.get("named_graphs"):
        options["named_graphs"] = [ox.NamedNode(g) for g in request["named_graphs"]]
    try:
        result = store.query(request["query"], **options)
    except SyntaxError as problem:
        return Answer.text(400, f"SPARQL syntax error: {problem}")
    except ValueError as problem:
        return Answer.text(400, f"bad request: {problem}")
    graph = isinstance(result, ox.QueryTriples)
    offered, default = (GRAPH_TYPES, "TURTLE") if graph else (RESULT_TYPES, "JSON")
    chosen = choose_format(request.get("accept", ""), offered, default)
    if chosen is None:
        kinds = ", ".join(sorted(offered))
        return Answer.text(406, f"no acceptable format for this result; this server offers {kinds}")
    fmt = getattr(ox.RdfFormat if graph else ox.QueryResultsFormat, chosen)
    buffer = _LimitedBuffer(request["max_result_bytes"])
    try:
        result.serialize(buffer, fmt)
    except Exception as problem:  # Oxigraph wraps the buffer's refusal in an OSError
        if buffer.over:
            limit = request["max_result_bytes"]
            return Answer.text(
                507,
                f"the result is larger than this server's limit of {limit:,} bytes; "
                "add LIMIT or narrow the query",
            )
        return Answer.text(500, f"query failed: {problem}")
    return Answer(200, CONTENT_TYPES[chosen], b"".join(buffer.parts))


# Options of the named questions a request may set, and how each is read.
QUESTION_OPTIONS = {
    "with_registry": bool,
    "with_provider": bool,
    "max_length": int,
    "max_paths": int,
}


def answer_question(table, request: dict) -> Answer:
    """A named question (``kg query NAME``) on a build's fact table, as JSON rows."""
    from kg.errors import KgError
    from kg.questions import ask, make_filters

    try:
        filters = make_filters(table, **request["filters"])
        rows = ask(table, request["question"], *request["args"], filters=filters,
                   **request["options"])  # fmt: skip
    except KgError as problem:
        return Answer.text(400, str(problem))
    body = json.dumps(rows, ensure_ascii=False, default=str).encode("utf-8")
    if len(body) > request["max_result_bytes"]:
        limit = request["max_result_bytes"]
        return Answer.text(507, f"the answer is larger than this server's limit of {limit:,} bytes")
    return Answer(200, "application/json; charset=utf-8", body)


def _worker_main(connection, build: str) -> None:
    """A worker process: answer queries on the build's current store version until told to stop."""
    import pyoxigraph as ox

    from kg.questions.table import open_table
    from kg.store import store_folder

    opened: tuple[Path, object] | None = None
    tables: dict = {}
    while True:
        try:
            request = connection.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if request is None:
            return
        try:
            folder = store_folder(Path(build))
            if "question" in request:
                if tables.get("folder") != folder:  # a new build: its table, once
                    tables.update(folder=folder, table=open_table(Path(build)))
                connection.send(answer_question(tables["table"], request))
                continue
            if opened is None or opened[0] != folder:
                opened = (folder, ox.Store.read_only(str(folder)))
            answer = execute(opened[1], request)
        except Exception as problem:  # the server must answer whatever happens here
            answer = Answer.text(500, f"query failed: {problem}")
        try:
            connection.send(answer)
        except (BrokenPipeError, OSError):
            return


def resident_bytes(pid: int) -> int:
    """A process's resident memory (Linux /proc); 0 when it cannot be read."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE_SIZE
    except (OSError, ValueError, IndexError):
        return 0


_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class QueryPool:
    """Worker processes that run queries; one that passes the time limit is ended and replaced."""

    def __init__(self, build: Path, workers: int, limits: Limits) -> None:
        self.build, self.limits = build, limits
        self.context = multiprocessing.get_context("spawn")
        self.idle: queue.Queue = queue.Queue()
        self.all: set = set()
        self.lock = threading.Lock()
        for _ in range(workers):
            self.idle.put(self._start())
        self.express: queue.Queue = queue.Queue()
        self.express.put(self._start())

    def _start(self):
        ours, theirs = self.context.Pipe()
        process = self.context.Process(
            target=_worker_main, args=(theirs, str(self.build)), daemon=True
        )
        process.start()
        theirs.close()
        worker = (process, ours)
        with self.lock:
            self.all.add(worker)
        return worker

    def _end(self, worker) -> None:
        process, connection = worker
        process.kill()
        process.join(5)
        connection.close()
        with self.lock:
            self.all.discard(worker)

    def run(self, request: dict) -> Answer:
        """Answer on a free worker; when all are busy, on the express worker with a short
        time limit, so cheap queries are not kept waiting behind expensive ones."""
        lane, timeout = self.idle, self.limits.timeout
        try:
            worker = self.idle.get(timeout=0.05)
        except queue.Empty:
            try:
                worker = self.express.get_nowait()
                lane, timeout = self.express, min(self.limits.express_timeout, timeout)
            except queue.Empty:
                try:
                    worker = self.idle.get(timeout=self.limits.queue_wait)
                except queue.Empty:
                    return Answer.text(503, "the server is busy; try again shortly")
        process, connection = worker
        try:
            connection.send(request)
            outcome = _await_answer(process, connection, timeout, self.limits.max_memory_bytes)
            if outcome == "answer":
                answer = connection.recv()
                lane.put(worker)
                return answer
        except (EOFError, OSError):
            self._end(worker)
            lane.put(self._start())
            return Answer.text(500, "the query worker stopped; the query was not answered")
        self._end(worker)
        lane.put(self._start())
        if outcome == "memory":
            limit = self.limits.max_memory_bytes // 1_000_000
            return Answer.text(
                507,
                f"the query needed more than this server's memory limit of {limit:,} MB "
                "and was stopped; add LIMIT, drop ORDER BY or narrow the query",
            )
        if lane is self.express:
            return Answer.text(
                503,
                f"the server is busy with long queries and this one did not finish in the "
                f"{timeout:g} s it could be given beside them; try again shortly",
            )
        return Answer.text(
            503,
            f"the query took longer than this server's time limit of {timeout:g} s "
            "and was stopped; add LIMIT or narrow the query",
        )

    def close(self) -> None:
        with self.lock:
            workers = list(self.all)
        for _process, connection in workers:
            with contextlib.suppress(OSError):
                connection.send(None)
        for worker in workers:
            worker[0].join(2)
            self._end(worker)


# ---------------------------------------------------------------- updates


def apply_update(build: Path, text: str, limits: Limits | None = None) -> Answer:
    """Run a SPARQL Update on a new store version and publish it (as a build would).

    The update runs in a process of its own under the query limits (time, resident memory),
    and a version holding an ill-typed literal is never published.
    """
    from kg.errors import KgError
    from kg.pipeline import build_lock
    from kg.store import (
        STORE_DIR,
        current_manifest,
        new_version,
        prune_versions,
        publish_version,
        store_folder,
    )

    limits = limits or Limits()
    try:
        with build_lock(build):
            version = new_version(build, base=store_folder(build))
            try:
                refusal = _run_update(version / STORE_DIR, text, limits)
                if refusal is not None:
                    return refusal
                # The store no longer holds what the articles give: the next build is a full one.
                manifest = {**(current_manifest(build) or {}), "context": "updated by kg serve"}
                publish_version(build, version, manifest)
                version = None
            finally:
                if version is not None:
                    import shutil

                    shutil.rmtree(version, ignore_errors=True)
            prune_versions(build)
    except KgError as problem:
        return Answer.text(503, str(problem))
    except OSError as problem:
        return Answer.text(500, f"update failed: {problem}")
    return Answer(204, "text/plain", b"")


def _run_update(folder: Path, text: str, limits: Limits) -> Answer | None:
    """Apply ``text`` to the store in ``folder`` in a child process; None when it worked."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    process = context.Process(target=_update_main, args=(theirs, str(folder), text), daemon=True)
    process.start()
    theirs.close()
    try:
        outcome = _await_answer(process, ours, limits.timeout, limits.max_memory_bytes)
        if outcome == "answer":
            try:
                kind, detail = ours.recv()
            except (EOFError, OSError):
                kind, detail = "error", "the update process stopped"
        else:
            kind, detail = outcome, ""
    finally:
        if process.is_alive():
            process.kill()
        process.join(10)
        ours.close()
    if kind == "ok":
        return None
    if kind == "syntax":
        return Answer.text(400, f"SPARQL update syntax error: {detail}")
    if kind == "ill-typed":
        return Answer.text(
            400, f"the update holds an ill-typed literal, {detail}; nothing was changed"
        )
    if kind == "memory":
        limit = limits.max_memory_bytes // 1_000_000
        return Answer.text(
            507, f"the update needed more than {limit:,} MB and was stopped; nothing was changed"
        )
    if kind == "time":
        return Answer.text(
            503,
            f"the update took longer than {limits.timeout:g} s and was stopped; "
            "nothing was changed",
        )
    return Answer.text(500, f"update failed: {detail}")


def _update_main(connection, folder: str, text: str) -> None:
    """The update process: apply, check the literals, flush; report (kind, detail)."""
    import pyoxigraph as ox

    try:
        store = ox.Store(folder)
        store.update(text)
        bad = ill_typed_literal(store)
        if bad is None:
            store.flush()
        del store
        outcome = ("ok", "") if bad is None else ("ill-typed", bad)
    except SyntaxError as problem:
        outcome = ("syntax", str(problem))
    except Exception as problem:  # reported to the client, never a traceback
        outcome = ("error", f"{type(problem).__name__}: {problem}")
    with contextlib.suppress(OSError):
        connection.send(outcome)


def _await_answer(process, connection, timeout: float, max_memory: int) -> str:
    """Wait up to ``timeout`` for ``process`` to answer on ``connection``, watching its
    resident memory: "answer", "memory" (past ``max_memory``) or "time"."""
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return "time"
        if connection.poll(min(left, 0.05)):
            return "answer"
        if not process.is_alive() and not connection.poll(0):
            return "answer"  # it died: the receive says so
        if resident_bytes(process.pid) > max_memory:
            return "memory"


_CHECKED_TYPES = ("decimal", "integer", "double", "float", "boolean", "date", "dateTime", "time")
_ILL_TYPED = (
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ?o WHERE { "
    "{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } FILTER(isLiteral(?o)) "
    "BIND(DATATYPE(?o) AS ?t) FILTER("
    + " || ".join(
        f'(?t = xsd:{t} && sameTerm(COALESCE(xsd:{t}(STR(?o)), "!"), "!"))' for t in _CHECKED_TYPES
    )
    + ") } LIMIT 1"
)


def ill_typed_literal(store) -> str | None:
    """The first literal whose text is not a value of its datatype (``"soon"^^xsd:date``,
    ``"Infinity"^^xsd:decimal``), as N-Triples; None when there is none."""
    for row in store.query(_ILL_TYPED):
        return str(row["o"])[:200]
    return None


# ---------------------------------------------------------------- HTTP
