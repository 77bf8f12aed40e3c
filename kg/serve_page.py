"""The HTML page `kg serve` answers at ``/``: the named questions with their filters, and a
SPARQL query box."""

from __future__ import annotations

import html
import json


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
    questions = _question_options()
    return _PAGE.format(options=options, query=html.escape(first["query"]), examples=data,
                        questions=questions)  # fmt: skip


# The analytic questions first, as an analyst reaches for them.
FIRST_QUESTIONS = ("silicon", "exposure", "loops", "totals", "conflicts", "why", "path")


def _question_options() -> str:
    from kg.questions import CATALOG

    names = [*FIRST_QUESTIONS, *(n for n in CATALOG if n not in FIRST_QUESTIONS)]
    return "".join(
        f'<option value="{html.escape(n)}">{html.escape(CATALOG[n].usage)}: '
        f"{html.escape(CATALOG[n].summary)}</option>"
        for n in names
    )


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
<h1>AI infrastructure knowledge graph</h1>
<h2>Questions</h2>
<form id="ask" method="get" action="/question">
<label>Question: <select id="qname" name="name">{questions}</select></label><br>
<label>Entity or first argument: <input name="arg" size="18"></label>
<label>Second argument: <input name="arg" size="18"></label><br>
<label>Status: <select name="status" multiple size="4">
<option>announced</option><option>in_talks</option><option>reported</option><option>planned</option>
</select></label>
<label>Only rows naming: <input name="entity" size="18"></label>
<label>As of: <input name="as_of" size="10" placeholder="2026-05-01"></label>
<label>Known by: <input name="known_by" size="10"></label>
<label>Min. confidence: <input name="min_confidence" size="4"></label>
<label><input type="checkbox" name="with_provider" value="1"> with provider</label>
<button type="submit">Ask</button><span id="astatus"></span>
</form>
<div id="answer"></div>
<h2>SPARQL</h2>
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
function cell(value) {{
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}}
document.getElementById("ask").addEventListener("submit", async (e) => {{
  e.preventDefault();
  const status = document.getElementById("astatus");
  const answer = document.getElementById("answer");
  answer.replaceChildren();
  const params = new URLSearchParams(new FormData(e.target));
  status.textContent = "asking…";
  const response = await fetch("/question?" + params.toString());
  if (!response.ok) {{
    const pre = document.createElement("pre");
    pre.textContent = await response.text();
    answer.append(pre);
    status.textContent = `${{response.status}}`;
    return;
  }}
  const rows = await response.json();
  const table = document.createElement("table");
  const keys = rows.length ? Object.keys(rows[0]) : [];
  const head = table.insertRow();
  for (const key of keys) {{
    const th = document.createElement("th"); th.textContent = key; head.append(th);
  }}
  for (const row of rows) {{
    const tr = table.insertRow();
    for (const key of keys) tr.insertCell().textContent = cell(row[key]);
  }}
  answer.append(table);
  status.textContent = `${{rows.length}} rows`;
}});
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
