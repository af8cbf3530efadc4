"""What an operator sees on the command line when a source or the database fails.

The real ``tracker`` command runs in a subprocess, so its stderr is exactly what a terminal
shows: the tracker's own log lines, and nothing a library prints on the side.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from tracker.config import PROJECT_ROOT

from .httpserver import LocalServer, Reply


def tracker(cli, *args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {**os.environ, **cli.env, "TRACKER_LOG_LEVEL": "INFO", "TRACKER_HTTP_DELAY": "0",
               **env}
    return subprocess.run([sys.executable, "-m", "tracker", *args], env=environ,
                          capture_output=True, text=True, timeout=120, cwd=PROJECT_ROOT)


def _noise(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if any(w in line for w in ("Traceback", "Retrying", "urllib3", "requests."))]


def test_a_refused_connection_stops_the_source_at_once_with_one_line(cli):
    started = time.monotonic()
    result = tracker(cli, "sync", "ek", "--url", "http://127.0.0.1:9/toezegging-1",
                     "--url", "http://127.0.0.1:9/toezegging-2")
    assert time.monotonic() - started < 20  # no minute of retries (start-up included)
    assert result.returncode == 1
    problems = [line for line in result.stderr.splitlines() if "127.0.0.1:9" in line]
    assert len(problems) == 1, result.stderr
    assert "toezegging-1: cannot connect: connection refused" in problems[0]
    assert not _noise(result.stderr), result.stderr
    assert result.stdout.startswith("ek: inserted 0, updated 0, unchanged 0, errors 1")


def test_an_unknown_host_stops_the_tk_sync_at_once(cli):
    result = tracker(cli, "sync", "tk", "--feed-url",
                     "http://tracker-test-host.invalid/SyncFeed/2.0/Feed")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout  # the first category says it; the others are not tried
    assert "cannot connect: host not found (DNS)" in lines[0]
    assert not _noise(result.stderr), result.stderr


def test_retries_show_one_line_each(cli):
    page = (PROJECT_ROOT / "sample/ek/T03670.html").read_bytes()
    with LocalServer() as server:
        server.routes["/T03670"] = [Reply(503), Reply(502), Reply(200, page)]
        result = tracker(cli, "sync", "ek", "--url", server.url + "/T03670")
    assert result.returncode == 0, result.stderr
    retries = [line for line in result.stderr.splitlines() if "opnieuw" in line]
    assert len(retries) == 2
    assert "opnieuw 1/4 over 1 s: " in retries[0] and "HTTP 503 Service Unavailable" in retries[0]
    assert "opnieuw 2/4 over 2 s: " in retries[1] and "HTTP 502 Bad Gateway" in retries[1]
    assert not _noise(result.stderr), result.stderr
    assert result.stdout.startswith("ek: inserted 1")
