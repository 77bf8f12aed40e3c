"""`kg push` against a hostile endpoint (loopback only): nothing it answers becomes SPARQL text."""

from __future__ import annotations

import json
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pyoxigraph as ox
import pytest

from kg.errors import KgError
from kg.remote import GRAPH_BASE, RemoteStore, checked_iri, push

INJECTED = [
    GRAPH_BASE + "x> } ; DROP ALL ; INSERT DATA { GRAPH <urn:a",
    GRAPH_BASE + "a b",
    GRAPH_BASE + "x>\nDROP ALL",
    GRAPH_BASE + 'x"',
    "urn:elsewhere",  # outside the project's graphs: never dropped
]


class FakeEndpoint:
    """Answers the graph-listing query with ``names``; records every update it is sent."""

    def __init__(self, names: list[str]) -> None:
        self.names, self.updates = names, []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                form = parse_qs(self.rfile.read(length).decode("utf-8"))
                if "update" in form:
                    endpoint.updates.append(form["update"][0])
                    body = b""
                else:
                    query = form["query"][0]
                    names = endpoint.names if "DISTINCT ?g" in query else []
                    rows = [{"g": {"type": "uri", "value": n}} for n in names]
                    body = json.dumps(
                        {"head": {"vars": ["g", "digest"]}, "results": {"bindings": rows}}
                    ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def small_store() -> ox.Store:
    store = ox.Store()
    graph = ox.NamedNode(GRAPH_BASE + "article/a")
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("o"), graph))
    return store


@pytest.mark.parametrize("name", INJECTED)
def test_a_graph_name_from_the_server_never_reaches_an_update(small_store, name):
    fake = FakeEndpoint([GRAPH_BASE + "article/old", name])
    try:
        with pytest.raises(KgError) as problem:
            push(small_store, RemoteStore(fake.url))
    finally:
        fake.close()
    assert "\n" not in str(problem.value)
    assert fake.updates == [], "nothing is sent once the server answered a bad name"


def test_good_names_from_the_server_are_dropped_as_before(small_store):
    fake = FakeEndpoint([GRAPH_BASE + "article/old"])
    try:
        report = push(small_store, RemoteStore(fake.url))
    finally:
        fake.close()
    assert report.dropped == [GRAPH_BASE + "article/old"]
    assert any(u == f"DROP SILENT GRAPH <{GRAPH_BASE}article/old>" for u in fake.updates)
    assert not any("DROP ALL" in u for u in fake.updates)


@pytest.mark.parametrize("bad", ["", "no-scheme", "urn:a b", "urn:a>", "urn:a\u0085", 5, None])
def test_checked_iri_refuses_what_cannot_go_between_angle_brackets(bad):
    with pytest.raises(KgError):
        checked_iri(bad)
    assert checked_iri("https://w3id.org/ai-infra-kg/graph/article/x%20y").endswith("x%20y")


class HangsUpOnLongUnauthorisedBodies:
    """An endpoint that asks for Digest credentials and, like Virtuoso, hangs up on a long
    request that comes without them before reading its body (the client sees a broken pipe,
    never the challenge); a request with no body gets the challenge."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/graph"
        self.accepted: list[int] = []  # the body sizes of the requests that got through
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            with connection:
                head = b""
                while b"\r\n\r\n" not in head:
                    head += connection.recv(65536)
                header, body = head.split(b"\r\n\r\n", 1)
                found = re.search(rb"Content-Length: (\d+)", header)
                length = int(found.group(1)) if found else 0
                if b"Authorization: Digest " not in header:
                    if length > 65536:  # hang up at once, the body unread
                        connection.setsockopt(
                            socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0"
                        )
                        continue
                    connection.sendall(
                        b"HTTP/1.1 401 Unauthorized\r\n"
                        b'WWW-Authenticate: Digest realm="kg", nonce="n1", qop="auth"\r\n'
                        b"Content-Length: 0\r\nConnection: close\r\n\r\n"
                    )
                    continue
                while len(body) < length:
                    body += connection.recv(1 << 20)
                self.accepted.append(len(body))
                connection.sendall(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")

    def close(self) -> None:
        self.listener.close()


def test_a_long_request_goes_with_its_credentials_at_once():
    server = HangsUpOnLongUnauthorisedBodies()
    try:
        remote = RemoteStore(server.url, graph_store=server.url, user="dba", password="dba")
        text = "<urn:a> <urn:b> <urn:c> .\n" * 400_000  # ~10 MB: more than a socket buffers
        remote.replace_graph(GRAPH_BASE + "registry", text)
        assert server.accepted == [len(text)]
    finally:
        server.close()
