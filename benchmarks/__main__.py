"""Run every benchmark and print its figures (``make bench``)."""

from __future__ import annotations

import sys
import time

from . import deadlines, web

BENCHMARKS = [("deadline engine", deadlines.main), ("web pages under load", web.main)]


def main() -> int:
    for name, run in BENCHMARKS:
        started = time.perf_counter()
        print(f"== {name}", flush=True)
        run()
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    return 0


sys.exit(main())
