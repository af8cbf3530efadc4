"""What day it is for the tracker: Europe/Amsterdam, never the server's local zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def now() -> datetime:
    return datetime.now(AMSTERDAM)


def today() -> date:
    return now().date()


def day_of(moment: datetime) -> date:
    """The Dutch calendar day of a moment: deadlines are days in The Hague, wherever the
    server runs and whatever zone the scheduler keeps (TRACKER_TIMEZONE)."""
    return moment.astimezone(AMSTERDAM).date()
