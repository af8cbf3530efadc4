"""The source's extra facts about a commitment or document (see ``models.details``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ..models import Commitment, CommitmentDetail, Document, DocumentDetail


def _row(session: Session, subject: Commitment | Document):
    if isinstance(subject, Commitment):
        return session.get(CommitmentDetail, subject.id), CommitmentDetail, "commitment_id"
    return session.get(DocumentDetail, subject.id), DocumentDetail, "document_id"


def details_of(session: Session, subject: Commitment | Document) -> dict[str, Any]:
    row, _model, _key = _row(session, subject)
    return dict(row.data) if row is not None else {}


def merge_details(session: Session, subject: Commitment | Document,
                  values: dict[str, Any]) -> bool:
    """Set the given keys; None means "not said" and leaves a key as it was. True when
    something changed."""
    if subject.id is None:
        session.flush()
    row, model, key = _row(session, subject)
    old = dict(row.data) if row is not None else {}
    new = {**old, **{k: v for k, v in values.items() if v is not None}}
    if row is not None and new == old:
        return False
    if row is None:
        if not new:
            return False
        session.add(model(**{key: subject.id}, data=new))
    else:
        row.data = new  # a new object: JSON columns do not see changes made in place
    return True
