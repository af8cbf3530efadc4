"""Optimistic concurrency for clerks' changes: made to what the clerk saw, or not at all.

Every commitment has a ``version`` that goes up with each UPDATE of its row, whoever writes it
(a clerk, a sync, a rule; the column's ``onupdate``). A clerk's form carries a *token*: the
version it was shown and the last history row the page showed. Before changing anything, the
view hands that token to ``claim``; a commitment that moved since raises ``ChangedMeanwhile``
with the history rows written meanwhile, and nothing is saved.

How a form uses it (every clerk action must; h12's fulfilment confirm, h13w's review queue):

- template: ``{{ version_field(c) }}`` inside the ``<form>`` (``templates/_macros.html``; it
  renders ``<input type="hidden" name="version" value="…">``). A form acting on many
  commitments names one field per row: ``{{ version_field(c, 'version-' ~ c.id) }}``; a list
  can fetch all tokens in one query with ``tokens(session, commitments)``.
- view: ``shown = shown_version()`` (``tracker/web/review.py``: a missing or malformed token is a
  400), then ``concurrency.claim(db(), c, shown)`` before the change, in the same transaction,
  then the change, then ``commit``. Catch ``ChangedMeanwhile``, roll back, and show
  ``exc.changes`` (``web/review.py`` renders the commitment page with status 409).

``claim`` compares and raises the version in one conditional UPDATE, so of two requests that
were shown the same version exactly one gets on: on PostgreSQL the second UPDATE waits for the
first transaction's row lock and then matches no row; on SQLite it waits for the write lock
(``busy_timeout``) and then matches no row. The loser's transaction has written nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from ..models import Commitment, HistoryEntry, utcnow


@dataclass(frozen=True)
class Shown:
    """What a form showed of a commitment: its version and the last history row's id."""

    version: int
    history_id: int = 0

    @property
    def token(self) -> str:
        return f"{self.version}.{self.history_id}"

    @classmethod
    def parse(cls, token: str | None) -> Shown:
        """A token as ``token`` writes it; ValueError for anything else."""
        version, _, history_id = (token or "").strip().partition(".")
        if not (version.isdigit() and history_id.isdigit()) or len(token) > 40:
            raise ValueError(f"not a version token: {token!r}")
        return cls(int(version), int(history_id))


class ChangedMeanwhile(Exception):
    """The commitment changed after the form was shown; ``changes`` are the history rows
    written since (possibly none, when only untracked fields moved)."""

    def __init__(self, commitment: Commitment, shown: Shown, changes: list[HistoryEntry]):
        super().__init__(f"commitment {commitment.id} changed after version {shown.version}")
        self.commitment = commitment
        self.shown = shown
        self.changes = changes


def _last_history_ids(session: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.execute(
        select(HistoryEntry.commitment_id, func.max(HistoryEntry.id))
        .where(HistoryEntry.commitment_id.in_(ids)).group_by(HistoryEntry.commitment_id))
    return dict(rows.all())


def token(session: Session, commitment: Commitment) -> str:
    """The token a form about ``commitment`` carries."""
    return tokens(session, [commitment])[commitment.id]


def tokens(session: Session, commitments: Iterable[Commitment]) -> dict[int, str]:
    """Tokens for many commitments (one query), by commitment id."""
    commitments = list(commitments)
    last = _last_history_ids(session, [c.id for c in commitments])
    return {c.id: Shown(c.version, last.get(c.id, 0)).token for c in commitments}


def changes_since(session: Session, commitment: Commitment, shown: Shown) -> list[HistoryEntry]:
    return list(session.scalars(
        select(HistoryEntry).where(HistoryEntry.commitment_id == commitment.id,
                                   HistoryEntry.id > shown.history_id)
        .order_by(HistoryEntry.id)))


def claim(session: Session, commitment: Commitment, shown: Shown) -> None:
    """Go on only if ``commitment`` is still at the version the form showed, and take it.

    Raise ``ChangedMeanwhile`` (nothing written) when it moved; otherwise raise its version in
    this transaction, so that any other change made on the same version fails. Call it before
    changing the commitment, in the transaction that changes it.
    """
    result = session.execute(
        update(Commitment)
        .where(Commitment.id == commitment.id, Commitment.version == shown.version)
        .values(version=shown.version + 1, updated_at=utcnow())
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        session.refresh(commitment)
        raise ChangedMeanwhile(commitment, shown, changes_since(session, commitment, shown))
    set_committed_value(commitment, "version", shown.version + 1)
