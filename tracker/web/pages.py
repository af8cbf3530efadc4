"""Promise pages, made once per state of everything they show.

A promise's page reads some ten things (its letters, links, members, history, the registry's
detail, punctuality) and renders a long template; most pages are read many times between two
changes. What a public reader sees is made from the page's stamp (``page_stamp``: one statement
that reads the version of every row the page shows), the day, the language, whether someone is
signed in (a clerk's name is shown to signed-in readers only) and where the application is
mounted, so that is its key: a kept page is never stale, it is just not made twice. A clerk's
page has forms with per-session tokens and is always made afresh. Kept per application, the
least recently shown forgotten first.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from .cache import kept

PAGES_KEPT = 2_000  # some kB each


def kept_page(key: Hashable, make: Callable[[], Any]) -> Any:
    """The page kept for ``key``, else ``make()`` (kept unless it is None)."""
    return kept("tracker_pages", PAGES_KEPT).get_or_make(key, make)
