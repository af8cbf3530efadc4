"""Shared by the source tests: fixture pages (constructed in the live formats, not recorded from
the live sources), a quick fetcher, the real-URL rewrite."""

from __future__ import annotations

from pathlib import Path

from scrapers.http import Fetcher
from tracker.config import PROJECT_ROOT

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = PROJECT_ROOT / "sample"
REPOSITORY = "https://repository.overheid.nl"


def fetcher(**overrides) -> Fetcher:
    """No politeness pause, one quick retry: tests stay fast, retries still happen."""
    options = {"timeout": 2.0, "retries": 1, "backoff": 0.01, "delay": 0.0,
               "user_agent": "toezeggingen-tracker-test/1"}
    options.update(overrides)
    return Fetcher(**options)


def quick(cli) -> None:
    """The same for the `tracker` command run by the `cli` fixture."""
    cli.env.update(TRACKER_HTTP_DELAY="0", TRACKER_HTTP_RETRIES="1", TRACKER_HTTP_TIMEOUT="2")


def recorded(path: Path, base_url: str | None = None) -> bytes:
    """A fixture response; its links to the real repository point at the local server."""
    data = path.read_bytes()
    return data.replace(REPOSITORY.encode(), base_url.encode()) if base_url else data
