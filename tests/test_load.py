"""Article files: front matter, ids, offsets, and what happens to bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import trig_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KgError
from kg.extract import Extractor
from kg.extract.markup import quote_at
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
    # What aborted whole builds before (issue 12 item 5): values YAML reads but a date cannot be.
    "feb30.txt": b"---\npublished: 2026-02-30\n---\nMicrosoft invested in Anthropic.\n",
    "month13.txt": b"---\npublished: 2026-13-01T00:00:00Z\n---\nMicrosoft invested in Anthropic.\n",
    "year5.txt": b"---\npublished: 99999-01-01\n---\nMicrosoft invested in Anthropic.\n",
    "dupkey.txt": b"---\ntitle: a\ntitle: b\n---\nMicrosoft invested in Anthropic.\n",
    "deep.txt": b"---\ntitle: " + b"[" * 5000 + b"]" * 5000 + b"\n---\nMicrosoft invested.\n",
    "listkey.txt": b"---\n? [a, b]\n: 1\n---\nMicrosoft invested in Anthropic.\n",
    "pytag.txt": b"---\nurl: !!python/object/apply:os.system [x]\n---\nMicrosoft invested.\n",
    "alias.txt": b"---\na: &x [*x]\n---\nMicrosoft invested in Anthropic.\n",
    "maptitle.txt": b"---\ntitle: {a: 1}\n---\nMicrosoft invested in Anthropic.\n",
    "scalar.txt": b"---\njust text\n---\nMicrosoft invested in Anthropic.\n",
    "inf.txt": b"---\npublished: .inf\n---\nMicrosoft invested in Anthropic.\n",
}
# Bad files whose only fault is a date that is none: read without the date, with the warning.
UNDATED = {"baddate.txt", "feb30.txt", "month13.txt", "year5.txt", "inf.txt"}


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
            assert quote_at(article.body, evidence.start, evidence.end) == evidence.quote
    invest = [f for f in facts if f.type == "invests_in"]
    assert invest and invest[0].evidence[0].start == 0, "offsets start after the front matter"


def test_a_published_timestamp_gives_its_date(tmp_path):
    text = FRONT_MATTER.replace("2026-05-21", "2026-05-21T10:30:00Z") + GOOD_TEXT
    article = load_article(write(tmp_path, "stamped.md", text))
    assert article.published.isoformat() == "2026-05-21"
    assert article.body == GOOD_TEXT


def test_unknown_front_matter_keys_never_drop_an_article(tmp_path):
    text = "---\nauthor: A. Writer\ntags: [chips, cloud]\ndate: 2026-03-04\n---\n" + GOOD_TEXT
    article = load_article(write(tmp_path, "extra.md", text))
    assert article.published.isoformat() == "2026-03-04", "'date' is read as 'published'"
    both = "---\ndate: 2026-03-04\npublished: 2026-01-02\n---\n" + GOOD_TEXT
    assert load_article(write(tmp_path, "both.md", both)).published.isoformat() == "2026-01-02"


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("title: a\ntitle: b", "line 3: duplicate key 'title' (first given on line 2)"),
        ("title: {a: 1}", "line 2: front matter: 'title' must be text"),
        ("title: {a: 1}\ndate: soon", "line 2: front matter: 'title' must be text"),
    ],
)
def test_front_matter_errors_name_the_line_in_the_projects_words(tmp_path, front, expected):
    path = write(tmp_path, "x.md", f"---\n{front}\n---\n" + GOOD_TEXT)
    with pytest.raises(KgError) as problem:
        load_article(path)
    message = str(problem.value)
    assert message.startswith(f"{path} {expected}"), message
    assert "pydantic" not in message and "Input should" not in message


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("title: ok\npublished: 2026-02-30", "line 3: front matter: 'published' is not a date"),
        ("date: soon", "line 2: front matter: 'published' is not a date ('soon')"),
        ("published: approx. March 2026", "line 2: front matter: 'published' is not a date"),
    ],
)
def test_a_date_that_is_no_date_costs_the_date_not_the_article(tmp_path, front, expected):
    path = write(tmp_path, "x.md", f"---\n{front}\n---\n" + GOOD_TEXT)
    article = load_article(path)
    assert article.published is None and article.body == GOOD_TEXT
    assert article.title == ("ok" if "title" in front else None)
    (note,) = article.notes
    assert note.startswith(f"{path} {expected}") and note.endswith("; read without a date")
    articles, warnings = collect_warnings(tmp_path)
    assert [a.id for a in articles] == ["x"] and warnings == [note]
    with pytest.raises(KgError, match="read without a date"):
        collect_warnings(tmp_path, strict=True)


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
    kept = [name.partition(".")[0]] if name in UNDATED else []
    assert [a.id for a in articles] == sorted(["good", *kept])
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
    assert summary.articles == 1 + len(UNDATED)
    assert sum(summary.facts_by_type.values()) >= 1
    assert len(summary.warnings) == len(BAD_FILES) == len(seen)
    again = build(folder, tmp_path / "out", html=False)  # nothing extracted: the same warnings
    assert sorted(again.warnings) == sorted(summary.warnings) and again.extracted == 0
    for name in BAD_FILES:
        assert any(name in w for w in summary.warnings), f"no warning names {name}"


def test_unreadable_and_vanishing_files_are_warnings(tmp_path, monkeypatch):
    import os

    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "good.txt", GOOD_TEXT)
    locked = write(folder, "locked.txt", GOOD_TEXT)
    write(folder, "gone.txt", GOOD_TEXT)
    (folder / "dir.txt").mkdir()
    locked.chmod(0)
    import kg.load

    if os.access(locked, os.R_OK):  # running as root: make reading fail another way

        def refusing_open(path, *args, **kwargs):
            if Path(path).name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(path))
            return open(path, *args, **kwargs)

        monkeypatch.setattr(kg.load, "open", refusing_open, raising=False)

    listed = kg.load.article_names

    def vanishing(*args, **kwargs):
        paths = listed(*args, **kwargs)
        if len(args) > 1:  # the listing the build reads from, not its empty-folder check
            (folder / "gone.txt").unlink(missing_ok=True)
        return paths

    monkeypatch.setattr("kg.pipeline.article_names", vanishing)
    summary = build(folder, tmp_path / "out", html=False)
    assert summary.articles == 1
    assert any("locked.txt" in w and "cannot read" in w for w in summary.warnings)
    assert any("gone.txt" in w and "vanished" in w for w in summary.warnings)
    locked.chmod(0o644)


def test_a_file_past_the_size_limit_and_an_overlong_title_are_warnings(tmp_path, monkeypatch):
    """Issue 12 item 7: what one article can put into the graph and the page is bounded."""
    import kg.load

    monkeypatch.setattr(kg.load, "MAX_ARTICLE_BYTES", 3000)
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "good.txt", GOOD_TEXT)
    write(folder, "huge.txt", GOOD_TEXT * 50)
    write(folder, "title.md", "---\ntitle: " + "Long " * 300 + "\n---\n" + GOOD_TEXT)
    articles, warnings = collect_warnings(folder)
    assert [a.id for a in articles] == ["good"]
    assert any("huge.txt" in w and "larger than the 3,000 bytes" in w for w in warnings)
    assert any("title.md line 2" in w and "longer than 1,000 characters" in w for w in warnings)


def test_a_failing_extraction_is_a_warning_naming_the_file(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "good.txt", GOOD_TEXT)
    write(folder, "boom.txt", "Nvidia sells chips to Microsoft.\n")
    from kg.extract import Extractor

    real = Extractor.extract_with_entities

    def extract(self, article):
        if article.id == "boom":
            raise IndexError("a rule went past the end")
        return real(self, article)

    monkeypatch.setattr(Extractor, "extract_with_entities", extract)
    summary = build(folder, tmp_path / "out", html=False)
    assert summary.articles == 1
    assert summary.warnings == [
        f"{folder / 'boom.txt'}: could not be extracted (IndexError: a rule went past the end)"
    ]
    with pytest.raises(KgError, match="boom.txt"):
        build(folder, tmp_path / "out2", html=False, strict=True)


def test_control_characters_in_file_names_reach_no_terminal(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "good.txt", GOOD_TEXT)
    write(folder, "evil\x1b]0;pwned\x07\x1b[2J.txt", b"\x00binary")
    summary = build(folder, tmp_path / "out", html=False)
    assert len(summary.warnings) == 1
    assert "\x1b" not in summary.warnings[0] and "\x07" not in summary.warnings[0]
    assert "\\x1b]0;pwned" in summary.warnings[0]


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
    assert any("baddate.txt" in w and "read without a date" in w for w in warnings)
    assert "Built 2 articles" in result.out  # the undated one too


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


def test_two_files_with_one_id_are_a_warning_and_an_error_when_strict(tmp_path, run_kg):
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "a.txt", GOOD_TEXT)
    write(folder, "a.md", GOOD_TEXT)
    write(folder, "b.txt", GOOD_TEXT)
    articles, warnings = collect_warnings(folder)
    assert [a.path.rsplit("/", 1)[-1] for a in articles] == ["a.md", "b.txt"]
    assert len(warnings) == 1 and "a.txt" in warnings[0] and "a.md" in warnings[0]
    with pytest.raises(KgError, match="'a'"):
        load_articles(folder, lambda message: None, strict=True)
    result = run_kg("build", "--articles", folder, "--out", tmp_path / "out", process=True)
    assert result.code == 0, result.err
    assert "Built 2 articles" in result.out
    assert [line for line in result.err_lines if "a.txt" in line]
    strict = run_kg(
        "build", "--articles", folder, "--out", tmp_path / "o2", "--strict", process=True
    )
    assert strict.code == 2
    assert "a.txt" in one_line_error(strict.err)


def test_a_missing_articles_folder_is_a_clear_error(tmp_path, run_kg):
    missing = tmp_path / "nowhere"
    result = run_kg("build", "--articles", missing, "--out", tmp_path / "out", "--quiet")
    assert result.code == 2
    assert str(missing) in one_line_error(result.err)


# ---------------------------------------------------------------- the articles folder's edge


def test_a_link_out_of_the_articles_folder_is_not_followed(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "good.txt", GOOD_TEXT)
    secret = write(
        tmp_path, "secret.txt", "Nvidia invested $9 billion in SecretCo. password=hunter2\n"
    )
    (folder / "leak.txt").symlink_to(secret)
    (folder / "inner.txt").symlink_to(folder / "good.txt")
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    articles, warnings = collect_warnings(folder)
    assert sorted(a.id for a in articles) == ["good", "inner"], "a link inside the folder is kept"
    assert len(warnings) == 2
    assert any("leak.txt" in w and "outside the articles folder" in w for w in warnings)
    assert any("dangling.txt" in w for w in warnings)
    summary = build(folder, tmp_path / "out", html=False)
    assert "hunter2" not in trig_text(tmp_path / "out")
    assert any("leak.txt" in w for w in summary.warnings)
    (folder / "dangling.txt").unlink()
    with pytest.raises(KgError, match="leak.txt"):
        load_articles(folder, lambda message: None, strict=True)


def test_a_file_changing_while_read_is_cached_under_the_bytes_extracted(tmp_path, monkeypatch):
    """The cache key and the extracted article come from one read of the file."""
    folder = tmp_path / "articles"
    folder.mkdir()
    path = write(folder, "deal.txt", GOOD_TEXT)
    later = "Amazon invested $8 billion in Anthropic.\n"
    reads = []

    class ChangedAfterRead:
        """A file object whose file changes right after the build has read it."""

        def __init__(self, path, *args, **kwargs):
            self.path, self.file = Path(path), open(path, *args, **kwargs)  # noqa: SIM115

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

        def read(self, *args):
            raw = self.file.read(*args)
            if self.path.name == "deal.txt" and not reads:
                reads.append(self.path)
                self.path.write_text(later, encoding="utf-8")
            return raw

    import kg.load

    monkeypatch.setattr(kg.load, "open", ChangedAfterRead, raising=False)
    build(folder, tmp_path / "out", html=False)
    monkeypatch.undo()
    trig = trig_text(tmp_path / "out")
    assert "Microsoft invested" in trig and "Amazon invested" not in trig
    path.write_text(GOOD_TEXT, encoding="utf-8")  # back to the bytes the cache key names
    summary = build(folder, tmp_path / "out", html=False)
    assert summary.extracted == 0
    trig = trig_text(tmp_path / "out")
    assert "Microsoft invested" in trig and "Amazon invested" not in trig, "no stale facts"


# ---------------------------------------------------------------- any input at all


YAML_BITS = [
    "title: ", "published: ", "date: ", "url: ", "publisher: ", "author: ", "tags: ",
    "2026-02-30", "2026-13-01", "2026-05-21T10:30:00Z", "99999-01-01", ".inf", ".nan", "-.inf",
    "[", "]", "{", "}", "&a ", "*a", "!!python/object:os.system", "!!binary", "? ", ": ", "- ",
    "'", '"', "\\", "\t", "\n", "\n  ", "#", "|", ">", "---", "...", "%YAML 1.1", "<<: *a",
    "1e400", "0x1F", "null", "~", "yes", "\u2028", "\u0085", "\x1b[2J", "\ufeff",
]  # fmt: skip


@given(
    front=st.lists(st.one_of(st.sampled_from(YAML_BITS), st.text(max_size=8)), max_size=30),
    body=st.text(max_size=40),
)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_front_matter_gives_an_article_or_a_one_line_error(tmp_path_factory, front, body):
    """Issue 12 item 5: whatever the front matter, loading gives an article or a KgError
    naming the file, on one line; never another exception."""
    path = tmp_path_factory.mktemp("fuzz") / "x.md"
    path.write_text("---\n" + "".join(front) + "\n---\n" + body + "Microsoft.\n", "utf-8")
    try:
        load_article(path)
    except KgError as problem:
        message = str(problem)
        assert message.startswith(str(path)) and "\n" not in message


@given(text=st.lists(st.one_of(st.sampled_from(YAML_BITS), st.text(max_size=8)), max_size=30))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_curation_or_registry_text_gives_a_one_line_error_at_worst(tmp_path_factory, text):
    from kg.curation import load_curation

    folder = tmp_path_factory.mktemp("fuzz")
    for name, loader in (("c.yaml", load_curation), ("r.yaml", load_registry)):
        path = folder / name
        path.write_text("".join(text), "utf-8")
        try:
            loader(path)
        except KgError as problem:
            assert str(problem).startswith(str(path)) and "\n" not in str(problem)


@pytest.mark.parametrize(
    "headline",
    [
        "[Exclusive] Meta in talks to rent TPUs",
        "[Exclusive]: Meta in talks to rent TPUs",
        "{Update} Meta in talks to rent TPUs",
        "*Exclusive* Meta in talks to rent TPUs",
        "'It's a deal': Microsoft and OpenAI",
        'Nvidia\'s "big" bet on OpenAI',
        "#1 AI chipmaker Nvidia invests in xAI",
        "@Nvidia invests in xAI",
        "!Breaking: Nvidia invests in xAI",
        "% of chips: who buys Nvidia",
        "| Nvidia invests in xAI",
        "> Nvidia invests in xAI",
        "- Nvidia invests in xAI",
        "? Nvidia invests in xAI",
        "& Nvidia invests in xAI",
        "`Nvidia` invests in xAI",
        "Yes",
    ],
)
def test_a_headline_is_read_as_written_whatever_yaml_would_make_of_it(tmp_path, headline):
    """Titles are copied from pages as they stand: quotes inside quotes, tags, '#1', 'Yes'.
    YAML would fail on them (or read a comment, a boolean) and the article would be lost."""
    text = f"---\ntitle: {headline}\nurl: https://example.com/a#b\n---\n" + GOOD_TEXT
    article = load_article(write(tmp_path, "headline.md", text))
    assert article.title == headline
    assert article.url == "https://example.com/a#b"
    assert article.body == GOOD_TEXT


@pytest.mark.parametrize(
    "front", ["---\ntitle: T\n---\n", "--- \ntitle: T\n---  \n", "---\ntitle: T\n...\n"]
)
def test_a_front_matter_closed_by_dots_or_with_spaces_after_its_dashes_is_read(tmp_path, front):
    article = load_article(write(tmp_path, "front.md", front + GOOD_TEXT))
    assert article.title == "T" and article.body == GOOD_TEXT


def test_a_front_matter_of_plain_fields_with_colons_in_a_value_keeps_the_article(tmp_path):
    """Scraped files write 'title: A: B' unquoted: no valid YAML, but plainly one field a line;
    a date with a remark after it gives the date."""
    text = (
        "---\ntitle: The Gamble: Inside a Pivot\npublisher: Example News\n"
        "published: 2024-09-29 (updated 2024-09-30)\n---\n" + GOOD_TEXT
    )
    article = load_article(write(tmp_path, "colon.md", text))
    assert article.title == "The Gamble: Inside a Pivot"
    assert article.published.isoformat() == "2024-09-29"
    assert article.body == GOOD_TEXT
    tagged = load_article(
        write(tmp_path, "tag.md", "---\ntitle: [Exclusive] Meta in talks\n---\n" + GOOD_TEXT)
    )
    assert tagged.title == "[Exclusive] Meta in talks" and tagged.body == GOOD_TEXT
    for broken in (
        "title: a: b\n  - nested",
        "title: a: b\ntitle: c: d",
        "title: a: b\njunk",
        "tags: [a, b\ntitle: x",
    ):
        with pytest.raises(KgError, match="not valid YAML"):
            load_article(write(tmp_path, "broken.md", f"---\n{broken}\n---\n" + GOOD_TEXT))
    with pytest.raises(KgError, match="'title' must be text"):  # a YAML list, no headline
        load_article(write(tmp_path, "list.md", "---\ntitle: [a, b]\n---\n" + GOOD_TEXT))
    undated = load_article(
        write(tmp_path, "bad.md", "---\ntitle: a: b\ndate: soon\n---\n" + GOOD_TEXT)
    )
    assert undated.title == "a: b" and undated.published is None
    assert "'published' is not a date" in undated.notes[0]
