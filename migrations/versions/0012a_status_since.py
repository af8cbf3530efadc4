"""commitments.status_since: the day the source says a status changed (issue 12)

Punctuality counts a promise as kept on the fulfilling letter's date, else on this day, never
on the day a clerk or a sync recorded it.

Revision ID: 0012a_status_since
Revises: 0015a_versions
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012a_status_since"
down_revision: str | None = "0015a_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("commitments", sa.Column("status_since", sa.Date(), nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): a batch copy of the table would lose the full-text
    # triggers migration 0006 put on it.
    op.drop_column("commitments", "status_since")
