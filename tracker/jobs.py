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


def _every_sync_interval(settings: Settings) -> dict[str, Any]:
    return {"minutes": settings.sync_interval_minutes}


def _sync_tk(settings: Settings) -> Any:
    from .runs.tk import sync_job

    return sync_job(settings)


JOBS.append(ScheduledJob(
    "sync-tk", _sync_tk, "interval",
    _every_sync_interval,
    "Tweede Kamer SyncFeed: toezeggingen, activities, documents, dossiers",
))


# Sources (issue 4): Kamerstukken, the Eerste Kamer registry (a no-op without TRACKER_EK_URLS),
# and the feeds an administrator added.
from .runs.sources import sync_ek_job, sync_feeds_job, sync_koop_job  # noqa: E402

JOBS.extend([
    ScheduledJob("sync-koop", sync_koop_job, "interval", _every_sync_interval,
                 "Kamerstukken (officielebekendmakingen, KOOP SRU)"),
    ScheduledJob("sync-ek", sync_ek_job, "interval", _every_sync_interval,
                 "Eerste Kamer toezeggingenregistratie (TRACKER_EK_URLS)"),
    ScheduledJob("sync-feeds", sync_feeds_job, "interval", _every_sync_interval,
                 "RSS/Atom feeds"),
])


def extract_pending_job(settings: Settings) -> dict[str, int]:
    """Read the documents other sources stored since the last run (``tracker extract
    --pending``)."""
    from .db import unit_of_work
    from .runs.sources import skipped
    from .services.extraction import SOURCE_KEY, extract_pending

    if skipped(settings, SOURCE_KEY) is not None:
        return {"documents": 0, "switched_off": 1}
    with unit_of_work(settings.database_url) as session:
        return extract_pending(session)


JOBS.append(ScheduledJob(
    "extract-pending", extract_pending_job, "interval",
    _every_sync_interval,
    "Candidate commitments from new and changed documents",
))


def propose_related_job(settings: Settings) -> dict[str, int]:
    """Propose related promises across the chambers (the Eerste Kamer's against the Tweede
    Kamer's), for a clerk to confirm; an EK import proposes for its own pages at once."""
    from .db import unit_of_work
    from .services.related import propose_related

    with unit_of_work(settings.database_url) as session:
        return {"proposed": propose_related(session)}


JOBS.append(ScheduledJob(
    "propose-related", propose_related_job, "cron", lambda s: {"hour": 6, "minute": 30},
    "Related promises in both chambers, proposed for a clerk",
))


def _notify_jobs() -> list[ScheduledJob]:
    from .runs import notify

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


def prune_login_attempts(settings: Settings) -> int:
    """Forget login attempts older than a month (the rate limits need 15 minutes of them)."""
    from .db import unit_of_work
    from .services.accounts import prune_login_attempts as prune

    with unit_of_work(settings.database_url) as session:
        return prune(session)


JOBS.append(ScheduledJob("prune-login-attempts", prune_login_attempts, "cron",
                         lambda s: {"hour": 3, "minute": 17},
                         "forget login attempts older than a month"))
