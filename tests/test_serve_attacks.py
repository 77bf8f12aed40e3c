"""`kg serve` under attack (issue 12 items 1-4), on loopback only, bounded in count and time."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from store_helpers import start_kg_serve, stop
from test_serve import LABS, SLOW, TOKEN, fetch, update

from kg.store import open_store

MEMORY_HOG = (
    "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1"
)  # fmt: skip
FACTS = "SELECT (COUNT(*) AS ?n) WHERE { ?f <http://www.w3.org/ns/prov#wasDerivedFrom> ?a }"


def count(url: str, query: str = FACTS) -> int:
    return int(json.loads(fetch(url, query)[2])["results"]["bindings"][0]["n"]["value"])


def port_of(url: str) -> int:
    return int(urllib.parse.urlsplit(url).port)


def raw(url: str, request: bytes, timeout: float = 30) -> bytes:
    """The server's whole answer to raw bytes sent on one connection."""
    with socket.create_connection(("127.0.0.1", port_of(url)), timeout=timeout) as client:
        client.sendall(request)
        answer = b""
        while chunk := client.recv(65536):
            answer += chunk
    return answer


class Listener:
    """A loopback HTTP server that counts the requests it gets (the address a query names)."""

    def __init__(self) -> None:
        self.hits = 0
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _answer(self) -> None:
                listener.hits += 1
                body = b'{"head": {"vars": []}, "results": {"bindings": []}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def listener():
    found = Listener()
    yield found
    found.close()


@pytest.fixture(scope="module")
def guarded(seed_build, tmp_path_factory):
    """A read-write server on a copy of the seed build, with a known update token."""
    import os

    out = tmp_path_factory.mktemp("guarded") / "build"
    shutil.copytree(seed_build, out, symlinks=True)
    os.environ["KG_SERVE_TOKEN"] = TOKEN
    try:
        process, url = start_kg_serve(
            out, "--allow-update", "--timeout", "20", "--max-memory-mb", "400",
            "--read-timeout", "2", "--workers", "2",
        )  # fmt: skip
    finally:
        del os.environ["KG_SERVE_TOKEN"]
    yield process, url, out
    stop(process)


# ---------------------------------------------------------------- 1. memory


def test_a_query_past_the_memory_limit_is_stopped_and_the_worker_replaced(guarded):
    _, url, _ = guarded
    started = time.monotonic()
    status, _, body = fetch(url, MEMORY_HOG)
    assert status == 507, body
    assert b"memory limit of 400 MB" in body
    assert time.monotonic() - started < 15, "stopped by memory, not by the 20 s time limit"
    assert fetch(url, LABS)[0] == 200


def test_an_update_past_the_memory_limit_changes_nothing(guarded):
    """Updates run in a process of their own under the same limits as queries."""
    _, url, _ = guarded
    facts = count(url)
    hog = (  # an update's WHERE reads the default graph: the build's data is in named graphs
        "INSERT { GRAPH <urn:big> { ?a <urn:p> ?i } } WHERE { SELECT * WHERE { "
        "GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } } "
        "ORDER BY ?c ?f ?i LIMIT 1 }"
    )
    started = time.monotonic()
    status, body = update(url, hog)
    assert status in (503, 507), body
    assert time.monotonic() - started < 25
    assert count(url) == facts
    assert count(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:big> { ?s ?p ?o } }") == 0
    assert fetch(url, LABS)[0] == 200


# ---------------------------------------------------------------- 2. fetching URLs


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <{target}> { ?s ?p ?o } }",
        "SELECT * WHERE { service silent <{target}> { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <{target}> { ?s ?p ?o } }",
        "SELECT * WHERE { BIND(<{target}> AS ?x) SERVICE ?x { ?s ?p ?o } }",
    ],
)
def test_service_fetches_nothing_unless_allowed(guarded, listener, query):
    _, url, _ = guarded
    status, _, body = fetch(url, query.replace("{target}", listener.url))
    assert status == 400 and b"--allow-service" in body
    status, _, body = fetch(url, query.replace("{target}", listener.url), method="POST")
    assert status == 400
    time.sleep(0.2)
    assert listener.hits == 0, "the server fetched a URL a query named"


def test_load_fetches_nothing(guarded, listener):
    _, url, _ = guarded
    status, body = update(url, f"LOAD <{listener.url}> INTO GRAPH <urn:x>")
    assert status == 400 and b"LOAD is off" in body
    assert listener.hits == 0


def test_allow_service_lets_exactly_the_named_host_through(seed_build, listener):
    process, url = start_kg_serve(seed_build, "--allow-service", "127.0.0.1")
    try:
        fetch(url, f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}")
        assert listener.hits >= 1, "an allowed host is reached"
        other = listener.url.replace("127.0.0.1", "localhost")
        status, _, body = fetch(url, f"SELECT * WHERE {{ SERVICE <{other}> {{ ?s ?p ?o }} }}")
        assert status == 400 and b"not on an allowed host" in body
    finally:
        stop(process)


# ---------------------------------------------------------------- 3. cross-site requests


def test_another_host_or_origin_is_refused(guarded):
    _, url, _ = guarded
    port = port_of(url)
    query = "/sparql?query=" + urllib.parse.quote(LABS)

    def status(headers: str) -> bytes:
        answer = raw(url, f"GET {query} HTTP/1.1\r\n{headers}\r\n".encode())
        return answer.split(b"\r\n", 1)[0]

    assert b" 200 " in status(f"Host: 127.0.0.1:{port}\r\n")
    assert b" 200 " in status(f"Host: localhost:{port}\r\n")
    assert b" 403 " in status(f"Host: rebound.example:{port}\r\n"), "DNS rebinding"
    assert b" 403 " in status("Host: 127.0.0.1:1\r\n")
    assert b" 403 " in status(f"Host: 127.0.0.1:{port}\r\nOrigin: http://evil.example\r\n")
    assert b" 403 " in status(f"Host: 127.0.0.1:{port}\r\nOrigin: null\r\n")
    assert b" 200 " in status(f"Host: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\n")
    assert b" 403 " in status(f"Host: 127.0.0.1:{port}\r\nSec-Fetch-Site: cross-site\r\n")
    assert b" 200 " in status(f"Host: 127.0.0.1:{port}\r\nSec-Fetch-Site: same-origin\r\n")


def test_cross_site_writes_change_nothing(guarded):
    _, url, out = guarded
    facts = count(url)
    assert facts > 0
    drop = "DROP ALL"
    # a cross-origin HTML form: form-encoded, no token
    assert fetch(url, method="POST", update=drop)[0] in (401, 403, 415)
    # no-cors fetch with a simple content type and a guessed token
    assert update(url, drop, token="guess")[0] == 401
    # the right token, but from another page's origin
    assert update(url, drop, Origin="http://evil.example")[0] == 403
    # the right token as a form (a simple content type) is still refused
    request = urllib.request.Request(
        url, data=urllib.parse.urlencode({"update": drop}).encode(), method="POST"
    )
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    request.add_header("Authorization", f"Bearer {TOKEN}")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 415
    assert count(url) == facts


@pytest.mark.parametrize(
    "literal",
    [
        '"Infinity"^^<http://www.w3.org/2001/XMLSchema#decimal>',
        '"soon"^^<http://www.w3.org/2001/XMLSchema#date>',
        '"2026-02-30"^^<http://www.w3.org/2001/XMLSchema#date>',
        '"1.5"^^<http://www.w3.org/2001/XMLSchema#integer>',
        '"maybe"^^<http://www.w3.org/2001/XMLSchema#boolean>',
    ],
)
def test_an_ill_typed_literal_in_an_update_is_refused(guarded, literal):
    _, url, out = guarded
    text = f"INSERT DATA {{ GRAPH <urn:g> {{ <urn:s> <urn:p> {literal} }} }}"
    status, body = update(url, text)
    assert status == 400 and b"ill-typed literal" in body
    assert not bool(open_store(out).query("ASK { GRAPH <urn:g> { ?s ?p ?o } }"))


# ---------------------------------------------------------------- 4. connections


def test_a_negative_or_odd_content_length_is_refused(guarded):
    _, url, _ = guarded
    port = port_of(url)
    head = f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
    head += "Content-Type: application/sparql-query\r\n"
    for length in ("-1", "+5", "1e9", "0x10", ""):
        answer = raw(url, f"{head}Content-Length: {length}\r\n\r\n{LABS}".encode())
        assert answer.startswith(b"HTTP/1.0 411"), (length, answer[:80])
    big = head + "Content-Length: 40000000\r\n\r\n"
    assert raw(url, big.encode()).startswith(b"HTTP/1.0 413")


def test_slow_clients_lock_nobody_out(guarded):
    _, url, _ = guarded
    port = port_of(url)
    slow = []
    for _ in range(20):
        client = socket.create_connection(("127.0.0.1", port), timeout=10)
        client.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        slow.append(client)
    try:
        started = time.monotonic()
        assert fetch(url, LABS)[0] == 200
        assert time.monotonic() - started < 2, "a client is answered at once beside 20 slow ones"
        time.sleep(3)  # past the 2 s read timeout: the server has dropped every slow client
        for client in slow:
            with pytest.raises(OSError):
                client.sendall(b"X-Trickle: 1\r\n")
                client.settimeout(2)
                assert client.recv(1) == b""
                raise OSError("closed")
    finally:
        for client in slow:
            client.close()


def test_a_cheap_query_is_not_kept_waiting_behind_expensive_ones(guarded):
    _, url, _ = guarded
    expensive = [threading.Thread(target=fetch, args=(url, SLOW)) for _ in range(2)]
    for thread in expensive:
        thread.start()
    time.sleep(0.5)  # both workers are busy now
    try:
        started = time.monotonic()
        assert fetch(url, LABS)[0] == 200
        assert time.monotonic() - started < 3, "answered beside the expensive queries"
    finally:
        for thread in expensive:
            thread.join(40)
