"""A small per-application cache for the expensive aggregates of a view (totals, facets).

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
