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


def _notify_jobs() -> list[ScheduledJob]:
    from . import notify

    return [
        # Reminders (immediate subscribers) and digests (the others) concern different
        # subscribers, so they may run side by side.
        ScheduledJob("notify-reminders", notify.reminder_job, "cron",
                     lambda s: {"hour": s.digest_hour, "minute": 0, "second": 0},
                     "reminders for immediate subscribers, then delivery"),
        # One daily run decides both: daily digests, and weekly ones on each subscriber's day.
        ScheduledJob("notify-digests", notify.digest_job, "cron",
                     lambda s: {"hour": s.digest_hour, "minute": 0, "second": 0},
                     "daily and weekly digests, then delivery"),
        ScheduledJob("notify-outbox", notify.delivery_job, "interval",
                     lambda s: {"minutes": 1}, "outbox delivery, with retries"),
    ]


JOBS.extend(_notify_jobs())
