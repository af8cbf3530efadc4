"""All models, importable from one place (Alembic reads ``Base.metadata`` from here)."""

from .account import ROLES, AuditEntry, LoginAttempt, User
from .base import Base, utcnow
from .calendar import Recess
from .commitment import (
    CLOSED_STATUSES,
    DUE_SOURCES,
    KINDS,
    OPEN_STATUSES,
    PRECISIONS,
    STATUSES,
    Commitment,
    CommitmentLink,
    Fulfilment,
)
from .document import Document
from .history import ACTOR_KINDS, HistoryEntry
from .milestone import Milestone
from .source import SOURCE_KINDS, Source, SyncState

__all__ = [
    "ACTOR_KINDS",
    "CLOSED_STATUSES",
    "DUE_SOURCES",
    "KINDS",
    "OPEN_STATUSES",
    "PRECISIONS",
    "ROLES",
    "SOURCE_KINDS",
    "STATUSES",
    "AuditEntry",
    "Base",
    "Commitment",
    "CommitmentLink",
    "Document",
    "Fulfilment",
    "HistoryEntry",
    "LoginAttempt",
    "Milestone",
    "Recess",
    "Source",
    "SyncState",
    "User",
    "utcnow",
]
