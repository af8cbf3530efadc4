"""Whom commitments were made to: members and parties (``models.people``)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Commitment, CommitmentRecipient
from ..models.base import fitted

_KEYS = ("position", "name", "party", "person_ref", "party_ref")
# "prof. dr. S.C. van Bijsterveld (CDA)": a name with its party in brackets at the end.
_MEMBER = re.compile(r"^(?P<name>.*?)\s*\((?P<party>[^()]+)\)\s*$")


def replace_recipients(session: Session, row: Commitment, wanted: list[dict[str, Any]], *,
                       inserted: bool = False) -> bool:
    """Make a commitment's recipients the ``wanted`` rows (bookkeeping, no history); True when
    something changed."""
    existing = [] if inserted else list(session.scalars(
        select(CommitmentRecipient).where(CommitmentRecipient.commitment_id == row.id)
        .order_by(CommitmentRecipient.position)))
    if [{k: getattr(r, k) for k in _KEYS} for r in existing] == \
            [{k: w.get(k) for k in _KEYS} for w in wanted]:
        return False
    for r in existing:
        session.delete(r)
    if existing:
        session.flush()
    for w in wanted:
        session.add(CommitmentRecipient(commitment_id=row.id, **fitted(CommitmentRecipient, w)))
    return True


def members(lines: list[str] | tuple[str, ...]) -> list[dict[str, Any]]:
    """Recipients from "Name (Party)" lines, as the Eerste Kamer lists its Kamerleden."""
    found = []
    for position, line in enumerate(lines):
        m = _MEMBER.match(line)
        name, party = (m.group("name"), m.group("party").strip()) if m else (line, None)
        found.append({"position": position, "name": name.strip() or None, "party": party,
                      "person_ref": None, "party_ref": None})
    return found
