"""All models, importable from one place (Alembic reads ``Base.metadata`` from here)."""

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
from .outbox import MESSAGE_KINDS, OUTBOX_STATES, OutboxMessage
from .source import SOURCE_KINDS, Source, SyncState
from .subscription import (
    FREQUENCIES,
    LANGUAGES,
    SUBSCRIPTION_STATUSES,
    Reminder,
    Subscription,
)

__all__ = [
    "ACTOR_KINDS",
    "CLOSED_STATUSES",
    "DUE_SOURCES",
    "FREQUENCIES",
    "KINDS",
    "LANGUAGES",
    "MESSAGE_KINDS",
    "OPEN_STATUSES",
    "OUTBOX_STATES",
    "PRECISIONS",
    "SOURCE_KINDS",
    "STATUSES",
    "SUBSCRIPTION_STATUSES",
    "Base",
    "Commitment",
    "CommitmentLink",
    "Document",
    "Fulfilment",
    "HistoryEntry",
    "Milestone",
    "OutboxMessage",
    "Recess",
    "Reminder",
    "Source",
    "Subscription",
    "SyncState",
    "utcnow",
]
