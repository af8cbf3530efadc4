"""sources: what the Eerste Kamer, KOOP and feeds say beyond the tracked fields

Revision ID: 0002_sources
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0002_sources"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('document_details',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_document_details_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id', name=op.f('pk_document_details'))
    )
    op.create_table('commitment_details',
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_commitment_details_commitment_id_commitments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('commitment_id', name=op.f('pk_commitment_details'))
    )


def downgrade() -> None:
    op.drop_table('commitment_details')
    op.drop_table('document_details')
