"""Small per-application caches: the expensive aggregates of a view (totals, facets), and
things made once per key that changes whenever they would (``Kept``: table rows, pages).

Counting and grouping a large filtered set costs far more than fetching one page of it, and
the numbers change slowly. They are kept for ``TTL`` seconds per key; a change made through
this process (a clerk's edit) clears them at once, changes by the scheduler's syncs show within
``TTL``. The rows of a page are never cached.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from flask import current_app

TTL = 60.0
MAX_ENTRIES = 512


class Cache:
    def __init__(self, ttl: float = TTL, max_entries: int = MAX_ENTRIES):
        self.ttl, self.max_entries = ttl, max_entries
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, tuple[float, int, Any]] = OrderedDict()
        self._generation = 0

    def invalidate(self) -> None:
        with self._lock:
            self._generation += 1
            self._entries.clear()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        now = time.monotonic()
        with self._lock:
            hit = self._entries.get(key)
            generation = self._generation
            if hit and hit[0] > now and hit[1] == generation:
                self._entries.move_to_end(key)
                return hit[2]
        value = compute()  # outside the lock: other requests go on meanwhile
        with self._lock:
            if generation == self._generation:
                self._entries[key] = (now + self.ttl, generation, value)
                self._entries.move_to_end(key)
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
        return value


def _cache() -> Cache:
    return current_app.extensions.setdefault("tracker_cache", Cache())


def cached(key: Hashable, compute: Callable[[], Any]) -> Any:
    """The value for ``key`` if computed less than TTL seconds ago, else ``compute()``."""
    return _cache().get(key, compute)


def invalidate() -> None:
    """Forget everything (call after committing a change to commitments)."""
    _cache().invalidate()


class Kept:
    """Values kept by a key that changes whenever the value would (a row's version, a page's
    state), so a kept value is never stale, only not made twice; the least recently used is
    forgotten first once there are more than ``limit``."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.lock = threading.Lock()
        self.kept: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable) -> Any:
        with self.lock:
            found = self.kept.get(key)
            if found is not None:
                self.kept.move_to_end(key)
            return found

    def get_many(self, keys: list[Hashable]) -> list[Any]:
        with self.lock:
            found = [self.kept.get(key) for key in keys]
            for key, value in zip(keys, found, strict=True):
                if value is not None:
                    self.kept.move_to_end(key)
            return found

    def get_or_make(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """The value kept for ``key``, else ``make()`` (kept unless it is None)."""
        found = self.get(key)
        if found is not None:
            return found
        made = make()  # outside the lock: other requests go on meanwhile
        if made is not None:
            with self.lock:
                self.kept[key] = made
                while len(self.kept) > self.limit:
                    self.kept.popitem(last=False)
        return made


def kept(name: str, limit: int) -> Kept:
    """The application's ``Kept`` called ``name``."""
    return current_app.extensions.setdefault(name, Kept(limit))
