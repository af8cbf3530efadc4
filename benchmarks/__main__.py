"""Run every benchmark and print its figures (``make bench``)."""

from __future__ import annotations

import sys
import time

from . import cli, deadlines, extraction, notify, sources, tk_import, web

BENCHMARKS = [
    ("deadline engine", deadlines.main),
    ("extraction pipeline", extraction.main),
    ("source parsers", sources.main),
    ("TK SyncFeed import (TRACKER_BENCH_FULL=1 for 100,000 entries)", tk_import.bench),
    ("digests and delivery", notify.main),
    ("web pages under load", web.main),
    ("command line start", cli.main),
]


def main() -> int:
    for name, run in BENCHMARKS:
        started = time.perf_counter()
        print(f"== {name}", flush=True)
        run()
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    return 0


sys.exit(main())
