"""Any RSS (0.9x–2.0) or Atom feed, read with feedparser, as document records.

``parse_feed(data)`` returns the feed's entries with a stable key (the entry's id, else its
link), title, date (UTC), link, text (the content, else the summary, as plain text), author and
tags. A feed that is not well-formed ("bozo") still gives the entries read before the fault,
with the reason; bytes that are no feed at all (an HTML error page) raise ``FeedError``.

feedparser is the library made for this job: it knows every RSS and Atom dialect, the date
formats found in the wild, and recovers what it can from broken feeds. It is given bytes only
(never a URL), so fetching stays in ``scrapers.http``.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

import feedparser
from feedparser.exceptions import CharacterEncodingOverride, NonXMLContentType

from .text import html_to_text, squash, web_url

MAX_KEY = 300  # Document.external_id
# feedparser also flags feeds served as text/plain or with a corrected charset: they parse
# fine, and a warning each hour would only teach an administrator to ignore warnings.
_HARMLESS = (NonXMLContentType, CharacterEncodingOverride)


_KST_IN_URL = re.compile(r"\b(kst-\d+(?:-[A-Za-z0-9]+)*-\d+)(?![\w-])")
_TK_NUMBER = re.compile(r"(?<![\w])(\d{4}D\d{5})(?!\w)")


def paper_ids(*texts: str | None) -> tuple[str | None, str | None]:
    """The first Kamerstuk identifier and the first TK document number in the texts."""
    identifier = number = None
    for text in texts:
        if not text:
            continue
        if identifier is None and (m := _KST_IN_URL.search(text)):
            identifier = m.group(1)
        if number is None and (m := _TK_NUMBER.search(text)):
            number = m.group(1)
    return identifier, number


class FeedError(ValueError):
    """The bytes are not a feed; the message says why."""


@dataclass(frozen=True)
class FeedEntry:
    key: str  # the entry's id, else its link (hashed when longer than MAX_KEY)
    title: str | None
    published: datetime | None  # aware, UTC
    link: str | None
    text: str
    author: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def paper(self) -> tuple[str | None, str | None]:
        """(kst identifier, TK document number) when the entry's id or link names the paper
        ("…/kst-36600-VII-12.html", "…?id=2025D33508"), so a feed item is known as the same
        paper as the Kamerstuk or TK document another source brings."""
        return paper_ids(self.key, self.link)


@dataclass(frozen=True)
class Feed:
    title: str | None
    version: str  # rss20, atom10, rss090 …
    entries: list[FeedEntry]
    bozo_reason: str | None = None  # why the feed is not well-formed, when it is not
    problems: list[str] = field(default_factory=list)  # entries skipped, with the reason


def parse_feed(data: bytes, content_type: str | None = None, base_url: str = "") -> Feed:
    """Entries of an RSS or Atom feed; partial entries of a malformed one."""
    headers = {"content-type": content_type} if content_type else {}
    if base_url:
        headers["content-location"] = base_url
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True,
                              resolve_relative_uris=True)
    fault = parsed.get("bozo_exception")
    reason = _reason(fault) if parsed.get("bozo") and not isinstance(fault, _HARMLESS) else None
    if not parsed.get("version") and not parsed.entries:
        head = data.lstrip()[:200].lower()
        if not data.strip():
            raise FeedError("empty response where a feed was expected")
        if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
            raise FeedError("an HTML page where a feed was expected")
        raise FeedError(f"not an RSS or Atom feed ({reason or 'no feed element'})")
    entries, problems = [], []
    for position, entry in enumerate(parsed.entries, 1):
        record = _entry(entry)
        if record is None:
            problems.append(f"entry {position} has neither an id nor a link")
        else:
            entries.append(record)
    return Feed(squash(parsed.feed.get("title")) or None, parsed.get("version") or "unknown",
                entries, reason, problems)


def _reason(exc: object) -> str:
    if exc is None:
        return "not well-formed"
    message = getattr(exc, "getMessage", None)
    text = message() if callable(message) else str(exc)
    line = getattr(exc, "getLineNumber", None)
    where = f" at line {line()}" if callable(line) else ""
    return f"{type(exc).__name__}: {text}{where}"


def _entry(entry) -> FeedEntry | None:
    # Not http(s): javascript:, data:, or the id (a tag: URI) feedparser gives without a link.
    link = web_url(entry.get("link"))
    key = (entry.get("id") or "").strip() or link
    if not key:
        return None
    if len(key) > MAX_KEY:
        key = "sha1:" + hashlib.sha1(key.encode("utf-8")).hexdigest()
    content = entry.get("content") or []
    markup = next((c.get("value") for c in content if c.get("value")), None)
    text = html_to_text(markup or entry.get("summary") or "")
    title = squash(entry.get("title")) or None
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = (datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None)
    tags = tuple(t for t in (squash(tag.get("term")) for tag in entry.get("tags") or []) if t)
    return FeedEntry(key, title, published, link, text or title or "",
                     squash(entry.get("author")) or None, tags)
