"""The scheduler runs jobs with explicit ids, coalescing, and survives a failing job."""

import threading
from datetime import datetime

from apscheduler.schedulers.background import BackgroundScheduler

from tracker.jobs import ScheduledJob
from tracker.scheduler import build_scheduler


def test_jobs_have_explicit_ids_and_safe_defaults(settings):
    job = ScheduledJob("example", lambda s: None, "interval", lambda s: {"minutes": 5})
    scheduler = build_scheduler(settings, [job], BackgroundScheduler)
    scheduler.start(paused=True)
    try:
        (scheduled,) = scheduler.get_jobs()
        assert scheduled.id == "example"
        assert scheduled.coalesce is True
        assert scheduled.misfire_grace_time == 15 * 60
        assert scheduled.max_instances == 1
    finally:
        scheduler.shutdown(wait=False)


def test_a_failing_job_does_not_stop_the_others(settings):
    ran = threading.Event()

    def boom(_settings):
        raise RuntimeError("source down")

    def ok(_settings):
        ran.set()

    scheduler = build_scheduler(settings, [
        ScheduledJob("boom", boom, "interval", lambda s: {"hours": 1}),
        ScheduledJob("ok", ok, "interval", lambda s: {"hours": 1}),
    ], BackgroundScheduler)
    scheduler.start()
    try:
        now = datetime.now(scheduler.timezone)
        scheduler.get_job("boom").modify(next_run_time=now)
        scheduler.get_job("ok").modify(next_run_time=now)
        assert ran.wait(10)
    finally:
        scheduler.shutdown(wait=True)
