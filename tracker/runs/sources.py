"""The scheduled syncs of KOOP, the Eerste Kamer registry and the feeds (see ``jobs.JOBS``).

Each job opens its own engine and unit of work, commits after every page or stream, and
returns its one-line summary for the scheduler's log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy.orm import Session

from scrapers.http import Fetcher

from ..config import Settings
from ..db import unit_of_work
from ..services.eerstekamer import sync_ek
from ..services.feeds import sync_feeds
from ..services.koop import sync_koop
from ..services.runs import SyncReport
from ..services.sources import switched_off

log = logging.getLogger(__name__)

# A scheduled KOOP run reads at most this many records; the next run resumes where it stopped
# (a first run looks back 30 days, which can be thousands of Kamerstukken).
KOOP_RECORDS_PER_RUN = 250


def skipped(settings: Settings, key: str) -> str | None:
    """The summary of a scheduled run that does not happen: the source is switched off."""
    with unit_of_work(settings.database_url) as session:
        if switched_off(session, key):
            log.info("%s: switched off by an administrator; the scheduled run skips it", key)
            return f"{key}: switched off"
    return None


def _run(settings: Settings, key: str,
         work: Callable[[Session, Fetcher], SyncReport]) -> str:
    if (summary := skipped(settings, key)) is not None:
        return summary
    with Fetcher.from_settings(settings, key) as fetcher, \
            unit_of_work(settings.database_url) as session:
        return work(session, fetcher).summary()


def sync_koop_job(settings: Settings) -> str:
    return _run(settings, "koop", lambda session, fetcher: sync_koop(
        session, fetcher, sru_url=settings.koop_sru_url, max_records=KOOP_RECORDS_PER_RUN,
        checkpoint=session.commit))


def sync_ek_job(settings: Settings) -> str:
    if not settings.ek_url_list:
        log.debug("ek: TRACKER_EK_URLS is empty; the Eerste Kamer is synced by hand")
        return "ek: no TRACKER_EK_URLS configured"
    return _run(settings, "ek", lambda session, fetcher: sync_ek(
        session, fetcher, settings.ek_url_list, checkpoint=session.commit))


def sync_feeds_job(settings: Settings) -> str:
    """Every enabled feed (each feed is a source of its own, switched off one by one)."""
    with Fetcher.from_settings(settings, "feed") as fetcher, \
            unit_of_work(settings.database_url) as session:
        return sync_feeds(session, fetcher, checkpoint=session.commit).summary()
