"""Every command answers --help; the processes start for real."""

import json
import os
import subprocess
import sys
import threading
import time
import urllib.request

import click
import pytest

from tracker.cli import main

from .conftest import free_port


def _commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize("path", [(), *_commands(main)], ids=lambda p: " ".join(p) or "tracker")
def test_every_command_has_help(cli, path):
    output = cli(*path, "--help").output
    assert "Usage:" in output
    assert len(output.splitlines()) > 2


def test_the_command_line_starts_without_what_only_some_commands_use():
    # (``tracker --help`` took 1.6 s when every command module imported the extraction, Flask,
    # the exports' openpyxl and Alembic at start; each command now imports what it uses)
    heavy = ("tracker.extraction", "flask", "openpyxl", "alembic", "jinja2")
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, tracker.cli; "
         f"print(' '.join(m for m in {heavy!r} if m in sys.modules))"],
        capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []


def test_the_extract_command_offers_the_extractions_forms():
    from tracker.cli.extract import FORMS
    from tracker.extraction import FORMS as EXTRACTION_FORMS

    assert FORMS == EXTRACTION_FORMS


def test_db_current_reports_the_head(cli):
    output = cli("db", "current").output
    assert "database: 0" in output and "latest:" in output


def _wait_for(url: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_tracker_run_serves_the_dashboard_with_the_scheduler_beside_it(cli):
    cli("load-sample")
    port = free_port()
    env = {**os.environ, **cli.env, "PYTHONUNBUFFERED": "1"}
    del env["TRACKER_BASE_URL"]  # links follow --port: the scheduler's mails too
    process = subprocess.Popen(
        [sys.executable, "-m", "tracker", "run", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True)
    reader.start()
    try:
        page = _wait_for(f"http://127.0.0.1:{port}/")
        assert "Komende mijlpalen" in page
        deadline = time.monotonic() + 20
        while not any(line.startswith("scheduler:") for line in lines):
            assert time.monotonic() < deadline, lines
            time.sleep(0.1)
        (started,) = [line for line in lines if line.startswith("scheduler:")]
        assert started.rstrip().endswith(f"(links: http://127.0.0.1:{port})")
        milestones = json.loads(_wait_for(f"http://127.0.0.1:{port}/api/v1/milestones"))
        assert milestones["items"][0]["link"].startswith(f"http://127.0.0.1:{port}/mijlpalen/")
    finally:
        process.terminate()
        process.wait(timeout=20)
        reader.join(timeout=20)
        process.stdout.close()
    assert not reader.is_alive(), "the scheduler child outlived `tracker run`"


@pytest.mark.parametrize("base_url", [None, "https://toezeggingen.example.org"])
def test_tracker_serve_links_to_its_own_port_unless_told_otherwise(cli, base_url):
    cli("load-sample")
    port = free_port()
    env = {**os.environ, **cli.env, "PYTHONUNBUFFERED": "1"}
    del env["TRACKER_BASE_URL"]
    if base_url:
        env["TRACKER_BASE_URL"] = base_url
    expected = base_url or f"http://127.0.0.1:{port}"
    process = subprocess.Popen([sys.executable, "-m", "tracker", "serve", "--port", str(port)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    try:
        rows = _wait_for(f"http://127.0.0.1:{port}/toezeggingen.csv").splitlines()
        assert len(rows) > 1 and all(f",{expected}/toezeggingen/" in row for row in rows[1:])
    finally:
        process.terminate()
        process.wait(timeout=20)
    first = process.stdout.readline()
    process.stdout.close()
    assert first.strip() == f"serving on http://127.0.0.1:{port}/ (links: {expected})"
