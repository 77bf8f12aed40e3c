"""`kg serve` as a real process on loopback, asked by real clients: rdflib's SPARQLStore, urllib."""

from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from store_helpers import question_calls, start_kg_serve, stop

from kg.pipeline import build
from kg.questions import ask, shipped_queries
from kg.remote import RemoteStore
from kg.store import open_store, select

LABS = "SELECT ?lab WHERE { ?lab a <https://w3id.org/ai-infra-kg/ontology#Lab> } ORDER BY ?lab"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TOKEN = "test-token-0123456789"


@pytest.fixture(scope="module")
def server(seed_build):
    process, url = start_kg_serve(seed_build, "--timeout", "2", "--workers", "2")
    yield url
    stop(process)


@pytest.fixture(scope="module")
def served_process(seed_build):
    process, url = start_kg_serve(seed_build, "--timeout", "2", "--max-result-mb", "0.05")
    yield process, url
    stop(process)


def fetch(url: str, query: str | None = None, accept: str = "", method: str = "GET", **form):
    """(status, content type, body) of one request; errors are answers too."""
    headers = {"Accept": accept} if accept else {}
    data = None
    if method == "GET" and query is not None:
        url = f"{url}?{urllib.parse.urlencode({'query': query})}"
    elif method == "POST" and query is not None:
        data = urllib.parse.urlencode({"query": query, **form}).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif form:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as problem:
        return problem.code, problem.headers["Content-Type"], problem.read()


def process_tree(pid: int) -> list[int]:
    children = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children += [int(c) for c in (task / "children").read_text().split()]
    return [pid, *(p for child in children for p in process_tree(child))]


def resident_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def test_rdflib_sparqlstore_gets_the_labs(server, store):
    graph = Graph(SPARQLStore(server, returnFormat="json"))
    remote = sorted(str(row.lab) for row in graph.query(LABS))
    assert remote == [row["lab"] for row in select(store, LABS)]
    assert URIRef("https://w3id.org/ai-infra-kg/id/anthropic") in {URIRef(x) for x in remote}


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_json_results_by_get_and_post(server, store, method):
    status, kind, body = fetch(server, LABS, "application/sparql-results+json", method)
    assert status == 200 and kind.startswith("application/sparql-results+json")
    labs = [b["lab"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert labs == [row["lab"] for row in select(store, LABS)]


def test_a_query_posted_as_sparql_query_content(server):
    request = urllib.request.Request(
        server,
        data=LABS.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        rows = list(csv.reader(io.StringIO(response.read().decode())))
    assert rows[0] == ["lab"] and len(rows) > 5


def test_xml_csv_and_tsv_by_accept(server, store):
    expected = [row["lab"] for row in select(store, LABS)]
    status, kind, body = fetch(server, LABS, "application/sparql-results+xml")
    assert status == 200 and "sparql-results+xml" in kind
    uris = [e.text for e in ET.fromstring(body).iter("{http://www.w3.org/2005/sparql-results#}uri")]
    assert uris == expected
    status, kind, body = fetch(server, LABS, "text/csv")
    assert kind.startswith("text/csv")
    assert body.decode().splitlines()[1:] == expected
    status, kind, body = fetch(server, LABS, "text/tab-separated-values;q=0.9, text/html;q=0.1")
    assert kind.startswith("text/tab-separated-values")
    assert body.decode().splitlines()[1:] == [f"<{lab}>" for lab in expected]


def test_construct_as_turtle_and_ntriples(server, store):
    query = "CONSTRUCT WHERE { ?lab a <https://w3id.org/ai-infra-kg/ontology#Lab> }"
    labs = len(select(store, LABS))
    status, kind, body = fetch(server, query, "text/turtle")
    assert status == 200 and kind.startswith("text/turtle")
    assert len(Graph().parse(data=body.decode(), format="turtle")) == labs
    status, kind, body = fetch(server, query, "application/n-triples")
    assert kind.startswith("application/n-triples")
    assert len(list(ox.parse(body, ox.RdfFormat.N_TRIPLES))) == labs


def test_ask_and_an_unacceptable_format(server):
    status, _, body = fetch(server, "ASK { ?s ?p ?o }", "application/sparql-results+json")
    assert json.loads(body)["boolean"] is True
    status, _, body = fetch(server, "ASK { ?s ?p ?o }", "image/png")
    assert status == 406 and b"offers" in body


def test_every_named_question_answers_the_same_through_the_endpoint(server, store):
    remote = RemoteStore(server)
    for name, arguments, options in question_calls():
        assert ask(remote, name, *arguments, **options) == ask(store, name, *arguments, **options)


def test_the_page_has_a_query_box_and_the_named_questions(server):
    status, kind, body = fetch(server.removesuffix("sparql"))
    page = body.decode()
    assert status == 200 and kind.startswith("text/html")
    assert "<textarea" in page
    for name in shipped_queries():
        assert f'<option value="{name}">' in page


def test_malformed_requests_get_clear_errors_and_the_server_goes_on(server):
    assert fetch(server, "SELEC * WHERE {")[0] == 400
    status, _, body = fetch(server, "SELECT * WHERE { ?s ?p ?o", method="POST")
    assert status == 400 and b"syntax" in body.lower()
    assert fetch(server + "?query=")[0] == 400
    assert fetch(server.replace("/sparql", "/nothing"))[0] == 404
    assert fetch(server, method="POST", update="CLEAR ALL")[0] == 403
    assert fetch(server, method="PUT")[0] == 405
    raw = urllib.request.Request(server, data=b"\xff\xfe", method="POST")
    raw.add_header("Content-Type", "application/sparql-query")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(raw, timeout=10)
    assert refused.value.code == 400
    assert fetch(server, LABS)[0] == 200


def test_a_slow_query_hits_the_time_limit(server):
    status, _, body = fetch(server, SLOW)
    assert status == 503 and b"time limit of 2 s" in body
    assert fetch(server, LABS)[0] == 200, "the server goes on with a fresh worker"


def test_a_large_result_hits_the_size_limit(served_process):
    _, url = served_process
    status, _, body = fetch(url, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 507 and b"limit of 50,000 bytes" in body
    assert fetch(url, LABS)[0] == 200


def test_a_flood_of_requests_all_succeed_and_memory_stays_bounded(served_process, store):
    process, url = served_process

    def memory() -> int:
        return sum(resident_bytes(pid) for pid in process_tree(process.pid))

    expected = [row["lab"] for row in select(store, LABS)]
    fetch(url, LABS)
    before = memory()

    def one(_):
        status, _, body = fetch(url, LABS, "application/sparql-results+json")
        return status, [b["lab"]["value"] for b in json.loads(body)["results"]["bindings"]]

    with ThreadPoolExecutor(max_workers=48) as pool:
        answers = list(pool.map(one, range(600)))
    assert all(status == 200 for status, _ in answers)
    assert all(labs == expected for _, labs in answers)
    assert memory() - before < 100 * 2**20


def test_a_client_that_disconnects_mid_response(server):
    url = server
    port = int(url.split(":")[2].split("/")[0])
    query = urllib.parse.quote("SELECT * WHERE { ?s ?p ?o }")  # about a megabyte
    for _ in range(20):
        with socket.create_connection(("127.0.0.1", port), timeout=10) as client:
            request = f"GET /sparql?query={query} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
            client.sendall(request.encode())
            assert client.recv(64).startswith(b"HTTP/1.0 200")
            client.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
            )
    with socket.create_connection(("127.0.0.1", port), timeout=10) as client:
        client.sendall(b"POST /sparql HTTP/1.1\r\nContent-Length: 1000\r\n\r\nquery=SEL")
    assert fetch(url, LABS)[0] == 200


def test_a_server_follows_a_new_build(tmp_path, seed_build):
    articles = tmp_path / "articles"
    shutil.copytree(Path(__file__).parent.parent / "data" / "articles", articles)
    out = tmp_path / "build"
    shutil.copytree(seed_build, out, symlinks=True)
    process, url = start_kg_serve(out)
    try:
        count = (
            "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/ai-infra-kg/ontology#Article> }"
        )
        assert json.loads(fetch(url, count)[2])["results"]["bindings"][0]["n"]["value"] == "5"
        sorted(articles.glob("*.txt"))[0].unlink()
        build(articles, out, html=False)
        assert json.loads(fetch(url, count)[2])["results"]["bindings"][0]["n"]["value"] == "4"
    finally:
        stop(process)


def update(url: str, text: str, token: str | None = TOKEN, **headers: str):
    """(status, body) of a SPARQL Update sent as application/sparql-update with the token."""
    request = urllib.request.Request(url, data=text.encode(), method="POST")
    request.add_header("Content-Type", "application/sparql-update")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    for name, value in headers.items():
        request.add_header(name.replace("_", "-"), value)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as problem:
        return problem.code, problem.read()


def test_updates_only_with_the_flag_and_then_as_a_new_version(tmp_path, seed_build, monkeypatch):
    out = tmp_path / "build"
    shutil.copytree(seed_build, out, symlinks=True)
    monkeypatch.setenv("KG_SERVE_TOKEN", TOKEN)
    process, url = start_kg_serve(out, "--allow-update")
    try:
        insert = (
            "INSERT DATA { GRAPH <https://example.org/mine> "
            "{ <https://example.org/x> <https://example.org/p> 'added' } }"
        )
        assert update(url, insert)[0] == 204
        ask_added = "ASK { <https://example.org/x> <https://example.org/p> 'added' }"
        assert json.loads(fetch(url, ask_added)[2])["boolean"] is True
        reader = open_store(out)
        assert bool(reader.query(ask_added, use_default_graph_as_union=True))
        assert update(url, "INSERT DATA {")[0] == 400
    finally:
        stop(process)
    summary = build(Path(__file__).parent.parent / "data" / "articles", out, html=False)
    assert summary.full_rebuild, "a store changed by updates is rebuilt in full"
    assert not bool(open_store(out).query(ask_added, use_default_graph_as_union=True))


def test_two_clients_at_once_while_a_slow_query_runs(server):
    slow = threading.Thread(target=fetch, args=(server, SLOW))
    slow.start()
    assert fetch(server, LABS)[0] == 200
    slow.join()


# ---------------------------------------------------------------- the named questions


def ask_server(url: str, **params) -> tuple[int, object]:
    base = url.rsplit("/sparql", 1)[0]
    query = urllib.parse.urlencode(params, doseq=True)
    status, _, body = fetch(f"{base}/question?{query}")
    return status, json.loads(body) if status == 200 else body.decode()


def test_the_analytic_questions_answer_as_the_library_does(server, seed_build):
    from kg.questions import make_filters
    from kg.questions.table import open_table

    table = open_table(seed_build)
    for name, args, options in (
        ("silicon", [], {}),
        ("exposure", [], {}),
        ("loops", [], {}),
        ("totals", [], {}),
        ("conflicts", [], {}),
        ("why", ["Anthropic", "Microsoft"], {}),
        ("path", ["OpenAI", "TSMC"], {"max_paths": 3}),
    ):
        status, rows = ask_server(server, name=name, arg=args, **options)
        assert status == 200, rows
        expected = ask(table, name, *args, filters=make_filters(table), **options)
        assert rows == json.loads(json.dumps(expected, default=str)), name


def test_a_question_takes_the_filters_of_kg_query(server, seed_build):
    from kg.questions import make_filters
    from kg.questions.table import open_table

    table = open_table(seed_build)
    status, rows = ask_server(server, name="silicon", status="announced", entity="Anthropic")
    filters = make_filters(table, status="announced", entity="Anthropic")
    assert status == 200
    assert rows == json.loads(json.dumps(ask(table, "silicon", filters=filters), default=str))
    assert rows and all(row["lab"] == "Anthropic" for row in rows)


@pytest.mark.parametrize(
    "params",
    [
        {"name": "drop"},
        {"name": "silicon", "max_paths": "999"},
        {"name": "silicon", "as_of": ["2026-01-01", "2026-02-01"]},
        {"name": "silicon", "as_of": "soon"},
        {"name": "why"},
    ],
    ids=["unknown", "option", "twice", "date", "arguments"],
)
def test_a_bad_question_is_a_clear_400(server, params):
    status, message = ask_server(server, **params)
    assert status == 400
    assert message and "Traceback" not in message


def test_the_page_offers_the_analytic_questions(server):
    base = server.rsplit("/sparql", 1)[0]
    status, _, body = fetch(f"{base}/")
    page = body.decode()
    assert status == 200
    for name in ("silicon", "exposure", "loops", "totals", "conflicts", "why", "path"):
        assert f'<option value="{name}">' in page
    for field in ('name="status"', 'name="entity"', 'name="as_of"', 'name="min_confidence"'):
        assert field in page
