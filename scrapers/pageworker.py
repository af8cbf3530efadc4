"""SyncFeed pages parsed in a process of their own.

A long import stores one page while it parses the next. In one process the two take turns at
the interpreter lock; with the parse in a child process they run on two cores at once. The
child is ``python -m scrapers.pageworker``: it reads pages from its stdin and writes what
``read_page`` made of them to its stdout, each message a length and a pickle (the parent
unpickles only what its own child wrote). It imports this package and lxml, nothing else.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import subprocess
import sys
from pathlib import Path
from typing import IO, NamedTuple

from .tweedekamer import BadEntry, Entry, PageError, SyncFeedPage

_LENGTH = struct.Struct("!Q")


class PageRead(NamedTuple):
    """A page read up to a break, if any: its items, entries counted, next skiptoken, and
    the reason it broke off (None for a whole page)."""

    items: list[Entry | BadEntry]
    entries: int
    next_skiptoken: str | None
    error: str | None


def read_page(data: bytes, source: str) -> PageRead:
    """Read a page; a page that breaks off keeps the entries before the break."""
    page = SyncFeedPage(data, source)
    items: list[Entry | BadEntry] = []
    error = None
    try:
        items.extend(page)
    except PageError as exc:
        error = str(exc)
    return PageRead(items, page.entries, page.next_skiptoken, error)


class WorkerGone(RuntimeError):
    """The worker process could not be started, or stopped answering."""


class PageWorker:
    """A child process that reads pages: ``read`` answers as ``read_page`` does. One caller
    at a time. The process starts at once (it imports while the caller does other work) and
    ends with ``close``."""

    def __init__(self) -> None:
        root = str(Path(__file__).resolve().parent.parent)  # where this package lives
        path = os.environ.get("PYTHONPATH")
        env = dict(os.environ, PYTHONPATH=root + (os.pathsep + path if path else ""))
        try:
            self._process: subprocess.Popen[bytes] | None = subprocess.Popen(
                [sys.executable, "-m", "scrapers.pageworker"], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, env=env)
        except OSError as exc:
            raise WorkerGone(f"the page worker could not be started ({exc})") from None

    def read(self, data: bytes, source: str) -> PageRead:
        process = self._process
        if process is None:
            raise WorkerGone("the page worker is closed")
        try:
            _send(process.stdin, pickle.dumps((data, source), pickle.HIGHEST_PROTOCOL))
            kind, value = pickle.loads(_receive(process.stdout))
        except (OSError, EOFError, pickle.UnpicklingError) as exc:
            self.close()
            raise WorkerGone(f"the page worker stopped ({type(exc).__name__}: {exc})") from None
        if kind != "read":
            raise RuntimeError(f"the page worker failed on {source}: {value}")
        return PageRead(*value)

    def close(self) -> None:
        """End the process (it ends when its input does) and wait for it."""
        process, self._process = self._process, None
        if process is None:
            return
        for stream in (process.stdin, process.stdout):
            with contextlib.suppress(OSError):
                stream.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def __enter__(self) -> PageWorker:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _send(stream: IO[bytes] | None, message: bytes) -> None:
    assert stream is not None
    stream.write(_LENGTH.pack(len(message)))
    stream.write(message)
    stream.flush()


def _receive(stream: IO[bytes] | None) -> bytes:
    assert stream is not None
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise EOFError("the stream ended")
    (size,) = _LENGTH.unpack(head)
    message = stream.read(size)
    if len(message) < size:
        raise EOFError("the stream ended inside a message")
    return message


def main() -> None:
    """The worker: pages in, what was read out, until its input ends."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            data, source = pickle.loads(_receive(stdin))
        except EOFError:
            return
        try:
            answer: tuple[str, object] = ("read", tuple(read_page(data, source)))
        except Exception as exc:  # a bug: said to the parent, which raises it
            answer = ("failed", f"{type(exc).__name__}: {exc}")
        _send(stdout, pickle.dumps(answer, pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    main()
