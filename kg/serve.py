"""`kg serve`: a SPARQL 1.1 Protocol endpoint over a build's store, on loopback by default.

This module is the HTTP side: which requests are served (Host, Origin, token, size, time to
send), and the endpoint's protocol. Queries and updates run in worker processes
(``kg.serve_workers``) within time, memory and result-size limits. Updates are refused unless
the server was started with ``allow_update``.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys
import threading
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.serve_workers import (  # noqa: F401 (re-exported: kg.serve is the public name)
    CONTENT_TYPES,
    GRAPH_TYPES,
    RESULT_TYPES,
    Answer,
    Limits,
    QueryPool,
    apply_update,
    choose_format,
    execute,
    ill_typed_literal,
)

DEFAULT_PORT = 7878
TOKEN_ENV = "KG_SERVE_TOKEN"  # the update token, when it is not to be a random one


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
        *,
        hosts: frozenset[str] = frozenset(),
        port: int = 0,
        allow_service: frozenset[str] = frozenset(),
        token: str | None = None,
    ) -> None:
        self.build, self.pool, self.limits = build, pool, limits
        self.allow_update, self.log = allow_update, log
        self.update_lock = threading.Lock()
        self.hosts, self.port = hosts, port  # the names the server answers to, and its port
        self.allow_service, self.token = allow_service, token

    def host_allowed(self, host: str) -> bool:
        """Whether a ``Host`` header (or an origin's host) names this server."""
        name, port = _split_host(host)
        if port is None:
            port = 80
        if port != self.port:
            return False
        return name in self.hosts or ("*" in self.hosts and _is_ip_literal(name))

    def origin_allowed(self, origin: str) -> bool:
        parts = urlsplit(origin)
        return parts.scheme == "http" and bool(parts.netloc) and self.host_allowed(parts.netloc)


def _split_host(host: str) -> tuple[str, int | None]:
    host = host.strip().lower()
    if host.startswith("["):
        name, _, rest = host[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    else:
        name, _, port = host.partition(":")
    try:
        return name, int(port) if port else None
    except ValueError:
        return name, -1


def _is_ip_literal(name: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def served_names(host: str) -> frozenset[str]:
    """The host names a server listening on ``host`` answers to: its own address, and the
    loopback names when it listens on loopback; "*" (any IP literal) on a wildcard address."""
    names = {host.lower().strip("[]")}
    if host in ("127.0.0.1", "localhost", "::1") or host.startswith("127."):
        names |= {"127.0.0.1", "localhost", "::1"}
    if host in ("0.0.0.0", "::", ""):
        names |= {"*", "localhost"}
    return frozenset(names)


def _refusal(text: str, allow_service: frozenset[str]) -> str | None:
    """Why a query or update is refused before it reaches the store, or None."""
    from kg.errors import KgError
    from kg.sparql_text import check_fetches, check_nesting

    try:
        check_nesting(text)
        check_fetches(text, allow_service)
    except KgError as problem:
        return str(problem)
    return None


def _token_matches(header: str, token: str | None) -> bool:
    import hmac

    scheme, _, given = header.strip().partition(" ")
    if token is None or scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode(), token.encode())


def question_request(params: dict[str, list[str]], max_result_bytes: int) -> dict | Answer:
    """The worker's request for ``GET /question?name=…&arg=…&status=…``, or the 400 that
    refuses it: only the catalog's questions, their options and the filters of ``kg query``."""
    from kg.questions import question_names
    from kg.serve_workers import QUESTION_OPTIONS

    names = params.get("name", [])
    if len(names) != 1 or names[0] not in question_names():
        known = ", ".join(question_names())
        return Answer.text(400, f"give one question 'name': one of {known}")
    filters: dict[str, object] = {
        "status": params.get("status") or None,
        "entity": params.get("entity") or None,
    }
    for key in ("as_of", "known_by", "min_confidence"):
        values = [v for v in params.get(key, []) if v.strip()]
        if len(values) > 1:
            return Answer.text(400, f"give '{key}' at most once")
        filters[key] = values[0] if values else None
    options: dict[str, object] = {}
    for key, kind in QUESTION_OPTIONS.items():
        values = [v for v in params.get(key, []) if v.strip()]
        if not values:
            continue
        if kind is bool:
            options[key] = values[0].lower() in ("1", "true", "yes", "on")
        elif not values[0].isdigit() or not 0 < int(values[0]) <= 20:
            return Answer.text(400, f"'{key}' is a whole number from 1 to 20")
        else:
            options[key] = int(values[0])
    return {
        "question": names[0],
        "args": [a for a in params.get("arg", []) if a.strip()][:2],
        "filters": filters,
        "options": options,
        "max_result_bytes": max_result_bytes,
    }


def _handler(endpoint: Endpoint) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"
        protocol_version = "HTTP/1.0"
        timeout = endpoint.limits.read_timeout  # a client that stops sending is dropped

        def setup(self) -> None:
            super().setup()
            # However slowly it trickles in, a whole request must arrive within read_timeout.
            self._deadline = threading.Timer(endpoint.limits.read_timeout, self._too_slow)
            self._deadline.daemon = True
            self._deadline.start()

        def _too_slow(self) -> None:
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

        def _read_done(self) -> None:
            self._deadline.cancel()

        def finish(self) -> None:
            self._deadline.cancel()
            with contextlib.suppress(OSError):
                super().finish()

        def _refused(self) -> bool:
            """Answer 403 (and True) to a request this server must not serve: another Host
            (DNS rebinding), another Origin, or a browser saying the page is of another site."""
            host = self.headers.get("Host")
            if host is not None and not endpoint.host_allowed(host):
                self._send(Answer.text(403, "this server does not answer for that Host"))
                return True
            origin = self.headers.get("Origin")
            if origin is not None and not endpoint.origin_allowed(origin):
                self._send(Answer.text(403, "requests from other origins are refused"))
                return True
            if self.headers.get("Sec-Fetch-Site", "").lower() in ("cross-site", "same-site"):
                self._send(Answer.text(403, "requests from other sites' pages are refused"))
                return True
            return False

        def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base's name)
            if endpoint.log:
                endpoint.log(f"{self.address_string()} {format % args}")

        def do_GET(self) -> None:
            self._read_done()
            if self._refused():
                return
            url = urlsplit(self.path)
            if url.path == "/question":
                return self._question(parse_qs(url.query, keep_blank_values=True))
            if url.path not in ("/", "/sparql"):
                return self._send(Answer.text(404, "not found: the endpoint is /sparql"))
            params = parse_qs(url.query, keep_blank_values=True)
            if "update" in params:
                return self._send(Answer.text(400, "send updates with POST"))
            if "query" not in params:
                from kg.serve_page import page

                return self._send(Answer(200, "text/html; charset=utf-8", page().encode()))
            self._query(params)

        def do_POST(self) -> None:
            if self._refused():
                return
            url = urlsplit(self.path)
            if url.path not in ("/", "/sparql"):
                return self._send(Answer.text(404, "not found: the endpoint is /sparql"))
            lengths = self.headers.get_all("Content-Length") or []
            if "Transfer-Encoding" in self.headers:
                return self._send(Answer.text(411, "send a Content-Length, not chunks"))
            if len(lengths) != 1 or not lengths[0].strip().isdigit() or not lengths[0].isascii():
                self.close_connection = True
                return self._send(Answer.text(411, "a POST needs one Content-Length: a number"))
            length = int(lengths[0])
            if length > endpoint.limits.max_request_bytes:
                self.close_connection = True
                limit = endpoint.limits.max_request_bytes
                return self._send(Answer.text(413, f"the request is larger than {limit:,} bytes"))
            body = self.rfile.read(length)
            self._read_done()
            if len(body) != length:
                self.close_connection = True
                return self._send(Answer.text(400, "the request body ended early"))
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

        def _question(self, params: dict[str, list[str]]) -> None:
            request = question_request(params, endpoint.limits.max_result_bytes)
            if isinstance(request, Answer):
                return self._send(request)
            self._send(endpoint.pool.run(request))

        def _query(self, params: dict[str, list[str]]) -> None:
            queries = params.get("query", [])
            if len(queries) != 1 or not queries[0].strip():
                return self._send(Answer.text(400, "give exactly one non-empty 'query'"))
            refusal = _refusal(queries[0], endpoint.allow_service)
            if refusal:
                return self._send(Answer.text(400, refusal))
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
            if not _token_matches(self.headers.get("Authorization", ""), endpoint.token):
                return self._send(
                    Answer.text(
                        401,
                        "an update needs the header 'Authorization: Bearer TOKEN' with the "
                        "token kg serve printed at start-up",
                    )
                )
            kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if kind != "application/sparql-update":
                return self._send(
                    Answer.text(415, "send an update as Content-Type: application/sparql-update")
                )
            updates = params.get("update", [])
            if len(updates) != 1 or "query" in params:
                return self._send(Answer.text(400, "give exactly one 'update' and no 'query'"))
            refusal = _refusal(updates[0], endpoint.allow_service)
            if refusal:
                return self._send(Answer.text(400, refusal))
            with endpoint.update_lock:
                self._send(apply_update(endpoint.build, updates[0], endpoint.limits))

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


def serve(
    build: Path,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    *,
    workers: int = 2,
    threads: int = 64,
    limits: Limits | None = None,
    allow_update: bool = False,
    allow_service: Iterable[str] = (),
    allow_hosts: Iterable[str] = (),
    log: Callable[[str], None] | None = None,
    ready: Callable[[str], None] | None = None,
    token_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve ``build``'s store at ``http://host:port/sparql`` until interrupted.

    The server answers only requests whose ``Host`` (and ``Origin``, when a browser sends
    one) names it: ``host``, the loopback names on loopback, and ``allow_hosts``. ``SERVICE``
    and ``LOAD`` are refused unless their target is on a host of ``allow_service``. Updates
    (with ``allow_update``) need the token given to ``token_ready`` (``$KG_SERVE_TOKEN``, or
    a random one).
    """
    import secrets

    from kg.store import open_store

    open_store(build)  # fail now, with the usual message, if there is no build
    limits = limits or Limits()
    token = None
    if allow_update:
        token = os.environ.get(TOKEN_ENV) or secrets.token_urlsafe(24)
    pool = QueryPool(build, workers, limits)
    try:
        server = _Server((host, port), None, threads)
    except OSError as problem:
        pool.close()
        from kg.errors import KgError

        raise KgError(f"cannot listen on {host}:{port} ({problem.strerror})") from None
    endpoint = Endpoint(
        build,
        pool,
        limits,
        allow_update,
        log,
        hosts=served_names(host) | {h.lower() for h in allow_hosts},
        port=server.server_address[1],
        allow_service=frozenset(h.lower() for h in allow_service),
        token=token,
    )
    server.RequestHandlerClass = _handler(endpoint)
    address = f"http://{server.server_address[0]}:{server.server_address[1]}/sparql"
    if token and token_ready:
        token_ready(token)
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
