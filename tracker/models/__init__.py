"""All models, importable from one place (Alembic reads ``Base.metadata`` from here)."""

from .activity import Activity
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
from .dossier import Dossier, DossierDocument
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
    "SOURCE_KINDS",
    "STATUSES",
    "Activity",
    "Base",
    "Commitment",
    "CommitmentLink",
    "Document",
    "Dossier",
    "DossierDocument",
    "Fulfilment",
    "HistoryEntry",
    "Milestone",
    "Recess",
    "Source",
    "SyncState",
    "utcnow",
]
