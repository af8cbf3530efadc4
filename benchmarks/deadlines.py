"""Deadline resolution throughput over the seed documents' sentences."""

from __future__ import annotations

import re
import time
from datetime import date

from tracker.config import PROJECT_ROOT
from tracker.deadlines import find_deadlines


def main() -> None:
    seeds = sorted((PROJECT_ROOT / "sample/seeds").glob("*.txt"))
    text = "".join(p.read_text("utf-8") for p in seeds)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    reference = date(2025, 5, 6)
    rounds = 5
    started = time.perf_counter()
    found = 0
    for _ in range(rounds):
        for sentence in sentences:
            found += len(find_deadlines(sentence, reference))
    elapsed = time.perf_counter() - started
    size = len(text.encode("utf-8")) * rounds
    print(f"   {len(sentences) * rounds / elapsed:,.0f} sentences/s, "
          f"{size / elapsed / 1e6:.2f} MB/s, {found // rounds} phrases in the seeds")
