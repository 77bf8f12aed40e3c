"""Article files: front matter, ids, offsets, and what happens to bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KgError
from kg.extract import Extractor
from kg.load import load_article, load_articles
from kg.pipeline import build
from kg.registry import load_registry

GOOD_TEXT = "Microsoft invested $5 billion in Anthropic. Anthropic uses Google TPUs for training.\n"
FRONT_MATTER = """---
title: "Microsoft bets on Anthropic"
publisher: Example News
published: 2026-05-21
url: https://example.com/microsoft-anthropic
---
"""

BAD_FILES = {
    "empty.txt": b"",
    "blank.txt": b"  \n\n \n",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "latin1.txt": b"\xff\xfe\xfa Microsoft invested in Anthropic.\n",
    "unclosed.md": b"---\ntitle: Never closed\nMicrosoft invested $5 billion in Anthropic.\n",
    "badyaml.txt": b"---\ntitle: [unclosed\n---\nMicrosoft invested in Anthropic.\n",
    "baddate.txt": b"---\npublished: not-a-date\n---\nMicrosoft invested in Anthropic.\n",
}


# ---------------------------------------------------------------- helpers


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def collect_warnings(folder: Path, strict: bool = False) -> tuple[list, list[str]]:
    warnings: list[str] = []
    articles = load_articles(folder, warnings.append, strict=strict)
    return articles, warnings


def one_line_error(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected a one-line message, got:\n{text}"
    assert "Traceback" not in text
    return lines[0]


# ---------------------------------------------------------------- good input


def test_front_matter_fields_are_read(tmp_path):
    path = write(tmp_path, "deal.md", FRONT_MATTER + GOOD_TEXT)
    article = load_article(path)
    assert article.title == "Microsoft bets on Anthropic"
    assert article.publisher == "Example News"
    assert article.published.isoformat() == "2026-05-21"
    assert article.url == "https://example.com/microsoft-anthropic"
    assert article.body == GOOD_TEXT, "the body is what follows the front matter"


def test_an_article_without_front_matter_is_all_body(tmp_path):
    article = load_article(write(tmp_path, "plain.txt", GOOD_TEXT))
    assert article.body == GOOD_TEXT
    assert article.title is None and article.published is None


def test_the_id_is_the_file_stem(tmp_path):
    article = load_article(write(tmp_path, "2026-05-21_msft-anthropic.txt", GOOD_TEXT))
    assert article.id == "2026-05-21_msft-anthropic"


def test_windows_line_endings_and_a_bom_do_not_shift_the_body(tmp_path):
    raw = ("\ufeff" + FRONT_MATTER + GOOD_TEXT).replace("\n", "\r\n").encode("utf-8")
    article = load_article(write(tmp_path, "windows.txt", raw))
    assert article.title == "Microsoft bets on Anthropic"
    assert article.body == GOOD_TEXT


def test_evidence_offsets_index_into_the_body_not_the_file(tmp_path):
    path = write(tmp_path, "deal.md", FRONT_MATTER + GOOD_TEXT)
    article = load_article(path)
    facts = Extractor(load_registry()).extract(article)
    assert facts, "the article states facts"
    for fact in facts:
        for evidence in fact.evidence:
            assert article.body[evidence.start : evidence.end] == evidence.quote
    invest = [f for f in facts if f.type == "invests_in"]
    assert invest and invest[0].evidence[0].start == 0, "offsets start after the front matter"


def test_a_published_timestamp_gives_its_date(tmp_path):
    text = FRONT_MATTER.replace("2026-05-21", "2026-05-21T10:30:00Z") + GOOD_TEXT
    article = load_article(write(tmp_path, "stamped.md", text))
    assert article.published.isoformat() == "2026-05-21"
    assert article.body == GOOD_TEXT


def test_articles_load_in_file_name_order(tmp_path):
    for name in ("b.txt", "a.md", "c.txt"):
        write(tmp_path, name, GOOD_TEXT)
    write(tmp_path, "notes.json", "{}")
    articles, warnings = collect_warnings(tmp_path)
    assert [a.id for a in articles] == ["a", "b", "c"]
    assert warnings == []


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_a_one_line_warning_and_the_rest_load(tmp_path, name):
    write(tmp_path, "good.txt", GOOD_TEXT)
    write(tmp_path, name, BAD_FILES[name])
    articles, warnings = collect_warnings(tmp_path)
    assert [a.id for a in articles] == ["good"]
    assert len(warnings) == 1
    assert "\n" not in warnings[0]
    assert name in warnings[0], "the warning names the file"


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_an_error_when_strict(tmp_path, name):
    write(tmp_path, "good.txt", GOOD_TEXT)
    write(tmp_path, name, BAD_FILES[name])
    with pytest.raises(KgError, match=name.replace(".", r"\.")):
        load_articles(tmp_path, lambda message: None, strict=True)


def test_the_build_goes_on_past_bad_files(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "good.txt", GOOD_TEXT)
    for name, content in BAD_FILES.items():
        write(folder, name, content)
    seen: list[str] = []
    summary = build(folder, tmp_path / "out", html=False, warn=seen.append)
    assert summary.articles == 1
    assert sum(summary.facts_by_type.values()) >= 1
    assert len(summary.warnings) == len(BAD_FILES) == len(seen)
    for name in BAD_FILES:
        assert any(name in w for w in summary.warnings), f"no warning names {name}"


def test_kg_build_warns_one_line_per_bad_file(tmp_path, run_kg):
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "good.txt", GOOD_TEXT)
    write(folder, "binary.txt", BAD_FILES["binary.txt"])
    write(folder, "baddate.txt", BAD_FILES["baddate.txt"])
    result = run_kg("build", "--articles", folder, "--out", tmp_path / "out", "--quiet")
    assert result.code == 0, result.err
    warnings = [line for line in result.err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 2
    assert any("binary.txt" in w for w in warnings)
    assert any("baddate.txt" in w and "published" in w for w in warnings)
    assert "Built 1 articles" in result.out


def test_kg_build_strict_stops_at_a_bad_file(tmp_path, run_kg):
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "good.txt", GOOD_TEXT)
    write(folder, "latin1.txt", BAD_FILES["latin1.txt"])
    result = run_kg(
        "build", "--articles", folder, "--out", tmp_path / "out", "--strict", process=True
    )
    assert result.code == 2
    message = one_line_error(result.err)
    assert message.startswith("kg: error:")
    assert "latin1.txt" in message and "UTF-8" in message
    assert not (tmp_path / "out" / "graph.trig").exists()


def test_two_files_with_one_id_are_an_error(tmp_path, run_kg):
    write(tmp_path, "a.txt", GOOD_TEXT)
    write(tmp_path, "a.md", GOOD_TEXT)
    with pytest.raises(KgError, match="'a'") as clash:
        load_articles(tmp_path, lambda message: None)
    assert "a.txt" in str(clash.value) and "a.md" in str(clash.value)
    out = tmp_path.with_name(tmp_path.name + "-out")  # a build folder outside the articles
    result = run_kg("build", "--articles", tmp_path, "--out", out, process=True)
    assert result.code == 2
    assert "a.md" in one_line_error(result.err)


def test_a_missing_articles_folder_is_a_clear_error(tmp_path, run_kg):
    missing = tmp_path / "nowhere"
    result = run_kg("build", "--articles", missing, "--out", tmp_path / "out", "--quiet")
    assert result.code == 2
    assert str(missing) in one_line_error(result.err)
