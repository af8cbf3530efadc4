"""Precision and recall of the extraction against a hand-labelled set of documents.

The labelled set (``tests/fixtures/extraction/labels.json``) names each sentence a clerk would
register by a quote from its clean text, with its kind and due date. An item is a hit when its
sentence holds a label's quote and has the label's kind; an item on no label is noise. Labels
marked optional (a clerk could go either way) count neither way. Used by the test that guards
the figures and by ``make bench``, which prints them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import Extraction, Item


@dataclass
class Scores:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    due_checked: int = 0
    due_right: int = 0
    links_checked: int = 0
    links_right: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [tp, fp, fn]
    misses: list[str] = field(default_factory=list)
    noise: list[str] = field(default_factory=list)
    wrong_due: list[str] = field(default_factory=list)
    wrong_links: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def due_accuracy(self) -> float:
        return self.due_right / self.due_checked if self.due_checked else 1.0

    def _kind(self, kind: str, slot: int) -> None:
        self.by_kind.setdefault(kind, [0, 0, 0])[slot] += 1

    def summary(self) -> str:
        kinds = ", ".join(
            f"{kind} {tp}/{tp + fn} found, {fp} noise" for kind, (tp, fp, fn) in
            sorted(self.by_kind.items()))
        return (f"precision {self.precision:.2f}, recall {self.recall:.2f} "
                f"({self.true_positives} hits, {self.false_positives} noise, "
                f"{self.false_negatives} missed; {kinds}); due dates right "
                f"{self.due_right}/{self.due_checked}; milestone links right "
                f"{self.links_right}/{self.links_checked}")


class LabelError(ValueError):
    """A label's quote is not where the label says (the text or the splitter changed)."""


def score(documents: Iterable[tuple[str, dict[str, Any], Extraction]]) -> Scores:
    """Score extractions against labels: ``(name, labelled document, extraction)`` each."""
    scores = Scores()
    for name, labelled, extraction in documents:
        _score_document(name, labelled["labels"], extraction, scores)
    return scores


def _score_document(name: str, labels: list[dict[str, Any]], extraction: Extraction,
                    scores: Scores) -> None:
    texts = [s.text for s in extraction.sentences]
    claimed: set[int] = set()
    for label in labels:
        quote, wanted = label["quote"], label.get("occurrences", 1)
        holding = sum(quote in t for t in texts)
        if holding != wanted:
            raise LabelError(f"{name}: {quote!r} is in {holding} sentences, labelled {wanted}")
        on_label = [i for i, item in enumerate(extraction.items) if quote in item.text]
        claimed.update(on_label)
        if label.get("optional"):
            continue
        kind = label["kind"]
        hits = [extraction.items[i] for i in on_label if extraction.items[i].kind == kind]
        found = min(len(hits), wanted)
        scores.true_positives += found
        scores.false_negatives += wanted - found
        for _ in range(found):
            scores._kind(kind, 0)
        for _ in range(wanted - found):
            scores._kind(kind, 2)
            scores.misses.append(f"{name}: {kind}: {quote}")
        for i in on_label:
            if extraction.items[i].kind != kind:
                _noise(scores, name, extraction.items[i])
        for item in hits:
            _check_due(scores, name, label, item)
            _check_links(scores, name, label, item)
    for i, item in enumerate(extraction.items):
        if i not in claimed:
            _noise(scores, name, item)


def _noise(scores: Scores, name: str, item: Item) -> None:
    scores.false_positives += 1
    scores._kind(item.kind, 1)
    scores.noise.append(f"{name}: {item.kind} ({item.rule}): {item.text[:120]}")


def _check_due(scores: Scores, name: str, label: dict[str, Any], item: Item) -> None:
    if "due" not in label:
        return
    scores.due_checked += 1
    expected = date.fromisoformat(label["due"]) if label["due"] else None
    if item.due == expected and item.precision == label.get("precision", item.precision):
        scores.due_right += 1
    else:
        scores.wrong_due.append(f"{name}: {label['quote']}: {item.due} {item.precision}, "
                                f"labelled {expected} {label.get('precision')}")


def _check_links(scores: Scores, name: str, label: dict[str, Any], item: Item) -> None:
    for key, status in label.get("links", {}).items():
        scores.links_checked += 1
        got = {m.key: m.status for m in item.milestones}
        if got.get(key) == status:
            scores.links_right += 1
        else:
            scores.wrong_links.append(f"{name}: {label['quote']}: {key} {got.get(key)}, "
                                      f"labelled {status}")
