"""Every command answers --help; the processes start for real."""

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
    finally:
        process.terminate()
        process.wait(timeout=20)
        reader.join(timeout=20)
        process.stdout.close()
    assert not reader.is_alive(), "the scheduler child outlived `tracker run`"
