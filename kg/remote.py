"""A remote SPARQL endpoint as a store: the named questions over HTTP, and pushing a build to it.

``RemoteStore(url)`` answers ``kg.store.select`` and ``kg.store.run`` like the embedded store:
SPARQL 1.1 Protocol requests, SPARQL JSON results turned into the same plain Python values.
Queries name no ``FROM``, so the default graph is the server's: the union of all graphs on
Virtuoso, GraphDB and Neptune; on Fuseki pass ``default_graph="urn:x-arq:UnionGraph"`` (or
configure ``unionDefaultGraph``).

``push`` replaces every named graph of a build on the server (SPARQL 1.1 Update, or the Graph
Store Protocol), so pushing twice changes nothing, and drops the project's graphs that the
build no longer has (a removed article's facts disappear with it); graphs the server already
holds as last pushed are not sent again.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg.errors import KgError
from kg.store import literal_value, term

GRAPH_BASE = "https://w3id.org/ai-infra-kg/graph/"
# Where push records what it sent: outside GRAPH_BASE, so it is never taken for a graph of the
# build (nor dropped as one the build no longer has).
PUSH_RECORD = "https://w3id.org/ai-infra-kg/push-record"
_SHA256 = "https://schema.org/sha256"
PASSWORD_ENV = "KG_ENDPOINT_PASSWORD"
RDF_ACCEPT = "application/n-triples, text/turtle;q=0.9"
CHUNK_TRIPLES = 1000  # triples per INSERT DATA request: Virtuoso refuses very long texts
PREAUTHORISE_BYTES = 16_384  # a body longer than this is sent with its credentials at once


@dataclass
class RemoteStore:
    """A SPARQL 1.1 Protocol endpoint: ``url`` for queries; ``update_url`` and ``graph_store``
    for writing (SPARQL Update, Graph Store Protocol); ``user``/``password`` for Basic or
    Digest authentication (the server's challenge picks which)."""

    url: str
    update_url: str | None = None
    graph_store: str | None = None
    user: str | None = None
    password: str | None = None
    default_graph: str | None = None
    timeout: float = 300.0
    _opener: Any = field(default=None, init=False, repr=False)
    _digest: Any = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        handlers: list = []
        if self.user:
            password = self.password if self.password is not None else os.environ.get(PASSWORD_ENV)
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in (self.url, self.update_url, self.graph_store):
                if url:
                    manager.add_password(None, url, self.user, password or "")
            self._digest = urllib.request.HTTPDigestAuthHandler(manager)
            handlers = [self._digest, urllib.request.HTTPBasicAuthHandler(manager)]
        self._opener = urllib.request.build_opener(*handlers)

    # ------------------------------------------------------------ queries

    def select(self, query: str, bindings: dict[str, object] | None = None) -> list[dict]:
        """Rows of a SELECT as plain values, as ``kg.store.select`` gives them locally."""
        result = self._query(bind(query, bindings or {}))
        if "boolean" in result:
            raise KgError("expected a SELECT query")
        return rows_of(result)

    def run(self, query: str):
        """SELECT rows, an ASK boolean, or CONSTRUCT/DESCRIBE triples as N-Triples text."""
        if query_form(query) in ("CONSTRUCT", "DESCRIBE"):
            body = self._request(self.url, {"query": query}, accept=RDF_ACCEPT)
            return _as_ntriples(body)
        result = self._query(query)
        if "boolean" in result:
            return bool(result["boolean"])
        return rows_of(result)

    def _query(self, query: str) -> dict:
        body = self._request(self.url, {"query": query}, accept="application/sparql-results+json")
        try:
            return json.loads(body)
        except ValueError:
            raise KgError(f"{self.url}: the answer is not SPARQL JSON: {body[:200]!r}") from None

    # ------------------------------------------------------------ updates

    def update(self, request: str) -> None:
        """Run a SPARQL 1.1 Update request on ``update_url`` (or ``url``)."""
        self._request(self.update_url or self.url, {"update": request}, accept="*/*")

    def replace_graph(self, graph: str, ntriples: str) -> None:
        """Make the server's graph ``graph`` hold exactly these N-Triples."""
        graph = checked_iri(graph, "graph name")
        if self.graph_store:
            target = f"{self.graph_store}?{urllib.parse.urlencode({'graph': graph})}"
            self._send(target, "PUT", ntriples.encode("utf-8"), "application/n-triples")
            return
        lines = ntriples.splitlines()
        first = f"DROP SILENT GRAPH <{graph}>"
        if "_:" in ntriples:
            # Blank nodes: one request, so each label stays one node, and INSERT … WHERE {}
            # since Virtuoso refuses blank nodes in INSERT DATA (which SPARQL allows).
            body = "\n".join(lines)
            self.update(f"{first} ;\nINSERT {{ GRAPH <{graph}> {{\n{body}\n}} }} WHERE {{}}")
            return
        chunks = [lines[i : i + CHUNK_TRIPLES] for i in range(0, len(lines), CHUNK_TRIPLES)]
        for number, chunk in enumerate(chunks or [[]]):
            data = f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(chunk) + "\n} }"
            self.update(f"{first} ;\n{data}" if number == 0 else data)

    def drop_graph(self, graph: str) -> None:
        graph = checked_iri(graph, "graph name")
        if self.graph_store:
            target = f"{self.graph_store}?{urllib.parse.urlencode({'graph': graph})}"
            try:
                self._send(target, "DELETE", None, None)
            except KgError as problem:
                if "HTTP 404" not in str(problem):
                    raise
            return
        self.update(f"DROP SILENT GRAPH <{graph}>")

    def graphs(self, prefix: str = GRAPH_BASE) -> set[str]:
        """The names of the server's graphs that start with ``prefix``."""
        query = (
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?g), "{_escape(prefix)}")) }}'
        )
        names = set()
        for row in rows_of(self._query(query)):
            name = checked_iri(row["g"], f"{self.url}: the endpoint answered a graph name")
            if not name.startswith(prefix):
                raise KgError(f"{self.url}: the endpoint answered a graph outside {prefix}")
            names.add(name)
        return names

    # ------------------------------------------------------------ HTTP

    def _request(self, url: str, form: dict[str, str], accept: str) -> str:
        if self.default_graph and "query" in form:
            form = {**form, "default-graph-uri": self.default_graph}
        data = urllib.parse.urlencode(form).encode("utf-8")
        return self._send(
            url, "POST", data, "application/x-www-form-urlencoded; charset=UTF-8", accept
        )

    def _send(
        self, url: str, method: str, data: bytes | None, content_type: str | None, accept="*/*"
    ) -> str:
        headers = {"Accept": accept}
        if content_type:
            headers["Content-Type"] = content_type
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        if self.user and data is not None and len(data) > PREAUTHORISE_BYTES:
            self._preauthorise(request)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.read().decode("utf-8")
        except urllib.error.HTTPError as problem:
            detail = problem.read().decode("utf-8", "replace").strip().splitlines()
            message = " ".join(detail[:3])[:400]
            raise KgError(f"{url}: HTTP {problem.code} {problem.reason}: {message}") from None
        except (urllib.error.URLError, OSError) as problem:
            reason = getattr(problem, "reason", problem)
            raise KgError(f"{url}: cannot reach the endpoint ({reason})") from None

    def _preauthorise(self, request: urllib.request.Request) -> None:
        """Give a long request the credentials its first try needs: the challenge is learnt
        from a request with no body, since a server that answers a long body with its
        challenge may hang up before reading it (Virtuoso's PUT of a large graph: a broken
        pipe, so the credentials are never sent)."""
        probe = urllib.request.Request(request.full_url, method="HEAD")
        try:
            with urllib.request.build_opener().open(probe, timeout=self.timeout):
                return  # no challenge
        except urllib.error.HTTPError as answer:
            challenge = answer.headers.get("WWW-Authenticate", "")
        except OSError:
            return  # the request itself will say what is wrong
        scheme, _, rest = challenge.partition(" ")
        if scheme.lower() == "digest":
            fields = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest))
            answer = self._digest.get_authorization(request, fields)
            if answer:
                request.add_unredirected_header("Authorization", f"Digest {answer}")
        elif scheme.lower() == "basic":
            user, password = self._digest.passwd.find_user_password(None, request.full_url)
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            request.add_unredirected_header("Authorization", f"Basic {token}")


# ---------------------------------------------------------------- SPARQL JSON and terms

# What IRIREF (SPARQL, N-Triples) forbids between ``<`` and ``>``.
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')


def checked_iri(value: object, what: str = "IRI") -> str:
    """``value`` if it is an absolute IRI that can go between ``<`` and ``>`` in an update,
    else a KgError: a name taken from a server never becomes SPARQL text unchecked."""
    if not isinstance(value, str) or not value or _NOT_IN_IRI.search(value):
        raise KgError(f"{what} is not a valid IRI: {str(value)[:120]!r}; nothing was changed")
    try:
        ox.NamedNode(value)
    except ValueError:
        raise KgError(f"{what} is not a valid IRI: {value[:120]!r}; nothing was changed") from None
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value):
        raise KgError(f"{what} is not an absolute IRI: {value[:120]!r}; nothing was changed")
    return value


def rows_of(result: dict) -> list[dict]:
    """SPARQL 1.1 JSON results as rows of plain values (unbound variables are None)."""
    names = result.get("head", {}).get("vars", [])
    return [
        {name: json_value(binding.get(name)) for name in names}
        for binding in result.get("results", {}).get("bindings", [])
    ]


def json_value(cell: dict | None) -> object:
    """One SPARQL JSON term as the value ``kg.store.python_value`` gives for the same term."""
    if cell is None:
        return None
    kind = cell.get("type")
    if kind == "uri":
        return cell["value"]
    if kind == "bnode":
        return "_:" + cell["value"]
    if kind in ("literal", "typed-literal"):  # "typed-literal": SPARQL XML days, Virtuoso
        datatype = cell.get("datatype", "")
        return literal_value(cell["value"], datatype)
    return cell.get("value")


def bind(query: str, bindings: dict[str, object]) -> str:
    """The query with a ``VALUES`` block binding each variable, put at the start of the WHERE
    group. The protocol has no parameters, so values travel as escaped RDF terms: a value
    can never end its term and add query text."""
    if not bindings:
        return query
    names = " ".join(f"?{_variable(name)}" for name in bindings)
    values = " ".join(str(term(value)) for value in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    where = _first_group(query)
    return query[: where + 1] + block + query[where + 1 :]


_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _variable(name: str) -> str:
    if not _VARIABLE.match(name):
        raise KgError(f"'{name}' is not a SPARQL variable name")
    return name


def _first_group(query: str) -> int:
    """Where the WHERE group opens: the first '{' outside comments, strings and IRIs."""
    index, length = 0, len(query)
    while index < length:
        char = query[index]
        if char == "#":
            end = query.find("\n", index)
            index = length if end == -1 else end
        elif char in "\"'":
            quote = query[index : index + 3] if query[index : index + 3] in ('"""', "'''") else char
            index += len(quote)
            while index < length and not query.startswith(quote, index):
                index += 2 if query[index] == "\\" else 1
            index += len(quote) - 1
        elif char == "<" and re.match(r"<[^<>\"{}|^`\\\s]*>", query[index:]):
            index = query.find(">", index)
        elif char == "{":
            return index
        index += 1
    raise KgError("the query has no WHERE group to bind values in")


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first such keyword outside the prologue."""
    text = re.sub(r"#[^\n]*", " ", query)
    text = re.sub(r"<[^<>\s]*>", " ", text)
    found = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", text, re.IGNORECASE)
    return found.group(1).upper() if found else "SELECT"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _as_ntriples(body: str) -> str:
    """Turtle or N-Triples from a server as sorted N-Triples text."""
    try:
        triples = list(ox.parse(body.encode("utf-8"), ox.RdfFormat.TURTLE))
    except SyntaxError as problem:
        raise KgError(f"the endpoint sent RDF that does not parse: {problem}") from None
    return "".join(sorted(f"{t} .\n" for t in triples))


# ---------------------------------------------------------------- push


@dataclass
class PushReport:
    triples: int = 0
    unchanged: int = 0
    sent: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    @property
    def graphs(self) -> int:
        return len(self.sent)


def push(
    store: ox.Store,
    remote: RemoteStore,
    progress: Callable[[int, int], None] | None = None,
    force: bool = False,
) -> PushReport:
    """Replace each named graph of ``store`` on ``remote``; drop the project's graphs (named
    under GRAPH_BASE) that ``store`` does not have. Pushing twice changes nothing.

    A graph the server already holds as last pushed is not sent again: the SHA-256 of each
    graph's canonical N-Triples is recorded on the server in ``PUSH_RECORD``. The record is
    dropped before the first graph is sent and written after the last, so after a push that
    fails midway the next one sends every graph. ``force`` resends every graph.
    """
    report = PushReport()
    names = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    on_server = remote.graphs()
    recorded = {} if force else _recorded_digests(remote)
    digests: dict[str, str] = {}
    for done, name in enumerate(names, 1):
        quads = list(store.quads_for_pattern(None, None, None, ox.NamedNode(name)))
        text = _ntriples(quads)
        digest = digests[name] = _digest(quads, text)
        if name in on_server and recorded.get(name) == digest:
            report.unchanged += 1
        else:
            if not report.sent:
                remote.drop_graph(PUSH_RECORD)
            remote.replace_graph(name, text)
            report.sent.append(name)
            report.triples += text.count("\n")
        if progress:
            progress(done, len(names))
    stale = sorted(on_server - set(names))
    for name in stale:
        remote.drop_graph(name)
    report.dropped = stale
    record = "".join(
        f'<{name}> <{_SHA256}> "{digest}" .\n' for name, digest in sorted(digests.items())
    )
    remote.replace_graph(PUSH_RECORD, record)
    return report


def _ntriples(quads: list[ox.Quad]) -> str:
    return "".join(sorted(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads))


def _digest(quads: list[ox.Quad], text: str) -> str:
    """SHA-256 of a graph's sorted N-Triples; blank nodes are first given their canonical
    (RDFC-1.0) labels, since the store names them anew at each build."""
    if any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object)):
        dataset = ox.Dataset(quads)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        text = _ntriples(list(dataset))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _recorded_digests(remote: RemoteStore) -> dict[str, str]:
    query = f"SELECT ?g ?digest WHERE {{ GRAPH <{PUSH_RECORD}> {{ ?g <{_SHA256}> ?digest }} }}"
    return {str(row["g"]): str(row["digest"]) for row in remote.select(query)}
