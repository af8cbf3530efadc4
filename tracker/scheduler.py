"""The scheduler process: APScheduler running the jobs of ``tracker.jobs``."""

from __future__ import annotations

import logging

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from sqlalchemy.exc import DBAPIError

from .config import Settings
from .db import database_problem, describe_error
from .jobs import JOBS, ScheduledJob

log = logging.getLogger(__name__)


def build_scheduler(
    settings: Settings, jobs: list[ScheduledJob] | None = None, scheduler_class=BlockingScheduler
) -> BaseScheduler:
    """A scheduler (blocking: it is the process) with explicit job ids; missed runs coalesce."""
    scheduler = scheduler_class(
        timezone=settings.timezone,
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 15 * 60},
    )
    for job in JOBS if jobs is None else jobs:
        scheduler.add_job(
            _run, job.trigger, args=[job, settings], id=job.id, name=job.description or job.id,
            replace_existing=True, **job.trigger_args(settings),
        )
    return scheduler


def _run(job: ScheduledJob, settings: Settings) -> None:
    # One failing run is logged and retried at the next trigger; it never stops the scheduler.
    try:
        result = job.func(settings)
        log.info("job %s done: %s", job.id, result)
    except DBAPIError as exc:
        if database_problem(exc) is None:
            log.exception("job %s failed", job.id)
        else:  # read-only, full, locked, not migrated: one line, no SQL
            log.error("job %s failed: %s", job.id, describe_error(exc, settings.database_url))
    except Exception:
        log.exception("job %s failed", job.id)
