"""Sources and the state of their streams."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Source, SyncState


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
