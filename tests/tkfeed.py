"""A SyncFeed on loopback for tests: fixture pages (constructed in the feed's wire format, not
recorded from it) served by category and skiptoken."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from tracker.config import PROJECT_ROOT

from .httpserver import LocalServer, Reply, Request

FIXTURES = Path(__file__).parent / "fixtures" / "tk"
SAMPLE = PROJECT_ROOT / "sample" / "tk"
FEED_PATH = "/SyncFeed/2.0/Feed"
EMPTY = (FIXTURES / "toezegging-empty.xml").read_bytes()
ATOM = {"Content-Type": "application/atom+xml; charset=utf-8"}


class SyncFeed:
    """Pages by (category, skiptoken); a skiptoken with no page gets an empty (caught-up) page.

    ``pages[(category, None)]`` is the first page; add later pages under the skiptoken that
    leads to them. A value may be a Reply (for scripted failures) instead of bytes.
    """

    def __init__(self, server: LocalServer) -> None:
        self.server = server
        self.pages: dict[tuple[str, str | None], bytes | Reply] = {}
        server.routes[FEED_PATH] = self._reply

    @property
    def url(self) -> str:
        return self.server.url + FEED_PATH

    def add(self, category: str, skiptoken: str | None, page: bytes | Reply | str) -> None:
        if isinstance(page, str):
            page = read_page(page)
        self.pages[(category, skiptoken)] = page

    def requested(self) -> list[tuple[str, str | None]]:
        found = []
        for request in self.server.requests:
            query = parse_qs(urlsplit(request.path).query)
            found.append((query["category"][0], query.get("skiptoken", [None])[0]))
        return found

    def _reply(self, request: Request) -> Reply:
        query = parse_qs(urlsplit(request.path).query)
        key = (query.get("category", [""])[0], query.get("skiptoken", [None])[0])
        page = self.pages.get(key, EMPTY)
        return page if isinstance(page, Reply) else Reply(200, page, ATOM)


def read_page(name: str) -> bytes:
    """A fixture page: 'sample:toezegging.xml' from sample/tk, else from tests/fixtures/tk."""
    if name.startswith("sample:"):
        return (SAMPLE / name.removeprefix("sample:")).read_bytes()
    return (FIXTURES / name).read_bytes()


def serve_sample(feed: SyncFeed) -> None:
    """The sample pages as the first page of each category."""
    for category in ("Kamerstukdossier", "Activiteit", "Document", "Fractie", "Persoon",
                     "Toezegging"):
        feed.add(category, None, f"sample:{category.lower()}.xml")
