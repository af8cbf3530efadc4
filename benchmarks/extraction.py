"""The extraction pipeline: throughput on one core, and quality on the labelled corpus.

Throughput is the whole of ``tracker.extraction.extract`` (form detection, clean-up, sentences,
reference dates, detection, deadlines, references, milestone links) over the five seeds and
every text of the labelled corpus, in MB of UTF-8 text per second of this process's CPU time
(one core; the best of several rounds, so other work on the machine counts as little as
possible). Its floor, measured in the same rounds over the same texts (each text read by the
floor right after the pipeline read it, so that both see the same load), is the clean-up and
sentence split alone: what any analysis has to pay before it reads a word.

Quality is scored against the hand labels (``tracker.extraction.quality``) of every part of the
corpus: the tuning part (seeds and round-one documents) and the later rounds, each read once
while it was held back and then opened and tuned on, but the last, which stays held back. The
first readings, the honest measure of how the rules do on text they have not seen, are in
``tests/fixtures/extraction/corpus/README.md``; this prints today's figures.

``make bench`` runs the full rounds; ``python -m benchmarks --quick`` a few.
"""

from __future__ import annotations

import sys
import time

from tracker.calendar import ParliamentaryCalendar
from tracker.config import PROJECT_ROOT
from tracker.extraction import extract, sentences_of
from tracker.extraction.detect import triggered
from tracker.extraction.quality import HELD_BACK, PARTS, corpus, evaluate, seeds
from tracker.services.milestones import bundled_catalogue


def _rounds(rounds: int, texts: list[str], pipeline, floor) -> list[tuple[float, float]]:
    """(pipeline, floor) CPU seconds over every text, for each round. Each text is read by the
    pipeline and then by the floor before the next text is, so that both see the same load: on
    a shared machine the two, timed one after the other, had ratios from 0.19 to 0.32 in runs
    minutes apart."""
    spent = []
    for _ in range(rounds):
        work = rest = 0.0
        for text in texts:
            started = time.process_time()
            pipeline(text)
            middle = time.process_time()
            floor(text)
            work += middle - started
            rest += time.process_time() - middle
        spent.append((work, rest))
    return spent


def texts_read() -> list[str]:
    """The texts the extraction is timed on: the five seeds, then every corpus text."""
    texts = [p.read_text("utf-8") for p in sorted((PROJECT_ROOT / "sample/seeds").glob("*.txt"))]
    return texts + [doc.text for part, _ in PARTS for doc in corpus(part)]


def main() -> None:
    quick = "--quick" in sys.argv
    texts = texts_read()
    size = sum(len(t.encode("utf-8")) for t in texts)
    calendar, catalogue = ParliamentaryCalendar.bundled(), bundled_catalogue()
    extract(texts[0], calendar=calendar, catalogue=catalogue)  # warm up (compiled patterns)

    spent = _rounds(2 if quick else 6, texts,
                    lambda t: extract(t, calendar=calendar, catalogue=catalogue), sentences_of)
    pipeline, floor = min(spent)  # the least loaded round, its floor beside it
    ratios = sorted(f / p for p, f in spent)
    sentences = [s.text for t in texts for s in sentences_of(t)]
    cued = sum(triggered(s.lower()) for s in sentences)
    print(f"   pipeline {size / pipeline / 1e6:.2f} MB/s on one core ({size / 1000:.0f} kB: the "
          f"seeds and {len(texts) - 5} corpus texts, in {pipeline * 1000:.0f} ms CPU); floor "
          f"(clean-up and sentences only, each text read by both in turn) "
          f"{size / floor / 1e6:.2f} MB/s; pipeline/floor {floor / pipeline:.2f} "
          f"({ratios[0]:.2f}–{ratios[-1]:.2f} over {len(spent)} rounds)")
    print(f"   {cued:,} of {len(sentences):,} sentences ({cued / len(sentences):.0%}) have a cue "
          f"and are analysed; the rest stop at a set look-up")

    parts = [(f"{part}: {what}", (seeds() if part == "tune" else []) + corpus(part))
             for part, what in PARTS]
    print("   each part but the held-back ones was read once before it was tuned on (first "
          "readings in tests/fixtures/extraction/corpus/README.md); still held back: "
          + ", ".join(HELD_BACK))
    for name, documents in parts:
        if not documents:
            print(f"   {name}: no documents")
            continue
        scores = evaluate(documents, calendar, catalogue)
        print(f"   {name}: {scores.documents} documents, "
              f"{scores.true_positives + scores.false_negatives} labelled items: precision "
              f"{scores.precision:.2f}, recall {scores.recall:.2f} (commitments "
              f"{scores.recall_of('commitment'):.2f}, requests {scores.recall_of('request'):.2f})"
              f"; due dates {scores.due_accuracy:.2f} ({scores.due_right}/{scores.due_checked}); "
              f"speakers {scores.actors_right}/{scores.actors_checked}")
        for form, (tp, fp, fn) in sorted(scores.by_form.items()):
            print(f"     {form}: {tp}/{tp + fn} found, {fp} noise")
