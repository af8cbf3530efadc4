"""deferred_indexes: what a first TK load set aside and has not made again yet

A first full load into an empty commitments table drops the table's secondary indexes and its
full-text upkeep, and makes them once at its end (``tracker.services.deferral``); each object
dropped is a row here until it is made again, so a load that stops halfway leaves the list of
what to restore.

Revision ID: 0016i_deferred_indexes
Revises: 0014c_outbox_lz4
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016i_deferred_indexes"
down_revision: str | None = "0014c_outbox_lz4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deferred_indexes",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("table_name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("deferred_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_deferred_indexes")),
    )


def downgrade() -> None:
    # Whatever is still set aside is made again first: the table is the only record of it.
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT kind, definition FROM deferred_indexes")).all()
    order = {"index": 0, "trigger": 1, "rebuild": 2}
    for _kind, definition in sorted(rows, key=lambda r: order.get(r[0], 3)):
        op.execute(definition)
    op.drop_table("deferred_indexes")
