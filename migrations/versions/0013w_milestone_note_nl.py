"""milestones.note_nl: a milestone's note in Dutch beside the English one

The AI Act catalogue's notes were English only and showed so on Dutch pages; titles already
come in both languages.

Revision ID: 0013w_milestone_note_nl
Revises: 0012a_status_since
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013w_milestone_note_nl"
down_revision: str | None = "0012a_status_since"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("milestones", sa.Column("note_nl", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("milestones", "note_nl")
