"""Helpers shared by the store, server and Virtuoso tests: servers on loopback, every question."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request

import pytest
from conftest import kg_command, kg_env

from kg.questions import ARGUMENTS, OPTIONS, ask, question_names

# Arguments for the questions that need them, and every option a question takes.
QUESTION_ARGUMENTS = {
    "why": ("Anthropic",),
    "path": ("OpenAI", "TSMC"),
    "diff": ("2025-01-01", "2026-12-31"),
}
OPTION_VALUES = {"with_registry": True, "with_provider": True, "max_length": 3, "max_paths": 3}


def question_calls() -> list[tuple[str, tuple, dict]]:
    """Every named question, once plain and once with each option it takes."""
    calls = []
    for name in question_names():
        arguments = QUESTION_ARGUMENTS.get(name, ())
        if ARGUMENTS.get(name, (None, 0, 0))[1] > len(arguments):
            raise AssertionError(f"give test arguments for the new question '{name}'")
        calls.append((name, arguments, {}))
        for option in OPTIONS.get(name, ()):
            calls.append((name, arguments, {option: OPTION_VALUES[option]}))
    return calls


def every_answer(store) -> dict[str, list[dict]]:
    """The answers of every named question on ``store`` (local or remote)."""
    return {
        f"{name} {' '.join(arguments)} {options}".strip(): ask(store, name, *arguments, **options)
        for name, arguments, options in question_calls()
    }


def require(what: str, found: bool, how: str) -> None:
    """Skip outside CI when a component is missing; in CI, fail with what to install."""
    if found:
        return
    message = f"{what} is not installed ({how})"
    if os.environ.get("CI"):
        pytest.fail(f"{message}; CI must install it")
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, seconds: float, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + seconds
    while True:
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def start_kg_serve(build, *options: object) -> tuple[subprocess.Popen, str]:
    """`kg serve` on a free loopback port as a real process; its endpoint URL."""
    port = free_port()
    process = subprocess.Popen(
        kg_command("serve", "--graph", build, "--port", port, "--quiet", *options),
        env=kg_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        wait_for(url + "?query=ASK%7B%7D", 60, process)
    except BaseException:
        stop(process)
        raise
    return process, url


def stop(process: subprocess.Popen, grace: float = 10) -> None:
    """Terminate a server process, killing it if it has not ended after ``grace`` seconds."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
