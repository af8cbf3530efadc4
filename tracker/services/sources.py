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
