"""Shared fixtures: the repository root, one build of the seed articles, and a CLI runner."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.cli import main as kg_main
from kg.pipeline import build
from kg.store import open_store

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "data" / "articles"
REGISTRY = REPO / "data" / "entities.yaml"
ONTOLOGY = REPO / "ontology" / "ai-infra.ttl"
SHAPES = REPO / "ontology" / "shapes.ttl"
README = REPO / "README.md"
PROCESS_TIMEOUT = 120


def pytest_configure(config):
    # rdflib's own TriG parser uses APIs that rdflib itself deprecates.
    for message in ("ConjunctiveGraph is deprecated", "Dataset.default_context is deprecated"):
        config.addinivalue_line("filterwarnings", f"ignore:{message}:DeprecationWarning")


@dataclass
class Run:
    """What one `kg` invocation did: its exit code and what it printed."""

    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def kg_env() -> dict[str, str]:
    """The environment for a `kg` subprocess: this checkout importable, UTF-8 output."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def kg_command(*args: object) -> list[str]:
    return [sys.executable, "-m", "kg", *(str(a) for a in args)]


def run_kg_process(*args: object, cwd: Path = REPO, timeout: float = PROCESS_TIMEOUT) -> Run:
    """Run `python -m kg ARGS` as a real process, as a user's shell would."""
    done = subprocess.run(
        kg_command(*args),
        cwd=cwd,
        env=kg_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def run_kg(capsys):
    """Run the CLI: in-process through kg.cli.main, or as a subprocess with ``process=True``."""

    def run(*args: object, process: bool = False, cwd: Path = REPO) -> Run:
        if process:
            return run_kg_process(*args, cwd=cwd)
        capsys.readouterr()
        try:
            code = kg_main([str(a) for a in args])
        except SystemExit as exit_:  # argparse: --help, --version, usage errors
            code = exit_.code if isinstance(exit_.code, int) else 0 if exit_.code is None else 2
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """One build of data/articles for the whole session (read-only: copy it to change it)."""
    out = tmp_path_factory.mktemp("seed-build")
    build(ARTICLES, out, html=False)
    return out


@pytest.fixture(scope="session")
def store(seed_build):
    """The seed build's Oxigraph store, opened read-only."""
    return open_store(seed_build)


@pytest.fixture
def build_copy(seed_build, tmp_path) -> Path:
    """A private copy of the seed build that a test may rebuild, corrupt or lock."""
    target = tmp_path / "build"
    shutil.copytree(seed_build, target, symlinks=True)
    return target


EXTRA_DEAL = "Anthropic signed a $9 billion compute deal with Oracle.\n"


def built_articles(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the seed articles and a build of them: (articles folder, build folder)."""
    articles = tmp_path / "articles"
    shutil.copytree(ARTICLES, articles)
    out = tmp_path / "build"
    build(articles, out, html=False)
    return articles, out


def rebuild_killed_before_publishing(articles: Path, out: Path, monkeypatch) -> None:
    """Add a deal to ``articles`` and rebuild, killed after writing the new version (table,
    store, answers) and before swapping the link to it."""
    (articles / "extra.txt").write_text(EXTRA_DEAL, encoding="utf-8")
    import kg.pipeline

    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.pipeline, "publish_version", killed)
    with pytest.raises(KeyboardInterrupt):
        build(articles, out, html=False)
    monkeypatch.undo()


def article_ids() -> set[str]:
    """The ids (file stems) of the seed articles."""
    return {p.stem for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md")}


def contents(path: Path) -> bytes | dict[str, bytes]:
    """A build output's bytes: a file's, or each file's of a folder (``facts.parquet``, a
    file per chunk of articles)."""
    if path.is_dir():
        return {p.name: p.read_bytes() for p in sorted(path.iterdir())}
    return path.read_bytes()


def trig_text(build: Path) -> str:
    """A build's ``graph.trig`` (a folder of TriG files) as one TriG document."""
    from kg.store import read_trig

    return read_trig(build)
