"""What the commands print: answers as a table, JSON or CSV; the eval report; how a build went."""

from __future__ import annotations


def render(rows: list[dict], fmt: str, name: str | None = None) -> str:
    from kg.questions.display import render as render_rows

    return render_rows(rows, fmt, name)


def _cell(value: object) -> str:
    from kg.questions.display import cell

    return cell("", value)


def eval_text(report: dict) -> str:
    lines = []
    if len(report.get("folders", {})) > 1:
        lines += ["folder                                    precision  recall  f1     tp  fp  fn"]
        for name, folder in report["folders"].items():
            s = folder["overall"]
            lines.append(
                f"{name[-40:]:40}  {s['precision']:9.3f}  {s['recall']:6.3f}  {s['f1']:.3f}"
                f"  {s['tp']:3} {s['fp']:3} {s['fn']:3}"
            )
        lines.append("")
    lines.append("type                 precision  recall  f1     tp  fp  fn")
    for name, s in [*report["by_type"].items(), ("overall", report["overall"])]:
        lines.append(
            f"{name:20} {s['precision']:9.3f}  {s['recall']:6.3f}  {s['f1']:.3f}"
            f"  {s['tp']:3} {s['fp']:3} {s['fn']:3}"
        )
    lines.append("")
    for name, a in report["attributes"].items():
        accuracy = "n/a" if a["accuracy"] is None else f"{a['accuracy']:.3f}"
        lines.append(f"{name:15} right on {a['right']}/{a['of']} matched facts ({accuracy})")
    for e in report.get("attribute_errors", []):
        lines.append(
            f"  [{e['article']}] {e['type']} {e['subject']} -> {e['object']}: {e['field']} "
            f"{_cell(e['predicted']) or 'none'}, gold {_cell(e['gold'])}"
        )
    for title, key, quote in (
        ("misses", "misses", "evidence"),
        ("false positives", "false_positives", "evidence"),
    ):
        lines.append(f"\n{title} ({len(report[key])}):")
        for item in report[key]:
            where = item.get(quote) if quote else ""
            lines.append(
                f"  [{item['article']}] {item['type']} {item['subject']} -> "
                f"{item['object']} ({item.get('status')}) {where or ''}"
            )
    return "\n".join(lines)


def how_built(summary) -> str:
    if summary.full_rebuild:
        return f"full build: extracted {summary.extracted} articles"
    if not summary.replaced_graphs and not summary.removed_graphs:
        return "no article changed: the store is as it was"
    return (
        f"incremental: extracted {summary.extracted} articles, replaced "
        f"{summary.replaced_graphs} and removed {summary.removed_graphs} named graphs"
    )
