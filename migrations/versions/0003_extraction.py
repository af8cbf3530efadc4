"""extraction: the identifiers a candidate commitment cites (extracted_refs)

Revision ID: 0003_extraction
Revises: 0002_sources
Create Date: 2026-11-23 19:19:04.676940
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_extraction"
down_revision: str | None = "0002_sources"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('extracted_refs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('milestone_id', sa.Integer(), nullable=True),
    sa.Column('quoted_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_extracted_refs_commitment_id_commitments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['milestone_id'], ['milestones.id'], name=op.f('fk_extracted_refs_milestone_id_milestones'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_extracted_refs')),
    sa.UniqueConstraint('commitment_id', 'ref', name=op.f('uq_extracted_refs_commitment_id_ref'))
    )
    with op.batch_alter_table('extracted_refs', schema=None) as batch_op:
        batch_op.create_index('ix_extracted_refs_ref', ['ref'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('extracted_refs', schema=None) as batch_op:
        batch_op.drop_index('ix_extracted_refs_ref')

    op.drop_table('extracted_refs')
