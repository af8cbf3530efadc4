"""What a long command has done so far: one line on standard error, rewritten in place.

Only on a terminal: a cron job's mail or a pipe gets the command's summary lines and nothing
else. Every long command (sync tk, koop, ek, feeds, extract --pending, digest send) uses this
one mechanism; the runs call it as ``progress(label, done, total)`` (see
``services.runs.Progress``) and know nothing of terminals.
"""

from __future__ import annotations

import logging
import sys
import time

import click


def on_terminal() -> bool:
    """Whether a person watches standard error (not a pipe, a file or cron's mail)."""
    return sys.stderr.isatty()


class ProgressLine:
    """``koop: 120/480 records``, at most every ``interval`` seconds and on the last one."""

    def __init__(self, unit: str, enabled: bool | None = None, interval: float = 0.2) -> None:
        self.unit = unit
        self.enabled = on_terminal() if enabled is None else enabled
        self.interval = interval
        self.shown = False
        self._last = float("-inf")

    def __call__(self, label: str, done: int, total: int | None = None) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < self.interval and done != total:
            return
        self._last = now
        count = f"{done:,}/{total:,}" if total is not None else f"{done:,}"
        # \r back to the start, the text, then erase what a longer line left behind.
        click.echo(f"\r{label}: {count} {self.unit}\033[K", nl=False, err=True)
        self.shown = True

    def done(self) -> None:
        """Wipe the line, so the command's summary line stands alone."""
        if self.shown:
            click.echo("\r\033[K", nl=False, err=True)
            self.shown = False
        self._last = float("-inf")

    def _clear_for_log(self, record: logging.LogRecord) -> bool:
        # A log line (a retry notice, a skipped record) must not run on from the progress
        # line: wipe it first; the next count draws it again below the log line.
        if self.shown:
            self.done()
        return True

    def __enter__(self) -> ProgressLine:
        if self.enabled:
            for handler in logging.getLogger().handlers:
                handler.addFilter(self._clear_for_log)
        return self

    def __exit__(self, *exc: object) -> None:
        for handler in logging.getLogger().handlers:
            handler.removeFilter(self._clear_for_log)
        self.done()
