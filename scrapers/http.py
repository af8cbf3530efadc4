"""The only network code: deadlines, size limits, same-host redirects, retries, politeness.

``Fetcher.get(url)`` returns a ``Fetched`` (status, body, headers, final URL) or raises
``FetchError`` naming the URL and what went wrong, in one line. What a call promises:

- **Deadline.** It returns or raises within ``deadline`` seconds, whatever the server does:
  connecting, waiting for headers, reading the body, retries and their pauses all count. A
  watchdog shuts the connection's socket when the deadline passes, so a server trickling one
  byte at a time cannot hold a sync (or a scheduler job) for ever. ``timeout`` bounds each
  single wait (connect, one read) within that.
- **Size.** The body is streamed and counted (after decompression); past ``max_bytes`` for the
  fetcher's kind of source it is refused, and nothing of it is returned.
- **Redirects** are followed (at most ``MAX_REDIRECTS``) only to the host asked (with or without
  ``www.``), or to a host in
  ``redirect_hosts``; a redirect anywhere else is refused, naming where it pointed, so another
  host's data is never imported as the source's.
- **Retries.** Timeouts, dropped connections, 429 and 5xx are retried with exponential backoff
  (``Retry-After`` honoured) while the deadline allows, each retry announced by one log line:
  ``opnieuw 2/4 over 2 s: <url>: HTTP 503 Service Unavailable``. A refused connection or a
  host that does not resolve is not retried: the error has ``unreachable`` set, and callers
  stop that source at once. Other 4xx fail at once.
- Conditional GET (ETag / Last-Modified) gives ``status == 304`` and an empty body.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "toezeggingen-tracker/0.1 (+https://github.com/toezeggingen-tracker)"
MAX_REDIRECTS = 5
MB = 1024 * 1024
# The largest body accepted per kind of source (the tracker's settings override them). A
# SyncFeed page of 250 entries is about 0.4 MB, a long Kamerstuk's XML a few MB, a registry
# page or a feed well under one.
DEFAULT_MAX_BYTES = {"tk": 50 * MB, "koop": 50 * MB, "ek": 10 * MB, "feed": 10 * MB}
_CHUNK = 64 * 1024
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class FetchError(Exception):
    """A page could not be fetched; the message says which and why.

    ``unreachable``: the host refused the connection or does not exist; trying its other pages
    now is pointless, so a sync stops that source.
    """

    def __init__(self, url: str, reason: str, status: int | None = None, *,
                 unreachable: bool = False) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        self.unreachable = unreachable


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


class _Retry(Exception):
    """An attempt failed in a way another attempt may not (timeout, 5xx, dropped)."""

    def __init__(self, reason: str, after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.after = after


class _Deadline(Exception):
    pass


# --- the deadline watchdog ------------------------------------------------------------------
# Socket timeouts bound each wait, not a whole response: a server that sends a byte every
# second never trips them. So every connection a fetch uses registers its socket with the
# fetch's watch, which shuts the socket down when the deadline passes; the blocked read then
# returns and the fetch fails with a clear error.

_active = threading.local()


class _Watch:
    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def add(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


def _watch(sock: socket.socket | None) -> None:
    watch = getattr(_active, "watch", None)
    if watch is not None:
        watch.add(sock)


class _WatchedHTTPConnection(HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _watch(self.sock)

    def request(self, *args, **kwargs):  # a kept-alive connection is watched for this fetch
        _watch(self.sock)
        return super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _watch(self.sock)

    def request(self, *args, **kwargs):
        _watch(self.sock)
        return super().request(*args, **kwargs)


class _Pool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class _Adapter(HTTPAdapter):
    """requests' adapter with watched connections and no retries of its own (ours log one
    line each; urllib3's would log walls of warnings)."""

    def __init__(self) -> None:
        super().__init__(max_retries=urllib3.util.Retry(0, read=False, redirect=False))

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _Pool, "https": _TLSPool}


# --- the client -----------------------------------------------------------------------------


class Fetcher:
    """A polite HTTP client for one kind of source; one per sync run (it keeps connections
    and per-host timing)."""

    def __init__(
        self,
        *,
        timeout: float = 30.0,
        deadline: float = 120.0,
        retries: int = 4,
        backoff: float = 1.0,
        delay: float = 1.0,
        user_agent: str = DEFAULT_USER_AGENT,
        max_bytes: int = 50 * MB,
        redirect_hosts: tuple[str, ...] = (),
    ) -> None:
        self.timeout = timeout
        self.deadline = deadline
        self.retries = retries
        self.backoff = backoff
        self.delay = delay
        self.max_bytes = max_bytes
        self.redirect_hosts = frozenset(h.lower() for h in redirect_hosts)
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()
        self.session = requests.Session()
        self.session.headers["User-Agent"] = user_agent
        self.session.mount("http://", _Adapter())
        self.session.mount("https://", _Adapter())

    @classmethod
    def from_settings(cls, settings, kind: str | None = None) -> Fetcher:
        """Built from the tracker's Settings (duck-typed: scrapers do not import the tracker),
        for one kind of source (tk, koop, ek, feed): its size limit."""
        limits: Mapping[str, int] = getattr(settings, "http_max_bytes", DEFAULT_MAX_BYTES)
        return cls(timeout=settings.http_timeout, deadline=settings.http_deadline,
                   retries=settings.http_retries, delay=settings.http_delay,
                   user_agent=settings.user_agent,
                   max_bytes=limits.get(kind, max(limits.values())) if kind
                   else max(limits.values()),
                   redirect_hosts=tuple(settings.http_redirect_host_list))

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
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(url, "not an http(s) address")
        ends = time.monotonic() + self.deadline
        attempt = 0
        while True:
            try:
                return self._attempt(url, params, headers, ends)
            except _Deadline:
                raise FetchError(url, f"no complete answer within {self.deadline:g} s "
                                      "(TRACKER_HTTP_DEADLINE)") from None
            except _Retry as failure:
                attempt += 1
                if attempt > self.retries:
                    tries = f"{attempt} attempts" if attempt > 1 else "1 attempt"
                    raise FetchError(url, f"{failure.reason} (gave up after {tries})",
                                     _status_of(failure.reason)) from None
                wait = failure.after if failure.after is not None \
                    else self.backoff * 2 ** (attempt - 1)
                if time.monotonic() + wait >= ends:
                    raise FetchError(url, f"{failure.reason} (no time left to try again within "
                                          f"{self.deadline:g} s)",
                                     _status_of(failure.reason)) from None
                log.warning("opnieuw %d/%d over %s: %s: %s", attempt, self.retries,
                            _seconds(wait), url, failure.reason)
                time.sleep(wait)

    def _attempt(self, url: str, params, headers: dict[str, str], ends: float) -> Fetched:
        self._pause(url)
        remaining = ends - time.monotonic()
        if remaining <= 0:
            raise _Deadline
        watch = _Watch(remaining)
        _active.watch = watch
        wait = min(self.timeout, remaining)
        try:
            response = self._follow(url, params, headers, wait)
            try:
                fetched = self._read(url, response)
            finally:
                response.close()
            if watch.fired:  # a body without a length ends at EOF: the cut one is not whole
                raise _Deadline
            return fetched
        except requests.exceptions.RequestException as exc:
            if watch.fired:
                raise _Deadline from None
            if isinstance(exc, requests.exceptions.ConnectionError) and \
                    (why := _unreachable(exc)):
                raise FetchError(url, f"cannot connect: {why}", unreachable=True) from None
            if isinstance(exc, requests.exceptions.Timeout):
                raise _Retry(f"timed out (no answer within {wait:.2g} s)") from None
            if isinstance(exc, requests.exceptions.ConnectionError | requests.exceptions.
                          ChunkedEncodingError):
                raise _Retry(f"connection broken ({_root(exc)})") from None
            raise FetchError(url, f"request failed ({_root(exc)})") from None
        except OSError:
            if watch.fired:
                raise _Deadline from None
            raise
        finally:
            watch.cancel()
            _active.watch = None

    def _follow(self, url: str, params, headers: dict[str, str], wait: float):
        """The response to ``url``, after the redirects this fetcher may follow."""
        host = (urlsplit(url).hostname or "").lower()
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            response = self.session.get(current, params=params, headers=headers,
                                        timeout=(wait, wait), stream=True,
                                        allow_redirects=False)
            if not response.is_redirect:
                return response
            target = urljoin(response.url, response.headers.get("location", ""))
            response.close()
            parts = urlsplit(target)
            target_host = (parts.hostname or "").lower()
            if parts.scheme not in ("http", "https") or not (
                    _same_site(target_host, host) or target_host in self.redirect_hosts):
                raise FetchError(url, f"redirected to another host ({target}); not followed "
                                      "(TRACKER_HTTP_REDIRECT_HOSTS lists hosts that may be)")
            current, params = target, None
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _read(self, url: str, response: requests.Response) -> Fetched:
        status = response.status_code
        found = {k: v for k, v in response.headers.lower_items()}
        if status == 304:
            return Fetched(response.url, 304, b"", found)
        if status in _RETRY_STATUSES:
            raise _Retry(f"HTTP {status} {response.reason}", _retry_after(found))
        if status >= 400:
            raise FetchError(url, f"HTTP {status} {response.reason}", status)
        declared = found.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(url, f"the page is {_size(int(declared))}, more than the "
                                  f"{_size(self.max_bytes)} allowed for this source")
        body = bytearray()
        for chunk in response.iter_content(_CHUNK):
            body += chunk
            if len(body) > self.max_bytes:
                raise FetchError(url, f"the page is larger than the {_size(self.max_bytes)} "
                                      "allowed for this source; not read further")
        return Fetched(response.url, status, bytes(body), found)

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


def _causes(exc: BaseException):
    """The exception and everything behind it (causes, contexts, urllib3's reasons)."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        item = todo.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo += [item.__cause__, item.__context__, getattr(item, "reason", None),
                 *(a for a in item.args if isinstance(a, BaseException))]


def _unreachable(exc: BaseException) -> str | None:
    """Why the host cannot be reached at all, or None when another try might work."""
    for cause in _causes(exc):
        if isinstance(cause, socket.gaierror | urllib3.exceptions.NameResolutionError):
            return "host not found (DNS)"
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH,
                                                          errno.EHOSTUNREACH):
            return "network unreachable"
    return None


def _root(exc: BaseException) -> str:
    """The innermost exception's message (what actually went wrong)."""
    for _depth in range(20):
        reason = getattr(exc, "reason", None)
        inner = exc.__cause__ or exc.__context__ or (
            reason if isinstance(reason, BaseException) else None) or next(
            (a for a in exc.args if isinstance(a, BaseException)), None)
        if inner is None or inner is exc:
            break
        exc = inner
    return str(exc) or type(exc).__name__


def _same_site(host: str, other: str) -> bool:
    """example.org and www.example.org are one site."""
    return host.removeprefix("www.") == other.removeprefix("www.")


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("retry-after", "").strip()
    if value.isdigit():
        return float(value)
    if value:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None
    return None


def _status_of(reason: str) -> int | None:
    parts = reason.split()
    return int(parts[1]) if len(parts) > 1 and parts[0] == "HTTP" and parts[1].isdigit() \
        else None


def _seconds(value: float) -> str:
    return f"{value:.0f} s" if value >= 1 else f"{value:.1f} s"


def _size(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB else f"{n / 1024:.0f} kB"
