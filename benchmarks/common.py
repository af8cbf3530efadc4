"""What several benchmarks share."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from sqlalchemy.exc import OperationalError

from tracker.db import throwaway_database


@contextmanager
def optional_postgres(server_url: str) -> Iterator[str | None]:
    """A throwaway PostgreSQL database for a benchmark, or None (said on the output) when no
    server answers: the figure is then left out, never faked."""
    with ExitStack() as stack:
        try:
            url = stack.enter_context(throwaway_database(server_url, "tracker_bench"))
        except OperationalError as exc:
            print(f"   PostgreSQL at {server_url} unavailable ({type(exc).__name__}); skipped",
                  flush=True)
            url = None
        yield url


def load() -> str:
    """The machine's load averages (1, 5, 15 minutes) and cores, to print beside figures: on
    a shared machine a figure means little without them."""
    try:
        with open("/proc/loadavg") as f:
            one, five, fifteen = f.read().split()[:3]
    except OSError:
        return "unknown"
    return f"{one} {five} {fifteen} on {os.cpu_count()} cores"
