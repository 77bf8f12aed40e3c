"""The SQL that gives, from the fact table, the rows each shipped ``.rq`` gives on the store.

Each entry is (SQL, the names of the values bound to its ``?`` parameters, in order). Only
constants of this module are written into the text; values from users are parameters. Below
them, the pieces ``FactTable``'s grouping queries are made of: the filters as a condition,
the order ``sort_key`` gives, which parties can disagree.
"""

from __future__ import annotations

from kg.questions.vocabulary import ENTITY_BASE, ONTOLOGY

_B = f"'{ENTITY_BASE}'"
# ``subject`` and ``object`` as the article named them (AWS); ``…_acts_as`` the organisations
# they act for (Amazon), which the table keeps as ``subject`` and ``object``.
_FACT_COLUMNS = """fact, type, subject_as_named AS subject, object_as_named AS object, amount_usd,
  capacity_gw, duration_years, chip, purpose, process_node, status, event_date, article, title,
  published, quote, start, confidence, subject AS subject_acts_as, object AS object_acts_as"""
_NAMES = f"""
  SELECT {_B} || id AS entity, label, label AS name FROM entities
  UNION ALL SELECT {_B} || id, label, unnest(aliases) FROM entities"""
_CHIP_DESIGNER = "LEFT JOIN entities c ON c.id = {chip} LEFT JOIN entities d ON d.id = c.designer"

# The rows of the queries questions group over articles, before DISTINCT and ORDER BY
# (which change no group, and cost DuckDB a sort): what ``FactTable.grouped`` reads.
GROUPABLE: dict[str, str] = {
    "facts": f"\nSELECT {_FACT_COLUMNS} FROM facts",
    "investments": """
SELECT fact, subject_as_named AS investor, object_as_named AS investee, amount_usd, status,
  article, published, event_date, confidence
FROM facts WHERE type = 'invests_in'""",
    "commitments": """
SELECT fact, subject_as_named AS buyer, object_as_named AS provider, amount_usd,
  capacity_gw, duration_years, chip, status, article, published, event_date, confidence
FROM facts WHERE type = 'compute_commitment'""",
    "timeline": """
SELECT fact, event_date, type, subject_as_named AS subject, object_as_named AS object,
  amount_usd, capacity_gw, duration_years, chip, purpose, status, article, published,
  confidence
FROM facts WHERE event_date IS NOT NULL""",
    "silicon": f"""
SELECT f.fact, f.subject_as_named AS lab, f.object AS chip, d.label AS designer,
  NULL AS provider, f.purpose, f.status, f.article, f.published, f.event_date, f.confidence
FROM facts f {_CHIP_DESIGNER.format(chip="f.object_id")}
WHERE f.type = 'uses_chip'
UNION ALL
SELECT f.fact, f.subject_as_named, f.chip, d.label, f.object_as_named, NULL, f.status,
  f.article, f.published, f.event_date, f.confidence
FROM facts f {_CHIP_DESIGNER.format(chip="f.chip_id")}
WHERE f.type = 'compute_commitment' AND f.chip_id IS NOT NULL""",
}


def _distinct(text: str) -> str:
    """The query with each of its SELECTs (each starts a line) made DISTINCT."""
    return text.replace("\nSELECT ", "\nSELECT DISTINCT ")


SQL: dict[str, tuple[str, list[str]]] = {
    "facts": (GROUPABLE["facts"], []),
    "silicon": (_distinct(GROUPABLE["silicon"]), []),
    "investments": (_distinct(GROUPABLE["investments"]), []),
    "commitments": (_distinct(GROUPABLE["commitments"]), []),
    "timeline": (
        _distinct(GROUPABLE["timeline"]) + "\nORDER BY event_date, type, subject, object",
        [],
    ),
    "chips": (
        """
WITH named AS (
  SELECT DISTINCT fact, object_id AS c, status, article, published, event_date, confidence
  FROM facts WHERE type IN ('uses_chip', 'designs_chip', 'manufactures_chip')
  UNION
  SELECT DISTINCT fact, chip_id, status, article, published, event_date, confidence
  FROM facts WHERE chip_id IS NOT NULL
), nodes AS (
  SELECT DISTINCT object_id AS c, process_node FROM facts
  WHERE type = 'manufactures_chip' AND process_node IS NOT NULL
)
SELECT e.label AS chip, d.label AS designer, fo.label AS foundry,
  COALESCE(n.process_node, e.process_node) AS process_node, e.purpose, u.status, u.article,
  u.published, u.event_date, u.confidence
FROM named u JOIN entities e ON e.id = u.c
LEFT JOIN entities d ON d.id = e.designer AND e.registry
LEFT JOIN entities fo ON fo.id = e.foundry AND e.registry
LEFT JOIN nodes n ON n.c = u.c""",
        [],
    ),
    "registry_facts": (
        f"""
SELECT 'designs_chip' AS type, d.label AS subject, c.label AS object, NULL AS process_node,
  {_B} || d.id AS s, {_B} || c.id AS o
FROM entities c JOIN entities d ON d.id = c.designer AND d.registry WHERE c.registry
UNION ALL
SELECT 'co_designs_chip', d.label, c.label, NULL, {_B} || d.id, {_B} || c.id
FROM (SELECT *, unnest(co_designers) AS co FROM entities WHERE registry) c
JOIN entities d ON d.id = c.co AND d.registry
UNION ALL
SELECT 'manufactures_chip', f.label, c.label, c.process_node, {_B} || f.id, {_B} || c.id
FROM entities c JOIN entities f ON f.id = c.foundry AND f.registry WHERE c.registry""",
        [],
    ),
    "names": (_NAMES, []),
    "exact_name": (
        f"SELECT DISTINCT entity, label, ? AS wanted FROM ({_NAMES}) WHERE name = ?",
        ["wanted", "wanted"],
    ),
    "entities": (
        f"""
SELECT {_B} || id AS entity, label,
  CASE WHEN t IS NULL THEN NULL ELSE '{ONTOLOGY}' || t END AS type,
  CASE WHEN wikidata IS NULL THEN NULL ELSE 'http://www.wikidata.org/entity/' || wikidata
  END AS wikidata,
  CASE WHEN parent IS NULL THEN NULL ELSE {_B} || parent END AS parent,
  CASE WHEN family IS NULL THEN NULL ELSE {_B} || family END AS family
FROM (SELECT *, unnest(CASE WHEN len(types) = 0 THEN [NULL::VARCHAR] ELSE types END) AS t
      FROM entities)""",
        [],
    ),
    "facts_naming": (
        f"""
SELECT DISTINCT {_B} || ? AS entity, fact FROM facts
WHERE ? IN (subject_id, object_id, subject_as_named_id, object_as_named_id, chip_id)""",
        ["entity", "entity"],
    ),
    "quotes": ("SELECT fact, quote, start FROM facts WHERE fact = ?", ["fact"]),
    "evidence": ("SELECT fact, article, title, quote, start FROM facts", []),
    "projection": (
        f"""
SELECT DISTINCT fact, type, {_B} || subject_id AS s, {_B} || object_id AS o,
  {_B} || subject_as_named_id AS s_named, {_B} || object_as_named_id AS o_named, status,
  amount_usd, capacity_gw, duration_years, chip,
  CASE WHEN chip_id IS NULL THEN NULL ELSE {_B} || chip_id END AS chip_iri, purpose,
  event_date, article, published, confidence
FROM facts""",
        [],
    ),
}
SQL["entities_of"] = (
    SQL["entities"][0].replace("FROM entities)", "FROM entities WHERE list_contains(?, id))"),
    ["ids"],
)
# The labels of what an entity rolls up: its divisions and generations, at any depth.
SQL["members"] = (
    """
WITH RECURSIVE under(id) AS (
  SELECT id FROM entities WHERE parent = ? OR family = ?
  UNION SELECT e.id FROM entities e JOIN under u ON e.parent = u.id OR e.family = u.id
)
SELECT label FROM entities WHERE id IN (SELECT id FROM under) AND id <> ? ORDER BY label""",
    ["node", "node", "node"],
)
SQL["projection_between"] = (
    SQL["projection"][0] + "\nWHERE list_contains(?, subject_id || ' ' || object_id)",
    ["pairs"],
)
FACTS_OF = f"SELECT {_FACT_COLUMNS} FROM facts WHERE fact IN (SELECT unnest(?))"


# ---------------------------------------------------------------- conditions and order

NUMBER_COLUMNS = ("amount_usd", "capacity_gw", "duration_years", "confidence")
DATE_COLUMNS = ("event_date", "published")


def in_order(column: str) -> str:
    """An ORDER BY term giving the order ``sort_key`` gives: missing values last, the rest
    by the text Python's ``str`` writes (text and ISO dates sort as they are; numbers as
    text, whole ones without a decimal point)."""
    if column in NUMBER_COLUMNS:
        return (f"CASE WHEN {column} = trunc({column}) THEN CAST(CAST({column} AS HUGEINT) "
                f"AS VARCHAR) ELSE CAST({column} AS VARCHAR) END NULLS LAST")  # fmt: skip
    return f"{column} NULLS LAST"


def disputed(field: str) -> str:
    """SQL: a group's facts give two values of ``field``, in at least two articles."""
    stated = f"FILTER ({field} IS NOT NULL)"
    return (f"(min({field}) <> max({field}) "
            f"AND min(article) {stated} <> max(article) {stated})")  # fmt: skip


def words(constants) -> str:
    """A SQL list of constant words (never values from users)."""
    return "(" + ", ".join(f"'{w}'" for w in sorted(constants)) + ")"


def filter_sql(filters) -> tuple[str, list]:
    """``Filters`` (status, confidence and both clocks) as a SQL condition and its values."""
    conditions, values = ["TRUE"], []
    if filters.status:
        conditions.append(f"status IN ({', '.join('?' for _ in filters.status)})")
        values += sorted(filters.status)
    if filters.min_confidence is not None:
        conditions.append("(confidence IS NULL OR confidence >= ?)")
        values.append(filters.min_confidence)
    if filters.known_by:
        conditions.append("(published IS NOT NULL AND published <= CAST(? AS DATE))")
        values.append(filters.known_by.isoformat())
    if filters.as_of:
        conditions.append("(event_date IS NULL OR event_date <= CAST(? AS DATE))")
        values.append(filters.as_of.isoformat())
    return " AND ".join(conditions), values
