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


def prune_login_attempts(settings: Settings) -> int:
    """Forget login attempts older than a month (the rate limits need 15 minutes of them)."""
    from .db import make_engine, make_sessionmaker, session_scope
    from .services.accounts import prune_login_attempts as prune

    engine = make_engine(settings.database_url)
    try:
        with session_scope(make_sessionmaker(engine)) as session:
            return prune(session)
    finally:
        engine.dispose()


JOBS.append(ScheduledJob("prune-login-attempts", prune_login_attempts, "cron",
                         lambda s: {"hour": 3, "minute": 17},
                         "forget login attempts older than a month"))
