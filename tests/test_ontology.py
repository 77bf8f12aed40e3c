"""The ontology and the shapes: they parse, every term is documented, codes match the models."""

from __future__ import annotations

import pytest
from conftest import ONTOLOGY, SHAPES, trig_text
from rdflib import RDF, RDFS, SH, SKOS, Graph, URIRef

from kg.models import FACT_TYPES, STATUSES
from kg.rdf import AIK, FACT_CLASSES


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def aik_terms(graph: Graph) -> set[URIRef]:
    """Every IRI in the aik: namespace that the ontology says something about."""
    return {s for s in graph.subjects() if isinstance(s, URIRef) and s.startswith(str(AIK))}


def subclasses(graph: Graph, root: URIRef) -> set[URIRef]:
    """Every class below ``root`` (transitively), not counting ``root`` itself."""
    return set(graph.transitive_subjects(RDFS.subClassOf, root)) - {root}


def test_ontology_parses_and_defines_the_core_classes(ontology):
    classes = set(ontology.subjects(RDF.type, None))
    for name in ("Organization", "Lab", "Chip", "Article", "Fact", "Evidence", "Investment"):
        assert AIK[name] in classes, f"aik:{name} is not defined"


def test_every_aik_term_has_a_label_and_a_comment(ontology):
    terms = aik_terms(ontology)
    assert len(terms) > 30
    unlabelled = sorted(t for t in terms if ontology.value(t, RDFS.label) is None)
    undocumented = sorted(t for t in terms if ontology.value(t, RDFS.comment) is None)
    assert unlabelled == [], f"terms without rdfs:label: {unlabelled}"
    assert undocumented == [], f"terms without rdfs:comment: {undocumented}"


def test_each_fact_class_is_coded_with_a_fact_type(ontology):
    notations = {
        cls: str(code) for cls, code in ontology.subject_objects(SKOS.notation) if cls != AIK.Fact
    }
    assert sorted(notations.values()) == sorted(FACT_TYPES)
    leaves = {c for c in subclasses(ontology, AIK.Fact) if not subclasses(ontology, c)}
    assert leaves == set(notations), "every concrete fact class needs exactly one notation"


@pytest.mark.parametrize("fact_type", FACT_TYPES)
def test_the_code_uses_the_class_the_ontology_codes(ontology, fact_type):
    cls = FACT_CLASSES[fact_type][0]
    assert str(ontology.value(cls, SKOS.notation)) == fact_type


def test_status_concepts_are_exactly_the_model_statuses(ontology):
    concepts = set(ontology.subjects(RDF.type, AIK.Status))
    labels = sorted(str(ontology.value(c, SKOS.prefLabel)) for c in concepts)
    assert labels == sorted(STATUSES)
    for status in STATUSES:
        assert (AIK[status], RDF.type, AIK.Status) in ontology, f"aik:{status} is not a status"


def test_shapes_parse_and_target_every_fact_class(shapes):
    assert len(set(shapes.subjects(RDF.type, SH.NodeShape))) >= 5
    targets = set(shapes.objects(None, SH.targetClass))
    for fact_type in FACT_TYPES:
        assert FACT_CLASSES[fact_type][0] in targets, f"no shape targets {fact_type} facts"


# ---------------------------------------------------------------- a real OWL 2 DL reasoner


def _reasoned_world(tmp_path, graph: Graph, ignore_unsupported_datatypes: bool = False):
    """An owlready2 world holding ``graph``, after HermiT has classified it."""
    import owlready2

    path = tmp_path / "input.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    owlready2.sync_reasoner_hermit(
        world, debug=0, ignore_unsupported_datatypes=ignore_unsupported_datatypes
    )
    return world


def test_hermit_accepts_the_ontology_as_owl2_dl(tmp_path, ontology):
    """Issue 12 item 12: every datatype is in the OWL 2 datatype map (HermiT refuses others),
    the ontology is consistent and every class can have members."""
    world = _reasoned_world(tmp_path, ontology)
    assert list(world.inconsistent_classes()) == []


def test_hermit_over_the_ontology_and_the_seed_graph(tmp_path, ontology, seed_build):
    """The seed graph is consistent with the ontology, and the reasoner infers what it says
    (a lab is an organisation). The graph's dates stay xsd:date literals, outside the OWL 2
    datatype map: HermiT is told to ignore those assertions (SHACL checks them)."""
    from rdflib import Dataset

    data = Dataset()
    data.parse(data=trig_text(seed_build), format="trig")
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    for triple in ontology:
        union.add(triple)
    world = _reasoned_world(tmp_path, union, ignore_unsupported_datatypes=True)
    assert list(world.inconsistent_classes()) == []
    anthropic = world["https://w3id.org/ai-infra-kg/id/anthropic"]
    organization = world[str(AIK.Organization)]
    assert anthropic is not None and organization is not None
    assert organization in anthropic.INDIRECT_is_a, "the reasoner classified the seed entities"
