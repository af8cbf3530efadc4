"""Scheduled work. Each job opens its own unit of work, commits, and is safe to re-run.

``JOBS`` lists what the scheduler runs; each area appends its jobs (syncs, reminders, digests,
outbox delivery). A job is a plain function of Settings, also callable from the CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .config import Settings


@dataclass(frozen=True)
class ScheduledJob:
    id: str
    func: Callable[[Settings], Any]
    trigger: str  # "interval" or "cron"
    trigger_args: Callable[[Settings], dict[str, Any]] = field(default=lambda s: {})
    description: str = ""


JOBS: list[ScheduledJob] = []


def _sync_tk(settings: Settings) -> Any:
    from .tk_sync import sync_job

    return sync_job(settings)


JOBS.append(ScheduledJob(
    "sync-tk", _sync_tk, "interval",
    lambda s: {"minutes": s.sync_interval_minutes},
    "Tweede Kamer SyncFeed: toezeggingen, activities, documents, dossiers",
))
