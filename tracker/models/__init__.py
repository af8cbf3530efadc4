"""All models, importable from one place (Alembic reads ``Base.metadata`` from here)."""

from ..lifecycle import CLOSED_STATUSES, OPEN_STATUSES
from .account import ROLES, AuditEntry, LoginAttempt, User
from .activity import Activity
from .base import Base, utcnow
from .calendar import Recess
from .commitment import (
    DUE_SOURCES,
    KINDS,
    PRECISIONS,
    STATUSES,
    Commitment,
    CommitmentLink,
    Fulfilment,
)
from .details import CommitmentDetail, DocumentDetail
from .document import Document
from .dossier import Dossier, DossierDocument
from .extraction import MILESTONE_STATUSES, REF_KINDS, ExtractedRef
from .history import ACTOR_KINDS, HistoryEntry
from .maintenance import DeferredIndex
from .milestone import Milestone
from .outbox import MESSAGE_KINDS, OUTBOX_STATES, OutboxMessage
from .people import CommitmentRecipient, Party, Person
from .source import SOURCE_KINDS, Source, SyncState
from .subscription import (
    FREQUENCIES,
    LANGUAGES,
    SUBSCRIPTION_STATUSES,
    RemindersTold,
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
    "MILESTONE_STATUSES",
    "OPEN_STATUSES",
    "OUTBOX_STATES",
    "PRECISIONS",
    "REF_KINDS",
    "ROLES",
    "SOURCE_KINDS",
    "STATUSES",
    "SUBSCRIPTION_STATUSES",
    "Activity",
    "AuditEntry",
    "Base",
    "Commitment",
    "CommitmentDetail",
    "CommitmentLink",
    "CommitmentRecipient",
    "DeferredIndex",
    "Document",
    "DocumentDetail",
    "Dossier",
    "DossierDocument",
    "ExtractedRef",
    "Fulfilment",
    "HistoryEntry",
    "LoginAttempt",
    "Milestone",
    "OutboxMessage",
    "Party",
    "Person",
    "Recess",
    "RemindersTold",
    "Source",
    "Subscription",
    "SyncState",
    "User",
    "utcnow",
]
