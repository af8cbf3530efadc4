"""What a sync run did: counts, errors, and the bookkeeping of the stream it read."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..models import SyncState, utcnow


class Progress(Protocol):
    """Told how far a long run is: ``progress("koop", 120, 480)`` (``total`` None when not
    known). The CLI shows it on a terminal (``cli.progress.ProgressLine``); jobs pass none."""

    def __call__(self, label: str, done: int, total: int | None = None, /) -> None: ...


@dataclass
class SyncReport:
    """Counts of one run; errors are logged with where they came from and kept here."""

    name: str
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    not_modified: int = 0  # streams that answered 304 to a conditional GET
    errors: int = 0
    warnings: int = 0
    messages: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def error(self, log: logging.Logger, message: str) -> None:
        log.error("%s: %s", self.name, message)
        self.errors += 1
        self.messages.append(message)

    def warning(self, log: logging.Logger, message: str) -> None:
        log.warning("%s: %s", self.name, message)
        self.warnings += 1
        self.messages.append(message)

    def add(self, other: SyncReport) -> None:
        for name in ("inserted", "updated", "unchanged", "not_modified", "errors", "warnings"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.messages.extend(other.messages)

    def counts(self) -> dict[str, int]:
        return {"inserted": self.inserted, "updated": self.updated,
                "unchanged": self.unchanged, "not_modified": self.not_modified,
                "errors": self.errors, "warnings": self.warnings}

    def summary(self) -> str:
        """One line: "koop: inserted 3, updated 0, unchanged 12, errors 1"."""
        text = (f"{self.name}: inserted {self.inserted}, updated {self.updated}, "
                f"unchanged {self.unchanged}, errors {self.errors}")
        if self.not_modified:
            text += f", not modified {self.not_modified}"
        if self.warnings:
            text += f", warnings {self.warnings}"
        return text


def begin(state: SyncState) -> None:
    state.last_run_at = utcnow()


def finish(state: SyncState, report: SyncReport, error: str | None = None,
           **stats: Any) -> None:
    """Record how the run of a stream ended: a success clears the last error."""
    if error is None:
        state.last_success_at = utcnow()
    state.last_error = error
    state.stats = {**report.counts(), **stats}


def stream_name(key: str) -> str:
    """A stream's name from a URL or query; SyncState.stream holds 200 characters, so longer
    keys are named by their hash."""
    if len(key) <= 200:
        return key
    return "sha1:" + hashlib.sha1(key.encode("utf-8")).hexdigest()
