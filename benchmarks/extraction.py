"""The extraction pipeline over the seeds: throughput on one core, precision and recall.

Throughput is the whole of ``tracker.extraction.extract`` (clean-up, sentences, reference
dates, detection, deadlines, references, milestone links) over the five seed documents, in
MB of UTF-8 text per second of this process's CPU time (one core; the best of several rounds,
so other work on the machine counts as little as possible). Quality is scored against the
hand-labelled seeds in ``tests/fixtures/extraction/labels.json``.

``make bench`` runs the full rounds; ``python -m benchmarks --quick`` a few.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date

from tracker.calendar import ParliamentaryCalendar
from tracker.config import PROJECT_ROOT
from tracker.extraction import extract
from tracker.extraction.quality import score
from tracker.services.milestones import bundled_catalogue

LABELS = PROJECT_ROOT / "tests" / "fixtures" / "extraction" / "labels.json"


def main() -> None:
    quick = "--quick" in sys.argv
    seeds = sorted((PROJECT_ROOT / "sample/seeds").glob("*.txt"))
    texts = [p.read_text("utf-8") for p in seeds]
    size = sum(len(t.encode("utf-8")) for t in texts)
    calendar, catalogue = ParliamentaryCalendar.bundled(), bundled_catalogue()
    extract(texts[0], calendar=calendar, catalogue=catalogue)  # warm up (compiled patterns)

    rounds, passes = (3, 1) if quick else (7, 3)
    best_cpu = best_wall = float("inf")
    items = 0
    for _ in range(rounds):
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(passes):
            items = sum(len(extract(t, calendar=calendar, catalogue=catalogue).items)
                        for t in texts)
        best_cpu = min(best_cpu, (time.process_time() - cpu) / passes)
        best_wall = min(best_wall, (time.perf_counter() - wall) / passes)
    print(f"   {size / best_cpu / 1e6:.2f} MB/s on one core ({size / 1000:.0f} kB of seeds in "
          f"{best_cpu * 1000:.0f} ms CPU, {best_wall * 1000:.0f} ms wall; {items} items)")

    labels = json.loads(LABELS.read_text("utf-8"))
    documents = []
    for doc in labels["documents"]:
        text = (PROJECT_ROOT / "sample/seeds" / doc["file"]).read_text("utf-8")
        documents.append((doc["file"], doc, extract(
            text, date.fromisoformat(doc["date"]), calendar, catalogue)))
    scores = score(documents)
    f1 = 2 * scores.precision * scores.recall / (scores.precision + scores.recall or 1)
    print(f"   labelled seeds: precision {scores.precision:.2f}, recall {scores.recall:.2f}, "
          f"F1 {f1:.2f} ({scores.true_positives} found, {scores.false_positives} noise, "
          f"{scores.false_negatives} missed)")
    for kind, (tp, fp, fn) in sorted(scores.by_kind.items()):
        print(f"     {kind}: {tp}/{tp + fn} found, {fp} noise")
    print(f"   due dates right {scores.due_right}/{scores.due_checked}; milestone links right "
          f"{scores.links_right}/{scores.links_checked}")
    for line in scores.misses + scores.noise + scores.wrong_due + scores.wrong_links:
        print(f"     ! {line}")
