"""Records to triples: one named graph per article, one for the registry, one for the ontology.

The only module that mints IRIs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, PROV

from kg.models import Article, Entity, Fact
from kg.registry import Registry
from kg.resources import ontology_path

BASE = "https://w3id.org/ai-infra-kg/"
AIK = Namespace(BASE + "ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
REGISTRY_GRAPH = URIRef(BASE + "graph/registry")

FACT_CLASSES = {
    "invests_in": (AIK.Investment, AIK.investor, AIK.investee, AIK.investsIn),
    "compute_commitment": (AIK.ComputeCommitment, AIK.buyer, AIK.provider, AIK.buysComputeFrom),
    "uses_chip": (AIK.ChipUse, AIK.user, AIK.usedChip, AIK.usesChip),
    "designs_chip": (AIK.ChipDesign, AIK.designer, AIK.designedChip, AIK.designs),
    "manufactures_chip": (
        AIK.ChipManufacture,
        AIK.manufacturer,
        AIK.manufacturedChip,
        AIK.manufactures,
    ),
}
PREFIXES = {
    "aik": AIK,
    "prov": PROV,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "oa": OA,
    "xsd": XSD,
    "owl": OWL,
    "wd": WIKIDATA,
}


def entity_iri(entity_id: str) -> URIRef:
    return URIRef(f"{BASE}id/{entity_id}")


def article_iri(article_id: str) -> URIRef:
    return URIRef(f"{BASE}article/{quote(article_id, safe='')}")


def article_graph_iri(article_id: str) -> URIRef:
    return URIRef(f"{BASE}graph/article/{quote(article_id, safe='')}")


def fact_iri(fact: Fact) -> URIRef:
    digest = hashlib.sha256(repr(fact.key()).encode("utf-8")).hexdigest()[:16]
    return URIRef(f"{BASE}fact/{quote(fact.article_id, safe='')}/{digest}")


def decimal(value: float) -> Literal:
    """An xsd:decimal written the same way every time (5e9 becomes 5000000000)."""
    number = Decimal(repr(float(value))).normalize()
    text = format(number, "f")
    return Literal(text, datatype=XSD.decimal)


def ontology_graph() -> Graph:
    """The ontology, with its blank nodes given the same labels on every parse."""
    parsed = Graph().parse(ontology_path(), format="turtle")
    graph = Graph(identifier=ONTOLOGY_GRAPH)
    for triple in to_canonical_graph(parsed):
        graph.add(triple)
    return graph


def registry_graph(registry: Registry) -> Graph:
    graph = Graph(identifier=REGISTRY_GRAPH)
    graph.add((REGISTRY_GRAPH, RDF.type, PROV.Entity))
    graph.add((REGISTRY_GRAPH, DCTERMS.source, Literal("data/entities.yaml")))
    graph.add((REGISTRY_GRAPH, RDFS.comment, Literal("Reference data kept by this project.")))
    for entity in registry:
        add_entity(graph, entity, registry)
    return graph


def add_entity(graph: Graph | Triples, entity: Entity, registry: Registry | None = None) -> None:
    node = entity_iri(entity.id)
    for kind in entity.types:
        graph.add((node, RDF.type, AIK[kind]))
    graph.add((node, SKOS.prefLabel, Literal(entity.name)))
    graph.add((node, RDFS.label, Literal(entity.name)))
    for alias in entity.aliases:
        graph.add((node, SKOS.altLabel, Literal(alias)))
    if entity.wikidata:
        graph.add((node, SKOS.exactMatch, WIKIDATA[entity.wikidata]))
    if entity.parent:
        graph.add((node, AIK.parentOrganization, entity_iri(entity.parent)))
    if entity.family:
        graph.add((node, AIK.chipFamily, entity_iri(entity.family)))
    if entity.owner:
        graph.add((node, AIK.owner, entity_iri(entity.owner)))
    if entity.discovered:
        graph.add((node, AIK.discovered, Literal(True)))
    designer = entity.designer or _family_value(entity, registry, "designer")
    if designer:
        graph.add((entity_iri(designer), AIK.designs, node))
    for co_designer in entity.co_designers:
        graph.add((entity_iri(co_designer), AIK.coDesigns, node))
    foundry = entity.foundry or _family_value(entity, registry, "foundry")
    if foundry:
        graph.add((entity_iri(foundry), AIK.manufactures, node))
    if entity.process_node:
        graph.add((node, AIK.processNode, Literal(entity.process_node)))
    if entity.purpose:
        graph.add((node, AIK.purpose, AIK[entity.purpose]))


def _family_value(entity: Entity, registry: Registry | None, field: str) -> str | None:
    if registry is None or not entity.family or entity.family not in registry:
        return None
    return getattr(registry.get(entity.family), field)


class Triples:
    """A named graph to be written, not queried: its triples once each, in the order added.

    What a build makes of each article (rdflib's ``Graph`` indexes every triple three ways,
    which cost a build more than writing them out); ``trig_block`` and ``to_nquads`` take it
    as they take a ``Graph``.
    """

    def __init__(self, identifier: URIRef) -> None:
        self.identifier = identifier
        self._triples: dict[tuple, None] = {}

    def add(self, triple: tuple) -> None:
        self._triples[triple] = None

    def __iter__(self):
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)


def article_graph(
    article: Article, facts: Iterable[Fact], discovered: Iterable[Entity] = ()
) -> Graph:
    """An article's named graph as an rdflib ``Graph``."""
    triples = article_triples(article, facts, discovered)
    graph = Graph(identifier=triples.identifier)
    for triple in triples:
        graph.add(triple)
    return graph


def article_triples(
    article: Article, facts: Iterable[Fact], discovered: Iterable[Entity] = ()
) -> Triples:
    """An article's named graph: the article, its new entities, its facts and their quotes."""
    graph = Triples(article_graph_iri(article.id))
    node = article_iri(article.id)
    graph.add((node, RDF.type, AIK.Article))
    graph.add((node, DCTERMS.identifier, Literal(article.id)))
    graph.add((node, AIK.contentHash, Literal(article.content_hash)))
    graph.add((node, AIK.sourceFile, Literal(article.path.rsplit("/", 1)[-1])))
    if article.title:
        graph.add((node, DCTERMS.title, Literal(article.title)))
    if article.publisher:
        graph.add((node, DCTERMS.publisher, Literal(article.publisher)))
    if article.published:
        graph.add((node, DCTERMS.issued, Literal(article.published, datatype=XSD.date)))
    if article.url:
        graph.add((node, DCTERMS.source, Literal(article.url)))
    for entity in discovered:
        add_entity(graph, entity)
    for fact in facts:
        add_fact(graph, fact, node)
    return graph


def add_fact(graph: Graph | Triples, fact: Fact, article: URIRef) -> None:
    cls, subject_role, object_role, direct = FACT_CLASSES[fact.type]
    node = fact_iri(fact)
    subject, obj = entity_iri(fact.subject), entity_iri(fact.object)
    graph.add((node, RDF.type, cls))
    graph.add((node, subject_role, subject))
    graph.add((node, object_role, obj))
    graph.add((subject, direct, obj))
    if fact.subject_as_named:
        graph.add((node, AIK.subjectAsNamed, entity_iri(fact.subject_as_named)))
    if fact.object_as_named:
        graph.add((node, AIK.objectAsNamed, entity_iri(fact.object_as_named)))
    graph.add((node, AIK.status, AIK[fact.status]))
    graph.add((node, PROV.wasDerivedFrom, article))
    graph.add((article, AIK.fact, node))
    graph.add((node, AIK.confidence, decimal(fact.confidence)))
    graph.add((node, AIK.method, Literal(fact.method)))
    if fact.curated:
        graph.add((node, AIK.curated, Literal(True)))
    for name, prop in (
        ("amount_usd", AIK.amountUSD),
        ("capacity_gw", AIK.capacityGW),
        ("duration_years", AIK.durationYears),
    ):
        value = getattr(fact, name)
        if value is not None:
            graph.add((node, prop, decimal(value)))
    if fact.chip:
        graph.add((node, AIK.chip, entity_iri(fact.chip)))
    if fact.purpose:
        graph.add((node, AIK.purpose, AIK[fact.purpose]))
    if fact.process_node:
        graph.add((node, AIK.processNode, Literal(fact.process_node)))
    if fact.event_date:
        graph.add((node, AIK.eventDate, Literal(fact.event_date, datatype=XSD.date)))
    for evidence in fact.evidence:
        quote_node = URIRef(f"{node}/evidence/{evidence.start}-{evidence.end}")
        graph.add((node, AIK.evidence, quote_node))
        graph.add((quote_node, RDF.type, AIK.Evidence))
        graph.add((quote_node, OA.exact, Literal(evidence.quote)))
        graph.add((quote_node, OA.start, Literal(evidence.start, datatype=XSD.nonNegativeInteger)))
        graph.add((quote_node, OA.end, Literal(evidence.end, datatype=XSD.nonNegativeInteger)))
        graph.add((quote_node, PROV.wasDerivedFrom, article))


def article_block(
    article: Article, facts: Iterable[Fact], discovered: Iterable[Entity] = ()
) -> tuple[str, str]:
    """An article's named graph (its IRI) and ``trig_block`` of it, written straight from the
    records: the bytes of ``trig_block(article_triples(...))`` without an rdflib term per
    value (making and writing those took a tenth of a build's extraction)."""
    identifier = str(article_graph_iri(article.id))
    node = _short(str(article_iri(article.id)))
    triples: dict[tuple[str, str, str], None] = {}
    add = triples.setdefault
    add((node, "a", _AIK_ARTICLE))
    add((node, _DCTERMS_IDENTIFIER, _plain(article.id)))
    add((node, _AIK_CONTENT_HASH, _plain(article.content_hash)))
    add((node, _AIK_SOURCE_FILE, _plain(article.path.rsplit("/", 1)[-1])))
    _add_present(add, node, article, _ARTICLE_FIELDS_TEXT)
    entities = Triples(URIRef(identifier))  # few per article: rdflib's terms, as ever
    for entity in discovered:
        add_entity(entities, entity)
    for s, p, o in entities:
        add((_turtle(s), _predicate(p), _turtle(o)))
    for fact in facts:
        _add_fact_text(add, fact, node)
    return identifier, _trig_text(_short(identifier), triples)


def _add_fact_text(add, fact: Fact, article: str) -> None:
    """``add_fact``'s triples, as the text ``trig_block`` writes of each term."""
    cls, subject_role, object_role, direct = _FACT_CLASSES_TEXT[fact.type]
    iri = str(fact_iri(fact))
    node = _short(iri)
    subject, obj = _entity(fact.subject), _entity(fact.object)
    add((node, "a", cls))
    add((node, subject_role, subject))
    add((node, object_role, obj))
    add((subject, direct, obj))
    add((node, _AIK_STATUS, _aik(fact.status)))
    add((node, _PROV_DERIVED, article))
    add((article, _AIK_FACT, node))
    add((node, _AIK_CONFIDENCE, _decimal_text(fact.confidence)))
    add((node, _AIK_METHOD, _plain(fact.method)))
    if fact.curated:
        add((node, _AIK_CURATED, _TRUE))
    for name, prop in _FIGURES_TEXT:
        value = getattr(fact, name)
        if value is not None:
            add((node, prop, _decimal_text(value)))
    _add_present(add, node, fact, _FACT_FIELDS_TEXT)
    for evidence in fact.evidence:
        quote_node = _short(f"{iri}/evidence/{evidence.start}-{evidence.end}")
        add((node, _AIK_EVIDENCE, quote_node))
        add((quote_node, "a", _AIK_EVIDENCE_CLASS))
        add((quote_node, _OA_EXACT, _plain(evidence.quote)))
        add((quote_node, _OA_START, _count(evidence.start)))
        add((quote_node, _OA_END, _count(evidence.end)))
        add((quote_node, _PROV_DERIVED, article))


def _add_present(add, node: str, record, fields) -> None:
    """The triples of a record's optional fields that have a value: (field, property, the
    writer of its term)."""
    for name, prop, term in fields:
        value = getattr(record, name)
        if value:
            add((node, prop, term(value)))


def dataset(graphs: Iterable[Graph]) -> Dataset:
    data = Dataset()
    for prefix, namespace in PREFIXES.items():
        data.bind(prefix, namespace)
    for graph in graphs:
        target = data.graph(graph.identifier)
        for triple in graph:
            target.add(triple)
    return data


# Escapes by the N-Triples/N-Quads/Turtle/TriG grammar: ECHAR where there is one, UCHAR for
# every other control character and for the characters some readers take as line breaks
# (U+0085, U+2028, U+2029), so a literal always stays on its line and parses back to itself.
_ESCAPES = {code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F, *range(0x80, 0xA0))}
_ESCAPES.update({0x2028: "\\u2028", 0x2029: "\\u2029", 0xFFFE: "\\uFFFE", 0xFFFF: "\\uFFFF"})
_ESCAPES.update(
    {ord("\t"): "\\t", ord("\b"): "\\b", ord("\n"): "\\n", ord("\r"): "\\r", ord("\f"): "\\f"}
)
_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\"})
# An IRI keeps only what IRIREF allows; anything else is percent-encoded.
_IRI_ESCAPES = {code: f"%{code:02X}" for code in (*range(0x21), *map(ord, '<>"{}|^`\\'))}
_LOCAL_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


@lru_cache(maxsize=65536)
def _iri(iri: str) -> str:
    return f"<{iri.translate(_IRI_ESCAPES)}>"


def _literal(term: Literal, datatype: str) -> str:
    text = f'"{str(term).translate(_ESCAPES)}"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype and term.datatype != XSD.string:
        return f"{text}^^{datatype}"
    return text


def _nt(term) -> str:
    """A term in N-Triples/N-Quads syntax."""
    if isinstance(term, Literal):
        return _literal(term, _iri(str(term.datatype)) if term.datatype else "")
    if isinstance(term, URIRef):
        return _iri(str(term))
    return f"_:{term}"


def to_nquads(graphs: Iterable[Graph | Triples]) -> str:
    """Sorted N-Quads: a canonical text of the whole build, byte-identical across runs."""
    lines = []
    for graph in graphs:
        context = _iri(str(graph.identifier))
        for s, p, o in graph:
            lines.append(f"{_nt(s)} {_nt(p)} {_nt(o)} {context} .")
    return "\n".join(sorted(lines)) + "\n"


_TRIG_PREFIXES = sorted(
    [(p, str(ns)) for p, ns in [*PREFIXES.items(), ("rdf", RDF), ("rdfs", RDFS)]],
    key=lambda item: -len(item[1]),
)


@lru_cache(maxsize=65536)
def _short(iri: str) -> str:
    """A prefixed name when the IRI is in a known namespace with a plain local name."""
    for prefix, namespace in _TRIG_PREFIXES:
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if _LOCAL_NAME.match(local):
                return f"{prefix}:{local}"
            break
    return _iri(iri)


def _turtle(term) -> str:
    """A term in Turtle/TriG syntax (prefixed names where they are safe)."""
    if isinstance(term, Literal):
        return _literal(term, _short(str(term.datatype)) if term.datatype else "")
    if isinstance(term, URIRef):
        return _short(str(term))
    return f"_:{term}"


def trig_header() -> str:
    """The prefix lines every TriG file of the build starts with."""
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())]
    lines.append(f"@prefix rdf: <{RDF}> .")
    lines.append(f"@prefix rdfs: <{RDFS}> .")
    return "\n".join(lines) + "\n"


def trig_block(graph: Graph | Triples) -> str:
    """One named graph in TriG: subjects, predicates and objects sorted, so it is canonical."""
    written = ((_turtle(s), _predicate(p), _turtle(o)) for s, p, o in graph)
    return _trig_text(_turtle(graph.identifier), written)


def _predicate(term) -> str:
    predicate = _turtle(term)
    return "a" if predicate == "rdf:type" else predicate  # RDF.type's form, and nothing else's


def _trig_text(identifier: str, triples: Iterable[tuple[str, str, str]]) -> str:
    """A named graph's block from its triples as written terms."""
    by_subject: dict[str, dict[str, list[str]]] = {}
    for s, p, o in triples:
        by_subject.setdefault(s, {}).setdefault(p, []).append(o)
    lines = [f"{identifier} {{"]
    for subject in sorted(by_subject):
        predicates = by_subject[subject]
        order = sorted(predicates, key=lambda p: (p != "a", p))
        parts = [f"{p} {', '.join(sorted(predicates[p]))}" for p in order]
        lines.append(f"{subject} " + " ;\n    ".join(parts) + " .")
        lines.append("")
    if lines[-1] == "":
        lines.pop()
    lines.append("}")
    return "\n".join(lines) + "\n"


# The written forms of the terms ``article_block`` writes (as ``_turtle`` writes them).
@lru_cache(maxsize=65536)
def _entity(entity_id: str) -> str:
    return _short(f"{BASE}id/{entity_id}")


@lru_cache(maxsize=256)
def _aik(name: str) -> str:
    return _short(str(AIK[name]))


def _plain(text: str) -> str:
    return f'"{text.translate(_ESCAPES)}"'


@lru_cache(maxsize=65536)
def _decimal_text(value: float) -> str:
    return _turtle(decimal(value))


@lru_cache(maxsize=4096)
def _date(value) -> str:
    return _turtle(Literal(value, datatype=XSD.date))


def _count(value: int) -> str:
    if type(value) is int and value >= 0:
        return f'"{value}"^^{_NON_NEGATIVE}'
    return _turtle(Literal(value, datatype=XSD.nonNegativeInteger))


_NON_NEGATIVE = _short(str(XSD.nonNegativeInteger))
_TRUE = _turtle(Literal(True))
_AIK_ARTICLE = _short(str(AIK.Article))
_AIK_EVIDENCE_CLASS = _short(str(AIK.Evidence))
_DCTERMS_IDENTIFIER = _short(str(DCTERMS.identifier))
_DCTERMS_TITLE = _short(str(DCTERMS.title))
_DCTERMS_PUBLISHER = _short(str(DCTERMS.publisher))
_DCTERMS_ISSUED = _short(str(DCTERMS.issued))
_DCTERMS_SOURCE = _short(str(DCTERMS.source))
_AIK_CONTENT_HASH = _short(str(AIK.contentHash))
_AIK_SOURCE_FILE = _short(str(AIK.sourceFile))
_AIK_SUBJECT_AS_NAMED = _short(str(AIK.subjectAsNamed))
_AIK_OBJECT_AS_NAMED = _short(str(AIK.objectAsNamed))
_AIK_STATUS = _short(str(AIK.status))
_AIK_FACT = _short(str(AIK.fact))
_AIK_CONFIDENCE = _short(str(AIK.confidence))
_AIK_METHOD = _short(str(AIK.method))
_AIK_CURATED = _short(str(AIK.curated))
_AIK_CHIP = _short(str(AIK.chip))
_AIK_PURPOSE = _short(str(AIK.purpose))
_AIK_PROCESS_NODE = _short(str(AIK.processNode))
_AIK_EVENT_DATE = _short(str(AIK.eventDate))
_AIK_EVIDENCE = _short(str(AIK.evidence))
_OA_EXACT = _short(str(OA.exact))
_OA_START = _short(str(OA.start))
_OA_END = _short(str(OA.end))
_PROV_DERIVED = _short(str(PROV.wasDerivedFrom))
_FIGURES_TEXT = [(name, _short(str(prop))) for name, prop in
                 (("amount_usd", AIK.amountUSD), ("capacity_gw", AIK.capacityGW),
                  ("duration_years", AIK.durationYears))]  # fmt: skip
_ARTICLE_FIELDS_TEXT = (
    ("title", _DCTERMS_TITLE, _plain),
    ("publisher", _DCTERMS_PUBLISHER, _plain),
    ("published", _DCTERMS_ISSUED, _date),
    ("url", _DCTERMS_SOURCE, _plain),
)
_FACT_FIELDS_TEXT = (
    ("subject_as_named", _AIK_SUBJECT_AS_NAMED, _entity),
    ("object_as_named", _AIK_OBJECT_AS_NAMED, _entity),
    ("chip", _AIK_CHIP, _entity),
    ("purpose", _AIK_PURPOSE, _aik),
    ("process_node", _AIK_PROCESS_NODE, _plain),
    ("event_date", _AIK_EVENT_DATE, _date),
)
_FACT_CLASSES_TEXT = {
    kind: tuple(_short(str(term)) for term in terms) for kind, terms in FACT_CLASSES.items()
}


def to_trig(graphs: list[Graph]) -> str:
    """TriG with prefixes, graphs in name order and subjects sorted, so output is deterministic."""
    blocks = [trig_block(g) for g in sorted(graphs, key=lambda g: str(g.identifier))]
    return "\n".join([trig_header(), *blocks])
