"""Sources and the state of their streams."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from ..models import Source, SyncState, utcnow


def get_source(
    session: Session, key: str, *, kind: str, name: str, url: str | None = None
) -> Source:
    """The source with this key, created on first use."""
    source = session.scalar(select(Source).where(Source.key == key))
    if source is None:
        source = Source(key=key, kind=kind, name=name, url=url, settings={})
        session.add(source)
        session.flush()
    return source


def switched_off(session: Session, key: str) -> bool:
    """Whether an administrator switched this source off: its scheduled runs skip it (a
    source not seen yet is on). A sync started by hand from the command line still runs."""
    return session.scalar(select(Source.enabled).where(Source.key == key)) is False


def stream_state(session: Session, source: Source, stream: str) -> SyncState:
    """The cursor and bookkeeping of one stream of a source, created on first use."""
    state = session.scalar(
        select(SyncState).where(SyncState.source_id == source.id, SyncState.stream == stream)
    )
    if state is None:
        state = SyncState(source=source, stream=stream, stats={})
        session.add(state)
        session.flush()
    return state


def stream_cursor(session: Session, source_id: int, stream: str) -> str | None:
    """The cursor of a stream that exists (``stream_state`` made it), read without loading
    its state as an object."""
    return session.connection().execute(_CURSOR, {"_source": source_id, "_stream": stream}) \
        .scalar_one()


def stream_advanced(session: Session, source_id: int, stream: str, cursor: str | None,
                    stats: dict[str, Any]) -> None:
    """A step of a stream that exists went well: its cursor and stats, the time of the run
    and of its success, no error. One UPDATE, not an object loaded and flushed: a long import
    takes a step per batch."""
    now = utcnow()
    session.connection().execute(_ADVANCED, {
        "_source": source_id, "_stream": stream, "_cursor": cursor, "_stats": stats,
        "_last_run_at": now, "_last_success_at": now, "_last_error": None})


_STATE = SyncState.__table__.c
_WHICH = (_STATE.source_id == bindparam("_source"), _STATE.stream == bindparam("_stream"))
_CURSOR = select(_STATE.cursor).where(*_WHICH)
_ADVANCED = update(SyncState.__table__).where(*_WHICH).values({
    name: bindparam(f"_{name}")
    for name in ("cursor", "stats", "last_run_at", "last_success_at", "last_error")})


def overview(session: Session) -> list[tuple[Source, list[SyncState], int, int]]:
    """Every source with its streams and how many documents and commitments it brought."""
    from sqlalchemy import func

    from ..models import Commitment, Document

    documents = dict(session.execute(
        select(Document.source_id, func.count()).group_by(Document.source_id)).all())
    commitments = dict(session.execute(
        select(Commitment.source_id, func.count()).group_by(Commitment.source_id)).all())
    states: dict[int, list[SyncState]] = {}
    for state in session.scalars(select(SyncState).order_by(SyncState.stream)):
        states.setdefault(state.source_id, []).append(state)
    return [(s, states.get(s.id, []), documents.get(s.id, 0), commitments.get(s.id, 0))
            for s in session.scalars(select(Source).order_by(Source.kind, Source.key))]
