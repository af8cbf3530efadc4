"""The command line's start: what a clerk waits before a command does anything.

Wall time of ``tracker --help`` and of ``tracker outbox list`` on an empty migrated SQLite
database, each the best of several runs in fresh processes, beside a floor measured in the same
run: a Python process that imports click and SQLAlchemy and nothing else (what any such command
line pays before its own code). Run alone with ``python -m benchmarks.cli``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tracker import migrate

from .common import load

TRACKER = str(Path(sys.executable).with_name("tracker"))


def _best(command: list[str], env: dict[str, str], runs: int = 7) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/cli.db"
        migrate.upgrade(url)
        env = {**os.environ, "TRACKER_DATABASE_URL": url, "TRACKER_SECRET_KEY": "bench"}
        floor = _best([sys.executable, "-c", "import click, sqlalchemy"], env)
        for name, args in (("tracker --help", ["--help"]),
                           ("tracker outbox list", ["outbox", "list"])):
            took = _best([TRACKER, *args], env)
            print(f"   {name}: {took * 1000:.0f} ms; floor (python importing click and "
                  f"SQLAlchemy) {floor * 1000:.0f} ms; {took / floor:.1f}x the floor", flush=True)
    print(f"   load {load()}", flush=True)


if __name__ == "__main__":
    main()
