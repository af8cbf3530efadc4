"""commitments.version: optimistic concurrency for clerks' changes

Every UPDATE of a commitment raises its version (the model's ``onupdate``); a clerk's form
carries the version it showed, and a change to a commitment that moved since is refused
(``tracker.services.concurrency``).

Revision ID: 0015a_versions
Revises: 0006_web
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015a_versions"
down_revision: str | None = "0006_web"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD/DROP COLUMN (SQLite has both): a batch copy of the table would lose the
    # full-text triggers made by 0006.
    op.add_column("commitments", sa.Column("version", sa.Integer(),
                                           server_default=sa.text("1"), nullable=False))


def downgrade() -> None:
    op.drop_column("commitments", "version")
