"""The only network code: timeouts, retries with backoff, a User-Agent, a politeness pause.

``Fetcher.get(url)`` returns a ``Fetched`` (status, body, headers, final URL) or raises
``FetchError`` naming the URL and what went wrong. Retries cover connection errors, timeouts,
429 and 5xx, with exponential backoff (``Retry-After`` honoured); 4xx other than 429 fail at
once. Conditional GET (ETag / Last-Modified) gives ``status == 304`` and an empty body.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "toezeggingen-tracker/0.1 (+https://github.com/toezeggingen-tracker)"


class FetchError(Exception):
    """A page could not be fetched; the message says which and why."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 for a conditional GET that found nothing new
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class Fetcher:
    """A polite HTTP client; one per sync run (it keeps connections and per-host timing)."""

    def __init__(
        self,
        *,
        timeout: float = 30.0,
        retries: int = 4,
        backoff: float = 1.0,
        delay: float = 1.0,
        user_agent: str = DEFAULT_USER_AGENT,
    ) -> None:
        self.timeout = timeout
        self.delay = delay
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()
        self.session = requests.Session()
        self.session.headers["User-Agent"] = user_agent
        retry = Retry(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            backoff_factor=backoff,
            status_forcelist=(429, 500, 502, 503, 504),
            allowed_methods=frozenset({"GET", "HEAD"}),
            respect_retry_after_header=True,
            raise_on_status=False,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    @classmethod
    def from_settings(cls, settings) -> Fetcher:
        """Built from the tracker's Settings (duck-typed: scrapers do not import the tracker)."""
        return cls(timeout=settings.http_timeout, retries=settings.http_retries,
                   delay=settings.http_delay, user_agent=settings.user_agent)

    def get(
        self,
        url: str,
        *,
        params: dict[str, str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
    ) -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        self._pause(url)
        try:
            response = self.session.get(url, params=params, headers=headers,
                                        timeout=self.timeout)
        except requests.exceptions.RetryError as exc:
            raise FetchError(url, f"gave up after retries ({_root(exc)})") from exc
        except requests.exceptions.Timeout as exc:
            raise FetchError(url, f"timed out after {self.timeout:g}s") from exc
        except requests.exceptions.RequestException as exc:
            raise FetchError(url, f"request failed ({_root(exc)})") from exc
        if response.status_code == 304:
            return Fetched(response.url, 304, b"", dict(response.headers.lower_items()))
        if response.status_code >= 400:
            raise FetchError(url, f"HTTP {response.status_code} {response.reason}",
                             response.status_code)
        return Fetched(response.url, response.status_code, response.content,
                       {k: v for k, v in response.headers.lower_items()})

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _pause(self, url: str) -> None:
        # Politeness: at most one request per `delay` seconds to the same host.
        host = urlsplit(url).netloc
        with self._lock:
            last = self._last_request.get(host)
            now = time.monotonic()
            if last is not None and now - last < self.delay:
                time.sleep(self.delay - (now - last))
            self._last_request[host] = time.monotonic()


def _root(exc: BaseException) -> str:
    while exc.__cause__ is not None or exc.__context__ is not None:
        exc = exc.__cause__ or exc.__context__
    if exc.args and hasattr(exc.args[0], "reason"):
        return str(exc.args[0].reason)
    return str(exc) or type(exc).__name__
