"""Rows of the commitment tables, made once per version of their commitment.

A list page shows 25 commitments, the dashboard two tables of them, and most rows were shown
a moment before to someone else. A row says only what its commitment holds (every change of
which moves ``updated_at``), what day it is (days overdue) and the reader's language, so that
is its key: a row is never stale, it is just not made twice. Kept per application, the least
recently shown forgotten first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from flask import get_template_attribute, request
from flask_babel import get_locale
from markupsafe import Markup

from .cache import kept

ROWS_KEPT = 20_000  # some kB each


def commitment_row_cached(c: Any, today: date, show_status: bool = True) -> Markup:
    """The row of ``c`` in a commitment table (``_macros.html``: commitment_row); ``c`` may
    be the row itself, found by ``kept_rows``."""
    if isinstance(c, Markup):
        return c
    version = getattr(c, "updated_at", None)
    if version is None or c.id is None:
        return _made(c, today, show_status)
    return kept("tracker_rows", ROWS_KEPT).get_or_make(
        _key(c.id, version, today, show_status), lambda: _made(c, today, show_status))


def kept_rows(versions: list[tuple[int, Any]], today: date,
              show_status: bool = True) -> list[Markup | None]:
    """For (id, updated_at) pairs, the rows already made (None where there is none yet): a
    list whose rows were all shown before needs no commitment loaded."""
    return kept("tracker_rows", ROWS_KEPT).get_many(
        [_key(commitment_id, version, today, show_status) for commitment_id, version in versions])


def _key(commitment_id: int, version: Any, today: date, show_status: bool) -> tuple:
    return (commitment_id, version, today, str(get_locale()), show_status, request.script_root)


def _made(c: Any, today: date, show_status: bool) -> Markup:
    return Markup(get_template_attribute("_macros.html", "commitment_row")(
        c, today, show_status))
