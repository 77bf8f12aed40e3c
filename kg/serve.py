"""`kg serve`: a SPARQL 1.1 Protocol endpoint over a build's store, on loopback by default.

Queries run in a small pool of worker processes, each with the store open read-only, so a
query past the time limit is stopped by ending its worker (Oxigraph cannot cancel a query)
and the server goes on. Results are serialised by Oxigraph into a buffer that refuses to grow
past the result-size limit, so memory stays bounded whatever a query asks. Each worker looks
at the build's ``store`` link before every query and moves to a newer version when a build
has published one. Updates are refused unless the server was started with ``allow_update``;
then each update request writes a new store version, published like a build's.
"""

from __future__ import annotations

import contextlib
import html
import io
import json
import multiprocessing
import queue
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

DEFAULT_PORT = 7878
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


def _worker_main(connection, build: str) -> None:
    """A worker process: answer queries on the build's current store version until told to stop."""
    import pyoxigraph as ox

    from kg.store import store_folder

    opened: tuple[Path, object] | None = None
    while True:
        try:
            request = connection.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if request is None:
            return
        try:
            folder = store_folder(Path(build))
            if opened is None or opened[0] != folder:
                opened = (folder, ox.Store.read_only(str(folder)))
            answer = execute(opened[1], request)
        except Exception as problem:  # the server must answer whatever happens here
            answer = Answer.text(500, f"query failed: {problem}")
        try:
            connection.send(answer)
        except (BrokenPipeError, OSError):
            return


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
        try:
            worker = self.idle.get(timeout=self.limits.queue_wait)
        except queue.Empty:
            return Answer.text(503, "the server is busy; try again shortly")
        process, connection = worker
        try:
            connection.send(request)
            if connection.poll(self.limits.timeout):
                answer = connection.recv()
                self.idle.put(worker)
                return answer
        except (EOFError, OSError):
            self._end(worker)
            self.idle.put(self._start())
            return Answer.text(500, "the query worker stopped; the query was not answered")
        self._end(worker)
        self.idle.put(self._start())
        return Answer.text(
            503,
            f"the query took longer than this server's time limit of {self.limits.timeout:g} s "
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


def apply_update(build: Path, text: str) -> Answer:
    """Run a SPARQL Update on a new store version and publish it (as a build would)."""
    import pyoxigraph as ox

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

    try:
        with build_lock(build):
            version = new_version(build, base=store_folder(build))
            try:
                store = ox.Store(str(version / STORE_DIR))
                store.update(text)
                store.flush()
                del store
                # The store no longer holds what the articles give: the next build is a full one.
                manifest = {**(current_manifest(build) or {}), "context": "updated by kg serve"}
                publish_version(build, version, manifest)
                version = None
            finally:
                if version is not None:
                    import shutil

                    shutil.rmtree(version, ignore_errors=True)
            prune_versions(build)
    except SyntaxError as problem:
        return Answer.text(400, f"SPARQL update syntax error: {problem}")
    except KgError as problem:
        return Answer.text(503, str(problem))
    except OSError as problem:
        return Answer.text(500, f"update failed: {problem}")
    return Answer(204, "text/plain", b"")


# ---------------------------------------------------------------- HTTP


class _Server(ThreadingHTTPServer):
    """A threading server with a bounded number of request threads."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address, handler, threads: int) -> None:
        super().__init__(address, handler)
        self.slots = threading.BoundedSemaphore(threads)

    def process_request(self, request, client_address) -> None:
        self.slots.acquire()  # the accept loop waits here: the kernel's backlog queues the rest
        try:
            super().process_request(request, client_address)
        except Exception:
            self.slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request, client_address) -> None:
        kind, problem, _ = sys.exc_info()
        if isinstance(problem, ConnectionError | TimeoutError):
            return  # a client that went away
        sys.stderr.write(f"kg serve: error answering {client_address[0]}: {kind.__name__}: "
                         f"{problem}\n")  # fmt: skip


class Endpoint:
    """The server's state: the build, the worker pool, the limits and whether updates are on."""

    def __init__(
        self,
        build: Path,
        pool: QueryPool,
        limits: Limits,
        allow_update: bool,
        log: Callable[[str], None] | None,
    ) -> None:
        self.build, self.pool, self.limits = build, pool, limits
        self.allow_update, self.log = allow_update, log
        self.update_lock = threading.Lock()


def _handler(endpoint: Endpoint) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"
        protocol_version = "HTTP/1.0"
        timeout = 60  # a client that stops sending is dropped

        def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base's name)
            if endpoint.log:
                endpoint.log(f"{self.address_string()} {format % args}")

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if url.path not in ("/", "/sparql"):
                return self._send(Answer.text(404, "not found: the endpoint is /sparql"))
            params = parse_qs(url.query, keep_blank_values=True)
            if "update" in params:
                return self._send(Answer.text(400, "send updates with POST"))
            if "query" not in params:
                return self._send(Answer(200, "text/html; charset=utf-8", page().encode()))
            self._query(params)

        def do_POST(self) -> None:
            url = urlsplit(self.path)
            if url.path not in ("/", "/sparql"):
                return self._send(Answer.text(404, "not found: the endpoint is /sparql"))
            try:
                length = int(self.headers.get("Content-Length", ""))
            except ValueError:
                return self._send(Answer.text(411, "a POST needs a Content-Length"))
            if length > endpoint.limits.max_request_bytes:
                self.close_connection = True
                limit = endpoint.limits.max_request_bytes
                return self._send(Answer.text(413, f"the request is larger than {limit:,} bytes"))
            body = self.rfile.read(length)
            kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
            params = parse_qs(url.query, keep_blank_values=True)
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return self._send(Answer.text(400, "the request is not UTF-8"))
            if kind == "application/x-www-form-urlencoded":
                for name, values in parse_qs(text, keep_blank_values=True).items():
                    params.setdefault(name, []).extend(values)
            elif kind == "application/sparql-query":
                params["query"] = [text]
            elif kind == "application/sparql-update":
                params["update"] = [text]
            else:
                return self._send(Answer.text(415, f"unsupported content type '{kind}'"))
            if "update" in params:
                return self._update(params)
            self._query(params)

        def do_PUT(self) -> None:
            self._send(Answer.text(405, "use GET or POST (SPARQL 1.1 Protocol)"))

        do_DELETE = do_PATCH = do_PUT

        def _query(self, params: dict[str, list[str]]) -> None:
            queries = params.get("query", [])
            if len(queries) != 1 or not queries[0].strip():
                return self._send(Answer.text(400, "give exactly one non-empty 'query'"))
            request = {
                "query": queries[0],
                "accept": self.headers.get("Accept", ""),
                "default_graphs": params.get("default-graph-uri", []),
                "named_graphs": params.get("named-graph-uri", []),
                "max_result_bytes": endpoint.limits.max_result_bytes,
            }
            self._send(endpoint.pool.run(request))

        def _update(self, params: dict[str, list[str]]) -> None:
            if not endpoint.allow_update:
                return self._send(
                    Answer.text(403, "this endpoint is read-only (start it with --allow-update)")
                )
            updates = params.get("update", [])
            if len(updates) != 1 or "query" in params:
                return self._send(Answer.text(400, "give exactly one 'update' and no 'query'"))
            with endpoint.update_lock:
                self._send(apply_update(endpoint.build, updates[0]))

        def _send(self, answer: Answer) -> None:
            try:
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                view = memoryview(answer.body)
                for start in range(0, len(view), 65536):
                    self.wfile.write(view[start : start + 65536])
            except (ConnectionError, TimeoutError):
                self.close_connection = True  # the client went away mid-answer

    return Handler


def page() -> str:
    """The HTML page: a query box, and the named questions as examples."""
    from kg.questions import query_summary, query_text, shipped_queries

    examples = {name: {"summary": query_summary(name), "query": query_text(name)}
                for name in shipped_queries()}  # fmt: skip
    first = next(iter(examples.values()), {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"})
    options = "".join(
        f'<option value="{html.escape(n)}">{html.escape(n)}: {html.escape(e["summary"])}</option>'
        for n, e in examples.items()
    )
    data = json.dumps(examples).replace("</", "<\\/")
    return _PAGE.format(options=options, query=html.escape(first["query"]), examples=data)


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<style>
body {{ font: 14px system-ui, sans-serif; margin: 2em; }}
textarea {{ width: 100%; height: 16em; font: 13px monospace; }}
table {{ border-collapse: collapse; margin-top: 1em; }}
td, th {{ border: 1px solid #ccc; padding: 2px 6px; vertical-align: top; }}
#status {{ margin-left: 1em; color: #555; }}
</style></head>
<body>
<h1>AI infrastructure knowledge graph: SPARQL</h1>
<p>SPARQL 1.1 Protocol endpoint at <code>/sparql</code> (GET or POST; results as JSON, XML, CSV
or TSV by <code>Accept</code>; CONSTRUCT as Turtle or N-Triples). The default graph is the
union of all graphs.</p>
<form id="form" method="get" action="/sparql">
<label>Example: <select id="examples">{options}</select></label>
<textarea id="query" name="query">{query}</textarea>
<button type="submit">Run</button><span id="status"></span>
</form>
<div id="results"></div>
<script>
const examples = {examples};
const box = document.getElementById("query");
document.getElementById("examples").addEventListener("change", (e) => {{
  box.value = examples[e.target.value].query;
}});
document.getElementById("form").addEventListener("submit", async (e) => {{
  e.preventDefault();
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  results.replaceChildren();
  status.textContent = "running…";
  const started = performance.now();
  const response = await fetch("/sparql", {{
    method: "POST",
    headers: {{"Content-Type": "application/sparql-query",
               "Accept": "application/sparql-results+json, text/turtle;q=0.9"}},
    body: box.value,
  }});
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok || !type.includes("json")) {{
    const pre = document.createElement("pre");
    pre.textContent = await response.text();
    results.append(pre);
    status.textContent = `${{response.status}} in ${{seconds}} s`;
    return;
  }}
  const data = await response.json();
  if ("boolean" in data) {{
    status.textContent = `${{data.boolean}} in ${{seconds}} s`;
    return;
  }}
  const table = document.createElement("table");
  const head = table.insertRow();
  for (const name of data.head.vars) {{
    const th = document.createElement("th"); th.textContent = name; head.append(th);
  }}
  for (const row of data.results.bindings) {{
    const tr = table.insertRow();
    for (const name of data.head.vars) {{
      tr.insertCell().textContent = row[name] ? row[name].value : "";
    }}
  }}
  results.append(table);
  status.textContent = `${{data.results.bindings.length}} rows in ${{seconds}} s`;
}});
</script>
</body></html>
"""


def serve(
    build: Path,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    *,
    workers: int = 2,
    threads: int = 16,
    limits: Limits | None = None,
    allow_update: bool = False,
    log: Callable[[str], None] | None = None,
    ready: Callable[[str], None] | None = None,
) -> None:
    """Serve ``build``'s store at ``http://host:port/sparql`` until interrupted."""
    from kg.store import open_store

    open_store(build)  # fail now, with the usual message, if there is no build
    limits = limits or Limits()
    pool = QueryPool(build, workers, limits)
    endpoint = Endpoint(build, pool, limits, allow_update, log)
    try:
        server = _Server((host, port), _handler(endpoint), threads)
    except OSError as problem:
        pool.close()
        from kg.errors import KgError

        raise KgError(f"cannot listen on {host}:{port} ({problem.strerror})") from None
    address = f"http://{server.server_address[0]}:{server.server_address[1]}/sparql"
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)  # stop as on Ctrl-C: workers end too
    if ready:
        ready(address)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
        pool.close()


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt
